"""Hit rate, PAI and PEI checked against hand calculations."""

import numpy as np
import pytest

from wijkradar.core import forecast_eval as fe


def at(table, coverage):
    return table.set_index(np.round(table["coverage"], 6)).loc[round(coverage, 6)]


def test_four_equal_areas_by_hand():
    # Scores rank areas A > B > C > D; later incidents 5, 0, 3, 2 (10 in all).
    table = fe.evaluate([4, 3, 2, 1], [5, 0, 3, 2], coverages=[0.25, 0.5, 0.75, 1.0])
    # 25% of the area = area A: 5 of 10 incidents -> hit rate 0.5, PAI 0.5 / 0.25 = 2.
    # Best possible with one area: also A (5) -> PEI 1.
    assert at(table, 0.25)["hit_rate"] == pytest.approx(0.5)
    assert at(table, 0.25)["pai"] == pytest.approx(2.0)
    assert at(table, 0.25)["pei"] == pytest.approx(1.0)
    # 50% = A + B: 5 / 10 -> PAI 1; best two areas hold 5 + 3 = 8 -> PEI 0.5 / 0.8 = 0.625.
    assert at(table, 0.5)["hit_rate"] == pytest.approx(0.5)
    assert at(table, 0.5)["pai"] == pytest.approx(1.0)
    assert at(table, 0.5)["pei"] == pytest.approx(0.625)
    # 75% = A + B + C: 8 / 10; best: 10 / 10 -> PEI 0.8; PAI 0.8 / 0.75.
    assert at(table, 0.75)["pei"] == pytest.approx(0.8)
    assert at(table, 0.75)["pai"] == pytest.approx(0.8 / 0.75)
    assert at(table, 1.0)["hit_rate"] == pytest.approx(1.0)
    assert at(table, 1.0)["pai"] == pytest.approx(1.0)
    assert at(table, 0.5)["hits"] == pytest.approx(5.0)


def test_coverage_inside_an_area_takes_a_fraction_of_it():
    # Area A is 1 km2 with 6 incidents, B is 3 km2 with 2; total 4 km2, 8 incidents.
    area = [1.0, 3.0]
    table = fe.evaluate([2, 1], [6, 2], area, coverages=[0.125, 0.25, 0.5])
    # 12.5% = half of A: 3 incidents of 8.
    assert at(table, 0.125)["hit_rate"] == pytest.approx(3 / 8)
    assert at(table, 0.125)["pai"] == pytest.approx(3.0)
    # 50% = A + a third of B: (6 + 2/3) / 8.
    assert at(table, 0.5)["hit_rate"] == pytest.approx((6 + 2 / 3) / 8)


def test_ranking_by_density_divides_by_area():
    # Counts 10 on 10 km2 and 4 on 1 km2: by score the big area comes first, by density the
    # small one. At 1/11 of the area the small one holds all of its 4 incidents.
    hits, area, score = [10, 4], [10.0, 1.0], [10.0, 4.0]
    by_score = fe.evaluate(score, hits, area, coverages=[1 / 11])
    by_density = fe.evaluate(score, hits, area, coverages=[1 / 11], rank_by_density=True)
    assert by_score["hit_rate"].iloc[0] == pytest.approx(1.0 / 14)
    assert by_density["hit_rate"].iloc[0] == pytest.approx(4.0 / 14)
    assert by_density["pei"].iloc[0] == pytest.approx(1.0)


def test_tied_scores_are_covered_together():
    # Two tied areas hold 4 and 0 incidents: whatever order, on average half of the block
    # is covered at 25% of four equal areas -> 2 of 8 incidents, not 4 or 0.
    table = fe.evaluate([1, 1, 0, 0], [4, 0, 3, 1], coverages=[0.25, 0.5, 0.75])
    assert at(table, 0.25)["hit_rate"] == pytest.approx(2 / 8)
    assert at(table, 0.5)["hit_rate"] == pytest.approx(4 / 8)
    assert at(table, 0.75)["hit_rate"] == pytest.approx(6 / 8)


