"""The HTML report of a near-repeat analysis: Knox ratios coloured by significance as the Near
Repeat Calculator shows them, the observed and expected pairs, p-values and the summary."""

from __future__ import annotations

from typing import Optional

import numpy as np
import pandas as pd

from .i18n import QT_TRANSLATE_NOOP, number, translator
from .near_repeat import KnoxResult, p_text
from .risk_report import esc, page

# Cells raised at p < 0.05 and p <= 0.01 (99 permutations reach 0.01), as the Near Repeat
# Calculator shades them.
SHADES = "<style>.p05{background:#fdae6b}.p01{background:#d94801;color:#fff}</style>"

TITLE = QT_TRANSLATE_NOOP("NearRepeatReport", "Near-repeat analysis (Knox test)")
RATIOS = QT_TRANSLATE_NOOP("NearRepeatReport", "Knox ratios: observed / expected pairs")
LEGEND = QT_TRANSLATE_NOOP(
    "NearRepeatReport", "Shaded: more pairs than expected, <span class='p05'>&nbsp;p &lt; "
                        "0.05&nbsp;</span> and <span class='p01'>&nbsp;p &le; 0.01&nbsp;</span>"
                        " (the open bands, 'more than', hold the rest of the pairs and are not "
                        "shaded). A ratio of 1.5 means 50% more pairs than if place and time "
                        "were unrelated.")
OBSERVED = QT_TRANSLATE_NOOP("NearRepeatReport", "Observed pairs")
SUPPRESSED = QT_TRANSLATE_NOOP(
    "NearRepeatReport", "Counts of 1 to {k_minus} pairs are not shown (&lt;{k}), nor their "
                        "ratio (privacy: counts below k = {k} are suppressed).")
EXPECTED = QT_TRANSLATE_NOOP("NearRepeatReport", "Expected pairs (mean of {runs} permutations)")
P_VALUES = QT_TRANSLATE_NOOP("NearRepeatReport", "p-values")
DISTANCE = QT_TRANSLATE_NOOP("NearRepeatReport", "Distance")
METHOD_TITLE = QT_TRANSLATE_NOOP("NearRepeatReport", "Method")
METHOD = QT_TRANSLATE_NOOP(
    "NearRepeatReport", "Every pair of the {incidents} incidents ({pairs} pairs) falls in one "
                        "distance band ({metric}, rounded to whole metres) and one "
                        "time band (whole days between the dates). The expected count of a "
                        "cell is its mean over {runs} random permutations of the dates over "
                        "the locations (seed {seed}): the counts if when an incident happened "
                        "had nothing to do with where. Knox ratio = observed / expected; "
                        "p = (1 + permutations with at least the observed count) / "
                        "(permutations + 1), so {runs} permutations cannot show a p below "
                        "{p_min}. The near-repeat window is the largest distance and time "
                        "band raised (p &lt; 0.05, ratio above 1) without a gap from the "
                        "first band beyond the same location.")
REFERENCES = QT_TRANSLATE_NOOP(
    "NearRepeatReport", "Knox (1964), The detection of space-time interactions, Applied "
                        "Statistics 13; Townsley, Homel & Chaseling (2003), Infectious "
                        "burglaries, British Journal of Criminology 43; Johnson & Bowers "
                        "(2004), The burglary as clue to the future, European Journal of "
                        "Criminology 1; Ratcliffe (2009), Near Repeat Calculator version 1.3, "
                        "Temple University and the National Institute of Justice.")
METRICS = {"euclidean": QT_TRANSLATE_NOOP("NearRepeatReport", "Euclidean distance"),
           "manhattan": QT_TRANSLATE_NOOP("NearRepeatReport", "Manhattan distance")}


_tr = translator("NearRepeatReport")


def report(result: KnoxResult, table: pd.DataFrame, sentences: list, info: dict,
           provenance: Optional[dict] = None, k: int = 5) -> str:
    """The report as one HTML page.

    ``table`` is :func:`core.near_repeat.cell_table` after small-count suppression (NULL
    observed counts and ratios are shown as suppressed); ``info`` holds the ``lead`` (what
    was analysed) and ``notes`` (what was left out).
    """
    title = _tr(TITLE)
    runs = result.permutations
    body = [SHADES, f"<h1>{esc(title)}</h1>", f"<p class='lead'>{esc(info.get('lead', ''))}</p>",
            "<div class='card'>" + "<br>".join(esc(s) for s in sentences) + "</div>",
            f"<h2>{esc(_tr(RATIOS))}</h2>",
            _grid(result, table, "knox_ratio", lambda v: number(v, 2), shade=True),
            f"<p>{_tr(LEGEND)}</p>",
            f"<h2>{esc(_tr(OBSERVED))}</h2>",
            _grid(result, table, "observed", lambda v: number(v, 0), missing=f"&lt;{k}"),
            f"<p>{_tr(SUPPRESSED).format(k=k, k_minus=k - 1)}</p>" if k > 1 else "",
            f"<h2>{esc(_tr(EXPECTED).format(runs=runs))}</h2>",
            _grid(result, table, "expected", lambda v: number(v, 1)),
            f"<h2>{esc(_tr(P_VALUES))}</h2>",
            _grid(result, table, "p_value", p_text, shade=True),
            f"<h2>{esc(_tr(METHOD_TITLE))}</h2>",
            "<p>" + _tr(METHOD).format(
                incidents=number(result.n_incidents), pairs=number(result.n_pairs),
                metric=esc(_tr(METRICS[result.metric])), runs=number(runs),
                seed=result.seed, p_min=p_text(1.0 / (runs + 1))) + "</p>",
            f"<p>{esc(_tr(REFERENCES))}</p>"]
    if info.get("notes"):
        body.append("<div class='note'>" + "<br>".join(esc(n) for n in info["notes"])
                    + "</div>")
    return page(title, body, provenance)


def _grid(result, table, column, formatter, shade=False, missing="–"):
    """Distance bands down, time bands across; the cells shaded by significance when asked."""
    bands = result.bands
    values = table[column].to_numpy(dtype=object).reshape(bands.n_distance, bands.n_time)
    raised = np.zeros(result.observed.shape, dtype=bool)
    raised[:-1, :-1] = (result.ratio > 1)[:-1, :-1]  # the finite bands only
    p_values = result.p_values
    head = "".join(f"<th>{esc(label)}</th>" for label in bands.time_labels())
    rows = []
    for row, label in enumerate(bands.distance_labels()):
        cells = []
        for column_index in range(bands.n_time):
            value = values[row, column_index]
            text = missing if pd.isna(value) else esc(formatter(value))
            css = ""
            if shade and raised[row, column_index]:
                p_value = p_values[row, column_index]
                css = " class='p01'" if p_value <= 0.01 else (
                    " class='p05'" if p_value < 0.05 else "")
            cells.append(f"<td{css}>{text}</td>")
        rows.append(f"<tr><th>{esc(label)}</th>{''.join(cells)}</tr>")
    return (f"<table><tr><th>{esc(_tr(DISTANCE))}</th>{head}</tr>{''.join(rows)}"
            "</table>")
