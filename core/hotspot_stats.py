"""Local hotspot statistics: Getis-Ord Gi* and Gi, local Moran's I, with FDR correction.

Each area's value (a count, a rate, a score) is compared with the values of its neighbours
(:mod:`wijkradar.core.spatial_weights`).

Getis-Ord Gi* and Gi
--------------------
``Gi* = sum_j w_ij x_j / sum_j x_j`` with the area itself among its neighbours (Gi: without
it, and the sums without ``x_i``). Its z-score is Ord & Getis (1995), eq. 14-15, for any
weights::

    z_i = (sum_j w_ij x_j - W_i mean) / (s * sqrt((n S1_i - W_i**2) / (n - 1)))

with ``W_i = sum_j w_ij``, ``S1_i = sum_j w_ij**2``, ``mean`` and ``s`` (population standard
deviation) over the ``n`` areas (Gi: over the ``n - 1`` others). For binary weights this is
esda's ``G_Local(...).Zs``. The z-score does not change when a row is standardised (both
terms scale alike), so row-standardised weights give the binary z-scores. esda's
``G_Local(transform='R')`` does not: its variance counts the row sum (1) as the number of
neighbours, which makes its z-scores about ``sqrt(neighbours)`` times too small (its own
permutation z-scores, ``z_sim``, agree with ours; see the tests).

Local Moran's I
---------------
As esda's ``Moran_Local``: ``z = (x - mean) / sd``, ``I_i = (n - 1) z_i sum_j w_ij z_j /
sum_j z_j**2`` (Anselin 1995, with esda's factor ``(n - 1) / n``). The z-score uses the mean
and variance of ``I_i`` under conditional randomisation (Sokal et al. 1998, eq. A7-A8:
esda's ``EIc`` and ``VIc``, which are for Anselin's ``I_i``, so rescaled by ``(n - 1) / n``).
Quadrants: HH (high value, high neighbours), LL, HL (high among low: an outlier), LH.

Inference
---------
Analytic p-values are two-sided, ``2 * (1 - Phi(|z|))``. With ``permutations`` (99-9999),
conditional randomisation (Anselin 1995) gives pseudo p-values instead: the area keeps its
value, its neighbours' values are drawn at random from the other areas, and
``p = 2 * (min(#lags >= observed, #lags <= observed) + 1) / (permutations + 1)``, at most 1.
As in esda, one set of random draws serves every area (an area drawn as its own neighbour
is swapped for the next draw), so the work is one small matrix product per chunk of areas.
Gi*, Gi and local Moran are all monotone in the neighbours' weighted sum once the area's own
value is fixed, so they share one permutation test. The smallest pseudo p-value is
``2 / (permutations + 1)``: with many areas and an FDR correction, use 999 or more.

Multiple testing: with thousands of areas, some are "significant" by chance. The
Benjamini & Hochberg (1995) false discovery rate correction is on by default (as ArcGIS's
Hot Spot Analysis offers); Bonferroni is stricter. Hot and cold spot classes follow ArcGIS's
``Gi_Bin``: +3/-3 at 99% confidence, +2/-2 at 95%, +1/-1 at 90% (after the correction:
each level tested with its own FDR), 0 not significant.

References: Getis & Ord (1992), Geographical Analysis 24(3); Ord & Getis (1995), Geographical
Analysis 27(4); Anselin (1995), Geographical Analysis 27(2); Sokal, Oden & Thomson (1998),
Geographical Analysis 30(4); Benjamini & Hochberg (1995), JRSS B 57(1).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Dict, Optional, Sequence

import numpy as np
import pandas as pd
from scipy import stats

from .i18n import QT_TRANSLATE_NOOP, short_number, translate
from .spatial_weights import SpatialWeights

CORRECTIONS = ("fdr", "bonferroni", "none")
STATISTICS = ("gi*", "gi", "moran")
MIN_PERMUTATIONS, MAX_PERMUTATIONS = 99, 9999
# ArcGIS's Gi_Bin: class 3 at 99% confidence, 2 at 95%, 1 at 90%.
CLASS_LEVELS = ((3, 0.01), (2, 0.05), (1, 0.10))
QUADRANTS = ("HH", "LH", "LL", "HL")  # esda's codes 1-4
NOT_SIGNIFICANT = "NS"
# Permuted lags held in memory at once (float64 values): 32 MB.
CHUNK_VALUES = 1 << 22

ERROR_LENGTH = QT_TRANSLATE_NOOP(
    "HotspotStats", "There are {} values but {} areas in the weights; give one value per area.")
ERROR_TOO_FEW = QT_TRANSLATE_NOOP(
    "HotspotStats", "Local hotspot statistics need at least 3 areas; there are {}.")
ERROR_MISSING = QT_TRANSLATE_NOOP(
    "HotspotStats", "{} of {} areas have no value (NULL or not a number). Give them a value "
    "(e.g. 0 for no incidents) or leave them out of the analysis.")
ERROR_CONSTANT = QT_TRANSLATE_NOOP(
    "HotspotStats", "All {} areas have the same value ({}), so no area stands out: there are "
    "no hot or cold spots to find. Check the value field, and for incident counts the date "
    "range and filters.")
ERROR_PERMUTATIONS = QT_TRANSLATE_NOOP(
    "HotspotStats", "The number of permutations must be 0 (analytic p-values only) or a whole "
    "number from {} to {}, not {}.")
ERROR_CORRECTION = QT_TRANSLATE_NOOP(
    "HotspotStats", "The multiple-testing correction must be one of {}, not {!r}.")
ERROR_ALPHA = QT_TRANSLATE_NOOP(
    "HotspotStats", "The significance level must lie between 0 and 0.5 (e.g. 0.05), not {}.")
ERROR_STATISTIC = QT_TRANSLATE_NOOP(
    "HotspotStats", "The statistics must be chosen from {}, not {!r}.")


def _tr(text: str) -> str:
    """``text`` (one of the strings above) in the user's language."""
    return translate("HotspotStats", text)


