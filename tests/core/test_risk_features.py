"""core.risk_features: long history shrunk to the neighbours, kernel densities, trend,
season, other types and dated context; none of them reads past the origin."""

import numpy as np
import pytest
import shapely

from wijkradar.core import area_values, kde, risk, risk_features

SIDE = 6
N = SIDE * SIDE
CELL = 100.0


def centres():
    rows, cols = np.divmod(np.arange(N), SIDE)
    return (cols + 0.5) * CELL, (rows + 0.5) * CELL


def squares():
    x, y = centres()
    return shapely.box(x - CELL / 2, y - CELL / 2, x + CELL / 2, y + CELL / 2)


def full_panel(n_periods=40, period="month", seed=0):
    rng = np.random.default_rng(seed)
    rate = rng.gamma(2.0, 0.6, N)
    counts = rng.poisson(rate[None, :], (n_periods, N))
    recent = rng.poisson(0.3, (n_periods, N))
    other = rng.poisson(2 * rate[None, :], (n_periods, N))
    return risk.Panel.from_counts(counts, period, first=600 if period == "month" else 2700,
                                  recent=recent, other=other)


def dated_column(n_periods, seed=1):
    rng = np.random.default_rng(seed)
    return risk_features.DatedColumn("ruimingen", "ruimingen within 200 m",
                                     rng.poisson(0.05, (n_periods, N)),
                                     before=rng.poisson(0.5, N))


def value_column(n_periods, seed=2, changed_after=None):
    """Payment arrears of every area per period, known from the period's end (from
    period 3 on: before that, unknown); ``changed_after``: other values after that period."""
    rng = np.random.default_rng(seed)
    known = np.tile(np.arange(3, n_periods), N)
    values = rng.normal(10.0, 3.0, known.size)
    if changed_after is not None:
        values = np.where(known > changed_after, values + 9.0, values)
    return area_values.DatedValues("arrears", "payment arrears", np.repeat(np.arange(N),
                                   n_periods - 3), known, values,
                                   np.array([f"P{k}" for k in known], dtype=object),
                                   np.zeros(known.size, dtype=bool), N, n_periods)


def builder(panel, horizon=1, dated=None, values=None):
    windows, seasonal, _, _ = risk.plan_features(panel.n_periods, horizon, panel.period)
    return risk.FeatureBuilder(panel, horizon, windows, seasonal, risk.grid_contiguity(
        SIDE, SIDE), area=np.full(N, CELL ** 2), area_points=centres(),
        dated=[dated or dated_column(panel.n_periods),
               values or value_column(panel.n_periods)])


NEW_FEATURES = ("eb_history", "trend", "season_sin", "season_cos", "kde_200", "kde_400",
                "kde_800", "kde_history_200", "kde_history_400", "kde_history_800", "other_12",
                "other_history", "other_kde_400", "dated_ruimingen", "value_arrears")


def test_every_new_feature_is_built():
    names = [f.name for f in builder(full_panel()).features]
    for name in NEW_FEATURES:
        assert name in names, names


@pytest.mark.parametrize("name", NEW_FEATURES)
@pytest.mark.parametrize("horizon", [1, 3])
def test_a_feature_at_an_origin_never_reads_a_later_period(name, horizon):
    """Everything after the origin changes (counts, near-repeats, other types, dated
    context): the feature's column at the origin does not."""
    panel = full_panel()
    dated = dated_column(panel.n_periods)
    origin = 25
    before = builder(panel, horizon, dated)
    changed = risk.Panel.from_counts(panel.counts.copy(), "month", 600, panel.recent.copy(),
                                     panel.other.copy())
    changed.counts[origin + 1:] = 40
    changed.recent[origin + 1:] = 30
    changed.other[origin + 1:] = 50
    later = risk_features.DatedColumn(dated.name, dated.label, dated.counts.copy(),
                                      dated.before)
    later.counts[origin + 1:] = 9
    after = builder(changed, horizon, later, value_column(panel.n_periods,
                                                          changed_after=origin))
    column = [f.name for f in before.features].index(name)
    assert np.array_equal(before.origin_matrix(origin)[:, column],
                          after.origin_matrix(origin)[:, column])
    # ... while the same feature does move one origin later, where it may read them
    if name not in ("season_sin", "season_cos"):
        assert not np.array_equal(before.origin_matrix(origin + 1)[:, column],
                                  after.origin_matrix(origin + 1)[:, column])


def test_weekly_features_use_the_week_of_the_year_and_no_later_week():
    panel = full_panel(n_periods=70, period="week")
    made = builder(panel)
    names = [f.name for f in made.features]
    assert "seasonal_52" in names and "season_sin" in names
    origin = 60
    target = panel.first + origin + 1
    start = risk.period_start(target, "week")
    day = (start - start.astype("datetime64[Y]").astype("datetime64[D]")).astype(int)
    row = made.origin_matrix(origin)[0]
    assert row[names.index("season_sin")] == pytest.approx(np.sin(2 * np.pi * day / 365.25),
                                                           abs=1e-6)


