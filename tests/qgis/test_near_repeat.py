"""wijkradar:near_repeat through processing.run on an export-shaped GeoPackage.

Burglaries with a planted near-repeat effect (a quarter of them follow an earlier burglary
within 80 m and 6 days) and bicycle thefts without one, over 3 x 3 km and a year, dated as
text (ISO and Dutch day-first mixed, a few empty). The same points are stored in EPSG:28992
and EPSG:4326. Expected counts come from core.near_repeat on the points as written, which
tests/core/test_near_repeat.py checks against a brute-force count of every pair.
"""

import datetime as dt
import html
import json
import os
from pathlib import Path

import numpy as np
import pytest
from osgeo import ogr, osr
from qgis import processing
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from wijkradar.core import near_repeat

from .conftest import RecordingFeedback

ALG = "wijkradar:near_repeat"
X0, Y0 = 120_000.0, 487_000.0  # Amsterdam-West in RD New
FIRST_DAY = dt.date(2024, 1, 1)


def export_rows(seed=21):
    """(x, y, date text or None, type, day number or None) of every incident."""
    rng = np.random.default_rng(seed)
    n_seeds, n_follow, n_bikes = 300, 100, 200
    x, y = rng.uniform(0, 3000, n_seeds), rng.uniform(0, 3000, n_seeds)
    days = rng.integers(0, 366, n_seeds)
    parent = rng.integers(0, n_seeds, n_follow)
    angle, radius = rng.uniform(0, 2 * np.pi, n_follow), rng.uniform(0, 80, n_follow)
    x = np.concatenate([x, x[parent] + radius * np.cos(angle), rng.uniform(0, 3000, n_bikes)])
    y = np.concatenate([y, y[parent] + radius * np.sin(angle), rng.uniform(0, 3000, n_bikes)])
    days = np.concatenate([days, days[parent] + rng.integers(0, 7, n_follow),
                           rng.integers(0, 366, n_bikes)])
    kinds = ["burglary"] * (n_seeds + n_follow) + ["bicycle theft"] * n_bikes
    rows = []
    for number, (east, north, day, kind) in enumerate(zip(x, y, days, kinds)):
        when = FIRST_DAY + dt.timedelta(days=int(day))
        text = when.isoformat() if number % 3 else when.strftime("%d-%m-%Y")
        if number % 97 == 5:
            text, day = None, None  # no date: left out and counted
        rows.append((X0 + round(east, 2), Y0 + round(north, 2), text, kind, day))
    return rows


def write_export(path, rows):
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    rd, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    rd.ImportFromEPSG(28992)
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_wgs84 = osr.CoordinateTransformation(rd, wgs84)
    for name, srs, transform in (("incidents", rd, None), ("incidents_wgs84", wgs84, to_wgs84)):
        layer = dataset.CreateLayer(name, srs, ogr.wkbPoint)
        for field, kind in (("incident_id", ogr.OFTInteger), ("occurrence_date", ogr.OFTString),
                            ("offence_type", ogr.OFTString)):
            layer.CreateField(ogr.FieldDefn(field, kind))
        for number, (x, y, text, kind, _) in enumerate(rows):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature["incident_id"] = number + 1
            feature["offence_type"] = kind
            if text is not None:
                feature["occurrence_date"] = text
            point = ogr.CreateGeometryFromWkt(f"POINT ({x} {y})")
            if transform is not None:
                point.Transform(transform)
            feature.SetGeometry(point)
            layer.CreateFeature(feature)
    dataset = None
    return str(path)


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    rows = export_rows()
    return write_export(tmp_path_factory.mktemp("near_repeat") / "export.gpkg", rows), rows


def run(tmp_path, layer, name="knox", feedback=None, **parameters):
    parameters = {"INPUT": layer, "DATE_FIELD": "occurrence_date", "PERMUTATIONS": 99,
                  "OUTPUT": str(tmp_path / f"{name}.gpkg"),
                  "REPORT": str(tmp_path / f"{name}.html"), **parameters}
    return processing.run(ALG, parameters, feedback=feedback or RecordingFeedback())


def table_rows(result):
    layer = QgsVectorLayer(result["OUTPUT"], "table", "ogr")
    assert layer.isValid()
    return [[None if isinstance(value, QVariant) and value.isNull() else value
             for value in feature.attributes()[1:]]  # without the fid; NULL as None
            for feature in layer.getFeatures()]


def core_result(rows, kinds=("burglary", "bicycle theft"), seed=1964):
    dated = [(x, y, day) for x, y, _, kind, day in rows if day is not None and kind in kinds]
    x, y, days = (np.array(column) for column in zip(*dated))
    return near_repeat.knox_test(x, y, days, permutations=99, seed=seed)


