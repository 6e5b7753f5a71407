"""The privacy gate the dock's loader calls before a layer enters an analysis (privacy rule 1).

``scan_layer`` reads an evenly spaced sample of a layer's attribute values and runs
:func:`wijkradar.core.privacy.scan_table` on them; ``gate_layer`` says whether the layer may
be used: a verdict of ``fail`` (direct identifiers found) refuses it, and
``ScanResult.summary()`` is the message naming the fields. The Processing algorithm
``privacy_scan`` reads its input the same way, so the dock and the modeler agree.
"""

from .dependencies import require
from .io.tables import attribute_columns, field_type_names

DEFAULT_SAMPLE_LIMIT = 10000


def scan_source(source, sample_limit=DEFAULT_SAMPLE_LIMIT, feedback=None):
    """ScanResult of a layer or Processing feature source (every field, sampled values)."""
    require("numpy", "pandas")
    from wijkradar.core.privacy import scan_table

    limit = max(int(sample_limit), 1)
    columns = attribute_columns(source, limit=limit, feedback=feedback)
    return scan_table(columns, sample_limit=limit,
                      field_types=field_type_names(source.fields()))


def scan_layer(layer, sample_limit=DEFAULT_SAMPLE_LIMIT):
    """ScanResult of a QgsVectorLayer: verdict 'pass', 'warn' or 'fail', the findings and a
    summary that names the fields."""
    return scan_source(layer, sample_limit)


def gate_layer(layer, sample_limit=DEFAULT_SAMPLE_LIMIT):
    """(allowed, result): a layer with direct identifiers (verdict 'fail') is refused; show
    ``result.summary()`` to the user either way when the verdict is not 'pass'."""
    result = scan_layer(layer, sample_limit)
    return result.verdict != "fail", result
