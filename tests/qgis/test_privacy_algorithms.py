"""wijkradar:privacy_scan, wijkradar:anonymise_incidents and the dock's privacy gate.

The issue's promises: a layer with BSNs and licence plates is refused with the fields named;
the demo data gives no identifier findings (false-positive rate zero); anonymising and then
scanning passes; no area output shows a count below k; every output carries provenance.
"""

import json
import os

import numpy as np
import pytest
from qgis import processing
from qgis.core import (
    NULL,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

from wijkradar.core.suppression import assert_no_small_counts

from ..core.privacy_data import valid_bsns
from .conftest import RecordingFeedback

SCAN = "wijkradar:privacy_scan"
ANONYMISE = "wijkradar:anonymise_incidents"
DEMO_LAYERS = ("gemeente", "wijken", "buurten", "pc4", "pc6", "incidenten", "ruimingen",
               "coffeeshops")
RD_X, RD_Y = 150_000.0, 411_000.0
K = 5


@pytest.fixture()
def project_in(tmp_path):
    """A project file in tmp_path, so the audit log is written there (and not in the
    profile); restored afterwards."""
    project = QgsProject.instance()
    before = project.fileName()
    project.setFileName(str(tmp_path / "audit.qgz"))
    yield tmp_path
    project.setFileName(before)



def personal_layer(n=40):
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=bsn:string(9)&field=kenteken:string(10)"
                           "&field=naam:string(40)&field=soort:string(20)", "meldingen",
                           "memory")
    plates = ["12-ABC-3", "AB-12-CD", "GF-123-H", "1-KBB-23", "XX-99-99"]
    features = []
    for i, bsn in enumerate(valid_bsns(n)):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(RD_X + i, RD_Y)))
        feature.setAttributes([bsn, plates[i % 5], f"Persoon {i}", "vernieling"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def exact_incidents(n=600, outside=5, seed=11):
    """Fake incidents at exact addresses: points, a BSN, an address, a type and a date."""
    rng = np.random.default_rng(seed)
    xy = rng.normal([RD_X, RD_Y], 180, (n, 2))
    far = np.array([[90_000.0 + 10 * i, 300_000.0] for i in range(outside)]).reshape(-1, 2)
    xy = np.vstack([xy, far])
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=bsn:string(9)&field=adres:string(60)"
                           "&field=soort:string(20)&field=datum:date", "meldingen", "memory")
    bsns = valid_bsns(len(xy))
    first = QDate(2023, 1, 1)
    features = []
    for i, (x, y) in enumerate(xy):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([bsns[i], f"Kerkstraat {i % 90 + 1}",
                               ("woninginbraak", "fietsdiefstal")[i % 2],
                               first.addDays(int(rng.integers(0, 700)))])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def scan(layer, **parameters):
    parameters.setdefault("OUTPUT", QgsProcessing.TEMPORARY_OUTPUT)
    return processing.run(SCAN, {"INPUT": layer, **parameters})


def anonymise(tmp_path, incidents, name="anon", feedback=None, **parameters):
    parameters.setdefault("OUTPUT_POINTS", str(tmp_path / f"{name}_points.gpkg"))
    parameters.setdefault("OUTPUT_COUNTS", str(tmp_path / f"{name}_counts.gpkg"))
    return processing.run(ANONYMISE, {"INPUT": incidents, **parameters},
                          feedback=feedback or RecordingFeedback())


def features_of(uri):
    layer = QgsVectorLayer(uri, "out", "ogr")
    assert layer.isValid(), uri
    return layer, list(layer.getFeatures())


def representative_point(geometry):
    centroid = geometry.centroid()
    return centroid if geometry.contains(centroid) else geometry.pointOnSurface()


def sidecar(path):
    with open(path + ".provenance.json", encoding="utf-8") as handle:
        return json.load(handle)


def audit_lines(folder):
    with open(os.path.join(folder, "wijkradar-audit.jsonl"), encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


# --- privacy_scan -----------------------------------------------------------------------------

def test_a_layer_with_bsns_and_plates_is_refused_with_the_fields_named(
        wijkradar_provider, tmp_path, project_in):
    layer = personal_layer()
    with pytest.raises(QgsProcessingException) as refused:
        scan(layer, FAIL_ON_FINDINGS=True)
    message = str(refused.value)
    assert "bsn" in message and "kenteken" in message and "naam" in message
    assert "Anonymise incidents" in message

    findings_path = str(tmp_path / "findings.gpkg")
    report = str(tmp_path / "report.html")
    result = scan(layer, OUTPUT=findings_path, REPORT=report)
    assert result["VERDICT"] == "fail" and result["N_FINDINGS"] >= 3
    _, rows = features_of(findings_path)
    found = {(f["field"], f["kind"], f["severity"]) for f in rows}
    assert ("bsn", "bsn", "identifier") in found
    assert ("kenteken", "licence_plate", "identifier") in found
    assert ("naam", "name_field", "warning") in found
    assert not any(f["field"] == "soort" for f in rows)
    bsn_row = next(f for f in rows if f["kind"] == "bsn")
    assert bsn_row["share"] == 1.0 and bsn_row["count"] == 40
    assert "*" in bsn_row["example"] and bsn_row["example"] not in valid_bsns(40)  # masked
    with open(report, encoding="utf-8") as handle:
        page = handle.read()
    assert "kenteken" in page and "refused (fail)" in page
    assert not any(bsn in page for bsn in valid_bsns(40))
    for path in (findings_path, report):  # provenance beside both file outputs
        record = sidecar(path)
        assert record["algorithm"] == SCAN and record["inputs"][0]["feature_count"] == 40
        assert record["inputs"][0]["content_hash"].startswith("sha256:")
        assert not any(bsn in json.dumps(record) for bsn in valid_bsns(40))
    assert os.path.exists(str(tmp_path / "findings.qmd"))
    assert sum(line["algorithm"] == SCAN for line in audit_lines(project_in)) >= 2


@pytest.mark.parametrize("name", DEMO_LAYERS)
def test_the_demo_layers_give_no_identifier_findings(wijkradar_provider, demo_layer, name):
    result = processing.run(SCAN, {"INPUT": demo_layer(name), "FAIL_ON_FINDINGS": True,
                                   "OUTPUT": "memory:findings"})
    findings = list(result["OUTPUT"].getFeatures()) if not isinstance(result["OUTPUT"], str) \
        else list(QgsProject.instance().mapLayer(result["OUTPUT"]).getFeatures())
    assert not [f["field"] for f in findings if f["severity"] == "identifier"]
    if name == "coffeeshops":  # 'naam' holds business names: a warning at most
        assert result["VERDICT"] in ("pass", "warn")
        assert {f["field"] for f in findings} <= {"naam"}
    else:
        assert result["VERDICT"] == "pass" and result["N_FINDINGS"] == 0


def test_the_dock_gate_refuses_personal_data_and_lets_the_demo_data_through(
        wijkradar_provider, demo_layer):
    from wijkradar.processing.privacy_gate import gate_layer, scan_layer

    allowed, result = gate_layer(personal_layer())
    assert not allowed and result.verdict == "fail"
    assert result.identifier_fields == ["bsn", "kenteken"]
    assert "bsn" in result.summary() and "kenteken" in result.summary()
    incidents = scan_layer(demo_layer("incidenten"), sample_limit=2000)
    assert incidents.verdict == "pass"
    assert max(incidents.values_scanned.values()) <= 2000
    assert gate_layer(demo_layer("coffeeshops"))[0]


def test_the_sample_is_spread_over_the_whole_layer(wijkradar_provider):
    from wijkradar.processing.io.tables import attribute_columns

    layer = QgsVectorLayer("None?field=n:integer", "numbers", "memory")
    features = []
    for i in range(1000):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([i])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    values = attribute_columns(layer, limit=11)["n"]
    assert values == [0, 100, 200, 300, 400, 500, 599, 699, 799, 899, 999]
    assert len(attribute_columns(layer)["n"]) == 1000
    assert scan(layer)["VERDICT"] == "pass"  # tables without geometry are scanned too


# --- anonymise_incidents ----------------------------------------------------------------------

def test_anonymised_incidents_pass_the_scan_and_sit_on_their_pc6(
        wijkradar_provider, demo_layer, tmp_path, project_in):
    incidents = exact_incidents()
    pc6 = demo_layer("pc6")
    feedback = RecordingFeedback()
    result = anonymise(tmp_path, incidents, feedback=feedback, AREAS=pc6, AREA_ID="postcode",
                       KEEP_FIELDS=["soort"], DATE_FIELD="datum", K=K,
                       PURPOSE="Test: anonymise exact addresses")
    assert result["N_INCIDENTS"] == 605 and result["N_DROPPED"] == 5
    assert any("5 incidents lie in no postcode area" in m for m in feedback.messages)

    points, moved = features_of(result["OUTPUT_POINTS"])
    assert [f.name() for f in points.fields()] == ["fid", "postcode", "soort", "datum", "jaar",
                                                   "week"]
    assert len(moved) == 600
    passed = scan(points, FAIL_ON_FINDINGS=True)  # no identifier field survives
    assert passed["VERDICT"] == "pass", passed["SUMMARY"]

    areas = {f["postcode"]: f.geometry() for f in pc6.getFeatures()}
    for feature in moved:
        expected = representative_point(areas[feature["postcode"]]).asPoint()
        got = feature.geometry().asPoint()
        assert abs(got.x() - expected.x()) < 1e-6 and abs(got.y() - expected.y()) < 1e-6
        assert feature["datum"].dayOfWeek() == 1  # a Monday

    # counts per PC6 by hand, from the exact points
    by_hand = dict.fromkeys(areas, 0)
    for feature in incidents.getFeatures():
        for code, geometry in areas.items():
            if geometry.intersects(feature.geometry()):
                by_hand[code] += 1
                break
    _, counts = features_of(result["OUTPUT_COUNTS"])
    assert len(counts) == len(areas)
    shown = [f["n_incidents"] for f in counts if f["n_incidents"] != NULL]
    assert_no_small_counts(shown, k=K)
    flagged = 0
    for feature in counts:
        true = by_hand[feature["postcode"]]
        if 1 <= true < K:
            assert feature["n_incidents"] == NULL and feature["onderdrukt"]
            flagged += 1
        else:
            assert feature["n_incidents"] == true and not feature["onderdrukt"]
    assert flagged == result["N_SUPPRESSED"] > 0
    assert sum(by_hand.values()) == 600
    assert max(shown) >= K

    record = sidecar(result["OUTPUT_COUNTS"])
    assert "Counts below 5 are suppressed" in " ".join(record["notes"])
    # Left out beside shared counts: 605 read - 5 dropped - the published counts = suppressed.
    assert [i["feature_count"] for i in record["inputs"]] == [None, None]
    assert record["purpose"] == "Test: anonymise exact addresses"
    with open(result["OUTPUT_COUNTS"][:-5] + ".qmd", encoding="utf-8") as handle:
        assert "Counts below 5 are suppressed" in handle.read()  # the layer metadata
    points_record = sidecar(result["OUTPUT_POINTS"])
    assert any("inside the organisation" in n for n in points_record["notes"])
    for path in (result["OUTPUT_POINTS"], result["OUTPUT_COUNTS"]):
        assert os.path.exists(path[:-5] + ".qmd")
        assert "Kerkstraat" not in json.dumps(sidecar(path))
    assert sum(line["algorithm"] == ANONYMISE for line in audit_lines(project_in)) == 2


def test_the_demo_incidents_already_sit_on_their_pc6_and_stay_there(
        wijkradar_provider, demo_layer, tmp_path):
    incidents = demo_layer("incidenten", "jaar = 2024")
    feedback = RecordingFeedback()
    result = anonymise(tmp_path, incidents, feedback=feedback, AREAS=demo_layer("pc6"),
                       KEEP_FIELDS=["incident_id", "soort", "postcode"], OUTPUT_COUNTS=None)
    assert any("postcode are replaced" in m for m in feedback.messages)
    before = {f["incident_id"]: f for f in incidents.getFeatures()}
    _, after = features_of(result["OUTPUT_POINTS"])
    assert len(after) == len(before) == result["N_KEPT"] > 10_000
    for feature in after:
        original = before[feature["incident_id"]]
        assert feature["postcode"] == original["postcode"]
        assert feature["soort"] == original["soort"]
        assert feature.geometry().asPoint().distance(original.geometry().asPoint()) < 0.01


def test_dates_are_coarsened_to_the_iso_week_or_the_month(wijkradar_provider, demo_layer,
                                                           tmp_path):
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=datum:string(10)", "d", "memory")
    days = ["2024-01-03", "2021-01-03", "2019-12-31", "2024-02-29", "geen datum"]
    features = []
    for text in days:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(RD_X, RD_Y)))
        feature.setAttributes([text])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    pc6 = demo_layer("pc6")
    week = anonymise(tmp_path, layer, "week", AREAS=pc6, DATE_FIELD="datum",
                     DATE_PRECISION=0, OUTPUT_COUNTS=None)
    rows = [(f["datum"], f["jaar"], f["week"]) for f in features_of(week["OUTPUT_POINTS"])[1]]
    assert rows[:4] == [(QDate(2024, 1, 1), 2024, 1), (QDate(2020, 12, 28), 2020, 53),
                        (QDate(2019, 12, 30), 2020, 1), (QDate(2024, 2, 26), 2024, 9)]
    assert rows[4] == (NULL, NULL, NULL)
    month = anonymise(tmp_path, layer, "month", AREAS=pc6, DATE_FIELD="datum",
                      DATE_PRECISION=1, OUTPUT_COUNTS=None)
    rows = [(f["datum"], f["jaar"], f["maand"])
            for f in features_of(month["OUTPUT_POINTS"])[1]]
    assert rows[:4] == [(QDate(2024, 1, 1), 2024, 1), (QDate(2021, 1, 1), 2021, 1),
                        (QDate(2019, 12, 1), 2019, 12), (QDate(2024, 2, 1), 2024, 2)]
    assert week["OUTPUT_COUNTS"] is None


