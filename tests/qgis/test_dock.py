"""The dock as a user drives it: load through the privacy gate, run in the background,
cancel, print the briefing map. Buttons are clicked with QTest; the PDF is read with poppler.
"""

import html
import os
import re
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.gui import QgsBrowserGuiModel, QgsMessageBar
from qgis.PyQt.QtCore import QObject, Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QPushButton

from .conftest import DEMO_GPKG, load_script, pdf_pages

# the city export the gui-smoke drives through the dock too
city_export = load_script("gui_smoke/city_export")

RESULT_NAMES = {"Hotspot density", "Hotspot areas", "Risk score next month",
                "Vulnerability x crime"}
WIJKEN = 10  # districts of the demo municipality


class DockIface:
    """pytest-qgis's interface with QGIS's real message bar, recording the layouts opened
    in the designer."""

    def __init__(self, qgis_iface):
        self._iface = qgis_iface
        self.opened = []
        self.bar = QgsMessageBar()

    def __getattr__(self, name):
        return getattr(self._iface, name)

    def messageBar(self):
        return self.bar

    def openLayoutDesigner(self, layout):
        self.opened.append(layout.name())
        return layout


@pytest.fixture()
def dock(qgis_iface, wijkradar_provider):
    from wijkradar.ui.dock import WijkradarDock

    project = QgsProject.instance()
    project.clear()
    widget = WijkradarDock(DockIface(qgis_iface))
    yield widget
    widget.close_tasks()
    wait_until(lambda: not QgsApplication.taskManager().countActiveTasks(), timeout=120)
    widget.deleteLater()
    project.clear()


def wait_until(condition, timeout=300):
    """Lets Qt run (tasks report through the event loop) until condition() holds.
    The timeout only guards against a hang; it is not a speed requirement."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the dock did not finish"
        QTest.qWait(50)


def layer_named(name):
    layers = QgsProject.instance().mapLayersByName(name)
    return layers[0] if layers else None


def add_demo_layers(dock, incidents_subset="jaar >= 2023"):
    """The demo GeoPackage through the dock's loader, with fewer incident years for speed."""
    loaded = dock.data_step.add_geopackage(DEMO_GPKG)
    if incidents_subset:  # as a URI: a filter set on the layer would switch the file to WAL
        incidents = layer_named("incidenten")
        incidents.setDataSource(f"{incidents.source()}|subset={incidents_subset}",
                                incidents.name(), "ogr")
    return loaded


def results_group_names():
    group = QgsProject.instance().layerTreeRoot().findGroup("Wijkradar")
    return {layer.name() for layer in group.findLayers()} if group else set()


def rows(dock):
    table = dock.form.layerTable
    return {table.item(r, 0).text(): (table.cellWidget(r, 1).currentData(),
                                      table.item(r, 2).text(), table.item(r, 3).text())
            for r in range(table.rowCount())}


def test_loading_a_geopackage_checks_privacy_and_guesses_roles(dock):
    loaded = dock.data_step.add_geopackage(DEMO_GPKG)
    assert {layer.name() for layer in loaded} >= {"incidenten", "pc6", "buurten", "wijken"}
    table = rows(dock)
    assert table["incidenten"][0] == "incidents"
    assert table["pc6"][0] == "areas"
    assert table["buurten"][0] == "monitor"
    assert table["wijken"][0] == "districts"
    # business names are allowed, with a warning to check them
    assert {name: privacy for name, (_, privacy, _) in table.items()
            if privacy != "passed"} == {"coffeeshops": "warnings"}
    assert table["incidenten"][2].startswith("69,063 ")  # the demo's, its planted action included
    assert "EPSG:28992" in table["incidenten"][2]
    # the Analyse step offers exactly the layers of each role
    assert dock.form.incidentsCombo.currentText() == "incidenten"
    assert dock.form.areasCombo.findText("pc6") > 0
    assert dock.form.monitorCombo.currentText() == "buurten"


def test_a_role_chosen_by_the_user_is_kept_in_the_project(dock):
    dock.data_step.add_geopackage(DEMO_GPKG)
    table = dock.form.layerTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "pc4")
    combo = table.cellWidget(row, 1)
    combo.setCurrentIndex(combo.findData("context"))
    assert dock.data_step.role(layer_named("pc4")) == "context"
    assert dock.form.areasCombo.findText("pc4") == -1


