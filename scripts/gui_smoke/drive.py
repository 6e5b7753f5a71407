"""Run by QGIS desktop (--code) in the smoke test: drives the Wijkradar dock as a user does.

The demo journey:
1. opens the dock and loads the demo municipality (step 1, screenshot);
2. runs the analyses in the background and waits for them (step 2, screenshot);
3. previews and exports the patrol focus map (step 3, screenshot, PDF).

Then, in the same session, the export journey on data shaped like a city's own export
(city_export.py beside this file: incidents with text dates, some day-first, one from 1966 and
one dated 2031, a 250 m grid and named districts, in one GeoPackage):
1. a new project; the GeoPackage through the Data step's GeoPackage button; the roles the dock
   guessed and the incidents' period must be right (screenshot export-data.png);
2. the analyses the city's layers allow (it has no neighbourhood monitor), the result summary
   must appear (export-analyse.png);
3. the patrol focus map: previewed (export-briefing.png) and exported with one page per
   district, each titled with the district's name.

Then writes result.json and quits. Any step that fails is recorded, and the run goes on where
it can, so the screenshots show what the user saw.
"""

import faulthandler
import importlib.util
import json
import os
import re
import subprocess
import time
import traceback

import qgis.utils
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QFileDialog

OUT = os.environ["WIJKRADAR_SMOKE_DIR"]
HERE = os.environ["WIJKRADAR_SMOKE_SCRIPTS"]  # this folder: --code gives the file no __file__
FULL_RUN = os.environ.get("WIJKRADAR_SMOKE_LAYERS", "1") == "1"
ANALYSIS_TIMEOUT_S = 90  # per journey
# A native crash first writes every Python thread's stack here (gui_smoke.sh prints it), then
# goes on to QGIS's own crash handler: a crash in CI names the Python code that ran.
CRASH_STACKS = open(os.path.join(OUT, "crash-stacks.txt"), "w", encoding="utf-8")  # noqa: SIM115
faulthandler.enable(CRASH_STACKS, all_threads=True)
LAST_RESORT_S = 225  # gui_smoke.sh stops QGIS at 240 s
EXPECTED_ROLES = {"incidents": "incidents", "grid_250m": "areas", "districts": "districts"}
problems = []
state = {"journey": "demo", "screenshots": [], "pdf": None, "results": [], "seconds": {},
         "export": {}}


def plugin():
    return qgis.utils.plugins.get("wijkradar")


def dock():
    return plugin().dock if plugin() is not None else None


def problem(text):
    problems.append(f"{state['journey']}: {text}")


def screenshot(name):
    QApplication.processEvents()
    path = os.path.join(OUT, name)
    if qgis.utils.iface.mainWindow().grab().save(path):
        state["screenshots"].append(path)
    else:
        problem(f"could not save the screenshot {name}")


def later(then, milliseconds=1500):
    """Lets QGIS paint (layers, message bar) before the next step."""
    QTimer.singleShot(milliseconds, lambda: guarded(then))


def guarded(step):
    """Runs a step; an error in this script ends the run with the error as a problem (in a
    timer, QGIS would only log it, and the run would wait for the last resort)."""
    try:
        step()
    except Exception:  # noqa: BLE001 (any error is a finding)
        problem(f"the smoke script stopped: {traceback.format_exc()}")
        finish()


def result_layer_names():
    group = QgsProject.instance().layerTreeRoot().findGroup("Wijkradar")
    return sorted(layer.name() for layer in group.findLayers()) if group else []


# --- shared by both journeys -----------------------------------------------------------------

def run_analyses(then):
    """Clicks Run in the Analyse step, waits for the background tasks, then calls ``then``."""
    form = dock().form
    form.stepTabs.setCurrentWidget(form.analyseTab)
    previous = dock().analyse_step.chain
    form.runButton.click()
    chain = dock().analyse_step.chain
    if chain is None or chain is previous:
        problem(f"the analyses did not start: {form.statusLabel.text()}")
        return then()
    started = time.monotonic()

    def wait():
        if chain.running and time.monotonic() - started < ANALYSIS_TIMEOUT_S:
            return later(wait, 500)
        if chain.running:
            problem("the analyses did not finish in time")
            dock().analyse_step.stop()
        elif not form.analyseStatusLabel.text().startswith("Finished"):
            problem(f"the analyses failed: {form.analyseStatusLabel.text()}")
        qgis.utils.iface.mapCanvas().refreshAllLayers()
        return later(then)

    return later(wait, 500)