def test_counts_per_area_and_month_show_no_count_below_k(wijkradar_provider, demo_layer,
                                                         tmp_path):
    result = anonymise(tmp_path, exact_incidents(1500), AREAS=demo_layer("pc4"),
                       DATE_FIELD="datum", DATE_PRECISION=1, COUNTS_PER=1, OUTPUT_POINTS=None)
    layer, counts = features_of(result["OUTPUT_COUNTS"])
    assert {"postcode", "datum", "jaar", "maand", "n_incidents", "onderdrukt"} <= set(
        layer.fields().names())
    assert_no_small_counts([f["n_incidents"] for f in counts if f["n_incidents"] != NULL], K)
    assert all(f["onderdrukt"] == (f["n_incidents"] == NULL) for f in counts)
    assert all(f["datum"].day() == 1 for f in counts)
    assert any(f["onderdrukt"] for f in counts) and any(not f["onderdrukt"] for f in counts)
    keys = [(f["postcode"], f["datum"]) for f in counts]
    assert len(keys) == len(set(keys))


def test_grid_cells_of_at_least_100_m(wijkradar_provider, tmp_path):
    incidents = exact_incidents(400, outside=0)
    with pytest.raises(QgsProcessingException, match="at least 100 m"):
        anonymise(tmp_path, incidents, METHOD=1, CELL_SIZE=50)
    result = anonymise(tmp_path, incidents, "grid", METHOD=1, CELL_SIZE=250,
                       KEEP_FIELDS=["soort"])
    assert result["N_KEPT"] == 400
    _, moved = features_of(result["OUTPUT_POINTS"])
    for feature in moved:
        point = feature.geometry().asPoint()
        assert point.x() % 250 == 125 and point.y() % 250 == 125
        assert feature["cell_id"] == f"C250_E{point.x() - 125:.0f}_N{point.y() - 125:.0f}"
    _, cells = features_of(result["OUTPUT_COUNTS"])
    assert_no_small_counts([f["n_incidents"] for f in cells if f["n_incidents"] != NULL], K)
    assert all(f.geometry().area() == pytest.approx(250 * 250) for f in cells)
    assert sum(f["n_incidents"] for f in cells if not f["onderdrukt"]) + sum(
        1 for f in cells if f["onderdrukt"]) <= 400
    assert os.path.exists(result["OUTPUT_COUNTS"] + ".provenance.json")


