"""What the dock tells the user once the analyses have finished: per result what matters.

The numbers come from the algorithms' results (which ``qgis_process`` and the modeler see
too): hotspots found, the risk model against the best baseline with the validation's
warnings and a link to the report, and the focus areas of the monitor overlay.
"""

import html
import re

from qgis.PyQt.QtCore import QCoreApplication, QUrl

from ..core import dates
from ..core.i18n import number, translate
from ..core.risk import METHOD_LABELS

WARNING_COLOUR = "#b35900"


def summary_html(results, logs=None):
    """Rich text for a QLabel: a paragraph per finished analysis, in the order they ran.

    ``results``: step key ('hotspots', 'risk', 'index', 'overlay') -> the algorithm's
    results, as :class:`~wijkradar.ui.task_runner.AlgorithmChain` collects them; ``logs``:
    step key -> the lines the step logged, whose notes on left-out dates are repeated short.
    """
    writers = {"hotspots": hotspots_text, "risk": risk_text, "overlay": overlay_text}
    texts = []
    for key, values in results.items():
        if key in writers:
            notes = dates_left_out((logs or {}).get(key, ()))
            texts.append(writers[key](values).replace(
                "</p>", "".join(f"<br>{html.escape(note)}" for note in notes) + "</p>"))
    return "".join(texts)


def template_pattern(template):
    """A regex matching the sentences made from ``template`` (each {name} a group), so the
    log lines of core.dates are recognised in whichever language they were written."""
    pieces = re.split(r"\{(\w+)\}", translate("Dates", template))
    return re.compile("".join(f"(?P<{piece}>.+?)" if index % 2 else re.escape(piece)
                              for index, piece in enumerate(pieces)))


def dates_left_out(lines):
    """One short line per kind of date left out, from the steps' log lines (core.dates)."""
    notes = []
    for line in lines:
        far = template_pattern(dates.FAR_OUTSIDE).match(line)
        unreadable = template_pattern(dates.UNREADABLE).match(line)
        empty = template_pattern(dates.EMPTY).match(line)
        if far:
            extremes = [found.group("example") for template, text in (
                (dates.FAR_BEFORE, far.group("parts")), (dates.FAR_AFTER, far.group("parts")))
                for found in [template_pattern(template).search(text)] if found]
            notes.append(QCoreApplication.translate(
                "ResultSummary", "{} incidents with dates far outside the others were left "
                "out ({}).").format(far.group("count"), " … ".join(extremes)))
        elif unreadable:
            notes.append(QCoreApplication.translate(
                "ResultSummary", "{} incidents with an unreadable date were left out (e.g. {})."
            ).format(unreadable.group("count"), unreadable.group("examples")))
        elif empty:
            notes.append(QCoreApplication.translate(
                "ResultSummary", "{} incidents without a date were left out.").format(
                empty.group("count")))
    return notes


def warnings_of(results):
    """The risk step's validation warnings (empty when there are none)."""
    text = (results.get("risk") or {}).get("WARNINGS") or ""
    return [line for line in text.splitlines() if line.strip()]


def report_url(path):
    return QUrl.fromLocalFile(path).toString()


def paragraph(title, text):
    return f"<p><b>{html.escape(title)}</b>: {text}</p>"


def hotspots_text(values):
    title = QCoreApplication.translate("ResultSummary", "Hotspots")
    text = QCoreApplication.translate("ResultSummary", "{} hotspot areas from {} incidents.")
    return paragraph(title, html.escape(text.format(number(values.get("N_HOTSPOTS", 0)),
                                                    number(values.get("N_INCIDENTS", 0)))))


def risk_text(values):
    model = html.escape(translate("Risk", METHOD_LABELS.get(values.get("MODEL"), "")))
    parts = [html.escape(QCoreApplication.translate("ResultSummary", "forecast for {}.").format(
        values.get("FORECAST_PERIOD", "")))]
    if values.get("COMPARISON"):
        parts.append(html.escape(values.get("CHOSEN") or "") + ": "
                     + html.escape(values["COMPARISON"]))
    elif values.get("PAI_5") is not None and values.get("PAI_5_BEST_BASELINE") is not None:
        parts.append(html.escape(QCoreApplication.translate(
            "ResultSummary", "In validation the model ({}) scored a PAI of {} at 5% of the "
            "area, the best baseline ({}) {}.").format(
            model, number(values["PAI_5"], 2), values.get("BEST_BASELINE") or "",
            number(values["PAI_5_BEST_BASELINE"], 2))))
    text = " ".join(parts)
    for warning in warnings_of({"risk": values}):
        text += f'<br><span style="color:{WARNING_COLOUR}">⚠ {html.escape(warning)}</span>'
    if values.get("REPORT"):
        link = QCoreApplication.translate("ResultSummary", "Open the risk report")
        text += f'<br><a href="{html.escape(report_url(values["REPORT"]))}">{html.escape(link)}</a>'
    return paragraph(QCoreApplication.translate("ResultSummary", "Risk score"), text)


def overlay_text(values):
    title = QCoreApplication.translate("ResultSummary", "Vulnerability x crime")
    text = QCoreApplication.translate(
        "ResultSummary", "{} of {} areas are focus areas (weak and much crime).")
    return paragraph(title, html.escape(text.format(number(values.get("N_FOCUS", 0)),
                                                    number(values.get("N_AREAS", 0)))))
