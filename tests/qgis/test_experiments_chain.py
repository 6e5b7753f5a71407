"""The experiments chained as an analyst chains them: plan first, evaluate from the plan.

In the Processing modeler, experiment_power's EXPERIMENT_ID and REGISTER outputs feed
evaluate_intervention's inputs, so one model pre-registers the experiment and evaluates it
from its entry; the model is saved and read back as the modeler does, and run headless by
qgis_process. On the demo's planted action in Molenwijk (rate ratio 0.6 for 8 weeks).
"""

import json
import subprocess

import pytest
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
)

from wijkradar.processing import experiment_register as register

from .conftest import QGIS_PROCESS, RecordingFeedback, demo_uri, qgis_process_environment
from .experiment_data import START, TREATED_WIJK, WEEKS, planted_export

HYPOTHESIS = "Extra patrols in Molenwijk cut incidents"


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    return planted_export(tmp_path_factory.mktemp("experiments_chain"))


def child(algorithm_id, child_id, static_values):
    step = QgsProcessingModelChildAlgorithm(algorithm_id)
    step.setChildId(child_id)
    for name, value in static_values.items():
        step.addParameterSources(name, [QgsProcessingModelChildParameterSource.fromStaticValue(
            value)])
    return step


def plan_then_evaluate(gpkg, folder):
    """A model: experiment_power registers the plan, evaluate_intervention evaluates it from
    the id and register it hands on (nothing else about the experiment is given twice)."""
    incidents = {"INCIDENTS": f"{gpkg}|layername=incidents", "DATE_FIELD": "occurred_on"}
    plan = child("wijkradar:experiment_power", "plan", dict(
        incidents, TREATED=demo_uri("wijken", f"\"wijkcode\" = '{TREATED_WIJK}'"),
        AREAS=demo_uri("buurten"), ID_FIELD="buurtcode", CONTROL=1, N_CONTROLS=12,
        START_DATE=str(START), PLANNED_WEEKS=WEEKS, SIMULATIONS=500, HYPOTHESIS=HYPOTHESIS,
        REGISTER=str(folder / "experiments.gpkg"), REPORT=str(folder / "plan.html")))
    evaluate = child("wijkradar:evaluate_intervention", "evaluate", dict(
        incidents, OUTPUT=str(folder / "groups.gpkg"), REPORT=str(folder / "evaluation.html")))
    for name in ("EXPERIMENT_ID", "REGISTER"):
        evaluate.addParameterSources(name, [
            QgsProcessingModelChildParameterSource.fromChildOutput("plan", name)])
    model = QgsProcessingModelAlgorithm("plan_and_evaluate", "tests")
    model.addChildAlgorithm(plan)
    model.addChildAlgorithm(evaluate)
    return model


def check_register(folder):
    planned, evaluated = register.read_entries(str(folder / "experiments.gpkg"))
    assert (planned["status"], evaluated["status"]) == ("planned", "evaluated")
    assert evaluated["experiment_id"] == planned["experiment_id"]
    assert evaluated["hypothesis"] == HYPOTHESIS
    assert evaluated["controls"] == planned["controls"]
    # the planted fall of 40% is found: the interval covers 0.6 and excludes 1
    assert evaluated["ci_low"] < 0.6 < evaluated["ci_high"] < 1
    assert evaluated["report"] == str(folder / "evaluation.html")
    assert (folder / "groups.gpkg").exists() and (folder / "plan.html").exists()


def test_the_modeler_chains_the_plan_into_its_evaluation(wijkradar_provider, export,
                                                         tmp_path):
    gpkg, _ = export
    model_file = str(tmp_path / "plan_and_evaluate.model3")
    assert plan_then_evaluate(gpkg, tmp_path).toFile(model_file)
    read_back = QgsProcessingModelAlgorithm()  # what the modeler does when it opens the file
    assert read_back.fromFile(model_file)
    assert read_back.childAlgorithm("evaluate").algorithm() is not None
    ok, results = read_back.run({}, QgsProcessingContext(), RecordingFeedback())
    assert ok, results
    check_register(tmp_path)


def test_qgis_process_runs_the_chain_and_each_algorithm(export, tmp_path):
    gpkg, _ = export
    environment = qgis_process_environment(tmp_path / "home")
    model_file = str(tmp_path / "plan_and_evaluate.model3")
    assert plan_then_evaluate(gpkg, tmp_path).toFile(model_file)
    chain = subprocess.run([QGIS_PROCESS, "run", model_file], env=environment,
                           capture_output=True, text=True, timeout=600)
    assert chain.returncode == 0, chain.stdout[-3000:] + chain.stderr[-3000:]
    check_register(tmp_path)
    # the evaluation alone, its numbers as JSON for a script to read
    run = subprocess.run([QGIS_PROCESS, "--json", "run", "wijkradar:evaluate_intervention", "--",
                          f"INCIDENTS={gpkg}|layername=incidents", "DATE_FIELD=occurred_on",
                          f"TREATED={demo_uri('wijken', f'wijkcode = {TREATED_WIJK!r}')}",
                          f"START_DATE={START}", "END_DATE=2023-10-29",
                          f"REGISTER={tmp_path / 'alone.gpkg'}",
                          f"OUTPUT={tmp_path / 'alone_groups.gpkg'}",
                          f"REPORT={tmp_path / 'alone.html'}"],
                         env=environment, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    results = json.loads(run.stdout)["results"]
    assert results["CI_LOW"] < 0.6 < results["CI_HIGH"] < 1
    assert results["EXPERIMENT_ID"].startswith("EXP-") and (tmp_path / "alone.html").exists()
    entries = register.read_entries(str(tmp_path / "alone.gpkg"))
    assert [e["rate_ratio"] for e in entries] == pytest.approx([results["RATE_RATIO"]])
