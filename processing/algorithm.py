"""What every Wijkradar algorithm shares: translation context, icon, groups, purpose text."""

import os
from contextlib import contextmanager

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .compat import ProcessingParameterFlag

ICON_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons",
                         "wijkradar.svg")
HELP_URL = "https://github.com/wijkradar/wijkradar#algorithm-reference"


class WijkradarAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses define name(), displayName(), group ids, parameters and run."""

    PURPOSE = "PURPOSE"

    def tr(self, text):
        # The class name is the translation context, as pylupdate5 files self.tr() strings.
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):
        return type(self)()

    def icon(self):
        return QIcon(ICON_PATH)

    def svgIconPath(self):
        return ICON_PATH

    def helpUrl(self):
        return HELP_URL

    def add_purpose_parameter(self):
        purpose = QgsProcessingParameterString(
            self.PURPOSE, QCoreApplication.translate(
                "WijkradarAlgorithm", "Purpose of this analysis (recorded in the provenance)"),
            optional=True)
        purpose.setFlags(purpose.flags() | ProcessingParameterFlag.Advanced)
        self.addParameter(purpose)

    @staticmethod
    def stop_if_canceled(feedback):
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(
                QCoreApplication.translate("WijkradarAlgorithm", "Canceled by the user."))


@contextmanager
def core_errors():
    """core/ says what is wrong with a ValueError; Processing shows QgsProcessingException."""
    try:
        yield
    except ValueError as error:
        raise QgsProcessingException(str(error)) from error