def personal_geopackage(tmp_path):
    """A GeoPackage of reports with e-mail addresses: must never enter the project."""
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=email:string(60)&field=soort:string(20)",
                           "meldingen", "memory")
    features = []
    for i in range(30):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"j.jansen{i}@example.nl", "overlast"])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(155000 + i, 385000)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    path = str(tmp_path / "meldingen.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.layerName = "meldingen"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, path, QgsProject.instance().transformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError
    return path


def test_a_layer_with_personal_data_is_refused_with_its_fields_named(dock, tmp_path,
                                                                    monkeypatch):
    # Processing's dialog asks the interface for the browser model, as real QGIS has it
    import qgis.utils

    browser = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis.utils.iface, "browserModel", lambda: browser, raising=False)
    path = personal_geopackage(tmp_path)
    assert dock.data_step.add_geopackage(path) == []
    assert QgsProject.instance().mapLayersByName("meldingen") == []
    status = dock.form.statusLabel.text()
    assert "meldingen" in status and "email" in status
    # the message bar offers to anonymise it: the button opens the algorithm on that layer
    message = dock.iface.bar.currentItem()
    assert "email" in message.text()
    button = next(b for b in message.findChildren(QPushButton) if "Anonymise" in b.text())
    dialogs_before = set(QApplication.topLevelWidgets())
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w not in dialogs_before and w.isVisible())
    assert "Anonymise" in dialog.windowTitle()
    dialog.close()


def test_analyses_run_in_the_background_and_land_styled_in_the_wijkradar_group(dock):
    add_demo_layers(dock)
    QTest.mouseClick(dock.form.runButton, Qt.MouseButton.LeftButton)
    # the click returns at once: the work runs in QGIS's task manager
    chain = dock.analyse_step.chain
    assert chain.running and not dock.form.runButton.isEnabled()
    assert dock.form.cancelButton.isEnabled()
    wait_until(lambda: not chain.running)
    assert dock.form.analyseStatusLabel.text().startswith("Finished"), \
        dock.form.analyseStatusLabel.text()
    assert dock.form.progressBar.value() == 100
    assert results_group_names() == RESULT_NAMES
    QTest.qWait(50)
    assert not RESULT_NAMES & set(rows(dock)), "results are no input layers of step 1"
    risk = layer_named("Risk score next month")
    assert risk.featureCount() == layer_named("pc6").featureCount()
    # styled by the algorithms' own post-processors, not QGIS's random single colour
    assert risk.renderer().type() != "singleSymbol" or \
        layer_named("Hotspot areas").labelsEnabled()
    assert layer_named("Vulnerability x crime").renderer().type() == "categorizedSymbol"
    # the briefing step picks up the risk scores for the coming month
    assert dock.form.focusLayerCombo.currentLayer() is risk
    assert dock.form.scoreFieldCombo.currentField() == "risk_score"
    assert dock.form.periodEdit.text().startswith("Forecast for ")


def test_cancel_stops_the_run_and_frees_the_dock(dock):
    add_demo_layers(dock)
    QTest.mouseClick(dock.form.runButton, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dock.form.cancelButton, Qt.MouseButton.LeftButton)
    chain = dock.analyse_step.chain
    wait_until(lambda: not chain.running, timeout=120)
    assert chain.canceled
    assert dock.form.analyseStatusLabel.text().startswith("Canceled")
    assert dock.form.runButton.isEnabled() and not dock.form.cancelButton.isEnabled()
    assert len(results_group_names()) < len(RESULT_NAMES)
    assert all(layer.isValid() for layer in QgsProject.instance().mapLayers().values())


def test_no_layers_gives_a_message_not_a_crash(dock):
    assert dock.analyse_step.run() is False
    assert "incidents" in dock.form.statusLabel.text()


def test_wrong_geometry_for_a_role_is_named(dock):
    dock.data_step.add_geopackage(DEMO_GPKG)
    wijken = layer_named("wijken")
    dock.data_step.set_role(wijken.id(), "incidents")
    dock.data_step.set_role(layer_named("incidenten").id(), "context")
    dock.form.incidentsCombo.setCurrentIndex(dock.form.incidentsCombo.findText("wijken"))
    assert dock.analyse_step.run() is False
    assert "point layer" in dock.form.statusLabel.text()


def focus_layer():
    """Scored buurten: a quick stand-in for an analysis result."""
    layer = QgsVectorLayer(f"{DEMO_GPKG}|layername=buurten", "scored buurten", "ogr")
    QgsProject.instance().addMapLayer(layer)
    return layer


def prepare_briefing(dock, tmp_path):
    dock.data_step.add_geopackage(DEMO_GPKG)
    form = dock.form
    form.focusLayerCombo.setLayer(focus_layer())
    form.scoreFieldCombo.setField("percentage_huishoudens_met_laag_inkomen")
    form.idFieldCombo.setField("buurtnaam")
    form.districtLayerCombo.setLayer(layer_named("wijken"))
    form.districtFieldCombo.setField("wijknaam")
    form.titleEdit.setText("Briefing flexteam")
    form.topNSpin.setValue(3)
    form.outputFile.setFilePath(str(tmp_path / "briefing.pdf"))


