"""core.area_values: a table of area values over time (payment arrears per quarter) as risk
features, each read at an origin from values known by its end only."""

import datetime as dt

import numpy as np
import pytest

from wijkradar.core import area_values, drivers, risk

SIDE = 8
N = SIDE * SIDE
FIRST = int(np.datetime64("2020-01", "M").astype(np.int64))  # the panel's first month
N_MONTHS = 48  # 2020-01 to 2023-12


# --------------------------------------------------------------------------- dates


def test_dates_periods_and_years_are_known_from_their_last_day():
    written = ["2024-Q2", "2024Q2", "Q2 2024", "2024-K2", "2024KW02", "2024 q2", "2024",
               2024, 2024.0, "2024JJ00", "2024-02", "2024MM02", "2024-05-01", "01-05-2024",
               dt.date(2024, 5, 1), dt.datetime(2024, 5, 1, 23, 59), np.datetime64("2024-05-01")]
    dates = area_values.value_dates(written)
    assert dates.days.astype(str).tolist() == (
        ["2024-06-30"] * 6 + ["2024-12-31"] * 4 + ["2024-02-29"] * 2 + ["2024-05-01"] * 5)
    assert dates.labels.tolist() == (["2024-Q2"] * 6 + ["2024"] * 4 + ["2024-02"] * 2
                                     + ["2024-05-01"] * 5)
    assert dates.on_day.tolist() == [False] * 12 + [True] * 5
    assert not dates.unreadable.any() and dates.messages("quarter") == []


def test_rows_without_a_date_are_counted_and_named():
    dates = area_values.value_dates(["2024-Q1", None, "", "Q5 2024", "soon", 2024.5, 12,
                                     "03/18/2024", float("nan")])
    assert dates.days.astype(str).tolist()[:1] == ["2024-03-31"]
    assert np.isnat(dates.days[1:]).all()
    empty, unreadable = dates.messages("kwartaal")
    assert empty == "3 rows of the value table have no date in 'kwartaal' and were left out."
    assert unreadable.startswith("5 rows of the value table have a value in 'kwartaal' that is "
                                 "no date or period and were left out (e.g. 'Q5 2024', 'soon',")
    assert "2024-Q2" in unreadable and "18-03-2024" in unreadable  # what is read instead
    with pytest.raises(ValueError, match="No value in the field 'kwartaal' of the value table "
                                         "is a date or a period: its values look like 'soon'"):
        area_values.value_dates(["soon", None]).messages("kwartaal")


# --------------------------------------------------------------------------- codes


def test_codes_match_the_area_ids_as_written_in_another_export():
    ids = ["1234AB", "1234AC", "BU03630001", 363]
    codes = ["1234 ab", " 1234AC", "bu03630001", "0363", "9999ZZ", "9999ZZ", "0000XX", None]
    dates = area_values.value_dates(["2024"] * len(codes))
    table = area_values.match_table(ids, codes, dates, {"v": np.arange(8.0)},
                                    code_field="pc6", id_field="postcode")
    assert table.area.tolist() == [0, 1, 2, 3]
    assert table.warnings == [
        "Left out of the value table: 3 rows whose code in 'pc6' is no area id: '9999ZZ' (2 "
        "rows), '0000XX' (1 row)."]
    assert table.info == ["Value table: 4 rows for 4 areas, from 2024 to 2024. Each value is "
                          "used from the end of its period (a date: from that day) on, never "
                          "at a forecast made before."]


def test_many_unmatched_codes_are_counted_beyond_those_named():
    codes = ["A"] + [f"X{k}" for k in range(7)]
    table = area_values.match_table(["A"], codes, area_values.value_dates(["2024"] * 8),
                                    {"v": np.ones(8)})
    assert table.warnings == [
        "Left out of the value table: 7 rows whose code in 'code' is no area id: 'X0' (1 row), "
        "'X1' (1 row), 'X2' (1 row), 'X3' (1 row), 'X4' (1 row), ... (7 codes in all)."]


