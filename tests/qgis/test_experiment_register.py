"""The experiment register: planned with experiment_power, evaluated later from its entry.

On the demo with the intervention of experiment_data.py planted (Molenwijk, 8 weeks from
2023-09-04): the power calculation registers the plan (hypothesis, areas, matched controls,
dates, types), evaluate_intervention evaluates it from EXPERIMENT_ID alone and gives what a
run with the same areas and dates gives; entries are written only when a run's outputs are
kept.
"""

import json
import os

import pytest
from osgeo import ogr
from qgis import processing
from qgis.core import QgsProcessingException, QgsProject

from wijkradar.processing import experiment_register as register

from .conftest import RecordingFeedback, demo_uri
from .experiment_data import PLANTED, START, TREATED_WIJK, WEEKS, planted_export

MOLENWIJK = demo_uri("wijken", f"\"wijkcode\" = '{TREATED_WIJK}'")


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    return planted_export(tmp_path_factory.mktemp("experiment_register"))


def plan(tmp_path, gpkg, register_file, **parameters):
    return processing.run("wijkradar:experiment_power", {
        "INCIDENTS": f"{gpkg}|layername=incidents", "DATE_FIELD": "occurred_on",
        "TYPE_FIELD": "offence_type", "TYPE_VALUES": "woninginbraak, autokraak, vernieling",
        "TREATED": MOLENWIJK, "AREAS": demo_uri("buurten"), "ID_FIELD": "buurtcode",
        "CONTROL": 1, "N_CONTROLS": 12, "START_DATE": str(START), "PLANNED_WEEKS": WEEKS,
        "SIMULATIONS": 500, "HYPOTHESIS": "Extra patrols in Molenwijk cut burglaries",
        "REGISTER": register_file, "REPORT": str(tmp_path / "plan.html"), **parameters},
        feedback=RecordingFeedback())


def evaluate(tmp_path, gpkg, register_file, name="evaluation", **parameters):
    return processing.run("wijkradar:evaluate_intervention", {
        "INCIDENTS": f"{gpkg}|layername=incidents", "DATE_FIELD": "occurred_on",
        "REGISTER": register_file, "OUTPUT": str(tmp_path / f"{name}.gpkg"),
        "REPORT": str(tmp_path / f"{name}.html"), **parameters}, feedback=RecordingFeedback())


def test_a_planned_experiment_is_evaluated_from_its_entry(wijkradar_provider, export,
                                                          tmp_path):
    gpkg, _ = export
    register_file = str(tmp_path / "register" / "experiments.gpkg")
    planned = plan(tmp_path, gpkg, register_file)
    entry = register.read_entry(register_file, planned["EXPERIMENT_ID"])
    assert planned["EXPERIMENT_ID"].startswith("EXP-") and planned["REGISTER"] == register_file
    assert entry["status"] == "planned" and entry["control"] == "matched"
    # the treated wijk by its name (the wijken's wijknaam), not the layer's name and a fid
    assert entry["treated"] == PLANTED["wijknaam"] == "Molenwijk"
    assert entry["hypothesis"] == "Extra patrols in Molenwijk cut burglaries"
    assert (entry["start_date"], entry["end_date"]) == ("2023-09-04", "2023-10-29")
    assert entry["type_values"] == "woninginbraak, autokraak, vernieling"
    assert entry["mde_pct"] == pytest.approx(planned["MDE_PCT"])
    assert len(entry["controls"].split(", ")) == 12
    assert json.loads(entry["provenance"])["algorithm"] == "wijkradar:experiment_power"
    # evaluated later from the id alone: the same as giving the areas, controls and dates
    later = evaluate(tmp_path, gpkg, register_file, EXPERIMENT_ID=planned["EXPERIMENT_ID"])
    direct = evaluate(tmp_path, gpkg, str(tmp_path / "other.gpkg"), "direct",
                      TREATED=MOLENWIJK, AREAS=demo_uri("buurten"), ID_FIELD="buurtcode",
                      CONTROL=0, CONTROL_IDS=entry["controls"], START_DATE="2023-09-04",
                      END_DATE="2023-10-29", TYPE_FIELD="offence_type",
                      TYPE_VALUES="woninginbraak, autokraak, vernieling")
    assert later["RATE_RATIO"] == pytest.approx(direct["RATE_RATIO"], rel=1e-6)
    assert later["RATE_RATIO"] < 1 and later["EXPERIMENT_ID"] == planned["EXPERIMENT_ID"]
    entries = register.read_entries(register_file)
    assert [e["status"] for e in entries] == ["planned", "evaluated"]
    assert entries[1]["experiment_id"] == planned["EXPERIMENT_ID"]
    assert entries[1]["rate_ratio"] == pytest.approx(later["RATE_RATIO"])
    assert entries[1]["hypothesis"] == entries[0]["hypothesis"]
    assert entries[1]["report"] == later["REPORT"] and os.path.exists(entries[1]["report"])
    # a second plan the same day gets the next number
    assert plan(tmp_path, gpkg, register_file)["EXPERIMENT_ID"].endswith("-2")


def test_a_failed_or_canceled_run_leaves_no_entry(wijkradar_provider, export, tmp_path):
    gpkg, _ = export
    register_file = str(tmp_path / "experiments.gpkg")
    with pytest.raises(QgsProcessingException, match="after the last incident"):
        evaluate(tmp_path, gpkg, register_file, TREATED=MOLENWIJK,
                 START_DATE="2025-01-06", END_DATE="2025-03-02")
    assert not os.path.exists(register_file)
    feedback = RecordingFeedback()
    feedback.progressChanged.connect(lambda percent: percent >= 90 and feedback.cancel())
    with pytest.raises(QgsProcessingException, match="Canceled"):
        processing.run("wijkradar:experiment_power", {
            "INCIDENTS": f"{gpkg}|layername=incidents", "DATE_FIELD": "occurred_on",
            "TREATED": MOLENWIJK, "START_DATE": str(START), "SIMULATIONS": 500,
            "REGISTER": register_file, "REPORT": str(tmp_path / "plan.html")},
            feedback=feedback)
    assert not os.path.exists(register_file)


def test_an_unknown_id_or_a_register_that_is_no_geopackage_is_named(wijkradar_provider,
                                                                     export, tmp_path):
    gpkg, _ = export
    register_file = str(tmp_path / "experiments.gpkg")
    plan(tmp_path, gpkg, register_file)
    with pytest.raises(QgsProcessingException, match="has no experiment 'EXP-19990101-1'. Its "
                                                     "experiments: EXP-"):
        evaluate(tmp_path, gpkg, register_file, EXPERIMENT_ID="EXP-19990101-1")
    not_a_gpkg = tmp_path / "notes.gpkg"
    not_a_gpkg.write_text("minutes of the meeting", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="is not a GeoPackage"):
        evaluate(tmp_path, gpkg, str(not_a_gpkg), TREATED=MOLENWIJK, START_DATE=str(START),
                 END_DATE="2023-10-29")
    assert not_a_gpkg.read_text(encoding="utf-8") == "minutes of the meeting"


def test_the_register_lies_beside_the_project_by_default(wijkradar_provider, export, tmp_path):
    gpkg, _ = export
    project = QgsProject.instance()
    project.setFileName(str(tmp_path / "veiligheid.qgz"))
    try:
        result = plan(tmp_path, gpkg, None, CONTROL=2, AREAS=None)
    finally:
        project.setFileName("")
    expected = str(tmp_path / register.FILE_NAME)
    assert result["REGISTER"] == expected
    dataset = ogr.Open(expected)
    assert dataset.GetLayerByName(register.TABLE).GetFeatureCount() == 1
