"""Area monitor core: the index, its classes, empirical-Bayes rates and bivariate classes
against hand computations with pandas (and esda, where installed)."""

import numpy as np
import pandas as pd
import pytest

from wijkradar.core import area_monitor as am
from wijkradar.core.area_monitor import Indicator


def small_table():
    """Ten areas, three indicators; area 'h' misses its safety score."""
    return pd.DataFrame({
        "code": list("abcdefghij"),
        "income": [24.0, 31.5, 28.0, 35.2, 22.1, 30.0, 26.4, 33.3, 29.9, 27.7],
        "arrears": [5.1, 2.0, 3.3, 1.2, 6.8, 2.5, 4.0, 1.9, 2.2, 3.0],
        "safety": [6.1, 7.3, 6.8, 7.6, 5.9, 7.0, 6.5, np.nan, 7.1, 6.6],
    }).set_index("code")


SPEC = "income:+:1:income; arrears:-:1:income; safety:+:2:safety"


def by_hand_zscores(table):
    """Written out: z = direction * (x - mean) / sd (ddof=1), weighted mean over what an
    area has, min-max score, quintile = 1 + floor(5 * lower / n), rank 1 = weakest."""
    z_income = (table.income - table.income.mean()) / table.income.std()
    z_arrears = -(table.arrears - table.arrears.mean()) / table.arrears.std()
    z_safety = (table.safety - table.safety.mean()) / table.safety.std()
    weights = {"income": 1.0, "arrears": 1.0, "safety": 2.0}
    numerator = z_income * 1 + z_arrears * 1 + z_safety.fillna(0) * 2
    denominator = 4 - 2 * table.safety.isna()
    composite = numerator / denominator
    score = 100 * (composite - composite.min()) / (composite.max() - composite.min())
    lower = score.apply(lambda s: (score < s).sum())
    classes = 1 + np.floor(5 * lower / len(score))
    rank = score.rank(method="min")
    income_sub = (z_income + z_arrears) / 2
    return composite, score, classes, rank, income_sub, z_safety, weights


def test_zscore_index_score_classes_and_rank_match_a_hand_computation():
    table = small_table()
    result = am.composite_index(table, am.parse_spec(SPEC), method="zscore")
    composite, score, classes, rank, income_sub, z_safety, _ = by_hand_zscores(table)
    out = result.table
    np.testing.assert_allclose(out.composite, composite, rtol=1e-12)
    np.testing.assert_allclose(out.score, score, rtol=1e-12)
    assert out.score.min() == 0 and out.score.max() == 100
    assert out.monitor_class.tolist() == classes.astype(int).tolist()
    assert sorted(out.monitor_class.value_counts().tolist()) == [2, 2, 2, 2, 2]
    assert out.monitor_rank.tolist() == rank.astype(int).tolist()
    weakest = out.score.idxmin()
    assert out.loc[weakest, "monitor_rank"] == 1
    assert out.loc[weakest, "class_nl"] == "zeer zwak"
    assert out.loc[weakest, "class_en"] == "very weak"
    assert out.loc[out.score.idxmax(), "class_nl"] == "zeer sterk"
    np.testing.assert_allclose(out.sub_income, income_sub, rtol=1e-12)
    np.testing.assert_allclose(out.sub_safety, z_safety, rtol=1e-12)
    np.testing.assert_allclose(out.score_income,
                               100 * (income_sub - income_sub.min())
                               / (income_sub.max() - income_sub.min()), rtol=1e-12)
    assert out.loc["h", "n_indicators"] == 2
    assert out.loc["h", "coverage_pct"] == pytest.approx(50.0)
    assert np.isnan(out.loc["h", "sub_safety"])
    assert result.missing == {"safety": 1}
    assert list(out.columns) == am.index_column_names(["income", "safety"])


