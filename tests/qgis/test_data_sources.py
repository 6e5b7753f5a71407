"""The dock's data loaders (processing/sources/) on the demo data, CSV files written here and
a real PostGIS server (tests/qgis/postgis_cluster.py)."""

import csv
import json
import os
import socket
import time

import pytest
from osgeo import gdal
from qgis import processing
from qgis.core import (
    QgsAggregateCalculator,
    QgsApplication,
    QgsDataSourceUri,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProviderRegistry,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

from wijkradar.processing import sources
from wijkradar.processing.field_guess import guess_role
from wijkradar.processing.io.gdal_files import arrow_reads_filters
from wijkradar.processing.sources.csv_points import open_csv, unmatched_postcodes, unmatched_rows
from wijkradar.processing.sources.errors import LoadError
from wijkradar.processing.sources.geopackage import open_geopackage
from wijkradar.processing.sources.postgis import (
    open_postgis,
    postgis_connections,
    postgis_tables,
    without_password,
)
from wijkradar.processing.sources.summary import layer_summary

from .conftest import DEMO_DIR, DEMO_GPKG, RecordingFeedback, demo_uri
from .postgis_cluster import (
    CONNECTION_PREFIX,
    LOADED_LAYERS,
    SCHEMA,
    free_port,
    save_qgis_connection,
)

with open(os.path.join(DEMO_DIR, "wijkradar_demo_truth.json"), encoding="utf-8") as _handle:
    DEMO_TRUTH = json.load(_handle)
DEMO_COUNTS = DEMO_TRUTH["layer_feature_counts"]

EXPECTED_ROLES = {"incidenten": "incidents", "pc6": "areas", "pc4": "areas",
                  "buurten": "monitor", "wijken": "districts", "gemeente": "context",
                  "coffeeshops": "context", "ruimingen": "context"}
# A numeric field per demo layer to compare totals after a round trip (None: geometry only).
SUM_FIELDS = {"incidenten": "week", "pc6": "aantal_inwoners", "pc4": "aantal_inwoners",
              "buurten": "aantal_inwoners", "wijken": "aantal_inwoners", "gemeente": None,
              "coffeeshops": None}


def demo(name, subset=None):
    layer = QgsVectorLayer(demo_uri(name, subset), name, "ogr")
    assert layer.isValid() and layer.subsetString() == (subset or "")
    return layer


def write_csv(path, header, rows, delimiter=","):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def incident_sample(limit=600):
    request = QgsFeatureRequest().setFilterExpression('"jaar" = 2024 AND "week" <= 3')
    request.setLimit(limit)
    return list(demo("incidenten").getFeatures(request))


# -- GeoPackage --------------------------------------------------------------------------------

def test_geopackage_gives_every_demo_layer_named_after_its_table_with_all_features():
    layers = open_geopackage(DEMO_GPKG)
    assert {layer.name(): layer.featureCount() for layer in layers} == DEMO_COUNTS
    assert all(layer.isValid() and layer.crs().authid() == "EPSG:28992" for layer in layers)


def test_a_missing_geopackage_is_named_in_the_message(tmp_path):
    with pytest.raises(LoadError, match="GeoPackage not found: .*nothing.gpkg. Check the path"):
        open_geopackage(tmp_path / "nothing.gpkg")


def test_a_file_that_is_no_geopackage_is_refused(tmp_path):
    fake = tmp_path / "notes.gpkg"
    fake.write_text("these are notes, not a database\n")
    with pytest.raises(LoadError, match="notes.gpkg is not a GeoPackage"):
        open_geopackage(fake)
    table = write_csv(tmp_path / "table.csv", ["a", "b"], [[1, 2]])
    with pytest.raises(LoadError, match=r"not a GeoPackage \(it is a CSV file\)"):
        open_geopackage(table)


def test_a_geopackage_without_vector_tables_is_refused(tmp_path):
    path = str(tmp_path / "raster_only.gpkg")
    dataset = gdal.GetDriverByName("GPKG").Create(path, 4, 4, 1, gdal.GDT_Byte)
    dataset.SetGeoTransform((150000, 10, 0, 411000, 0, -10))
    dataset.GetRasterBand(1).Fill(1)
    dataset = None
    with pytest.raises(LoadError, match="holds no vector layers"):
        open_geopackage(path)


# -- CSV by X/Y --------------------------------------------------------------------------------

def test_csv_with_x_and_y_columns_gives_the_points_with_their_attributes(tmp_path):
    incidents = incident_sample(300)
    # Dutch spreadsheet style: semicolons and decimal commas
    rows = [[f["incident_id"], f["soort"], f"{f.geometry().asPoint().x():.2f}".replace(".", ","),
             f"{f.geometry().asPoint().y():.2f}".replace(".", ",")] for f in incidents]
    path = write_csv(tmp_path / "meldingen.csv", ["id", "soort", "rd_x", "rd_y"], rows, ";")
    layer = open_csv(path, x_field="rd_x", y_field="rd_y")
    assert layer.isValid() and layer.name() == "meldingen"
    assert layer.featureCount() == len(incidents)
    assert layer.crs().authid() == "EPSG:28992"
    assert unmatched_rows(layer) == 0
    read = {f["id"]: f for f in layer.getFeatures()}
    for incident in incidents:
        point = read[incident["incident_id"]].geometry().asPoint()
        assert point.distance(incident.geometry().asPoint()) < 0.01
        assert read[incident["incident_id"]]["soort"] == incident["soort"]


def test_csv_with_text_in_a_coordinate_column_says_which_lines(tmp_path):
    rows = [[1, 150000, 411000], [2, "onbekend", 411100], [3, 150200, ""]]
    path = write_csv(tmp_path / "bad.csv", ["id", "x", "y"], rows)
    with pytest.raises(LoadError, match=r'"x" of bad.csv must hold numbers.*line 3: "onbekend"'):
        open_csv(path, x_field="x", y_field="y")
    with pytest.raises(LoadError, match=r'"y" of bad.csv .* 1 rows do not, e.g. line 4: ""'):
        open_csv(path, x_field="id", y_field="y")


def test_csv_columns_that_do_not_exist_are_named_with_the_columns_there_are(tmp_path):
    path = write_csv(tmp_path / "cols.csv", ["id", "rd_x", "rd_y", "pc"], [[1, 150000, 411000,
                                                                          "5211AB"]])
    with pytest.raises(LoadError, match=r'Columns "x", "y" are not in cols.csv. Its columns are: '
                                        r"id, rd_x, rd_y, pc\. Choose from these"):
        open_csv(path, x_field="x", y_field="y")
    with pytest.raises(LoadError, match=r'Column "postcode" is not in cols.csv.*id, rd_x'):
        open_csv(path, postcode_field="postcode", postcode_layer=demo("pc6"))
    with pytest.raises(LoadError, match="choose the X and Y columns, or a postcode column"):
        open_csv(path)
    with pytest.raises(LoadError, match="CSV file not found"):
        open_csv(tmp_path / "absent.csv", x_field="x", y_field="y")


# -- CSV by postcode ---------------------------------------------------------------------------

def test_csv_rows_by_postcode_lie_in_their_postcode_area_and_unmatched_rows_are_reported(
        tmp_path):
    incidents = incident_sample(600)
    rows = []
    for i, f in enumerate(incidents):
        code = f["postcode"]
        # as people type them: with a space, lower case, or both
        code = [code, f"{code[:4]} {code[4:]}", code.lower(), f" {code[:4]} {code[4:].lower()}"][
            i % 4]
        rows.append([f["incident_id"], f["soort"], code, f["week"]])
    rows += [[900001, "geweld", "9999ZZ", 1], [900002, "geweld", "9999 ZZ", 1],
             [900003, "vernieling", "1234AB", 2], [900004, "geweld", "", 2]]
    path = write_csv(tmp_path / "per_postcode.csv", ["id", "soort", "pc", "week"], rows)
    pc6 = demo("pc6")
    layer = open_csv(path, postcode_field="pc", postcode_layer=pc6)

    assert layer.featureCount() == len(incidents)
    assert unmatched_rows(layer) == 4
    assert unmatched_postcodes(layer) == ["9999ZZ", "(empty)", "1234AB"]
    assert layer.fields().names() == ["id", "soort", "pc", "week"]
    assert layer.crs() == pc6.crs()
    areas = {f["postcode"]: f.geometry() for f in pc6.getFeatures()}
    truth = {f["incident_id"]: f for f in incidents}
    for point in layer.getFeatures():
        incident = truth[point["id"]]
        assert point["soort"] == incident["soort"] and point["week"] == incident["week"]
        assert areas[incident["postcode"]].contains(point.geometry())


def test_csv_by_pc4_postcode_and_rows_that_match_nothing(tmp_path):
    path = write_csv(tmp_path / "pc4.csv", ["pc4", "n"], [["5202", 3], ["5204", 4], ["0999", 1]])
    layer = open_csv(path, postcode_field="pc4", postcode_layer=demo("pc4"))
    assert layer.featureCount() == 2 and unmatched_rows(layer) == 1
    # the codes stay text as written, though they look like numbers
    assert sorted(f["pc4"] for f in layer.getFeatures()) == ["5202", "5204"]
    assert unmatched_postcodes(layer) == ["0999"]
    assert [f["n"] for f in layer.getFeatures()] == [3, 4]
    with pytest.raises(LoadError, match=r"None of the 3 rows of pc4.csv has a postcode found in "
                                        r"layer pc6 \(field \"postcode\"\), e.g. 0999, 5202"):
        open_csv(path, postcode_field="pc4", postcode_layer=demo("pc6"))
    with pytest.raises(LoadError, match=r'Layer pc4 has no field "pc"\. Its fields are: .*'
                                        "postcode, aantal_inwoners"):
        open_csv(path, postcode_field="pc4", postcode_layer=demo("pc4"), postcode_layer_field="pc")
    with pytest.raises(LoadError, match="Layer coffeeshops has no polygons"):
        open_csv(path, postcode_field="pc4", postcode_layer=demo("coffeeshops"))


# -- Summaries and roles -----------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(EXPECTED_ROLES))
def test_demo_layers_get_the_role_an_analyst_expects(name):
    assert guess_role(demo(name)) == EXPECTED_ROLES[name]


def test_summary_of_the_demo_incidents_gives_count_type_crs_and_period():
    summary = layer_summary(demo("incidenten"))
    assert summary["features"] == DEMO_COUNTS["incidenten"]
    assert summary["geometry_type"] == "Point"
    assert summary["crs"] == "EPSG:28992"
    # datum holds the Monday of the ISO week: 2020-W01 starts 2019-12-30, 2024-W52 2024-12-23
    assert summary["period"] == ("2019-12-30", "2024-12-23")
    assert summary["period_fields"] == ["datum"]
    assert summary["fields"] == ["fid", "incident_id", "soort", "postcode", "jaar", "week",
                                 "datum"]
    buurten = layer_summary(demo("buurten"))
    assert buurten["period"] is None and buurten["geometry_type"] == "MultiPolygon"
    assert layer_summary(demo("ruimingen"))["period"] == ("2020", "2024")


def test_year_and_week_fields_give_the_period_and_make_a_table_incidents():
    table = QgsVectorLayer("None?field=jaar:integer&field=week:integer&field=soort:string",
                           "tabel", "memory")
    for year, week in ((2021, 5), (2020, 40), (2020, 3), (2022, 1), (2022, 17)):
        feature = QgsFeature(table.fields())
        feature.setAttributes([year, week, "geweld"])
        table.dataProvider().addFeature(feature)
    summary = layer_summary(table)
    assert summary["period"] == ("2020-W03", "2022-W17")
    assert summary["geometry_type"] == "NoGeometry" and summary["crs"] == ""
    assert guess_role(table) == "incidents"


def test_points_without_time_are_context_and_dated_points_incidents():
    points = QgsVectorLayer("Point?crs=EPSG:28992&field=naam:string", "winkels", "memory")
    assert guess_role(points) == "context"
    dated = QgsVectorLayer("Point?crs=EPSG:28992&field=pleegdatum:date", "x", "memory")
    feature = QgsFeature(dated.fields())
    feature.setAttributes([QDate(2023, 5, 2)])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(150000, 411000)))
    dated.dataProvider().addFeature(feature)
    assert guess_role(dated) == "incidents"
    assert layer_summary(dated)["period"] == ("2023-05-02", "2023-05-02")


