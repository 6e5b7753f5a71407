"""core.risk_summary: the verdict of a risk forecast's validation, as the dock shows it."""

from types import SimpleNamespace

import numpy as np
import pandas as pd

from wijkradar.core import risk
from wijkradar.core.risk_summary import validation_verdict

LABELS = {"glm": "Poisson GLM", "boost": "Gradient boosting",
          "previous": "Baseline: last period's counts",
          "window": "Baseline: counts of the last 3 months"}


def result_of(pai_per_fold, model="glm"):
    """A forecast's result as core.risk shapes it, from PAI values per method and fold."""
    rows = [{"fold": fold + 1, "target": f"2024-{fold + 7:02d}", "method": method,
             "pai_5": pai} for method, values in pai_per_fold.items()
            for fold, pai in enumerate(values)]
    validation = pd.DataFrame(rows)
    summary = validation.groupby("method", sort=False)[["pai_5"]].mean().reset_index()
    return SimpleNamespace(model=model, method_labels=LABELS, validation=validation,
                           summary=summary)


def test_a_model_below_the_best_baseline_and_a_month_below_chance_are_named():
    # The new user's case: 8.37 against 8.60, one validation month at 0.95.
    result = result_of({"glm": [0.95, 12.0, 12.16], "boost": [5.0, 5.0, 5.0],
                        "previous": [8.0, 9.0, 8.8], "window": [1.0, 2.0, 3.0]})
    verdict = validation_verdict(result)
    assert round(verdict.model_pai, 2) == 8.37
    assert verdict.baseline_label == "Baseline: last period's counts"
    assert round(verdict.baseline_pai, 2) == 8.60
    assert verdict.beaten
    assert verdict.weak_periods == [("2024-07", 0.95)]
    beaten, weak = verdict.warnings()
    assert "did worse" in beaten and "8.37" in beaten and "8.60" in beaten
    assert "'Baseline: last period's counts'" in beaten and "The map uses the model" in beaten
    assert "1 of the validation periods" in weak and "2024-07 (0.95)" in weak


def test_a_model_that_beats_every_baseline_gives_no_warning():
    result = result_of({"boost": [4.0, 6.0], "glm": [1.0, 1.0], "previous": [3.0, 3.0]},
                       model="boost")
    verdict = validation_verdict(result)
    assert (verdict.model_label, verdict.model_pai, verdict.baseline_pai) == (
        "Gradient boosting", 5.0, 3.0)
    assert not verdict.beaten and verdict.weak_periods == [] and verdict.warnings() == []


def test_a_baseline_ahead_by_less_than_the_decimals_shown_is_not_called_better():
    # 9.114 against 9.106: both read 9.11, so 'worse' would contradict the numbers
    result = result_of({"glm": [9.106], "previous": [9.114]})
    assert not validation_verdict(result).beaten
    assert validation_verdict(result_of({"glm": [9.104], "previous": [9.116]})).beaten


def test_validation_without_incidents_has_no_pai_and_no_verdict():
    result = result_of({"glm": [np.nan], "previous": [np.nan]})
    verdict = validation_verdict(result)
    assert verdict.model_pai is None and verdict.baseline_pai is None
    assert not verdict.beaten and verdict.warnings() == []


def test_the_verdict_of_a_real_forecast_matches_its_validation_table():
    rng = np.random.default_rng(3)
    counts = rng.poisson(rng.gamma(1.0, 1.0, 100)[None, :], (30, 100))
    result = risk.forecast_risk(risk.Panel.from_counts(counts, "month"),
                                neighbours=risk.grid_contiguity(10, 10),
                                area=np.full(100, 1e4))
    verdict = validation_verdict(result)
    # independently: mean PAI per method over the folds, the best of the non-models
    means = result.validation.groupby("method")["pai_5"].mean()
    baselines = means.drop(["glm", "boost", "blend"], errors="ignore")
    assert verdict.model_pai == means[result.model]
    assert verdict.baseline_pai == baselines.max()
    assert verdict.baseline_label == result.method_labels[baselines.idxmax()]
    chosen = result.validation[result.validation["method"] == result.model]
    assert [label for label, _ in verdict.weak_periods] == list(
        chosen.loc[chosen["pai_5"] < 1, "target"])


def test_the_warnings_write_numbers_as_the_language_does():
    from wijkradar.core import i18n

    result = result_of({"glm": [0.95, 12.0, 12.16], "previous": [8.0, 9.0, 8.8]})
    i18n.set_number_format(",", ".")  # as a Dutch QGIS sets it
    try:
        beaten, weak = validation_verdict(result).warnings()
    finally:
        i18n.set_number_format()
    assert "8,37" in beaten and "8,60" in beaten and "2024-07 (0,95)" in weak
