"""wijkradar:kde_hotspots through the Processing registry, as the Toolbox and modeler run it."""

import json
import math
import os

import numpy as np
import pytest
from osgeo import gdal
from qgis import processing
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from .conftest import RecordingFeedback

ALG = "wijkradar:kde_hotspots"
RD_X, RD_Y = 150_000.0, 411_000.0


def clustered_points(n=3000, seed=7):
    rng = np.random.default_rng(seed)
    centres = np.array([[RD_X, RD_Y], [RD_X + 2200, RD_Y + 900], [RD_X - 800, RD_Y + 1700]])
    which = rng.integers(0, len(centres), n)
    return centres[which] + rng.normal(0, [250, 250], (n, 2)) * rng.uniform(0.4, 2.0, (n, 1))


def memory_layer(points, crs="EPSG:28992", dates=None, weights=None, kind="Point"):
    layer = QgsVectorLayer(f"{kind}?crs={crs}&field=w:double&field=datum:string(10)", "pts",
                           "memory")
    features = []
    for i, point in enumerate(points):
        feature = QgsFeature(layer.fields())
        if point is not None:
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*point)) if kind == "Point"
                                else QgsGeometry.fromMultiPointXY([QgsPointXY(*p) for p in point]))
        weight = None if weights is None or weights[i] is None else float(weights[i])
        feature.setAttributes([weight,
                               None if dates is None else dates[i]])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def geopackage(layer, path):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsProject.instance().transformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    return f"{path}|layername={path.stem}"


def run(tmp_path, name="run", feedback=None, **parameters):
    parameters.setdefault("OUTPUT", str(tmp_path / f"{name}.tif"))
    parameters.setdefault("HOTSPOTS", str(tmp_path / f"{name}_hotspots.gpkg"))
    return processing.run(ALG, parameters, feedback=feedback or RecordingFeedback())


def read_raster(path):
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    return band.ReadAsArray().astype(float), dataset.GetGeoTransform(), band.GetNoDataValue()


def quartic_density_by_hand(points, geotransform, shape, radius):
    """Exact sum at pixel centres, written out in the test: 3 / (pi h^2) (1 - d^2/h^2)^2."""
    x0, size, _, y0, _, _ = geotransform
    xs = x0 + size * (np.arange(shape[1]) + 0.5)
    ys = y0 - size * (np.arange(shape[0]) + 0.5)
    gx, gy = np.meshgrid(xs, ys)
    total = np.zeros(shape)
    for px, py in points:
        u2 = ((gx - px) ** 2 + (gy - py) ** 2) / radius**2
        total += np.where(u2 <= 1, (1 - u2) ** 2, 0.0)
    return total * 3 / (math.pi * radius**2) * 1e6  # incidents per km2


def test_density_matches_an_exact_sum_within_half_a_percent_of_the_peak(
        wijkradar_provider, tmp_path):
    points = clustered_points(1500)
    source = geopackage(memory_layer(points), tmp_path / "incidents.gpkg")
    result = run(tmp_path, INPUT=source, RADIUS=400, PIXEL_SIZE=20)
    surface, geotransform, _ = read_raster(result["OUTPUT"])
    exact = quartic_density_by_hand(points, geotransform, surface.shape, 400)
    assert np.abs(surface - exact).max() <= 0.005 * exact.max()
    # density: the kernel integrates to 1, so the surface sums to the number of incidents
    assert surface.sum() * (20 * 20) / 1e6 == pytest.approx(1500, rel=1e-3)
    assert gdal.Open(result["OUTPUT"]).GetRasterBand(1).DataType == gdal.GDT_Float32