# -- PostGIS -----------------------------------------------------------------------------------

def totals(layer, field):
    """(feature count, sum of a field or None, summed area or coordinates) of a layer."""
    count = layer.featureCount()
    field_sum = None
    if field:
        field_sum, ok = layer.aggregate(QgsAggregateCalculator.Aggregate.Sum, field)
        assert ok
    shape = 0.0
    for feature in layer.getFeatures(QgsFeatureRequest().setNoAttributes()):
        geometry = feature.geometry()
        shape += geometry.area() if geometry.area() else sum(
            p.x() + p.y() for p in geometry.vertices())
    return count, field_sum, shape


@pytest.mark.postgis
def test_the_saved_connection_is_listed_here_and_in_the_qgis_browser(postgis_connection):
    assert postgis_connection in postgis_connections()
    # where QGIS keeps it, with user name and password saved
    settings = QgsSettings()
    settings.beginGroup(f"PostgreSQL/connections/{postgis_connection}")
    assert settings.value("host") == "127.0.0.1" and settings.value("database") == "wijkradar"
    assert str(settings.value("savePassword")).lower() == "true"
    settings.endGroup()
    browser = QgsApplication.dataItemProviderRegistry().provider("PostGIS")
    root = browser.createDataItem("", None)
    assert postgis_connection in [item.name() for item in root.createChildren()]


