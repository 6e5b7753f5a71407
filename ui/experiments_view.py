"""The dock's Experiments tab: what the team has tried and learned, from the experiment register.

It lists the entries of the register (processing/experiment_register.py: one row per power
calculation of a planned experiment and per evaluation), newest first, and opens an entry's
report. The register is the one beside the project (or in the QGIS settings folder without a
saved project), or a GeoPackage the user chooses. Nothing is computed here: planning and
evaluating are the Processing algorithms 'Experiment power' and 'Evaluate an intervention'.
"""

import os

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..processing import experiment_register as register
from ..processing.provenance import audit_folder


def _tr(text):
    return QCoreApplication.translate("ExperimentsView", text)


class ExperimentsView(QWidget):
    """A table of the register's entries with buttons to refresh, choose the register and
    open the selected entry's report."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.chosen_path = None  # a register the user chose; None: the default one
        self.entries = []
        self.pathLabel = QLabel(self)
        self.pathLabel.setWordWrap(True)
        self.table = QTableWidget(0, len(self.columns()), self)
        self.table.setHorizontalHeaderLabels([label for label, _ in self.columns()])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemDoubleClicked.connect(self.open_report)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.openButton = QPushButton(_tr("Open report"), self)
        self.openButton.clicked.connect(self.open_report)
        self.refreshButton = QPushButton(_tr("Refresh"), self)
        self.refreshButton.clicked.connect(self.refresh)
        self.chooseButton = QPushButton(_tr("Other register…"), self)
        self.chooseButton.clicked.connect(self.choose_register)
        buttons = QHBoxLayout()
        for button in (self.openButton, self.refreshButton, self.chooseButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pathLabel)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    @staticmethod
    def columns():
        """(header, how an entry shows in the column); what a team reads first comes first,
        as the dock is narrow."""
        return ((_tr("Status"), status_text),
                (_tr("Areas"), lambda e: e.get("treated")),
                (_tr("Period"), lambda e: f"{e.get('start_date')} – {e.get('end_date')}"),
                (_tr("Result"), result_text),
                (_tr("Hypothesis"), lambda e: e.get("hypothesis")),
                (_tr("Recorded"), lambda e: (e.get("recorded") or "").replace("T", " ")),
                (_tr("Id"), lambda e: e.get("experiment_id")))

    def register_path(self):
        return self.chosen_path or os.path.join(audit_folder(None), register.FILE_NAME)

    def refresh(self):
        """Reads the register again and fills the table, newest entry first."""
        path = self.register_path()
        try:
            self.entries = list(reversed(register.read_entries(path)))
        except (OSError, RuntimeError):  # a file that is no GeoPackage
            self.entries = []
        where = _tr("Register: {}").format(path)
        if not self.entries:
            where += " " + _tr("(no experiments yet: plan one with 'Experiment power' or "
                               "evaluate one with 'Evaluate an intervention').")
        self.pathLabel.setText(where)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, (_, text_of) in enumerate(self.columns()):
                item = QTableWidgetItem(str(text_of(entry) or ""))
                item.setToolTip(entry.get("summary") or "")
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.update_buttons()

    def selected_entry(self):
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def update_buttons(self):
        entry = self.selected_entry()
        self.openButton.setEnabled(bool(entry and entry.get("report")
                                        and os.path.exists(entry["report"])))

    def open_report(self, *_):
        entry = self.selected_entry()
        if entry and entry.get("report") and os.path.exists(entry["report"]):
            QDesktopServices.openUrl(QUrl.fromLocalFile(entry["report"]))

    def choose_register(self):
        start = QgsProject.instance().homePath() or audit_folder(None)
        path, _ = QFileDialog.getOpenFileName(self, _tr("Experiment register"), start,
                                              _tr("GeoPackage (*.gpkg)"))
        if path:
            self.chosen_path = path
            self.refresh()


def status_text(entry):
    texts = {"planned": _tr("planned"), "evaluated": _tr("evaluated")}
    return texts.get(entry.get("status"), entry.get("status"))


def result_text(entry):
    """'RR 0.61 (0.52–0.72), placebo p 0.04' or 'detects a fall of 46%'."""
    if entry.get("rate_ratio") is not None:
        text = _tr("RR {rr:.2f} ({low:.2f}–{high:.2f})").format(
            rr=entry["rate_ratio"], low=entry.get("ci_low") or 0, high=entry.get("ci_high") or 0)
        if entry.get("p_placebo") is not None:
            text += ", " + _tr("placebo p {:.3f}").format(entry["p_placebo"])
        return text
    if entry.get("mde_pct") is not None:
        return _tr("detects a fall of {:.0f}% or more").format(entry["mde_pct"])
    return ""


def add_to(dock):
    """Adds the Experiments tab to the dock's tabs (refreshed whenever it is shown)."""
    view = ExperimentsView(dock.form)
    tabs = dock.form.stepTabs
    index = tabs.addTab(view, _tr("Experiments"))
    tabs.currentChanged.connect(lambda current: current == index and view.refresh())
    return view

