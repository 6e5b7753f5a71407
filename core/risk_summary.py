"""What a risk forecast's validation means for the user, in a few numbers and sentences.

The risk report shows every validation number; the dock, ``qgis_process`` and the modeler
need the verdict only: did the chosen output beat the simple baselines (Predictive Accuracy
Index at 5% of the area, the measure the report leads with), and in which validation
periods did it do no better than chance (PAI below 1)? The sentences are the warnings the
algorithm logs and returns; :func:`comparison_line` is the one line the dock and the report
show, at the coverage the user patrols.
"""

from dataclasses import dataclass, field
from typing import List, Optional, Tuple

from .baselines import is_baseline
from .i18n import number, translate

PAI_COLUMN = "pai_5"  # PAI at 5% of the area: the report's headline measure
CHANCE_PAI = 1.0  # a PAI of 1 is what a random choice of areas scores
PAI_DECIMALS = 2  # as the report and the warnings show a PAI


@dataclass
class ValidationVerdict:
    """The chosen model against the best baseline, and its weak validation periods.

    Examples
    --------
    >>> verdict = ValidationVerdict("Poisson GLM", 8.37, "Baseline: last period's counts",
    ...                             8.60, [("2024-07", 0.95)])
    >>> verdict.beaten
    True
    """

    model_label: str
    model_pai: Optional[float]
    baseline_label: Optional[str]
    baseline_pai: Optional[float]
    weak_periods: List[Tuple[str, float]] = field(default_factory=list)

    @property
    def beaten(self) -> bool:
        """Whether the best baseline scored a higher PAI than the model in validation, by
        enough to show in the two decimals the user reads."""
        return (self.model_pai is not None and self.baseline_pai is not None
                and round(self.baseline_pai, PAI_DECIMALS) > round(self.model_pai,
                                                                   PAI_DECIMALS))

    def warnings(self) -> List[str]:
        """Sentences for the user: what went wrong in validation and what to consider."""
        found = []
        if self.beaten:
            found.append(translate(
                "RiskSummary", "The model ({}) did worse in validation than the simple "
                "baseline '{}' (PAI at 5% of the area {} against {}). The map uses the "
                "model; consider the baseline's ranking, a longer history or another "
                "period.").format(self.model_label, self.baseline_label,
                                  number(self.model_pai, PAI_DECIMALS),
                                  number(self.baseline_pai, PAI_DECIMALS)))
        if self.weak_periods:
            periods = ", ".join(f"{label} ({number(pai, PAI_DECIMALS)})"
                                for label, pai in self.weak_periods)
            found.append(translate(
                "RiskSummary", "In {} of the validation periods the model was no better than "
                "chance (PAI below 1): {}.").format(len(self.weak_periods), periods))
        return found


def validation_verdict(result) -> ValidationVerdict:
    """The verdict on a :class:`wijkradar.core.risk.RiskResult`.

    The best baseline is the one with the highest mean PAI at 5% of the area over the
    validation periods (the report's comparison); weak periods are the validation targets
    in which the chosen model's PAI was below 1.
    """
    labels = result.method_labels
    summary = result.summary.set_index("method")
    model_pai = _mean_pai(summary, result.model)
    baselines = {method: _mean_pai(summary, method) for method in summary.index
                 if is_baseline(method)}
    baselines = {method: pai for method, pai in baselines.items() if pai is not None}
    best = max(baselines, key=baselines.get) if baselines else None
    return ValidationVerdict(
        model_label=labels.get(result.model, result.model), model_pai=model_pai,
        baseline_label=labels.get(best, best) if best else None,
        baseline_pai=baselines.get(best), weak_periods=_weak_periods(result))


def comparison_line(result) -> str:
    """'PAI@5% 6.30 vs 6.10 for the best baseline (counts of the last 12 months)': the
    chosen output against the best baseline at the coverage the user patrols, over the
    validation periods; empty when validation had no incidents."""
    key = result.coverage_key
    column = f"pai_{key}"
    summary = result.summary.set_index("method")
    chosen = _mean_pai(summary, result.model, column)
    best = result.best_baseline
    baseline = _mean_pai(summary, best, column) if best else None
    if chosen is None or baseline is None:
        return ""
    name = result.short_labels.get(best, result.method_labels.get(best, best))
    if result.model == best:
        return translate("RiskSummary", "PAI@{}% {}: the best baseline ({}) is used, as no "
                         "model ranked the areas better in validation.").format(
            number(float(key), 1 if "." in key else 0), number(chosen, PAI_DECIMALS), name)
    return translate("RiskSummary", "PAI@{}% {} vs {} for the best baseline ({}).").format(
        number(float(key), 1 if "." in key else 0), number(chosen, PAI_DECIMALS),
        number(baseline, PAI_DECIMALS), name)


def bad_period_warnings(result) -> List[str]:
    """One sentence per validation period in which the chosen output did clearly worse
    than the best baseline of that period."""
    labels = result.method_labels
    return [translate("RiskSummary", "In {} the chosen method ({}) did badly: PAI {} against "
                      "{} for {}.").format(period, result.chosen_label,
                                           number(pai, PAI_DECIMALS), number(other, PAI_DECIMALS),
                                           labels.get(baseline, baseline))
            for period, pai, baseline, other in getattr(result, "bad_periods", [])]


def _mean_pai(summary, method, column: str = PAI_COLUMN) -> Optional[float]:
    if column not in summary or method not in summary.index:
        return None
    value = summary.loc[method, column]
    return None if value != value else float(value)  # NaN: no incidents to validate on


def _weak_periods(result) -> List[Tuple[str, float]]:
    validation = result.validation
    if PAI_COLUMN not in validation:
        return []
    rows = validation[(validation["method"] == result.model)
                      & (validation[PAI_COLUMN] < CHANCE_PAI)]
    return [(str(row.target), float(getattr(row, PAI_COLUMN))) for row in rows.itertuples()]
