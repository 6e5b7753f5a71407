"""wijkradar:experiment_power: how large a fall can a planned experiment detect, and how long
must it run to detect a given one?"""

import json

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterNumber,
)

from ..core.provenance import write_sidecar, write_text
from . import experiment_inputs as inputs
from . import experiment_register as register
from . import experiment_study as design
from .algorithm import core_errors
from .compat import ProcessingNumberParameterType
from .dependencies import require


class ExperimentPowerAlgorithm(inputs.ExperimentAlgorithm):
    PLANNED_WEEKS = "PLANNED_WEEKS"
    TARGET_FALL = "TARGET_FALL"
    SIMULATIONS = "SIMULATIONS"
    SEED = "SEED"

    def name(self):
        return "experiment_power"

    def displayName(self):
        return self.tr("Experiment power (before you start)")

    def shortDescription(self):
        return self.tr("The smallest fall in incidents a planned experiment can detect, or "
                       "how many weeks it needs to detect a given fall, from the history of "
                       "the areas.")

    def shortHelpString(self):
        return self.tr(
            "<p>Before an experiment (extra patrols, a flex-team week, cameras): with the "
            "incidents of the last weeks (the pre-period, default 52) in the <b>treated "
            "areas</b> and the <b>control</b> (chosen, matched or the rest of the "
            "municipality, as in <i>Evaluate an intervention</i>), what is the smallest fall "
            "the evaluation will detect with 80% power at the 5% level for the planned "
            "duration, and for 4, 8, 12, 26 and 52 weeks? With a <b>fall to detect</b> (in "
            "%), how many weeks does the trial need?</p>"
            "<p>Seeded simulations of the trial (Poisson counts, or negative binomial when "
            "the weekly counts vary more than Poisson counts) are tested as the evaluation "
            "tests them; the closed-form normal approximation is shown beside them and agrees "
            "when the trial expects a few dozen incidents. For example: 'with 11 burglaries a "
            "month here, a trial of 4 weeks can only detect a fall of 79% or more; 12 weeks detect "
            "51%'.</p>"
            "<p><b>Outputs</b>: a short HTML report; MDE_PCT (the smallest detectable fall in "
            "%, simulated), MDE_PCT_CLOSED_FORM, WEEKS_NEEDED (0 when no target or not within "
            "104 weeks) and INCIDENTS_PER_WEEK.</p>"
            "<p><b>Experiment register</b>: every run registers the planned experiment "
            "(hypothesis, treated areas, the controls as chosen or matched now, the planned "
            "dates, incident types, the smallest detectable fall) in the table "
            "wijkradar_experiments of the REGISTER GeoPackage (by default "
            "wijkradar_experiments.gpkg beside the project). Evaluate it afterwards with "
            "<i>Evaluate an intervention</i> and its EXPERIMENT_ID.</p>"
            "<p>References: Braga, A.A. et al. (2019), Hot spots policing and crime reduction, "
            "Journal of Experimental Criminology 15; Ratcliffe, J.H. (2008), Intelligence-Led "
            "Policing; Bowers, K.J. &amp; Johnson, S.D. (2003).</p>")

    def initAlgorithm(self, config=None):
        number = ProcessingNumberParameterType
        inputs.add_incident_parameters(self)
        design.add_study_parameters(self, planning=True)
        self.addParameter(QgsProcessingParameterNumber(
            self.PLANNED_WEEKS, self.tr("Planned duration (weeks)"), number.Integer, 8,
            minValue=1, maxValue=104))
        self.addParameter(QgsProcessingParameterNumber(
            self.TARGET_FALL, self.tr("Fall to detect (%; 0: only the smallest detectable)"),
            number.Double, 0.0, minValue=0.0, maxValue=99.0))
        advanced = [QgsProcessingParameterNumber(self.SIMULATIONS, self.tr("Simulated trials"),
                                                 number.Integer, 4000, minValue=500,
                                                 maxValue=100000),
                    QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"),
                                                 number.Integer, 2019, minValue=0)]
        self.add_advanced(*advanced)
        register.add_register_parameters(self)
        self.add_purpose_parameter()
        self.add_report_parameter(self.tr("Power report"))
        for name, label in (("MDE_PCT", self.tr("Smallest detectable fall (%, simulated)")),
                            ("MDE_PCT_CLOSED_FORM", self.tr("Smallest detectable fall (%, "
                                                            "closed form)")),
                            ("WEEKS_NEEDED", self.tr("Weeks needed for the fall to detect")),
                            ("INCIDENTS_PER_WEEK", self.tr("Incidents a week in the treated "
                                                           "areas"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString("SUMMARY", self.tr("Summary in plain words")))
        self.addOutput(QgsProcessingOutputString("EXPERIMENT_ID", self.tr("Experiment id")))
        self.addOutput(QgsProcessingOutputString("REGISTER", self.tr("Experiment register")))

    def processAlgorithm(self, parameters, context, feedback):
        require("numpy", "scipy", "pandas", "shapely")
        from ..core.experiment_power import plan_sentences

        register_file = register.register_path(self, parameters, context)
        register.check_register(register_file)
        provenance, incidents, study = self.read_inputs(parameters, context, feedback)
        feedback.setProgress(40)
        plan, settings, areas = self.plan(parameters, context, incidents, study, feedback)
        self.stop_if_canceled(feedback)
        sentences = plan_sentences(plan, self.subject(incidents, in_a_sentence=True))
        for line in sentences:
            feedback.pushInfo(line)
            provenance.note(line)
        feedback.setProgress(90)
        self.stop_if_canceled(feedback)  # nothing is written after Cancel
        path, record = self.write(parameters, context, plan, sentences, study, incidents,
                                  provenance)
        numbers = {"mde_pct": _fall(plan.mde), "weeks_needed": plan.weeks_for_target or 0}
        texts = {"experiment_id": register.new_id(register_file), "algorithm": self.id(),
                 "hypothesis": self.parameterAsString(parameters, register.HYPOTHESIS,
                                                      context) or None,
                 "summary": " ".join(sentences), "report": path,
                 "provenance": json.dumps(record)}
        register.record_when_kept(register_file, register.entry_values(
            "planned", settings, areas, incidents.crs, incidents.type_filter, texts, numbers))
        feedback.setProgress(100)
        return {self.REPORT: path, "MDE_PCT": numbers["mde_pct"],
                "MDE_PCT_CLOSED_FORM": _fall(plan.closed_form[plan.planned_weeks]),
                "WEEKS_NEEDED": numbers["weeks_needed"], "INCIDENTS_PER_WEEK": plan.rate_treated,
                "SUMMARY": texts["summary"], "EXPERIMENT_ID": texts["experiment_id"],
                "REGISTER": register_file}

    def planned_settings(self, parameters, context, incidents, study):
        """The planned experiment: start (default: the day after the data), duration,
        pre-period, buffer and control."""
        from ..core.experiments import Settings, data_range

        weeks = self.parameterAsInt(parameters, self.PLANNED_WEEKS, context)
        start = design.intervention_dates(self, parameters, context, (design.START_DATE,))[0]
        start = start if start is not None else data_range(incidents.dates)[1] + 1
        return Settings(start, start + 7 * weeks - 1,
                        self.parameterAsInt(parameters, design.PRE_WEEKS, context), "week",
                        self.parameterAsDouble(parameters, design.BUFFER, context), study.mode,
                        self.parameterAsInt(parameters, design.N_CONTROLS, context))

    def plan(self, parameters, context, incidents, study, feedback):
        """(the power plan, the planned settings, the study areas with their controls)."""
        import numpy as np

        from ..core import experiment_power as power
        from ..core.experiments import CanceledError

        target = self.parameterAsDouble(parameters, self.TARGET_FALL, context)
        number = self.parameterAsInt
        with core_errors():
            settings = self.planned_settings(parameters, context, incidents, study)
            treated, control, areas = power.study_history(
                incidents.x, incidents.y, incidents.dates, study.treated, settings,
                study.controls, study.candidates)
            try:
                plan = power.power_plan(
                    float(np.mean(treated)), float(np.mean(control)),
                    number(parameters, self.PLANNED_WEEKS, context), settings.pre_weeks,
                    power.history_dispersion(treated, control), target / 100 if target else None,
                    number(parameters, self.SIMULATIONS, context),
                    number(parameters, self.SEED, context), canceled=feedback.isCanceled)
            except CanceledError:
                self.stop_if_canceled(feedback)
                raise
        return plan, settings, areas

    def write(self, parameters, context, plan, sentences, study, incidents, provenance):
        from ..core.experiment_report import power_report

        path = self.report_path(parameters, context)
        record, _ = provenance.finish({"report": path}, None, title=self.tr("Power report"))
        write_sidecar(path, record)
        info = {"subject": self.subject(incidents), "notes": incidents.notes,
                "treated": ", ".join(map(str, study.treated.ids))}
        write_text(path, power_report(plan, sentences, info, record))
        return path, record


def _fall(ratio):
    """A minimal detectable rate ratio as the fall in %, None (NULL) when none is."""
    import math

    return None if ratio is None or math.isnan(ratio) else 100.0 * (1 - ratio)
