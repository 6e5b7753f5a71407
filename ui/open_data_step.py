"""The Data step's open data: CBS wijken en buurten and registered crime, two clicks each.

"Load CBS neighbourhoods…" asks for the municipality (and a downloaded GeoPackage, or none to
fetch it from PDOK) and runs wijkradar:load_cbs_neighbourhoods; "Join registered crime…"
asks for the StatLine table and runs wijkradar:join_crime_statistics on the monitor layer.
Both run in the background (ui/task_runner.py: progress in the dock's status line, Cancel),
and their result enters the project through the privacy gate like any layer the dock loads,
with the role "monitor".
"""

import os

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QHBoxLayout, QPushButton

from .task_runner import AlgorithmChain, Step

LOAD_CBS = "wijkradar:load_cbs_neighbourhoods"
JOIN_CRIME = "wijkradar:join_crime_statistics"
MONITOR = "monitor"


class OpenDataActions(QObject):
    """Two buttons under the Data tab's load buttons, and the runs they start."""

    def __init__(self, data_step):
        super().__init__(data_step)
        self.data_step = data_step
        self.dock = data_step.dock
        self.chain = None
        self.load_button = QPushButton(self.tr("Load CBS neighbourhoods…"))
        self.load_button.setToolTip(self.tr(
            "Wijken or buurten of a municipality from the CBS Wijk- en buurtkaart (a downloaded "
            "GeoPackage, or PDOK), with clean monitor indicators"))
        self.join_button = QPushButton(self.tr("Join registered crime…"))
        self.join_button.setToolTip(self.tr(
            "Registered crime per wijk or buurt from a CBS StatLine table (47018NED, 47022NED) "
            "joined to the monitor layer"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        row = QHBoxLayout()
        for button in (self.load_button, self.join_button, self.cancel_button):
            row.addWidget(button)
        layout = self.dock.form.dataLayout
        layout.insertLayout(layout.indexOf(self.dock.form.loadDemoButton), row)
        self.load_button.clicked.connect(self.choose_cbs)
        self.join_button.clicked.connect(self.choose_crime_table)
        self.cancel_button.clicked.connect(self.cancel)

    def folder(self):
        """Where results are saved by default: beside the project, else the home folder."""
        return QgsProject.instance().homePath() or os.path.expanduser("~")

    def monitor_layer(self):
        layers = self.data_step.layers_with_role(MONITOR) or \
            self.data_step.layers_with_role("areas")
        return layers[0] if layers else None

    def choose_cbs(self):
        from .source_dialogs import CbsDialog

        dialog = CbsDialog(self.folder(), self.dock)
        if dialog.exec():
            self.load_cbs(dialog.parameters())

    def choose_crime_table(self):
        from .source_dialogs import CrimeTableDialog

        dialog = CrimeTableDialog(self.monitor_layer(), self.folder(), self.dock)
        if dialog.exec():
            self.join_crime(dialog.parameters())

    def load_cbs(self, parameters):
        """Runs load_cbs_neighbourhoods in the background; its output loads as monitor."""
        self.run(Step(self.tr("Load CBS neighbourhoods"), LOAD_CBS, dict(parameters)), None)

    def join_crime(self, parameters):
        """Runs join_crime_statistics in the background; its output replaces the areas as
        the monitor layer."""
        parameters = dict(parameters)
        areas = parameters.get("AREAS")
        if areas is None:
            self.dock.notify(self.tr("Load or choose the neighbourhoods first."), Qgis.Warning)
            return
        self.run(Step(self.tr("Join registered crime"), JOIN_CRIME, parameters), areas)

    def run(self, step, replaced):
        if self.chain is not None and self.chain.running:
            self.dock.notify(self.tr("Wait until the current run has finished."), Qgis.Warning)
            return
        self.chain = AlgorithmChain([step], QgsProject.instance(), self)
        self.chain.progressChanged.connect(lambda value: self.dock.set_status(
            self.tr("{}: {} %").format(step.title, int(value))))
        self.chain.finished.connect(lambda ok, message: self.finished(ok, message, step,
                                                                      replaced))
        self.set_running(True)
        self.dock.set_status(self.tr("{}…").format(step.title))
        self.chain.start()

    def cancel(self):
        if self.chain is not None and self.chain.running:
            self.chain.cancel()

    def set_running(self, running):
        self.load_button.setEnabled(not running)
        self.join_button.setEnabled(not running)
        self.cancel_button.setVisible(running)

    def finished(self, success, message, step, replaced):
        self.set_running(False)
        if not success:
            self.dock.notify(message, Qgis.Warning if self.chain.canceled else Qgis.Critical)
            return
        loaded = self.data_step.add_geopackage(step.results.get("OUTPUT") or
                                               step.parameters["OUTPUT"])
        for layer in loaded:
            self.data_step.set_role(layer.id(), MONITOR)
        if loaded and replaced is not None and replaced.id() in QgsProject.instance().mapLayers():
            self.data_step.set_role(replaced.id(), "")
        self.data_step.refresh()
        self.dock.notify(self.tr("{}: {} loaded as the monitor layer.").format(
            step.title, ", ".join(layer.name() for layer in loaded)), Qgis.Success)
