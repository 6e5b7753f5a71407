"""What every Wijkradar algorithm shares: translation context, icon, groups, purpose text."""

import functools
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
from .output_guard import guarded_run

ICON_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons",
                         "wijkradar.svg")
HELP_URL = "https://github.com/wijkradar/wijkradar#algorithm-reference"


class WijkradarAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses define name(), displayName(), group ids, parameters and
    processAlgorithm().

    Every subclass's processAlgorithm runs inside :func:`output_guard.guarded_run`: its file
    outputs are checked before it starts and are complete or absent when it ends (see
    processing/output_guard.py); it writes them as usual."""

    PURPOSE = "PURPOSE"
    # Files an algorithm writes beside an output, as suffixes of its name ('_areas.gpkg').
    COMPANION_SUFFIXES = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("processAlgorithm")
        if own is not None and not getattr(own, "guarded", False):
            cls.processAlgorithm = _guarded(own)

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


def _guarded(process):
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS's name)
        run = functools.partial(process, self)
        return guarded_run(self, run, parameters, context, feedback)

    processAlgorithm.guarded = True
    processAlgorithm.__doc__ = process.__doc__
    return processAlgorithm


@contextmanager
def core_errors():
    """core/ says what is wrong with a ValueError; Processing shows QgsProcessingException."""
    try:
        yield
    except ValueError as error:
        raise QgsProcessingException(str(error)) from error
