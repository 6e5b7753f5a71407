"""Baselines: the simple forecasts a risk model has to beat, as real predictors.

The literature on crime forecasting finds prior counts hard to beat (Wheeler & Steenbeek
2021; counting did about as well as kernel density in Camacho Doyle et al. 2021). So the
baselines are not only a line in the report: they are forecasts of their own, validated on
the same periods as the models, and the output uses one of them when it wins (see
:mod:`wijkradar.core.risk_validation`).

Each baseline is an expected count per area for the target period, made from incident
counts up to and including the origin period only:

- ``previous``: the last period's counts;
- ``window_<w>``: the mean count per period over the last ``w`` periods, for each longer
  window of the model (months: 3 and 12; weeks: 4 and 13; quarters: 2 and 4; years: 2, 3);
- ``history``: the mean count per period over the whole history up to the origin;
- ``kde``: a kernel density surface (quartic) of the longest window's incidents, read at
  each area's inner point, times the area's size: rescaled so that all areas together
  expect the window's mean count per period. Areas then rank by density, as a hotspot map
  ranks them. Its radius is the hotspot map's automatic one
  (:func:`wijkradar.core.kde.automatic_radius`, or the one the caller sets);
- ``kde_near``: the same with a radius of twice the typical spacing of the areas (500 m
  on a 250 m grid), the local hotspot map that is hard to beat on fine grids.

Examples
--------
>>> import numpy as np
>>> cum = np.cumsum(np.array([[0, 0], [2, 1], [4, 0], [0, 3]]), axis=0)
>>> cum = np.vstack([np.zeros((1, 2), int), cum])
>>> scores = count_baselines(cum, origin=3, windows=(1, 3))
>>> scores["previous"].tolist(), scores["window_3"].tolist(), scores["history"].tolist()
([0.0, 3.0], [2.0, 1.3333333333333333], [1.5, 1.0])
"""

from __future__ import annotations

from typing import Dict, Sequence

import numpy as np

from .i18n import QT_TRANSLATE_NOOP, number, translate

LABELS = {
    "previous": QT_TRANSLATE_NOOP("Risk", "Baseline: last period's counts"),
    "window": QT_TRANSLATE_NOOP("Risk", "Baseline: counts of {window}"),
    "history": QT_TRANSLATE_NOOP("Risk", "Baseline: counts of the whole history"),
    "kde": QT_TRANSLATE_NOOP("Risk", "Baseline: kernel density of {window} (radius {radius} "
                             "m)"),
}
# Short names for the one-line comparison ("... for the best baseline (prior 12 months'
# counts)"), in the period's words.
SHORT_LABELS = {
    "previous": QT_TRANSLATE_NOOP("Risk", "last period's counts"),
    "window": QT_TRANSLATE_NOOP("Risk", "counts of {window}"),
    "history": QT_TRANSLATE_NOOP("Risk", "counts of the whole history"),
    "kde": QT_TRANSLATE_NOOP("Risk", "kernel density of {window} (radius {radius} m)"),
}


def is_baseline(method: str) -> bool:
    """Whether a method key names a baseline ('previous', 'window_12', 'history', 'kde')."""
    return family(method) in LABELS


def family(method: str) -> str:
    """'window_12' -> 'window', 'kde_near' -> 'kde'; other keys as they are."""
    if method.startswith("window_"):
        return "window"
    return "kde" if method.startswith("kde") else method


def baseline_label(method: str, window_words, short: bool = False,
                   radius: float = 0.0) -> str:
    """The user's words for a baseline key; ``window_words(w)`` gives 'the last 12 months'
    (``window_words(0)``: the longest window, which the kernel densities cover, with
    ``radius`` in metres)."""
    table = SHORT_LABELS if short else LABELS
    kind = family(method)
    text = translate("Risk", table[kind])
    if kind == "window":
        return text.format(window=window_words(int(method.split("_", 1)[1])))
    if kind == "kde":
        return text.format(window=window_words(0), radius=number(radius))
    return text


def count_baselines(cum, origin: int, windows: Sequence[int]) -> Dict[str, np.ndarray]:
    """Expected counts for the period after ``origin`` from cumulative counts ``cum``
    (``cum[t]`` = counts of periods before ``t``, shape (periods + 1, areas)).

    Keys: ``previous`` and ``window_<w>`` for each window longer than 1, ``history``.
    """
    end = origin + 1
    scores = {"previous": (cum[end] - cum[end - 1]).astype(float)}
    for window in sorted(set(int(w) for w in windows if w > 1)):
        start = max(end - window, 0)
        scores[f"window_{window}"] = (cum[end] - cum[start]) / float(end - start)
    scores["history"] = cum[end] / float(end)
    return scores


def density_baseline(density, area, total: float) -> np.ndarray:
    """A density surface read at the areas (per unit area) as expected counts: density x
    area, rescaled to ``total`` over all areas (all zeros when the surface is empty)."""
    mass = np.asarray(density, dtype=float) * np.asarray(area, dtype=float)
    whole = mass.sum()
    return mass * (total / whole) if whole > 0 else np.zeros_like(mass)