def test_vectorised_reading_and_feature_by_feature_reading_agree(wijkradar_provider, tmp_path):
    points = clustered_points(800)
    weights = np.random.default_rng(3).integers(1, 4, len(points)).astype(float)
    layer = memory_layer(points, weights=weights)
    from_file = run(tmp_path, "file", INPUT=geopackage(layer, tmp_path / "pts.gpkg"),
                    WEIGHT_FIELD="w", RADIUS=300, PIXEL_SIZE=25)
    from_memory = run(tmp_path, "memory", INPUT=layer, WEIGHT_FIELD="w", RADIUS=300,
                      PIXEL_SIZE=25)
    a, gt_a, _ = read_raster(from_file["OUTPUT"])
    b, gt_b, _ = read_raster(from_memory["OUTPUT"])
    assert gt_a == gt_b
    np.testing.assert_allclose(a, b, rtol=1e-6, atol=1e-6)
    assert a.sum() * 25 * 25 / 1e6 == pytest.approx(weights.sum(), rel=1e-3)


def test_geographic_input_is_projected_to_rd_new_and_the_log_says_so(
        wijkradar_provider, tmp_path):
    points = clustered_points(500)
    to_wgs84 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:28992"),
                                      QgsCoordinateReferenceSystem("EPSG:4326"),
                                      QgsProject.instance())
    lonlat = [(p.x(), p.y()) for p in (to_wgs84.transform(QgsPointXY(*xy)) for xy in points)]
    feedback = RecordingFeedback()
    result = run(tmp_path, feedback=feedback, INPUT=memory_layer(lonlat, "EPSG:4326"),
                 RADIUS=300, PIXEL_SIZE=25)
    assert result["CRS"] == "EPSG:28992"
    assert any("EPSG:28992" in m and "EPSG:4326" in m for m in feedback.messages)
    projected = run(tmp_path, "rd", INPUT=memory_layer(points), RADIUS=300, PIXEL_SIZE=25)
    a, gt_a, _ = read_raster(result["OUTPUT"])
    b, gt_b, _ = read_raster(projected["OUTPUT"])
    assert gt_a == gt_b
    np.testing.assert_allclose(a, b, atol=1e-3 * b.max())


def test_maps_of_different_periods_line_up_cell_for_cell(wijkradar_provider, tmp_path):
    points = clustered_points(1000)
    first = run(tmp_path, "p1", INPUT=memory_layer(points[:400]), RADIUS=300, PIXEL_SIZE=25)
    second = run(tmp_path, "p2", INPUT=memory_layer(points[400:] + 3.7), RADIUS=300,
                 PIXEL_SIZE=25)
    for result in (first, second):
        x0, size, _, y0, _, _ = read_raster(result["OUTPUT"])[1]
        assert x0 % 25 == 0 and y0 % 25 == 0 and size == 25


def test_multipoints_count_each_point_and_null_geometries_are_skipped_and_reported(
        wijkradar_provider, tmp_path):
    layer = memory_layer([[(RD_X, RD_Y), (RD_X + 500, RD_Y)], None, [(RD_X, RD_Y + 400)]],
                         kind="MultiPoint")
    feedback = RecordingFeedback()
    result = run(tmp_path, feedback=feedback, INPUT=layer, RADIUS=200, PIXEL_SIZE=10)
    assert result["N_INCIDENTS"] == 3
    assert feedback.said("1 incidents without a location", "left out")
    surface = read_raster(result["OUTPUT"])[0]
    assert surface.sum() * 100 / 1e6 == pytest.approx(3, rel=1e-3)