def test_text_dates_give_the_table_core_computes_and_the_planted_effect(
        wijkradar_provider, export, tmp_path):
    gpkg, rows = export
    feedback = RecordingFeedback()
    result = run(tmp_path, f"{gpkg}|layername=incidents", feedback=feedback, MIN_COUNT=1,
                 TYPE_FIELD="offence_type", TYPE_VALUES="burglary")
    expected = core_result(rows, kinds=("burglary",))
    table = table_rows(result)
    assert len(table) == 30
    assert [row[6] for row in table] == expected.observed.ravel().tolist()
    assert [row[7] for row in table] == pytest.approx(expected.expected.ravel().tolist(),
                                                      abs=1e-3)
    assert [row[9] for row in table] == pytest.approx(expected.p_values.ravel().tolist())
    assert table[5][:6] == ["1 to 100 m", 1, 100, "0 to 7 days", 0, 7]
    assert table[5][8] > 3 and table[5][9] == pytest.approx(0.01)
    # two follow-ups of one burglary lie up to 160 m apart: 101-200 m is raised as well
    assert (result["NEAR_REPEAT_DISTANCE"], result["NEAR_REPEAT_DAYS"]) == (200, 7)
    assert result["N_INCIDENTS"] == expected.n_incidents == 395  # 5 burglaries without date
    assert feedback.said("5 rows have no date in 'occurrence_date'")
    assert result["SUMMARY"].startswith("Incidents of type 'burglary' within 200 m and 7 "
                                        "days of one another are ")
    page = Path(result["REPORT"]).read_text(encoding="utf-8")
    # the raised cells, (0 m / 1-100 m / 101-200 m, 0-7 days), are shaded darkest, in the
    # table of ratios and of p-values
    assert page.count("<td class='p01'>") == 6
    assert html.escape(result["SUMMARY"].split(" (p")[0]) in page
    assert "Ratcliffe (2009)" in page and "5 rows have no date" in page
    with open(result["REPORT"] + ".provenance.json", encoding="utf-8") as handle:
        record = json.load(handle)
    assert record["algorithm"] == "wijkradar:near_repeat"
    assert os.path.exists(result["OUTPUT"] + ".provenance.json")


def test_wgs84_input_is_measured_in_rd_new_and_gives_the_same_table(
        wijkradar_provider, export, tmp_path):
    gpkg, _ = export
    feedback = RecordingFeedback()
    wgs84 = run(tmp_path, f"{gpkg}|layername=incidents_wgs84", "wgs84", feedback)
    rd = run(tmp_path, f"{gpkg}|layername=incidents", "rd")
    assert feedback.said("EPSG:28992 (metres)", "EPSG:4326")
    assert table_rows(wgs84) == table_rows(rd)
    assert wgs84["N_INCIDENTS"] == rd["N_INCIDENTS"] == 593  # 7 of 600 have no date


def test_bicycle_thefts_alone_show_no_near_repeat(wijkradar_provider, export, tmp_path):
    gpkg, rows = export
    result = run(tmp_path, f"{gpkg}|layername=incidents", TYPE_FIELD="offence_type",
                 TYPE_VALUES="bicycle theft")
    assert result["N_INCIDENTS"] == core_result(rows, kinds=("bicycle theft",)).n_incidents
    assert (result["NEAR_REPEAT_DISTANCE"], result["NEAR_REPEAT_DAYS"]) == (0, 0)
    assert result["SUMMARY"].endswith("no near-repeat pattern.")


def test_small_pair_counts_and_their_ratios_are_suppressed(wijkradar_provider, export,
                                                           tmp_path):
    gpkg, rows = export
    result = run(tmp_path, f"{gpkg}|layername=incidents", MIN_COUNT=5)
    observed = core_result(rows).observed.ravel()
    table = table_rows(result)
    small = (observed > 0) & (observed < 5)
    assert small.any()
    for row, count, hidden in zip(table, observed, small):
        assert (row[6] is None or row[6] == count) and row[10] == hidden
        assert (row[6] is None) == hidden and (row[8] is None) == (hidden or row[7] == 0)


def test_a_date_range_limits_the_incidents(wijkradar_provider, export, tmp_path):
    gpkg, rows = export
    feedback = RecordingFeedback()
    result = run(tmp_path, f"{gpkg}|layername=incidents", feedback=feedback,
                 START_DATE="2024-04-01", END_DATE="2024-06-30")
    inside = [day for *_, day in rows if day is not None and 91 <= day <= 181]
    assert result["N_INCIDENTS"] == len(inside)
    assert feedback.said("incidents outside the chosen dates were left out")


