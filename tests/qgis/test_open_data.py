"""The Open data algorithms through processing.run on files shaped like the real ones.

The files are tests/fixtures/cbs, written by scripts/make_cbs_fixtures.py (see its docstring
for the documentation each rule comes from): the CBS Wijk- en buurtkaart of 2021 and 2024 for
the invented municipality Beekhaven (GM9902) and its neighbour Leidam (GM9903), a StatLine CSV
export of 47018NED, two OData pages of 47022NED, Leefbaarometer scores and PDOK OGC API
responses. Online fetching is tested offline: a local server (replay_server.py) answers the
recorded requests, through QGIS's own network manager. Expected numbers are read from the
fixture files with GDAL, csv and json, independently of the algorithms.
"""

import csv
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from osgeo import ogr
from qgis import processing
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from .conftest import RecordingFeedback
from .test_dock import dock, wait_until  # noqa: F401 (the dock fixture)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cbs"
LOAD, JOIN, LBM = ("wijkradar:load_cbs_neighbourhoods", "wijkradar:join_crime_statistics",
                   "wijkradar:join_leefbaarometer")
BEEKHAVEN_BUURTEN = ["BU99020000", "BU99020001", "BU99020100", "BU99020101", "BU99020109"]


@pytest.fixture()
def files(tmp_path):
    """A copy of the fixtures of one's own (QGIS must never touch the committed files)."""
    folder = tmp_path / "cbs"
    shutil.copytree(FIXTURES, folder)
    return folder


def is_null(value):
    return value is None or str(value) == "NULL"


def digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def rows_of(path, layer_name=None):
    layer = QgsVectorLayer(str(path) + (f"|layername={layer_name}" if layer_name else ""),
                           "out", "ogr")
    assert layer.isValid(), path
    return {f["buurtcode"] if "buurtcode" in f.fields().names() else f.id(): f
            for f in layer.getFeatures()}


def raw_buurten(path):
    """buurtcode -> attributes of the fixture's buurten, read with GDAL."""
    dataset = ogr.Open(str(path))
    return {feature.GetField(0): feature.items() for feature in dataset.GetLayerByName("buurten")}


def load(files, tmp_path, name="buurten.gpkg", **parameters):
    feedback = RecordingFeedback()
    parameters = {"INPUT": str(files / "wijkenbuurten_2021_v1.gpkg"), "MUNICIPALITY": "GM9902",
                  "LEVEL": 2, "OUTPUT": str(tmp_path / name), **parameters}
    result = processing.run(LOAD, parameters, feedback=feedback)
    return result, feedback


# -- load_cbs_neighbourhoods ---------------------------------------------------------------

def test_buurten_of_one_municipality_with_sentinels_as_null(wijkradar_provider, files,
                                                            tmp_path):
    source = files / "wijkenbuurten_2021_v1.gpkg"
    before = digest(source)
    result, feedback = load(files, tmp_path, MUNICIPALITY="Beekhaven")
    assert digest(source) == before  # the user's file is only read
    rows = rows_of(result["OUTPUT"])
    assert sorted(rows) == BEEKHAVEN_BUURTEN  # Leidam and the water buurt left out
    assert (result["MUNICIPALITY_CODE"], result["YEAR"], result["N_AREAS"]) == \
        ("GM9902", 2021, 5)
    raw = raw_buurten(source)
    tiny = rows["BU99020109"]
    assert raw["BU99020109"]["gemiddeld_inkomen_per_inwoner"] == -99999999
    assert is_null(tiny["gemiddeld_inkomen_per_inwoner"])
    assert is_null(tiny["bijstand_per_1000_inwoners"])
    assert rows["BU99020000"]["aantal_inwoners"] == raw["BU99020000"]["aantal_inwoners"]
    assert feedback.said("set to NULL", "gemiddeld_inkomen_per_inwoner: 1 (-99999999: 1)")
    assert feedback.said("percentage_huishoudens_met_laag_inkomen: 2",
                         "-99999997: 1")
    assert feedback.said("1 areas of water only left out")
    # the 2021 name of the bijstand field is given its current name, and the rate added
    assert feedback.said("aantal_personen_met_een_algemene_bijstandsuitkering_totaal -> "
                         "aantal_personen_met_een_alg_bijstandsuitkering_tot")
    centre = raw["BU99020000"]
    expected = centre["aantal_personen_met_een_algemene_bijstandsuitkering_totaal"] / \
        centre["aantal_inwoners"] * 1000
    assert rows["BU99020000"]["bijstand_per_1000_inwoners"] == pytest.approx(expected, abs=0.01)
    assert rows["BU99020000"]["jaar"] == 2021


