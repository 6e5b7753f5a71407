"""Reading dates as real exports hold them (ISO, Dutch day-first, bytes, objects, mixed) and
finding the ones far outside the rest. Expected values come from Python's own datetime."""

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from wijkradar.core.dates import (
    EARLIEST,
    concatenate,
    far_outside,
    far_outside_text,
    none_left_text,
    nothing_readable_text,
    numbers_text,
    parse_dates,
    unreadable_text,
    usable_dates,
)

# (text as exported, the date and time it means)
FORMATS = [
    ("2024-03-18", dt.datetime(2024, 3, 18)),
    ("2024-03-18T14:05:00", dt.datetime(2024, 3, 18, 14, 5)),
    ("2024-03-18 14:05", dt.datetime(2024, 3, 18, 14, 5)),
    ("2024-03-18 14:05:09", dt.datetime(2024, 3, 18, 14, 5, 9)),
    ("2024-03-18T14:05:09.250Z", dt.datetime(2024, 3, 18, 14, 5, 9)),
    ("2024-03-18T23:30:00+01:00", dt.datetime(2024, 3, 18, 23, 30)),  # the day as written
    ("2024-03-18 00:00:00+00", dt.datetime(2024, 3, 18)),  # PostgreSQL's text
    ("2024/03/18", dt.datetime(2024, 3, 18)),
    ("2024-3-8", dt.datetime(2024, 3, 8)),
    ("18-03-2024", dt.datetime(2024, 3, 18)),
    ("18-3-2024", dt.datetime(2024, 3, 18)),
    ("8-3-2024", dt.datetime(2024, 3, 8)),
    ("18-3-2024 14:05", dt.datetime(2024, 3, 18, 14, 5)),
    ("18-03-2024 9:05:30", dt.datetime(2024, 3, 18, 9, 5, 30)),
    ("18/03/2024", dt.datetime(2024, 3, 18)),
    ("18.03.2024", dt.datetime(2024, 3, 18)),
    ("18.03.2024 14.05", dt.datetime(2024, 3, 18, 14, 5)),
    ("  2024-03-18 ", dt.datetime(2024, 3, 18)),
    ("29-02-2024", dt.datetime(2024, 2, 29)),
]


def stamps(*values):
    return np.array(values, dtype="datetime64[s]")


@pytest.mark.parametrize("text, expected", FORMATS)
def test_every_format_as_text_and_as_bytes(text, expected):
    for value in (text, text.encode("utf-8")):
        parsed = parse_dates([value])
        assert parsed.values.tolist() == [expected], value
        assert not parsed.unreadable.any()


def test_dutch_dates_are_day_first_even_when_the_day_could_be_a_month():
    parsed = parse_dates(["05-01-2024", "01-05-2024", "12-11-2023 08:00"])
    assert parsed.values.tolist() == [dt.datetime(2024, 1, 5), dt.datetime(2024, 5, 1),
                                      dt.datetime(2023, 11, 12, 8)]


def test_mixed_formats_in_one_column_are_each_read_by_their_own_format():
    # What broke anonymise_incidents: 100 ISO dates first, then 4,900 Dutch ones. Guessing
    # the format from the first value dropped the Dutch dates or read 05-01-2024 as 1 May.
    days = [dt.date(2023, 1, 1) + dt.timedelta(days=i % 700) for i in range(5000)]
    texts = [d.isoformat() if i < 100 else d.strftime("%d-%m-%Y") for i, d in enumerate(days)]
    texts[4321] = "05-01-2024"
    days[4321] = dt.date(2024, 1, 5)
    parsed = parse_dates(texts)
    assert parsed.n_readable == 5000
    assert parsed.days.tolist() == days
    assert parsed.days[4321] == np.datetime64("2024-01-05")


def test_gdal_bytes_with_masked_nulls():
    # GDAL hands a GeoPackage's String field over as fixed-width bytes, NULL masked.
    column = np.ma.masked_array(
        np.array([b"2014-03-02", b"", b"05-01-2024 14:05", b"2014-03-02"], dtype="S16"),
        mask=[False, True, False, False])
    parsed = parse_dates(column)
    assert parsed.values.tolist() == [dt.datetime(2014, 3, 2), None,
                                      dt.datetime(2024, 1, 5, 14, 5), dt.datetime(2014, 3, 2)]
    assert parsed.empty.tolist() == [False, True, False, False]
    assert not parsed.unreadable.any()


