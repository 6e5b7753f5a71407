"""The context features of wijkradar:postcode_risk: points of context layers in or near each
area (static, or counted per period by a date field), and the incidents of the types the
type filter leaves out."""

import numpy as np
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from .compat import GeometryType
from .io.dates import checked_dates
from .io.labels import layer_label
from .io.point_tables import point_reader, read_points
from .io.points import PointReader
from .layer_input import check_geometry_kind, with_crs


def _tr(text):
    return QCoreApplication.translate("PostcodeRiskAlgorithm", text)


def where_words(distance):
    """Where a context point counts for an area: 'within 200 m' or 'in the area'."""
    return _tr("within {:g} m").format(distance) if distance > 0 else _tr("in the area")


def context_columns(areas, crs, settings, feedback):
    """One static feature per context layer: its points in or near each area. Also the
    inputs read, as (name, feature count, content hash) for the provenance."""
    from ..core import risk

    inputs = []
    columns = []
    distance = settings["context_distance"]
    for layer in settings["context_layers"]:
        check_geometry_kind(layer, GeometryType.Point, _tr("A context layer"))
        layer = with_crs(layer, _tr("A context layer"), feedback)
        points = read_points(PointReader(layer, layer.sourceCrs(), crs))
        name = layer_label(layer)
        where = where_words(distance)
        column = risk.context_column(
            f"context_{len(columns) + 1}", f"{name} {where}", areas.geometries, points.x,
            points.y, distance, high=f"{name} {where}",
            low=_tr("few {} {}").format(name, where))
        columns.append(column)
        inputs.append((name, points.features, points.content_hash))
        feedback.pushInfo(_tr("Context layer {}: {} points, {} areas with one or "
                              "more {}.").format(name, len(points.x),
                                                 int((column.values > 0).sum()), where))
    return columns, inputs


def dated_columns(panel, areas, crs, settings, feedback):
    """Context layers that have the context date field: points counted near each area
    per period (a year alone counts from the end of that year). Also the names of those
    features, whose static counterparts they replace."""
    from ..core import risk_features

    names = set()
    field = settings["context_date_field"]
    columns = []
    if not field:
        return columns, names
    distance = settings["context_distance"]
    for number_, layer in enumerate(settings["context_layers"], start=1):
        index = layer.fields().indexOf(field)
        if index < 0:
            continue
        numeric = layer.fields().at(index).isNumeric()
        reader = PointReader(layer, layer.sourceCrs(), crs,
                             weight_field=field if numeric else None,
                             date_field=None if numeric else field)
        xs, ys, days = [], [], []
        for batch in reader.batches():
            xs.append(batch.x)
            ys.append(batch.y)
            days.append(risk_features.year_ends(batch.weight) if numeric else batch.date)
        name = layer_label(layer)
        where = where_words(distance)
        column = risk_features.dated_column(
            panel, f"context_{number_}", f"{name} {where}", areas.geometries,
            np.concatenate(xs), np.concatenate(ys), np.concatenate(days), distance,
            low=_tr("no {} {}").format(name, where))
        names.add(f"context_{number_}")
        columns.append(column)
        feedback.pushInfo(_tr("Context layer {}: counted up to each forecast's origin "
                              "by its field '{}'.").format(name, field))
    return columns, names


def other_types(algorithm, parameters, context, inputs, panel, feedback):
    """Counts of the incidents the type filter leaves out, on the panel's periods: a
    feature of their own (None when they have no usable dates)."""
    from ..core import risk

    settings = inputs.settings
    others = f'"{settings["type_field"]}" IS NULL OR NOT ({inputs.expression})'
    reader = point_reader(algorithm, parameters, algorithm.INCIDENTS, context,
                          inputs.incidents, inputs.crs, settings["date_field"], others)
    points = read_points(reader)
    if not len(points.x):
        return None
    try:
        days = checked_dates(points.parsed, settings["date_field"], None).days
    except QgsProcessingException:
        return None
    index = risk.locate_points(inputs.areas.geometries, points.x, points.y)
    counts = panel.counts_of(index, days)
    feedback.pushInfo(_tr("{} incidents of other types are a feature too.").format(
        int(counts.sum())))
    return counts
