"""The bridge between QGIS layers and the numpy arrays that ``core/`` computes on.

Reading points: OGR-backed layers (GeoPackage, Shapefile, FlatGeobuf, ...) are read in
batches through GDAL's Arrow interface, with no Python loop per feature; other providers
(memory, PostGIS, selections) go through QGIS's feature iterator. Either way the caller gets
batches, so memory stays bounded by the batch and the grid, not by the number of points.
"""

import math
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsProviderRegistry,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from .compat import CrsWktVariant, DistanceUnit, FeatureRequestFlag, GeometryType, field_type

BATCH_SIZE = 65536
RD_NEW = "EPSG:28992"
# Where RD New is valid (lon/lat, WGS84): Dutch data is projected to it.
NETHERLANDS_LONLAT = (3.2, 50.7, 7.3, 53.7)


@dataclass
class PointBatch:
    x: np.ndarray
    y: np.ndarray
    weight: Optional[np.ndarray] = None
    date: Optional[np.ndarray] = None  # numpy datetime64[D]; NaT where missing
    parsed: Optional[object] = None  # core.dates.ParsedDates of the date field: what was read


@dataclass
class ReadCounts:
    features: int = 0
    points: int = 0
    null_geometries: int = 0
    null_weights: int = 0
    negative_weights: int = 0
    notes: list = field(default_factory=list)


# -- CRS ---------------------------------------------------------------------------------

def is_metric(crs):
    return (crs.isValid() and not crs.isGeographic()
            and crs.mapUnits() == DistanceUnit.Meters)


def metric_crs_for(crs, extent):
    """The CRS to compute in: the layer's own if it is in metres, else RD New for Dutch
    data, else the UTM zone of the data's centre."""
    if is_metric(crs):
        return crs
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    to_wgs84 = QgsCoordinateTransform(crs, wgs84, QgsProject.instance().transformContext())
    centre = to_wgs84.transform(extent.center())
    west, south, east, north = NETHERLANDS_LONLAT
    if west <= centre.x() <= east and south <= centre.y() <= north:
        return QgsCoordinateReferenceSystem(RD_NEW)
    zone = int((centre.x() + 180) // 6) + 1
    return QgsCoordinateReferenceSystem(f"EPSG:{32600 + zone if centre.y() >= 0 else 32700 + zone}")


def transform_extent(extent, source_crs, target_crs):
    if source_crs == target_crs:
        return QgsRectangle(extent)
    transform = QgsCoordinateTransform(source_crs, target_crs, QgsProject.instance())
    return transform.transformBoundingBox(extent)


# -- reading points ----------------------------------------------------------------------

def ogr_location(algorithm, parameters, name, context):
    """(path, layer name, subset) when the input can be read straight through OGR, else None.

    Selections, feature limits and layers with unsaved edits go through QGIS instead.
    """
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
            value.selectedFeaturesOnly or value.featureLimit != -1):
        return None
    return layer_ogr_location(algorithm.parameterAsVectorLayer(parameters, name, context))


def layer_ogr_location(layer):
    """(path, layer name, subset) of a layer GDAL can read as it is saved, else None."""
    if layer is None or layer.providerType() != "ogr" or layer.isModified():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    # A layer opened with options (a CSV's X/Y columns, its separator) is read as QGIS
    # opened it: GDAL on its own would not find the same geometries.
    if not parts.get("path") or parts.get("openOptions"):
        return None
    return parts["path"], parts.get("layerName") or parts.get("layerId"), layer.subsetString()


def gdal_open(path, raster=False):
    """The dataset at ``path`` opened read-only, or None when GDAL cannot open it, whether
    GDAL raises exceptions (as QGIS 3.40 and later have it) or returns None (3.22)."""
    try:
        if raster:
            return gdal.Open(path, gdal.GA_ReadOnly)
        return gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:
        return None


def open_ogr_layer(path, layer_name, subset):
    """(dataset, layer) opened read-only through GDAL, the subset applied; keep the dataset
    while the layer is used."""
    dataset = gdal_open(path)
    layer = None if dataset is None else (
        dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(0))
    if layer is None:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "Bridge", "Could not open layer {} in {}").format(layer_name, path))
    if subset:
        layer.SetAttributeFilter(subset)
    return dataset, layer


