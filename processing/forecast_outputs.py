"""The outputs of wijkradar:evaluate_forecast: the curve table of every score (hit rate, PAI
and PEI by coverage), the HTML report with its provenance, and the results by standard
level (PAI_5, HIT_RATE_10, ...)."""

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from .emerging_io import write_output
from .io.labels import input_label

STANDARD_LEVELS = (1, 5, 10, 20)
TABLE_FIELDS = (("score_name", "string"), ("coverage_pct", "double"), ("hit_rate", "double"),
                ("pai", "double"), ("pei", "double"), ("hits", "double"),
                ("best_hit_rate", "double"), ("standard_level", "bool"), ("onderdrukt", "bool"))


def _tr(text):
    return QCoreApplication.translate("EvaluateForecastAlgorithm", text)


def by_level(curve):
    """The curve table indexed by its coverage in whole percents (1 ... 100)."""
    return curve.set_index(np.round(curve["coverage"] * 100))


def level_results(score):
    """PAI_1 ... HIT_RATE_20 (COMPARE_... for the second score); None where suppressed."""
    prefix = "" if score["key"] == "score" else "COMPARE_"
    curve = by_level(score["curve"])
    results = {}
    for level in STANDARD_LEVELS:
        for name, column in (("PAI", "pai"), ("PEI", "pei"), ("HIT_RATE", "hit_rate")):
            value = float(curve.loc[level, column])
            results[f"{prefix}{name}_{level}"] = None if np.isnan(value) else value
    return results


def report_five_percent(score, k, feedback):
    curve = by_level(score["curve"])
    if curve.loc[5, "onderdrukt"]:
        feedback.pushInfo(_tr("{}: PAI, PEI and hit rate at 5% are suppressed (fewer "
                              "than {} incidents in the covered areas).")
                          .format(score["label"], k))
        return
    feedback.pushInfo(_tr("{}: PAI at 5% {:.2f}, PEI {:.2f}, hit rate {:.1%}.")
                      .format(score["label"], curve.loc[5, "pai"], curve.loc[5, "pei"],
                              curve.loc[5, "hit_rate"]))


def write_table(algorithm, parameters, context, evaluated, k, provenance):
    """The curve of every score: hit rate, PAI and PEI by coverage (suppressed below k)."""
    import pandas as pd

    from ..core.forecast_eval import DERIVED_FROM_HITS
    from ..core.suppression import metadata_note

    frames = []
    for score in evaluated:
        curve = score["curve"]
        frames.append(pd.DataFrame({
            "score_name": score["label"], "coverage_pct": np.round(curve["coverage"] * 100,
                                                                   3),
            "hit_rate": curve["hit_rate"], "pai": curve["pai"], "pei": curve["pei"],
            "hits": np.round(curve["hits"], 2), "best_hit_rate": curve["best_hit_rate"],
            "standard_level": curve["standard"], "onderdrukt": curve["onderdrukt"]}))
    table = pd.concat(frames, ignore_index=True)
    dest_id = write_output(algorithm, parameters, algorithm.OUTPUT, context, TABLE_FIELDS,
                           table[[name for name, _ in TABLE_FIELDS]].itertuples(index=False))
    provenance.note(metadata_note(k, derived_columns=DERIVED_FROM_HITS))
    provenance.finish({"table": dest_id}, dest_id, title=_tr("Evaluation table"))
    return dest_id


def write_report(algorithm, parameters, context, evaluated, settings, notes, provenance):
    """The HTML report, with the provenance in a sidecar beside it."""
    from ..core import risk_report

    start, end = settings["start"], settings["end"]
    when = _tr("all dates") if start is None and end is None else "{} – {}".format(
        start if start is not None else "…", end if end is not None else "…")
    info = {"title": _tr("Forecast evaluation"),
            "lead": _tr("{:,} incidents ({}) of {}.").format(
                evaluated[0]["incidents"], when, input_label(
                    algorithm, parameters, algorithm.INCIDENTS, context,
                    settings["incidents"])),
            "rank_note": (_tr(" (per km² of each area)") if settings["rank_by"] == "density"
                          else ""),
            "notes": list(dict.fromkeys(notes)), "k": settings["k"]}
    return provenance.finish_report(
        algorithm.report_path(parameters, context),
        _tr("Evaluation report"),
        lambda record: risk_report.evaluation_report(evaluated, info, record))
