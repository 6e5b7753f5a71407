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
from ..core.provenance import write_sidecar, write_text
from . import emerging_io
from .algorithm import WijkradarAlgorithm, core_errors
from .bridge import metric_crs_for
from .choice_parameters import chosen_value, enum_parameter
from .compat import (
    GeometryType,
    ProcessingDateTimeParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
)
from .date_reading import checked_dates, refuse_number_field
from .dependencies import require
from .layer_input import input_source, report_skipped
from .provenance import OutputProvenance, file_of
from .risk_inputs import point_reader, read_points
from .shared_parameters import MinCountParameter, PurposeParameter, ReportParameter

LOCATION_FIELDS = (("category", "int"), ("pattern", "string"), ("n_hot", "int"),
                   ("n_cold", "int"), ("last_z", "double"), ("last_bin", "int"),
                   ("gi_trend_z", "double"), ("gi_trend_p", "double"),
                   ("count_trend_z", "double"), ("count_trend_p", "double"),
                   ("incidents", "int"), ("onderdrukt", "bool"))
HOT_PATTERNS = tuple(range(1, 9))  # the codes of the eight hot spot patterns


class NoPatternsError(Exception):
    """Too few time steps, and the run is to go on without patterns (TOO_SHORT)."""


def pattern_output(code):
    """The name of the output counting a pattern's locations: N_NEW_HOT, N_INTENSIFYING_HOT."""
    return f"N_{patterns.key(code).upper()}"


