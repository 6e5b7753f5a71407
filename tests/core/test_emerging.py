"""Emerging hot spots (core/emerging.py): Mann-Kendall, space-time Gi*, FDR, the 17 patterns,
the default time step and bad input, each against an independent computation."""

import itertools

import numpy as np
import pytest
from scipy import sparse, stats

from wijkradar.core import emerging, emerging_patterns, i18n
from wijkradar.core.emerging import (
    Cube,
    StepPlan,
    build_cube,
    classify,
    confidence_bins,
    emerging_hotspots,
    mann_kendall,
    plan_steps,
    space_time_gi,
    step_boundaries,
)
from wijkradar.core.spatial_weights import SpatialWeights, grid_weights

# --------------------------------------------------------------------------- Mann-Kendall


def brute_force_mann_kendall(x):
    """S, Var(S) with ties, z with continuity correction: by the textbook, pair by pair."""
    n = len(x)
    s = sum(np.sign(x[j] - x[i]) for i in range(n) for j in range(i + 1, n))
    _, sizes = np.unique(x, return_counts=True)
    var = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in sizes)) / 18
    z = 0.0 if s == 0 else (s - np.sign(s)) / np.sqrt(var)
    return s, var, z


def test_mann_kendall_equals_brute_force_with_ties():
    rng = np.random.default_rng(7)
    counts = rng.poisson(1.5, size=(30, 40))  # many ties, as weekly counts have
    counts[:, 0] = 2  # one constant series
    result = mann_kendall(counts)
    for column in range(counts.shape[1]):
        s, var, z = brute_force_mann_kendall(counts[:, column])
        assert result.s[column] == s
        assert result.var[column] == pytest.approx(var, rel=1e-12)
        assert result.z[column] == pytest.approx(z, abs=1e-12)
    assert result.z[0] == 0.0 and result.p[0] == 1.0


def test_mann_kendall_agrees_with_scipy_kendall_tau():
    """Kendall's tau-b of the series against time is the same test: S = tau_b *
    sqrt(n0 (n0 - n_tied_pairs)), and scipy's asymptotic p-value is ours without the
    continuity correction."""
    rng = np.random.default_rng(3)
    series = rng.poisson(2.0, size=(25, 12)) + np.arange(25)[:, None] // 6
    result = mann_kendall(series)
    n = series.shape[0]
    n0 = n * (n - 1) / 2
    for column in range(series.shape[1]):
        x = series[:, column]
        tau = stats.kendalltau(np.arange(n), x, method="asymptotic")
        _, sizes = np.unique(x, return_counts=True)
        tied_pairs = (sizes * (sizes - 1) / 2).sum()
        assert result.s[column] == pytest.approx(tau.statistic * np.sqrt(n0 * (n0 - tied_pairs)))
        z_plain = result.s[column] / np.sqrt(result.var[column])
        assert 2 * stats.norm.sf(abs(z_plain)) == pytest.approx(tau.pvalue, rel=1e-9)


def test_mann_kendall_of_one_series_and_in_chunks(monkeypatch):
    x = np.array([5.0, 4.0, 4.0, 3.0, 1.0, 2.0, 0.0, 0.0, -1.0, -3.0])
    one = mann_kendall(x)
    assert np.ndim(one.z) == 0 and one.z < 0 and one.p < 0.01
    monkeypatch.setattr(emerging, "MK_CHUNK", 3)  # blocks of 3 columns give the same
    wide = np.random.default_rng(0).normal(size=(15, 10))
    assert np.array_equal(mann_kendall(wide).s, np.array([
        brute_force_mann_kendall(wide[:, c])[0] for c in range(10)]))


# --------------------------------------------------------------------------- Gi*


def random_neighbours(n, rng, density=0.35):
    upper = np.triu(rng.random((n, n)) < density, 1)
    return (upper | upper.T).astype(float)


def brute_force_gi(counts, neighbours, window):
    """Gi* with an explicit dense space-time weights matrix over all bins (Ord & Getis 1995,
    binary weights, the self included, the cube's mean and population sd)."""
    n_steps, n_loc = counts.shape
    x = counts.ravel().astype(float)  # bin (t, i) is t * n_loc + i
    n = x.size
    spatial = (neighbours != 0) | np.eye(n_loc, dtype=bool)
    weights = np.zeros((n, n))
    for t, s in itertools.product(range(n_steps), repeat=2):
        if t - window <= s <= t:
            weights[t * n_loc:(t + 1) * n_loc, s * n_loc:(s + 1) * n_loc] = spatial
    mean, sd = x.mean(), x.std()
    total = weights.sum(axis=1)
    squares = (weights ** 2).sum(axis=1)
    z = (weights @ x - mean * total) / (sd * np.sqrt((n * squares - total ** 2) / (n - 1)))
    return z.reshape(n_steps, n_loc)


