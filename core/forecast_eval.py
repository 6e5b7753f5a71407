"""How well a score map predicts later incidents: hit rate, PAI and PEI at any area coverage.

Take the areas (postcodes, grid cells) in order of their score, highest first, and add up
their area and the incidents that happened in them later. At an area coverage ``a`` (a
share of the whole study area):

- **hit rate** ``H(a)``: the share of all later incidents that fell in the covered areas;
- **PAI**, the Predictive Accuracy Index of Chainey, Tompson & Uhlig (2008):
  ``H(a) / a``, how many times more incidents the covered areas hold than their share of
  the area (1 = no better than chance);
- **PEI**, the Predictive Efficiency Index (Hunt 2016): ``H(a) / H*(a)``, the hit rate
  reached as a share of the best hit rate possible with the same area, ``H*``, which takes
  the areas in order of their *actual* later incidents per unit area (1 = perfect).

Conventions (what this module does, so figures can be checked by hand):

- The curve runs through (0, 0) and the cumulative (area share, hit share) after each area,
  and is linear in between: coverage that ends inside an area takes the matching fraction of
  its area and incidents (as if incidents were spread evenly over it). Figures at exactly
  1, 5, 10, 20% are read off this curve.
- Ties: areas with the same score form one block that is covered together, in proportion;
  that is the average over every order of the tied areas. A baseline that gives many areas
  0 is therefore neither favoured nor punished by an arbitrary order.
- Missing scores (NaN) come last, as one tied block.
- ``rank_by_density=True`` orders areas by score per unit area (for count-like scores on
  areas of unequal size); else by the score as given. Grid cells of one size rank alike.
- Incidents outside every area are not in these arrays: the caller counts and reports them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np
import pandas as pd

from .i18n import QT_TRANSLATE_NOOP, translate
from .suppression import suppress_frame

STANDARD_COVERAGES = (0.01, 0.05, 0.10, 0.20)
# Computed from the hits, so blanked with them where they are suppressed.
DERIVED_FROM_HITS = ("hit_rate", "pai", "pei")

ERROR_LENGTHS = "Score, incident counts and areas must have one value per area ({})."
ERROR_NO_AREAS = QT_TRANSLATE_NOOP("ForecastEval", "There are no areas to evaluate.")
ERROR_AREA = QT_TRANSLATE_NOOP("ForecastEval", "Every area must have a positive size; {} do "
                               "not.")
ERROR_NEGATIVE_HITS = QT_TRANSLATE_NOOP("ForecastEval", "Incident counts cannot be negative.")
ERROR_NO_INCIDENTS = QT_TRANSLATE_NOOP(
    "ForecastEval", "No later incidents fall in the evaluated areas, so hit rate, PAI and PEI "
    "cannot be computed. Check the evaluation period and the layers' extent.")
ERROR_COVERAGE = QT_TRANSLATE_NOOP("ForecastEval", "Coverage must lie between 0 and 1 (a share "
                                   "of the area), not {}.")


@dataclass(frozen=True)
class Curve:
    """Cumulative (area share, hit share) at the end of each block of areas, from (0, 0).

    Made by :func:`forecast_curve` and :func:`best_curve`; ``n_incidents`` and
    ``total_area`` are the totals the shares are of."""

    area_share: np.ndarray
    hit_share: np.ndarray
    n_incidents: float
    total_area: float

    def hit_rate(self, coverage) -> np.ndarray:
        """Hit share at each coverage (area share), linear within an area or block."""
        coverage = np.asarray(coverage, dtype=float)
        if np.any((coverage < 0) | (coverage > 1)):
            raise ValueError(translate("ForecastEval", ERROR_COVERAGE).format(coverage))
        return np.interp(coverage, self.area_share, self.hit_share)


def _checked(score, hits, area):
    hits = np.asarray(hits, dtype=float)
    n = hits.size
    score = np.asarray(score, dtype=float)
    area = np.ones(n) if area is None else np.asarray(area, dtype=float)
    if score.shape != (n,) or area.shape != (n,) or hits.ndim != 1:
        raise ValueError(ERROR_LENGTHS.format(n))
    if n == 0:
        raise ValueError(translate("ForecastEval", ERROR_NO_AREAS))
    bad = ~(area > 0) | ~np.isfinite(area)
    if bad.any():
        raise ValueError(translate("ForecastEval", ERROR_AREA).format(int(bad.sum())))
    if np.any(hits < 0) or not np.all(np.isfinite(hits)):
        raise ValueError(translate("ForecastEval", ERROR_NEGATIVE_HITS))
    if hits.sum() <= 0:
        raise ValueError(translate("ForecastEval", ERROR_NO_INCIDENTS))
    return score, hits, area


def _block_curve(key, hits, area) -> Curve:
    """Curve of areas taken in descending ``key`` order, equal keys as one block."""
    missing = np.isnan(key)
    key = np.where(missing, -np.inf, key)
    order = np.lexsort((missing, -key))  # descending key; NaN (as -inf) after real -inf
    key_sorted, missing_sorted = key[order], missing[order]
    new_block = np.ones(key.size, dtype=bool)
    new_block[1:] = (key_sorted[1:] != key_sorted[:-1]) | (missing_sorted[1:]
                                                            != missing_sorted[:-1])
    block = np.cumsum(new_block) - 1
    block_hits = np.bincount(block, weights=hits[order])
    block_area = np.bincount(block, weights=area[order])
    total_hits, total_area = hits.sum(), area.sum()
    area_share = np.concatenate([[0.0], np.cumsum(block_area) / total_area])
    hit_share = np.concatenate([[0.0], np.cumsum(block_hits) / total_hits])
    area_share[-1], hit_share[-1] = 1.0, 1.0  # no round-off at the end
    return Curve(area_share, hit_share, float(total_hits), float(total_area))


def forecast_curve(score, hits, area=None, rank_by_density: bool = False) -> Curve:
    """The hit-rate curve of ``score`` against later incident counts ``hits`` per area.

    Parameters
    ----------
    score : array_like of float
        The forecast per area (higher: more expected); NaN comes last.
    hits : array_like of float
        The incidents that later fell in each area (not negative, some above 0).
    area : array_like of float, optional
        The size of each area (default 1 each: cells of one grid).
    rank_by_density : bool
        Take the areas in order of score per unit area (for counts on unequal areas).

    Returns
    -------
    Curve

    Raises
    ------
    ValueError
        Lengths that differ, no areas, an area without a positive size, negative counts or
        no incidents at all.

    Examples
    --------
    Four areas of one size, ranked 4, 3, 2, 1; the later incidents fell 5, 0, 3, 2:

    >>> curve = forecast_curve([4, 3, 2, 1], [5, 0, 3, 2])
    >>> curve.area_share.tolist(), curve.hit_share.tolist()
    ([0.0, 0.25, 0.5, 0.75, 1.0], [0.0, 0.5, 0.5, 0.8, 1.0])
    >>> curve.hit_rate([0.125, 0.25]).tolist()  # halfway into the first area, half its hits
    [0.25, 0.5]
    """
    score, hits, area = _checked(score, hits, area)
    key = score / area if rank_by_density else score
    return _block_curve(key, hits, area)


def best_curve(hits, area=None) -> Curve:
    """The highest hit-rate curve any score could reach: areas by actual incidents per area.

    >>> best_curve([5, 0, 3, 2]).hit_share.tolist()
    [0.0, 0.5, 0.8, 1.0, 1.0]
    """
    hits = np.asarray(hits, dtype=float)
    score, hits, area = _checked(np.zeros(hits.size), hits, area)
    return _block_curve(hits / area, hits, area)


def indices_at(curve: Curve, best: Curve, coverage) -> pd.DataFrame:
    """Hit rate, PAI and PEI at each coverage, with the expected number of incidents hit.

    ``coverage``: shares of the area above 0 and at most 1. The columns are coverage,
    hit_rate, pai, pei, hits and best_hit_rate (what :func:`evaluate` returns).

    >>> hits = [5, 0, 3, 2]
    >>> table = indices_at(forecast_curve([4, 3, 2, 1], hits), best_curve(hits), [0.5])
    >>> table[["hit_rate", "pai", "pei", "best_hit_rate"]].to_numpy().tolist()
    [[0.5, 1.0, 0.625, 0.8]]
    """
    coverage = np.atleast_1d(np.asarray(coverage, dtype=float))
    if np.any((coverage <= 0) | (coverage > 1)):
        raise ValueError(translate("ForecastEval", ERROR_COVERAGE).format(coverage))
    hit = curve.hit_rate(coverage)
    most = best.hit_rate(coverage)
    return pd.DataFrame({
        "coverage": coverage,
        "hit_rate": hit,
        "pai": hit / coverage,
        "pei": np.divide(hit, most, out=np.zeros_like(hit), where=most > 0),
        "hits": hit * curve.n_incidents,
        "best_hit_rate": most,
    })


def evaluate(score, hits, area=None, coverages: Sequence[float] = STANDARD_COVERAGES,
             rank_by_density: bool = False) -> pd.DataFrame:
    """Hit rate, PAI and PEI of a score at the given coverages (default 1, 5, 10, 20%).

    Parameters
    ----------
    score, hits, area, rank_by_density
        As in :func:`forecast_curve`.
    coverages : sequence of float
        Shares of the area, above 0 and at most 1.

    Returns
    -------
    pandas.DataFrame
        One row per coverage: coverage, hit_rate, pai, pei, hits (expected incidents in the
        covered areas) and best_hit_rate. Share it through :func:`shared_table`.

    Examples
    --------
    The top quarter of the area holds half the incidents: a PAI of 2, and as many as any
    score could have put there (PEI 1):

    >>> table = evaluate([4, 3, 2, 1], [5, 0, 3, 2], coverages=[0.25, 0.5])
    >>> table[["coverage", "hit_rate", "pai", "pei"]].to_numpy().tolist()
    [[0.25, 0.5, 2.0, 1.0], [0.5, 0.5, 1.0, 0.625]]
    """
    curve = forecast_curve(score, hits, area, rank_by_density)
    return indices_at(curve, best_curve(hits, area), coverages)


def curve_table(score, hits, area=None, steps: int = 100,
                rank_by_density: bool = False) -> pd.DataFrame:
    """The whole curve at coverages 1/steps, 2/steps, ..., 1, with a flag on 1, 5, 10, 20%.

    >>> table = curve_table([4, 3, 2, 1], [5, 0, 3, 2], steps=20)
    >>> table.loc[table["standard"], "coverage"].tolist()
    [0.05, 0.1, 0.2]
    """
    coverages = np.arange(1, steps + 1) / steps
    table = evaluate(score, hits, area, coverages, rank_by_density)
    table["standard"] = np.isclose(table["coverage"].to_numpy()[:, None],
                                   np.array(STANDARD_COVERAGES)[None, :]).any(axis=1)
    return table


def shared_table(table: pd.DataFrame, k: int) -> pd.DataFrame:
    """``table`` as it may be shared: expected hits below ``k`` (zero kept) NULL and flagged
    in 'onderdrukt', and the hit rate, PAI and PEI computed from them NULL too (hit rate x
    the number of incidents gives the hits back). Every output of an evaluation (table,
    report, result numbers) is to be made from this one table.

    Examples
    --------
    >>> table = evaluate([4, 3, 2, 1], [5, 0, 3, 2], coverages=[0.05, 0.25])
    >>> shared_table(table, 5)[["hits", "hit_rate", "onderdrukt"]].to_numpy().tolist()
    [[nan, nan, True], [5.0, 0.5, False]]
    """
    return suppress_frame(table, ["hits"], k,
                          derived_columns={name: "hits" for name in DERIVED_FROM_HITS})


def area_under_curve(curve: Curve) -> float:
    """Area under the hit-rate curve (0.5 = chance, 1 = everything in no area).

    >>> area_under_curve(forecast_curve([4, 3, 2, 1], [5, 0, 3, 2]))
    0.575
    """
    x, y = curve.area_share, curve.hit_share
    return float(np.sum((x[1:] - x[:-1]) * (y[1:] + y[:-1]) / 2.0))


def mean_indices(tables: Sequence[pd.DataFrame],
                 weights: Optional[Sequence[float]] = None) -> pd.DataFrame:
    """The mean of several :func:`indices_at` tables (e.g. one per validation period).

    >>> hits = [5, 0, 3, 2]
    >>> tables = [evaluate(score, hits, coverages=[0.5])
    ...           for score in ([4, 3, 2, 1], [0, 4, 3, 0])]
    >>> mean_indices(tables)[["hit_rate", "pai"]].round(3).to_numpy().tolist()
    [[0.4, 0.8]]
    """
    if not tables:
        raise ValueError(translate("ForecastEval", ERROR_NO_AREAS))
    stacked = np.stack([t[["coverage", "hit_rate", "pai", "pei", "hits",
                           "best_hit_rate"]].to_numpy() for t in tables])
    mean = np.average(stacked, axis=0, weights=weights)
    return pd.DataFrame(mean, columns=["coverage", "hit_rate", "pai", "pei", "hits",
                                       "best_hit_rate"])
