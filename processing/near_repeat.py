"""wijkradar:near_repeat: the Knox test of repeat and near-repeat victimisation."""

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
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
from ..core.provenance import write_sidecar
from .algorithm import WijkradarAlgorithm, core_errors
from .bridge import attribute_value, metric_crs_for, new_field
from .choice_parameters import chosen_value, enum_parameter
from .compat import (
    GeometryType,
    ProcessingDateTimeParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
    WkbType,
)
from .date_reading import checked_dates, refuse_number_field
from .dependencies import require
from .layer_input import input_source
from .provenance import OutputProvenance
from .risk_inputs import layer_label, point_reader, read_points, type_filter
from .shared_parameters import MinCountParameter, PurposeParameter, ReportParameter

TABLE_FIELDS = (("distance_band", "string"), ("distance_min_m", "int"),
                ("distance_max_m", "int"), ("time_band", "string"), ("days_min", "int"),
                ("days_max", "int"), ("observed", "int"), ("expected", "double"),
                ("knox_ratio", "double"), ("p_value", "double"), ("onderdrukt", "bool"))


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
        return self.tr(
            "<p>After a burglary the same home and the homes nearby run a raised risk for a "
            "few weeks (Townsley, Homel & Chaseling 2003; Johnson & Bowers 2004). This is the "
            "Knox test (Knox 1964) as Ratcliffe's Near Repeat Calculator (2009) does it: "
            "every pair of incidents falls in a distance band (same location, 1 to 100 m, "
            "101 to 200 m, ..., more than the last band) and a time band (0 to 7 days, 8 to "
            "14, ..., more than the last band). The expected count of each cell is its mean "
            "over random permutations of the dates over the locations (seeded, so a run can "
            "be repeated); the <b>Knox ratio</b> is observed / expected and "
            "<b>p</b> = (1 + permutations with at least the observed count) / (permutations "
            "+ 1).</p>"
            "<p>Distances are in whole metres: geographic input is projected to RD New "
            "(EPSG:28992) for Dutch data, else to its UTM zone (the log says so). Time "
            "differences are whole days; text dates (2024-03-18, 18-03-2024) are read as "
            "everywhere in Wijkradar, and incidents without a usable date are left out and "
            "counted in the log. The type field and values select incidents (e.g. only "
            "burglaries).</p>"
            "<p><b>Outputs</b>: a table with one row per cell, an HTML report with the ratios "
            "shaded where p &lt; 0.05 and p &le; 0.01 and the result in plain words, and the "
            "suggested near-repeat window NEAR_REPEAT_DISTANCE (metres) and "
            "NEAR_REPEAT_DAYS: the largest distance and time band raised (p &lt; 0.05, ratio "
            "above 1) without a gap from the first band beyond the same location, both 0 "
            "without a near-repeat pattern. In the modeler they can set the near-repeat "
            "window of the postcode risk forecast or the half-life of prospective kernel "
            "density hotspots.</p>"
            "<p><b>Privacy</b>: observed pair counts below k (default 5) and their ratios "
            "are left empty and flagged in 'onderdrukt'.</p>"
            "<p>References: Knox, G. (1964), The detection of space-time interactions; "
            "Townsley, M., Homel, R. & Chaseling, J. (2003), Infectious burglaries; Johnson, "
            "S.D. & Bowers, K.J. (2004), The burglary as clue to the future; Ratcliffe, J.H. "
            "(2009), Near Repeat Calculator version 1.3.</p>")

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
        table_id = self.write_table(parameters, context, table, provenance)
        info = {"lead": self.lead(parameters, context, source, result, days, types),
                "notes": notes}
        self.stop_if_canceled(feedback)
        report_path = self.write_report(parameters, context, (result, table, sentences, info),
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
        first, last = (self.parameterAsDateTime(parameters, name, context)
                       for name in (self.START_DATE, self.END_DATE))
        first, last = (np.datetime64(d.date().toString("yyyy-MM-dd")) if d.isValid() else None
                       for d in (first, last))
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

    def lead(self, parameters, context, source, result, days, types):
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        used = days[~np.isnat(days)]
        text = self.tr("{:,} incidents from '{}', {} to {}.").format(
            result.n_incidents, layer_label(layer) if layer is not None else source.sourceName(),
            used.min(), used.max())
        return text + (" " + self.tr("Types: {}.").format(types) if types else "")

    def write_table(self, parameters, context, table, provenance):
        fields = QgsFields()
        for name, kind in TABLE_FIELDS:
            fields.append(new_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             WkbType.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for row in table[[name for name, _ in TABLE_FIELDS]].itertuples(index=False):
            feature = QgsFeature(fields)
            feature.setAttributes([attribute_value(value) for value in row])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        del sink  # closes a file output before its sidecar is written beside it
        provenance.finish({"table": dest_id}, dest_id, title=self.tr("Knox table"))
        return dest_id

    def write_report(self, parameters, context, contents, k, provenance):
        from ..core.near_repeat_report import report

        path = self.report_path(parameters, context)
        record, _ = provenance.finish({"report": path}, None,
                                      title=self.tr("Near-repeat report"))
        write_sidecar(path, record)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(report(*contents, record, k))
        return path


def quoted(values_text):
    """"a, b" as "'a', 'b'" (the type values as the texts name them)."""
    return ", ".join(f"'{v.strip()}'" for v in (values_text or "").split(",") if v.strip())
