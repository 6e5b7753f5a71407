"""Before an experiment: how large a fall can it detect, and how long must it run?

The evaluation (:mod:`wijkradar.core.experiments`) compares the treated areas' incidents
during the trial with their pre-period, relative to the control areas. For planning, the
treated and control areas are taken together, so the estimate is the log of a ratio of
ratios of four Poisson totals:

``b = log((T_during / T_before) / (C_during / C_before))``

which is exactly the two-way fixed-effects Poisson estimate for one treated and one control
unit. Its variance is ``phi (1/T_during + 1/T_before + 1/C_during + 1/C_before)``, ``phi``
the overdispersion of the weekly counts (1 for Poisson counts). The trial detects a rate
ratio ``r`` with power ``1 - beta`` at level ``alpha`` (two-sided Wald test) when

``|log r| >= (z_{1-alpha/2} + z_{1-beta}) sqrt(V(r))``,

``V(r)`` the variance with the expected totals under ``r`` (the test's own standard error,
estimated from the counts): the **closed form**. The
**simulation** draws the four totals (Poisson, or negative binomial with variance
``phi x mean``), seeded, runs the same test and counts how often it finds the fall; the
minimal detectable effect is where that share crosses the power wanted. The two agree
closely once the trial expects a few dozen incidents in the treated areas; below that the
normal approximation fails (a handful of incidents) and the simulation, the test as it will
be run on whole counts, is the one to believe and the one the sentences quote.

Example
-------
>>> plan = power_plan(11 * 7 / 30.4375, 300 * 7 / 30.4375, planned_weeks=4, pre_weeks=52)
>>> plan_sentences(plan, "burglaries")[0]  # doctest: +NORMALIZE_WHITESPACE
'With 11 burglaries a month in the treated areas, a trial of 4 weeks can only detect a fall of
79% or more (80% power, 5% level); 12 weeks detect 51%.'
>>> round(plan.closed_form[52], 3), round(plan.simulated[52], 3)  # many incidents: agree
(0.677, 0.678)
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import numpy as np
from scipy import optimize, stats

from .cancel import CanceledError
from .i18n import QT_TRANSLATE_NOOP, number, translate, translator

DEFAULT_POWER, DEFAULT_ALPHA = 0.8, 0.05
DEFAULT_SIMULATIONS = 4000
DEFAULT_SEED = 2019  # Braga et al.'s review
DURATIONS = (4, 8, 12, 26, 52)  # weeks in the table
MAX_WEEKS = 104
SMALLEST_RATIO = 0.001
DAYS_PER_MONTH = 30.4375

ERROR_RATE = QT_TRANSLATE_NOOP(
    "ExperimentPower", "The treated areas had no incidents in the {weeks} weeks of history, so "
                       "no effect on them can be detected. Choose larger areas, a longer "
                       "history or more incident types.")
ERROR_CONTROL_RATE = QT_TRANSLATE_NOOP(
    "ExperimentPower", "The control areas had no incidents in the {weeks} weeks of history; "
                       "choose other control areas.")
ERROR_EFFECT = QT_TRANSLATE_NOOP(
    "ExperimentPower", "The effect to detect must be a fall between 1% and 99%, not {}%.")
ERROR_WEEKS = QT_TRANSLATE_NOOP(
    "ExperimentPower", "The planned duration must be at least 1 week, not {}.")
NAME_SIMULATIONS = QT_TRANSLATE_NOOP("ExperimentPower", "The number of simulated trials")
MDE_SENTENCE = QT_TRANSLATE_NOOP(
    "ExperimentPower", "With {rate} {subject} a month in the treated areas, a trial of {weeks} "
                       "weeks can only detect a fall of {pct}% or more (80% power, 5% level); "
                       "{longer} weeks detect {pct_longer}%.")
MDE_NONE = QT_TRANSLATE_NOOP(
    "ExperimentPower", "With {rate} {subject} a month in the treated areas, a trial of {weeks} "
                       "weeks cannot detect even a fall of 99%: too few incidents. Run it longer "
                       "or in larger areas.")
DURATION_SENTENCE = QT_TRANSLATE_NOOP(
    "ExperimentPower", "To detect a fall of {pct}% (80% power, 5% level) the trial needs {weeks} "
                       "weeks.")
DURATION_NONE = QT_TRANSLATE_NOOP(
    "ExperimentPower", "A fall of {pct}% cannot be detected within {most} weeks here: too few "
                       "incidents. Choose larger areas or more incident types, or expect only "
                       "a larger effect to show.")
DISPERSION_NOTE = QT_TRANSLATE_NOOP(
    "ExperimentPower", "The weekly counts vary {factor} times as much as Poisson counts would; "
                       "the calculation allows for that.")


_tr = translator("ExperimentPower")


def _z(alpha: float, power: float) -> float:
    return float(stats.norm.ppf(1 - alpha / 2) + stats.norm.ppf(power))


def variance(ratio, rate_treated, rate_control, weeks, pre_weeks, dispersion=1.0):
    """Variance of the estimated log rate ratio with the expected totals under ``ratio``."""
    ratio = np.asarray(ratio, float)
    return dispersion * (1 / (ratio * rate_treated * weeks) + 1 / (rate_treated * pre_weeks)
                         + 1 / (rate_control * weeks) + 1 / (rate_control * pre_weeks))


def closed_form_power(ratio, rate_treated, rate_control, weeks, pre_weeks, dispersion=1.0,
                      alpha=DEFAULT_ALPHA):
    """Power of the two-sided Wald test to detect the rate ratio ``ratio`` (< 1).

    Examples
    --------
    >>> round(float(closed_form_power(0.5, 10, 100, 12, 52)), 3)
    0.999
    """
    se = np.sqrt(variance(ratio, rate_treated, rate_control, weeks, pre_weeks, dispersion))
    return stats.norm.cdf(np.abs(np.log(ratio)) / se - stats.norm.ppf(1 - alpha / 2))


def closed_form_mde(rate_treated, rate_control, weeks, pre_weeks, dispersion=1.0,
                    power=DEFAULT_POWER, alpha=DEFAULT_ALPHA) -> float:
    """The largest rate ratio below 1 that is detected with ``power``: a fall of
    ``1 - ratio``; NaN when even a ratio of 0.001 is not.

    Examples
    --------
    >>> round(closed_form_mde(2.5, 50, 12, 52), 3)
    0.441
    """
    z = _z(alpha, power)

    def gap(log_ratio):
        ratio = math.exp(log_ratio)
        return -log_ratio - z * math.sqrt(variance(ratio, rate_treated, rate_control, weeks,
                                                   pre_weeks, dispersion))

    # With estimated variances a tiny expected count is hard to tell from chance again, so
    # the gap rises and falls: the answer is its last zero before 0, right of its peak.
    peak = optimize.minimize_scalar(lambda v: -gap(v), bounds=(math.log(SMALLEST_RATIO), 0.0),
                                    method="bounded", options={"xatol": 1e-9}).x
    if gap(peak) < 0:
        return float("nan")
    return math.exp(optimize.brentq(gap, peak, -1e-12, xtol=1e-12))


def weeks_needed(ratio, rate_treated, rate_control, pre_weeks, dispersion=1.0,
                 power=DEFAULT_POWER, alpha=DEFAULT_ALPHA, most=MAX_WEEKS) -> Optional[int]:
    """The fewest whole weeks that detect ``ratio`` with ``power`` (closed form); None
    when ``most`` weeks do not.

    Five incidents a week in the treated areas and 60 in the controls, a year before:

    >>> weeks_needed(0.7, rate_treated=5.0, rate_control=60.0, pre_weeks=52)  # a 30% fall
    26
    """
    weeks = np.arange(1, most + 1)
    reached = closed_form_power(ratio, rate_treated, rate_control, weeks, pre_weeks,
                                dispersion, alpha) >= power
    return int(weeks[reached][0]) if reached.any() else None


class Simulator:
    """Seeded simulated trials with common random numbers, so that the simulated power is
    smooth in the rate ratio and a root can be found."""

    def __init__(self, rate_treated, rate_control, pre_weeks, dispersion=1.0,
                 simulations=DEFAULT_SIMULATIONS, seed=DEFAULT_SEED, alpha=DEFAULT_ALPHA):
        self.rates = (rate_treated, rate_control)
        self.pre_weeks, self.dispersion, self.alpha = pre_weeks, max(dispersion, 1.0), alpha
        self.uniforms = np.random.default_rng(seed).random((4, simulations))
        self.simulations, self.seed = simulations, seed
        self.fixed = {}  # weeks -> the draws that do not depend on the rate ratio

    def draw(self, mean, uniforms):
        """Counts with ``mean`` and variance dispersion x mean, by the inverse CDF."""
        if self.dispersion <= 1 + 1e-9:
            return stats.poisson.ppf(uniforms, mean)
        size = mean / (self.dispersion - 1)
        return stats.nbinom.ppf(uniforms, size, 1 / self.dispersion)

    def power(self, ratio, weeks) -> float:
        """Share of simulated trials in which the test finds a fall (p < alpha)."""
        treated, control = self.rates
        u = self.uniforms
        if weeks not in self.fixed:
            self.fixed[weeks] = [self.draw(treated * self.pre_weeks, u[1]),
                                 self.draw(control * weeks, u[2]),
                                 self.draw(control * self.pre_weeks, u[3])]
        cells = np.stack([self.draw(ratio * treated * weeks, u[0]), *self.fixed[weeks]])
        cells = np.where(cells > 0, cells, 0.5)  # a zero count: the usual half
        estimate = np.log(cells[0] / cells[1] * cells[3] / cells[2])
        se = np.sqrt(self.dispersion * (1 / cells).sum(axis=0))
        return float(np.mean(estimate / se < -stats.norm.ppf(1 - self.alpha / 2)))

    def mde(self, weeks, power=DEFAULT_POWER) -> float:
        """The simulated minimal detectable rate ratio (bisection on the log ratio)."""
        low, high = math.log(SMALLEST_RATIO), 0.0
        if self.power(SMALLEST_RATIO, weeks) < power:
            return float("nan")
        for _ in range(20):  # to a thousandth of a percent
            middle = (low + high) / 2
            if self.power(math.exp(middle), weeks) >= power:
                low = middle
            else:
                high = middle
        return math.exp(low)


@dataclass
class PowerPlan:
    """Minimal detectable effects for durations, or the duration for an effect."""

    rate_treated: float  # incidents a week
    rate_control: float
    pre_weeks: int
    dispersion: float
    planned_weeks: int
    closed_form: Dict[int, float]  # weeks -> minimal detectable rate ratio
    simulated: Dict[int, float]
    target_ratio: Optional[float] = None
    weeks_for_target: Optional[int] = None
    simulated_power_at_target: Optional[float] = None
    simulations: int = DEFAULT_SIMULATIONS
    seed: int = DEFAULT_SEED
    notes: List[str] = field(default_factory=list)

    @property
    def mde(self) -> float:
        """The planned trial's minimal detectable rate ratio (simulated)."""
        return self.simulated[self.planned_weeks]

    @property
    def longer_weeks(self) -> int:
        return min(3 * self.planned_weeks, MAX_WEEKS)


