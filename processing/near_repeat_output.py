"""The outputs of wijkradar:near_repeat: the Knox table (observed and expected pairs per
distance and time band, small counts suppressed) and the HTML report."""

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from .emerging_io import write_output
from .io.labels import input_label

TABLE_FIELDS = (("distance_band", "string"), ("distance_min_m", "int"),
                ("distance_max_m", "int"), ("time_band", "string"), ("days_min", "int"),
                ("days_max", "int"), ("observed", "int"), ("expected", "double"),
                ("knox_ratio", "double"), ("p_value", "double"), ("onderdrukt", "bool"))


def _tr(text):
    return QCoreApplication.translate("NearRepeatAlgorithm", text)


def write_table(algorithm, parameters, context, table, provenance):
    """The Knox table, a row per distance and time band."""
    dest_id = write_output(algorithm, parameters, algorithm.OUTPUT, context, TABLE_FIELDS,
                           table[[name for name, _ in TABLE_FIELDS]].itertuples(index=False))
    provenance.finish({"table": dest_id}, dest_id, title=_tr("Knox table"))
    return dest_id


def lead(algorithm, parameters, context, source, result, days, types):
    """The report's first sentence: how many incidents, of which layer, from when to when."""
    used = days[~np.isnat(days)]
    text = _tr("{:,} incidents from '{}', {} to {}.").format(
        result.n_incidents,
        input_label(algorithm, parameters, algorithm.INPUT, context, source),
        used.min(), used.max())
    return text + (" " + _tr("Types: {}.").format(types) if types else "")


def write_report(algorithm, parameters, context, contents, k, provenance):
    """The HTML report, with the provenance in a sidecar beside it."""
    from ..core.near_repeat_report import report

    return provenance.finish_report(
        algorithm.report_path(parameters, context),
        _tr("Near-repeat report"), lambda record: report(*contents, record, k))
