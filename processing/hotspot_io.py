"""Inputs and output rows of wijkradar:local_hotspot_statistics.

The areas are a polygon layer with a value per area, the same polygons with the incidents
counted in each, or square grid cells with the incidents counted in each (empty cells
included, within the areas when given). They are read with the shared readers
(:func:`io.areas.read_area_layer`, :func:`io.point_tables.point_reader`) in a metric CRS."""

from dataclasses import dataclass, field
from typing import Any, List, Optional

import numpy as np
from qgis.core import QgsGeometry, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..core.choices import HOTSPOT_STATS_INPUTS
from .algorithm import core_errors
from .compat import GeometryType
from .io.areas import read_area_layer
from .io.crs import metric_crs_for
from .io.point_tables import point_reader, read_points
from .io.values import geometry_from_wkb
from .layer_input import input_source, report_skipped

MODES = HOTSPOT_STATS_INPUTS.values  # local_hotspot_statistics' INPUT_MODE options


def _tr(text):
    return QCoreApplication.translate("HotspotInputs", text)


@dataclass
class HotspotAreas:
    """The areas to analyse: ids, output geometries, metric shapes (None for a grid)."""

    ids: list
    values: np.ndarray  # NaN where the area has no value
    geometries: List[Any]  # QgsGeometry in ``crs`` for the output
    crs: Any
    shapes: Optional[np.ndarray] = None
    grid: Any = None  # core.hotspot_stats.CountGrid in grid mode
    counts: bool = False  # values are counts: suppressed below k
    what: str = ""
    value_label: str = ""
    notes: list = field(default_factory=list)

    def weights(self, kind, band, k, transform):
        """Spatial weights of the areas with a value, transformed ('R' or 'B')."""
        from ..core import spatial_weights

        keep = np.isfinite(self.values)
        with core_errors():
            if self.grid is not None:
                weights = self.grid.weights(kind, band, k)
            else:
                weights = spatial_weights.area_weights(kind, self.shapes, band, k,
                                                       ids=np.asarray(self.ids, dtype=object))
            if not keep.all():
                weights = weights.subset(keep)
            return weights.transformed(transform)

    def output_rows(self, table, k):
        """One row per area: its id and value, the statistics where it had a value, counts
        below k emptied and flagged."""
        from ..core.suppression import suppress_frame

        analysed = np.flatnonzero(np.isfinite(self.values))
        rows = table.set_axis(analysed).reindex(range(len(self.ids)))
        if "gi_class" in rows:
            rows["gi_class"] = rows["gi_class"].astype("Int64")  # NULL where left out
        rows["value"], rows["area_id"] = self.values, [str(i) for i in self.ids]
        return suppress_frame(rows, ["value"], k) if self.counts else rows.assign(
            onderdrukt=False)


def metric_crs(source, feedback):
    """The CRS to measure in; says so when the layer is reprojected for it."""
    crs = metric_crs_for(source.sourceCrs(), source.sourceExtent())
    if crs != source.sourceCrs():
        feedback.pushInfo(_tr("'{}' is in {}, not in metres: distances, neighbours and grid "
                              "cells are computed in {} ({}).").format(
            source.sourceName(), source.sourceCrs().authid(), crs.description(), crs.authid()))
    return crs


def read_hotspot_areas(algorithm, parameters, context, feedback, provenance, mode, names):
    """The areas and their values for ``mode`` (one of :data:`MODES`); ``names`` holds the
    parameter names of the area and incident layers, the value field, the id field and the
    cell size."""
    areas_source = input_source(algorithm, parameters, names["areas"], context, feedback,
                                GeometryType.Polygon, _tr("The area layer"), optional=True)
    incidents = input_source(algorithm, parameters, names["incidents"], context, feedback,
                             GeometryType.Point, _tr("The incident layer"), optional=True)
    _check_needed(mode, areas_source, incidents, names["value_field"])
    crs = metric_crs(areas_source or incidents, feedback)
    layer = None
    if areas_source is not None:
        layer = _read_areas(areas_source, crs, names, mode, feedback, provenance)
    if mode == "values":
        values = layer.values[names["value_field"]]
        data = HotspotAreas(layer.ids, values, _multi(layer.originals), areas_source.sourceCrs(),
                            layer.geometries, counts=looks_like_counts(values),
                            what=areas_source.sourceName(), value_label=names["value_field"])
    else:
        points = read_points(point_reader(algorithm, parameters, names["incidents"], context,
                                          incidents, crs), feedback)
        report_skipped(feedback, points.null_geometries, _tr("incidents"))
        provenance.add_input(incidents.sourceName(), incidents.sourceName(), points.features,
                             points.content_hash)
        label = _tr("incidents in '{}'").format(incidents.sourceName())
        data = (_area_counts(layer, areas_source, points, label) if mode == "area_counts"
                else _grid_counts(layer, crs, points, names["cell_size"], label))
    data.notes += left_out_values(data.values)
    return data


