"""wijkradar:area_monitor_index: a composite neighbourhood index from monitor indicators."""

from qgis.core import (
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.choices import MONITOR_METHODS, MONITOR_MISSING, MONITOR_READY_SPECS
from .algorithm import WijkradarAlgorithm, core_errors
from .choice_parameters import chosen_value, enum_parameter
from .compat import (
    GeometryType,
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
    field_names,
)
from .dependencies import require
from .help.area_monitor_index import help_html
from .io.areas import read_areas
from .io.gdal_files import ogr_location
from .io.values import attribute_rows, new_field, write_with_new_values
from .layer_input import input_source
from .provenance import OutputProvenance
from .shared_parameters import PurposeParameter

DEFAULT_SPEC = ("gemiddeld_inkomen_per_inwoner:+:1:income; "
                "percentage_huishoudens_met_laag_inkomen:-:1:income; "
                "percentage_huishoudens_onder_of_rond_sociaal_minimum:-:1:income; "
                "netto_arbeidsparticipatie:+:1:participation")
FIXED_FIELDS = (("composite", "double"), ("score", "double"), ("monitor_class", "int"),
                ("class_en", "string"), ("class_nl", "string"), ("monitor_rank", "int"),
                ("n_indicators", "int"), ("coverage_pct", "double"))



class AreaMonitorIndexAlgorithm(PurposeParameter, WijkradarAlgorithm):
    INPUT = "INPUT"
    INDICATORS = "INDICATORS"
    SPEC = "SPEC"
    READY = "READY"
    METHOD = "METHOD"
    MISSING = "MISSING"
    MIN_COVERAGE = "MIN_COVERAGE"
    OUTPUT = "OUTPUT"

    def name(self):
        return "area_monitor_index"

    def displayName(self):
        return self.tr("Area monitor index")

    def group(self):
        return self.tr("Area monitor")

    def groupId(self):
        return "area_monitor"

    def shortDescription(self):
        return self.tr("Composite neighbourhood index, 0-100 score, five classes and rank "
                       "from monitor indicators.")

    def shortHelpString(self):
        return help_html()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Areas with monitor indicators"),
            [ProcessingSourceType.VectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.INDICATORS, self.tr("Indicator fields (default: every field of the "
                                     "specification)"),
            parentLayerParameterName=self.INPUT, type=ProcessingFieldParameterDataType.Numeric,
            allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SPEC, self.tr("Indicator specification (field:direction:weight:domain; ...)"),
            defaultValue=DEFAULT_SPEC, multiLine=True))
        self.addParameter(enum_parameter(
            self.READY, self.tr("Ready specification"), MONITOR_READY_SPECS,
            optional=True))  # optional: models saved before it still validate
        self.addParameter(enum_parameter(self.METHOD, self.tr("Method"), MONITOR_METHODS))
        self.addParameter(enum_parameter(self.MISSING, self.tr("Missing indicator values"),
                                         MONITOR_MISSING))
        coverage = QgsProcessingParameterNumber(
            self.MIN_COVERAGE, self.tr("Minimum share of the total weight an area needs (%)"),
            ProcessingNumberParameterType.Double, 50.0, minValue=0.0, maxValue=100.0)
        self.add_advanced(coverage)
        self.add_purpose_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Area monitor index"), ProcessingSourceType.VectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):
        require("numpy", "pandas")
        import pandas as pd

        from ..core import area_monitor

        source = input_source(self, parameters, self.INPUT, context, feedback,
                              GeometryType.Polygon, self.tr("The area layer"))
        ready = chosen_value(self, parameters, self.READY, context, MONITOR_READY_SPECS)
        with core_errors():
            if ready:
                spec, lacking = area_monitor.ready_spec(ready, source.fields().names())
                if lacking:
                    feedback.pushInfo(self.tr("Not in the layer, so not in the ready "
                                              "specification: {}.").format(", ".join(lacking)))
            else:
                spec = area_monitor.parse_spec(
                    self.parameterAsString(parameters, self.SPEC, context))
            indicators = area_monitor.select_indicators(
                spec, field_names(self, parameters, self.INDICATORS, context))
        self.check_fields(source, indicators)
        method = chosen_value(self, parameters, self.METHOD, context, MONITOR_METHODS)
        missing = chosen_value(self, parameters, self.MISSING, context, MONITOR_MISSING)
        min_coverage = self.parameterAsDouble(parameters, self.MIN_COVERAGE, context) / 100.0
        feedback.pushInfo(self.tr("Indicators: {}; method {}.").format(
            area_monitor.format_spec(indicators), method))
        areas = read_areas(source, [i.field for i in indicators], with_geometry=False,
                           feedback=feedback,
                           location=ogr_location(self, parameters, self.INPUT, context))
        self.stop_if_canceled(feedback)
        frame = pd.DataFrame(areas.values)
        with core_errors():
            result = area_monitor.composite_index(
                frame, indicators, method, missing, min_coverage,
                labels=[self.tr("feature {}").format(fid) for fid in areas.fids])
        self.report(result, len(areas), feedback)
        provenance = OutputProvenance(self, parameters, context,
                                      self.purpose_value(parameters, context))
        provenance.add_input(source.sourceName(), source.sourceName(), len(areas),
                             areas.content_hash)
        provenance.note(self.tr("Index of {} ({}), indicators {}; score 0 = weakest, 100 = "
                                "strongest area of the layer; classes are equal-count "
                                "quintiles.").format(
            len(result.used), method, area_monitor.format_spec(result.used)))
        dest_id = self.write(parameters, context, source, areas, result, feedback, provenance)
        return {self.OUTPUT: dest_id, "N_AREAS": len(areas),
                "N_WITHOUT_INDEX": result.n_without_index,
                "INDICATORS_USED": area_monitor.format_spec(result.used)}

    def check_fields(self, source, indicators):
        fields = source.fields()
        for indicator in indicators:
            index = fields.lookupField(indicator.field)
            if index < 0:
                raise QgsProcessingException(self.tr(
                    "The indicator field '{}' is not in the layer {}. Fields there: {}. Adjust "
                    "the indicator specification.").format(
                    indicator.field, source.sourceName(), ", ".join(fields.names())))
            if not fields.at(index).isNumeric():
                raise QgsProcessingException(self.tr(
                    "The indicator field '{}' is not numeric ({}).").format(
                    indicator.field, fields.at(index).typeName()))

    def report(self, result, n_areas, feedback):
        if result.sentinels:
            feedback.pushWarning(self.tr(
                "CBS codes for secret or unknown figures (-99999999, -99999997, ...) read as "
                "missing values: {}.").format(", ".join(
                    f"{name} {count}" for name, count in result.sentinels.items())))
        for name, reason in result.dropped.items():
            if reason == "constant":
                feedback.pushWarning(self.tr(
                    "Indicator '{}' has the same value in every area and is left out.").format(
                    name))
            else:
                feedback.pushWarning(self.tr(
                    "Indicator '{}' has a value in fewer than two areas and is left out."
                ).format(name))
        if result.missing:
            feedback.pushWarning(self.tr(
                "Missing indicator values, areas without a value out of {}: {}. Those areas "
                "are averaged over the indicators they have.").format(n_areas, ", ".join(
                    f"{name} {count}" for name, count in result.missing.items())))
        if result.n_without_index:
            feedback.pushWarning(self.tr(
                "{} areas have too few indicator values and get no index, class or rank."
            ).format(result.n_without_index))
        feedback.pushInfo(self.tr("{} areas indexed; domains: {}.").format(
            n_areas - result.n_without_index, ", ".join(result.domains) or "-"))

    def write(self, parameters, context, source, areas, result, feedback, provenance):
        from ..core.area_monitor import index_column_names

        new_names = index_column_names(result.domains)
        kinds = dict(FIXED_FIELDS)
        fields = QgsFields()
        kept = []
        for index, existing in enumerate(source.fields()):
            if existing.name() in new_names:
                feedback.pushWarning(self.tr("The input field '{}' is replaced by the new "
                                             "value of the same name.").format(existing.name()))
                continue
            fields.append(existing)
            kept.append(index)
        for name in new_names:
            fields.append(new_field(name, kinds.get(name, "double")))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        table = result.table[new_names]
        rows = areas.row_of_fid()
        values = attribute_rows(table)
        write_with_new_values(sink, source, fields, kept, values, rows, feedback,
                              len(areas))
        del sink
        _, metadata = provenance.finish({"index": dest_id}, dest_id,
                                        title=self.tr("Area monitor index"))
        from .area_monitor_style import index_renderer, style_output
        from .provenance import file_of

        style_output(context, dest_id, file_of(dest_id), index_renderer, metadata)
        return dest_id
