"""Areas (polygon layers) into numpy and shapely: the one area reader.

- :func:`read_areas`: one pass over a polygon layer: feature ids, geometries as WKB (None
  for a NULL geometry) in the layer's CRS, the values of an id field and numeric fields as
  floats (NULL = NaN), with a content hash for the provenance; invalid outlines repaired.
- :func:`read_area_layer`: the areas with a geometry, as shapely geometries in the metric
  CRS an analysis computes in, with their ids and numeric fields (CBS's secret-figure codes
  as NaN).
"""

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
from qgis.core import QgsFeatureRequest, QgsProcessingException

from ...core.provenance import ContentHasher
from ..compat import FeatureRequestFlag
from ..layer_input import repaired_areas
from .crs import transform_wkb
from .gdal_files import (
    arrow_batches,
    full_length_blobs,
    open_ogr_layer,
    read_only_fields,
    unmasked_wkb,
    wkb_column,
)
from .values import geometry_from_wkb, python_value, to_float


@dataclass
class AreaTable:
    fids: np.ndarray
    wkb: list  # WKB bytes per feature in the layer's CRS, None for a NULL geometry
    values: dict = field(default_factory=dict)  # field name -> float array (NaN for NULL)
    null_geometries: int = 0
    content_hash: str = ""
    ids: Optional[list] = None  # values of the id field (plain Python), when one is read

    def __len__(self):
        return len(self.fids)

    def row_of_fid(self):
        return {int(fid): row for row, fid in enumerate(self.fids)}


def read_areas(source, field_names=(), with_geometry=True, feedback=None, location=None,
               id_field=None, repair=True):
    """Reads ids, WKB geometries and numeric attributes of every feature of ``source``.

    ``location`` (from :func:`gdal_files.ogr_location`): the layer is read in batches
    through GDAL's Arrow interface, with no Python loop per feature; other layers (and a
    file whose feature count disagrees with QGIS's, or a read with an ``id_field``) go
    through QGIS's feature iterator. ``repair=False`` leaves invalid outlines as they are.
    """
    field_names = list(dict.fromkeys(field_names))  # a field asked for twice is read once
    table = None
    if location is not None and not id_field:
        table = _read_areas_ogr(location, field_names, with_geometry)
        if table is not None and len(table) != source.featureCount():
            table = None
    if table is None:
        table = _read_areas_qgis(source, field_names, with_geometry, feedback, id_field)
    if with_geometry and repair:
        labels = table.ids if id_field else table.fids
        table.wkb = _repaired_wkb(table.wkb, labels, feedback)
    return table


def _repaired_wkb(wkbs, labels, feedback):
    """The areas' WKB with invalid outlines repaired (and named in the log)."""
    import shapely

    geometries = shapely.from_wkb(np.array(wkbs, dtype=object)) if wkbs else np.array([])
    fixed = repaired_areas(geometries, labels, feedback)
    if fixed is geometries:  # all valid: the bytes as read
        return wkbs
    return shapely.to_wkb(fixed, output_dimension=2).tolist()


def _read_areas_qgis(source, field_names, with_geometry, feedback, id_field=None):
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(([id_field] if id_field else []) + field_names,
                                  source.fields())
    if not with_geometry:
        request.setFlags(FeatureRequestFlag.NoGeometry)
    total = max(source.featureCount(), 1)
    fids, wkbs, ids, columns = [], [], [], {name: [] for name in field_names}
    hasher = ContentHasher()
    for number, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and number % 1000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * number / total)
        fids.append(feature.id())
        if with_geometry:
            wkbs.append(_wkb_of(feature.geometry(), hasher))
        if id_field:
            ids.append(python_value(feature[id_field]))
            hasher.update_text(str(ids[-1]))
        for name in field_names:
            columns[name].append(to_float(python_value(feature[name])))
    values = {name: np.array(column, dtype=float) for name, column in columns.items()}
    hasher.update(*values.values())
    return AreaTable(np.array(fids, dtype=np.int64), wkbs, values,
                     sum(blob is None for blob in wkbs), hasher.hexdigest(),
                     ids if id_field else None)


def _wkb_of(geometry, hasher):
    """The WKB of a feature's geometry (hashed), None when it is NULL or empty."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    blob = bytes(geometry.asWkb())
    hasher.update(np.frombuffer(blob, dtype=np.uint8))
    return blob


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
    """Every area with a geometry: id (the feature id without ``id_field``), shapely geometry
    in ``metric_crs`` (invalid outlines repaired there), numeric fields."""
    import shapely

    from ...core.cbs import sentinel_mask

    table = read_areas(source, value_fields, feedback=feedback, id_field=id_field,
                       repair=False)
    keep = np.array([blob is not None for blob in table.wkb], dtype=bool)
    blobs = [blob for blob in table.wkb if blob is not None]
    originals = [geometry_from_wkb(blob) for blob in blobs]
    if source.sourceCrs() != metric_crs:
        blobs = transform_wkb(blobs, source.sourceCrs(), metric_crs)
    ids = [i for i, kept in zip(table.ids or table.fids.tolist(), keep) if kept]
    values = {name: column[keep] for name, column in table.values.items()}
    for column in values.values():  # CBS's -99999999 (a secret figure) is no value
        column[sentinel_mask(column)] = np.nan
    geometries = shapely.from_wkb(np.array(blobs, dtype=object)) if blobs else np.array([])
    if len(geometries):
        geometries = repaired_areas(geometries, ids, feedback)
    return AreaLayer(ids, geometries, originals, values, table.null_geometries, len(table),
                     table.content_hash)


def _read_areas_ogr(location, field_names, with_geometry):
    import shapely

    try:
        dataset, layer = open_ogr_layer(*location)
    except QgsProcessingException:
        return None
    read_only_fields(layer, field_names, geometry=with_geometry)
    fid_column = layer.GetFIDColumn() or "OGC_FID"
    fids, wkbs, columns = [], [], {name: [] for name in field_names}
    hasher = ContentHasher()
    for table in arrow_batches(layer, include_fid=True):
        if fid_column not in table:
            return None
        fids.append(np.asarray(table[fid_column], dtype=np.int64))
        for name in field_names:
            values = table[name]
            if np.ma.isMaskedArray(values):
                values = values.astype(float).filled(np.nan)
            columns[name].append(np.asarray(values, dtype=float))
        if with_geometry:
            blobs = unmasked_wkb(wkb_column(table, layer))
            if blobs.dtype.kind in ("S", "V"):
                blobs = full_length_blobs(blobs)
            # through shapely: NULL and empty geometries become None, every blob is ISO WKB
            geometries = shapely.from_wkb(blobs)
            geometries[shapely.is_empty(geometries)] = None
            batch = shapely.to_wkb(geometries, output_dimension=2).tolist()
            wkbs.extend(batch)
            for blob in batch:
                if blob is not None:
                    hasher.update(np.frombuffer(blob, dtype=np.uint8))
    del dataset  # kept open while the layer was read; closes the file
    values = {name: (np.concatenate(parts) if parts else np.zeros(0))
              for name, parts in columns.items()}
    hasher.update(*values.values())
    all_fids = np.concatenate(fids) if fids else np.zeros(0, dtype=np.int64)
    if not with_geometry:
        wkbs = [None] * len(all_fids)
    return AreaTable(all_fids, wkbs, values, sum(blob is None for blob in wkbs) if
                     with_geometry else 0, hasher.hexdigest())

