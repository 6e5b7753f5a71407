"""Postcode risk: expected incidents per area for the coming period, validated in time.

What the model sees
-------------------
Incidents become a panel of counts per area (postcode, buurt, grid cell) and period (week,
month, quarter or year), ``counts[t, i]``, built with one ``np.bincount``. A forecast made at
the end of period ``t`` (the *origin*) is for period ``t + h`` (``h`` = horizon). Its
features use nothing after period ``t``:

- own counts: the mean count per period over the last 1, 3 and 12 months (weeks: 1, 4, 13;
  quarters: 1, 2, 4; years: 1, 2, 3) and over the whole history up to the origin, and the
  count in the same period a year before the target (seasonality; not for years);
- spatial lag: the same windows averaged over the neighbouring areas (contiguity: areas that
  touch, within a small tolerance; :func:`contiguity_matrix`);
- near-repeat: incidents in the last ``recent_days`` (default 14) days up to the end of the
  origin period, in the area and in its neighbours;
- static features: area size, covariates of the area layer (monitor indicators,
  inhabitants; NULL values are replaced by the median and flagged in an extra 0/1 feature),
  counts of context points (coffeeshops, dismantled plantations) in or near the area;
- from :mod:`wijkradar.core.risk_features`: the long history shrunk towards the
  neighbours (empirical Bayes), kernel densities of past incidents at three bandwidths,
  the trend (last 3 against the 12 periods before), the time of year, incidents of other
  types (:attr:`Panel.other`) and dated context points counted up to the origin.

Count features are ``log((x + 1/2) / periods)`` for a count ``x`` over a number of periods
(the started logarithm of the mean per period), so a coefficient near 1 means "proportional
to past counts"; effects are multiplicative. Features that are constant
in the training rows are left out of that fit (and said so).

Models
------
- **Poisson GLM** (scikit-learn ``PoissonRegressor``, log link, a small ridge penalty) on
  standardised features: ``exp(coefficient)`` is the relative risk for one standard deviation
  more of a feature, as Risk Terrain Modeling reports relative risks per factor.
- **Gradient boosting** (``HistGradientBoostingRegressor`` with Poisson loss).

Validation is rolling-origin in time: for each of the last few origins ``v``, both models
are trained only on rows whose *target* period is at most ``v`` (so every feature and every
target was known at the end of ``v``) and tested on period ``v + h``. :func:`rolling_origin_
folds` builds these folds and the tests check that no fold sees a later period. Baselines
(:mod:`wijkradar.core.baselines`: last period, each longer window, the whole history, two
kernel densities) are forecasts of their own on the same folds, and a blend of the best
model with the best baseline joins them. With ``model="auto"`` the output is the one with
the highest mean PAI at the patrolled coverage (:mod:`wijkradar.core.risk_validation`),
never below the best baseline; a model is then refitted on every usable row and applied at
the last origin.

Large panels: a fit uses at most ``max_rows`` rows: all rows with incidents (up to half the
budget) and a random sample of rows without, weighted by the inverse of their sampling rate,
which keeps the Poisson likelihood unbiased.

Drivers per area
----------------
Features are ranked in families of kinds a patrol can act on (high for years, rising, near-
repeat, the surroundings, the season, other types, each covariate or context layer): GLM,
the sum of ``coef_j * z_ij`` over the family, ``exp`` of which is the factor by which it
makes the area's expected count differ from an area with average values; boosting, the
ratio of the prediction to the prediction with the family's features at their training
means. Up to three families of at least x1.1 are told as facts, the one that sets the area
apart among the top areas first, e.g. "rising: 6 incidents in the last 3 months against
fewer than 5 in the 3 months before" (:mod:`wijkradar.core.drivers`). When a baseline or
the blend is the output, the drivers come from the best model.

What the scores mean: predictions reflect where incidents were *recorded*, which depends on
reporting and on where police and enforcers looked, not only on where they happened.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, List, Optional, Sequence

import numpy as np
import pandas as pd

from . import baselines, choices, risk_features, risk_validation
from .drivers import driver_texts, feature_groups
from .i18n import QT_TRANSLATE_NOOP, number, translate
from .spatial_weights import contiguity_matrix, grid_contiguity, row_standardise  # noqa: F401

# The keys of postcode_risk's options (core/choices.py holds their order and labels).
PERIODS = choices.RISK_PERIODS.values
MODELS = choices.RISK_MODELS.values
WINDOWS = {"week": (1, 4, 13), "month": (1, 3, 12), "quarter": (1, 2, 4), "year": (1, 2, 3)}
SEASONAL_LAG = {"week": 52, "month": 12, "quarter": 4, "year": 0}
DEFAULT_FOLDS = {"week": 8, "month": 6, "quarter": 4, "year": 2}
NOUNS = {"week": (QT_TRANSLATE_NOOP("Risk", "week"), QT_TRANSLATE_NOOP("Risk", "weeks")),
         "month": (QT_TRANSLATE_NOOP("Risk", "month"), QT_TRANSLATE_NOOP("Risk", "months")),
         "quarter": (QT_TRANSLATE_NOOP("Risk", "quarter"),
                     QT_TRANSLATE_NOOP("Risk", "quarters")),
         "year": (QT_TRANSLATE_NOOP("Risk", "year"), QT_TRANSLATE_NOOP("Risk", "years"))}
# Words that need the period's article or gender in other languages: one template each.
LAST_ONE = {"week": QT_TRANSLATE_NOOP("Risk", "the last week"),
            "month": QT_TRANSLATE_NOOP("Risk", "the last month"),
            "quarter": QT_TRANSLATE_NOOP("Risk", "the last quarter"),
            "year": QT_TRANSLATE_NOOP("Risk", "the last year")}
LAST_MANY = {"week": QT_TRANSLATE_NOOP("Risk", "the last {} weeks"),
             "month": QT_TRANSLATE_NOOP("Risk", "the last {} months"),
             "quarter": QT_TRANSLATE_NOOP("Risk", "the last {} quarters"),
             "year": QT_TRANSLATE_NOOP("Risk", "the last {} years")}
SAME_PERIOD_A_YEAR_EARLIER = {
    "week": QT_TRANSLATE_NOOP("Risk", "{} in the same week a year earlier"),
    "month": QT_TRANSLATE_NOOP("Risk", "{} in the same month a year earlier"),
    "quarter": QT_TRANSLATE_NOOP("Risk", "{} in the same quarter a year earlier")}
EPOCH_MONDAY = np.datetime64("1970-01-05", "D")

DEFAULT_RECENT_DAYS = 14
MAX_TRAINING_ROWS = 400_000
# Training rows of all validation fits together (each fold gets its share).
VALIDATION_ROWS = 800_000
# Boosting drivers (one prediction per feature and area) for at most this many areas.
DRIVER_ROWS = 50_000
# Area-periods that the default validation aims at (see plan_features).
VALIDATION_AREA_PERIODS = 1_500_000
GLM_ALPHA = 1e-4
GLM_MAX_ITER = 300
BOOST_ITER = 100
BOOST_LEARNING_RATE = 0.1
BOOST_LEAVES = 31
BOOST_MIN_LEAF = 40
BOOST_L2 = 1.0
BOOST_BINS = 255
BIN_SAMPLE = 200_000
DRIVER_MIN_FACTOR = 1.1
N_DRIVERS = 3
# Drivers are ordered by how unusual they are among the top of the list: at least this many
# areas, or the top 5% (core/drivers.py).
DRIVER_TOP = 50
IMPORTANCE_ROWS = 50_000
# Coverage grid of the curves in the report (share of the area).
CURVE_COVERAGES = np.round(np.linspace(0.0, 1.0, 201), 6)
CLASS_PERCENTILES = (50.0, 75.0, 90.0, 95.0)
CLASS_NAMES = (QT_TRANSLATE_NOOP("Risk", "very low"), QT_TRANSLATE_NOOP("Risk", "low"),
               QT_TRANSLATE_NOOP("Risk", "medium"), QT_TRANSLATE_NOOP("Risk", "high"),
               QT_TRANSLATE_NOOP("Risk", "very high"))
KDE_MAX_CELLS = 4_000_000

METHOD_LABELS = {
    "glm": QT_TRANSLATE_NOOP("Risk", "Poisson GLM"),
    "boost": QT_TRANSLATE_NOOP("Risk", "Gradient boosting"),
    "blend": QT_TRANSLATE_NOOP("Risk", "Blend of a model and a baseline"),
    **baselines.LABELS,
}

ERROR_PERIOD = QT_TRANSLATE_NOOP("Risk", "The period must be one of {}, not {!r}.")
ERROR_HORIZON = QT_TRANSLATE_NOOP("Risk", "The forecast horizon must be a whole number of "
                                  "periods of at least 1.")
ERROR_NO_INCIDENTS = QT_TRANSLATE_NOOP(
    "Risk", "No incidents remain to analyse ({} read: {}). Check the date field, the type "
    "filter, the date range and that incidents lie in the areas.")
ERROR_DATES = QT_TRANSLATE_NOOP("Risk", "The first date ({}) is after the last date ({}).")
ERROR_TOO_FEW = QT_TRANSLATE_NOOP(
    "Risk", "Too few periods to validate: the data cover {n} {nouns} and the forecast horizon "
    "is {h}; rolling-origin validation needs at least {need} periods (a period to learn from, "
    "a later one to test on and the one to forecast). Use shorter periods (e.g. months "
    "instead of quarters) or a longer history.")
ERROR_NO_TRAINING = QT_TRANSLATE_NOOP(
    "Risk", "There are no incidents in the periods the model could learn from, so there is "
    "nothing to predict from.")
ERROR_COVERAGE = QT_TRANSLATE_NOOP(
    "Risk", "The patrolled share of the area must lie between 0 and 1 (e.g. 0.05 for 5%), "
    "not {}.")
ERROR_MODEL = QT_TRANSLATE_NOOP("Risk", "The model must be one of {}, not {!r}.")
ERROR_SHAPE = "{} must have one value per area ({} areas), not {}."
ERROR_CANCELED = "CanceledError."


def _tr(text: str) -> str:
    """``text`` (one of the strings above) in the user's language."""
    return translate("Risk", text)


