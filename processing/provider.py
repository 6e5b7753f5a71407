"""The Wijkradar Processing provider (id ``wijkradar``)."""

import glob
import os

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMessageLog,
    QgsProcessingException,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelParameter,
    QgsProcessingProvider,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QVariant
from qgis.PyQt.QtGui import QIcon

from .algorithms import algorithm_classes
from .model_texts import translated_description
from .output_guard import guarded_run

ICON_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons",
                         "wijkradar.svg")
MODELS_DIR = os.path.join(os.path.dirname(__file__), "models")
# A model file holds one name, which is also its id: the Toolbox shows these titles instead.
MODEL_TITLES = {"weekly_briefing": QT_TRANSLATE_NOOP("ShippedModel", "Weekly briefing")}
GROUP_TITLES = {"Briefing": QT_TRANSLATE_NOOP("ShippedModel", "Briefing")}


class WijkradarProvider(QgsProcessingProvider):
    """Holds every Wijkradar algorithm and the models shipped in processing/models, so they
    show in the Toolbox and the modeler."""

    def __init__(self, models_dir=MODELS_DIR):
        super().__init__()
        self.models_dir = models_dir
        self.model_providers = set()  # providers whose algorithms the models run

    def id(self):
        return "wijkradar"

    def name(self):
        return "Wijkradar"

    def longName(self):
        return QCoreApplication.translate("WijkradarProvider",
                                          "Wijkradar: crime and safety analysis")

    def icon(self):
        return QIcon(ICON_PATH)

    def svgIconPath(self):
        return ICON_PATH

    def load(self):
        QgsApplication.processingRegistry().providerAdded.connect(self.reload_models_for)
        return super().load()

    def unload(self):
        registry = QgsApplication.processingRegistry()
        if registry is not None:  # None while QGIS shuts down (qgis_process 3.44 does so)
            registry.providerAdded.disconnect(self.reload_models_for)
        super().unload()

    def loadAlgorithms(self):
        for algorithm_class in algorithm_classes():
            self.addAlgorithm(algorithm_class())
        models = load_models(self.models_dir)
        for model in models:
            self.addAlgorithm(model)
        self.model_providers = {child.algorithmId().split(":")[0] for model in models
                                for child in model.childAlgorithms().values()}

    def reload_models_for(self, provider_id):
        """A model finds its steps in the registry when it is read, and this provider is not
        in the registry while it loads: read the models again once it (or another provider
        they use) is there, so their outputs show in the Toolbox and in qgis_process."""
        if provider_id == self.id() or provider_id in self.model_providers:
            self.refreshAlgorithms()


class ShippedModel(QgsProcessingModelAlgorithm):
    """A model shipped with the plugin. A model file stores its group only by name, so QGIS
    would file it under a second 'Briefing' group beside the algorithms' group 'briefing';
    the id made from the name puts it in the algorithms' group."""

    def displayName(self):
        return QCoreApplication.translate("ShippedModel",
                                          MODEL_TITLES.get(self.name(), self.name()))

    def group(self):
        group = super().group()
        return QCoreApplication.translate("ShippedModel", GROUP_TITLES.get(group, group))

    def groupId(self):
        return super().group().lower().replace(" ", "_")

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS's name)
        # The model's final outputs are all-or-nothing too: a step that fails or a Cancel
        # removes what the earlier steps wrote to the user's files.
        def run(*arguments):
            try:
                return unwrapped(super(ShippedModel, self).processAlgorithm(*arguments))
            except QgsProcessingException as error:
                raise QgsProcessingException(step_failure(str(error), feedback)) from error

        return guarded_run(self, run, parameters, context, feedback)

    def createInstance(self):
        # As QGIS copies a model (read again, so its steps are found in the registry as it is
        # now), but as a ShippedModel like the one in the Toolbox, read from its English file
        # and put in the language of now, as the algorithms declare theirs on creation.
        read = QgsProcessingModelAlgorithm()
        if not (self.sourceFilePath() and read.fromFile(self.sourceFilePath())):
            read.loadVariant(self.toVariant())
        return shipped_model(read, self.sourceFilePath())


def step_failure(message, feedback):
    """A model's failure as a sentence: QGIS says only 'Error encountered while running
    <step>' (the step's own message is in the log above it)."""
    if feedback is not None and feedback.isCanceled():
        return QCoreApplication.translate("WijkradarAlgorithm", "Canceled by the user.")
    if message.rstrip().endswith((".", "!", "?")):
        return message
    return QCoreApplication.translate(
        "ShippedModel", "{}. The step's own message, above in the log, says why; nothing "
        "of this run was kept.").format(message.rstrip())


def unwrapped(value):
    """A model's results with every nested QVariant unwrapped: a step's recorded inputs can
    hold a value PyQt hands over as a QVariant and cannot convert again when the results go
    back to QGIS."""
    if isinstance(value, QVariant):
        try:
            return unwrapped(value.value())
        except TypeError:  # an object PyQt cannot read (a step's empty layer list item)
            return None
    if isinstance(value, dict):
        return {key: unwrapped(item) for key, item in value.items()}
    if isinstance(value, list):
        return [unwrapped(item) for item in value]
    return value


def shipped_model(read, path):
    """The ShippedModel of a model just read (``read``), as the user should meet it: texts in
    the user's language, inputs in the order drawn in the modeler, from top to bottom (QGIS
    3.22 would list them by name). Its description is prepared first and read once: QGIS
    3.22 registers a model's outputs again each time a model is read anew ('Duplicate output
    ... registered' in the log)."""
    description = translated_description(read)
    description["parameterOrder"] = inputs_as_drawn(read)
    model = ShippedModel()
    model.loadVariant(description)
    model.setSourceFilePath(path)
    return model


def inputs_as_drawn(model):
    """The model's input names from top to bottom (then left to right) in the modeler."""
    position = {name: QgsProcessingModelParameter(model.parameterComponent(name)).position()
                for name in model.parameterComponents()}
    return sorted(position, key=lambda name: (position[name].y(), position[name].x()))


def load_models(folder):
    """Every *.model3 in the folder that QGIS can read; a broken file is logged and skipped."""
    models = []
    for path in sorted(glob.glob(os.path.join(folder, "*.model3"))):
        read = QgsProcessingModelAlgorithm()
        if read.fromFile(path) and read.name():
            models.append(shipped_model(read, path))
        else:
            QgsMessageLog.logMessage(
                QCoreApplication.translate(
                    "WijkradarProvider", "Could not load the model {}: the file is not a "
                    "QGIS Processing model (.model3). Regenerate it with scripts/make_model.py "
                    "or replace it with a copy from the plugin package.").format(path),
                "Wijkradar", Qgis.Warning)
    return models
