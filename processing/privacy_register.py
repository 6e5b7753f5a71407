"""wijkradar:privacy_register: a draft entry for the record of processing activities (AVG
art. 30) from the project's audit log."""

import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.choices import REGISTER_LANGUAGES
from .algorithm import WijkradarAlgorithm
from .choice_parameters import chosen_value, enum_parameter
from .compat import ProcessingNumberParameterType
from .provenance import OutputProvenance, audit_folder


class PrivacyRegisterAlgorithm(WijkradarAlgorithm):
    AUDIT_LOG = "AUDIT_LOG"
    LANGUAGE = "LANGUAGE"
    CONTROLLER = "CONTROLLER"
    RETENTION_MONTHS = "RETENTION_MONTHS"
    OUTPUT = "OUTPUT"
    N_RUNS = "N_RUNS"
    N_PURPOSES = "N_PURPOSES"

    def name(self):
        return "privacy_register"

    def displayName(self):
        return self.tr("Register entry (AVG art. 30)")

    def group(self):
        return self.tr("Privacy")

    def groupId(self):
        return "privacy"

    def shortDescription(self):
        return self.tr("A draft for the record of processing activities from the audit log: "
                       "purposes, kinds of data read, outputs, retention.")

    def shortHelpString(self):
        return self.tr(
            "<p>Writes an HTML draft of the entry for the record of processing activities "
            "that article 30 of the AVG (GDPR) asks of a controller, from the Wijkradar audit "
            "log of the project (<i>wijkradar-audit.jsonl</i>, next to the project file, or "
            "in the QGIS profile folder without one): the <b>purposes</b> given to the "
            "analyses (art. 30(1)(b)), the <b>categories of data</b> read, named by their role "
            "(incident records, area boundaries, indicators) and field kinds (dates, kept "
            "attributes), never by value (c), the <b>outputs</b> made, by file name (for the "
            "recipients and transfers, d and e), and a <b>retention</b> hint with the outputs "
            "older than the months given (f). In Dutch or English.</p>"
            "<p>It is a draft: add the legal basis, data subjects, recipients and security "
            "measures, which no audit log knows. Runs without a purpose are counted: fill in "
            "the purpose of every analysis (Advanced parameters).</p>")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.AUDIT_LOG, self.tr("Audit log (default: the project's wijkradar-audit.jsonl)"),
            extension="jsonl", optional=True))
        self.addParameter(enum_parameter(self.LANGUAGE, self.tr("Language"),
                                         REGISTER_LANGUAGES))
        self.addParameter(QgsProcessingParameterString(
            self.CONTROLLER, self.tr("Controller (organisation)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.RETENTION_MONTHS, self.tr("Review outputs older than (months)"),
            ProcessingNumberParameterType.Integer, 12, minValue=1))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Register entry"), self.tr("HTML files (*.html)")))
        self.addOutput(QgsProcessingOutputNumber(self.N_RUNS, self.tr("Runs in the audit log")))
        self.addOutput(QgsProcessingOutputNumber(self.N_PURPOSES,
                                                 self.tr("Purposes given")))

    def processAlgorithm(self, parameters, context, feedback):
        from wijkradar.core import privacy_register
        from wijkradar.core.provenance import AUDIT_LOG_NAME, ContentHasher, write_text

        path = (self.parameterAsFile(parameters, self.AUDIT_LOG, context)
                or os.path.join(audit_folder(context), AUDIT_LOG_NAME))
        if not os.path.isfile(path):
            raise QgsProcessingException(self.tr(
                "No audit log at {}: run an analysis with the project saved first, or choose "
                "the audit log.").format(path))
        self.stop_if_canceled(feedback)
        records, skipped = privacy_register.read_audit_lines(path)
        if skipped:
            feedback.pushWarning(self.tr("{} lines of the audit log could not be read and "
                                         "were left out.").format(skipped))
        register = privacy_register.summarise(records, skipped)
        months = self.parameterAsInt(parameters, self.RETENTION_MONTHS, context)
        language = chosen_value(self, parameters, self.LANGUAGE, context, REGISTER_LANGUAGES)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        self.stop_if_canceled(feedback)
        write_text(output, privacy_register.html(
            register, language, self.parameterAsString(parameters, self.CONTROLLER, context),
            months))
        feedback.pushInfo(self.tr("{} runs, {} purposes, {} outputs; {} runs without a "
                                  "purpose.").format(register.runs, len(register.purposes),
                                                     len(register.outputs),
                                                     register.no_purpose))
        hasher = ContentHasher()
        with open(path, "rb") as handle:
            hasher.update_bytes(handle.read())
        provenance = OutputProvenance(self, parameters, context)
        provenance.add_input(os.path.basename(path), path, len(records), hasher.hexdigest())
        provenance.finish({"register": output}, output, title=self.tr("Register entry"))
        return {self.OUTPUT: output, self.N_RUNS: register.runs,
                self.N_PURPOSES: len(register.purposes)}
