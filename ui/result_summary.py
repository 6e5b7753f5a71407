"""What the dock tells the user once the analyses have finished: per result what matters.

The numbers come from the algorithms' results (which ``qgis_process`` and the modeler see
too): hotspots found, the risk model against the best baseline with the validation's
warnings and a link to the report, the hotspot statistics in one line (Gi* hot spots at 95%
or more, the emerging hot spot patterns found) with their reports, and the focus areas of
the monitor overlay.
"""

import html
import re

from qgis.PyQt.QtCore import QCoreApplication, QUrl

from ..core import dates
from ..core import emerging_patterns as patterns
from ..core.emerging import NOUNS
from ..core.i18n import number, translate
from ..core.risk import METHOD_LABELS
from ..processing.emerging_hotspots import pattern_output

# Gi* and emerging hot spots make one paragraph, under the first of the two.
STATISTICS_KEYS = ("hotspot_stats", "emerging")

WARNING_COLOUR = "#b35900"


def summary_html(results, logs=None):
    """Rich text for a QLabel: a paragraph per finished analysis, in the order they ran.

    ``results``: step key ('hotspots', 'risk', 'hotspot_stats', 'emerging', 'index',
    'overlay') -> the algorithm's results, as :class:`~wijkradar.ui.task_runner.AlgorithmChain`
    collects them; ``logs``: step key -> the lines the step logged, whose notes on left-out
    dates are repeated short.
    """
    writers = {"hotspots": hotspots_text, "risk": risk_text, "overlay": overlay_text,
               "statistics": statistics_text}
    results, logs = statistics_merged(results, logs or {})
    texts = []
    for key, values in results.items():
        if key in writers:
            notes = dates_left_out((logs or {}).get(key, ()))
            texts.append(writers[key](values).replace(
                "</p>", "".join(f"<br>{html.escape(note)}" for note in notes) + "</p>"))
    return "".join(texts)


def statistics_merged(results, logs):
    """Results and logs with those of Gi* and emerging hot spots together under 'statistics'
    (their results by step key), where the first of them ran."""
    merged_results, merged_logs = {}, dict(logs)
    for key, values in results.items():
        if key in STATISTICS_KEYS:  # with the risk, the dock's Gi* is of the risk score
            merged_results.setdefault("statistics", {"of_risk": "risk" in results})[key] = \
                values
        else:
            merged_results[key] = values
    merged_logs["statistics"] = [line for key in STATISTICS_KEYS for line in logs.get(key, ())]
    return merged_results, merged_logs


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


def statistics_text(parts):
    """One line: '12 hot spots at 95% or more after FDR (Gi* of the risk score); over the
    last 52 weeks: 3 new, 2 intensifying.', with links to both reports. ``parts``:
    'hotspot_stats' and/or 'emerging' -> their results; 'of_risk': whether Gi* was of the
    risk score (else of the incident counts)."""
    translate_summary = QCoreApplication.translate
    gi, emerging = parts.get("hotspot_stats"), parts.get("emerging")
    sentences, links = [], []
    if gi is not None:
        hot = int(gi.get("N_HOT_95") or 0)
        of_what = (translate_summary("ResultSummary", "Gi* of the risk score")
                   if parts.get("of_risk") else
                   translate_summary("ResultSummary", "Gi* of the incident counts"))
        sentences.append(translate_summary(
            "ResultSummary", "{} hot spots at 95% or more after FDR ({})").format(
            number(hot), of_what) if hot else translate_summary(
            "ResultSummary", "no hot spots at 95% or more after FDR ({})").format(of_what))
        links.append((gi.get("REPORT"), translate_summary("ResultSummary",
                                                          "Open the Gi* summary")))
    if emerging is not None:
        sentences.append(emerging_sentence(emerging))
        links.append((emerging.get("REPORT"), translate_summary(
            "ResultSummary", "Open the emerging hot spots report")))
    text = html.escape("; ".join(sentences) + ".")
    anchors = [f'<a href="{html.escape(report_url(path))}">{html.escape(words)}</a>'
               for path, words in links if path]
    if anchors:
        text += "<br>" + " · ".join(anchors)
    return paragraph(translate_summary("ResultSummary", "Hotspot statistics"), text)


def emerging_sentence(values):
    """'over the last 52 weeks: 3 new, 2 intensifying' (the hot spot patterns found, the
    newest and growing first)."""
    if not values.get("N_STEPS"):  # the incidents spanned too few steps (see the report)
        return QCoreApplication.translate(
            "ResultSummary", "no emerging hot spots: the incidents span too few weeks or "
            "months")
    period = QCoreApplication.translate("ResultSummary", "over the last {} {}").format(
        number(values.get("N_STEPS") or 0),
        translate("Emerging", NOUNS.get(values.get("TIME_STEP_USED"), NOUNS["week"])))
    found = [f"{number(values[pattern_output(code)])} {patterns.short_name(code)}"
             for code in patterns.BRIEFING_ORDER if values.get(pattern_output(code))]
    if not found:
        return QCoreApplication.translate("ResultSummary", "{}: no emerging hot spots").format(
            period)
    return f"{period}: {', '.join(found)}"


def overlay_text(values):
    title = QCoreApplication.translate("ResultSummary", "Vulnerability x crime")
    text = QCoreApplication.translate(
        "ResultSummary", "{} of {} areas are focus areas (weak and much crime).")
    return paragraph(title, html.escape(text.format(number(values.get("N_FOCUS", 0)),
                                                    number(values.get("N_AREAS", 0)))))
