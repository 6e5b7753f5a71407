"""Choosing the forecast by what the user does with it: patrol the top of the list.

A risk map is used by covering the highest-ranked areas, up to the share of the area a
team can patrol (default 5%). So the forecast is chosen by its **Predictive Accuracy
Index at that coverage** (PAI: the share of the next period's incidents in the covered
areas, divided by the share of the area covered; Chainey, Tompson & Uhlig 2008), averaged
over the rolling-origin validation periods, and not by the Poisson deviance alone, which
rewards getting the many quiet areas right. The deviance breaks ties.

Candidates are the models (Poisson GLM, gradient boosting), the baselines
(:mod:`wijkradar.core.baselines`) and a **blend** of the best model and the best baseline,
``w * model + (1 - w) * baseline`` (expected counts). The blend's weight for a validation
period is chosen on the *other* validation periods (leave one period out), never on the
period it is scored on; the weight used for the forecast is the best over all of them.

The rule (:func:`choose`): among the candidates whose mean PAI is within
``SELECTION_TOLERANCE`` (relative) of the highest, and never below the best baseline's,
the one with the lowest mean Poisson deviance. So the chosen output's mean PAI over the
validation periods is never below the best baseline's: when no model beats the baselines,
the output *is* the best baseline, and the report says so.

Examples
--------
>>> import pandas as pd
>>> summary = pd.DataFrame({"method": ["glm", "window_12", "history"],
...                         "pai_5": [6.1, 6.3, 6.0], "deviance": [0.8, 0.9, 0.95]})
>>> choose(summary, ["glm", "window_12", "history"], ["window_12", "history"], "5")
'window_12'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from . import forecast_eval

DEFAULT_COVERAGE = 0.05
# PAIs within this share of the highest count as tied; then the deviance decides.
SELECTION_TOLERANCE = 0.005
BLEND_WEIGHTS = tuple(np.round(np.arange(0.1, 0.91, 0.1), 2))
MODELS = ("glm", "boost")
BLEND = "blend"


def level_key(coverage: float) -> str:
    """Column suffix of a coverage: 0.05 -> '5', 0.025 -> '2.5'."""
    return f"{100.0 * float(coverage):g}"


def coverages_for(coverage: float) -> List[float]:
    """The report's standard coverages (1, 5, 10, 20%) and the user's patrol coverage.

    >>> coverages_for(0.03)
    [0.01, 0.03, 0.05, 0.1, 0.2]
    """
    return sorted(set(forecast_eval.STANDARD_COVERAGES) | {float(coverage)})


def poisson_deviance(y, mu) -> float:
    """Mean Poisson deviance per area (lower is better).

    ``2 (y log(y / mu) - (y - mu))`` per area; only the first area misses here, by 2:

    >>> round(poisson_deviance([0, 2, 4], [1, 2, 4]), 4)
    0.6667
    """
    y = np.asarray(y, dtype=float)
    mu = np.maximum(np.asarray(mu, dtype=float), 1e-9)
    term = np.where(y > 0, y * np.log(np.where(y > 0, y, 1.0) / mu), 0.0)
    return float(np.mean(2.0 * (term - (y - mu))))


def pai_at(score, actual, area, coverage: float) -> float:
    """PAI of expected counts ``score`` at one coverage (areas by expected count per unit
    area); NaN when no incident happened.

    >>> pai_at([4, 3, 2, 1], actual=[5, 0, 3, 2], area=[1, 1, 1, 1], coverage=0.25)
    2.0
    """
    if np.sum(actual) <= 0:
        return float("nan")
    curve = forecast_eval.forecast_curve(score, actual, area, rank_by_density=True)
    return float(np.ravel(curve.hit_rate(coverage))[0] / coverage)


@dataclass
class FoldScores:
    """What one validation period holds: the observed counts and every method's expected
    counts (float32, one per area)."""

    number: int
    origin: str
    target: str
    actual: np.ndarray
    predicted: Dict[str, np.ndarray] = field(default_factory=dict)
    _best: Optional[forecast_eval.Curve] = None

    def best_curve(self, area) -> forecast_eval.Curve:
        """The best hit-rate curve possible in this period (computed once)."""
        if self._best is None:
            self._best = forecast_eval.best_curve(self.actual, area)
        return self._best


def score_fold(fold: FoldScores, method: str, area, coverages: Sequence[float],
               curve_grid) -> Tuple[dict, Optional[pd.DataFrame]]:
    """The validation row of one method in one period (deviance, hit rate, PAI, PEI at each
    coverage, AUC) and its hit-rate curve on ``curve_grid`` (None without incidents)."""
    actual = fold.actual
    score = np.asarray(fold.predicted[method], dtype=float)
    row = {"fold": fold.number, "origin": fold.origin, "target": fold.target,
           "method": method, "incidents": float(actual.sum()),
           "deviance": poisson_deviance(actual, score), "predicted_total": float(score.sum())}
    if actual.sum() <= 0:
        return row, None
    curve = forecast_eval.forecast_curve(score, actual, area, rank_by_density=True)
    best = fold.best_curve(area)
    table = forecast_eval.indices_at(curve, best, coverages)
    for record in table.itertuples():
        level = level_key(record.coverage)
        row[f"hit_rate_{level}"] = record.hit_rate
        row[f"pai_{level}"] = record.pai
        row[f"pei_{level}"] = record.pei
    row["auc"] = forecast_eval.area_under_curve(curve)
    frame = pd.DataFrame({"fold": fold.number, "method": method, "coverage": curve_grid,
                          "hit_rate": curve.hit_rate(curve_grid),
                          "best_hit_rate": best.hit_rate(curve_grid)})
    return row, frame


def _ranked(summary: pd.DataFrame, methods: Sequence[str], key: str) -> pd.DataFrame:
    table = summary.set_index("method").reindex(list(methods))
    pai = table.get(f"pai_{key}", pd.Series(np.nan, index=table.index))
    deviance = table.get("deviance", pd.Series(np.nan, index=table.index))
    return pd.DataFrame({"pai": pai.astype(float), "deviance": deviance.astype(float)},
                        index=table.index)


def choose(summary: pd.DataFrame, candidates: Sequence[str], baselines: Sequence[str],
           key: str, tolerance: float = SELECTION_TOLERANCE) -> str:
    """The candidate with the highest mean PAI at the patrol coverage (column
    ``pai_<key>`` of ``summary``), the deviance breaking near-ties, never one below the best
    baseline's PAI. Without any PAI (no incidents to validate on): the lowest deviance."""
    table = _ranked(summary, candidates, key)
    pai = table["pai"]
    if pai.notna().any():
        top = float(pai.max())
        floor = top - tolerance * abs(top)
        baseline_pai = pai.reindex(list(baselines)).dropna()
        if len(baseline_pai):
            floor = max(floor, float(baseline_pai.max()))
        table = table[pai >= floor]
    deviance = table["deviance"].fillna(np.inf)
    return str(deviance.index[int(np.argmin(deviance.to_numpy()))])


