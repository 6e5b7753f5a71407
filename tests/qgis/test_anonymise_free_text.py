"""anonymise_incidents with a remarks field that names persons (issue 20): refused by
default, redacted (names, addresses, numbers replaced by tags) or dropped on request."""

import json

import pytest
from qgis import processing
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)

from wijkradar.core import deid

from .conftest import RecordingFeedback

ANONYMISE = "wijkradar:anonymise_incidents"
SCAN = "wijkradar:privacy_scan"
REMARKS = ["Melder Piet Jansen belde om 22 uur, tel. 06.12.34.56.78",
           "Slachtoffer mevrouw Bakker woont op de Dorpsstraat 14",
           "Fiets gestolen bij het station", "Getuige Sophie van den Heuvel zag twee jongens",
           "Inbraak via achterdeur, geen getuigen"]
needs_deduce = pytest.mark.skipif(not deid.available(),
                                  reason="the optional library deduce is not installed")


def export_with_remarks(n=60):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=incident_type:string(20)"
                           "&field=remarks:string(120)&field=occurrence_date:string(10)",
                           "export", "memory")
    features = []
    for i in range(n):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(5.30 + (i % 6) / 500,
                                                               51.69 + (i % 5) / 500)))
        feature.setAttributes(["Burglary", REMARKS[i % len(REMARKS)],
                               f"2024-0{i % 9 + 1}-{i % 27 + 1:02d}"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def anonymise(tmp_path, mode, feedback=None):
    return processing.run(ANONYMISE, {
        "INPUT": export_with_remarks(), "METHOD": 1, "CELL_SIZE": 250,
        "KEEP_FIELDS": ["incident_type", "remarks"], "DATE_FIELD": "occurrence_date",
        "FREE_TEXT": mode, "OUTPUT_POINTS": str(tmp_path / "points.gpkg"),
        "OUTPUT_COUNTS": str(tmp_path / "counts.gpkg")}, feedback=feedback or RecordingFeedback())


def points(result):
    return list(QgsVectorLayer(result["OUTPUT_POINTS"], "points", "ogr").getFeatures())


def test_by_default_a_remarks_field_with_personal_data_is_refused(wijkradar_provider,
                                                                  tmp_path):
    with pytest.raises(QgsProcessingException, match="remarks.*redact or drop"):
        anonymise(tmp_path, 0)


@needs_deduce
def test_redacted_remarks_keep_the_text_without_names_addresses_or_numbers(
        wijkradar_provider, tmp_path):
    result = anonymise(tmp_path, 1)
    texts = {f["remarks"] for f in points(result)}
    assert len(texts) == len(REMARKS)
    joined = " ".join(texts)
    for gone in ("Jansen", "Bakker", "Heuvel", "06.12", "Dorpsstraat 14"):
        assert gone not in joined
    assert "[PERSOON-1]" in joined and "[TELEFOONNUMMER]" in joined
    assert "Fiets gestolen bij het station" in texts  # plain remarks stay as they were
    scan = processing.run(SCAN, {"INPUT": result["OUTPUT_POINTS"], "OUTPUT": None})
    assert scan["VERDICT"] != "fail", scan["SUMMARY"]
    with open(result["OUTPUT_POINTS"] + ".provenance.json", encoding="utf-8") as handle:
        assert "redacted with deduce" in " ".join(json.load(handle)["notes"])


def test_dropped_remarks_are_gone(wijkradar_provider, tmp_path):
    feedback = RecordingFeedback()
    result = anonymise(tmp_path, 2, feedback)
    layer = QgsVectorLayer(result["OUTPUT_POINTS"], "points", "ogr")
    assert "remarks" not in layer.fields().names()
    assert "incident_type" in layer.fields().names()
    assert feedback.said("remarks", "dropped")


def test_redaction_without_deduce_stops_with_how_to_install_it(wijkradar_provider, tmp_path,
                                                               monkeypatch):
    from wijkradar.processing import dependencies

    real = dependencies.missing_libraries
    monkeypatch.setattr(dependencies, "missing_libraries",
                        lambda modules: ["deduce>=3.0"] if "deduce" in modules else real(modules))
    with pytest.raises(QgsProcessingException, match="deduce.*pip install"):
        anonymise(tmp_path, 1)