class PointReader:
    """Reads point coordinates (multipoints split into their points), weights and dates."""

    def __init__(self, source, source_crs, target_crs, weight_field=None, date_field=None,
                 ogr_location=None):
        self.source = source
        self.source_crs = source_crs
        self.target_crs = target_crs
        self.weight_field = weight_field or None
        self.date_field = date_field or None
        self.location = ogr_location
        self.counts = ReadCounts()

    @property
    def vectorised(self):
        return self.location is not None

    def batches(self, feedback=None):
        self.counts = ReadCounts()
        reader = self._ogr_batches if self.location else self._qgis_batches
        total = max(self.source.featureCount(), 1)
        for batch in reader():
            if feedback is not None:
                if feedback.isCanceled():
                    return
                feedback.setProgress(min(100.0, 100.0 * self.counts.features / total))
            yield self._clean(batch)

    def _ogr_batches(self):
        dataset, layer = open_ogr_layer(*self.location)
        wanted = {f for f in (self.weight_field, self.date_field) if f}
        definition = layer.GetLayerDefn()
        layer.SetIgnoredFields([definition.GetFieldDefn(i).GetName()
                                for i in range(definition.GetFieldCount())
                                if definition.GetFieldDefn(i).GetName() not in wanted])
        transform = self._osr_transform()
        geometry_column = layer.GetGeometryColumn() or "wkb_geometry"
        # GDAL 3.6 returns empty geometries from a GeoPackage when every attribute column
        # is ignored and the FID is left out: keep the FID column.
        for table in layer.GetArrowStreamAsNumPy(
                options=[f"MAX_FEATURES_IN_BATCH={BATCH_SIZE}", "INCLUDE_FID=YES"]):
            wkb = table[geometry_column] if geometry_column in table else table["geometry"]
            yield self._batch_from_wkb(wkb, table, transform)
        del dataset  # kept open while the layer was read; closes the file

    def _osr_transform(self):
        if self.source_crs == self.target_crs:
            return None
        source, target = osr.SpatialReference(), osr.SpatialReference()
        source.ImportFromWkt(self.source_crs.toWkt(CrsWktVariant.Preferred))
        target.ImportFromWkt(self.target_crs.toWkt(CrsWktVariant.Preferred))
        for srs in (source, target):
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        return osr.CoordinateTransformation(source, target)

    def _batch_from_wkb(self, wkb, table, transform):
        import shapely

        blobs = unmasked_wkb(wkb)
        if blobs.dtype.kind in ("S", "V"):  # fixed-width values: read the raw buffer
            direct = points_from_fixed_wkb(blobs)
            if direct is not None:
                return self._batch_from_coordinates(direct, np.arange(len(blobs)), table,
                                                    transform)
            blobs = full_length_blobs(blobs)
        geometries = shapely.from_wkb(blobs)
        kinds = shapely.get_type_id(geometries)
        if np.any((kinds != -1) & (kinds != 0) & (kinds != 4)):
            raise QgsProcessingException(QCoreApplication.translate(
                "Bridge", "The input holds lines or polygons: use a point layer (for areas, use "
                "their centroids)."))
        coords, owner = shapely.get_coordinates(geometries, return_index=True)
        self.counts.null_geometries += int(len(geometries) - len(np.unique(owner)))
        return self._batch_from_coordinates(coords, owner, table, transform,
                                            n_features=len(geometries))

    def _batch_from_coordinates(self, coords, owner, table, transform, n_features=None):
        self.counts.features += len(coords) if n_features is None else n_features
        finite = np.isfinite(coords).all(axis=1)  # WKB 'POINT EMPTY' holds NaN coordinates
        if not finite.all():
            self.counts.null_geometries += int((~finite).sum())
            coords, owner = coords[finite], owner[finite]
        if transform is not None and len(coords):
            coords = np.asarray(transform.TransformPoints(coords))[:, :2]
        return self._batch(coords[:, 0].copy(), coords[:, 1].copy(),
                           self._column(table, self.weight_field, owner),
                           table[self.date_field] if self.date_field else None, owner)

    @staticmethod
    def _column(table, name, owner):
        if not name:
            return None
        values = table[name]
        if np.ma.isMaskedArray(values):
            values = values.astype(float).filled(np.nan)
        return np.asarray(values, dtype=float)[owner]

    def _qgis_batches(self):
        request = QgsFeatureRequest()
        request.setDestinationCrs(self.target_crs, QgsProject.instance().transformContext())
        fields = [f for f in (self.weight_field, self.date_field) if f]
        request.setSubsetOfAttributes(fields, self.source.fields())
        xs, ys, weights, dates = [], [], [], []
        for feature in self.source.getFeatures(request):
            self.counts.features += 1
            points = point_coordinates(feature.geometry())
            if not points:
                self.counts.null_geometries += 1
                continue
            for x, y in points:
                xs.append(x)
                ys.append(y)
                if self.weight_field:
                    weights.append(feature[self.weight_field])
                if self.date_field:
                    dates.append(python_value(feature[self.date_field]))
            if len(xs) >= BATCH_SIZE:
                yield self._batch_from_lists(xs, ys, weights, dates)
                xs, ys, weights, dates = [], [], [], []
        if xs:
            yield self._batch_from_lists(xs, ys, weights, dates)

    def _batch_from_lists(self, xs, ys, weights, dates):
        weight = None
        if self.weight_field:
            weight = np.array([to_float(w) for w in weights], dtype=float)
        return self._batch(np.array(xs, dtype=float), np.array(ys, dtype=float), weight,
                           dates if self.date_field else None)

    @staticmethod
    def _batch(x, y, weight, date_values, owner=None):
        """A PointBatch; the dates (of the features, ``owner`` the feature of each point)
        read by core.dates, each value by its own format."""
        if date_values is None:
            return PointBatch(x, y, weight)
        from ..core.dates import parse_dates

        parsed = parse_dates(date_values)
        if owner is not None:
            parsed = parsed[owner]
        return PointBatch(x, y, weight, parsed.days, parsed)

    def _clean(self, batch):
        """Drops points with NULL or negative weights (counted, reported by the caller)."""
        self.counts.points += len(batch.x)
        if batch.weight is None:
            return batch
        null = np.isnan(batch.weight)
        negative = batch.weight < 0
        self.counts.null_weights += int(null.sum())
        self.counts.negative_weights += int(negative.sum())
        keep = ~(null | negative)
        if keep.all():
            return batch
        self.counts.points -= int((~keep).sum())
        return PointBatch(batch.x[keep], batch.y[keep], batch.weight[keep],
                          None if batch.date is None else batch.date[keep],
                          None if batch.parsed is None else batch.parsed[keep])