def test_the_long_history_is_shrunk_towards_the_neighbours_by_its_noise():
    """Independently: the EB rate of one area from its own and its neighbours' counts."""
    panel = full_panel()
    made = builder(panel)
    origin, area = 30, 14
    end = origin + 1
    counts = panel.counts[:end]
    rate = counts.sum(axis=0) / end
    neighbours = risk.grid_contiguity(SIDE, SIDE).toarray() > 0
    prior = np.array([counts[:, neighbours[i]].sum() / neighbours[i].sum() / end
                      for i in range(N)])
    spread = max(np.mean((rate - prior) ** 2) - rate.mean() / end, 1e-6 * rate.mean() ** 2)
    weight = spread / (spread + prior[area] / end)
    expected = weight * rate[area] + (1 - weight) * prior[area]
    column = [f.name for f in made.features].index("eb_history")
    value = made.origin_matrix(origin)[area, column]
    assert value == pytest.approx(np.log(expected + 0.5 / end), rel=1e-5)
    # an area with no history next to busy ones gets more than its own zero
    quiet = risk.Panel.from_counts(panel.counts.copy(), "month", 600)
    quiet.counts[:, area] = 0
    shrunk = builder(quiet).origin_matrix(origin)[area, column]
    assert np.exp(shrunk) - 0.5 / end > 0.1 * prior[area]


def test_trend_compares_the_last_3_periods_with_the_12_before():
    panel = full_panel()
    made = builder(panel)
    origin, area = 30, 7
    recent = panel.counts[origin - 2:origin + 1, area].sum()
    earlier = panel.counts[origin - 14:origin - 2, area].sum()
    column = [f.name for f in made.features].index("trend")
    assert made.origin_matrix(origin)[area, column] == pytest.approx(
        np.log((recent + 0.5) / 3) - np.log((earlier + 0.5) / 12), rel=1e-5)


def test_kernel_density_features_match_an_exact_sum():
    """The 12 months' counts smoothed at 200 m (quartic, raw), read at an area's centre,
    against a direct sum over the areas' centres (the grid's binning: within 5%)."""
    panel = full_panel()
    made = builder(panel)
    origin = 30
    x, y = centres()
    counts = panel.counts[origin - 11:origin + 1].sum(axis=0).astype(float)
    radius = made.extra.radii[0]
    assert radius == pytest.approx(200.0)
    column = [f.name for f in made.features].index("kde_200")
    got = np.exp(made.origin_matrix(origin)[:, column]) * 12 - 0.5
    for area in (0, 14, 35):
        distance = np.hypot(x - x[area], y - y[area])
        exact = float(np.sum(counts * kde.kernel_raw(distance, radius)))
        assert got[area] == pytest.approx(exact, rel=0.05, abs=0.05)


def test_dated_context_counts_points_up_to_the_end_of_the_origin():
    geometries = squares()
    x = np.array([50.0, 50.0, 50.0, 560.0])
    y = np.array([50.0, 50.0, 50.0, 50.0])
    periods = np.array([-1, 2, 5, 3])  # one before the first period, one after the origin
    counts, before = risk_features.dated_counts(geometries, x, y, periods, 6, distance=0.0)
    assert before[0] == 1 and counts[2, 0] == 1 and counts[5, 0] == 1
    assert counts.sum() == 3  # the point at x=560 lies outside every square
    panel = risk.Panel.from_counts(np.ones((6, N), int), "month", 600)
    column = risk_features.DatedColumn("r", "ruimingen", counts, before)
    made = risk.FeatureBuilder(panel, 1, (1,), 0, dated=[column])
    index = [f.name for f in made.features].index("dated_r")
    assert np.expm1(made.origin_matrix(3)[0, index]) == pytest.approx(2.0)  # before + period 2
    assert np.expm1(made.origin_matrix(5)[0, index]) == pytest.approx(3.0)


def test_other_types_count_on_the_panels_periods():
    panel = risk.Panel.from_counts(np.zeros((3, 2), int), "month",
                                   first=int(risk.period_numbers(np.datetime64("2024-01-10"),
                                                                 "month")))
    other = panel.counts_of(np.array([0, 1, 1, -1, 0]), np.array(
        ["2024-01-02", "2024-03-31", "2024-04-01", "2024-02-01", "NaT"],
        dtype="datetime64[D]"))
    assert other.tolist() == [[1, 0], [0, 0], [0, 1]]


def test_kernel_density_features_are_left_out_for_huge_panels(monkeypatch):
    monkeypatch.setattr(risk_features, "KDE_MAX_VALUES", 100)
    made = builder(full_panel())
    assert not any(f.kind == "kde" for f in made.features)
    assert any("kernel density features" in note for note in made.notes)


def test_a_year_alone_counts_from_the_end_of_that_year():
    ends = risk_features.year_ends([2022, np.nan, 5])
    assert ends.astype(str).tolist() == ["2022-12-31", "NaT", "NaT"]
    first = int(risk.period_numbers(np.datetime64("2022-01-01"), "month"))
    panel = risk.Panel.from_counts(np.ones((24, N), int), "month", first)
    x, y = centres()
    column = risk_features.dated_column(panel, "r", "ruimingen", squares(), x[:1], y[:1],
                                        ends[:1])
    made = risk.FeatureBuilder(panel, 1, (1,), 0, dated=[column])
    index = [f.name for f in made.features].index("dated_r")
    counted = np.expm1(made.matrix(np.array([10, 11]), np.array([0, 0]))[:, index])
    assert counted.tolist() == pytest.approx([0.0, 1.0])  # November 2022: not yet
