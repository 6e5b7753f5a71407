"""wijkradar:privacy_scan on names, addresses and identifiers inside values (issue 20):
a names-only layer is refused with the field named, identifiers written into remarks are
found, and without the optional library deduce the log says how to install it."""

import pytest
from qgis import processing
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsVectorLayer,
)

from wijkradar.core import deid

from .conftest import RecordingFeedback

SCAN = "wijkradar:privacy_scan"
NAMES = ["Priya Wilson", "Jan de Vries", "Sophie van den Heuvel", "Mohammed El Amrani",
         "Kees Bakker", "Fatma Yilmaz", "J.P. Jansen", "de Boer, Anouk"]
needs_deduce = pytest.mark.skipif(not deid.available(),
                                  reason="the optional library deduce is not installed")


def export_layer(column, values):
    """An export as a city sends it: English field names, text dates, EPSG:4326 points."""
    layer = QgsVectorLayer(f"Point?crs=EPSG:4326&field=incident_type:string(30)"
                           f"&field={column}:string(80)&field=occurrence_date:string(10)",
                           "export", "memory")
    features = []
    for i, value in enumerate(values):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(5.30 + i / 1000, 51.69)))
        feature.setAttributes(["Burglary", value, f"2024-03-{i % 28 + 1:02d}"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def scan(layer, feedback=None, **parameters):
    parameters.setdefault("OUTPUT", QgsProcessing.TEMPORARY_OUTPUT)
    return processing.run(SCAN, {"INPUT": layer, **parameters},
                          feedback=feedback or RecordingFeedback())


@needs_deduce
def test_a_names_only_layer_is_refused_with_the_field_named(wijkradar_provider):
    layer = export_layer("contact", NAMES * 3)
    with pytest.raises(QgsProcessingException) as refused:
        scan(layer, FAIL_ON_FINDINGS=True)
    assert "contact (names of persons" in str(refused.value)
    result = scan(layer)
    assert result["VERDICT"] == "fail"
    rows = list(result["OUTPUT"].getFeatures()) if not isinstance(result["OUTPUT"], str) \
        else list(QgsVectorLayer(result["OUTPUT"]).getFeatures())
    row = next(r for r in rows if r["kind"] == "person_name")
    assert row["field"] == "contact" and row["severity"] == "identifier"
    assert "*" in row["example"] and row["example"] not in NAMES


@pytest.mark.parametrize("remark", ["BSN 123456782", "Bel 06.12.34.56.78 na 17 uur",
                                    "Melder woont op de Kerkstraat 12"])
def test_identifiers_written_into_remarks_are_found(wijkradar_provider, remark):
    plain = [f"Fiets gestolen bij station om {h} uur" for h in range(1, 10)]
    result = scan(export_layer("remarks", plain + [remark]))
    assert result["VERDICT"] == "fail"
    assert "remarks" in result["SUMMARY"]


def test_without_deduce_the_log_says_how_to_install_it(wijkradar_provider, monkeypatch):
    from wijkradar.processing import dependencies

    real = dependencies.missing_libraries
    monkeypatch.setattr(dependencies, "missing_libraries",
                        lambda modules: ["deduce>=3.0"] if "deduce" in modules else real(modules))
    monkeypatch.setattr(deid, "available", lambda: False)
    feedback = RecordingFeedback()
    result = scan(export_layer("contact", NAMES), feedback=feedback)
    assert feedback.said("deduce", "pip install", "not installed")
    assert result["VERDICT"] == "pass"  # the documented fallback: names by field name only
