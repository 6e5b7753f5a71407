"""core.risk: periods, panel, contiguity, features, rolling-origin folds, models, scores."""

import numpy as np
import pytest
import shapely
from scipy.stats import spearmanr

from wijkradar.core import risk

D = np.datetime64


# --------------------------------------------------------------------------- periods


def test_period_numbers_labels_and_ends():
    dates = np.array(["2019-12-30", "2020-01-05", "2020-03-31", "2024-12-31"],
                     dtype="datetime64[D]")
    weeks = risk.period_numbers(dates, "week")
    assert weeks[0] == weeks[1]  # Monday 2019-12-30 to Sunday 2020-01-05: ISO week 2020-W01
    assert risk.period_label(int(weeks[0]), "week") == "2020-W01"
    months = risk.period_numbers(dates, "month")
    assert [risk.period_label(int(m), "month") for m in months] == [
        "2019-12", "2020-01", "2020-03", "2024-12"]
    quarter = int(risk.period_numbers(dates[2:3], "quarter")[0])
    assert risk.period_label(quarter, "quarter") == "2020-Q1"
    assert risk.period_end(quarter, "quarter") == D("2020-03-31")
    assert risk.period_start(int(months[1]), "month") == D("2020-01-01")
    assert risk.period_label(int(risk.period_numbers(dates[3:], "year")[0]), "year") == "2024"
    with pytest.raises(ValueError, match="must be one of"):
        risk.period_numbers(dates, "day")


# --------------------------------------------------------------------------- panel


def test_build_panel_counts_and_reports_what_it_leaves_out():
    area = np.array([0, 0, 1, 2, -1, 1, 0, 1])
    dates = np.array(["2024-01-03", "2024-01-30", "2024-02-10", "2024-03-31", "2024-02-01",
                      "NaT", "2023-12-31", "2024-04-02"], dtype="datetime64[D]")
    panel = risk.build_panel(area, dates, 3, "month", start=D("2024-01-01"),
                             end=D("2024-03-31"), recent_days=14)
    assert panel.counts.tolist() == [[2, 0, 0], [0, 1, 0], [0, 0, 1]]
    assert panel.dropped == {"outside": 1, "no_date": 1, "before": 1, "after": 1}
    assert panel.label(0) == "2024-01" and panel.n_periods == 3
    # Near-repeat: 2024-01-30 is within 14 days of 31 January, 2024-01-03 is not;
    # 2024-02-10 is 19 days before the end of February; 2024-03-31 is the last day.
    assert panel.recent.tolist() == [[1, 0, 0], [0, 0, 0], [0, 0, 1]]
    assert "1 outside every area" in risk.dropped_text(panel)


def test_near_repeat_counts_reach_into_the_next_period():
    # Weekly periods, 14 days: an incident counts for its own week and the next one.
    dates = np.array(["2024-01-01"], dtype="datetime64[D]")  # a Monday
    panel = risk.build_panel(np.array([0]), dates, 1, "week", end=D("2024-01-21"))
    assert panel.counts.ravel().tolist() == [1, 0, 0]
    assert panel.recent.ravel().tolist() == [1, 1, 0]


def test_build_panel_without_usable_incidents_says_why():
    with pytest.raises(ValueError, match="No incidents remain"):
        risk.build_panel(np.array([-1, -1]), np.array(["2024-01-01", "NaT"],
                                                       dtype="datetime64[D]"), 2)
    with pytest.raises(ValueError, match="No incidents remain"):
        risk.build_panel(np.array([0]), np.array(["2020-01-01"], dtype="datetime64[D]"), 1,
                         start=D("2021-01-01"), end=D("2021-12-31"))


# --------------------------------------------------------------------------- geometry


def squares(nrows, ncols, size=100.0, gap=0.0):
    return np.array([shapely.box(c * size, -r * size, (c + 1) * size - gap,
                                 -(r - 1) * size - gap)
                     for r in range(nrows) for c in range(ncols)], dtype=object)


def test_contiguity_of_polygons_matches_the_grid_queen_rule():
    from_polygons = risk.contiguity_matrix(squares(3, 4))
    from_grid = risk.grid_contiguity(3, 4)
    assert (from_polygons != from_grid).nnz == 0
    assert from_grid[5].nnz == 8  # an inner cell has 8 queen neighbours
    assert risk.grid_contiguity(3, 4, queen=False)[5].nnz == 4
    # Digitising gaps below the tolerance still make neighbours; wider ones do not.
    assert risk.contiguity_matrix(squares(1, 2, gap=0.3), tolerance=0.5).nnz == 2
    assert risk.contiguity_matrix(squares(1, 2, gap=2.0), tolerance=0.5).nnz == 0
    weights = risk.row_standardise(from_grid)
    assert np.allclose(np.asarray(weights.sum(axis=1)).ravel(), 1.0)


