"""Values between QGIS and Python: attribute values as plain Python for ``core/``
(:func:`python_value`, :func:`to_float`), results back as QGIS attributes
(:func:`attribute_value`, :func:`attribute_rows`, :func:`write_with_new_values`), new
output fields and geometries."""

import math

import numpy as np
from qgis.core import QgsFeatureSink, QgsField, QgsGeometry, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import field_type


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


def to_float(value):
    """A value as a float; NaN for NULL, text that is not a number, dates and the like."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


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


def attribute_rows(table):
    """Rows of a pandas frame as lists of plain Python values with None for NA/NaN, as
    QGIS attributes (vectorised: the same as :func:`attribute_value` on every cell)."""
    import pandas as pd

    columns = []
    for name in table.columns:
        column = table[name]
        values = np.array(column.astype(object).to_numpy(), dtype=object, copy=True)
        values[pd.isna(column).to_numpy()] = None
        columns.append(values)
    return [list(row) for row in zip(*columns)] if columns else [[] for _ in range(len(table))]


def new_field(name, kind):
    """A QgsField of kind 'int', 'double', 'bool', 'string' or 'date' on any QGIS version."""
    return QgsField(name, field_type(kind))


def geometry_from_wkb(wkb):
    """A QgsGeometry of WKB bytes."""
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    return geometry


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

