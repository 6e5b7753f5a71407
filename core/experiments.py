"""Did an intervention work? Difference-in-differences with controls, displacement, placebo.

An analyst acts in one part of town (extra patrols, a flex-team week, cameras, closing a
drug premises) and asks whether incidents fell there compared with similar places, and
whether they moved next door. This module answers as evaluation studies of hot-spot policing
do (Ratcliffe 2008; Braga et al. 2019):

- **groups**: the treated areas, a **buffer** ring around them (``buffer_width`` metres,
  where displaced incidents would show) and **control** areas: chosen by the user, matched
  automatically on their pre-period series (level and trend), or the rest of the
  municipality; controls never overlap the treated areas or their buffer;
- **periods**: whole weeks (or months) counted back from the start date over the
  pre-period, and forward over the intervention window; optionally the same weeks of
  earlier years;
- a **difference-in-differences Poisson model** of the counts per area and period with area
  and period fixed effects, ``log E[y_at] = alpha_a + gamma_t + beta D_at`` where ``D`` marks
  the treated areas in the window: the **incident rate ratio** ``exp(beta)`` with a 95%
  interval, cluster-robust by area when there are enough treated and control areas, else
  model-based and widened for overdispersion (with few treated areas a cluster-robust
  interval is far too narrow: Conley & Taber 2011, MacKinnon & Webb 2018). Period effects
  take out seasons and town-wide trends; area effects the areas' own levels;
- the **Weighted Displacement Quotient** (Bowers & Johnson 2003), its success and buffer
  measures and the net effect, read in plain words;
- a **placebo test**: the same estimate with control areas in the role of the treated
  (placebo areas) or with earlier, fake start dates (placebo dates), giving a permutation
  p-value that does not lean on the model's standard errors;
- warnings about **regression to the mean** when the treated areas look chosen because
  they were hot.

The Poisson fits are :mod:`wijkradar.core.fe_poisson`'s (Newton's method on the
fixed-effects design, many fits at once for the placebos). Geometries are shapely objects in
a metric CRS; dates ``datetime64[D]``.

Example
-------
>>> import numpy as np, shapely
>>> rng = np.random.default_rng(1)
>>> x, y = rng.uniform(0, 4000, 20000), rng.uniform(0, 1000, 20000)
>>> dates = np.datetime64("2023-01-02") + rng.integers(0, 364, 20000)
>>> treated = AreaSet(["T"], [shapely.box(0, 0, 1000, 1000)])
>>> controls = AreaSet(["C1", "C2"], [shapely.box(2000, 0, 3000, 1000),
...                                   shapely.box(3000, 0, 4000, 1000)])
>>> settings = Settings(np.datetime64("2023-09-04"), np.datetime64("2023-10-29"),
...                     pre_weeks=26, control_mode="chosen", placebo="dates")
>>> result = evaluate_intervention(x, y, dates, treated, settings, controls=controls)
>>> result.periods.n_window, result.did.method
(8, 'model')
>>> 0.7 < result.did.rate_ratio < 1.4
True
"""

from __future__ import annotations

import itertools
import math
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, List, Optional, Sequence

import numpy as np
from scipy import stats

from . import choices
from .cancel import CanceledError
from .fe_poisson import cluster_variance, fit_poisson_did, pearson_dispersion
from .i18n import QT_TRANSLATE_NOOP, number, translator

# The keys of evaluate_intervention's PERIOD and CONTROL options (in core/choices.py).
STEPS = choices.EXPERIMENT_PERIODS.values
CONTROL_MODES = choices.EXPERIMENT_CONTROLS.values
PLACEBOS = ("auto", "areas", "dates", "none")
GROUPS = ("treated", "buffer", "control")
TREATED, BUFFER, CONTROL = 0, 1, 2
DEFAULT_PRE_WEEKS = 52
DEFAULT_BUFFER = 250.0
DEFAULT_CONTROLS = 10
DEFAULT_SEED = 2003  # Bowers & Johnson's year
DEFAULT_PERMUTATIONS = 999
# Cluster-robust intervals only with at least this many treated and control areas.
CLUSTER_MIN = 10
# Placebo areas when this many control areas exist (so that p can reach 0.05).
PLACEBO_AREAS_MIN = 19
# Placebo fits: cells (areas x periods) held at once, and the work allowed in all (fits x
# areas x (periods + 1)^2, a few seconds).
PLACEBO_CHUNK_CELLS = 4_000_000
PLACEBO_WORK = 4_000_000_000
# A candidate control needs this many incidents in the pre-period to be matched.
MIN_MATCH_INCIDENTS = 10
# An area overlapping the treated areas or their buffer by more than this share is refused.
OVERLAP_TOLERANCE = 0.01
# Regression to the mean: a recent rise this large (and significant), or a level this many
# times the median control's.
RISE_RATIO, HOT_RATIO = 1.2, 2.0
DAYS_PER_MONTH = 30.4375

# --- User-facing strings (English source; Dutch in i18n/wijkradar_nl.ts) ----------------------

ERROR_STEP = QT_TRANSLATE_NOOP("Experiments", "The period must be one of {}, not '{}'.")
ERROR_MODE = QT_TRANSLATE_NOOP("Experiments", "The control must be one of {}, not '{}'.")
ERROR_DATES_ORDER = QT_TRANSLATE_NOOP(
    "Experiments", "The intervention ends on {end}, before it starts ({start}): give an end "
                   "date on or after the start date.")
ERROR_PRE_LENGTH = QT_TRANSLATE_NOOP(
    "Experiments", "The pre-period must be at least {} weeks long, not {}.")
ERROR_NUMBER = QT_TRANSLATE_NOOP(
    "Experiments", "{name} must be a whole number of at least {least}, not {value}.")
NAME_CONTROLS = QT_TRANSLATE_NOOP("Experiments", "The number of matched control areas")
NAME_YEARS = QT_TRANSLATE_NOOP("Experiments", "The number of earlier years")
NAME_PERMUTATIONS = QT_TRANSLATE_NOOP("Experiments", "The number of placebo permutations")
NAME_SEED = QT_TRANSLATE_NOOP("Experiments", "The random seed")
ERROR_BUFFER = QT_TRANSLATE_NOOP(
    "Experiments", "The buffer width must be 0 metres or more, not {}.")
ERROR_NO_DATES = QT_TRANSLATE_NOOP(
    "Experiments", "No incident has a usable date, so nothing can be compared before and "
                   "after the start.")
ERROR_START_AFTER = QT_TRANSLATE_NOOP(
    "Experiments", "The intervention starts on {start}, after the last incident ({last}): "
                   "the data hold nothing of the intervention period. Choose a start date "
                   "up to {last}, or add the newer incidents.")
ERROR_PRE_BEFORE = QT_TRANSLATE_NOOP(
    "Experiments", "The pre-period of {weeks} weeks would begin on {pre_start}, but the "
                   "incidents begin on {first}. Choose a pre-period of at most {most} weeks "
                   "or a later start date.")
ERROR_NO_TREATED = QT_TRANSLATE_NOOP(
    "Experiments", "No treated area was given: choose the area(s) where the intervention "
                   "took place.")
ERROR_OVERLAP = QT_TRANSLATE_NOOP(
    "Experiments", "Control area {id} overlaps the treated areas ({share} of it). A control "
                   "must lie outside them: choose other control areas.")
ERROR_IN_BUFFER = QT_TRANSLATE_NOOP(
    "Experiments", "The {width} m buffer around the treated areas covers {share} of control "
                   "area {id}: incidents displaced there would look like a rise in the "
                   "control. Choose control areas farther away (this one lies {distance} m "
                   "from the treated areas) or a narrower buffer.")
ERROR_NO_CONTROLS = QT_TRANSLATE_NOOP(
    "Experiments", "No control area was given: choose control areas, match them "
                   "automatically from an area layer, or compare with the rest of the "
                   "municipality.")
