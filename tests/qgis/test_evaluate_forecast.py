"""wijkradar:evaluate_forecast: PAI, PEI and hit rate of polygon and raster scores."""

from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis import processing
from qgis.core import (
    NULL,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

ALG = "wijkradar:evaluate_forecast"
X0, Y0 = 150_000.0, 411_000.0


def squares(scores, size=100.0):
    """A row of equal squares with a score each."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=score:double&field=other:double",
                           "scores", "memory")
    features = []
    for k, score in enumerate(scores):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(
            X0 + k * size, Y0, X0 + (k + 1) * size, Y0 + size)))
        feature.setAttributes([score, float(len(scores) - k)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def points(counts, size=100.0, date=None, extra=()):
    """``counts[k]`` incidents in square k (dated ``date``, default 2024-03-04), plus
    (x, y, date) extras."""
    date = date or QDate(2024, 3, 4)
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=datum:date", "incidents", "memory")
    features = []
    for k, count in enumerate(counts):
        for j in range(count):
            features.append((X0 + k * size + 10 + j, Y0 + 50, date))
    features += list(extra)
    out = []
    for x, y, day in features:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([day])
        out.append(feature)
    layer.dataProvider().addFeatures(out)
    return layer


def run(tmp_path, name="eval", **parameters):
    parameters.setdefault("OUTPUT", str(tmp_path / f"{name}.gpkg"))
    parameters.setdefault("REPORT", str(tmp_path / f"{name}.html"))
    return processing.run(ALG, parameters)


def test_polygon_score_matches_the_hand_calculation(wijkradar_provider, tmp_path):
    # Four equal squares ranked 4 > 3 > 2 > 1 with 5, 0, 3, 2 later incidents (10 in all).
    # 5% of the area is a fifth of square 1, holding 5 / 10 / 5 = 10% of the incidents:
    # hit rate 0.1, PAI 0.1 / 0.05 = 2; the best possible also starts with that square: PEI 1.
    # 20% = four fifths of square 1: hit rate 0.4, PAI 2. k = 1 shows these small counts.
    result = run(tmp_path, "k1", SCORE_LAYER=squares([4, 3, 2, 1]), SCORE_FIELD="score",
                 INCIDENTS=points([5, 0, 3, 2]), MIN_COUNT=1)
    assert result["HIT_RATE_5"] == pytest.approx(0.1)
    assert result["PAI_5"] == pytest.approx(2.0)
    assert result["PEI_5"] == pytest.approx(1.0)
    assert result["PAI_20"] == pytest.approx(2.0)
    assert result["N_INCIDENTS"] == 10 and result["N_OUTSIDE"] == 0
    result = run(tmp_path, SCORE_LAYER=squares([4, 3, 2, 1]), SCORE_FIELD="score",
                 INCIDENTS=points([5, 0, 3, 2]))
    # With k = 5 the 0.2, 1, 2 and 4 hits at 1, 5, 10 and 20% are suppressed, and so is
    # every number they could be computed back from.
    assert all(result[f"{name}_{level}"] is None for name in ("HIT_RATE", "PAI", "PEI")
               for level in (1, 5, 10, 20))
    table = QgsVectorLayer(result["OUTPUT"], "table", "ogr")
    rows = list(table.getFeatures())
    assert len(rows) == 100
    assert [round(r["coverage_pct"]) for r in rows if r["standard_level"]] == [1, 5, 10, 20]
    # Expected hits below k = 5 are suppressed: 0.1 x 10 = 1 at 5% coverage.
    five = next(r for r in rows if round(r["coverage_pct"]) == 5)
    assert five["hits"] == NULL and five["onderdrukt"]
    report = Path(result["REPORT"]).read_text(encoding="utf-8")
    assert "<svg" in report and "PAI" in report and "Chainey" in report
    assert report.count("suppressed (fewer than 5)") == 4 * 3


def test_second_score_and_date_range_and_incidents_outside(wijkradar_provider, tmp_path):
    late, early = QDate(2024, 5, 6), QDate(2023, 1, 2)
    incidents = points([5, 0, 3, 2], date=late, extra=[
        (X0 + 10, Y0 + 50, early), (X0 - 1000, Y0, late), (X0 + 350, Y0 + 50, NULL)])
    result = run(tmp_path, SCORE_LAYER=squares([4, 3, 2, 1]), SCORE_FIELD="score",
                 COMPARE_LAYER=squares([1, 2, 3, 4]), COMPARE_FIELD="score",
                 INCIDENTS=incidents, DATE_FIELD="datum", START_DATE="2024-01-01",
                 MIN_COUNT=1)
    assert result["N_INCIDENTS"] == 10 and result["N_OUTSIDE"] == 1
    assert result["PAI_5"] == pytest.approx(2.0)
    # The reversed ranking starts with square 4 (2 incidents): at 20% of the area its four
    # fifths hold 1.6 of 10 incidents, PAI 0.16 / 0.2 = 0.8; the best 20% (of square 1)
    # hold 4: PEI 0.16 / 0.4. At 5%, 0.4 incidents: below even k = 1, so suppressed.
    assert result["COMPARE_PAI_20"] == pytest.approx(0.8)
    assert result["COMPARE_PEI_20"] == pytest.approx(0.4)
    assert result["COMPARE_PAI_5"] is None


def test_rank_by_density_for_counts_on_unequal_areas(wijkradar_provider, tmp_path):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=count:double", "a", "memory")
    big, small = QgsFeature(layer.fields()), QgsFeature(layer.fields())
    big.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0, Y0, X0 + 900, Y0 + 100)))
    big.setAttributes([10.0])
    small.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + 900, Y0, X0 + 1000, Y0 + 100)))
    small.setAttributes([4.0])
    layer.dataProvider().addFeatures([big, small])
    incidents = points([0] * 9 + [4])
    as_given = run(tmp_path, "given", SCORE_LAYER=layer, SCORE_FIELD="count",
                   INCIDENTS=incidents, MIN_COUNT=1)
    per_km2 = run(tmp_path, "density", SCORE_LAYER=layer, SCORE_FIELD="count",
                  INCIDENTS=incidents, RANK_BY=1, MIN_COUNT=1)
    assert as_given["PAI_5"] == pytest.approx(0.0)
    assert per_km2["PAI_5"] == pytest.approx(10.0)  # the small 10% holds everything


def raster(path, values, pixel=100.0, nodata=-1.0):
    rows, cols = values.shape
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((X0, pixel, 0.0, Y0 + rows * pixel, 0.0, -pixel))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(values)
    dataset = None
    return str(path)


def test_raster_score_counts_cells_and_reports_no_data(wijkradar_provider, tmp_path):
    # One row of 20 cells: the first has the highest score and all 4 incidents but one,
    # one incident falls on a no-data cell. 5% of 19 valid cells is 0.95 of cell 1.
    values = np.array([[9.0] + [1.0] * 18 + [-1.0]], dtype=np.float32)
    path = raster(tmp_path / "score.tif", values)
    incidents = points([4] + [0] * 18 + [1])
    result = run(tmp_path, SCORE_RASTER=path, INCIDENTS=incidents, MIN_COUNT=1)
    assert result["N_INCIDENTS"] == 4 and result["N_OUTSIDE"] == 1
    assert result["HIT_RATE_5"] == pytest.approx(0.95)
    assert result["PAI_5"] == pytest.approx(19.0)
    assert result["PEI_5"] == pytest.approx(1.0)


def test_bad_input_is_refused(wijkradar_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="Give a score"):
        run(tmp_path, INCIDENTS=points([1]))
    with pytest.raises(QgsProcessingException, match="needs the incident date field"):
        run(tmp_path, SCORE_LAYER=squares([1, 2]), SCORE_FIELD="score",
            INCIDENTS=points([1, 1]), START_DATE="2024-01-01")
    with pytest.raises(QgsProcessingException, match="No later incidents"):
        run(tmp_path, SCORE_LAYER=squares([1, 2]), SCORE_FIELD="score",
            INCIDENTS=points([1, 1]), DATE_FIELD="datum", START_DATE="2025-01-01")


def test_report_is_an_html_output(wijkradar_provider):
    algorithm = wijkradar_provider.algorithm("evaluate_forecast")
    assert algorithm.outputDefinition("REPORT").type() == "outputHtml"