def test_a_table_whose_codes_match_no_area_is_refused_with_both_kinds_of_code():
    with pytest.raises(ValueError) as error:
        area_values.match_table(["A00", "A01"], ["BU0363", "BU0364"],
                                area_values.value_dates(["2024", "2024"]),
                                {"v": np.ones(2)}, code_field="buurtcode", id_field="code")
    assert str(error.value) == (
        "No code in 'buurtcode' of the value table is an area id in 'code': the table has "
        "codes such as 'BU0363', 'BU0364', the areas ids such as 'A00', 'A01'. Choose the "
        "table's field that holds the areas' codes as the area layer writes them.")


def test_areas_without_rows_are_counted_and_named():
    table = area_values.match_table(["A", "B", "C"], ["A"], area_values.value_dates(["2024"]),
                                    {"v": np.ones(1)})
    assert table.warnings == ["2 of 3 areas have no row in the value table (e.g. 'B', 'C'): "
                              "their values are unknown, replaced by the median of the known "
                              "ones with a flag feature."]


def test_two_rows_for_one_area_and_date_are_refused_unless_they_agree():
    codes = ["A", "A", "B", "B", "B", "C"]
    dates = area_values.value_dates(["2024-Q1", "31-03-2024", "2024-Q2", "2024-Q2",
                                     "2024-Q2", "2024-Q3"])
    with pytest.raises(ValueError) as error:
        area_values.match_table(["A", "B", "C"], codes, dates,
                                {"v": np.array([1.0, 2.0, 3.0, 4.0, 3.0, 5.0])})
    assert str(error.value) == (
        "The value table has more than one row for the same area and date with different "
        "values: 'A' for 2024-Q1 (2 rows), 'B' for 2024-Q2 (3 rows) (2 in all). Keep one row "
        "per area and date (add them up or average them first), or check the code and date "
        "fields.")
    same = area_values.match_table(["A", "B", "C"], codes, dates,
                                   {"v": np.array([1.0, 1.0, 3.0, 3.0, 3.0, np.nan]),
                                    "w": np.array([np.nan, np.nan, 1, 1, 1, 2])})
    assert same.area.tolist() == [0, 1, 2]
    assert "3 rows of the value table repeat another row (same area, date and values) and " \
           "were counted once." in same.warnings


# --------------------------------------------------------------------------- values in time


