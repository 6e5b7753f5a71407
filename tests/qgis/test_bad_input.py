"""Inputs real exports contain, each once a Python traceback or a silent wrong answer: now a
right answer with a word in the log, or a message that says what to change
(processing/layer_input.py and the readers)."""

import math
import re

import pytest
from osgeo import gdal
from qgis import processing
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsVectorLayer,
)

from wijkradar.processing.compat import InvalidGeometryCheck

from .bad_input import town, write_town
from .bad_input_checks import CancelAfter
from .conftest import DEMO_GPKG, RecordingFeedback
from .conftest import demo_uri as demo

YEAR = "jaar = 2023"
TEMP = QgsProcessing.TEMPORARY_OUTPUT


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """Demo layers as exports hold them: GeoPackages with NULL and empty geometries, a
    shapefile without .prj in RD New and one in degrees, a CSV with a BOM and semicolons."""
    folder = tmp_path_factory.mktemp("exports")
    holes = str(folder / "holes.gpkg")
    gdal.VectorTranslate(holes, DEMO_GPKG, layers=["incidenten"], where=YEAR)
    for layer in ("pc6", "buurten", "wijken"):
        gdal.VectorTranslate(holes, DEMO_GPKG, layers=[layer], accessMode="update")
    dataset = gdal.OpenEx(holes, gdal.OF_UPDATE)
    for sql in ("UPDATE incidenten SET geom = NULL WHERE fid % 100 = 0",
                "UPDATE pc6 SET geom = NULL WHERE fid % 500 = 0",
                "UPDATE buurten SET geom = NULL WHERE fid = 3"):
        dataset.ExecuteSQL(sql, dialect="SQLite")
    dataset = None
    no_crs, degrees = str(folder / "no_crs.shp"), str(folder / "degrees.shp")
    gdal.VectorTranslate(no_crs, DEMO_GPKG, layers=["incidenten"], where=YEAR)
    gdal.VectorTranslate(degrees, DEMO_GPKG, layers=["incidenten"], where=YEAR,
                         dstSRS="EPSG:4326")
    for shapefile in (no_crs, degrees):
        (folder / shapefile.replace(".shp", ".prj")).unlink()
    csv = folder / "export.csv"
    rows = ["\ufeffincident_id;x;y;occurred_on"] + [
        f"{i};{150000 + 37 * i % 4000},5;{410000 + 53 * i % 3000};{i % 28 + 1:02d}-03-2024"
        for i in range(400)]
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return {"incidents": f"{holes}|layername=incidenten", "pc6": f"{holes}|layername=pc6",
            "buurten": f"{holes}|layername=buurten", "wijken": f"{holes}|layername=wijken",
            "no_crs": no_crs, "degrees": degrees, "csv": str(csv)}


def kde(feedback=None, **parameters):
    return processing.run("wijkradar:kde_hotspots", {
        "OUTPUT": TEMP, "HOTSPOTS": TEMP, **parameters},
        feedback=feedback or RecordingFeedback())


def refused(algorithm, parameters):
    """The message of a run that must fail; it is a sentence, not a traceback."""
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(algorithm, parameters, feedback=RecordingFeedback())
    message = str(raised.value)
    assert "Traceback" not in message and "Error" not in message.split(":")[0], message
    return message


def test_null_geometries_among_incidents_are_left_out_and_counted(wijkradar_provider, exports):
    feedback = RecordingFeedback()
    result = kde(feedback, INPUT=exports["incidents"])
    nulls = int(QgsVectorLayer(exports["incidents"]).featureCount() / 100)
    assert feedback.said(f"{nulls} incidents without a location", "left out")
    full = kde(INPUT=demo("incidenten", YEAR))
    assert result["N_INCIDENTS"] == full["N_INCIDENTS"] - nulls


def test_null_geometries_among_areas_and_incidents_in_risk_and_evaluation(
        wijkradar_provider, exports, tmp_path):
    feedback = RecordingFeedback()
    risk = processing.run("wijkradar:postcode_risk", {
        "INPUT": exports["pc6"], "ID_FIELD": "postcode", "INCIDENTS": exports["incidents"],
        "DATE_FIELD": "datum", "PERIOD": 1, "OUTPUT": str(tmp_path / "risk.gpkg"),
        "REPORT": str(tmp_path / "risk.html")}, feedback=feedback)
    assert feedback.said("areas without a location") and feedback.said(
        "incidents without a location")
    feedback = RecordingFeedback()
    evaluation = processing.run("wijkradar:evaluate_forecast", {
        "SCORE_LAYER": risk["OUTPUT"], "SCORE_FIELD": "risk_score",
        "INCIDENTS": exports["incidents"], "OUTPUT": TEMP,
        "REPORT": str(tmp_path / "evaluation.html")}, feedback=feedback)
    assert feedback.said("incidents without a location")
    assert evaluation["PAI_5"] > 1


