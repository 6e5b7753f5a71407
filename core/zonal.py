"""Zonal statistics from a grid of zone numbers, and incident points counted per area.

Zonal statistics
----------------
The caller rasterises the polygons onto the value raster's own grid (zone ``k + 1`` for
polygon ``k``, 0 = no polygon) with the pixel-centre rule that QGIS's zonal statistics use:
a cell belongs to a polygon when its centre lies inside it. :func:`zonal_statistics` then
reduces the cells of every zone in a few passes over the arrays (``numpy.bincount`` for
counts, sums and hotspot cells; the maximum and minimum per run of equal zone numbers
along the rows, then per zone), with no Python loop over polygons or cells. The grid is
processed in blocks of rows, so the temporary arrays stay small whatever the raster size.

Cells without data (NaN) are not counted. A rasterised grid holds one zone per cell; cells
that lie in more than one polygon (overlapping polygons) are passed separately as
``extra_cells`` (zone, cell) pairs, so every polygon gets all of its cells. A polygon too
small to hold any cell centre gets the value of the cell under an inner point of it
(``fallback_cells``); its ``n_cells`` stays 0 and ``from_point`` says so.

Hotspot cells: by default the top 5% of the raster's cells with data, counted like
``wijkradar.core.kde.hotspot_mask`` (``ceil(p / 100 * n)`` cells, zeros never hot); a cell
at or above the value of the last of them is hot.

Incidents per area
------------------
:func:`count_points_in_polygons` counts points per polygon with a shapely STRtree. A point
on the shared border of two polygons counts once (for the first); a point inside two
overlapping polygons counts for each, and is reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from .kde import hotspot_cell_count

BLOCK_CELLS = 4_000_000
STAT_COLUMNS = ("n_cells", "n_nodata", "sum", "mean", "min", "max", "n_hot", "hot_share",
                "from_point")


def top_percent_threshold(values: np.ndarray, top_percent: float = 5.0) -> float:
    """The lowest value among the top ``top_percent`` % of the cells with data (NaN = no
    data); ``inf`` when no cell is above 0. Zeros count as cells but are never hot.

    Examples
    --------
    Two of the five cells with data are the top 40%:

    >>> top_percent_threshold(np.array([[4.0, 6.0, 1.0], [np.nan, 3.0, 9.0]]), 40.0)
    6.0
    """
    values = np.asarray(values)
    finite = values[np.isfinite(values)]
    n_hot = min(hotspot_cell_count(top_percent, finite.size),
                int(np.count_nonzero(finite > 0)))
    if n_hot == 0:
        return float("inf")
    return float(np.partition(finite, finite.size - n_hot)[finite.size - n_hot])


def _block_reduce(zones, values, n_zones, hot_threshold, acc):
    valid = (zones > 0) & np.isfinite(values)
    acc["nodata"] += np.bincount(zones[(zones > 0) & ~valid], minlength=n_zones + 1)
    z = zones[valid]
    if z.size == 0:
        return
    v = values[valid].astype(np.float64)
    acc["count"] += np.bincount(z, minlength=n_zones + 1)
    acc["sum"] += np.bincount(z, weights=v, minlength=n_zones + 1)
    if hot_threshold is not None:
        acc["hot"] += np.bincount(z[v >= hot_threshold], minlength=n_zones + 1)
    # Runs of equal zone numbers (cells of one polygon along a row) are reduced first:
    # reduceat is one C pass, and the per-zone step then sees runs, not cells.
    starts = np.flatnonzero(np.concatenate(([True], z[1:] != z[:-1])))
    run_zones = z[starts]
    np.maximum.at(acc["max"], run_zones, np.maximum.reduceat(v, starts))
    np.minimum.at(acc["min"], run_zones, np.minimum.reduceat(v, starts))


def zonal_statistics(zones: np.ndarray, values: np.ndarray, n_zones: int,
                     hot_threshold: Optional[float] = None,
                     extra_cells: Optional[Tuple[np.ndarray, np.ndarray]] = None,
                     fallback_cells: Optional[Tuple[np.ndarray, np.ndarray]] = None,
                     block_cells: int = BLOCK_CELLS) -> pd.DataFrame:
    """Count, sum, mean, min, max and hotspot cells per zone 1..n_zones.

    ``zones``: integer grid (0 = no zone); ``values``: grid of the same shape, NaN = no data.
    ``extra_cells``: (zone numbers, flat cell indices) of cells that count for a zone besides
    the grid's own (cells of overlapping polygons, which the caller set to 0 in ``zones``).
    ``fallback_cells``: (zone numbers, flat cell indices) used only for zones that hold no
    cell. Returns a frame indexed 0..n_zones-1 (zone k + 1 at row k) with
    :data:`STAT_COLUMNS`; ``hot_share`` is the share (0-1) of a zone's cells with data that
    are at or above ``hot_threshold`` (NaN when no threshold is given).

    Parameters
    ----------
    zones : numpy.ndarray of int
        The polygons rasterised on the value raster's grid (0: no polygon).
    values : numpy.ndarray of float
        The raster's values (NaN: no data).
    n_zones : int
        The number of polygons.
    hot_threshold : float, optional
        Cells at or above it are hot (e.g. :func:`top_percent_threshold`).
    extra_cells, fallback_cells : (numpy.ndarray, numpy.ndarray), optional
        (zone numbers, flat cell indices) of cells in overlapping polygons, and of the
        cell under each polygon's inner point.
    block_cells : int
        Cells reduced at a time (memory, not results).

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    Two polygons on a 2 x 3 raster; the first has a cell without data:

    >>> zones = np.array([[1, 1, 2], [1, 0, 2]])
    >>> values = np.array([[4.0, 6.0, 1.0], [np.nan, 3.0, 9.0]])
    >>> table = zonal_statistics(zones, values, 2, hot_threshold=6.0)
    >>> table[["n_cells", "n_nodata", "mean", "max", "n_hot"]].to_dict("list")
    {'n_cells': [2, 2], 'n_nodata': [1, 0], 'mean': [5.0, 5.0], 'max': [6.0, 9.0], 'n_hot': [1, 1]}
    """
    zones = np.asarray(zones)
    values = np.asarray(values)
    _check_grids(zones, values, n_zones)
    acc = {"count": np.zeros(n_zones + 1, np.int64), "nodata": np.zeros(n_zones + 1, np.int64),
           "sum": np.zeros(n_zones + 1), "hot": np.zeros(n_zones + 1, np.int64),
           "max": np.full(n_zones + 1, -np.inf), "min": np.full(n_zones + 1, np.inf)}
    flat_zones = zones.reshape(-1)
    flat_values = values.reshape(-1)
    step = max(1, int(block_cells))
    for start in range(0, flat_zones.size, step):
        _block_reduce(flat_zones[start:start + step], flat_values[start:start + step],
                      n_zones, hot_threshold, acc)
    if extra_cells is not None and len(extra_cells[0]):
        extra_zones = np.asarray(extra_cells[0], dtype=np.int64)
        _block_reduce(extra_zones, flat_values[np.asarray(extra_cells[1], dtype=np.int64)],
                      n_zones, hot_threshold, acc)
    from_point = np.zeros(n_zones + 1, dtype=bool)
    if fallback_cells is not None and len(fallback_cells[0]):
        _fill_from_fallback(fallback_cells, flat_values, hot_threshold, acc, from_point)
    return _zone_table(acc, from_point, n_zones, hot_threshold)


def _check_grids(zones, values, n_zones):
    if zones.shape != values.shape:
        raise ValueError(f"The zone grid has {zones.shape} cells but the value grid "
                         f"{values.shape}: rasterise the zones on the raster's own grid.")
    if not np.issubdtype(zones.dtype, np.integer):
        raise ValueError("Zone numbers must be integers.")
    if n_zones < 0 or (zones.size and (zones.min() < 0 or zones.max() > n_zones)):
        raise ValueError(f"Zone numbers must lie between 0 and {n_zones}.")


def _fill_from_fallback(fallback_cells, flat_values, hot_threshold, acc, from_point):
    """A zone that holds no cell centre (with or without data) takes the value of its
    fallback cell, the cell under an inner point of its polygon; ``from_point`` marks it."""
    fb_zones = np.asarray(fallback_cells[0], dtype=np.int64)
    fb_values = flat_values[np.asarray(fallback_cells[1], dtype=np.int64)].astype(float)
    use = (acc["count"][fb_zones] == 0) & (acc["nodata"][fb_zones] == 0) \
        & np.isfinite(fb_values)
    fb_zones, fb_values = fb_zones[use], fb_values[use]
    from_point[fb_zones] = True
    acc["sum"][fb_zones] = fb_values
    acc["max"][fb_zones] = fb_values
    acc["min"][fb_zones] = fb_values
    if hot_threshold is not None:
        acc["hot"][fb_zones] = (fb_values >= hot_threshold).astype(np.int64)


def _zone_table(acc, from_point, n_zones, hot_threshold):
    """The statistics of zones 1..n_zones from the accumulated sums (row k: zone k + 1)."""
    count = acc["count"][1:]
    divisor = np.where(from_point[1:], 1, count).astype(float)
    has_value = (count > 0) | from_point[1:]
    with np.errstate(invalid="ignore", divide="ignore"):
        table = pd.DataFrame({
            "n_cells": count,
            "n_nodata": acc["nodata"][1:],
            "sum": np.where(has_value, acc["sum"][1:], np.nan),
            "mean": np.where(has_value, acc["sum"][1:] / divisor, np.nan),
            "min": np.where(has_value, acc["min"][1:], np.nan),
            "max": np.where(has_value, acc["max"][1:], np.nan),
            "n_hot": acc["hot"][1:] if hot_threshold is not None else np.zeros(n_zones, int),
            "hot_share": (np.where(has_value, acc["hot"][1:] / divisor, np.nan)
                          if hot_threshold is not None else np.full(n_zones, np.nan)),
            "from_point": from_point[1:],
        })
    return table


# --------------------------------------------------------------------------- cells and points


def cell_centres(flat_indices: np.ndarray, geotransform: Sequence[float],
                 ncols: int) -> Tuple[np.ndarray, np.ndarray]:
    """Map coordinates of the centres of cells given by flat (row-major) indices.

    >>> cell_centres([0, 4], (1000.0, 100.0, 0.0, 2000.0, 0.0, -100.0), ncols=3)
    (array([1050., 1150.]), array([1950., 1850.]))
    """
    x0, dx, rx, y0, ry, dy = geotransform
    rows, cols = np.divmod(np.asarray(flat_indices, dtype=np.int64), ncols)
    u, v = cols + 0.5, rows + 0.5
    return x0 + u * dx + v * rx, y0 + u * ry + v * dy


def cells_of_points(x, y, geotransform: Sequence[float], shape: Tuple[int, int]):
    """Flat indices of the cells holding points (x, y) (north-up grids), -1 outside.

    >>> geotransform = (1000.0, 100.0, 0.0, 2000.0, 0.0, -100.0)
    >>> cells_of_points([1050, 1250, 900], [1950, 1850, 1950], geotransform, (2, 3)).tolist()
    [0, 5, -1]
    """
    x0, dx, _, y0, _, dy = geotransform
    cols = np.floor((np.asarray(x, float) - x0) / dx).astype(np.int64)
    rows = np.floor((np.asarray(y, float) - y0) / dy).astype(np.int64)
    inside = (rows >= 0) & (rows < shape[0]) & (cols >= 0) & (cols < shape[1])
    return np.where(inside, rows * shape[1] + cols, -1)


def points_in_polygons(x, y, polygons) -> Tuple[np.ndarray, np.ndarray, int]:
    """(point indices, polygon indices) of every point-polygon pair, and how many points lie
    inside more than one polygon.

    A point inside polygons counts for each polygon whose interior holds it; a point only on
    borders counts once, for the first polygon that touches it.

    Examples
    --------
    Two squares side by side; the second point lies on their shared border, the last
    outside both:

    >>> import shapely
    >>> squares = [shapely.box(0, 0, 100, 100), shapely.box(100, 0, 200, 100)]
    >>> points, polygons, several = points_in_polygons([10, 100, 150, 500], [10, 50, 50, 50],
    ...                                                squares)
    >>> points.tolist(), polygons.tolist(), several
    ([0, 1, 2], [0, 0, 1], 0)
    """
    import shapely

    points = shapely.points(np.asarray(x, float), np.asarray(y, float))
    tree = shapely.STRtree(np.asarray(polygons, dtype=object))
    point_index, polygon_index = tree.query(points, predicate="intersects")
    if point_index.size == 0:
        return point_index, polygon_index, 0
    order = np.lexsort((polygon_index, point_index))
    point_index, polygon_index = point_index[order], polygon_index[order]
    hits = np.bincount(point_index, minlength=len(points))
    several = hits[point_index] > 1
    if not several.any():
        return point_index, polygon_index, 0
    inside = np.ones(point_index.size, dtype=bool)
    inside[several] = shapely.contains_properly(
        tree.geometries[polygon_index[several]], points[point_index[several]])
    inside_count = np.bincount(point_index[inside], minlength=len(points))
    first = np.concatenate(([True], point_index[1:] != point_index[:-1]))
    # Points with no interior hit (on borders only) keep their first pair.
    keep = inside | (first & (inside_count[point_index] == 0))
    return point_index[keep], polygon_index[keep], int(np.count_nonzero(inside_count > 1))


@dataclass
class PointCounts:
    """Points per polygon so far, and how many lay outside every polygon or inside several."""

    counts: np.ndarray
    outside: int = 0
    in_several: int = 0


def count_points_in_polygons(x, y, polygons, counts: Optional[PointCounts] = None
                             ) -> PointCounts:
    """Adds the points (x, y) to the per-polygon counts (pass the result of the previous
    batch as ``counts`` to count batch by batch).

    Parameters
    ----------
    x, y : array_like of float
        The points, in the polygons' CRS.
    polygons : sequence of shapely geometries
        The areas.
    counts : PointCounts, optional
        The counts of the batches before.

    Returns
    -------
    PointCounts

    Examples
    --------
    >>> import shapely
    >>> squares = [shapely.box(0, 0, 100, 100), shapely.box(100, 0, 200, 100)]
    >>> counts = count_points_in_polygons([10, 100, 150, 500], [10, 50, 50, 50], squares)
    >>> counts = count_points_in_polygons([20], [20], squares, counts)  # a second batch
    >>> counts.counts.tolist(), counts.outside, counts.in_several
    ([3, 1], 1, 0)
    """
    if counts is None:
        counts = PointCounts(np.zeros(len(polygons), dtype=np.int64))
    point_index, polygon_index, several = points_in_polygons(x, y, polygons)
    counts.counts += np.bincount(polygon_index, minlength=len(polygons))
    counts.outside += int(len(np.asarray(x)) - np.unique(point_index).size)
    counts.in_several += several
    return counts
