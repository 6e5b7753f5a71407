"""Anonymising incident points: areas or grid cells, coarse dates, suppressed counts.

Pure Python (numpy, pandas, shapely). The QGIS side (processing/anonymise_incidents.py)
reads the points, the area polygons and the kept attributes, calls these functions and
writes the results; everything computed is computed and tested here.

Places
------
- **Postcode areas** (PC6 or PC4 polygons): a point belongs to the area it lies in or on
  (on a shared border: the area that comes first in the layer). Its new location is the
  area's *representative point*: the centroid when it lies inside the area, else a point on
  the surface (the convention of the demo data). Points in no area are dropped and counted,
  never kept with their exact coordinates.
- **Grid cells** of at least :data:`MIN_CELL_SIZE` (100 m): cells are aligned on multiples
  of the cell size from the origin of the coordinate system (so grids of different runs
  line up), a point on a cell border belongs to the cell east / north of it, and the new
  location is the cell centre. Cell ids read ``C<size>_E<x of the lower-left corner>
  _N<y of the lower-left corner>`` in whole metres, e.g. ``C250_E150000_N411000``.

Dates
-----
Coarsened to the *ISO week* (the Monday that starts it; year and week are the ISO week-year
and ISO week, so 2019-12-30 is week 1 of 2020) or the *calendar month* (its first day;
calendar year and month 1-12). Missing or unreadable dates stay missing.

Counts
------
Counts per area (every area, zero included) or per area and period (only the area-periods
with incidents: a missing row means zero) go through
:func:`wijkradar.core.suppression.suppress_frame`: counts 1 to k-1 become NULL and are
flagged. Never publish counts per area next to counts per area and period of the same
data: a suppressed cell could be recomputed by subtraction.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np
import pandas as pd

from . import choices
from .field_words import COORDINATE_NAMES
from .i18n import QT_TRANSLATE_NOOP, translate
from .suppression import DEFAULT_FLAG_COLUMN, DEFAULT_K, suppress_frame

MIN_CELL_SIZE = 100.0
WEEK = "week"
MONTH = "month"
PRECISIONS = choices.ANONYMISE_PRECISIONS.values  # (WEEK, MONTH): the algorithm's options
NO_AREA = -1
COUNT_COLUMN = "n_incidents"

# --- User-facing strings (English source; Dutch in i18n/wijkradar_nl.ts) --------------------

ERROR_CELL_SIZE = QT_TRANSLATE_NOOP(
    "Anonymise", "Grid cells must be at least {minimum:g} m wide, not {size:g} m: smaller cells "
    "come close to single addresses.")
ERROR_PRECISION = QT_TRANSLATE_NOOP("Anonymise", "Date precision must be 'week' or 'month', not "
                                    "{precision!r}.")
ERROR_LENGTHS = "x and y must have the same length ({nx} and {ny})."
ERROR_COORDINATE_FIELDS = QT_TRANSLATE_NOOP(
    "Anonymise", "Field(s) {fields} look like coordinates and would give away the exact "
    "location: leave them out of the fields to keep.")


# --- Dates ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CoarseDates:
    """Coarsened dates: the first day of each period, its year and number (week or month)."""

    precision: str
    start: np.ndarray    # datetime64[D]; NaT where the date is missing
    year: np.ndarray     # int64; meaningful where ``valid``
    number: np.ndarray   # ISO week 1-53 or month 1-12; meaningful where ``valid``
    valid: np.ndarray    # bool

    @property
    def number_name(self) -> str:
        return "week" if self.precision == WEEK else "maand"


def coarsen_dates(dates, precision: str = WEEK) -> CoarseDates:
    """Dates (anything numpy reads as datetime64, NaT for missing) to ISO weeks or months.

    Parameters
    ----------
    dates : array_like
        Anything numpy reads as datetime64 (NaT: missing).
    precision : {"week", "month"}
        The ISO week (its Monday) or the calendar month (its first day).

    Returns
    -------
    CoarseDates

    Examples
    --------
    30 December 2019 lies in ISO week 1 of 2020; a Friday in May 2024 in week 20:

    >>> dates = np.array(["2019-12-30", "2024-05-17", "NaT"], dtype="datetime64[D]")
    >>> weeks = coarsen_dates(dates)
    >>> weeks.start.astype(str).tolist(), weeks.year.tolist(), weeks.number.tolist()
    (['2019-12-30', '2024-05-13', 'NaT'], [2020, 2024, 0], [1, 20, 0])
    >>> coarsen_dates(dates[1:2], "month").start.astype(str).tolist()
    ['2024-05-01']
    """
    if precision not in PRECISIONS:
        raise ValueError(translate("Anonymise", ERROR_PRECISION).format(precision=precision))
    days_dt = np.asarray(dates).astype("datetime64[D]")
    valid = ~np.isnat(days_dt)
    days = np.where(valid, days_dt.astype(np.int64), 0)
    if precision == WEEK:
        weekday = (days + 3) % 7            # 1970-01-01 was a Thursday; Monday = 0
        monday = days - weekday
        thursday = (monday + 3).astype("datetime64[D]")  # decides the ISO week-year
        year_start = thursday.astype("datetime64[Y]")
        year = year_start.astype(np.int64) + 1970
        number = (thursday - year_start.astype("datetime64[D]")).astype(np.int64) // 7 + 1
        start = monday.astype("datetime64[D]")
    else:
        months = days.astype("datetime64[D]").astype("datetime64[M]")
        month_index = months.astype(np.int64)
        year = month_index // 12 + 1970
        number = month_index % 12 + 1
        start = months.astype("datetime64[D]")
    start = np.where(valid, start, np.datetime64("NaT", "D"))
    return CoarseDates(precision, start, np.where(valid, year, 0), np.where(valid, number, 0),
                       valid)


# --- Grid cells -------------------------------------------------------------------------------

def check_cell_size(cell_size: float) -> float:
    size = float(cell_size)
    if not math.isfinite(size) or size < MIN_CELL_SIZE:
        raise ValueError(translate("Anonymise", ERROR_CELL_SIZE).format(minimum=MIN_CELL_SIZE,
                                                                         size=size))
    return size


@dataclass(frozen=True)
class GridCells:
    """The occupied cells (sorted by row, then column) and each point's cell index."""

    cell_size: float
    col: np.ndarray      # int64 per cell
    row: np.ndarray      # int64 per cell
    index: np.ndarray    # per point: index into the cells, NO_AREA for missing coordinates

    @property
    def ids(self) -> list:
        return [cell_id(c, r, self.cell_size) for c, r in zip(self.col, self.row)]

    @property
    def centres(self):
        """(x, y) of the cell centres."""
        return (self.col + 0.5) * self.cell_size, (self.row + 0.5) * self.cell_size

    def polygons(self):
        """The cells as shapely polygons."""
        import shapely

        size = self.cell_size
        return shapely.box(self.col * size, self.row * size, (self.col + 1) * size,
                           (self.row + 1) * size)