def test_null_geometries_in_the_monitor_overlay_and_the_patrol_map(wijkradar_provider, exports,
                                                                   tmp_path):
    overlay = processing.run("wijkradar:area_monitor_overlay", {
        "INPUT": exports["buurten"], "VULNERABILITY_FIELD": "aantal_inwoners",
        "INCIDENTS": exports["incidents"], "OUTPUT": str(tmp_path / "overlay.gpkg")},
        feedback=RecordingFeedback())
    assert QgsVectorLayer(overlay["OUTPUT"]).featureCount() > 0
    feedback = RecordingFeedback()
    result = processing.run("wijkradar:patrol_focus_map", {
        "INPUT": exports["pc6"], "SCORE_FIELD": "aantal_inwoners", "ID_FIELD": "postcode",
        "DISTRICTS": exports["wijken"], "DISTRICT_NAME_FIELD": "wijknaam",
        "OUTPUT_PDF": str(tmp_path / "map.pdf")}, feedback=feedback)
    assert feedback.said("focus areas without a location", "left out")
    assert (tmp_path / "map.pdf").stat().st_size > 0 and result["OUTPUT_PDF"]


def test_a_layer_without_crs_in_rd_new_is_read_as_rd_new_and_the_log_says_so(
        wijkradar_provider, exports):
    feedback = RecordingFeedback()
    result = kde(feedback, INPUT=exports["no_crs"])
    assert feedback.said("has no coordinate reference system", "read as RD New")
    assert result["CRS"] == "EPSG:28992"
    assert result["N_INCIDENTS"] == kde(INPUT=demo("incidenten", YEAR))["N_INCIDENTS"]


def test_a_layer_without_crs_in_degrees_is_refused_with_how_to_set_one(wijkradar_provider,
                                                                       exports, tmp_path):
    for algorithm, parameters in (
            ("wijkradar:kde_hotspots", {"INPUT": exports["degrees"], "OUTPUT": TEMP,
                                        "HOTSPOTS": TEMP}),
            ("wijkradar:evaluate_forecast", {
                "SCORE_LAYER": demo("pc6"), "SCORE_FIELD": "aantal_inwoners",
                "INCIDENTS": exports["degrees"], "OUTPUT": TEMP,
                "REPORT": str(tmp_path / "e.html")})):
        message = refused(algorithm, parameters)
        assert "no coordinate reference system" in message and "EPSG:4326" in message


def test_a_csv_with_a_bom_semicolons_and_decimal_commas_is_read_as_qgis_opens_it(
        wijkradar_provider, exports):
    uri = (f"file://{exports['csv']}?delimiter=;&decimalPoint=,&xField=x&yField=y"
           "&crs=EPSG:28992")
    layer = QgsVectorLayer(uri, "export", "delimitedtext")
    assert layer.isValid() and layer.featureCount() == 400
    result = kde(INPUT=layer, DATE_FIELD="occurred_on", PIXEL_SIZE=50)
    assert result["N_INCIDENTS"] == 400
    ogr_csv = QgsVectorLayer(f"{exports['csv']}|option:X_POSSIBLE_NAMES=x"
                             "|option:Y_POSSIBLE_NAMES=y", "export", "ogr")
    assert kde(INPUT=ogr_csv, PIXEL_SIZE=50)["N_INCIDENTS"] == 400


def test_absurd_pixel_sizes_and_a_far_off_point_get_a_message_that_names_them(
        wijkradar_provider, tmp_path):
    message = refused("wijkradar:kde_hotspots", {
        "INPUT": demo("incidenten", YEAR), "PIXEL_SIZE": 1e-300,
        "OUTPUT": TEMP, "HOTSPOTS": TEMP})
    assert "Use a larger pixel size" in message
    layer = QgsVectorLayer(demo("incidenten", YEAR), "incidents").materialize(
        QgsFeatureRequest())
    far = next(layer.getFeatures())  # typed 4100000 for 410000
    layer.dataProvider().changeGeometryValues(
        {far.id(): QgsGeometry.fromWkt("POINT (150000 4100000)")})
    message = refused("wijkradar:kde_hotspots", {
        "INPUT": layer, "OUTPUT": TEMP, "HOTSPOTS": TEMP})
    assert f"Feature {far.id()} lies" in message and "km from the middle" in message


