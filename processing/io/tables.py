"""Attribute tables: the values of a layer's fields as plain Python columns, read without
geometries (every feature, or an evenly spaced sample), and field type names."""

import numpy as np
from qgis.core import QgsFeatureRequest

from ..compat import FeatureRequestFlag
from .values import python_value


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
    indexes = {name: fields.indexOf(name) for name in names}
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
        append_values(columns, feature, indexes)
        if feedback is not None and position % 1000 == 0:
            if feedback.isCanceled():
                break
            if total > 0:
                feedback.setProgress(100.0 * position / total)
        if wanted is not None and next_wanted is None:
            break
    return columns


def append_values(columns, feature, indexes):
    """Appends the plain Python value of each field of ``feature`` to its list in
    ``columns`` (``indexes``: field name -> field index)."""
    attributes = feature.attributes()
    for name, index in indexes.items():
        columns[name].append(python_value(attributes[index]))
