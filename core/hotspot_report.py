"""The HTML summary of a local hotspot analysis: how many hot and cold spots at each
confidence level, the LISA clusters and outliers, the method in words and the references."""

from __future__ import annotations

from typing import Optional

import pandas as pd

from . import hotspot_stats as hs
from .i18n import QT_TRANSLATE_NOOP, number, translate, translator
from .risk_report import esc, page

TITLE = QT_TRANSLATE_NOOP("HotspotReport", "Local hotspot statistics")
LEAD = QT_TRANSLATE_NOOP("HotspotReport", "{areas} areas ({what}); value: {value}.")
CLASSES = QT_TRANSLATE_NOOP("HotspotReport", "Hot and cold spots ({statistic})")
LISA = QT_TRANSLATE_NOOP("HotspotReport", "Clusters and outliers (local Moran's I)")
CLASS_HEAD = QT_TRANSLATE_NOOP("HotspotReport", "Class")
AREAS_HEAD = QT_TRANSLATE_NOOP("HotspotReport", "Areas")
METHOD_TITLE = QT_TRANSLATE_NOOP("HotspotReport", "Method")
METHOD = QT_TRANSLATE_NOOP(
    "HotspotReport", "Each area's value is compared with its neighbours' ({weights}). "
    "Getis-Ord Gi* adds up the values of an area and its neighbours: a hot spot is an area "
    "among high values, a cold spot one among low values, not just one high or low area. "
    "Local Moran's I also finds outliers: a high area among low ones (HL) and the reverse "
    "(LH).")
ANALYTIC = QT_TRANSLATE_NOOP(
    "HotspotReport", "p-values: two-sided, from the z-scores (normal approximation).")
PERMUTED = QT_TRANSLATE_NOOP(
    "HotspotReport", "p-values: two-sided, from {permutations} conditional permutations "
    "(each area keeps its value, its neighbours' values are drawn at random from the other "
    "areas; seed {seed}); the smallest possible p-value is {p_min}.")
CORRECTION = QT_TRANSLATE_NOOP(
    "HotspotReport", "Correction for testing {areas} areas at once: {correction}. Hot and "
    "cold spots at 99%, 95% and 90% confidence are the areas significant at 0.01, 0.05 and "
    "0.10 after the correction; clusters and outliers at {alpha}.")
FDR_NOTE = QT_TRANSLATE_NOOP(
    "HotspotReport", "With the false discovery rate correction, at most about 5% of the "
    "areas called hot or cold at 95% confidence are expected to be so by chance; without a "
    "correction, about 5% of all areas would be.")
REFERENCES = QT_TRANSLATE_NOOP(
    "HotspotReport", "Getis & Ord (1992), The analysis of spatial association by use of "
    "distance statistics, Geographical Analysis 24(3); Ord & Getis (1995), Local spatial "
    "autocorrelation statistics: distributional issues and an application, Geographical "
    "Analysis 27(4); Anselin (1995), Local indicators of spatial association - LISA, "
    "Geographical Analysis 27(2); Benjamini & Hochberg (1995), Controlling the false "
    "discovery rate, Journal of the Royal Statistical Society B 57(1).")
NOTES = QT_TRANSLATE_NOOP("HotspotReport", "Notes")


_tr = translator("HotspotReport")


def report(table: pd.DataFrame, info: dict, provenance: Optional[dict] = None) -> str:
    """The summary as one HTML page.

    ``table`` is :func:`hotspot_stats.local_hotspots`'s (it shows numbers of areas, never
    values, so nothing needs suppressing); ``info`` holds ``what`` (the areas), ``value`` (the value
    in words), ``statistic`` ('gi*' or 'gi' or None), ``weights`` (described),
    ``permutations``, ``seed``, ``correction``, ``alpha`` and ``notes``.
    """
    title = _tr(TITLE)
    body = [f"<h1>{esc(title)}</h1>", "<p class='lead'>" + esc(_tr(LEAD).format(
        areas=number(len(table)), what=info["what"], value=info["value"])) + "</p>"]
    counts = hs.class_counts(table)
    if "gi_class" in counts:
        label = translate("HotspotStats", hs.STATISTIC_LABELS[info.get("statistic") or "gi*"])
        body += [f"<h2>{esc(_tr(CLASSES).format(statistic=label))}</h2>",
                 _count_table(counts["gi_class"], hs.CLASS_LABELS, hs.CLASS_COLOURS)]
    if "lisa" in counts:
        body += [f"<h2>{esc(_tr(LISA))}</h2>",
                 _count_table(counts["lisa"], hs.LISA_LABELS, hs.LISA_COLOURS)]
    body += [f"<h2>{esc(_tr(METHOD_TITLE))}</h2>", "<p>" + esc(_tr(METHOD).format(
        weights=info["weights"])) + "</p>", "<p>" + esc(_p_value_text(info)) + "</p>",
        "<p>" + esc(_tr(CORRECTION).format(
            areas=number(len(table)), alpha=info["alpha"],
            correction=translate("HotspotStats", hs.CORRECTION_LABELS[info["correction"]])))
        + (" " + esc(_tr(FDR_NOTE)) if info["correction"] == "fdr" else "") + "</p>",
        f"<p>{esc(_tr(REFERENCES))}</p>"]
    if info.get("notes"):
        body += [f"<h2>{esc(_tr(NOTES))}</h2>",
                 "<div class='note'>" + "<br>".join(esc(n) for n in info["notes"]) + "</div>"]
    return page(title, body, provenance)


def _p_value_text(info: dict) -> str:
    permutations = info.get("permutations") or 0
    if not permutations:
        return _tr(ANALYTIC)
    return _tr(PERMUTED).format(permutations=number(permutations), seed=info.get("seed", 0),
                                p_min=number(2.0 / (permutations + 1), 4))


def _count_table(counts, labels, colours) -> str:
    """One row per class: a colour swatch and label, and the number of areas."""
    rows = []
    for key, count in counts.items():
        swatch = (f"<span style='display:inline-block;width:1em;height:1em;margin-right:.4em;"
                  f"vertical-align:middle;background:{colours[key]}'></span>")
        rows.append(f"<tr><td>{swatch}{esc(translate('HotspotStats', labels[key]))}</td>"
                    f"<td>{number(count)}</td></tr>")
    head = "".join(f"<th>{esc(_tr(text))}</th>" for text in (CLASS_HEAD, AREAS_HEAD))
    return f"<table><tr>{head}</tr>{''.join(rows)}</table>"
