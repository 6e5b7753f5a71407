"""Run by QGIS desktop (--code) in the smoke test: opens the Wijkradar dock, loads the demo
layers, takes a screenshot of the main window and writes result.json, then quits."""

import json
import os

import qgis.utils
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication

OUT = os.environ["WIJKRADAR_SMOKE_DIR"]
LOAD_LAYERS = os.environ.get("WIJKRADAR_SMOKE_LAYERS", "1") == "1"
problems = []


def open_dock():
    plugin = qgis.utils.plugins.get("wijkradar")
    if plugin is None:
        problems.append("the plugin wijkradar is not loaded")
        return None
    plugin.action.trigger()
    if LOAD_LAYERS:
        plugin.dock.form.loadDemoButton.click()
    return plugin


def finish():
    plugin = qgis.utils.plugins.get("wijkradar")
    dock_visible = bool(plugin and plugin.dock and plugin.dock.isVisible())
    if plugin is not None and not dock_visible:
        problems.append("the Wijkradar dock did not open")
    dock = plugin.dock if plugin is not None else None
    if dock is not None and dock.form.algorithmList.count() == 0:
        problems.append("the dock lists no Wijkradar algorithms")
    if LOAD_LAYERS and not QgsProject.instance().mapLayers():
        problems.append("the demo layers did not load into the project")
    qgis.utils.iface.mapCanvas().zoomToFullExtent()
    QApplication.processEvents()
    shot = os.path.join(OUT, "wijkradar-dock.png")
    if not qgis.utils.iface.mainWindow().grab().save(shot):
        problems.append("could not save the screenshot")
    log_path = os.path.join(OUT, "messages.log")
    log = []
    if os.path.exists(log_path):
        with open(log_path, encoding="utf-8") as handle:
            log = handle.read().splitlines()
    result = {
        "loaded": plugin is not None,
        "dock_visible": dock_visible,
        "layers": len(QgsProject.instance().mapLayers()),
        "screenshot": shot,
        "problems": problems,
        "log": log,
    }
    with open(os.path.join(OUT, "result.json"), "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=1)
    QgsProject.instance().setDirty(False)
    os._exit(0)  # no save-project question, no shutdown surprises: the result is written


def start():
    qgis.utils.iface.mainWindow().resize(1600, 1000)
    qgis.utils.iface.mainWindow().showMaximized()
    QTimer.singleShot(5000, finish)  # first, so that an error below cannot stop the run
    open_dock()


QTimer.singleShot(1500, start)
