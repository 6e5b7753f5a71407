"""wijkradar:emerging_hotspots through Processing on the demo municipality: PC6 areas and a
grid, text dates, EPSG:4326 input, a planted new hot spot, and bad input."""

import os
import sqlite3
from contextlib import closing

import numpy as np
import pytest
import shapely
from osgeo import gdal, ogr
from qgis import processing
from qgis.core import (
    NULL,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

from wijkradar.core import emerging_patterns

from .conftest import RecordingFeedback, private_demo_copy

ALG = "wijkradar:emerging_hotspots"
DEMO_GPKG = private_demo_copy()
LAST_DAY = "2024-12-23"  # the demo's last incident date (the Monday of 2024-W52)
FIRST_MONTH_STEP = "2023-12-24"  # 12 monthly steps ending on LAST_DAY start here
_RUNS = {}


def run(tmp_path, name, feedback=None, **parameters):
    parameters.setdefault("DATE_FIELD", "datum")
    for key, suffix in (("OUTPUT", ".gpkg"), ("STEP_TABLE", "_steps.gpkg"),
                        ("REPORT", ".html")):
        parameters.setdefault(key, str(tmp_path / f"{name}{suffix}"))
    result = processing.run(ALG, parameters, feedback=feedback or RecordingFeedback())
    return result


def features(path):
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid()
    return layer, [{name: (None if value == NULL else value) for name, value in
                    zip(layer.fields().names(), f.attributes())} for f in layer.getFeatures()]


def categories(path, key="postcode"):
    return {row[key]: row["category"] for row in features(path)[1]}


def demo_sql(query):
    with closing(sqlite3.connect(f"file:{DEMO_GPKG}?mode=ro&immutable=1", uri=True)) as db:
        return db.execute(query).fetchall()


@pytest.fixture()
def baseline(wijkradar_provider, tmp_path_factory):
    """The demo's PC6 areas and incidents as they are (run once for the module)."""
    if "pc6" not in _RUNS:
        folder = tmp_path_factory.mktemp("emerging")
        feedback = RecordingFeedback()
        result = run(folder, "pc6", feedback, INCIDENTS=f"{DEMO_GPKG}|layername=incidenten",
                     AREAS=f"{DEMO_GPKG}|layername=pc6", ID_FIELD="postcode")
        _RUNS["pc6"] = (result, feedback)
    return _RUNS["pc6"]


def test_demo_pc6_patterns_counts_suppression_and_step_table(baseline):
    result, feedback = baseline
    # 0.06 incidents per PC6 a week: too sparse for weeks, so the last 12 months.
    assert (result["TIME_STEP_USED"], result["N_STEPS"], result["N_LOCATIONS"]) == (
        "month", 12, 4211)
    counted = demo_sql(f"SELECT count(*) FROM incidenten WHERE datum >= '{FIRST_MONTH_STEP}'")
    assert result["N_INCIDENTS"] == counted[0][0]
    assert feedback.said("12 months (chosen automatically)", FIRST_MONTH_STEP, LAST_DAY)
    layer, rows = features(result["OUTPUT"])
    assert layer.crs().authid() == "EPSG:28992" and len(rows) == 4211
    per_area = dict(demo_sql(f"SELECT postcode, count(*) FROM incidenten WHERE datum >= "
                             f"'{FIRST_MONTH_STEP}' GROUP BY postcode"))
    for row in rows:
        count = per_area.get(row["postcode"], 0)
        assert row["pattern"] == emerging_patterns.name(row["category"])
        if 0 < count < 5:  # small counts empty and flagged, statistics shown
            assert row["incidents"] is None and row["onderdrukt"]
        else:
            assert row["incidents"] == count and not row["onderdrukt"]
        assert row["n_hot"] + row["n_cold"] <= 12 and row["gi_trend_p"] is not None
    found = {row["category"] for row in rows}
    assert {1, 3, 4} <= found  # the demo's near-repeat flare-ups and its lasting centre
    steps, step_rows = features(result["STEP_TABLE"])
    assert len(step_rows) == 4211 * 12
    last = {row["location"]: row["z"] for row in step_rows if row["step"] == 12}
    assert all(abs(last[row["postcode"]] - row["last_z"]) < 1e-9 for row in rows[:200])
    assert step_rows[-1]["step_end"] == QDate(2024, 12, 23)


def test_style_report_and_provenance(baseline):
    result, _ = baseline
    with open(os.path.splitext(result["OUTPUT"])[0] + ".qml", encoding="utf-8") as handle:
        qml = handle.read()
    for code in emerging_patterns.PATTERNS:
        assert f'label="{emerging_patterns.name(code)}"' in qml
    assert emerging_patterns.COLOURS[1].lstrip("#") in qml.lower() or "239,59,44" in qml
    with open(result["REPORT"], encoding="utf-8") as handle:
        report = handle.read()
    assert "Patterns found" in report and "Hot and cold spots per time step" in report
    for code in emerging_patterns.PATTERNS:
        assert emerging_patterns.description(code) in report
    for path in (result["OUTPUT"], result["STEP_TABLE"], result["REPORT"]):
        assert os.path.exists(path + ".provenance.json") or os.path.exists(
            os.path.splitext(path)[0] + ".provenance.json")


def text_date_export(folder):
    """The demo incidents as a city exports them: English names, dates as text, ISO and
    Dutch day-first mixed."""
    path = str(folder / "export.gpkg")
    sql = ("SELECT geom, postcode AS postal_code, CASE WHEN fid % 2 = 0 THEN datum ELSE "
           "substr(datum, 9, 2) || '-' || substr(datum, 6, 2) || '-' || substr(datum, 1, 4) "
           "END AS incident_date FROM incidenten")
    gdal.VectorTranslate(path, DEMO_GPKG, options=gdal.VectorTranslateOptions(
        SQLStatement=sql, layerName="incidents"))
    return path


def test_text_dates_give_the_same_patterns(baseline, tmp_path):
    path = text_date_export(tmp_path)
    dataset = ogr.Open(path)  # kept while its layer is read
    definition = dataset.GetLayer(0).GetLayerDefn()
    assert definition.GetFieldDefn(definition.GetFieldIndex("incident_date")).GetTypeName() \
        == "String"
    dataset = None
    result = run(tmp_path, "text", INCIDENTS=f"{path}|layername=incidents",
                 DATE_FIELD="incident_date", AREAS=f"{DEMO_GPKG}|layername=pc6",
                 ID_FIELD="postcode")
    assert result["N_INCIDENTS"] == baseline[0]["N_INCIDENTS"]
    assert categories(result["OUTPUT"]) == categories(baseline[0]["OUTPUT"])


def test_csv_export_by_postcode_gives_the_same_patterns(baseline, tmp_path):
    """A CSV with only a postcode and a text date, placed at its PC6 area (the dock's CSV
    route), gives the same patterns."""
    from wijkradar.processing.sources.csv_points import open_csv

    path = str(tmp_path / "export.csv")
    sql = ("SELECT postcode AS postal_code, CASE WHEN fid % 3 = 0 THEN datum ELSE "
           "substr(datum, 9, 2) || '-' || substr(datum, 6, 2) || '-' || substr(datum, 1, 4) "
           "END AS incident_date FROM incidenten")
    gdal.VectorTranslate(path, DEMO_GPKG, options=gdal.VectorTranslateOptions(
        format="CSV", SQLStatement=sql))
    pc6 = QgsVectorLayer(f"{DEMO_GPKG}|layername=pc6", "pc6", "ogr")
    layer = open_csv(path, postcode_field="postal_code", postcode_layer=pc6)
    result = run(tmp_path, "csv", INCIDENTS=layer, DATE_FIELD="incident_date",
                 AREAS=f"{DEMO_GPKG}|layername=pc6", ID_FIELD="postcode")
    assert result["N_INCIDENTS"] == baseline[0]["N_INCIDENTS"]
    assert categories(result["OUTPUT"]) == categories(baseline[0]["OUTPUT"])


def test_wgs84_input_is_projected_and_gives_the_same_patterns(baseline, tmp_path):
    path = str(tmp_path / "demo_wgs84.gpkg")
    gdal.VectorTranslate(path, DEMO_GPKG, options=gdal.VectorTranslateOptions(
        dstSRS="EPSG:4326", layers=["pc6", "incidenten"]))
    feedback = RecordingFeedback()
    result = run(tmp_path, "wgs84", feedback, INCIDENTS=f"{path}|layername=incidenten",
                 AREAS=f"{path}|layername=pc6", ID_FIELD="postcode")
    assert feedback.said("EPSG:4326", "EPSG:28992")
    assert feedback.said("Neighbours computed in EPSG:28992")
    assert QgsVectorLayer(result["OUTPUT"], "o", "ogr").crs().authid() == "EPSG:4326"
    assert categories(result["OUTPUT"]) == categories(baseline[0]["OUTPUT"])


def quiet_cluster():
    """A PC6 area without incidents in the last year whose touching neighbours (at least
    three) had none either: the place to plant a new hot spot."""
    layer = QgsVectorLayer(f"{DEMO_GPKG}|layername=pc6", "pc6", "ogr")
    codes, shapes = zip(*((f["postcode"], shapely.from_wkb(bytes(f.geometry().asWkb())))
                          for f in layer.getFeatures()))
    busy = {code for code, in demo_sql(f"SELECT DISTINCT postcode FROM incidenten WHERE "
                                       f"datum >= '{FIRST_MONTH_STEP}'")}
    tree = shapely.STRtree(shapes)
    for index, code in enumerate(codes):
        near = [codes[j] for j in tree.query(shapes[index].buffer(0.5), "intersects")]
        if len(near) >= 4 and not busy & set(near):
            return {code: shapes[codes.index(code)] for code in near}
    raise AssertionError("no quiet cluster in the demo")


def test_a_planted_new_hot_spot_is_found(baseline, tmp_path):
    planted = quiet_cluster()
    path = str(tmp_path / "demo_planted.gpkg")
    gdal.VectorTranslate(path, DEMO_GPKG, options=gdal.VectorTranslateOptions(
        layers=["incidenten"]))
    dataset = ogr.Open(path, 1)
    layer = dataset.GetLayerByName("incidenten")
    for code, shape in planted.items():  # 10 incidents each in the final month
        inside = shapely.point_on_surface(shape)
        for day in ("2024-12-02", "2024-12-09", "2024-12-16", "2024-12-23") * 3:
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(inside)))
            feature.SetField("datum", day)
            feature.SetField("postcode", code)
            layer.CreateFeature(feature)
    dataset = None
    result = run(tmp_path, "planted", INCIDENTS=f"{path}|layername=incidenten",
                 AREAS=f"{DEMO_GPKG}|layername=pc6", ID_FIELD="postcode")
    found = categories(result["OUTPUT"])
    assert {found[code] for code in planted} == {1}  # new hot spots
    assert all(baseline_code not in (1, 3) for baseline_code in
               (categories(baseline[0]["OUTPUT"])[code] for code in planted))


