"""core.drivers: drivers per area ranked by feature family and told as facts."""

import re

import numpy as np
import pytest

from wijkradar.core import drivers, i18n, risk

pytest.importorskip("sklearn")


def weekly_panel():
    """Four areas in a row over 30 weeks, incidents dated to the day (near-repeat counts).

    Area 0: 6 incidents in the last 13 weeks, 2 of them in the last 4 weeks; area 1: 12 in
    the last 4 weeks, 5 of them in the last 14 days; areas 2 and 3: one now and then."""
    last_monday = risk.period_start(risk.period_numbers(np.datetime64("2024-06-30"),
                                                        "week"), "week")
    end = last_monday + np.timedelta64(6, "D")  # Sunday 2024-06-30, the last day
    days_ago = {0: [1, 20, 40, 50, 60, 80, 150, 190],
                1: [0, 2, 4, 6, 9, 15, 16, 17, 18, 19, 20, 21, 100],
                2: [30, 120], 3: [200]}
    area = [a for a, ages in days_ago.items() for _ in ages]
    dates = [end - np.timedelta64(age, "D") for ages in days_ago.values() for age in ages]
    return risk.build_panel(np.array(area), np.array(dates, dtype="datetime64[D]"), 4,
                            "week", start=end - np.timedelta64(30 * 7 - 1, "D"), end=end)


def builder_for(panel, covariate=None):
    from scipy import sparse

    chain = sparse.diags([np.ones(3), np.ones(3)], [-1, 1]).tocsr()  # areas in a row
    static = [] if covariate is None else [risk.StaticColumn("arrears", "share of arrears",
                                                             covariate)]
    return risk.FeatureBuilder(panel, 1, (1, 4, 13), 0, chain, static,
                               area=np.array([1e4, 2e4, 1e4, 4e4]))


def test_features_fall_into_families_with_their_unknown_flags():
    panel = weekly_panel()
    builder = builder_for(panel, np.array([1.0, np.nan, 3.0, 4.0]))
    groups = dict(drivers.feature_groups(builder.features))
    assert list(groups) == ["own", "neighbours", "area", "static_arrears"]
    kinds = {name: {builder.features[j].kind for j in indices}
             for name, indices in groups.items()}
    assert kinds["own"] == {"own", "history", "recent_own"}
    assert kinds["neighbours"] == {"neighbours", "neighbours_history", "recent_neighbours"}
    assert [builder.features[j].name for j in groups["static_arrears"]] == [
        "static_arrears", "missing_arrears"]


def count(panel, area, weeks):
    """Independently: the area's incidents in the last ``weeks`` weeks."""
    return int(panel.counts[-weeks:, area].sum())


def test_facts_are_the_areas_counts_never_below_k_with_the_average_beside_them():
    panel = weekly_panel()
    builder = builder_for(panel)
    groups = drivers.feature_groups(builder.features)
    origin = panel.n_periods - 1
    mat = builder.origin_matrix(origin)
    # every family raises every area's count by x2, in the order of the groups
    contributions = np.tile(np.log([3.0, 2.5, 2.0]), (4, 1))
    texts = drivers.driver_texts(builder, origin, range(4), contributions, groups[:3], mat,
                                 mat.mean(axis=0), min_count=5)
    year = panel.counts[-30:].sum(axis=0)  # the comparison runs over the 30 weeks there are
    assert count(panel, 1, 4) == 12 and panel.recent[origin, 1] == 5
    ratio = i18n.short_number(year[1] / year.mean())
    assert texts[1][0] == f"5 incidents in the last 14 days; {ratio}x the average area over " \
        "the last 30 weeks"
    # area 0: 2 in the last 4 weeks (below k), 6 in the last 13
    assert count(panel, 0, 4) == 2 and count(panel, 0, 13) == 6
    assert texts[0][0].startswith("6 incidents in the last 13 weeks; ")
    # neighbours of area 0 (area 1 alone): 12 in the last 4 weeks... but 5 in 14 days first
    assert texts[0][1].startswith("5 incidents in the neighbouring areas in the last 14 days")
    # areas 2 and 3 never reach k: named without numbers
    assert texts[3][0] == "earlier incidents in the area"
    assert texts[3][2] == "large area (4 ha; average 2 ha)"


def test_only_families_that_raise_the_count_by_a_tenth_are_listed():
    panel = weekly_panel()
    builder = builder_for(panel)
    groups = drivers.feature_groups(builder.features)
    mat = builder.origin_matrix(panel.n_periods - 1)
    contributions = np.log([[1.05, 1.5, 1.2]] * 4)  # own, neighbours, area size
    texts = drivers.driver_texts(builder, panel.n_periods - 1, range(4), contributions,
                                 groups, mat, mat.mean(axis=0))
    assert [len(t) for t in texts] == [2, 2, 2, 2]
    # area 1's neighbours (areas 0 and 2) reach k = 5 only over 13 weeks
    assert count(panel, 0, 4) + count(panel, 2, 4) < 5
    together = count(panel, 0, 13) + count(panel, 2, 13)
    assert texts[1][0].startswith(f"{together} incidents in the neighbouring areas in the "
                                  "last 13 weeks")
    assert texts[1][1] == "large area (2 ha; average 2 ha)"


