"""wijkradar:privacy_register: the register entry (AVG art. 30) from the audit log, in the
Toolbox and in a model, in Dutch and English, with field kinds and never values."""

import datetime as dt
import shutil
from pathlib import Path

import pytest
from qgis import processing
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProject,
)

from wijkradar.core import privacy_register

from .conftest import REPO_ROOT, RecordingFeedback

REGISTER = "wijkradar:privacy_register"
FIXTURE = Path(REPO_ROOT) / "tests" / "fixtures" / "privacy" / "wijkradar-audit.jsonl"


def test_core_summary_of_the_fixture_log():
    records, skipped = privacy_register.read_audit_lines(str(FIXTURE))
    register = privacy_register.summarise(records, skipped)
    assert (register.runs, register.skipped_lines, register.no_purpose) == (3, 1, 1)
    assert register.purposes == {"Woninginbraak aanpak Noord 2025": {
        "wijkradar:privacy_scan": 1, "wijkradar:anonymise_incidents": 1}}
    layers, kinds = register.categories["records"]
    assert layers == {"meldingen_export_2025", "anon_points"}
    assert ("kept", "incident_type") in kinds and ("date", "") in kinds
    assert register.raw_reads == {"wijkradar:privacy_scan": 1,
                                  "wijkradar:anonymise_incidents": 1}
    assert ("anon_counts.gpkg", "wijkradar:anonymise_incidents", "2025-09-01") in \
        register.outputs
    assert privacy_register.old_outputs(register, 12, dt.date(2026, 11, 30)) == 3


@pytest.mark.parametrize(("language", "words"), [
    (0, ("Register van verwerkingsactiviteiten", "Doeleinden", "behouden kenmerken: "
         "incident_type", "ouder dan 12 maanden", "1 uitvoeringen gaven geen doel")),
    (1, ("Record of processing activities", "Purposes", "kept attributes: incident_type",
         "older than 12 months", "1 runs gave no purpose"))])
def test_the_toolbox_writes_the_entry_in_dutch_and_english(wijkradar_provider, tmp_path,
                                                           language, words):
    log = tmp_path / "wijkradar-audit.jsonl"
    shutil.copy(FIXTURE, log)
    output = str(tmp_path / "register.html")
    feedback = RecordingFeedback()
    result = processing.run(REGISTER, {"AUDIT_LOG": str(log), "LANGUAGE": language,
                                       "CONTROLLER": "Gemeente Dommelstede",
                                       "OUTPUT": output}, feedback=feedback)
    assert result["N_RUNS"] == 3 and result["N_PURPOSES"] == 1
    page = Path(output).read_text(encoding="utf-8")
    for word in words:
        assert word in page
    assert "Gemeente Dommelstede" in page
    assert "/data/export" not in page  # file names, not where they are
    assert feedback.said("1 lines of the audit log could not be read")


def test_in_a_model_with_the_projects_own_log(wijkradar_provider, tmp_path):
    project = QgsProject.instance()
    before = project.fileName()
    project.setFileName(str(tmp_path / "wijk.qgz"))
    try:
        shutil.copy(FIXTURE, tmp_path / "wijkradar-audit.jsonl")
        model = QgsProcessingModelAlgorithm("register", "tests")
        child = QgsProcessingModelChildAlgorithm(REGISTER)
        child.setChildId("register")
        child.addParameterSources("OUTPUT", [
            QgsProcessingModelChildParameterSource.fromStaticValue(str(tmp_path / "r.html"))])
        child.addParameterSources("LANGUAGE", [
            QgsProcessingModelChildParameterSource.fromStaticValue(1)])
        model.addChildAlgorithm(child)
        context = QgsProcessingContext()
        context.setProject(project)
        results, ok = model.run({}, context, RecordingFeedback())
        assert ok and results["CHILD_RESULTS"]["register"]["N_RUNS"] == 3
    finally:
        project.setFileName(before)


def test_no_audit_log_is_a_sentence(wijkradar_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="No audit log"):
        processing.run(REGISTER, {"AUDIT_LOG": str(tmp_path / "none.jsonl"),
                                  "OUTPUT": str(tmp_path / "r.html")})
