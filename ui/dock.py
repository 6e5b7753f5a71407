"""The Wijkradar dock: load data, run analyses, print the briefing map, in three steps.

The dock never computes: it runs Wijkradar's Processing algorithms (in background tasks
where QGIS allows it), so what a user clicks here and what an analyst chains in the modeler
are the same code. Each step has its own module: data_step, analyse_step, briefing_step.
"""

import os

from qgis.core import Qgis, QgsMessageLog
from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QPushButton, QWidget

from .analyse_step import AnalyseStep
from .briefing_step import BriefingStep
from .data_step import DataStep
from .experiments_view import add_to as add_experiments_view
from .task_runner import LOG_TAG

UI_DIR = os.path.dirname(__file__)
PLUGIN_DIR = os.path.dirname(UI_DIR)
ICON_PATH = os.path.join(PLUGIN_DIR, "resources", "icons", "wijkradar.svg")
MESSAGE_SECONDS = {Qgis.Info: 5, Qgis.Success: 5, Qgis.Warning: 10, Qgis.Critical: 0}

FormClass, _ = uic.loadUiType(os.path.join(UI_DIR, "dock.ui"))


class DockForm(QWidget, FormClass):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)


class WijkradarDock(QgsDockWidget):
    def __init__(self, iface, parent=None):  # noqa: QGS105 (the plugin passes its own iface)
        super().__init__(parent)
        self.iface = iface
        self.setObjectName("WijkradarDock")
        self.setWindowTitle(self.tr("Wijkradar"))
        self.setWindowIcon(QIcon(ICON_PATH))
        self.form = DockForm(self)
        self.setWidget(self.form)
        self.data_step = DataStep(self)
        self.analyse_step = AnalyseStep(self, self.data_step)
        self.briefing_step = BriefingStep(self)
        self.experiments_view = add_experiments_view(self)
        self.anonymise_dialog = None
        self.analyse_step.resultsReady.connect(self.analysis_finished)
        self.form.loadDemoButton.clicked.connect(self.load_demo_layers)

    def tr(self, text):
        return QCoreApplication.translate("WijkradarDock", text)

    # --- telling the user -----------------------------------------------------------------

    def set_status(self, text):
        self.form.statusLabel.setText(text)

    def log(self, text, level=Qgis.Info):
        QgsMessageLog.logMessage(text, LOG_TAG, level)

    def notify(self, text, level=Qgis.Info, details=None):
        """Message bar (with the details in the log), and the dock's own status line."""
        self.set_status(text)
        self.log("\n".join(part for part in (text, details) if part), level)
        if self.iface is not None:
            self.iface.messageBar().pushMessage(self.tr("Wijkradar"), text, level,
                                                MESSAGE_SECONDS.get(level, 0))

    def offer_anonymising(self, layer, result):
        """A refused layer: say once which fields, with a button that anonymises it."""
        text = self.tr("{} was not loaded: {}").format(layer.name(), result.summary())
        self.set_status(text)
        self.log(text, Qgis.Critical)
        if self.iface is None:
            return
        bar = self.iface.messageBar()
        message = bar.createMessage(self.tr("Wijkradar"), text)
        button = QPushButton(self.tr("Anonymise…"), message)
        button.clicked.connect(lambda: self.open_anonymise(layer, result))
        message.layout().addWidget(button)
        bar.pushWidget(message, Qgis.Critical)

    def open_anonymise(self, layer, result=None):
        """Anonymises the refused layer from its source; the result loads as incidents."""
        from .anonymise_dialog import AnonymiseDialog

        self.anonymise_dialog = AnonymiseDialog(layer, result, self.data_step, self)
        self.anonymise_dialog.show()
        return self.anonymise_dialog

    # --- steps ----------------------------------------------------------------------------

    def analysis_finished(self, results):
        self.briefing_step.use_results(results)

    def load_demo_layers(self):
        from .demo_layers import DEMO_GPKG, load_demo_layers

        if not os.path.exists(DEMO_GPKG):
            self.notify(self.tr("The demo GeoPackage is missing: {}").format(DEMO_GPKG),
                        Qgis.Critical)
            return []
        self.data_step.name_lists_in()  # checked as they come in, as loaded layers are
        loaded = load_demo_layers()
        self.data_step.refresh()
        self.set_status(self.tr("Loaded demo layers: {}").format(", ".join(loaded)))
        self.briefing_step.choose_districts_layer()
        if self.iface is not None and loaded:
            self.iface.mapCanvas().zoomToFullExtent()
        return loaded

    def close_tasks(self):
        """Stops work the dock started and disconnects it from the project (plugin unload)."""
        self.analyse_step.stop()
        self.data_step.disconnect_project()
