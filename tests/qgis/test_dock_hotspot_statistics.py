"""The dock's "Hotspot statistics": Gi* of the risk (or of the counts) per area and emerging
hot spots over the last 52 weeks, run in the background, loaded styled, summed up in one
line, and on the printed map's list. Driven as test_dock drives the dock."""

import json
import os
from collections import Counter

from qgis.core import NULL, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtTest import QTest

from . import test_dock
from .map_pages import page_words, table_rows
from .test_dock import (
    add_demo_layers,
    layer_named,
    load_export,
    results_group_names,
    wait_until,
)
from .test_patrol_focus_patterns import area_and_pattern

dock = test_dock.dock  # the fixture: a fresh dock on an empty project

GI_LAYER, EMERGING_LAYER = "Hot spots (Gi*)", "Emerging hot spots"
# The hot spot patterns' words, newest and growing first, written out independently.
BRIEFING_WORDS = ((1, "new"), (3, "intensifying"), (2, "consecutive"), (4, "persistent"),
                  (6, "sporadic"), (7, "oscillating"), (5, "diminishing"), (8, "historical"))


def run_statistics(dock, risk):
    """Only the risk (if asked) and the hotspot statistics, as a user checks them."""
    form = dock.form
    form.hotspotsCheck.setChecked(False)
    form.riskCheck.setChecked(risk)
    form.overlayCheck.setChecked(False)
    form.statisticsCheck.setChecked(True)
    QTest.mouseClick(form.runButton, Qt.MouseButton.LeftButton)
    chain = dock.analyse_step.chain
    assert chain.running  # in the background: the click returns at once
    wait_until(lambda: not chain.running)
    assert form.analyseStatusLabel.text().startswith("Finished"), \
        form.analyseStatusLabel.text()
    return chain.results


def expected_line(gi_layer, emerging_layer, emerging_results, of_what):
    """The summary's line, computed from the loaded layers (not from the results)."""
    hot = sum(1 for f in gi_layer.getFeatures() if (f["gi_class"] or 0) >= 2)
    patterns = Counter(f["category"] for f in emerging_layer.getFeatures())
    steps, step = emerging_results["N_STEPS"], emerging_results["TIME_STEP_USED"]
    found = ", ".join(f"{patterns[code]:,} {word}" for code, word in BRIEFING_WORDS
                      if patterns[code])
    return (f"{hot:,} hot spots at 95% or more after FDR (Gi* of the {of_what}); over the "
            f"last {steps} {step}s: {found or 'no emerging hot spots'}.")


def test_hotspot_statistics_of_the_risk_land_styled_summed_up_and_on_the_map(dock, tmp_path,
                                                                              monkeypatch):
    """One run (the risk and the statistics, as long as the dock takes): the layers, the
    summary's line, privacy and provenance, then the briefing's list with the patterns."""
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    add_demo_layers(dock)
    results = run_statistics(dock, risk=True)
    assert list(results) == ["risk", "hotspot_stats", "emerging"]
    assert {GI_LAYER, EMERGING_LAYER} <= results_group_names()
    gi, emerging = layer_named(GI_LAYER), layer_named(EMERGING_LAYER)
    risk = layer_named("Risk score next month")
    # Gi* of the risk score of every area: the values are the risk layer's
    scores = {f["postcode"]: f["risk_score"] for f in risk.getFeatures()}
    values = {f["area_id"]: f["value"] for f in gi.getFeatures()}
    assert values.keys() == scores.keys() and all(
        abs(values[area] - scores[area]) < 1e-9 for area in scores)
    # styled by the algorithms (classes and patterns), not QGIS's single colour
    assert gi.renderer().type() == emerging.renderer().type() == "categorizedSymbol"
    # one line, its numbers as the layers hold them, and both reports a click away
    summary = dock.analyse_step.summary_label.text()
    line = expected_line(gi, emerging, results["emerging"], "risk score")
    assert f"<b>Hotspot statistics</b>: {line}" in summary.replace("&#x27;", "'"), summary
    assert summary.count("Hotspot statistics") == 1
    for words, key in (("Open the Gi* summary", "hotspot_stats"),
                       ("Open the emerging hot spots report", "emerging")):
        link = summary.split(f'">{words}</a>')[0].rsplit('<a href="', 1)[1]
        dock.analyse_step.summary_label.linkActivated.emit(link)
        assert opened[-1].toLocalFile() == results[key]["REPORT"]
    # privacy: counts below 5 empty and flagged, and said so; the provenance beside each file
    from wijkradar.core.suppression import metadata_note

    counts = [(f["incidents"], f["onderdrukt"]) for f in emerging.getFeatures()]
    assert all((count == NULL) == bool(flag) for count, flag in counts)
    assert all(count == NULL or count == 0 or count >= 5 for count, _ in counts)
    assert any(flag for _, flag in counts)
    for output in (results["hotspot_stats"]["OUTPUT"], results["emerging"]["OUTPUT"]):
        with open(output + ".provenance.json", encoding="utf-8") as handle:
            record = json.load(handle)
        assert record["purpose"].startswith("Wijkradar dock: ")
    assert metadata_note(5) in record["notes"]
    check_briefing_lists_the_patterns(dock, tmp_path)


