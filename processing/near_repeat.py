"""wijkradar:near_repeat: the Knox test of repeat and near-repeat victimisation."""

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.choices import NEAR_REPEAT_METRICS
from .algorithm import WijkradarAlgorithm, core_errors
from .choice_parameters import chosen_value, enum_parameter
from .compat import (
    GeometryType,
    ProcessingDateTimeParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
)
from .dependencies import require
from .help.near_repeat import help_html
from .io.crs import metric_crs_for
from .io.dates import checked_dates, date_parameter, refuse_number_field
from .io.point_tables import point_reader, read_points, type_filter
from .layer_input import input_source
from .near_repeat_output import lead, write_report, write_table
from .provenance import OutputProvenance
from .shared_parameters import MinCountParameter, PurposeParameter, ReportParameter


class NearRepeatAlgorithm(MinCountParameter, PurposeParameter, ReportParameter,
                          WijkradarAlgorithm):
    INPUT = "INPUT"
    DATE_FIELD = "DATE_FIELD"
    TYPE_FIELD = "TYPE_FIELD"
    TYPE_VALUES = "TYPE_VALUES"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    DISTANCE_BAND = "DISTANCE_BAND"
    DISTANCE_BANDS = "DISTANCE_BANDS"
    TIME_BAND = "TIME_BAND"
    TIME_BANDS = "TIME_BANDS"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    METRIC = "METRIC"
    OUTPUT = "OUTPUT"

    def name(self):
        return "near_repeat"

    def displayName(self):
        return self.tr("Near-repeat analysis (Knox test)")

    def group(self):
        return self.tr("Hotspots")

    def groupId(self):
        return "hotspots"

    def shortDescription(self):
        return self.tr("How far and how long the risk stays raised after an incident: "
                       "observed and expected pairs per distance and time band.")

    def shortHelpString(self):
        return help_html()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Incident points"), [ProcessingSourceType.VectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.DATE_FIELD, self.tr("Incident date field"), parentLayerParameterName=self.INPUT))
        self.addParameter(QgsProcessingParameterField(
            self.TYPE_FIELD, self.tr("Incident type field (to filter by type)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TYPE_VALUES, self.tr("Incident types to include (comma-separated)"),
            optional=True))
        for name, label in ((self.START_DATE, self.tr("First date to use")),
                            (self.END_DATE, self.tr("Last date to use"))):
            self.addParameter(QgsProcessingParameterDateTime(
                name, label, ProcessingDateTimeParameterDataType.Date, optional=True))
        for name, label, default, least, most in (
                (self.DISTANCE_BAND, self.tr("Distance band width (metres)"), 100, 1, 10000),
                (self.DISTANCE_BANDS, self.tr("Number of distance bands"), 4, 1, 20),
                (self.TIME_BAND, self.tr("Time band width (days)"), 7, 1, 365),
                (self.TIME_BANDS, self.tr("Number of time bands"), 4, 1, 20),
                (self.PERMUTATIONS, self.tr("Permutations"), 999, 99, 999)):
            self.addParameter(QgsProcessingParameterNumber(
                name, label, ProcessingNumberParameterType.Integer, default, minValue=least,
                maxValue=most))
        self.add_min_count_parameter("pair counts", maximum=1000)
        advanced = [
            QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"),
                                         ProcessingNumberParameterType.Integer, 1964, minValue=0),
            enum_parameter(self.METRIC, self.tr("Distance"), NEAR_REPEAT_METRICS)]
        self.add_advanced(*advanced)
        self.add_purpose_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Knox table"), ProcessingSourceType.Vector))
        self.add_report_parameter(self.tr("Near-repeat report"))
        for name, label in (("NEAR_REPEAT_DISTANCE", self.tr("Near-repeat distance (metres)")),
                            ("NEAR_REPEAT_DAYS", self.tr("Near-repeat time window (days)")),
                            ("N_INCIDENTS", self.tr("Incidents analysed"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString("SUMMARY", self.tr("Summary in plain words")))

    def processAlgorithm(self, parameters, context, feedback):
        require("numpy", "scipy", "pandas")
        from ..core import near_repeat
        from ..core.suppression import metadata_note, suppress_frame

        k = self.min_count_value(parameters, context)
        with core_errors():  # checks k before the work
            suppression_note = metadata_note(k, derived_columns=["knox_ratio"])
        source = input_source(self, parameters, self.INPUT, context, feedback,
                              GeometryType.Point, self.tr("Incidents"))
        points, days, notes = self.read_incidents(parameters, context, source, feedback)
        result = self.knox_test(parameters, context, points, days, feedback)
        types = quoted(self.parameterAsString(parameters, self.TYPE_VALUES, context))
        sentences = near_repeat.summary(result, types, k)
        for sentence in sentences:
            feedback.pushInfo(sentence)
        table = suppress_frame(near_repeat.cell_table(result), ["observed"], k,
                               derived_columns=["knox_ratio"])
        provenance = OutputProvenance(self, parameters, context,
                                      self.purpose_value(parameters, context))
        provenance.add_input(source.sourceName(), source.sourceName(), points.features,
                             points.content_hash)
        provenance.note(" ".join(sentences))
        provenance.note(suppression_note)
        self.stop_if_canceled(feedback)  # nothing is written after Cancel
        table_id = write_table(self, parameters, context, table, provenance)
        info = {"lead": lead(self, parameters, context, source, result, days, types),
                "notes": notes}
        self.stop_if_canceled(feedback)
        report_path = write_report(self, parameters, context, (result, table, sentences, info),
                                   k, provenance)
        window = near_repeat.near_repeat_window(result)
        feedback.setProgress(100)
        return {self.OUTPUT: table_id, self.REPORT: report_path,
                "NEAR_REPEAT_DISTANCE": window.distance, "NEAR_REPEAT_DAYS": window.days,
                "N_INCIDENTS": result.n_incidents, "SUMMARY": " ".join(sentences)}

    def read_incidents(self, parameters, context, source, feedback):
        """Points in metres (of the chosen types) and their dates to use, with notes."""
        date_field = self.parameterAsString(parameters, self.DATE_FIELD, context)
        refuse_number_field(source, date_field)
        crs = metric_crs_for(source.sourceCrs(), source.sourceExtent())
        if crs != source.sourceCrs():
            feedback.pushInfo(self.tr("Distances are measured in {} (metres): the input is in "
                                      "{}.").format(crs.authid(), source.sourceCrs().authid()))
        type_field = self.parameterAsString(parameters, self.TYPE_FIELD, context)
        type_values = self.parameterAsString(parameters, self.TYPE_VALUES, context)
        expression = type_filter(type_field, type_values)
        points = read_points(point_reader(self, parameters, self.INPUT, context, source, crs,
                                          date_field, expression))
        self.stop_if_canceled(feedback)
        if expression and not len(points.x):
            raise QgsProcessingException(self.tr(
                "No incident has the type {} in '{}': the values are matched exactly as "
                "written.").format(quoted(type_values), type_field))
        return (points, *self.days_to_use(parameters, context, points, date_field, feedback))

    def knox_test(self, parameters, context, points, days, feedback):
        from ..core import near_repeat

        number = self.parameterAsInt
        bands = (number(parameters, name, context) for name in (
            self.DISTANCE_BAND, self.DISTANCE_BANDS, self.TIME_BAND, self.TIME_BANDS))
        with core_errors():
            try:
                return near_repeat.knox_test(
                    points.x, points.y, days, near_repeat.Bands(*bands),
                    number(parameters, self.PERMUTATIONS, context),
                    number(parameters, self.SEED, context),
                    chosen_value(self, parameters, self.METRIC, context, NEAR_REPEAT_METRICS),
                    progress=lambda percent: feedback.setProgress(5 + 0.9 * percent),
                    canceled=feedback.isCanceled)
            except near_repeat.CanceledError:
                self.stop_if_canceled(feedback)
                raise

    def days_to_use(self, parameters, context, points, date_field, feedback):
        """The incidents' dates, NaT where unusable or outside the chosen range (reported)."""
        first, last = (date_parameter(self, parameters, name, context)
                       for name in (self.START_DATE, self.END_DATE))
        if first is not None and last is not None and first > last:
            raise QgsProcessingException(self.tr(
                "The first date to use, {}, lies after the last, {}.").format(first, last))
        usable = checked_dates(points.parsed, date_field, feedback, first, last)
        notes = usable.messages(date_field)
        days = usable.days.copy()
        outside = ((days < first) if first is not None else False) | (
            (days > last) if last is not None else False)
        if np.any(outside):
            days[outside] = np.datetime64("NaT")
            notes.append(self.tr("{} incidents outside the chosen dates were left out.")
                         .format(int(np.sum(outside))))
            feedback.pushWarning(notes[-1])
        if points.null_geometries:
            notes.append(self.tr("{} incidents without a geometry were left out.")
                         .format(points.null_geometries))
            feedback.pushWarning(notes[-1])
        return days, notes

def quoted(values_text):
    """"a, b" as "'a', 'b'" (the type values as the texts name them)."""
    return ", ".join(f"'{v.strip()}'" for v in (values_text or "").split(",") if v.strip())
