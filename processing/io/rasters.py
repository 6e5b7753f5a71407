"""Rasters in and out: one reader of a raster band (:func:`read_raster_band`; a score raster
with its hash for provenance: :func:`read_raster_score`), the cells that points or bounds
fall in, and Float32 GeoTIFFs written completely or not at all."""

import os
import tempfile
from dataclasses import dataclass

import numpy as np
from osgeo import gdal
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ...core.provenance import ContentHasher
from ..compat import CrsWktVariant
from .gdal_files import gdal_open


def _tr(text):
    return QCoreApplication.translate("LayerIO", text)


def geotransform(grid):
    return (grid.xmin, grid.pixel_size, 0.0, grid.ymax, 0.0, -grid.pixel_size)


def read_raster_band(path, band_number=1, dtype=None):
    """(values, geotransform, projection WKT) of a band of a north-up raster: values as
    ``dtype`` (default float32, float64 for 64-bit rasters) with NaN where the band has no
    data or a value that is not finite."""
    dataset = gdal_open(path, raster=True)
    if dataset is None:
        raise QgsProcessingException(_tr("Could not open the raster {}").format(path))
    if not 1 <= band_number <= dataset.RasterCount:
        raise QgsProcessingException(_tr("The raster has no band {}.").format(band_number))
    transform = dataset.GetGeoTransform()
    if transform[2] != 0 or transform[4] != 0 or transform[5] >= 0:
        raise QgsProcessingException(_tr(
            "The raster is rotated or not north-up; warp it to a north-up grid first "
            "(Raster > Projections > Warp)."))
    band = dataset.GetRasterBand(band_number)
    values = band.ReadAsArray()
    if dtype is None:
        wide = values.dtype.itemsize > 4 and values.dtype.kind == "f"
        dtype = np.float64 if wide else np.float32
    values = values.astype(dtype, copy=False)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        values[values == nodata] = np.nan
    values[~np.isfinite(values)] = np.nan
    return values, transform, dataset.GetProjection()


@dataclass
class RasterScore:
    values: np.ndarray  # float64, NaN for no data
    geotransform: tuple
    crs: QgsCoordinateReferenceSystem
    content_hash: str


def read_raster_score(layer, band=1, crs=None):
    """A band of a raster layer as a :class:`RasterScore`. ``crs``: the raster's CRS when
    its layer gives none (layer_input.raster_crs)."""
    values, transform, _ = read_raster_band(layer.source(), band, np.float64)
    hasher = ContentHasher()
    hasher.update(np.ascontiguousarray(values))
    return RasterScore(values, transform, crs or layer.crs(), hasher.hexdigest())


def raster_cells(score, x, y):
    """Flat cell index of each point on the raster, -1 outside it or on a no-data cell."""
    x0, dx, _, y0, _, dy = score.geotransform
    nrows, ncols = score.values.shape
    cols = np.floor((np.asarray(x) - x0) / dx).astype(np.int64)
    rows = np.floor((np.asarray(y) - y0) / dy).astype(np.int64)
    inside = (cols >= 0) & (cols < ncols) & (rows >= 0) & (rows < nrows)
    cells = np.where(inside, rows * ncols + cols, -1)
    valid = np.isfinite(score.values.ravel())
    cells[inside] = np.where(valid[cells[inside]], cells[inside], -1)
    return cells



def window_of_bounds(bounds, geotransform, shape):
    """(row0, row1, col0, col1) of the cells of a north-up grid that the bounds (xmin, ymin,
    xmax, ymax) overlap, clipped to the grid; None when they miss the grid."""
    x0, dx, _, y0, _, dy = geotransform
    col0 = int(np.floor((bounds[0] - x0) / dx))
    col1 = int(np.ceil((bounds[2] - x0) / dx))
    row0 = int(np.floor((bounds[3] - y0) / dy))
    row1 = int(np.ceil((bounds[1] - y0) / dy))
    col0, col1 = max(col0, 0), min(col1, shape[1])
    row0, row1 = max(row0, 0), min(row1, shape[0])
    if col0 >= col1 or row0 >= row1:
        return None
    return row0, row1, col0, col1



def write_geotiff(path, array, grid, crs, nodata, metadata=None):
    """Writes a Float32 GeoTIFF (north-up, row 0 = top) completely, or not at all."""
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(suffix=".tif", dir=folder)
    os.close(handle)
    try:
        driver = gdal.GetDriverByName("GTiff")
        dataset = driver.Create(temporary, grid.ncols, grid.nrows, 1, gdal.GDT_Float32,
                                options=["COMPRESS=DEFLATE", "PREDICTOR=3", "TILED=YES",
                                         "BIGTIFF=IF_SAFER"])
        if dataset is None:
            raise QgsProcessingException(_tr("Could not create the raster {}").format(path))
        dataset.SetGeoTransform(geotransform(grid))
        dataset.SetProjection(crs.toWkt(CrsWktVariant.PreferredGdal))
        band = dataset.GetRasterBand(1)
        band.SetNoDataValue(nodata)
        band.WriteArray(array.astype(np.float32))
        band.ComputeStatistics(False)
        for key, value in (metadata or {}).items():
            dataset.SetMetadataItem(key, value)
        dataset.FlushCache()
        dataset = None
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.remove(temporary)
        raise