def best_of(summary: pd.DataFrame, methods: Sequence[str], key: str) -> Optional[str]:
    """The method of ``methods`` that :func:`choose` would pick among them alone."""
    present = [m for m in methods if m in set(summary["method"])]
    return choose(summary, present, (), key) if present else None


def blend(model, baseline, weight: float) -> np.ndarray:
    """``weight * model + (1 - weight) * baseline`` (expected counts)."""
    return weight * np.asarray(model, dtype=float) + (1.0 - weight) * np.asarray(
        baseline, dtype=float)


def weight_table(folds: Sequence[FoldScores], model: str, baseline: str, area,
                 coverage: float) -> Tuple[np.ndarray, np.ndarray]:
    """(PAI, deviance) of the blend at every weight of ``BLEND_WEIGHTS`` (rows) in every
    validation period (columns); PAI NaN where a period had no incidents."""
    pai = np.full((len(BLEND_WEIGHTS), len(folds)), np.nan)
    deviance = np.full_like(pai, np.nan)
    for column, fold in enumerate(folds):
        for row, weight in enumerate(BLEND_WEIGHTS):
            mixed = blend(fold.predicted[model], fold.predicted[baseline], weight)
            pai[row, column] = pai_at(mixed, fold.actual, area, coverage)
            deviance[row, column] = poisson_deviance(fold.actual, mixed)
    return pai, deviance


def best_weight(pai, deviance, columns) -> Optional[float]:
    """The weight (of ``BLEND_WEIGHTS``) with the highest mean PAI over ``columns`` of a
    :func:`weight_table`, the lower mean deviance among near-ties; None without incidents."""
    pai, deviance = pai[:, columns], deviance[:, columns]
    if not np.isfinite(pai).any():
        return None
    with np.errstate(invalid="ignore"):
        mean_pai = np.nanmean(np.where(np.isfinite(pai), pai, np.nan), axis=1)
    mean_deviance = deviance.mean(axis=1)
    top = np.nanmax(mean_pai)
    near = np.flatnonzero(mean_pai >= top - SELECTION_TOLERANCE * abs(top))
    return float(BLEND_WEIGHTS[near[np.argmin(mean_deviance[near])]])


def pick_weight(folds: Sequence[FoldScores], model: str, baseline: str, area,
                coverage: float) -> Optional[float]:
    """The blend weight of ``model`` with the highest mean PAI at ``coverage`` over
    ``folds`` (the lower mean deviance among near-ties); None without incidents."""
    pai, deviance = weight_table(folds, model, baseline, area, coverage)
    return best_weight(pai, deviance, np.arange(len(folds)))


def blend_folds(folds: Sequence[FoldScores], model: str, baseline: str, area,
                coverage: float) -> Tuple[List[Optional[float]], Optional[float]]:
    """Adds the blend's expected counts to every validation period, with its weight chosen
    on the other periods (leave one period out); returns the per-period weights and the
    weight for the forecast (chosen on all periods). Needs two or more periods."""
    if len(folds) < 2:
        return [], None
    pai, deviance = weight_table(folds, model, baseline, area, coverage)
    everything = np.arange(len(folds))
    weights = [best_weight(pai, deviance, everything[everything != k]) for k in everything]
    if any(weight is None for weight in weights):
        return weights, None
    for fold, weight in zip(folds, weights):
        fold.predicted[BLEND] = blend(fold.predicted[model], fold.predicted[baseline],
                                      weight).astype(np.float32)
    return weights, best_weight(pai, deviance, everything)


