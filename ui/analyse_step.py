"""Step 2 of the dock: run hotspots, risk scores and the monitor overlay in the background.

The layers come from the roles of step 1; :class:`AnalysisPlan` picks the parameters and
:class:`AlgorithmChain` runs the algorithms as background tasks with progress and Cancel.
The full list of Wijkradar tools stays available below (double-click opens the dialog).
"""

from functools import partial

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QObject, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QListWidgetItem

from .analysis_plan import AnalysisPlan
from .task_runner import AlgorithmChain

ROLE_COMBOS = (("incidents", "incidentsCombo"), ("areas", "areasCombo"),
               ("monitor", "monitorCombo"))


class AnalyseStep(QObject):
    """Owns the Analyse tab."""

    resultsReady = pyqtSignal(dict)  # step key -> results, when a run has finished

    def __init__(self, dock, data_step):
        super().__init__(dock)
        self.dock = dock
        self.form = dock.form
        self.data_step = data_step
        self.chain = None
        self.user_choice = {}  # combo name -> layer id the user picked; else the largest layer
        for _, combo_name in ROLE_COMBOS:
            combo = getattr(self.form, combo_name)
            combo.activated.connect(partial(self.remember_choice, combo_name))
        self.form.runButton.clicked.connect(self.run)
        self.form.cancelButton.clicked.connect(self.cancel)
        self.form.cancelButton.setEnabled(False)
        self.form.algorithmList.itemDoubleClicked.connect(self.open_algorithm)
        data_step.rolesChanged.connect(self.refresh_inputs)
        self.refresh_inputs()
        self.refresh_algorithms()

    def remember_choice(self, combo_name, _index):
        self.user_choice[combo_name] = getattr(self.form, combo_name).currentData()

    def refresh_inputs(self):
        for role, combo_name in ROLE_COMBOS:
            combo = getattr(self.form, combo_name)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for layer in self.data_step.layers_with_role(role):
                combo.addItem(layer.name(), layer.id())
            chosen = combo.findData(self.user_choice[combo_name]) \
                if self.user_choice.get(combo_name) else -1
            combo.setCurrentIndex(chosen if chosen >= 0 else min(1, combo.count() - 1))
            combo.blockSignals(False)

    def chosen(self, combo_name):
        layer_id = getattr(self.form, combo_name).currentData()
        return QgsProject.instance().mapLayer(layer_id) if layer_id else None

    def plan(self):
        context = self.data_step.layers_with_role("context")
        return AnalysisPlan(QgsProject.instance(), self.chosen("incidentsCombo"),
                            self.chosen("areasCombo"), self.chosen("monitorCombo"), context)

    def run(self):
        if self.chain is not None and self.chain.running:
            return False
        try:
            steps = self.plan().steps(self.form.hotspotsCheck.isChecked(),
                                      self.form.riskCheck.isChecked(),
                                      self.form.overlayCheck.isChecked())
        except ValueError as error:
            self.dock.notify(str(error), Qgis.Warning)
            return False
        if not steps:
            self.dock.notify(self.tr("Check at least one analysis."), Qgis.Info)
            return False
        self.chain = AlgorithmChain(steps, QgsProject.instance(), self)
        self.chain.stepStarted.connect(self.show_step)
        self.chain.progressChanged.connect(lambda value: self.form.progressBar.setValue(
            int(value)))
        self.chain.finished.connect(self.finished)
        self.set_running(True)
        self.chain.start()
        return True

    def cancel(self):
        if self.chain is not None and self.chain.running:
            self.form.analyseStatusLabel.setText(self.tr("Canceling…"))
            self.chain.cancel()

    def show_step(self, title):
        self.form.analyseStatusLabel.setText(self.tr("Running: {}").format(title))

    def finished(self, success, message):
        self.set_running(False)
        self.form.analyseStatusLabel.setText(message)
        if success:
            self.form.progressBar.setValue(100)
            self.dock.notify(message, Qgis.Success)
            self.resultsReady.emit(dict(self.chain.results))
        elif not self.chain.canceled:
            self.dock.notify(message, Qgis.Critical)

    def set_running(self, running):
        self.form.runButton.setEnabled(not running)
        self.form.cancelButton.setEnabled(running)
        if running:
            self.form.progressBar.setValue(0)

    def refresh_algorithms(self):
        algorithm_list = self.form.algorithmList
        algorithm_list.clear()
        provider = QgsApplication.processingRegistry().providerById("wijkradar")
        if provider is None:
            self.dock.set_status(self.tr("The Wijkradar Processing provider is not loaded."))
            return
        for algorithm in sorted(provider.algorithms(), key=lambda a: a.displayName()):
            item = QListWidgetItem(algorithm.icon(), algorithm.displayName())
            item.setData(Qt.ItemDataRole.UserRole, algorithm.id())
            item.setToolTip(algorithm.shortDescription() or algorithm.displayName())
            algorithm_list.addItem(item)

    def open_algorithm(self, item):
        from qgis import processing

        dialog = processing.createAlgorithmDialog(item.data(Qt.ItemDataRole.UserRole), {})
        if dialog is not None:
            dialog.show()

    def stop(self):
        if self.chain is not None and self.chain.running:
            self.chain.cancel()