def test_export_prints_a_page_per_district_with_title_and_top_areas(dock, tmp_path):
    prepare_briefing(dock, tmp_path)
    assert dock.form.districtList.count() == WIJKEN
    QTest.mouseClick(dock.form.exportButton, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "briefing.pdf"
    assert pdf.exists(), dock.form.statusLabel.text()
    pages = pdf_pages(str(pdf))
    assert len(pages) == WIJKEN
    assert all("Briefing flexteam" in page for page in pages)
    assert all("CONFIDENTIAL - INTERNAL USE ONLY" in page for page in pages)
    # the legend names the score and says what the strong fill and the numbers are
    assert all("Percentage huishoudens met laag inkomen" in page
               and "Top 3 of this district, numbered" in page for page in pages)
    buurten = layer_named("scored buurten")
    top = max(buurten.getFeatures(),
              key=lambda f: f["percentage_huishoudens_met_laag_inkomen"] or 0)
    assert any(top["buurtnaam"] in page for page in pages)
    # then the user opens it in the layout designer
    assert dock.form.designerButton.isEnabled()
    QTest.mouseClick(dock.form.designerButton, Qt.MouseButton.LeftButton)
    assert dock.iface.opened == [dock.briefing_step.layout_name]


def test_checked_districts_and_png_format_print_only_those(dock, tmp_path):
    prepare_briefing(dock, tmp_path)
    district_list = dock.form.districtList
    for row in (0, 1):
        district_list.item(row).setCheckState(Qt.CheckState.Checked)
    dock.form.formatCombo.setCurrentIndex(dock.form.formatCombo.findData("png"))
    written = dock.briefing_step.export()
    assert written == [str(tmp_path / "briefing_1.png"), str(tmp_path / "briefing_2.png")]
    assert not (tmp_path / "briefing.pdf").exists()
    assert all(os.path.getsize(path) > 10000 for path in written)
    # The districts were narrowed in a copy: the user's GeoPackage is left as it was (a
    # filter on it would have switched its journal to WAL: header bytes 18-19 become 2).
    with open(DEMO_GPKG, "rb") as handle:
        assert handle.read(20)[18:20] == b"\x01\x01"


def test_preview_shows_the_first_page_and_a_larger_view_that_can_be_read(dock, tmp_path):
    prepare_briefing(dock, tmp_path)
    step = dock.briefing_step
    assert not step.larger_view_button.isEnabled()  # nothing to show yet
    QTest.mouseClick(dock.form.previewButton, Qt.MouseButton.LeftButton)
    pixmap = dock.form.previewLabel.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    assert pixmap.width() > pixmap.height()  # landscape page
    assert not os.listdir(tmp_path) or not (tmp_path / "briefing.pdf").exists()
    # a click on the thumbnail opens the pages at a size the list can be read at
    QTest.mouseClick(dock.form.previewLabel, Qt.MouseButton.LeftButton)
    view = step.larger_view
    assert view is not None and view.isVisible()
    shown = view.image.pixmap()
    assert shown.width() >= 3 * pixmap.width() and shown.width() > shown.height()
    assert view.page_label.text() == f"Page 1 of {WIJKEN}"
    QTest.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.page_label.text() == f"Page 2 of {WIJKEN}"
    view.actual_size.setChecked(True)  # the page as rendered, 150 dpi: 1754 px for A4
    assert view.image.pixmap().width() >= 1700
    view.close()


def test_preview_and_export_leave_the_projects_layers_and_layouts_as_they_were(
        dock, tmp_path):
    """No ghost layers: nothing the map draws joins the project, the Data table or the
    dock's lists, also after the project is saved and opened again."""
    prepare_briefing(dock, tmp_path)
    project = QgsProject.instance()
    users = set(project.mapLayers())
    assert dock.briefing_step.preview()
    assert dock.briefing_step.export()
    assert set(project.mapLayers()) == users
    assert {node.layerId() for node in project.layerTreeRoot().findLayers()} == users
    assert project.layoutManager().layouts() == []
    names = {dock.form.focusLayerCombo.itemText(i)
             for i in range(dock.form.focusLayerCombo.count())}
    assert not names & {"Focus areas", "Districts", "markers", "leaders"}
    # the designer still gets the layout, its map drawing the copies
    QTest.mouseClick(dock.form.designerButton, Qt.MouseButton.LeftButton)
    assert dock.iface.opened == [dock.briefing_step.layout_name]
    saved = str(tmp_path / "briefing.qgs")
    assert project.write(saved)
    project.clear()
    assert project.read(saved)
    assert set(project.mapLayers()) == users and project.layoutManager().layouts() == []


def test_an_unwritable_export_path_is_a_message(dock, tmp_path):
    prepare_briefing(dock, tmp_path)
    dock.form.outputFile.setFilePath("/proc/wijkradar/briefing.pdf")
    assert dock.briefing_step.export() is None
    assert "write" in dock.form.statusLabel.text()


def test_a_briefing_without_focus_areas_says_so(dock, tmp_path):
    dock.data_step.add_geopackage(DEMO_GPKG)
    empty = QgsVectorLayer(f"{DEMO_GPKG}|layername=buurten|subset=fid < 0", "leeg", "ogr")
    QgsProject.instance().addMapLayer(empty)
    dock.form.focusLayerCombo.setLayer(empty)
    dock.form.scoreFieldCombo.setField("percentage_huishoudens_met_laag_inkomen")
    dock.form.outputFile.setFilePath(str(tmp_path / "leeg.pdf"))
    assert dock.briefing_step.export() == [str(tmp_path / "leeg.pdf")]
    assert any("No focus areas" in page for page in pdf_pages(str(tmp_path / "leeg.pdf")))


def test_postgis_tables_load_through_the_dock_and_feed_an_analysis(dock, postgis_connection):
    loaded = dock.data_step.add_postgis(postgis_connection, [("public", "incidenten"),
                                                             ("public", "gemeente")])
    assert [layer.providerType() for layer in loaded] == ["postgres", "postgres"]
    assert rows(dock)["incidenten"][0] == "incidents"
    dock.form.riskCheck.setChecked(False)
    dock.form.overlayCheck.setChecked(False)
    assert dock.analyse_step.run()
    chain = dock.analyse_step.chain
    wait_until(lambda: not chain.running)
    assert chain.results["hotspots"]["OUTPUT"], dock.form.analyseStatusLabel.text()
    assert results_group_names() == {"Hotspot density", "Hotspot areas"}
    density = layer_named("Hotspot density")
    assert density.isValid() and density.width() > 10


def test_a_postgis_server_that_is_down_ends_in_a_message_not_a_hang(dock):
    from wijkradar.ui.source_dialogs import PostgisDialog

    from .postgis_cluster import CONNECTION_PREFIX, free_port, save_qgis_connection

    name = f"{CONNECTION_PREFIX}-down"
    save_qgis_connection(name, free_port())
    try:
        dialog = PostgisDialog(dock)
        dialog.connections.setCurrentIndex(dialog.connections.findText(name))
        QTest.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        # the server is asked in a background task: the dialog stays responsive meanwhile
        wait_until(lambda: dialog.task is None, timeout=60)
        assert name in dialog.status.text() and "running" in dialog.status.text()
        assert "wijkradar-test-only" not in dialog.status.text()  # never show the password
        assert dialog.tables.count() == 0 and dialog.connect_button.isEnabled()
        dialog.close()
    finally:
        QgsProviderRegistry.instance().providerMetadata("postgres").deleteConnection(name)


def test_a_csv_by_postcode_loads_as_incidents_and_left_out_rows_are_reported(dock, tmp_path):
    dock.data_step.add_geopackage(DEMO_GPKG)
    pc6 = layer_named("pc6")
    codes = [f["postcode"] for f in pc6.getFeatures() if f.id() <= 20]
    lines = ["postcode;soort;datum"] + [f"{code};woninginbraak;2024-11-0{i % 9 + 1}"
                                        for i, code in enumerate(codes)] + \
        ["9999ZZ;woninginbraak;2024-11-05"]
    path = tmp_path / "meldingen.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = dock.data_step.add_csv(path=str(path), postcode_field="postcode",
                                    postcode_layer=pc6, postcode_layer_field="postcode")
    assert [layer.featureCount() for layer in loaded] == [len(codes)]
    assert rows(dock)[loaded[0].name()][0] == "incidents"
    assert any("9999ZZ" in item.text() for item in dock.iface.bar.items())