@pytest.mark.postgis
def test_tables_of_the_connection_are_listed_with_geometry_column_and_type(postgis_connection):
    tables = {t["table"]: t for t in postgis_tables(postgis_connection) if t["schema"] == SCHEMA}
    assert set(LOADED_LAYERS) <= set(tables)
    for table in tables.values():
        assert table["geometry_column"] == "geom" and table["crs"] == "EPSG:28992"
    assert tables["incidenten"]["geometry_type"] == "Point"
    assert tables["pc6"]["geometry_type"] == "MultiPolygon"


@pytest.mark.postgis
@pytest.mark.parametrize("name", sorted(LOADED_LAYERS))
def test_a_postgis_table_reads_back_as_the_geopackage_layer(postgis_connection, name):
    layer = open_postgis(postgis_connection, SCHEMA, name)
    assert layer.isValid() and layer.name() == name and layer.providerType() == "postgres"
    assert layer.crs().authid() == "EPSG:28992"
    assert guess_role(layer) == EXPECTED_ROLES[name]
    from_postgis = totals(layer, SUM_FIELDS[name])
    from_gpkg = totals(demo(name, LOADED_LAYERS[name]), SUM_FIELDS[name])
    assert from_postgis[:2] == from_gpkg[:2]
    assert from_postgis[2] == pytest.approx(from_gpkg[2], rel=1e-9)


