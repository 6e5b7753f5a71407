"""Areas and rasters between QGIS and numpy for the area monitor (and any zonal analysis).

- :func:`read_areas`: one pass over a polygon layer: feature ids, geometries as WKB and the
  requested attributes as floats (NULL = NaN), with a content hash for the provenance.
- :func:`rasterise_zones`: polygon k becomes zone k + 1 on a raster's own grid, by the
  pixel-centre rule (as QGIS's zonal statistics), in one GDAL pass; a second pass counts how
  many polygons hold each cell, so overlapping polygons are found and can be handled.
- :func:`read_raster_band`: a band as a float array with NaN for no data.
"""

from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.provenance import ContentHasher
from .bridge import BATCH_SIZE, full_length_blobs, gdal_open, to_float, unmasked_wkb
from .compat import FeatureRequestFlag, GeometryType
from .layer_input import repaired_areas


@dataclass
class AreaTable:
    fids: np.ndarray
    wkb: list  # WKB bytes per feature in the layer's CRS, None for a NULL geometry
    values: dict = field(default_factory=dict)  # field name -> float array (NaN for NULL)
    null_geometries: int = 0
    content_hash: str = ""

    def __len__(self):
        return len(self.fids)

    def row_of_fid(self):
        return {int(fid): row for row, fid in enumerate(self.fids)}


def check_polygons(source, what):
    """Refuses a layer that does not hold polygons, naming it."""
    if QgsWkbTypes.geometryType(source.wkbType()) != GeometryType.Polygon:
        raise QgsProcessingException(QCoreApplication.translate(
            "AreaBridge", "{} must be a polygon layer (areas such as buurten or PC6 areas); '{}' "
            "holds {}.").format(what, source.sourceName(), QgsWkbTypes.geometryDisplayString(
            QgsWkbTypes.geometryType(source.wkbType()))))


def read_areas(source, field_names=(), with_geometry=True, feedback=None, location=None):
    """Reads ids, WKB geometries and numeric attributes of every feature of ``source``.

    ``location`` (from :func:`bridge.ogr_location`): the layer is read in batches through
    GDAL's Arrow interface, with no Python loop per feature; other layers (and a file whose
    feature count disagrees with QGIS's) go through QGIS's feature iterator.
    """
    field_names = list(dict.fromkeys(field_names))  # a field asked for twice is read once
    table = None
    if location is not None:
        table = _read_areas_ogr(location, field_names, with_geometry)
        if table is not None and len(table) != source.featureCount():
            table = None
    if table is None:
        table = _read_areas_qgis(source, field_names, with_geometry, feedback)
    if with_geometry:
        table.wkb = _repaired_wkb(table.wkb, table.fids, feedback)
    return table


def _repaired_wkb(wkbs, fids, feedback):
    """The areas' WKB with invalid outlines repaired (and named in the log)."""
    import shapely

    geometries = shapely.from_wkb(np.array(wkbs, dtype=object)) if wkbs else np.array([])
    fixed = repaired_areas(geometries, fids, feedback)
    if fixed is geometries:  # all valid: the bytes as read
        return wkbs
    return shapely.to_wkb(fixed, output_dimension=2).tolist()


def _read_areas_qgis(source, field_names, with_geometry, feedback):
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(list(field_names), source.fields())
    if not with_geometry:
        request.setFlags(FeatureRequestFlag.NoGeometry)
    total = max(source.featureCount(), 1)
    fids, wkbs, columns = [], [], {name: [] for name in field_names}
    hasher = ContentHasher()
    null_geometries = 0
    for number, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and number % 1000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * number / total)
        fids.append(feature.id())
        if with_geometry:
            geometry = feature.geometry()
            if geometry is None or geometry.isNull() or geometry.isEmpty():
                wkbs.append(None)
                null_geometries += 1
            else:
                blob = bytes(geometry.asWkb())
                wkbs.append(blob)
                hasher.update(np.frombuffer(blob, dtype=np.uint8))
        for name in field_names:
            columns[name].append(to_float(feature[name]))
    values = {name: np.array(column, dtype=float) for name, column in columns.items()}
    hasher.update(*values.values())
    return AreaTable(np.array(fids, dtype=np.int64), wkbs, values, null_geometries,
                     hasher.hexdigest())


