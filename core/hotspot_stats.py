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
One set of random draws serves a block of areas (an area drawn as its own neighbour is
swapped for the next draw), so the work is one small matrix product per block.
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

from dataclasses import dataclass, replace
from typing import Callable, Dict, Optional, Sequence

import numpy as np
import pandas as pd
from scipy import stats

from . import choices
from .anonymise import cell_id, check_cell_size
from .i18n import QT_TRANSLATE_NOOP, number, short_number, translator
from .spatial_weights import SpatialWeights, area_weights_of_points, grid_weights

CORRECTIONS = choices.HOTSPOT_STATS_CORRECTIONS.values  # local_hotspot_statistics' options
STATISTICS = ("gi*", "gi", "moran")
MIN_PERMUTATIONS, MAX_PERMUTATIONS = 99, 9999
# ArcGIS's Gi_Bin: class 3 at 99% confidence, 2 at 95%, 1 at 90%.
CLASS_LEVELS = ((3, 0.01), (2, 0.05), (1, 0.10))
QUADRANTS = ("HH", "LH", "LL", "HL")  # esda's codes 1-4
NOT_SIGNIFICANT = "NS"
# Areas that share one set of random draws, and the permuted sums held at once (32 MB).
BLOCK_AREAS = 128
CHUNK_VALUES = 1 << 22
# A grid of more cells is refused (cell size too small for the extent).
MAX_GRID_CELLS = 5_000_000

# Legends of the map and the report, with ArcGIS's Hot Spot Analysis colours and GeoDa's
# LISA colours.
CLASS_LABELS = {
    3: QT_TRANSLATE_NOOP("HotspotStats", "Hot spot, 99% confidence"),
    2: QT_TRANSLATE_NOOP("HotspotStats", "Hot spot, 95% confidence"),
    1: QT_TRANSLATE_NOOP("HotspotStats", "Hot spot, 90% confidence"),
    0: QT_TRANSLATE_NOOP("HotspotStats", "Not significant"),
    -1: QT_TRANSLATE_NOOP("HotspotStats", "Cold spot, 90% confidence"),
    -2: QT_TRANSLATE_NOOP("HotspotStats", "Cold spot, 95% confidence"),
    -3: QT_TRANSLATE_NOOP("HotspotStats", "Cold spot, 99% confidence"),
}
CLASS_COLOURS = {3: "#d62f27", 2: "#ed7551", 1: "#fab984", 0: "#ffffbf", -1: "#c0ccbe",
                 -2: "#849eba", -3: "#4575b5"}
LISA_LABELS = {
    "HH": QT_TRANSLATE_NOOP("HotspotStats", "High-high cluster"),
    "LL": QT_TRANSLATE_NOOP("HotspotStats", "Low-low cluster"),
    "HL": QT_TRANSLATE_NOOP("HotspotStats", "High-low outlier"),
    "LH": QT_TRANSLATE_NOOP("HotspotStats", "Low-high outlier"),
    NOT_SIGNIFICANT: QT_TRANSLATE_NOOP("HotspotStats", "Not significant"),
}
LISA_COLOURS = {"HH": "#e31a1c", "LL": "#1f78b4", "HL": "#fb9a99", "LH": "#a6cee3",
                NOT_SIGNIFICANT: "#eeeeee"}
NO_VALUE_LABEL = QT_TRANSLATE_NOOP("HotspotStats", "No value (left out)")
STATISTIC_LABELS = {
    "gi*": QT_TRANSLATE_NOOP("HotspotStats", "Getis-Ord Gi*"),
    "gi": QT_TRANSLATE_NOOP("HotspotStats", "Getis-Ord Gi (without the area itself)"),
    "moran": QT_TRANSLATE_NOOP("HotspotStats", "local Moran's I"),
}
CORRECTION_LABELS = {
    "fdr": QT_TRANSLATE_NOOP("HotspotStats", "false discovery rate (Benjamini-Hochberg)"),
    "bonferroni": QT_TRANSLATE_NOOP("HotspotStats", "Bonferroni"),
    "none": QT_TRANSLATE_NOOP("HotspotStats", "none"),
}

# Values beyond this overflow the sums of squares of n areas (1e308 is a float's limit).
LARGEST_VALUE = 1e150
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
ERROR_HUGE = QT_TRANSLATE_NOOP(
    "HotspotStats", "{} of {} areas have a value beyond +-{:g} (the largest is {:g}): squared, "
    "as the statistics need, it is too large for a computer's numbers, and every area would "
    "come out without a result. Check the value field; if the values are right, divide them "
    "by a power of ten first (the statistics do not change).")