def test_percentile_index_matches_a_hand_computation():
    table = small_table()
    result = am.composite_index(table, am.parse_spec(SPEC), method="percentile")

    def pct(series):
        return 100 * (series.rank() - 0.5) / series.count()

    p = pct(table.income) + pct(-table.arrears) + 2 * pct(table.safety).fillna(0)
    composite = p / (4 - 2 * table.safety.isna())
    np.testing.assert_allclose(result.table.composite, composite, rtol=1e-12)
    # reversing a direction mirrors the percentile: p(-x) = 100 - p(x)
    np.testing.assert_allclose(pct(-table.arrears), 100 - pct(table.arrears))


def test_refuse_policy_names_the_area_and_the_indicator():
    with pytest.raises(ValueError, match=r"safety: 1.*1 area\(s\): h"):
        am.composite_index(small_table(), am.parse_spec(SPEC), missing="refuse")


def test_areas_below_the_minimum_coverage_get_no_index():
    table = small_table()
    table.loc["c", ["income", "arrears"]] = np.nan  # keeps only safety: 2 of 4 weight
    table.loc["d", ["safety", "arrears"]] = np.nan  # keeps only income: 1 of 4
    out = am.composite_index(table, am.parse_spec(SPEC), min_coverage=0.5).table
    assert not np.isnan(out.loc["c", "composite"])
    assert np.isnan(out.loc["d", "composite"])
    assert pd.isna(out.loc["d", "monitor_class"]) and pd.isna(out.loc["d", "class_nl"])
    assert pd.isna(out.loc["d", "monitor_rank"])
    # the other nine areas share the five classes: 1 + floor(5 * lower / 9)
    assert out.monitor_class.dropna().value_counts().sort_index().tolist() == [2, 2, 2, 2, 1]


def test_a_constant_indicator_is_dropped_and_reported():
    table = small_table().assign(constant=4.0)
    spec = am.parse_spec(SPEC + "; constant:+:5")
    result = am.composite_index(table, spec)
    assert result.dropped == {"constant": "constant"}
    assert [i.field for i in result.used] == ["income", "arrears", "safety"]
    reference = am.composite_index(small_table(), am.parse_spec(SPEC))
    np.testing.assert_allclose(result.table.composite, reference.table.composite)
    with pytest.raises(ValueError, match="No indicator varies"):
        am.composite_index(table, [Indicator("constant", 1)])


def test_spec_parsing_defaults_and_errors():
    parsed = am.parse_spec("a:+\n b : - : 2.5 : Income ;;")
    assert parsed == [Indicator("a", 1, 1.0, ""), Indicator("b", -1, 2.5, "income")]
    assert am.parse_spec(am.format_spec(parsed)) == parsed
    assert [i.field for i in am.parse_spec(am.DEFAULT_SPEC)] == [
        "gemiddeld_inkomen_per_inwoner", "percentage_huishoudens_met_laag_inkomen",
        "percentage_huishoudens_onder_of_rond_sociaal_minimum", "netto_arbeidsparticipatie"]
    for text, message in (("a", "Cannot read"), ("a:up", "direction"), ("a:+:0", "above 0"),
                          ("a:+:x", "not a number"), ("a:+:1:9x", "domain"),
                          ("a:+; a:-", "twice")):
        with pytest.raises(ValueError, match=message):
            am.parse_spec(text)


def test_selected_fields_need_a_direction():
    spec = am.parse_spec("a:+; b:-")
    assert [i.field for i in am.select_indicators(spec, ["b"])] == ["b"]
    assert am.select_indicators(spec, []) == spec
    with pytest.raises(ValueError, match="No direction for the indicator.*c"):
        am.select_indicators(spec, ["a", "c"])


def test_non_numeric_or_absent_indicators_are_refused():
    table = small_table().assign(text=["x"] * 10)
    with pytest.raises(ValueError, match="not numbers"):
        am.composite_index(table, [Indicator("text", 1)])
    with pytest.raises(ValueError, match="not in the layer"):
        am.composite_index(table, [Indicator("absent", 1)])


