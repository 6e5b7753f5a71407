"""What the hotspot statistics tell a summary or a model: hot spots at 95% or more (Gi*),
locations per hot spot pattern, and emerging hot spots as of a briefing date."""

import os
from collections import Counter

import pytest
from qgis import processing
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer

from .conftest import RecordingFeedback
from .conftest import demo_uri as demo

PATTERN_OUTPUTS = {1: "N_NEW_HOT", 2: "N_CONSECUTIVE_HOT", 3: "N_INTENSIFYING_HOT",
                   4: "N_PERSISTENT_HOT", 5: "N_DIMINISHING_HOT", 6: "N_SPORADIC_HOT",
                   7: "N_OSCILLATING_HOT", 8: "N_HISTORICAL_HOT"}
AS_OF = "2024-09-29"  # a Sunday; the demo's incidents go on to December


def emerging(tmp_path, feedback=None, **parameters):
    tmp_path.mkdir(exist_ok=True)
    parameters = {"INCIDENTS": demo("incidenten", "jaar >= 2023"), "DATE_FIELD": "datum",
                  "AREAS": demo("pc6"), "ID_FIELD": "postcode", "TIME_STEP": 1, "STEPS": 52,
                  "OUTPUT": str(tmp_path / "emerging.gpkg"),
                  "STEP_TABLE": str(tmp_path / "steps.gpkg"),
                  "REPORT": str(tmp_path / "emerging.html"), **parameters}
    return processing.run("wijkradar:emerging_hotspots", parameters, feedback=feedback)


def test_gi_counts_the_hot_and_cold_spots_at_95_percent_or_more(wijkradar_provider, tmp_path):
    result = processing.run("wijkradar:local_hotspot_statistics", {
        "INPUT_MODE": 1, "AREAS": demo("pc6"), "ID_FIELD": "postcode",
        "INCIDENTS": demo("incidenten", "jaar = 2024"), "OUTPUT": str(tmp_path / "gi.gpkg"),
        "REPORT": str(tmp_path / "gi.html")})
    classes = Counter(f["gi_class"] for f in
                      QgsVectorLayer(result["OUTPUT"], "gi", "ogr").getFeatures())
    assert result["N_HOT_95"] == classes[2] + classes[3] > 0
    assert result["N_COLD_95"] == classes[-2] + classes[-3]
    assert result["N_HOT"] == result["N_HOT_95"] + classes[1]


def test_emerging_hot_spots_as_of_a_date_leave_later_incidents_out(wijkradar_provider,
                                                                    tmp_path):
    """As of 29 September 2024 = the data up to that day without the date: the same patterns
    for every postcode; the final week ends on that day; the incidents after it are counted
    in the log; each hot spot pattern's count is an output."""
    feedback = RecordingFeedback()
    as_of = emerging(tmp_path / "as_of", feedback, END_DATE=AS_OF)
    up_to = emerging(tmp_path / "up_to", INCIDENTS=demo(
        "incidenten", f"jaar >= 2023 AND datum <= '{AS_OF}'"), END_DATE=None)
    read = [{f["postcode"]: f["category"] for f in QgsVectorLayer(
        result["OUTPUT"], "e", "ogr").getFeatures()} for result in (as_of, up_to)]
    assert read[0] == read[1]
    steps = QgsVectorLayer(as_of["STEP_TABLE"], "steps", "ogr")
    assert max(f["step_end"] for f in steps.getFeatures()).toString("yyyy-MM-dd") == AS_OF
    later = QgsVectorLayer(demo("incidenten", f"datum > '{AS_OF}'"), "later", "ogr")
    assert feedback.said(f"{later.featureCount():,} incidents dated after {AS_OF}")
    counts = Counter(read[0].values())
    assert {name: as_of[name] for name in PATTERN_OUTPUTS.values()} == {
        name: counts[code] for code, name in PATTERN_OUTPUTS.items()}
    assert as_of["N_NEW_HOT"] > 0


def test_an_end_date_before_every_incident_is_a_message(wijkradar_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="No incident is dated on or before "
                                                     "2019-06-30"):
        emerging(tmp_path, END_DATE="2019-06-30", INCIDENTS=demo("incidenten", "jaar = 2024"))


def test_too_few_steps_stop_the_run_or_in_a_chain_leave_the_locations_without_a_pattern(
        wijkradar_provider, tmp_path):
    """January to September 2024 in months: 8 whole months, fewer than the 10 steps the
    patterns need. Alone the run stops with why; told to go on (TOO_SHORT 1, as the weekly
    briefing and the dock do), it warns and writes every area without a pattern."""
    short = {"INCIDENTS": demo("incidenten", "jaar = 2024"), "TIME_STEP": 2, "STEPS": 0,
             "END_DATE": AS_OF}
    with pytest.raises(QgsProcessingException, match="8 whole months"):
        emerging(tmp_path / "stop", **short)
    feedback = RecordingFeedback()
    result = emerging(tmp_path / "go_on", feedback, TOO_SHORT=1, **short)
    assert feedback.said("No emerging hot spots: The incidents span", "8 whole months",
                         "without a pattern")
    layer = QgsVectorLayer(result["OUTPUT"], "emerging", "ogr")
    assert layer.featureCount() == QgsVectorLayer(demo("pc6"), "pc6", "ogr").featureCount()
    assert all(f["category"] is None or f["category"] == NULL for f in layer.getFeatures())
    assert QgsVectorLayer(result["STEP_TABLE"], "steps", "ogr").featureCount() == 0
    with open(result["REPORT"], encoding="utf-8") as handle:
        assert "8 whole months" in handle.read()
    assert result["N_STEPS"] == 0 and result["N_NEW_HOT"] == 0
    assert os.path.exists(result["OUTPUT"] + ".provenance.json")