def power_plan(rate_treated: float, rate_control: float, planned_weeks: int = 8,
               pre_weeks: int = 52, dispersion: float = 1.0, target_fall: float = None,
               simulations: int = DEFAULT_SIMULATIONS, seed: int = DEFAULT_SEED,
               canceled=None) -> PowerPlan:
    """Minimal detectable effects (closed form and simulation) of a trial of
    ``planned_weeks`` and of the usual durations, and the duration for ``target_fall``.

    Parameters
    ----------
    rate_treated, rate_control : float
        Incidents a week in the treated and in the control areas (from the history).
    planned_weeks, pre_weeks : int
        The trial's duration and the pre-period its evaluation will use.
    dispersion : float
        Overdispersion of the weekly counts (Pearson chi2 / df; 1 for Poisson).
    target_fall : float, optional
        A fall (0.3 for 30%) whose needed duration is wanted.
    simulations, seed : int
        Simulated trials and their seed.
    canceled : callable, optional
        Stops the simulations (CanceledError) when it returns True.

    Returns
    -------
    PowerPlan
        Minimal detectable rate ratios per duration (closed form and simulated) and the
        duration the target fall needs; :func:`plan_sentences` reads it out.

    Examples
    --------
    >>> plan = power_plan(5.0, 60.0, planned_weeks=8, target_fall=0.3, simulations=1000)
    >>> round(plan.mde, 2), round(plan.closed_form[8], 2)  # an 8-week trial: a 45% fall
    (0.55, 0.52)
    >>> plan.weeks_for_target, round(plan.simulated_power_at_target, 2)
    (26, 0.82)
    """
    if not rate_treated > 0:
        raise ValueError(_tr(ERROR_RATE).format(weeks=pre_weeks))
    if not rate_control > 0:
        raise ValueError(_tr(ERROR_CONTROL_RATE).format(weeks=pre_weeks))
    if planned_weeks < 1:
        raise ValueError(_tr(ERROR_WEEKS).format(planned_weeks))
    if target_fall is not None and not 0.01 <= target_fall <= 0.99:
        raise ValueError(_tr(ERROR_EFFECT).format(number(100 * target_fall)))
    from .experiments import NAME_SEED, check_whole

    check_whole(_tr(NAME_SIMULATIONS), simulations, 100)
    check_whole(translate("Experiments", NAME_SEED), seed, 0)
    dispersion = max(float(dispersion), 1.0)
    simulator = Simulator(rate_treated, rate_control, pre_weeks, dispersion, simulations, seed)
    durations = sorted({*DURATIONS, planned_weeks, min(3 * planned_weeks, MAX_WEEKS)})
    closed = {w: closed_form_mde(rate_treated, rate_control, w, pre_weeks, dispersion)
              for w in durations}
    simulated = {}
    for weeks in durations:
        if canceled is not None and canceled():
            raise CanceledError()
        simulated[weeks] = simulator.mde(weeks)
    plan = PowerPlan(rate_treated, rate_control, pre_weeks, dispersion, planned_weeks, closed,
                     simulated, simulations=simulations, seed=seed)
    if target_fall is not None:
        plan.target_ratio = 1 - target_fall
        plan.weeks_for_target = weeks_needed(plan.target_ratio, rate_treated, rate_control,
                                             pre_weeks, dispersion)
        if plan.weeks_for_target is not None:
            plan.simulated_power_at_target = simulator.power(plan.target_ratio,
                                                             plan.weeks_for_target)
    return plan


