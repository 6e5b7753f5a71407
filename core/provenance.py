"""Provenance records: where an output came from (privacy rule 4).

Pure Python: the QGIS side (processing/provenance.py) fills in layer names and versions;
this module shapes the record, hashes content and writes the sidecar and the audit log.
A record holds names, counts, hashes and parameters: never attribute values of features.
"""

import datetime as _dt
import hashlib
import json
import os

from .i18n import translate

SIDECAR_SUFFIX = ".provenance.json"
AUDIT_LOG_NAME = "wijkradar-audit.jsonl"


class ContentHasher:
    """SHA-256 over the arrays an algorithm actually read, batch by batch, in order.

    Reading in other batches gives the same hash:

    >>> import numpy as np
    >>> whole, batches = ContentHasher(), ContentHasher()
    >>> whole.update(np.array([1.0, 2.0]))
    >>> batches.update(np.array([1.0]))
    >>> batches.update(np.array([2.0]))
    >>> whole.hexdigest() == batches.hexdigest(), whole.hexdigest()[:15]
    (True, 'sha256:dc91ce9a')
    """

    def __init__(self):
        self._sha = hashlib.sha256()

    def update(self, *arrays):
        for array in arrays:
            if array is not None:
                self._sha.update(memoryview(array).cast("B") if array.flags.c_contiguous
                                 else array.tobytes())

    def update_text(self, text):
        self._sha.update(text.encode("utf-8"))

    def update_bytes(self, data):
        self._sha.update(bytes(data))

    def hexdigest(self):
        return "sha256:" + self._sha.hexdigest()


def layer_record(name, source, feature_count, content_hash=None):
    """How a record names a layer it read: its name, where it came from (file, table or
    URI, without passwords), how many features (or cells) and a hash of its content."""
    return {"name": name, "source": source, "feature_count": feature_count,
            "content_hash": content_hash}


def json_safe(value):
    """Parameters as JSON: numbers, strings, lists and dicts as they are, others as text.

    >>> json_safe({"K": 5, "PERIOD": (1, 2), "DATE": _dt.date(2024, 5, 17)})
    {'K': 5, 'PERIOD': [1, 2], 'DATE': '2024-05-17'}
    """
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    return str(value)


def build_record(algorithm_id, inputs, parameters, outputs, versions, purpose="", notes=(),
                 started=None, finished=None):
    """One provenance record (a dict ready for JSON)."""
    finished = finished or _dt.datetime.now(_dt.timezone.utc)
    return {
        "tool": "Wijkradar",
        "algorithm": algorithm_id,
        "started": (started or finished).isoformat(timespec="seconds"),
        "finished": finished.isoformat(timespec="seconds"),
        "purpose": purpose,
        "inputs": [json_safe(i) for i in inputs],
        "parameters": json_safe(parameters),
        "outputs": json_safe(outputs),
        "versions": json_safe(versions),
        "notes": list(notes),
    }


def summary_line(record):
    """A one-line provenance text for a map footer or a layer abstract.

    >>> record = build_record(
    ...     "wijkradar:kde_hotspots",
    ...     [layer_record("incidenten", "demo.gpkg", 1200, "sha256:dc91ce9a50")],
    ...     {"RADIUS": 300}, {"OUTPUT": "kde.tif"}, {"wijkradar": "1.4.0", "qgis": "3.40.5"},
    ...     purpose="Weekly briefing",
    ...     finished=_dt.datetime(2024, 5, 17, 9, 30, tzinfo=_dt.timezone.utc))
    >>> print(summary_line(record))  # doctest: +NORMALIZE_WHITESPACE
    Wijkradar 1.4.0 wijkradar:kde_hotspots on 2024-05-17 09:30 UTC; inputs: incidenten (1200
    features, sha256:dc91ce9a); QGIS 3.40.5
    """
    one_input = translate("Provenance", "{} ({} features, {})")
    # A count left out (beside a shared table it would give suppressed counts back) shows '?'.
    inputs = ", ".join(one_input.format(i["name"], "?" if i["feature_count"] is None
                                        else i["feature_count"], i["content_hash"][:15])
                       for i in record["inputs"])
    versions = record["versions"]
    return translate("Provenance", "Wijkradar {} {} on {} UTC; inputs: {}; QGIS {}").format(
        versions.get("wijkradar", "?"), record["algorithm"],
        record["finished"][:16].replace("T", " "), inputs, versions.get("qgis", "?"))


def write_text(path, text, mode="w"):
    """Writes (or with mode 'a' appends) text; a failed write (a full disk) names the file."""
    try:
        with open(path, mode, encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        raise OSError(error.errno, error.strerror, path) from error
    return path


def write_sidecar(output_path, record):
    """Writes ``<output>.provenance.json`` beside a file output; returns its path."""
    return write_text(output_path + SIDECAR_SUFFIX,
                      json.dumps(record, indent=2, ensure_ascii=False))


def append_audit_line(folder, record):
    """Appends one line per run to ``wijkradar-audit.jsonl`` in ``folder``; returns its path."""
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, AUDIT_LOG_NAME)
    line = {key: record[key] for key in ("finished", "algorithm", "purpose", "inputs",
                                         "parameters", "outputs", "versions")}
    return write_text(path, json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n", "a")
