"""The parameters several algorithms share, each added and read by one small mixin.

As QuickOSM's ``build_input`` classes do, an algorithm class lists the shared parameters it
takes among its bases, before :class:`~.algorithm.WijkradarAlgorithm`::

    class KdeHotspotsAlgorithm(MinCountParameter, PurposeParameter, WijkradarAlgorithm):
        def initAlgorithm(self, config=None):
            ...
            self.add_min_count_parameter("incident counts")
            self.add_purpose_parameter()

        def processAlgorithm(self, parameters, context, feedback):
            k = self.min_count_value(parameters, context)

so the name, type, default, bounds and flags of a shared parameter are written once. Their
texts are translated under the fixed context "WijkradarAlgorithm" (``self.tr`` in a mixin
would look them up under each algorithm's class name).
"""

from qgis.core import (
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .compat import ProcessingNumberParameterType

# The privacy threshold's description, by what the algorithm suppresses below k.
MIN_COUNT_TEXTS = {
    "counts": QT_TRANSLATE_NOOP("WijkradarAlgorithm", "Suppress counts below (k)"),
    "incident counts": QT_TRANSLATE_NOOP("WijkradarAlgorithm",
                                         "Suppress incident counts below (k)"),
    "pair counts": QT_TRANSLATE_NOOP("WijkradarAlgorithm", "Suppress pair counts below (k)"),
    "expected hits": QT_TRANSLATE_NOOP("WijkradarAlgorithm",
                                       "Suppress expected hits below (k)"),
    "shown": QT_TRANSLATE_NOOP("WijkradarAlgorithm", "Smallest count that may be shown (k)"),
}
# The CBS threshold for PC6 statistics (DESIGN.md, privacy rule 2): core.suppression's
# DEFAULT_K, written here because core.suppression needs pandas, which algorithm modules
# import only after processing/dependencies.py has checked it (a test keeps the two equal).
DEFAULT_MIN_COUNT = 5


class PurposeParameter:
    """PURPOSE: what the analysis is for, in the user's words, recorded in the provenance
    and the audit log (an advanced, optional text)."""

    PURPOSE = "PURPOSE"

    def add_purpose_parameter(self):
        purpose = QgsProcessingParameterString(
            self.PURPOSE, QCoreApplication.translate(
                "WijkradarAlgorithm", "Purpose of this analysis (recorded in the provenance)"),
            optional=True)
        self.add_advanced(purpose)

    def purpose_value(self, parameters, context):
        """The purpose given ('' when none)."""
        return self.parameterAsString(parameters, self.PURPOSE, context)


class MinCountParameter:
    """MIN_COUNT: the privacy threshold k; counts below it are suppressed (an integer of at
    least 1, default 5)."""

    MIN_COUNT = "MIN_COUNT"

    def add_min_count_parameter(self, counted="counts", maximum=None, name=None):
        """``counted``: a key of :data:`MIN_COUNT_TEXTS` (what is suppressed); ``name``: for
        the algorithms whose parameter is called otherwise (K)."""
        bounds = {"minValue": 1} if maximum is None else {"minValue": 1, "maxValue": maximum}
        self.addParameter(QgsProcessingParameterNumber(
            name or self.MIN_COUNT,
            QCoreApplication.translate("WijkradarAlgorithm", MIN_COUNT_TEXTS[counted]),
            ProcessingNumberParameterType.Integer, DEFAULT_MIN_COUNT, **bounds))

    def min_count_value(self, parameters, context, name=None):
        """k as given."""
        return self.parameterAsInt(parameters, name or self.MIN_COUNT, context)


class ReportParameter:
    """REPORT: the HTML report an algorithm writes beside its outputs."""

    REPORT = "REPORT"

    def add_report_parameter(self, description, optional=False):
        """``description``: the algorithm's own name for its report (``self.tr(...)``);
        an ``optional`` report is written only when a file is chosen."""
        options = {"optional": True, "createByDefault": False} if optional else {}
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, description,
            QCoreApplication.translate("WijkradarAlgorithm", "HTML files (*.html)"), **options))

    def report_path(self, parameters, context):
        """The report's file ('' when an optional report is not wanted)."""
        return self.parameterAsFileOutput(parameters, self.REPORT, context)