@pytest.mark.parametrize("window", [0, 1, 3])
def test_space_time_gi_equals_dense_space_time_weights(window):
    rng = np.random.default_rng(11 + window)
    counts = rng.poisson(2.0, size=(7, 9))
    neighbours = random_neighbours(9, rng)
    expected = brute_force_gi(counts, neighbours, window)
    weights = SpatialWeights.from_sparse(sparse.csr_matrix(neighbours * 0.25)).transformed("R")
    for given in (neighbours, weights):  # any weights count as binary
        assert np.allclose(space_time_gi(counts, given, window), expected, atol=1e-10)


@pytest.mark.filterwarnings("ignore:The weights matrix is not fully connected")
def test_space_time_gi_one_step_equals_esda_g_local_star():
    esda = pytest.importorskip("esda")
    libpysal = pytest.importorskip("libpysal")
    rng = np.random.default_rng(5)
    y = rng.poisson(3.0, size=25).astype(float)
    neighbours = random_neighbours(25, rng, 0.2)
    neighbours[0, :] = neighbours[:, 0] = 0  # an island: only itself
    w = libpysal.weights.W({i: list(np.flatnonzero(neighbours[i])) for i in range(25)},
                           silence_warnings=True)
    g = esda.G_Local(y, w, transform="B", star=True, permutations=0)
    z = space_time_gi(y[None, :], neighbours, window=0)[0]
    assert np.allclose(z, g.Zs, atol=1e-10)


# --------------------------------------------------------------------------- FDR


def test_confidence_bins_follow_benjamini_hochberg_of_statsmodels():
    multitest = pytest.importorskip("statsmodels.stats.multitest")
    rng = np.random.default_rng(2)
    z = rng.normal(size=(6, 400))
    z[:, :30] += 3.5  # some real hot spots
    z[:, 30:45] -= 3.0
    bins = confidence_bins(z, fdr=True)
    p = emerging.p_values(z).ravel()
    for level, alpha in enumerate(emerging.LEVELS, start=1):
        reject = multitest.multipletests(p, alpha, method="fdr_bh")[0]
        assert np.array_equal(np.abs(bins.ravel()) >= level, reject)
    assert np.all(np.sign(bins) * np.sign(z) >= 0)
    plain = confidence_bins(z, fdr=False)
    assert np.array_equal(np.abs(plain.ravel()) >= 2, p <= 0.05)
    assert (np.abs(plain) >= 1).sum() > (np.abs(bins) >= 1).sum()


def test_fdr_from_the_small_p_values_only_equals_the_correction_over_all_bins():
    from wijkradar.core.hotspot_stats import adjust_p, hotspot_classes

    rng = np.random.default_rng(4)
    z = np.concatenate([rng.normal(3.2, 0.4, 60), rng.normal(0, 1.3, 6000)])
    expected = hotspot_classes(z, adjust_p(emerging.p_values(z), "fdr"))
    assert np.array_equal(confidence_bins(z.reshape(6, -1), fdr=True).ravel(), expected)
    assert not confidence_bins(np.full((3, 4), 0.3)).any()


# --------------------------------------------------------------------------- patterns

STEPS = 20  # 90% of 20 steps is 18
HOT, COLD, NOT = 3.0, -3.0, 0.0


def hot_at(*steps, base=NOT, value=HOT):
    z = np.full(STEPS, base)
    z[list(steps)] = value
    return z


def rising(start, stop):
    return np.linspace(start, stop, STEPS)


def alternating(a, b):
    return np.where(np.arange(STEPS) % 2, a, b)


