"""wijkradar:postcode_risk: validated risk scores per area with drivers and a report."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.choices import RISK_MODELS, RISK_PERIODS
from .algorithm import WijkradarAlgorithm
from .choice_parameters import chosen_value, enum_parameter
from .compat import (
    ProcessingDateTimeParameterDataType,
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
    field_names,
)
from .dependencies import require
from .help.postcode_risk import help_html
from .io.dates import date_parameter
from .risk_outputs import write_outputs
from .risk_run import area_features, count_incidents, forecast, read_inputs
from .shared_parameters import MinCountParameter, PurposeParameter, ReportParameter


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
        return help_html()

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
        inputs = read_inputs(self, parameters, context, feedback)
        panel = count_incidents(self, parameters, context, inputs, feedback)
        static, dated = area_features(self, parameters, context, inputs, panel, feedback)
        run = forecast(panel, inputs, static, dated, feedback)
        return write_outputs(self, parameters, context, inputs, panel, run, feedback)

    def read_settings(self, parameters, context):
        def date(name):
            return date_parameter(self, parameters, name, context)

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
