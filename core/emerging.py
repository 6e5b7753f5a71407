"""Emerging hot spots: where clusters of incidents appear, grow, last or fade over time.

The method is ArcGIS Pro's Emerging Hot Spot Analysis, step by step:

1. **Space-time cube** (:func:`build_cube`): incident counts per location (area or grid
   cell) and time step, ``counts[t, i]``. Steps are weeks (7 days), months or quarters
   counted back from the last date, so the final step ends on the last incident's day and is
   complete (a calendar month cut off halfway would look like a sudden fall everywhere).
   Only whole steps are used: incidents before the first whole step are left out and
   counted in ``Cube.dropped``.
2. **Gi\\* per bin** (:func:`space_time_gi`): the Getis-Ord Gi\\* z-score of every bin with
   binary weights over its spatial neighbours and itself, in its own step and the ``window``
   previous steps (ArcGIS's neighbourhood time step; fewer at the start of the cube), against
   the mean and standard deviation of the whole cube (ArcGIS's default global window,
   ``ENTIRE_CUBE``):
   ``z = (sum_j w_j x_j - mean * W) / (sd * sqrt((n W - W^2) / (n - 1)))`` with ``W`` the
   number of bins in the neighbourhood, ``n`` the number of bins in the cube and ``sd`` the
   population standard deviation (Ord & Getis 1995). Computed one step at a time with a
   running window sum and one sparse product, never a space-time matrix: memory is the cube
   itself (460,000 locations x 104 steps: counts 190 MB, z-scores 380 MB).
3. **Hot and cold spot bins** (:func:`confidence_bins`): two-sided p-values, then ArcGIS's
   Gi_Bin classes -3 ... 3 (cold/hot at 90, 95, 99% confidence), with the False Discovery
   Rate correction of Benjamini & Hochberg (1995) over all bins of the cube when ``fdr``
   (:mod:`.hotspot_stats` does the correction and the classes; the spatial weights come from
   :mod:`.spatial_weights`).
   A bin counts as a hot (cold) spot when its confidence is at least ``1 - alpha``.
4. **Trends** (:func:`mann_kendall`): the Mann-Kendall test per location on its Gi\\*
   z-scores (the trend in the intensity of clustering, which the patterns use) and on its
   counts (the trend in incidents, reported beside it), with the tie correction of the
   variance and the continuity correction of the z-score (Mann 1945, Kendall 1975).
5. **Patterns** (:func:`classify`): the 17 patterns of :mod:`.emerging_patterns`.

Choices where Esri's definitions leave room, in the order they are tested:

- "At least 90% of the steps" is ``10 * hot_steps >= 9 * steps``, in whole numbers.
- A location hot in at least 90% of the steps is intensifying (significant upward trend of
  its z-scores), diminishing (significant downward trend) or persistent (no significant
  trend) when the final step is hot, and historical when it is not.
- Otherwise, with the final step hot: *new* when it is the only hot step; *consecutive* when
  all hot steps form one run of two or more up to the final step; then *oscillating* when the
  location was a significant cold spot in an earlier step, else *sporadic*. Esri's new and
  consecutive say nothing about earlier cold spots, so a location that turns hot for the
  first time after being cold is *new*, not oscillating.
- Cold spots mirror hot spots; for them "intensifying" is a significant *downward* trend of
  the z-scores (ever lower counts around the location).

Default time step (``step="auto"``, :func:`plan_steps`): the shortest of week, month and
quarter for which the analysed period holds at least :data:`MIN_STEPS` (10) whole steps and
at least :data:`MIN_MEAN_PER_BIN` (0.1) incidents per location per step on average (one
incident per step for every ten locations: sparser cubes are mostly zeros, and their Gi\\*
z-scores say little). When no step is that dense, the longest step with ten steps is taken.
The analysed period (``n_steps=0``) is the last 52 weeks' worth of steps (52 weeks,
12 months), but at least 10 steps (10 quarters), or all whole steps when the data are
shorter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

import numpy as np
import pandas as pd
from scipy import sparse, special

from . import choices
from . import emerging_patterns as patterns
from .cancel import CanceledError
from .hotspot_stats import CLASS_LEVELS, adjust_p, hotspot_classes
from .i18n import QT_TRANSLATE_NOOP, translator
from .spatial_weights import SpatialWeights

# The time steps of emerging_hotspots' options but 'auto' (core/choices.py holds them all).
STEPS = tuple(step for step in choices.EMERGING_TIME_STEPS.values if step != "auto")
STEP_MONTHS = {"month": 1, "quarter": 3}
STEPS_PER_52_WEEKS = {"week": 52, "month": 12, "quarter": 4}
MIN_STEPS = 10
MIN_MEAN_PER_BIN = 0.1
LEVELS = tuple(alpha for _, alpha in sorted(CLASS_LEVELS))  # Gi_Bin 1, 2, 3: 0.10 ... 0.01
DEFAULT_WINDOW = 1
MK_CHUNK = 16384  # locations per block of the Mann-Kendall lag loop (memory ~ 13 MB)

ERROR_STEP = QT_TRANSLATE_NOOP("Emerging", "The time step must be one of {}, not {!r}.")
ERROR_ALPHA = QT_TRANSLATE_NOOP("Emerging", "The significance level must be one of {}, not "
                                "{!r}.")
ERROR_NO_INCIDENTS = QT_TRANSLATE_NOOP(
    "Emerging", "No incident has both a usable date and a location ({} read: {} without a "
    "usable date, {} outside every location). Check the date field and that the incidents "
    "lie in the areas or grid.")
ERROR_ALL_AFTER = QT_TRANSLATE_NOOP(
    "Emerging", "No incident is dated on or before {last} (the last date to use): the first "
    "is dated {first}. Choose a later date or leave it empty.")
ERROR_TOO_SHORT = QT_TRANSLATE_NOOP(
    "Emerging", "The incidents span {first} to {last}: {count} whole {nouns}. Emerging hot "
    "spots need at least {minimum} time steps (the 90% rule and the trend test mean nothing "
    "with fewer). Use a shorter time step or incidents over a longer period.")
ERROR_FEW_ASKED = QT_TRANSLATE_NOOP(
    "Emerging", "{asked} time steps were asked for; emerging hot spots need at least {minimum} "
    "(the 90% rule and the trend test mean nothing with fewer).")
ERROR_CONSTANT = QT_TRANSLATE_NOOP(
    "Emerging", "Every location has the same count ({}) in every time step, so there are no "
    "hot or cold spots to find. Check the date range and that the incidents lie in the areas "
    "or grid.")
ERROR_WINDOW = QT_TRANSLATE_NOOP(
    "Emerging", "The time window must be a whole number of previous steps, 0 or more, not {}.")
ERROR_STEPS = QT_TRANSLATE_NOOP(
    "Emerging", "The number of time steps must be 0 (automatic) or more, not {}.")
ERROR_SHAPE = QT_TRANSLATE_NOOP(
    "Emerging", "The spatial weights are for {} locations, the cube has {}.")
NOUNS = {"week": QT_TRANSLATE_NOOP("Emerging", "weeks"),
         "month": QT_TRANSLATE_NOOP("Emerging", "months"),
         "quarter": QT_TRANSLATE_NOOP("Emerging", "quarters")}


class TooFewStepsError(ValueError):
    """The incidents span fewer than :data:`MIN_STEPS` whole time steps (a chain may go on
    without patterns, where a single run stops)."""


_tr = translator("Emerging")



# --------------------------------------------------------------------------- time steps


def _check_step(step: str, auto: bool = False) -> None:
    if step not in STEPS and not (auto and step == "auto"):
        raise ValueError(_tr(ERROR_STEP).format(", ".join(("auto",) + STEPS), step))


def step_boundaries(last, step: str, count: int) -> np.ndarray:
    """``count + 1`` dates (datetime64[D], ascending): step ``t`` runs from ``b[t]`` up to
    the day before ``b[t + 1]``, and the final step ends on ``last``.

    Months and quarters are counted back from the day after ``last``, with the day of the
    month clipped to the month's length.

    Examples
    --------
    >>> step_boundaries("2024-03-31", "month", 2).astype(str).tolist()
    ['2024-02-01', '2024-03-01', '2024-04-01']
    >>> step_boundaries("2024-03-05", "week", 2).astype(str).tolist()
    ['2024-02-21', '2024-02-28', '2024-03-06']
    """
    _check_step(step)
    anchor = np.datetime64(last, "D") + np.timedelta64(1, "D")
    if step == "week":
        return anchor - np.timedelta64(7, "D") * np.arange(count, -1, -1)
    stamp, months = pd.Timestamp(anchor), STEP_MONTHS[step]
    return np.array([(stamp - pd.DateOffset(months=months * j)).to_datetime64()
                     for j in range(count, -1, -1)]).astype("datetime64[D]")


def whole_steps(first, last, step: str) -> int:
    """How many whole steps, ending on ``last``, start on or after ``first``.

    >>> first, last = np.datetime64("2024-01-01"), np.datetime64("2024-03-31")
    >>> whole_steps(first, last, "week"), whole_steps(first, last, "month")
    (13, 3)
    """
    first, last = np.datetime64(first, "D"), np.datetime64(last, "D")
    if step == "week":
        return int((last - first).astype(np.int64) + 1) // 7
    months = (last + np.timedelta64(1, "D")).astype("datetime64[M]") - first.astype(
        "datetime64[M]")
    upper = int(months.astype(np.int64)) // STEP_MONTHS[step] + 1
    return int((step_boundaries(last, step, upper)[:-1] >= first).sum())


@dataclass
class StepPlan:
    """The time step and the whole steps an analysis uses."""

    step: str
    boundaries: np.ndarray  # n_steps + 1 dates, see step_boundaries
    automatic: bool = False
    mean_per_bin: float = float("nan")

    @property
    def n_steps(self) -> int:
        return len(self.boundaries) - 1


def _steps_wanted(step: str, n_steps: int) -> int:
    return n_steps if n_steps > 0 else max(STEPS_PER_52_WEEKS[step], MIN_STEPS)


def _plan(dates, n_locations: int, step: str, n_steps: int,
          last=None) -> Optional[StepPlan]:
    first, last = dates.min(), dates.max() if last is None else last
    count = min(_steps_wanted(step, n_steps), whole_steps(first, last, step))
    if count < MIN_STEPS:
        return None
    boundaries = step_boundaries(last, step, count)
    inside = int((dates >= boundaries[0]).sum())
    return StepPlan(step, boundaries, mean_per_bin=inside / (count * max(n_locations, 1)))


def plan_steps(dates, n_locations: int, step: str = "auto", n_steps: int = 0,
               last=None) -> StepPlan:
    """The time step and the steps to analyse for incident ``dates`` (datetime64[D], no NaT)
    over ``n_locations`` locations; see the module's text for the rule of ``step="auto"``
    and ``n_steps=0``. The final step ends on ``last`` (default: the latest date; no date
    may lie after it). Raises ValueError when fewer than :data:`MIN_STEPS` steps fit.

    Examples
    --------
    >>> days = np.arange("2023-01-01", "2024-12-31", dtype="datetime64[D]")
    >>> plan = plan_steps(days, n_locations=100)
    >>> plan.step, plan.n_steps  # 730 incidents: too few for weeks (0.14 per area-week)
    ('month', 12)
    >>> plan_steps(days, n_locations=10).step  # 10 areas: 0.7 incidents per area-week
    'week'
    """
    _check_step(step, auto=True)
    if n_steps < 0:
        raise ValueError(_tr(ERROR_STEPS).format(n_steps))
    if 0 < n_steps < MIN_STEPS:
        raise ValueError(_tr(ERROR_FEW_ASKED).format(asked=n_steps, minimum=MIN_STEPS))
    dates = np.asarray(dates, dtype="datetime64[D]")
    candidates = STEPS if step == "auto" else (step,)
    last = None if last is None else np.datetime64(last, "D")
    plans = [plan for plan in (_plan(dates, n_locations, s, n_steps, last)
                               for s in candidates) if plan is not None]
    if not plans:
        shortest = candidates[0]
        raise TooFewStepsError(_tr(ERROR_TOO_SHORT).format(
            first=dates.min(), last=dates.max(), minimum=MIN_STEPS, nouns=_tr(NOUNS[shortest]),
            count=whole_steps(dates.min(), dates.max(), shortest)))
    dense = [plan for plan in plans if plan.mean_per_bin >= MIN_MEAN_PER_BIN]
    chosen = dense[0] if dense else plans[-1]
    chosen.automatic = step == "auto"
    return chosen


# --------------------------------------------------------------------------- the cube


@dataclass
class Cube:
    """Incident counts per time step (rows) and location (columns)."""

    counts: np.ndarray  # (n_steps, n_locations) int32
    plan: StepPlan
    dropped: dict = field(default_factory=dict)  # no_date, outside, before

    @property
    def n_steps(self) -> int:
        return self.counts.shape[0]

    @property
    def n_locations(self) -> int:
        return self.counts.shape[1]

    @property
    def step(self) -> str:
        return self.plan.step

    @property
    def starts(self) -> np.ndarray:
        return self.plan.boundaries[:-1]

    @property
    def ends(self) -> np.ndarray:
        return self.plan.boundaries[1:] - np.timedelta64(1, "D")

    def label(self, t: int) -> str:
        """'2024-12-17 – 2024-12-23': the first and last day of step ``t``."""
        return f"{self.starts[t]} – {self.ends[t]}"

    def only(self, keep) -> Cube:
        """The cube of the locations where ``keep`` (a mask or index array) holds."""
        return Cube(self.counts[:, keep], self.plan, dict(self.dropped))


def build_cube(location, dates, n_locations: int, step: str = "auto",
               n_steps: int = 0, last=None) -> Cube:
    """The space-time cube of incidents, given each incident's location index (-1: outside
    every location) and date (datetime64; NaT: no usable date). With ``last`` (a date), the
    final step ends on it and later incidents are left out (an analysis as of that date).

    Examples
    --------
    >>> days = np.arange("2024-01-01", "2024-03-31", dtype="datetime64[D]")
    >>> cube = build_cube(np.arange(days.size) % 3, days, 3, step="week")
    >>> cube.counts.shape, cube.label(cube.n_steps - 1)
    ((12, 3), '2024-03-24 – 2024-03-30')
    >>> cube.dropped
    {'no_date': 0, 'outside': 0, 'before': 6, 'after': 0}
    """
    location = np.asarray(location, dtype=np.int64)
    dates = np.asarray(dates).astype("datetime64[D]")
    no_date = np.isnat(dates)
    outside = (location < 0) & ~no_date
    usable = ~no_date & ~outside
    if not usable.any():
        raise ValueError(_tr(ERROR_NO_INCIDENTS).format(
            location.size, int(no_date.sum()), int(outside.sum())))
    after = np.zeros_like(usable)
    if last is not None:
        last = np.datetime64(last, "D")
        after = usable & (dates > last)
        if after.sum() == usable.sum():
            raise ValueError(_tr(ERROR_ALL_AFTER).format(last=last,
                                                         first=dates[usable].min()))
        usable &= ~after
    plan = plan_steps(dates[usable], n_locations, step, n_steps, last)
    steps = np.searchsorted(plan.boundaries, dates[usable], side="right") - 1
    inside = (steps >= 0) & (steps < plan.n_steps)
    flat = steps[inside] * n_locations + location[usable][inside]
    counts = np.bincount(flat, minlength=plan.n_steps * n_locations).astype(np.int32)
    dropped = {"no_date": int(no_date.sum()), "outside": int(outside.sum()),
               "before": int((~inside).sum()), "after": int(after.sum())}
    return Cube(counts.reshape(plan.n_steps, n_locations), plan, dropped)


# --------------------------------------------------------------------------- Gi*


def gi_star_weights(neighbours, n_locations: int) -> sparse.csr_matrix:
    """Binary weights with every location its own neighbour, as Gi* counts them, from a
    :class:`~.spatial_weights.SpatialWeights` or any (locations x locations) matrix whose
    non-zero entries off the diagonal are neighbours.

    >>> from wijkradar.core.spatial_weights import grid_contiguity
    >>> gi_star_weights(grid_contiguity(1, 3), 3).toarray().tolist()
    [[1.0, 1.0, 0.0], [1.0, 1.0, 1.0], [0.0, 1.0, 1.0]]
    """
    if not isinstance(neighbours, SpatialWeights):
        neighbours = SpatialWeights.from_sparse(sparse.csr_matrix(neighbours))
    if neighbours.n != n_locations:
        raise ValueError(_tr(ERROR_SHAPE).format(neighbours.n, n_locations))
    return neighbours.transformed("B").including_self()


def space_time_gi(counts, neighbours, window: int = DEFAULT_WINDOW,
                  progress: Optional[Callable[[float], None]] = None) -> np.ndarray:
    """Gi* z-score of every bin of a (steps x locations) cube (see the module's text).

    ``neighbours``: :class:`~.spatial_weights.SpatialWeights` or a (locations x locations)
    sparse or dense matrix; any non-zero weight is a neighbour (weights are binary).
    ``window``: how many previous steps belong to a bin's neighbourhood (0: its own step
    only).

    Examples
    --------
    >>> counts = np.array([[0, 1, 5], [1, 0, 6], [0, 2, 9]])
    >>> chain = np.array([[0, 1, 0], [1, 0, 1], [0, 1, 0]])  # 0 - 1 - 2
    >>> np.round(space_time_gi(counts, chain, window=0), 2)
    array([[-1.07, -0.44,  0.16],
           [-1.07, -0.22,  0.16],
           [-0.82,  0.65,  1.4 ]])
    """
    counts = np.asarray(counts)
    n_steps, n_locations = counts.shape
    if window < 0 or window != int(window):
        raise ValueError(_tr(ERROR_WINDOW).format(window))
    weights = gi_star_weights(neighbours, n_locations)
    n = counts.size
    mean = counts.mean(dtype=np.float64)
    sd = float(np.sqrt(max(np.mean(np.square(counts, dtype=np.float64)) - mean ** 2, 0.0)))
    if sd <= 1e-12 * max(abs(mean), 1.0):
        raise ValueError(_tr(ERROR_CONSTANT).format(counts.flat[0]))
    spatial = np.asarray(weights.sum(axis=1)).ravel()
    running = np.zeros(n_locations)
    z = np.empty((n_steps, n_locations))
    for t in range(n_steps):
        running += counts[t]
        if t > window:
            running -= counts[t - window - 1]
        bins = spatial * (min(t, window) + 1)
        spread = sd * np.sqrt(np.maximum(n * bins - bins * bins, 0.0) / (n - 1))
        local = weights @ running
        with np.errstate(divide="ignore", invalid="ignore"):
            z[t] = np.where(spread > 0, (local - mean * bins) / spread, 0.0)
        if progress is not None:
            progress(100.0 * (t + 1) / n_steps)
    return z


def p_values(z) -> np.ndarray:
    """Two-sided p-values of standard normal z-scores.

    >>> p_values([0.0, 1.96, -2.58]).round(3).tolist()
    [1.0, 0.05, 0.01]
    """
    return 2.0 * special.ndtr(-np.abs(z))


def _small_p(z: np.ndarray):
    """Flat indices and p-values of the bins with p <= 0.10, one step at a time (a cube's
    p-values need never be in memory all at once)."""
    rows = z.reshape(-1, z.shape[-1]) if z.ndim else z.reshape(1, 1)
    index, small = [], []
    for row, values in enumerate(rows):
        p = p_values(values)
        keep = np.flatnonzero(p <= max(LEVELS))
        index.append(keep + row * rows.shape[1])
        small.append(p[keep])
    return np.concatenate(index), np.concatenate(small)


def confidence_bins(z, fdr: bool = True) -> np.ndarray:
    """ArcGIS's Gi_Bin of every z-score: -3/3 cold/hot at 99% confidence, -2/2 at 95%, -1/1
    at 90%, 0 not significant; with ``fdr``, by the Benjamini-Hochberg q-values over all bins
    of the cube (:func:`.hotspot_stats.adjust_p`, :func:`.hotspot_stats.hotspot_classes`).

    Only the bins with p <= 0.10 are sorted: their q-values over the ``r`` of them, times
    ``n / r``, are the q-values over all ``n`` bins wherever those are <= 0.10 (a larger
    p-value ``p_(j) > 0.10`` gives ``p_(j) n / j > 0.10``, so it cannot lower them).

    Examples
    --------
    >>> confidence_bins(np.array([[0.5, 1.7, -2.2, 3.0]]), fdr=False)
    array([[ 0,  1, -2,  3]], dtype=int8)
    >>> confidence_bins(np.array([[0.5, 1.7, -2.2, 3.0]]), fdr=True)
    array([[ 0,  0, -1,  2]], dtype=int8)
    """
    z = np.asarray(z, dtype=float)
    index, p = _small_p(z)
    if fdr and p.size:
        p = np.minimum(adjust_p(p, "fdr") * (z.size / p.size), 1.0)
    bins = np.zeros(z.size, dtype=np.int8)
    bins[index] = hotspot_classes(z.ravel()[index], p)
    return bins.reshape(z.shape)


def level_of(alpha: float) -> int:
    """The smallest |Gi_Bin| that is significant at ``alpha`` (0.10: 1, 0.05: 2, 0.01: 3).

    >>> [level_of(alpha) for alpha in (0.10, 0.05, 0.01)]
    [1, 2, 3]
    """
    for level, level_alpha in CLASS_LEVELS:
        if np.isclose(alpha, level_alpha):
            return level
    raise ValueError(_tr(ERROR_ALPHA).format(", ".join(map(str, LEVELS)), alpha))


# --------------------------------------------------------------------------- trend


@dataclass
class MannKendall:
    """Mann-Kendall trend test per series: S, its variance (ties corrected), z and the
    two-sided p-value."""

    s: np.ndarray
    var: np.ndarray
    z: np.ndarray
    p: np.ndarray


def _tie_terms(block: np.ndarray) -> np.ndarray:
    """Sum of t (t - 1) (2t + 5) over the groups of equal values of each column."""
    n, m = block.shape
    ordered = np.sort(block, axis=0).T  # (m, n): one series per row
    starts = np.ones((m, n), dtype=bool)
    starts[:, 1:] = ordered[:, 1:] != ordered[:, :-1]
    group = np.cumsum(starts.ravel()) - 1
    sizes = np.bincount(group).astype(np.float64)
    column = np.flatnonzero(starts.ravel()) // n
    return np.bincount(column, weights=sizes * (sizes - 1) * (2 * sizes + 5), minlength=m)


def mann_kendall(series) -> MannKendall:
    """The Mann-Kendall test of a monotonic trend in each column of ``series`` (steps along
    the first axis; one series may be 1-D).

    ``S = sum_{i<j} sign(x_j - x_i)``; ``Var(S) = (n(n-1)(2n+5) - sum_t t(t-1)(2t+5)) / 18``
    over the groups of ``t`` tied values; ``z = (S - sign(S)) / sqrt(Var(S))`` (continuity
    correction; 0 when the variance is 0, all values equal); ``p`` two-sided, normal.

    Examples
    --------
    >>> result = mann_kendall([1, 2, 2, 3, 5, 4, 6, 7, 7, 9])
    >>> int(result.s), float(result.var), round(float(result.z), 3)
    (41, 123.0, 3.607)
    """
    values = np.asarray(series)
    one = values.ndim == 1
    values = values.reshape(values.shape[0], -1)
    n, m = values.shape
    s = np.zeros(m, dtype=np.int64)
    ties = np.zeros(m)
    for start in range(0, m, MK_CHUNK):
        block = values[:, start:start + MK_CHUNK]
        for lag in range(1, n):
            later, earlier = block[lag:], block[:-lag]
            s[start:start + MK_CHUNK] += (np.count_nonzero(later > earlier, axis=0)
                                          - np.count_nonzero(later < earlier, axis=0))
        ties[start:start + MK_CHUNK] = _tie_terms(block)
    var = (n * (n - 1) * (2 * n + 5) - ties) / 18.0
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(var > 0, (s - np.sign(s)) / np.sqrt(var), 0.0)
    result = MannKendall(s, var, z, p_values(z))
    if one:
        result = MannKendall(*(value[0] for value in (s, var, z, result.p)))
    return result


# --------------------------------------------------------------------------- patterns


def _final_run(flags: np.ndarray) -> np.ndarray:
    """Per column, how many steps at the end are all True."""
    backwards = flags[::-1]
    return np.where(backwards.all(axis=0), flags.shape[0], np.argmin(backwards, axis=0))


def _patterns_of(spot, other, rising, falling) -> np.ndarray:
    """Pattern numbers 0..8 for one side (hot or cold): ``spot`` the significant steps of
    that side, ``other`` those of the other side, ``rising``/``falling`` the significant
    trends towards/away from that side."""
    n = spot.shape[0]
    count = spot.sum(axis=0)
    final = spot[-1]
    mostly = 10 * count >= 9 * n
    run = _final_run(spot)
    code = np.zeros(spot.shape[1], dtype=np.int8)
    rules = [  # first match wins, see the module's text
        (final & mostly & rising, 3), (final & mostly & falling, 5), (final & mostly, 4),
        (~final & mostly, 8), (final & (count == 1), 1),
        (final & (run >= 2) & (run == count), 2), (final & other.any(axis=0), 7), (final, 6)]
    for mask, number in reversed(rules):
        code[mask] = number
    return code


def classify(bins, trend: MannKendall, alpha: float = 0.05) -> np.ndarray:
    """The pattern code (see :mod:`.emerging_patterns`) of each location from its Gi_Bin
    series ``bins`` (steps x locations, or one series) and the Mann-Kendall test of its
    z-scores.

    Examples
    --------
    >>> bins = np.array([0] * 9 + [3])  # hot in the final step only
    >>> int(classify(bins, mann_kendall(np.arange(10.0))))
    1
    """
    bins = np.asarray(bins)
    one = bins.ndim == 1
    bins = bins.reshape(bins.shape[0], -1)
    level = level_of(alpha)
    hot, cold = bins >= level, bins <= -level
    significant = np.atleast_1d(trend.p) <= alpha
    up = significant & (np.atleast_1d(trend.z) > 0)
    down = significant & (np.atleast_1d(trend.z) < 0)
    hot_code = _patterns_of(hot, cold, up, down)
    cold_code = _patterns_of(cold, hot, down, up)
    code = np.where(hot_code > 0, hot_code, -cold_code).astype(np.int8)
    return code[0] if one else code


# --------------------------------------------------------------------------- analysis


@dataclass
class EmergingResult:
    """What :func:`emerging_hotspots` found: per bin ``z`` and ``bins`` (steps x locations)
    and per location the frame ``locations``."""

    cube: Cube
    z: np.ndarray
    bins: np.ndarray
    locations: pd.DataFrame
    alpha: float
    fdr: bool
    window: int

    def step_frame(self, columns=None) -> pd.DataFrame:
        """One row per location and step (location, step, step_start, step_end, z, p,
        gi_bin), for charts; ``columns`` (an index array) limits it to some locations."""
        columns = np.arange(self.cube.n_locations) if columns is None else np.asarray(columns)
        z = self.z[:, columns]
        steps = np.repeat(np.arange(self.cube.n_steps), columns.size)
        return pd.DataFrame({
            "location": np.tile(columns, self.cube.n_steps), "step": steps,
            "step_start": self.cube.starts[steps], "step_end": self.cube.ends[steps],
            "z": z.ravel(), "p": p_values(z).ravel(), "gi_bin": self.bins[:, columns].ravel()})

    def pattern_counts(self) -> pd.Series:
        """Locations per pattern code, every code listed (in legend order)."""
        counts = self.locations["category"].value_counts()
        return pd.Series([int(counts.get(code, 0)) for code in patterns.LEGEND_ORDER],
                         index=list(patterns.LEGEND_ORDER))


def emerging_hotspots(cube: Cube, neighbours, window: int = DEFAULT_WINDOW,
                      alpha: float = 0.05, fdr: bool = True,
                      progress: Optional[Callable[[float], None]] = None,
                      canceled: Optional[Callable[[], bool]] = None) -> EmergingResult:
    """Emerging hot spot analysis of ``cube`` with spatial ``neighbours`` (binary weights,
    see :func:`space_time_gi`), a time ``window`` of previous steps, significance ``alpha``
    (0.10, 0.05 or 0.01) and the FDR correction; ``progress(percent)`` is told how far it
    is, ``canceled()`` is asked between stages (:class:`CanceledError` when it says True).

    Examples
    --------
    >>> rng = np.random.default_rng(1)
    >>> counts = rng.poisson(1.0, size=(12, 4))
    >>> counts[-3:, 3] += 12  # location 3 heats up in the last three steps
    >>> line = np.diag(np.ones(3), 1) + np.diag(np.ones(3), -1)  # 0 - 1 - 2 - 3
    >>> cube = Cube(counts, StepPlan("week", step_boundaries("2024-03-31", "week", 12)))
    >>> result = emerging_hotspots(cube, line, alpha=0.10, fdr=False)
    >>> result.locations["pattern"].tolist()[3]
    'Consecutive hot spot'
    """
    level = level_of(alpha)

    def stage(percent):
        if canceled is not None and canceled():
            raise CanceledError()
        if progress is not None:
            progress(percent)

    stage(0)
    z = space_time_gi(cube.counts, neighbours, window, progress=lambda p: stage(0.5 * p))
    bins = confidence_bins(z, fdr)
    stage(60)
    gi_trend = mann_kendall(z)
    stage(75)
    count_trend = mann_kendall(cube.counts)
    stage(90)
    category = classify(bins, gi_trend, alpha)
    names = {code: patterns.name(code) for code in patterns.PATTERNS}
    frame = pd.DataFrame({
        "location": np.arange(cube.n_locations), "category": category,
        "pattern": pd.Series(category).map(names).to_numpy(),
        "n_hot": (bins >= level).sum(axis=0), "n_cold": (bins <= -level).sum(axis=0),
        "last_z": z[-1], "last_bin": bins[-1],
        "gi_trend_z": gi_trend.z, "gi_trend_p": gi_trend.p,
        "count_trend_z": count_trend.z, "count_trend_p": count_trend.p,
        "incidents": cube.counts.sum(axis=0, dtype=np.int64)})
    stage(100)
    return EmergingResult(cube, z, bins, frame, alpha, fdr, window)
