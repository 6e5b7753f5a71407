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

    import qgis.utils

    def _log_instead_of_dialog(type_, value, tb, msg, pop_error=True):
        """A modal error dialog would stall the unattended run: record the error instead."""
        import traceback

        text = "".join(traceback.format_exception(type_, value, tb))
        _record(f"{msg or ''} {text}", "Python error", 2)

    qgis.utils.open_stack_dialog = _log_instead_of_dialog
