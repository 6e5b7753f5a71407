"""Anonymising incidents: ISO weeks and months, grid cells, areas, representative points and
suppressed counts."""

import datetime as dt

import numpy as np
import pandas as pd
import pytest
import shapely

from wijkradar.core.anonymise import (
    MIN_CELL_SIZE,
    NO_AREA,
    area_counts,
    assign_areas,
    assign_grid_cells,
    cell_id,
    check_cell_size,
    check_kept_fields,
    coarsen_dates,
    coordinate_fields,
    representative_points,
)
from wijkradar.core.suppression import assert_no_small_counts


def days(*texts):
    return np.array(texts, dtype="datetime64[D]")


# --- dates ------------------------------------------------------------------------------------

def test_iso_weeks_by_hand():
    # 2019-12-30 (Mon) opens ISO week 1 of 2020; 2021-01-03 (Sun) closes 2020-W53;
    # 2024-12-30 (Mon) is 2025-W01; 2023-01-01 (Sun) is the last day of 2022-W52.
    coarse = coarsen_dates(days("2019-12-30", "2020-01-05", "2021-01-03", "2021-01-04",
                                "2024-12-30", "2023-01-01", "2024-05-15"), "week")
    assert coarse.start.astype(str).tolist() == [
        "2019-12-30", "2019-12-30", "2020-12-28", "2021-01-04", "2024-12-30", "2022-12-26",
        "2024-05-13"]
    assert coarse.year.tolist() == [2020, 2020, 2020, 2021, 2025, 2022, 2024]
    assert coarse.number.tolist() == [1, 1, 53, 1, 1, 52, 20]
    assert coarse.valid.all() and coarse.number_name == "week"


def test_iso_weeks_agree_with_python_for_twelve_years():
    first = dt.date(2015, 1, 1)
    dates = [first + dt.timedelta(days=i) for i in range(12 * 366)]
    coarse = coarsen_dates(np.array(dates, dtype="datetime64[D]"), "week")
    iso = [d.isocalendar() for d in dates]
    assert coarse.year.tolist() == [i[0] for i in iso]
    assert coarse.number.tolist() == [i[1] for i in iso]
    mondays = [d - dt.timedelta(days=d.weekday()) for d in dates]
    assert coarse.start.tolist() == mondays


def test_months_by_hand_and_missing_dates_stay_missing():
    coarse = coarsen_dates(days("2024-02-29", "2023-12-31", "1969-07-20", "NaT"), "month")
    assert coarse.start[:3].astype(str).tolist() == ["2024-02-01", "2023-12-01", "1969-07-01"]
    assert coarse.year[:3].tolist() == [2024, 2023, 1969]
    assert coarse.number[:3].tolist() == [2, 12, 7]
    assert coarse.valid.tolist() == [True, True, True, False]
    assert np.isnat(coarse.start[3]) and coarse.number_name == "maand"


def test_datetimes_are_coarsened_by_their_day_and_bad_precision_is_refused():
    stamps = np.array(["2024-03-03T23:59:00", "2024-03-04T00:01:00"], dtype="datetime64[s]")
    assert coarsen_dates(stamps, "week").number.tolist() == [9, 10]
    with pytest.raises(ValueError, match="week' or 'month"):
        coarsen_dates(days("2024-01-01"), "day")


# --- grid cells -------------------------------------------------------------------------------

def test_grid_cells_are_aligned_and_the_border_goes_east_and_north():
    x = np.array([150_010.0, 150_240.0, 150_250.0, 149_999.0, np.nan])
    y = np.array([411_010.0, 411_100.0, 411_250.0, 411_000.0, 5.0])
    cells = assign_grid_cells(x, y, 250)
    ids = cells.ids
    assert [ids[i] if i != NO_AREA else None for i in cells.index] == [
        "C250_E150000_N411000", "C250_E150000_N411000", "C250_E150250_N411250",
        "C250_E149750_N411000", None]
    cx, cy = cells.centres
    centre = {i: (cx[n], cy[n]) for n, i in enumerate(ids)}
    assert centre["C250_E150000_N411000"] == (150_125.0, 411_125.0)
    polygon = cells.polygons()[ids.index("C250_E150250_N411250")]
    assert polygon.bounds == (150_250.0, 411_250.0, 150_500.0, 411_500.0)


@pytest.mark.parametrize("size", [50, 99.9, 0, -100, float("nan")])
def test_cells_smaller_than_100_m_are_refused(size):
    with pytest.raises(ValueError, match="at least 100 m"):
        assign_grid_cells([1.0], [1.0], size)


