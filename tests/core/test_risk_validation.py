"""core.risk_validation: the output is chosen by its PAI at the patrol coverage, baselines
and a blend compete with the models, and the blend's weight never sees its test period."""

import numpy as np
import pandas as pd
import pytest

from wijkradar.core import forecast_eval, risk, risk_validation
from wijkradar.core.risk_summary import comparison_line
from wijkradar.core.risk_validation import FoldScores


def summary_of(**methods):
    """A summary table: method -> (PAI at 5%, deviance)."""
    return pd.DataFrame({"method": list(methods),
                         "pai_5": [v[0] for v in methods.values()],
                         "deviance": [v[1] for v in methods.values()]})


def test_the_highest_pai_wins_and_the_deviance_only_breaks_near_ties():
    summary = summary_of(glm=(6.1, 0.80), boost=(6.0, 0.70), window_12=(6.3, 0.90))
    assert risk_validation.choose(summary, ["glm", "boost", "window_12"], ["window_12"],
                                  "5") == "window_12"
    # 6.30 and 6.29 tie within 0.5%: the lower deviance decides ...
    summary = summary_of(glm=(6.29, 0.80), blend=(6.30, 0.85), history=(6.0, 0.9))
    assert risk_validation.choose(summary, ["glm", "blend", "history"], ["history"],
                                  "5") == "glm"
    # ... but never for a candidate below the best baseline, however small the gap.
    summary = summary_of(glm=(6.299, 0.10), window_12=(6.30, 0.90))
    assert risk_validation.choose(summary, ["glm", "window_12"], ["window_12"],
                                  "5") == "window_12"


def test_without_incidents_to_validate_on_the_deviance_decides():
    summary = summary_of(glm=(np.nan, 0.8), history=(np.nan, 0.9))
    assert risk_validation.choose(summary, ["glm", "history"], ["history"], "5") == "glm"


def test_coverage_keys_name_the_columns():
    assert risk_validation.level_key(0.05) == "5"
    assert risk_validation.level_key(0.025) == "2.5"
    assert risk_validation.coverages_for(0.03) == [0.01, 0.03, 0.05, 0.1, 0.2]


def fold(number, actual, model, baseline):
    return FoldScores(number, f"o{number}", f"t{number}", np.asarray(actual),
                      {"glm": np.asarray(model, float), "history": np.asarray(baseline, float)})


def test_a_blend_weight_is_chosen_on_the_other_periods_only():
    """Fold 1 alone would want the model (weight 0.9); folds 2 and 3 want the baseline
    (0.1). Fold 1's blend must use the weight the other folds chose."""
    area = np.ones(20)
    model = np.linspace(2.0, 0.1, 20)  # ranks area 0 first
    baseline = model[::-1].copy()  # ranks area 19 first
    in_fold_1 = np.zeros(20, int)
    in_fold_1[0] = 5  # where the model points
    elsewhere = np.zeros(20, int)
    elsewhere[19] = 5  # where the baseline points
    folds = [fold(1, in_fold_1, model, baseline), fold(2, elsewhere, model, baseline),
             fold(3, elsewhere, model, baseline)]
    weights, final = risk_validation.blend_folds(folds, "glm", "history", area, 0.05)
    # Fold 1's weight comes from folds 2 and 3, where every weight ranking area 19 first
    # (below 0.5) is as good; the lowest deviance among them, 0.1, is the one nearest the
    # baseline that is right there.
    assert weights[0] == 0.1
    assert weights[1] < 0.5 and weights[2] < 0.5  # two of their other folds want the baseline
    assert final < 0.5
    expected = weights[0] * model + (1 - weights[0]) * baseline
    assert np.allclose(folds[0].predicted["blend"], expected)
    # and fold 1's own best weight would have been the model's
    assert risk_validation.pick_weight(folds[:1], "glm", "history", area, 0.05) == 0.9


def test_one_validation_period_gives_no_blend():
    folds = [fold(1, [1, 0], [1.0, 0.5], [0.5, 1.0])]
    assert risk_validation.blend_folds(folds, "glm", "history", np.ones(2), 0.05) == ([], None)
    assert "blend" not in folds[0].predicted


def test_pai_at_matches_forecast_eval():
    rng = np.random.default_rng(0)
    score, actual, area = rng.gamma(1, 1, 50), rng.poisson(1, 50), rng.uniform(1, 3, 50)
    table = forecast_eval.evaluate(score, actual, area, [0.05], rank_by_density=True)
    assert risk_validation.pai_at(score, actual, area, 0.05) == pytest.approx(
        table["pai"].iloc[0])


class ReversedModel:
    """A model that ranks the areas upside down: the baselines must win against it."""

    name = "glm"

    def __init__(self, seed=0):
        self.seed = seed

    def fit(self, mat, y, w):
        self.real = risk.PoissonGlm(self.seed).fit(mat, y, w)
        self.mean, self.keep = self.real.mean, self.real.keep
        return self

    def predict(self, mat):
        return 50.0 / (1.0 + self.real.predict(mat)) ** 2

    def group_log_contributions(self, mat, groups):
        return self.real.group_log_contributions(mat, groups)

    def relative_risks(self, labels):
        return self.real.relative_risks(labels)