# WKB type codes of a single point in 2D, Z, M and ZM (ISO).
POINT_WKB_TYPES = (1, 1001, 2001, 3001)


def points_from_fixed_wkb(blobs):
    """(n, 2) coordinates from fixed-width little-endian WKB points, else None.

    numpy's bytes dtype hides trailing zero bytes of each value, so the buffer is read
    directly: byte 0 is the byte order, 1-4 the type, 5-12 x and 13-20 y.
    """
    if blobs.dtype.itemsize < 21:
        return None
    raw = np.frombuffer(blobs.tobytes(), dtype=np.uint8).reshape(len(blobs), -1)
    kinds = raw[:, 1:5].copy().view("<u4").ravel()
    if not (np.all(raw[:, 0] == 1) and np.all(np.isin(kinds, POINT_WKB_TYPES))):
        return None
    x = raw[:, 5:13].copy().view("<f8").ravel()
    y = raw[:, 13:21].copy().view("<f8").ravel()
    return np.column_stack([x, y])


def unmasked_wkb(wkb):
    """The WKB column with None for NULL geometries.

    ``MaskedArray.filled(None)`` would fill with the array's default fill value ('?' for
    objects), which shapely cannot parse.
    """
    if not np.ma.isMaskedArray(wkb):
        return wkb
    mask = np.ma.getmaskarray(wkb)
    if not mask.any():
        return wkb.data
    values = np.array(wkb.data, dtype=object)
    values[mask] = None
    return values


def full_length_blobs(blobs):
    """Object array of complete WKB values (undoing numpy's trailing-zero stripping)."""
    raw = np.frombuffer(blobs.tobytes(), dtype=np.uint8).reshape(len(blobs), -1)
    return np.array([row.tobytes() for row in raw], dtype=object)