class CanceledError(Exception):
    """The caller asked to stop."""


# --------------------------------------------------------------------------- periods


def _check_period(period: str) -> None:
    if period not in PERIODS:
        raise ValueError(_tr(ERROR_PERIOD).format(", ".join(PERIODS), period))


def period_numbers(dates, period: str) -> np.ndarray:
    """Absolute period numbers (int64) of datetime64 dates; NaT gives an arbitrary value."""
    _check_period(period)
    days = np.asarray(dates).astype("datetime64[D]")
    if period == "week":
        return (days - EPOCH_MONDAY).astype(np.int64) // 7
    months = days.astype("datetime64[M]").astype(np.int64)
    if period == "month":
        return months
    if period == "quarter":
        return months // 3
    return days.astype("datetime64[Y]").astype(np.int64)


def period_start(numbers, period: str) -> np.ndarray:
    """First day (datetime64[D]) of each absolute period number."""
    _check_period(period)
    numbers = np.asarray(numbers, dtype=np.int64)
    if period == "week":
        return EPOCH_MONDAY + 7 * numbers
    if period == "month":
        return numbers.astype("datetime64[M]").astype("datetime64[D]")
    if period == "quarter":
        return (3 * numbers).astype("datetime64[M]").astype("datetime64[D]")
    return numbers.astype("datetime64[Y]").astype("datetime64[D]")


def period_end(numbers, period: str) -> np.ndarray:
    """Last day (datetime64[D]) of each absolute period number."""
    return period_start(np.asarray(numbers, dtype=np.int64) + 1, period) - np.timedelta64(1, "D")


def _as_date(value) -> dt.date:
    return np.asarray(value, dtype="datetime64[D]").item()


def period_label(number: int, period: str) -> str:
    """'2024-W05', '2024-03', '2024-Q1' or '2024'."""
    start = _as_date(period_start(number, period))
    if period == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return f"{start.year}-{start.month:02d}"
    if period == "quarter":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    return f"{start.year}"


# --------------------------------------------------------------------------- panel


@dataclass
class Panel:
    """Incident counts per period (rows) and area (columns)."""

    counts: np.ndarray
    period: str
    first: int = 0
    recent: Optional[np.ndarray] = None
    recent_days: int = DEFAULT_RECENT_DAYS
    dropped: dict = field(default_factory=dict)
    # Counts of the other incident types on the same periods and areas (a feature), or None.
    other: Optional[np.ndarray] = None

    @property
    def n_periods(self) -> int:
        return self.counts.shape[0]

    @property
    def n_areas(self) -> int:
        return self.counts.shape[1]

    def label(self, t: int) -> str:
        return period_label(self.first + t, self.period)

    def start_date(self, t: int) -> dt.date:
        return _as_date(period_start(self.first + t, self.period))

    def end_date(self, t: int) -> dt.date:
        return _as_date(period_end(self.first + t, self.period))

    @classmethod
    def from_counts(cls, counts, period: str = "year", first: int = 0, recent=None,
                    other=None):
        """A panel from a ready (periods x areas) count array (no near-repeat unless given;
        ``other``: the other incident types' counts)."""
        _check_period(period)
        counts = np.asarray(counts)
        if counts.ndim != 2 or np.any(counts < 0):
            raise ValueError("Counts must be a (periods x areas) array of counts >= 0.")
        return cls(counts.astype(np.int32), period, first,
                   None if recent is None else np.asarray(recent, dtype=np.int32),
                   other=None if other is None else np.asarray(other, dtype=np.int32))

    def counts_of(self, area_index, dates) -> np.ndarray:
        """Counts of other incidents (area index, datetime64 date) on this panel's periods
        and areas, e.g. the other types as :attr:`other`; incidents outside every area,
        undated or outside the periods are left out."""
        area_index = np.asarray(area_index, dtype=np.int64)
        dates = np.asarray(dates).astype("datetime64[D]")
        periods = period_numbers(dates, self.period) - self.first
        keep = (area_index >= 0) & ~np.isnat(dates) & (periods >= 0) & (
            periods < self.n_periods)
        return _bincount2(periods[keep], area_index[keep], self.n_periods, self.n_areas)