# Each pattern with the z-score series that defines it (a bin is a hot spot at z >= 1.96).
PATTERN_SERIES = {
    "new_hot": hot_at(STEPS - 1),
    "consecutive_hot": hot_at(*range(STEPS - 3, STEPS)),
    "intensifying_hot": rising(2.0, 6.0),
    "persistent_hot": alternating(3.0, 3.2),
    "diminishing_hot": rising(6.0, 2.0),
    "sporadic_hot": hot_at(3, 8, 12, STEPS - 1),
    "oscillating_hot": np.where(np.arange(STEPS) == 5, COLD, hot_at(9, STEPS - 1)),
    "historical_hot": hot_at(*range(STEPS - 2)),
    "no_pattern": hot_at(6, 7),
}
for _key in list(PATTERN_SERIES):
    if _key.endswith("_hot"):
        # Cold spots mirror hot spots: intensifying cold = ever lower z-scores.
        PATTERN_SERIES[_key.replace("_hot", "_cold")] = -PATTERN_SERIES[_key]


def pattern_of(z, alpha=0.05):
    z = np.asarray(z, dtype=float)
    code = classify(confidence_bins(z, fdr=False), mann_kendall(z), alpha)
    return emerging_patterns.key(code)


@pytest.mark.parametrize("key", sorted(PATTERN_SERIES))
def test_each_pattern_from_the_series_that_defines_it(key):
    assert pattern_of(PATTERN_SERIES[key]) == key


def test_all_seventeen_patterns_are_tested_and_described():
    assert set(PATTERN_SERIES) == {value[0] for value in emerging_patterns.PATTERNS.values()}
    assert len(emerging_patterns.PATTERNS) == 17
    assert set(emerging_patterns.COLOURS) == set(emerging_patterns.PATTERNS)
    assert sorted(emerging_patterns.LEGEND_ORDER) == sorted(emerging_patterns.PATTERNS)
    html = emerging_patterns.definitions_html()
    assert html.count("<li>") == 17 and "<b>New hot spot</b>: A significant" in html


def test_ninety_percent_rule_at_its_boundary():
    # 18 of 20 steps hot (exactly 90%), the final one included, no trend: persistent.
    assert pattern_of(np.where(np.isin(np.arange(STEPS), [4, 11]), NOT,
                               alternating(3.0, 3.2))) == "persistent_hot"
    # 17 of 20 (85%): on and off, never cold: sporadic.
    assert pattern_of(np.where(np.isin(np.arange(STEPS), [4, 11, 15]), NOT,
                               alternating(3.0, 3.2))) == "sporadic_hot"
    # A final run of 17 steps is consecutive; of 18 steps it is 90%: persistent.
    assert pattern_of(hot_at(*range(3, STEPS))) == "consecutive_hot"
    assert pattern_of(alternating(3.0, 3.2) * (np.arange(STEPS) >= 2)) == "persistent_hot"
    # Historical: 18 of 20 hot, the final step not; with 17 of 20, no pattern.
    assert pattern_of(hot_at(*range(1, STEPS - 1))) == "historical_hot"
    assert pattern_of(hot_at(*range(2, STEPS - 1))) == "no_pattern"
    # With 10 steps, 9 hot is 90%.
    ten = np.array([3.0, 3.2] * 5)
    ten[3] = 0.0
    assert emerging_patterns.key(classify(confidence_bins(ten, fdr=False),
                                          mann_kendall(ten))) == "persistent_hot"


def test_final_step_and_order_decisions():
    # Hot before a gap, then a run up to the end: not consecutive (hot before the run).
    assert pattern_of(hot_at(2, STEPS - 2, STEPS - 1)) == "sporadic_hot"
    # A run of one at the end after earlier hot steps: sporadic, not new.
    assert pattern_of(hot_at(2, STEPS - 1)) == "sporadic_hot"
    # Cold earlier, hot for the first time in the final step: new (Esri's new hot spot says
    # nothing about cold spots), and the same with a run of hot steps: consecutive.
    assert pattern_of(np.where(np.arange(STEPS) == 4, COLD, hot_at(STEPS - 1))) == "new_hot"
    assert pattern_of(np.where(np.arange(STEPS) == 4, COLD,
                               hot_at(STEPS - 2, STEPS - 1))) == "consecutive_hot"
    # A trend that is not significant at 1% leaves a 90% hot spot persistent at alpha 0.01.
    z = rising(3.0, 3.2) + np.where(np.arange(STEPS) % 2 == 0, 0.5, 0.0)  # S = 80
    trend = mann_kendall(z)
    assert 0.01 < trend.p < 0.05
    assert pattern_of(z, 0.05) == "intensifying_hot"
    assert pattern_of(z, 0.01) == "persistent_hot"


