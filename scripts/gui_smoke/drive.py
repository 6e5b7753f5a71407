"""Run by QGIS desktop (--code) in the smoke test: drives the Wijkradar dock as a user does.

1. opens the dock and loads the demo municipality (step 1, screenshot);
2. runs the analyses in the background and waits for them (step 2, screenshot);
3. previews and exports the patrol focus map (step 3, screenshot, PDF);
then writes result.json and quits. Any step that fails is recorded, the run goes on to the
end so the screenshots show what the user saw.
"""

import json
import os
import time

import qgis.utils
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication

OUT = os.environ["WIJKRADAR_SMOKE_DIR"]
FULL_RUN = os.environ.get("WIJKRADAR_SMOKE_LAYERS", "1") == "1"
ANALYSIS_TIMEOUT_S = 150
problems = []
state = {"screenshots": [], "pdf": None, "results": []}


def plugin():
    return qgis.utils.plugins.get("wijkradar")


def dock():
    return plugin().dock if plugin() is not None else None


def screenshot(name):
    QApplication.processEvents()
    path = os.path.join(OUT, name)
    if qgis.utils.iface.mainWindow().grab().save(path):
        state["screenshots"].append(path)
    else:
        problems.append(f"could not save the screenshot {name}")


def step_data():
    if plugin() is None:
        problems.append("the plugin wijkradar is not loaded")
        return finish()
    plugin().action.trigger()
    if dock() is None or not dock().isVisible():
        problems.append("the Wijkradar dock did not open")
        return finish()
    if dock().form.algorithmList.count() == 0:
        problems.append("the dock lists no Wijkradar algorithms")
    if not FULL_RUN:
        screenshot("wijkradar-dock.png")
        return finish()
    dock().form.loadDemoButton.click()
    if not QgsProject.instance().mapLayers():
        problems.append("the demo layers did not load into the project")
    qgis.utils.iface.mapCanvas().zoomToFullExtent()
    QTimer.singleShot(1500, lambda: (screenshot("wijkradar-dock.png"), step_analyse()))
    return None


def step_analyse():
    form = dock().form
    form.stepTabs.setCurrentWidget(form.analyseTab)
    form.runButton.click()
    if dock().analyse_step.chain is None:
        problems.append(f"the analyses did not start: {form.statusLabel.text()}")
        return finish()
    started = time.monotonic()

    def wait():
        chain = dock().analyse_step.chain
        if chain.running and time.monotonic() - started < ANALYSIS_TIMEOUT_S:
            QTimer.singleShot(500, wait)
            return
        if chain.running:
            problems.append("the analyses did not finish in time")
        elif not form.analyseStatusLabel.text().startswith("Finished"):
            problems.append(f"the analyses failed: {form.analyseStatusLabel.text()}")
        state["results"] = sorted(layer.name() for layer in QgsProject.instance()
                                  .layerTreeRoot().findGroup("Wijkradar").findLayers()) \
            if QgsProject.instance().layerTreeRoot().findGroup("Wijkradar") else []
        qgis.utils.iface.mapCanvas().refreshAllLayers()
        QTimer.singleShot(1500, lambda: (screenshot("wijkradar-analyse.png"), step_briefing()))

    QTimer.singleShot(500, wait)
    return None


def step_briefing():
    form = dock().form
    form.stepTabs.setCurrentWidget(form.briefingTab)
    form.outputFile.setFilePath(os.path.join(OUT, "patrol_focus_map.pdf"))
    dock().briefing_step.preview()
    if form.previewLabel.pixmap() is None or form.previewLabel.pixmap().isNull():
        problems.append("the briefing preview shows no page")
    screenshot("wijkradar-briefing.png")
    written = dock().briefing_step.export() or []
    state["pdf"] = written[0] if written else None
    if not state["pdf"] or not os.path.exists(state["pdf"]):
        problems.append(f"the patrol focus map was not exported: {form.statusLabel.text()}")
    finish()


def finish():
    log_path = os.path.join(OUT, "messages.log")
    log = []
    if os.path.exists(log_path):
        with open(log_path, encoding="utf-8") as handle:
            log = handle.read().splitlines()
    result = {
        "loaded": plugin() is not None,
        "dock_visible": bool(dock() and dock().isVisible()),
        "layers": len(QgsProject.instance().mapLayers()),
        "results": state["results"],
        "screenshot": ", ".join(state["screenshots"]),
        "pdf": state["pdf"],
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
    # a last resort, so that an error that stops the steps cannot hang the smoke test
    QTimer.singleShot((ANALYSIS_TIMEOUT_S + 40) * 1000, finish)
    step_data()


QTimer.singleShot(1500, start)