def cell_id(col: int, row: int, cell_size: float) -> str:
    return f"C{cell_size:g}_E{col * cell_size:.0f}_N{row * cell_size:.0f}"


def assign_grid_cells(x, y, cell_size: float) -> GridCells:
    """Each point's grid cell; cells are aligned on multiples of ``cell_size``.

    >>> cells = assign_grid_cells([150010.0, 150240.0, 150260.0, np.nan],
    ...                           [411010.0, 411200.0, 411100.0, 0.0], cell_size=250)
    >>> cells.ids, cells.index.tolist()  # -1: no coordinates
    (['C250_E150000_N411000', 'C250_E150250_N411000'], [0, 0, 1, -1])
    >>> [value.tolist() for value in cells.centres]
    [[150125.0, 150375.0], [411125.0, 411125.0]]
    """
    size = check_cell_size(cell_size)
    x, y = _coordinates(x, y)
    finite = np.isfinite(x) & np.isfinite(y)
    col = np.floor(x[finite] / size).astype(np.int64)
    row = np.floor(y[finite] / size).astype(np.int64)
    pairs, inverse = np.unique(np.column_stack([row, col]), axis=0, return_inverse=True)
    index = np.full(len(x), NO_AREA, dtype=np.int64)
    index[finite] = np.asarray(inverse).ravel()
    pairs = pairs.reshape(-1, 2)
    return GridCells(size, pairs[:, 1].copy(), pairs[:, 0].copy(), index)


# --- Postcode areas ---------------------------------------------------------------------------

def assign_areas(x, y, areas) -> np.ndarray:
    """Index of the area (shapely polygons) each point lies in or on; NO_AREA for none.

    A point on a border shared by areas goes to the one that comes first.

    >>> import shapely
    >>> squares = [shapely.box(0, 0, 100, 100), shapely.box(100, 0, 200, 100)]
    >>> assign_areas([10, 100, 150, 500], [10, 50, 50, 50], squares).tolist()
    [0, 0, 1, -1]
    """
    import shapely

    x, y = _coordinates(x, y)
    areas = np.asarray(areas, dtype=object)
    index = np.full(len(x), NO_AREA, dtype=np.int64)
    finite = np.flatnonzero(np.isfinite(x) & np.isfinite(y))
    if len(finite) == 0 or len(areas) == 0:
        return index
    tree = shapely.STRtree(areas)
    points, hits = tree.query(shapely.points(x[finite], y[finite]), predicate="intersects")
    if len(points) == 0:
        return index
    order = np.lexsort((hits, points))
    points, hits = points[order], hits[order]
    first = np.concatenate([[True], points[1:] != points[:-1]])
    index[finite[points[first]]] = hits[first]
    return index


