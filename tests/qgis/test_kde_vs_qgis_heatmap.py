"""Wijkradar's kernel density against QGIS's own heatmap (qgis:heatmapkerneldensityestimation).

Both are run on the same small point layer with the quartic kernel, raw output, the same
radius and pixel size, and compared with an exact sum of kernel values written out here.

How QGIS 3.22's heatmap lays out its raster (read from src/analysis/raster/qgskde.cpp):

- Extent: the layer's extent grown by the radius on every side, not snapped to anything.
  The raster's top-left corner is (xMin - radius, yMax + radius).
- Size: ceil(width / pixel) + 1 columns and ceil(height / pixel) + 1 rows of the grown
  extent, so the raster reaches one to two pixels beyond it in the east and the south.
- Columns are exact: a point's kernel is evaluated at xMin + (column + 0.5) * pixel, the
  centre of the column the geotransform gives.
- Rows are not. The block of rows a point touches is found counting down from the top
  (row floor((yMax - y) / pixel) - buffer onwards, as GDAL numbers rows), but the y where
  the kernel is evaluated for the k-th row of that block is counted up from the bottom:
  yMin + (floor((y - yMin) / pixel) - buffer + k + 0.5) * pixel. Going down the block the
  written row moves south while the evaluated y moves north, so each point's kernel is
  drawn mirrored in y. For a symmetric kernel that is the same as moving the point within
  its own row: its distance below the row's top edge becomes frac((y - yMin) / pixel)
  pixels instead of frac((yMax - y) / pixel). When the grown extent's height is a whole
  number of pixels that is the point mirrored about the centre line of its row; otherwise
  it is an unrelated offset. Either way a point's kernel can land up to one pixel too far
  north or south, while the geotransform claims plain cell centres.

Wijkradar evaluates the kernel at the true centres of its cells (up to its binning error,
below 0.5% of the peak) on a grid snapped to whole multiples of the pixel size, so maps of
different periods line up cell for cell; its extent is also the points' extent plus the
radius, snapped outward.

QGIS 3.22's "Scaled" quartic uses the normalising constant 116 / (5 pi h^2) where the
kernel 15/16 (1 - u^2)^2 needs 16 / (5 pi h^2): its scaled surface is 116 / 16 = 7.25
times too high (QGIS issue #60616, fixed upstream in 2025). Wijkradar's "scaled" output
divides the raw kernel by its integral, pi h^2 / 3, so the kernel integrates to 1 and the
surface integrates to the number of incidents.
"""

import math

import numpy as np
import pytest
from osgeo import gdal
from qgis import processing
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

QGIS_HEATMAP = "qgis:heatmapkerneldensityestimation"
WIJKRADAR_KDE = "wijkradar:kde_hotspots"
RD_X, RD_Y = 150_000.0, 411_000.0
# A whole number of pixels: QGIS's block of 2 * buffer + 1 rows and columns then covers
# every cell within the radius (it rounds the buffer up when radius - buffer * pixel
# exceeds 0.5 map units, not half a pixel).
RADIUS = 200.0
PIXEL = 10.0
# QGIS Raw, quartic: wijkradar output enum 1 = raw, 2 = scaled; QGIS 0 = raw, 1 = scaled.
WIJKRADAR_RAW, WIJKRADAR_SCALED = 1, 2
QGIS_RAW, QGIS_SCALED = 0, 1


@pytest.fixture(autouse=True)
def qgis_heatmap_available(qgis_processing):
    if QgsApplication.processingRegistry().algorithmById(QGIS_HEATMAP) is None:
        pytest.skip(f"{QGIS_HEATMAP} is not available in this QGIS")


def points(n=150, seed=11, on_lattice=False):
    """Seeded clustered points with fractional coordinates.

    ``on_lattice``: the first two points lie on whole multiples of the pixel size at the
    south-west and north-east of the others, so the layer's extent (and with it QGIS's grid
    origin, extent minus radius) lies on Wijkradar's lattice of 10 m cells.
    """
    rng = np.random.default_rng(seed)
    centres = np.array([[RD_X, RD_Y], [RD_X + 420.3, RD_Y + 170.9], [RD_X - 180.6, RD_Y + 390.2]])
    which = rng.integers(0, len(centres), n)
    xy = centres[which] + rng.normal(0, 90, (n, 2)) * rng.uniform(0.5, 1.5, (n, 1))
    if on_lattice:
        xy[0] = np.floor(xy.min(axis=0) / PIXEL) * PIXEL - PIXEL
        xy[1] = np.ceil(xy.max(axis=0) / PIXEL) * PIXEL + PIXEL
    return xy