STEP_FIELDS = (("step", "int"), ("step_start", "date"), ("step_end", "date"), ("z", "double"),
               ("p", "double"), ("gi_bin", "int"))


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
        from ..core.emerging_patterns import definitions_html

        return self.tr(
            "<p>Counts incidents per location (the areas of a polygon layer such as PC6 or "
            "buurten, or the cells of a square grid that hold incidents) and time step, and "
            "computes the Getis-Ord Gi* z-score of every location in every step over its "
            "neighbours and the previous steps (<b>time window</b>, default 1), against the "
            "mean and standard deviation of the whole space-time cube. A step is a hot (cold) "
            "spot when its z-score is significant at the chosen level, with the False "
            "Discovery Rate correction over all location-steps (default). The Mann-Kendall "
            "trend of a location's z-scores (ties corrected) tells intensifying from "
            "diminishing; the trend of its counts is reported too.</p>"
            "<p><b>Time step</b>: weeks, months or quarters counted back from the last "
            "incident, so the final step is complete; 'automatic' takes the shortest with at "
            "least 10 steps and on average 0.1 incidents per location per step. <b>Number of "
            "steps</b>: 0 takes the last 52 weeks' worth (52 weeks, 12 months; at least 10), a "
            "number larger than the data hold takes all. "
            "<b>Last date to use</b>: the final step ends on it and later incidents are "
            "left out (an analysis as of a past date; default: the latest incident). "
            "<b>Fewer than 10 time steps</b> in the data stop the run with a message, or "
            "(advanced, for a chain such as the weekly briefing) give a warning and the "
            "locations without a pattern. "
            "<b>Neighbours</b>: areas that touch (queen, 0.5 m tolerance) or the grid cells "
            "around a cell; or the locations whose centres lie within a distance band. A "
            "geographic CRS is projected to metres (RD New for Dutch data), as the log says."
            "</p><p><b>Outputs</b>: the locations with their pattern, hot and cold steps, the "
            "last step's z-score, both trends and the incident count (counts below k empty "
            "and flagged in 'onderdrukt'), styled by pattern; z, p and Gi_Bin per location "
            "and step, for charts; an HTML report; the number of locations of each hot spot "
            "pattern (N_NEW_HOT, N_INTENSIFYING_HOT, ...). <b>Patterns</b> (Esri's definitions; "
            "90% means at least 90% of the steps):</p>") + definitions_html() + self.tr(
            "<p>References: Getis &amp; Ord (1992), Ord &amp; Getis (1995), Benjamini &amp; "
            "Hochberg (1995), Mann (1945), Kendall (1975), Esri: How Emerging Hot Spot "
            "Analysis works (ArcGIS Pro). Patterns reflect where incidents were recorded.</p>")

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
            return self.write_without_patterns(parameters, context, places, str(short),
                                               provenance, feedback)
        info = summary(result, weights.describe(), places.metric_crs.authid())
        for line in info["settings"] + info["notes"] + [info["counts"]]:
            feedback.pushInfo(line)
        for line in info["settings"]:
            provenance.note(line)
        return self.write(parameters, context, result, places, info, provenance, feedback)

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

    def write_without_patterns(self, parameters, context, places, reason, provenance,
                               feedback):
        """Too few time steps, and asked to go on: the locations without a pattern (empty
        fields), an empty step table, a report saying why, and a warning."""
        from ..core.emerging_report import report_without_patterns

        warning = self.tr("No emerging hot spots: {} The locations are written without a "
                          "pattern.").format(reason)
        feedback.pushWarning(warning)
        provenance.note(warning)
        empty = [None] * len(LOCATION_FIELDS)
        output_id = emerging_io.write_output(
            self, parameters, self.OUTPUT, context, [places.id_field, *LOCATION_FIELDS],
            ([ident, *empty] for ident in places.ids), places)
        provenance.finish({"locations": output_id}, output_id,
                          title=self.tr("Emerging hot spots"))
        table_id = emerging_io.write_output(
            self, parameters, self.STEP_TABLE, context, [("location", "string"), *STEP_FIELDS],
            iter(()), plain=True)
        provenance.finish({"steps": table_id}, table_id, title=self.tr("Gi* per time step"))
        report_path = self.report_path(parameters, context)
        record, _ = provenance.finish({"report": report_path}, None,
                                      title=self.tr("Emerging hot spots report"))
        write_sidecar(report_path, record)
        write_text(report_path, report_without_patterns(warning, record))
        return {self.OUTPUT: output_id, self.STEP_TABLE: table_id, self.REPORT: report_path,
                "TIME_STEP_USED": "", "N_STEPS": 0, "N_LOCATIONS": len(places.ids),
                "N_INCIDENTS": 0, **{pattern_output(code): 0 for code in HOT_PATTERNS}}

    def end_date(self, parameters, context):
        """END_DATE as 'yyyy-MM-dd', or None when it is not given."""
        chosen = self.parameterAsDateTime(parameters, self.END_DATE, context)
        return chosen.date().toString("yyyy-MM-dd") if chosen.isValid() else None

    def write(self, parameters, context, result, places, info, provenance, feedback):
        from ..core.emerging_report import emerging_report
        from ..core.suppression import metadata_note, suppress_frame
        from .area_monitor_style import style_output
        from .emerging_style import pattern_renderer

        self.stop_if_canceled(feedback)  # before each output: nothing is written after Cancel
        k = self.min_count_value(parameters, context)
        provenance.note(metadata_note(k))
        info["settings"].append(metadata_note(k))
        frame = suppress_frame(result.locations, ["incidents"], k)[
            [name for name, _ in LOCATION_FIELDS]]
        output_id = emerging_io.write_output(
            self, parameters, self.OUTPUT, context, [places.id_field, *LOCATION_FIELDS],
            ([ident, *row] for ident, row in zip(places.ids, frame.itertuples(index=False))),
            places)
        _, metadata = provenance.finish({"locations": output_id}, output_id,
                                        title=self.tr("Emerging hot spots"))
        style_output(context, output_id, file_of(output_id), pattern_renderer, metadata)
        feedback.setProgress(88)
        self.stop_if_canceled(feedback)
        table_id = emerging_io.write_output(
            self, parameters, self.STEP_TABLE, context, [("location", "string"), *STEP_FIELDS],
            emerging_io.step_rows(result, [str(i) for i in places.ids]), feedback=feedback,
            plain=True)
        self.stop_if_canceled(feedback)
        provenance.finish({"steps": table_id}, table_id, title=self.tr("Gi* per time step"))
        report_path = self.report_path(parameters, context)
        record, _ = provenance.finish({"report": report_path}, None,
                                      title=self.tr("Emerging hot spots report"))
        write_sidecar(report_path, record)
        with open(report_path, "w", encoding="utf-8") as handle:
            handle.write(emerging_report(result, info, record))
        feedback.setProgress(100)
        return {self.OUTPUT: output_id, self.STEP_TABLE: table_id, self.REPORT: report_path,
                "TIME_STEP_USED": result.cube.step, "N_STEPS": result.cube.n_steps,
                "N_LOCATIONS": result.cube.n_locations,
                "N_INCIDENTS": int(result.cube.counts.sum()),
                **{pattern_output(code): int(count) for code, count in
                   result.pattern_counts().items() if code in HOT_PATTERNS}}