def check_briefing_lists_the_patterns(dock, tmp_path):
    """The map of the run's risk scores lists each area's pattern from the emerging layer;
    another focus layer gets no pattern column, and no error."""
    form = dock.form
    assert form.focusLayerCombo.currentLayer() is layer_named("Risk score next month")
    form.topNSpin.setValue(10)
    form.outputFile.setFilePath(str(tmp_path / "briefing.pdf"))
    assert dock.briefing_step.export(), form.statusLabel.text()
    from wijkradar.processing import layout_session

    layout = layout_session.kept_layout(dock.briefing_step.layout_name)
    columns = [column.heading() for column in
               layout.multiFrames()[0].columns()]
    assert columns == ["#", "Area", "Score", "Why this area"]
    words = dict(BRIEFING_WORDS)
    patterns = {f["postcode"]: f["category"] for f in layer_named(EMERGING_LAYER).getFeatures()}
    printed = table_rows(layout, page_words(str(tmp_path / "briefing.pdf"), 1))
    assert len(printed) == 10
    listed = [area_and_pattern(row) for row in printed]
    assert [pattern for _, pattern in listed] == [
        words.get(patterns[area], "cold spot" if patterns[area] < 0 else "")
        for area, _ in listed]
    form.focusLayerCombo.setLayer(layer_named("buurten"))
    assert dock.briefing_step.parameters(str(tmp_path / "b.pdf"), None)["EMERGING"] is None


def test_without_the_risk_gi_counts_the_incidents_per_area(dock):
    add_demo_layers(dock)
    results = run_statistics(dock, risk=False)
    assert list(results) == ["hotspot_stats", "emerging"]
    gi = layer_named(GI_LAYER)
    assert gi.featureCount() == layer_named("pc6").featureCount() == \
        results["hotspot_stats"]["N_AREAS"]
    # counts per postcode, those below 5 left empty and flagged
    values = [(f["value"], f["onderdrukt"]) for f in gi.getFeatures()]
    assert all((value == NULL) == bool(flag) for value, flag in values)
    assert all(value == NULL or value == 0 or value >= 5 for value, _ in values)
    assert any(flag for _, flag in values)
    assert "hot spots at 95% or more after FDR (Gi* of the incident counts)" in \
        dock.analyse_step.summary_label.text()


def test_without_areas_the_statistics_use_250_m_cells(dock, tmp_path):
    load_export(dock, tmp_path)  # incidents with text dates, a 250 m grid and districts
    dock.form.areasCombo.setCurrentIndex(0)  # (none)
    steps = dock.analyse_step.plan().steps(False, False, False, True)
    gi, emerging = steps
    assert (gi.parameters["INPUT_MODE"], gi.parameters["CELL_SIZE"]) == (2, 250.0)
    assert "AREAS" not in gi.parameters and "AREAS" not in emerging.parameters
    assert emerging.parameters["DATE_FIELD"] == "occurrence_date"
    assert (emerging.parameters["TIME_STEP"], emerging.parameters["STEPS"]) == (0, 0)


def test_incidents_without_a_date_are_told_what_emerging_hot_spots_need(dock, tmp_path):
    from qgis.core import QgsVectorLayer

    from wijkradar.ui.analysis_plan import AnalysisPlan

    points = QgsVectorLayer("Point?crs=EPSG:28992&field=soort:string", "meldingen", "memory")
    problems = AnalysisPlan(QgsProject.instance(), points).problems(False, False, False, True)
    assert problems == ["Emerging hot spots need a date field in the incidents (e.g. 'datum' "
                        "or 'occurrence_date', a date or text such as 2024-03-01)."]
    assert not os.listdir(tmp_path)


def test_the_summary_line_reads_as_the_issue_asks(qgis_app):
    from wijkradar.ui.result_summary import summary_html

    gi = {"N_HOT_95": 12, "REPORT": "/tmp/gi.html"}
    emerging = {"N_STEPS": 52, "TIME_STEP_USED": "week", "N_NEW_HOT": 3,
                "N_INTENSIFYING_HOT": 2, "N_SPORADIC_HOT": 0, "REPORT": "/tmp/e.html"}
    text = summary_html({"risk": {}, "hotspot_stats": gi, "emerging": emerging})
    assert ("<b>Hotspot statistics</b>: 12 hot spots at 95% or more after FDR (Gi* of the "
            "risk score); over the last 52 weeks: 3 new, 2 intensifying.<br>") in text
    quiet = summary_html({"hotspot_stats": {"N_HOT_95": 0}, "emerging": {
        "N_STEPS": 12, "TIME_STEP_USED": "month"}})
    assert "no hot spots at 95% or more after FDR (Gi* of the incident counts); over the " \
           "last 12 months: no emerging hot spots." in quiet
    short = summary_html({"emerging": {"N_STEPS": 0, "TIME_STEP_USED": ""}})
    assert "<b>Hotspot statistics</b>: no emerging hot spots: the incidents span too few " \
           "weeks or months." in short