def test_points_find_their_area_and_context_counts_reach_out():
    areas = squares(1, 3)
    index = risk.locate_points(areas, [50, 150, 250, 999, 100], [50, 50, 50, 50, 50])
    assert index.tolist()[:4] == [0, 1, 2, -1]
    assert index[4] in (0, 1)  # on a shared edge: one area, never both
    counts = risk.context_counts(areas, [50, 320], [50, 50], distance=0)
    assert counts.tolist() == [1, 0, 0]
    assert risk.context_counts(areas, [50, 320], [50, 50], distance=30).tolist() == [1, 0, 1]


def test_duplicate_and_missing_ids_are_refused_with_examples():
    with pytest.raises(ValueError, match=r"not unique: 1 ids .* 5202AB \(2x\)"):
        risk.check_unique_ids(["5202AB", "5202AC", "5202AB"])
    with pytest.raises(ValueError, match="no id"):
        risk.check_unique_ids(["5202AB", None])
    risk.check_unique_ids(["a", "b"])


# --------------------------------------------------------------------------- features


def test_short_histories_drop_long_windows_or_are_refused():
    windows, seasonal, first, folds = risk.plan_features(60, 1, "month")
    assert (windows, seasonal, first, folds) == ([1, 3, 12], 12, 11, 6)
    windows, seasonal, first, folds = risk.plan_features(8, 1, "month")
    assert seasonal == 0 and max(windows) <= 3 and folds >= 1
    assert risk.plan_features(3, 1, "year")[:3] == ([1], 0, 0)
    with pytest.raises(ValueError, match="Too few periods to validate"):
        risk.plan_features(2, 1, "year")
    with pytest.raises(ValueError, match="at least 5 periods"):
        risk.plan_features(4, 2, "quarter")
    # A horizon beyond the seasonal lag would read after the origin: no seasonal feature.
    assert risk.plan_features(200, 60, "week")[1] == 0


def random_panel(n_periods=30, n_areas=40, seed=0):
    rng = np.random.default_rng(seed)
    counts = rng.poisson(rng.gamma(2.0, 0.5, n_areas)[None, :], (n_periods, n_areas))
    recent = rng.poisson(0.3, (n_periods, n_areas))
    return risk.Panel.from_counts(counts, "month", first=600, recent=recent)


@pytest.mark.parametrize("horizon", [1, 3])
def test_features_at_an_origin_never_read_later_periods(horizon):
    panel = random_panel()
    neighbours = risk.grid_contiguity(5, 8)
    windows, seasonal, first, _ = risk.plan_features(panel.n_periods, horizon, "month")
    origin = 20
    before = risk.FeatureBuilder(panel, horizon, windows, seasonal, neighbours).origin_matrix(
        origin)
    changed = risk.Panel.from_counts(panel.counts.copy(), "month", 600, panel.recent.copy())
    changed.counts[origin + 1:] = 99
    changed.recent[origin + 1:] = 77
    after = risk.FeatureBuilder(changed, horizon, windows, seasonal, neighbours).origin_matrix(
        origin)
    assert np.array_equal(before, after)


def test_rolling_origin_folds_train_only_on_known_targets():
    for horizon in (1, 2, 4):
        folds = risk.rolling_origin_folds(40, horizon, first_origin=11, n_folds=6)
        assert [f.origin for f in folds] == list(range(40 - horizon - 6, 40 - horizon))
        for fold in folds:
            # every training row's target (origin + horizon) is known at the fold's origin
            assert fold.train_origins.max() + horizon <= fold.origin
            assert fold.train_origins.min() == 11
            assert fold.target == fold.origin + horizon <= 39


def test_validation_never_uses_future_rows():
    """The first validation period's figures do not change when everything after it does."""
    panel = random_panel(n_periods=36, n_areas=40, seed=1)
    neighbours = risk.grid_contiguity(5, 8)
    kwargs = dict(neighbours=neighbours, model="glm", n_folds=3)
    result = risk.forecast_risk(panel, **kwargs)
    first = result.folds[0]
    future = risk.Panel.from_counts(panel.counts.copy(), "month", 600, panel.recent.copy())
    rng = np.random.default_rng(9)
    future.counts[first.target + 1:] = rng.poisson(5.0, future.counts[first.target + 1:].shape)
    future.recent[first.origin + 1:] = 50
    altered = risk.forecast_risk(future, **kwargs)
    one = result.validation[result.validation["fold"] == 1].set_index("method")
    two = altered.validation[altered.validation["fold"] == 1].set_index("method")
    assert one.loc["glm", "deviance"] == pytest.approx(two.loc["glm", "deviance"], rel=1e-9)
    assert one["pai_5"].to_dict() == pytest.approx(two["pai_5"].to_dict(), rel=1e-9)
    # ... while the last fold, which does see those periods, changes.
    last_one = result.validation[result.validation["fold"] == 3].set_index("method")
    last_two = altered.validation[altered.validation["fold"] == 3].set_index("method")
    assert last_one.loc["glm", "deviance"] != pytest.approx(last_two.loc["glm", "deviance"])


