"""wijkradar:area_monitor_index and wijkradar:area_monitor_overlay through Processing, on the
demo municipality, against hand computations and QGIS's own zonal statistics."""

import json
import os
import sqlite3
from contextlib import closing

import numpy as np
import pandas as pd
import pytest
from qgis import processing
from qgis.core import (
    NULL,
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QImage

from .conftest import RecordingFeedback, private_demo_copy

# Its own copy: after the refusal tests below, QGIS's SQLite connections to the GeoPackage
# they read fail in later tests ('unable to open database file', a QGIS 3.22 OGR provider
# matter); a private file keeps the other modules' demo data readable.
DEMO_GPKG = private_demo_copy()

INDEX = "wijkradar:area_monitor_index"
OVERLAY = "wijkradar:area_monitor_overlay"
TINY_BUURTEN = {"Kanaalhaven", "Dommelbeemden"}  # CBS's -99999999: fewer than 50 inhabitants
UNKNOWN_BUURT = "Ambachtspark"  # its low-income share is CBS's -99999997 (unknown)
_CACHE = {}




def uri(layer, subset=None):
    return f"{DEMO_GPKG}|layername={layer}" + (f"|subset={subset}" if subset else "")


def read_table(path_or_layer):
    layer = (path_or_layer if isinstance(path_or_layer, QgsVectorLayer)
             else QgsVectorLayer(path_or_layer, "out", "ogr"))
    assert layer.isValid()
    names = layer.fields().names()
    rows = [[None if v is None or v == NULL else v for v in f.attributes()]
            for f in layer.getFeatures()]
    return pd.DataFrame(rows, columns=names)


def demo_buurten():
    """The demo's buurten, CBS's sentinels (-99999999, -99999997) read as missing values."""
    # Read-only and immutable: a second SQLite connection that locks and closes the file
    # would break the connections QGIS keeps open on the same GeoPackage.
    with closing(sqlite3.connect(f"file:{DEMO_GPKG}?mode=ro&immutable=1", uri=True)) as db:
        buurten = pd.read_sql("SELECT * FROM buurten ORDER BY fid", db)
    numbers = buurten.select_dtypes("number").columns
    buurten[numbers] = buurten[numbers].where(buurten[numbers] > -99_990)
    return buurten


def run_index(tmp_path, name="index", feedback=None, **parameters):
    parameters.setdefault("INPUT", uri("buurten"))
    parameters.setdefault("OUTPUT", str(tmp_path / f"{name}.gpkg"))
    return processing.run(INDEX, parameters, feedback=feedback or RecordingFeedback())


def run_overlay(tmp_path, name="overlay", feedback=None, **parameters):
    parameters.setdefault("OUTPUT", str(tmp_path / f"{name}.gpkg"))
    return processing.run(OVERLAY, parameters, feedback=feedback or RecordingFeedback())


@pytest.fixture()
def density_raster(wijkradar_provider, tmp_path_factory):
    """A kernel density raster of the demo's incidents of 2024 (made once per session)."""
    if "density" not in _CACHE:
        folder = tmp_path_factory.mktemp("kde")
        result = processing.run("wijkradar:kde_hotspots", {
            "INPUT": uri("incidenten", "jaar = 2024"), "RADIUS": 300, "PIXEL_SIZE": 25,
            "MASK": uri("gemeente"), "OUTPUT": str(folder / "density.tif"),
            "HOTSPOTS": str(folder / "hotspots.gpkg")})
        _CACHE["density"] = result["OUTPUT"]
    return _CACHE["density"]


def qgis_zonal_statistics(areas, raster, tmp_path):
    result = processing.run("native:zonalstatisticsfb", {
        "INPUT": areas, "INPUT_RASTER": raster, "RASTER_BAND": 1, "COLUMN_PREFIX": "q_",
        "STATISTICS": [0, 2, 6],  # count, mean, max
        "OUTPUT": str(tmp_path / "qgis_zonal.gpkg")})
    return read_table(result["OUTPUT"])


# --------------------------------------------------------------------------- the index


def test_index_on_the_demo_buurten_matches_a_hand_computation(wijkradar_provider, tmp_path):
    feedback = RecordingFeedback()
    result = run_index(tmp_path, feedback=feedback)
    out = read_table(result["OUTPUT"])
    buurten = demo_buurten()
    assert out.buurtcode.tolist() == buurten.buurtcode.tolist()  # input fields kept, in order

    # by hand: z-scores turned by direction, mean of the four (weights 1) over the values an
    # area has (CBS's sentinels are missing values), at least half of them
    directions = {"gemiddeld_inkomen_per_inwoner": 1,
                  "percentage_huishoudens_met_laag_inkomen": -1,
                  "percentage_huishoudens_onder_of_rond_sociaal_minimum": -1,
                  "netto_arbeidsparticipatie": 1}
    z = pd.DataFrame({name: sign * (buurten[name] - buurten[name].mean()) / buurten[name].std()
                      for name, sign in directions.items()})
    composite = z.mean(axis=1).where(z.count(axis=1) >= 2)
    score = 100 * (composite - composite.min()) / (composite.max() - composite.min())
    np.testing.assert_allclose(out.composite.astype(float), composite, rtol=1e-9)
    np.testing.assert_allclose(out.score.astype(float), score, rtol=1e-9)
    income = z[list(directions)[:3]].mean(axis=1).where(z.iloc[:, :3].count(axis=1) >= 2)
    np.testing.assert_allclose(out.sub_income.astype(float), income, rtol=1e-9)
    assert feedback.said("read as missing values", "percentage_huishoudens_met_laag_inkomen 3")

    indexed = out[out.score.notna()]
    assert len(indexed) == 57
    lower = indexed.score.apply(lambda s: (indexed.score < s).sum())
    assert indexed.monitor_class.tolist() == (1 + np.floor(5 * lower / 57)).astype(int).tolist()
    assert indexed.monitor_class.value_counts().sort_index().tolist() == [12, 11, 12, 11, 11]
    assert indexed.monitor_rank.tolist() == indexed.score.rank(method="min").astype(int).tolist()
    labels = dict(zip(range(1, 6), ["zeer zwak", "zwak", "gemiddeld", "sterk", "zeer sterk"]))
    assert (indexed.class_nl == indexed.monitor_class.map(labels)).all()
    assert set(indexed.class_en) == {"very weak", "weak", "average", "strong", "very strong"}
    tiny = out[out.buurtnaam.isin(TINY_BUURTEN)]
    assert tiny.score.isna().all() and tiny.monitor_class.isna().all()
    assert feedback.said("2 areas have too few indicator values")

    # the weakest buurten lie in the vulnerable districts of the demo's truth
    with open(os.path.join(os.path.dirname(DEMO_GPKG), "wijkradar_demo_truth.json"),
              encoding="utf-8") as handle:
        truth = pd.Series(json.load(handle)["buurt_vulnerability"])
    v = truth[indexed.buurtcode].to_numpy()
    assert np.corrcoef(v, indexed.score.astype(float))[0, 1] < -0.8

    # provenance and style beside the file
    path = result["OUTPUT"]
    with open(path + ".provenance.json", encoding="utf-8") as handle:
        record = json.load(handle)
    assert record["algorithm"] == INDEX and record["inputs"][0]["feature_count"] == 59
    assert os.path.exists(os.path.splitext(path)[0] + ".qmd")
    assert os.path.exists(os.path.splitext(path)[0] + ".qml")


def test_index_by_percentile_ranks_with_weights_and_chosen_fields(wijkradar_provider, tmp_path):
    result = run_index(tmp_path, METHOD=1,
                       INDICATORS=["netto_arbeidsparticipatie", "gemiddeld_inkomen_per_inwoner"],
                       SPEC="netto_arbeidsparticipatie:+:3:participation; "
                            "gemiddeld_inkomen_per_inwoner:+:1:income; unused_field:+")
    out = read_table(result["OUTPUT"])
    buurten = demo_buurten()

    def pct(series):
        return 100 * (series.rank() - 0.5) / series.count()

    composite = (3 * pct(buurten.netto_arbeidsparticipatie)
                 + pct(buurten.gemiddeld_inkomen_per_inwoner)) / 4
    np.testing.assert_allclose(out.composite.astype(float), composite, rtol=1e-9)
    assert {"sub_participation", "score_participation", "sub_income"} <= set(out.columns)
    assert result["INDICATORS_USED"] == ("netto_arbeidsparticipatie:+:3:participation; "
                                         "gemiddeld_inkomen_per_inwoner:+:1:income")


def test_index_refuses_missing_values_when_asked(wijkradar_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="Missing indicator values.*3 area"):
        run_index(tmp_path, MISSING=1)


def test_index_needs_a_direction_for_every_chosen_field(wijkradar_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="No direction.*aantal_huishoudens"):
        run_index(tmp_path, INDICATORS=["netto_arbeidsparticipatie", "aantal_huishoudens"])
    with pytest.raises(QgsProcessingException, match="direction of 'x' must be"):
        run_index(tmp_path, SPEC="x:up")
    with pytest.raises(QgsProcessingException, match="'no_such_field' is not in the layer"):
        run_index(tmp_path, SPEC="no_such_field:+")
    with pytest.raises(QgsProcessingException, match="not numeric"):
        run_index(tmp_path, SPEC="buurtnaam:+")


def test_index_drops_a_constant_indicator_and_refuses_only_constants(wijkradar_provider,
                                                                     tmp_path):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=a:double&field=c:double", "areas",
                           "memory")
    features = []
    for i, a in enumerate([3.0, 5.0, 1.0, 4.0, 2.0]):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({i * 10} 0, {i * 10 + 10} 0, {i * 10 + 10} 10, {i * 10} 10, {i * 10} 0))"))
        feature.setAttributes([a, 7.0])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    feedback = RecordingFeedback()
    result = run_index(tmp_path, feedback=feedback, INPUT=layer, SPEC="a:+; c:-",
                       OUTPUT=QgsProcessing.TEMPORARY_OUTPUT)
    assert feedback.said("'c'", "same value in every area")
    out = read_table(result["OUTPUT"])
    assert out.score.tolist() == [50.0, 100.0, 0.0, 75.0, 25.0]
    assert out.monitor_class.tolist() == [3, 5, 1, 4, 2]
    with pytest.raises(QgsProcessingException, match="No indicator varies"):
        run_index(tmp_path, INPUT=layer, SPEC="c:+", OUTPUT=QgsProcessing.TEMPORARY_OUTPUT)