def test_equal_count_classes_share_a_class_on_ties():
    classes = am.equal_count_classes([1, 2, 2, 2, 5, np.nan], 3)
    assert classes.tolist()[:5] == [1, 1, 1, 1, 3]
    assert pd.isna(classes.iloc[5])


# --------------------------------------------------------------------------- rates


def test_empirical_bayes_matches_a_hand_computation():
    counts = pd.Series([12, 0, 3, 40, 7, 1, 25], dtype=float)
    population = pd.Series([2500, 80, 300, 6000, 1200, 14, 4100], dtype=float)
    result = am.empirical_bayes_rates(counts, population)
    raw = counts / population
    b = counts.sum() / population.sum()
    s2 = (population * (raw - b) ** 2).sum() / population.sum()
    a = s2 - b / population.mean()
    assert a > 0
    expected = b + a / (a + b / population) * (raw - b)
    np.testing.assert_allclose(result.table.rate_eb, 1000 * expected, rtol=1e-12)
    np.testing.assert_allclose(result.table.rate_raw, 1000 * raw, rtol=1e-12)
    assert result.global_rate == pytest.approx(b)
    # the area of 14 inhabitants with 1 incident has the highest raw rate, not smoothed
    assert result.table.rate_raw.idxmax() == 5
    assert result.table.rate_eb.idxmax() != 5
    assert abs(result.table.rate_eb[5] - 1000 * b) < abs(result.table.rate_raw[5] - 1000 * b)


def test_empirical_bayes_agrees_with_esda():
    smoothing = pytest.importorskip("esda.smoothing")
    rng = np.random.default_rng(5)
    population = rng.integers(50, 8000, 60).astype(float)
    counts = rng.poisson(population * rng.gamma(4, 0.01 / 4, 60)).astype(float)
    ours = am.empirical_bayes_rates(counts, population, per=1.0)
    assert ours.between_variance > 0
    theirs = smoothing.Empirical_Bayes(counts, population).r.ravel()
    np.testing.assert_allclose(ours.table.rate_eb, theirs, rtol=1e-10)


def test_zero_and_missing_population_get_no_rate_and_no_part_in_the_estimate():
    counts = pd.Series([10, 4, 0, 30, 9], dtype=float)
    population = pd.Series([1000, 0, np.nan, 3000, 800])
    result = am.empirical_bayes_rates(counts, population)
    assert result.table.no_population.tolist() == [False, True, True, False, False]
    assert result.table.rate_eb.isna().tolist() == [False, True, True, False, False]
    assert result.n_areas == 3
    alone = am.empirical_bayes_rates(counts[[0, 3, 4]], population[[0, 3, 4]])
    np.testing.assert_allclose(result.table.rate_eb.dropna(), alone.table.rate_eb)
    with pytest.raises(ValueError, match="No area has a population"):
        am.empirical_bayes_rates([1, 2], [0, np.nan])
    with pytest.raises(ValueError, match="negative"):
        am.empirical_bayes_rates([1, 2], [10, -5])


def test_no_extra_variation_shrinks_every_rate_to_the_overall_rate():
    population = pd.Series([1000.0, 2000.0, 4000.0])
    counts = population * 0.01  # exactly the same rate everywhere: a = 0
    result = am.empirical_bayes_rates(counts, population)
    assert result.between_variance == 0
    np.testing.assert_allclose(result.table.rate_eb, 10.0)
    zero = am.empirical_bayes_rates([0.0, 0.0], [100.0, 200.0])
    assert zero.table.rate_eb.tolist() == [0.0, 0.0]


# --------------------------------------------------------------------------- bivariate


