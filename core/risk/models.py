"""The models: a Poisson GLM and gradient-boosted trees with Poisson loss, and the words for
every method (models, baselines, the blend)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import baselines, choices, risk_validation
from ..i18n import QT_TRANSLATE_NOOP
from .common import translated

# The keys of postcode_risk's options (core/choices.py holds their order and labels).
MODELS = choices.RISK_MODELS.values
GLM_ALPHA = 1e-4
GLM_MAX_ITER = 300
BOOST_ITER = 100
BOOST_LEARNING_RATE = 0.1
BOOST_LEAVES = 31
BOOST_MIN_LEAF = 40
BOOST_L2 = 1.0
BOOST_BINS = 255
BIN_SAMPLE = 200_000

METHOD_LABELS = {
    "glm": QT_TRANSLATE_NOOP("Risk", "Poisson GLM"),
    "boost": QT_TRANSLATE_NOOP("Risk", "Gradient boosting"),
    "blend": QT_TRANSLATE_NOOP("Risk", "Blend of a model and a baseline"),
    **baselines.LABELS,
}


def method_label(method: str) -> str:
    """'Poisson GLM', 'Gradient boosting', ... in the user's language (the model's key as is
    when unknown)."""
    return translated(METHOD_LABELS[method]) if method in METHOD_LABELS else method


def _weighted_moments(mat, w):
    w = w / w.sum()
    mean = (mat * w[:, None]).sum(axis=0, dtype=np.float64)
    var = ((mat - mean) ** 2 * w[:, None]).sum(axis=0, dtype=np.float64)
    return mean, np.sqrt(var)


class PoissonGlm:
    """Poisson regression (log link) on standardised features."""

    name = "glm"

    def __init__(self, seed: int = 0):
        self.seed = seed

    def fit(self, mat, y, w):
        from sklearn.linear_model import PoissonRegressor

        self.mean, self.scale = _weighted_moments(mat, w)
        self.keep = self.scale > 1e-9 * np.maximum(1.0, np.abs(self.mean))
        zmat = self._standardised(mat)
        self.model = PoissonRegressor(alpha=GLM_ALPHA, max_iter=GLM_MAX_ITER)
        self.model.fit(zmat, y, sample_weight=w)
        self.coef = np.zeros(mat.shape[1])
        self.coef[self.keep] = self.model.coef_
        return self

    def _standardised(self, mat):
        return ((mat[:, self.keep] - self.mean[self.keep]) / self.scale[self.keep])

    def predict(self, mat):
        return self.model.predict(self._standardised(mat))

    def log_contributions(self, mat):
        """coef_j * z_ij: log factor of each feature against an average value."""
        out = np.zeros(mat.shape, dtype=np.float64)
        out[:, self.keep] = self._standardised(mat) * self.model.coef_
        return out

    def group_log_contributions(self, mat, groups):
        """Log factor of each group of features (columns): the sum of its features'."""
        per_feature = self.log_contributions(mat)
        return np.column_stack([per_feature[:, indices].sum(axis=1) for _, indices in groups])

    def relative_risks(self, labels) -> pd.DataFrame:
        return pd.DataFrame({"feature": labels, "coefficient": self.coef,
                             "relative_risk": np.exp(self.coef),
                             "sd": self.scale, "used": self.keep})


class BoostedPoisson:
    """Gradient-boosted trees with Poisson loss.

    Features are first mapped to at most ``BOOST_BINS`` ordered bins (quantiles of up to
    ``BIN_SAMPLE`` training rows), as the trees bin them anyway; doing it here keeps
    scikit-learn's binning fast when rows carry sampling weights.
    """

    name = "boost"

    def __init__(self, seed: int = 0):
        self.seed = seed

    def fit(self, mat, y, w):
        from sklearn.ensemble import HistGradientBoostingRegressor

        self.mean, scale = _weighted_moments(mat, w)
        self.keep = scale > 1e-9 * np.maximum(1.0, np.abs(self.mean))
        rng = np.random.default_rng(self.seed)
        sample = mat if mat.shape[0] <= BIN_SAMPLE else mat[rng.choice(mat.shape[0], BIN_SAMPLE,
                                                                 replace=False)]
        self.edges = [_bin_edges(sample[:, j]) for j in range(mat.shape[1])]
        self.model = HistGradientBoostingRegressor(
            loss="poisson", max_iter=BOOST_ITER, learning_rate=BOOST_LEARNING_RATE,
            max_leaf_nodes=BOOST_LEAVES, min_samples_leaf=BOOST_MIN_LEAF,
            l2_regularization=BOOST_L2, early_stopping=False, random_state=self.seed)
        uniform = bool(np.all(w == w[0]))
        self.model.fit(self._binned(mat), y, sample_weight=None if uniform else w)
        return self

    def _binned(self, mat):
        columns = np.flatnonzero(self.keep)
        out = np.empty((mat.shape[0], columns.size), dtype=np.float32)
        for k, j in enumerate(columns):
            out[:, k] = np.searchsorted(self.edges[j], mat[:, j])
        return out

    def predict(self, mat):
        return self.model.predict(self._binned(mat))

    def group_log_contributions(self, mat, groups, chunk: int = 200_000):
        """log(prediction) - log(prediction with the group's features at their training
        means), per group of features (columns)."""
        out = np.zeros((mat.shape[0], len(groups)), dtype=np.float64)
        for start in range(0, mat.shape[0], chunk):
            part = mat[start:start + chunk]
            base = np.log(np.maximum(self.predict(part), 1e-12))
            for column, (_, indices) in enumerate(groups):
                used = [j for j in indices if self.keep[j]]
                if not used:
                    continue
                changed = part.copy()
                changed[:, used] = self.mean[used]
                out[start:start + chunk, column] = base - np.log(
                    np.maximum(self.predict(changed), 1e-12))
        return out


def _bin_edges(values) -> np.ndarray:
    """Cut points between at most BOOST_BINS ordered groups of a feature's values."""
    distinct = np.unique(values)
    if distinct.size > BOOST_BINS:
        distinct = np.unique(np.quantile(values, np.linspace(0.0, 1.0, BOOST_BINS)))
    return ((distinct[1:] + distinct[:-1]) / 2.0).astype(np.float32)


MODEL_CLASSES = {"glm": PoissonGlm, "boost": BoostedPoisson}


poisson_deviance = risk_validation.poisson_deviance