def test_index_and_overlay_refuse_a_point_layer(wijkradar_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="must be a polygon layer"):
        run_index(tmp_path, INPUT=uri("coffeeshops"), SPEC="naam:+")
    with pytest.raises(QgsProcessingException, match="must be a polygon layer"):
        run_overlay(tmp_path, INPUT=uri("coffeeshops"), INCIDENTS=uri("incidenten"))


# --------------------------------------------------------------------------- the overlay


def test_zonal_statistics_match_qgis_zonal_statistics(wijkradar_provider, density_raster,
                                                      tmp_path):
    index = run_index(tmp_path)["OUTPUT"]
    feedback = RecordingFeedback()
    result = run_overlay(tmp_path, feedback=feedback, INPUT=index, DENSITY=density_raster)
    assert result["CRIME_MEASURE"] == "mean"
    ours = read_table(result["OUTPUT"])
    theirs = qgis_zonal_statistics(index, density_raster, tmp_path)
    assert ours.buurtcode.tolist() == theirs.buurtcode.tolist()
    np.testing.assert_array_equal(ours.n_cells.astype(int), theirs.q_count.astype(int))
    np.testing.assert_allclose(ours.zonal_mean.astype(float), theirs.q_mean.astype(float),
                               rtol=1e-9)
    np.testing.assert_allclose(ours.zonal_max.astype(float), theirs.q_max.astype(float),
                               rtol=1e-9)
    # hotspot share: the top 5% of the raster's cells with data, counted by hand
    from osgeo import gdal

    dataset = gdal.Open(density_raster)
    band = dataset.GetRasterBand(1)
    cells = band.ReadAsArray().astype(float)
    cells = cells[cells != band.GetNoDataValue()]
    n_hot = int(np.ceil(0.05 * cells.size))
    threshold = np.sort(cells)[-n_hot]
    assert feedback.said("top 5%", f"{threshold:.4g}")
    hot_cells = (ours.hotspot_pct.astype(float) / 100 * ours.n_cells.astype(int)).round()
    assert int(hot_cells.sum()) == int((cells >= threshold).sum())
    # no incidents: no counts, so nothing to suppress
    assert "incidents" not in ours.columns and "onderdrukt" not in ours.columns