@pytest.mark.postgis
def test_summary_of_postgis_incidents(postgis_connection):
    summary = layer_summary(open_postgis(postgis_connection, SCHEMA, "incidenten", "geom"))
    assert summary["features"] == DEMO_TRUTH["incidents_per_year"]["2024"]
    assert summary["period"] == ("2024-01-01", "2024-12-23")


@pytest.mark.postgis
def test_incidents_from_postgis_give_the_same_hotspots_as_from_the_geopackage(
        postgis_connection, wijkradar_provider, tmp_path):
    sums = {}
    for label, layer in (("from_postgis", open_postgis(postgis_connection, SCHEMA, "incidenten")),
                         ("from_gpkg", demo("incidenten", LOADED_LAYERS["incidenten"]))):
        feedback = RecordingFeedback()
        result = processing.run("wijkradar:kde_hotspots", {
            "INPUT": layer, "RADIUS": 300, "PIXEL_SIZE": 50,
            "OUTPUT": str(tmp_path / f"{label}.tif"),
            "HOTSPOTS": str(tmp_path / f"{label}_hotspots.gpkg")}, feedback=feedback)
        assert result["CRS"] == "EPSG:28992"
        raster = gdal.Open(result["OUTPUT"])  # keep the dataset while its band is read
        band = raster.GetRasterBand(1)
        surface = band.ReadAsArray().astype(float)
        sums[label] = (surface[surface != band.GetNoDataValue()].sum(),
                       QgsVectorLayer(result["HOTSPOTS"], "h", "ogr").featureCount())
        # the database goes through QGIS's feature iterator, the GeoPackage (a year of it, a
        # filter) through GDAL where GDAL's Arrow stream reads filters right
        through_gdal = label == "from_gpkg" and arrow_reads_filters()
        reading = "through GDAL" if through_gdal else "feature by feature"
        assert feedback.said("Reading points", reading)
    # density integrates to the number of incidents: all of 2024 went into both maps
    loaded = demo("incidenten", LOADED_LAYERS["incidenten"]).featureCount()
    assert sums["from_gpkg"][0] * 50 * 50 / 1e6 == pytest.approx(loaded, rel=1e-3)
    assert sums["from_postgis"][0] == pytest.approx(sums["from_gpkg"][0], rel=1e-9)
    assert sums["from_postgis"][1] == sums["from_gpkg"][1] > 0


