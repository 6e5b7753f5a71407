"""wijkradar:evaluate_forecast: PAI, PEI and hit rate of any score map against later incidents."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterLayer,
)

from ..core.choices import FORECAST_RANKINGS
from .algorithm import WijkradarAlgorithm
from .choice_parameters import chosen_value, enum_parameter
from .compat import (
    GeometryType,
    ProcessingDateTimeParameterDataType,
    ProcessingFieldParameterDataType,
    ProcessingSourceType,
)
from .dependencies import require
from .forecast_outputs import (
    STANDARD_LEVELS,
    level_results,
    report_five_percent,
    write_report,
    write_table,
)
from .forecast_scores import ScoreReading, evaluate_score, read_score
from .help.evaluate_forecast import help_html
from .io.dates import date_parameter, refuse_number_field
from .layer_input import input_source
from .provenance import OutputProvenance
from .shared_parameters import MinCountParameter, PurposeParameter, ReportParameter


class EvaluateForecastAlgorithm(MinCountParameter, PurposeParameter, ReportParameter,
                                WijkradarAlgorithm):
    SCORE_LAYER = "SCORE_LAYER"
    SCORE_FIELD = "SCORE_FIELD"
    SCORE_RASTER = "SCORE_RASTER"
    SCORE_BAND = "SCORE_BAND"
    COMPARE_LAYER = "COMPARE_LAYER"
    COMPARE_FIELD = "COMPARE_FIELD"
    COMPARE_RASTER = "COMPARE_RASTER"
    COMPARE_BAND = "COMPARE_BAND"
    RANK_BY = "RANK_BY"
    INCIDENTS = "INCIDENTS"
    DATE_FIELD = "DATE_FIELD"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    OUTPUT = "OUTPUT"

    def name(self):
        return "evaluate_forecast"

    def displayName(self):
        return self.tr("Evaluate forecast (PAI, PEI, hit rate)")

    def group(self):
        return self.tr("Risk")

    def groupId(self):
        return "risk"

    def shortDescription(self):
        return self.tr("How well a score map predicts later incidents: PAI, PEI and hit rate "
                       "at 1, 5, 10 and 20% of the area, and the whole curve.")

    def shortHelpString(self):
        return help_html()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SCORE_LAYER, self.tr("Score areas (polygons)"),
            [ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SCORE_FIELD, self.tr("Score field"), parentLayerParameterName=self.SCORE_LAYER,
            type=ProcessingFieldParameterDataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.SCORE_RASTER, self.tr("Score raster (instead of areas)"), optional=True))
        self.addParameter(QgsProcessingParameterBand(
            self.SCORE_BAND, self.tr("Score raster band"), 1, self.SCORE_RASTER, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INCIDENTS, self.tr("Later incidents (points)"),
            [ProcessingSourceType.VectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.DATE_FIELD, self.tr("Incident date field (for the date range)"),
            parentLayerParameterName=self.INCIDENTS, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.START_DATE, self.tr("Incidents from"), ProcessingDateTimeParameterDataType.Date,
            optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.END_DATE, self.tr("Incidents up to and including"),
            ProcessingDateTimeParameterDataType.Date, optional=True))
        self.addParameter(enum_parameter(self.RANK_BY, self.tr("Rank areas by"),
                                         FORECAST_RANKINGS))
        self.add_min_count_parameter("expected hits")
        compare = [
            QgsProcessingParameterFeatureSource(
                self.COMPARE_LAYER, self.tr("Second score to compare: areas"),
                [ProcessingSourceType.VectorPolygon], optional=True),
            QgsProcessingParameterField(
                self.COMPARE_FIELD, self.tr("Second score field"),
                parentLayerParameterName=self.COMPARE_LAYER,
                type=ProcessingFieldParameterDataType.Numeric, optional=True),
            QgsProcessingParameterRasterLayer(
                self.COMPARE_RASTER, self.tr("Second score to compare: raster"), optional=True),
            QgsProcessingParameterBand(
                self.COMPARE_BAND, self.tr("Second score raster band"), 1, self.COMPARE_RASTER,
                optional=True)]
        self.add_advanced(*compare)
        self.add_purpose_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Evaluation table"), ProcessingSourceType.Vector))
        self.add_report_parameter(self.tr("Evaluation report"))
        for prefix, what in (("", self.tr("score")), ("COMPARE_", self.tr("second score"))):
            for level in STANDARD_LEVELS:
                for name, text in (("PAI", self.tr("PAI at {}% of the area ({})")),
                                   ("PEI", self.tr("PEI at {}% of the area ({})")),
                                   ("HIT_RATE", self.tr("Hit rate at {}% of the area ({})"))):
                    self.addOutput(QgsProcessingOutputNumber(
                        f"{prefix}{name}_{level}", text.format(level, what)))
        self.addOutput(QgsProcessingOutputNumber(
            "N_INCIDENTS", self.tr("Incidents in the evaluated areas")))
        self.addOutput(QgsProcessingOutputNumber(
            "N_OUTSIDE", self.tr("Incidents outside the areas (not counted)")))

    def processAlgorithm(self, parameters, context, feedback):
        require("numpy", "pandas", "shapely")
        settings = self.read_settings(parameters, context, feedback)
        provenance = OutputProvenance(self, parameters, context, settings["purpose"])
        evaluated, notes = self.evaluate(parameters, context, settings, provenance, feedback)
        for note in dict.fromkeys(notes):
            feedback.pushInfo(note)
        table_id = write_table(self, parameters, context, evaluated, settings["k"], provenance)
        report_path = write_report(self, parameters, context, evaluated, settings, notes,
                                   provenance)
        results = {self.OUTPUT: table_id, self.REPORT: report_path,
                   "N_INCIDENTS": evaluated[0]["incidents"], "N_OUTSIDE": evaluated[0]["outside"]}
        for score in evaluated:
            results.update(level_results(score))
            report_five_percent(score, settings["k"], feedback)
        feedback.setProgress(100)
        return results

    def read_settings(self, parameters, context, feedback):
        """The incident layer, its date field and range, the ranking and k."""
        incidents = input_source(self, parameters, self.INCIDENTS, context, feedback,
                                 GeometryType.Point, self.tr("Incidents"))
        rank_by = chosen_value(self, parameters, self.RANK_BY, context, FORECAST_RANKINGS)
        date_field = self.parameterAsString(parameters, self.DATE_FIELD, context)
        refuse_number_field(incidents, date_field)
        start, end = (date_parameter(self, parameters, name, context)
                      for name in (self.START_DATE, self.END_DATE))
        if (start is not None or end is not None) and not date_field:
            raise QgsProcessingException(self.tr("A date range needs the incident date field."))
        return {"incidents": incidents, "rank_by": rank_by, "date_field": date_field,
                "start": start, "end": end,
                "purpose": self.purpose_value(parameters, context),
                "k": self.min_count_value(parameters, context)}

    def evaluate(self, parameters, context, settings, provenance, feedback):
        """The score and the second score (when given), each with its curve; the notes."""
        run = ScoreReading(self, parameters, context, settings["incidents"],
                           settings["date_field"], provenance, feedback)
        specs = [("score", (self.SCORE_LAYER, self.SCORE_FIELD, self.SCORE_RASTER,
                            self.SCORE_BAND), True),
                 ("compare", (self.COMPARE_LAYER, self.COMPARE_FIELD, self.COMPARE_RASTER,
                              self.COMPARE_BAND), False)]
        evaluated, notes = [], []
        for key, names, required in specs:
            self.stop_if_canceled(feedback)
            score = read_score(run, names, required)
            if score is None:
                continue
            notes += evaluate_score(score, (settings["date_field"], settings["start"],
                                            settings["end"]), settings["k"], feedback)
            score["key"] = key
            evaluated.append(score)
            feedback.setProgress(45 * len(evaluated))
        return evaluated, notes