def test_aliases_with_units_beside_the_output(wijkradar_provider, files, tmp_path):
    result, _ = load(files, tmp_path)
    qml = ElementTree.parse(tmp_path / "buurten.qml").getroot()
    aliases = {alias.get("field"): alias.get("name") for alias in qml.iter("alias")}
    assert aliases["gemiddeld_inkomen_per_inwoner"] == \
        "Average income per inhabitant (x 1,000 euro)"
    assert aliases["bijstand_per_1000_inwoners"] == \
        "Social assistance recipients (per 1,000 inhabitants)"
    assert aliases["percentage_huishoudens_met_laag_inkomen"] == \
        "Households with a low income (%)"
    provenance = json.loads(Path(result["OUTPUT"] + ".provenance.json").read_text())
    assert provenance["inputs"][0]["feature_count"] == 6  # the buurten of GM9902 read


def test_wijken_of_the_2024_file_by_code_and_the_year_from_its_field(wijkradar_provider,
                                                                    files, tmp_path):
    result, feedback = load(files, tmp_path, INPUT=str(files / "wijkenbuurten_2024_v1.gpkg"),
                            MUNICIPALITY="9902", LEVEL=1, YEAR=2019)
    wijken = QgsVectorLayer(result["OUTPUT"], "wijken", "ogr")
    assert sorted(f["wijkcode"] for f in wijken.getFeatures()) == ["WK990200", "WK990201"]
    assert result["YEAR"] == 2024 and feedback.said("2024", "its field 'jaar'")


def test_a_year_wijkradar_does_not_know_is_read_by_every_name(wijkradar_provider, files,
                                                              tmp_path):
    future = files / "buurten_2031.gpkg"
    shutil.copy(files / "wijkenbuurten_2021_v1.gpkg", future)
    result, feedback = load(files, tmp_path, INPUT=str(future))
    assert result["YEAR"] is None and feedback.said("(2031) is not one Wijkradar knows")
    rows = rows_of(result["OUTPUT"])
    assert rows["BU99020000"]["aantal_personen_met_een_alg_bijstandsuitkering_tot"] > 0


def test_a_municipality_not_in_the_file_names_the_nearest(wijkradar_provider, files, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"Nearest matches: Beekhaven \(GM9902\)"):
        load(files, tmp_path, MUNICIPALITY="Beekhave")
    with pytest.raises(QgsProcessingException, match="'GM9904' is not in this file"):
        load(files, tmp_path, MUNICIPALITY="GM9904")


def test_a_geopackage_that_is_not_a_cbs_file_is_refused(wijkradar_provider, tmp_path):
    path = tmp_path / "eigen_buurten.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("buurten", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("naam", ogr.OFTString))
    dataset = None
    with pytest.raises(QgsProcessingException, match="not a CBS wijk- en buurtkaart layer"):
        processing.run(LOAD, {"INPUT": str(path), "MUNICIPALITY": "GM9902",
                              "OUTPUT": str(tmp_path / "out.gpkg")})
    with pytest.raises(QgsProcessingException, match="has no layer of wijken"):
        processing.run(LOAD, {"INPUT": str(path), "MUNICIPALITY": "GM9902", "LEVEL": 1,
                              "OUTPUT": str(tmp_path / "out.gpkg")})


# -- online, through a server that replays recorded answers ----------------------------------

