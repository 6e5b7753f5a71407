"""Ranking focus areas for briefing maps: which district an area belongs to, its rank
within that district (1 = highest score), and the legend classes of the other areas."""

import math

import numpy as np
import pandas as pd

from .i18n import short_number, translate

# Legend limits are round numbers at or below these quantiles of the positive scores (the
# top areas of each district are drawn apart, so these classes shade the rest).
LEGEND_QUANTILES = (0.6, 0.9)
NICE_MANTISSAS = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def assign_to_districts(x, y, district_polygons):
    """Index of the district polygon holding each point (-1 where none does).

    Points are the areas' points on surface, so an area belongs to exactly one district
    even when its outline crosses a district boundary. Where districts overlap, the first
    one wins.

    >>> import shapely
    >>> districts = [shapely.box(0, 0, 1000, 1000), shapely.box(1000, 0, 2000, 1000)]
    >>> assign_to_districts([500, 1500, 3000], [500, 500, 500], districts).tolist()
    [0, 1, -1]
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
    order of appearance (ordinal). NULL scores get no rank (0).

    >>> rank_within([5.0, 9.0, None, 7.0, 9.0], ["Noord", "Noord", "Noord", "Zuid", "Zuid"])
    array([2, 1, 0, 2, 1])
    """
    frame = pd.DataFrame({"score": pd.to_numeric(pd.Series(scores), errors="coerce"),
                          "group": "" if groups is None else pd.Series(groups).astype(str)})
    ranks = frame.groupby("group")["score"].rank(method="first", ascending=False)
    return ranks.fillna(0).astype(int).to_numpy()


def nice_number(value: float) -> float:
    """The largest round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) not
    above ``value`` > 0.

    >>> nice_number(0.37), nice_number(27), nice_number(1234)
    (0.3, 25.0, 1000.0)
    """
    exponent = math.floor(math.log10(value))
    mantissa = value / 10 ** exponent
    best = max(m for m in NICE_MANTISSAS if m <= mantissa * (1 + 1e-9))
    return round(best * 10 ** exponent, 12)


def legend_breaks(scores, quantiles=LEGEND_QUANTILES):
    """Round class limits at or below the ``quantiles`` of the positive scores (a grid of
    mostly empty cells still gets classes for the others), strictly between the lowest and
    the highest score and increasing; fewer when scores repeat, none when all are equal.
    Limits are the lower ends of the classes above them.

    >>> legend_breaks([0, 0, 0.04, 0.1, 0.13, 0.2, 0.3, 0.31, 0.6, 0.65])
    [0.3, 0.6]
    """
    values = pd.to_numeric(pd.Series(scores, dtype=object), errors="coerce").dropna()
    values = values[np.isfinite(values)].to_numpy(dtype=float)
    if values.size == 0:
        return []
    low, high = values.min(), values.max()
    positive = values[values > 0]
    breaks = []
    for quantile in quantiles if positive.size else ():
        limit = nice_number(float(np.quantile(positive, quantile)))
        if low < limit < high and (not breaks or limit > breaks[-1]):
            breaks.append(limit)
    return breaks


def class_labels(breaks):
    """Legend words of the classes ``legend_breaks`` gives, lowest first: 'less than 0.2',
    '0.2 to 0.5', '0.5 or more'; 'all other areas' with no limits.

    >>> class_labels([0.3, 0.6])
    ['less than 0.3', '0.3 to 0.6', '0.6 or more']
    """
    if not breaks:
        return [translate("FocusMap", "all other areas")]
    numbers = [short_number(b, 3) for b in breaks]
    labels = [translate("FocusMap", "less than {}").format(numbers[0])]
    labels += [translate("FocusMap", "{} to {}").format(a, b)
               for a, b in zip(numbers, numbers[1:])]
    labels.append(translate("FocusMap", "{} or more").format(numbers[-1]))
    return labels