def test_a_glm_familys_contribution_is_its_counterfactual_ratio():
    """Independently: exp(family's sum of coef * z) is the prediction divided by the
    prediction with the family's features at their means."""
    panel, rate, covariate, side = stable_grid()
    builder = risk.FeatureBuilder(panel, 1, (1, 3, 12), 0, risk.grid_contiguity(side, side),
                                  [risk.StaticColumn("c", "covariate", covariate)])
    origins = np.repeat(np.arange(12, panel.n_periods - 1), rate.size)
    areas = np.tile(np.arange(rate.size), origins.size // rate.size)
    mat = builder.matrix(origins, areas)
    glm = risk.PoissonGlm().fit(mat, panel.counts[origins + 1, areas].astype(float),
                                np.ones(origins.size))
    groups = drivers.feature_groups(builder.features)
    now = builder.origin_matrix(panel.n_periods - 1)
    logs = glm.group_log_contributions(now, groups)
    for column, (_, indices) in enumerate(groups):
        changed = now.copy()
        changed[:, indices] = glm.mean[indices]
        np.testing.assert_allclose(logs[:, column],
                                   np.log(glm.predict(now) / glm.predict(changed)), atol=1e-6)


def stable_grid(seed=3):
    """A grid town with a stable latent rate: the own history predicts it best."""
    rng = np.random.default_rng(seed)
    side = 14
    rows, cols = np.divmod(np.arange(side * side), side)
    covariate = rng.normal(size=side * side)
    rate = 0.8 * np.exp(np.sin(rows / 3.0) + np.cos(cols / 4.0) + 0.3 * covariate)
    return (risk.Panel.from_counts(rng.poisson(rate[None, :], (48, rate.size)), "month"),
            rate, covariate, side)


@pytest.mark.parametrize("model", ["glm", "boost"])
def test_top_areas_get_their_own_checkable_facts_not_one_model_input(model):
    """The flaw that made every demo driver read 'incidents per week over the whole history':
    the weight of one of several correlated windows. Families give each top area the counts
    an officer can check, and those counts are the panel's."""
    panel, _, covariate, side = stable_grid()
    result = risk.forecast_risk(panel, neighbours=risk.grid_contiguity(side, side),
                                static=[risk.StaticColumn("c", "covariate", covariate)],
                                model=model)
    top = np.argsort(-result.expected)[:10]
    first = [result.drivers[a][0] for a in top]
    assert len(set(first)) >= 8, first
    months = {"the last month": 1, "the last 3 months": 3, "the last 12 months": 12}
    for area, text in zip(top, first):
        found = re.match(r"(\d+) incidents in (the neighbouring areas in )?(the last [\w ]+?)"
                         r"(;|$)", text)
        assert found, text
        counted = panel.counts[-months[found.group(3)]:]
        areas = queen_neighbours(area, side) if found.group(2) else [area]
        assert int(found.group(1)) == int(counted[:, areas].sum()) >= 5
    assert not any("whole history" in d or "(x" in d for a in top for d in result.drivers[a])


def queen_neighbours(area, side):
    row, col = divmod(int(area), side)
    return [r * side + c for r in range(row - 1, row + 2) for c in range(col - 1, col + 2)
            if 0 <= r < side and 0 <= c < side and (r, c) != (row, col)]


def test_numbers_in_drivers_follow_the_language():
    panel = weekly_panel()
    builder = builder_for(panel)
    groups = drivers.feature_groups(builder.features)
    mat = builder.origin_matrix(panel.n_periods - 1)
    i18n.set_number_format(",", ".")
    try:
        texts = drivers.driver_texts(builder, panel.n_periods - 1, [1], np.log([[3.0]]),
                                     groups[:1], mat[1:2], mat.mean(axis=0))
    finally:
        i18n.set_translator(None)
    assert re.search(r"; \d+,\dx the average", texts[0][0]), texts


def test_counts_older_than_a_year_are_told_since_the_first_day():
    counts = np.zeros((30, 2), dtype=int)
    counts[:12, 0] = [1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1]  # 7 incidents, all in the first year
    counts[:, 1] = 1
    panel = risk.Panel.from_counts(counts, "month", first=int(risk.period_numbers(
        np.datetime64("2022-01-15"), "month")))
    builder = risk.FeatureBuilder(panel, 1, (1, 3, 12))
    groups = drivers.feature_groups(builder.features)
    mat = builder.origin_matrix(29)
    texts = drivers.driver_texts(builder, 29, [0], np.log([[2.0]]), groups, mat[:1],
                                 mat.mean(axis=0))
    assert texts == [["7 incidents since 2022-01-01"]]