ERROR_TOO_FEW_MATCH = QT_TRANSLATE_NOOP(
    "Experiments", "Only {found} areas outside the treated areas and their {width} m buffer "
                   "had at least {least} incidents in the pre-period; automatic matching "
                   "needs {wanted}. Ask for fewer control areas, use larger areas or a "
                   "narrower buffer, or compare with the rest of the municipality.")
ERROR_NO_REST = QT_TRANSLATE_NOOP(
    "Experiments", "Every area of the area layer overlaps the treated areas or their {width} m "
                   "buffer, so no area is left to compare with. Use a narrower buffer or an "
                   "area layer that reaches farther.")
ERROR_PRE_EMPTY = QT_TRANSLATE_NOOP(
    "Experiments", "The treated areas had no incidents in the pre-period ({first} to {last}), "
                   "so there is no level to compare with. Choose a longer pre-period, larger "
                   "areas or more incident types.")
ERROR_WINDOW_EMPTY = QT_TRANSLATE_NOOP(
    "Experiments", "The treated areas had no incidents during the intervention ({first} to "
                   "{last}): a rate ratio of 0 cannot be estimated with an interval. With "
                   "counts this small an evaluation cannot tell an effect from chance; "
                   "choose larger areas, a longer period or more incident types.")
ERROR_CONTROL_EMPTY = QT_TRANSLATE_NOOP(
    "Experiments", "The control areas had no incidents before or during the intervention, so "
                   "they cannot serve as a comparison. Choose other control areas.")
ERROR_NO_FIT = QT_TRANSLATE_NOOP(
    "Experiments", "The counts cannot be compared: the model could not be fitted to {treated} "
                   "incidents in the treated areas and {control} in the control areas, too few "
                   "or spread too alike over the periods. Choose larger areas, a longer "
                   "pre-period, more incident types or other control areas.")
NOTE_DROPPED_CONTROLS = QT_TRANSLATE_NOOP(
    "Experiments", "{n} control areas without any incident in the study period were left out "
                   "of the model (e.g. {ids}).")
NOTE_PARTIAL_END = QT_TRANSLATE_NOOP(
    "Experiments", "The last incident is dated {last}; the intervention period runs to {end}, "
                   "so its last days may be missing from the data.")
NOTE_WINDOW = QT_TRANSLATE_NOOP(
    "Experiments", "The intervention period is taken as {n} whole {nouns}: {first} to {last}.")
NOTE_EARLIER_SKIPPED = QT_TRANSLATE_NOOP(
    "Experiments", "The same {nouns} of {years} earlier year(s) were asked for, but the data "
                   "do not reach back that far; {used} year(s) were used.")
WEEKS = QT_TRANSLATE_NOOP("Experiments", "weeks")
MONTHS = QT_TRANSLATE_NOOP("Experiments", "months")
WARN_RISE = QT_TRANSLATE_NOOP(
    "Experiments", "Regression to the mean? In the {n} {nouns} before the start the treated "
                   "areas had {pct}% more incidents than earlier in the pre-period, relative to "
                   "the control areas (p = {p}). If they were chosen because of that rise, part "
                   "of a fall afterwards may be incidents returning to their usual level, not "
                   "the effect of the intervention.")
WARN_HOT = QT_TRANSLATE_NOOP(
    "Experiments", "Regression to the mean? Before the start the treated areas had {ratio} "
                   "times as many incidents per km2 as the median control area. Areas chosen "
                   "because they were hot tend to cool down by themselves; controls matched on "
                   "level and trend, a long pre-period and the placebo test help to judge how "
                   "much of the change is the intervention's.")
CONCLUSION_FALL = QT_TRANSLATE_NOOP(
    "Experiments", "Incidents in the treated areas fell by {pct}% relative to the control "
                   "areas (rate ratio {rr}, 95% interval {low} to {high}).")
CONCLUSION_RISE = QT_TRANSLATE_NOOP(
    "Experiments", "Incidents in the treated areas rose by {pct}% relative to the control "
                   "areas (rate ratio {rr}, 95% interval {low} to {high}).")
CONCLUSION_NONE = QT_TRANSLATE_NOOP(
    "Experiments", "No clear change in the treated areas relative to the control areas: the "
                   "rate ratio is {rr}, with a 95% interval from {low} to {high}, which includes "
                   "1 (no change).")
PLACEBO_AREAS = QT_TRANSLATE_NOOP(
    "Experiments", "Placebo test: {count} of {total} placebo assignments of control areas "
                   "showed a change at least as clear (in standard errors); permutation "
                   "p = {p}.")
PLACEBO_DATES = QT_TRANSLATE_NOOP(
    "Experiments", "Placebo test: {count} of {total} fake start dates in the pre-period showed a "
                   "change at least as clear (in standard errors); permutation p = {p}.")
PLACEBO_NONE = QT_TRANSLATE_NOOP(
    "Experiments", "No placebo test: too few control areas and too short a pre-period for one.")
METHOD_CLUSTER = QT_TRANSLATE_NOOP(
    "Experiments", "The interval is cluster-robust by area ({treated} treated and {control} "
                   "control areas).")
METHOD_MODEL = QT_TRANSLATE_NOOP(
    "Experiments", "The interval is the Poisson model's, widened for overdispersion (factor "
                   "{factor}): with fewer than {least} treated areas a cluster-robust interval "
                   "would be too narrow. The placebo test does not rely on it.")
WDQ_NOT_APPLICABLE = QT_TRANSLATE_NOOP(
    "Experiments", "Displacement: the treated areas did not improve relative to the control "
                   "areas, so there is no effect whose displacement the WDQ could measure.")
WDQ_NO_BUFFER = QT_TRANSLATE_NOOP(
    "Experiments", "Displacement: not measured (no buffer, or no incidents in it before the "
                   "start).")
WDQ_GREATER = QT_TRANSLATE_NOOP(
    "Experiments", "Displacement: no sign of displacement; the buffer improved even more than "
                   "the treated areas, a diffusion of benefits (WDQ {wdq}).")
WDQ_DIFFUSION = QT_TRANSLATE_NOOP(
    "Experiments", "Displacement: no sign of displacement; some diffusion of benefits into the "
                   "buffer (WDQ {wdq}).")
WDQ_ZERO = QT_TRANSLATE_NOOP(
    "Experiments", "Displacement: no sign of displacement or of diffusion of benefits (WDQ "
                   "{wdq}).")
WDQ_SOME = QT_TRANSLATE_NOOP(
    "Experiments", "Displacement: some displacement into the buffer, smaller than the fall in "
                   "the treated areas, so a net benefit (WDQ {wdq}).")
WDQ_WORSE = QT_TRANSLATE_NOOP(
    "Experiments", "Displacement: displacement into the buffer as large as or larger than the "
                   "fall in the treated areas: no net benefit (WDQ {wdq}).")
WDQ_UNCLEAR = QT_TRANSLATE_NOOP(
    "Experiments", "As the fall in the treated areas itself is not clear, read the WDQ with "
                   "care.")
BUFFER_CHANGE = QT_TRANSLATE_NOOP(
    "Experiments", "The buffer itself changed by a rate ratio of {rr} (95% interval {low} to "
                   "{high}) relative to the control areas.")
NET_EFFECT = QT_TRANSLATE_NOOP(
    "Experiments", "Net effect: about {treated} incidents in the treated areas and {buffer} in "
                   "the buffer compared with what the control areas' change predicts "
                   "(negative: fewer); {net} in all.")


_tr = translator("Experiments")



# --- Settings and areas -----------------------------------------------------------------------