def test_polygons_in_another_crs_are_reprojected_and_the_log_says_so(
        wijkradar_provider, density_raster, tmp_path):
    index = run_index(tmp_path)["OUTPUT"]
    lonlat = processing.run("native:reprojectlayer", {
        "INPUT": index, "TARGET_CRS": "EPSG:4326",
        "OUTPUT": str(tmp_path / "index_wgs84.gpkg")})["OUTPUT"]
    feedback = RecordingFeedback()
    result = run_overlay(tmp_path, "wgs84", feedback=feedback, INPUT=lonlat,
                         DENSITY=density_raster)
    assert feedback.said("reprojected", "EPSG:4326", "EPSG:28992")
    ours = read_table(result["OUTPUT"])
    reference = read_table(run_overlay(tmp_path, "rd", INPUT=index,
                                       DENSITY=density_raster)["OUTPUT"])
    # reprojecting there and back moves vertices by far less than a cell: (almost) the same
    # cells, so the means agree closely
    assert (ours.n_cells.astype(int) - reference.n_cells.astype(int)).abs().max() <= 2
    np.testing.assert_allclose(ours.zonal_mean.astype(float),
                               reference.zonal_mean.astype(float), rtol=2e-3)
    with open(result["OUTPUT"] + ".provenance.json", encoding="utf-8") as handle:
        record = json.load(handle)
    assert any("reprojected" in note for note in record["notes"])


