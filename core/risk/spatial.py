"""The areas: unique ids, which area holds each point, context points in or near each area,
and which areas touch (:mod:`wijkradar.core.spatial_weights`)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..i18n import translate
from ..spatial_weights import contiguity_matrix, grid_contiguity, row_standardise  # noqa: F401


def check_unique_ids(ids) -> None:
    """Raises a ValueError naming duplicate area ids (each area needs its own id)."""
    series = pd.Series(list(ids), dtype=object)
    if series.isna().any():
        raise ValueError(translate("Risk", "{} areas have no id (NULL); every area needs "
                                   "one.").format(int(series.isna().sum())))
    counts = series.value_counts()
    duplicates = counts[counts > 1]
    if len(duplicates):
        examples = ", ".join(f"{key} ({value}x)" for key, value in duplicates.head(5).items())
        raise ValueError(translate(
            "Risk", "The area ids are not unique: {} ids occur more than once, e.g. {}. Give "
            "every area its own id, or dissolve the layer on the id field first.").format(
            len(duplicates), examples))


def locate_points(geometries, x, y) -> np.ndarray:
    """Index of the area holding each point (the first one for points on a shared edge),
    -1 for points outside every area."""
    import shapely

    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    result = np.full(x.size, -1, dtype=np.int64)
    if x.size == 0:
        return result
    tree = shapely.STRtree(np.asarray(geometries, dtype=object))
    point_idx, area_idx = tree.query(shapely.points(x, y), predicate="intersects")
    result[point_idx[::-1]] = area_idx[::-1]  # the first match wins
    return result


def context_counts(geometries, x, y, distance: float = 0.0) -> np.ndarray:
    """Number of points in each area, or within ``distance`` (map units) of it."""
    import shapely

    geometries = np.asarray(geometries, dtype=object)
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if x.size == 0:
        return np.zeros(geometries.size)
    tree = shapely.STRtree(geometries)
    points = shapely.points(x, y)
    if distance > 0:
        try:
            _, area_idx = tree.query(points, predicate="dwithin", distance=distance)
        except Exception:
            _, area_idx = tree.query(shapely.buffer(points, distance), predicate="intersects")
    else:
        _, area_idx = tree.query(points, predicate="intersects")
    return np.bincount(area_idx, minlength=geometries.size).astype(float)