def memory_layer(xy):
    layer = QgsVectorLayer("Point?crs=EPSG:28992", "incidents", "memory")
    features = []
    for x, y in xy:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def run_qgis(layer, path, output_value=QGIS_RAW):
    result = processing.run(QGIS_HEATMAP, {
        "INPUT": layer, "RADIUS": RADIUS, "PIXEL_SIZE": PIXEL, "KERNEL": 0,
        "OUTPUT_VALUE": output_value, "OUTPUT": str(path)}, feedback=QgsProcessingFeedback())
    return read_raster(result["OUTPUT"])


def run_wijkradar(layer, path, output_value=WIJKRADAR_RAW):
    result = processing.run(WIJKRADAR_KDE, {
        "INPUT": layer, "RADIUS": RADIUS, "PIXEL_SIZE": PIXEL, "KERNEL": 0,
        "OUTPUT_VALUE": output_value, "OUTPUT": str(path),
        "HOTSPOTS": str(path.with_suffix(".gpkg"))}, feedback=QgsProcessingFeedback())
    return read_raster(result["OUTPUT"])


def read_raster(path):
    """Values (no-data, where no kernel reached, as 0) and the geotransform."""
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray().astype(np.float64)
    values[values == band.GetNoDataValue()] = 0.0
    return values, dataset.GetGeoTransform()


def claimed_centres(geotransform, shape):
    """Cell centres as the geotransform states them: x per column, y per row."""
    x0, size, _, y0, _, _ = geotransform
    return x0 + size * (np.arange(shape[1]) + 0.5), y0 - size * (np.arange(shape[0]) + 0.5)


def quartic_raw(dx, dy):
    u2 = (dx**2 + dy**2) / RADIUS**2
    return np.where(u2 <= 1.0, (1.0 - u2) ** 2, 0.0)


def exact_sum(xy, xs, ys):
    """Exact raw quartic sum at the cell centres (xs per column, ys per row)."""
    total = np.zeros((len(ys), len(xs)))
    for px, py in xy:
        total += quartic_raw(xs[None, :] - px, ys[:, None] - py)
    return total


def grown_extent(layer):
    """QGIS's bounds: the layer's extent grown by the radius (xmin, ymin, xmax, ymax)."""
    extent = layer.extent()
    return (extent.xMinimum() - RADIUS, extent.yMinimum() - RADIUS,
            extent.xMaximum() + RADIUS, extent.yMaximum() + RADIUS)


def exact_sum_where_qgis_evaluates(xy, layer, geotransform, shape):
    """The sum QGIS 3.22 computes: for each point, the kernel at the y QGIS evaluates.

    Columns: the claimed centres. Rows: for a point at height ``a = (y - yMin) / pixel``
    above the grown extent's bottom and ``b = (yMax - y) / pixel`` below its top, row R is
    filled with the kernel at yMin + (floor(a) - floor(b) + R + 0.5) * pixel (the block
    offset ``buffer`` cancels out).
    """
    xmin, ymin, _, ymax = grown_extent(layer)
    xs, _ = claimed_centres(geotransform, shape)
    rows = np.arange(shape[0])
    total = np.zeros(shape)
    for px, py in xy:
        a, b = (py - ymin) / PIXEL, (ymax - py) / PIXEL
        used_ys = ymin + (math.floor(a) - math.floor(b) + rows + 0.5) * PIXEL
        total += quartic_raw(xs[None, :] - px, used_ys[:, None] - py)
    return total


def common_cells(a, gt_a, b, gt_b):
    """The overlapping cells of two rasters whose cell centres coincide."""
    cols = (gt_b[0] - gt_a[0]) / PIXEL
    rows = (gt_a[3] - gt_b[3]) / PIXEL
    assert cols == pytest.approx(round(cols), abs=1e-6)
    assert rows == pytest.approx(round(rows), abs=1e-6)
    cols, rows = round(cols), round(rows)
    a_rows = slice(max(rows, 0), min(a.shape[0], rows + b.shape[0]))
    a_cols = slice(max(cols, 0), min(a.shape[1], cols + b.shape[1]))
    b_rows = slice(a_rows.start - rows, a_rows.stop - rows)
    b_cols = slice(a_cols.start - cols, a_cols.stop - cols)
    return a[a_rows, a_cols], b[b_rows, b_cols]


def test_qgis_grid_is_the_extent_plus_radius_with_one_extra_row_and_column(tmp_path):
    layer = memory_layer(points())
    values, geotransform = run_qgis(layer, tmp_path / "qgis.tif")
    xmin, ymin, xmax, ymax = grown_extent(layer)
    assert geotransform == pytest.approx((xmin, PIXEL, 0.0, ymax, 0.0, -PIXEL))
    assert values.shape == (math.ceil((ymax - ymin) / PIXEL) + 1,
                            math.ceil((xmax - xmin) / PIXEL) + 1)