def point_layer(points, field="datum:string"):
    layer = QgsVectorLayer(f"Point?crs=EPSG:28992&field={field}", "incidents", "memory")
    features = []
    for x, y, value in points:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([value])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.mark.parametrize("layer_points, field, words", [
    ([(X0, Y0, "2024-03-01")], "datum:string", "at least two incidents with a location and "
                                               "a date; 1 found"),
    ([(X0, Y0, "2024-03-01"), (X0 + 50, Y0, "01-03-2024")], "datum:string",
     "same date (2024-03-01)"),
    ([(X0, Y0, "soon"), (X0 + 50, Y0, "later")], "datum:string",
     "could be read as a date"),
    ([(X0, Y0, 20240301), (X0 + 50, Y0, 20240302)], "datum:integer", "holds numbers"),
])
def test_bad_input_gets_a_message_that_says_what_to_do(wijkradar_provider, tmp_path,
                                                       layer_points, field, words):
    with pytest.raises(QgsProcessingException, match=words.replace("(", r"\(").replace(
            ")", r"\)")):
        run(tmp_path, point_layer(layer_points, field), DATE_FIELD="datum")


def test_a_type_without_incidents_and_an_empty_date_range_are_named(wijkradar_provider, export,
                                                                    tmp_path):
    gpkg, _ = export
    layer = f"{gpkg}|layername=incidents"
    with pytest.raises(QgsProcessingException, match="No incident has the type 'arson' in "
                                                     "'offence_type'"):
        run(tmp_path, layer, TYPE_FIELD="offence_type", TYPE_VALUES="arson")
    with pytest.raises(QgsProcessingException, match="first date to use, 2024-06-01, lies after "
                                                     "the last, 2024-01-01"):
        run(tmp_path, layer, START_DATE="2024-06-01", END_DATE="2024-01-01")


def test_a_date_field_is_required(wijkradar_provider, tmp_path):
    layer = point_layer([(X0, Y0, "2024-03-01"), (X0 + 50, Y0, "2024-03-09")])
    with pytest.raises(QgsProcessingException, match="DATE_FIELD"):
        run(tmp_path, layer, DATE_FIELD=None)


def test_cancel_during_the_permutations_stops_the_run_and_writes_nothing(
        wijkradar_provider, export, tmp_path):
    gpkg, _ = export
    feedback = RecordingFeedback()
    seen = []

    def progress(percent):
        seen.append(percent)
        if percent > 30:  # reading ends at 5%: this is in the permutations
            feedback.cancel()

    feedback.progressChanged.connect(progress)
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run(tmp_path, f"{gpkg}|layername=incidents", feedback=feedback, PERMUTATIONS=999)
    assert 30 < max(seen) < 40
    assert not list(tmp_path.iterdir())



@pytest.mark.parametrize("kind, days", [("burglary", 7), ("bicycle theft", 0)])
def test_the_modeler_chains_the_window_into_prospective_hotspots(wijkradar_provider, export,
                                                                 tmp_path, kind, days):
    """Bicycle thefts show no near-repeat pattern: the window of 0 days is then a half-life
    of 0, every incident in the window alike, and the chain still runs."""
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
    )

    gpkg, _ = export
    static = QgsProcessingModelChildParameterSource.fromStaticValue
    model = QgsProcessingModelAlgorithm("chain", "tests")
    knox = QgsProcessingModelChildAlgorithm(ALG)
    knox.setChildId("knox")
    for name, value in (("INPUT", f"{gpkg}|layername=incidents"),
                        ("DATE_FIELD", "occurrence_date"), ("PERMUTATIONS", 99),
                        ("TYPE_FIELD", "offence_type"), ("TYPE_VALUES", kind),
                        ("OUTPUT", str(tmp_path / "knox.gpkg")),
                        ("REPORT", str(tmp_path / "knox.html"))):
        knox.addParameterSources(name, [static(value)])
    model.addChildAlgorithm(knox)
    density = QgsProcessingModelChildAlgorithm("wijkradar:kde_hotspots")
    density.setChildId("density")
    for name, value in (("INPUT", f"{gpkg}|layername=incidents"),
                        ("DATE_FIELD", "occurrence_date"), ("MAX_AGE", 365),
                        ("OUTPUT", str(tmp_path / "density.tif")),
                        ("HOTSPOTS", str(tmp_path / "hotspots.gpkg"))):
        density.addParameterSources(name, [static(value)])
    density.addParameterSources("HALF_LIFE", [
        QgsProcessingModelChildParameterSource.fromChildOutput("knox", "NEAR_REPEAT_DAYS")])
    density.setModelOutputs({"hotspots": QgsProcessingModelOutput("hotspots")})
    model.addChildAlgorithm(density)
    context = QgsProcessingContext()
    feedback = RecordingFeedback()
    results, ok = model.run({}, context, feedback)
    assert ok
    assert results["CHILD_RESULTS"]["knox"]["NEAR_REPEAT_DAYS"] == days
    assert results["CHILD_INPUTS"]["density"]["HALF_LIFE"] == days
    assert feedback.said("no decay") == (days == 0)