def test_significance_level_decides_what_counts_as_hot():
    z = hot_at(STEPS - 1, value=2.2)  # p = 0.028: hot at 95%, not at 99%
    assert pattern_of(z, 0.05) == "new_hot"
    assert pattern_of(z, 0.01) == "no_pattern"
    with pytest.raises(ValueError, match="significance level"):
        pattern_of(z, 0.2)


def test_pattern_texts_are_translated_through_core_i18n():
    i18n.set_translator(lambda context, text: f"[{context}] {text}", "nl")
    try:
        assert emerging_patterns.name(1) == "[EmergingPatterns] New hot spot"
        assert emerging_patterns.description(-8).startswith("[EmergingPatterns] Not a cold")
    finally:
        i18n.set_translator(None)


# --------------------------------------------------------------------------- time steps


def days(first, last):
    return np.arange(first, np.datetime64(last) + 1, dtype="datetime64[D]")


def test_steps_end_on_the_last_date_and_months_are_clipped():
    assert step_boundaries("2024-12-31", "month", 3).astype(str).tolist() == [
        "2024-10-01", "2024-11-01", "2024-12-01", "2025-01-01"]
    # The day after 2024-05-30 is the 31st: earlier months end on their last day.
    assert step_boundaries("2024-05-30", "month", 3).astype(str).tolist() == [
        "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31"]
    assert step_boundaries("2024-06-30", "quarter", 1).astype(str).tolist() == [
        "2024-04-01", "2024-07-01"]
    assert emerging.whole_steps("2024-01-02", "2024-12-31", "month") == 11
    assert emerging.whole_steps("2024-01-01", "2024-12-31", "month") == 12
    assert emerging.whole_steps("2024-01-01", "2024-01-13", "week") == 1


def test_default_time_step_rule():
    two_years = days("2023-01-01", "2024-12-31")
    many = np.repeat(two_years, 4)  # 28 incidents a week
    # 28 a week over 200 locations is 0.14 per location-week: weeks, the last 52.
    plan = plan_steps(many, 200)
    assert (plan.step, plan.n_steps, plan.automatic) == ("week", 52, True)
    assert plan.boundaries[-1] == np.datetime64("2025-01-01")
    # Over 400 locations, weeks are too sparse (0.07), months are not: the last 12 months.
    assert (plan_steps(many, 400).step, plan_steps(many, 400).n_steps) == ("month", 12)
    # Very sparse: months hold 0.03 per location; quarters need 10 and there are only 8,
    # so the longest step with 10 steps, months.
    assert plan_steps(many, 4000).step == "month"
    # Five years at 0.1 a day over 100 locations: quarters (the last 10).
    sparse_years = days("2020-01-01", "2024-12-31")[::10]
    plan = plan_steps(sparse_years, 100)
    assert (plan.step, plan.n_steps) == ("quarter", 10)
    # Asked for: a step and a number of steps (fewer when the data hold fewer).
    assert plan_steps(many, 10, "month", 18).n_steps == 18
    assert plan_steps(many, 10, "month", 100).n_steps == 24


def test_cube_counts_per_location_and_step():
    rng = np.random.default_rng(9)
    dates = days("2024-01-01", "2024-12-31")[rng.integers(0, 366, 500)]
    location = rng.integers(-1, 6, 500)
    dates[:7] = np.datetime64("NaT")
    cube = build_cube(location, dates, 6, step="month", n_steps=12)
    last = dates[~np.isnat(dates) & (location >= 0)].max()
    assert cube.ends[-1] == last
    assert cube.n_steps == emerging.whole_steps(dates[~np.isnat(dates)].min(), last, "month")
    for t, i in itertools.product(range(cube.n_steps), range(6)):
        inside = (dates >= cube.starts[t]) & (dates <= cube.ends[t]) & (location == i)
        assert cube.counts[t, i] == inside.sum()
    assert cube.dropped["no_date"] == 7
    assert cube.dropped["outside"] == int(((location < 0) & ~np.isnat(dates)).sum())
    assert cube.counts.sum() + sum(cube.dropped.values()) == 500


# --------------------------------------------------------------------------- bad input


def test_one_time_step_is_refused_with_what_to_do():
    same_day = np.full(50, np.datetime64("2024-05-06"))
    with pytest.raises(ValueError, match=r"0 whole weeks.*at least 10 time steps"):
        build_cube(np.zeros(50, int), same_day, 3)
    with pytest.raises(ValueError, match="at least 10"):
        build_cube(np.zeros(50, int), days("2024-01-01", "2024-02-19"), 3, step="week")
    with pytest.raises(ValueError, match="at least 10"):
        plan_steps(days("2020-01-01", "2024-12-31"), 3, "week", n_steps=4)