def build_panel(area_index, dates, n_areas: int, period: str = "month", start=None, end=None,
                recent_days: int = DEFAULT_RECENT_DAYS) -> Panel:
    """Counts per (period, area) from each incident's area index (-1: outside every area)
    and date (datetime64; NaT: unknown).

    ``start`` and ``end`` (dates, default: the first and last incident date) limit the
    analysis; incidents outside every area, without a date or outside the range are left
    out and counted in ``Panel.dropped``. ``recent`` counts, per period, the incidents dated
    within ``recent_days`` days before the period's last day (near-repeat feature).
    """
    _check_period(period)
    area_index = np.asarray(area_index, dtype=np.int64)
    dates = np.asarray(dates).astype("datetime64[D]")
    if area_index.shape != dates.shape:
        raise ValueError("Every incident needs an area index and a date.")
    total = area_index.size
    outside = area_index < 0
    no_date = np.isnat(dates) & ~outside
    usable = ~outside & ~no_date
    if not usable.any():
        raise ValueError(_tr(ERROR_NO_INCIDENTS).format(total, _dropped_text(
            {"outside": int(outside.sum()), "no_date": int(no_date.sum())})))
    start = np.datetime64(start, "D") if start is not None else dates[usable].min()
    end = np.datetime64(end, "D") if end is not None else dates[usable].max()
    if start > end:
        raise ValueError(_tr(ERROR_DATES).format(start, end))
    before = usable & (dates < start)
    after = usable & (dates > end)
    keep = usable & ~before & ~after
    dropped = {"outside": int(outside.sum()), "no_date": int(no_date.sum()),
               "before": int(before.sum()), "after": int(after.sum())}
    if not keep.any():
        raise ValueError(_tr(ERROR_NO_INCIDENTS).format(total, _dropped_text(dropped)))
    first = int(period_numbers(start, period))
    n_periods = int(period_numbers(end, period)) - first + 1
    areas, days = area_index[keep], dates[keep]
    periods = period_numbers(days, period) - first
    counts = _bincount2(periods, areas, n_periods, n_areas)
    recent = np.zeros_like(counts)
    for step in range(0, recent_days + 1):
        target = periods + step
        inside = target < n_periods
        age = (period_end(first + target[inside], period) - days[inside]).astype(np.int64)
        near = age < recent_days
        if not near.any():
            break
        recent += _bincount2(target[inside][near], areas[inside][near], n_periods, n_areas)
    panel = Panel(counts, period, first, recent, recent_days, dropped)
    return panel


def _bincount2(rows, cols, n_rows, n_cols) -> np.ndarray:
    flat = np.bincount(rows * n_cols + cols, minlength=n_rows * n_cols)
    return flat.astype(np.int32).reshape(n_rows, n_cols)


def _dropped_text(dropped) -> str:
    names = {"outside": translate("Risk", "{} outside every area"),
             "no_date": translate("Risk", "{} without a usable date"),
             "before": translate("Risk", "{} before the first date"),
             "after": translate("Risk", "{} after the last date")}
    parts = [names[key].format(count) for key, count in dropped.items() if count]
    return ", ".join(parts) or translate("Risk", "none")


def dropped_text(panel: Panel) -> str:
    """'12 outside every area, 3 without a usable date' (what build_panel left out)."""
    return _dropped_text(panel.dropped)


# --------------------------------------------------------------------------- geometry


def check_unique_ids(ids) -> None:
    """Raises a ValueError naming duplicate area ids (each area needs its own id)."""
    series = pd.Series(list(ids), dtype=object)
    if series.isna().any():
        raise ValueError(translate("Risk", "{} areas have no id (NULL); every area needs "
                                   "one.").format(int(series.isna().sum())))
    counts = series.value_counts()
    duplicates = counts[counts > 1]
    if len(duplicates):
        examples = ", ".join(f"{key} ({value}x)" for key, value in duplicates.head(5).items())
        raise ValueError(translate(
            "Risk", "The area ids are not unique: {} ids occur more than once, e.g. {}. Give "
            "every area its own id, or dissolve the layer on the id field first.").format(
            len(duplicates), examples))


def locate_points(geometries, x, y) -> np.ndarray:
    """Index of the area holding each point (the first one for points on a shared edge),
    -1 for points outside every area."""
    import shapely

    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    result = np.full(x.size, -1, dtype=np.int64)
    if x.size == 0:
        return result
    tree = shapely.STRtree(np.asarray(geometries, dtype=object))
    point_idx, area_idx = tree.query(shapely.points(x, y), predicate="intersects")
    result[point_idx[::-1]] = area_idx[::-1]  # the first match wins
    return result


def context_counts(geometries, x, y, distance: float = 0.0) -> np.ndarray:
    """Number of points in each area, or within ``distance`` (map units) of it."""
    import shapely

    geometries = np.asarray(geometries, dtype=object)
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if x.size == 0:
        return np.zeros(geometries.size)
    tree = shapely.STRtree(geometries)
    points = shapely.points(x, y)
    if distance > 0:
        try:
            _, area_idx = tree.query(points, predicate="dwithin", distance=distance)
        except Exception:
            _, area_idx = tree.query(shapely.buffer(points, distance), predicate="intersects")
    else:
        _, area_idx = tree.query(points, predicate="intersects")
    return np.bincount(area_idx, minlength=geometries.size).astype(float)


# --------------------------------------------------------------------------- features


@dataclass(frozen=True)
class Feature:
    """One model input: a machine name, words for reports and drivers, how it is built."""

    name: str
    label: str
    # own, history, seasonal, neighbours, neighbours_history, recent_own, recent_neighbours,
    # static
    kind: str
    window: int = 0
    column: int = -1
    high: str = ""  # phrase when the area's value is above average
    low: str = ""  # phrase when it is below average


@dataclass
class StaticColumn:
    """A feature that does not change over time: a covariate or a context count."""

    name: str
    label: str
    values: np.ndarray
    log: bool = False  # counts: log(1 + x)
    high: str = ""
    low: str = ""


def label_period(label: str) -> Optional[str]:
    """The period of a label :func:`period_label` wrote ('2024-W05' -> 'week'), or None."""
    patterns = (("week", r"\d{4}-W\d{2}"), ("month", r"\d{4}-\d{2}"), ("quarter", r"\d{4}-Q\d"),
                ("year", r"\d{4}"))
    return next((period for period, pattern in patterns if re.fullmatch(pattern, label)), None)


def method_label(method: str) -> str:
    """'Poisson GLM', 'Gradient boosting', ... in the user's language (the model's key as is
    when unknown)."""
    return _tr(METHOD_LABELS[method]) if method in METHOD_LABELS else method


def period_noun(period: str) -> str:
    """'week', 'month', ... in the user's language."""
    return _tr(NOUNS[period][0])


def _window_words(window: int, period: str) -> str:
    return _tr(LAST_ONE[period]) if window == 1 else _tr(LAST_MANY[period]).format(window)


