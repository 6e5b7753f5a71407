"""The scores wijkradar:evaluate_forecast evaluates: a score read from areas (a numeric
field) or from a raster band, the later incidents located in its areas or cells, and the
curve of hit rate, PAI and PEI by the share of the area covered."""

from dataclasses import dataclass
from typing import Any

import numpy as np
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..core.choices import FORECAST_RANKINGS
from .algorithm import core_errors
from .choice_parameters import chosen_value
from .compat import GeometryType
from .io.areas import read_area_layer
from .io.crs import metric_crs_for
from .io.dates import checked_dates
from .io.labels import input_label
from .io.point_tables import point_reader, read_points
from .io.rasters import raster_cells, read_raster_score
from .layer_input import input_source, raster_crs, report_skipped, require_numeric_field


def _tr(text):
    return QCoreApplication.translate("EvaluateForecastAlgorithm", text)


@dataclass
class ScoreReading:
    """What every score is read with: the run's parameters, the incident layer and its
    date field, and the provenance the inputs are recorded in."""

    algorithm: Any
    parameters: dict
    context: Any
    incidents: Any
    date_field: str
    provenance: Any
    feedback: Any


def read_score(run, names, required):
    """The score given by the parameters ``names`` (layer, field, raster, band) with the
    incidents located in it, or None when it is not given and not ``required``."""
    layer_name, field_name, raster_name, band_name = names
    algorithm, parameters, context = run.algorithm, run.parameters, run.context
    source = input_source(algorithm, parameters, layer_name, context, run.feedback,
                          GeometryType.Polygon, _tr("Score areas"), optional=True)
    raster = algorithm.parameterAsRasterLayer(parameters, raster_name, context)
    if source is not None and raster is not None:
        raise QgsProcessingException(_tr(
            "Give the score as areas or as a raster, not both."))
    if source is None and raster is None:
        if required:
            raise QgsProcessingException(_tr(
                "Give a score: a polygon layer with a score field, or a raster."))
        return None
    if raster is not None:
        return raster_score(run, raster, algorithm.parameterAsInt(parameters, band_name,
                                                                  context) or 1)
    return area_score(run, source, layer_name, field_name)


def raster_score(run, raster, band):
    """A raster band's cells with data as the scored areas; incidents by their cell."""
    score = read_raster_score(raster, band, raster_crs(
        raster, _tr("The score raster"), run.feedback))
    points = read_incidents(run, score.crs)
    valid = np.isfinite(score.values.ravel())
    cells = raster_cells(score, points.x, points.y)
    index = np.full(valid.size, -1, dtype=np.int64)
    index[valid] = np.arange(int(valid.sum()))
    cells = np.where(cells >= 0, index[np.maximum(cells, 0)], -1)
    if not valid.any():
        raise QgsProcessingException(_tr("The score raster has no data."))
    run.provenance.add_input(raster.name(), raster.source(), int(valid.sum()),
                             score.content_hash)
    add_incidents_input(run, points)
    return {"label": _tr("{} (band {})").format(raster.name(), band),
            "values": score.values.ravel()[valid], "area": None, "cells": cells,
            "dates": points.parsed, "density": False}


def area_score(run, source, layer_name, field_name):
    """The areas' score field; incidents by their area."""
    import shapely

    from ..core import risk

    algorithm, parameters, context = run.algorithm, run.parameters, run.context
    field = algorithm.parameterAsString(parameters, field_name, context)
    if not field:
        raise QgsProcessingException(_tr("Choose the score field of {}.").format(
            source.sourceName()))
    require_numeric_field(source, field, _tr("the score areas"))
    crs = metric_crs_for(source.sourceCrs(), source.sourceExtent())
    areas = read_area_layer(source, crs, None, [field], run.feedback)
    report_skipped(run.feedback, areas.null_geometries, _tr("score areas"))
    if not areas.ids:
        raise QgsProcessingException(_tr("{} has no areas with a geometry.").format(
            source.sourceName()))
    points = read_incidents(run, crs)
    with core_errors():
        cells = risk.locate_points(areas.geometries, points.x, points.y)
    run.provenance.add_input(source.sourceName(), source.sourceName(), areas.features,
                             areas.content_hash)
    add_incidents_input(run, points)
    rank_by = chosen_value(algorithm, parameters, algorithm.RANK_BY, context,
                           FORECAST_RANKINGS)
    label = input_label(algorithm, parameters, layer_name, context, source)
    return {"label": f"{label}: {field}", "values": areas.values[field],
            "area": shapely.area(areas.geometries), "cells": cells,
            "dates": points.parsed, "density": rank_by == "density"}


def read_incidents(run, crs):
    reader = point_reader(run.algorithm, run.parameters, run.algorithm.INCIDENTS, run.context,
                          run.incidents, crs, run.date_field)
    return read_points(reader)


def add_incidents_input(run, points):
    """Records the incidents once (the second score reads them again)."""
    incidents, provenance = run.incidents, run.provenance
    if not any(i["name"] == incidents.sourceName() for i in provenance.inputs):
        report_skipped(run.feedback, points.null_geometries, _tr("incidents"))
        provenance.add_input(incidents.sourceName(), incidents.sourceName(),
                             points.features, points.content_hash)


def evaluate_score(score, dates, k, feedback):
    """Adds to ``score`` its curve (suppressed below ``k``), the incidents counted and
    those outside its areas; ``dates`` is (date field, start, end). Returns the notes for
    the log."""
    from ..core import forecast_eval

    date_field, start, end = dates
    usable = checked_dates(score["dates"], date_field, None, start, end) \
        if date_field else None
    notes = list(usable.messages(date_field)) if usable else []
    dates_ok, dropped = in_range(usable.days if usable else None,
                                 score["cells"].size, start, end)
    hits = np.bincount(score["cells"][dates_ok & (score["cells"] >= 0)],
                       minlength=score["values"].size).astype(float)
    outside = int(((score["cells"] < 0) & dates_ok).sum())
    with core_errors():
        curve = forecast_eval.curve_table(score["values"], hits, score["area"],
                                          rank_by_density=score["density"])
        # One suppressed table for every output: the layer, report, results and log.
        curve = forecast_eval.shared_table(curve, k)
    score.update(curve=curve, incidents=int(hits.sum()), outside=outside,
                 n_areas=int(score["values"].size))
    if outside:
        feedback.pushWarning(_tr("{}: {} incidents lie outside the areas or on "
                                 "cells without a score and are not counted.")
                             .format(score["label"], outside))
    if dropped:
        notes.append(_tr("{} incidents outside the date range or without a date "
                         "were left out.").format(dropped))
    missing = int(np.isnan(score["values"]).sum())
    if missing:
        notes.append(_tr("{}: {} areas without a score (NULL) were ranked last.")
                     .format(score["label"], missing))
    return notes


def in_range(dates, n, start, end):
    """Mask of incidents inside the date range, and how many were left out."""
    if dates is None:
        return np.ones(n, dtype=bool), 0
    keep = ~np.isnat(dates)
    if start is not None:
        keep &= dates >= start
    if end is not None:
        keep &= dates <= end
    return keep, int((~keep).sum())