def test_no_dates_and_no_locations_are_refused():
    with pytest.raises(ValueError, match="50 without a usable date"):
        build_cube(np.zeros(50, int), np.full(50, np.datetime64("NaT", "D")), 3)
    with pytest.raises(ValueError, match="50 outside every location"):
        build_cube(np.full(50, -1), days("2024-01-01", "2024-02-19"), 3)


def test_a_negative_window_or_number_of_steps_is_refused():
    counts = np.ones((12, 4), int)
    counts[0, 0] = 3
    with pytest.raises(ValueError, match="time window must be a whole number"):
        space_time_gi(counts, np.ones((4, 4)), window=-1)
    with pytest.raises(ValueError, match="number of time steps must be 0"):
        plan_steps(days("2020-01-01", "2024-12-31"), 3, "week", n_steps=-5)
    # A window longer than the cube counts every earlier step, as the longest window does.
    assert np.array_equal(space_time_gi(counts, np.ones((4, 4)), window=2 ** 31 - 1),
                          space_time_gi(counts, np.ones((4, 4)), window=11))


def test_all_counts_zero_is_refused():
    with pytest.raises(ValueError, match="same count"):
        space_time_gi(np.zeros((12, 5), int), np.ones((5, 5)))
    with pytest.raises(ValueError, match="weights are for 4 locations"):
        space_time_gi(np.ones((12, 5), int), np.ones((4, 4)))


# --------------------------------------------------------------------------- the analysis


def test_planted_patterns_are_found():
    rng = np.random.default_rng(21)
    counts = rng.poisson(1.0, size=(24, 144))
    new = [5 * 12 + 5, 5 * 12 + 6, 6 * 12 + 5]  # a block that flares up in the last step
    lasting = [1 * 12 + 1, 1 * 12 + 2, 2 * 12 + 1, 2 * 12 + 2]  # hot all along
    counts[-1, new] += 9
    counts[:, lasting] += 6
    cube = Cube(counts, StepPlan("week", step_boundaries("2024-06-30", "week", 24)))
    seen = []
    result = emerging_hotspots(cube, grid_weights(12, 12), progress=seen.append)
    frame = result.locations
    assert set(frame.loc[new, "pattern"]) == {"New hot spot"}
    assert set(frame.loc[lasting, "pattern"]) == {"Persistent hot spot"}
    assert (frame.loc[lasting, "n_hot"] >= 22).all()
    assert frame["incidents"].tolist() == counts.sum(axis=0).tolist()
    assert np.allclose(frame["last_z"], result.z[-1])
    assert seen[-1] == 100 and seen == sorted(seen)
    steps = result.step_frame([new[0]])
    assert len(steps) == 24 and steps["gi_bin"].iloc[-1] >= 2
    assert steps["step_end"].iloc[-1] == np.datetime64("2024-06-30")
    assert result.pattern_counts().sum() == 144


def test_cancel_stops_the_analysis():
    counts = np.random.default_rng(0).poisson(1.0, size=(12, 9))
    cube = Cube(counts, StepPlan("week", step_boundaries("2024-06-30", "week", 12)))
    with pytest.raises(emerging.CanceledError):
        emerging_hotspots(cube, grid_weights(3, 3), canceled=lambda: True)


def test_report_tells_patterns_settings_and_what_was_left_out():
    from wijkradar.core.emerging_report import emerging_report, summary

    counts = np.random.default_rng(21).poisson(1.0, size=(12, 36))
    counts[-1, [14, 15, 20]] += 9
    cube = Cube(counts, StepPlan("month", step_boundaries("2024-06-30", "month", 12)),
                {"no_date": 2, "outside": 7, "before": 0})
    result = emerging_hotspots(cube, grid_weights(6, 6))
    info = summary(result, "queen contiguity", "EPSG:28992")
    assert info["settings"][0] == "12 months: 2023-07-01 to 2024-06-30."
    assert info["notes"] == ["7 incidents lie outside every location and are not counted."]
    assert "New hot spot: " in info["counts"]
    html = emerging_report(result, info, {"algorithm": "wijkradar:emerging_hotspots"})
    for code in emerging_patterns.PATTERNS:
        assert emerging_patterns.description(code) in html
    assert html.count("<tr>") == 18 and "wijkradar:emerging_hotspots" in html