@pytest.fixture()
def replay(monkeypatch):
    """Starts a replaying server for a folder and points a host of open_data_net at it."""
    from wijkradar.processing import open_data_net

    servers = []

    def start(folder, host):
        server = subprocess.Popen([sys.executable, str(Path(__file__).with_name(
            "replay_server.py")), str(folder)], stdout=subprocess.PIPE, text=True)
        servers.append(server)
        monkeypatch.setitem(open_data_net.HOSTS, host,
                            f"http://127.0.0.1:{int(server.stdout.readline())}")

    yield start
    for server in servers:
        server.kill()
        server.wait()
        server.stdout.close()


def test_online_buurten_match_the_downloaded_file(wijkradar_provider, files, tmp_path, replay):
    replay(files / "pdok", "pdok")
    online, feedback = load(files, tmp_path, "online.gpkg", INPUT="", MUNICIPALITY="Beekhaven",
                            YEAR=2024)
    assert feedback.said("cursor=Af3x")  # the second page was followed
    offline, _ = load(files, tmp_path, INPUT=str(files / "wijkenbuurten_2024_v1.gpkg"))
    online_rows, offline_rows = rows_of(online["OUTPUT"]), rows_of(offline["OUTPUT"])
    assert sorted(online_rows) == BEEKHAVEN_BUURTEN
    for code, feature in offline_rows.items():
        for name in ("aantal_inwoners", "gemiddeld_inkomen_per_inwoner",
                     "bijstand_per_1000_inwoners"):
            assert online_rows[code][name] == feature[name], (code, name)
        assert online_rows[code].geometry().equals(feature.geometry())


def test_online_without_an_answer_says_what_to_download(wijkradar_provider, files, tmp_path,
                                                        replay):
    replay(files / "pdok", "pdok")
    with pytest.raises(QgsProcessingException, match="Could not fetch .*GM9999.*download"):
        load(files, tmp_path, INPUT="", MUNICIPALITY="GM9999", YEAR=2024)


def test_online_a_name_as_users_type_it_is_found_in_pdoks_list(wijkradar_provider, files,
                                                               tmp_path, replay):
    """PDOK compares names exactly: a name it does not have as written is looked up in its
    list of municipalities, compared as the file route compares names (case, spaces, 's-),
    and a miss names the nearest. make_cbs_fixtures.py records these answers; the list also
    holds 's-Gravenwaard (GM9904), whose buurten PDOK answers with none."""
    replay(files / "pdok", "pdok")
    result, feedback = load(files, tmp_path, "online.gpkg", INPUT="",
                            MUNICIPALITY="  beekhaven ", YEAR=2024)
    assert result["MUNICIPALITY_CODE"] == "GM9902"
    assert sorted(rows_of(result["OUTPUT"])) == BEEKHAVEN_BUURTEN
    assert feedback.said("no municipality written 'beekhaven' in 2024", "list")
    with pytest.raises(QgsProcessingException, match="no buurten of municipality GM9904"):
        load(files, tmp_path, INPUT="", MUNICIPALITY="S GRAVENWAARD", YEAR=2024)
    with pytest.raises(QgsProcessingException, match=r"no municipality called 'Beekhave' in "
                                                     r"2024\. Nearest matches: Beekhaven "
                                                     r"\(GM9902\)"):
        load(files, tmp_path, INPUT="", MUNICIPALITY="Beekhave", YEAR=2024)


# -- join_crime_statistics -------------------------------------------------------------------