@dataclass(frozen=True)
class Settings:
    """What an evaluation compares.

    ``start`` and ``end`` are the first and last day of the intervention; the window is taken
    as whole periods (weeks or months) from ``start``. ``pre_weeks`` weeks before the start
    form the pre-period (whole months for ``step='month'``). ``earlier_years`` adds the same
    weeks of that many earlier years. ``n_controls`` is the number of matched controls;
    ``placebo`` one of :data:`PLACEBOS`.
    """

    start: np.datetime64
    end: np.datetime64
    pre_weeks: int = DEFAULT_PRE_WEEKS
    step: str = "week"
    buffer_width: float = DEFAULT_BUFFER
    control_mode: str = "rest"
    n_controls: int = DEFAULT_CONTROLS
    earlier_years: int = 0
    placebo: str = "auto"
    permutations: int = DEFAULT_PERMUTATIONS
    seed: int = DEFAULT_SEED

    def checked(self) -> Settings:
        if self.step not in STEPS:
            raise ValueError(_tr(ERROR_STEP).format(", ".join(STEPS), self.step))
        if self.control_mode not in CONTROL_MODES:
            raise ValueError(_tr(ERROR_MODE).format(", ".join(CONTROL_MODES),
                                                    self.control_mode))
        start, end = np.datetime64(self.start, "D"), np.datetime64(self.end, "D")
        if end < start:
            raise ValueError(_tr(ERROR_DATES_ORDER).format(start=start, end=end))
        if self.pre_weeks < 4:
            raise ValueError(_tr(ERROR_PRE_LENGTH).format(4, self.pre_weeks))
        if not self.buffer_width >= 0:
            raise ValueError(_tr(ERROR_BUFFER).format(self.buffer_width))
        for name, value, least in ((NAME_CONTROLS, self.n_controls, 2),
                                   (NAME_YEARS, self.earlier_years, 0),
                                   (NAME_PERMUTATIONS, self.permutations, 1),
                                   (NAME_SEED, self.seed, 0)):
            check_whole(_tr(name), value, least)
        return Settings(start, end, int(self.pre_weeks), self.step, float(self.buffer_width),
                        self.control_mode, int(self.n_controls), int(self.earlier_years),
                        self.placebo, int(self.permutations), int(self.seed))


def check_whole(name: str, value, least: int) -> None:
    """Refuses a number that is not whole or below ``least`` (QGIS hands an empty integer
    over as -2147483648)."""
    if isinstance(value, bool) or not float(value).is_integer() or value < least:
        raise ValueError(_tr(ERROR_NUMBER).format(name=name, least=least, value=value))


@dataclass
class AreaSet:
    """Areas with ids: shapely polygons in a metric CRS."""

    ids: list
    geometries: Sequence

    def __post_init__(self):
        self.ids = list(self.ids)
        self.geometries = np.asarray(list(self.geometries), dtype=object)

    def __len__(self):
        return len(self.ids)

    def only(self, keep) -> AreaSet:
        keep = np.asarray(keep, dtype=bool)
        return AreaSet([i for i, k in zip(self.ids, keep) if k], self.geometries[keep])


@dataclass
class StudyAreas:
    """The treated areas, the buffer ring around them and the controls.

    ``controls`` None means the rest of the municipality: every incident outside the treated
    areas and the buffer."""

    treated: AreaSet
    buffer: object  # shapely ring, None without a buffer
    controls: Optional[AreaSet]
    buffer_width: float

    @property
    def unit_ids(self) -> list:
        """Ids of the model's units: treated areas, control areas (or 'rest'), buffer."""
        rest = [] if self.controls is not None else ["rest"]
        control = self.controls.ids if self.controls is not None else []
        return list(self.treated.ids) + list(control) + rest + (
            ["buffer"] if self.buffer is not None else [])

    @property
    def unit_group(self) -> np.ndarray:
        n_control = len(self.controls) if self.controls is not None else 1
        return np.array([TREATED] * len(self.treated) + [CONTROL] * n_control
                        + ([BUFFER] if self.buffer is not None else []))

    def locate(self, x, y) -> np.ndarray:
        """The unit of each point (see :attr:`unit_ids`), -1 outside every group."""
        import shapely

        from .risk import locate_points

        x, y = np.asarray(x, float), np.asarray(y, float)
        n_treated = len(self.treated)
        unit = locate_points(self.treated.geometries, x, y)
        free = unit < 0
        if self.buffer is not None:
            in_buffer = free & shapely.intersects_xy(self.buffer, x, y)
            unit[in_buffer] = len(self.unit_ids) - 1
            free &= ~in_buffer
        if self.controls is None:
            unit[free] = n_treated
        else:
            found = locate_points(self.controls.geometries, x[free], y[free])
            unit[np.flatnonzero(free)] = np.where(found >= 0, found + n_treated, -1)
        return unit

    def group_geometries(self) -> list:
        """A shapely geometry per group (treated, buffer, control); None where unbounded."""
        import shapely

        controls = (shapely.union_all(self.controls.geometries)
                    if self.controls is not None and len(self.controls) else None)
        return [shapely.union_all(self.treated.geometries), self.buffer, controls]


def treated_buffer(treated: AreaSet, width: float):
    """The union of the treated areas and the ring of ``width`` metres around it.

    >>> import shapely
    >>> union, ring = treated_buffer(AreaSet(["T"], [shapely.box(0, 0, 1000, 1000)]), 250)
    >>> ring.contains(shapely.Point(1100, 500)), ring.contains(shapely.Point(500, 500))
    (True, False)
    """
    import shapely

    if not len(treated):
        raise ValueError(_tr(ERROR_NO_TREATED))
    union = shapely.union_all(treated.geometries)
    if width <= 0:
        return union, None
    return union, shapely.difference(shapely.buffer(union, width), union)


def _overlap_share(geometries, other) -> np.ndarray:
    import shapely

    if other is None:
        return np.zeros(len(geometries))
    area = np.maximum(shapely.area(geometries), 1e-9)
    # GEOS's overlay raises the floating-point 'invalid' flag on some valid polygons (the
    # demo's buurten); the result is right, so numpy's warning would only alarm the log.
    with np.errstate(invalid="ignore"):
        return shapely.area(shapely.intersection(geometries, other)) / area


def check_chosen_controls(controls: AreaSet, union, ring, width: float) -> None:
    """Refuses control areas that overlap the treated areas or lie in their buffer."""
    import shapely

    if not len(controls):
        raise ValueError(_tr(ERROR_NO_CONTROLS))
    inside = _overlap_share(controls.geometries, union)
    buffered = _overlap_share(controls.geometries, ring)
    for i, ident in enumerate(controls.ids):
        if inside[i] > OVERLAP_TOLERANCE:
            raise ValueError(_tr(ERROR_OVERLAP).format(id=ident, share=_percent(inside[i])))
        if buffered[i] > OVERLAP_TOLERANCE:
            raise ValueError(_tr(ERROR_IN_BUFFER).format(
                width=number(width), share=_percent(buffered[i]), id=ident,
                distance=number(shapely.distance(controls.geometries[i], union))))


def eligible_candidates(candidates: AreaSet, union, ring) -> np.ndarray:
    """True for candidate areas outside the treated areas and their buffer."""
    outer = union if ring is None else ring.union(union)
    return _overlap_share(candidates.geometries, outer) <= OVERLAP_TOLERANCE


def _percent(share: float) -> str:
    return number(100 * share) + "%"


# --- Periods ----------------------------------------------------------------------------------

def add_months(day, months):
    """``day`` plus whole ``months`` (same day of the month, or the month's last day).

    >>> str(add_months(np.datetime64("2024-01-31"), 1))
    '2024-02-29'
    """
    day = np.asarray(day, dtype="datetime64[D]")
    month = day.astype("datetime64[M]")
    offset = day - month.astype("datetime64[D]")
    target = month + np.asarray(months)
    last = (target + 1).astype("datetime64[D]") - 1
    return np.minimum(target.astype("datetime64[D]") + offset, last)


