"""What a forecast is given besides the panel: how to make it, and what is known of the areas."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, Sequence

import numpy as np

from .. import risk_features, risk_validation
from .features import StaticColumn

MAX_TRAINING_ROWS = 400_000
# Training rows of all validation fits together (each fold gets its share).
VALIDATION_ROWS = 800_000


@dataclass
class ForecastSettings:
    """How to forecast (see :func:`wijkradar.core.risk.forecast_risk` for each one).

    ``model``: 'auto' chooses among the models, the baselines and their blend; 'glm' or
    'boost' uses that model. ``coverage``: the share of the area the user patrols, by whose
    PAI the output is chosen. ``min_count``: the drivers never write an incident count
    below it. ``threads``: threads for the models' native code (None: the libraries'
    default).
    """

    horizon: int = 1
    model: str = "auto"
    n_folds: Optional[int] = None
    subject: str = "incidents"
    max_rows: int = MAX_TRAINING_ROWS
    validation_rows: int = VALIDATION_ROWS
    seed: int = 0
    kde_radius: Optional[float] = None
    threads: Optional[int] = 1
    min_count: int = 5
    coverage: float = risk_validation.DEFAULT_COVERAGE


@dataclass
class AreaData:
    """What is known of the areas besides their counts.

    ``area``: sizes (m2), for the area-size feature and PAI; ``neighbours``: a contiguity
    matrix (:func:`wijkradar.core.risk.contiguity_matrix`); ``static``: covariates and
    context counts; ``area_points``: (x, y) inner points, for the kernel density baselines;
    ``dated``: context points with dates, counted per period
    (:class:`~wijkradar.core.risk_features.DatedColumn`), and area values over time, the
    latest known at each origin (:class:`~wijkradar.core.area_values.DatedValues`).
    """

    area: Optional[np.ndarray] = None
    neighbours: Any = None
    static: Sequence[StaticColumn] = ()
    area_points: Optional[tuple] = None
    dated: Sequence[risk_features.DatedColumn] = ()
