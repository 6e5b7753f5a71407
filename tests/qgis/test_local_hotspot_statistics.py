"""wijkradar:local_hotspot_statistics through Processing (as qgis_process and the modeler run
it) on the demo municipality: Gi* against esda, grid counts against an exact count, WGS84
input against RD New, islands, NULL values and small-count suppression."""

import json
import os
import re
import sqlite3
import warnings
from contextlib import closing

import numpy as np
import pandas as pd
import pytest
from qgis import processing
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsVectorLayer,
)

from .conftest import RecordingFeedback, private_demo_copy

esda = pytest.importorskip("esda")
libpysal = pytest.importorskip("libpysal")

DEMO_GPKG = private_demo_copy()
ALGORITHM = "wijkradar:local_hotspot_statistics"
VALUES, AREA_COUNTS, GRID_COUNTS = 0, 1, 2
QUEEN, ROOK, BAND, KNN = 0, 1, 2, 3


def uri(layer, subset=None):
    return f"{DEMO_GPKG}|layername={layer}" + (f"|subset={subset}" if subset else "")


def demo_table(sql):
    with closing(sqlite3.connect(f"file:{DEMO_GPKG}?mode=ro&immutable=1", uri=True)) as db:
        return pd.read_sql(sql, db)


def read_output(path):
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid()
    names = layer.fields().names()
    rows = [[None if v is None or v == NULL else v for v in f.attributes()]
            for f in layer.getFeatures()]
    return pd.DataFrame(rows, columns=names), layer


def run(tmp_path, name="hotspots", feedback=None, **parameters):
    parameters.setdefault("OUTPUT", str(tmp_path / f"{name}.gpkg"))
    parameters.setdefault("REPORT", str(tmp_path / f"{name}.html"))
    return processing.run(ALGORITHM, parameters, feedback=feedback or RecordingFeedback())


def copy_layer(source, path, crs):
    """A copy of a demo layer in ``crs``, as a user's export would come."""
    return processing.run("native:reprojectlayer", {
        "INPUT": source, "TARGET_CRS": QgsCoordinateReferenceSystem(crs),
        "OUTPUT": str(path)})["OUTPUT"]