def test_missing_scores_come_last():
    table = fe.evaluate([np.nan, 1.0, 0.0], [9, 1, 0], coverages=[1 / 3, 2 / 3])
    assert at(table, 1 / 3)["hit_rate"] == pytest.approx(0.1)
    assert at(table, 2 / 3)["hit_rate"] == pytest.approx(0.1)


def test_best_curve_is_never_beaten():
    rng = np.random.default_rng(3)
    hits = rng.poisson(2.0, 200)
    area = rng.uniform(0.5, 2.0, 200)
    best = fe.best_curve(hits, area)
    coverages = np.linspace(0.01, 1.0, 100)
    for _ in range(20):
        curve = fe.forecast_curve(rng.normal(size=200), hits, area)
        assert np.all(curve.hit_rate(coverages) <= best.hit_rate(coverages) + 1e-12)
    perfect = fe.evaluate(hits / area, hits, area, coverages=coverages)
    assert np.allclose(perfect["pei"], 1.0)


def test_curve_table_holds_the_whole_curve_and_flags_the_standard_levels():
    rng = np.random.default_rng(0)
    table = fe.curve_table(rng.uniform(size=50), rng.poisson(1.0, 50))
    assert len(table) == 100
    assert table["coverage"].iloc[-1] == pytest.approx(1.0)
    assert list(np.round(table.loc[table["standard"], "coverage"] * 100)) == [1, 5, 10, 20]
    assert np.all(np.diff(table["hit_rate"]) >= -1e-12)


def test_area_under_curve_of_chance_and_perfection():
    chance = fe.forecast_curve(np.zeros(10), np.ones(10))
    assert fe.area_under_curve(chance) == pytest.approx(0.5)
    one_hot = fe.forecast_curve(np.arange(100), np.r_[np.zeros(99), 5])
    assert fe.area_under_curve(one_hot) == pytest.approx(0.995)


def test_bad_input_is_refused_with_a_sentence():
    with pytest.raises(ValueError, match="No later incidents"):
        fe.evaluate([1, 2], [0, 0])
    with pytest.raises(ValueError, match="positive size"):
        fe.evaluate([1, 2], [1, 0], [1.0, 0.0])
    with pytest.raises(ValueError, match="one value per area"):
        fe.evaluate([1, 2, 3], [1, 0])
    with pytest.raises(ValueError, match="cannot be negative"):
        fe.evaluate([1, 2], [1, -1])
    with pytest.raises(ValueError, match="between 0 and 1"):
        fe.evaluate([1, 2], [1, 1], coverages=[1.5])


def test_mean_indices_averages_tables():
    one = fe.evaluate([2, 1], [1, 0], coverages=[0.5])
    two = fe.evaluate([1, 2], [1, 0], coverages=[0.5])
    mean = fe.mean_indices([one, two])
    assert mean["hit_rate"].iloc[0] == pytest.approx(0.5)
    assert mean["pai"].iloc[0] == pytest.approx(1.0)


def test_shared_table_blanks_what_gives_small_hits_back():
    # Areas A > B > C > D with 0, 5, 3, 2 later incidents: no hits in A (zero is shown),
    # then 5 x (coverage - 0.25) / 0.25 hits in B, fewer than k = 5 until B is covered.
    table = fe.evaluate([4, 3, 2, 1], [0, 5, 3, 2], coverages=[0.1, 0.3, 0.45, 0.5, 0.75])
    shared = fe.shared_table(table, 5)
    assert shared["onderdrukt"].tolist() == [False, True, True, False, False]
    hidden = shared[shared["onderdrukt"]]
    assert hidden[["hits", "hit_rate", "pai", "pei"]].isna().all().all()
    assert hidden["best_hit_rate"].notna().all()  # the best possible is no count of this map
    shown = shared[~shared["onderdrukt"]]
    assert shown["hit_rate"].tolist() == pytest.approx([0.0, 0.5, 0.8])
    assert table["hits"].tolist() == pytest.approx([0, 1, 4, 5, 8])  # the input is unchanged
