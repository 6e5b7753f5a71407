"""The Knox test of core.near_repeat checked against a brute-force count of every pair."""


import numpy as np
import pytest

from wijkradar.core import i18n
from wijkradar.core import near_repeat as nr
from wijkradar.core.near_repeat_report import report
from wijkradar.core.suppression import suppress_frame

SETTINGS = [nr.Bands(100, 4, 7, 4), nr.Bands(50, 3, 14, 2), nr.Bands(1, 5, 1, 6),
            nr.Bands(250, 1, 30, 1)]


# -- an independent Knox count: every pair, limits written out -----------------------------

def limits(width, count, first_low):
    """[(low, high)] of the finite bands, whole units, as the Near Repeat Calculator labels
    them (1-100, 101-200, ... or 0-7, 8-14, ...)."""
    return [(first_low if k == 0 else k * width + 1, (k + 1) * width) for k in range(count)]


def brute_force(x, y, days, bands, metric="euclidean"):
    """Pairs per (distance row, time column) from all n(n-1)/2 pairs."""
    i, j = np.triu_indices(len(x), k=1)
    dx, dy = x[i] - x[j], y[i] - y[j]
    distance = np.hypot(dx, dy) if metric == "euclidean" else np.abs(dx) + np.abs(dy)
    metres = np.floor(distance + 0.5)  # whole metres, half up
    apart = np.abs(days[i] - days[j])
    rows = [metres == 0] + [(metres >= low) & (metres <= high) for low, high in
                            limits(bands.distance_width, bands.distance_count, 1)]
    rows.append(metres > bands.distance_width * bands.distance_count)
    columns = [(apart >= low) & (apart <= high) for low, high in
               limits(bands.time_width, bands.time_count, 0)]
    columns.append(apart > bands.time_width * bands.time_count)
    return np.array([[int((row & column).sum()) for column in columns] for row in rows])


