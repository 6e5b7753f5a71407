"""The Knox test of repeat and near-repeat victimisation, as the Near Repeat Calculator does it.

After a burglary the same home and the homes nearby run a raised risk for a few weeks
(Townsley, Homel & Chaseling 2003; Johnson & Bowers 2004). The Knox test (Knox 1964) asks
whether pairs of incidents that are close in space are also close in time more often than
chance would have it. Ratcliffe's Near Repeat Calculator (2009) made it the analysts' tool;
this module computes what it computes:

- every pair of incidents falls in one **distance band** (same location, 1 to 100 m,
  101 to 200 m, ..., more than the last band) and one **time band** (0 to 7 days, 8 to 14, ...,
  more than the last band); the **observed** table counts the pairs per cell;
- the **expected** table is the mean of the same counts after each of ``permutations``
  Monte Carlo permutations of the dates over the locations (seeded, reproducible): what the
  counts would be if when an incident happened had nothing to do with where;
- the **Knox ratio** of a cell is observed / expected, and its **p-value**
  ``(1 + permutations with a count >= observed) / (permutations + 1)`` (one-sided: is the
  cell raised?).

Conventions, so that every count can be checked by hand: distances (metres, Euclidean or
Manhattan) are rounded to whole metres, half up: "same location" is less than 0.5 m apart and
"1 to 100 m" is from 0.5 m up to, not including, 100.5 m. Time differences are whole days
between the dates (a time of day is not used): "0 to 7 days" holds 0 up to 7 days apart and
"8 to 14 days" 8 up to 14.

How it is fast: the pairs within the largest finite distance band come from a KD-tree once;
a permutation only moves dates, so it costs one pass over those pairs (their date
differences, binned). The pairs farther apart are never listed: all pairs per time band follow
from the sorted dates alone, and do not change when the dates are permuted, so the pairs in the
last, open distance band are all pairs minus the close pairs, per time band.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np

from . import choices
from .cancel import CanceledError
from .i18n import QT_TRANSLATE_NOOP, number, translator

METRICS = choices.NEAR_REPEAT_METRICS.values  # near_repeat's METRIC options, in index order
DEFAULT_SEED = 1964  # the year of Knox's paper
ALPHA = 0.05
# Pairs within the largest finite band that one run may hold: about 40 bytes each.
MAX_CLOSE_PAIRS = 25_000_000

# --- User-facing strings (English source; Dutch in i18n/wijkradar_nl.ts) ----------------------

ERROR_TOO_FEW = QT_TRANSLATE_NOOP(
    "NearRepeat", "The Knox test needs at least two incidents with a location and a date; "
                  "{count} found.")
ERROR_ONE_DATE = QT_TRANSLATE_NOOP(
    "NearRepeat", "All {count} incidents have the same date ({date}): the Knox test compares "
                  "how close in time incidents are, so it needs incidents on different days. "
                  "Choose a longer period.")
ERROR_ONE_PLACE = QT_TRANSLATE_NOOP(
    "NearRepeat", "All {count} incidents lie at the same location: the Knox test compares "
                  "distances, so it needs incidents at different places.")
ERROR_COORDINATES = QT_TRANSLATE_NOOP(
    "NearRepeat", "{count} incidents have no finite coordinates; leave them out first.")
ERROR_BANDS = QT_TRANSLATE_NOOP(
    "NearRepeat", "Band widths (metres, days) and numbers of bands must be whole numbers of at "
                  "least 1; got {values}.")
ERROR_PERMUTATIONS = QT_TRANSLATE_NOOP(
    "NearRepeat", "The number of permutations must be at least 1, not {value}.")
ERROR_SEED = QT_TRANSLATE_NOOP(
    "NearRepeat", "The random seed must be a whole number of 0 or more, not {value}.")
ERROR_TOO_MANY_PAIRS = QT_TRANSLATE_NOOP(
    "NearRepeat", "{pairs} pairs of incidents lie within {distance} m of each other, more than "
                  "one analysis can hold ({limit}). Choose narrower or fewer distance bands, a "
                  "shorter period or one type of incident.")
SAME_LOCATION = QT_TRANSLATE_NOOP("NearRepeat", "same location (0 m)")
DISTANCE_RANGE = QT_TRANSLATE_NOOP("NearRepeat", "{low} to {high} m")
DISTANCE_BEYOND = QT_TRANSLATE_NOOP("NearRepeat", "more than {high} m")
DAYS_RANGE = QT_TRANSLATE_NOOP("NearRepeat", "{low} to {high} days")
DAYS_BEYOND = QT_TRANSLATE_NOOP("NearRepeat", "more than {high} days")
SUBJECT_ALL = QT_TRANSLATE_NOOP("NearRepeat", "Incidents")
SUBJECT_TYPES = QT_TRANSLATE_NOOP("NearRepeat", "Incidents of type {types}")
NEAR = QT_TRANSLATE_NOOP(
    "NearRepeat", "{subject} within {distance} m and {days} days of one another are {ratio} "
                  "times as frequent as expected if place and time were unrelated (p = {p}).")
NEAR_SMALL = QT_TRANSLATE_NOOP(
    "NearRepeat", "{subject} within {distance} m and {days} days of one another are more "
                  "frequent than expected if place and time were unrelated (p = {p}; fewer "
                  "than {k} pairs, so the ratio is not shown).")
REPEAT = QT_TRANSLATE_NOOP(
    "NearRepeat", "Repeats at the same location within {days} days are {ratio} times as "
                  "frequent as expected (p = {p}).")
NOTHING = QT_TRANSLATE_NOOP(
    "NearRepeat", "{subject} within {distance} m and {days} days of one another are not "
                  "significantly more frequent than expected (p = {p}; significant means p < "
                  "{alpha}): no near-repeat pattern.")


_tr = translator("NearRepeat")



# --- Bands ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Bands:
    """Distance and time bands of a Knox table.

    The distance bands are "same location", ``distance_count`` bands of ``distance_width``
    metres and one open band beyond; the time bands are ``time_count`` bands of
    ``time_width`` days and one open band beyond.

    Examples
    --------
    >>> bands = Bands(100, 4, 7, 4)
    >>> bands.distance_band(np.array([0.2, 0.5, 100.4, 100.5, 400.4, 400.5])).tolist()
    [0, 1, 1, 2, 4, 5]
    >>> bands.time_band(np.array([0, 7, 8, 14, 28, 29])).tolist()
    [0, 0, 1, 1, 3, 4]
    """

    distance_width: int = 100
    distance_count: int = 4
    time_width: int = 7
    time_count: int = 4

    def __post_init__(self):
        values = (self.distance_width, self.distance_count, self.time_width, self.time_count)
        if not all(float(v) == int(v) and int(v) >= 1 for v in values):
            raise ValueError(_tr(ERROR_BANDS).format(values=", ".join(map(str, values))))
        for name, value in zip(("distance_width", "distance_count", "time_width",
                                "time_count"), values):
            object.__setattr__(self, name, int(value))

    @property
    def n_distance(self) -> int:
        """Rows of the table: same location, the finite bands and the open band."""
        return self.distance_count + 2

    @property
    def n_time(self) -> int:
        """Columns of the table: the finite bands and the open band."""
        return self.time_count + 1

    @property
    def max_distance(self) -> int:
        return self.distance_width * self.distance_count

    def distance_band(self, distances) -> np.ndarray:
        """Row of each distance (metres): 0 same location, 1 the first band, ..."""
        metres = np.floor(np.asarray(distances, dtype=float) + 0.5).astype(np.int64)
        band = (metres - 1) // self.distance_width + 1
        return np.where(metres <= 0, 0, np.minimum(band, self.distance_count + 1))

    def time_band(self, days) -> np.ndarray:
        """Column of each difference in whole days (0 or more)."""
        days = np.asarray(days, dtype=np.int64)
        return np.minimum((np.maximum(days, 1) - 1) // self.time_width, self.time_count)

    def distance_limits(self) -> list:
        """(lowest, highest) whole metres of each row; None for the open end."""
        w = self.distance_width
        return [(0, 0)] + [(k * w + 1, (k + 1) * w) for k in range(self.distance_count)] + [
            (self.max_distance + 1, None)]

    def time_limits(self) -> list:
        """(lowest, highest) whole days of each column; None for the open end."""
        w = self.time_width
        return [(0 if k == 0 else k * w + 1, (k + 1) * w) for k in range(self.time_count)] + [
            (self.time_count * w + 1, None)]

    def distance_labels(self) -> list:
        labels = [_tr(SAME_LOCATION)]
        labels += [_tr(DISTANCE_RANGE).format(low=low, high=high)
                   for low, high in self.distance_limits()[1:-1]]
        return labels + [_tr(DISTANCE_BEYOND).format(high=self.max_distance)]

    def time_labels(self) -> list:
        labels = [_tr(DAYS_RANGE).format(low=low, high=high)
                  for low, high in self.time_limits()[:-1]]
        return labels + [_tr(DAYS_BEYOND).format(high=self.time_count * self.time_width)]


# --- Result -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class KnoxResult:
    """Observed pair counts per cell (distance row x time column) and the same counts under
    each permutation of the dates (``permuted``: permutations x rows x columns).

    Examples
    --------
    Three towns 9 km apart, each with two pairs of incidents 30-40 m and two days apart:

    >>> x = np.array([0.0, 40.0, 2000.0, 2030.0, 5000.0, 7000.0] * 3)
    >>> y = np.array([0.0, 0.0, 0.0, 0.0, 5000.0, 0.0] * 3) + np.repeat([0, 9000, 18000], 6)
    >>> days = np.array([1, 3, 50, 52, 90, 200] * 3) + np.repeat([0, 400, 800], 6)
    >>> result = knox_test(x, y, days, permutations=99)
    >>> result.n_pairs, int(result.observed[1, 0])  # 1-100 m and 0-7 days apart
    (153, 6)
    >>> round(float(result.expected[1, 0]), 2), round(float(result.ratio[1, 0]), 1)
    (0.25, 23.8)
    >>> float(result.p_values[1, 0])  # no permutation reached 6: 1 / (99 + 1)
    0.01
    """

    bands: Bands
    observed: np.ndarray
    permuted: np.ndarray
    n_incidents: int
    n_close_pairs: int
    seed: int
    metric: str
    n_left_out: int = 0

    @property
    def permutations(self) -> int:
        return int(self.permuted.shape[0])

    @property
    def n_pairs(self) -> int:
        return self.n_incidents * (self.n_incidents - 1) // 2

    @property
    def expected(self) -> np.ndarray:
        """Mean count per cell over the permutations."""
        return self.permuted.mean(axis=0)

    @property
    def ratio(self) -> np.ndarray:
        """Knox ratio observed / expected (NaN where nothing is expected)."""
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.expected > 0, self.observed / self.expected, np.nan)

    @property
    def p_values(self) -> np.ndarray:
        """(1 + permutations counting at least the observed) / (permutations + 1)."""
        at_least = (self.permuted >= self.observed[None]).sum(axis=0)
        return (1.0 + at_least) / (self.permutations + 1.0)

    def block(self, rows: int, columns: int) -> dict:
        """Observed, expected, ratio and p-value of the first ``rows`` distance rows and the
        first ``columns`` time columns taken together (a window from the origin)."""
        observed = int(self.observed[:rows, :columns].sum())
        permuted = self.permuted[:, :rows, :columns].sum(axis=(1, 2))
        expected = float(permuted.mean())
        ratio = observed / expected if expected > 0 else float("nan")
        p_value = (1.0 + (permuted >= observed).sum()) / (self.permutations + 1.0)
        return {"observed": observed, "expected": expected, "ratio": ratio,
                "p_value": float(p_value)}


# --- The test ---------------------------------------------------------------------------------

def knox_test(x, y, days, bands: Optional[Bands] = None, permutations: int = 999,
              seed: int = DEFAULT_SEED, metric: str = "euclidean",
              progress: Optional[Callable[[float], None]] = None,
              canceled: Optional[Callable[[], bool]] = None) -> KnoxResult:
    """Knox table of incident pairs by distance and time band, with Monte Carlo inference.

    Parameters
    ----------
    x, y : array_like of float
        Coordinates in metres (a projected CRS: the caller reprojects geographic data).
    days : array_like of datetime64 or int
        The date of each incident (day numbers when integers); incidents without a date
        (NaT) are left out and counted in ``n_left_out``.
    bands : Bands, optional
        Distance and time bands (default ``Bands()``: 100 m x 4 and 7 days x 4).
    permutations : int
        Monte Carlo runs (99 to 999 is usual). Run ``r`` gives incident ``i`` the date of
        incident ``perm[i]``, with ``perm`` the ``r``-th ``rng.permutation(n)`` of
        ``rng = numpy.random.default_rng(seed)``, so a run can be repeated independently.
    seed : int
        Seed of the permutations.
    metric : {"euclidean", "manhattan"}
        Distance between two incidents (the Near Repeat Calculator offers both).
    progress : callable, optional
        Called with the percentage of permutations done.
    canceled : callable, optional
        Polled between permutations; when it returns True, :class:`CanceledError` is raised.

    Returns
    -------
    KnoxResult

    Raises
    ------
    ValueError
        Fewer than two incidents, one date for all, one place for all, or too many close
        pairs, with a sentence saying what to change.

    Examples
    --------
    >>> x = np.array([0.0, 50.0, 0.0, 3000.0])
    >>> y = np.array([0.0, 0.0, 0.0, 3000.0])
    >>> days = np.array(["2024-03-01", "2024-03-04", "2024-06-01", "2024-03-02"],
    ...                 dtype="datetime64[D]")
    >>> result = knox_test(x, y, days, permutations=99, seed=1)
    >>> result.observed[:2, :2].tolist()  # same location / 1-100 m x 0-7 / 8-14 days
    [[0, 0], [1, 0]]
    >>> int(result.observed.sum()) == result.n_pairs == 6
    True
    """
    _check_options(permutations, seed, metric)
    bands = bands or Bands()
    x, y, day_numbers, left_out = _clean(x, y, days)
    counter = PairCounter(x, y, day_numbers, bands, metric)
    observed = counter.count(counter.days)
    permuted = _permuted_counts(counter, observed.shape, int(permutations), seed, progress,
                                canceled)
    return KnoxResult(bands, observed, permuted, len(x), counter.n_close_pairs, int(seed),
                      metric, left_out)


def _check_options(permutations, seed, metric):
    if metric not in METRICS:
        raise ValueError(f"metric must be one of {METRICS}, not {metric!r}")
    if int(permutations) < 1:
        raise ValueError(_tr(ERROR_PERMUTATIONS).format(value=permutations))
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ValueError(_tr(ERROR_SEED).format(value=seed))


def _permuted_counts(counter, shape, permutations, seed, progress, canceled):
    """The Knox table (of ``shape``) of each permutation of the dates over the incidents,
    stacked (permutations x rows x columns); reports progress and polls ``canceled``
    every 1%."""
    rng = np.random.default_rng(seed)
    n = len(counter.days)
    permuted = np.empty((permutations,) + shape, dtype=np.int64)
    step = max(1, permutations // 100)
    for run in range(permutations):
        if run % step == 0:
            if canceled is not None and canceled():
                raise CanceledError()
            if progress is not None:
                progress(100.0 * run / permutations)
        permuted[run] = counter.count(counter.days[rng.permutation(n)])
    if progress is not None:
        progress(100.0)
    return permuted


def _clean(x, y, days):
    """Coordinates and whole day numbers (from 0) of the incidents with a date, checked."""
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    days = np.asarray(days).ravel()
    if not len(x) == len(y) == len(days):
        raise ValueError(f"x, y and days must have one value per incident "
                         f"({len(x)}, {len(y)}, {len(days)})")
    if days.dtype.kind == "M":
        days = days.astype("datetime64[D]")
        dated = ~np.isnat(days)
        numbers = days.astype(np.int64)
    else:
        numbers = np.asarray(days, dtype=float)
        dated = np.isfinite(numbers)
    x, y, numbers = x[dated], y[dated], numbers[dated].astype(np.int64)
    if len(x) < 2:
        raise ValueError(_tr(ERROR_TOO_FEW).format(count=len(x)))
    finite = np.isfinite(x) & np.isfinite(y)
    if not finite.all():
        raise ValueError(_tr(ERROR_COORDINATES).format(count=int((~finite).sum())))
    if numbers.min() == numbers.max():
        date = days[dated][0] if days.dtype.kind == "M" else numbers[0]
        raise ValueError(_tr(ERROR_ONE_DATE).format(count=len(x), date=date))
    if x.min() == x.max() and y.min() == y.max():
        raise ValueError(_tr(ERROR_ONE_PLACE).format(count=len(x)))
    return x, y, numbers - numbers.min(), int((~dated).sum())


class PairCounter:
    """Counts pairs per (distance band, time band) for any assignment of the dates.

    The pairs within the largest finite distance band are found once (KD-tree) and kept
    sorted by distance band; :meth:`count` bins their date differences. The pairs farther
    apart are all pairs minus these, per time band.
    """

    def __init__(self, x, y, days, bands: Bands, metric: str = "euclidean"):
        from scipy.spatial import cKDTree

        self.bands = bands
        self.days = np.asarray(days, dtype=np.intp)
        self.span = int(self.days.max())
        coordinates = np.column_stack([x, y])
        tree = cKDTree(coordinates)
        radius = bands.max_distance + 0.5  # the last distance rounding into a finite band
        p = 2 if metric == "euclidean" else 1
        close = (tree.count_neighbors(tree, radius, p=p) - len(x)) // 2
        if close > MAX_CLOSE_PAIRS:
            raise ValueError(_tr(ERROR_TOO_MANY_PAIRS).format(
                pairs=number(close), distance=bands.max_distance, limit=number(MAX_CLOSE_PAIRS)))
        pairs = tree.query_pairs(radius, p=p, output_type="ndarray")
        delta = coordinates[pairs[:, 0]] - coordinates[pairs[:, 1]]
        distances = np.hypot(delta[:, 0], delta[:, 1]) if p == 2 else np.abs(delta).sum(axis=1)
        rows = bands.distance_band(distances)
        order = np.argsort(rows, kind="stable")
        self.first = pairs[order, 0].astype(np.intp)
        self.second = pairs[order, 1].astype(np.intp)
        self.row_starts = np.searchsorted(rows[order], np.arange(bands.n_distance + 1))
        self.n_close_pairs = len(pairs)
        self.all_pairs = self._all_pairs_per_time_band(np.sort(self.days))
        self._buffers = (np.empty(len(pairs), np.intp), np.empty(len(pairs), np.intp))

    def count(self, days) -> np.ndarray:
        """Pairs per cell (rows x columns) when incident ``i`` has date ``days[i]``."""
        shifted, other = self._buffers
        # date of the first + span - date of the second: 0 ... 2 x span, no negative values
        np.take(days + self.span, self.first, out=shifted)
        np.take(days, self.second, out=other)
        np.subtract(shifted, other, out=shifted)
        table = np.zeros((self.bands.n_distance, self.bands.n_time), dtype=np.int64)
        for row in range(self.bands.n_distance):
            start, stop = self.row_starts[row], self.row_starts[row + 1]
            if stop > start:
                signed = np.bincount(shifted[start:stop], minlength=2 * self.span + 1)
                apart = signed[self.span:].copy()  # pairs 0, 1, 2 ... days apart
                apart[1:] += signed[self.span - 1::-1]
                table[row] = self._per_time_band(np.cumsum(apart))
        table[-1] += self.all_pairs - table.sum(axis=0)
        return table

    def _per_time_band(self, at_most):
        """Pairs per time band from ``at_most[d]``, the pairs at most d days apart."""
        edges = np.minimum(np.arange(1, self.bands.time_count + 1) * self.bands.time_width,
                           len(at_most) - 1)
        return np.diff(np.concatenate([[0], at_most[edges], [at_most[-1]]]))

    def _all_pairs_per_time_band(self, sorted_days):
        """Pairs of all incidents per time band, from the sorted dates (no pair listed)."""
        n = len(sorted_days)
        limits = np.arange(1, self.bands.time_count + 1) * self.bands.time_width
        after = np.arange(1, n + 1)
        at_most = [int((np.searchsorted(sorted_days, sorted_days + limit, side="right")
                        - after).sum()) for limit in limits]
        return np.diff(np.array([0] + at_most + [n * (n - 1) // 2], dtype=np.int64))


# --- Reading the result -----------------------------------------------------------------------

@dataclass(frozen=True)
class Window:
    """A window from the origin of the table: within ``distance`` metres and ``days`` days
    (0 and 0: none), with its pairs taken together."""

    distance: int
    days: int
    observed: int
    expected: float
    ratio: float
    p_value: float


def raised_cells(result: KnoxResult, alpha: float = ALPHA) -> np.ndarray:
    """Cells significantly raised: p < alpha and Knox ratio above 1.

    >>> x = np.array([0.0, 40.0, 2000.0, 2030.0, 5000.0, 7000.0] * 3)
    >>> y = np.array([0.0, 0.0, 0.0, 0.0, 5000.0, 0.0] * 3) + np.repeat([0, 9000, 18000], 6)
    >>> days = np.array([1, 3, 50, 52, 90, 200] * 3) + np.repeat([0, 400, 800], 6)
    >>> raised = raised_cells(knox_test(x, y, days, permutations=99))
    >>> raised[:2].astype(int).tolist()  # same location; 1-100 m (by 0-7, 8-14, ... days)
    [[0, 0, 0, 0, 0], [1, 0, 0, 0, 0]]
    """
    with np.errstate(invalid="ignore"):
        return (result.p_values < alpha) & (result.ratio > 1)


def _leading(mask) -> int:
    """How many values from the start are True."""
    mask = np.asarray(mask, dtype=bool)
    return int(mask.size if mask.all() else np.argmin(mask))


def near_repeat_window(result: KnoxResult, alpha: float = ALPHA) -> Window:
    """The suggested near-repeat window: how far and how long the raised risk reaches.

    The distance is the largest finite distance band that is raised (p < alpha, ratio > 1)
    in the first time band together with every band before it, from the first band beyond
    the same location; the days the largest time band raised in the first distance band
    beyond the same location together with every one before it. Both are 0 when that first
    cell is not raised. The counts are those of every pair within the distance (same
    location included) and the days, taken together.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> x, y = rng.uniform(0, 5000, 400), rng.uniform(0, 5000, 400)
    >>> days = rng.integers(0, 365, 400)
    >>> follow = rng.integers(0, 400, 200)  # a follow-up within 60 m and 5 days of each
    >>> x = np.concatenate([x, x[follow] + rng.uniform(-40, 40, 200)])
    >>> y = np.concatenate([y, y[follow] + rng.uniform(-40, 40, 200)])
    >>> days = np.concatenate([days, days[follow] + rng.integers(0, 6, 200)])
    >>> window = near_repeat_window(knox_test(x, y, days, permutations=99))
    >>> window.distance, window.days, window.ratio > 2
    (100, 7, True)
    """
    raised = raised_cells(result, alpha)
    rows = _leading(raised[1:result.bands.distance_count + 1, 0])
    columns = _leading(raised[1, :result.bands.time_count]) if rows else 0
    return _window(result, rows, columns)


def repeat_window(result: KnoxResult, alpha: float = ALPHA) -> Window:
    """Repeats at the same location: the time bands raised from the first one on (distance
    0; days 0 when the first is not raised).

    >>> x = np.array([0.0, 0.0, 3000.0, 3000.0, 6000.0, 9000.0] * 3)
    >>> y = np.repeat([0.0, 9000.0, 18000.0], 6)
    >>> days = np.array([1, 4, 50, 52, 90, 200] * 3) + np.repeat([0, 400, 800], 6)
    >>> window = repeat_window(knox_test(x, y, days, permutations=99))
    >>> window.distance, window.days, window.observed, window.p_value
    (0, 7, 6, 0.01)
    """
    columns = _leading(raised_cells(result, alpha)[0, :result.bands.time_count])
    return _window(result, 0, columns)


def _window(result, near_rows, columns):
    """The window of the same location plus ``near_rows`` distance bands and ``columns``
    time bands (the first cell beyond the same location when there is none)."""
    bands = result.bands
    block = result.block(near_rows + 1, columns) if columns else result.block(2, 1)
    return Window(near_rows * bands.distance_width, columns * bands.time_width, **block)


def summary(result: KnoxResult, types: str = "", k: int = 5, alpha: float = ALPHA) -> list:
    """The result in plain words, one sentence per finding (English, or the user's language).

    ``types`` names the incident types analysed (empty: all incidents); a window with fewer
    than ``k`` pairs is given without its ratio (privacy rule 2).

    Examples
    --------
    >>> x = np.array([0.0, 40.0, 2000.0, 2030.0, 5000.0, 7000.0] * 3)
    >>> y = np.array([0.0, 0.0, 0.0, 0.0, 5000.0, 0.0] * 3) + np.repeat([0, 9000, 18000], 6)
    >>> days = np.array([1, 3, 50, 52, 90, 200] * 3) + np.repeat([0, 400, 800], 6)
    >>> print(summary(knox_test(x, y, days, permutations=99))[0])
    ... # doctest: +NORMALIZE_WHITESPACE
    Incidents within 100 m and 7 days of one another are 23.8 times as frequent as expected
    if place and time were unrelated (p = 0.010).
    """
    subject = _tr(SUBJECT_TYPES).format(types=types) if types else _tr(SUBJECT_ALL)
    near = near_repeat_window(result, alpha)
    if not near.distance:
        sentences = [_tr(NOTHING).format(subject=subject, distance=result.bands.distance_width,
                                         days=result.bands.time_width, p=p_text(near.p_value),
                                         alpha=number(alpha, 2))]
    elif near.observed < k:
        sentences = [_tr(NEAR_SMALL).format(subject=subject, distance=near.distance,
                                            days=near.days, p=p_text(near.p_value), k=k)]
    else:
        sentences = [_tr(NEAR).format(subject=subject, distance=near.distance, days=near.days,
                                      ratio=number(near.ratio, 1), p=p_text(near.p_value))]
    repeat = repeat_window(result, alpha)
    if repeat.days and repeat.observed >= k:
        sentences.append(_tr(REPEAT).format(days=repeat.days, ratio=number(repeat.ratio, 1),
                                            p=p_text(repeat.p_value)))
    return sentences


def p_text(p_value: float) -> str:
    """A p-value as the texts write it (three decimals: 999 permutations reach 0.001).

    >>> p_text(1 / 1000), p_text(0.0101)
    ('0.001', '0.010')
    """
    return number(p_value, 3)


def cell_table(result: KnoxResult):
    """One row per cell (distance rows, then time columns within each): band labels and
    limits (None for the open end), observed, expected, Knox ratio and p-value.

    >>> x = np.array([0.0, 40.0, 2000.0, 2030.0, 5000.0, 7000.0] * 3)
    >>> y = np.array([0.0, 0.0, 0.0, 0.0, 5000.0, 0.0] * 3) + np.repeat([0, 9000, 18000], 6)
    >>> days = np.array([1, 3, 50, 52, 90, 200] * 3) + np.repeat([0, 400, 800], 6)
    >>> table = cell_table(knox_test(x, y, days, permutations=99))
    >>> len(table)  # 6 distance rows x 5 time columns
    30
    >>> row = table.iloc[5]
    >>> row["distance_band"], row["time_band"], row["observed"], row["expected"]
    ('1 to 100 m', '0 to 7 days', 6, 0.253)
    """
    import pandas as pd

    bands = result.bands
    rows = []
    cells = zip(result.observed.ravel(), result.expected.ravel(), result.ratio.ravel(),
                result.p_values.ravel())
    grid = [(d, t) for d in zip(bands.distance_labels(), bands.distance_limits())
            for t in zip(bands.time_labels(), bands.time_limits())]
    for ((distance, (d_low, d_high)), (time, (t_low, t_high))), values in zip(grid, cells):
        observed, expected, ratio, p_value = values
        rows.append({"distance_band": distance, "distance_min_m": d_low,
                     "distance_max_m": d_high, "time_band": time, "days_min": t_low,
                     "days_max": t_high, "observed": int(observed),
                     "expected": round(float(expected), 3), "knox_ratio": float(ratio),
                     "p_value": float(p_value)})
    table = pd.DataFrame(rows)
    for column in ("distance_max_m", "days_max"):
        table[column] = table[column].astype("Int64")
    return table