def test_hotspots_are_the_top_five_percent_of_cells_ranked_with_their_incident_counts(
        wijkradar_provider, tmp_path):
    points = clustered_points(2000)
    result = run(tmp_path, INPUT=memory_layer(points), RADIUS=300, PIXEL_SIZE=25)
    surface, geotransform, _ = read_raster(result["OUTPUT"])
    hotspots = QgsVectorLayer(result["HOTSPOTS"], "hot", "ogr")
    features = list(hotspots.getFeatures())
    assert result["N_HOTSPOTS"] == len(features) > 0
    assert sorted(f["rank"] for f in features) == list(range(1, len(features) + 1))
    n_hot = sum(f["n_cells"] for f in features)
    assert n_hot == math.ceil(0.05 * surface.size)
    assert sum(f.geometry().area() for f in features) == pytest.approx(n_hot * 625)
    # the hot cells are the highest ones: every hot cell is >= every other cell
    threshold = np.sort(surface.ravel())[::-1][n_hot - 1]
    inside = [p for p in points if any(f.geometry().contains(QgsPointXY(*p)) for f in features)]
    shown = [f for f in features if not f["onderdrukt"]]
    assert sum(f["incident_count"] for f in shown) <= len(inside)
    for feature in features:
        here = sum(feature.geometry().contains(QgsPointXY(*p)) for p in points)
        if feature["onderdrukt"]:  # privacy: counts below k = 5 are not shown
            assert feature["incident_count"] in (None, NULL) and 1 <= here < 5
        else:
            assert feature["incident_count"] == here
    assert min(f["max_density"] for f in features) >= threshold
    by_rank = sorted(features, key=lambda f: f["rank"])
    totals = [f["mean_density"] * f["n_cells"] for f in by_rank]
    assert totals == sorted(totals, reverse=True)


def test_mask_polygons_leave_no_data_outside_the_study_area(wijkradar_provider, tmp_path):
    points = clustered_points(600)
    square = QgsVectorLayer("Polygon?crs=EPSG:28992", "mask", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(
        f"POLYGON(({RD_X - 1000} {RD_Y - 1000}, {RD_X + 1000} {RD_Y - 1000}, "
        f"{RD_X + 1000} {RD_Y + 1000}, {RD_X - 1000} {RD_Y + 1000}, {RD_X - 1000} {RD_Y - 1000}))"))
    square.dataProvider().addFeatures([feature])
    result = run(tmp_path, INPUT=memory_layer(points), MASK=square, RADIUS=300, PIXEL_SIZE=25)
    surface, (x0, size, _, y0, _, _), nodata = read_raster(result["OUTPUT"])
    xs = x0 + size * (np.arange(surface.shape[1]) + 0.5)
    ys = y0 - size * (np.arange(surface.shape[0]) + 0.5)
    gx, gy = np.meshgrid(xs, ys)
    outside = (np.abs(gx - RD_X) > 1000) | (np.abs(gy - RD_Y) > 1000)
    assert (surface[outside] == nodata).all() and (surface[~outside] >= 0).all()
    hot = QgsVectorLayer(result["HOTSPOTS"], "hot", "ogr")
    n_study = int((~outside).sum())
    assert sum(f["n_cells"] for f in hot.getFeatures()) == math.ceil(0.05 * n_study)


def test_prospective_mode_weighs_an_incident_by_half_per_half_life(wijkradar_provider, tmp_path):
    # Two incidents far apart: 0 and 28 days before the reference date, half-life 14 days.
    layer = memory_layer([(RD_X, RD_Y), (RD_X + 3000, RD_Y)],
                         dates=["2024-03-31", "2024-03-03"])
    result = run(tmp_path, INPUT=layer, DATE_FIELD="datum", REFERENCE_DATE="2024-03-31",
                 HALF_LIFE=14, MAX_AGE=56, RADIUS=300, PIXEL_SIZE=10, OUTPUT_VALUE=1)
    surface, (x0, size, _, y0, _, _), _ = read_raster(result["OUTPUT"])
    half = surface.shape[1] // 2
    assert surface[:, half:].max() / surface[:, :half].max() == pytest.approx(0.25, rel=0.02)


def test_bad_input_gets_a_message_that_says_what_to_do(wijkradar_provider, tmp_path):
    empty = memory_layer([])
    with pytest.raises(QgsProcessingException, match="no features"):
        run(tmp_path, INPUT=empty)
    points = memory_layer(clustered_points(50))
    with pytest.raises(QgsProcessingException, match="[Rr]adius"):
        run(tmp_path, INPUT=points, RADIUS=5, PIXEL_SIZE=25)
    with pytest.raises(QgsProcessingException, match="within the extent"):
        run(tmp_path, INPUT=points, EXTENT="0,1000,0,1000 [EPSG:28992]")
    with pytest.raises(QgsProcessingException, match="cells"):
        run(tmp_path, INPUT=points, EXTENT="0,300000,300000,600000 [EPSG:28992]",
            PIXEL_SIZE=1, RADIUS=10)
    undated = memory_layer(clustered_points(20), dates=["soon"] * 20)
    with pytest.raises(QgsProcessingException, match="date"):
        run(tmp_path, INPUT=undated, DATE_FIELD="datum")
    assert not os.path.exists(tmp_path / "run.tif")  # nothing half-written


