"""Where the dock's result files go, and moving them out of QGIS's temporary folder.

Results of a saved project go beside it. An unsaved project has no folder of its own, so
the analyses write to QGIS's temporary Processing folder, which QGIS empties when it
closes: the dock says so and offers to save the project or choose a folder, and then
copies the files there and points the result layers at the copies.
"""

import os
import shutil

from qgis.core import QgsProcessingUtils
from qgis.PyQt.QtCore import QStandardPaths

RESULTS_SUBFOLDER = "wijkradar_results"
DOCUMENTS_SUBFOLDER = "Wijkradar"


def documents_folder():
    """A 'Wijkradar' folder in the user's Documents (created when missing)."""
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or os.path.expanduser("~")
    folder = os.path.join(documents, DOCUMENTS_SUBFOLDER)
    os.makedirs(folder, exist_ok=True)
    return folder


def default_export_folder(project):
    """The saved project's folder, else the Wijkradar folder in Documents."""
    return project.homePath() if project.fileName() else documents_folder()


def is_temporary(folder):
    """Whether a results folder lies in QGIS's temporary Processing folder."""
    temporary = os.path.realpath(QgsProcessingUtils.tempFolder())
    return bool(folder) and os.path.realpath(folder).startswith(temporary + os.sep)


def relocate_results(folder, base, project):
    """Copies a results folder to ``base/wijkradar_results/<its name>`` and points the
    project's layers read from it at the copies (their style stays); returns the copy."""
    target = os.path.join(base, RESULTS_SUBFOLDER, os.path.basename(os.path.normpath(folder)))
    shutil.copytree(folder, target)
    prefixes = {os.path.normpath(folder), os.path.normpath(folder).replace("\\", "/")}
    for layer in project.mapLayers().values():
        source = layer.source()
        prefix = next((p for p in prefixes if source.startswith(p + "/")
                       or source.startswith(p + os.sep)), None)
        if prefix is not None:
            layer.setDataSource(target + source[len(prefix):], layer.name(),
                                layer.providerType())
    return target
