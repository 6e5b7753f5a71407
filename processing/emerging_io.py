"""Locations, neighbours and output rows of wijkradar:emerging_hotspots.

Locations are the areas of a polygon layer or the occupied cells of a square grid; either
way the algorithm gets their ids, output geometries, metric centres and each incident's
location. Neighbours come from :mod:`wijkradar.core.spatial_weights` (no second builder)."""

from dataclasses import dataclass, replace
from typing import Any, List, Optional

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate

from .algorithm import core_errors
from .compat import WkbType
from .io.areas import read_area_layer
from .io.values import attribute_value, geometry_from_wkb, new_field

GRID_QUEEN_BAND = 1.5  # cell sizes: on a grid, centres this close are queen neighbours
BATCH = 10000


def _tr(text):
    return QCoreApplication.translate("EmergingInputs", text)


@dataclass
class Locations:
    ids: list
    index: np.ndarray  # each incident's location, -1 outside every one
    geometries: list  # QgsGeometry for the output, in ``crs``
    x: np.ndarray  # metric centres
    y: np.ndarray
    id_field: Any  # QgsField of the output's id
    wkb_type: Any
    crs: Any
    metric_crs: Any = None  # the CRS (in metres) of x, y, shapes and the neighbours
    shapes: Optional[np.ndarray] = None  # shapely areas (metric), None for a grid
    cell_size: float = 0.0
    features: int = 0
    null_geometries: int = 0
    content_hash: str = ""

    def only(self, keep) -> "Locations":
        """The locations where ``keep`` holds; incidents keep their new index (-1 else)."""
        keep = np.asarray(keep, dtype=bool)
        new_index = np.full(keep.size, -1)
        new_index[keep] = np.arange(int(keep.sum()))
        return replace(self, ids=[i for i, k in zip(self.ids, keep) if k],
                       index=np.where(self.index >= 0, new_index[self.index], -1),
                       geometries=[g for g, k in zip(self.geometries, keep) if k],
                       x=self.x[keep], y=self.y[keep],
                       shapes=None if self.shapes is None else self.shapes[keep])


def read_areas(source, crs, id_field, x, y, feedback=None):
    """The areas of ``source`` as locations, ``x``/``y`` the incidents in ``crs``."""
    import shapely

    from ..core import risk

    layer = read_area_layer(source, crs, id_field or None, feedback=feedback)
    if not layer.ids:
        raise QgsProcessingException(_tr("The area layer has no areas with a geometry."))
    with core_errors():
        if id_field:
            risk.check_unique_ids(layer.ids)
        index = risk.locate_points(layer.geometries, x, y)
    centres = shapely.centroid(layer.geometries)
    field = (source.fields().at(source.fields().indexOf(id_field)) if id_field
             else new_field("area_fid", "int"))
    return Locations(layer.ids, index, [_multi(g) for g in layer.originals],
                     shapely.get_x(centres), shapely.get_y(centres), field,
                     QgsWkbTypes.multiType(source.wkbType()), source.sourceCrs(), crs,
                     layer.geometries, features=layer.features,
                     null_geometries=layer.null_geometries, content_hash=layer.content_hash)


def _multi(geometry):
    if not geometry.isMultipart():
        geometry.convertToMultiType()
    return geometry


def grid_cells(x, y, cell_size, crs):
    """The square cells (aligned on multiples of ``cell_size``) that hold incidents."""
    import shapely

    from ..core.anonymise import assign_grid_cells

    with core_errors():
        cells = assign_grid_cells(x, y, cell_size)
    geometries = [geometry_from_wkb(wkb) for wkb in shapely.to_wkb(cells.polygons())]
    cx, cy = cells.centres
    return Locations(cells.ids, cells.index, geometries, cx.astype(float), cy.astype(float),
                     new_field("cell_id", "string"), WkbType.Polygon, crs, crs,
                     cell_size=float(cell_size))


def neighbours(locations, band, feedback):
    """Spatial weights: within ``band`` metres (centres), else areas that touch or the
    grid cells around a cell; warns about locations without a neighbour."""
    from ..core import spatial_weights

    with core_errors():
        if band > 0:
            weights = spatial_weights.distance_band_weights(locations.x, locations.y, band,
                                                            ids=locations.ids)
        elif locations.shapes is not None:
            weights = spatial_weights.contiguity_weights(locations.shapes, ids=locations.ids)
        else:  # the cells around a cell: queen contiguity of the grid
            weights = replace(spatial_weights.distance_band_weights(
                locations.x, locations.y, GRID_QUEEN_BAND * locations.cell_size,
                ids=locations.ids), kind="queen", parameter=0.0)
    islands = weights.islands
    if islands.size:
        band_hint = weights.suggested_band()
        feedback.pushWarning(_tr(
            "{} of {} locations have no neighbour (e.g. {}); their Gi* compares only their "
            "own counts over time. A distance band of {:.0f} m gives every location a "
            "neighbour.").format(islands.size, weights.n, ", ".join(
                str(locations.ids[i]) for i in islands[:3]), band_hint or 0))
    return weights


def write_rows(sink, fields, rows, geometries=None, feedback=None, plain=False):
    """Adds one feature per row (a list of values) to ``sink``, in batches; ``plain`` rows
    hold only Python values and no missing ones, and skip the conversion."""
    batch: List[QgsFeature] = []
    for number, values in enumerate(rows):
        feature = QgsFeature(fields)
        if geometries is not None:
            feature.setGeometry(geometries[number])
        feature.setAttributes(values if plain else [attribute_value(v) for v in values])
        batch.append(feature)
        if len(batch) == BATCH:
            sink.addFeatures(batch, QgsFeatureSink.FastInsert)
            batch = []
            if feedback is not None and feedback.isCanceled():
                return
    sink.addFeatures(batch, QgsFeatureSink.FastInsert)


def write_output(algorithm, parameters, name, context, fields, rows, places=None,
                 feedback=None, plain=False):
    """Writes ``rows`` to the output ``name`` with ``fields`` (QgsFields or (name, kind)
    pairs): the locations' polygons with ``places``, a table without; returns its id."""
    definitions = QgsFields()
    for field in fields:
        definitions.append(field if isinstance(field, QgsField) else new_field(*field))
    geometry = (places.wkb_type, places.crs) if places else (WkbType.NoGeometry,)
    sink, dest_id = algorithm.parameterAsSink(parameters, name, context, definitions, *geometry)
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    write_rows(sink, definitions, rows, places.geometries if places else None, feedback, plain)
    del sink
    return dest_id


def step_rows(result, ids):
    """Rows of the per-step table: location id, step, first and last day, z, p, Gi_Bin (plain
    Python values, none missing)."""
    from ..core.emerging import p_values

    cube = result.cube
    for t in range(cube.n_steps):
        start, end = (QDate.fromString(str(day), "yyyy-MM-dd")
                      for day in (cube.starts[t], cube.ends[t]))
        z = result.z[t]
        for ident, value, p, gi_bin in zip(ids, z.tolist(), p_values(z).tolist(),
                                           result.bins[t].tolist()):
            yield [ident, t + 1, start, end, value, p, gi_bin]
