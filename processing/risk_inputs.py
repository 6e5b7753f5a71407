"""Reading the inputs of postcode_risk and evaluate_forecast: areas with an id and numeric
fields, incidents with dates (optionally filtered by type), context points and score rasters.

Geometries go to ``core/`` as shapely objects in a metric CRS; values as numpy arrays
(NaN for NULL). Each reader returns a content hash for the provenance.
"""

import os
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProject,
    QgsProviderRegistry,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.provenance import ContentHasher
from .bridge import PointReader, gdal_open, ogr_location, python_value, to_float
from .layer_input import repaired_areas


def field_label(fields, name):
    """How a field reads in drivers and reports: its alias when the layer gives one, else its
    name with spaces for underscores ('aantal_inwoners' -> 'aantal inwoners')."""
    index = fields.lookupField(name)
    alias = fields.at(index).alias() if index >= 0 else ""
    return alias or name.replace("_", " ")


def layer_label(layer):
    """The layer's name, or its table name when the name is just the file's (a GeoPackage
    layer opened by path)."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path, table = parts.get("path") or "", parts.get("layerName")
    if table and layer.name() == os.path.splitext(os.path.basename(path))[0]:
        return table
    return layer.name()


def check_geometry(source, kind, what):
    """Refuses a layer whose geometry is not of ``kind`` (QgsWkbTypes.GeometryType)."""
    if source is None:
        return
    if QgsWkbTypes.geometryType(source.wkbType()) != kind:
        raise QgsProcessingException(QCoreApplication.translate(
            "RiskInputs", "{} must be a {} layer; '{}' holds {}.").format(
            what, QgsWkbTypes.geometryDisplayString(kind), source.sourceName(),
            QgsWkbTypes.geometryDisplayString(QgsWkbTypes.geometryType(source.wkbType()))))


@dataclass
class AreaLayer:
    """Areas with a geometry, in reading order."""

    ids: list
    geometries: np.ndarray  # shapely geometries in the metric CRS
    originals: list  # QgsGeometry in the layer's own CRS, for the output
    values: dict = field(default_factory=dict)  # field -> float array, NaN for NULL
    null_geometries: int = 0
    features: int = 0
    content_hash: str = ""


def read_area_layer(source, metric_crs, id_field=None, value_fields=(), feedback=None):
    """Every area with a geometry: id, shapely geometry in ``metric_crs``, numeric fields."""
    import shapely

    names = ([id_field] if id_field else []) + [n for n in value_fields if n != id_field]
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(names, source.fields())
    transform = None
    if source.sourceCrs() != metric_crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), metric_crs, QgsProject.instance())
    ids, blobs, originals = [], [], []
    columns = {name: [] for name in value_fields}
    hasher = ContentHasher()
    null_geometries = features = 0
    total = max(source.featureCount(), 1)
    for feature in source.getFeatures(request):
        features += 1
        if feedback is not None and features % 1000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * features / total)
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            null_geometries += 1
            continue
        originals.append(geometry)
        metric = geometry
        if transform is not None:
            metric = type(geometry)(geometry)
            metric.transform(transform)
        blob = bytes(metric.asWkb())
        blobs.append(blob)
        hasher.update(np.frombuffer(blob, dtype=np.uint8))
        identifier = python_value(feature[id_field]) if id_field else feature.id()
        ids.append(identifier)
        hasher.update_text(str(identifier))
        for name in value_fields:
            columns[name].append(to_float(python_value(feature[name])))
    values = {name: np.array(column, dtype=float) for name, column in columns.items()}
    hasher.update(*values.values())
    from ..core.cbs import sentinel_mask

    for column in values.values():  # CBS's -99999999 (a secret figure) is no value
        column[sentinel_mask(column)] = np.nan
    geometries = shapely.from_wkb(np.array(blobs, dtype=object)) if blobs else np.array([])
    if len(geometries):
        geometries = repaired_areas(geometries, ids, feedback)
    return AreaLayer(ids, geometries, originals, values, null_geometries, features,
                     hasher.hexdigest())


def type_filter(field_name, values_text):
    """'"soort" IN ('a', 'b')' for a type field and comma-separated values, or None.

    The same text is a QGIS expression and an OGR SQL filter."""
    values = [v.strip() for v in (values_text or "").split(",") if v.strip()]
    if not field_name and not values:
        return None
    if not field_name or not values:
        raise QgsProcessingException(QCoreApplication.translate(
            "RiskInputs", "To filter incidents by type, give both the type field and one or more "
            "values (separated by commas), or neither."))
    quoted = ", ".join("'" + v.replace("'", "''") + "'" for v in values)
    return '"{}" IN ({})'.format(field_name.replace('"', '""'), quoted)


@dataclass
class PointData:
    x: np.ndarray
    y: np.ndarray
    dates: np.ndarray  # datetime64[D], NaT where missing (or None without a date field)
    features: int
    null_geometries: int
    content_hash: str
    parsed: object = None  # core.dates.ParsedDates of the date field (None without one)


def point_reader(algorithm, parameters, name, context, source, metric_crs, date_field=None,
                 expression=None):
    """A PointReader over ``source``, restricted to ``expression`` when given (through the
    OGR filter for file layers, else through a filtered copy)."""
    location = ogr_location(algorithm, parameters, name, context)
    if expression:
        if location is not None:
            path, layer_name, subset = location
            location = (path, layer_name, f"({subset}) AND ({expression})" if subset
                        else expression)
        else:
            request = QgsFeatureRequest().setFilterExpression(expression)
            source = source.materialize(request)
    return PointReader(source, source.sourceCrs(), metric_crs, None, date_field, location)


def read_points(reader, feedback=None):
    """Every point of a PointReader, with dates when it reads a date field."""
    xs, ys, parts = [], [], []
    hasher = ContentHasher()
    for batch in reader.batches(feedback):
        xs.append(batch.x)
        ys.append(batch.y)
        hasher.update(batch.x, batch.y)
        if batch.parsed is not None:
            parts.append(batch.parsed)
            hasher.update(batch.date.astype(np.int64))
    x = np.concatenate(xs) if xs else np.empty(0)
    y = np.concatenate(ys) if ys else np.empty(0)
    parsed = None
    if reader.date_field:
        from ..core.dates import concatenate

        parsed = concatenate(parts)
    return PointData(x, y, None if parsed is None else parsed.days, reader.counts.features,
                     reader.counts.null_geometries, hasher.hexdigest(), parsed)


@dataclass
class RasterScore:
    values: np.ndarray  # float, NaN for no data
    geotransform: tuple
    crs: QgsCoordinateReferenceSystem
    content_hash: str


def read_raster_score(layer, band=1, crs=None):
    """A raster band as floats with NaN for no data; north-up rasters only. ``crs``: the
    raster's CRS when its layer gives none (layer_input.raster_crs)."""
    dataset = gdal_open(layer.source(), raster=True)
    if dataset is None:
        raise QgsProcessingException(QCoreApplication.translate(
            "RiskInputs", "Could not open the raster {}").format(layer.source()))
    if not 1 <= band <= dataset.RasterCount:
        raise QgsProcessingException(QCoreApplication.translate(
            "RiskInputs", "The raster has no band {}.").format(band))
    geotransform = dataset.GetGeoTransform()
    if geotransform[2] != 0 or geotransform[4] != 0 or geotransform[5] >= 0:
        raise QgsProcessingException(QCoreApplication.translate(
            "RiskInputs", "The raster is rotated or not north-up; warp it to a north-up grid "
            "first (Raster > Projections > Warp)."))
    raster_band = dataset.GetRasterBand(band)
    values = raster_band.ReadAsArray().astype(np.float64)
    nodata = raster_band.GetNoDataValue()
    if nodata is not None:
        values[values == nodata] = np.nan
    values[~np.isfinite(values)] = np.nan
    hasher = ContentHasher()
    hasher.update(np.ascontiguousarray(values))
    return RasterScore(values, geotransform, crs or layer.crs(), hasher.hexdigest())


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