def stable_panel(seed=5, n_side=10, n_periods=36):
    rng = np.random.default_rng(seed)
    rate = rng.gamma(1.5, 1.0, n_side * n_side)
    return risk.Panel.from_counts(rng.poisson(rate[None, :], (n_periods, rate.size)),
                                  "month"), rate, n_side


def test_a_baseline_that_wins_validation_is_the_output(monkeypatch):
    monkeypatch.setitem(risk.MODEL_CLASSES, "glm", ReversedModel)
    monkeypatch.setitem(risk.MODEL_CLASSES, "boost", ReversedModel)
    panel, _, side = stable_panel()
    result = risk.forecast_risk(panel, neighbours=risk.grid_contiguity(side, side),
                                area=np.full(side * side, 1e4), n_folds=4)
    assert result.model in result.baselines
    assert result.model == result.best_baseline
    # the output is that baseline's forecast from the last period, as counts per period
    cum = np.vstack([np.zeros((1, panel.n_areas)), np.cumsum(panel.counts, axis=0)])
    end = panel.n_periods
    expected = {"previous": panel.counts[-1], "window_3": (cum[end] - cum[end - 3]) / 3,
                "window_12": (cum[end] - cum[end - 12]) / 12, "history": cum[end] / end}
    assert np.allclose(result.expected, expected[result.model])
    assert any("so the forecast is that baseline" in note for note in result.notes)
    line = comparison_line(result)
    assert "the best baseline" in line and "is used" in line
    assert result.low is not None and np.all(result.low <= result.high)


def test_the_chosen_output_is_never_below_the_best_baseline():
    for seed in range(3):
        panel, _, side = stable_panel(seed=seed, n_periods=30)
        result = risk.forecast_risk(panel, neighbours=risk.grid_contiguity(side, side),
                                    area=np.full(side * side, 1e4), coverage=0.1)
        summary = result.summary.set_index("method")["pai_10"]
        assert summary[result.model] >= summary[result.baselines].max()
        assert result.coverage_key == "10"


def test_a_model_forced_by_the_user_is_kept_and_compared():
    panel, _, side = stable_panel(seed=2, n_periods=30)
    result = risk.forecast_risk(panel, neighbours=risk.grid_contiguity(side, side),
                                model="glm", area=np.full(side * side, 1e4))
    assert result.model == "glm" and result.chosen_by == "user"
    assert "blend" not in set(result.summary["method"])
    assert comparison_line(result).startswith("PAI@5% ")


def test_a_coverage_outside_0_and_1_is_refused():
    panel, _, side = stable_panel(n_periods=20)
    with pytest.raises(ValueError, match="patrolled share"):
        risk.forecast_risk(panel, coverage=5)


def test_intervals_hold_about_80_percent_of_poisson_counts():
    rng = np.random.default_rng(1)
    mu = rng.gamma(2.0, 1.0, 5000)
    folds = [FoldScores(1, "o", "t", rng.poisson(mu), {"glm": mu})]
    dispersion = risk_validation.nb_dispersion(folds, "glm")
    assert dispersion < 0.05
    share = risk_validation.interval_coverage(folds, "glm", dispersion)
    assert 0.8 <= share <= 0.95  # discrete counts: at least the level
    # overdispersed counts get a wider interval and keep about the same share
    wide = rng.poisson(mu * rng.gamma(2.0, 0.5, mu.size))
    folds = [FoldScores(1, "o", "t", wide, {"glm": mu})]
    dispersion = risk_validation.nb_dispersion(folds, "glm")
    assert dispersion == pytest.approx(0.5, abs=0.1)
    assert 0.78 <= risk_validation.interval_coverage(folds, "glm", dispersion) <= 0.95


def test_bad_periods_name_where_the_chosen_fell_behind_a_baseline():
    validation = pd.DataFrame({
        "target": ["a", "a", "b", "b"], "method": ["blend", "history"] * 2,
        "pai_5": [5.0, 5.2, 3.0, 4.0]})
    assert risk_validation.bad_periods(validation, "blend", ["history"], "5") == [
        ("b", 3.0, "history", 4.0)]


def test_intervals_match_scipys_quantiles_of_the_negative_binomial():
    from scipy import stats

    mu = np.random.default_rng(2).gamma(0.7, 3.0, 3000)
    low, high = risk_validation.interval(mu, 0.4)
    size = 1 / 0.4
    p = size / (size + mu)
    exact_low, exact_high = stats.nbinom.ppf(0.1, size, p), stats.nbinom.ppf(0.9, size, p)
    # computed on the expected count to 3 significant digits: at most a step off, rarely
    assert np.mean(low == exact_low) > 0.99 and np.mean(high == exact_high) > 0.99
    assert np.abs(low - exact_low).max() <= 1 and np.abs(high - exact_high).max() <= 1


def test_the_comparison_is_with_the_baseline_of_the_highest_pai():
    panel, _, side = stable_panel(seed=4, n_periods=30)
    result = risk.forecast_risk(panel, neighbours=risk.grid_contiguity(side, side),
                                area=np.full(side * side, 1e4))
    pai = result.summary.set_index("method")["pai_5"]
    if result.model in result.baselines:
        assert result.best_baseline == result.model
    else:
        assert pai[result.best_baseline] == pai[result.baselines].max()
