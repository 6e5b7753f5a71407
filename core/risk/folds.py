"""Rolling-origin folds in time, and the training rows of a fit (sampled when many)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import List

import numpy as np

from .panel import Panel


@dataclass(frozen=True)
class Fold:
    """Validate at ``origin`` (forecast for ``origin + horizon``), trained on
    ``train_origins``, whose targets all lie at or before ``origin``."""

    origin: int
    horizon: int
    train_origins: np.ndarray

    @property
    def target(self) -> int:
        return self.origin + self.horizon


def rolling_origin_folds(n_periods: int, horizon: int, first_origin: int,
                         n_folds: int) -> List[Fold]:
    """The last ``n_folds`` origins with a known target, each trained only on the past."""
    last = n_periods - 1 - horizon
    folds = []
    for origin in range(last - n_folds + 1, last + 1):
        train = np.arange(first_origin, origin - horizon + 1)
        if origin < first_origin or train.size == 0:
            continue
        folds.append(Fold(origin, horizon, train))
    return folds


def sample_rows(panel: Panel, origins: np.ndarray, horizon: int, max_rows: int,
                rng: np.random.Generator):
    """(origins, areas, targets, weights) of training rows, at most ``max_rows``.

    All rows when they fit; else every row with an incident (up to half the budget, sampled
    beyond) and a random sample of rows without, each weighted by 1 / its sampling rate.
    """
    n = panel.n_areas
    origins = np.asarray(origins, dtype=np.int64)
    targets = panel.counts[origins + horizon]  # (len(origins), n): only targets <= fold
    total = targets.size
    if total <= max_rows:
        t = np.repeat(origins, n)
        i = np.tile(np.arange(n, dtype=np.int64), origins.size)
        return t, i, targets.ravel().astype(float), np.ones(total)
    flat = targets.ravel()
    positive = np.flatnonzero(flat > 0)
    n_zero_all = total - positive.size
    keep_pos = positive
    if positive.size > max_rows // 2:
        keep_pos = np.sort(rng.choice(positive, max_rows // 2, replace=False))
    want_zero = min(max_rows - keep_pos.size, n_zero_all)
    zero_idx = np.empty(0, dtype=np.int64)
    if want_zero > 0:
        share = n_zero_all / total
        draws = int(want_zero / share * 1.1) + 1000
        candidates = np.unique(rng.integers(0, total, size=draws))
        candidates = candidates[flat[candidates] == 0]
        zero_idx = rng.permutation(candidates)[:want_zero]
    weights = np.concatenate([np.full(keep_pos.size, positive.size / max(keep_pos.size, 1)),
                              np.full(zero_idx.size, n_zero_all / max(zero_idx.size, 1))])
    index = np.concatenate([keep_pos, zero_idx])
    return (origins[index // n], index % n, flat[index].astype(float), weights)