# -- after a run: what the results say, and keeping their files ----------------------------


def run_analyses(dock):
    add_demo_layers(dock)
    assert dock.analyse_step.run()
    chain = dock.analyse_step.chain
    wait_until(lambda: not chain.running)
    assert chain.results.keys() >= {"hotspots", "risk", "overlay"}, \
        dock.form.analyseStatusLabel.text()
    return chain.results


def report_comparison(report_path):
    """The one line comparing the forecast with the best baseline, as the risk report's
    summary states it."""
    text = html.unescape(Path(report_path).read_text(encoding="utf-8"))
    return re.search(r"<li><b>(PAI@5% .*?)</b></li>", text).group(1)


def test_the_summary_shows_each_result_and_opens_the_risk_report(dock, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    results = run_analyses(dock)
    summary = dock.analyse_step.summary_label
    assert not summary.isHidden()
    text = summary.text()
    # the comparison the risk report leads with, read from the report itself
    assert report_comparison(results["risk"]["REPORT"]) in html.unescape(text)
    # hotspots and focus areas as many as the result layers hold
    hotspots = layer_named("Hotspot areas").featureCount()
    assert f"{hotspots} hotspot areas from " in text
    overlay = layer_named("Vulnerability x crime")
    focus = sum(1 for f in overlay.getFeatures() if f["focus"])
    assert f"{focus} of {overlay.featureCount()} areas are focus areas" in text
    # the report is a click away
    link = re.search(r'<a href="([^"]+)">Open the risk report</a>', text).group(1)
    summary.linkActivated.emit(link)
    assert [url.toLocalFile() for url in opened] == [results["risk"]["REPORT"]]


def test_a_model_worse_than_its_baseline_is_said_in_the_dock_and_the_message_bar(dock):
    from wijkradar.core.risk_summary import ValidationVerdict

    # The new user's city: the model 8.37, the best baseline 8.60, one month below chance.
    verdict = ValidationVerdict("Poisson GLM", 8.37, "Baseline: last period's counts", 8.60,
                                [("2024-07", 0.95)])
    risk = {"MODEL": "glm", "FORECAST_PERIOD": "2024-10", "PAI_5": 8.37,
            "PAI_5_BEST_BASELINE": 8.60, "BEST_BASELINE": verdict.baseline_label,
            "WARNINGS": "\n".join(verdict.warnings()), "REPORT": "/tmp/risk.html"}
    step = dock.analyse_step
    step.chain = SimpleNamespace(results={"risk": risk}, canceled=False, running=False)
    step.finished(True, "Finished: 1 step(s).")
    text = step.summary_label.text()
    assert "did worse in validation than the simple baseline" in text
    assert "The map uses the model" in text and "2024-07 (0.95)" in text
    message = dock.iface.bar.currentItem()
    assert message.level() == Qgis.Warning and "did worse" in message.text()


def test_results_of_an_unsaved_project_are_said_to_be_temporary_and_can_be_kept(dock, tmp_path,
                                                                               monkeypatch):
    results = run_analyses(dock)
    step = dock.analyse_step
    temporary = os.path.dirname(results["risk"]["REPORT"])
    assert not step.save_box.isHidden()
    assert "temporary folder" in step.save_label.text() and temporary in step.save_label.text()
    monkeypatch.setattr(step, "ask_folder", lambda: str(tmp_path))
    QTest.mouseClick(step.choose_folder_button, Qt.MouseButton.LeftButton)
    kept = tmp_path / "wijkradar_results" / os.path.basename(temporary)
    assert (kept / "risk_next_month.html").exists()
    # the result layers read the copies and keep their style
    risk = layer_named("Risk score next month")
    assert risk.source().startswith(str(kept)) and risk.isValid()
    assert risk.featureCount() == layer_named("pc6").featureCount()
    assert layer_named("Vulnerability x crime").renderer().type() == "categorizedSymbol"
    assert layer_named("Hotspot density").source().startswith(str(kept))
    assert f'href="{QUrl.fromLocalFile(str(kept / "risk_next_month.html")).toString()}"' in \
        step.summary_label.text()
    assert step.save_box.isHidden()


def test_save_project_puts_the_results_beside_the_saved_project(dock, tmp_path, monkeypatch):
    run_analyses(dock)
    step = dock.analyse_step
    monkeypatch.setattr(step, "ask_project_path", lambda: str(tmp_path / "city"))
    QTest.mouseClick(step.save_project_button, Qt.MouseButton.LeftButton)
    project = QgsProject.instance()
    assert project.fileName() == str(tmp_path / "city.qgz") and (tmp_path / "city.qgz").exists()
    risk = layer_named("Risk score next month")
    assert risk.source().startswith(str(tmp_path / "wijkradar_results"))
    assert step.save_box.isHidden()
    # the next run writes beside the project straight away: nothing to keep
    assert step.run()
    wait_until(lambda: not step.chain.running)
    assert step.folder.startswith(str(tmp_path / "wijkradar_results"))
    assert step.save_box.isHidden()


def test_the_briefing_is_exported_to_the_project_folder_else_to_documents(dock, tmp_path):
    from wijkradar.ui.briefing_step import default_output_path
    from wijkradar.ui.result_files import documents_folder

    documents = documents_folder()
    assert os.path.basename(documents) == "Wijkradar" and os.path.isdir(documents)
    assert os.path.dirname(default_output_path()) == documents != os.path.expanduser("~")
    project = QgsProject.instance()
    assert project.write(str(tmp_path / "city.qgz"))
    assert os.path.dirname(default_output_path()) == str(tmp_path)


# -- an analyst's own data in the first hour: a city's export, not the demo -------------------

def load_city(dock, tmp_path):
    """grid_250m and districts from a GeoPackage, incidents from a CSV with Long/Lat."""
    gpkg = tmp_path / "city.gpkg"
    city_export.write_city_gpkg(gpkg)
    loaded = dock.data_step.add_geopackage(str(gpkg))
    path = city_export.write_incidents_csv(tmp_path / "incidents_2022_2024.csv")
    loaded += dock.data_step.add_csv(path=path, x_field="Long", y_field="Lat", crs="EPSG:4326")
    return loaded


def test_a_city_export_gets_its_roles_and_the_analysis_its_fields(dock, tmp_path):
    load_city(dock, tmp_path)
    assert {name: role for name, (role, _, _) in rows(dock).items()} == {
        "grid_250m": "areas", "districts": "districts", "incidents_2022_2024": "incidents"}
    hotspots, risk = dock.analyse_step.plan().steps(overlay=False)
    assert hotspots.parameters["DATE_FIELD"] == "occurrence_date"
    assert (risk.parameters["ID_FIELD"], risk.parameters["DATE_FIELD"]) == ("area_id",
                                                                            "occurrence_date")
    assert risk.parameters["COVARIATES"] == []  # never fid


def test_before_any_analysis_the_briefing_refuses_a_map_ranked_by_feature_id(dock, tmp_path):
    load_city(dock, tmp_path)
    form = dock.form
    form.focusLayerCombo.setLayer(layer_named("grid_250m"))
    assert form.idFieldCombo.currentField() == "area_id"
    assert form.scoreFieldCombo.currentField() == ""  # the grid has no score yet
    assert form.districtLayerCombo.currentLayer() is layer_named("districts")
    assert form.districtFieldCombo.currentField() == "district_name"
    form.outputFile.setFilePath(str(tmp_path / "map.pdf"))
    assert dock.briefing_step.export() is None
    assert "Choose the score field of grid_250m" in dock.iface.bar.currentItem().text()
    form.scoreFieldCombo.setField("fid")
    assert dock.briefing_step.preview() is None
    assert dock.briefing_step.export() is None
    assert "'fid' of grid_250m is an id, not a score" in dock.iface.bar.currentItem().text()
    assert not os.path.exists(tmp_path / "map.pdf")


def test_the_pages_are_named_after_the_districts_with_their_top_cells(dock, tmp_path):
    load_city(dock, tmp_path)
    scored = city_export.grid_layer(scores=True)
    QgsProject.instance().addMapLayer(scored)
    form = dock.form
    form.focusLayerCombo.setLayer(scored)
    assert (form.scoreFieldCombo.currentField(), form.idFieldCombo.currentField()) == (
        "risk_score", "area_id")
    form.topNSpin.setValue(1)
    form.outputFile.setFilePath(str(tmp_path / "map.pdf"))
    assert dock.briefing_step.export(), form.statusLabel.text()
    pages = pdf_pages(str(tmp_path / "map.pdf"))
    assert len(pages) == len(city_export.DISTRICTS)
    for number, district in enumerate(city_export.DISTRICTS):
        top = max(city_export.district_cells(number), key=lambda c: city_export.cell_score(*c))
        page = next(p for p in pages if f"Patrol focus areas - {district}" in p)
        assert city_export.cell_id(*top) in page, district


def click_anonymise(dock):
    """The refusal's Anonymise… button in the message bar; returns the dialog it opened."""
    message = next(item for item in dock.iface.bar.items() if "was not loaded" in item.text())
    button = next(b for b in message.findChildren(QPushButton) if "Anonymise" in b.text())
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    return dock.anonymise_dialog


def layers_reading(path):
    return [layer for layer in QgsProject.instance().mapLayers().values()
            if os.path.basename(path) in layer.source()]


def anonymise(dialog):
    assert dialog.run()
    wait_until(lambda: not dialog.chain.running, timeout=120)
    assert dialog.loaded, dialog.status.text()
    return dialog.loaded[0]


def test_a_refused_csv_is_said_once_and_anonymised_from_its_file_into_incidents(dock,
                                                                               tmp_path):
    path = city_export.write_incidents_csv(tmp_path / "incidents_named.csv", 300,
                                           personal=True)
    assert dock.data_step.add_csv(path=path, x_field="Long", y_field="Lat",
                                  crs="EPSG:4326") == []
    refusals = [item.text() for item in dock.iface.bar.items()]
    assert len(refusals) == 1, refusals
    assert "victim_name" in refusals[0] and "address" in refusals[0]
    dialog = click_anonymise(dock)
    assert dialog.isVisible() and "incidents_named" in dialog.windowTitle()
    assert dialog.date_field.currentField() == "occurrence_date"
    assert dialog.cell_size.isEnabled() and dialog.cell_size.value() == 250  # no areas loaded
    offered = {dialog.keep.item(i).text() for i in range(dialog.keep.count())}
    assert not offered & {"victim_name", "address", "Long", "Lat", "occurrence_date"}
    assert dialog.kept_fields() == ["offence_type"]
    assert dialog.output.filePath() == str(tmp_path / "incidents_named_anonymised.gpkg")
    layer = anonymise(dialog)
    assert layers_reading(path) == [], "the refused CSV never enters the project"
    assert dock.data_step.role(layer) == "incidents"
    assert layer.featureCount() == 300
    assert {"cell_id", "offence_type", "occurrence_date", "jaar", "week"} <= set(
        layer.fields().names())
    assert not {"victim_name", "address", "Long", "Lat"} & set(layer.fields().names())
    assert layer.crs().authid() == "EPSG:28992"
    for feature in layer.getFeatures():  # at the centre of its 250 m cell, on a Monday
        point = feature.geometry().asPoint()
        assert (point.x() % 250, point.y() % 250) == (125, 125)
        assert feature["occurrence_date"].dayOfWeek() == 1


def test_a_refused_geopackage_is_anonymised_onto_the_project_grid(dock, tmp_path):
    load_city(dock, tmp_path)
    path = str(tmp_path / "named.gpkg")
    city_export.write_gpkg(city_export.incidents_layer(200, personal=True), path, "incidents")
    assert dock.data_step.add_geopackage(path) == []
    dialog = click_anonymise(dock)
    assert dialog.areas.currentLayer() is layer_named("grid_250m")
    assert dialog.area_id.currentField() == "area_id"
    assert dialog.date_field.currentField() == "occurrence_date"
    layer = anonymise(dialog)
    assert layers_reading(path) == []
    assert dock.data_step.role(layer) == "incidents"
    assert layer.featureCount() == 200
    cells = {f["area_id"]: f.geometry().centroid().asPoint()
             for f in layer_named("grid_250m").getFeatures()}
    for feature in layer.getFeatures():  # at the centre of its grid cell
        assert feature.geometry().asPoint() == cells[feature["area_id"]]


# -- a new user's first look at a city's export loaded through the dock ----------------------

def load_export(dock, tmp_path):
    """The gui-smoke's export: incidents (WGS84, text dates with a 1966 and a 2031 typo), the
    250 m grid and the districts in one GeoPackage; no neighbourhood monitor layer."""
    gpkg = tmp_path / "city_export.gpkg"
    city_export.write_export_gpkg(str(gpkg))
    return dock.data_step.add_geopackage(str(gpkg))


def test_an_export_loaded_into_an_empty_project_is_drawn_in_rd_new(dock, tmp_path):
    assert load_export(dock, tmp_path)
    assert layer_named("incidents").crs().authid() == "EPSG:4326"
    assert QgsProject.instance().crs().authid() == "EPSG:28992"


class CanvasBridge(QObject):
    """Stands in for QGIS desktop's layer tree - canvas bridge."""

    canvasLayersChanged = pyqtSignal(list)

    def __init__(self):
        super().__init__()
        self.auto_setup = [True]  # every value set, in order

    def setAutoSetupOnFirstLayer(self, enabled):
        self.auto_setup.append(enabled)


def test_new_projects_set_themselves_up_again_once_the_canvas_took_the_layers(
        dock, tmp_path, monkeypatch):
    """The first-layer set-up is held while the dock loads into an empty project and given
    back when the canvas updates, each time, from one connection (a slot that disconnected
    itself while the signal ran crashed QGIS 3.44 at the next new project)."""
    bridge = CanvasBridge()
    monkeypatch.setattr(dock.iface, "layerTreeCanvasBridge", lambda: bridge, raising=False)
    for journey in range(2):
        QgsProject.instance().clear()
        (tmp_path / str(journey)).mkdir()
        assert load_export(dock, tmp_path / str(journey))
        assert bridge.auto_setup[-1] is False
        bridge.canvasLayersChanged.emit([])
        bridge.canvasLayersChanged.emit([])
        assert bridge.auto_setup[-1] is True
    assert bridge.auto_setup == [True, False, True, False, True]
    assert bridge.receivers(bridge.canvasLayersChanged) == 1


def test_a_project_with_layers_keeps_its_crs(dock, tmp_path):
    from qgis.core import QgsCoordinateReferenceSystem

    project = QgsProject.instance()
    project.addMapLayer(QgsVectorLayer("Point?crs=EPSG:3857", "own points", "memory"))
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    assert load_export(dock, tmp_path)
    assert project.crs().authid() == "EPSG:3857"


def test_loaded_layers_get_a_plain_style_by_role_points_on_top(dock, tmp_path):
    own = QgsVectorLayer("Polygon?crs=EPSG:28992&field=district_name:string", "own districts",
                         "memory")
    QgsProject.instance().addMapLayer(own)
    own_renderer = own.renderer().dump()
    load_export(dock, tmp_path)
    districts, grid = layer_named("districts"), layer_named("grid_250m")
    for layer in (districts, grid):  # outlines only: neither hides the other or the map
        symbol = layer.renderer().symbol()
        assert symbol.color().alpha() == 0, layer.name()
        assert symbol.symbolLayer(0).strokeColor().alpha() == 255, layer.name()
    assert districts.renderer().symbol().symbolLayer(0).strokeWidth() > \
        grid.renderer().symbol().symbolLayer(0).strokeWidth()
    assert districts.labelsEnabled()
    assert districts.labeling().settings().fieldName == "district_name"
    assert not grid.labelsEnabled()
    QTest.qWait(10)
    order = [node.name() for node in QgsProject.instance().layerTreeRoot().children()]
    assert set(rows(dock)) == {"incidents", "districts", "grid_250m", "own districts"}
    assert order.index("incidents") < order.index("districts") < order.index("grid_250m")
    assert own.renderer().dump() == own_renderer and not own.labelsEnabled()


def test_the_analyse_step_speaks_of_areas_whether_postcodes_or_grid_cells(dock):
    form = dock.form
    assert form.areasLabel.text() == "Areas (postcodes or grid cells)"
    assert form.riskCheck.text() == "Risk score per area for the next month"
    from wijkradar.ui.analysis_plan import AnalysisPlan

    problems = AnalysisPlan(QgsProject.instance(), None).problems(False, True, False)
    assert not any("postcode areas" in problem for problem in problems), problems


def test_the_overlay_is_greyed_out_without_a_monitor_layer_and_back_with_one(dock, tmp_path):
    load_export(dock, tmp_path)
    check = dock.form.overlayCheck
    assert not check.isChecked() and not check.isEnabled()
    assert "neighbourhood layer with monitor indicators" in check.toolTip()
    # Run does the analyses the export allows instead of refusing for the overlay
    steps = dock.analyse_step.plan().steps(dock.form.hotspotsCheck.isChecked(),
                                           dock.form.riskCheck.isChecked(), check.isChecked())
    assert [step.key for step in steps] == ["hotspots", "risk"]
    dock.data_step.add_geopackage(DEMO_GPKG)  # the demo's buurten carry monitor indicators
    assert check.isEnabled() and check.isChecked() and not check.toolTip()


def test_the_data_table_shows_the_period_in_a_narrow_dock(dock, tmp_path):
    form = dock.form
    form.resize(420, 700)  # the dock's width beside QGIS's map, as in the gui-smoke
    form.show()
    load_export(dock, tmp_path)
    QTest.qWait(10)
    table = form.layerTable
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "incidents" in names, (names, form.statusLabel.text())
    row = names.index("incidents")
    item = table.item(row, 3)
    period = f"{city_export.FIRST_DAY} – "
    assert period in item.text() and "1966" not in item.text()
    assert item.toolTip() == item.text()
    metrics = table.fontMetrics()
    for line in item.text().splitlines():  # each line fits the column, the column the table
        assert metrics.horizontalAdvance(line) < table.columnWidth(3), line
    assert table.columnViewportPosition(3) + table.columnWidth(3) <= table.viewport().width()
    form.hide()


def test_the_summary_says_which_dates_each_analysis_left_out(dock, tmp_path):
    load_export(dock, tmp_path)
    step = dock.analyse_step
    assert step.run()
    wait_until(lambda: not step.chain.running)
    assert set(step.chain.results) == {"hotspots", "risk"}, dock.form.analyseStatusLabel.text()
    strays = sorted(city_export.STRAY_DATES.values())  # the 1966 record and the 2031 typo
    note = (f"{len(strays)} incidents with dates far outside the others were left out "
            f"({' … '.join(strays)}).")
    paragraphs = step.summary_label.text().split("</p>")
    assert [note in paragraph for paragraph in paragraphs[:2]] == [True, True], paragraphs