def _read_areas_ogr(location, field_names, with_geometry):
    import shapely

    path, layer_name, subset = location
    dataset = gdal_open(path)
    if dataset is None:
        return None
    layer = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(0)
    if layer is None:
        return None
    if subset:
        layer.SetAttributeFilter(subset)
    definition = layer.GetLayerDefn()
    layer.SetIgnoredFields([definition.GetFieldDefn(i).GetName()
                            for i in range(definition.GetFieldCount())
                            if definition.GetFieldDefn(i).GetName() not in field_names]
                           + ([] if with_geometry else ["OGR_GEOMETRY"]))
    fid_column = layer.GetFIDColumn() or "OGC_FID"
    geometry_column = layer.GetGeometryColumn() or "wkb_geometry"
    fids, wkbs, columns = [], [], {name: [] for name in field_names}
    hasher = ContentHasher()
    for table in layer.GetArrowStreamAsNumPy(options=[f"MAX_FEATURES_IN_BATCH={BATCH_SIZE}",
                                                      "INCLUDE_FID=YES"]):
        if fid_column not in table:
            return None
        fids.append(np.asarray(table[fid_column], dtype=np.int64))
        for name in field_names:
            values = table[name]
            if np.ma.isMaskedArray(values):
                values = values.astype(float).filled(np.nan)
            columns[name].append(np.asarray(values, dtype=float))
        if with_geometry:
            blobs = table[geometry_column] if geometry_column in table else table["geometry"]
            blobs = unmasked_wkb(blobs)
            if blobs.dtype.kind in ("S", "V"):
                blobs = full_length_blobs(blobs)
            # through shapely: NULL and empty geometries become None, every blob is ISO WKB
            geometries = shapely.from_wkb(blobs)
            geometries[shapely.is_empty(geometries)] = None
            batch = shapely.to_wkb(geometries, output_dimension=2).tolist()
            wkbs.extend(batch)
            for blob in batch:
                if blob is not None:
                    hasher.update(np.frombuffer(blob, dtype=np.uint8))
    dataset = None
    values = {name: (np.concatenate(parts) if parts else np.zeros(0))
              for name, parts in columns.items()}
    hasher.update(*values.values())
    all_fids = np.concatenate(fids) if fids else np.zeros(0, dtype=np.int64)
    if not with_geometry:
        wkbs = [None] * len(all_fids)
    return AreaTable(all_fids, wkbs, values, sum(blob is None for blob in wkbs) if
                     with_geometry else 0, hasher.hexdigest())


def attribute_rows(table):
    """Rows of a pandas frame as lists of plain Python values with None for NA/NaN, as
    QGIS attributes (vectorised: the same as bridge.attribute_value on every cell)."""
    import pandas as pd

    columns = []
    for name in table.columns:
        column = table[name]
        values = np.array(column.astype(object).to_numpy(), dtype=object, copy=True)
        values[pd.isna(column).to_numpy()] = None
        columns.append(values)
    return [list(row) for row in zip(*columns)] if columns else [[] for _ in range(len(table))]


def transform_wkb(wkbs, source_crs, target_crs):
    """The WKB geometries in ``target_crs`` (None stays None)."""
    transform = QgsCoordinateTransform(source_crs, target_crs, QgsProject.instance())
    out = []
    for blob in wkbs:
        if blob is None:
            out.append(None)
            continue
        geometry = QgsGeometry()
        geometry.fromWkb(blob)
        try:
            geometry.transform(transform)
        except QgsCsException as error:
            raise QgsProcessingException(QCoreApplication.translate(
                "AreaBridge", "Could not reproject an area from {} to {}: {}").format(
                source_crs.authid(), target_crs.authid(), error)) from error
        out.append(bytes(geometry.asWkb()))
    return out