def test_date_objects_numpy_and_pandas_values():
    amsterdam = dt.timezone(dt.timedelta(hours=1))
    parsed = parse_dates([dt.date(2024, 3, 18), dt.datetime(2024, 3, 18, 14, 5),
                          dt.datetime(2024, 3, 18, 23, 30, tzinfo=amsterdam),
                          np.datetime64("2024-03-18T06:00"), pd.Timestamp("2024-03-18 07:00"),
                          pd.NaT, np.datetime64("NaT"), None])
    assert parsed.values.tolist() == [
        dt.datetime(2024, 3, 18), dt.datetime(2024, 3, 18, 14, 5),
        dt.datetime(2024, 3, 18, 23, 30), dt.datetime(2024, 3, 18, 6),
        dt.datetime(2024, 3, 18, 7), None, None, None]
    assert parsed.empty[-3:].all() and not parsed.unreadable.any()
    typed = np.array(["2024-03-18", "NaT"], dtype="datetime64[D]")
    assert parse_dates(typed).days.tolist() == [dt.date(2024, 3, 18), None]


def test_missing_values_are_empty_not_unreadable():
    parsed = parse_dates([None, float("nan"), "", "   ", b"", pd.NA, "2024-03-18"])
    assert parsed.empty.tolist() == [True] * 6 + [False]
    assert parsed.n_unreadable == 0 and parsed.n_readable == 1


def test_unreadable_rows_are_reported_with_their_row_numbers_and_examples():
    values = ["2024-03-18", "soon", "2024-02-30", "03/18/2024", "18-03-24", 2019, "2024-13-01",
              "25-12-2023 25:00", "2024-03/18", "soon", "18 maart 2024", "2024-03-18"]
    parsed = parse_dates(values)
    assert parsed.unreadable_rows.tolist() == list(range(1, 11))
    assert parsed.examples == ("soon", "2024-02-30", "03/18/2024", "18-03-24", "2019")
    assert parsed.n_readable == 2
    text = unreadable_text(parsed, "occurrence_date")
    assert "10 values" in text and "'occurrence_date'" in text and "'soon'" in text
    assert "18-03-2024" in text  # says which formats are read


def test_a_column_of_numbers_is_unreadable_and_says_what_it_holds():
    parsed = parse_dates(np.array([1, 2, 3]))
    assert parsed.unreadable.all()
    assert "'1', '2', '3'" in nothing_readable_text(parsed, "fid")
    assert "holds numbers (Integer64)" in numbers_text("fid", "Integer64")


def test_nothing_readable_and_all_empty_are_told_apart():
    assert "could be read" in nothing_readable_text(parse_dates(["soon", "later"]), "when")
    assert "empty in every row" in nothing_readable_text(parse_dates([None, ""]), "when")
    assert nothing_readable_text(parse_dates(["2024-03-18"]), "when") is None


def test_a_quarter_of_a_million_distinct_timestamps_agree_with_python():
    rng = np.random.default_rng(1)
    seconds = rng.integers(0, 10 * 365 * 86400, 250_000)
    expected = np.datetime64("2014-01-01T00:00:00") + seconds.astype("timedelta64[s]")
    iso = np.char.encode(np.datetime_as_string(expected, unit="m").astype("U16"))
    parsed = parse_dates(iso)
    assert (parsed.values == expected.astype("datetime64[m]").astype("datetime64[s]")).all()
    python = [dt.datetime.strptime(t.decode(), "%Y-%m-%dT%H:%M") for t in iso[:2000]]
    assert parsed.values[:2000].tolist() == python


# --- dates far outside the rest ----------------------------------------------------------------

TODAY = dt.date(2026, 11, 30)


def two_years_of_incidents(n=2000, seed=0):
    rng = np.random.default_rng(seed)
    return np.datetime64("2023-01-01") + rng.integers(0, 730, n).astype("timedelta64[D]")


def test_a_typo_dated_2031_is_left_out_and_reported():
    days = two_years_of_incidents()
    days[17] = np.datetime64("2031-07-14")  # 2031 for 2021, or a slip of the keyboard
    found = far_outside(days, today=dt.date(2035, 1, 1))  # not just "after today"
    assert np.flatnonzero(found.mask).tolist() == [17]
    assert (found.n_before, found.n_after, str(found.latest)) == (0, 1, "2031-07-14")
    assert found.last == np.delete(days, 17).max()
    assert found.first == days.min()
    text = far_outside_text(found, "occurrence_date")
    assert "1 dates in 'occurrence_date'" in text and "latest 2031-07-14" in text
    assert f"from {found.first} to {found.last}" in text


def test_future_dates_and_dates_before_1900_are_left_out():
    days = two_years_of_incidents()
    days[:3] = np.array(["2026-12-01", "0202-05-04", "1899-12-31"], dtype="datetime64[D]")
    found = far_outside(days, today=TODAY)
    assert found.mask[:3].all() and found.count == 3
    assert (found.n_before, found.n_after) == (2, 1)
    assert str(found.earliest) == "0202-05-04" and found.low >= EARLIEST