def test_every_output_carries_its_provenance(wijkradar_provider, tmp_path):
    result = run(tmp_path, INPUT=memory_layer(clustered_points(300)), RADIUS=300,
                 PIXEL_SIZE=25, PURPOSE="Weekly briefing test")
    raster = result["OUTPUT"]
    with open(raster + ".provenance.json", encoding="utf-8") as handle:
        record = json.load(handle)
    assert record["algorithm"] == ALG and record["purpose"] == "Weekly briefing test"
    assert record["inputs"][0]["feature_count"] == 300
    assert record["inputs"][0]["content_hash"].startswith("sha256:")
    assert record["versions"]["qgis"] and record["versions"]["wijkradar"]
    assert "WIJKRADAR_PROVENANCE" in gdal.Open(raster).GetMetadata()
    assert os.path.exists(raster[:-4] + ".qmd") and os.path.exists(raster[:-4] + ".qml")


def test_a_hotspot_with_fewer_than_k_incidents_shows_no_count(wijkradar_provider, tmp_path):
    rng = np.random.default_rng(5)
    big = rng.normal([RD_X, RD_Y], 60, (200, 2))
    pair = [(RD_X + 4000, RD_Y), (RD_X + 4010, RD_Y + 5)]
    result = run(tmp_path, INPUT=memory_layer(list(big) + pair), RADIUS=200, PIXEL_SIZE=20,
                 HOTSPOT_METHOD=1, K_TIMES_MEAN=0.5)
    features = sorted(QgsVectorLayer(result["HOTSPOTS"], "hot", "ogr").getFeatures(),
                      key=lambda f: f["rank"])
    assert len(features) == 2
    assert features[0]["incident_count"] == 200 and not features[0]["onderdrukt"]
    assert features[1]["incident_count"] in (None, NULL) and features[1]["onderdrukt"]
    with open(result["HOTSPOTS"] + ".provenance.json", encoding="utf-8") as handle:
        assert "Counts below 5 are suppressed" in " ".join(json.load(handle)["notes"])
    assert os.path.exists(result["HOTSPOTS"][:-5] + ".qmd")


def test_lines_are_refused_with_a_message(wijkradar_provider, tmp_path):
    lines = QgsVectorLayer("LineString?crs=EPSG:28992", "roads", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(f"LINESTRING({RD_X} {RD_Y}, {RD_X + 100} {RD_Y})"))
    lines.dataProvider().addFeatures([feature])
    with pytest.raises(QgsProcessingException, match="point layer"):
        run(tmp_path, INPUT=lines)


def test_null_and_negative_weights_are_skipped_and_counted(wijkradar_provider, tmp_path):
    points = [(RD_X, RD_Y), (RD_X + 100, RD_Y), (RD_X + 200, RD_Y), (RD_X + 300, RD_Y)]
    layer = memory_layer(points, weights=[2.0, None, -1.0, 1.0])
    feedback = RecordingFeedback()
    result = run(tmp_path, feedback=feedback, INPUT=layer, WEIGHT_FIELD="w", RADIUS=200,
                 PIXEL_SIZE=10)
    assert result["N_INCIDENTS"] == 2
    assert any("1 points with a NULL weight" in m for m in feedback.messages)
    assert any("1 points with a negative weight" in m for m in feedback.messages)
    surface = read_raster(result["OUTPUT"])[0]
    assert surface.sum() * 100 / 1e6 == pytest.approx(3.0, rel=1e-3)  # weights 2 + 1
