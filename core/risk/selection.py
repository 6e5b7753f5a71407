"""Choosing the output: every method's validation rows and curves, the blend of the best
model with the best baseline, the chosen method and the words for each method."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import baselines, risk_validation
from ..i18n import translate
from .common import translated
from .models import METHOD_LABELS, MODEL_CLASSES
from .periods import window_words

# Coverage grid of the curves in the report (share of the area).
CURVE_COVERAGES = np.round(np.linspace(0.0, 1.0, 201), 6)


def method_labels(windows, period, radii=None):
    """Labels of every method key (long, for tables; short, for the one-line comparison);
    ``radii``: the kernel density baselines' radii."""
    longest = max(windows)
    radii = radii or {}

    def words(window):
        return window_words(window or longest, period)

    keys = ["previous"] + [f"window_{w}" for w in sorted(set(windows)) if w > 1] + [
        "history"] + list(radii)
    labels = {key: translated(METHOD_LABELS[key]) for key in ("glm", "boost")}
    short = dict(labels)
    for key in keys:
        labels[key] = baselines.baseline_label(key, words, radius=radii.get(key, 0.0))
        short[key] = baselines.baseline_label(key, words, short=True,
                                              radius=radii.get(key, 0.0))
    return labels, short


def blend_labels(labels, short_labels, model, baseline, weight):
    template = translate("Risk", "Blend: {model} {share} + {baseline} {rest}")
    share, rest = f"{100 * weight:.0f}%", f"{100 * (1 - weight):.0f}%"
    return (template.format(model=labels[model], share=share,
                            baseline=short_labels[baseline], rest=rest),
            template.format(model=short_labels[model], share=share,
                            baseline=short_labels[baseline], rest=rest))


def select(scores, models, area_sizes, coverage, model):
    """Validation rows and curves of every method, the blend of the best model with the
    best baseline, and the chosen output."""
    coverages = risk_validation.coverages_for(coverage)
    key = risk_validation.level_key(coverage)
    methods = list(scores[0].predicted)
    baseline_keys = [m for m in methods if baselines.is_baseline(m)]
    rows, curve_rows = score_rows(scores, methods, area_sizes, coverages)
    summary = summarise(pd.DataFrame(rows))
    best_model = risk_validation.best_of(summary, models, key)
    best_baseline = risk_validation.best_of(summary, baseline_keys, key)
    weight = None
    if model == "auto" and best_model and best_baseline:
        _, weight = risk_validation.blend_folds(scores, best_model, best_baseline, area_sizes,
                                                coverage)
        if weight is not None:
            more, more_curves = score_rows(scores, [risk_validation.BLEND], area_sizes,
                                            coverages)
            rows += more
            curve_rows += more_curves
            summary = summarise(pd.DataFrame(rows))
    validation = pd.DataFrame(rows)
    candidates = list(models) + ([risk_validation.BLEND] if weight is not None else [])
    if model == "auto":
        chosen = risk_validation.choose(summary, candidates + baseline_keys, baseline_keys,
                                        key)
    else:
        chosen = model
    curves = (pd.concat(curve_rows).groupby(["method", "coverage"], as_index=False, sort=False)
              [["hit_rate", "best_hit_rate"]].mean() if curve_rows else pd.DataFrame())
    return {"chosen": chosen, "best_model": best_model, "best_baseline": best_baseline,
            "blend_weight": weight, "validation": validation, "summary": summary,
            "curves": curves, "baselines": baseline_keys}


def top_baseline(summary, chosen, baseline_keys, coverage):
    """The baseline the output is compared with: the chosen one when a baseline is the
    output, else the one with the highest mean PAI at the patrolled coverage."""
    if chosen in baseline_keys or not baseline_keys:
        return chosen if chosen in baseline_keys else None
    pai = summary.set_index("method").reindex(baseline_keys).get(
        f"pai_{risk_validation.level_key(coverage)}")
    if pai is None or pai.isna().all():
        return baseline_keys[0]
    return str(pai.idxmax())


def score_rows(scores, methods, area_sizes, coverages):
    rows, curves = [], []
    for fold in scores:
        for method in methods:
            row, curve = risk_validation.score_fold(fold, method, area_sizes, coverages,
                                                    CURVE_COVERAGES)
            rows.append(row)
            if curve is not None:
                curves.append(curve)
    return rows, curves


def chosen_forecast(chosen, predicted, now, best_model, selection):
    """Expected counts of the chosen output at the last origin."""
    if chosen in MODEL_CLASSES:
        return predicted
    if chosen == risk_validation.BLEND:
        return risk_validation.blend(predicted, now[selection["best_baseline"]],
                                     selection["blend_weight"])
    return np.asarray(now[chosen], dtype=float)


def summarise(validation: pd.DataFrame) -> pd.DataFrame:
    """The mean of each method's validation rows."""
    columns = [c for c in validation.columns if c.startswith(("hit_rate_", "pai_", "pei_"))]
    columns += [c for c in ("auc", "deviance") if c in validation.columns]
    summary = validation.groupby("method", sort=False)[columns].mean()
    return summary.reset_index()
