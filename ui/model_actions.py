"""'Open a copy in the modeler' for the models Wijkradar ships, in the Processing Toolbox.

QGIS's Toolbox offers 'Edit Model…' only for the user's own models. A shipped model belongs
to the plugin (an update would overwrite edits to it), so the user edits a copy: the modeler
opens it with the texts in the user's language and without a file, and Save asks where to
keep it; saved in the models folder, it shows in the Toolbox under Models. QGIS's Processing
plugin asks every registered context action whether it applies to the algorithm clicked.
"""

from qgis.core import QgsApplication, QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QCoreApplication

PROVIDER_ID = "wijkradar"
USER_MODELS_PROVIDER_ID = "model"


def is_shipped_model(algorithm):
    return (isinstance(algorithm, QgsProcessingModelAlgorithm)
            and algorithm.provider() is not None and algorithm.provider().id() == PROVIDER_ID)


def editable_copy(model):
    """A plain model with the shipped model's inputs, steps and texts, no file, and a name
    of its own (so the saved copy is told apart from the shipped one in the Toolbox)."""
    copy = QgsProcessingModelAlgorithm()
    copy.loadVariant(model.create().toVariant())
    name = QCoreApplication.translate("OpenModelCopyAction", "{} (copy)")
    copy.setName(name.format(model.displayName()))
    return copy


def open_copy_in_modeler(model):
    from processing.modeler.ModelerDialog import ModelerDialog

    dialog = ModelerDialog.create(editable_copy(model))
    dialog.update_model.connect(refresh_user_models)
    dialog.show()
    dialog.activate()
    return dialog


def refresh_user_models():
    """A copy saved in the models folder appears in the Toolbox at once."""
    provider = QgsApplication.processingRegistry().providerById(USER_MODELS_PROVIDER_ID)
    if provider is not None:
        provider.refreshAlgorithms()


def register_context_actions():
    """Adds the Toolbox context-menu action; returns the actions to pass to
    :func:`unregister_context_actions` ([] without QGIS's Processing plugin)."""
    try:
        from processing.gui.ContextAction import ContextAction
        from processing.gui.ProviderActions import ProviderContextMenuActions
    except ImportError:
        return []

    class OpenModelCopyAction(ContextAction):
        def __init__(self):
            super().__init__()
            self.name = QCoreApplication.translate("OpenModelCopyAction",
                                                   "Open a Copy in the Modeler…")

        def isEnabled(self):  # noqa: N802 (QGIS's Processing API)
            return is_shipped_model(self.itemData)

        def execute(self):
            return open_copy_in_modeler(self.itemData)

    actions = [OpenModelCopyAction()]
    ProviderContextMenuActions.registerProviderContextMenuActions(actions)
    return actions


def unregister_context_actions(actions):
    if not actions:
        return
    from processing.gui.ProviderActions import ProviderContextMenuActions

    ProviderContextMenuActions.deregisterProviderContextMenuActions(actions)
