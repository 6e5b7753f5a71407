"""Guessing roles and fields of an analyst's own data (processing/field_guess.py), the CSV
dialog's X/Y and coordinate system, and the algorithms' refusals of a feature id or numbers
as dates and of text or an id as a score. The data are shaped like a city's export:
English names, a 250 m grid, districts, text dates, Long/Lat in a CSV."""

import pytest
from qgis import processing
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsProcessing,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

from wijkradar.processing.field_guess import (
    area_id_field,
    area_name_field,
    coordinate_crs,
    date_field,
    district_name_field,
    guess_role,
    score_field,
    score_field_problem,
    xy_columns,
)
from wijkradar.processing.sources.csv_points import open_csv

from .conftest import demo_uri, load_script

# the city export the gui-smoke drives through the dock too
city_export = load_script("gui_smoke/city_export")


@pytest.fixture()
def city(tmp_path):
    """(grid_250m, districts, incidents from the CSV) as the dock loads them."""
    grid_uri, districts_uri = city_export.write_city_gpkg(tmp_path / "city.gpkg")
    grid = QgsVectorLayer(grid_uri, "grid_250m", "ogr")
    districts = QgsVectorLayer(districts_uri, "districts", "ogr")
    csv_path = city_export.write_incidents_csv(tmp_path / "incidents_2022_2024.csv")
    incidents = open_csv(csv_path, x_field="Long", y_field="Lat", crs="EPSG:4326")
    assert grid.isValid() and districts.isValid() and incidents.isValid()
    return grid, districts, incidents


def test_an_english_grid_is_areas_identified_by_area_id_never_by_fid(city):
    grid, _, _ = city
    assert "fid" in grid.fields().names()
    assert guess_role(grid) == "areas"
    assert area_id_field(grid) == "area_id"
    assert area_name_field(grid) == "area_id"
    # before any analysis the grid has no score, and fid is none
    assert score_field(grid) is None
    assert "'fid' of grid_250m is an id, not a score" in score_field_problem(grid, "fid")
    assert "holds String, not numbers" in score_field_problem(grid, "area_id")
    assert "Choose the score field of grid_250m" in score_field_problem(grid, "")
    scored = city_export.grid_layer(scores=True)
    assert score_field(scored) == "risk_score" and score_field_problem(scored, "risk_score") \
        is None


def test_districts_are_named_by_their_name_field_in_english_and_dutch(city):
    _, districts, _ = city
    assert guess_role(districts) == "districts"
    assert district_name_field(districts) == "district_name"
    wijken = QgsVectorLayer(demo_uri("wijken"), "wijken", "ogr")
    assert guess_role(wijken) == "districts"
    assert district_name_field(wijken) == "wijknaam"


def test_a_grid_numbered_by_an_integer_area_id_keeps_it_as_id_but_not_as_score(tmp_path):
    uri = city_export.write_gpkg(city_export.grid_layer("integer"), tmp_path / "g.gpkg",
                                 "grid_250m")
    grid = QgsVectorLayer(uri, "grid_250m", "ogr")
    assert guess_role(grid) == "areas"
    assert area_id_field(grid) == "area_id"
    assert "is an id, not a score" in score_field_problem(grid, "area_id")


def test_csv_incidents_with_text_dates_are_incidents_dated_by_occurrence_date(city):
    _, _, incidents = city
    assert guess_role(incidents) == "incidents"
    # occurrence_date says when it happened; reported_date and the ids are not chosen
    assert date_field(incidents) == "occurrence_date"


def test_numbers_are_never_the_date_field_and_text_dates_are_found_by_their_values():
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=datum:integer&field=code:string"
                           "&field=when_seen:string", "feiten", "memory")
    for number in range(30):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([20240301 + number, f"F{number}",
                               f"{number % 28 + 1:02d}-03-2024"])
        layer.dataProvider().addFeature(feature)
    # 'datum' holds numbers (yyyymmdd): read as dates they are days in 1970
    assert date_field(layer) == "when_seen"
    numbers_only = QgsVectorLayer("Point?crs=EPSG:28992&field=datum:integer", "x", "memory")
    assert date_field(numbers_only) is None


def test_typed_dates_win_and_feature_ids_are_never_names_or_dates():
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=fid:integer&field=objectid:integer"
                           "&field=gemeld:date&field=naam:string", "meldingen", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes([1, 1, QDate(2024, 3, 1), "overlast"])
    layer.dataProvider().addFeature(feature)
    assert date_field(layer) == "gemeld"
    assert guess_role(layer) == "incidents"
    only_ids = QgsVectorLayer("Polygon?crs=EPSG:28992&field=fid:integer&field=objectid:integer",
                              "vlakken", "memory")
    assert area_id_field(only_ids) is None and area_name_field(only_ids) is None
    assert district_name_field(only_ids) is None and score_field(only_ids) is None


def test_the_demo_layers_keep_their_fields():
    pc6 = QgsVectorLayer(demo_uri("pc6"), "pc6", "ogr")
    buurten = QgsVectorLayer(demo_uri("buurten"), "buurten", "ogr")
    incidenten = QgsVectorLayer(demo_uri("incidenten"), "incidenten", "ogr")
    assert area_id_field(pc6) == "postcode" and area_name_field(pc6) == "postcode"
    assert area_id_field(buurten) == "buurtcode" and area_name_field(buurten) == "buurtnaam"
    assert date_field(incidenten) == "datum"


