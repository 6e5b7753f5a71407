"""Provenance for every Wijkradar output (privacy rule 4), on the QGIS side.

An algorithm builds an :class:`OutputProvenance` once, adds its inputs as it reads them and
calls :meth:`OutputProvenance.finish` for each output: the record goes into the layer
metadata (``.qmd`` beside a file, read by QGIS when the file is opened), a
``.provenance.json`` sidecar and one line of the audit log.
"""

import configparser
import datetime as dt
import os

from qgis.core import Qgis, QgsApplication, QgsLayerMetadata, QgsProject

from wijkradar.core import provenance as core_provenance

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
DOCUMENT_SUFFIXES = (".pdf", ".html", ".htm", ".png")


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
        self.parameters = {name: value for name, value in parameters.items()}
        self.context = context
        self.purpose = purpose
        self.inputs = []
        self.notes = []
        self.started = dt.datetime.now(dt.timezone.utc)

    def add_input(self, name, source, feature_count, content_hash):
        self.inputs.append({"name": name, "source": source, "feature_count": feature_count,
                            "content_hash": content_hash})

    def note(self, text):
        self.notes.append(text)

    def record(self, outputs):
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
        core_provenance.append_audit_line(audit_folder(self.context), record)
        return record, metadata


def file_of(destination):
    """The file behind an output ('out.gpkg|layername=x' -> 'out.gpkg'); None for memory
    layers and database tables."""
    if not destination:
        return None
    path = destination.split("|")[0]
    return path if os.path.isabs(path) and os.path.isdir(os.path.dirname(path)) else None


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
    with open(os.path.splitext(file_path)[0] + ".qmd", "w", encoding="utf-8") as handle:
        handle.write(document.toString(2))