ERROR_NO_POINTS = QT_TRANSLATE_NOOP(
    "HotspotStats", "There are no incidents with coordinates to count in a grid.")
ERROR_GRID_SIZE = QT_TRANSLATE_NOOP(
    "HotspotStats", "A grid of {} m cells over this extent would have {} cells, more than "
    "{}. Choose a larger cell size or a smaller study area.")
ERROR_PERMUTATIONS = QT_TRANSLATE_NOOP(
    "HotspotStats", "The number of permutations must be 0 (analytic p-values only) or a whole "
    "number from {} to {}, not {}.")
ERROR_CORRECTION = QT_TRANSLATE_NOOP(
    "HotspotStats", "The multiple-testing correction must be one of {}, not {!r}.")
ERROR_ALPHA = QT_TRANSLATE_NOOP(
    "HotspotStats", "The significance level must lie between 0 and 0.5 (e.g. 0.05), not {}.")
ERROR_STATISTIC = QT_TRANSLATE_NOOP(
    "HotspotStats", "The statistics must be chosen from {}, not {!r}.")


_tr = translator("HotspotStats")


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

    Examples
    --------
    >>> from wijkradar.core.spatial_weights import grid_weights
    >>> counts = [0, 1, 0, 1, 9, 8, 0, 7, 9]
    >>> moran = local_moran(counts, grid_weights(3, 3, rook=True).transformed("R"))
    >>> quadrants(counts, moran, [True] * 9).tolist()  # corners 2 and 6: 0 beside the 8 and 7
    ['LL', 'LL', 'LH', 'LL', 'HH', 'HH', 'LH', 'HH', 'HH']
    >>> quadrants(counts, moran, moran.p <= 0.05).tolist() == ["NS"] * 9  # none significant
    True
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
    >>> int(table.loc[8, "gi_class"]), table.loc[8, "lisa"]
    (3, 'HH')
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
    """Number of areas per hot/cold class and per LISA quadrant, for reports.

    >>> from wijkradar.core.spatial_weights import grid_weights
    >>> table = local_hotspots([0, 1, 0, 1, 9, 8, 0, 7, 9], grid_weights(3, 3),
    ...                        statistics=("gi*", "moran"), correction="none")
    >>> counts = class_counts(table)
    >>> counts["gi_class"][3], counts["gi_class"][1], counts["lisa"]["HH"]
    (1, 2, 1)
    """
    counts: Dict[str, Dict] = {}
    if "gi_class" in table:
        found = table["gi_class"].value_counts()
        counts["gi_class"] = {c: int(found.get(c, 0)) for c in (3, 2, 1, 0, -1, -2, -3)}
    if "lisa" in table:
        found = table["lisa"].value_counts()
        counts["lisa"] = {q: int(found.get(q, 0))
                          for q in ("HH", "LL", "HL", "LH", NOT_SIGNIFICANT)}
    return counts


# --------------------------------------------------------------------------- grid counts


@dataclass(frozen=True)
class CountGrid:
    """Incidents counted in square cells, empty cells included (they are part of the map:
    a hot spot is a cluster of high counts among low ones). Cells are aligned on multiples
    of the cell size, as in ``anonymise_incidents``, and numbered row by row from the south.

    Attributes
    ----------
    cell_size : float
    col, row : numpy.ndarray
        Column ``floor(x / cell_size)`` and row of each cell kept.
    counts : numpy.ndarray
        Incidents per cell kept.
    shape : tuple
        (rows, columns) of the rectangle the cells were cut from.
    outside : int
        Incidents not in any cell kept (outside the study area, or without coordinates).
    """

    cell_size: float
    col: np.ndarray
    row: np.ndarray
    counts: np.ndarray
    shape: tuple
    outside: int

    @property
    def ids(self) -> list:
        return [cell_id(c, r, self.cell_size) for c, r in zip(self.col, self.row)]

    def polygons(self):
        """The cells as shapely polygons."""
        import shapely

        size = self.cell_size
        return shapely.box(self.col * size, self.row * size, (self.col + 1) * size,
                           (self.row + 1) * size)

    def weights(self, kind: str, band: float = 0.0, k: int = 0) -> SpatialWeights:
        """Weights of the cells kept: contiguity on the grid itself, or distance band and
        k nearest neighbours between the cell centres."""
        if kind not in ("queen", "rook"):
            centre = lambda index: (index + 0.5) * self.cell_size  # noqa: E731
            return area_weights_of_points(kind, centre(self.col), centre(self.row), band, k,
                                          self.ids)
        rows, cols = self.shape
        full = grid_weights(rows, cols, kind == "rook", self.cell_size)
        keep = np.zeros(rows * cols, dtype=bool)
        keep[(self.row - self.row.min()) * cols + self.col - self.col.min()] = True
        return replace(full.subset(keep), ids=np.asarray(self.ids, dtype=object))