def preview_and_export(shot, pdf_name):
    """Previews the patrol focus map (screenshot ``shot``) and exports it; returns the PDF."""
    form = dock().form
    form.stepTabs.setCurrentWidget(form.briefingTab)
    form.outputFile.setFilePath(os.path.join(OUT, pdf_name))
    dock().briefing_step.preview()
    if form.previewLabel.pixmap() is None or form.previewLabel.pixmap().isNull():
        problem(f"the briefing preview shows no page: {form.statusLabel.text()}")
    screenshot(shot)
    written = dock().briefing_step.export() or []
    pdf = written[0] if written else None
    if not pdf or not os.path.exists(pdf):
        problem(f"the patrol focus map was not exported: {form.statusLabel.text()}")
        return None
    return pdf


# --- the demo journey ------------------------------------------------------------------------

def step_data():
    state["started"] = time.monotonic()
    if plugin() is None:
        problem("the plugin wijkradar is not loaded")
        return finish()
    plugin().action.trigger()
    if dock() is None or not dock().isVisible():
        problem("the Wijkradar dock did not open")
        return finish()
    if dock().form.algorithmList.count() == 0:
        problem("the dock lists no Wijkradar algorithms")
    if not FULL_RUN:
        screenshot("wijkradar-dock.png")
        return finish()
    dock().form.loadDemoButton.click()
    if not QgsProject.instance().mapLayers():
        problem("the demo layers did not load into the project")
    qgis.utils.iface.mapCanvas().zoomToFullExtent()
    return later(lambda: (screenshot("wijkradar-dock.png"), run_analyses(step_briefing)))


def step_briefing():
    state["results"] = result_layer_names()
    screenshot("wijkradar-analyse.png")
    state["pdf"] = preview_and_export("wijkradar-briefing.png", "patrol_focus_map.pdf")
    state["seconds"]["demo"] = round(time.monotonic() - state["started"], 1)
    export_new_project()


# --- the export journey: a city's own GeoPackage ---------------------------------------------