def city(n, seed, effect=0):
    """``n`` incidents spread over 4 x 4 km (half of them around 10 centres) and one year;
    ``effect`` of them are follow-ups within 70 m and 0-6 days of an earlier incident."""
    rng = np.random.default_rng(seed)
    base = n - effect
    centres = rng.uniform(0, 4000, (10, 2))
    clustered = centres[rng.integers(0, 10, base // 2)] + rng.normal(0, 300, (base // 2, 2))
    xy = np.vstack([clustered, rng.uniform(0, 4000, (base - base // 2, 2))])
    days = rng.integers(0, 365, base)
    if effect:
        seeds = rng.integers(0, base, effect)
        angle, radius = rng.uniform(0, 2 * np.pi, effect), rng.uniform(0, 70, effect)
        offset = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
        xy = np.vstack([xy, xy[seeds] + offset])
        days = np.concatenate([days, days[seeds] + rng.integers(0, 7, effect)])
    return np.round(xy[:, 0], 1), np.round(xy[:, 1], 1), days


# Pairs exactly on band edges: (distance in m, days apart) of a partner from its anchor.
EDGE_PAIRS = [(0.0, 0), (0.0, 7), (0.49, 8), (0.5, 14), (100.0, 28), (100.49, 29),
              (100.5, 7), (200.5, 8), (400.0, 14), (400.49, 28), (400.5, 29)]


def edge_cases():
    """Each anchor (10 km from the next, all dated day 100) with one partner at an edge."""
    anchors = 10_000.0 * np.arange(1, len(EDGE_PAIRS) + 1)
    partners = anchors + np.array([distance for distance, _ in EDGE_PAIRS])
    days = np.array([100 + gap for _, gap in EDGE_PAIRS])
    return (np.concatenate([anchors, partners]), np.zeros(2 * len(anchors)),
            np.concatenate([np.full(len(anchors), 100), days]))


# -- observed counts -------------------------------------------------------------------------

@pytest.mark.parametrize("bands", SETTINGS, ids=str)
@pytest.mark.parametrize("seed", [1, 2])
def test_observed_counts_equal_a_count_of_every_pair(bands, seed):
    x, y, days = city(300, seed, effect=40)
    result = nr.knox_test(x, y, days, bands, permutations=3, seed=seed)
    assert result.observed.tolist() == brute_force(x, y, days, bands).tolist()
    assert result.observed.sum() == result.n_pairs == 300 * 299 // 2


def test_manhattan_distances():
    x, y, days = city(250, 5, effect=30)
    bands = nr.Bands(100, 4, 7, 4)
    result = nr.knox_test(x, y, days, bands, permutations=2, metric="manhattan")
    assert result.observed.tolist() == brute_force(x, y, days, bands, "manhattan").tolist()
    assert result.observed.tolist() != brute_force(x, y, days, bands).tolist()


def test_pairs_on_band_edges_fall_where_the_labels_say():
    x, y, days = edge_cases()
    bands = nr.Bands(100, 4, 7, 4)
    result = nr.knox_test(x, y, days, bands, permutations=2)
    assert result.observed.tolist() == brute_force(x, y, days, bands).tolist()
    # by hand, rows same location, 1-100, 101-200, 201-300, 301-400 m; columns 0-7, 8-14,
    # 15-21, 22-28, more than 28 days (the pair 400.5 m / 29 days is in the open row)
    assert result.observed[:5].tolist() == [[2, 1, 0, 0, 0], [0, 1, 0, 1, 1], [1, 0, 0, 0, 0],
                                            [0, 1, 0, 0, 0], [0, 1, 0, 1, 0]]


def test_dates_as_datetime64_with_missing_ones_left_out():
    x, y, days = city(120, 3)
    dates = np.datetime64("2024-01-01") + days.astype("timedelta64[D]")
    dates[[4, 9]] = np.datetime64("NaT")
    result = nr.knox_test(x, y, dates, permutations=2)
    keep = ~np.isnat(dates)
    assert result.n_left_out == 2 and result.n_incidents == 118
    assert result.observed.tolist() == brute_force(x[keep], y[keep], days[keep],
                                                   result.bands).tolist()


# -- permutations --------------------------------------------------------------------------

def test_each_permutation_counts_as_a_brute_force_count_of_the_permuted_dates():
    x, y, days = city(200, 8, effect=25)
    bands = nr.Bands(100, 3, 7, 3)
    result = nr.knox_test(x, y, days, bands, permutations=20, seed=42)
    rng = np.random.default_rng(42)
    for run in range(20):
        permuted_days = days[rng.permutation(len(days))]
        assert result.permuted[run].tolist() == brute_force(x, y, permuted_days,
                                                            bands).tolist()
    assert np.allclose(result.expected, result.permuted.mean(axis=0))
    at_least = (result.permuted >= result.observed).sum(axis=0)
    assert np.allclose(result.p_values, (1 + at_least) / 21)


def test_the_same_seed_gives_the_same_result_and_another_seed_another():
    x, y, days = city(150, 4)
    first, again = (nr.knox_test(x, y, days, permutations=30, seed=7) for _ in range(2))
    other = nr.knox_test(x, y, days, permutations=30, seed=8)
    assert np.array_equal(first.permuted, again.permuted)
    assert not np.array_equal(first.permuted, other.permuted)
    assert np.array_equal(first.observed, other.observed)


def test_a_planted_near_repeat_effect_is_found():
    x, y, days = city(600, 11, effect=120)
    result = nr.knox_test(x, y, days, permutations=199, seed=3)
    assert result.ratio[1, 0] > 3 and result.p_values[1, 0] < 0.01
    assert result.p_values[1, 0] == pytest.approx(1 / 200)
    window = nr.near_repeat_window(result)
    assert (window.distance, window.days) == (100, 7)
    assert window.ratio > 2 and window.p_value < 0.05
    sentence = nr.summary(result)[0]
    assert sentence.startswith("Incidents within 100 m and 7 days of one another are ")
    assert "times as frequent as expected" in sentence


def test_without_an_effect_p_values_are_roughly_uniform():
    # Places and dates drawn independently: every cell's null hypothesis holds. Over many
    # cells and data sets about 5% should have p < 0.05 (cells of one table are not
    # independent, and counts are discrete: loose bounds).
    p_values, windows = [], []
    for seed in range(12):
        x, y, days = city(300, 100 + seed)
        result = nr.knox_test(x, y, days, nr.Bands(200, 3, 30, 3), permutations=99,
                              seed=seed)
        informative = result.expected > 5
        p_values.append(result.p_values[informative])
        windows.append(nr.near_repeat_window(result).distance)
    p_values = np.concatenate(p_values)
    assert len(p_values) > 100
    assert 0.01 <= (p_values < 0.05).mean() <= 0.12
    assert 0.3 <= (p_values < 0.5).mean() <= 0.7
    assert sum(1 for distance in windows if distance) <= 3


def test_windows_take_the_raised_cells_contiguous_from_the_origin():
    result = fixed_result(raised=[(1, 0), (2, 0), (4, 0), (1, 1), (0, 0), (0, 1), (0, 2)])
    near = nr.near_repeat_window(result)
    assert (near.distance, near.days) == (200, 14)  # 301-400 m is not contiguous
    assert near.observed == result.observed[:3, :2].sum()
    repeat = nr.repeat_window(result)
    assert (repeat.distance, repeat.days) == (0, 21)
    nothing = nr.near_repeat_window(fixed_result(raised=[(0, 0), (2, 0)]))
    assert (nothing.distance, nothing.days) == (0, 0)


def fixed_result(raised):
    """A KnoxResult whose permutations leave exactly the cells ``raised`` significant."""
    bands = nr.Bands(100, 4, 7, 4)
    shape = (bands.n_distance, bands.n_time)
    observed = np.full(shape, 20)
    for cell in raised:
        observed[cell] = 60
    permuted = np.full((99,) + shape, 20)
    permuted[::2] = 21  # the others: ratio above 1 but p = 1
    return nr.KnoxResult(bands, observed + 1, permuted, 500, 1000, 1, "euclidean")


# -- words ---------------------------------------------------------------------------------

def test_summary_names_the_types_and_hides_a_small_ratio():
    x, y, days = city(400, 12, effect=80)
    result = nr.knox_test(x, y, days, permutations=99)
    typed = nr.summary(result, types="'woninginbraak'")[0]
    assert typed.startswith("Incidents of type 'woninginbraak' within 100 m and 7 days")
    small = nr.summary(result, k=10_000)[0]
    assert "fewer than 10000 pairs, so the ratio is not shown" in small
    assert "times as frequent" not in small


def test_summary_without_a_pattern_says_so():
    x, y, days = city(300, 13)
    result = nr.knox_test(x, y, days, permutations=99, seed=2)
    assert nr.near_repeat_window(result).distance == 0
    assert nr.summary(result)[0].endswith("significant means p < 0.05): no near-repeat "
                                          "pattern.")


def test_cell_table_lists_every_cell_with_its_limits():
    x, y, days = city(200, 14, effect=20)
    result = nr.knox_test(x, y, days, permutations=9)
    table = nr.cell_table(result)
    assert len(table) == 6 * 5
    assert table["distance_band"].unique().tolist() == [
        "same location (0 m)", "1 to 100 m", "101 to 200 m", "201 to 300 m", "301 to 400 m",
        "more than 400 m"]
    assert table["time_band"].head(5).tolist() == [
        "0 to 7 days", "8 to 14 days", "15 to 21 days", "22 to 28 days", "more than 28 days"]
    assert table["distance_max_m"].isna().sum() == 5 and table["days_max"].isna().sum() == 6
    assert table["observed"].tolist() == result.observed.ravel().tolist()
    assert table["p_value"].tolist() == result.p_values.ravel().tolist()


def test_report_shades_the_raised_finite_cells_and_hides_small_counts():
    result = fixed_result(raised=[(1, 0), (2, 0), (5, 4), (1, 4)])
    observed = result.observed.copy()
    observed[3, 2] = 3  # a small count: not shown, nor its ratio
    result = nr.KnoxResult(result.bands, observed, result.permuted, 500, 1000, 1, "euclidean")
    table = suppress_frame(nr.cell_table(result), ["observed"], 5,
                           derived_columns=["knox_ratio"])
    page = report(result, table, nr.summary(result), {"lead": "600 incidents."}, {}, k=5)
    # ratios and p-values of (1-100 m, 0-7 d) and (101-200 m, 0-7 d); open bands not shaded
    assert page.count("<td class='p01'>") == 4 and "<td class='p05'>" not in page
    assert page.count("<td>&lt;5</td>") == 1 and "Counts of 1 to 4 pairs are not shown" in page
    # (21 + 61 + 61) observed / (3 x (50 x 21 + 49 x 20) / 99) expected = 2.32
    assert "Incidents within 200 m and 7 days of one another are 2.3 times" in page
    assert "mean of 99 permutations" in page and "cannot show a p below 0.010" in page
    assert "Ratcliffe (2009)" in page and '<html lang="en">' in page


def test_labels_and_sentences_are_translated():
    catalogue = {"same location (0 m)": "zelfde locatie (0 m)",
                 "{low} to {high} days": "{low} tot en met {high} dagen"}
    i18n.set_translator(lambda context, text: catalogue.get(text, text)
                        if context == "NearRepeat" else text, "nl")
    try:
        bands = nr.Bands()
        assert bands.distance_labels()[0] == "zelfde locatie (0 m)"
        assert bands.time_labels()[1] == "8 tot en met 14 dagen"
    finally:
        i18n.set_translator(None)


# -- bad input -----------------------------------------------------------------------------

@pytest.mark.parametrize("days, words", [
    (np.array(["NaT", "NaT", "NaT"], dtype="datetime64[D]"), "at least two incidents"),
    (np.array(["2024-01-05", "NaT", "NaT"], dtype="datetime64[D]"), "1 found"),
    (np.array(["2024-01-05"] * 3, dtype="datetime64[D]"), "same date (2024-01-05)"),
])
def test_missing_and_equal_dates_are_refused_with_a_reason(days, words):
    with pytest.raises(ValueError, match=words.replace("(", r"\(").replace(")", r"\)")):
        nr.knox_test([0.0, 100.0, 200.0], [0.0, 0.0, 0.0], days, permutations=9)


def test_too_few_incidents_one_place_and_bad_settings_are_refused():
    with pytest.raises(ValueError, match="1 found"):
        nr.knox_test([0.0], [0.0], [3], permutations=9)
    with pytest.raises(ValueError, match="0 found"):
        nr.knox_test([], [], np.array([], dtype="datetime64[D]"), permutations=9)
    with pytest.raises(ValueError, match="same location"):
        nr.knox_test([5.0, 5.0, 5.0], [1.0, 1.0, 1.0], [1, 2, 3], permutations=9)
    with pytest.raises(ValueError, match="finite coordinates"):
        nr.knox_test([5.0, np.nan, 7.0], [1.0, 1.0, 1.0], [1, 2, 3], permutations=9)
    with pytest.raises(ValueError, match="whole numbers of at least 1"):
        nr.Bands(100, 0, 7, 4)
    with pytest.raises(ValueError, match="whole numbers of at least 1"):
        nr.Bands(12.5, 4, 7, 4)
    with pytest.raises(ValueError, match="at least 1, not 0"):
        nr.knox_test([0.0, 1.0], [0.0, 0.0], [1, 2], permutations=0)
    with pytest.raises(ValueError, match="random seed must be a whole number of 0 or more"):
        nr.knox_test([0.0, 1.0], [0.0, 0.0], [1, 2], permutations=9, seed=-2147483648)


def test_too_many_close_pairs_are_refused_before_they_are_listed(monkeypatch):
    monkeypatch.setattr(nr, "MAX_CLOSE_PAIRS", 100)
    x, y, days = city(200, 15)
    with pytest.raises(ValueError, match="within 400 m of each other, more than one analysis"):
        nr.knox_test(x, y, days, permutations=9)


def test_progress_is_reported_and_cancel_stops():
    x, y, days = city(100, 16)
    seen = []
    nr.knox_test(x, y, days, permutations=250, progress=seen.append)
    assert seen[0] == 0 and seen[-1] == 100 and len(seen) > 50
    with pytest.raises(nr.CanceledError):
        nr.knox_test(x, y, days, permutations=250, canceled=lambda: len(seen) > 60,
                     progress=seen.append)