def statline_counts(path):
    """(title, crime code, period) -> count text of the StatLine CSV, read with csv."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    return {(row[1], row[0].split(" ")[0], row[2].rstrip("*")): row[3] for row in rows[2:]
            if len(row) == 4}


@pytest.fixture()
def buurten(wijkradar_provider, files, tmp_path):
    result, _ = load(files, tmp_path, INPUT=str(files / "wijkenbuurten_2024_v1.gpkg"))
    return result["OUTPUT"]


def test_the_statline_csv_by_area_name_wide(buurten, files, tmp_path):
    feedback = RecordingFeedback()
    result = processing.run(JOIN, {"AREAS": buurten, "TABLE": str(
        files / "statline_47018NED_beekhaven.csv"), "OUTPUT": str(tmp_path / "crime.gpkg")},
        feedback=feedback)
    rows = rows_of(result["OUTPUT"])
    counts = statline_counts(files / "statline_47018NED_beekhaven.csv")
    for code, feature in rows.items():
        name = feature["buurtnaam"]
        for crime in ("1.1.1", "1.2.3", "2.2.1"):
            for year in ("2022", "2023"):
                text = counts[(name, crime, year)]
                value = 0 if text == "-" else int(text)
                column = f"_{crime.replace('.', '_')}_{year}"
                if 0 < value < 5:
                    assert is_null(feature["n" + column])
                    assert feature["onderdrukt"]
                else:
                    assert feature["n" + column] == value, (code, column)
                    assert feature["r" + column] == pytest.approx(
                        value / feature["aantal_inwoners"] * 1000, abs=0.001)
    total = int(counts[("Centrum", "Totaal", "2023")])
    assert rows["BU99020000"]["misdrijven"] == total
    assert feedback.said("1.4.8 (Nieuwe categorie (test))")
    assert feedback.said("5 of 5 areas found by name")


def two_pages(files):
    return [json.loads((files / f"odata_47022NED_beekhaven_page{n}.json").read_text())
            for n in (1, 2)]


def test_odata_pages_monthly_long_and_the_headline_over_twelve_months(buurten, files,
                                                                      tmp_path):
    both = tmp_path / "both.json"
    both.write_text(json.dumps(two_pages(files)))
    long = processing.run(JOIN, {"AREAS": buurten, "TABLE": str(both), "LAYOUT": 1, "K": 1,
                                 "OUTPUT": str(tmp_path / "long.gpkg")})
    layer = QgsVectorLayer(long["OUTPUT"], "long", "ogr")
    assert layer.featureCount() == 5 * 12 * 3
    rows = [row for page in two_pages(files) for row in page["value"]]
    centre = [r["GeregistreerdeMisdrijven_1"] for r in rows
              if r["WijkenEnBuurten"].strip() == "BU99020000"
              and r["SoortMisdrijf"].strip() == "0.0.0"]
    wide = processing.run(JOIN, {"AREAS": buurten, "TABLE": str(both), "K": 1,
                                 "OUTPUT": str(tmp_path / "wide.gpkg")})
    centre_row = rows_of(wide["OUTPUT"])["BU99020000"]
    assert centre_row["misdrijven"] == sum(centre)
    assert centre_row["misdrijven_per_1000"] == pytest.approx(
        sum(centre) / centre_row["aantal_inwoners"] * 1000, abs=0.001)


def test_the_remaining_odata_page_is_fetched_online(buurten, files, tmp_path, replay):
    first, second = two_pages(files)
    link = first["odata.nextLink"]
    served = tmp_path / "odata"
    served.mkdir()
    (served / "page2.json").write_text(json.dumps(second))
    (served / "index.json").write_text(json.dumps(
        {link.split("dataderden.cbs.nl", 1)[1]: "page2.json"}))
    replay(served, "cbs_police")
    feedback = RecordingFeedback()
    result = processing.run(JOIN, {"AREAS": buurten, "TABLE": str(
        files / "odata_47022NED_beekhaven_page1.json"), "LAYOUT": 1, "K": 1,
        "OUTPUT": str(tmp_path / "long.gpkg")}, feedback=feedback)
    assert QgsVectorLayer(result["OUTPUT"], "l", "ogr").featureCount() == 180
    assert feedback.said("Fetching", "$skip=200")
    with pytest.raises(QgsProcessingException, match="holds only the first 200 rows"):
        processing.run(JOIN, {"AREAS": buurten, "FETCH_REMAINING": False, "TABLE": str(
            files / "odata_47022NED_beekhaven_page1.json"), "OUTPUT": str(tmp_path / "x.gpkg")})


def test_a_table_of_another_municipality_is_refused(wijkradar_provider, files, tmp_path):
    leidam, _ = load(files, tmp_path, "leidam.gpkg", MUNICIPALITY="Leidam")
    both = tmp_path / "both.json"
    both.write_text(json.dumps(two_pages(files)))
    with pytest.raises(QgsProcessingException, match="is for GM9902 but the areas are in "
                                                     "GM9903"):
        processing.run(JOIN, {"AREAS": leidam["OUTPUT"], "TABLE": str(both),
                              "OUTPUT": str(tmp_path / "x.gpkg")})


def incidents_in_wgs84(buurten_path, per_buurt):
    """A memory layer in EPSG:4326 with ``per_buurt[code]`` incidents of 2023 (text dates)
    in each buurt, and two outside every buurt."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=datum:string", "meldingen", "memory")
    to_wgs84 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:28992"),
                                      QgsCoordinateReferenceSystem("EPSG:4326"),
                                      QgsProject.instance())
    features = []
    for code, feature in rows_of(buurten_path).items():
        centre = feature.geometry().centroid().asPoint()
        for number in range(per_buurt.get(code, 0)):
            point = QgsGeometry.fromPointXY(QgsPointXY(centre.x() + number, centre.y()))
            point.transform(to_wgs84)
            incident = QgsFeature(layer.fields())
            incident.setGeometry(point)
            incident.setAttributes([f"{1 + number % 28:02d}-03-2023"])
            features.append(incident)
    for x in (160_000, 180_000):
        point = QgsGeometry.fromPointXY(QgsPointXY(x, 441_500))
        point.transform(to_wgs84)
        outside = QgsFeature(layer.fields())
        outside.setGeometry(point)
        outside.setAttributes(["2023-06-01"])
        features.append(outside)
    layer.dataProvider().addFeatures(features)
    return layer


