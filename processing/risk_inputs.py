"""Reading the inputs of postcode_risk and evaluate_forecast: areas with an id and numeric
fields, incidents with dates (optionally filtered by type), context points and score rasters.

Geometries go to ``core/`` as shapely objects in a metric CRS; values as numpy arrays
(NaN for NULL). Each reader returns a content hash for the provenance.
"""

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.provenance import ContentHasher
from .bridge import PointReader
from .io.gdal_files import ogr_location


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