def point_coordinates(geometry):
    """[(x, y), ...] of a point or multipoint geometry; [] for NULL or empty geometries."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return []
    if QgsWkbTypes.geometryType(geometry.wkbType()) != GeometryType.Point:
        raise QgsProcessingException(QCoreApplication.translate(
            "Bridge", "The input holds lines or polygons: use a point layer (for areas, use their "
            "centroids)."))
    if geometry.isMultipart():
        return [(p.x(), p.y()) for p in geometry.asMultiPoint()]
    point = geometry.asPoint()
    return [(point.x(), point.y())]


def to_float(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


# -- rasters -----------------------------------------------------------------------------

def rasterise_polygons(source, source_crs, target_crs, grid):
    """Boolean (nrows, ncols) array: cells whose centre lies in any polygon of ``source``."""
    request = QgsFeatureRequest().setNoAttributes()
    request.setDestinationCrs(target_crs, QgsProject.instance().transformContext())
    srs = osr.SpatialReference()
    srs.ImportFromWkt(target_crs.toWkt(CrsWktVariant.PreferredGdal))
    memory = ogr.GetDriverByName("Memory").CreateDataSource("mask")
    layer = memory.CreateLayer("mask", srs, geom_type=ogr.wkbMultiPolygon)
    for feature in source.getFeatures(request):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        out = ogr.Feature(layer.GetLayerDefn())
        out.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geometry.asWkb())))
        layer.CreateFeature(out)
    raster = gdal.GetDriverByName("MEM").Create("", grid.ncols, grid.nrows, 1, gdal.GDT_Byte)
    raster.SetGeoTransform(geotransform(grid))
    raster.SetProjection(srs.ExportToWkt())
    gdal.RasterizeLayer(raster, [1], layer, burn_values=[1])
    return raster.GetRasterBand(1).ReadAsArray().astype(bool)


def geotransform(grid):
    return (grid.xmin, grid.pixel_size, 0.0, grid.ymax, 0.0, -grid.pixel_size)


def write_geotiff(path, array, grid, crs, nodata, metadata=None):
    """Writes a Float32 GeoTIFF (north-up, row 0 = top) completely, or not at all."""
    import os
    import tempfile

    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(suffix=".tif", dir=folder)
    os.close(handle)
    try:
        driver = gdal.GetDriverByName("GTiff")
        dataset = driver.Create(temporary, grid.ncols, grid.nrows, 1, gdal.GDT_Float32,
                                options=["COMPRESS=DEFLATE", "PREDICTOR=3", "TILED=YES",
                                         "BIGTIFF=IF_SAFER"])
        if dataset is None:
            raise QgsProcessingException(QCoreApplication.translate(
                "Bridge", "Could not create the raster {}").format(path))
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


def polygonise_labels(labels, grid):
    """{label: WKB multipolygon} for every non-zero label of an int raster on ``grid``.

    Cells touching only at a corner become separate polygons of one multipolygon.
    """
    import shapely

    raster = gdal.GetDriverByName("MEM").Create("", grid.ncols, grid.nrows, 1, gdal.GDT_Int32)
    raster.SetGeoTransform(geotransform(grid))
    band = raster.GetRasterBand(1)
    band.WriteArray(labels)
    memory = ogr.GetDriverByName("Memory").CreateDataSource("labels")
    layer = memory.CreateLayer("labels", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("label", ogr.OFTInteger))
    gdal.Polygonize(band, band, layer, 0, [])
    parts = {}
    for feature in layer:
        parts.setdefault(feature.GetField(0), []).append(
            shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb())))
    # output_dimension=2: under qgis_process shapely runs on QGIS's (older) GEOS, which
    # refuses shapely's default of 4 dimensions.
    return {label: shapely.to_wkb(shapely.multipolygons(
        shapely.get_parts(shapely.union_all(polygons))), output_dimension=2)
        for label, polygons in parts.items()}


def geometry_from_wkb(wkb):
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    return geometry


def attribute_value(value):
    """A pandas/numpy value as a QGIS attribute: NULL for NA/NaN, plain Python otherwise."""
    import pandas as pd

    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, np.generic):
        value = value.item()
        if isinstance(value, float) and math.isnan(value):
            return None
    return value


def new_field(name, kind):
    """A QgsField of kind 'int', 'double', 'bool', 'string' or 'date' on any QGIS version."""
    return QgsField(name, field_type(kind))


# -- attribute tables --------------------------------------------------------------------

def python_value(value):
    """A QGIS attribute value as plain Python for core/: None for NULL, datetime.date and
    datetime.datetime for QDate and QDateTime, text for QTime; bytes and blobs as None."""
    if value is None:
        return None
    if isinstance(value, (str, bool, int, float)):
        return value
    if hasattr(value, "isNull") and value.isNull():  # NULL QVariant, null QDate, ...
        return None
    for method in ("toPyDateTime", "toPyDate"):  # QDateTime first: it has no toPyDate
        if hasattr(value, method):
            return getattr(value, method)()
    if hasattr(value, "toString") and hasattr(value, "hour"):  # QTime
        return value.toString("HH:mm:ss")
    if isinstance(value, (bytes, bytearray)) or type(value).__name__ == "QByteArray":
        return None
    return value


def field_type_names(fields, names=None):
    """{field name: type name} ('Date', 'String', 'Integer' ...) for core's type hints."""
    wanted = None if names is None else set(names)
    return {f.name(): f.typeName() for f in fields if wanted is None or f.name() in wanted}


