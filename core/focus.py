"""Ranking focus areas for briefing maps: which district an area belongs to, and its rank
within that district (1 = highest score)."""

import numpy as np
import pandas as pd


def assign_to_districts(x, y, district_polygons):
    """Index of the district polygon holding each point (-1 where none does).

    Points are the areas' points on surface, so an area belongs to exactly one district
    even when its outline crosses a district boundary. Where districts overlap, the first
    one wins.
    """
    import shapely

    points = shapely.points(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
    tree = shapely.STRtree(district_polygons)
    point_index, district_index = tree.query(points, predicate="within")
    assigned = np.full(len(points), -1, dtype=np.int64)
    order = np.lexsort((district_index, point_index))  # first district per point
    point_index, district_index = point_index[order], district_index[order]
    first = np.ones(len(point_index), dtype=bool)
    first[1:] = point_index[1:] != point_index[:-1]
    assigned[point_index[first]] = district_index[first]
    return assigned


def rank_within(scores, groups=None):
    """Rank 1..n of each score within its group, highest first; ties share the lower rank
    order of appearance (ordinal). NULL scores get no rank (0)."""
    frame = pd.DataFrame({"score": pd.to_numeric(pd.Series(scores), errors="coerce"),
                          "group": "" if groups is None else pd.Series(groups).astype(str)})
    ranks = frame.groupby("group")["score"].rank(method="first", ascending=False)
    return ranks.fillna(0).astype(int).to_numpy()
