"""Runs as the throw-away profile's startup.py, before plugins load: records every message
QGIS logs (plugin load errors included) so the smoke test can read them afterwards."""

import os

from qgis.core import QgsApplication

LOG_PATH = os.path.join(os.environ["WIJKRADAR_SMOKE_DIR"], "messages.log")


def _record(message, tag, level):
    with open(LOG_PATH, "a", encoding="utf-8") as handle:
        handle.write(f"[{tag}] level={int(level)} {message}".replace("\n", "\\n") + "\n")


QgsApplication.messageLog().messageReceived.connect(_record)