@pytest.mark.postgis
def test_unknown_table_or_geometry_column_is_refused(postgis_connection):
    with pytest.raises(LoadError, match=r'has no spatial table public.bestaat_niet\. Choose'):
        open_postgis(postgis_connection, SCHEMA, "bestaat_niet")
    with pytest.raises(LoadError, match="with geometry column centroid"):
        open_postgis(postgis_connection, SCHEMA, "pc6", "centroid")


# -- Connections that fail ---------------------------------------------------------------------

@pytest.fixture()
def saved_connection():
    """Saves test connections and removes them afterwards."""
    names = []

    def save(suffix, port, password=None):
        name = f"{CONNECTION_PREFIX}-{suffix}"
        save_qgis_connection(name, port, password)
        names.append(name)
        return name

    yield save
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    for name in names:
        metadata.deleteConnection(name)


def assert_fails_fast(call, within_s, *patterns):
    started = time.monotonic()
    with pytest.raises(LoadError) as raised:
        call()
    elapsed = time.monotonic() - started
    assert elapsed < within_s, f"took {elapsed:.1f} s"
    for pattern in patterns:
        assert pattern in str(raised.value), str(raised.value)
    return str(raised.value)


@pytest.mark.postgis
def test_a_connection_to_a_port_where_nothing_listens_fails_at_once(saved_connection):
    port = free_port()
    name = saved_connection("closed-port", port)
    for call in (lambda: postgis_tables(name), lambda: open_postgis(name, SCHEMA, "pc6")):
        message = assert_fails_fast(call, 3, f'connection "{name}"', f"127.0.0.1:{port}",
                                    "Connection refused", "Check that the server is running")
        assert message.endswith(".")


@pytest.mark.postgis
def test_an_unknown_connection_name_fails_with_the_saved_names(saved_connection):
    saved = saved_connection("listed", free_port())
    message = assert_fails_fast(lambda: postgis_tables("Geen verbinding"), 1,
                                'no saved PostgreSQL connection named "Geen verbinding"', saved,
                                "New Connection")
    assert "saved:" in message
    assert_fails_fast(lambda: open_postgis("Geen verbinding", SCHEMA, "pc6"), 1,
                      '"Geen verbinding"')


@pytest.mark.postgis
def test_a_server_that_never_answers_fails_within_the_timeout(saved_connection):
    # a socket that accepts connections (the kernel does) but never speaks PostgreSQL
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        name = saved_connection("silent", silent.getsockname()[1])
        assert_fails_fast(lambda: postgis_tables(name, timeout_s=2), 6,
                          f'connection "{name}"', "did not answer within 2 s")


@pytest.mark.postgis
def test_a_wrong_password_fails_with_advice(postgis_connection, saved_connection):
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    port = QgsDataSourceUri(metadata.createConnection(postgis_connection).uri()).port()
    name = saved_connection("wrong-password", port, password="not-the-password")
    message = assert_fails_fast(lambda: postgis_tables(name), 5, f'connection "{name}"',
                                "password authentication failed",
                                "Check the user name and password")
    assert "not-the-password" not in message


def test_connection_errors_quoted_from_qgis_never_show_the_password():
    quoted = ("Connection failed: dbname='wijkradar' host=db port=5432 user='analist' "
              "password='ge\\'heim' sslmode=disable")  # pragma: allowlist secret (made up)
    assert without_password(quoted) == (
        "Connection failed: dbname='wijkradar' host=db port=5432 user='analist' "
        "password=*** sslmode=disable")
    assert "geheim" not in without_password("host=db password=geheim")


def test_the_loaders_need_no_widgets_so_they_run_in_a_task():
    folder = os.path.dirname(sources.__file__)
    modules = sorted(name for name in os.listdir(folder) if name.endswith(".py"))
    assert {"csv_points.py", "geopackage.py", "postgis.py", "summary.py"} <= set(modules)
    for name in modules:
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            source = handle.read()
        assert "QtWidgets" not in source and "qgis.gui" not in source, name