def plan_features(n_periods: int, horizon: int, period: str, n_folds: Optional[int] = None,
                  n_areas: int = 0):
    """Windows, seasonal lag, first usable origin and number of folds that fit the data.

    The default number of validation periods (``n_folds`` None or 0) depends on the period
    (weeks 8, months 6, quarters 4, years 2), and drops to no fewer than 3 when
    ``n_areas`` is so large that fewer periods already hold ``VALIDATION_AREA_PERIODS``
    area-periods.

    Long windows and the seasonal lag are dropped (longest first) when the history is too
    short for them; a ValueError explains when even last period's counts cannot be
    validated.
    """
    _check_period(period)
    if not isinstance(horizon, (int, np.integer)) or horizon < 1:
        raise ValueError(_tr(ERROR_HORIZON))
    windows = list(WINDOWS[period])
    seasonal = SEASONAL_LAG[period]
    if seasonal and horizon > seasonal:  # a year back from the target would be after the origin
        seasonal = 0
    while True:
        first = max(max(windows) - 1, seasonal - horizon if seasonal else 0)
        room = n_periods - 2 * horizon - first
        if room >= 2 or (room >= 1 and not seasonal and len(windows) == 1):
            break
        if seasonal:
            seasonal = 0
        elif len(windows) > 1:
            windows.pop()
        else:
            need = 2 * horizon + 1
            raise ValueError(_tr(ERROR_TOO_FEW).format(n=n_periods, nouns=_tr(NOUNS[period][1]),
                                                  h=horizon, need=need))
    if n_folds is None or n_folds <= 0:
        wanted = DEFAULT_FOLDS[period]
        if n_areas:  # many areas: fewer periods already give many area-periods to test on
            wanted = min(wanted, max(3, math.ceil(VALIDATION_AREA_PERIODS / n_areas)))
    else:
        wanted = int(n_folds)
    folds = max(1, min(wanted, room // 2 if room >= 2 else 1))
    return windows, seasonal, first, folds


class FeatureBuilder:
    """Builds the feature matrix for any (origin, area) rows of a panel."""

    def __init__(self, panel: Panel, horizon: int = 1, windows: Sequence[int] = (1,),
                 seasonal: int = 0, neighbours=None, static: Sequence[StaticColumn] = (),
                 area=None, subject: str = "incidents", area_points=None,
                 dated: Sequence[risk_features.DatedColumn] = ()):
        self.panel = panel
        self.horizon = horizon
        self.subject = subject
        self.longest = max(windows)
        n = panel.n_areas
        self.notes: List[str] = []
        self.degree = None  # neighbours per area
        # Static features' values as read (NULL kept) and whether each is a count.
        self.static_values: dict = {}
        counts = panel.counts
        self.cum = np.zeros((panel.n_periods + 1, n), dtype=np.int32)
        np.cumsum(counts, axis=0, out=self.cum[1:])
        self.neighbour_cum = self.neighbour_recent = None
        if neighbours is not None:
            if neighbours.shape != (n, n):
                raise ValueError(ERROR_SHAPE.format("The neighbour matrix", n, neighbours.shape))
            weights = row_standardise(neighbours)
            self.degree = np.asarray(neighbours.sum(axis=1), dtype=float).ravel()
            lagged = (weights @ counts.T.astype(np.float32)).T
            self.neighbour_cum = np.zeros((panel.n_periods + 1, n), dtype=np.float64)
            np.cumsum(lagged, axis=0, out=self.neighbour_cum[1:])
            del lagged
            if panel.recent is not None:
                self.neighbour_recent = (weights @ panel.recent.T.astype(np.float32)).T
            islands = int((np.asarray(neighbours.sum(axis=1)).ravel() == 0).sum())
            if islands:
                self.notes.append(translate("Risk", "{} areas have no neighbour; their "
                                            "neighbour features are 0.").format(islands))
        one = self.one = _tr(NOUNS[panel.period][0])
        self.features: List[Feature] = []
        for window in windows:
            words = _window_words(window, panel.period)
            self._add(f"own_{window}", translate("Risk", "{} in {}").format(subject, words),
                      "own", window)
        self._add("history", translate("Risk", "{} per {} over the whole history").format(
            subject, one), "history")
        if seasonal:
            self._add(f"seasonal_{seasonal}",
                      _tr(SAME_PERIOD_A_YEAR_EARLIER[panel.period]).format(subject),
                      "seasonal", seasonal)
        if self.neighbour_cum is not None:
            for window in windows:
                words = _window_words(window, panel.period)
                self._add(f"neighbours_{window}", translate(
                    "Risk", "{} in neighbouring areas in {}").format(subject, words),
                    "neighbours", window)
            self._add("neighbours_history", translate(
                "Risk", "{} in neighbouring areas per {} over the whole history").format(
                subject, one), "neighbours_history")
        if panel.recent is not None:
            days = panel.recent_days
            self._add("recent_own", translate(
                "Risk", "{} in the last {} days (near-repeat)").format(subject, days),
                "recent_own")
            if self.neighbour_recent is not None:
                self._add("recent_neighbours", translate(
                    "Risk", "{} in neighbouring areas in the last {} days (near-repeat)").format(
                    subject, days), "recent_neighbours")
        self.extra = risk_features.ExtraFeatures(self, area, area_points, dated)
        self.notes += self.extra.notes
        self.static = self._static_matrix(static, area, n)

    def _add(self, name, label, kind, window=0, column=-1, high="", low=""):
        if kind != "static" and not high:
            high, low = label, translate("Risk", "few {}").format(label)
        self.features.append(Feature(name, label, kind, window, column, high or label,
                                     low or translate("Risk", "low {}").format(label)))

    def _static_matrix(self, static, area, n) -> np.ndarray:
        columns = []
        if area is not None:
            area = np.asarray(area, dtype=float)
            if area.shape != (n,):
                raise ValueError(ERROR_SHAPE.format("Area sizes", n, area.shape))
            columns.append(np.log(np.maximum(area, 1e-9) / 1e6))
            self.static_values["area"] = (area, False)
            self._add("area", translate("Risk", "area size"), "static", column=0,
                      high=translate("Risk", "large area"), low=translate("Risk", "small area"))
        for item in static:
            values = np.asarray(item.values, dtype=float)
            if values.shape != (n,):
                raise ValueError(ERROR_SHAPE.format(item.label, n, values.shape))
            missing = ~np.isfinite(values)
            self.static_values[f"static_{item.name}"] = (values, item.log)
            if missing.all():
                self.notes.append(translate("Risk", "'{}' is empty (NULL in every area) and "
                                            "was left out.").format(item.label))
                continue
            if item.log:
                values = np.log1p(np.maximum(values, 0.0))
            if missing.any():
                values = np.where(missing, np.median(values[~missing]), values)
                self.notes.append(translate(
                    "Risk", "'{}' is NULL in {} areas: replaced by the median, with a flag "
                    "feature.").format(item.label, int(missing.sum())))
            columns.append(values)
            self._add(f"static_{item.name}", item.label, "static", column=len(columns) - 1,
                      high=item.high or translate("Risk", "high {}").format(item.label),
                      low=item.low or translate("Risk", "low {}").format(item.label))
            if missing.any():
                columns.append(missing.astype(float))
                unknown = translate("Risk", "{} unknown").format(item.label)
                self._add(f"missing_{item.name}", unknown, "static", column=len(columns) - 1,
                          high=unknown, low=translate("Risk", "{} known").format(item.label))
        if not columns:
            return np.zeros((n, 0), dtype=np.float32)
        return np.column_stack(columns).astype(np.float32)

    @property
    def labels(self) -> List[str]:
        return [f.label for f in self.features]

    def window_words(self, window: int) -> str:
        """'the last week', 'the last 13 weeks', ... in the panel's period."""
        return _window_words(window, self.panel.period)

    def matrix(self, origins, areas) -> np.ndarray:
        """Features (float32, rows x features) of forecasts made at ``origins`` for
        ``areas``: only periods up to each row's origin are read."""
        origins = np.asarray(origins, dtype=np.int64)
        areas = np.asarray(areas, dtype=np.int64)
        out = np.empty((origins.size, len(self.features)), dtype=np.float32)
        end = origins + 1
        for j, feature in enumerate(self.features):
            kind, window = feature.kind, feature.window
            periods = 1.0
            if kind == "own":
                values = (self.cum[end, areas] - self.cum[np.maximum(end - window, 0), areas])
                periods = float(window)
            elif kind == "history":
                values = self.cum[end, areas]
                periods = end.astype(np.float64)
            elif kind == "neighbours":
                values = (self.neighbour_cum[end, areas]
                          - self.neighbour_cum[np.maximum(end - window, 0), areas])
                periods = float(window)
            elif kind == "neighbours_history":
                values = self.neighbour_cum[end, areas]
                periods = end.astype(np.float64)
            elif kind == "seasonal":
                lag = origins + self.horizon - window
                values = np.where(lag >= 0, self.panel.counts[np.maximum(lag, 0), areas], 0)
            elif kind == "recent_own":
                values = self.panel.recent[origins, areas]
            elif kind == "recent_neighbours":
                values = self.neighbour_recent[origins, areas]
            elif kind in risk_features.KINDS:
                out[:, j] = self.extra.values(feature, origins, areas)
                continue
            else:
                out[:, j] = self.static[areas, feature.column]
                continue
            # log((count + 1/2) / periods): a count's started log, per period
            out[:, j] = np.log((np.asarray(values, dtype=np.float64) + 0.5) / periods)
        return out

    def origin_matrix(self, origin: int) -> np.ndarray:
        n = self.panel.n_areas
        return self.matrix(np.full(n, origin, dtype=np.int64), np.arange(n))


# --------------------------------------------------------------------------- folds


@dataclass(frozen=True)
class Fold:
    """Validate at ``origin`` (forecast for ``origin + horizon``), trained on
    ``train_origins``, whose targets all lie at or before ``origin``."""

    origin: int
    horizon: int
    train_origins: np.ndarray

    @property
    def target(self) -> int:
        return self.origin + self.horizon


def rolling_origin_folds(n_periods: int, horizon: int, first_origin: int,
                         n_folds: int) -> List[Fold]:
    """The last ``n_folds`` origins with a known target, each trained only on the past."""
    last = n_periods - 1 - horizon
    folds = []
    for origin in range(last - n_folds + 1, last + 1):
        train = np.arange(first_origin, origin - horizon + 1)
        if origin < first_origin or train.size == 0:
            continue
        folds.append(Fold(origin, horizon, train))
    return folds


def sample_rows(panel: Panel, origins: np.ndarray, horizon: int, max_rows: int,
                rng: np.random.Generator):
    """(origins, areas, targets, weights) of training rows, at most ``max_rows``.

    All rows when they fit; else every row with an incident (up to half the budget, sampled
    beyond) and a random sample of rows without, each weighted by 1 / its sampling rate.
    """
    n = panel.n_areas
    origins = np.asarray(origins, dtype=np.int64)
    targets = panel.counts[origins + horizon]  # (len(origins), n): only targets <= fold
    total = targets.size
    if total <= max_rows:
        t = np.repeat(origins, n)
        i = np.tile(np.arange(n, dtype=np.int64), origins.size)
        return t, i, targets.ravel().astype(float), np.ones(total)
    flat = targets.ravel()
    positive = np.flatnonzero(flat > 0)
    n_zero_all = total - positive.size
    keep_pos = positive
    if positive.size > max_rows // 2:
        keep_pos = np.sort(rng.choice(positive, max_rows // 2, replace=False))
    want_zero = min(max_rows - keep_pos.size, n_zero_all)
    zero_idx = np.empty(0, dtype=np.int64)
    if want_zero > 0:
        share = n_zero_all / total
        draws = int(want_zero / share * 1.1) + 1000
        candidates = np.unique(rng.integers(0, total, size=draws))
        candidates = candidates[flat[candidates] == 0]
        zero_idx = rng.permutation(candidates)[:want_zero]
    weights = np.concatenate([np.full(keep_pos.size, positive.size / max(keep_pos.size, 1)),
                              np.full(zero_idx.size, n_zero_all / max(zero_idx.size, 1))])
    index = np.concatenate([keep_pos, zero_idx])
    return (origins[index // n], index % n, flat[index].astype(float), weights)


# --------------------------------------------------------------------------- models


def _weighted_moments(mat, w):
    w = w / w.sum()
    mean = (mat * w[:, None]).sum(axis=0, dtype=np.float64)
    var = ((mat - mean) ** 2 * w[:, None]).sum(axis=0, dtype=np.float64)
    return mean, np.sqrt(var)


class PoissonGlm:
    """Poisson regression (log link) on standardised features."""

    name = "glm"

    def __init__(self, seed: int = 0):
        self.seed = seed

    def fit(self, mat, y, w):
        from sklearn.linear_model import PoissonRegressor

        self.mean, self.scale = _weighted_moments(mat, w)
        self.keep = self.scale > 1e-9 * np.maximum(1.0, np.abs(self.mean))
        zmat = self._standardised(mat)
        self.model = PoissonRegressor(alpha=GLM_ALPHA, max_iter=GLM_MAX_ITER)
        self.model.fit(zmat, y, sample_weight=w)
        self.coef = np.zeros(mat.shape[1])
        self.coef[self.keep] = self.model.coef_
        return self

    def _standardised(self, mat):
        return ((mat[:, self.keep] - self.mean[self.keep]) / self.scale[self.keep])

    def predict(self, mat):
        return self.model.predict(self._standardised(mat))

    def log_contributions(self, mat):
        """coef_j * z_ij: log factor of each feature against an average value."""
        out = np.zeros(mat.shape, dtype=np.float64)
        out[:, self.keep] = self._standardised(mat) * self.model.coef_
        return out

    def group_log_contributions(self, mat, groups):
        """Log factor of each group of features (columns): the sum of its features'."""
        per_feature = self.log_contributions(mat)
        return np.column_stack([per_feature[:, indices].sum(axis=1) for _, indices in groups])

    def relative_risks(self, labels) -> pd.DataFrame:
        return pd.DataFrame({"feature": labels, "coefficient": self.coef,
                             "relative_risk": np.exp(self.coef),
                             "sd": self.scale, "used": self.keep})


class BoostedPoisson:
    """Gradient-boosted trees with Poisson loss.

    Features are first mapped to at most ``BOOST_BINS`` ordered bins (quantiles of up to
    ``BIN_SAMPLE`` training rows), as the trees bin them anyway; doing it here keeps
    scikit-learn's binning fast when rows carry sampling weights.
    """

    name = "boost"

    def __init__(self, seed: int = 0):
        self.seed = seed

    def fit(self, mat, y, w):
        from sklearn.ensemble import HistGradientBoostingRegressor

        self.mean, scale = _weighted_moments(mat, w)
        self.keep = scale > 1e-9 * np.maximum(1.0, np.abs(self.mean))
        rng = np.random.default_rng(self.seed)
        sample = mat if mat.shape[0] <= BIN_SAMPLE else mat[rng.choice(mat.shape[0], BIN_SAMPLE,
                                                                 replace=False)]
        self.edges = [_bin_edges(sample[:, j]) for j in range(mat.shape[1])]
        self.model = HistGradientBoostingRegressor(
            loss="poisson", max_iter=BOOST_ITER, learning_rate=BOOST_LEARNING_RATE,
            max_leaf_nodes=BOOST_LEAVES, min_samples_leaf=BOOST_MIN_LEAF,
            l2_regularization=BOOST_L2, early_stopping=False, random_state=self.seed)
        uniform = bool(np.all(w == w[0]))
        self.model.fit(self._binned(mat), y, sample_weight=None if uniform else w)
        return self

    def _binned(self, mat):
        columns = np.flatnonzero(self.keep)
        out = np.empty((mat.shape[0], columns.size), dtype=np.float32)
        for k, j in enumerate(columns):
            out[:, k] = np.searchsorted(self.edges[j], mat[:, j])
        return out

    def predict(self, mat):
        return self.model.predict(self._binned(mat))

    def group_log_contributions(self, mat, groups, chunk: int = 200_000):
        """log(prediction) - log(prediction with the group's features at their training
        means), per group of features (columns)."""
        out = np.zeros((mat.shape[0], len(groups)), dtype=np.float64)
        for start in range(0, mat.shape[0], chunk):
            part = mat[start:start + chunk]
            base = np.log(np.maximum(self.predict(part), 1e-12))
            for column, (_, indices) in enumerate(groups):
                used = [j for j in indices if self.keep[j]]
                if not used:
                    continue
                changed = part.copy()
                changed[:, used] = self.mean[used]
                out[start:start + chunk, column] = base - np.log(
                    np.maximum(self.predict(changed), 1e-12))
        return out


def _bin_edges(values) -> np.ndarray:
    """Cut points between at most BOOST_BINS ordered groups of a feature's values."""
    distinct = np.unique(values)
    if distinct.size > BOOST_BINS:
        distinct = np.unique(np.quantile(values, np.linspace(0.0, 1.0, BOOST_BINS)))
    return ((distinct[1:] + distinct[:-1]) / 2.0).astype(np.float32)


MODEL_CLASSES = {"glm": PoissonGlm, "boost": BoostedPoisson}


poisson_deviance = risk_validation.poisson_deviance


# --------------------------------------------------------------------------- baselines


def kde_scores(x, y, weights, radius: Optional[float] = None):
    """Kernel density (quartic) of weighted points, read at the same points.

    Returns (density per km2 at each point, radius used). The radius defaults to
    :func:`wijkradar.core.kde.automatic_radius` of the weighted points.
    """
    from . import kde

    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    weights = np.asarray(weights, dtype=float)
    if weights.sum() <= 0:
        return np.zeros(x.size), radius or 0.0
    if radius is None or radius <= 0:
        used = weights > 0
        radius = kde.automatic_radius(x[used], y[used], weights[used])
    width, height = x.max() - x.min() + 2 * radius, y.max() - y.min() + 2 * radius
    pixel = max(radius / 4.0, math.sqrt(width * height / KDE_MAX_CELLS))
    radius = max(radius, 2.0 * pixel)
    grid = kde.grid_for_extent(x.min() - radius, y.min() - radius, x.max() + radius,
                               y.max() + radius, pixel)
    used = weights > 0
    surface = kde.kde_points(grid, x[used], y[used], weights[used], radius, output="density")
    cols = np.clip(((x - grid.xmin) / pixel).astype(np.int64), 0, grid.ncols - 1)
    rows = np.clip(((grid.ymax - y) / pixel).astype(np.int64), 0, grid.nrows - 1)
    return surface[rows, cols], radius


# --------------------------------------------------------------------------- results


@dataclass
class RiskResult:
    """A forecast and its track record. ``model`` is the key of the chosen output: a model
    ('glm', 'boost'), a baseline ('window_12', 'history', ...) or 'blend'."""

    expected: np.ndarray
    model: str
    origin_label: str
    target_label: str
    features: List[Feature]
    drivers: List[List[str]]
    validation: pd.DataFrame
    summary: pd.DataFrame
    curves: pd.DataFrame
    calibration: pd.DataFrame
    relative_risks: pd.DataFrame
    importance: pd.DataFrame
    folds: List[Fold]
    notes: List[str]
    training_rows: int
    kde_radius: float = 0.0
    horizon: int = 1
    method_labels: dict = field(default_factory=dict)
    chosen_by: str = "validation"  # or "user"
    coverage: float = risk_validation.DEFAULT_COVERAGE
    # The model behind the drivers (the chosen model, or the best one beside a baseline).
    driver_model: str = "glm"
    best_model: Optional[str] = None
    best_baseline: Optional[str] = None
    # The blend of best_model and best_baseline: weight of the model (None: no blend).
    blend_weight: Optional[float] = None
    low: Optional[np.ndarray] = None  # 80% interval of the count per area
    high: Optional[np.ndarray] = None
    dispersion: float = 0.0
    interval_coverage: float = float("nan")
    bad_periods: list = field(default_factory=list)
    short_labels: dict = field(default_factory=dict)

    @property
    def chosen_label(self) -> str:
        return self.method_labels.get(self.model, self.model)

    @property
    def coverage_key(self) -> str:
        return risk_validation.level_key(self.coverage)

    @property
    def baselines(self) -> List[str]:
        return [m for m in self.summary["method"] if baselines.is_baseline(m)]


def score_table(expected) -> pd.DataFrame:
    """Risk score 0-100 (share of the highest expected count), rank (1 = highest),
    percentile (share of areas with a lower or equal expected count) and class 1-5
    (percentile below 50, 75, 90, 95, and the top 5%)."""
    from scipy.stats import rankdata

    expected = np.asarray(expected, dtype=float)
    top = expected.max() if expected.size and expected.max() > 0 else 1.0
    percentile = 100.0 * rankdata(expected, method="max") / expected.size
    classes = 1 + np.searchsorted(np.array(CLASS_PERCENTILES), percentile, side="right")
    classes = np.where(expected <= 0, 1, classes)
    return pd.DataFrame({
        "expected": expected,
        "risk_score": np.round(100.0 * expected / top, 1),
        "rank": rankdata(-expected, method="min").astype(np.int64),
        "percentile": np.round(percentile, 1),
        "risk_class": classes.astype(np.int64),
        "risk_class_name": [_tr(CLASS_NAMES[c - 1]) for c in classes],
    })


# --------------------------------------------------------------------------- the run


class _Progress:
    def __init__(self, progress, canceled):
        self.progress = progress
        self.canceled = canceled

    def __call__(self, percent, message=None):
        if self.canceled is not None and self.canceled():
            raise CanceledError(ERROR_CANCELED)
        if self.progress is not None:
            self.progress(percent, message)


def forecast_risk(panel: Panel, *, horizon: int = 1, area=None, neighbours=None,
                  static: Sequence[StaticColumn] = (), area_points=None, model: str = "auto",
                  n_folds: Optional[int] = None, subject: str = "incidents",
                  max_rows: int = MAX_TRAINING_ROWS, validation_rows: int = VALIDATION_ROWS,
                  seed: int = 0,
                  kde_radius: Optional[float] = None, threads: Optional[int] = 1,
                  min_count: int = 5, progress: Optional[Callable] = None,
                  canceled: Optional[Callable] = None,
                  coverage: float = risk_validation.DEFAULT_COVERAGE,
                  dated: Sequence[risk_features.DatedColumn] = ()) -> RiskResult:
    """Validates the models and baselines rolling-origin in time, picks the output that
    ranks best at the coverage the user patrols, and forecasts each area's count in the
    period ``horizon`` periods after the last one.

    ``area``: area sizes (m2), for the area-size feature and PAI; ``neighbours``: a
    contiguity matrix (:func:`contiguity_matrix`); ``static``: covariates and context
    counts; ``area_points``: (x, y) inner points of the areas, for the kernel density
    baseline. ``threads``: threads for the models' native code (OpenMP, BLAS); None leaves
    the libraries' default (all cores). ``min_count``: the drivers never write an incident
    count below it (the outputs' suppression threshold k). ``coverage``: the share of the
    area the user patrols (default 5%): the output is chosen by its PAI there
    (:mod:`wijkradar.core.risk_validation`). ``model``: 'auto' chooses among the models,
    the baselines and their blend; 'glm' or 'boost' uses that model. ``dated``: context
    points with dates, counted near each area per period
    (:class:`wijkradar.core.risk_features.DatedColumn`). Incidents of other types, as
    :attr:`Panel.other`, become features too (:mod:`wijkradar.core.risk_features`).
    """
    if not 0.0 < float(coverage) < 1.0:
        raise ValueError(_tr(ERROR_COVERAGE).format(coverage))
    with _thread_limit(threads):
        return _forecast_risk(panel, horizon, area, neighbours, static, area_points, model,
                              n_folds, subject, max_rows, validation_rows, seed, kde_radius,
                              min_count, progress, canceled, float(coverage), dated)


@contextmanager
def _thread_limit(threads):
    """At most ``threads`` native threads inside (None: no limit).

    One by default: on 2 cores, a second OpenMP thread gained nothing on a municipality's
    panel and little on 460,000 areas, and inside QGIS, next to its own thread pools and
    BLAS threads, OpenMP's busy-waiting made fits up to four times slower (measured).
    """
    if threads is None:
        yield
        return
    import sklearn.ensemble  # noqa: F401 (load OpenMP first: only loaded libraries are limited)
    import sklearn.linear_model  # noqa: F401
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=int(threads)):
        yield


@dataclass
class _Baselines:
    """Computes every baseline's expected counts at an origin."""

    builder: FeatureBuilder
    windows: Sequence[int]
    area_sizes: np.ndarray
    area_points: Optional[tuple]
    kde_radius: Optional[float]
    sizes_known: bool = True
    radii: dict = field(default_factory=dict)  # kde key -> radius used

    def near_radius(self) -> float:
        """Twice the typical spacing of the areas (risk_features.kde_bandwidths)."""
        x, y = self.area_points
        extent = float((np.max(x) - np.min(x)) * (np.max(y) - np.min(y)))
        return risk_features.kde_bandwidths(self.area_sizes if self.sizes_known else None,
                                            len(self.area_sizes), extent)[0]

    def at(self, origin: int) -> dict:
        scores = baselines.count_baselines(self.builder.cum, origin, self.windows)
        if self.area_points is not None:
            longest = max(self.windows)
            end = origin + 1
            counts = (self.builder.cum[end] - self.builder.cum[max(end - longest, 0)]).astype(
                float)
            for key, radius in (("kde", self.kde_radius), ("kde_near", self.near_radius())):
                density, self.radii[key] = kde_scores(self.area_points[0],
                                                      self.area_points[1], counts, radius)
                scores[key] = baselines.density_baseline(
                    density, self.area_sizes, counts.sum() / min(longest, end))
        return scores


def _forecast_risk(panel, horizon, area, neighbours, static, area_points, model, n_folds,
                   subject, max_rows, validation_rows, seed, kde_radius, min_count, progress,
                   canceled, coverage, dated):
    if model not in MODELS:
        raise ValueError(_tr(ERROR_MODEL).format(", ".join(MODELS), model))
    step = _Progress(progress, canceled)
    n = panel.n_areas
    windows, seasonal, first, folds_wanted = plan_features(panel.n_periods, horizon,
                                                           panel.period, n_folds, n)
    builder = FeatureBuilder(panel, horizon, windows, seasonal, neighbours, static, area,
                             subject, area_points, dated)
    notes = list(builder.notes)
    if list(windows) != list(WINDOWS[panel.period]) or (seasonal != SEASONAL_LAG[panel.period]):
        used = ", ".join(_window_words(w, panel.period) for w in windows)
        notes.append((translate("Risk", "The history is short, so only these windows are "
                                "used: {}.") if seasonal else translate(
            "Risk", "The history is short, so only these windows are used: {}; no seasonal "
            "lag.")).format(used))
    area_sizes = np.ones(n) if area is None else np.asarray(area, dtype=float)
    folds = rolling_origin_folds(panel.n_periods, horizon, first, folds_wanted)
    models = ["glm", "boost"] if model == "auto" else [model]
    labels, short_labels = _method_labels(windows, panel.period)  # radii follow in validation
    rng = np.random.default_rng(seed)
    baseline_maker = _Baselines(builder, windows, area_sizes, area_points, kde_radius,
                                area is not None)
    scores, last_fold_models = _validate(panel, builder, folds, models, baseline_maker,
                                         max_rows, validation_rows, seed, step, labels, notes)
    if not scores:
        raise ValueError(_tr(ERROR_NO_TRAINING))
    labels, short_labels = _method_labels(windows, panel.period, baseline_maker.radii)
    selection = _select(scores, models, area_sizes, coverage, model)
    chosen, best_model = selection["chosen"], selection["best_model"]
    if selection["blend_weight"] is not None:
        labels["blend"], short_labels["blend"] = _blend_labels(
            labels, short_labels, best_model, selection["best_baseline"],
            selection["blend_weight"])
    validation, summary, curves = selection["validation"], selection["summary"], \
        selection["curves"]
    if baselines.is_baseline(chosen):
        notes.append(translate("Risk", "No model ranked the areas better than the baseline "
                               "'{}' in validation, so the forecast is that baseline.").format(
            labels[chosen]))
    calibration = risk_validation.calibration(scores, chosen)
    dispersion = risk_validation.nb_dispersion(scores, chosen)

    # The final fit: every row whose target is known; forecast from the last period.
    driver_model = chosen if chosen in MODEL_CLASSES else best_model
    step(90.0, translate("Risk", "Fitting {} on all periods").format(labels[driver_model]))
    last_origin = panel.n_periods - 1
    train_origins = np.arange(first, panel.n_periods - horizon)
    t, i, y, w = sample_rows(panel, train_origins, horizon, max_rows,
                             np.random.default_rng([seed, last_origin]))
    if y.sum() <= 0:
        raise ValueError(_tr(ERROR_NO_TRAINING))
    mat = builder.matrix(t, i)
    final = MODEL_CLASSES[driver_model](seed).fit(mat, y, w)
    glm = final if driver_model == "glm" else PoissonGlm(seed).fit(mat, y, w)
    training_rows = int(y.size)
    del mat
    step(95.0, translate("Risk", "Scoring the areas and their drivers"))
    mat_now = builder.origin_matrix(last_origin)
    predicted = np.maximum(final.predict(mat_now), 0.0)
    now = baseline_maker.at(last_origin)
    expected = _chosen_forecast(chosen, predicted, now, best_model, selection)
    low, high = risk_validation.interval(expected, dispersion)
    drivers = _drivers(builder, final, driver_model, mat_now, predicted, last_origin,
                       min_count, notes)
    relative_risks = glm.relative_risks(builder.labels)
    dropped = [f.label for f, used in zip(builder.features, final.keep) if not used]
    if dropped:
        notes.append(translate("Risk", "Constant in the training data, so left out: {}.").format(
            ", ".join(dropped)))
    importance = _permutation_importance(last_fold_models.get(driver_model), builder, folds,
                                         panel, rng)
    key = risk_validation.level_key(coverage)
    step(100.0, None)
    return RiskResult(
        expected=expected, model=chosen, origin_label=panel.label(last_origin),
        target_label=period_label(panel.first + last_origin + horizon, panel.period),
        features=builder.features, drivers=drivers, validation=validation, summary=summary,
        curves=curves, calibration=calibration, relative_risks=relative_risks,
        importance=importance, folds=folds, notes=notes, training_rows=training_rows,
        kde_radius=baseline_maker.radii.get("kde", 0.0), horizon=horizon, method_labels=labels,
        chosen_by="validation" if model == "auto" else "user", coverage=coverage,
        driver_model=driver_model, best_model=best_model,
        best_baseline=_top_baseline(summary, chosen, selection["baselines"], coverage),
        blend_weight=selection["blend_weight"],
        low=low, high=high, dispersion=dispersion,
        interval_coverage=risk_validation.interval_coverage(scores, chosen, dispersion),
        bad_periods=risk_validation.bad_periods(validation, chosen, selection["baselines"],
                                                key),
        short_labels=short_labels)


def _method_labels(windows, period, radii=None):
    """Labels of every method key (long, for tables; short, for the one-line comparison);
    ``radii``: the kernel density baselines' radii."""
    longest = max(windows)
    radii = radii or {}

    def words(window):
        return _window_words(window or longest, period)

    keys = ["previous"] + [f"window_{w}" for w in sorted(set(windows)) if w > 1] + [
        "history"] + list(radii)
    labels = {"glm": _tr(METHOD_LABELS["glm"]), "boost": _tr(METHOD_LABELS["boost"])}
    short = dict(labels)
    for key in keys:
        labels[key] = baselines.baseline_label(key, words, radius=radii.get(key, 0.0))
        short[key] = baselines.baseline_label(key, words, short=True,
                                              radius=radii.get(key, 0.0))
    return labels, short


def _blend_labels(labels, short_labels, model, baseline, weight):
    template = translate("Risk", "Blend: {model} {share} + {baseline} {rest}")
    share, rest = f"{100 * weight:.0f}%", f"{100 * (1 - weight):.0f}%"
    return (template.format(model=labels[model], share=share,
                            baseline=short_labels[baseline], rest=rest),
            template.format(model=short_labels[model], share=share,
                            baseline=short_labels[baseline], rest=rest))


def _validate(panel, builder, folds, models, baseline_maker, max_rows, validation_rows, seed,
              step, labels, notes):
    """Every model's and baseline's expected counts in each validation period
    (:class:`~wijkradar.core.risk_validation.FoldScores`), and the models of the last one."""
    fold_rows = max(10_000, min(max_rows, validation_rows // max(len(folds), 1)))
    scores, last_fold_models = [], {}
    total = max(len(folds) * len(models), 1)
    for number_, fold in enumerate(folds, start=1):
        t, i, y, w = sample_rows(panel, fold.train_origins, fold.horizon, fold_rows,
                                 np.random.default_rng([seed, fold.origin]))
        if y.sum() <= 0:
            notes.append(translate("Risk", "Validation at {} skipped: no incidents in the "
                                   "periods before it.").format(panel.label(fold.origin)))
            continue
        fold_scores = risk_validation.FoldScores(
            number_, panel.label(fold.origin), panel.label(fold.target),
            panel.counts[fold.target].astype(np.int64))
        mat, mat_val = builder.matrix(t, i), builder.origin_matrix(fold.origin)
        for k, name in enumerate(models):
            step(90.0 * ((number_ - 1) * len(models) + k) / total, translate(
                "Risk", "Validating {} on {}").format(labels[name], panel.label(fold.target)))
            fitted = MODEL_CLASSES[name](seed).fit(mat, y, w)
            fold_scores.predicted[name] = np.maximum(fitted.predict(mat_val), 0.0).astype(
                np.float32)
            if fold is folds[-1]:
                last_fold_models[name] = fitted
        del mat
        for name, values in baseline_maker.at(fold.origin).items():
            fold_scores.predicted[name] = np.asarray(values, dtype=np.float32)
        scores.append(fold_scores)
    return scores, last_fold_models


def _select(scores, models, area_sizes, coverage, model):
    """Validation rows and curves of every method, the blend of the best model with the
    best baseline, and the chosen output."""
    coverages = risk_validation.coverages_for(coverage)
    key = risk_validation.level_key(coverage)
    methods = list(scores[0].predicted)
    baseline_keys = [m for m in methods if baselines.is_baseline(m)]
    rows, curve_rows = _score_rows(scores, methods, area_sizes, coverages)
    summary = _summary(pd.DataFrame(rows))
    best_model = risk_validation.best_of(summary, models, key)
    best_baseline = risk_validation.best_of(summary, baseline_keys, key)
    weight = None
    if model == "auto" and best_model and best_baseline:
        _, weight = risk_validation.blend_folds(scores, best_model, best_baseline, area_sizes,
                                                coverage)
        if weight is not None:
            more, more_curves = _score_rows(scores, [risk_validation.BLEND], area_sizes,
                                            coverages)
            rows += more
            curve_rows += more_curves
            summary = _summary(pd.DataFrame(rows))
    validation = pd.DataFrame(rows)
    candidates = list(models) + ([risk_validation.BLEND] if weight is not None else [])
    if model == "auto":
        chosen = risk_validation.choose(summary, candidates + baseline_keys, baseline_keys,
                                        key)
    else:
        chosen = model
    curves = (pd.concat(curve_rows).groupby(["method", "coverage"], as_index=False, sort=False)
              [["hit_rate", "best_hit_rate"]].mean() if curve_rows else pd.DataFrame())
    return {"chosen": chosen, "best_model": best_model, "best_baseline": best_baseline,
            "blend_weight": weight, "validation": validation, "summary": summary,
            "curves": curves, "baselines": baseline_keys}


def _top_baseline(summary, chosen, baseline_keys, coverage):
    """The baseline the output is compared with: the chosen one when a baseline is the
    output, else the one with the highest mean PAI at the patrolled coverage."""
    if chosen in baseline_keys or not baseline_keys:
        return chosen if chosen in baseline_keys else None
    pai = summary.set_index("method").reindex(baseline_keys).get(
        f"pai_{risk_validation.level_key(coverage)}")
    if pai is None or pai.isna().all():
        return baseline_keys[0]
    return str(pai.idxmax())


def _score_rows(scores, methods, area_sizes, coverages):
    rows, curves = [], []
    for fold in scores:
        for method in methods:
            row, curve = risk_validation.score_fold(fold, method, area_sizes, coverages,
                                                    CURVE_COVERAGES)
            rows.append(row)
            if curve is not None:
                curves.append(curve)
    return rows, curves


def _chosen_forecast(chosen, predicted, now, best_model, selection):
    """Expected counts of the chosen output at the last origin."""
    if chosen in MODEL_CLASSES:
        return predicted
    if chosen == risk_validation.BLEND:
        return risk_validation.blend(predicted, now[selection["best_baseline"]],
                                     selection["blend_weight"])
    return np.asarray(now[chosen], dtype=float)


def _drivers(builder, final, driver_model, mat_now, predicted, last_origin, min_count, notes):
    n = builder.panel.n_areas
    explained = np.arange(n)
    if driver_model == "boost" and n > DRIVER_ROWS:
        explained = np.sort(np.argsort(-predicted, kind="stable")[:DRIVER_ROWS])
        notes.append(translate("Risk", "Drivers were worked out for the {} areas with the "
                               "highest expected count; the other areas have none listed.").format(
            number(DRIVER_ROWS)))
    groups = feature_groups(builder.features)
    contributions = final.group_log_contributions(mat_now[explained], groups)
    drivers = [[] for _ in range(n)]
    top = np.argsort(-predicted[explained], kind="stable")[:max(DRIVER_TOP, n // 20)]
    texts = driver_texts(builder, last_origin, explained, contributions, groups,
                         mat_now[explained], final.mean, min_count, N_DRIVERS, DRIVER_MIN_FACTOR,
                         top_rows=top)
    for index, words in zip(explained, texts):
        drivers[index] = words
    return drivers


def _summary(validation: pd.DataFrame) -> pd.DataFrame:
    columns = [c for c in validation.columns if c.startswith(("hit_rate_", "pai_", "pei_"))]
    columns += [c for c in ("auc", "deviance") if c in validation.columns]
    summary = validation.groupby("method", sort=False)[columns].mean()
    return summary.reset_index()


def _permutation_importance(fitted, builder, folds, panel, rng) -> pd.DataFrame:
    """Rise in the Poisson deviance of the last validation period when one feature is
    shuffled across areas (the model as trained for that fold)."""
    labels = builder.labels
    if fitted is None or not folds:
        return pd.DataFrame({"feature": labels, "importance": np.zeros(len(labels))})
    fold = folds[-1]
    n = panel.n_areas
    areas = np.arange(n) if n <= IMPORTANCE_ROWS else np.sort(
        rng.choice(n, IMPORTANCE_ROWS, replace=False))
    mat = builder.matrix(np.full(areas.size, fold.origin), areas)
    actual = panel.counts[fold.target, areas]
    base = poisson_deviance(actual, fitted.predict(mat))
    importance = np.zeros(len(labels))
    for j in range(len(labels)):
        if not fitted.keep[j]:
            continue
        shuffled = mat.copy()
        shuffled[:, j] = rng.permutation(shuffled[:, j])
        importance[j] = poisson_deviance(actual, fitted.predict(shuffled)) - base
    return pd.DataFrame({"feature": labels, "importance": importance}).sort_values(
        "importance", ascending=False, ignore_index=True)