def test_overlapping_polygons_are_reported_and_each_counts_all_its_cells(
        wijkradar_provider, density_raster, tmp_path, demo_layer):
    buurten = demo_layer("buurten")
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992&field=buurtcode:string&"
                           "field=score:double&field=aantal_inwoners:integer", "overlap",
                           "memory")
    features = []
    for source in buurten.getFeatures():
        feature = QgsFeature(layer.fields())
        feature.setGeometry(source.geometry())
        feature.setAttributes([source["buurtcode"], float(source.id()),
                               source["aantal_inwoners"]])
        features.append(feature)
    # a shifted copy of the first buurt overlaps it and its neighbours
    copy = QgsFeature(layer.fields())
    geometry = QgsGeometry(features[0].geometry())
    geometry.translate(120.0, 80.0)
    copy.setGeometry(geometry)
    copy.setAttributes(["COPY", 0.5, 100])
    features.append(copy)
    layer.dataProvider().addFeatures(features)
    feedback = RecordingFeedback()
    result = run_overlay(tmp_path, feedback=feedback, INPUT=layer, DENSITY=density_raster,
                         INCIDENTS=uri("incidenten", "jaar = 2024"))
    assert feedback.said("The areas overlap", "cells lie in more than one area")
    assert feedback.said("inside more than one area")
    ours = read_table(result["OUTPUT"])
    theirs = qgis_zonal_statistics(layer, density_raster, tmp_path)
    np.testing.assert_array_equal(ours.n_cells.astype(int), theirs.q_count.astype(int))
    np.testing.assert_allclose(ours.zonal_mean.astype(float), theirs.q_mean.astype(float),
                               rtol=1e-9)
    counted = processing.run("native:countpointsinpolygon", {
        "POLYGONS": layer, "POINTS": uri("incidenten", "jaar = 2024"), "FIELD": "q_n",
        "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT})["OUTPUT"]
    expected = read_table(counted).q_n.astype(int)
    shown = ours.incidents
    assert (shown.isna() | (shown.fillna(-1).astype(int) == expected)).all()
    assert (shown.isna() == ((expected > 0) & (expected < 5))).all()


def test_incident_rates_smoothing_and_suppression(wijkradar_provider, tmp_path):
    index = run_index(tmp_path)["OUTPUT"]
    feedback = RecordingFeedback()
    subset = "jaar = 2024 AND soort = 'drugsoverlast' AND week <= 13"
    result = run_overlay(tmp_path, feedback=feedback, INPUT=index,
                         INCIDENTS=uri("incidenten", subset))
    assert result["CRIME_MEASURE"] == "rate"
    out = read_table(result["OUTPUT"])
    counted = processing.run("native:countpointsinpolygon", {
        "POLYGONS": index, "POINTS": uri("incidenten", subset), "FIELD": "q_n",
        "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT})["OUTPUT"]
    counts = read_table(counted).q_n.astype(float)
    small = (counts > 0) & (counts < 5)
    assert small.any() and (counts >= 5).any()
    # suppression: counts 1-4 and the rates made from them are empty and flagged
    assert out.incidents[small].isna().all() and out.onderdrukt[small].all()
    assert out.rate_raw[small].isna().all() and out.rate_eb[small].isna().all()
    shown = ~small
    np.testing.assert_array_equal(out.incidents[shown].astype(int), counts[shown].astype(int))
    assert not out.onderdrukt[shown].any()
    # empirical Bayes by hand over the areas with inhabitants (Kanaalhaven has none)
    population = out.aantal_inwoners.astype(float)
    usable = population > 0
    y, n = counts[usable], population[usable]
    b = y.sum() / n.sum()
    s2 = (n * (y / n - b) ** 2).sum() / n.sum()
    a = max(0.0, s2 - b / n.mean())
    expected = 1000 * (b + a / (a + b / n) * (y / n - b))
    check = shown[usable]
    np.testing.assert_allclose(out.rate_eb[usable][check].astype(float), expected[check],
                               rtol=1e-9)
    kanaalhaven = out[out.buurtnaam == "Kanaalhaven"].iloc[0]
    assert kanaalhaven.no_population and pd.isna(kanaalhaven.rate_eb)
    assert feedback.said("zero or missing population")
    with open(result["OUTPUT"] + ".provenance.json", encoding="utf-8") as handle:
        notes = json.load(handle)["notes"]
    assert any("Counts below 5 are suppressed" in note and "rate_eb" in note for note in notes)
    with open(os.path.splitext(result["OUTPUT"])[0] + ".qmd", encoding="utf-8") as handle:
        assert "Counts below 5 are suppressed" in handle.read()


def test_tiny_populations_move_towards_the_overall_rate(wijkradar_provider, tmp_path):
    index = run_index(tmp_path)["OUTPUT"]
    out = read_table(run_overlay(tmp_path, INPUT=index,
                                 INCIDENTS=uri("incidenten", "jaar = 2024"))["OUTPUT"])
    rated = out[out.rate_eb.notna()]
    overall = rated.incidents.sum() / rated.aantal_inwoners.sum() * 1000
    shift = (rated.rate_eb - overall).abs() / (rated.rate_raw - overall).abs()
    by_population = rated.assign(shift=shift).sort_values("aantal_inwoners")
    # the smallest populations are pulled in the most
    assert by_population["shift"].iloc[:3].max() < by_population["shift"].iloc[-20:].min()


def test_bivariate_classes_focus_style_and_legend(wijkradar_provider, density_raster,
                                                  tmp_path):
    index = run_index(tmp_path)["OUTPUT"]
    legend = str(tmp_path / "legend.png")
    result = run_overlay(tmp_path, INPUT=index, INCIDENTS=uri("incidenten", "jaar = 2024"),
                         DENSITY=density_raster, LEGEND=legend)
    out = read_table(result["OUTPUT"])
    classified = out[out.bivariate.notna()]
    # 59 buurten, 2 without an index (Kanaalhaven, which has no inhabitants and so no rate,
    # is one of them)
    assert len(classified) == 57
    vulnerability = -classified.score.astype(float)
    lower = vulnerability.apply(lambda v: (vulnerability < v).sum())
    np.testing.assert_array_equal(classified.vuln_tercile.astype(int),
                                  1 + np.floor(3 * lower / len(classified)))
    assert ((classified.bivariate.str[0] == "C") == (classified.vuln_tercile == 3)).all()
    assert (out.focus == (out.bivariate == "C3")).all()
    assert result["N_FOCUS"] == int(out.focus.sum()) > 0
    focus = out[out.focus].sort_values("focus_rank")
    assert focus.focus_rank.tolist() == list(range(1, len(focus) + 1))
    stem = os.path.splitext(result["OUTPUT"])[0]
    assert os.path.exists(stem + ".qml") and os.path.exists(result["OUTPUT"] +
                                                            ".provenance.json")
    image = QImage(result["LEGEND"])
    assert result["LEGEND"] == legend and not image.isNull() and image.width() >= 600
    assert os.path.exists(legend + ".provenance.json")
    layer = QgsVectorLayer(result["OUTPUT"], "overlay", "ogr")
    assert layer.renderer().type() == "categorizedSymbol"  # the .qml beside it was loaded
    assert {c.value() for c in layer.renderer().categories()} >= {"A1", "C3"}


def test_the_shipped_styles_match_the_renderers(qgis_app):
    from wijkradar.processing import area_monitor_style as style

    for qml, renderer in ((style.BIVARIATE_QML, style.bivariate_renderer()),
                          (style.INDEX_QML, style.index_renderer())):
        layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992&field=bivariate:string&"
                               "field=monitor_class:integer", "s", "memory")
        _, loaded = layer.loadNamedStyle(qml)
        assert loaded, qml
        shipped = [(str(c.value() or ""), c.symbol().color().name(), c.label())
                   for c in layer.renderer().categories()]
        code = [(str(c.value() or ""), c.symbol().color().name(), c.label())
                for c in renderer.categories()]
        assert shipped == code
        assert layer.renderer().classAttribute() == renderer.classAttribute()
    colours = {c.value(): c.symbol().color().name()
               for c in style.bivariate_renderer().categories() if c.value()}
    assert colours["C3"] == "#3b4994" and colours["A1"] == "#e8e8e8" and len(colours) == 9


def test_overlay_needs_a_crime_source_that_fits_the_measure(wijkradar_provider, tmp_path,
                                                            density_raster):
    index = run_index(tmp_path)["OUTPUT"]
    with pytest.raises(QgsProcessingException, match="Give incident points, a density raster"):
        run_overlay(tmp_path, INPUT=index)
    with pytest.raises(QgsProcessingException, match="needs incident points"):
        run_overlay(tmp_path, INPUT=index, DENSITY=density_raster, CRIME_MEASURE=1)
    with pytest.raises(QgsProcessingException, match="density raster"):
        run_overlay(tmp_path, INPUT=index, INCIDENTS=uri("incidenten"), CRIME_MEASURE=2)
    with pytest.raises(QgsProcessingException, match="population field"):
        run_overlay(tmp_path, INPUT=index, INCIDENTS=uri("incidenten"),
                    POPULATION_FIELD="aantal_huishoudens_x")
    with pytest.raises(QgsProcessingException, match="'score' is not in the layer"):
        run_overlay(tmp_path, INPUT=uri("buurten"), DENSITY=density_raster)


def test_algorithms_are_registered_with_help_and_group(wijkradar_provider):
    registry = QgsApplication.processingRegistry()
    for algorithm_id in (INDEX, OVERLAY):
        algorithm = registry.algorithmById(algorithm_id)
        assert algorithm is not None and algorithm.groupId() == "area_monitor"
        assert len(algorithm.shortHelpString()) > 100
        for definition in algorithm.parameterDefinitions():
            assert definition.name() == definition.name().upper()