@dataclass(frozen=True)
class LocalStatistic:
    """One local statistic per area.

    Attributes
    ----------
    statistic : numpy.ndarray
        Gi*, Gi or local Moran's I.
    z : numpy.ndarray
        Analytic z-score.
    p_norm : numpy.ndarray
        Two-sided p-value of ``z`` under the normal approximation.
    p_sim : numpy.ndarray or None
        Two-sided pseudo p-value from conditional permutations (None without).
    lag : numpy.ndarray
        Weighted sum of the neighbours' values (Moran: of their standardised values).
    """

    statistic: np.ndarray
    z: np.ndarray
    p_norm: np.ndarray
    p_sim: Optional[np.ndarray]
    lag: np.ndarray

    @property
    def p(self) -> np.ndarray:
        """The p-value to use: the permutation one when there is one, else the analytic."""
        return self.p_norm if self.p_sim is None else self.p_sim


# --------------------------------------------------------------------------- statistics


def getis_ord(values, weights: SpatialWeights, star: bool = True, permutations: int = 0,
              seed: int = 0, progress: Optional[Callable[[float], None]] = None,
              ) -> LocalStatistic:
    """Getis-Ord Gi* (``star=True``) or Gi per area, with analytic z and p.

    Parameters
    ----------
    values : array_like
        One value per area (counts, rates, scores); no NaN.
    weights : SpatialWeights
        Neighbours (any transform; the z-score is the same for 'B' and 'R').
    star : bool
        Count the area itself among its neighbours (Gi*), as hot spot maps do.
    permutations : int
        0, or 99-9999 conditional permutations for pseudo p-values.
    seed : int
        Seed of the permutations (the same seed gives the same p-values).
    progress : callable, optional
        Called with the fraction done during the permutations; raise from it to stop.

    Returns
    -------
    LocalStatistic

    Examples
    --------
    >>> from wijkradar.core.spatial_weights import grid_weights
    >>> counts = [0, 1, 0, 1, 9, 8, 0, 7, 9]
    >>> result = getis_ord(counts, grid_weights(3, 3, rook=True))
    >>> [round(float(z), 2) for z in result.z[[0, 8]]]
    [-1.63, 2.08]
    """
    x = _checked_values(values, weights)
    return _getis_ord(x, weights, star, _counts(x, weights, permutations, seed, progress))


