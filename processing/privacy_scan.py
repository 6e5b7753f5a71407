"""wijkradar:privacy_scan: finds personal data in a layer's field names and values."""

import html
import json

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QCoreApplication

from .algorithm import WijkradarAlgorithm
from .compat import ProcessingNumberParameterType, ProcessingSourceType, WkbType
from .dependencies import require
from .help.privacy_scan import help_html
from .io.labels import source_label
from .io.tables import attribute_columns, field_type_names
from .io.values import new_field
from .layer_input import input_source
from .provenance import OutputProvenance
from .shared_parameters import PurposeParameter, ReportParameter
from .styles import style_on_load

FINDING_FIELDS = (
    ("field", "string"), ("kind", "string"), ("label", "string"), ("severity", "string"),
    ("share", "double"), ("count", "int"), ("example", "string"), ("reason", "string"),
    ("source", "string"),
)


class PrivacyScanAlgorithm(PurposeParameter, ReportParameter, WijkradarAlgorithm):
    INPUT = "INPUT"
    SAMPLE_SIZE = "SAMPLE_SIZE"
    FAIL_ON_FINDINGS = "FAIL_ON_FINDINGS"
    OUTPUT = "OUTPUT"
    VERDICT = "VERDICT"
    N_FINDINGS = "N_FINDINGS"
    SUMMARY = "SUMMARY"

    def name(self):
        return "privacy_scan"

    def displayName(self):
        return self.tr("Privacy scan")

    def group(self):
        return self.tr("Privacy")

    def groupId(self):
        return "privacy"

    def shortDescription(self):
        return self.tr("Finds personal data (BSN, licence plates, names, addresses ...) in a "
                       "layer before it enters an analysis.")

    def shortHelpString(self):
        return help_html()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Layer or table to scan"), [ProcessingSourceType.Vector]))
        self.addParameter(QgsProcessingParameterNumber(
            self.SAMPLE_SIZE, self.tr("Features to scan at most (evenly spaced sample)"),
            ProcessingNumberParameterType.Integer, 10000, minValue=1))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FAIL_ON_FINDINGS, self.tr("Stop on personal data (verdict 'fail')"), False))
        self.add_purpose_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Privacy findings"), ProcessingSourceType.Vector,
            optional=True, createByDefault=True))
        self.add_report_parameter(self.tr("Privacy report"), optional=True)
        self.addOutput(QgsProcessingOutputString(
            self.VERDICT, self.tr("Verdict (pass, warn or fail)")))
        self.addOutput(QgsProcessingOutputNumber(self.N_FINDINGS, self.tr("Number of findings")))
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, self.tr("Summary")))

    def processAlgorithm(self, parameters, context, feedback):
        require("numpy", "pandas")
        from wijkradar.core.privacy import FAIL, scan_table
        from wijkradar.core.provenance import ContentHasher

        source = input_source(self, parameters, self.INPUT, context, feedback,
                              what=self.tr("The layer to scan"), needs_crs=False)
        limit = self.parameterAsInt(parameters, self.SAMPLE_SIZE, context)
        if limit < 1:
            raise QgsProcessingException(self.tr("The sample size must be at least 1."))
        feedback.setProgressText(self.tr("Reading attribute values"))
        columns = attribute_columns(source, limit=limit, feedback=feedback)
        self.stop_if_canceled(feedback)
        prepare_name_search(feedback)
        feedback.setProgressText(self.tr("Scanning fields"))
        result = scan_table(columns, sample_limit=limit,
                            field_types=field_type_names(source.fields()))
        n_read = max((len(values) for values in columns.values()), default=0)
        self.report_findings(result, n_read, feedback)
        self.stop_if_canceled(feedback)  # before any output is written
        hasher = ContentHasher()
        hasher.update(np.frombuffer(json.dumps(columns, default=str).encode("utf-8"),
                                    dtype=np.uint8))
        provenance = OutputProvenance(self, parameters, context,
                                      self.purpose_value(parameters, context))
        label, where = source_label(self, parameters, self.INPUT, context, source)
        provenance.add_input(label, where, source.featureCount(), hasher.hexdigest())
        provenance.note(self.tr("Verdict: {}. {} features scanned.").format(
            result.verdict, n_read))
        provenance.note(result.summary())
        provenance.note(method_note(result))
        table_id = self.write_table(parameters, context, result, provenance)
        report = self.write_report(parameters, context, (label, source.featureCount()),
                                   result, n_read, provenance)
        if table_id is None and report is None:
            provenance.finish({})  # the audit log still records the scan
        feedback.setProgress(100)
        if result.verdict == FAIL and self.parameterAsBoolean(
                parameters, self.FAIL_ON_FINDINGS, context):
            raise QgsProcessingException(result.summary())
        return {self.OUTPUT: table_id, self.REPORT: report, self.VERDICT: result.verdict,
                self.N_FINDINGS: len(result.findings), self.SUMMARY: result.summary()}

    def report_findings(self, result, n_read, feedback):
        severities = {"identifier": self.tr("identifier"), "warning": self.tr("warning")}
        for finding in result.findings:
            text = self.tr("{field}: {label} ({severity}). {reason}").format(
                field=finding.field, label=finding.label,
                severity=severities.get(finding.severity, finding.severity),
                reason=finding.reason)
            feedback.pushWarning(text)
        feedback.pushInfo(self.tr("{} features scanned; verdict: {}.").format(
            n_read, result.verdict))
        feedback.pushInfo(result.summary())

    def write_table(self, parameters, context, result, provenance):
        rows = ([f.as_dict()[name] for name, _ in FINDING_FIELDS] for f in result.findings)
        dest_id = write_rows(self, parameters, self.OUTPUT, context, FINDING_FIELDS, rows)
        if dest_id is None:
            return None
        _, metadata = provenance.finish({"findings": dest_id}, dest_id,
                                        title=self.tr("Privacy findings"),
                                        abstract=result.summary())
        style_on_load(context, dest_id, style_function=lambda layer: layer.setMetadata(metadata))
        return dest_id

    def write_report(self, parameters, context, layer, result, n_read, provenance):
        path = self.report_path(parameters, context)
        if not path:
            return None
        from wijkradar.core.provenance import summary_line

        record, _ = provenance.finish({"report": path}, path, title=self.tr("Privacy report"))
        verdicts = {"pass": self.tr("pass"), "warn": self.tr("review (warn)"),
                    "fail": self.tr("refused (fail)")}
        headers = (self.tr("Field"), self.tr("Kind"), self.tr("Severity"), self.tr("Share"),
                   self.tr("Count"), self.tr("Example (masked)"), self.tr("Reason"))
        rows = [(f.field, f.label, f.severity, f"{100 * f.share:.1f}%", f.count, f.example,
                 f.reason) for f in result.findings]
        title = self.tr("Privacy report: {}").format(layer[0])
        scanned = self.tr("{} of {} features scanned (evenly spaced sample).").format(
            n_read, layer[1])
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(html_report(
                title, self.tr("Verdict"), verdicts[result.verdict], result.summary(),
                headers, rows, self.tr("No findings."), scanned, summary_line(record)))
        return path