def test_wijkradar_equals_an_exact_sum_at_its_own_pixel_centres(wijkradar_provider, tmp_path):
    xy = points()
    surface, geotransform = run_wijkradar(memory_layer(xy), tmp_path / "wijkradar.tif")
    assert geotransform[0] % PIXEL == 0 and geotransform[3] % PIXEL == 0  # snapped grid
    exact = exact_sum(xy, *claimed_centres(geotransform, surface.shape))
    assert np.abs(surface - exact).max() <= 0.005 * exact.max()


@pytest.mark.parametrize("on_lattice", [False, True], ids=["any-extent", "extent-on-lattice"])
def test_qgis_equals_an_exact_sum_where_it_actually_evaluates(tmp_path, on_lattice):
    """QGIS matches the sum at its mirrored row positions to Float32 precision, and misses
    the sum at the centres its geotransform claims by far more."""
    xy = points(on_lattice=on_lattice)
    layer = memory_layer(xy)
    values, geotransform = run_qgis(layer, tmp_path / "qgis.tif")
    used = exact_sum_where_qgis_evaluates(xy, layer, geotransform, values.shape)
    claimed = exact_sum(xy, *claimed_centres(geotransform, values.shape))
    peak = used.max()
    # QGIS accumulates in the Float32 raster, point by point
    assert np.abs(values - used).max() <= 1e-5 * peak
    assert np.abs(values - claimed).max() >= 0.002 * peak


def test_after_aligning_grids_wijkradar_and_qgis_agree_within_2_5_percent_of_the_peak(
        wijkradar_provider, tmp_path):
    """On points whose extent lies on the 10 m lattice, QGIS's grid origin (extent minus
    radius) falls on Wijkradar's snapped grid and both share their cell centres; QGIS has
    one extra row and column in the south and east, so only the common cells are compared.

    What differences remain come from QGIS's mirrored rows (each point's kernel up to a
    pixel north or south: about 1.7% of the peak on these points, radius 20 pixels) and
    from Wijkradar's binning (about 0.05%): the bound is 2.5% of the peak per cell and a
    correlation above 0.999; the totals agree, and Wijkradar is by far the closer of the
    two to the exact sum at the cell centres."""
    xy = points(on_lattice=True)
    layer = memory_layer(xy)
    ours, gt_ours = run_wijkradar(layer, tmp_path / "wijkradar.tif")
    theirs, gt_theirs = run_qgis(layer, tmp_path / "qgis.tif")
    a, b = common_cells(ours, gt_ours, theirs, gt_theirs)
    assert a.shape == ours.shape  # QGIS's raster covers all of Wijkradar's
    peak = max(a.max(), b.max())
    assert np.abs(a - b).max() <= 0.025 * peak
    assert np.corrcoef(a.ravel(), b.ravel())[0, 1] >= 0.999
    assert b.sum() == pytest.approx(a.sum(), rel=1e-3)
    exact = exact_sum(xy, *claimed_centres(gt_ours, ours.shape))
    assert np.abs(a - exact).max() < np.abs(b - exact).max() / 10


def test_qgis_scaled_quartic_is_7_25_times_wijkradars_density_per_square_metre(
        wijkradar_provider, tmp_path):
    """Wijkradar's scaled surface integrates to the number of points (its kernel integrates
    to 1); QGIS 3.22's is 116 / 16 = 7.25 times higher (fixed upstream in 2025)."""
    xy = points(on_lattice=True)
    layer = memory_layer(xy)
    ours, gt_ours = run_wijkradar(layer, tmp_path / "wijkradar.tif", WIJKRADAR_SCALED)
    theirs, gt_theirs = run_qgis(layer, tmp_path / "qgis.tif", QGIS_SCALED)
    raw, _ = run_qgis(layer, tmp_path / "qgis_raw.tif", QGIS_RAW)
    assert ours.sum() * PIXEL**2 == pytest.approx(len(xy), rel=1e-3)
    a, b = common_cells(ours, gt_ours, theirs, gt_theirs)
    ratio = b.sum() / a.sum()
    # QGIS's scaled output is its raw output times one constant
    hot = raw > 0.01 * raw.max()
    scale = (theirs[hot] / raw[hot]) * math.pi * RADIUS**2 / 3
    np.testing.assert_allclose(scale, scale.mean(), rtol=1e-5)
    if Qgis.QGIS_VERSION_INT < 34000:
        assert ratio == pytest.approx(116 / 16, rel=2e-3)
        assert scale.mean() == pytest.approx(116 / 16, rel=1e-5)
    else:
        # QGIS issue #60616 (reported on 3.40.3) was fixed in 2025: later releases give 1
        assert ratio == pytest.approx(116 / 16, rel=2e-3) or ratio == pytest.approx(1, rel=2e-3)
