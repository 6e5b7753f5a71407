"""How an input layer and its fields are named in messages, reports and provenance."""

import os

from qgis.core import QgsProviderRegistry


def layer_label(layer):
    """The layer's name, or its table name when the name is just the file's (a GeoPackage
    layer opened by path)."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path, table = parts.get("path") or "", parts.get("layerName")
    if table and layer.name() == os.path.splitext(os.path.basename(path))[0]:
        return table
    return layer.name()


def input_label(algorithm, parameters, name, context, source):
    """The :func:`layer_label` of the layer of parameter ``name``; the feature source's name
    when the parameter gives no layer."""
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    return layer_label(layer) if layer is not None else source.sourceName()


def source_label(algorithm, parameters, name, context, source):
    """(name, where) of an input for provenance: its :func:`input_label` and its source
    without passwords."""
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is None:
        return source.sourceName(), source.sourceName()
    return layer_label(layer), layer.publicSource()


def field_label(fields, name):
    """How a field reads in drivers and reports: its alias when the layer gives one, else its
    name with spaces for underscores ('aantal_inwoners' -> 'aantal inwoners')."""
    index = fields.lookupField(name)
    alias = fields.at(index).alias() if index >= 0 else ""
    return alias or name.replace("_", " ")