def test_own_incidents_against_the_official_count(buurten, files, tmp_path):
    both = tmp_path / "both.json"
    both.write_text(json.dumps(two_pages(files)))
    rows = [row for page in two_pages(files) for row in page["value"]]
    official = {}
    for row in rows:
        if row["SoortMisdrijf"].strip() == "0.0.0" and row["GeregistreerdeMisdrijven_1"]:
            area = row["WijkenEnBuurten"].strip()
            official[area] = official.get(area, 0) + row["GeregistreerdeMisdrijven_1"]
    own = {"BU99020000": official["BU99020000"] - 10, "BU99020101": 40}
    feedback = RecordingFeedback()
    result = processing.run(JOIN, {
        "AREAS": buurten, "TABLE": str(both), "INCIDENTS": incidents_in_wgs84(buurten, own),
        "DATE_FIELD": "datum", "OUTPUT": str(tmp_path / "crime.gpkg"),
        "COMPARISON": str(tmp_path / "check.gpkg")}, feedback=feedback)
    check = {f["area"]: f for f in QgsVectorLayer(result["COMPARISON"], "c", "ogr")
             .getFeatures()}
    centre = check["BU99020000"]
    assert (centre["official"], centre["own"], centre["difference"]) == \
        (official["BU99020000"], own["BU99020000"], -10)
    assert centre["own_pct"] == pytest.approx(100 * own["BU99020000"] /
                                              official["BU99020000"], abs=0.05)
    assert check["BU99020100"]["own"] == 0
    assert feedback.said("2 incidents lie in none of the areas")


# -- join_leefbaarometer --------------------------------------------------------------------

def test_leefbaarometer_scores_of_the_last_or_a_chosen_year(buurten, files, tmp_path):
    scores = files / "leefbaarometer_scores_buurten.csv"
    with open(scores, encoding="utf-8") as handle:
        expected = {(r["bu_code"], r["jaar"]): r for r in csv.DictReader(handle)}
    for year, wanted in ((0, "2024"), (2020, "2020")):
        result = processing.run(LBM, {"AREAS": buurten, "SCORES": str(scores), "YEAR": year,
                                      "OUTPUT": str(tmp_path / f"lbm{year}.gpkg")})
        rows = rows_of(result["OUTPUT"])
        assert result["YEAR"] == int(wanted) and result["N_MATCHED"] == 4
        centre = expected[("BU99020000", wanted)]
        assert rows["BU99020000"]["lbm"] == pytest.approx(float(centre["lbm"]))
        assert rows["BU99020000"]["onv"] == pytest.approx(float(centre["onv"]))
        assert is_null(rows["BU99020109"]["lbm"])  # too few homes: no score
    with pytest.raises(QgsProcessingException, match="No area code of 'buurtnaam'"):
        processing.run(LBM, {"AREAS": buurten, "SCORES": str(scores), "CODE_FIELD": "buurtnaam",
                             "OUTPUT": str(tmp_path / "x.gpkg")})


