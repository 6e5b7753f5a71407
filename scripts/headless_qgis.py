"""Starts QGIS without a window, with Processing and the Wijkradar provider registered.

Used by the demo and the benchmarks (the tests use pytest-qgis instead).
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication, QgsProcessingFeedback  # noqa: E402

QGIS_PLUGINS = "/usr/share/qgis/python/plugins"


class PrintingFeedback(QgsProcessingFeedback):
    """Prints what an algorithm logs, as qgis_process would."""

    def pushInfo(self, info):
        print(f"    {info}")

    def pushWarning(self, warning):
        print(f"    warning: {warning}")

    def reportError(self, error, fatalError=False):  # noqa: N803 (QGIS's signature)
        print(f"    error: {error}", file=sys.stderr)


def start_qgis():
    """Returns the running QgsApplication, with Processing and Wijkradar loaded."""
    app = QgsApplication([], False)
    app.initQgis()
    if QGIS_PLUGINS not in sys.path:
        sys.path.append(QGIS_PLUGINS)
    from processing.core.Processing import Processing

    Processing.initialize()
    from wijkradar.processing.provider import WijkradarProvider

    provider = WijkradarProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    app.wijkradar_provider = provider  # keep a reference: the registry does not own it
    return app
