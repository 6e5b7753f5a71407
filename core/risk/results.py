"""What a forecast gives: :class:`RiskResult`, and the score table of its expected counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np
import pandas as pd

from .. import baselines, risk_validation
from ..i18n import QT_TRANSLATE_NOOP
from .common import translated
from .features import Feature
from .folds import Fold

CLASS_PERCENTILES = (50.0, 75.0, 90.0, 95.0)
CLASS_NAMES = (QT_TRANSLATE_NOOP("Risk", "very low"), QT_TRANSLATE_NOOP("Risk", "low"),
               QT_TRANSLATE_NOOP("Risk", "medium"), QT_TRANSLATE_NOOP("Risk", "high"),
               QT_TRANSLATE_NOOP("Risk", "very high"))


@dataclass
class RiskResult:
    """A forecast and its track record. ``model`` is the key of the chosen output: a model
    ('glm', 'boost'), a baseline ('window_12', 'history', ...) or 'blend'."""

    expected: np.ndarray
    model: str
    origin_label: str
    target_label: str
    features: List[Feature]
    drivers: List[List[str]]
    validation: pd.DataFrame
    summary: pd.DataFrame
    curves: pd.DataFrame
    calibration: pd.DataFrame
    relative_risks: pd.DataFrame
    importance: pd.DataFrame
    folds: List[Fold]
    notes: List[str]
    training_rows: int
    kde_radius: float = 0.0
    horizon: int = 1
    method_labels: dict = field(default_factory=dict)
    chosen_by: str = "validation"  # or "user"
    coverage: float = risk_validation.DEFAULT_COVERAGE
    # The model behind the drivers (the chosen model, or the best one beside a baseline).
    driver_model: str = "glm"
    best_model: Optional[str] = None
    best_baseline: Optional[str] = None
    # The blend of best_model and best_baseline: weight of the model (None: no blend).
    blend_weight: Optional[float] = None
    low: Optional[np.ndarray] = None  # 80% interval of the count per area
    high: Optional[np.ndarray] = None
    dispersion: float = 0.0
    interval_coverage: float = float("nan")
    bad_periods: list = field(default_factory=list)
    short_labels: dict = field(default_factory=dict)

    @property
    def chosen_label(self) -> str:
        return self.method_labels.get(self.model, self.model)

    @property
    def coverage_key(self) -> str:
        return risk_validation.level_key(self.coverage)

    @property
    def baselines(self) -> List[str]:
        return [m for m in self.summary["method"] if baselines.is_baseline(m)]


def score_table(expected) -> pd.DataFrame:
    """Risk score 0-100 (share of the highest expected count), rank (1 = highest),
    percentile (share of areas with a lower or equal expected count) and class 1-5
    (percentile below 50, 75, 90, 95, and the top 5%)."""
    from scipy.stats import rankdata

    expected = np.asarray(expected, dtype=float)
    top = expected.max() if expected.size and expected.max() > 0 else 1.0
    percentile = 100.0 * rankdata(expected, method="max") / expected.size
    classes = 1 + np.searchsorted(np.array(CLASS_PERCENTILES), percentile, side="right")
    classes = np.where(expected <= 0, 1, classes)
    return pd.DataFrame({
        "expected": expected,
        "risk_score": np.round(100.0 * expected / top, 1),
        "rank": rankdata(-expected, method="min").astype(np.int64),
        "percentile": np.round(percentile, 1),
        "risk_class": classes.astype(np.int64),
        "risk_class_name": [translated(CLASS_NAMES[c - 1]) for c in classes],
    })