def test_grid_cells_of_the_demo(wijkradar_provider, tmp_path):
    result = run(tmp_path, "grid", INCIDENTS=f"{DEMO_GPKG}|layername=incidenten",
                 CELL_SIZE=250.0, TIME_STEP=2, STEPS=12)
    layer, rows = features(result["OUTPUT"])
    assert layer.crs().authid() == "EPSG:28992"
    # Independently: the 250 m cells of the incidents in the 12 months, through OGR.
    dataset = ogr.Open(DEMO_GPKG)
    incidents = dataset.GetLayerByName("incidenten")
    incidents.SetAttributeFilter(f"datum >= '{FIRST_MONTH_STEP}'")
    expected = {}
    for feature in incidents:
        point = feature.GetGeometryRef()
        cell = f"C250_E{250 * (point.GetX() // 250):.0f}_N{250 * (point.GetY() // 250):.0f}"
        expected[cell] = expected.get(cell, 0) + 1
    dataset = None
    assert result["N_LOCATIONS"] == len(rows) == len(expected)
    for row in rows:
        count = expected[row["cell_id"]]
        assert row["incidents"] == (None if count < 5 else count)


# --------------------------------------------------------------------------- bad input


def small_incidents(dates, kind="date"):
    layer = QgsVectorLayer(f"Point?crs=EPSG:28992&field=datum:{kind}&field=nummer:integer",
                           "incidents", "memory")
    rng = np.random.default_rng(0)
    batch = []
    for index, day in enumerate(dates):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(
            150_000 + rng.uniform(0, 2000), 411_000 + rng.uniform(0, 2000))))
        feature.setAttributes([day, index])
        batch.append(feature)
    layer.dataProvider().addFeatures(batch)
    return layer


