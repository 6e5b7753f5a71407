"""What wijkradar:area_monitor_overlay reports and writes: the areas without a class, CBS
codes read as missing, small counts suppressed, the overlay layer (styled by bivariate
class) and its legend."""

import os

from qgis.core import QgsFields, QgsProcessingException, QgsProcessingUtils
from qgis.PyQt.QtCore import QCoreApplication

from .algorithm import core_errors
from .io.values import attribute_rows, new_field, write_with_new_values
from .provenance import file_of

INCIDENT_FIELDS = (("incidents", "int"), ("rate_raw", "double"), ("rate_eb", "double"),
                   ("onderdrukt", "bool"), ("no_population", "bool"))
RASTER_FIELDS = (("zonal_mean", "double"), ("zonal_max", "double"), ("hotspot_pct", "double"),
                 ("n_cells", "int"))
CLASS_FIELDS = (("vuln_tercile", "int"), ("crime_tercile", "int"), ("bivariate", "string"),
                ("focus", "bool"), ("focus_rank", "int"))


def _tr(text):
    return QCoreApplication.translate("AreaMonitorOverlayAlgorithm", text)


def report_classes(table, vulnerability, crime, inputs, feedback):
    without_vulnerability = int(vulnerability.isna().sum())
    if without_vulnerability:
        feedback.pushWarning(_tr(
            "{} areas have no value in '{}' and get no bivariate class.").format(
            without_vulnerability, inputs["vulnerability"]))
    without_crime = int((crime.isna() & vulnerability.notna()).sum())
    if without_crime:
        feedback.pushWarning(_tr(
            "{} more areas have no crime measure and get no bivariate class.").format(
            without_crime))
    feedback.pushInfo(_tr("{} focus areas (C3: high vulnerability, high crime).").format(
        int(table["focus"].sum())))


def suppress(table, k, provenance):
    from ..core.suppression import metadata_note, suppress_frame

    with core_errors():
        table = suppress_frame(table, ["incidents"], k,
                               derived_columns=["rate_raw", "rate_eb"])
        provenance.note(metadata_note(k, derived_columns=["rate_raw", "rate_eb"]))
    return table


def write(algorithm, parameters, context, source, areas, table, feedback, provenance):
    specs = ((list(INCIDENT_FIELDS) if "incidents" in table.columns else [])
             + (list(RASTER_FIELDS) if "zonal_mean" in table.columns else [])
             + list(CLASS_FIELDS))
    new_names = [name for name, _ in specs]
    fields = QgsFields()
    kept = []
    for index, existing in enumerate(source.fields()):
        if existing.name() in new_names:
            feedback.pushWarning(_tr("The input field '{}' is replaced by the new "
                                     "value of the same name.").format(existing.name()))
            continue
        fields.append(existing)
        kept.append(index)
    for name, kind in specs:
        fields.append(new_field(name, kind))
    sink, dest_id = algorithm.parameterAsSink(parameters, algorithm.OUTPUT, context, fields,
                                              source.wkbType(), source.sourceCrs())
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, algorithm.OUTPUT))
    rows = areas.row_of_fid()
    values = attribute_rows(table[new_names])
    write_with_new_values(sink, source, fields, kept, values, rows, feedback,
                          len(areas))
    del sink
    _, metadata = provenance.finish({"overlay": dest_id}, dest_id,
                                    title=_tr("Vulnerability x crime"))
    from .area_monitor_style import bivariate_renderer, style_output

    style_output(context, dest_id, file_of(dest_id), bivariate_renderer, metadata)
    return dest_id


def write_legend(algorithm, parameters, context, dest_id, provenance):
    from .area_monitor_style import draw_bivariate_legend

    path = algorithm.parameterAsFileOutput(parameters, algorithm.LEGEND, context)
    if not path:
        output_file = file_of(dest_id)
        path = (os.path.splitext(output_file)[0] + "_legend.png" if output_file
                else QgsProcessingUtils.generateTempFilename("bivariate_legend.png"))
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    try:
        draw_bivariate_legend(
            path, _tr("Vulnerability"), _tr("Crime intensity"), _tr("low"),
            _tr("high"), _tr("C3 = focus: high vulnerability and high crime"))
    except OSError as error:
        raise QgsProcessingException(str(error)) from error
    provenance.finish({"legend": path}, path, title=_tr("Bivariate legend"))
    return path


def sentinels_as_missing(areas, names, feedback):
    """CBS's codes for a secret or unknown figure (-99999999, ...) in the fields read
    become missing values, counted per field: a CBS layer used as it is would otherwise
    rank an income of -99999999 as the most vulnerable area."""
    import numpy as np

    from ..core.cbs import sentinel_mask

    for name in dict.fromkeys(names):
        coded = sentinel_mask(areas.values[name])
        if coded.any():
            areas.values[name][coded] = np.nan
            feedback.pushWarning(_tr(
                "{} areas have a CBS code for a secret or unknown figure (-99999999, "
                "-99999997, ...) in '{}': read as missing.").format(int(coded.sum()), name))