def write_rows(algorithm, parameters, name, context, specs, rows):
    """A table without geometry with fields ``specs`` ((name, kind) pairs) and one feature per
    row of values; None when the output was not asked for. The sink is closed on return, so a
    sidecar can be written beside it."""
    fields = QgsFields()
    for field_name, kind in specs:
        fields.append(new_field(field_name, kind))
    sink, dest_id = algorithm.parameterAsSink(parameters, name, context, fields,
                                              WkbType.NoGeometry)
    if sink is None:
        return None
    for values in rows:
        feature = QgsFeature(fields)
        feature.setAttributes(list(values))
        sink.addFeature(feature, QgsFeatureSink.FastInsert)
    del sink
    return dest_id


def prepare_name_search(feedback):
    """Says how names in values are searched for: with deduce (loading its lists first, with a
    progress text) or, when it is missing, by field name only, with how to install it."""
    from wijkradar.core import deid

    from .dependencies import optional_missing_message

    missing = optional_missing_message("deduce", QCoreApplication.translate(
        "PrivacyScanAlgorithm", "names of persons in values and streets without a suffix are "
        "not recognised (names are found by field name only)."))
    if missing:
        feedback.pushWarning(missing)
        return
    if not deid.is_loaded():
        feedback.setProgressText(QCoreApplication.translate(
            "PrivacyScanAlgorithm", "Loading deduce's Dutch name and street lists (about 2 s once "
            "per session; 1-2 minutes the very first time)"))
        deid.annotator()


def method_note(result):
    if result.method == "deduce":
        from wijkradar.core import deid

        return QCoreApplication.translate(
            "PrivacyScanAlgorithm", "Names and addresses in values searched for with deduce "
            "{} (Menger et al. 2018).").format(deid.version())
    return QCoreApplication.translate(
        "PrivacyScanAlgorithm", "Names in values not searched for (deduce is not installed): "
        "pattern rules and field names only.")


def html_report(title, verdict_label, verdict, summary, headers, rows, no_rows, scanned,
                provenance):
    """A small self-contained HTML page; every text is escaped."""
    esc = html.escape

    def row(cells, tag):
        return "<tr>" + "".join(f"<{tag}>{esc(str(c))}</{tag}>" for c in cells) + "</tr>"

    table = ("<table border='1' cellspacing='0' cellpadding='4'>\n" + row(headers, "th") + "\n"
             + "\n".join(row(cells, "td") for cells in rows) + "\n</table>"
             if rows else f"<p>{esc(no_rows)}</p>")
    return (f"<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>{esc(title)}</title>"
            f"</head><body>\n<h1>{esc(title)}</h1>\n"
            f"<p><b>{esc(verdict_label)}:</b> {esc(verdict)}</p>\n<p>{esc(summary)}</p>\n"
            f"{table}\n<p>{esc(scanned)}</p>\n<p><small>{esc(provenance)}</small></p>\n"
            "</body></html>\n")