def nb_dispersion(folds: Sequence[FoldScores], method: str) -> float:
    """Overdispersion ``a`` of a negative binomial (variance = mu + a mu^2) by the moments
    of the validation periods: sum((y - mu)^2 - y) / sum(mu^2), at least 0."""
    top = bottom = 0.0
    for fold in folds:
        if method not in fold.predicted:
            continue
        mu = np.asarray(fold.predicted[method], dtype=float)
        y = fold.actual.astype(float)
        top += float(np.sum((y - mu) ** 2 - y))
        bottom += float(np.sum(mu ** 2))
    return max(top / bottom, 0.0) if bottom > 0 else 0.0


def interval(expected, dispersion: float, level: float = 0.8):
    """(low, high): the central ``level`` interval of a count with mean ``expected`` and
    the negative binomial overdispersion ``dispersion`` (Poisson when 0).

    >>> low, high = interval(np.array([4.0, 10.0]), dispersion=0.0)  # Poisson
    >>> list(zip(low.tolist(), high.tolist()))
    [(2, 7), (6, 14)]
    >>> low, high = interval(np.array([4.0, 10.0]), dispersion=0.5)  # wider
    >>> list(zip(low.tolist(), high.tolist()))
    [(0, 9), (2, 20)]
    """
    from scipy import stats

    mu = np.maximum(np.asarray(expected, dtype=float), 1e-12)
    # The quantiles of the expected counts rounded to 3 significant digits, each distinct
    # value once: hundreds of thousands of areas have a few thousand such values.
    values, index = np.unique(_three_digits(mu), return_inverse=True)
    tail = (1.0 - level) / 2.0
    if dispersion <= 1e-9:
        low, high = stats.poisson.ppf(tail, values), stats.poisson.ppf(1.0 - tail, values)
    else:
        size = 1.0 / dispersion
        p = size / (size + values)
        low, high = stats.nbinom.ppf(tail, size, p), stats.nbinom.ppf(1.0 - tail, size, p)
    index = index.ravel()
    return low[index].astype(np.int64), high[index].astype(np.int64)


def _three_digits(values) -> np.ndarray:
    """Positive values rounded to 3 significant digits."""
    values = np.asarray(values, dtype=float)
    scale = 10.0 ** (2 - np.floor(np.log10(values)))
    return np.round(values * scale) / scale


def interval_coverage(folds: Sequence[FoldScores], method: str, dispersion: float,
                      level: float = 0.8) -> float:
    """Share of the validation periods' observed counts inside the method's ``level``
    interval (near ``level`` = honest intervals)."""
    inside = total = 0
    for fold in folds:
        if method not in fold.predicted:
            continue
        low, high = interval(fold.predicted[method], dispersion, level)
        inside += int(np.sum((fold.actual >= low) & (fold.actual <= high)))
        total += fold.actual.size
    return inside / total if total else float("nan")


def calibration(folds: Sequence[FoldScores], method: str, groups: int = 10) -> pd.DataFrame:
    """Mean expected against mean observed count per decile of expected count (over the
    validation periods' area-periods)."""
    predicted = np.concatenate([f.predicted[method] for f in folds if method in f.predicted])
    observed = np.concatenate([f.actual for f in folds if method in f.predicted])
    frame = pd.DataFrame({"predicted": predicted.astype(float),
                          "observed": observed.astype(float)})
    if frame.empty:
        return pd.DataFrame(columns=["group", "predicted", "observed", "areas"])
    ranks = frame["predicted"].rank(method="first")
    frame["group"] = np.ceil(ranks / len(frame) * groups).clip(1, groups).astype(int)
    return frame.groupby("group", as_index=False).agg(
        predicted=("predicted", "mean"), observed=("observed", "mean"),
        areas=("observed", "size"))


def bad_periods(validation: pd.DataFrame, chosen: str, baselines: Sequence[str], key: str,
                margin: float = 0.1) -> List[Tuple[str, float, str, float]]:
    """Validation periods in which the chosen method did badly: its PAI at the patrol
    coverage more than ``margin`` (relative) below the best baseline's in that period.
    Each as (period, chosen PAI, best baseline, its PAI)."""
    column = f"pai_{key}"
    if column not in validation:
        return []
    found = []
    for target, rows in validation.groupby("target", sort=False):
        rows = rows.set_index("method")[column]
        if chosen not in rows or not np.isfinite(rows[chosen]):
            continue
        others = rows.reindex([b for b in baselines if b != chosen]).dropna()
        if others.empty:
            continue
        best = str(others.idxmax())
        if rows[chosen] < (1.0 - margin) * others[best]:
            found.append((str(target), float(rows[chosen]), best, float(others[best])))
    return found