def test_bivariate_classes_terciles_focus_and_rank():
    vulnerability = pd.Series([0.1, 0.5, 0.9, 0.2, 0.6, 1.0, 0.3, 0.7, 0.95, np.nan])
    crime = pd.Series([1.0, 2.0, 9.0, 3.0, 5.0, 8.0, 4.0, 6.0, 7.0, 5.0])
    out = am.bivariate_classes(vulnerability, crime)
    assert out.vuln_tercile.tolist()[:9] == [1, 2, 3, 1, 2, 3, 1, 2, 3]
    # crime 4 has three lower values of ten: 1 + floor(3 * 3 / 10) = 1
    assert out.crime_tercile.tolist() == [1, 1, 3, 1, 2, 3, 1, 2, 3, 2]
    assert out.bivariate.tolist()[:9] == ["A1", "B1", "C3", "A1", "B2", "C3", "A1", "B2",
                                         "C3"]
    assert pd.isna(out.bivariate.iloc[9])
    assert out.focus.tolist() == [False, False, True, False, False, True, False, False, True,
                                  False]
    assert out.focus_rank.tolist()[2] == 1 and out.focus_rank.tolist()[5] == 2
    assert out.focus_rank.tolist()[8] == 3 and pd.isna(out.focus_rank.iloc[0])
    assert set(out.bivariate.dropna()) <= set(am.BIVARIATE_CODES)
    assert am.BIVARIATE_CODES[-1] == am.FOCUS_CLASS


# -- CBS fields and sentinels ------------------------------------------------------------------

def test_cbs_sentinels_never_enter_the_index():
    """A -99999999 (CBS: secret or unknown) is a missing value: the index is the one of the
    table with NaN there, and the count is reported."""
    table = small_table()
    coded = table.copy()
    coded.loc["b", "income"] = -99999999.0
    coded.loc["e", "arrears"] = -99999997.0
    missing = table.copy()
    missing.loc["b", "income"] = np.nan
    missing.loc["e", "arrears"] = np.nan
    with_codes = am.composite_index(coded, am.parse_spec(SPEC))
    with_nan = am.composite_index(missing, am.parse_spec(SPEC))
    pd.testing.assert_frame_equal(with_codes.table, with_nan.table)
    assert with_codes.sentinels == {"income": 1, "arrears": 1}
    assert with_codes.missing == {"income": 1, "arrears": 1, "safety": 1}


def test_a_cbs_sentinel_population_gets_no_rate():
    counts = pd.Series([12.0, 3.0, 40.0])
    coded = am.empirical_bayes_rates(counts, pd.Series([2400.0, -99999999.0, 5100.0]))
    missing = am.empirical_bayes_rates(counts, pd.Series([2400.0, np.nan, 5100.0]))
    pd.testing.assert_frame_equal(coded.table.drop(columns="population"),
                                  missing.table.drop(columns="population"))
    assert np.isnan(coded.table.loc[1, "rate_raw"])


def test_ready_cbs_specifications_take_what_the_layer_has():
    fields = ["buurtcode", "gemiddeld_inkomen_per_inwoner",
              "percentage_huishoudens_onder_of_rond_sociaal_minimum",
              "bijstand_per_1000_inwoners", "misdrijven_per_1000", "lbm"]
    used, lacking = am.ready_spec("cbs", fields)
    assert am.format_spec(used) == (
        "gemiddeld_inkomen_per_inwoner:+:1:income; "
        "percentage_huishoudens_onder_of_rond_sociaal_minimum:-:1:income; "
        "bijstand_per_1000_inwoners:-:1:income")
    assert lacking == ["bevolkingsdichtheid_inwoners_per_km2"]
    everything, _ = am.ready_spec("cbs_crime_lbm", fields)
    assert [i.field for i in everything][-2:] == ["misdrijven_per_1000", "lbm"]
    assert everything[-2].direction == -1 and everything[-1].direction == 1
    with pytest.raises(ValueError, match="none of the fields of the ready CBS"):
        am.ready_spec("cbs", ["income", "arrears"])