def test_identifier_coordinate_and_exact_date_fields_cannot_be_kept(
        wijkradar_provider, demo_layer, tmp_path):
    incidents = exact_incidents(60, outside=0)
    pc6 = demo_layer("pc6")
    with pytest.raises(QgsProcessingException, match="bsn.*adres|adres.*bsn"):
        anonymise(tmp_path, incidents, AREAS=pc6, KEEP_FIELDS=["soort", "bsn", "adres"])
    with pytest.raises(QgsProcessingException, match="datum"):
        anonymise(tmp_path, incidents, AREAS=pc6, KEEP_FIELDS=["datum"], DATE_FIELD=None)
    with_xy = QgsVectorLayer("Point?crs=EPSG:28992&field=x:double", "xy", "memory")
    feature = QgsFeature(with_xy.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(RD_X, RD_Y)))
    feature.setAttributes([RD_X])
    with_xy.dataProvider().addFeatures([feature])
    with pytest.raises(QgsProcessingException, match="coordinates"):
        anonymise(tmp_path, with_xy, AREAS=pc6, KEEP_FIELDS=["x"])
    with pytest.raises(QgsProcessingException, match="postcode area layer"):
        anonymise(tmp_path, incidents)
    assert not os.path.exists(tmp_path / "anon_points.gpkg")
