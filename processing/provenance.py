"""Provenance for every Wijkradar output (privacy rule 4), on the QGIS side.

An algorithm builds an :class:`OutputProvenance` once, adds its inputs as it reads them and
calls :meth:`OutputProvenance.finish` for each output: the record goes into the layer
metadata (``.qmd`` beside a file, read by QGIS when the file is opened), a
``.provenance.json`` sidecar and one line of the audit log.

A layer appears by name, source, feature count and content hash, never as the text of a
Python object: layer parameters are described as layers, and a layer input the algorithm
did not record itself (a mask, the districts of a map) is added with its own hash.
"""

import configparser
import datetime as dt
import os

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsLayerMetadata,
    QgsMapLayer,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsProperty,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt

from wijkradar.core import provenance as core_provenance

from .output_guard import output_file, when_outputs_kept

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
DOCUMENT_SUFFIXES = (".pdf", ".html", ".htm", ".png")
# Parameter types whose values are layers the algorithm reads.
LAYER_PARAMETER_TYPES = {"source", "vector", "raster", "layer", "mesh", "pointcloud"}


def plugin_version():
    parser = configparser.ConfigParser()
    parser.read(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
    return parser.get("general", "version", fallback="?")


def library_versions():
    versions = {"wijkradar": plugin_version(), "qgis": Qgis.QGIS_VERSION}
    for module in ("numpy", "scipy", "pandas", "shapely", "sklearn"):
        try:
            versions[module] = __import__(module).__version__
        except ImportError:
            versions[module] = None
    return versions


def audit_folder(context):
    """Next to the project file when there is one, else the QGIS profile folder."""
    project = context.project() if context is not None else None
    project = project or QgsProject.instance()
    if project.fileName():
        return os.path.dirname(os.path.abspath(project.fileName()))
    return QgsApplication.qgisSettingsDirPath()


class OutputProvenance:
    def __init__(self, algorithm, parameters, context, purpose=""):
        self.algorithm_id = algorithm.id()
        self.layers = input_layers(algorithm, parameters, context)
        self.parameters = {name: self.described(name, value)
                           for name, value in parameters.items()}
        self.context = context
        self.purpose = purpose
        self.inputs = []
        self.notes = []
        self.started = dt.datetime.now(dt.timezone.utc)

    def described(self, name, value):
        """A parameter's value as the record shows it: layers by name, source and count."""
        layers = self.layers.get(name)
        if not layers:
            return plain_value(value)
        described = [layer_description(layer) for layer in layers]
        return described if isinstance(value, (list, tuple)) else described[0]

    def add_input(self, name, source, feature_count, content_hash):
        """An input the algorithm read and hashed. A source that is only the layer's name
        (what a feature source tells) is completed from the layer parameters."""
        if source == name:
            layer = next((layer for layers in self.layers.values() for layer in layers
                          if layer.name() == name), None)
            source = layer.publicSource() if layer is not None else source
        self.inputs.append(core_provenance.layer_record(name, source, feature_count,
                                                        content_hash))

    def add_unrecorded_inputs(self):
        """Layers given as parameters that the algorithm did not record itself."""
        recorded = {(i["name"], i["source"]) for i in self.inputs}
        for layers in self.layers.values():
            for layer in layers:
                if (layer.name(), layer.publicSource()) not in recorded:
                    recorded.add((layer.name(), layer.publicSource()))
                    self.inputs.append(core_provenance.layer_record(
                        layer.name(), layer.publicSource(), feature_count(layer),
                        layer_hash(layer)))

    def note(self, text):
        self.notes.append(text)

    def record(self, outputs):
        self.add_unrecorded_inputs()
        return core_provenance.build_record(
            self.algorithm_id, self.inputs, self.parameters, outputs, library_versions(),
            self.purpose, self.notes, self.started)

    def finish(self, outputs, destination=None, title="", abstract=""):
        """Writes the audit line and, when ``destination`` is a file, the sidecar and the
        ``.qmd`` beside it; returns the record and the QgsLayerMetadata for the layer."""
        record = self.record(outputs)
        metadata = layer_metadata(record, title, abstract)
        path = file_of(destination)
        if path:
            core_provenance.write_sidecar(path, record)
            if not path.lower().endswith(DOCUMENT_SUFFIXES):  # .qmd is for layers only
                save_metadata_beside(path, metadata)
        # The audit log records a run once its outputs are kept (see output_guard).
        when_outputs_kept(core_provenance.append_audit_line, audit_folder(self.context), record)
        return record, metadata

    def finish_report(self, path, title, html_of):
        """Writes an HTML report, ``html_of(record)``, with the record in a sidecar beside
        it; no .qmd, which would take the place of its layer's (same stem). Returns path."""
        record, _ = self.finish({"report": path}, None, title=title)
        core_provenance.write_sidecar(path, record)
        core_provenance.write_text(path, html_of(record))
        return path


def input_layers(algorithm, parameters, context):
    """Parameter name -> the layers a layer parameter holds (loaded as the algorithm loads
    them; a parameter left empty is left out)."""
    layers = {}
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        if parameters.get(name) in (None, "", []):
            continue
        if definition.type() == "multilayer":
            found = algorithm.parameterAsLayerList(parameters, name, context)
        elif definition.type() in LAYER_PARAMETER_TYPES:
            found = [algorithm.parameterAsLayer(parameters, name, context)]
        else:
            continue
        layers[name] = [layer for layer in found if isinstance(layer, QgsMapLayer)]
    return layers


def plain_value(value):
    """A parameter value QGIS wraps in an object, as the text or number it stands for."""
    if isinstance(value, (list, tuple)):
        return [plain_value(item) for item in value]
    if isinstance(value, QgsMapLayer):
        return layer_description(value)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        return plain_value(value.sink)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return plain_value(value.source)
    if isinstance(value, QgsProperty):
        static = value.staticValue()  # None for a property from a field or expression
        return static if static is not None else value.asExpression()
    if isinstance(value, QgsCoordinateReferenceSystem):
        return value.authid() or value.toWkt()
    if isinstance(value, (QDate, QDateTime)):
        return value.toString(Qt.DateFormat.ISODate)
    if isinstance(value, QgsRectangle):
        return value.toString()
    return value


def layer_description(layer):
    return {"name": layer.name(), "source": layer.publicSource(),
            "feature_count": feature_count(layer)}


def feature_count(layer):
    if isinstance(layer, QgsVectorLayer):
        return layer.featureCount()
    if isinstance(layer, QgsRasterLayer):
        return layer.width() * layer.height()
    return None


def layer_hash(layer):
    """SHA-256 over a vector layer's geometries (WKB) and attributes, or a raster's first
    band; None for other layers."""
    hasher = core_provenance.ContentHasher()
    if isinstance(layer, QgsVectorLayer):
        for feature in layer.getFeatures():
            hasher.update_text(repr(feature.attributes()))
            hasher.update_bytes(feature.geometry().asWkb().data())
    elif isinstance(layer, QgsRasterLayer) and layer.isValid():
        block = layer.dataProvider().block(1, layer.extent(), layer.width(), layer.height())
        hasher.update_bytes(block.data().data())
    else:
        return None
    return hasher.hexdigest()


def file_of(destination):
    """The file behind an output ('out.gpkg|layername=x' -> 'out.gpkg', a relative path
    made absolute); None for memory layers, database tables and missing folders."""
    path = output_file(destination)
    return path if path and os.path.isdir(os.path.dirname(path)) else None


def layer_metadata(record, title, abstract):
    metadata = QgsLayerMetadata()
    metadata.setTitle(title)
    metadata.setAbstract("\n\n".join(part for part in (
        abstract, core_provenance.summary_line(record), *record["notes"]) if part))
    metadata.setHistory([core_provenance.summary_line(record)])
    metadata.setKeywords({"wijkradar": [record["algorithm"]]})
    return metadata


def save_metadata_beside(file_path, metadata):
    """Writes ``<file>.qmd`` (QGIS's own metadata file), which QGIS loads with the file."""
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument("qgis")
    root = document.createElement("qgis")
    document.appendChild(root)
    metadata.writeMetadataXml(root, document)
    core_provenance.write_text(os.path.splitext(file_path)[0] + ".qmd", document.toString(2))