def _getis_ord(x, weights: SpatialWeights, star: bool, counts) -> LocalStatistic:
    matrix = weights.including_self() if star else weights.matrix
    lag = matrix @ x
    n = x.size
    others = 0.0 if star else x  # Gi leaves the area's own value out of the totals
    count = n - (0 if star else 1)
    mean = (x.sum() - others) / count
    variance = ((x ** 2).sum() - others ** 2) / count - mean ** 2
    row_sum = np.asarray(matrix.sum(axis=1)).ravel()
    row_squares = np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel()
    spread = variance * (count * row_squares - row_sum ** 2) / (count - 1)
    z = _ratio(lag - row_sum * mean, np.sqrt(np.clip(spread, 0.0, None)))
    total = x.sum() - others
    statistic = _ratio(lag, total, fill=np.nan)
    return LocalStatistic(statistic, z, _two_sided(z), _permutation_p(counts, z), lag)


def local_moran(values, weights: SpatialWeights, permutations: int = 0, seed: int = 0,
                progress: Optional[Callable[[float], None]] = None) -> LocalStatistic:
    """Local Moran's I per area (Anselin 1995) with z from conditional randomisation.

    Parameters are those of :func:`getis_ord`; ``weights`` are usually row-standardised.

    Examples
    --------
    >>> from wijkradar.core.spatial_weights import grid_weights
    >>> counts = [0, 1, 0, 1, 9, 8, 0, 7, 9]
    >>> result = local_moran(counts, grid_weights(3, 3, rook=True).transformed("R"))
    >>> quadrants(counts, result, np.ones(9, bool))[[0, 4]].tolist()
    ['LL', 'HH']
    """
    x = _checked_values(values, weights)
    return _local_moran(x, weights, _counts(x, weights, permutations, seed, progress))


def _local_moran(x, weights: SpatialWeights, counts) -> LocalStatistic:
    n = x.size
    z = (x - x.mean()) / x.std()
    lag = weights.matrix @ z
    statistic = (n - 1) * z * lag / (z ** 2).sum()
    row_sum = np.asarray(weights.matrix.sum(axis=1)).ravel()
    row_squares = np.asarray(weights.matrix.multiply(weights.matrix).sum(axis=1)).ravel()
    m2 = (z ** 2).sum() / n
    # Sokal et al. (1998) A7-A8, for Anselin's I = z lag / m2 = statistic * n / (n - 1).
    expected = -(z ** 2 * row_sum) / ((n - 1) * m2)
    variance = ((z / m2) ** 2 * n / (n - 2) * (row_squares - row_sum ** 2 / (n - 1))
                * (m2 - z ** 2 / (n - 1)))
    z_score = _ratio(statistic * n / (n - 1) - expected, np.sqrt(np.clip(variance, 0, None)))
    return LocalStatistic(statistic, z_score, _two_sided(z_score),
                          _permutation_p(counts), lag)


def quadrants(values, moran: LocalStatistic, significant) -> np.ndarray:
    """LISA quadrant per area: 'HH', 'LL', 'HL', 'LH', or 'NS' where not ``significant``.

    The first letter says whether the area's value is above the mean, the second whether
    its neighbours' are (the sign of the lag); HL and LH are spatial outliers.
    """
    values = np.asarray(values, dtype=float)
    high, high_lag = values > values.mean(), moran.lag > 0
    codes = np.where(high, np.where(high_lag, "HH", "HL"), np.where(high_lag, "LH", "LL"))
    return np.where(np.asarray(significant, bool), codes, NOT_SIGNIFICANT).astype(object)


# --------------------------------------------------------------------------- multiple tests