def city_export():
    """city_export.py beside this file (the generator the QGIS tests use too)."""
    spec = importlib.util.spec_from_file_location("city_export",
                                                  os.path.join(HERE, "city_export.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def choose_in_file_dialog(path, button):
    """Clicks ``button`` and picks ``path`` in the file dialog it opens (a modal dialog would
    stall the unattended run)."""
    original = QFileDialog.getOpenFileName
    QFileDialog.getOpenFileName = staticmethod(lambda *args, **kwargs: (path, ""))
    try:
        button.click()
    finally:
        QFileDialog.getOpenFileName = original


def export_new_project():
    """A new project, as a user starts on their own data; the city's GeoPackage is written."""
    state["journey"], state["started"] = "export", time.monotonic()
    gpkg = os.path.join(OUT, "export", "city_export.gpkg")
    os.makedirs(os.path.dirname(gpkg), exist_ok=True)
    city = city_export()
    city.write_export_gpkg(gpkg)
    state["export"]["districts"] = list(city.DISTRICTS)
    QgsProject.instance().setDirty(False)
    qgis.utils.iface.newProject(False)
    qgis.utils.iface.messageBar().clearWidgets()  # the demo's messages are not this journey's
    # the event loop runs before the user clicks: QGIS then takes the first layer's CRS
    later(lambda: export_data(city, gpkg), 500)


def answer_datum_questions():
    """QGIS desktop may ask which datum transformation to use between WGS84 and RD New (a
    modal dialog of QGIS's own): answered with its first choice, as a user clicks OK."""
    dialog = QApplication.activeModalWidget()
    if dialog is not None and dialog.metaObject().className() == "QgsDatumTransformDialog":
        state["export"]["datum_questions"] = state["export"].get("datum_questions", 0) + 1
        dialog.accept()


def export_data(city, gpkg):
    export = state["export"]
    form = dock().form
    form.stepTabs.setCurrentWidget(form.dataTab)
    answerer = QTimer()
    answerer.timeout.connect(answer_datum_questions)
    answerer.start(300)
    state["answerer"] = answerer  # lives for the journey
    choose_in_file_dialog(gpkg, form.addGeoPackageButton)
    QApplication.processEvents()
    export["roles"] = roles_in_table()
    export["crs"] = QgsProject.instance().crs().authid()
    if export["crs"] != "EPSG:28992":
        problem(f"the project is drawn in {export['crs']}, not RD New (EPSG:28992)")
    export["layer_order"] = [layer.name() for layer in QgsProject.instance().layerTreeRoot()
                             .layerOrder()]
    if export["roles"] != EXPECTED_ROLES:
        problem(f"the dock guessed the roles {export['roles']}, not {EXPECTED_ROLES}")
    check_period_without_strays(city)
    qgis.utils.iface.mapCanvas().zoomToFullExtent()
    later(lambda: (screenshot("export-data.png"), export_analyse()))


def roles_in_table():
    """Layer name -> the role its combo shows in the Data step's table."""
    from wijkradar.ui.data_step import LAYER_COLUMN, ROLE_COLUMN

    table = dock().form.layerTable
    return {table.item(row, LAYER_COLUMN).text(): table.cellWidget(row, ROLE_COLUMN).currentData()
            for row in range(table.rowCount())}


def check_period_without_strays(city):
    """The table's summary of the incidents gives the period without the 1966 and 2031
    strays."""
    from wijkradar.ui.data_step import LAYER_COLUMN, SUMMARY_COLUMN

    table = dock().form.layerTable
    rows = [row for row in range(table.rowCount())
            if table.item(row, LAYER_COLUMN).text() == "incidents"]
    summary = table.item(rows[0], SUMMARY_COLUMN).text() if rows else ""
    state["export"]["incidents_summary"] = summary
    strays = [text[:4] for text in city.STRAY_DATES.values() if text[:4] in summary]
    if not rows or strays or str(city.FIRST_DAY) not in summary:
        problem(f"the incidents' summary in the Data step is {summary!r}: it should start at "
                f"{city.FIRST_DAY} and leave out the stray years {strays}")


def export_analyse():
    # The city has no neighbourhood monitor: a user unchecks the overlay, which needs one.
    dock().form.overlayCheck.setChecked(False)
    run_analyses(export_briefing)


def export_briefing():
    export = state["export"]
    export["results"] = result_layer_names()
    summary = dock().analyse_step.summary_label
    export["summary"] = summary.text()
    if not summary.isVisible() or not summary.text():
        problem("no result summary appeared after the analyses")
    elif any("2031" in sentence and "left out" not in sentence
             for sentence in re.split(r"<br>|\n|(?<=\.) ", summary.text())):
        # the typo may be named only as left out, never as a forecast or a data range
        problem(f"the result summary reads the 2031 typo as a real date: {summary.text()}")
    elif "left out" not in summary.text():
        problem(f"the result summary does not say which dates were left out: {summary.text()}")
    screenshot("export-analyse.png")
    form = dock().form
    form.stepTabs.setCurrentWidget(form.briefingTab)
    chosen = (form.districtLayerCombo.currentLayer(), form.districtFieldCombo.currentField())
    if chosen[0] is None or chosen[0].name() != "districts" or chosen[1] != "district_name":
        problem(f"the briefing's pages are not the districts by district_name: {chosen}")
    export["pdf"] = preview_and_export("export-briefing.png", "export-patrol_focus_map.pdf")
    if export["pdf"]:
        check_page_titles(export["pdf"], form.titleEdit.text(), export["districts"])
    state["seconds"]["export"] = round(time.monotonic() - state["started"], 1)
    finish()


def check_page_titles(pdf, title, districts):
    """One page per district, each titled '<title> - <district name>' (not '- 1')."""
    try:
        pages = pdf_pages(pdf)
    except (OSError, subprocess.CalledProcessError) as error:
        return problem(f"could not read {pdf} with poppler's pdftotext: {error}")
    pattern = re.compile(rf"{re.escape(title)} - (.+?)(\s{{2,}}|$)", re.MULTILINE)
    named = [match.group(1).strip() if match else None
             for match in (pattern.search(page) for page in pages)]
    state["export"]["page_titles"] = named
    if sorted(filter(None, named)) != sorted(districts) or None in named:
        problem(f"the PDF's {len(pages)} pages are titled {named}, not one per district "
                f"{districts}")
    return named


def pdf_pages(path):
    """The text of each page of a PDF (poppler)."""
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), path, "-"],
                           capture_output=True, text=True, check=True).stdout
            for n in range(1, count + 1)]


# --- the end ---------------------------------------------------------------------------------

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
        "export": state["export"],
        "seconds": state["seconds"],
        "problems": problems,
        "log": log,
    }
    with open(os.path.join(OUT, "result.json"), "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=1)
    QgsProject.instance().setDirty(False)
    os._exit(0)  # no save-project question, no shutdown surprises: the result is written


def last_resort():
    problem("the run did not end in time: a step waited (a dialog left open?) or stopped")
    finish()


def start():
    qgis.utils.iface.mainWindow().resize(1600, 1000)
    qgis.utils.iface.mainWindow().showMaximized()
    # a last resort, so that an error that stops the steps cannot hang the smoke test
    QTimer.singleShot(LAST_RESORT_S * 1000, last_resort)
    step_data()


later(start)
