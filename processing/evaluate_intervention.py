"""wijkradar:evaluate_intervention: did an action work? DiD with controls, WDQ, placebo test."""

import json

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)

from ..core.choices import EXPERIMENT_CONTROLS, EXPERIMENT_PERIODS
from ..core.provenance import write_sidecar, write_text
from . import experiment_inputs as inputs
from . import experiment_register as register
from . import experiment_study as design
from .algorithm import core_errors
from .choice_parameters import chosen_value, enum_parameter
from .compat import ProcessingNumberParameterType, ProcessingSourceType
from .dependencies import require
from .shared_parameters import MinCountParameter

COUNT_COLUMNS = ["incidents_before", "incidents_during"]
DERIVED = {"per_period_before": ["incidents_before"], "per_period_during": ["incidents_during"],
           "change_pct": COUNT_COLUMNS}


class EvaluateInterventionAlgorithm(MinCountParameter, inputs.ExperimentAlgorithm):
    PERIOD = "PERIOD"
    EARLIER_YEARS = "EARLIER_YEARS"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    OUTPUT = "OUTPUT"

    def name(self):
        return "evaluate_intervention"

    def displayName(self):
        return self.tr("Evaluate an intervention")

    def shortDescription(self):
        return self.tr("Did incidents fall where you acted, compared with similar places, and "
                       "did they move next door? Difference-in-differences, displacement "
                       "(WDQ) and a placebo test.")

    def shortHelpString(self):
        return self.tr(
            "<p>Counts incidents per week (or month) in the <b>treated areas</b> (a polygon "
            "layer, or ids of an area layer), in a <b>buffer</b> ring around them (default "
            "250 m, where displaced incidents would show) and in <b>control areas</b>: areas "
            "you choose by id, areas matched automatically on their pre-period level and trend, "
            "or the rest of the municipality (split into the area layer's areas when one is "
            "given). Controls never overlap the treated areas or their buffer. The pre-period "
            "(default 52 weeks) is counted back from the start, the intervention in whole "
            "weeks from it.</p>"
            "<p>A <b>difference-in-differences Poisson model</b> with a fixed effect for every "
            "area and every week (seasons and town-wide trends) gives the <b>incident rate "
            "ratio</b> of the treated areas during the intervention with a 95% interval "
            "(0.8: 20% fewer than the controls predict): cluster-robust by area with 10 or "
            "more treated and control areas, else the model's, widened for overdispersion. "
            "The <b>placebo test</b> repeats it with control areas as the treated (19 or more "
            "controls) or with fake start dates in the pre-period: its p-value does not rely "
            "on the model. The <b>Weighted Displacement Quotient</b> (Bowers &amp; Johnson "
            "2003) compares the buffer's change with the treated areas': above 0 a diffusion "
            "of benefits, below 0 displacement, below -1 more displacement than effect. A "
            "warning is given when the treated areas look chosen because they were hot "
            "(regression to the mean).</p>"
            "<p><b>Outputs</b>: an HTML report (the series of treated areas against what the "
            "controls predict with the intervention shaded, the estimates, the conclusion in "
            "plain words and its caveats); the groups with their counts before and during "
            "(counts below k left empty and flagged in 'onderdrukt'); RATE_RATIO, CI_LOW, "
            "CI_HIGH, P_PLACEBO and WDQ for the modeler. Text dates are read as everywhere "
            "in Wijkradar; geographic input is measured in RD New (or its UTM zone).</p>"
            "<p><b>Experiment register</b>: every run adds an entry (hypothesis, areas, "
            "dates, incident types, the result, the report and its provenance) to the table "
            "wijkradar_experiments of a GeoPackage: the REGISTER file, by default "
            "wijkradar_experiments.gpkg beside the project (else in the QGIS settings "
            "folder), once the outputs are written. An experiment planned with <i>Experiment "
            "power</i> is evaluated from its <b>experiment id</b> alone: the treated areas, "
            "the controls, the dates, pre-period, buffer and incident types come from its "
            "entry.</p>"
            "<p>References: Bowers, K.J. &amp; Johnson, S.D. (2003), Measuring the geographical "
            "displacement and diffusion of benefit effects of crime prevention activity, "
            "Journal of Quantitative Criminology 19; Ratcliffe, J.H. (2008), Intelligence-Led "
            "Policing; Braga, A.A. et al. (2019), Hot spots policing and crime reduction, "
            "Journal of Experimental Criminology 15; Conley &amp; Taber (2011).</p>")

    def initAlgorithm(self, config=None):
        number = ProcessingNumberParameterType
        inputs.add_incident_parameters(self)
        design.add_study_parameters(self)
        self.add_min_count_parameter("counts", maximum=1000)
        advanced = [
            enum_parameter(self.PERIOD, self.tr("Period"), EXPERIMENT_PERIODS),
            QgsProcessingParameterNumber(
                self.EARLIER_YEARS, self.tr("Also compare the same weeks of earlier years"),
                number.Integer, 0, minValue=0, maxValue=10),
            QgsProcessingParameterNumber(self.PERMUTATIONS,
                                         self.tr("Placebo permutations (several treated areas)"),
                                         number.Integer, 999, minValue=19, maxValue=9999),
            QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), number.Integer, 2003,
                                         minValue=0)]
        self.add_advanced(*advanced)
        register.add_register_parameters(self, with_id=True)
        self.add_purpose_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Groups with their counts"), ProcessingSourceType.VectorPolygon))
        self.add_report_parameter(self.tr("Evaluation report"))
        for name, label in (("RATE_RATIO", self.tr("Incident rate ratio")),
                            ("CI_LOW", self.tr("95% interval, lower end")),
                            ("CI_HIGH", self.tr("95% interval, upper end")),
                            ("P_PLACEBO", self.tr("Placebo p-value")),
                            ("WDQ", self.tr("Weighted Displacement Quotient"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString("SUMMARY", self.tr("Conclusion in plain words")))
        self.addOutput(QgsProcessingOutputString("EXPERIMENT_ID", self.tr("Experiment id")))
        self.addOutput(QgsProcessingOutputString("REGISTER", self.tr("Experiment register")))

    def processAlgorithm(self, parameters, context, feedback):
        require("numpy", "scipy", "pandas", "shapely")
        from ..core.suppression import metadata_note

        k = self.min_count_value(parameters, context)
        with core_errors():  # checks k before the work
            metadata_note(k)
        path = register.register_path(self, parameters, context)
        register.check_register(path)
        entry, parameters = self.registered(parameters, context, path, feedback)
        provenance, incidents, study = self.read_inputs(parameters, context, feedback, entry)
        feedback.setProgress(30)
        evaluation = self.evaluate(parameters, context, incidents, study, feedback)
        self.stop_if_canceled(feedback)
        feedback.setProgress(85)
        summary = evaluation.summary()
        for line in evaluation.warnings + evaluation.notes + summary:
            feedback.pushInfo(line)
            provenance.note(line)
        self.stop_if_canceled(feedback)  # nothing is written after Cancel
        output_id, report, record = self.write(parameters, context, evaluation, incidents, k,
                                               provenance)
        did, wdq = evaluation.did, evaluation.wdq.wdq
        low, high = did.interval
        numbers = {"rate_ratio": did.rate_ratio, "ci_low": low, "ci_high": high,
                   "p_placebo": _finite(evaluation.placebo.p_value), "wdq": _finite(wdq)}
        texts = {"experiment_id": entry["experiment_id"] if entry else register.new_id(path),
                 "algorithm": self.id(), "summary": " ".join(summary), "report": report,
                 "hypothesis": self.parameterAsString(parameters, register.HYPOTHESIS, context)
                 or (entry or {}).get("hypothesis"), "provenance": json.dumps(record)}
        register.record_when_kept(path, register.entry_values(
            "evaluated", evaluation.settings, evaluation.areas, incidents.crs,
            incidents.type_filter, texts, numbers))
        feedback.setProgress(100)
        return {self.OUTPUT: output_id, self.REPORT: report, "RATE_RATIO": did.rate_ratio,
                "CI_LOW": low, "CI_HIGH": high, "P_PLACEBO": numbers["p_placebo"],
                "WDQ": numbers["wdq"], "SUMMARY": texts["summary"],
                "EXPERIMENT_ID": texts["experiment_id"], "REGISTER": path}

    def registered(self, parameters, context, path, feedback):
        """(the register entry of EXPERIMENT_ID or None, the parameters it fills)."""
        experiment_id = self.parameterAsString(parameters, register.EXPERIMENT_ID, context)
        if not experiment_id.strip():
            return None, parameters
        entry = register.read_entry(path, experiment_id.strip())
        feedback.pushInfo(self.tr(
            "Experiment {} from the register {}: the treated areas, controls, dates, "
            "pre-period, buffer and incident types are those registered on {}.").format(
            entry["experiment_id"], path, entry["recorded"]))
        return entry, register.entry_parameters(parameters, entry)

    def settings(self, parameters, context):
        from ..core.experiments import Settings

        start, end = design.intervention_dates(self, parameters, context)
        if start is None or end is None:
            raise QgsProcessingException(self.tr(
                "Give the start and the end of the intervention, or the id of a registered "
                "experiment (EXPERIMENT_ID)."))
        number = self.parameterAsInt
        return Settings(start, end, number(parameters, design.PRE_WEEKS, context),
                        chosen_value(self, parameters, self.PERIOD, context, EXPERIMENT_PERIODS),
                        self.parameterAsDouble(parameters, design.BUFFER, context),
                        chosen_value(self, parameters, design.CONTROL, context,
                                     EXPERIMENT_CONTROLS),
                        number(parameters, design.N_CONTROLS, context),
                        number(parameters, self.EARLIER_YEARS, context), "auto",
                        number(parameters, self.PERMUTATIONS, context),
                        number(parameters, self.SEED, context))

    def evaluate(self, parameters, context, incidents, study, feedback):
        from ..core import experiments

        with core_errors():
            try:
                return experiments.evaluate_intervention(
                    incidents.x, incidents.y, incidents.dates, study.treated,
                    self.settings(parameters, context), study.controls, study.candidates,
                    canceled=feedback.isCanceled)
            except experiments.CanceledError:
                self.stop_if_canceled(feedback)
                raise

    def write(self, parameters, context, evaluation, incidents, k, provenance):
        from ..core.experiment_report import evaluation_report
        from ..core.experiments import group_table, series_table
        from ..core.suppression import metadata_note, suppress_frame

        provenance.note(metadata_note(k, derived_columns=list(DERIVED)))
        groups = suppress_frame(group_table(evaluation), COUNT_COLUMNS, k,
                                derived_columns=DERIVED)
        output_id = inputs.write_groups(self, parameters, self.OUTPUT, context, groups,
                                        evaluation.areas.group_geometries(), incidents.crs)
        provenance.finish({"groups": output_id}, output_id, title=self.tr("Intervention groups"))
        series = suppress_frame(series_table(evaluation), ["treated", "buffer", "control"], k)
        path = self.report_path(parameters, context)
        record, _ = provenance.finish({"report": path}, None,
                                      title=self.tr("Evaluation report"))
        write_sidecar(path, record)
        info = {"subject": self.subject(incidents), "notes": incidents.notes}
        write_text(path, evaluation_report(evaluation, groups, series, info, record, k))
        return output_id, path, record


def _finite(value):
    """A number for the modeler, None (NULL) where there is none."""
    import math

    return value if value is not None and math.isfinite(value) else None