def left_out_values(values):
    """Notes on the areas left out for want of a usable value: NULL (or NaN), and infinite
    values (an export's overflow or division by zero), counted apart."""
    notes = []
    missing, infinite = int(np.isnan(values).sum()), int(np.isinf(values).sum())
    if missing:
        notes.append(_tr("{} of {} areas have no value (NULL) and are left out of the "
                         "analysis.").format(missing, values.size))
    if infinite:
        notes.append(_tr("{} of {} areas have an infinite value (inf or -inf) and are left "
                         "out of the analysis; correct the value field to include them.")
                     .format(infinite, values.size))
    return notes


def _check_needed(mode, areas, incidents, value_field):
    if mode == "values" and (areas is None or not value_field):
        raise QgsProcessingException(_tr(
            "To analyse a value of the areas, give the area layer and its value field (or "
            "choose to count incidents per area or per grid cell)."))
    if mode != "values" and (incidents is None or (mode == "area_counts" and areas is None)):
        raise QgsProcessingException(_tr(
            "To count incidents, give the incident points (and the areas to count them in, "
            "or choose a grid)."))


def _read_areas(source, crs, names, mode, feedback, provenance):
    fields = [names["value_field"]] if mode == "values" else []
    layer = read_area_layer(source, crs, names["id_field"] or None, fields, feedback)
    report_skipped(feedback, layer.null_geometries, _tr("areas"))
    provenance.add_input(source.sourceName(), source.sourceName(), layer.features,
                         layer.content_hash)
    if not layer.ids:
        raise QgsProcessingException(_tr("'{}' has no areas with a geometry.").format(
            source.sourceName()))
    if names["id_field"]:
        from ..core.risk import check_unique_ids

        with core_errors():
            check_unique_ids(layer.ids)  # the output names every area by its id
    return layer


def _multi(geometries):
    """The geometries as multipolygons (the output layer's type), copies."""
    copies = [QgsGeometry(geometry) for geometry in geometries]
    for geometry in copies:
        geometry.convertToMultiType()
    return copies


def looks_like_counts(values):
    """Whole numbers of 0 or more (whatever the field type: counts are often stored as
    reals) are treated as counts, so the small ones are suppressed."""
    known = values[np.isfinite(values)]
    return bool(known.size) and bool(((known >= 0) & (known == np.round(known))).all())


def _area_counts(layer, source, points, label):
    from ..core import risk

    with core_errors():
        index = risk.locate_points(layer.geometries, points.x, points.y)
    counts = np.bincount(index[index >= 0], minlength=len(layer.ids)).astype(float)
    notes = _outside_note(int((index < 0).sum()), points.x.size)
    return HotspotAreas(layer.ids, counts, _multi(layer.originals), source.sourceCrs(),
                        layer.geometries, counts=True, what=source.sourceName(),
                        value_label=label, notes=notes)


def _grid_counts(layer, crs, points, cell_size, label):
    import shapely

    from ..core.hotspot_stats import grid_counts

    with core_errors():
        grid = grid_counts(points.x, points.y, cell_size,
                           within=None if layer is None else layer.geometries)
    geometries = _multi(geometry_from_wkb(wkb) for wkb in shapely.to_wkb(grid.polygons()))
    what = _tr("{} grid cells of {} m").format(len(grid.ids), f"{grid.cell_size:g}")
    return HotspotAreas(grid.ids, grid.counts.astype(float), geometries, crs, grid=grid,
                        counts=True, what=what, value_label=label,
                        notes=_outside_note(grid.outside, points.x.size))


def _outside_note(outside, total):
    if not outside:
        return []
    return [_tr("{:,} of {:,} incidents lie outside the areas and are not counted.").format(
        outside, total)]


def write_report(path, record, areas, table, weights, options):
    """The HTML summary and its provenance sidecar."""
    from ..core import hotspot_report
    from ..core.provenance import write_sidecar

    write_sidecar(path, record)
    info = dict(options, what=areas.what, value=areas.value_label,
                weights=weights.describe(), notes=areas.notes,
                statistic=options["statistics"][0])
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(hotspot_report.report(table, info, record))
