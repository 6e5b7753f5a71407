"""The Wijkradar dock: where a user loads data, runs analyses and prints briefing maps.

The dock never computes: it lists and runs Wijkradar's Processing algorithms, so what a user
clicks here and what an analyst chains in the modeler are the same code.
"""

import os

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QListWidgetItem, QTreeWidgetItem, QWidget

UI_DIR = os.path.dirname(__file__)
PLUGIN_DIR = os.path.dirname(UI_DIR)
ICON_PATH = os.path.join(PLUGIN_DIR, "resources", "icons", "wijkradar.svg")

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
        self.form.algorithmList.itemDoubleClicked.connect(self.open_algorithm)
        self.form.loadDemoButton.clicked.connect(self.load_demo_layers)
        project = QgsProject.instance()
        project.layersAdded.connect(self.refresh_layers)
        project.layersRemoved.connect(self.refresh_layers)
        self.refresh_layers()
        self.refresh_algorithms()

    def tr(self, text):
        return QCoreApplication.translate("WijkradarDock", text)

    def refresh_layers(self, *_):
        tree = self.form.layerTree
        tree.clear()
        for layer in QgsProject.instance().mapLayers().values():
            count = layer.featureCount() if isinstance(layer, QgsVectorLayer) else ""
            item = QTreeWidgetItem([layer.name(), str(count), layer.crs().authid()])
            item.setData(0, Qt.ItemDataRole.UserRole, layer.id())
            tree.addTopLevelItem(item)
        for column in range(tree.columnCount()):
            tree.resizeColumnToContents(column)

    def refresh_algorithms(self):
        algorithm_list = self.form.algorithmList
        algorithm_list.clear()
        provider = QgsApplication.processingRegistry().providerById("wijkradar")
        if provider is None:
            self.form.statusLabel.setText(
                self.tr("The Wijkradar Processing provider is not loaded."))
            return
        for algorithm in sorted(provider.algorithms(), key=lambda a: a.displayName()):
            item = QListWidgetItem(algorithm.icon(), algorithm.displayName())
            item.setData(Qt.ItemDataRole.UserRole, algorithm.id())
            item.setToolTip(algorithm.shortDescription() or algorithm.displayName())
            algorithm_list.addItem(item)

    def open_algorithm(self, item):
        from qgis import processing

        algorithm_id = item.data(Qt.ItemDataRole.UserRole)
        dialog = processing.createAlgorithmDialog(algorithm_id, {})
        if dialog is not None:
            dialog.show()

    def load_demo_layers(self):
        from .demo_layers import DEMO_GPKG, load_demo_layers

        if not os.path.exists(DEMO_GPKG):
            self.form.statusLabel.setText(
                self.tr("The demo GeoPackage is missing: {}").format(DEMO_GPKG))
            return
        loaded = load_demo_layers()
        self.form.statusLabel.setText(self.tr("Loaded demo layers: {}").format(", ".join(loaded)))
        if self.iface is not None and loaded:
            self.iface.mapCanvas().zoomToFullExtent()

    def close_tasks(self):
        """Stops work the dock started and disconnects it from the project (plugin unload)."""
        project = QgsProject.instance()
        project.layersAdded.disconnect(self.refresh_layers)
        project.layersRemoved.disconnect(self.refresh_layers)