def grid_counts(x, y, cell_size: float, within=None) -> CountGrid:
    """Incidents per square cell over the incidents' extent, or over the cells that touch
    the study area ``within`` (shapely polygons) when given.

    Examples
    --------
    >>> grid = grid_counts([10, 20, 260, 610], [10, 30, 40, 40], 250)
    >>> grid.counts.tolist(), grid.shape
    ([2, 1, 1], (1, 3))
    """
    import shapely

    size = check_cell_size(cell_size)
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    finite = np.isfinite(x) & np.isfinite(y)
    if within is not None and len(within):
        west, south, east, north = shapely.total_bounds(np.asarray(within, dtype=object))
    elif finite.any():
        west, south, east, north = x[finite].min(), y[finite].min(), x[finite].max(), \
            y[finite].max()
    else:
        raise ValueError(_tr(ERROR_NO_POINTS))
    col0, row0 = int(np.floor(west / size)), int(np.floor(south / size))
    cols, rows = int(np.floor(east / size)) - col0 + 1, int(np.floor(north / size)) - row0 + 1
    if rows * cols > MAX_GRID_CELLS:
        raise ValueError(_tr(ERROR_GRID_SIZE).format(number(size), number(rows * cols),
                                                     number(MAX_GRID_CELLS)))
    row, col = np.divmod(np.arange(rows * cols), cols)
    cell = np.full(x.size, -1, dtype=np.int64)
    c, r = np.floor(x[finite] / size) - col0, np.floor(y[finite] / size) - row0
    inside = (c >= 0) & (c < cols) & (r >= 0) & (r < rows)
    cell[np.flatnonzero(finite)[inside]] = (r[inside] * cols + c[inside]).astype(np.int64)
    counts = np.bincount(cell[cell >= 0], minlength=rows * cols)
    keep = np.ones(rows * cols, dtype=bool)
    if within is not None and len(within):
        boxes = shapely.box((col + col0) * size, (row + row0) * size, (col + col0 + 1) * size,
                            (row + row0 + 1) * size)
        hits = shapely.STRtree(np.asarray(within, dtype=object)).query(boxes, "intersects")[0]
        keep[:] = False
        keep[hits] = True
    outside = int(x.size - counts[keep].sum())
    return CountGrid(size, col[keep] + col0, row[keep] + row0, counts[keep],
                     (rows, cols), outside)


# --------------------------------------------------------------------------- permutations


def _counts(x, weights: SpatialWeights, permutations, seed, progress):
    """(above, below, permutations) of :func:`conditional_counts`, or None for none."""
    _check_permutations(permutations)
    if not permutations:
        return None
    return (*conditional_counts(x, weights.matrix, int(permutations), seed, progress),
            int(permutations))


def _permutation_p(counts, z=None) -> Optional[np.ndarray]:
    """Two-sided conditional-permutation p-values (None without permutations): twice the
    share of permuted sums at least as extreme in the tail the observed sum lies in, or, for
    Gi and Gi*, in the tail the z-score points to. Gi*'s z counts the area itself, so a
    very high area among low neighbours can have z > 0 while its neighbours lie in the low
    tail: in the hot direction that is not significant, and its p says so."""
    if counts is None:
        return None
    above, below, permutations = counts
    tail = np.minimum(above, below)
    if z is not None:
        sign = np.sign(z)
        tail = np.where(sign > 0, above, np.where(sign < 0, below, tail))
    return np.minimum(2.0 * (tail + 1) / (permutations + 1), 1.0)


