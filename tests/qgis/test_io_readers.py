"""The shared readers of processing/io, each of which replaced copies of its own: one band
reader for the area monitor overlay and the forecast evaluation, one area reader behind
read_area_layer, one conversion of a date parameter."""

import numpy as np
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from wijkradar.processing.io.areas import read_area_layer, read_areas
from wijkradar.processing.io.dates import date_parameter
from wijkradar.processing.io.gdal_files import arrow_reads_filters
from wijkradar.processing.io.rasters import read_raster_band, read_raster_score

from .test_evaluate_forecast import X0, Y0, raster

NAN = np.nan


def test_one_band_reader_gives_no_data_as_nan_to_the_overlay_and_the_evaluation(tmp_path):
    """No-data cells and cells that are not finite (inf from a division by zero in the raster
    calculator) are NaN for both callers; the overlay keeps float32 to save memory at
    national scale, the forecast evaluation reads float64."""
    path = raster(tmp_path / "density.tif", np.array(
        [[1.5, -9999.0, np.inf], [np.nan, 2.25, -np.inf]], dtype=np.float32), nodata=-9999.0)
    expected = np.array([[1.5, NAN, NAN], [NAN, 2.25, NAN]])

    values, transform, projection = read_raster_band(path)
    assert values.dtype == np.float32
    np.testing.assert_array_equal(values, expected)  # NaN in the same cells
    assert transform == (X0, 100.0, 0.0, Y0 + 200.0, 0.0, -100.0)
    assert "28992" in projection

    score = read_raster_score(QgsRasterLayer(path, "density"))
    assert score.values.dtype == np.float64
    np.testing.assert_array_equal(score.values, expected)
    assert score.geotransform == transform
    assert score.crs.authid() == "EPSG:28992"


def buurten_in_wgs84():
    """Three buurten in EPSG:4326 as a municipality exports them: a square near Utrecht, one
    without a geometry, and one whose outline crosses itself; the last has CBS's code for a
    secret figure as its number of inhabitants."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=buurtcode:string"
                           "&field=inwoners:integer", "buurten", "memory")
    rows = [("BU03440101", 120, "POLYGON((5.10 52.09, 5.11 52.09, 5.11 52.10, 5.10 52.10, "
                                "5.10 52.09))"),
            ("BU03440102", 80, None),
            ("BU03440103", -99999999, "POLYGON((5.12 52.09, 5.13 52.10, 5.13 52.09, "
                                      "5.12 52.10, 5.12 52.09))")]
    features = []
    for code, inhabitants, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, inhabitants])
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_the_area_reader_reads_ids_and_keeps_areas_without_a_geometry_in_their_place():
    layer = buurten_in_wgs84()
    table = read_areas(layer, ["inwoners"], id_field="buurtcode", repair=False)
    assert table.ids == ["BU03440101", "BU03440102", "BU03440103"]
    assert [blob is None for blob in table.wkb] == [False, True, False]
    assert table.null_geometries == 1
    np.testing.assert_array_equal(table.values["inwoners"], [120, 80, -99999999])


def test_read_area_layer_is_the_areas_with_a_geometry_in_the_metric_crs(qgis_new_project):
    import shapely

    layer = buurten_in_wgs84()
    rd_new = QgsCoordinateReferenceSystem("EPSG:28992")
    areas = read_area_layer(layer, rd_new, "buurtcode", ["inwoners"])
    assert areas.ids == ["BU03440101", "BU03440103"]
    assert (areas.features, areas.null_geometries) == (3, 1)
    # the secret figure is no value; the self-crossing outline is repaired in RD New
    np.testing.assert_array_equal(areas.values["inwoners"], [120, NAN])
    assert shapely.is_valid(areas.geometries).all()
    # the first square's corner, reprojected by QGIS on its own, is a corner in RD New
    to_rd = QgsCoordinateTransform(layer.crs(), rd_new, QgsProject.instance())
    corner = to_rd.transform(QgsPointXY(5.10, 52.09))
    xmin, ymin = shapely.bounds(areas.geometries[0])[:2]
    assert abs(xmin - corner.x()) < 100 and abs(ymin - corner.y()) < 100
    assert (xmin, ymin) != (5.10, 52.09)
    # the outputs are written with the geometries in the layer's own CRS
    assert areas.originals[0].boundingBox().xMinimum() == 5.10


def test_a_date_parameter_is_its_day_or_none(wijkradar_provider):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(
        "wijkradar:near_repeat")
    context = QgsProcessingContext()

    def day(value):
        return date_parameter(algorithm, {"START_DATE": value}, "START_DATE", context)

    assert day(QDateTime(QDate(2023, 12, 31), QTime(23, 30))) == np.datetime64("2023-12-31")
    assert day(QDateTime(QDate(1998, 2, 1), QTime(0, 0))) == np.datetime64("1998-02-01")
    assert day("2031-07-04T00:00:00") == np.datetime64("2031-07-04")
    assert day(None) is None


def test_arrow_is_given_attribute_filters_only_where_gdal_reads_them_right():
    assert not arrow_reads_filters(3100300)  # QGIS 3.40 on Debian 13: corrupt batches
    assert arrow_reads_filters(3060200) and arrow_reads_filters(3130300)


def typed_incidents(path):
    """600 incidents in a GeoPackage, three types, text dates."""
    from osgeo import ogr, osr

    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    rd = osr.SpatialReference()
    rd.ImportFromEPSG(28992)
    layer = dataset.CreateLayer("incidents", rd, ogr.wkbPoint)
    for name in ("offence_type", "occurred_on"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for i in range(600):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature["offence_type"] = ("burglary", "theft", "nuisance")[i % 3]
        feature["occurred_on"] = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({X0 + 7 * i} {Y0 + 3 * i})"))
        layer.CreateFeature(feature)
    dataset = None
    return path


def test_a_filtered_layer_is_read_through_qgis_where_gdal_misreads_filters(
        wijkradar_provider, tmp_path, monkeypatch):
    """A layer's own subset and a type filter give the same incidents whether GDAL's Arrow
    stream or QGIS reads them; on a GDAL that misreads filters, QGIS reads them."""
    from osgeo import gdal

    from wijkradar.processing.io.point_tables import point_reader, read_points, type_filter

    path = typed_incidents(tmp_path / "incidents.gpkg")
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("wijkradar:near_repeat")
    parameters = {"INPUT": f"{path}|layername=incidents|subset=\"occurred_on\" >= '2024-06'"}
    context = QgsProcessingContext()
    source = algorithm.parameterAsSource(parameters, "INPUT", context)
    crs = QgsCoordinateReferenceSystem("EPSG:28992")
    wanted = sorted(X0 + 7 * i for i in range(600)
                    if i % 3 != 2 and f"2024-{1 + i % 12:02d}" >= "2024-06")

    def read():
        reader = point_reader(algorithm, parameters, "INPUT", context, source, crs,
                              "occurred_on", type_filter("offence_type", "burglary, theft"))
        return reader.vectorised, sorted(read_points(reader).x)

    vectorised, xs = read()
    assert xs == wanted and vectorised == arrow_reads_filters()
    monkeypatch.setattr(gdal, "VersionInfo", lambda *_: "3100300")
    vectorised, xs = read()
    assert xs == wanted and not vectorised
    # the type filter alone, on a layer without a subset of its own
    parameters["INPUT"] = f"{path}|layername=incidents"
    source = algorithm.parameterAsSource(parameters, "INPUT", context)
    vectorised, xs = read()
    assert xs == sorted(X0 + 7 * i for i in range(600) if i % 3 != 2) and not vectorised
