"""The HTML report of an emerging hot spot analysis: which patterns were found, what each
means, and how many locations were hot or cold spots in each step (one self-contained file,
with the page, table and chart helpers of :mod:`.risk_report`)."""

from __future__ import annotations

from typing import Optional

import numpy as np

from . import emerging_patterns as patterns
from .emerging import NOUNS, EmergingResult, level_of
from .i18n import number, translate, translator
from .risk_report import esc, line_chart, page

_tr = translator("EmergingReport")


def pattern_table(result: EmergingResult) -> str:
    """Every pattern in legend order: its colour on the map, name, locations, share and
    definition."""
    counts = result.pattern_counts()
    total = max(int(counts.sum()), 1)
    head = "".join(f"<th>{esc(text)}</th>" for text in (
        "", _tr("Pattern"), _tr("Locations"), _tr("Share"), _tr("What it means")))
    rows = "".join(
        f'<tr><td style="color:{patterns.COLOURS[code]};font-size:1.3em">\u25a0</td>'
        f"<td>{esc(patterns.name(code))}</td><td>{number(count)}</td>"
        f"<td>{100.0 * count / total:.1f}%</td>"
        f'<td style="text-align:left">{esc(patterns.description(code))}</td></tr>'
        for code, count in counts.items())
    return f"<table><tr>{head}</tr>{rows}</table>"


def steps_chart(result: EmergingResult) -> str:
    """Locations that are significant hot and cold spots, step by step."""
    level = level_of(result.alpha)
    steps = np.arange(1, result.cube.n_steps + 1)
    hot = (result.bins >= level).sum(axis=1)
    cold = (result.bins <= -level).sum(axis=1)
    cube = result.cube
    x_label = _tr("Time step (1 = {}, {} = {})").format(cube.label(0), cube.n_steps,
                                                        cube.label(cube.n_steps - 1))
    return line_chart([(_tr("Hot spots"), steps, hot, patterns.COLOURS[4], ""),
                       (_tr("Cold spots"), steps, cold, patterns.COLOURS[-4], "")],
                      x_label, _tr("Locations"), x_max=float(cube.n_steps), x_percent=False,
                      y_percent=False, markers=cube.n_steps <= 30)


def summary(result: EmergingResult, weights_text: str, crs_text: str) -> dict:
    """The report's title, lead, settings and notes (also the algorithm's log lines and the
    provenance notes), and the patterns found in one line."""
    cube = result.cube
    automatic = _tr(" (chosen automatically)") if cube.plan.automatic else ""
    fdr = _tr(", False Discovery Rate corrected") if result.fdr else ""
    settings = [
        _tr("{} {}{}: {} to {}.").format(cube.n_steps, translate("Emerging", NOUNS[cube.step]),
                                         automatic, cube.starts[0], cube.ends[-1]),
        _tr("Neighbours: {}; time window: the step and {} previous step(s).").format(
            weights_text, result.window),
        _tr("Significance {}%{}; Gi* against the mean and standard deviation of the whole "
            "space-time cube.").format(round(100 * (1 - result.alpha)), fdr),
        _tr("Neighbours computed in {} (metres).").format(crs_text)]
    notes = []
    if cube.dropped.get("outside"):
        notes.append(_tr("{} incidents lie outside every location and are not counted.")
                     .format(number(cube.dropped["outside"])))
    if cube.dropped.get("before"):
        notes.append(_tr("{} incidents dated before {} (the analysed steps) are not counted.")
                     .format(number(cube.dropped["before"]), cube.starts[0]))
    if cube.dropped.get("after"):
        notes.append(_tr("{} incidents dated after {} (the last date to use) are not counted.")
                     .format(number(cube.dropped["after"]), cube.ends[-1]))
    counts = result.pattern_counts()
    return {"title": _tr("Emerging hot spots"), "settings": settings, "notes": notes,
            "lead": _tr("{} incidents in {} locations and {} time steps.").format(
                number(cube.counts.sum()), number(cube.n_locations), cube.n_steps),
            "counts": "; ".join(f"{patterns.name(code)}: {number(count)}"
                                for code, count in counts.items() if count)}


def report_without_patterns(reason: str, provenance: Optional[dict] = None) -> str:
    """The report page when the data were too short to look for patterns: why."""
    title = _tr("Emerging hot spots")
    return page(title, [f"<h1>{esc(title)}</h1>", f"<p class='lead'>{esc(reason)}</p>",
                        "<p>" + esc(_tr("No location was given a pattern.")) + "</p>"],
                provenance)


def emerging_report(result: EmergingResult, info: dict,
                    provenance: Optional[dict] = None) -> str:
    """The report page. ``info``: 'title', 'lead' (one sentence on the data), 'settings'
    and 'notes' (lists of sentences)."""
    body = [f"<h1>{esc(info['title'])}</h1>", f"<p class='lead'>{esc(info['lead'])}</p>",
            "<h2>" + esc(_tr("Patterns found")) + "</h2>", pattern_table(result),
            "<h2>" + esc(_tr("Hot and cold spots per time step")) + "</h2>",
            "<figure>" + steps_chart(result) + "<figcaption>" + esc(_tr(
                "Locations whose Gi* z-score is significant in each step (hot: many incidents "
                "in and around the location in that step and the steps before it; cold: few)."))
            + "</figcaption></figure>",
            "<h2>" + esc(_tr("Method and settings")) + "</h2><ul>"]
    body += [f"<li>{esc(line)}</li>" for line in info.get("settings", [])]
    body.append("</ul>")
    if info.get("notes"):
        body.append("<div class='note'>" + "<br>".join(esc(n) for n in info["notes"])
                    + "</div>")
    body.append("<p class='lead'>" + esc(_tr(
        "Patterns describe where incidents were recorded, which depends on reporting and on "
        "where police and enforcers looked, not only on where they happened.")) + "</p>")
    return page(info["title"], body, provenance)
