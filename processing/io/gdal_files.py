"""Saved layers read straight through GDAL, with no Python loop per feature.

File layers (GeoPackage, Shapefile, FlatGeobuf, ...) that QGIS would read as they are saved
are read in batches through GDAL's Arrow interface; :func:`ogr_location` tells which.
Selections, feature limits, unsaved edits and other providers go through QGIS instead.
"""

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProviderRegistry,
)
from qgis.PyQt.QtCore import QCoreApplication

BATCH_SIZE = 65536


def arrow_reads_filters(version=None):
    """Whether GDAL's Arrow stream may be given an attribute filter: GDAL 3.10.3 (QGIS 3.40 on
    Debian 13) returns corrupt batches at random when a filter is set ('SystemError: Negative
    size passed to PyBytes_FromStringAndSize', or a crash), 3.6 and 3.13 read right. Releases in
    between are not known to be right: there, a filtered layer is read through QGIS.
    ``version``: GDAL's VersionInfo() number (3100300 for 3.10.3), this GDAL's by default."""
    version = int(version or gdal.VersionInfo())
    return version < 3070000 or version >= 3130000


def ogr_location(algorithm, parameters, name, context):
    """(path, layer name, subset) when the input can be read straight through OGR, else None.

    Selections, feature limits and layers with unsaved edits go through QGIS instead.
    """
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
            value.selectedFeaturesOnly or value.featureLimit != -1):
        return None
    return layer_ogr_location(algorithm.parameterAsVectorLayer(parameters, name, context))


def layer_ogr_location(layer):
    """(path, layer name, subset) of a layer GDAL can read as it is saved, else None."""
    if layer is None or layer.providerType() != "ogr" or layer.isModified():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    # A layer opened with options (a CSV's X/Y columns, its separator) is read as QGIS
    # opened it: GDAL on its own would not find the same geometries.
    if not parts.get("path") or parts.get("openOptions"):
        return None
    if layer.subsetString() and not arrow_reads_filters():
        return None
    return parts["path"], parts.get("layerName") or parts.get("layerId"), layer.subsetString()


def gdal_open(path, raster=False):
    """The dataset at ``path`` opened read-only, or None when GDAL cannot open it, whether
    GDAL raises exceptions (as QGIS 3.40 and later have it) or returns None (3.22)."""
    try:
        if raster:
            return gdal.Open(path, gdal.GA_ReadOnly)
        return gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:
        return None


def open_ogr_layer(path, layer_name, subset):
    """(dataset, layer) opened read-only through GDAL, the subset applied; keep the dataset
    while the layer is used."""
    dataset = gdal_open(path)
    layer = None if dataset is None else (
        dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(0))
    if layer is None:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "LayerIO", "Could not open layer {} in {}").format(layer_name, path))
    if subset:
        layer.SetAttributeFilter(subset)
    return dataset, layer


def read_only_fields(layer, wanted, geometry=True):
    """Makes GDAL read only the fields ``wanted`` of an OGR layer (and no geometry when
    ``geometry`` is False); returns the names of all its fields."""
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    layer.SetIgnoredFields([name for name in names if name not in wanted]
                           + ([] if geometry else ["OGR_GEOMETRY"]))
    return names


def arrow_batches(layer, include_fid):
    """The layer's features in batches of :data:`BATCH_SIZE`, as {column: numpy array}."""
    options = [f"MAX_FEATURES_IN_BATCH={BATCH_SIZE}"] + (["INCLUDE_FID=YES"] if include_fid
                                                         else [])
    return layer.GetArrowStreamAsNumPy(options=options)


def wkb_column(table, layer):
    """The geometry column (WKB) of an Arrow batch of ``layer``."""
    column = layer.GetGeometryColumn() or "wkb_geometry"
    return table[column] if column in table else table["geometry"]


# WKB type codes of a single point in 2D, Z, M and ZM (ISO).
POINT_WKB_TYPES = (1, 1001, 2001, 3001)


def points_from_fixed_wkb(blobs):
    """(n, 2) coordinates from fixed-width little-endian WKB points, else None.

    numpy's bytes dtype hides trailing zero bytes of each value, so the buffer is read
    directly: byte 0 is the byte order, 1-4 the type, 5-12 x and 13-20 y.
    """
    if blobs.dtype.itemsize < 21:
        return None
    raw = np.frombuffer(blobs.tobytes(), dtype=np.uint8).reshape(len(blobs), -1)
    kinds = raw[:, 1:5].copy().view("<u4").ravel()
    if not (np.all(raw[:, 0] == 1) and np.all(np.isin(kinds, POINT_WKB_TYPES))):
        return None
    x = raw[:, 5:13].copy().view("<f8").ravel()
    y = raw[:, 13:21].copy().view("<f8").ravel()
    return np.column_stack([x, y])


def unmasked_wkb(wkb):
    """The WKB column with None for NULL geometries.

    ``MaskedArray.filled(None)`` would fill with the array's default fill value ('?' for
    objects), which shapely cannot parse.
    """
    if not np.ma.isMaskedArray(wkb):
        return wkb
    mask = np.ma.getmaskarray(wkb)
    if not mask.any():
        return wkb.data
    values = np.array(wkb.data, dtype=object)
    values[mask] = None
    return values


def full_length_blobs(blobs):
    """Object array of complete WKB values (undoing numpy's trailing-zero stripping)."""
    raw = np.frombuffer(blobs.tobytes(), dtype=np.uint8).reshape(len(blobs), -1)
    return np.array([row.tobytes() for row in raw], dtype=object)
