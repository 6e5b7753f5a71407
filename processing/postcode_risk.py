"""wijkradar:postcode_risk: validated risk scores per area with drivers and a report."""

from dataclasses import dataclass
from typing import Any

import numpy as np
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsFillSymbol,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsRendererCategory,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.choices import RISK_MODELS, RISK_PERIODS
from ..core.provenance import write_sidecar
from .algorithm import WijkradarAlgorithm, core_errors
from .area_value_table import ValueTableNames, read_value_table
from .bridge import PointReader, attribute_value, metric_crs_for, new_field
from .choice_parameters import chosen_value, enum_parameter
from .compat import (
    GeometryType,
    ProcessingDateTimeParameterDataType,
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
    field_names,
)
from .date_reading import checked_dates, refuse_number_field
from .dependencies import require
from .layer_input import input_source, report_skipped, with_crs
from .provenance import OutputProvenance
from .risk_inputs import (
    check_geometry,
    field_label,
    layer_label,
    point_reader,
    read_area_layer,
    read_points,
    type_filter,
)
from .shared_parameters import MinCountParameter, PurposeParameter, ReportParameter
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


class PostcodeRiskAlgorithm(MinCountParameter, PurposeParameter, ReportParameter,
                            WijkradarAlgorithm):
    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    INCIDENTS = "INCIDENTS"
    DATE_FIELD = "DATE_FIELD"
    TYPE_FIELD = "TYPE_FIELD"
    TYPE_VALUES = "TYPE_VALUES"
    COVARIATES = "COVARIATES"
    CONTEXT = "CONTEXT"
    CONTEXT_DISTANCE = "CONTEXT_DISTANCE"
    CONTEXT_DATE_FIELD = "CONTEXT_DATE_FIELD"
    PERIOD = "PERIOD"
    HORIZON = "HORIZON"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    MODEL = "MODEL"
    VALIDATION_PERIODS = "VALIDATION_PERIODS"
    NEAR_REPEAT_DAYS = "NEAR_REPEAT_DAYS"
    COVERAGE = "COVERAGE"
    VALUE_TABLE = "VALUE_TABLE"
    VALUE_CODE_FIELD = "VALUE_CODE_FIELD"
    VALUE_DATE_FIELD = "VALUE_DATE_FIELD"
    VALUE_FIELDS = "VALUE_FIELDS"
    OUTPUT = "OUTPUT"

    def name(self):
        return "postcode_risk"

    def displayName(self):
        return self.tr("Postcode risk forecast")

    def group(self):
        return self.tr("Risk")

    def groupId(self):
        return "risk"

    def shortDescription(self):
        return self.tr("Expected incidents per area for the coming period, with drivers and "
                       "a validated track record.")

    def shortHelpString(self):
        return self.tr(
            "<p>Forecasts how many incidents each area (PC4, PC6, buurt or grid cell) will "
            "have in the coming period, and ranks the areas. Incidents are counted per area "
            "and period (week, month, quarter or year). The model learns from: counts in "
            "recent windows and over the whole history (also shrunk towards the neighbours' "
            "mean where counts are small), the trend, the same period a year earlier and the "
            "time of year, counts in neighbouring areas (areas that touch) and kernel "
            "densities of past incidents at three distances, near-repeats (incidents in the "
            "last 14 days nearby), incidents of the other types when you filter by type, "
            "area size, the covariates you choose (monitor indicators, inhabitants) and "
            "counts of context points (coffeeshops, dismantled plantations) in or within a "
            "distance of each area; context layers with the date or year field you name are "
            "counted up to each forecast's origin only.</p>"
            "<p><b>Models</b>: a Poisson GLM (relative risk per factor, as Risk Terrain "
            "Modeling reports) and gradient boosting with Poisson loss. <b>Validation</b> is "
            "rolling-origin in time: for each of the last periods with a known outcome, the "
            "models are trained only on earlier periods and tested on what happened next. "
            "Baselines are forecasts of their own on the same periods: last period's counts, "
            "the counts of each longer window and of the whole history, and a kernel density "
            "surface of past incidents. 'Automatic' picks, among the models, the baselines "
            "and a blend of the best model with the best baseline (its weight chosen on "
            "other validation periods), the one with the highest Predictive Accuracy Index "
            "at the share of the area you patrol (default 5%); the Poisson deviance breaks "
            "near-ties. So the forecast never ranks worse in validation than the best "
            "baseline: when no model beats it, the output is that baseline, and the results "
            "say so (CHOSEN, COMPARISON).</p>"
            "<p><b>Outputs</b>: the areas with the expected count, risk score 0-100 (share "
            "of the highest), rank, percentile, class 1-5 (lower half, 50-75%, 75-90%, "
            "90-95%, top 5%) and the top 3 drivers as facts of several kinds, e.g. 'high for "
            "years: 48 incidents since 2020-01-01; 5x the average area', 'rising: 6 incidents "
            "in the last 3 months against fewer than 5 in the 3 months before', 'near-repeat: "
            "7 incidents here and in the neighbouring areas in the last 14 days', '2 "
            "ruimingen within 200 m' (never a count below k); "
            "observed counts below k (default 5) are suppressed; expected_low and "
            "expected_high hold an 80% interval of the count (negative binomial, its spread "
            "measured in validation). The HTML "
            "report shows hit rate and PAI curves against the baselines, calibration, "
            "drivers, the data period and a model card.</p>"
            "<p>Incidents outside every area, without a date or outside the date range are "
            "counted and reported. NULL covariates are replaced by the median and flagged; "
            "constant features are left out. Area ids must be unique.</p>"
            "<p><b>Caveat</b>: predictions reflect where incidents were recorded, which "
            "depends on reporting and enforcement, not only on where they happened.</p>") + \
            self.tr(
                "<p><b>Area values over time</b> (advanced): a table without geometry (CSV, "
                "GeoPackage) of rows with an area code, a date or period and values, such "
                "as payment arrears or benefit counts per buurt or postcode per quarter. "
                "Each value field becomes a feature: at each forecast, and at each "
                "validation period, an area's latest value known by the end of the origin "
                "period, never a later one. A date counts from that day; a year (2024), "
                "quarter (2024-Q2, 2024Q2, CBS's 2024KW02) or month (2024-05) from its last "
                "day, so a quarter's figure is not used before the quarter ends (date rows "
                "by their publication if they come out later). Before an area's first "
                "value, and in areas without rows, the value is the median of those known "
                "then, flagged as unknown. Codes are matched to the area ids ignoring case, "
                "spaces and leading zeros; codes that are no area are left out and named "
                "in the log; two rows for one area and date with different values are "
                "refused. Drivers name the value and its period, e.g. 'payment arrears per "
                "1,000 households: 14 in 2024-Q2 (average 6.2)'.</p>")

    def initAlgorithm(self, config=None):
        self.add_input_parameters()
        self.add_forecast_parameters()
        self.add_value_table_parameters()
        self.add_purpose_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Risk per area"), ProcessingSourceType.VectorPolygon))
        self.add_report_parameter(self.tr("Risk report"))
        self.add_outputs()

    def add_input_parameters(self):
        """The areas, the incidents and what else is known of the areas."""
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Areas (PC4, PC6, buurten or grid cells)"),
            [ProcessingSourceType.VectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, self.tr("Area id field"), parentLayerParameterName=self.INPUT))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INCIDENTS, self.tr("Incidents (points)"), [ProcessingSourceType.VectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.DATE_FIELD, self.tr("Incident date field"),
            parentLayerParameterName=self.INCIDENTS))
        self.addParameter(QgsProcessingParameterField(
            self.TYPE_FIELD, self.tr("Incident type field (to filter by type)"),
            parentLayerParameterName=self.INCIDENTS, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TYPE_VALUES, self.tr("Incident types to include (comma-separated)"),
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.COVARIATES, self.tr("Covariates of the areas (monitor indicators, "
                                     "inhabitants)"),
            parentLayerParameterName=self.INPUT, type=ProcessingFieldParameterDataType.Numeric,
            allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.CONTEXT, self.tr("Context point layers (coffeeshops, ruimingen, ...)"),
            ProcessingSourceType.VectorPoint, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CONTEXT_DISTANCE, self.tr("Count context points within (metres of an area)"),
            ProcessingNumberParameterType.Double, 200.0, minValue=0.0))

    def add_forecast_parameters(self):
        """The periods, the model, k and the advanced settings."""
        self.addParameter(enum_parameter(self.PERIOD, self.tr("Period"), RISK_PERIODS,
                                         default="month"))
        self.addParameter(QgsProcessingParameterNumber(
            self.HORIZON, self.tr("Forecast horizon (periods ahead)"),
            ProcessingNumberParameterType.Integer, 1, minValue=1, maxValue=104))
        self.addParameter(QgsProcessingParameterDateTime(
            self.START_DATE, self.tr("First date to use (default: the earliest incident)"),
            ProcessingDateTimeParameterDataType.Date, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.END_DATE, self.tr("Last date to use (default: the latest incident)"),
            ProcessingDateTimeParameterDataType.Date, optional=True))
        self.addParameter(enum_parameter(self.MODEL, self.tr("Model"), RISK_MODELS,
                                         default="auto"))
        self.add_min_count_parameter("incident counts")
        self.add_advanced(
                QgsProcessingParameterNumber(
                    self.VALIDATION_PERIODS,
                    self.tr("Validation periods (0 = automatic)"),
                    ProcessingNumberParameterType.Integer, 0, minValue=0, maxValue=52),
                QgsProcessingParameterNumber(
                    self.NEAR_REPEAT_DAYS, self.tr("Near-repeat window (days)"),
                    ProcessingNumberParameterType.Integer, 14, minValue=1, maxValue=365),
                QgsProcessingParameterString(
                    self.CONTEXT_DATE_FIELD, self.tr("Date or year field of the context "
                                                     "layers (those that have it are counted "
                                                     "up to each forecast's origin)"),
                    optional=True),
                QgsProcessingParameterNumber(
                    self.COVERAGE, self.tr("Share of the area patrolled, to choose the "
                                           "forecast by (%)"),
                    ProcessingNumberParameterType.Double, 5.0, optional=True, minValue=0.1,
                    maxValue=50.0))

    def add_value_table_parameters(self):
        """Area values over time (advanced, optional: models made before them stay valid)."""
        self.add_advanced(
                QgsProcessingParameterFeatureSource(
                    self.VALUE_TABLE, self.tr("Area values over time: a table of area code, "
                                              "date or period and values (payment arrears "
                                              "per quarter, ...)"),
                    [ProcessingSourceType.Vector], optional=True),
                QgsProcessingParameterField(
                    self.VALUE_CODE_FIELD, self.tr("Area code field of the value table (codes "
                                                   "as in the area id field)"),
                    parentLayerParameterName=self.VALUE_TABLE, optional=True),
                QgsProcessingParameterField(
                    self.VALUE_DATE_FIELD, self.tr("Date, year or quarter field of the value "
                                                   "table (2024-06-30, 2024, 2024-Q2)"),
                    parentLayerParameterName=self.VALUE_TABLE, optional=True),
                QgsProcessingParameterField(
                    self.VALUE_FIELDS, self.tr("Value fields of the value table (numbers)"),
                    parentLayerParameterName=self.VALUE_TABLE,
                    type=ProcessingFieldParameterDataType.Numeric, allowMultiple=True,
                    optional=True))

    def add_outputs(self):
        self.addOutput(QgsProcessingOutputString(
            "MODEL", self.tr("Forecast used (glm, boost, blend or a baseline's key)")))
        self.addOutput(QgsProcessingOutputString(
            "CHOSEN", self.tr("Forecast used, in words")))
        self.addOutput(QgsProcessingOutputString(
            "COMPARISON", self.tr("The forecast against the best baseline in validation "
                                  "(one line)")))
        self.addOutput(QgsProcessingOutputString("FORECAST_PERIOD", self.tr("Forecast period")))
        self.addOutput(QgsProcessingOutputNumber(
            "PAI_5", self.tr("PAI at 5% of the area in validation (forecast used)")))
        self.addOutput(QgsProcessingOutputNumber(
            "PAI_5_BEST_BASELINE", self.tr("PAI at 5% of the area in validation (best "
                                           "baseline)")))
        self.addOutput(QgsProcessingOutputString(
            "BEST_BASELINE", self.tr("Best baseline in validation")))
        self.addOutput(QgsProcessingOutputString(
            "WARNINGS", self.tr("Validation warnings (one per line)")))
        self.addOutput(QgsProcessingOutputNumber("N_INCIDENTS", self.tr("Incidents counted")))
        self.addOutput(QgsProcessingOutputNumber(
            "N_OUTSIDE", self.tr("Incidents outside every area (not counted)")))

    def processAlgorithm(self, parameters, context, feedback):
        require("numpy", "scipy", "pandas", "shapely", "sklearn")
        inputs = self.read_inputs(parameters, context, feedback)
        panel = self.count_incidents(parameters, context, inputs, feedback)
        static, dated = self.area_features(parameters, context, inputs, panel, feedback)
        run = self.forecast(panel, inputs, static, dated, feedback)
        return self.write_outputs(parameters, context, inputs, panel, run, feedback)

    def read_inputs(self, parameters, context, feedback):
        """The settings, the CRS to compute in and the areas (checked), and the incident
        layer."""
        from ..core import risk

        areas_source = input_source(self, parameters, self.INPUT, context, feedback,
                                    GeometryType.Polygon, self.tr("Areas"))
        incidents = input_source(self, parameters, self.INCIDENTS, context, feedback,
                                 GeometryType.Point, self.tr("Incidents"))
        settings = self.read_settings(parameters, context)
        refuse_number_field(incidents, settings["date_field"])
        crs = metric_crs_for(areas_source.sourceCrs(), areas_source.sourceExtent())
        feedback.pushInfo(self.tr("Reading the areas..."))
        areas = read_area_layer(areas_source, crs, settings["id_field"],
                                settings["covariates"], feedback)
        self.stop_if_canceled(feedback)
        report_skipped(feedback, areas.null_geometries, self.tr("areas"))
        if not areas.ids:
            raise QgsProcessingException(self.tr("The area layer has no areas with a "
                                                 "geometry."))
        with core_errors():
            risk.check_unique_ids(areas.ids)
        value_table = read_value_table(
            self, parameters, context, feedback, ValueTableNames(
                self.VALUE_TABLE, self.VALUE_CODE_FIELD, self.VALUE_DATE_FIELD,
                self.VALUE_FIELDS), areas.ids, settings["id_field"])
        return RiskInputs(areas_source, incidents, crs, settings, areas,
                          type_filter(settings["type_field"], settings["type_values"]),
                          value_table=value_table)

    def count_incidents(self, parameters, context, inputs, feedback):
        """The incidents (of the chosen types) counted per area and period."""
        from ..core import risk

        settings = inputs.settings
        feedback.pushInfo(self.tr("Reading the incidents..."))
        reader = point_reader(self, parameters, self.INCIDENTS, context, inputs.incidents,
                              inputs.crs, settings["date_field"], inputs.expression)
        inputs.points = points = read_points(reader)
        self.stop_if_canceled(feedback)
        dates = checked_dates(points.parsed, settings["date_field"], feedback,
                              settings["start"], settings["end"]).days
        with core_errors():
            panel = risk.incident_panel(inputs.areas.geometries, points.x, points.y, dates,
                                        settings["period"], settings["start"], settings["end"],
                                        settings["recent_days"])
        report_skipped(feedback, points.null_geometries, self.tr("incidents"))
        outside = panel.dropped["outside"]
        if outside:
            feedback.pushWarning(self.tr("{} of {} incidents lie outside every area and are "
                                         "not counted.").format(outside, len(points.x)))
        return panel

    def area_features(self, parameters, context, inputs, panel, feedback):
        """The covariates, the context layers (dated ones counted per period) and the
        incidents of the other types (on the panel)."""
        from ..core import risk

        settings, areas = inputs.settings, inputs.areas
        static = self.context_columns(parameters, context, areas, inputs.crs, settings,
                                      feedback)
        self.stop_if_canceled(feedback)
        with core_errors():
            static = [risk.StaticColumn(name, field_label(inputs.areas_source.fields(), name),
                                        areas.values[name])
                      for name in settings["covariates"]] + static
            dated = self.dated_columns(panel, areas, inputs.crs, settings, feedback)
            static = [column for column in static if column.name not in self.dated_names]
            if inputs.value_table is not None:
                dated += inputs.value_table.columns(panel, feedback)
                self.context_inputs.append(inputs.value_table.record)
            if inputs.expression:
                panel.other = self.other_types(parameters, context, inputs.incidents,
                                               inputs.crs, settings, inputs.expression, areas,
                                               panel, feedback)
        return static, dated

    def forecast(self, panel, inputs, static, dated, feedback):
        """The forecast and the output table (core.risk.forecast_areas), with what it says
        in the log."""
        from ..core import risk

        settings = inputs.settings
        forecast_settings = risk.ForecastSettings(
            horizon=settings["horizon"], model=settings["model"],
            n_folds=settings["folds"] or None, subject=self.subject(settings),
            min_count=settings["min_count"], coverage=settings["coverage"] / 100.0)
        feedback.pushInfo(self.tr("{} incidents in {} periods ({} to {}); fitting and "
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
                self.stop_if_canceled(feedback)
                raise
        for note in run.result.notes:
            feedback.pushInfo(note)
        for key, text in (("before", self.tr("{} incidents before the first date were left "
                                             "out.")),
                          ("after", self.tr("{} incidents after the last date were left out."))):
            if panel.dropped.get(key):
                feedback.pushWarning(text.format(panel.dropped[key]))
        self.report_validation(run.result, feedback)
        return run

    def write_outputs(self, parameters, context, inputs, panel, run, feedback):
        """The area layer, the report and the results: nothing is written after Cancel."""
        from ..core.risk_summary import bad_period_warnings, comparison_line, validation_verdict

        result = run.result
        provenance = self.provenance(parameters, context, inputs, panel, run)
        self.stop_if_canceled(feedback)  # nothing is written after Cancel
        output_id = self.write_areas(parameters, context, inputs.areas, inputs.areas_source,
                                     run.table, provenance)
        self.stop_if_canceled(feedback)
        report_path = self.write_report(parameters, context, inputs, panel, result, provenance)
        verdict = validation_verdict(result)
        comparison = comparison_line(result)
        if comparison:
            feedback.pushInfo(comparison)
        warnings = verdict.warnings() + bad_period_warnings(result)
        for warning in warnings:
            feedback.pushWarning(warning)
        feedback.setProgress(100)
        return {self.OUTPUT: output_id, self.REPORT: report_path, "MODEL": result.model,
                "CHOSEN": result.chosen_label, "COMPARISON": comparison,
                "FORECAST_PERIOD": result.target_label, "PAI_5": verdict.model_pai,
                "PAI_5_BEST_BASELINE": verdict.baseline_pai,
                "BEST_BASELINE": verdict.baseline_label,
                "WARNINGS": "\n".join(warnings),
                "N_INCIDENTS": int(panel.counts.sum()), "N_OUTSIDE": panel.dropped["outside"]}

    def provenance(self, parameters, context, inputs, panel, run):
        from ..core import risk
        from ..core.suppression import metadata_note

        settings, result = inputs.settings, run.result
        provenance = OutputProvenance(self, parameters, context, settings["purpose"])
        provenance.add_input(inputs.areas_source.sourceName(), inputs.areas_source.sourceName(),
                             inputs.areas.features, inputs.areas.content_hash)
        provenance.add_input(inputs.incidents.sourceName(), inputs.incidents.sourceName(),
                             inputs.points.features, inputs.points.content_hash)
        for name, count, content_hash in self.context_inputs:
            provenance.add_input(name, name, count, content_hash)
        provenance.note(self.tr("Forecast for {} with {} (validated on {} periods); "
                                "incidents counted per {}; CRS {}.").format(
            result.target_label, result.chosen_label, len(result.folds),
            risk.period_noun(panel.period), inputs.crs.authid()))
        provenance.note(metadata_note(settings["min_count"]))
        provenance.note(self.tr("incidents_recent counts the last {} periods.").format(
            run.recent_periods))
        return provenance

    def write_report(self, parameters, context, inputs, panel, result, provenance):
        """The HTML report, with the provenance in a sidecar beside it."""
        from ..core import risk, risk_report
        from ..core.suppression import metadata_note

        report_path = self.report_path(parameters, context)
        # No .qmd beside the report: it would take the place of the layer's (same stem).
        record, _ = provenance.finish({"report": report_path}, None,
                                      title=self.tr("Risk report"))
        write_sidecar(report_path, record)
        info = {"title": self.tr("Postcode risk forecast"),
                "area_layer": self.source_label(parameters, self.INPUT, context,
                                                inputs.areas_source),
                "n_areas": len(inputs.areas.ids), "units": "m",
                "incidents": len(inputs.points.x), "dropped": risk.dropped_text(panel),
                "subject": self.subject(inputs.settings),
                "suppression": metadata_note(inputs.settings["min_count"]),
                "outside": panel.dropped["outside"]}
        with open(report_path, "w", encoding="utf-8") as handle:
            handle.write(risk_report.risk_report(result, panel, info, record))
        return report_path

    def read_settings(self, parameters, context):
        def date(name):
            value = self.parameterAsDateTime(parameters, name, context)
            return (np.datetime64(value.date().toString("yyyy-MM-dd"))
                    if value.isValid() else None)

        return {
            "id_field": self.parameterAsString(parameters, self.ID_FIELD, context),
            "date_field": self.parameterAsString(parameters, self.DATE_FIELD, context),
            "type_field": self.parameterAsString(parameters, self.TYPE_FIELD, context),
            "type_values": self.parameterAsString(parameters, self.TYPE_VALUES, context),
            "covariates": field_names(self, parameters, self.COVARIATES, context),
            "context_layers": self.parameterAsLayerList(parameters, self.CONTEXT, context),
            "context_distance": self.parameterAsDouble(parameters, self.CONTEXT_DISTANCE,
                                                       context),
            "context_date_field": self.parameterAsString(parameters, self.CONTEXT_DATE_FIELD,
                                                         context).strip(),
            "period": chosen_value(self, parameters, self.PERIOD, context, RISK_PERIODS),
            "horizon": self.parameterAsInt(parameters, self.HORIZON, context),
            "start": date(self.START_DATE),
            "end": date(self.END_DATE),
            "model": chosen_value(self, parameters, self.MODEL, context, RISK_MODELS),
            "folds": self.parameterAsInt(parameters, self.VALIDATION_PERIODS, context),
            "recent_days": self.parameterAsInt(parameters, self.NEAR_REPEAT_DAYS, context),
            "min_count": self.min_count_value(parameters, context),
            # optional, so models made before it existed stay valid: empty = 5%
            "coverage": (self.parameterAsDouble(parameters, self.COVERAGE, context)
                         if parameters.get(self.COVERAGE) not in (None, "") else 5.0),
            "purpose": self.purpose_value(parameters, context),
        }

    def source_label(self, parameters, name, context, source):
        layer = self.parameterAsVectorLayer(parameters, name, context)
        return layer_label(layer) if layer is not None else source.sourceName()

    @staticmethod
    def subject(settings):
        values = [v.strip() for v in (settings["type_values"] or "").split(",") if v.strip()]
        return " + ".join(values) if values else QCoreApplication.translate(
            "PostcodeRiskAlgorithm", "incidents")

    def context_columns(self, parameters, context, areas, crs, settings, feedback):
        """One static feature per context layer: its points in or near each area."""
        from ..core import risk

        self.context_inputs = []
        columns = []
        distance = settings["context_distance"]
        for layer in settings["context_layers"]:
            check_geometry(layer, GeometryType.Point,
                           self.tr("A context layer"))
            layer = with_crs(layer, self.tr("A context layer"), feedback)
            points = read_points(PointReader(layer, layer.sourceCrs(), crs))
            name = layer_label(layer)
            where = self.tr("within {:g} m").format(distance) if distance > 0 else self.tr(
                "in the area")
            column = risk.context_column(
                f"context_{len(columns) + 1}", f"{name} {where}", areas.geometries, points.x,
                points.y, distance, high=f"{name} {where}",
                low=self.tr("few {} {}").format(name, where))
            columns.append(column)
            self.context_inputs.append((name, points.features, points.content_hash))
            feedback.pushInfo(self.tr("Context layer {}: {} points, {} areas with one or "
                                      "more {}.").format(name, len(points.x),
                                                         int((column.values > 0).sum()), where))
        return columns

    def other_types(self, parameters, context, incidents, crs, settings, expression, areas,
                    panel, feedback):
        """Counts of the incidents the type filter leaves out, on the panel's periods: a
        feature of their own (None when they have no usable dates)."""
        from ..core import risk

        others = f'"{settings["type_field"]}" IS NULL OR NOT ({expression})'
        reader = point_reader(self, parameters, self.INCIDENTS, context, incidents, crs,
                              settings["date_field"], others)
        points = read_points(reader)
        if not len(points.x):
            return None
        try:
            days = checked_dates(points.parsed, settings["date_field"], None).days
        except QgsProcessingException:
            return None
        index = risk.locate_points(areas.geometries, points.x, points.y)
        counts = panel.counts_of(index, days)
        feedback.pushInfo(self.tr("{} incidents of other types are a feature too.").format(
            int(counts.sum())))
        return counts

    def dated_columns(self, panel, areas, crs, settings, feedback):
        """Context layers that have the context date field: points counted near each area
        per period (a year alone counts from the end of that year)."""
        from ..core import risk_features

        self.dated_names = set()
        field = settings["context_date_field"]
        columns = []
        if not field:
            return columns
        distance = settings["context_distance"]
        for number_, layer in enumerate(settings["context_layers"], start=1):
            index = layer.fields().indexOf(field)
            if index < 0:
                continue
            numeric = layer.fields().at(index).isNumeric()
            reader = PointReader(layer, layer.sourceCrs(), crs,
                                 weight_field=field if numeric else None,
                                 date_field=None if numeric else field)
            xs, ys, days = [], [], []
            for batch in reader.batches():
                xs.append(batch.x)
                ys.append(batch.y)
                days.append(risk_features.year_ends(batch.weight) if numeric else batch.date)
            name = layer_label(layer)
            where = self.tr("within {:g} m").format(distance) if distance > 0 else self.tr(
                "in the area")
            column = risk_features.dated_column(
                panel, f"context_{number_}", f"{name} {where}", areas.geometries,
                np.concatenate(xs), np.concatenate(ys), np.concatenate(days), distance,
                low=self.tr("no {} {}").format(name, where))
            self.dated_names.add(f"context_{number_}")
            columns.append(column)
            feedback.pushInfo(self.tr("Context layer {}: counted up to each forecast's origin "
                                      "by its field '{}'.").format(name, field))
        return columns

    def report_validation(self, result, feedback):
        summary = result.summary.set_index("method")
        if "pai_5" not in summary:
            return
        for method, row in summary.iterrows():
            feedback.pushInfo(self.tr("Validation, {}: PAI at 5% of the area {:.2f}, hit "
                                      "rate {:.1%}.").format(result.method_labels[method],
                                                             row["pai_5"], row["hit_rate_5"]))
        feedback.pushInfo(self.tr("Chosen: {}.").format(result.chosen_label))

    def write_areas(self, parameters, context, areas, source, table, provenance):
        id_index = source.fields().indexOf(self.parameterAsString(parameters, self.ID_FIELD,
                                                                  context))
        fields = QgsFields()
        fields.append(source.fields().at(id_index))
        for name, kind in SCORE_FIELDS:
            fields.append(new_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.multiType(source.wkbType()),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
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
                                        title=self.tr("Risk per area"),
                                        abstract=self.tr("Expected incidents per area."))
        labels = [self.tr("1 lower half"), self.tr("2 percentile 50-75"),
                  self.tr("3 percentile 75-90"), self.tr("4 percentile 90-95"),
                  self.tr("5 top 5%")]
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