# -- the area monitor on CBS data ----------------------------------------------------------

def test_the_index_reads_cbs_sentinels_as_missing(buurten, files, tmp_path):
    """On the raw CBS layer (sentinels still in it) the index is the one of the cleaned
    layer: -99999999 is a missing value, not the weakest income of the town."""
    raw = f"{files / 'wijkenbuurten_2024_v1.gpkg'}|layername=buurten|subset=" \
          "\"gemeentecode\" = 'GM9902' AND \"water\" = 'NEE'"
    spec = "gemiddeld_inkomen_per_inwoner:+; percentage_huishoudens_met_laag_inkomen:-"
    feedback = RecordingFeedback()
    indexes = {}
    for name, areas in (("raw", raw), ("clean", buurten)):
        result = processing.run("wijkradar:area_monitor_index", {
            "INPUT": areas, "SPEC": spec, "OUTPUT": str(tmp_path / f"index_{name}.gpkg")},
            feedback=feedback)
        indexes[name] = {code: None if is_null(f["composite"]) else f["composite"]
                         for code, f in rows_of(result["OUTPUT"]).items()}
    assert indexes["raw"] == pytest.approx(indexes["clean"])
    assert feedback.said("read as missing values", "gemiddeld_inkomen_per_inwoner 1",
                         "percentage_huishoudens_met_laag_inkomen 2")


def test_a_ready_cbs_index_from_the_chain_load_join_join(buurten, files, tmp_path):
    both = tmp_path / "both.json"
    both.write_text(json.dumps(two_pages(files)))
    crime = processing.run(JOIN, {"AREAS": buurten, "TABLE": str(both), "K": 1,
                                  "OUTPUT": str(tmp_path / "crime.gpkg")})["OUTPUT"]
    scored = processing.run(LBM, {"AREAS": crime, "SCORES": str(
        files / "leefbaarometer_scores_buurten.csv"), "OUTPUT": str(tmp_path / "lbm.gpkg")})
    feedback = RecordingFeedback()
    result = processing.run("wijkradar:area_monitor_index", {
        "INPUT": scored["OUTPUT"], "READY": 2, "OUTPUT": str(tmp_path / "index.gpkg")},
        feedback=feedback)
    assert result["INDICATORS_USED"] == (
        "gemiddeld_inkomen_per_inwoner:+:1:income; "
        "percentage_huishoudens_met_laag_inkomen:-:1:income; "
        "bijstand_per_1000_inwoners:-:1:income; "
        "bevolkingsdichtheid_inwoners_per_km2:-:0.5:density; "
        "misdrijven_per_1000:-:1:safety; lbm:+:1:liveability")
    rows = rows_of(result["OUTPUT"])
    assert sorted(rows) == BEEKHAVEN_BUURTEN
    assert all(0 <= f["score"] <= 100 for f in rows.values() if not is_null(f["score"]))
    only_cbs = processing.run("wijkradar:area_monitor_index", {
        "INPUT": buurten, "READY": 2, "OUTPUT": str(tmp_path / "index_cbs.gpkg")},
        feedback=feedback)
    assert "misdrijven_per_1000" not in only_cbs["INDICATORS_USED"]
    assert feedback.said("Not in the layer", "misdrijven_per_1000, lbm")