def adjust_p(p, correction: str = "fdr") -> np.ndarray:
    """p-values adjusted for testing every area: Benjamini-Hochberg ('fdr', the q-values:
    an area is significant at level alpha when its q <= alpha), 'bonferroni' (p times the
    number of areas) or 'none'.

    Examples
    --------
    >>> adjust_p([0.01, 0.04, 0.03, 0.5]).round(3).tolist()
    [0.04, 0.053, 0.053, 0.5]
    """
    if correction not in CORRECTIONS:
        raise ValueError(_tr(ERROR_CORRECTION).format(", ".join(CORRECTIONS), correction))
    p = np.asarray(p, dtype=float)
    m = p.size
    if correction == "none" or m == 0:
        return p.copy()
    if correction == "bonferroni":
        return np.minimum(p * m, 1.0)
    order = np.argsort(p, kind="stable")
    scaled = p[order] * m / np.arange(1, m + 1)
    q = np.minimum.accumulate(scaled[::-1])[::-1]
    adjusted = np.empty(m)
    adjusted[order] = np.minimum(q, 1.0)
    return adjusted


def fdr_significant(p, alpha: float = 0.05) -> np.ndarray:
    """Which tests the Benjamini-Hochberg step-up procedure rejects at false discovery rate
    ``alpha``: all with ``p <= p_(k)``, for the largest ``k`` with ``p_(k) <= k alpha / m``.

    Examples
    --------
    >>> fdr_significant([0.001, 0.012, 0.02, 0.3, 0.9], 0.05).tolist()
    [True, True, True, False, False]
    """
    return adjust_p(p, "fdr") <= alpha


def bonferroni_significant(p, alpha: float = 0.05) -> np.ndarray:
    """Which tests remain significant at family-wise level ``alpha``: ``p <= alpha / m``.

    Examples
    --------
    >>> bonferroni_significant([0.001, 0.012, 0.02, 0.3, 0.9], 0.05).tolist()
    [True, False, False, False, False]
    """
    return adjust_p(p, "bonferroni") <= alpha


def hotspot_classes(z, p_adjusted) -> np.ndarray:
    """ArcGIS-like classes: +3/+2/+1 hot spot at 99/95/90% confidence, -3/-2/-1 cold spot,
    0 not significant, from z-scores and (adjusted) p-values.

    Examples
    --------
    >>> hotspot_classes([3.1, 2.1, -1.7, 0.4], [0.002, 0.04, 0.09, 0.7]).tolist()
    [3, 2, -1, 0]
    """
    z, p_adjusted = np.asarray(z, float), np.asarray(p_adjusted, float)
    level = np.zeros(z.size, dtype=np.int8)
    for value, alpha in reversed(CLASS_LEVELS):
        level[p_adjusted <= alpha] = value
    return (np.sign(z).astype(np.int8) * level).astype(np.int8)


# --------------------------------------------------------------------------- the table


def local_hotspots(values, weights: SpatialWeights, statistics: Sequence[str] = ("gi*",),
                   permutations: int = 0, seed: int = 0, correction: str = "fdr",
                   alpha: float = 0.05, progress: Optional[Callable[[float], None]] = None,
                   ) -> pd.DataFrame:
    """Everything a hotspot map needs, one row per area.

    Columns: ``value``; for Gi* or Gi ``gi_z``, ``gi_p`` (permutation p when
    ``permutations`` else analytic), ``gi_p_adj`` (after ``correction``), ``gi_class``
    (+3..-3, see :func:`hotspot_classes`); for 'moran' ``moran_i``, ``moran_z``,
    ``moran_p``, ``moran_p_adj`` and ``lisa`` (quadrant where ``moran_p_adj <= alpha``).

    Examples
    --------
    >>> from wijkradar.core.spatial_weights import grid_weights
    >>> table = local_hotspots([0, 1, 0, 1, 9, 8, 0, 7, 9], grid_weights(3, 3),
    ...                        statistics=("gi*", "moran"), correction="none")
    >>> table.loc[8, ["gi_class", "lisa"]].tolist()
    [3, 'HH']
    """
    chosen = _checked_choice(statistics, correction, alpha)
    x = _checked_values(values, weights)
    # One permutation test serves every statistic (see the module's notes).
    counts = _counts(x, weights, permutations, seed, progress)
    table = pd.DataFrame({"value": x})
    for name in chosen:
        if name == "moran":
            moran = _local_moran(x, weights, counts)
            adjusted = adjust_p(moran.p, correction)
            table["moran_i"], table["moran_z"] = moran.statistic, moran.z
            table["moran_p"], table["moran_p_adj"] = moran.p, adjusted
            table["lisa"] = quadrants(x, moran, adjusted <= alpha)
        else:
            gi = _getis_ord(x, weights, name == "gi*", counts)
            adjusted = adjust_p(gi.p, correction)
            table["gi_z"], table["gi_p"], table["gi_p_adj"] = gi.z, gi.p, adjusted
            table["gi_class"] = hotspot_classes(gi.z, adjusted)
    return table


