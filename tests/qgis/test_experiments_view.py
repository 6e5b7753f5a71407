"""The dock's Experiments tab lists the experiment register and opens a report."""

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QUrl

from wijkradar.processing import experiment_register as register

PLANNED = {"experiment_id": "EXP-20230901-1", "status": "planned",
           "recorded": "2023-09-01T10:00:00", "hypothesis": "Extra patrols cut burglaries",
           "treated": "WK990102", "start_date": "2023-09-04", "end_date": "2023-10-29",
           "mde_pct": 45.6, "summary": "A trial of 8 weeks can only detect a fall of 46%."}


@pytest.fixture()
def project_folder(tmp_path):
    project = QgsProject.instance()
    project.setFileName(str(tmp_path / "veiligheid.qgz"))
    yield tmp_path
    project.setFileName("")


def test_the_view_lists_the_register_newest_first_and_opens_a_report(
        qgis_app, project_folder, monkeypatch):
    from wijkradar.ui import experiments_view

    report = project_folder / "evaluation.html"
    report.write_text("<html></html>", encoding="utf-8")
    path = str(project_folder / register.FILE_NAME)
    register.append_entry(path, PLANNED)
    register.append_entry(path, {**PLANNED, "status": "evaluated", "mde_pct": None,
                                 "recorded": "2023-11-06T09:30:00", "rate_ratio": 0.613,
                                 "ci_low": 0.523, "ci_high": 0.718, "p_placebo": 0.043,
                                 "report": str(report)})
    view = experiments_view.ExperimentsView()
    assert view.register_path() == path
    assert view.table.rowCount() == 2
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())]
    # what a team reads first is in view in the narrow dock; ids and times come last
    assert headers == ["Status", "Areas", "Period", "Result", "Hypothesis", "Recorded", "Id"]
    rows = [{header: view.table.item(row, column).text() for column, header in enumerate(headers)}
            for row in range(2)]
    assert (rows[0]["Id"], rows[0]["Status"]) == ("EXP-20230901-1", "evaluated")
    assert rows[0]["Result"] == "RR 0.61 (0.52–0.72), placebo p 0.043"
    assert rows[1]["Status"] == "planned" and rows[1]["Result"] == "detects a fall of 46% or more"
    assert rows[1]["Period"] == "2023-09-04 – 2023-10-29" and rows[1]["Areas"] == "WK990102"
    assert view.table.item(1, 0).toolTip() == PLANNED["summary"]
    opened = []
    monkeypatch.setattr(experiments_view.QDesktopServices, "openUrl", opened.append)
    view.table.selectRow(1)
    assert not view.openButton.isEnabled()  # the planned entry has no report
    view.table.selectRow(0)
    assert view.openButton.isEnabled()
    view.open_report()
    assert opened == [QUrl.fromLocalFile(str(report))]


def test_without_a_register_the_view_says_how_to_start_one(qgis_app, project_folder):
    from wijkradar.ui.experiments_view import ExperimentsView

    view = ExperimentsView()
    assert view.table.rowCount() == 0
    assert "no experiments yet" in view.pathLabel.text()
    assert str(project_folder) in view.pathLabel.text()


def test_the_dock_has_an_experiments_tab(qgis_iface, wijkradar_provider, project_folder):
    from wijkradar.ui.dock import WijkradarDock

    dock = WijkradarDock(qgis_iface)
    try:
        tabs = dock.form.stepTabs
        titles = [tabs.tabText(i) for i in range(tabs.count())]
        assert titles[-1] == "Experiments"
        register.append_entry(str(project_folder / register.FILE_NAME), PLANNED)
        tabs.setCurrentIndex(tabs.count() - 1)  # showing the tab reads the register again
        assert dock.experiments_view.table.rowCount() == 1
    finally:
        dock.close_tasks()
        dock.deleteLater()
