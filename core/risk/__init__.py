"""Postcode risk: expected incidents per area for the coming period, validated in time.

What the model sees
-------------------
Incidents become a panel of counts per area (postcode, buurt, grid cell) and period (week,
month, quarter or year), ``counts[t, i]``, built with one ``np.bincount``. A forecast made at
the end of period ``t`` (the *origin*) is for period ``t + h`` (``h`` = horizon). Its
features use nothing after period ``t``:

- own counts: the mean count per period over the last 1, 3 and 12 months (weeks: 1, 4, 13;
  quarters: 1, 2, 4; years: 1, 2, 3) and over the whole history up to the origin, and the
  count in the same period a year before the target (seasonality; not for years);
- spatial lag: the same windows averaged over the neighbouring areas (contiguity: areas that
  touch, within a small tolerance; :func:`contiguity_matrix`);
- near-repeat: incidents in the last ``recent_days`` (default 14) days up to the end of the
  origin period, in the area and in its neighbours;
- static features: area size, covariates of the area layer (monitor indicators,
  inhabitants; NULL values are replaced by the median and flagged in an extra 0/1 feature),
  counts of context points (coffeeshops, dismantled plantations) in or near the area;
- from :mod:`wijkradar.core.risk_features`: the long history shrunk towards the
  neighbours (empirical Bayes), kernel densities of past incidents at three bandwidths,
  the trend (last 3 against the 12 periods before), the time of year, incidents of other
  types (:attr:`Panel.other`) and dated context points counted up to the origin;
- area values over time (:mod:`wijkradar.core.area_values`: payment arrears per quarter,
  say): each area's latest value known by the end of the origin period, never a later one.

Count features are ``log((x + 1/2) / periods)`` for a count ``x`` over a number of periods
(the started logarithm of the mean per period), so a coefficient near 1 means "proportional
to past counts"; effects are multiplicative. Features that are constant
in the training rows are left out of that fit (and said so).

Models
------
- **Poisson GLM** (scikit-learn ``PoissonRegressor``, log link, a small ridge penalty) on
  standardised features: ``exp(coefficient)`` is the relative risk for one standard deviation
  more of a feature, as Risk Terrain Modeling reports relative risks per factor.
- **Gradient boosting** (``HistGradientBoostingRegressor`` with Poisson loss).

Validation is rolling-origin in time: for each of the last few origins ``v``, both models
are trained only on rows whose *target* period is at most ``v`` (so every feature and every
target was known at the end of ``v``) and tested on period ``v + h``. :func:`rolling_origin_
folds` builds these folds and the tests check that no fold sees a later period. Baselines
(:mod:`wijkradar.core.baselines`: last period, each longer window, the whole history, two
kernel densities) are forecasts of their own on the same folds, and a blend of the best
model with the best baseline joins them. With ``model="auto"`` the output is the one with
the highest mean PAI at the patrolled coverage (:mod:`wijkradar.core.risk_validation`),
never below the best baseline; a model is then refitted on every usable row and applied at
the last origin.

Large panels: a fit uses at most ``max_rows`` rows: all rows with incidents (up to half the
budget) and a random sample of rows without, weighted by the inverse of their sampling rate,
which keeps the Poisson likelihood unbiased.

Drivers per area
----------------
Features are ranked in families of kinds a patrol can act on (high for years, rising, near-
repeat, the surroundings, the season, other types, each covariate or context layer): GLM,
the sum of ``coef_j * z_ij`` over the family, ``exp`` of which is the factor by which it
makes the area's expected count differ from an area with average values; boosting, the
ratio of the prediction to the prediction with the family's features at their training
means. Up to three families of at least x1.1 are told as facts, the one that sets the area
apart among the top areas first, e.g. "rising: 6 incidents in the last 3 months against
fewer than 5 in the 3 months before" (:mod:`wijkradar.core.drivers`). When a baseline or
the blend is the output, the drivers come from the best model.

What the scores mean: predictions reflect where incidents were *recorded*, which depends on
reporting and on where police and enforcers looked, not only on where they happened.

The package: :mod:`.periods`, :mod:`.panel`, :mod:`.spatial`, :mod:`.features`,
:mod:`.folds`, :mod:`.models`, :mod:`.baseline_forecasts`, :mod:`.selection`,
:mod:`.forecast` (the run), :mod:`.results` and :mod:`.pipeline` (the whole analysis on
area polygons, as postcode_risk runs it); everything public is importable from here
(``from wijkradar.core import risk; risk.forecast_risk(...)``).
"""