@dataclass(frozen=True)
class Periods:
    """Whole periods in date order: the pre-period, the window and earlier years' weeks."""

    starts: np.ndarray  # datetime64[D], first day
    ends: np.ndarray  # datetime64[D], last day (inclusive)
    window: np.ndarray  # bool: in the intervention window
    earlier: np.ndarray  # bool: the same weeks of an earlier year
    step: str
    earlier_years: int = 0  # how many earlier years the data allowed

    @property
    def n(self) -> int:
        return int(self.starts.size)

    @property
    def n_window(self) -> int:
        return int(self.window.sum())

    @property
    def pre(self) -> np.ndarray:
        """True for the periods of the pre-period just before the start."""
        return ~self.window & ~self.earlier

    @property
    def days(self) -> np.ndarray:
        return (self.ends - self.starts).astype(int) + 1

    def index_of(self, dates) -> np.ndarray:
        """The period of each date, -1 outside every period (NaT included)."""
        dates = np.asarray(dates, dtype="datetime64[D]")
        found = np.searchsorted(self.starts, dates, side="right") - 1
        ok = ~np.isnat(dates) & (found >= 0)
        ok[ok] &= dates[ok] <= self.ends[found[ok]]
        return np.where(ok, found, -1)


def _shifted(start, count, step):
    if step == "week":
        return start + 7 * np.asarray(count)
    return add_months(start, count)


def pre_periods(pre_weeks: int, step: str) -> int:
    """The number of pre-period periods: weeks, or the nearest whole months.

    >>> pre_periods(52, "week"), pre_periods(52, "month")
    (52, 12)
    """
    return pre_weeks if step == "week" else max(1, int(round(pre_weeks * 7 / DAYS_PER_MONTH)))


def make_periods(settings: Settings, first=None) -> Periods:
    """The periods of an evaluation; earlier years only as far back as ``first``.

    Eight weeks from Monday 4 March 2024, after eight weeks before them:

    >>> settings = Settings(np.datetime64("2024-03-04"), np.datetime64("2024-04-28"),
    ...                     pre_weeks=8)
    >>> periods = make_periods(settings)
    >>> periods.n, int(periods.window.sum()), str(periods.starts[0]), str(periods.ends[-1])
    (16, 8, '2024-01-08', '2024-04-28')
    """
    start, end, step = settings.start, settings.end, settings.step
    n_window = 1
    while _shifted(start, n_window, step) <= end:
        n_window += 1
    n_pre = pre_periods(settings.pre_weeks, step)
    offsets = list(range(-n_pre, n_window))
    kinds = [0] * n_pre + [1] * n_window  # 0 pre, 1 window, 2 earlier
    year = 52 if step == "week" else 12
    used = 0
    for years_back in range(1, settings.earlier_years + 1):
        earliest = _shifted(start, -years_back * year, step)
        if first is not None and earliest < first:
            break
        used = years_back
        for k in range(n_window):
            if -years_back * year + k < -n_pre:  # not already in the pre-period
                offsets.append(-years_back * year + k)
                kinds.append(2)
    order = np.argsort(offsets, kind="stable")
    offsets, kinds = np.asarray(offsets)[order], np.asarray(kinds)[order]
    starts = _shifted(start, offsets, step)
    ends = _shifted(start, offsets + 1, step) - 1
    return Periods(starts, ends, kinds == 1, kinds == 2, step, used)


def data_range(dates) -> tuple:
    """The first and last usable date; refuses data without any."""
    usable = np.asarray(dates, dtype="datetime64[D]")
    usable = usable[~np.isnat(usable)]
    if not usable.size:
        raise ValueError(_tr(ERROR_NO_DATES))
    return usable.min(), usable.max()