def representative_points(areas):
    """(x, y) per area: the centroid when it lies inside, else a point on the surface.

    The centroid of a U-shaped area lies in its notch, so a point on its surface is used:

    >>> import shapely
    >>> u_shape = shapely.Polygon([(0, 0), (300, 0), (300, 300), (200, 300), (200, 100),
    ...                            (100, 100), (100, 300), (0, 300)])
    >>> [value.tolist() for value in representative_points([shapely.box(0, 0, 100, 100),
    ...                                                     u_shape])]
    [[50.0, 50.0], [50.0, 200.0]]
    """
    import shapely

    areas = np.asarray(areas, dtype=object)
    if len(areas) == 0:
        return np.zeros(0), np.zeros(0)
    centroids = shapely.centroid(areas)
    inside = shapely.within(centroids, areas)
    points = np.where(inside, centroids, shapely.point_on_surface(areas))
    xy = shapely.get_coordinates(points, include_z=False)
    missing = shapely.is_missing(points) | shapely.is_empty(points)
    x = np.full(len(areas), np.nan)
    y = np.full(len(areas), np.nan)
    x[~missing], y[~missing] = xy[:, 0], xy[:, 1]
    return x, y


# --- Counts -----------------------------------------------------------------------------------

def area_counts(index, area_ids: Sequence, k: int = DEFAULT_K,
                dates: Optional[CoarseDates] = None,
                flag_column: str = DEFAULT_FLAG_COLUMN) -> pd.DataFrame:
    """Suppressed counts per area (``dates`` None) or per area and period.

    Per area: one row per area in ``area_ids`` order, zero included (column ``area`` is the
    position in ``area_ids``). Per area and period: one row per area-period with incidents,
    sorted by area and period, with ``start``, ``year`` and ``number``; points without a date
    are not counted there (the caller reports them). Points with index NO_AREA never count.

    Parameters
    ----------
    index : array_like of int
        Each point's area (:func:`assign_areas`) or cell (:func:`assign_grid_cells`).
    area_ids : sequence
        The ids of the areas or cells.
    k : int
        Counts below it are suppressed (zero kept).
    dates : CoarseDates, optional
        The points' periods (:func:`coarsen_dates`), to count per area and period.
    flag_column : str
        The column that marks suppressed rows.

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    Six incidents in one postcode area, one in the other, one outside both:

    >>> import shapely
    >>> squares = [shapely.box(0, 0, 100, 100), shapely.box(100, 0, 200, 100)]
    >>> index = assign_areas([10, 20, 30, 40, 50, 60, 150, 500], [10] * 6 + [50, 50], squares)
    >>> table = area_counts(index, ["1011AB", "1011AC"])
    >>> table["n_incidents"].tolist(), table["onderdrukt"].tolist()
    ([6, <NA>], [False, True])
    >>> weeks = coarsen_dates(np.array(["2024-05-13"] * 5 + ["2024-05-20"] + ["2024-05-14"] * 2,
    ...                                dtype="datetime64[D]"))
    >>> area_counts(index, ["1011AB", "1011AC"], dates=weeks)["n_incidents"].tolist()
    [5, <NA>, <NA>]
    """
    index = np.asarray(index, dtype=np.int64)
    counted = index != NO_AREA
    if dates is None:
        counts = np.bincount(index[counted], minlength=len(area_ids))
        table = pd.DataFrame({"area": np.arange(len(area_ids)),
                              "area_id": pd.Series(list(area_ids), dtype=object),
                              COUNT_COLUMN: counts.astype(np.int64)})
        return suppress_frame(table, [COUNT_COLUMN], k, flag_column)
    counted &= dates.valid
    frame = pd.DataFrame({"area": index[counted], "start": dates.start[counted],
                          "year": dates.year[counted], "number": dates.number[counted]})
    table = (frame.groupby(["area", "start", "year", "number"], sort=True).size()
             .rename(COUNT_COLUMN).reset_index())
    ids = np.asarray(list(area_ids), dtype=object)
    table.insert(1, "area_id", ids[table["area"].to_numpy()] if len(table) else [])
    table[COUNT_COLUMN] = table[COUNT_COLUMN].astype(np.int64)
    return suppress_frame(table, [COUNT_COLUMN], k, flag_column)


# --- Kept fields ------------------------------------------------------------------------------

def coordinate_fields(names: Sequence[str]) -> list:
    """The field names that look like coordinates (``x``, ``rd_y``, ``lat``, ``geom`` ...).

    >>> coordinate_fields(["datum", "X", "rd_y", "lat", "soort"])
    ['X', 'rd_y', 'lat']
    """
    found = []
    for name in names:
        squashed = re.sub(r"[^0-9a-z]", "", str(name).lower())
        if squashed in COORDINATE_NAMES:
            found.append(name)
    return found


def check_kept_fields(names: Sequence[str]) -> None:
    found = coordinate_fields(names)
    if found:
        raise ValueError(translate("Anonymise", ERROR_COORDINATE_FIELDS).format(
            fields=", ".join(found)))


def _coordinates(x, y):
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    if len(x) != len(y):
        raise ValueError(ERROR_LENGTHS.format(nx=len(x), ny=len(y)))
    return x, y