def _fall(ratio: float) -> str:
    return number(100 * (1 - ratio))


def plan_sentences(plan: PowerPlan, subject: str) -> List[str]:
    """The plan in plain words; ``subject`` names the incidents ('burglaries')."""
    rate = number(plan.rate_treated * DAYS_PER_MONTH / 7, 1 if plan.rate_treated < 2 else 0)
    values = {"rate": rate, "subject": subject, "weeks": plan.planned_weeks}
    if math.isnan(plan.mde):
        lines = [_tr(MDE_NONE).format(**values)]
    else:
        longer = plan.simulated[plan.longer_weeks]
        lines = [_tr(MDE_SENTENCE).format(pct=_fall(plan.mde), longer=plan.longer_weeks,
                                          pct_longer=_fall(longer), **values)]
    if plan.target_ratio is not None:
        if plan.weeks_for_target is None:
            lines.append(_tr(DURATION_NONE).format(pct=_fall(plan.target_ratio),
                                                   most=MAX_WEEKS))
        else:
            lines.append(_tr(DURATION_SENTENCE).format(pct=_fall(plan.target_ratio),
                                                       weeks=plan.weeks_for_target))
    if plan.dispersion > 1.05:
        lines.append(_tr(DISPERSION_NOTE).format(factor=number(plan.dispersion, 1)))
    return lines