def test_the_area_readers_of_other_algorithms_read_sentinels_as_missing(wijkradar_provider,
                                                                        files):
    """Covariates of postcode_risk, values of local_hotspot_statistics and scores of
    evaluate_forecast come through io.areas.read_area_layer: a raw CBS layer's
    -99999999 must not become a number there."""
    from wijkradar.processing.io.areas import read_area_layer

    layer = QgsVectorLayer(f"{files / 'wijkenbuurten_2024_v1.gpkg'}|layername=buurten",
                           "buurten", "ogr")
    read = read_area_layer(layer, layer.crs(), "buurtcode", ["gemiddeld_inkomen_per_inwoner"])
    income = dict(zip(read.ids, read.values["gemiddeld_inkomen_per_inwoner"]))
    raw = raw_buurten(files / "wijkenbuurten_2024_v1.gpkg")
    for code, value in income.items():
        if raw[code]["gemiddeld_inkomen_per_inwoner"] == -99999999:
            assert value != value, code  # NaN
        else:
            assert value == pytest.approx(raw[code]["gemiddeld_inkomen_per_inwoner"])



def cbs_buurten(files):
    return f"{files / 'wijkenbuurten_2024_v1.gpkg'}|layername=buurten"


def numbers_without_codes(raw, name):
    """buurtcode -> the figure ``name`` of the raw buurten, CBS's codes (at or below
    -99,990) left out: what a user means by the field."""
    return {code: row[name] for code, row in raw.items() if row[name] > -99_990}


def incidents_at_buurt_centres(files, path, per_buurt):
    """A GeoPackage of incident points in EPSG:4326 with text dates, as a police export:
    ``per_buurt[code]`` points at the centre of each buurt."""
    from osgeo import osr

    rd, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    rd.ImportFromEPSG(28992)
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_wgs84 = osr.CoordinateTransformation(rd, wgs84)
    source = ogr.Open(str(files / "wijkenbuurten_2024_v1.gpkg"))
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("incidents", wgs84, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("occurrence_date", ogr.OFTString))
    for buurt in source.GetLayerByName("buurten"):
        centre = buurt.GetGeometryRef().Centroid()
        centre.Transform(to_wgs84)
        for _ in range(per_buurt.get(buurt.GetField("buurtcode"), 0)):
            point = ogr.Feature(layer.GetLayerDefn())
            point.SetGeometry(centre)
            point.SetField("occurrence_date", "2024-03-15")
            layer.CreateFeature(point)
    dataset = None
    return str(path)


def test_the_patrol_map_leaves_cbs_codes_unranked(wijkradar_provider, files, tmp_path):
    """A raw CBS layer as focus areas: the low-income share is -99999997 or -99999999 in
    three buurten; those get no rank (they ended the list) and the log says so."""
    from wijkradar.processing.layout_builder import RANK_FIELD

    from .conftest import pdf_pages

    field = "percentage_huishoudens_met_laag_inkomen"
    feedback = RecordingFeedback()
    result = processing.run("wijkradar:patrol_focus_map", {
        "INPUT": cbs_buurten(files), "SCORE_FIELD": field, "ID_FIELD": "buurtcode",
        "TOP_N": 10, "OUTPUT_PDF": str(tmp_path / "map.pdf")}, feedback=feedback)
    shares = numbers_without_codes(raw_buurten(files / "wijkenbuurten_2024_v1.gpkg"), field)
    assert len(shares) == 5
    ranks = {f["buurtcode"]: f[RANK_FIELD] for f in
             QgsVectorLayer(result["AREAS"], "areas", "ogr").getFeatures()}
    expected = {code: rank for rank, code in enumerate(
        sorted(shares, key=shares.get, reverse=True), start=1)}
    assert {code: rank for code, rank in ranks.items() if not is_null(rank)} == expected
    assert feedback.said("3 focus areas have a CBS code", f"'{field}'", "not ranked")
    page = pdf_pages(result["OUTPUT_PDF"])[0]
    assert "99999" not in page.replace(",", "").replace(".", "")


