"""What every Wijkradar algorithm shares: translation context, icon, groups, number checks.

Parameters some algorithms share (purpose, k, report) come from the mixins of
processing/shared_parameters.py."""

import functools
import math
import os
from contextlib import contextmanager

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .compat import ProcessingNumberParameterType, ProcessingParameterFlag
from .output_guard import counted_sink, gdal_pam_disabled, guarded_run

ICON_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons",
                         "wijkradar.svg")
HELP_URL = "https://github.com/wijkradar/wijkradar#algorithm-reference"


class WijkradarAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses define name(), displayName(), group ids, parameters and
    processAlgorithm().

    Every subclass's processAlgorithm runs inside :func:`output_guard.guarded_run`: its file
    outputs are checked before it starts and are complete or absent when it ends (see
    processing/output_guard.py); it writes them as usual."""

    # Files an algorithm writes beside an output, as suffixes of its name ('_areas.gpkg').
    COMPANION_SUFFIXES = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("processAlgorithm")
        if own is not None and not getattr(own, "guarded", False):
            cls.processAlgorithm = _guarded(own)

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS's name)
        # QGIS loads a raster given by its path here; loaded as usual, GDAL would write its
        # statistics (.aux.xml) beside the user's file when the layer is let go.
        with gdal_pam_disabled():
            ok, message = super().checkParameterValues(parameters, context)
        if ok:
            message = number_problem(self, parameters, context)
            ok = not message
        return ok, message or ""

    def parameterAsSink(self, parameters, name, context, *arguments, **options):  # noqa: N802
        """QGIS's sink, counting the features it takes when it writes a file: the output
        guard checks that the file holds them all (a full disk can make a GeoPackage's
        last COMMIT fail without a word)."""
        sink, destination = super().parameterAsSink(parameters, name, context, *arguments,
                                                    **options)
        return counted_sink(sink, destination), destination

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

    def add_advanced(self, *parameters):
        """Adds ``parameters`` under 'Advanced parameters' (folded away in the dialog)."""
        for parameter in parameters:
            parameter.setFlags(parameter.flags() | ProcessingParameterFlag.Advanced)
            self.addParameter(parameter)

    @staticmethod
    def stop_if_canceled(feedback):
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(
                QCoreApplication.translate("WijkradarAlgorithm", "Canceled by the user."))


def number_problem(algorithm, parameters, context):
    """A sentence about the first number parameter that is not a finite number within its
    bounds (QGIS lets NaN and infinity through, and hands NaN to an integer as
    -2147483648), else None."""
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        if definition.type() != "number" or parameters.get(name) in (None, ""):
            continue
        value = algorithm.parameterAsDouble(parameters, name, context)
        low, high = definition.minimum(), definition.maximum()
        if definition.dataType() == ProcessingNumberParameterType.Integer:
            low, high = max(low, -(2 ** 31) + 1), min(high, 2 ** 31 - 1)
        if math.isfinite(value) and low <= value <= high:
            continue
        shown = parameters.get(name) if not math.isfinite(value) else f"{value:g}"
        return QCoreApplication.translate(
            "WijkradarAlgorithm", "'{}' cannot be {}: {}.").format(
            definition.description(), shown, _allowed(low, high))
    return None


def _allowed(low, high):
    """'give a number', 'give a value of at least 1', ... for the bounds of a parameter."""
    def text(value):
        return f"{int(value):,}" if value == int(value) else f"{value:g}"

    bounded_low, bounded_high = low > -1e15, high < 1e15
    if bounded_low and bounded_high:
        return QCoreApplication.translate(
            "WijkradarAlgorithm", "give a value from {} to {}").format(text(low), text(high))
    if bounded_low:
        return QCoreApplication.translate(
            "WijkradarAlgorithm", "give a value of at least {}").format(text(low))
    if bounded_high:
        return QCoreApplication.translate(
            "WijkradarAlgorithm", "give a value of at most {}").format(text(high))
    return QCoreApplication.translate("WijkradarAlgorithm", "give a number")


def _guarded(process):
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS's name)
        # A step of a model is not always checked first: check its numbers here too.
        problem = number_problem(self, parameters, context)
        if problem:
            raise QgsProcessingException(problem)
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
