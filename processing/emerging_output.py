"""The outputs of wijkradar:emerging_hotspots: the locations with their pattern (styled by
pattern), the Gi* table per location and time step, the HTML report, and the results
counting the locations of each hot spot pattern (N_NEW_HOT, ...)."""

from qgis.PyQt.QtCore import QCoreApplication

from ..core import emerging_patterns as patterns
from . import emerging_io
from .provenance import file_of

LOCATION_FIELDS = (("category", "int"), ("pattern", "string"), ("n_hot", "int"),
                   ("n_cold", "int"), ("last_z", "double"), ("last_bin", "int"),
                   ("gi_trend_z", "double"), ("gi_trend_p", "double"),
                   ("count_trend_z", "double"), ("count_trend_p", "double"),
                   ("incidents", "int"), ("onderdrukt", "bool"))
STEP_FIELDS = (("step", "int"), ("step_start", "date"), ("step_end", "date"), ("z", "double"),
               ("p", "double"), ("gi_bin", "int"))
HOT_PATTERNS = tuple(range(1, 9))  # the codes of the eight hot spot patterns


def _tr(text):
    return QCoreApplication.translate("EmergingHotspotsAlgorithm", text)


def pattern_output(code):
    """The name of the output counting a pattern's locations: N_NEW_HOT, N_INTENSIFYING_HOT."""
    return f"N_{patterns.key(code).upper()}"


def write_outputs(algorithm, parameters, context, result, places, info, provenance,
                  feedback):
    """The locations (counts below k suppressed), the step table and the report."""
    from ..core.emerging_report import emerging_report
    from ..core.suppression import metadata_note, suppress_frame
    from .area_monitor_style import style_output
    from .emerging_style import pattern_renderer

    algorithm.stop_if_canceled(feedback)  # before each output: nothing is written after Cancel
    k = algorithm.min_count_value(parameters, context)
    provenance.note(metadata_note(k))
    info["settings"].append(metadata_note(k))
    frame = suppress_frame(result.locations, ["incidents"], k)[
        [name for name, _ in LOCATION_FIELDS]]
    output_id = emerging_io.write_output(
        algorithm, parameters, algorithm.OUTPUT, context, [places.id_field, *LOCATION_FIELDS],
        ([ident, *row] for ident, row in zip(places.ids, frame.itertuples(index=False))),
        places)
    _, metadata = provenance.finish({"locations": output_id}, output_id,
                                    title=_tr("Emerging hot spots"))
    style_output(context, output_id, file_of(output_id), pattern_renderer, metadata)
    feedback.setProgress(88)
    algorithm.stop_if_canceled(feedback)
    table_id = emerging_io.write_output(
        algorithm, parameters, algorithm.STEP_TABLE, context,
        [("location", "string"), *STEP_FIELDS],
        emerging_io.step_rows(result, [str(i) for i in places.ids]), feedback=feedback,
        plain=True)
    algorithm.stop_if_canceled(feedback)
    provenance.finish({"steps": table_id}, table_id, title=_tr("Gi* per time step"))
    report_path = provenance.finish_report(
        algorithm.report_path(parameters, context),
        _tr("Emerging hot spots report"), lambda record: emerging_report(result, info, record))
    feedback.setProgress(100)
    return {algorithm.OUTPUT: output_id, algorithm.STEP_TABLE: table_id,
            algorithm.REPORT: report_path,
            "TIME_STEP_USED": result.cube.step, "N_STEPS": result.cube.n_steps,
            "N_LOCATIONS": result.cube.n_locations,
            "N_INCIDENTS": int(result.cube.counts.sum()),
            **{pattern_output(code): int(count) for code, count in
               result.pattern_counts().items() if code in HOT_PATTERNS}}


def write_without_patterns(algorithm, parameters, context, places, reason, provenance,
                           feedback):
    """Too few time steps, and asked to go on: the locations without a pattern (empty
    fields), an empty step table, a report saying why, and a warning."""
    from ..core.emerging_report import report_without_patterns

    warning = _tr("No emerging hot spots: {} The locations are written without a "
                  "pattern.").format(reason)
    feedback.pushWarning(warning)
    provenance.note(warning)
    empty = [None] * len(LOCATION_FIELDS)
    output_id = emerging_io.write_output(
        algorithm, parameters, algorithm.OUTPUT, context, [places.id_field, *LOCATION_FIELDS],
        ([ident, *empty] for ident in places.ids), places)
    provenance.finish({"locations": output_id}, output_id,
                      title=_tr("Emerging hot spots"))
    table_id = emerging_io.write_output(
        algorithm, parameters, algorithm.STEP_TABLE, context,
        [("location", "string"), *STEP_FIELDS], iter(()), plain=True)
    provenance.finish({"steps": table_id}, table_id, title=_tr("Gi* per time step"))
    report_path = provenance.finish_report(
        algorithm.report_path(parameters, context),
        _tr("Emerging hot spots report"),
        lambda record: report_without_patterns(warning, record))
    return {algorithm.OUTPUT: output_id, algorithm.STEP_TABLE: table_id,
            algorithm.REPORT: report_path,
            "TIME_STEP_USED": "", "N_STEPS": 0, "N_LOCATIONS": len(places.ids),
            "N_INCIDENTS": 0, **{pattern_output(code): 0 for code in HOT_PATTERNS}}
