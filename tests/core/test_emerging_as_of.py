"""Emerging hot spots as of a date (core.emerging.build_cube's ``last``): the final step
ends on that date and later incidents are left out and counted."""

import numpy as np
import pytest

from wijkradar.core.emerging import build_cube


def incidents(seed=4):
    """Two years of daily-dated incidents at 5 locations (as an export has them)."""
    rng = np.random.default_rng(seed)
    days = np.arange("2023-01-01", "2024-12-31", dtype="datetime64[D]")
    dates = rng.choice(days, size=3000)
    return rng.integers(0, 5, size=dates.size), dates


def test_the_cube_as_of_a_date_is_the_cube_of_the_data_up_to_it_ending_on_it():
    where, dates = incidents()
    last = np.datetime64("2024-09-29")  # a Sunday; incidents go on to December
    cube = build_cube(where, dates, 5, step="week", n_steps=20, last=last)
    assert cube.ends[-1] == last and cube.starts[0] == last - np.timedelta64(139, "D")
    assert cube.dropped["after"] == int((dates > last).sum()) > 0
    # independently: count each week by hand
    for t in (0, 7, 19):
        start, end = cube.starts[t], cube.ends[t]
        inside = (dates >= start) & (dates <= end)
        assert cube.counts[t].tolist() == np.bincount(where[inside], minlength=5).tolist()
    assert cube.counts.sum() + cube.dropped["after"] + cube.dropped["before"] == dates.size


def test_a_date_after_the_data_ends_the_steps_on_it():
    where, dates = incidents()
    cube = build_cube(where, dates, 5, step="month", n_steps=12, last="2025-01-31")
    assert str(cube.ends[-1]) == "2025-01-31" and cube.dropped["after"] == 0
    assert cube.counts[-1].sum() == 0  # January 2025 has no incidents yet


def test_without_a_date_nothing_changes():
    where, dates = incidents()
    plain = build_cube(where, dates, 5, step="week", n_steps=20)
    as_of_last = build_cube(where, dates, 5, step="week", n_steps=20, last=dates.max())
    assert np.array_equal(plain.counts, as_of_last.counts)
    assert plain.dropped["after"] == 0


def test_a_date_before_every_incident_is_refused_with_the_first_date():
    where, dates = incidents()
    with pytest.raises(ValueError, match="No incident is dated on or before 2022-06-30.*"
                                         f"the first is dated {dates.min()}"):
        build_cube(where, dates, 5, last="2022-06-30")
