"""The Wijkradar Processing provider (id ``wijkradar``)."""

import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .algorithms import algorithm_classes

ICON_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons",
                         "wijkradar.svg")


class WijkradarProvider(QgsProcessingProvider):
    """Holds every Wijkradar algorithm, so they show in the Toolbox and the modeler."""

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

    def loadAlgorithms(self):
        for algorithm_class in algorithm_classes():
            self.addAlgorithm(algorithm_class())
