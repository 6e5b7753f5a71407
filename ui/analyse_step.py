"""Step 2 of the dock: run hotspots, risk scores, hotspot statistics and the monitor overlay in
the background.

The layers come from the roles of step 1; :class:`AnalysisPlan` picks the parameters and
:class:`AlgorithmChain` runs the algorithms as background tasks with progress and Cancel.
When they finish, a summary says per result what matters (with the risk report a click
away) and, for an unsaved project, that the files are in a temporary folder, with the means
to keep them. The full list of Wijkradar tools stays available below (double-click opens the
dialog).
"""

import os
from functools import partial

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QObject, Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .analysis_plan import AnalysisPlan
from .result_files import documents_folder, is_temporary, relocate_results
from .result_summary import summary_html, warnings_of
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
        self.folder = None  # where the last run wrote its files
        self.results = {}  # step key -> results of the last run
        self.user_choice = {}  # combo name -> layer id the user picked; else the largest layer
        self.overlay_was_checked = False  # the overlay was checked before it was greyed out
        self.step_feedback = {}  # step key -> the feedback of the last run's step
        for _, combo_name in ROLE_COMBOS:
            combo = getattr(self.form, combo_name)
            combo.activated.connect(partial(self.remember_choice, combo_name))
        self.form.runButton.clicked.connect(self.run)
        self.form.cancelButton.clicked.connect(self.cancel)
        self.form.cancelButton.setEnabled(False)
        self.form.algorithmList.itemDoubleClicked.connect(self.open_algorithm)
        data_step.rolesChanged.connect(self.refresh_inputs)
        self.add_summary_widgets()
        self.refresh_inputs()
        self.refresh_algorithms()

    def add_summary_widgets(self):
        """Below the status line: the results' summary and the offer to keep the files."""
        self.summary_label = QLabel(self.form)
        self.summary_label.setObjectName("resultSummaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.linkActivated.connect(self.open_link)
        self.save_box = QWidget(self.form)
        self.save_box.setObjectName("saveResultsBox")
        self.save_label = QLabel(self.save_box)
        self.save_label.setWordWrap(True)
        self.save_project_button = QPushButton(self.tr("Save project…"), self.save_box)
        self.save_project_button.clicked.connect(self.save_project)
        self.choose_folder_button = QPushButton(self.tr("Choose a folder…"), self.save_box)
        self.choose_folder_button.clicked.connect(self.choose_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_project_button)
        buttons.addWidget(self.choose_folder_button)
        box = QVBoxLayout(self.save_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.save_label)
        box.addLayout(buttons)
        layout = self.form.analyseLayout
        below_status = layout.indexOf(self.form.analyseStatusLabel) + 1
        layout.insertWidget(below_status, self.save_box)
        layout.insertWidget(below_status, self.summary_label)
        self.show_summary({})

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
        self.offer_overlay(self.form.monitorCombo.count() > 1)

    def offer_overlay(self, has_monitor):
        """The overlay needs a monitor layer: without one it is unchecked and greyed out, with
        a tooltip saying why; it is checked again when one arrives, if the dock unchecked it."""
        check = self.form.overlayCheck
        if not has_monitor and check.isEnabled():
            self.overlay_was_checked = check.isChecked()
            check.setChecked(False)
        elif has_monitor and not check.isEnabled():
            check.setChecked(self.overlay_was_checked)
        check.setEnabled(has_monitor)
        check.setToolTip("" if has_monitor else self.tr(
            "Needs a neighbourhood layer with monitor indicators (income, safety, inhabitants): "
            "give a polygon layer the role 'monitor' in step 1."))

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
        plan = self.plan()
        try:
            steps = plan.steps(self.form.hotspotsCheck.isChecked(),
                               self.form.riskCheck.isChecked(),
                               self.form.overlayCheck.isChecked(),
                               self.form.statisticsCheck.isChecked())
        except ValueError as error:
            self.dock.notify(str(error), Qgis.Warning)
            return False
        if not steps:
            self.dock.notify(self.tr("Check at least one analysis."), Qgis.Info)
            return False
        self.folder = plan.folder
        self.chain = AlgorithmChain(steps, QgsProject.instance(), self)
        self.chain.stepStarted.connect(self.show_step)
        self.step_feedback = {}  # step key -> its feedback, whose lines the summary reads
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
        step = self.chain.steps[self.chain.index]
        self.step_feedback[step.key] = self.chain.feedback

    def finished(self, success, message):
        self.set_running(False)
        self.form.analyseStatusLabel.setText(message)
        self.show_summary(dict(self.chain.results))  # also the steps done before a cancel
        if success:
            self.form.progressBar.setValue(100)
            warnings = warnings_of(self.results)
            self.dock.notify(" ".join([message] + warnings),
                             Qgis.Warning if warnings else Qgis.Success)
            self.resultsReady.emit(dict(self.results))
        elif not self.chain.canceled:
            self.dock.notify(message, Qgis.Critical)

    def set_running(self, running):
        self.form.runButton.setEnabled(not running)
        self.form.cancelButton.setEnabled(running)
        if running:
            self.form.progressBar.setValue(0)
            self.show_summary({})

    # --- the summary of the last run, and keeping its files ------------------------------

    def show_summary(self, results):
        self.results = results
        logs = {key: feedback.lines for key, feedback in self.step_feedback.items()}
        text = summary_html(results, logs)
        self.summary_label.setText(text)
        self.summary_label.setVisible(bool(text))
        unsaved = bool(results) and is_temporary(self.folder)
        if unsaved:
            self.save_label.setText(self.tr(
                "The result files are in a temporary folder that QGIS empties when it closes "
                "({}). Save the project to keep them beside it, or choose a folder.").format(
                self.folder))
        self.save_box.setVisible(unsaved)

    def open_link(self, url):
        QDesktopServices.openUrl(QUrl(url))

    def save_project(self):
        """Asks for a project file, moves the results beside it and saves the project."""
        path = self.ask_project_path()
        if not path:
            return None
        if not path.lower().endswith((".qgz", ".qgs")):
            path += ".qgz"
        if self.move_results(os.path.dirname(path)) is None:
            return None
        if not QgsProject.instance().write(path):
            self.dock.notify(self.tr("Could not save the project as {}: {}").format(
                path, QgsProject.instance().error()), Qgis.Critical)
            return None
        return path

    def choose_folder(self):
        folder = self.ask_folder()
        return self.move_results(folder) if folder else None

    def ask_project_path(self):
        return QFileDialog.getSaveFileName(
            self.dock, self.tr("Save the project"),
            os.path.join(documents_folder(), "wijkradar.qgz"),
            self.tr("QGIS projects (*.qgz *.qgs)"))[0]

    def ask_folder(self):
        return QFileDialog.getExistingDirectory(self.dock, self.tr("Folder for the results"),
                                                documents_folder())

    def move_results(self, base):
        """Copies the last run's files under ``base`` and points its layers at them."""
        try:
            target = relocate_results(self.folder, base, QgsProject.instance())
        except OSError as error:
            self.dock.notify(self.tr("Could not copy the results to {}: {}").format(
                base, error), Qgis.Critical)
            return None
        moved = {key: {name: moved_path(value, self.folder, target)
                       for name, value in values.items()}
                 for key, values in self.results.items()}
        self.folder = target
        self.show_summary(moved)
        self.dock.notify(self.tr("The results are now in {}.").format(target), Qgis.Success)
        return target

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


def moved_path(value, old_folder, new_folder):
    """A result value with its path in the old folder changed to the new one."""
    if isinstance(value, str) and value.startswith(old_folder):
        return new_folder + value[len(old_folder):]
    return value