def test_one_time_step_is_refused_with_what_to_do(wijkradar_provider, tmp_path):
    layer = small_incidents([QDate(2024, 5, 6)] * 200)
    with pytest.raises(QgsProcessingException, match="at least 10 time steps"):
        run(tmp_path, "one", INCIDENTS=layer)


def test_duplicate_area_ids_are_refused(wijkradar_provider, tmp_path):
    areas = QgsVectorLayer("Polygon?crs=EPSG:28992&field=code:string", "areas", "memory")
    squares = []
    for k in range(4):
        square = QgsFeature(areas.fields())
        square.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({150_000 + 500 * k} 411000, {150_500 + 500 * k} 411000, "
            f"{150_500 + 500 * k} 413000, {150_000 + 500 * k} 413000, "
            f"{150_000 + 500 * k} 411000))"))
        square.setAttributes(["A" if k < 2 else f"B{k}"])
        squares.append(square)
    areas.dataProvider().addFeatures(squares)
    with pytest.raises(QgsProcessingException, match="not unique.*A \\(2x\\)"):
        run(tmp_path, "duplicates", INCIDENTS=small_incidents([QDate(2024, 5, 6)] * 20),
            AREAS=areas, ID_FIELD="code")


def test_no_dates_and_a_number_field_are_refused(wijkradar_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="empty in every row"):
        run(tmp_path, "none", INCIDENTS=small_incidents([None] * 50))
    with pytest.raises(QgsProcessingException, match="holds numbers"):
        run(tmp_path, "number", INCIDENTS=small_incidents([QDate(2024, 5, 6)] * 5),
            DATE_FIELD="nummer")
    assert not os.path.exists(tmp_path / "none.gpkg")


class CancelingFeedback(RecordingFeedback):
    """Asks to stop once the analysis itself is under way."""

    def setProgress(self, progress):
        super().setProgress(progress)
        if progress > 30:
            self.cancel()


def test_cancel_stops_the_run_and_leaves_no_outputs(wijkradar_provider, tmp_path):
    start = QDate(2023, 1, 2)
    layer = small_incidents([start.addDays(int(day)) for day in
                             np.random.default_rng(1).integers(0, 700, 3000)])
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run(tmp_path, "canceled", CancelingFeedback(), INCIDENTS=layer, CELL_SIZE=100.0)
    assert not any(name.startswith("canceled") for name in os.listdir(tmp_path))