def sample_positions(total, limit):
    """Positions (0-based, sorted) of an evenly spaced sample of ``limit`` of ``total`` rows;
    None means every row."""
    if limit is None or total < 0 or total <= limit:
        return None
    return np.unique(np.linspace(0, total - 1, int(limit)).round().astype(np.int64))


def attribute_columns(source, field_names=None, limit=None, feedback=None):
    """{field name: [values]} of a layer or feature source, read without geometries.

    With ``limit``, an evenly spaced sample of about ``limit`` features across the whole
    layer (every feature is visited, so the first rows do not decide); without, every
    feature. Values are plain Python (see :func:`python_value`).
    """
    fields = source.fields()
    names = list(field_names) if field_names is not None else fields.names()
    request = QgsFeatureRequest().setFlags(FeatureRequestFlag.NoGeometry)
    request.setSubsetOfAttributes(names, fields)
    indexes = [fields.indexOf(name) for name in names]
    total = source.featureCount()
    positions = sample_positions(total, limit)
    if positions is None and limit is not None and total < 0:
        request.setLimit(int(limit))  # size unknown: the first rows
    wanted = None if positions is None else iter(positions.tolist())
    next_wanted = None if wanted is None else next(wanted, None)
    columns = {name: [] for name in names}
    for position, feature in enumerate(source.getFeatures(request)):
        if wanted is not None:
            if position != next_wanted:
                continue
            next_wanted = next(wanted, None)
        attributes = feature.attributes()
        for name, index in zip(names, indexes):
            columns[name].append(python_value(attributes[index]))
        if feedback is not None and position % 1000 == 0:
            if feedback.isCanceled():
                break
            if total > 0:
                feedback.setProgress(100.0 * position / total)
        if wanted is not None and next_wanted is None:
            break
    return columns


@dataclass
class PointTable:
    """One row per feature: a point (x, y; NaN without a geometry) and attribute columns."""

    x: np.ndarray
    y: np.ndarray
    columns: dict
    multipart: int = 0  # features of several points, placed at the centroid of their points

    @property
    def null_geometries(self):
        return int((~np.isfinite(self.x)).sum())


def read_point_table(source, target_crs, field_names=(), feedback=None):
    """Every feature of a point source as one point in ``target_crs`` with its attributes
    (plain Python values); features without a geometry get NaN coordinates."""
    fields = source.fields()
    names = list(field_names)
    request = QgsFeatureRequest()
    request.setDestinationCrs(target_crs, QgsProject.instance().transformContext())
    request.setSubsetOfAttributes(names, fields)
    indexes = [fields.indexOf(name) for name in names]
    xs, ys, multipart = [], [], 0
    columns = {name: [] for name in names}
    total = max(source.featureCount(), 1)
    for number, feature in enumerate(source.getFeatures(request)):
        points = point_coordinates(feature.geometry())
        if len(points) > 1:
            multipart += 1
        x, y = np.mean(points, axis=0) if points else (math.nan, math.nan)
        xs.append(x)
        ys.append(y)
        attributes = feature.attributes()
        for name, index in zip(names, indexes):
            columns[name].append(python_value(attributes[index]))
        if feedback is not None and number % 1000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * number / total)
    return PointTable(np.array(xs, dtype=float), np.array(ys, dtype=float), columns, multipart)


def read_polygons(source, target_crs, id_field):
    """(shapely polygons, ids) of a polygon source in ``target_crs``; features without a
    geometry are left out."""
    import shapely

    request = QgsFeatureRequest()
    request.setDestinationCrs(target_crs, QgsProject.instance().transformContext())
    request.setSubsetOfAttributes([id_field], source.fields())
    blobs, ids = [], []
    for feature in source.getFeatures(request):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        blobs.append(bytes(geometry.asWkb()))
        ids.append(python_value(feature[id_field]))
    return shapely.from_wkb(np.array(blobs, dtype=object)), ids


def source_label(algorithm, parameters, name, context, source):
    """(name, where) of an input for messages and provenance: the layer's own name, or the
    layer name inside a GeoPackage opened from its path (not the file name), and its source
    without passwords."""
    import os

    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is None:
        return source.sourceName(), source.sourceName()
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    inner = parts.get("layerName")
    file_stem = os.path.splitext(os.path.basename(parts.get("path") or ""))[0]
    label = inner if inner and layer.name() == file_stem else layer.name()
    return label, layer.publicSource()