# -- CSV coordinates -----------------------------------------------------------------------------

@pytest.mark.parametrize("x, y", [("Long", "Lat"), ("longitude", "latitude"), ("lng", "lat"),
                                  ("LON", "LAT"), ("X_COORD", "Y_COORD"), ("rd_x", "rd_y"),
                                  ("x", "y"), ("POINT_X", "POINT_Y")])
def test_xy_columns_are_found_by_their_names_and_never_a_date(x, y):
    columns = {"occurrencedate": ["2024-03-01 10:00"] * 3, x: ["4.5", "4.6", "4.7"],
               "offence_type": ["burglary"] * 3, y: ["51.6", "51.7", "51.8"]}
    assert xy_columns(columns) == (x, y)


def test_text_named_like_a_coordinate_is_not_taken():
    columns = {"x": ["north", "south", "west"], "Long": ["5,1", "5,2", ""], "Lat": ["51,6"] * 3}
    assert xy_columns(columns) == ("Long", "Lat")


def test_the_coordinate_system_is_read_from_the_values_then_the_names():
    assert coordinate_crs(["4.51", "5.30"], ["51.69", "52.10"]) == "EPSG:4326"
    assert coordinate_crs(["148250,5", "152000"], ["409125", "411999"]) == "EPSG:28992"
    assert coordinate_crs(["512000"], ["5700000"]) is None  # UTM: the user says which
    assert coordinate_crs([], [], "Long", "Lat") == "EPSG:4326"
    assert coordinate_crs([], [], "rd_x", "rd_y") == "EPSG:28992"


def test_the_csv_dialog_guesses_long_lat_and_wgs84_and_says_so(qgis_iface, tmp_path):
    from wijkradar.ui.source_dialogs import CsvDialog

    path = tmp_path / "export.csv"
    rows = city_export.incident_rows(50)
    path.write_text("occurrencedate,offence_type,Long,Lat\n" + "".join(
        f"{r['occurrence_date']},{r['offence_type']},{r['Long']},{r['Lat']}\n" for r in rows),
        encoding="utf-8")
    dialog = CsvDialog()
    dialog.file.setFilePath(str(path))
    assert (dialog.x_field.currentText(), dialog.y_field.currentText()) == ("Long", "Lat")
    assert dialog.crs.crs().authid() == "EPSG:4326"
    assert "Long" in dialog.guess_note.text() and "EPSG:4326" in dialog.guess_note.text()
    options = dialog.options()
    assert (options["x_field"], options["y_field"], options["crs"]) == ("Long", "Lat",
                                                                          "EPSG:4326")
    assert open_csv(**options).featureCount() == 50


def test_the_csv_dialog_reads_rd_from_the_values_and_guesses_nothing_without_coordinates(
        qgis_iface, tmp_path):
    from wijkradar.ui.source_dialogs import CsvDialog

    rd = tmp_path / "rd.csv"
    rd.write_text("datum;soort;x;y\n01-03-2024;inbraak;148250,5;409125\n"
                  "02-03-2024;geweld;150100;410000\n", encoding="utf-8")
    dialog = CsvDialog()
    dialog.crs.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))  # the last CSV's
    dialog.read_columns(str(rd))
    assert (dialog.x_field.currentText(), dialog.y_field.currentText()) == ("x", "y")
    assert dialog.crs.crs().authid() == "EPSG:28992"
    no_xy = tmp_path / "postcodes.csv"
    no_xy.write_text("occurrence_date,postcode\n2024-03-01,5211AB\n", encoding="utf-8")
    dialog.read_columns(str(no_xy))
    assert dialog.x_field.currentText() == "" and dialog.y_field.currentText() == ""
    assert dialog.postcode_field.currentText() == "postcode" and dialog.by_postcode.isChecked()


# -- the algorithms' refusals ---------------------------------------------------------------------

def test_postcode_risk_refuses_a_feature_id_as_date_field_naming_it(wijkradar_provider, city,
                                                                      tmp_path):
    grid, _, _ = city
    uri = city_export.write_gpkg(city_export.incidents_layer(), tmp_path / "inc.gpkg",
                                 "incidents")
    with pytest.raises(QgsProcessingException, match=r"'fid' holds numbers \(Integer64\), not "
                                                     r"dates\. Choose a field with dates"):
        processing.run("wijkradar:postcode_risk", {
            "INPUT": grid, "ID_FIELD": "area_id", "INCIDENTS": uri, "DATE_FIELD": "fid",
            "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT, "REPORT": str(tmp_path / "r.html")})


def test_patrol_focus_map_refuses_text_or_an_id_as_score(wijkradar_provider, city, tmp_path):
    grid, _, _ = city
    for field, words in (("area_id", "holds String, not numbers"),
                         ("fid", "is an id, not a score")):
        with pytest.raises(QgsProcessingException, match=words):
            processing.run("wijkradar:patrol_focus_map", {
                "INPUT": grid, "SCORE_FIELD": field, "ID_FIELD": "area_id",
                "OUTPUT_PDF": str(tmp_path / "map.pdf")})
    assert not (tmp_path / "map.pdf").exists()
