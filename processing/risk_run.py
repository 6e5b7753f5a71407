"""The steps of wijkradar:postcode_risk between its parameters and its outputs: read the
areas and incidents, count the incidents per area and period, gather the features, and
forecast (core.risk.forecast_areas), saying in the log what each step found."""

from dataclasses import dataclass, field
from typing import Any

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from .algorithm import WijkradarAlgorithm, core_errors
from .area_value_table import ValueTableNames, read_value_table
from .compat import GeometryType
from .io.areas import read_area_layer
from .io.crs import metric_crs_for
from .io.dates import checked_dates, refuse_number_field
from .io.labels import field_label
from .io.point_tables import point_reader, read_points, type_filter
from .layer_input import input_source, report_skipped
from .risk_context import context_columns, dated_columns, other_types


def _tr(text):
    return QCoreApplication.translate("PostcodeRiskAlgorithm", text)


@dataclass
class RiskInputs:
    """What the run reads before counting: the layers, the settings, the CRS and the areas."""

    areas_source: Any
    incidents: Any
    crs: Any
    settings: dict
    areas: Any
    expression: str  # the type filter ('' for every incident)
    points: Any = None  # the incidents read (count_incidents)
    value_table: Any = None  # area values over time (area_value_table.ValueTableRead)
    # (name, feature count, content hash) of the context layers and value table read
    context_inputs: list = field(default_factory=list)


def read_inputs(algorithm, parameters, context, feedback):
    """The settings, the CRS to compute in and the areas (checked), and the incident
    layer."""
    from ..core import risk

    areas_source = input_source(algorithm, parameters, algorithm.INPUT, context, feedback,
                                GeometryType.Polygon, _tr("Areas"))
    incidents = input_source(algorithm, parameters, algorithm.INCIDENTS, context, feedback,
                             GeometryType.Point, _tr("Incidents"))
    settings = algorithm.read_settings(parameters, context)
    refuse_number_field(incidents, settings["date_field"])
    crs = metric_crs_for(areas_source.sourceCrs(), areas_source.sourceExtent())
    feedback.pushInfo(_tr("Reading the areas..."))
    areas = read_area_layer(areas_source, crs, settings["id_field"],
                            settings["covariates"], feedback)
    algorithm.stop_if_canceled(feedback)
    report_skipped(feedback, areas.null_geometries, _tr("areas"))
    if not areas.ids:
        raise QgsProcessingException(_tr("The area layer has no areas with a "
                                         "geometry."))
    with core_errors():
        risk.check_unique_ids(areas.ids)
    value_table = read_value_table(
        algorithm, parameters, context, feedback, ValueTableNames(
            algorithm.VALUE_TABLE, algorithm.VALUE_CODE_FIELD, algorithm.VALUE_DATE_FIELD,
            algorithm.VALUE_FIELDS), areas.ids, settings["id_field"])
    return RiskInputs(areas_source, incidents, crs, settings, areas,
                      type_filter(settings["type_field"], settings["type_values"]),
                      value_table=value_table)


def count_incidents(algorithm, parameters, context, inputs, feedback):
    """The incidents (of the chosen types) counted per area and period."""
    from ..core import risk

    settings = inputs.settings
    feedback.pushInfo(_tr("Reading the incidents..."))
    reader = point_reader(algorithm, parameters, algorithm.INCIDENTS, context,
                          inputs.incidents, inputs.crs, settings["date_field"],
                          inputs.expression)
    inputs.points = points = read_points(reader)
    algorithm.stop_if_canceled(feedback)
    dates = checked_dates(points.parsed, settings["date_field"], feedback,
                          settings["start"], settings["end"]).days
    with core_errors():
        panel = risk.incident_panel(inputs.areas.geometries, points.x, points.y, dates,
                                    settings["period"], settings["start"], settings["end"],
                                    settings["recent_days"])
    report_skipped(feedback, points.null_geometries, _tr("incidents"))
    outside = panel.dropped["outside"]
    if outside:
        feedback.pushWarning(_tr("{} of {} incidents lie outside every area and are "
                                 "not counted.").format(outside, len(points.x)))
    return panel


def area_features(algorithm, parameters, context, inputs, panel, feedback):
    """The covariates, the context layers (dated ones counted per period) and the
    incidents of the other types (on the panel)."""
    from ..core import risk

    settings, areas = inputs.settings, inputs.areas
    static, inputs.context_inputs = context_columns(areas, inputs.crs, settings, feedback)
    algorithm.stop_if_canceled(feedback)
    with core_errors():
        static = [risk.StaticColumn(name, field_label(inputs.areas_source.fields(), name),
                                    areas.values[name])
                  for name in settings["covariates"]] + static
        dated, dated_names = dated_columns(panel, areas, inputs.crs, settings, feedback)
        static = [column for column in static if column.name not in dated_names]
        if inputs.value_table is not None:
            dated += inputs.value_table.columns(panel, feedback)
            inputs.context_inputs.append(inputs.value_table.record)
        if inputs.expression:
            panel.other = other_types(algorithm, parameters, context, inputs, panel,
                                      feedback)
    return static, dated


def forecast(panel, inputs, static, dated, feedback):
    """The forecast and the output table (core.risk.forecast_areas), with what it says
    in the log."""
    from ..core import risk

    settings = inputs.settings
    forecast_settings = risk.ForecastSettings(
        horizon=settings["horizon"], model=settings["model"],
        n_folds=settings["folds"] or None, subject=subject(settings),
        min_count=settings["min_count"], coverage=settings["coverage"] / 100.0)
    feedback.pushInfo(_tr("{} incidents in {} periods ({} to {}); fitting and "
                          "validating...").format(
        int(panel.counts.sum()), panel.n_periods, panel.label(0),
        panel.label(panel.n_periods - 1)))
    with core_errors():
        try:
            run = risk.forecast_areas(
                panel, inputs.areas.geometries, forecast_settings, static=static,
                dated=dated,
                progress=lambda percent, _: feedback.setProgress(10 + 0.85 * percent),
                canceled=feedback.isCanceled)
        except risk.CanceledError:
            WijkradarAlgorithm.stop_if_canceled(feedback)
            raise
    for note in run.result.notes:
        feedback.pushInfo(note)
    for key, text in (("before", _tr("{} incidents before the first date were left "
                                     "out.")),
                      ("after", _tr("{} incidents after the last date were left out."))):
        if panel.dropped.get(key):
            feedback.pushWarning(text.format(panel.dropped[key]))
    report_validation(run.result, feedback)
    return run


def report_validation(result, feedback):
    summary = result.summary.set_index("method")
    if "pai_5" not in summary:
        return
    for method, row in summary.iterrows():
        feedback.pushInfo(_tr("Validation, {}: PAI at 5% of the area {:.2f}, hit "
                              "rate {:.1%}.").format(result.method_labels[method],
                                                     row["pai_5"], row["hit_rate_5"]))
    feedback.pushInfo(_tr("Chosen: {}.").format(result.chosen_label))


def subject(settings):
    """What is forecast: the chosen incident types ('burglary + theft'), or 'incidents'."""
    values = [v.strip() for v in (settings["type_values"] or "").split(",") if v.strip()]
    return " + ".join(values) if values else QCoreApplication.translate(
        "PostcodeRiskAlgorithm", "incidents")
