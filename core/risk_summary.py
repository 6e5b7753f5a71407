"""What a risk forecast's validation means for the user, in a few numbers and sentences.

The risk report shows every validation number; the dock, ``qgis_process`` and the modeler
need the verdict only: did the chosen model beat the simple baselines (Predictive Accuracy
Index at 5% of the area, the measure the report leads with), and in which validation
periods did it do no better than chance (PAI below 1)? The sentences are the warnings the
algorithm logs and returns.
"""

from dataclasses import dataclass, field
from typing import List, Optional, Tuple

from .i18n import number, translate

MODELS = ("glm", "boost")
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
                 if method not in MODELS}
    baselines = {method: pai for method, pai in baselines.items() if pai is not None}
    best = max(baselines, key=baselines.get) if baselines else None
    return ValidationVerdict(
        model_label=labels.get(result.model, result.model), model_pai=model_pai,
        baseline_label=labels.get(best, best) if best else None,
        baseline_pai=baselines.get(best), weak_periods=_weak_periods(result))


def _mean_pai(summary, method) -> Optional[float]:
    if PAI_COLUMN not in summary or method not in summary.index:
        return None
    value = summary.loc[method, PAI_COLUMN]
    return None if value != value else float(value)  # NaN: no incidents to validate on


def _weak_periods(result) -> List[Tuple[str, float]]:
    validation = result.validation
    if PAI_COLUMN not in validation:
        return []
    rows = validation[(validation["method"] == result.model)
                      & (validation[PAI_COLUMN] < CHANCE_PAI)]
    return [(str(row.target), float(getattr(row, PAI_COLUMN))) for row in rows.itertuples()]