def test_a_mask_that_misses_the_incidents_is_refused(wijkradar_provider):
    message = refused("wijkradar:kde_hotspots", {
        "INPUT": demo("incidenten", YEAR), "MASK": demo("wijken", "1 = 0"),
        "OUTPUT": TEMP, "HOTSPOTS": TEMP})
    assert "has no features" in message
    far_away = QgsVectorLayer("Polygon?crs=EPSG:28992", "elsewhere", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(
        "POLYGON ((0 300000, 1000 300000, 1000 301000, 0 301000, 0 300000))"))
    far_away.dataProvider().addFeatures([feature])
    message = refused("wijkradar:kde_hotspots", {
        "INPUT": demo("incidenten", YEAR), "MASK": far_away,
        "OUTPUT": TEMP, "HOTSPOTS": TEMP})
    assert "covers none of the grid" in message


def test_text_scores_nan_thresholds_empty_layers_and_missing_fields_are_refused(
        wijkradar_provider, tmp_path):
    message = refused("wijkradar:evaluate_forecast", {
        "SCORE_LAYER": demo("pc6"), "SCORE_FIELD": "postcode", "INCIDENTS": demo("incidenten"),
        "OUTPUT": TEMP, "REPORT": str(tmp_path / "e.html")})
    assert "'postcode'" in message and "not numbers" in message
    message = refused("wijkradar:evaluate_forecast", {
        "SCORE_LAYER": demo("pc6"), "SCORE_FIELD": "inwoners", "INCIDENTS": demo("incidenten"),
        "OUTPUT": TEMP, "REPORT": str(tmp_path / "e.html")})
    assert "no field 'inwoners'" in message and "aantal_inwoners" in message
    message = refused("wijkradar:area_monitor_overlay", {
        "INPUT": demo("buurten", "1 = 0"), "VULNERABILITY_FIELD": "aantal_inwoners",
        "INCIDENTS": demo("incidenten", YEAR), "OUTPUT": TEMP})
    assert "has no features" in message
    assert not list(tmp_path.iterdir())  # nothing written by a refused run


def test_a_threshold_that_is_not_a_number_is_refused(wijkradar_provider, tmp_path):
    density = kde(INPUT=demo("incidenten", YEAR), PIXEL_SIZE=100)["OUTPUT"]
    message = refused("wijkradar:area_monitor_overlay", {
        "INPUT": demo("buurten"), "VULNERABILITY_FIELD": "aantal_inwoners",
        "DENSITY": density, "HOTSPOT_THRESHOLD": float("nan"), "OUTPUT": TEMP})
    assert "fixed threshold" in message and "cannot be nan: give a number." in message


def test_self_intersecting_areas_are_repaired_and_named_even_when_qgis_would_stop(
        wijkradar_provider, tmp_path):
    """QGIS's default Processing setting stops at an invalid geometry by throwing from the
    feature iterator, which must never reach Python: the readers repair the area instead."""
    path = str(tmp_path / "bowtie.gpkg")
    gdal.VectorTranslate(path, DEMO_GPKG, layers=["buurten"])
    from osgeo import ogr

    dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    layer = dataset.GetLayerByName("buurten")
    feature = layer.GetFeature(5)  # (OGR, not SQL: SQLite may lack SpatiaLite's functions)
    feature.SetGeometry(ogr.CreateGeometryFromWkt(
        "MULTIPOLYGON (((150000 410000, 150100 410100, 150100 410000, 150000 410100, "
        "150000 410000)))"))
    assert layer.SetFeature(feature) == 0
    dataset = None
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(InvalidGeometryCheck.AbortOnInvalid)
    for algorithm, parameters in (
            ("wijkradar:area_monitor_overlay", {
                "VULNERABILITY_FIELD": "aantal_inwoners", "INCIDENTS": demo("incidenten", YEAR)}),
            ("wijkradar:evaluate_forecast", {
                "SCORE_FIELD": "aantal_inwoners", "INCIDENTS": demo("incidenten", YEAR),
                "REPORT": str(tmp_path / "e.html")})):
        key = "INPUT" if algorithm.endswith("overlay") else "SCORE_LAYER"
        feedback = RecordingFeedback()
        processing.run(algorithm, {key: f"{path}|layername=buurten", "OUTPUT": TEMP,
                                   **parameters}, context=context, feedback=feedback)
        assert feedback.said("1 areas had an invalid outline", "repaired", ": 5")