from ..cancel import CanceledError
from .baseline_forecasts import KDE_MAX_CELLS, BaselineForecasts, kde_scores
from .common import ERROR_CANCELED, ERROR_SHAPE
from .features import (
    ERROR_HORIZON,
    ERROR_TOO_FEW,
    VALIDATION_AREA_PERIODS,
    Feature,
    FeatureBuilder,
    StaticColumn,
    plan_features,
)
from .folds import Fold, rolling_origin_folds, sample_rows
from .forecast import (
    DRIVER_MIN_FACTOR,
    DRIVER_ROWS,
    DRIVER_TOP,
    ERROR_COVERAGE,
    ERROR_MODEL,
    ERROR_NO_TRAINING,
    IMPORTANCE_ROWS,
    N_DRIVERS,
    forecast,
    forecast_risk,
)
from .models import (
    BIN_SAMPLE,
    BOOST_BINS,
    BOOST_ITER,
    BOOST_L2,
    BOOST_LEARNING_RATE,
    BOOST_LEAVES,
    BOOST_MIN_LEAF,
    GLM_ALPHA,
    GLM_MAX_ITER,
    METHOD_LABELS,
    MODEL_CLASSES,
    MODELS,
    BoostedPoisson,
    PoissonGlm,
    method_label,
    poisson_deviance,
)
from .panel import (
    DEFAULT_RECENT_DAYS,
    ERROR_DATES,
    ERROR_NO_INCIDENTS,
    Panel,
    build_panel,
    dropped_text,
)
from .periods import (
    DEFAULT_FOLDS,
    EPOCH_MONDAY,
    ERROR_PERIOD,
    LAST_MANY,
    LAST_ONE,
    NOUNS,
    PERIODS,
    SAME_PERIOD_A_YEAR_EARLIER,
    SEASONAL_LAG,
    WINDOWS,
    label_period,
    period_end,
    period_label,
    period_noun,
    period_numbers,
    period_start,
)
from .pipeline import (
    AreaForecast,
    area_data,
    area_table,
    context_column,
    forecast_areas,
    incident_panel,
    recent_periods,
)
from .results import CLASS_NAMES, CLASS_PERCENTILES, RiskResult, score_table
from .selection import CURVE_COVERAGES
from .settings import MAX_TRAINING_ROWS, VALIDATION_ROWS, AreaData, ForecastSettings
from .spatial import (
    check_unique_ids,
    context_counts,
    contiguity_matrix,
    grid_contiguity,
    locate_points,
    row_standardise,
)

__all__ = [
    # periods
    "PERIODS", "WINDOWS", "SEASONAL_LAG", "DEFAULT_FOLDS", "NOUNS", "LAST_ONE", "LAST_MANY",
    "SAME_PERIOD_A_YEAR_EARLIER", "EPOCH_MONDAY", "ERROR_PERIOD", "period_numbers",
    "period_start", "period_end", "period_label", "label_period", "period_noun",
    # panel
    "DEFAULT_RECENT_DAYS", "ERROR_NO_INCIDENTS", "ERROR_DATES", "Panel", "build_panel",
    "dropped_text",
    # spatial
    "check_unique_ids", "locate_points", "context_counts", "contiguity_matrix",
    "grid_contiguity", "row_standardise",
    # features and folds
    "VALIDATION_AREA_PERIODS", "ERROR_HORIZON", "ERROR_TOO_FEW", "ERROR_SHAPE", "Feature",
    "StaticColumn", "plan_features", "FeatureBuilder", "Fold", "rolling_origin_folds",
    "sample_rows",
    # models and baselines
    "MODELS", "GLM_ALPHA", "GLM_MAX_ITER", "BOOST_ITER", "BOOST_LEARNING_RATE",
    "BOOST_LEAVES", "BOOST_MIN_LEAF", "BOOST_L2", "BOOST_BINS", "BIN_SAMPLE", "METHOD_LABELS",
    "method_label", "PoissonGlm", "BoostedPoisson", "MODEL_CLASSES", "poisson_deviance",
    "KDE_MAX_CELLS", "kde_scores", "BaselineForecasts",
    # the forecast
    "MAX_TRAINING_ROWS", "VALIDATION_ROWS", "DRIVER_ROWS", "DRIVER_MIN_FACTOR", "N_DRIVERS",
    "DRIVER_TOP", "IMPORTANCE_ROWS", "CURVE_COVERAGES", "CLASS_PERCENTILES", "CLASS_NAMES",
    "ERROR_NO_TRAINING", "ERROR_COVERAGE", "ERROR_MODEL", "ERROR_CANCELED", "CanceledError",
    "ForecastSettings", "AreaData", "forecast", "forecast_risk", "RiskResult", "score_table",
    # the analysis on area polygons
    "incident_panel", "context_column", "area_data", "forecast_areas", "AreaForecast",
    "area_table", "recent_periods",
]