def read_json(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def incident_counts():
    """Incidents per PC6 from the incidents' own postcode field, all PC6 areas included."""
    pc6 = demo_table("SELECT fid, postcode FROM pc6 ORDER BY fid")
    counted = demo_table("SELECT postcode, COUNT(*) AS n FROM incidenten GROUP BY postcode")
    return pc6.merge(counted, on="postcode", how="left").fillna({"n": 0})


def test_gi_star_of_incident_counts_equals_esda(wijkradar_provider, tmp_path):
    """Incidents counted per PC6, six nearest neighbours (centroids), binary: z equals
    esda.G_Local(star=True) on libpysal's KNN of the same centroids; counts equal the
    incidents' own postcodes."""
    feedback = RecordingFeedback()
    result = run(tmp_path, feedback=feedback, INPUT_MODE=AREA_COUNTS, AREAS=uri("pc6"),
                 ID_FIELD="postcode", INCIDENTS=uri("incidenten"), WEIGHTS=KNN, NEIGHBOURS=6,
                 TRANSFORM=1, MIN_COUNT=1)
    out, _ = read_output(result["OUTPUT"])
    expected = incident_counts()
    assert out["area_id"].tolist() == expected["postcode"].tolist()
    np.testing.assert_array_equal(out["value"], expected["n"])
    import shapely

    layer = QgsVectorLayer(uri("pc6"), "pc6", "ogr")
    shapes = shapely.from_wkb([bytes(f.geometry().asWkb()) for f in layer.getFeatures()])
    centroids = shapely.centroid(shapes)
    knn = libpysal.weights.KNN(np.column_stack([shapely.get_x(centroids),
                                                shapely.get_y(centroids)]), k=6)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs = esda.G_Local(expected["n"].to_numpy(float), knn, transform="B", star=True,
                              permutations=0)
    np.testing.assert_allclose(out["gi_z"], theirs.Zs, rtol=0, atol=1e-6)
    assert result["N_AREAS"] == 4211 and result["N_HOT"] > 0 and result["N_COLD"] >= 0
    assert feedback.said("4211 areas", "6 nearest neighbours")


def test_grid_counts_equal_an_exact_count_and_small_ones_are_suppressed(wijkradar_provider,
                                                                       tmp_path):
    result = run(tmp_path, INPUT_MODE=GRID_COUNTS, INCIDENTS=uri("incidenten", "jaar = 2024"),
                 CELL_SIZE=250, AREAS=uri("gemeente"), MIN_COUNT=5)
    out, layer = read_output(result["OUTPUT"])
    layer_points = QgsVectorLayer(uri("incidenten", "jaar = 2024"), "i", "ogr")
    xy = np.array([(p.x(), p.y()) for p in (f.geometry().asPoint()
                                             for f in layer_points.getFeatures())])
    cells = pd.Series(list(zip(np.floor(xy[:, 0] / 250).astype(int),
                               np.floor(xy[:, 1] / 250).astype(int)))).value_counts()
    east = out["area_id"].str.extract(r"_E(\d+)_N(\d+)").astype(int) // 250
    counted = [cells.get((e, n), 0) for e, n in east.itertuples(index=False)]
    counted = np.array(counted)
    small = (counted > 0) & (counted < 5)
    assert small.any() and (counted == 0).any()
    assert out.loc[small, "value"].isna().all() and out.loc[small, "onderdrukt"].all()
    np.testing.assert_array_equal(out.loc[~small, "value"], counted[~small])
    assert not out.loc[~small, "onderdrukt"].any()
    assert out["gi_z"].notna().all()  # statistics are kept where the count is suppressed
    assert counted.sum() <= len(xy) and layer.crs().authid() == "EPSG:28992"
    assert set(out["gi_class"]) <= {-3, -2, -1, 0, 1, 2, 3}
    assert os.path.exists(os.path.splitext(result["OUTPUT"])[0] + ".qml")
    assert "Counts below 5 are suppressed" in json.dumps(
        read_json(result["OUTPUT"] + ".provenance.json"))


def test_wgs84_input_gives_the_rd_new_result(wijkradar_provider, tmp_path):
    wgs84 = copy_layer(uri("pc6"), tmp_path / "pc6_wgs84.gpkg", "EPSG:4326")
    common = dict(INPUT_MODE=VALUES, VALUE_FIELD="aantal_inwoners", ID_FIELD="postcode",
                  STATISTIC=3)
    feedback = RecordingFeedback()
    rd = read_output(run(tmp_path, "rd", AREAS=uri("pc6"), **common)["OUTPUT"])[0]
    degrees, layer = read_output(run(tmp_path, "wgs84", feedback, AREAS=wgs84,
                                     **common)["OUTPUT"])
    assert feedback.said("EPSG:4326", "EPSG:28992")
    assert layer.crs().authid() == "EPSG:4326"
    np.testing.assert_allclose(degrees["gi_z"], rd["gi_z"], atol=1e-6)
    np.testing.assert_allclose(degrees["moran_z"], rd["moran_z"], atol=1e-6)
    assert degrees["lisa"].tolist() == rd["lisa"].tolist()


def test_islands_with_contiguity_are_named_with_a_band(wijkradar_provider, tmp_path):
    with pytest.raises(QgsProcessingException) as error:
        run(tmp_path, INPUT_MODE=VALUES, AREAS=uri("pc6", "fid % 9 = 0"),
            VALUE_FIELD="aantal_inwoners", ID_FIELD="postcode", WEIGHTS=QUEEN)
    message = str(error.value)
    assert "areas have no neighbours with queen contiguity" in message
    assert "Use a distance band of at least" in message
    band = float(re.search(r"band of at least ([\d,.]+) m", message)[1].replace(",", ""))
    result = run(tmp_path, INPUT_MODE=VALUES, AREAS=uri("pc6", "fid % 9 = 0"),
                 VALUE_FIELD="aantal_inwoners", WEIGHTS=BAND, DISTANCE_BAND=band)
    assert result["N_AREAS"] == len(demo_table("SELECT fid FROM pc6 WHERE fid % 9 = 0"))


def test_null_values_are_left_out(wijkradar_provider, tmp_path):
    """Areas without a value are left out (said in the log), the others analysed with the
    neighbours that have a value; the output keeps every area."""
    from wijkradar.core import hotspot_stats, spatial_weights

    copy = copy_layer(uri("buurten"), tmp_path / "buurten.gpkg", "EPSG:28992")
    edited = QgsVectorLayer(copy, "buurten", "ogr")
    index = edited.fields().lookupField("netto_arbeidsparticipatie")
    edited.startEditing()
    for feature in list(edited.getFeatures())[:4]:
        edited.changeAttributeValue(feature.id(), index, NULL)
    assert edited.commitChanges()
    missing = sum(f["netto_arbeidsparticipatie"] == NULL
                  or f["netto_arbeidsparticipatie"] == -99999999 for f in edited.getFeatures())
    assert missing >= 4  # the demo's two tiny buurten have none either (CBS's -99999999)
    feedback = RecordingFeedback()
    result = run(tmp_path, feedback=feedback, INPUT_MODE=VALUES, AREAS=copy,
                 VALUE_FIELD="netto_arbeidsparticipatie", ID_FIELD="buurtcode")
    out, _ = read_output(result["OUTPUT"])
    assert feedback.said(f"{missing} of 59 areas have no value"), feedback.text()
    assert len(out) == 59 and out["value"].isna().sum() == missing
    assert out["gi_z"].isna().sum() == out["gi_class"].isna().sum() == missing
    assert not out["onderdrukt"].any()
    import shapely

    shapes = shapely.from_wkb([bytes(f.geometry().asWkb()) for f in edited.getFeatures()])
    keep = out["value"].notna().to_numpy()
    weights = spatial_weights.contiguity_weights(shapes).subset(keep).transformed("R")
    expected = hotspot_stats.getis_ord(out.loc[keep, "value"], weights)
    np.testing.assert_allclose(out.loc[keep, "gi_z"], expected.z, atol=1e-9)


def test_permutations_report_and_provenance(wijkradar_provider, tmp_path):
    result = run(tmp_path, INPUT_MODE=AREA_COUNTS, AREAS=uri("pc6"), ID_FIELD="postcode",
                 INCIDENTS=uri("incidenten"), PERMUTATIONS=999, SEED=3, STATISTIC=3,
                 PURPOSE="test")
    out, _ = read_output(result["OUTPUT"])
    assert out["gi_p"].min() >= 2 / 1000
    # One permutation test serves both; Gi*'s p is larger where its z (which counts the area
    # itself) points the other way than the neighbours do.
    same = out["gi_p"] == out["moran_p"]
    assert same.mean() > 0.9 and (out.loc[~same, "gi_p"] > out.loc[~same, "moran_p"]).all()
    with open(result["REPORT"], encoding="utf-8") as handle:
        html = handle.read()
    assert "Hot spot, 99% confidence" in html and "High-high cluster" in html
    assert "999 conditional permutations" in html and "Benjamini" in html
    record = read_json(result["REPORT"] + ".provenance.json")
    assert record["purpose"] == "test" and record["algorithm"] == ALGORITHM


@pytest.mark.parametrize("parameters, words", [
    (dict(INPUT_MODE=VALUES, AREAS=uri("pc6")), "give the area layer and its value field"),
    (dict(INPUT_MODE=AREA_COUNTS, AREAS=uri("pc6")), "give the incident points"),
    (dict(INPUT_MODE=AREA_COUNTS, INCIDENTS=uri("incidenten")), "areas to count them in"),
    (dict(INPUT_MODE=VALUES, AREAS=uri("pc6"), VALUE_FIELD="aantal_inwoners", ID_FIELD="pc4"),
     "The area ids are not unique"),
    (dict(INPUT_MODE=VALUES, AREAS=uri("pc6"), VALUE_FIELD="aantal_inwoners",
          PERMUTATIONS=50), "from 99 to 9999, not 50"),
    (dict(INPUT_MODE=GRID_COUNTS, INCIDENTS=uri("incidenten", "jaar = 1900")),
     "no incidents with coordinates|has no features"),
])
def test_bad_input_says_what_to_do(wijkradar_provider, tmp_path, parameters, words):
    with pytest.raises(QgsProcessingException, match=words):
        run(tmp_path, **parameters)
    assert not os.path.exists(tmp_path / "hotspots.gpkg")


def test_cancel_during_the_permutations_stops_without_output(wijkradar_provider, tmp_path):
    feedback = RecordingFeedback()
    seen = []

    def cancel_in_permutations(percent):
        seen.append(percent)
        if percent > 35:  # 30-90% is the permutation loop
            feedback.cancel()

    feedback.progressChanged.connect(cancel_in_permutations)
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run(tmp_path, feedback=feedback, INPUT_MODE=AREA_COUNTS, AREAS=uri("pc6"),
            INCIDENTS=uri("incidenten"), PERMUTATIONS=9999)
    assert max(seen) < 90
    assert not os.path.exists(tmp_path / "hotspots.gpkg")
    assert not os.path.exists(tmp_path / "hotspots.html")