def test_a_geopackage_written_without_a_crs_is_not_taken_for_degrees(wijkradar_provider,
                                                                      tmp_path):
    from osgeo import ogr

    path = str(tmp_path / "no_srs.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = dataset.CreateLayer("incidents", None, ogr.wkbPoint)  # GeoPackage: 'Undefined'
    for i in range(50):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POINT ({150000 + 13 * i % 700} {410000 + 29 * i % 900})"))
        layer.CreateFeature(feature)
    dataset = None
    feedback = RecordingFeedback()
    result = kde(feedback, INPUT=f"{path}|layername=incidents", PIXEL_SIZE=50)
    assert feedback.said("no coordinate reference system", "read as RD New")
    assert result["CRS"] == "EPSG:28992" and result["N_INCIDENTS"] == 50


def test_numbers_that_are_not_numbers_or_out_of_bounds_are_refused_before_the_run(
        wijkradar_provider):
    # (QGIS's own check refuses infinity and most values out of bounds; NaN gets through)
    for name, value, said in (("RADIUS", float("nan"), "cannot be nan: give a value from 0 "
                               "to 100,000."),
                              ("MIN_COUNT", float("nan"), "cannot be nan: give a value from 1 "
                               "to 2,147,483,647.")):
        message = refused("wijkradar:kde_hotspots", {
            "INPUT": demo("incidenten", YEAR), name: value, "OUTPUT": TEMP, "HOTSPOTS": TEMP})
        assert said in message, message


# -- found by the property suite's long run (make fuzz) --------------------------------------

class CancelAtProgress(CancelAfter):
    """Presses Cancel when the run reports ``percent`` progress; from then on it must write
    nothing into ``folder`` (CancelAfter looks at each later report)."""

    def __init__(self, percent, folder):
        super().__init__(steps=10 ** 9)
        self.at = f"progress {percent}%"
        self.watch(str(folder))

    def report(self, what):
        if self.pressed is None and what == self.at:
            self.steps = len(self.reports) + 1  # this report
        super().report(what)


@pytest.fixture(scope="module")
def small_town(tmp_path_factory):
    """A grid town's export (bad_input.town): incidents with text dates, 36 cells C01..C36
    with a score, in one GeoPackage in RD New."""
    return write_town(town(0), str(tmp_path_factory.mktemp("town")))


def test_cancel_at_the_end_of_the_near_repeat_permutations_writes_nothing(
        wijkradar_provider, small_town, tmp_path):
    feedback = CancelAtProgress(95, tmp_path)  # the permutations' last report
    with pytest.raises(QgsProcessingException, match="Canceled"):
        processing.run("wijkradar:near_repeat", {
            "INPUT": small_town.sources["points"], "DATE_FIELD": "occurred_on",
            "PERMUTATIONS": 99, "OUTPUT": str(tmp_path / "knox.gpkg"),
            "REPORT": str(tmp_path / "knox.html")}, feedback=feedback)
    assert feedback.pressed is not None and feedback.problems() == []
    assert not list(tmp_path.iterdir())



def test_placebo_areas_with_a_week_without_incidents_give_an_evaluation(wijkradar_provider,
                                                                         tmp_path):
    """The 30 control cells of this town had weeks without any incident that the treated
    cell had some in: each placebo fit had a period without data (numpy 'Singular
    matrix')."""
    files = write_town(town(119), str(tmp_path / "in"))
    feedback = RecordingFeedback()
    result = processing.run("wijkradar:evaluate_intervention", {
        "INCIDENTS": files.sources["points"], "AREAS": files.sources["areas"],
        "DATE_FIELD": "occurred_on", "ID_FIELD": "cell_id", "TREATED_IDS": "C01",
        "START_DATE": "2024-06-03", "END_DATE": "2024-07-28", "OUTPUT": TEMP,
        "REPORT": str(tmp_path / "evaluation.html")}, feedback=feedback)
    low, ratio, high = result["CI_LOW"], result["RATE_RATIO"], result["CI_HIGH"]
    assert 0 < low < ratio < high and 0 < result["P_PLACEBO"] <= 1
    assert feedback.said("Placebo test:", "of 30 placebo assignments of control areas")



def test_a_csv_given_by_its_path_is_refused_with_its_columns_and_how_to_give_them(
        wijkradar_provider, exports, tmp_path):
    """A path to a CSV (what qgis_process INPUT=incidents.csv gives) opens as a table without
    locations: anonymise_incidents dropped every incident and succeeded with empty outputs."""
    outputs = {"METHOD": 1, "OUTPUT_POINTS": str(tmp_path / "anonymised.gpkg"),
               "OUTPUT_COUNTS": str(tmp_path / "counts.gpkg")}
    message = refused("wijkradar:anonymise_incidents", {"INPUT": exports["csv"], **outputs})
    assert "CSV file" in message and "separator ';'" in message
    assert "incident_id, x, y, occurred_on" in message
    assert not list(tmp_path.iterdir())
    # the layer the message says to give holds every incident, in RD New
    uri = re.search(r"'(delimitedtext://[^']+)'", message).group(1)
    assert "xField=x" in uri and "yField=y" in uri and "crs=EPSG:28992" in uri
    result = processing.run("wijkradar:anonymise_incidents", {"INPUT": uri, **outputs},
                            feedback=RecordingFeedback())
    assert result["N_KEPT"] == result["N_INCIDENTS"] == 400


def test_anonymising_refuses_to_succeed_when_every_incident_is_dropped(wijkradar_provider,
                                                                       exports, tmp_path):
    elsewhere = QgsVectorLayer("Polygon?crs=EPSG:28992&field=postcode:string", "pc6", "memory")
    area = QgsFeature(elsewhere.fields())
    area.setAttributes(["9999ZZ"])
    area.setGeometry(QgsGeometry.fromWkt(
        "POLYGON ((0 300000, 1000 300000, 1000 301000, 0 301000, 0 300000))"))
    elsewhere.dataProvider().addFeatures([area])
    message = refused("wijkradar:anonymise_incidents", {
        "INPUT": exports["incidents"], "AREAS": elsewhere,
        "OUTPUT_POINTS": str(tmp_path / "anonymised.gpkg")})
    assert "None of the" in message and "lies in a postcode area" in message
    no_locations = QgsVectorLayer(exports["incidents"]).materialize(
        QgsFeatureRequest().setFilterExpression("$geometry IS NULL"))
    assert no_locations.featureCount() > 0
    message = refused("wijkradar:anonymise_incidents", {
        "INPUT": no_locations, "METHOD": 1, "OUTPUT_POINTS": str(tmp_path / "anonymised.gpkg")})
    assert "None of the" in message and "location" in message
    assert not list(tmp_path.iterdir())


def test_infinite_values_are_left_out_of_hotspot_statistics_and_counted_apart_from_nulls(
        wijkradar_provider, tmp_path):
    grid = town(0)
    for row, value in zip(grid.areas.rows, (None, math.inf, -math.inf, None, math.inf)):
        row[1]["score"] = value
    files = write_town(grid, str(tmp_path / "in"))
    feedback = RecordingFeedback()
    result = processing.run("wijkradar:local_hotspot_statistics", {
        "AREAS": files.sources["areas"], "INPUT_MODE": 0, "VALUE_FIELD": "score",
        "ID_FIELD": "cell_id", "OUTPUT": TEMP, "REPORT": str(tmp_path / "local.html")},
        feedback=feedback)
    assert feedback.said("3 of 36 areas have an infinite value", "left out")
    assert feedback.said("2 of 36 areas have no value (NULL)", "left out")
    assert result["N_AREAS"] == 31


def test_cancel_between_the_anonymised_points_and_the_counts_writes_nothing(
        wijkradar_provider, small_town, tmp_path):
    feedback = CancelAtProgress(75, tmp_path)  # the points written, the counts next
    with pytest.raises(QgsProcessingException, match="Canceled"):
        processing.run("wijkradar:anonymise_incidents", {
            "INPUT": small_town.sources["points"], "AREAS": small_town.sources["areas"],
            "AREA_ID": "cell_id", "DATE_FIELD": "occurred_on",
            "OUTPUT_POINTS": str(tmp_path / "anonymised.gpkg"),
            "OUTPUT_COUNTS": str(tmp_path / "counts.gpkg")}, feedback=feedback)
    assert feedback.pressed is not None and feedback.problems() == []
    assert not list(tmp_path.iterdir())