def class_counts(table: pd.DataFrame) -> Dict[str, Dict]:
    """Number of areas per hot/cold class and per LISA quadrant, for reports."""
    counts: Dict[str, Dict] = {}
    if "gi_class" in table:
        found = table["gi_class"].value_counts()
        counts["gi_class"] = {c: int(found.get(c, 0)) for c in (3, 2, 1, 0, -1, -2, -3)}
    if "lisa" in table:
        found = table["lisa"].value_counts()
        counts["lisa"] = {q: int(found.get(q, 0))
                          for q in ("HH", "LL", "HL", "LH", NOT_SIGNIFICANT)}
    return counts


# --------------------------------------------------------------------------- permutations


def _counts(x, weights: SpatialWeights, permutations, seed, progress):
    """(above, below, permutations) of :func:`conditional_counts`, or None for none."""
    _check_permutations(permutations)
    if not permutations:
        return None
    return (*conditional_counts(x, weights.matrix, int(permutations), seed, progress),
            int(permutations))


def _permutation_p(counts, z=None) -> Optional[np.ndarray]:
    """Two-sided conditional-permutation p-values (None without permutations). Where the
    tail disagrees with the sign of ``z`` (possible for Gi*, whose z counts the area's own
    value, when neighbours are low around a very high area) p is 1: that area is not a hot
    spot, however unusual its neighbours."""
    if counts is None:
        return None
    above, below, permutations = counts
    p = np.minimum(2.0 * (np.minimum(above, below) + 1) / (permutations + 1), 1.0)
    if z is None:
        return p
    sign = np.sign(z)
    agrees = (sign == 0) | (above == below) | ((above < below) == (sign > 0))
    return np.where(agrees, p, 1.0)


