"""The baselines' forecasts at an origin: counts of the last period, of each longer window
and of the whole history (:mod:`wijkradar.core.baselines`), and kernel densities of past
incidents read at the areas."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np

from .. import baselines, risk_features
from .features import FeatureBuilder

KDE_MAX_CELLS = 4_000_000


def kde_scores(x, y, weights, radius: Optional[float] = None):
    """Kernel density (quartic) of weighted points, read at the same points.

    Returns (density per km2 at each point, radius used). The radius defaults to
    :func:`wijkradar.core.kde.automatic_radius` of the weighted points.
    """
    from .. import kde

    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    weights = np.asarray(weights, dtype=float)
    if weights.sum() <= 0:
        return np.zeros(x.size), radius or 0.0
    if radius is None or radius <= 0:
        used = weights > 0
        radius = kde.automatic_radius(x[used], y[used], weights[used])
    width, height = x.max() - x.min() + 2 * radius, y.max() - y.min() + 2 * radius
    pixel = max(radius / 4.0, math.sqrt(width * height / KDE_MAX_CELLS))
    radius = max(radius, 2.0 * pixel)
    grid = kde.grid_for_extent(x.min() - radius, y.min() - radius, x.max() + radius,
                               y.max() + radius, pixel)
    used = weights > 0
    surface = kde.kde_points(grid, x[used], y[used], weights[used], radius, output="density")
    cols = np.clip(((x - grid.xmin) / pixel).astype(np.int64), 0, grid.ncols - 1)
    rows = np.clip(((grid.ymax - y) / pixel).astype(np.int64), 0, grid.nrows - 1)
    return surface[rows, cols], radius


@dataclass
class BaselineForecasts:
    """Computes every baseline's expected counts at an origin."""

    builder: FeatureBuilder
    windows: Sequence[int]
    area_sizes: np.ndarray
    area_points: Optional[tuple]
    kde_radius: Optional[float]
    sizes_known: bool = True
    radii: dict = field(default_factory=dict)  # kde key -> radius used

    def near_radius(self) -> float:
        """Twice the typical spacing of the areas (risk_features.kde_bandwidths)."""
        x, y = self.area_points
        extent = float((np.max(x) - np.min(x)) * (np.max(y) - np.min(y)))
        return risk_features.kde_bandwidths(self.area_sizes if self.sizes_known else None,
                                            len(self.area_sizes), extent)[0]

    def at(self, origin: int) -> dict:
        scores = baselines.count_baselines(self.builder.cum, origin, self.windows)
        if self.area_points is not None:
            longest = max(self.windows)
            end = origin + 1
            counts = (self.builder.cum[end] - self.builder.cum[max(end - longest, 0)]).astype(
                float)
            for key, radius in (("kde", self.kde_radius), ("kde_near", self.near_radius())):
                density, self.radii[key] = kde_scores(self.area_points[0],
                                                      self.area_points[1], counts, radius)
                scores[key] = baselines.density_baseline(
                    density, self.area_sizes, counts.sum() / min(longest, end))
        return scores