def random_table(seed=0, n_rows=300, areas=N):
    """Rows on random days (some before the panel, some after it) for random areas."""
    rng = np.random.default_rng(seed)
    pairs = rng.choice(areas * 5 * 365, n_rows, replace=False)  # one row per area and day
    days = np.datetime64("2019-06-01") + (pairs % (5 * 365)).astype("timedelta64[D]")
    codes = [f"A{k:02d}" for k in pairs // (5 * 365)]
    dates = area_values.value_dates([str(day) for day in days])
    values = rng.normal(10, 3, n_rows).round(1)
    return codes, dates, values


def area_ids(n=N):
    return [f"A{k:02d}" for k in range(n)]


def columns(codes, dates, values, n_periods=N_MONTHS, name="arrears"):
    table = area_values.match_table(area_ids(), codes, dates, {name: values})
    return table.columns(n_periods, FIRST, "month", {name: "arrears per 1,000 households"})


def test_the_value_at_an_origin_is_the_latest_known_by_its_end():
    """Independently: for each origin and area, the row with the latest date on or before
    the origin month's last day, found by a loop over the rows."""
    codes, dates, values = random_table()
    column = columns(codes, dates, values)[0]
    origins, areas = np.meshgrid(np.arange(N_MONTHS), np.arange(N), indexing="ij")
    got = column.at(origins.ravel(), areas.ravel())
    ends = [np.datetime64(f"{2020 + t // 12}-{t % 12 + 1:02d}", "M") + 1 for t in
            range(N_MONTHS)]  # the first day after each origin month
    expected = []
    for t, i in zip(origins.ravel(), areas.ravel()):
        known = [(day, value) for code, day, value in zip(codes, dates.days, values)
                 if code == f"A{i:02d}" and day < ends[t].astype("datetime64[D]")]
        expected.append(max(known)[1] if known else np.nan)
    np.testing.assert_array_equal(got, np.array(expected))
    # the median of the values known at each origin fills the unknown ones
    at_10 = got.reshape(N_MONTHS, N)[10]
    unknown = np.isnan(at_10)
    assert unknown.any()
    filled = column.filled(np.full(N, 10), np.arange(N))
    assert np.all(filled[unknown] == np.median(at_10[~unknown]))


def builder(panel, column):
    return risk.FeatureBuilder(panel, 1, (1, 3, 12), 12, dated=[column])


def panel_of(seed=0, n_periods=N_MONTHS):
    rng = np.random.default_rng(seed)
    return risk.Panel.from_counts(rng.poisson(1.0, (n_periods, N)), "month", FIRST)


def test_a_value_dated_after_the_origin_changes_nothing_at_that_origin():
    """Two tables that differ only after the origin: other values, and new rows for areas
    that had none. Every feature at the origin, and the forecast made there, are the same."""
    codes, dates, values = random_table()
    origin = 30
    end = np.datetime64("2022-07-31")  # the last day of origin month 30 (2022-07)
    later = dates.days > end
    assert later.any() and (~later).any()
    codes_b = codes + ["A63", "A62", "A05"]
    dates_b = area_values.value_dates(
        [str(day) for day in dates.days] + ["2022-08-01", "2022-Q3", "2023"])
    values_b = np.concatenate([np.where(later, values + 50.0, values), [99.0, 98.0, 97.0]])
    panel = panel_of()
    made_a = builder(panel, columns(codes, dates, values)[0])
    made_b = builder(panel, columns(codes_b, dates_b, values_b)[0])
    names = [f.name for f in made_a.features]
    assert "value_arrears" in names and "missing_value_arrears" in names
    assert names == [f.name for f in made_b.features]
    np.testing.assert_array_equal(made_a.origin_matrix(origin), made_b.origin_matrix(origin))
    # ... one month later the new rows are known
    assert not np.array_equal(made_a.origin_matrix(origin + 1), made_b.origin_matrix(origin + 1))
    # The forecast made at that origin (validation, training, the final fit) is the same.
    short = risk.Panel.from_counts(panel.counts[:origin + 1], "month", FIRST)
    results = [risk.forecast_risk(short, model="glm", dated=columns(c, d, v, origin + 1))
               for c, d, v in ((codes, dates, values), (codes_b, dates_b, values_b))]
    np.testing.assert_array_equal(results[0].expected, results[1].expected)
    assert results[0].validation.equals(results[1].validation)


def test_unknown_values_are_flagged_and_said_in_the_notes():
    codes, dates = ["A00", "A01"], area_values.value_dates(["2021-Q2", "2020-03"])
    column = columns(codes, dates, np.array([20.0, 4.0]))[0]
    made = builder(panel_of(), column)
    index = [f.name for f in made.features].index("missing_value_arrears")
    assert made.matrix(np.array([5, 17, 17]), np.array([0, 0, 1]))[:, index].tolist() == [
        1.0, 0.0, 0.0]  # area 0 is known from June 2021 (origin 17) on
    assert made.origin_matrix(1)[:, index].tolist() == [1.0] * N  # March 2020: none yet
    value = made.matrix(np.array([1, 5, 17]), np.array([5, 5, 5]))[
        :, index - 1].tolist()
    assert value == [0.0, 4.0, 12.0]  # 0 before any value, then the median of those known
    assert ("'arrears per 1,000 households' is unknown before an area's first value and in "
            "areas without one: replaced by the median of the values known at that time, with "
            "a flag feature.") in made.notes
    assert ("'arrears per 1,000 households' is first known at the end of 2020-03: before that "
            "no area has a value, so it is taken as 0 and flagged unknown.") in made.notes


def test_a_value_and_its_flag_are_one_driver_told_with_its_period():
    codes = ["A00", "A00", "A01"] + [f"A{k:02d}" for k in range(2, N)]
    dates = area_values.value_dates(["2023-Q3", "2023-Q4", "2023-11-15"] + ["2023"] * (N - 2))
    values = np.concatenate([[12.0, 22.0, 7.5], np.full(N - 2, 5.0)])
    column = columns(codes, dates, values)[0]
    made = builder(panel_of(), column)
    groups = dict(drivers.feature_groups(made.features))
    assert [made.features[j].name for j in groups["value_arrears"]] == [
        "value_arrears", "missing_value_arrears"]
    origin = N_MONTHS - 1
    mat = made.origin_matrix(origin)
    chosen = [("value_arrears", groups["value_arrears"])]
    texts = drivers.driver_texts(made, origin, [0, 1, 2], np.log(np.full((3, 1), 2.0)),
                                 chosen, mat[:3], mat.mean(axis=0))
    average = (22.0 + 7.5 + 5.0 * (N - 2)) / N
    assert texts[0] == [f"arrears per 1,000 households: 22 in 2023-Q4 (average "
                        f"{average:.1f})"]
    assert texts[1] == [f"arrears per 1,000 households: 7.5 on 2023-11-15 (average "
                        f"{average:.1f})"]
    # earlier, area 0's third-quarter value is the one known
    texts = drivers.driver_texts(made, 44, [0], np.log(np.full((1, 1), 2.0)), chosen,
                                 made.origin_matrix(44)[:1], mat.mean(axis=0))
    assert texts[0][0].startswith("arrears per 1,000 households: 12 in 2023-Q3")
    texts = drivers.driver_texts(made, 20, [0], np.log(np.full((1, 1), 2.0)), chosen,
                                 made.origin_matrix(20)[:1], mat.mean(axis=0))
    assert texts == [["arrears per 1,000 households unknown"]]


# --------------------------------------------------------------------------- a planted effect


def rising_town(seed=5):
    """Arrears that rise a quarter before the incidents do: in each 'riser' area, the
    arrears jump from about 8 to about 20 per 1,000 households in one quarter, and its
    incidents triple from the month after that quarter ends. The last eight risers jump
    in the panel's last quarter, so their incidents rise only in the forecast month."""
    rng = np.random.default_rng(seed)
    base = rng.gamma(4.0, 0.25, N)
    jump = np.full(N, 99)  # the quarter of the jump (99: never)
    jump[:40] = rng.integers(2, 15, 40)
    jump[40:48] = 15  # 2023-Q4, known at the end of December 2023, the last origin
    months = np.arange(N_MONTHS)
    rise = (months[:, None] >= 3 * jump[None, :] + 3)
    counts = rng.poisson(base[None, :] * np.where(rise, 3.0, 1.0))
    codes, quarters, arrears = [], [], []
    for area in range(N):
        for quarter in range(16):
            codes.append(f"A{area:02d}")
            quarters.append(f"{2020 + quarter // 4}-Q{quarter % 4 + 1}")
            arrears.append(rng.normal(20.0 if quarter >= jump[area] else 8.0, 1.0))
    return (risk.Panel.from_counts(counts, "month", FIRST), codes,
            area_values.value_dates(quarters), np.array(arrears))


def test_arrears_that_rise_before_the_incidents_raise_those_areas_forecasts():
    panel, codes, dates, arrears = rising_town()
    with_table = risk.forecast_risk(panel, model="glm",
                                    dated=columns(codes, dates, arrears))
    without = risk.forecast_risk(panel, model="glm")
    about_to_rise = slice(40, 48)
    steady = slice(48, N)
    ratio = with_table.expected[about_to_rise] / without.expected[about_to_rise]
    assert ratio.min() > 1.3, ratio
    steady_ratio = with_table.expected[steady] / without.expected[steady]
    assert np.median(steady_ratio) < 1.1
    # the GLM learns that arrears raise the risk, and says it in the drivers
    risks = with_table.relative_risks.set_index("feature")["relative_risk"]
    assert risks["arrears per 1,000 households"] > 1.2
    assert any(text.startswith("arrears per 1,000 households: 2") and "in 2023-Q4" in text
               for area in range(40, 48) for text in with_table.drivers[area])