def test_the_overlay_reads_cbs_codes_as_missing_vulnerability(wijkradar_provider, files,
                                                               tmp_path):
    """A raw CBS layer in the overlay, income as the vulnerability (higher is stronger):
    -99999999 in two buurten. Flipped as it was, it made them the most vulnerable; now they
    get no vulnerability class, and the others' terciles are those of the real incomes."""
    field = "gemiddeld_inkomen_per_inwoner"
    counts = {"BU99020000": 40, "BU99020001": 12, "BU99020100": 25, "BU99020101": 30,
              "BU99020109": 6, "BU99030000": 9, "BU99030001": 14}
    feedback = RecordingFeedback()
    result = processing.run("wijkradar:area_monitor_overlay", {
        "INPUT": cbs_buurten(files), "VULNERABILITY_FIELD": field,
        "VULNERABILITY_DIRECTION": 0, "POPULATION_FIELD": "aantal_inwoners",
        "INCIDENTS": incidents_at_buurt_centres(files, tmp_path / "incidents.gpkg", counts),
        "OUTPUT": str(tmp_path / "overlay.gpkg"), "LEGEND": str(tmp_path / "legend.png")},
        feedback=feedback)
    raw = raw_buurten(files / "wijkenbuurten_2024_v1.gpkg")
    incomes = numbers_without_codes(raw, field)
    assert sorted(set(raw) - set(incomes)) == ["BU99020002", "BU99020109"]
    out = {f["buurtcode"]: f for f in QgsVectorLayer(result["OUTPUT"], "o", "ogr").getFeatures()}
    for code in ("BU99020002", "BU99020109"):
        assert is_null(out[code]["vuln_tercile"]) and is_null(out[code]["bivariate"]), code
    # terciles by hand: 1 + floor(3 * areas less vulnerable (richer) / areas with an income)
    for code, income in incomes.items():
        richer = sum(other > income for other in incomes.values())
        assert out[code]["vuln_tercile"] == 1 + 3 * richer // len(incomes), code
    assert feedback.said("2 areas have a CBS code", f"'{field}'", "missing")

# -- the dock: two clicks each -------------------------------------------------------------

def test_the_dock_loads_cbs_buurten_and_joins_registered_crime(dock, files,  # noqa: F811
                                                               tmp_path):
    from wijkradar.ui.source_dialogs import CbsDialog, CrimeTableDialog

    actions = dock.data_step.open_data
    assert actions.load_button.text() == "Load CBS neighbourhoods…"
    dialog = CbsDialog(str(tmp_path), dock)
    dialog.source.setFilePath(str(files / "wijkenbuurten_2024_v1.gpkg"))
    dialog.municipality.setText("Beekhaven")
    actions.load_cbs(dialog.parameters())
    assert not actions.load_button.isEnabled() and actions.cancel_button.isVisibleTo(dock)
    wait_until(lambda: not actions.chain.running)
    buurten = dock.data_step.layers_with_role("monitor")
    assert len(buurten) == 1, dock.form.statusLabel.text()
    assert buurten[0].featureCount() == 5
    assert buurten[0].source().startswith(str(tmp_path / "cbs_buurten.gpkg"))

    crime_dialog = CrimeTableDialog(actions.monitor_layer(), str(tmp_path), dock)
    crime_dialog.table.setFilePath(str(files / "statline_47018NED_beekhaven.csv"))
    actions.join_crime(crime_dialog.parameters())
    wait_until(lambda: not actions.chain.running)
    monitor = dock.data_step.layers_with_role("monitor")
    assert len(monitor) == 1 and monitor[0].id() != buurten[0].id()
    assert "misdrijven_per_1000" in monitor[0].fields().names()
    assert dock.data_step.role(buurten[0]) == ""
    assert actions.load_button.isEnabled() and "monitor layer" in dock.form.statusLabel.text()


def test_a_failed_cbs_load_in_the_dock_says_why(dock, files, tmp_path):  # noqa: F811
    actions = dock.data_step.open_data
    actions.load_cbs({"INPUT": str(files / "wijkenbuurten_2024_v1.gpkg"),
                      "MUNICIPALITY": "Beekhave", "LEVEL": 2, "YEAR": 2024,
                      "OUTPUT": str(tmp_path / "x.gpkg")})
    wait_until(lambda: not actions.chain.running)
    assert "Beekhaven (GM9902)" in dock.form.statusLabel.text()
    assert not dock.data_step.layers_with_role("monitor")
