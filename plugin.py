"""The Wijkradar plugin object: registers the Processing provider, the dock and its action,
and 'Open a Copy in the Modeler…' for the shipped models in the Processing Toolbox."""

import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from . import translation
from .ui.model_actions import register_context_actions, unregister_context_actions

PLUGIN_DIR = os.path.dirname(__file__)
ICON_PATH = os.path.join(PLUGIN_DIR, "resources", "icons", "wijkradar.svg")


class WijkradarPlugin:
    """What QGIS loads: one provider, one dock, one action (menu + toolbar)."""

    MENU = "&Wijkradar"

    def __init__(self, iface):  # noqa: QGS105 (QGIS hands the interface to classFactory)
        self.iface = iface
        self.provider = None
        self.dock = None
        self.action = None
        self.context_actions = []  # in the Processing Toolbox's context menu
        # Here, not in initGui: qgis_process and the modeler never call initGui.
        translation.install_translator()

    def tr(self, text):
        return QCoreApplication.translate("WijkradarPlugin", text)

    # QGIS calls initProcessing() on its own for plugins with hasProcessingProvider=yes,
    # also under qgis_process where there is no interface and initGui() never runs.
    def initProcessing(self):
        if self.provider is not None:
            return
        from .processing.provider import WijkradarProvider

        provider = WijkradarProvider()
        # addProvider() refuses a second provider with the same id: never take over (and
        # later remove) a Wijkradar provider that someone else registered.
        if QgsApplication.processingRegistry().addProvider(provider):
            self.provider = provider

    def initGui(self):
        self.initProcessing()
        self.action = QAction(QIcon(ICON_PATH), self.tr("Wijkradar"), self.iface.mainWindow())
        self.action.setObjectName("wijkradarToggleDock")
        self.action.setCheckable(True)
        self.action.setToolTip(self.tr("Show or hide the Wijkradar panel"))
        self.action.toggled.connect(self.set_dock_visible)
        self.iface.addPluginToMenu(self.MENU, self.action)
        self.iface.addToolBarIcon(self.action)
        self.context_actions = register_context_actions()

    def set_dock_visible(self, visible):
        if visible and self.dock is None:
            self.create_dock()
        if self.dock is not None:
            self.dock.setUserVisible(visible)

    def create_dock(self):
        from .ui.dock import WijkradarDock

        self.dock = WijkradarDock(self.iface, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        # Closing the dock with its own [x] unchecks the action, and the other way round.
        self.dock.visibilityChanged.connect(self.sync_action)

    def sync_action(self, visible):
        if self.action is not None and self.action.isChecked() != visible:
            self.action.blockSignals(True)
            self.action.setChecked(visible)
            self.action.blockSignals(False)

    def unload(self):
        if self.dock is not None:
            self.dock.visibilityChanged.disconnect(self.sync_action)
            self.iface.removeDockWidget(self.dock)
            self.dock.close_tasks()
            self.dock.deleteLater()
            self.dock = None
        if self.action is not None:
            self.iface.removePluginMenu(self.MENU, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        unregister_context_actions(self.context_actions)
        self.context_actions = []
        from .processing import layout_session

        layout_session.forget()  # the layouts kept for the designer, and their layers
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        translation.remove_translator()
