"""wijkradar:emerging_hotspots: hot and cold spots in space and time, in ArcGIS's 17 patterns."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..core import emerging_patterns as patterns
from ..core.choices import EMERGING_SIGNIFICANCE, EMERGING_TIME_STEPS, EMERGING_TOO_SHORT
from . import emerging_io
from .algorithm import WijkradarAlgorithm, core_errors
from .choice_parameters import chosen_value, enum_parameter
from .compat import (
    GeometryType,
    ProcessingDateTimeParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
)
from .dependencies import require
from .emerging_output import (
    HOT_PATTERNS,
    pattern_output,
    write_outputs,
    write_without_patterns,
)
from .help.emerging_hotspots import help_html
from .io.crs import metric_crs_for
from .io.dates import checked_dates, date_parameter, refuse_number_field
from .io.point_tables import point_reader, read_points
from .layer_input import input_source, report_skipped
from .provenance import OutputProvenance
from .shared_parameters import MinCountParameter, PurposeParameter, ReportParameter


class NoPatternsError(Exception):
    """Too few time steps, and the run is to go on without patterns (TOO_SHORT)."""


class EmergingHotspotsAlgorithm(MinCountParameter, PurposeParameter, ReportParameter,
                                WijkradarAlgorithm):
    INCIDENTS = "INCIDENTS"
    DATE_FIELD = "DATE_FIELD"
    AREAS = "AREAS"
    ID_FIELD = "ID_FIELD"
    CELL_SIZE = "CELL_SIZE"
    TIME_STEP = "TIME_STEP"
    STEPS = "STEPS"
    END_DATE = "END_DATE"
    TIME_WINDOW = "TIME_WINDOW"
    DISTANCE = "DISTANCE"
    SIGNIFICANCE = "SIGNIFICANCE"
    FDR = "FDR"
    TOO_SHORT = "TOO_SHORT"
    OUTPUT = "OUTPUT"
    STEP_TABLE = "STEP_TABLE"

    def name(self):
        return "emerging_hotspots"

    def displayName(self):
        return self.tr("Emerging hot spots")

    def group(self):
        return self.tr("Hotspots")

    def groupId(self):
        return "hotspots"

    def shortDescription(self):
        return self.tr("New, intensifying, persistent, fading ... hot and cold spots: Gi* per "
                       "time step and a Mann-Kendall trend, in ArcGIS's 17 patterns.")

    def shortHelpString(self):
        return help_html()

    def initAlgorithm(self, config=None):
        number = ProcessingNumberParameterType
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INCIDENTS, self.tr("Incidents (points)"), [ProcessingSourceType.VectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.DATE_FIELD, self.tr("Incident date field"),
            parentLayerParameterName=self.INCIDENTS))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Areas (PC6, buurten; empty: a square grid)"),
            [ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, self.tr("Area id field"), parentLayerParameterName=self.AREAS,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Grid cell size without areas (metres, at least 100)"),
            number.Double, 250.0, minValue=100.0))
        self.addParameter(enum_parameter(self.TIME_STEP, self.tr("Time step"),
                                         EMERGING_TIME_STEPS, default="auto"))
        self.addParameter(QgsProcessingParameterNumber(
            self.STEPS, self.tr("Number of time steps (0: the last 52 weeks' worth)"),
            number.Integer, 0, minValue=0))
        self.addParameter(QgsProcessingParameterDateTime(
            self.END_DATE, self.tr("Last date to use (default: the latest incident)"),
            ProcessingDateTimeParameterDataType.Date, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.TIME_WINDOW, self.tr("Time window (previous steps in a neighbourhood)"),
            number.Integer, 1, minValue=0, maxValue=52))
        self.addParameter(QgsProcessingParameterNumber(
            self.DISTANCE, self.tr("Distance band (metres; 0: areas that touch, cells "
                                   "around a cell)"), number.Double, 0.0, minValue=0.0))
        self.addParameter(enum_parameter(self.SIGNIFICANCE, self.tr("Significance"),
                                         EMERGING_SIGNIFICANCE, default=0.05))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FDR, self.tr("False Discovery Rate correction"), defaultValue=True))
        self.add_min_count_parameter("incident counts")
        too_short = enum_parameter(
            self.TOO_SHORT, self.tr("When the incidents span fewer than 10 time steps"),
            EMERGING_TOO_SHORT, default="stop")
        self.add_advanced(too_short)
        self.add_purpose_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Emerging hot spots"), ProcessingSourceType.VectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.STEP_TABLE, self.tr("Gi* per location and time step"),
            ProcessingSourceType.Vector))
        self.add_report_parameter(self.tr("Emerging hot spots report"))
        self.addOutput(QgsProcessingOutputString("TIME_STEP_USED", self.tr("Time step used")))
        for name, text in (("N_STEPS", self.tr("Time steps analysed")),
                           ("N_LOCATIONS", self.tr("Locations analysed")),
                           ("N_INCIDENTS", self.tr("Incidents counted"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))
        for code in HOT_PATTERNS:  # how many of each, for a summary or a model's condition
            self.addOutput(QgsProcessingOutputNumber(
                pattern_output(code), self.tr("Locations: {}").format(patterns.name(code))))

    def processAlgorithm(self, parameters, context, feedback):
        require("numpy", "scipy", "pandas", "shapely")
        from ..core.emerging_report import summary
        from ..core.suppression import metadata_note

        with core_errors():  # k is checked before the work
            metadata_note(self.min_count_value(parameters, context))
        provenance = OutputProvenance(self, parameters, context,
                                      self.purpose_value(parameters, context))
        places, dates = self.read(parameters, context, provenance, feedback)
        feedback.setProgress(25)
        try:
            result, weights, places = self.analyse(parameters, context, places, dates,
                                                   feedback)
        except NoPatternsError as short:
            return write_without_patterns(self, parameters, context, places, str(short),
                                          provenance, feedback)
        info = summary(result, weights.describe(), places.metric_crs.authid())
        for line in info["settings"] + info["notes"] + [info["counts"]]:
            feedback.pushInfo(line)
        for line in info["settings"]:
            provenance.note(line)
        return write_outputs(self, parameters, context, result, places, info, provenance,
                             feedback)

    def read(self, parameters, context, provenance, feedback):
        """The locations (areas or grid cells, in metres) and the incidents' dates."""
        incidents = input_source(self, parameters, self.INCIDENTS, context, feedback,
                                 GeometryType.Point, self.tr("Incidents"))
        areas = input_source(self, parameters, self.AREAS, context, feedback,
                             GeometryType.Polygon, self.tr("Areas"), optional=True)
        date_field = self.parameterAsString(parameters, self.DATE_FIELD, context)
        refuse_number_field(incidents, date_field)
        reference = areas or incidents
        crs = metric_crs_for(reference.sourceCrs(), reference.sourceExtent())
        if crs != reference.sourceCrs():
            feedback.pushInfo(self.tr("{} is not in metres ({}): neighbours and grid cells "
                                      "are computed in {}.").format(
                reference.sourceName(), reference.sourceCrs().authid(), crs.authid()))
        points = read_points(point_reader(self, parameters, self.INCIDENTS, context,
                                          incidents, crs, date_field), feedback)
        dates = checked_dates(points.parsed, date_field, feedback).days
        report_skipped(feedback, points.null_geometries, self.tr("incidents"))
        self.stop_if_canceled(feedback)
        provenance.add_input(incidents.sourceName(), incidents.sourceName(), points.features,
                             points.content_hash)
        if areas is None:
            return emerging_io.grid_cells(points.x, points.y, self.parameterAsDouble(
                parameters, self.CELL_SIZE, context), crs), dates
        places = emerging_io.read_areas(areas, crs, self.parameterAsString(
            parameters, self.ID_FIELD, context), points.x, points.y, feedback)
        provenance.add_input(areas.sourceName(), areas.sourceName(), places.features,
                             places.content_hash)
        report_skipped(feedback, places.null_geometries, self.tr("areas"))
        return places, dates

    def analyse(self, parameters, context, places, dates, feedback):
        from ..core import emerging

        with core_errors():
            try:
                cube = emerging.build_cube(
                    places.index, dates, len(places.ids),
                    chosen_value(self, parameters, self.TIME_STEP, context, EMERGING_TIME_STEPS),
                    self.parameterAsInt(parameters, self.STEPS, context),
                    self.end_date(parameters, context))
            except emerging.TooFewStepsError as error:
                if chosen_value(self, parameters, self.TOO_SHORT, context,
                                EMERGING_TOO_SHORT) == "go_on":
                    raise NoPatternsError(str(error)) from None
                raise
            if places.shapes is None:  # as ArcGIS: the cells with incidents in those steps
                occupied = cube.counts.sum(axis=0) > 0
                cube, places = cube.only(occupied), places.only(occupied)
            weights = emerging_io.neighbours(places, self.parameterAsDouble(
                parameters, self.DISTANCE, context), feedback)
            try:
                result = emerging.emerging_hotspots(
                    cube, weights, self.parameterAsInt(parameters, self.TIME_WINDOW, context),
                    chosen_value(self, parameters, self.SIGNIFICANCE, context,
                                 EMERGING_SIGNIFICANCE),
                    self.parameterAsBoolean(parameters, self.FDR, context),
                    progress=lambda percent: feedback.setProgress(25 + 0.6 * percent),
                    canceled=feedback.isCanceled)
            except emerging.CanceledError:
                self.stop_if_canceled(feedback)
                raise
        return result, weights, places

    def end_date(self, parameters, context):
        """END_DATE as 'yyyy-MM-dd', or None when it is not given."""
        chosen = date_parameter(self, parameters, self.END_DATE, context)
        return None if chosen is None else str(chosen)