def test_sampled_rows_are_weighted_to_the_whole():
    panel = random_panel(n_periods=40, n_areas=500, seed=2)
    origins = np.arange(5, 30)
    t, i, y, w = risk.sample_rows(panel, origins, 1, 2000, np.random.default_rng(0))
    assert len(y) <= 2000
    assert np.all(np.isin(t, origins))
    assert np.array_equal(y, panel.counts[t + 1, i])
    total_rows = origins.size * 500
    assert w.sum() == pytest.approx(total_rows, rel=1e-9)
    targets = panel.counts[origins + 1]
    assert w[y > 0].sum() == pytest.approx((targets > 0).sum(), rel=1e-9)
    assert (y * w).sum() == pytest.approx(targets.sum(), rel=0.05)  # an unbiased estimate


# --------------------------------------------------------------------------- models


def synthetic(n_side=12, n_periods=48, seed=4):
    """A grid town whose rate grows with a covariate and a smooth latent field."""
    rng = np.random.default_rng(seed)
    n = n_side * n_side
    rows, cols = np.divmod(np.arange(n), n_side)
    smooth = np.sin(rows / 3.0) + np.cos(cols / 4.0)
    covariate = rng.normal(size=n)
    latent = 0.6 * smooth + 0.5 * covariate + rng.normal(0, 0.2, n)
    rate = 0.6 * np.exp(latent)
    counts = rng.poisson(rate[None, :], (n_periods, n))
    return risk.Panel.from_counts(counts, "month"), rate, covariate, n_side


def test_forecast_recovers_the_latent_rate_and_the_covariate_effect():
    panel, rate, covariate, side = synthetic()
    missing = covariate.copy()
    missing[::10] = np.nan  # NULL in some areas
    static = [risk.StaticColumn("cov", "covariate", missing),
              risk.StaticColumn("flat", "constant", np.ones(rate.size))]
    result = risk.forecast_risk(panel, neighbours=risk.grid_contiguity(side, side),
                                static=static, area=np.full(rate.size, 1e4))
    assert spearmanr(result.expected, rate).correlation > 0.9
    risks = result.relative_risks.set_index("feature")
    assert risks.loc["covariate", "relative_risk"] > 1.05
    assert "covariate unknown" in risks.index
    assert any("NULL in 15 areas" in note for note in result.notes)
    assert any("constant" in note and "area size" in note for note in result.notes)
    # On a stable latent rate the whole history is about as good as a model: any method may
    # win validation, but never one below the best baseline (risk_validation.choose).
    summary = result.summary.set_index("method")
    best_baseline = summary.loc[result.baselines, "pai_5"].max()
    assert summary.loc[result.model, "pai_5"] >= best_baseline
    assert result.target_label == risk.period_label(panel.first + panel.n_periods, "month")
    assert summary.loc[result.model, "pai_5"] > summary.loc["previous", "pai_5"]
    assert len(result.drivers) == rate.size
    top = int(np.argmax(result.expected))
    assert result.drivers[top] and "incidents" in result.drivers[top][0]


def test_score_table_ranks_percentiles_and_classes():
    expected = np.array([0.0, 1.0, 2.0, 4.0] + [0.5] * 16)
    table = risk.score_table(expected)
    assert table["risk_score"].tolist()[:4] == [0.0, 25.0, 50.0, 100.0]
    assert table["rank"].tolist()[:4] == [20, 3, 2, 1]
    assert table["percentile"].iloc[3] == 100.0
    assert table["risk_class"].tolist()[:4] == [1, 4, 5, 5]
    assert table["risk_class_name"].iloc[3] == "very high"


def test_poisson_deviance_is_zero_for_a_perfect_forecast():
    y = np.array([0, 1, 4])
    assert risk.poisson_deviance(y, y) == pytest.approx(0.0, abs=1e-6)
    assert risk.poisson_deviance(y, y + 1.0) > 0