def check_pre_period(settings: Settings, periods: Periods, first) -> None:
    """Refuses a pre-period whose first period lies wholly before the first incident."""
    if periods.ends[periods.pre][0] < first:
        most = int((settings.start - first).astype(int) // 7)
        raise ValueError(_tr(ERROR_PRE_BEFORE).format(
            weeks=settings.pre_weeks, pre_start=periods.starts[periods.pre][0], first=first,
            most=max(most, 0)))


def check_dates(settings: Settings, dates, periods: Periods) -> List[str]:
    """Refuses a start after the data or a pre-period before it; notes on what is partial."""
    first, last = data_range(dates)
    if settings.start > last:
        raise ValueError(_tr(ERROR_START_AFTER).format(start=settings.start, last=last))
    check_pre_period(settings, periods, first)
    window_starts, window_ends = periods.starts[periods.window], periods.ends[periods.window]
    nouns = _tr(WEEKS if periods.step == "week" else MONTHS)
    notes = [_tr(NOTE_WINDOW).format(n=periods.n_window, nouns=nouns, first=window_starts[0],
                                     last=window_ends[-1])]
    if window_ends[-1] > last:
        notes.append(_tr(NOTE_PARTIAL_END).format(last=last, end=window_ends[-1]))
    if periods.earlier_years < settings.earlier_years:
        notes.append(_tr(NOTE_EARLIER_SKIPPED).format(nouns=nouns, years=settings.earlier_years,
                                                      used=periods.earlier_years))
    return notes


def count_panel(unit, period, n_units: int, n_periods: int) -> np.ndarray:
    """Counts per unit (rows) and period (columns) of points with unit and period >= 0.

    >>> count_panel([0, 0, 1, -1], [0, 2, 2, 1], n_units=2, n_periods=3).tolist()
    [[1, 0, 1], [0, 0, 1]]
    """
    unit, period = np.asarray(unit), np.asarray(period)
    keep = (unit >= 0) & (period >= 0)
    flat = unit[keep] * n_periods + period[keep]
    return np.bincount(flat, minlength=n_units * n_periods).reshape(n_units, n_periods)


# --- The difference-in-differences estimate ------------------------------------------------

@dataclass(frozen=True)
class DidEstimate:
    """The treatment's incident rate ratio with its 95% interval."""

    beta: float
    se_model: float  # Poisson, scale 1
    se_cluster: float  # cluster-robust by area (CR1); NaN with a single control unit
    dispersion: float  # Pearson chi2 / df
    method: str  # 'cluster' or 'model' (widened by sqrt(max(dispersion, 1)))
    n_treated: int
    n_control: int

    @property
    def se(self) -> float:
        if self.method == "cluster":
            return self.se_cluster
        return self.se_model * math.sqrt(max(self.dispersion, 1.0))

    @property
    def rate_ratio(self) -> float:
        return math.exp(self.beta)

    @property
    def interval(self) -> tuple:
        z = stats.norm.ppf(0.975)
        return math.exp(self.beta - z * self.se), math.exp(self.beta + z * self.se)

    @property
    def p_value(self) -> float:
        return float(2 * stats.norm.sf(abs(self.beta) / self.se))


def did_estimate(counts, treated_rows, window, cluster_min: int = CLUSTER_MIN) -> DidEstimate:
    """The difference-in-differences Poisson estimate for ``treated_rows`` of ``counts``
    (areas x periods) in the ``window`` periods, against the other rows.

    Examples
    --------
    >>> y = np.array([[30, 32, 15], [60, 62, 61], [40, 38, 41]])
    >>> est = did_estimate(y, np.array([True, False, False]), np.array([False, False, True]))
    >>> round(est.rate_ratio, 3), est.method
    (0.474, 'model')
    """
    counts = np.asarray(counts, dtype=float)
    treated_rows, window = np.asarray(treated_rows, bool), np.asarray(window, bool)
    treatment = np.outer(treated_rows, window).astype(float)
    fit = fit_poisson_did(counts, treatment)
    n_treated, n_control = int(treated_rows.sum()), int((~treated_rows).sum())
    se_cluster = math.sqrt(cluster_variance(fit, counts, treatment)[0]) if n_control > 1 \
        else float("nan")
    method = "cluster" if min(n_treated, n_control) >= cluster_min else "model"
    return DidEstimate(float(fit.beta[0]), math.sqrt(fit.var_beta[0]), se_cluster,
                       float(pearson_dispersion(fit, counts)[0]), method, n_treated, n_control)


# --- Placebo tests ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Placebo:
    """Placebo estimates and the permutation p-value of the real one.

    The test is studentized: it compares z = beta / se (the model's standard error) rather
    than beta, so that placebo areas smaller or larger than the treated ones (whose
    estimates swing more or less by chance alone) are fair comparisons."""

    kind: str  # 'areas', 'dates' or 'none'
    betas: np.ndarray  # log rate ratios of the placebos (+-inf: an empty block)
    z: np.ndarray  # their z-statistics
    p_value: float
    extreme: int  # placebos at least as far from no change (in z) as the real estimate

    @property
    def total(self) -> int:
        return int(self.betas.size)


NO_PLACEBO = Placebo("none", np.array([]), np.array([]), float("nan"), 0)


def _finite_block_sums(counts, treatment, weights):
    """False for fits whose treatment cells (or the cells beside them) hold no incident, so
    that beta would be infinite."""
    w = counts * weights
    on = (w * treatment).sum(axis=(1, 2))
    treated_rows = treatment.max(axis=2) > 0
    window = treatment.max(axis=1) > 0
    treated_off = (w * (treated_rows[:, :, None] & ~window[:, None, :])).sum(axis=(1, 2))
    control_on = (w * (~treated_rows[:, :, None] & window[:, None, :])).sum(axis=(1, 2))
    control_off = (w * (~treated_rows[:, :, None] & ~window[:, None, :])).sum(axis=(1, 2))
    return (on > 0) & (treated_off > 0) & (control_on > 0) & (control_off > 0)


def placebo_fits(counts, rows, windows, weights=None) -> tuple:
    """(beta, z) of placebo fits of ``counts`` (areas x periods): fit r treats the areas
    ``rows[r]`` in the periods ``windows[r]`` and uses the periods where ``weights[r]`` is 1
    and some area had an incident. An empty treated block gives beta -inf and z -inf (as
    extreme as can be). Fitted in chunks, so that many areas do not fill the memory."""
    counts = np.asarray(counts, float)
    rows, windows = np.asarray(rows, bool), np.asarray(windows, bool)
    n_fits = max(rows.shape[0], windows.shape[0])
    rows = np.broadcast_to(rows, (n_fits, counts.shape[0]))
    windows = np.broadcast_to(windows, (n_fits, counts.shape[1]))
    weights = np.broadcast_to(np.ones(1) if weights is None else np.asarray(weights, float),
                              (n_fits, counts.shape[1]))
    # A period in which none of these areas had an incident (placebo areas are the controls
    # only) has no period effect to fit: it would run off to minus infinity.
    seen = counts.sum(axis=0) > 0
    counts, windows, weights = counts[:, seen], windows[:, seen], weights[:, seen]
    betas, z = np.full(n_fits, -np.inf), np.full(n_fits, -np.inf)
    size = max(1, PLACEBO_CHUNK_CELLS // counts.size)
    for first in range(0, n_fits, size):
        chunk = slice(first, first + size)
        treatment = (rows[chunk, :, None] & windows[chunk, None, :]).astype(float)
        weight = np.broadcast_to(weights[chunk, None, :], treatment.shape)
        data = np.broadcast_to(counts, treatment.shape)
        ok = _finite_block_sums(data, treatment, weight)
        if ok.any():
            fit = fit_poisson_did(data[ok], treatment[ok], weight[ok])
            betas[first:first + size][ok] = fit.beta
            z[first:first + size][ok] = fit.beta / np.sqrt(fit.var_beta)
    return betas, z


def permutation_p(z: float, placebo_z) -> tuple:
    """Two-sided permutation p-value: (1 + placebos at least as extreme) / (1 + placebos).

    Returns the p-value and the number of placebos at least as extreme:

    >>> permutation_p(2.5, [0.3, -2.7, 1.1, 0.2])
    (0.4, 1)
    """
    extreme = int(np.sum(np.abs(placebo_z) >= abs(z) - 1e-12))
    return (1 + extreme) / (1 + len(placebo_z)), extreme


def placebo_areas(z: float, control_counts, n_treated: int, window, permutations: int,
                  seed: int) -> Placebo:
    """Control areas in turn (or random sets of ``n_treated`` of them) as the treated;
    ``z`` is the real estimate's z-statistic."""
    control_counts = np.asarray(control_counts, float)
    n_control = control_counts.shape[0]
    size = min(n_treated, n_control - 1)
    # a cap on the work: (areas x (periods + 1)^2) per Newton step of each placebo fit
    work = n_control * (min(control_counts.shape) + 1) ** 2
    permutations = int(min(permutations, max(PLACEBO_WORK // work, PLACEBO_AREAS_MIN)))
    if math.comb(n_control, size) <= permutations:
        sets = np.array(list(itertools.combinations(range(n_control), size)))
    else:
        rng = np.random.default_rng(seed)
        sets = np.argsort(rng.random((permutations, n_control)), axis=1)[:, :size]
    rows = np.zeros((len(sets), n_control), dtype=bool)
    rows[np.arange(len(sets))[:, None], sets] = True
    betas, statistics = placebo_fits(control_counts, rows, np.asarray(window, bool)[None])
    p, extreme = permutation_p(z, statistics)
    return Placebo("areas", betas, statistics, p, extreme)


def placebo_dates(z: float, counts, treated_rows, pre, n_window: int) -> Placebo:
    """Fake windows of ``n_window`` periods in the pre-period, each with as many periods
    before it as the window (at least 4) and only the periods up to its end; ``z`` is the
    real estimate's z-statistic."""
    pre_counts = np.asarray(counts, float)[:, np.asarray(pre, bool)]
    n_pre = pre_counts.shape[1]
    starts = np.arange(max(n_window, 4), n_pre - n_window + 1)
    if not starts.size:
        return NO_PLACEBO
    period = np.arange(n_pre)
    windows = (period[None, :] >= starts[:, None]) & (period[None, :] < starts[:, None]
                                                       + n_window)
    weights = (period[None, :] < starts[:, None] + n_window).astype(float)
    betas, statistics = placebo_fits(pre_counts, np.asarray(treated_rows, bool)[None],
                                     windows, weights)
    p, extreme = permutation_p(z, statistics)
    return Placebo("dates", betas, statistics, p, extreme)


# --- Displacement: the Weighted Displacement Quotient -----------------------------------------

@dataclass(frozen=True)
class Wdq:
    """Bowers & Johnson's (2003) Weighted Displacement Quotient.

    Counts of the treated (A), buffer (B) and control (C) areas before (b) and during the
    intervention (a). Success measure ``A_a/C_a - A_b/C_b`` (negative: the treated areas
    improved relative to the control); buffer measure ``B_a/C_a - B_b/C_b``;
    ``WDQ = buffer measure / success measure``: above 0 a diffusion of benefits, below 0
    displacement, below -1 more displacement than the direct effect.

    Examples
    --------
    The treated areas fell from 100 to 60 and the buffer from 80 to 72 while the control
    areas stayed at 1,000:

    >>> wdq = Wdq(100, 60, 80, 72, 1000, 1000)
    >>> round(wdq.success_measure, 3), round(wdq.buffer_measure, 3), round(wdq.wdq, 2)
    (-0.04, -0.008, 0.2)
    >>> wdq.net_effects  # incidents fewer than the control areas' change predicts
    (-40.0, -8.0, -48.0)
    """

    treated_before: float
    treated_after: float
    buffer_before: float
    buffer_after: float
    control_before: float
    control_after: float

    @property
    def success_measure(self) -> float:
        return (self.treated_after / self.control_after
                - self.treated_before / self.control_before)

    @property
    def buffer_measure(self) -> float:
        return self.buffer_after / self.control_after - self.buffer_before / self.control_before

    @property
    def wdq(self) -> float:
        """NaN when there is no success to displace (success measure >= 0)."""
        if self.success_measure >= 0 or not self.buffer_before + self.buffer_after:
            return float("nan")
        return self.buffer_measure / self.success_measure

    @property
    def net_effects(self) -> tuple:
        """(treated, buffer, net): observed minus expected from the control's change."""
        change = self.control_after / self.control_before
        treated = self.treated_after - self.treated_before * change
        buffer = self.buffer_after - self.buffer_before * change
        return treated, buffer, treated + buffer


def wdq_sentence(wdq: Wdq, has_buffer: bool = True) -> str:
    """The WDQ in plain words (Bowers & Johnson's reading of its ranges).

    Examples
    --------
    >>> wdq_sentence(Wdq(100, 60, 80, 72, 1000, 1000))
    'Displacement: no sign of displacement; some diffusion of benefits into the buffer (WDQ 0.20).'
    """
    if not has_buffer or not wdq.buffer_before:
        return _tr(WDQ_NO_BUFFER)
    if not wdq.success_measure < 0:
        return _tr(WDQ_NOT_APPLICABLE)
    value = wdq.wdq
    text = number(value, 2)
    if value >= 1:
        return _tr(WDQ_GREATER).format(wdq=text)
    if abs(value) < 0.005:
        return _tr(WDQ_ZERO).format(wdq=text)
    if value > 0:
        return _tr(WDQ_DIFFUSION).format(wdq=text)
    if value > -1:
        return _tr(WDQ_SOME).format(wdq=text)
    return _tr(WDQ_WORSE).format(wdq=text)


# --- Controls matched on the pre-period ------------------------------------------------------

def series_features(counts) -> np.ndarray:
    """Level (log mean count per period) and trend (least-squares slope of the counts over
    time, relative to their mean) of each row."""
    counts = np.asarray(counts, float)
    mean = counts.mean(axis=1)
    t = np.arange(counts.shape[1], dtype=float)
    t -= t.mean()
    slope = (counts * t).sum(axis=1) / max((t ** 2).sum(), 1e-12)
    return np.column_stack([np.log(np.maximum(mean, 1e-9)), slope / np.maximum(mean, 1e-9)])


def match_controls(treated_series, candidate_counts, n: int) -> tuple:
    """Indices of the ``n`` candidates nearest the treated series in level and trend
    (standardised over the candidates), and every candidate's distance."""
    features = series_features(candidate_counts)
    target = series_features(np.asarray(treated_series, float)[None])[0]
    spread = features.std(axis=0)
    spread[spread <= 0] = 1.0
    distance = np.sqrt((((features - target) / spread) ** 2).sum(axis=1))
    return np.argsort(distance, kind="stable")[:n], distance


def choose_controls(settings, union, ring, candidates, chosen, x, y, period, periods):
    """The control areas by the settings' mode (None: the rest, unbounded); ``chosen``
    areas with the mode 'matched' are the ones matched when the experiment was planned."""
    from .risk import locate_points

    mode = settings.control_mode
    if mode == "chosen" or (mode == "matched" and chosen is not None):  # matched when planned
        check_chosen_controls(chosen if chosen is not None else AreaSet([], []), union, ring,
                              settings.buffer_width)
        return chosen
    if candidates is None or not len(candidates):
        if mode == "rest":
            return None
        raise ValueError(_tr(ERROR_TOO_FEW_MATCH).format(
            found=0, width=number(settings.buffer_width), least=MIN_MATCH_INCIDENTS,
            wanted=settings.n_controls))
    eligible = candidates.only(eligible_candidates(candidates, union, ring))
    if mode == "rest":
        if not len(eligible):
            raise ValueError(_tr(ERROR_NO_REST).format(width=number(settings.buffer_width)))
        return eligible
    where = locate_points(eligible.geometries, x, y)
    counts = count_panel(where, np.where(periods.pre[np.maximum(period, 0)] & (period >= 0),
                                         period, -1), len(eligible), periods.n)[:, periods.pre]
    enough = counts.sum(axis=1) >= MIN_MATCH_INCIDENTS
    if enough.sum() < settings.n_controls:
        raise ValueError(_tr(ERROR_TOO_FEW_MATCH).format(
            found=int(enough.sum()), width=number(settings.buffer_width),
            least=MIN_MATCH_INCIDENTS, wanted=settings.n_controls))
    inside = locate_points(np.array([union], dtype=object), x, y) >= 0
    treated_series = count_panel(np.where(inside, 0, -1), period, 1, periods.n)[0, periods.pre]
    pool = eligible.only(enough)
    best, _ = match_controls(treated_series, counts[enough], settings.n_controls)
    return pool.only(np.isin(np.arange(len(pool)), best))


# --- Regression to the mean ------------------------------------------------------------------

def recent_rise(treated_pre, control_pre, n_recent: int) -> tuple:
    """(ratio, one-sided p) of the treated areas' last ``n_recent`` pre-period periods over
    their earlier ones, relative to the same ratio of the controls."""
    t, c = np.asarray(treated_pre, float), np.asarray(control_pre, float)
    if t.size <= n_recent:
        return float("nan"), float("nan")
    cells = np.array([t[-n_recent:].sum(), t[:-n_recent].sum(), c[-n_recent:].sum(),
                      c[:-n_recent].sum()])
    if (cells <= 0).any():
        return float("nan"), float("nan")
    log_ratio = math.log(cells[0] / cells[1] * cells[3] / cells[2])
    z = log_ratio / math.sqrt((1 / cells).sum())
    return math.exp(log_ratio), float(stats.norm.sf(z))


def hot_ratio(treated_count, treated_km2, control_counts, control_km2) -> float:
    """The treated areas' incidents per km2 over the median control area's; NaN when the
    control areas are unbounded or fewer than 3.

    >>> hot_ratio(30, 1.0, control_counts=[5, 10, 20], control_km2=[1.0, 1.0, 2.0])
    3.0
    """
    control_counts, control_km2 = np.asarray(control_counts, float), np.asarray(control_km2)
    if control_km2.size < 3 or treated_km2 <= 0 or (control_km2 <= 0).any():
        return float("nan")
    median = float(np.median(control_counts / control_km2))
    return (treated_count / treated_km2) / median if median > 0 else float("inf")


# --- The evaluation ---------------------------------------------------------------------------

@dataclass
class Evaluation:
    """Everything an evaluation found; see :func:`evaluate_intervention`."""

    settings: Settings
    periods: Periods
    unit_ids: list
    unit_group: np.ndarray  # TREATED, CONTROL or BUFFER per unit
    counts: np.ndarray  # units x periods
    model_rows: np.ndarray  # bool per unit: in the model (treated and control with data)
    did: DidEstimate
    buffer_did: Optional[DidEstimate]
    wdq: Wdq
    placebo: Placebo
    warnings: List[str] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    areas: Optional[StudyAreas] = None  # None when evaluated from counts alone

    @property
    def has_buffer(self) -> bool:
        return bool((self.unit_group == BUFFER).any())

    @property
    def in_groups(self) -> np.ndarray:
        """The units counted in their group: all but control areas left out of the model."""
        return self.model_rows | (self.unit_group != CONTROL)

    def group_counts(self) -> np.ndarray:
        """Counts per group (treated, buffer, control) and period (3 x periods)."""
        groups = np.zeros((3, self.periods.n), dtype=np.int64)
        for group in range(3):
            groups[group] = self.counts[self.in_groups & (self.unit_group == group)].sum(axis=0)
        return groups

    def summary(self) -> List[str]:
        """The conclusion in plain words: the change, the interval's method, the placebo
        test, displacement and the net effect."""
        return conclusion(self)


def _model_rows(counts, group) -> tuple:
    """The treated and control rows with incidents (the model's), and the control rows
    left out for having none."""
    active = counts.sum(axis=1) > 0
    return (group != BUFFER) & active, ~active & (group == CONTROL)


def evaluate_intervention(x, y, dates, treated: AreaSet, settings: Settings,
                          controls: Optional[AreaSet] = None,
                          candidates: Optional[AreaSet] = None,
                          canceled: Optional[Callable[[], bool]] = None) -> Evaluation:
    """Evaluates an intervention in ``treated`` areas from incident points and dates.

    Parameters
    ----------
    x, y : arrays
        Incident coordinates in the metric CRS of the areas.
    dates : array of datetime64[D]
        Incident dates (NaT: left out).
    treated : AreaSet
        Where the intervention took place.
    settings : Settings
        Dates, pre-period, buffer, control mode, placebo.
    controls : AreaSet, optional
        The control areas for ``control_mode='chosen'``.
    candidates : AreaSet, optional
        The areas to match controls from (``'matched'``), or to split the rest of the
        municipality into (``'rest'``; without them the rest is one unbounded area).

    Returns
    -------
    Evaluation
        Counts, the DiD estimate, WDQ, placebo test, warnings and notes.

    Raises
    ------
    ValueError
        With a sentence saying what to change: dates outside the data, a pre-period without
        incidents in the treated areas, controls overlapping the treated areas or their
        buffer, too few controls to match.

    Examples
    --------
    A year of incidents spread evenly over four squares of 1 km; patrols in the first
    square halve its incidents for eight weeks from 4 September:

    >>> import shapely
    >>> rng = np.random.default_rng(1)
    >>> x, y = rng.uniform(0, 4000, 20000), rng.uniform(0, 1000, 20000)
    >>> dates = np.datetime64("2023-01-02") + rng.integers(0, 364, 20000)
    >>> start, end = np.datetime64("2023-09-04"), np.datetime64("2023-10-29")
    >>> patrolled = (x < 1000) & (dates >= start) & (dates <= end)
    >>> kept = ~patrolled | (rng.random(20000) < 0.5)
    >>> treated = AreaSet(["T"], [shapely.box(0, 0, 1000, 1000)])
    >>> controls = AreaSet(["C1", "C2"], [shapely.box(2000, 0, 3000, 1000),
    ...                                   shapely.box(3000, 0, 4000, 1000)])
    >>> settings = Settings(start, end, pre_weeks=26, control_mode="chosen", placebo="dates")
    >>> result = evaluate_intervention(x[kept], y[kept], dates[kept], treated, settings,
    ...                                controls=controls)
    >>> low, high = result.did.interval
    >>> round(result.did.rate_ratio, 2), low < 0.5 < high
    (0.45, True)
    >>> print(conclusion(result)[0])  # doctest: +NORMALIZE_WHITESPACE
    Incidents in the treated areas fell by 55% relative to the control areas (rate ratio
    0.45, 95% interval 0.40 to 0.51).
    """
    settings = settings.checked()
    dates = np.asarray(dates, dtype="datetime64[D]")
    usable = dates[~np.isnat(dates)]
    periods = make_periods(settings, usable.min() if usable.size else None)
    notes = check_dates(settings, dates, periods)
    period = periods.index_of(dates)
    union, ring = treated_buffer(treated, settings.buffer_width)
    chosen = choose_controls(settings, union, ring, candidates, controls, x, y, period, periods)
    areas = StudyAreas(treated, ring, chosen, settings.buffer_width)
    counts = count_panel(areas.locate(x, y), period, len(areas.unit_ids), periods.n)
    evaluation = evaluate_panel(counts, areas.unit_group, areas.unit_ids, periods, settings,
                                areas, canceled)
    evaluation.notes[:0] = notes
    return evaluation


def evaluate_panel(counts, unit_group, unit_ids, periods: Periods, settings: Settings,
                   areas: Optional[StudyAreas] = None,
                   canceled: Optional[Callable[[], bool]] = None) -> Evaluation:
    """The evaluation of counts per unit (rows: treated, control and buffer units, as
    ``unit_group`` says) and period: what :func:`evaluate_intervention` does once it has
    counted the incidents.

    Examples
    --------
    >>> settings = Settings(np.datetime64("2024-03-04"), np.datetime64("2024-03-17"),
    ...                     pre_weeks=6, placebo="none")
    >>> periods = make_periods(settings)
    >>> counts = np.array([[20, 22, 18, 21, 19, 20, 10, 11],
    ...                    [40, 41, 39, 42, 40, 38, 41, 40],
    ...                    [30, 29, 31, 30, 28, 32, 30, 29]])
    >>> result = evaluate_panel(counts, np.array([TREATED, CONTROL, CONTROL]), ["T", "C1", "C2"],
    ...                         periods, settings)
    >>> round(result.did.rate_ratio, 1), round(result.wdq.success_measure, 3)
    (0.5, -0.136)
    """
    settings = settings.checked()
    counts, group = np.asarray(counts), np.asarray(unit_group)
    check_counts(counts, group, periods)
    rows, dropped = _model_rows(counts, group)
    notes = []
    if dropped.any():
        ids = [unit_ids[i] for i in np.flatnonzero(dropped)[:3]]
        notes.append(_tr(NOTE_DROPPED_CONTROLS).format(n=int(dropped.sum()),
                                                       ids=", ".join(map(str, ids))))
    model_counts, columns = _model_panel(counts[rows])
    with _fit_failures(counts, group):
        did = did_estimate(model_counts, group[rows] == TREATED, periods.window[columns])
        evaluation = Evaluation(settings, periods, list(unit_ids), group, counts, rows, did,
                                _buffer_estimate(counts, group, rows, periods),
                                Wdq(*_group_totals(counts, group, rows, periods)),
                                NO_PLACEBO, notes=notes, areas=areas)
        if canceled is not None and canceled():
            raise CanceledError()
        evaluation.placebo = run_placebo(evaluation, model_counts, columns)
    evaluation.warnings = regression_to_mean_warnings(evaluation)
    return evaluation


@contextmanager
def _fit_failures(counts, group):
    """A model numpy cannot fit ('Singular matrix') as a sentence about the counts."""
    try:
        yield
    except np.linalg.LinAlgError as error:
        treated, control = (int(counts[group == wanted].sum()) for wanted in (TREATED, CONTROL))
        raise ValueError(_tr(ERROR_NO_FIT).format(treated=treated, control=control)) from error


def check_counts(counts, group, periods) -> None:
    """Refuses a pre-period or window without incidents in the treated areas, and controls
    without incidents."""
    treated = counts[group == TREATED]
    pre, window = periods.pre, periods.window
    if not treated[:, pre].sum():
        raise ValueError(_tr(ERROR_PRE_EMPTY).format(first=periods.starts[pre][0],
                                                     last=periods.ends[pre][-1]))
    if not treated[:, window].sum():
        raise ValueError(_tr(ERROR_WINDOW_EMPTY).format(first=periods.starts[window][0],
                                                        last=periods.ends[window][-1]))
    control = counts[group == CONTROL]
    if not control[:, ~window].sum() or not control[:, window].sum():
        raise ValueError(_tr(ERROR_CONTROL_EMPTY))


def _model_panel(counts) -> tuple:
    """The model's counts without periods in which no area had an incident."""
    columns = counts.sum(axis=0) > 0
    return counts[:, columns], columns


def _buffer_estimate(counts, group, rows, periods) -> Optional[DidEstimate]:
    """The buffer's own rate ratio against the controls, when it has incidents."""
    buffer = group == BUFFER
    if not buffer.any() or not counts[buffer][:, periods.window].sum() or \
            not counts[buffer][:, ~periods.window].sum():
        return None
    keep = buffer | (rows & (group == CONTROL))
    panel, columns = _model_panel(counts[keep])
    return did_estimate(panel, group[keep] == BUFFER, periods.window[columns])


def _group_totals(counts, group, rows, periods) -> tuple:
    """(A_b, A_a, B_b, B_a, C_b, C_a): totals before (the pre-period) and during."""
    totals = []
    for wanted in (TREATED, BUFFER, CONTROL):
        block = counts[(group == wanted) & (rows | (group != CONTROL))]
        totals += [float(block[:, periods.pre].sum()), float(block[:, periods.window].sum())]
    return tuple(totals)


def run_placebo(evaluation: Evaluation, model_counts, columns) -> Placebo:
    """Placebo areas when there are enough controls (or asked), else placebo dates."""
    settings, group = evaluation.settings, evaluation.unit_group[evaluation.model_rows]
    treated_rows = group == TREATED
    kind = settings.placebo
    if kind == "auto":
        kind = "areas" if (~treated_rows).sum() >= PLACEBO_AREAS_MIN else "dates"
    z = evaluation.did.beta / evaluation.did.se_model
    if kind == "areas" and (~treated_rows).sum() >= 2:
        return placebo_areas(z, model_counts[~treated_rows], int(treated_rows.sum()),
                             evaluation.periods.window[columns], settings.permutations,
                             settings.seed)
    if kind in ("dates", "areas"):
        return placebo_dates(z, model_counts, treated_rows, evaluation.periods.pre[columns],
                             evaluation.periods.n_window)
    return NO_PLACEBO


def regression_to_mean_warnings(evaluation: Evaluation) -> List[str]:
    """Sentences when the treated areas look chosen because they were hot."""
    import shapely

    periods, counts, group = evaluation.periods, evaluation.counts, evaluation.unit_group
    rows = evaluation.model_rows
    treated = counts[(group == TREATED)][:, periods.pre].sum(axis=0)
    control = counts[(group == CONTROL) & rows][:, periods.pre].sum(axis=0)
    warnings = []
    n_recent = max(periods.n_window, 2)
    ratio, p = recent_rise(treated, control, n_recent)
    if ratio >= RISE_RATIO and p < 0.05:
        warnings.append(_tr(WARN_RISE).format(
            n=n_recent, nouns=_tr(WEEKS if periods.step == "week" else MONTHS),
            pct=number(100 * (ratio - 1)), p=_p_text(p)))
    areas = evaluation.areas
    if areas is not None and areas.controls is not None:
        chosen = rows[group == CONTROL]
        treated_km2 = float(shapely.area(shapely.union_all(areas.treated.geometries))) / 1e6
        control_km2 = shapely.area(areas.controls.geometries[chosen]) / 1e6
        control_counts = counts[(group == CONTROL)][chosen][:, periods.pre].sum(axis=1)
        hot = hot_ratio(treated.sum(), treated_km2, control_counts, control_km2)
        share_below = np.mean(control_counts / np.maximum(control_km2, 1e-12)
                              < treated.sum() / max(treated_km2, 1e-12)) if chosen.any() else 0
        if hot >= HOT_RATIO and share_below >= 0.9:
            warnings.append(_tr(WARN_HOT).format(ratio=number(hot, 1)))
    return warnings


def _p_text(p: float) -> str:
    return "< 0.001" if p < 0.001 else number(p, 3)


def _ratio_text(value: float) -> str:
    return number(value, 2)


def conclusion(evaluation: Evaluation) -> List[str]:
    """The plain-words reading: effect, interval method, placebo, displacement, net."""
    did = evaluation.did
    low, high = did.interval
    values = {"rr": _ratio_text(did.rate_ratio), "low": _ratio_text(low),
              "high": _ratio_text(high)}
    if high < 1:
        lines = [_tr(CONCLUSION_FALL).format(pct=number(100 * (1 - did.rate_ratio)), **values)]
    elif low > 1:
        lines = [_tr(CONCLUSION_RISE).format(pct=number(100 * (did.rate_ratio - 1)), **values)]
    else:
        lines = [_tr(CONCLUSION_NONE).format(**values)]
    if did.method == "cluster":
        lines.append(_tr(METHOD_CLUSTER).format(treated=did.n_treated, control=did.n_control))
    else:
        lines.append(_tr(METHOD_MODEL).format(factor=number(math.sqrt(max(did.dispersion, 1)),
                                                            2), least=CLUSTER_MIN))
    placebo = evaluation.placebo
    if placebo.kind == "none":
        lines.append(_tr(PLACEBO_NONE))
    else:
        template = PLACEBO_AREAS if placebo.kind == "areas" else PLACEBO_DATES
        lines.append(_tr(template).format(count=placebo.extreme, total=placebo.total,
                                          p=_p_text(placebo.p_value)))
    lines.append(wdq_sentence(evaluation.wdq, evaluation.has_buffer))
    if evaluation.has_buffer and evaluation.wdq.success_measure < 0 and high >= 1:
        lines[-1] += " " + _tr(WDQ_UNCLEAR)
    if evaluation.buffer_did is not None:
        b_low, b_high = evaluation.buffer_did.interval
        lines.append(_tr(BUFFER_CHANGE).format(rr=_ratio_text(evaluation.buffer_did.rate_ratio),
                                               low=_ratio_text(b_low),
                                               high=_ratio_text(b_high)))
    if evaluation.wdq.control_before and evaluation.wdq.control_after:
        treated, buffer, net = evaluation.wdq.net_effects
        lines.append(_tr(NET_EFFECT).format(treated=_signed(treated), buffer=_signed(buffer),
                                            net=_signed(net)))
    return lines


def _signed(value: float) -> str:
    text = number(abs(value))
    return ("+" if value > 0.5 else "-" if value < -0.5 else "") + text


def group_table(evaluation: Evaluation):
    """One row per group: areas, incidents before and during, per week (or month) and the
    change, for the groups layer and the report."""
    import pandas as pd

    periods = evaluation.periods
    counts = evaluation.group_counts()
    n_areas = [int((evaluation.in_groups & (evaluation.unit_group == g)).sum())
               for g in range(3)]
    before, during = counts[:, periods.pre].sum(axis=1), counts[:, periods.window].sum(axis=1)
    n_before, n_during = int(periods.pre.sum()), periods.n_window
    with np.errstate(divide="ignore", invalid="ignore"):
        change = np.where(before > 0, 100.0 * ((during / n_during) / (before / n_before) - 1),
                          np.nan)
    frame = pd.DataFrame({"group": list(GROUPS), "areas": n_areas, "periods_before": n_before,
                          "periods_during": n_during, "incidents_before": before,
                          "incidents_during": during, "per_period_before": before / n_before,
                          "per_period_during": during / n_during, "change_pct": change})
    if not evaluation.has_buffer:
        frame = frame[frame["group"] != "buffer"].reset_index(drop=True)
    return frame


def series_table(evaluation: Evaluation):
    """Counts per period and group, with the control scaled to the treated areas' pre-period
    level (what the treated areas would have had, following the control)."""
    import pandas as pd

    periods = evaluation.periods
    counts = evaluation.group_counts()
    pre = periods.pre
    scale = counts[TREATED, pre].sum() / max(counts[CONTROL, pre].sum(), 1)
    return pd.DataFrame({"start": periods.starts, "end": periods.ends,
                         "window": periods.window, "earlier_year": periods.earlier,
                         "treated": counts[TREATED], "buffer": counts[BUFFER],
                         "control": counts[CONTROL],
                         "expected_treated": counts[CONTROL] * scale})
