"""Runs first in QGIS (PYQGIS_STARTUP), before plugins load: records every message
QGIS logs (plugin load errors included) so the smoke test can read them afterwards."""

import os

from qgis.core import QgsApplication

LOG_PATH = os.path.join(os.environ["WIJKRADAR_SMOKE_DIR"], "messages.log")


def _record(message, tag, level):
    with open(LOG_PATH, "a", encoding="utf-8") as handle:
        handle.write(f"[{tag}] level={int(level)} {message}".replace("\n", "\\n") + "\n")


import builtins  # noqa: E402

# QGIS may run this file more than once; connect the recorder only the first time.
if not getattr(builtins, "_wijkradar_smoke_recording", False):
    builtins._wijkradar_smoke_recording = True
    QgsApplication.messageLog().messageReceived.connect(_record)