def study_history(x, y, dates, treated, settings, controls=None, candidates=None):
    """Weekly counts of the treated and the control areas over the ``settings.pre_weeks``
    weeks before ``settings.start`` (the pre-period the evaluation will use), and the
    :class:`core.experiments.StudyAreas` (controls chosen, matched or the rest as in an
    evaluation).

    Examples
    --------
    >>> import shapely
    >>> from wijkradar.core.experiments import AreaSet, Settings
    >>> rng = np.random.default_rng(2)
    >>> x, y = rng.uniform(0, 3000, 5000), rng.uniform(0, 1000, 5000)
    >>> dates = np.datetime64("2024-01-01") + rng.integers(0, 364, 5000)
    >>> treated = AreaSet(["T"], [shapely.box(0, 0, 1000, 1000)])
    >>> treated_weeks, control_weeks, _ = study_history(
    ...     x, y, dates, treated, Settings(np.datetime64("2024-12-30"),
    ...                                    np.datetime64("2025-02-23"), pre_weeks=52))
    >>> len(treated_weeks), int(treated_weeks.sum() + control_weeks.sum()) < 5000
    (52, True)
    """
    from . import experiments as ex

    settings = settings.checked()
    periods = ex.make_periods(settings)
    ex.check_pre_period(settings, periods, ex.data_range(dates)[0])
    period = periods.index_of(dates)
    period = np.where((period >= 0) & periods.pre[np.maximum(period, 0)], period, -1)
    union, ring = ex.treated_buffer(treated, settings.buffer_width)
    chosen = ex.choose_controls(settings, union, ring, candidates, controls, x, y, period,
                                periods)
    areas = ex.StudyAreas(treated, ring, chosen, settings.buffer_width)
    counts = ex.count_panel(areas.locate(x, y), period, len(areas.unit_ids),
                            periods.n)[:, periods.pre]
    group = areas.unit_group
    return counts[group == ex.TREATED].sum(axis=0), counts[group == ex.CONTROL].sum(axis=0), \
        areas


def history_dispersion(weekly_treated, weekly_control) -> float:
    """Overdispersion of the treated areas' share of the weekly counts: Pearson chi2 / df of
    the independence fit of the 2 x weeks table (the two-way fixed-effects Poisson model
    without treatment, whose fit is closed-form).

    Examples
    --------
    >>> history_dispersion([5, 5, 5, 5], [50, 50, 50, 50])
    0.0
    """
    table = np.vstack([weekly_treated, weekly_control]).astype(float)
    table = table[:, table.sum(axis=0) > 0]
    if table.shape[1] < 2 or (table.sum(axis=1) <= 0).any():
        return 1.0
    expected = np.outer(table.sum(axis=1), table.sum(axis=0)) / table.sum()
    chi2 = ((table - expected) ** 2 / expected).sum()
    return float(chi2 / (table.shape[1] - 1))