def test_cell_size_and_id():
    assert check_cell_size(MIN_CELL_SIZE) == 100.0
    assert cell_id(1500, 4110, 100) == "C100_E150000_N411000"


def test_every_point_lies_in_its_cell_and_moves_at_most_half_a_diagonal():
    rng = np.random.default_rng(4)
    x, y = rng.uniform(140_000, 160_000, 5000), rng.uniform(400_000, 420_000, 5000)
    cells = assign_grid_cells(x, y, 100)
    polygons = cells.polygons()[cells.index]
    assert shapely.intersects(polygons, shapely.points(x, y)).all()
    cx, cy = cells.centres
    moved = np.hypot(cx[cells.index] - x, cy[cells.index] - y)
    assert moved.max() <= 50 * np.sqrt(2) + 1e-9
    assert len(set(cells.ids)) == len(cells.ids)


# --- areas ------------------------------------------------------------------------------------

def squares():
    """Two unit squares side by side and a U-shape whose centroid lies outside it."""
    u_shape = shapely.Polygon([(10, 0), (13, 0), (13, 3), (12, 3), (12, 1), (11, 1), (11, 3),
                               (10, 3)])
    return np.array([shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1), u_shape], dtype=object)


def test_points_go_to_the_area_they_lie_in_and_outside_points_to_none():
    x = [0.5, 1.5, 1.0, 5.0, np.nan, 10.5]
    y = [0.5, 0.5, 0.5, 5.0, 0.0, 2.5]
    assert assign_areas(x, y, squares()).tolist() == [0, 1, 0, NO_AREA, NO_AREA, 2]
    assert assign_areas([], [], squares()).tolist() == []
    assert assign_areas([0.5], [0.5], []).tolist() == [NO_AREA]


def test_representative_point_is_the_centroid_inside_else_a_point_on_the_surface():
    x, y = representative_points(squares())
    assert (x[0], y[0]) == (0.5, 0.5) and (x[1], y[1]) == (1.5, 0.5)
    u_shape = squares()[2]
    assert not u_shape.contains(u_shape.centroid)
    assert u_shape.contains(shapely.Point(x[2], y[2]))


# --- counts -----------------------------------------------------------------------------------

def test_counts_per_area_suppress_1_to_k_minus_1_and_keep_zero():
    index = np.array([0] * 7 + [1] * 3 + [3] * 5 + [NO_AREA] * 4)
    table = area_counts(index, ["A", "B", "C", "D"], k=5)
    assert table["area_id"].tolist() == ["A", "B", "C", "D"]
    assert table["n_incidents"].tolist()[0] == 7
    assert pd.isna(table["n_incidents"][1]) and table["onderdrukt"][1]
    assert table["n_incidents"][2] == 0 and not table["onderdrukt"][2]
    assert table["n_incidents"][3] == 5 and not table["onderdrukt"][3]
    assert_no_small_counts(table["n_incidents"], k=5)


def test_counts_per_area_and_period():
    dates = coarsen_dates(days("2024-01-01", "2024-01-02", "2024-01-09", "2024-01-03",
                               "NaT", "2024-01-04", "2024-01-05", "2024-01-06", "2024-01-07"),
                          "week")
    index = np.array([0, 0, 0, 1, 1, 1, 1, 1, NO_AREA])
    table = area_counts(index, ["A", "B"], k=3, dates=dates)
    assert table[["area_id", "year", "number"]].values.tolist() == [
        ["A", 2024, 1], ["A", 2024, 2], ["B", 2024, 1]]
    assert table["start"].astype(str).tolist() == ["2024-01-01", "2024-01-08", "2024-01-01"]
    assert pd.isna(table["n_incidents"][0]) and table["onderdrukt"][0]   # 2 < 3
    assert pd.isna(table["n_incidents"][1]) and table["onderdrukt"][1]   # 1 < 3
    assert table["n_incidents"][2] == 4 and not table["onderdrukt"][2]   # undated not counted
    empty = area_counts(np.array([NO_AREA]), ["A"], dates=coarsen_dates(days("2024-01-01")))
    assert len(empty) == 0 and "onderdrukt" in empty


# --- kept fields ------------------------------------------------------------------------------

def test_coordinate_fields_are_recognised_and_refused():
    names = ["soort", "X", "rd_y", "Latitude", "geom", "postcode", "xcoord", "aantal",
             "POINT_X", "Northing"]
    assert coordinate_fields(names) == ["X", "rd_y", "Latitude", "geom", "xcoord", "POINT_X",
                                        "Northing"]
    with pytest.raises(ValueError, match="X, rd_y"):
        check_kept_fields(["soort", "X", "rd_y"])
    check_kept_fields(["soort", "jaar", "week"])
