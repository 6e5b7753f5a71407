"""Runs Wijkradar's Processing algorithms one after another in background tasks.

Each step is a ``QgsProcessingAlgRunnerTask`` in QGIS's task manager (the progress shows in
QGIS's status bar too), so the interface never freezes; the next step starts when the
previous one has finished, with its results at hand. Result layers are loaded into the
project's "Wijkradar" group and styled by the algorithms' own post-processors, the way QGIS
loads the results of a Processing dialog, once the chain has ended: a layer added while a
step runs sets the dock reading and styling layers in the main thread while the step reads
the project's layers in its own, which crashed QGIS 3.40 and 3.44 now and then.
"""

from dataclasses import dataclass, field
from typing import Callable, Dict, Union

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMessageLog,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

RESULTS_GROUP = "Wijkradar"
LOG_TAG = "Wijkradar"


@dataclass
class Step:
    """One algorithm run: parameters may be a function of the results of earlier steps."""

    title: str
    algorithm_id: str
    parameters: Union[dict, Callable[[Dict[str, dict]], dict]]
    key: str = ""
    results: dict = field(default_factory=dict)

    def parameters_for(self, earlier_results):
        if callable(self.parameters):
            return self.parameters(earlier_results)
        return dict(self.parameters)


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps the messages of a background run: errors go to the message bar, all to the log."""

    def __init__(self):
        super().__init__()
        self.errors = []
        self.lines = []

    def reportError(self, error, fatal_error=False):  # noqa: N802 (QGIS API)
        self.errors.append(error)
        self.lines.append(error)

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.lines.append(warning)


def results_group(project):
    """The "Wijkradar" group at the top of the layer tree (created when missing)."""
    root = project.layerTreeRoot()
    return root.findGroup(RESULTS_GROUP) or root.insertGroup(0, RESULTS_GROUP)


def load_result_layers(context, feedback):
    """Adds the layers the run asked to load to the Wijkradar group, styled; returns them."""
    loaded = []
    for source, details in context.layersToLoadOnCompletion().items():
        layer = QgsProcessingUtils.mapLayerFromString(source, context,
                                                      typeHint=details.layerTypeHint)
        if layer is None:
            continue
        details.setOutputLayerName(layer)
        project = details.project or context.project() or QgsProject.instance()
        owned = context.temporaryLayerStore().takeMapLayer(layer) or layer
        project.addMapLayer(owned, False)
        results_group(project).insertLayer(0, owned)
        if details.postProcessor():
            details.postProcessor().postProcessLayer(owned, context, feedback)
        loaded.append(owned)
    context.setLayersToLoadOnCompletion({})
    return loaded


class AlgorithmChain(QObject):
    """Runs steps in order in the background; say ``start()``, listen, maybe ``cancel()``."""

    progressChanged = pyqtSignal(float)   # 0-100 over the whole chain
    stepStarted = pyqtSignal(str)         # the step's title
    layersLoaded = pyqtSignal(list)       # result layers of the finished steps, at the end
    finished = pyqtSignal(bool, str)      # success, message for the user

    def __init__(self, steps, project=None, parent=None):
        super().__init__(parent)
        self.steps = list(steps)
        self.project = project or QgsProject.instance()
        self.results = {}
        self.index = -1
        self.canceled = False
        self.running = False
        # QGIS holds these by pointer only: keep the Python objects alive while a task runs.
        self.task = None
        self.context = None
        self.feedback = None
        self.algorithm = None
        self.finished_steps = []  # (context, feedback) of each step whose layers are to load

    def start(self):
        self.running = True
        self.index = -1
        self.start_next()

    def cancel(self):
        self.canceled = True
        if self.feedback is not None:
            self.feedback.cancel()
        if self.task is not None:
            self.task.cancel()

    def start_next(self):
        self.index += 1
        if self.canceled:
            return self.end(False, self.tr("Canceled: the steps that had finished are kept."))
        if self.index >= len(self.steps):
            return self.end(True, self.tr("Finished: {} step(s).").format(len(self.steps)))
        step = self.steps[self.index]
        self.algorithm = QgsApplication.processingRegistry().createAlgorithmById(
            step.algorithm_id)
        if self.algorithm is None:
            return self.end(False, self.tr("The algorithm {} is not available: is the Wijkradar "
                                      "plugin enabled?").format(step.algorithm_id))
        try:
            parameters = step.parameters_for(self.results)
        except ValueError as error:
            return self.end(False, str(error))
        self.context = QgsProcessingContext()
        self.context.setProject(self.project)
        self.feedback = RecordingFeedback()
        self.feedback.progressChanged.connect(self.step_progress)
        self.stepStarted.emit(step.title)
        self.task = QgsProcessingAlgRunnerTask(self.algorithm, parameters, self.context,
                                               self.feedback)
        self.task.executed.connect(self.step_finished)
        QgsApplication.taskManager().addTask(self.task)
        return None

    def step_progress(self, percent):
        share = 100.0 / max(len(self.steps), 1)
        self.progressChanged.emit(share * (self.index + percent / 100.0))

    def step_finished(self, successful, results):
        step = self.steps[self.index]
        self.log_step(step, successful)
        if not successful or self.canceled:
            if self.canceled or self.feedback.isCanceled():
                self.canceled = True
                return self.start_next()
            reason = self.feedback.errors[-1] if self.feedback.errors else self.tr("unknown error")
            return self.end(False, self.tr("{} failed: {}").format(step.title, reason))
        step.results = dict(results)
        self.results[step.key or step.algorithm_id] = step.results
        self.finished_steps.append((self.context, self.feedback))
        self.task = None
        return self.start_next()

    def log_step(self, step, successful):
        level = Qgis.Info if successful else Qgis.Warning
        text = "\n".join([step.title] + self.feedback.lines)
        QgsMessageLog.logMessage(text, LOG_TAG, level)

    def end(self, success, message):
        self.running = False
        self.task = None
        layers = [layer for context, feedback in self.finished_steps
                  for layer in load_result_layers(context, feedback)]
        self.finished_steps = []
        if layers:
            self.layersLoaded.emit(layers)
        self.finished.emit(success, message)