def conditional_counts(x, matrix, permutations: int, seed: int = 0,
                       progress: Optional[Callable[[float], None]] = None):
    """For each area, in how many of ``permutations`` random draws of its neighbours' values
    (its own value held fixed) the weighted neighbour sum is >= and <= the observed one.

    Areas are handled in blocks of similar neighbour counts (:func:`area_blocks`). Each
    block draws its own ``permutations x (max neighbours + 1)`` distinct areas; area ``i``
    with ``k`` neighbours takes the first ``k`` of a draw, and where ``i`` is among them,
    draw ``k + 1`` instead of ``i``. The permuted sums of a block are one matrix product.
    (esda shares one draw between all areas; a draw per block keeps the number of
    chance findings on a map closer to its expectation.)

    Examples
    --------
    >>> from wijkradar.core.spatial_weights import grid_weights
    >>> x = np.zeros(25)
    >>> x[[0, 1, 5, 6]] = 10  # a hot corner of a 5 x 5 grid
    >>> above, below = conditional_counts(x, grid_weights(5, 5).matrix, 99)
    >>> int(above[0]), int(below[0])  # no draw of 3 others matches cell 0's neighbours
    (0, 99)
    """
    x = np.asarray(x, dtype=float)
    cardinality = np.diff(matrix.indptr)
    rng = np.random.default_rng(seed)
    observed = matrix @ x
    # Sums in another order may differ in the last bits: equal within this counts as a tie.
    slack = 1e-9 * np.abs(x).max() * np.asarray(abs(matrix).sum(axis=1)).ravel()
    above, below = np.zeros(x.size, np.int64), np.zeros(x.size, np.int64)
    block_of = np.full(x.size, -1, dtype=np.int64)
    done = 0
    for areas in area_blocks(cardinality, permutations):
        draws = distinct_draws(rng, x.size, permutations, int(cardinality[areas].max()) + 1)
        drawn = x[draws]
        lags = _block_lags(matrix, areas, cardinality, drawn)
        block_of[areas] = np.arange(areas.size)
        _swap_self_draws(lags, draws, drawn, block_of, cardinality, matrix, x)
        block_of[areas] = -1
        target, tie = observed[areas], slack[areas]
        above[areas] = (lags >= target - tie).sum(axis=0)
        below[areas] = (lags <= target + tie).sum(axis=0)
        done += areas.size
        if progress is not None:
            progress(done / x.size)
    return above, below


def area_blocks(cardinality, permutations: int):
    """The areas in blocks of at most :data:`BLOCK_AREAS`, by number of neighbours (so a
    block's draws are as wide as its areas need) and within :data:`CHUNK_VALUES`."""
    order = np.argsort(cardinality, kind="stable")
    size = max(1, min(BLOCK_AREAS, CHUNK_VALUES // permutations))
    return [order[start:start + size] for start in range(0, order.size, size)]


def distinct_draws(rng, n: int, rows: int, width: int) -> np.ndarray:
    """``rows`` random sequences of ``width`` distinct areas out of ``n``: each position
    drawn again while it repeats an earlier one, which is sampling without replacement."""
    draws = rng.integers(0, n, size=(rows, width))
    while True:
        order = np.argsort(draws, axis=1, kind="stable")
        ranked = np.take_along_axis(draws, order, axis=1)
        repeated = np.zeros(draws.shape, dtype=bool)
        # Among equal values the first position stays; later ones are drawn again.
        np.put_along_axis(repeated, order[:, 1:], ranked[:, 1:] == ranked[:, :-1], axis=1)
        count = int(repeated.sum())
        if count == 0:
            return draws
        draws[repeated] = rng.integers(0, n, size=count)


def _block_lags(matrix, areas, cardinality, drawn) -> np.ndarray:
    """Permuted neighbour sums of ``areas`` (permutations x areas): the drawn values times
    each area's weights, laid out in the first ``k`` columns."""
    counts = cardinality[areas]
    padded = np.zeros((areas.size, int(counts.max())))
    rows = np.repeat(np.arange(areas.size), counts)
    columns = np.arange(rows.size) - np.repeat(np.cumsum(counts) - counts, counts)
    starts = np.repeat(matrix.indptr[areas], counts)
    padded[rows, columns] = matrix.data[starts + columns]
    return drawn[:, :padded.shape[1]] @ padded.T


def _swap_self_draws(lags, draws, drawn, block_of, cardinality, matrix, x) -> None:
    """Where an area of the block drew itself among its first ``k``, its ``k + 1``-th draw
    takes its place, with the same weight."""
    position = block_of[draws[:, :-1]]  # the last column is never among the first k
    permutation, column = np.nonzero(position >= 0)
    area = draws[permutation, column]
    own = column < cardinality[area]
    permutation, column, area = permutation[own], column[own], area[own]
    weight = matrix.data[matrix.indptr[area] + column]
    change = weight * (drawn[permutation, cardinality[area]] - x[area])
    np.add.at(lags, (permutation, block_of[area]), change)


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
    huge = np.abs(x) > LARGEST_VALUE
    if huge.any():
        raise ValueError(_tr(ERROR_HUGE).format(int(huge.sum()), x.size, LARGEST_VALUE,
                                                float(x[np.argmax(np.abs(x))])))
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
