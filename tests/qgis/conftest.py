"""Fixtures for tests that need QGIS (pytest-qgis starts one QgsApplication per session)."""

import os
import shutil
import subprocess
import sysconfig
import tempfile
import unicodedata

import pytest
from qgis.core import QgsApplication, QgsProcessingFeedback, QgsVectorLayer

# The throw-away PostGIS server (session fixture ``postgis_connection``).
from .postgis_cluster import postgis_connection_fixture  # noqa: F401

QGIS_PROCESS = "/usr/bin/qgis_process.bin"
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# QGIS opens GeoPackages for update, which changes their file header: tests read a copy of
# the demo folder (GeoPackage and truth files), so the committed files stay untouched.
def private_demo_copy():
    """A copy of the demo folder of one's own; returns its GeoPackage path."""
    folder = tempfile.mkdtemp(prefix="wijkradar-demo-")
    shutil.copytree(os.path.join(REPO_ROOT, "resources", "demo"), folder, dirs_exist_ok=True)
    return os.path.join(folder, "wijkradar_demo.gpkg")


DEMO_GPKG = private_demo_copy()
DEMO_DIR = os.path.dirname(DEMO_GPKG)


def demo_uri(name, subset=None):
    """The URI of a demo layer, optionally filtered (see demo_layer for why in the URI)."""
    return f"{DEMO_GPKG}|layername={name}" + (f"|subset={subset}" if subset else "")


def load_script(name):
    """scripts/<name>.py as a module (scripts are not a package)."""
    import importlib.util

    path = os.path.join(REPO_ROOT, "scripts", f"{name}.py")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pdf_pages(path):
    """The text of each page of a PDF (poppler's pdftotext), one string per page."""
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    count = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))
    # NFKC: the PDF writes ligatures ('fi' as one glyph)
    return [unicodedata.normalize("NFKC", subprocess.run(
        ["pdftotext", "-layout", "-f", str(n), "-l", str(n), path, "-"],
        capture_output=True, text=True, check=True).stdout) for n in range(1, count + 1)]


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps what an algorithm logs, for tests that check its messages."""

    def __init__(self):
        super().__init__()
        self.messages = []

    def pushInfo(self, info):
        self.messages.append(info)

    def pushWarning(self, warning):
        self.messages.append(warning)

    def text(self):
        return "\n".join(self.messages)

    def said(self, *words):
        """Whether one message holds all these words."""
        return any(all(word in message for word in words) for message in self.messages)


def registered_provider():
    """A fresh Wijkradar provider in QGIS's Processing registry, removed when the generator
    ends (the registry owns providers and deletes them on removal, so none is shared)."""
    from wijkradar.processing.provider import WijkradarProvider

    registry = QgsApplication.processingRegistry()
    assert registry.providerById("wijkradar") is None, "a test left a provider behind"
    provider = WijkradarProvider()
    assert registry.addProvider(provider)
    yield provider
    registry.removeProvider(provider)


@pytest.fixture()
def wijkradar_provider(qgis_processing):
    """A fresh Wijkradar provider for the test."""
    yield from registered_provider()


@pytest.fixture()
def demo_layer():
    """Opens a layer of the demo GeoPackage by name, optionally filtered. The filter goes in
    the URI: set on the layer, QGIS 3.22 would switch the file to WAL journaling, after which
    its read-only connections fail ('unable to open database file')."""

    def open_layer(name, subset=None):
        layer = QgsVectorLayer(demo_uri(name, subset), name, "ogr")
        assert layer.isValid(), f"demo layer {name} missing from {DEMO_GPKG}"
        return layer

    return open_layer


@pytest.fixture(autouse=True, scope="session")
def clear_project_at_exit(qgis_app):
    """Layouts, layers and anything else holding QGIS objects must go before QGIS exits;
    their teardown after exitQgis() crashes the process."""
    yield
    import gc

    from qgis.core import QgsMapLayer, QgsProject
    from qgis.PyQt import sip

    QgsProject.instance().clear()
    from wijkradar.processing import layout_session

    layout_session.forget()  # layouts kept for the designer hold layers and a project
    # Tracebacks of expected exceptions keep layers alive; deleting an OGR layer after
    # exitQgis() crashes in GDAL, so delete the layers Python still owns while QGIS runs.
    gc.collect()
    for thing in gc.get_objects():
        if (isinstance(thing, QgsMapLayer) and not sip.isdeleted(thing)
                and sip.ispyowned(thing)):
            sip.delete(thing)



@pytest.fixture()
def iface_layer_tree_view(qgis_app, qgis_iface):
    """QGIS 3.40+'s Processing asks the interface for its layer tree view when it loads
    results (runAndLoadResults); pytest-qgis 2.1's interface has none: a real one on the
    project's layer tree, for a test that loads results that way. Only there: a view kept for
    every test painted legend icons from the project while the dock's background steps read
    it, and crashed test_dock now and then (QgsProject::createExpressionContextScope)."""
    if hasattr(qgis_iface, "layerTreeView"):
        yield qgis_iface.layerTreeView()
        return
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView()
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    qgis_iface.layerTreeView = lambda: view
    yield view
    del qgis_iface.layerTreeView
    view.deleteLater()


def qgis_process_environment(home):
    """A fresh HOME whose QGIS profile holds the plugin (this working tree), enabled, and its
    Python packages on PYTHONPATH (the .venv's: Debian's shapely is too old)."""
    assert os.path.exists(QGIS_PROCESS), "qgis_process.bin is missing: run make setup"
    plugins = home / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default" / \
        "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / "wijkradar").symlink_to(REPO_ROOT, target_is_directory=True)
    environment = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen",
                       PYTHONPATH=sysconfig.get_paths()["purelib"],
                       PYTHONDONTWRITEBYTECODE="1")
    # pytest-qgis points QGIS at its own settings folder; qgis_process must use HOME's profile.
    environment.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    enable = subprocess.run([QGIS_PROCESS, "plugins", "enable", "wijkradar"],
                            env=environment, capture_output=True, text=True, timeout=120)
    assert enable.returncode == 0, enable.stdout + enable.stderr
    return environment
