"""The forecast: rolling-origin validation of the models and baselines, the choice of the
output, the final fit, each area's expected count and its drivers."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Callable, List, Optional, Sequence

import numpy as np
import pandas as pd

from .. import baselines, risk_features, risk_validation
from ..cancel import CanceledError
from ..drivers import driver_texts, feature_groups
from ..i18n import QT_TRANSLATE_NOOP, number, translate
from .baseline_forecasts import BaselineForecasts
from .common import ERROR_CANCELED, translated
from .features import FeatureBuilder, StaticColumn, plan_features
from .folds import Fold, rolling_origin_folds, sample_rows
from .models import MODEL_CLASSES, MODELS, PoissonGlm, poisson_deviance
from .panel import Panel
from .periods import SEASONAL_LAG, WINDOWS, period_label, window_words
from .results import RiskResult
from .selection import blend_labels, chosen_forecast, method_labels, select, top_baseline
from .settings import MAX_TRAINING_ROWS, VALIDATION_ROWS, AreaData, ForecastSettings

# Boosting drivers (one prediction per feature and area) for at most this many areas.
DRIVER_ROWS = 50_000
DRIVER_MIN_FACTOR = 1.1
N_DRIVERS = 3
# Drivers are ordered by how unusual they are among the top of the list: at least this many
# areas, or the top 5% (core/drivers.py).
DRIVER_TOP = 50
IMPORTANCE_ROWS = 50_000

ERROR_NO_TRAINING = QT_TRANSLATE_NOOP(
    "Risk", "There are no incidents in the periods the model could learn from, so there is "
    "nothing to predict from.")
ERROR_COVERAGE = QT_TRANSLATE_NOOP(
    "Risk", "The patrolled share of the area must lie between 0 and 1 (e.g. 0.05 for 5%), "
    "not {}.")
ERROR_MODEL = QT_TRANSLATE_NOOP("Risk", "The model must be one of {}, not {!r}.")


def forecast_risk(panel: Panel, *, horizon: int = 1, area=None, neighbours=None,
                  static: Sequence[StaticColumn] = (), area_points=None, model: str = "auto",
                  n_folds: Optional[int] = None, subject: str = "incidents",
                  max_rows: int = MAX_TRAINING_ROWS, validation_rows: int = VALIDATION_ROWS,
                  seed: int = 0,
                  kde_radius: Optional[float] = None, threads: Optional[int] = 1,
                  min_count: int = 5, progress: Optional[Callable] = None,
                  canceled: Optional[Callable] = None,
                  coverage: float = risk_validation.DEFAULT_COVERAGE,
                  dated: Sequence[risk_features.DatedColumn] = ()) -> RiskResult:
    """Validates the models and baselines rolling-origin in time, picks the output that
    ranks best at the coverage the user patrols, and forecasts each area's count in the
    period ``horizon`` periods after the last one.

    ``area``: area sizes (m2), for the area-size feature and PAI; ``neighbours``: a
    contiguity matrix (:func:`contiguity_matrix`); ``static``: covariates and context
    counts; ``area_points``: (x, y) inner points of the areas, for the kernel density
    baseline. ``threads``: threads for the models' native code (OpenMP, BLAS); None leaves
    the libraries' default (all cores). ``min_count``: the drivers never write an incident
    count below it (the outputs' suppression threshold k). ``coverage``: the share of the
    area the user patrols (default 5%): the output is chosen by its PAI there
    (:mod:`wijkradar.core.risk_validation`). ``model``: 'auto' chooses among the models,
    the baselines and their blend; 'glm' or 'boost' uses that model. ``dated``: context
    points with dates, counted near each area per period
    (:class:`wijkradar.core.risk_features.DatedColumn`), and area values over time
    (:class:`wijkradar.core.area_values.DatedValues`). Incidents of other types, as
    :attr:`Panel.other`, become features too (:mod:`wijkradar.core.risk_features`).
    """
    settings = ForecastSettings(
        horizon=horizon, model=model, n_folds=n_folds, subject=subject, max_rows=max_rows,
        validation_rows=validation_rows, seed=seed, kde_radius=kde_radius, threads=threads,
        min_count=min_count, coverage=coverage)
    areas = AreaData(area, neighbours, static, area_points, dated)
    return forecast(panel, areas, settings, progress, canceled)


def forecast(panel: Panel, areas: AreaData, settings: ForecastSettings,
             progress: Optional[Callable] = None,
             canceled: Optional[Callable] = None) -> RiskResult:
    """:func:`forecast_risk` with its arguments gathered: what is known of the areas, and
    how to forecast. ``progress(percent, message)`` is told how far it is; ``canceled()``
    returning True stops it with :class:`CanceledError`."""
    if not 0.0 < float(settings.coverage) < 1.0:
        raise ValueError(translated(ERROR_COVERAGE).format(settings.coverage))
    settings = replace(settings, coverage=float(settings.coverage))
    with _thread_limit(settings.threads):
        if settings.model not in MODELS:
            raise ValueError(translated(ERROR_MODEL).format(", ".join(MODELS), settings.model))
        run = _plan(panel, areas, settings, _Progress(progress, canceled))
        return _forecast(run)


class _Progress:
    def __init__(self, progress, canceled):
        self.progress = progress
        self.canceled = canceled

    def __call__(self, percent, message=None):
        if self.canceled is not None and self.canceled():
            raise CanceledError(ERROR_CANCELED)
        if self.progress is not None:
            self.progress(percent, message)


@contextmanager
def _thread_limit(threads):
    """At most ``threads`` native threads inside (None: no limit).

    One by default: on 2 cores, a second OpenMP thread gained nothing on a municipality's
    panel and little on 460,000 areas, and inside QGIS, next to its own thread pools and
    BLAS threads, OpenMP's busy-waiting made fits up to four times slower (measured).
    """
    if threads is None:
        yield
        return
    import sklearn.ensemble  # noqa: F401 (load OpenMP first: only loaded libraries are limited)
    import sklearn.linear_model  # noqa: F401
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=int(threads)):
        yield


@dataclass
class _Run:
    """What the steps of one forecast share."""

    panel: Panel
    settings: ForecastSettings
    step: _Progress
    builder: FeatureBuilder
    windows: Sequence[int]
    first: int  # the first usable origin
    folds: List[Fold]
    baselines: BaselineForecasts
    area_sizes: np.ndarray
    notes: List[str] = field(default_factory=list)

    @property
    def last_origin(self) -> int:
        return self.panel.n_periods - 1

    def models(self) -> List[str]:
        """The models to validate: both with 'auto', else the one asked for."""
        return ["glm", "boost"] if self.settings.model == "auto" else [self.settings.model]


def _plan(panel, areas, settings, step) -> _Run:
    """The windows and folds that fit the data, the features and the baselines."""
    n = panel.n_areas
    windows, seasonal, first, folds_wanted = plan_features(
        panel.n_periods, settings.horizon, panel.period, settings.n_folds, n)
    builder = FeatureBuilder(panel, settings.horizon, windows, seasonal, areas.neighbours,
                             areas.static, areas.area, settings.subject, areas.area_points,
                             areas.dated)
    notes = list(builder.notes)
    if list(windows) != list(WINDOWS[panel.period]) or (seasonal != SEASONAL_LAG[panel.period]):
        used = ", ".join(window_words(w, panel.period) for w in windows)
        notes.append((translate("Risk", "The history is short, so only these windows are "
                                "used: {}.") if seasonal else translate(
            "Risk", "The history is short, so only these windows are used: {}; no seasonal "
            "lag.")).format(used))
    area_sizes = np.ones(n) if areas.area is None else np.asarray(areas.area, dtype=float)
    folds = rolling_origin_folds(panel.n_periods, settings.horizon, first, folds_wanted)
    forecasts = BaselineForecasts(builder, windows, area_sizes, areas.area_points,
                                  settings.kde_radius, areas.area is not None)
    return _Run(panel, settings, step, builder, windows, first, folds, forecasts, area_sizes,
                notes)


def _forecast(run: _Run) -> RiskResult:
    panel, settings = run.panel, run.settings
    models = run.models()
    labels, _ = method_labels(run.windows, panel.period)  # radii follow in validation
    scores, last_fold_models = _validate(run, models, labels)
    if not scores:
        raise ValueError(translated(ERROR_NO_TRAINING))
    labels, short_labels = method_labels(run.windows, panel.period, run.baselines.radii)
    selection = select(scores, models, run.area_sizes, settings.coverage, settings.model)
    chosen, best_model = selection["chosen"], selection["best_model"]
    if selection["blend_weight"] is not None:
        labels["blend"], short_labels["blend"] = blend_labels(
            labels, short_labels, best_model, selection["best_baseline"],
            selection["blend_weight"])
    if baselines.is_baseline(chosen):
        run.notes.append(translate(
            "Risk", "No model ranked the areas better than the baseline '{}' in validation, "
            "so the forecast is that baseline.").format(labels[chosen]))
    final = _final_forecast(run, selection, labels, last_fold_models)
    return _result(run, selection, scores, final, labels, short_labels)


def _validate(run: _Run, models, labels):
    """Every model's and baseline's expected counts in each validation period
    (:class:`~wijkradar.core.risk_validation.FoldScores`), and the models of the last one."""
    panel, builder, folds, settings = run.panel, run.builder, run.folds, run.settings
    fold_rows = max(10_000, min(settings.max_rows, settings.validation_rows // max(len(folds), 1)))
    scores, last_fold_models = [], {}
    total = max(len(folds) * len(models), 1)
    for number_, fold in enumerate(folds, start=1):
        t, i, y, w = sample_rows(panel, fold.train_origins, fold.horizon, fold_rows,
                                 np.random.default_rng([settings.seed, fold.origin]))
        if y.sum() <= 0:
            run.notes.append(translate("Risk", "Validation at {} skipped: no incidents in the "
                                       "periods before it.").format(panel.label(fold.origin)))
            continue
        fold_scores = risk_validation.FoldScores(
            number_, panel.label(fold.origin), panel.label(fold.target),
            panel.counts[fold.target].astype(np.int64))
        mat, mat_val = builder.matrix(t, i), builder.origin_matrix(fold.origin)
        for k, name in enumerate(models):
            run.step(90.0 * ((number_ - 1) * len(models) + k) / total, translate(
                "Risk", "Validating {} on {}").format(labels[name], panel.label(fold.target)))
            fitted = MODEL_CLASSES[name](settings.seed).fit(mat, y, w)
            fold_scores.predicted[name] = np.maximum(fitted.predict(mat_val), 0.0).astype(
                np.float32)
            if fold is folds[-1]:
                last_fold_models[name] = fitted
        del mat
        for name, values in run.baselines.at(fold.origin).items():
            fold_scores.predicted[name] = np.asarray(values, dtype=np.float32)
        scores.append(fold_scores)
    return scores, last_fold_models


@dataclass
class _Final:
    """The forecast at the last origin, and the final fit behind it."""

    expected: np.ndarray
    drivers: List[List[str]]
    driver_model: str  # the model behind the drivers
    relative_risks: pd.DataFrame
    importance: pd.DataFrame
    training_rows: int


def _final_fit(run: _Run, driver_model: str, labels):
    """The model ``driver_model`` (and the GLM, for relative risks) fitted on every row whose
    target is known."""
    panel, settings = run.panel, run.settings
    run.step(90.0, translate("Risk", "Fitting {} on all periods").format(labels[driver_model]))
    train_origins = np.arange(run.first, panel.n_periods - settings.horizon)
    t, i, y, w = sample_rows(panel, train_origins, settings.horizon, settings.max_rows,
                             np.random.default_rng([settings.seed, run.last_origin]))
    if y.sum() <= 0:
        raise ValueError(translated(ERROR_NO_TRAINING))
    mat = run.builder.matrix(t, i)
    final = MODEL_CLASSES[driver_model](settings.seed).fit(mat, y, w)
    glm = final if driver_model == "glm" else PoissonGlm(settings.seed).fit(mat, y, w)
    return final, glm, int(y.size)


def _final_forecast(run: _Run, selection, labels, last_fold_models) -> _Final:
    """The final fit on all periods, then each area's expected count for the target period
    and its drivers, forecast from the last one."""
    chosen, best_model = selection["chosen"], selection["best_model"]
    driver_model = chosen if chosen in MODEL_CLASSES else best_model
    final, glm, training_rows = _final_fit(run, driver_model, labels)
    run.step(95.0, translate("Risk", "Scoring the areas and their drivers"))
    mat_now = run.builder.origin_matrix(run.last_origin)
    predicted = np.maximum(final.predict(mat_now), 0.0)
    now = run.baselines.at(run.last_origin)
    expected = chosen_forecast(chosen, predicted, now, best_model, selection)
    drivers = _drivers(run, final, driver_model, mat_now, predicted)
    dropped = [f.label for f, used in zip(run.builder.features, final.keep) if not used]
    if dropped:
        run.notes.append(translate("Risk", "Constant in the training data, so left out: "
                                   "{}.").format(", ".join(dropped)))
    importance = _permutation_importance(last_fold_models.get(driver_model), run,
                                         np.random.default_rng(run.settings.seed))
    return _Final(expected, drivers, driver_model, glm.relative_risks(run.builder.labels),
                  importance, training_rows)


def _drivers(run: _Run, final, driver_model, mat_now, predicted):
    builder = run.builder
    n = builder.panel.n_areas
    explained = np.arange(n)
    if driver_model == "boost" and n > DRIVER_ROWS:
        explained = np.sort(np.argsort(-predicted, kind="stable")[:DRIVER_ROWS])
        run.notes.append(translate("Risk", "Drivers were worked out for the {} areas with the "
                                   "highest expected count; the other areas have none "
                                   "listed.").format(number(DRIVER_ROWS)))
    groups = feature_groups(builder.features)
    contributions = final.group_log_contributions(mat_now[explained], groups)
    drivers = [[] for _ in range(n)]
    top = np.argsort(-predicted[explained], kind="stable")[:max(DRIVER_TOP, n // 20)]
    texts = driver_texts(builder, run.last_origin, explained, contributions, groups,
                         mat_now[explained], final.mean, run.settings.min_count, N_DRIVERS,
                         DRIVER_MIN_FACTOR, top_rows=top)
    for index, words in zip(explained, texts):
        drivers[index] = words
    return drivers


def _permutation_importance(fitted, run: _Run, rng) -> pd.DataFrame:
    """Rise in the Poisson deviance of the last validation period when one feature is
    shuffled across areas (the model as trained for that fold)."""
    labels = run.builder.labels
    if fitted is None or not run.folds:
        return pd.DataFrame({"feature": labels, "importance": np.zeros(len(labels))})
    fold, panel = run.folds[-1], run.panel
    n = panel.n_areas
    areas = np.arange(n) if n <= IMPORTANCE_ROWS else np.sort(
        rng.choice(n, IMPORTANCE_ROWS, replace=False))
    mat = run.builder.matrix(np.full(areas.size, fold.origin), areas)
    actual = panel.counts[fold.target, areas]
    base = poisson_deviance(actual, fitted.predict(mat))
    importance = np.zeros(len(labels))
    for j in range(len(labels)):
        if not fitted.keep[j]:
            continue
        shuffled = mat.copy()
        shuffled[:, j] = rng.permutation(shuffled[:, j])
        importance[j] = poisson_deviance(actual, fitted.predict(shuffled)) - base
    return pd.DataFrame({"feature": labels, "importance": importance}).sort_values(
        "importance", ascending=False, ignore_index=True)


def _result(run: _Run, selection, scores, final: _Final, labels, short_labels) -> RiskResult:
    panel, settings = run.panel, run.settings
    chosen, summary = selection["chosen"], selection["summary"]
    dispersion = risk_validation.nb_dispersion(scores, chosen)
    low, high = risk_validation.interval(final.expected, dispersion)
    key = risk_validation.level_key(settings.coverage)
    run.step(100.0, None)
    return RiskResult(
        expected=final.expected, model=chosen, origin_label=panel.label(run.last_origin),
        target_label=period_label(panel.first + run.last_origin + settings.horizon,
                                  panel.period),
        features=run.builder.features, drivers=final.drivers,
        validation=selection["validation"], summary=summary, curves=selection["curves"],
        calibration=risk_validation.calibration(scores, chosen),
        relative_risks=final.relative_risks, importance=final.importance, folds=run.folds,
        notes=run.notes, training_rows=final.training_rows,
        kde_radius=run.baselines.radii.get("kde", 0.0), horizon=settings.horizon,
        method_labels=labels,
        chosen_by="validation" if settings.model == "auto" else "user",
        coverage=settings.coverage, driver_model=final.driver_model,
        best_model=selection["best_model"],
        best_baseline=top_baseline(summary, chosen, selection["baselines"], settings.coverage),
        blend_weight=selection["blend_weight"], low=low, high=high, dispersion=dispersion,
        interval_coverage=risk_validation.interval_coverage(scores, chosen, dispersion),
        bad_periods=risk_validation.bad_periods(selection["validation"], chosen,
                                                selection["baselines"], key),
        short_labels=short_labels)