def conditional_counts(x, matrix, permutations: int, seed: int = 0,
                       progress: Optional[Callable[[float], None]] = None):
    """For each area, in how many of ``permutations`` random draws of its neighbours' values
    (its own value held fixed) the weighted neighbour sum is >= and <= the observed one.

    One draw of ``max neighbours + 1`` distinct areas per permutation serves every area
    (as in esda): area ``i`` with ``k`` neighbours takes the first ``k``, and where ``i``
    is among them, draw ``k + 1`` instead of ``i``. Areas are handled in chunks of similar
    neighbour counts: one matrix product of the drawn values by the chunk's weights.

    Examples
    --------
    >>> from wijkradar.core.spatial_weights import grid_weights
    >>> above, below = conditional_counts(np.arange(9.0), grid_weights(3, 3).matrix, 99)
    >>> int(above[8]) < 10 and int(below[0]) < 10
    True
    """
    x = np.asarray(x, dtype=float)
    cardinality = np.diff(matrix.indptr)
    rng = np.random.default_rng(seed)
    width = int(cardinality.max()) + 1
    draws = np.stack([rng.choice(x.size, width, replace=False) for _ in range(permutations)])
    drawn = x[draws]
    observed = matrix @ x
    tolerance = 1e-9 * np.abs(x).max() * np.asarray(abs(matrix).sum(axis=1)).ravel()
    swaps = _self_draws(draws, cardinality, matrix, x, drawn)
    order = np.argsort(cardinality, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(order.size)
    swap_rank = rank[swaps[1]]
    swap_order = np.argsort(swap_rank, kind="stable")
    swaps = [part[swap_order] for part in swaps]
    swap_rank = swap_rank[swap_order]
    above, below = np.zeros(x.size, np.int64), np.zeros(x.size, np.int64)
    step = max(1, CHUNK_VALUES // permutations)
    for start in range(0, x.size, step):
        areas = order[start:start + step]
        lags = _chunk_lags(matrix, areas, cardinality, drawn)
        lo, hi = np.searchsorted(swap_rank, [start, start + areas.size])
        np.add.at(lags, (swaps[0][lo:hi], swap_rank[lo:hi] - start), swaps[2][lo:hi])
        target, slack = observed[areas], tolerance[areas]
        above[areas] = (lags >= target - slack).sum(axis=0)
        below[areas] = (lags <= target + slack).sum(axis=0)
        if progress is not None:
            progress(min(1.0, (start + areas.size) / x.size))
    return above, below


def _chunk_lags(matrix, areas, cardinality, drawn) -> np.ndarray:
    """Permuted neighbour sums of ``areas`` (permutations x areas): the drawn values times
    each area's weights, laid out in the first ``k`` columns."""
    counts = cardinality[areas]
    width = int(counts.max()) if counts.size else 0
    padded = np.zeros((areas.size, width))
    rows = np.repeat(np.arange(areas.size), counts)
    columns = np.arange(rows.size) - np.repeat(np.cumsum(counts) - counts, counts)
    starts = np.repeat(matrix.indptr[areas], counts)
    padded[rows, columns] = matrix.data[starts + columns]
    return drawn[:, :width] @ padded.T


def _self_draws(draws, cardinality, matrix, x, drawn):
    """(permutation, area, change of its lag) wherever an area drew itself among its first
    ``k``: its ``k + 1``-th draw takes its place, with the same weight."""
    permutations, width = draws.shape
    # The last column is never among an area's first k (k < width).
    permutation = np.repeat(np.arange(permutations), width - 1)
    column = np.tile(np.arange(width - 1), permutations)
    area = draws[:, :-1].ravel()
    own = column < cardinality[area]
    permutation, column, area = permutation[own], column[own], area[own]
    weight = matrix.data[matrix.indptr[area] + column]
    change = weight * (drawn[permutation, cardinality[area]] - x[area])
    return permutation, area, change


# --------------------------------------------------------------------------- checks


def _checked_values(values, weights: SpatialWeights) -> np.ndarray:
    x = pd.to_numeric(pd.Series(np.ravel(values)), errors="coerce").to_numpy(dtype=float)
    if x.size != weights.n:
        raise ValueError(_tr(ERROR_LENGTH).format(x.size, weights.n))
    if x.size < 3:
        raise ValueError(_tr(ERROR_TOO_FEW).format(x.size))
    missing = ~np.isfinite(x)
    if missing.any():
        raise ValueError(_tr(ERROR_MISSING).format(int(missing.sum()), x.size))
    if x.max() == x.min():
        raise ValueError(_tr(ERROR_CONSTANT).format(x.size, short_number(x[0])))
    weights.check_islands()
    return x


def _check_permutations(permutations) -> None:
    if permutations != 0 and not (int(permutations) == permutations
                                  and MIN_PERMUTATIONS <= permutations <= MAX_PERMUTATIONS):
        raise ValueError(_tr(ERROR_PERMUTATIONS).format(MIN_PERMUTATIONS, MAX_PERMUTATIONS,
                                                        permutations))


def _checked_choice(statistics, correction, alpha) -> list:
    chosen = [str(name).lower() for name in statistics]
    for name in chosen:
        if name not in STATISTICS:
            raise ValueError(_tr(ERROR_STATISTIC).format(", ".join(STATISTICS), name))
    if correction not in CORRECTIONS:
        raise ValueError(_tr(ERROR_CORRECTION).format(", ".join(CORRECTIONS), correction))
    if not 0 < alpha <= 0.5:
        raise ValueError(_tr(ERROR_ALPHA).format(alpha))
    return chosen


def _ratio(numerator, denominator, fill: float = 0.0) -> np.ndarray:
    """numerator / denominator, ``fill`` where the denominator is 0 (no variation)."""
    numerator = np.asarray(numerator, dtype=float)
    denominator = np.broadcast_to(np.asarray(denominator, dtype=float), numerator.shape)
    return np.divide(numerator, denominator, out=np.full(numerator.shape, fill),
                     where=denominator != 0)


def _two_sided(z) -> np.ndarray:
    return 2.0 * stats.norm.sf(np.abs(z))