def read_raster_band(path, band_number=1):
    """(values, geotransform, projection WKT): values as float32 (float64 for 64-bit
    rasters) with NaN where the band has no data."""
    dataset = gdal_open(path, raster=True)
    if dataset is None:
        raise QgsProcessingException(QCoreApplication.translate(
            "AreaBridge", "Could not open the raster {}").format(path))
    if not 1 <= band_number <= dataset.RasterCount:
        raise QgsProcessingException(QCoreApplication.translate(
            "AreaBridge", "The raster has no band {}.").format(band_number))
    geotransform = dataset.GetGeoTransform()
    if geotransform[2] != 0 or geotransform[4] != 0 or geotransform[5] >= 0:
        raise QgsProcessingException(QCoreApplication.translate(
            "AreaBridge", "The raster is rotated or not north-up; warp it to a north-up grid "
            "first (Raster > Projections > Warp)."))
    band = dataset.GetRasterBand(band_number)
    values = band.ReadAsArray()
    wide = values.dtype.itemsize > 4 and values.dtype.kind == "f"
    values = values.astype(np.float64 if wide else np.float32, copy=False)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        values[values == nodata] = np.nan
    return values, geotransform, dataset.GetProjection()


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


def rasterise_zones(wkbs, projection_wkt, geotransform, shape, count_overlaps=True):
    """(zones, holders): an Int32 grid with zone k + 1 in the cells whose centre lies in
    polygon k (0 elsewhere; where polygons overlap the last one drawn holds the cell), and a
    UInt16 grid of how many polygons hold each cell (None unless ``count_overlaps``)."""
    srs = None
    if projection_wkt:
        srs = osr.SpatialReference()
        srs.ImportFromWkt(projection_wkt)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    memory = ogr.GetDriverByName("Memory").CreateDataSource("zones")
    layer = memory.CreateLayer("zones", srs, geom_type=ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn("zone", ogr.OFTInteger))
    definition = layer.GetLayerDefn()
    for number, blob in enumerate(wkbs, start=1):
        if blob is None:
            continue
        feature = ogr.Feature(definition)
        feature.SetField(0, number)
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(blob))
        layer.CreateFeature(feature)
    nrows, ncols = shape
    driver = gdal.GetDriverByName("MEM")
    raster = driver.Create("", ncols, nrows, 1, gdal.GDT_Int32)
    raster.SetGeoTransform(tuple(geotransform))
    if projection_wkt:
        raster.SetProjection(projection_wkt)
    gdal.RasterizeLayer(raster, [1], layer, options=["ATTRIBUTE=zone"])
    zones = raster.GetRasterBand(1).ReadAsArray()
    raster = None
    holders = None
    if count_overlaps:
        counter = driver.Create("", ncols, nrows, 1, gdal.GDT_UInt16)
        counter.SetGeoTransform(tuple(geotransform))
        if projection_wkt:
            counter.SetProjection(projection_wkt)
        gdal.RasterizeLayer(counter, [1], layer, burn_values=[1], options=["MERGE_ALG=ADD"])
        holders = counter.GetRasterBand(1).ReadAsArray()
    return zones, holders


WRITE_BATCH = 5000


def write_with_new_values(sink, source, fields, kept, values, rows, feedback, total):
    """Copies each source feature into ``sink`` with its kept attributes followed by its row
    of new values (``values[rows[fid]]``), in batches, with progress and cancellation."""
    batch = []
    every_field = len(kept) == source.fields().count()
    for number, feature in enumerate(source.getFeatures()):
        attributes = feature.attributes()
        if not every_field:
            attributes = [attributes[i] for i in kept]
        feature.setFields(fields, False)
        feature.setAttributes(attributes + values[rows[feature.id()]])
        batch.append(feature)
        if len(batch) == WRITE_BATCH:
            if feedback.isCanceled():
                raise QgsProcessingException(
                    QCoreApplication.translate("WijkradarAlgorithm", "Canceled by the user."))
            feedback.setProgress(100.0 * number / max(total, 1))
            sink.addFeatures(batch, QgsFeatureSink.FastInsert)
            batch = []
    sink.addFeatures(batch, QgsFeatureSink.FastInsert)
