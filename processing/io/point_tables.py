"""Points read whole into arrays: every point of a :class:`points.PointReader` with its
dates and a content hash for the provenance (:func:`read_points`), a reader of an
algorithm's incident layer restricted to some types (:func:`point_reader`,
:func:`type_filter`), and one point per feature with its attributes
(:func:`read_point_table`)."""

import math
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from ...core.provenance import ContentHasher
from .gdal_files import arrow_reads_filters, ogr_location
from .points import PointReader, point_coordinates
from .tables import append_values


def type_filter(field_name, values_text):
    """'"soort" IN ('a', 'b')' for a type field and comma-separated values, or None.

    The same text is a QGIS expression and an OGR SQL filter."""
    values = [v.strip() for v in (values_text or "").split(",") if v.strip()]
    if not field_name and not values:
        return None
    if not field_name or not values:
        raise QgsProcessingException(QCoreApplication.translate(
            "LayerIO", "To filter incidents by type, give both the type field and one or more "
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
    OGR filter for file layers where GDAL reads filters right, else through a filtered
    copy)."""
    location = ogr_location(algorithm, parameters, name, context)
    if expression:
        if location is not None and arrow_reads_filters():
            path, layer_name, subset = location
            location = (path, layer_name, f"({subset}) AND ({expression})" if subset
                        else expression)
        else:  # QGIS filters: a copy of the chosen features, read through QGIS
            request = QgsFeatureRequest().setFilterExpression(expression)
            source, location = source.materialize(request), None
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
        from ...core.dates import concatenate

        parsed = concatenate(parts)
    return PointData(x, y, None if parsed is None else parsed.days, reader.counts.features,
                     reader.counts.null_geometries, hasher.hexdigest(), parsed)



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
    indexes = {name: fields.indexOf(name) for name in names}
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
        append_values(columns, feature, indexes)
        if feedback is not None and number % 1000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * number / total)
    return PointTable(np.array(xs, dtype=float), np.array(ys, dtype=float), columns, multipart)