def test_stray_old_records_beyond_the_bulk_go_and_evenly_spread_years_stay():
    # An export of 2014-2021 with a trickle of old occurrence dates back to 1966.
    rng = np.random.default_rng(2)
    bulk = np.datetime64("2014-01-01") + rng.integers(0, 8 * 365, 20_000).astype(
        "timedelta64[D]")
    old = np.datetime64("1966-01-01") + rng.integers(0, 48 * 365, 150).astype("timedelta64[D]")
    found = far_outside(np.concatenate([bulk, old]), today=TODAY)
    assert not found.mask[:20_000].any()
    assert found.n_before == int((old < found.low).sum()) > 50
    assert found.low < np.datetime64("2008-01-01")
    spread = np.datetime64("1995-01-01") + np.arange(0, 30 * 365, 3).astype("timedelta64[D]")
    assert far_outside(spread, today=TODAY).count == 0


def test_a_few_weeks_of_data_keep_a_year_either_side():
    days = np.datetime64("2024-03-01") + np.arange(20).astype("timedelta64[D]")
    days = np.append(days, np.datetime64("2024-12-01"))
    assert far_outside(days, today=TODAY).count == 0


def test_the_range_the_user_chose_is_never_cut():
    days = two_years_of_incidents()
    days[0] = np.datetime64("2001-06-01")
    assert far_outside(days, today=TODAY).mask[0]
    assert not far_outside(days, today=TODAY, first="2000-01-01").mask[0]
    later = np.append(days, np.datetime64("2026-12-24"))
    assert not far_outside(later, today=TODAY, last="2027-01-01").mask[-1]


def test_missing_dates_are_never_marked_and_nothing_left_is_explained():
    days = np.array(["NaT", "2024-03-18", "NaT"], dtype="datetime64[D]")
    found = far_outside(days, today=TODAY)
    assert found.count == 0 and str(found.first) == "2024-03-18"
    assert far_outside_text(found, "datum") is None
    future = far_outside(np.array(["2031-07-14"], dtype="datetime64[D]"), today=TODAY)
    assert future.first is None and future.count == 1
    assert "after today (2026-11-30)" in none_left_text(future, "datum", TODAY)


def test_a_column_written_month_first_is_not_read_day_first_and_says_so():
    # American notation: read day first, 03/04/2024 would silently become 3 April.
    parsed = parse_dates(["03/04/2024", "03/18/2024", "12/25/2023", "2024-01-02"])
    assert parsed.month_first
    assert parsed.unreadable_rows.tolist() == [0, 1, 2]
    assert parsed.days[3] == np.datetime64("2024-01-02")
    text = unreadable_text(parsed, "occurrence_date")
    assert "written month first" in text and "'03/18/2024'" in text
    # A day above 12 in the first place shows the column is day first: then 03/04 is April.
    day_first = parse_dates(["03/04/2024", "18/03/2024"])
    assert not day_first.month_first
    assert day_first.days.tolist() == [dt.date(2024, 4, 3), dt.date(2024, 3, 18)]
    # Without evidence either way, the Dutch reading holds.
    assert parse_dates(["03/04/2024"]).days.tolist() == [dt.date(2024, 4, 3)]


def test_batches_read_in_turn_make_one_column():
    both = concatenate([parse_dates(["2024-03-18", "soon"]), parse_dates([None, "later", "soon"])])
    assert both.unreadable_rows.tolist() == [1, 3, 4]
    assert both.examples == ("soon", "later") and both.empty.tolist()[2]
    assert len(concatenate([])) == 0


def test_usable_dates_leave_out_what_cannot_be_used_and_say_why():
    parsed = parse_dates(["2024-03-18", "18-03-2024", "", "2031-07-14", "soon"])
    usable = usable_dates(parsed, "datum", today=TODAY)
    assert usable.days.astype(str).tolist() == ["2024-03-18", "2024-03-18", "NaT", "NaT", "NaT"]
    assert str(usable.first) == str(usable.last) == "2024-03-18"
    messages = usable.messages("datum")
    assert [m.split(" ")[1] for m in messages] == ["rows", "values", "dates"]
    with pytest.raises(ValueError, match="its values look like 'soon'"):
        usable_dates(parse_dates(["soon", None]), "datum")
    with pytest.raises(ValueError, match="after today"):
        usable_dates(parse_dates(["2031-07-14"]), "datum", today=TODAY)
    assert len(usable_dates(parse_dates([]), "datum").days) == 0  # no rows: nothing to refuse
