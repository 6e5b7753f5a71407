"""wijkradar:check_disclosure: tables of counts that will be shared together, checked for
small counts and for suppressed counts the other tables give back."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.field_words import (
    COUNT_AREA_NAMES,
    COUNT_NAMES,
    COUNT_PERIOD_NAMES,
    SUPPRESSED_FLAG_NAMES,
)
from .algorithm import WijkradarAlgorithm, core_errors
from .compat import ProcessingSourceType
from .dependencies import require
from .io.tables import attribute_columns
from .provenance import OutputProvenance, layer_hash
from .shared_parameters import MinCountParameter, PurposeParameter, ReportParameter
from .styles import style_on_load

FINDING_FIELDS = (("table", "string"), ("area", "string"), ("period", "string"),
                  ("kind", "string"), ("detail", "string"), ("low", "double"),
                  ("high", "double"))


class CheckDisclosureAlgorithm(MinCountParameter, PurposeParameter, ReportParameter,
                               WijkradarAlgorithm):
    TABLES = "TABLES"
    COUNT_FIELD = "COUNT_FIELD"
    AREA_FIELD = "AREA_FIELD"
    PERIOD_FIELD = "PERIOD_FIELD"
    K = "K"
    OUTPUT = "OUTPUT"
    VERDICT = "VERDICT"
    N_SMALL = "N_SMALL"
    N_RECOVERABLE = "N_RECOVERABLE"

    def name(self):
        return "check_disclosure"

    def displayName(self):
        return self.tr("Check disclosure before sharing")

    def group(self):
        return self.tr("Privacy")

    def groupId(self):
        return "privacy"

    def shortDescription(self):
        return self.tr("Tables of counts to be shared together: small counts, and suppressed "
                       "counts the other tables give back.")

    def shortHelpString(self):
        return self.tr(
            "<p>Checks a set of layers or tables of counts that will leave the office "
            "together (counts per PC6 and per PC4, per area and week and per area, per buurt "
            "and per wijk), before they are shared. It reports every published count from 1 "
            "to k-1, and every empty (suppressed) count that a reader can recompute, or "
            "bound below k, from all the tables together: the check solves the sums that "
            "link them (minimum and maximum of each empty count by linear programming, with "
            "counts never negative), as an attacker would.</p>"
            "<p>Links are found from the ids and periods: a table with periods next to one "
            "without, on the same ids, holds the totals over the periods; a table whose ids "
            "are the first characters of another's (PC4 of PC6, wijk of buurt codes) holds "
            "the totals of its areas. The log lists the links used. Empty counts are NULL "
            "counts or rows flagged in 'onderdrukt'.</p>"
            "<p>Verdict 'fail' when anything is found: protect the tables with secondary "
            "suppression (empty a few more counts in each row, column or group with an empty "
            "count, as CBS does with tau-ARGUS: Hundepool et al. 2012, <i>Statistical "
            "Disclosure Control</i>, Wiley), or share fewer tables.</p>")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.TABLES, self.tr("Tables of counts shared together"),
            ProcessingSourceType.Vector))
        self.addParameter(QgsProcessingParameterString(
            self.COUNT_FIELD, self.tr("Count field (default: n_incidents, count or aantal)"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.AREA_FIELD, self.tr("Area id field (default: postcode, cell_id, buurtcode ...)"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.PERIOD_FIELD, self.tr("Period field (default: datum, when present)"),
            optional=True))
        self.add_min_count_parameter("shown", name=self.K)
        self.add_purpose_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Disclosure findings"), ProcessingSourceType.Vector,
            optional=True, createByDefault=True))
        self.add_report_parameter(self.tr("Disclosure report"), optional=True)
        self.addOutput(QgsProcessingOutputString(self.VERDICT,
                                                 self.tr("Verdict (pass or fail)")))
        self.addOutput(QgsProcessingOutputNumber(self.N_SMALL, self.tr("Counts below k")))
        self.addOutput(QgsProcessingOutputNumber(self.N_RECOVERABLE,
                                                 self.tr("Suppressed counts recoverable")))

    def processAlgorithm(self, parameters, context, feedback):
        require("numpy", "scipy")
        from wijkradar.core.disclosure_check import check_tables

        layers = self.parameterAsLayerList(parameters, self.TABLES, context)
        k = self.min_count_value(parameters, context, name=self.K)
        if not layers:
            raise QgsProcessingException(self.tr("Choose at least one table of counts."))
        if k < 1:
            raise QgsProcessingException(self.tr("k must be at least 1."))
        names = {name: self.parameterAsString(parameters, name, context)
                 for name in (self.COUNT_FIELD, self.AREA_FIELD, self.PERIOD_FIELD)}
        tables = [self.read_table(layer, names, feedback) for layer in layers]
        self.stop_if_canceled(feedback)
        feedback.setProgressText(self.tr("Solving the sums that link the tables"))
        with core_errors():
            result = check_tables(tables, k)
        self.stop_if_canceled(feedback)
        for text in result.links:
            feedback.pushInfo(self.tr("Link: {}").format(text))
        if not result.links and len(tables) > 1:
            feedback.pushInfo(self.tr("No links found between the tables: each was checked "
                                      "on its own."))
        small = sum(f.kind == "small_count" for f in result.findings)
        recoverable = len(result.findings) - small
        summary = self.tr("{} counts below {} shown, {} suppressed counts recoverable.").format(
            small, k, recoverable)
        feedback.pushInfo(summary)
        provenance = OutputProvenance(self, parameters, context,
                                      self.purpose_value(parameters, context))
        for layer in layers:
            provenance.add_input(layer.name(), layer.publicSource(), layer.featureCount(),
                                 layer_hash(layer))
        provenance.note(summary)
        outputs = {self.OUTPUT: self.write_findings(parameters, context, result, provenance),
                   self.REPORT: self.write_report(parameters, context, result, summary,
                                                  provenance)}
        if outputs[self.OUTPUT] is None and outputs[self.REPORT] is None:
            provenance.finish({})
        outputs.update({self.VERDICT: "fail" if result.findings else "pass",
                        self.N_SMALL: small, self.N_RECOVERABLE: recoverable})
        return outputs

    def read_table(self, layer, names, feedback):
        from wijkradar.core.disclosure_check import CountTable

        fields = layer.fields().names()
        if layer.featureCount() == 0:
            raise QgsProcessingException(self.tr("Table '{}' has no rows.").format(layer.name()))
        count = self.pick(layer, names[self.COUNT_FIELD], COUNT_NAMES, self.tr("count"))
        area = self.pick(layer, names[self.AREA_FIELD], COUNT_AREA_NAMES, self.tr("area id"))
        period = names[self.PERIOD_FIELD] or next((n for n in COUNT_PERIOD_NAMES if n in fields),
                                                  None)
        flag = next((n for n in SUPPRESSED_FLAG_NAMES if n in fields), None)
        wanted = [n for n in (area, count, period, flag) if n and n in fields]
        columns = attribute_columns(layer, wanted, feedback=feedback)
        counts = [float("nan") if v is None else _number(v, layer, count)
                  for v in columns[count]]
        flags = [bool(v) for v in columns[flag]] if flag else [False] * len(counts)
        periods = [str(v) for v in columns[period]] if period in columns else None
        return CountTable(layer.name(), [str(v) for v in columns[area]], periods, counts, flags)

    def pick(self, layer, chosen, candidates, what):
        fields = layer.fields().names()
        if chosen:
            if chosen not in fields:
                raise QgsProcessingException(self.tr(
                    "Table '{}' has no field '{}' (fields: {}).").format(
                        layer.name(), chosen, ", ".join(fields)))
            return chosen
        found = next((n for n in candidates if n in fields), None)
        if found is None:
            raise QgsProcessingException(self.tr(
                "Table '{}' has no {} field among {}: choose one (fields: {}).").format(
                    layer.name(), what, ", ".join(candidates), ", ".join(fields)))
        return found

    def write_findings(self, parameters, context, result, provenance):
        from .privacy_scan import write_rows

        rows = ([f.table, f.area, f.period, f.kind, f.detail, _plain(f.low), _plain(f.high)]
                for f in result.findings)
        dest_id = write_rows(self, parameters, self.OUTPUT, context, FINDING_FIELDS, rows)
        if dest_id is None:
            return None
        _, metadata = provenance.finish({"findings": dest_id}, dest_id,
                                        title=self.tr("Disclosure findings"))
        style_on_load(context, dest_id, style_function=lambda layer: layer.setMetadata(metadata))
        return dest_id

    def write_report(self, parameters, context, result, summary, provenance):
        path = self.report_path(parameters, context)
        if not path:
            return None
        from wijkradar.core.provenance import summary_line, write_text

        from .privacy_scan import html_report

        record, _ = provenance.finish({"report": path}, path,
                                      title=self.tr("Disclosure report"))
        headers = (self.tr("Table"), self.tr("Area"), self.tr("Period"), self.tr("Finding"),
                   self.tr("Detail"))
        kinds = {"small_count": self.tr("count below k"),
                 "recoverable": self.tr("recoverable")}
        rows = [(f.table, f.area, f.period, kinds[f.kind], f.detail) for f in result.findings]
        links = "; ".join(result.links) or self.tr("none")
        write_text(path, html_report(
            self.tr("Disclosure check"), self.tr("Verdict"),
            self.tr("fail") if result.findings else self.tr("pass"), summary, headers, rows,
            self.tr("Nothing found: the tables may be shared together."),
            self.tr("Links between the tables: {}").format(links), summary_line(record)))
        return path


def _number(value, layer, field):
    try:
        return float(value)
    except (TypeError, ValueError):
        raise QgsProcessingException(QCoreApplication.translate(
            "CheckDisclosureAlgorithm", "Field '{}' of '{}' holds '{}', not a number.").format(
                field, layer.name(), value)) from None


def _plain(value):
    return None if value != value or value in (float("inf"), float("-inf")) else float(value)
