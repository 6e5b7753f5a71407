"""The features: what the models learn from, built for any (origin, area) rows of a panel
from nothing after each row's origin."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import List, Optional, Sequence

import numpy as np

from .. import risk_features
from ..i18n import QT_TRANSLATE_NOOP, translate
from .common import ERROR_SHAPE, translated
from .panel import Panel
from .periods import (
    DEFAULT_FOLDS,
    NOUNS,
    SAME_PERIOD_A_YEAR_EARLIER,
    SEASONAL_LAG,
    WINDOWS,
    check_period,
    window_words,
)
from .spatial import row_standardise

# Area-periods that the default validation aims at (see plan_features).
VALIDATION_AREA_PERIODS = 1_500_000
ERROR_HORIZON = QT_TRANSLATE_NOOP("Risk", "The forecast horizon must be a whole number of "
                                  "periods of at least 1.")
ERROR_TOO_FEW = QT_TRANSLATE_NOOP(
    "Risk", "Too few periods to validate: the data cover {n} {nouns} and the forecast horizon "
    "is {h}; rolling-origin validation needs at least {need} periods (a period to learn from, "
    "a later one to test on and the one to forecast). Use shorter periods (e.g. months "
    "instead of quarters) or a longer history.")


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
    check_period(period)
    if not isinstance(horizon, (int, np.integer)) or horizon < 1:
        raise ValueError(translated(ERROR_HORIZON))
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
            raise ValueError(translated(ERROR_TOO_FEW).format(
                n=n_periods, nouns=translated(NOUNS[period][1]), h=horizon, need=need))
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
        self.cum = np.zeros((panel.n_periods + 1, n), dtype=np.int32)
        np.cumsum(panel.counts, axis=0, out=self.cum[1:])
        self.neighbour_cum = self.neighbour_recent = None
        self.features: List[Feature] = []
        if neighbours is not None:
            self._neighbour_sums(neighbours)
        self._count_features(windows, seasonal)
        self.extra = risk_features.ExtraFeatures(self, area, area_points, dated)
        self.notes += self.extra.notes
        self.static = self._static_matrix(static, area, n)

    def _neighbour_sums(self, neighbours):
        """Cumulative sums of the neighbours' mean counts (and of their recent counts)."""
        panel, n = self.panel, self.panel.n_areas
        counts = panel.counts
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

    def _count_features(self, windows, seasonal):
        """The features counted from the panel: own and neighbouring windows, the whole
        history, the same period a year before, near-repeats."""
        panel, subject = self.panel, self.subject
        one = self.one = translated(NOUNS[panel.period][0])
        for window in windows:
            words = window_words(window, panel.period)
            self._add(f"own_{window}", translate("Risk", "{} in {}").format(subject, words),
                      "own", window)
        self._add("history", translate("Risk", "{} per {} over the whole history").format(
            subject, one), "history")
        if seasonal:
            self._add(f"seasonal_{seasonal}",
                      translated(SAME_PERIOD_A_YEAR_EARLIER[panel.period]).format(subject),
                      "seasonal", seasonal)
        if self.neighbour_cum is not None:
            for window in windows:
                words = window_words(window, panel.period)
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
        return window_words(window, self.panel.period)

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
