"""The outputs of wijkradar:postcode_risk: the scored area layer (styled by risk class), the
HTML report, their provenance and the results the algorithm returns."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsFillSymbol,
    QgsProcessingException,
    QgsRendererCategory,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from .io.labels import input_label
from .io.values import attribute_value, new_field
from .provenance import OutputProvenance
from .risk_run import subject
from .styles import style_on_load

CLASS_COLOURS = ("#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000")
SCORE_FIELDS = (
    ("expected", "double"), ("expected_per_km2", "double"), ("risk_score", "double"),
    ("rank", "int"), ("percentile", "double"), ("risk_class", "int"),
    ("risk_class_name", "string"), ("driver_1", "string"), ("driver_2", "string"),
    ("driver_3", "string"), ("incidents_last_period", "int"), ("incidents_recent", "int"),
    ("onderdrukt", "bool"), ("forecast_period", "string"), ("model", "string"),
    ("expected_low", "int"), ("expected_high", "int"),
)


def _tr(text):
    return QCoreApplication.translate("PostcodeRiskAlgorithm", text)


def write_outputs(algorithm, parameters, context, inputs, panel, run, feedback):
    """The area layer, the report and the results: nothing is written after Cancel."""
    from ..core.risk_summary import bad_period_warnings, comparison_line, validation_verdict

    result = run.result
    provenance = run_provenance(algorithm, parameters, context, inputs, panel, run)
    algorithm.stop_if_canceled(feedback)  # nothing is written after Cancel
    output_id = write_areas(algorithm, parameters, context, inputs, run.table, provenance)
    algorithm.stop_if_canceled(feedback)
    report_path = write_report(algorithm, parameters, context, inputs, panel, result,
                               provenance)
    verdict = validation_verdict(result)
    comparison = comparison_line(result)
    if comparison:
        feedback.pushInfo(comparison)
    warnings = verdict.warnings() + bad_period_warnings(result)
    for warning in warnings:
        feedback.pushWarning(warning)
    feedback.setProgress(100)
    return {algorithm.OUTPUT: output_id, algorithm.REPORT: report_path,
            "MODEL": result.model,
            "CHOSEN": result.chosen_label, "COMPARISON": comparison,
            "FORECAST_PERIOD": result.target_label, "PAI_5": verdict.model_pai,
            "PAI_5_BEST_BASELINE": verdict.baseline_pai,
            "BEST_BASELINE": verdict.baseline_label,
            "WARNINGS": "\n".join(warnings),
            "N_INCIDENTS": int(panel.counts.sum()), "N_OUTSIDE": panel.dropped["outside"]}


def run_provenance(algorithm, parameters, context, inputs, panel, run):
    from ..core import risk
    from ..core.suppression import metadata_note

    settings, result = inputs.settings, run.result
    provenance = OutputProvenance(algorithm, parameters, context, settings["purpose"])
    provenance.add_input(inputs.areas_source.sourceName(), inputs.areas_source.sourceName(),
                         inputs.areas.features, inputs.areas.content_hash)
    provenance.add_input(inputs.incidents.sourceName(), inputs.incidents.sourceName(),
                         inputs.points.features, inputs.points.content_hash)
    for name, count, content_hash in inputs.context_inputs:
        provenance.add_input(name, name, count, content_hash)
    provenance.note(_tr("Forecast for {} with {} (validated on {} periods); "
                        "incidents counted per {}; CRS {}.").format(
        result.target_label, result.chosen_label, len(result.folds),
        risk.period_noun(panel.period), inputs.crs.authid()))
    provenance.note(metadata_note(settings["min_count"]))
    provenance.note(_tr("incidents_recent counts the last {} periods.").format(
        run.recent_periods))
    return provenance


def write_report(algorithm, parameters, context, inputs, panel, result, provenance):
    """The HTML report, with the provenance in a sidecar beside it."""
    from ..core import risk, risk_report
    from ..core.suppression import metadata_note

    info = {"title": _tr("Postcode risk forecast"),
            "area_layer": input_label(algorithm, parameters, algorithm.INPUT, context,
                                      inputs.areas_source),
            "n_areas": len(inputs.areas.ids), "units": "m",
            "incidents": len(inputs.points.x), "dropped": risk.dropped_text(panel),
            "subject": subject(inputs.settings),
            "suppression": metadata_note(inputs.settings["min_count"]),
            "outside": panel.dropped["outside"]}
    return provenance.finish_report(
        algorithm.report_path(parameters, context),
        _tr("Risk report"), lambda record: risk_report.risk_report(result, panel, info, record))


def write_areas(algorithm, parameters, context, inputs, table, provenance):
    """The areas with their scores (SCORE_FIELDS), styled by risk class when loaded."""
    areas, source = inputs.areas, inputs.areas_source
    id_index = source.fields().indexOf(algorithm.parameterAsString(
        parameters, algorithm.ID_FIELD, context))
    fields = QgsFields()
    fields.append(source.fields().at(id_index))
    for name, kind in SCORE_FIELDS:
        fields.append(new_field(name, kind))
    sink, dest_id = algorithm.parameterAsSink(parameters, algorithm.OUTPUT, context, fields,
                                              QgsWkbTypes.multiType(source.wkbType()),
                                              source.sourceCrs())
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, algorithm.OUTPUT))
    names = [name for name, _ in SCORE_FIELDS]
    for identifier, geometry, row in zip(areas.ids, areas.originals,
                                         table[names].itertuples(index=False)):
        feature = QgsFeature(fields)
        if not geometry.isMultipart():
            geometry.convertToMultiType()
        feature.setGeometry(geometry)
        feature.setAttributes([identifier] + [attribute_value(v) for v in row])
        sink.addFeature(feature, QgsFeatureSink.FastInsert)
    del sink
    _, metadata = provenance.finish({"areas": dest_id}, dest_id,
                                    title=_tr("Risk per area"),
                                    abstract=_tr("Expected incidents per area."))
    labels = [_tr("1 lower half"), _tr("2 percentile 50-75"),
              _tr("3 percentile 75-90"), _tr("4 percentile 90-95"),
              _tr("5 top 5%")]
    style_on_load(context, dest_id, style_function=lambda layer: (
        layer.setMetadata(metadata), style_risk_classes(layer, labels)))
    return dest_id


def style_risk_classes(layer, labels):
    categories = []
    for value, (colour, label) in enumerate(zip(CLASS_COLOURS, labels), start=1):
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#888888",
                                             "outline_width": "0.1"})
        categories.append(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("risk_class", categories))
