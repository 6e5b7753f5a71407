"""Bad input never crashes or lies (issue 15): property-based tests of every algorithm.

Each Wijkradar algorithm (and the shipped weekly briefing model) runs on a small town
(bad_input.py) given one trait of real exports at a time, Hypothesis drawing the details:
NULL and empty geometries, no CRS, a feet CRS, huge coordinates, one outlier, bad weights,
text dates in mixed formats, duplicate ids, odd field names, a CSV with a BOM and ';' ...
plus absurd numbers in every numeric parameter, unwritable outputs and Cancel. Whatever the
input, a run either returns valid files or raises QgsProcessingException with a sentence; it
leaves no partial output, changes no input file, and writes nothing after Cancel
(bad_input_checks.py says how each property is checked).

Bounded for CI: the Hypothesis profile 'ci' (the default) runs the simplest example of each
case (the traits are drawn so that it has the trait: the first row NULL, a BOM with ';' and
decimal commas, mixed date formats, NaN ...); `make fuzz` runs the profile 'fuzz'
(HYPOTHESIS_PROFILE=fuzz): many random examples per case, shrunk to a minimal one on failure.

A new algorithm needs an entry in SETUPS (test_every_algorithm_is_in_the_table says so).
Cases that fail today are listed in KNOWN_FAILURES with what fails: they are strict xfails,
so a fix makes the suite fail until its entry is removed.
"""

import os
import shutil
import stat
import tempfile
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir
from hypothesis.database import DirectoryBasedExampleDatabase

from .bad_input import ABSURD_NUMBERS, ISOLATED_TRAITS, TRAITS, role_of, town, write_town
from .bad_input_checks import (
    CancelAfter,
    Outputs,
    check_run,
    explain,
    fingerprint,
    in_a_copy_of_this_process,
)
from .conftest import REPO_ROOT, registered_provider


@pytest.fixture(scope="module")
def provider(qgis_processing):
    """One provider for the hundreds of cases here: a new one for each (wijkradar_provider)
    would cost half a second a case, reading the shipped model again."""
    yield from registered_provider()


@dataclass(frozen=True)
class Setup:
    """Valid, small parameters of one algorithm: its input layers by role ('points',
    'areas', 'districts', 'raster'; a list of roles for a list of layers), other values
    (strings name fields by role, as '{points.date}'), its file outputs (parameter -> file
    name; none: every output the algorithm has, as the model's grow with it) and input files
    of its own (parameter -> a file in tests/fixtures, copied beside the town's files)."""

    algorithm: str
    layers: dict
    values: dict = field(default_factory=dict)
    outputs: dict = field(default_factory=dict)
    fixtures: dict = field(default_factory=dict)
    uses_coordinates: bool = True  # so a layer without a CRS must be refused or explained
    traits: bool = True  # whether the town's traits are tried (the model only passes them on)

    @property
    def algorithm_id(self):
        return f"wijkradar:{self.algorithm}"

    def roles(self):
        return {role for value in self.layers.values()
                for role in (value if isinstance(value, list) else [value])}

    def parameters(self, files, requested):
        def named(value):
            if isinstance(value, list):
                return [named(item) for item in value]
            return value.format(**files.names) if isinstance(value, str) else value

        parameters = {name: [files.sources[r] for r in role] if isinstance(role, list)
                      else files.sources[role] for name, role in self.layers.items()}
        for name, fixture in self.fixtures.items():
            parameters[name] = shutil.copy(os.path.join(FIXTURES, fixture), files.folder)
        parameters.update({name: named(value) for name, value in self.values.items()})
        parameters.update(requested)
        return parameters


FIXTURES = os.path.join(REPO_ROOT, "tests", "fixtures")
INDEX_SPEC = "{areas.income}:+; {areas.safety}:+:2; {areas.arrears}:-"
# One entry per algorithm id (or more, for another kind of input), in one place.
SETUPS = {
    "kde_hotspots": Setup(
        "kde_hotspots", {"INPUT": "points"},
        {"WEIGHT_FIELD": "{points.weight}", "DATE_FIELD": "{points.date}"},
        {"OUTPUT": "density.tif", "HOTSPOTS": "hotspots.gpkg"}),
    "postcode_risk": Setup(
        "postcode_risk", {"INPUT": "areas", "INCIDENTS": "points"},
        {"ID_FIELD": "{areas.id}", "DATE_FIELD": "{points.date}",
         "COVARIATES": ["{areas.population}"], "MODEL": 1},
        {"OUTPUT": "risk.gpkg", "REPORT": "risk.html"}),
    "evaluate_forecast": Setup(
        "evaluate_forecast", {"SCORE_LAYER": "areas", "INCIDENTS": "points"},
        {"SCORE_FIELD": "{areas.score}"},
        {"OUTPUT": "evaluation.gpkg", "REPORT": "evaluation.html"}),
    "evaluate_forecast_raster": Setup(
        "evaluate_forecast", {"SCORE_RASTER": "raster", "INCIDENTS": "points"}, {},
        {"OUTPUT": "evaluation.gpkg", "REPORT": "evaluation.html"}),
    "area_monitor_index": Setup(
        "area_monitor_index", {"INPUT": "areas"}, {"SPEC": INDEX_SPEC},
        {"OUTPUT": "index.gpkg"}, uses_coordinates=False),
    "area_monitor_overlay": Setup(
        "area_monitor_overlay", {"INPUT": "areas", "INCIDENTS": "points", "DENSITY": "raster"},
        {"VULNERABILITY_FIELD": "{areas.score}", "POPULATION_FIELD": "{areas.population}"},
        {"OUTPUT": "overlay.gpkg", "LEGEND": "legend.png"}),
    "patrol_focus_map": Setup(
        "patrol_focus_map", {"INPUT": "areas", "DISTRICTS": "districts"},
        {"SCORE_FIELD": "{areas.score}", "ID_FIELD": "{areas.id}",
         "DRIVERS_FIELD": "{areas.drivers}", "DISTRICT_NAME_FIELD": "{districts.name}"},
        {"OUTPUT_PDF": "focus.pdf", "OUTPUT_PNG": "focus.png"}),
    "privacy_scan": Setup(
        "privacy_scan", {"INPUT": "points"}, {},
        {"OUTPUT": "findings.gpkg", "REPORT": "privacy.html"}, uses_coordinates=False),
    "anonymise_incidents": Setup(
        "anonymise_incidents", {"INPUT": "points", "AREAS": "areas"},
        {"AREA_ID": "{areas.id}", "DATE_FIELD": "{points.date}",
         "KEEP_FIELDS": ["{points.type}"]},
        {"OUTPUT_POINTS": "anonymised.gpkg", "OUTPUT_COUNTS": "counts.gpkg"}),
    "near_repeat": Setup(
        "near_repeat", {"INPUT": "points"}, {"DATE_FIELD": "{points.date}", "PERMUTATIONS": 99},
        {"OUTPUT": "knox.gpkg", "REPORT": "knox.html"}),
    "local_hotspot_statistics": Setup(
        "local_hotspot_statistics", {"AREAS": "areas"},
        {"INPUT_MODE": 0, "VALUE_FIELD": "{areas.score}", "ID_FIELD": "{areas.id}"},
        {"OUTPUT": "local.gpkg", "REPORT": "local.html"}),
    "local_hotspot_statistics_grid": Setup(
        "local_hotspot_statistics", {"INCIDENTS": "points"}, {"INPUT_MODE": 2},
        {"OUTPUT": "local.gpkg", "REPORT": "local.html"}),
    "emerging_hotspots": Setup(
        "emerging_hotspots", {"INCIDENTS": "points", "AREAS": "areas"},
        {"DATE_FIELD": "{points.date}", "ID_FIELD": "{areas.id}"},
        {"OUTPUT": "emerging.gpkg", "STEP_TABLE": "steps.gpkg", "REPORT": "emerging.html"}),
    "load_cbs_neighbourhoods": Setup(
        "load_cbs_neighbourhoods", {}, {"MUNICIPALITY": "GM9902"}, {"OUTPUT": "cbs.gpkg"},
        fixtures={"INPUT": "cbs/wijkenbuurten_2024_v1.gpkg"}, uses_coordinates=False,
        traits=False),
    "join_crime_statistics": Setup(
        "join_crime_statistics", {"AREAS": "areas"}, {}, {"OUTPUT": "crime.gpkg"},
        fixtures={"TABLE": "cbs/statline_47018NED_beekhaven.csv"}, uses_coordinates=False),
    "join_leefbaarometer": Setup(
        "join_leefbaarometer", {"AREAS": "areas"}, {"CODE_FIELD": "{areas.id}"},
        {"OUTPUT": "lbm.gpkg"}, fixtures={"SCORES": "cbs/leefbaarometer_scores_buurten.csv"},
        uses_coordinates=False),
    "evaluate_intervention": Setup(
        "evaluate_intervention", {"INCIDENTS": "points", "AREAS": "areas"},
        {"DATE_FIELD": "{points.date}", "ID_FIELD": "{areas.id}", "TREATED_IDS": "C01",
         "START_DATE": "2024-06-03", "END_DATE": "2024-07-28"},
        {"OUTPUT": "groups.gpkg", "REPORT": "evaluation.html"}),
    "experiment_power": Setup(
        "experiment_power", {"INCIDENTS": "points", "AREAS": "areas"},
        {"DATE_FIELD": "{points.date}", "ID_FIELD": "{areas.id}", "TREATED_IDS": "C01",
         "START_DATE": "2024-06-03", "SIMULATIONS": 500}, {"REPORT": "power.html"}),
    "check_disclosure": Setup(
        "check_disclosure", {"TABLES": ["areas"]},
        {"COUNT_FIELD": "{areas.population}", "AREA_FIELD": "{areas.id}"},
        {"OUTPUT": "findings.gpkg", "REPORT": "disclosure.html"}, uses_coordinates=False),
    "privacy_register": Setup(
        "privacy_register", {}, {}, {"OUTPUT": "register.html"},
        fixtures={"AUDIT_LOG": "privacy/wijkradar-audit.jsonl"}, uses_coordinates=False,
        traits=False),
    "weekly_briefing": Setup(
        "weekly_briefing",
        {"INCIDENTS": "points", "PC6": "areas", "BUURTEN": "areas", "WIJKEN": "districts"},
        {"DATE_FIELD": "{points.date}", "POSTCODE_FIELD": "{areas.id}",
         "INDICATORS": ["{areas.income}", "{areas.safety}", "{areas.arrears}"],
         "MONITOR_SPEC": INDEX_SPEC, "DISTRICT_NAME_FIELD": "{districts.name}",
         "BRIEFING_DATE": "2024-09-29"}, traits=False, uses_coordinates=False),
}

# Cases that fail today (issue 15's list), by '<kind>:<test case id>' (kinds: trait, aux,
# number, output, cancel): strict xfails, so a fix makes the suite fail until it is removed.
KNOWN_FAILURES = {
}

# Hypothesis keeps its files under build/, never in the repository.
set_hypothesis_home_dir(os.path.join(REPO_ROOT, "build", "hypothesis"))
PROFILE_SETTINGS = {"deadline": None, "print_blob": True, "suppress_health_check": [
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large]}
settings.register_profile(
    "ci", derandomize=True, max_examples=1, database=None,
    phases=[Phase.explicit, Phase.generate], **PROFILE_SETTINGS)
settings.register_profile(
    "fuzz", max_examples=25, database=DirectoryBasedExampleDatabase(
        os.path.join(REPO_ROOT, "build", "hypothesis", "examples")), **PROFILE_SETTINGS)
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def case(kind, *parts):
    """A test case with its id; a strict xfail when KNOWN_FAILURES lists it."""
    case_id = "-".join(str(part) for part in parts)
    reason = KNOWN_FAILURES.get(f"{kind}:{case_id}")
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(*parts, id=case_id, marks=marks)


def file_outputs(setup):
    """Parameter -> file name of the setup's outputs (for the model: all it has)."""
    if setup.outputs:
        return setup.outputs
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(setup.algorithm_id)
    return {definition.name(): "{}.{}".format(definition.name().replace(":", "-"),
                                              definition.defaultFileExtension())
            for definition in algorithm.destinationParameterDefinitions()}


def output_paths(setup, folder):
    os.makedirs(folder, exist_ok=True)
    return Outputs(folder, {name: os.path.join(folder, file_name)
                            for name, file_name in file_outputs(setup).items()})


def check(setup_name, town_, folder, feedback=None, changed=None, outputs=None,
          new_aux_xml=False):
    """Runs a setup on a town (with parameters changed) and asserts every property."""
    setup = SETUPS[setup_name]
    files = write_town(town_, os.path.join(folder, "in"))
    outputs = outputs or output_paths(setup, os.path.join(folder, "out"))
    parameters = dict(setup.parameters(files, outputs.requested), **(changed or {}))
    run = check_run(setup.algorithm_id, parameters, files.folder, outputs, feedback,
                    files.without_crs and setup.uses_coordinates, new_aux_xml)
    if run.problems:
        raise AssertionError(explain(run, setup.algorithm_id, parameters))
    return run


# -- the table covers every algorithm -------------------------------------------------------

def test_every_algorithm_is_in_the_table(provider):
    registered = {algorithm.name() for algorithm in provider.algorithms()}
    missing = registered - {setup.algorithm for setup in SETUPS.values()}
    assert not missing, (
        f"Add small valid parameters for {', '.join(sorted(missing))} to SETUPS in "
        "tests/qgis/test_bad_input_properties.py, so bad input is tried on them too.")


# -- inputs with the traits of real exports -------------------------------------------------

def trait_cases():
    for setup_name, setup in SETUPS.items():
        roles = setup.roles()
        for trait in TRAITS:
            if setup.traits and role_of(trait) in roles | {None}:
                yield case("trait", setup_name, trait)


@pytest.mark.parametrize(("setup_name", "trait"), trait_cases())
@PROFILE
@given(data=st.data())
def test_bad_input_gives_valid_files_or_a_sentence(provider, tmp_path, setup_name,
                                                   trait, data):
    town_ = town(data.draw(st.integers(0, 2 ** 16), label="seed"))
    TRAITS[trait](data, town_)
    folder = tempfile.mkdtemp(dir=tmp_path)  # one for each example

    def run_and_check():
        check(setup_name, town_, folder)

    if trait in ISOLATED_TRAITS:
        in_a_copy_of_this_process(run_and_check)
    else:
        run_and_check()


def raster_cases():
    return [case("aux", name) for name, setup in SETUPS.items() if "raster" in setup.roles()]


@pytest.mark.parametrize("setup_name", raster_cases())
def test_reading_a_raster_writes_nothing_beside_it(provider, tmp_path, setup_name):
    """A .aux.xml beside the user's raster (GDAL's statistics) is a change to their folder;
    the other cases pass over it, so that this one cause does not hide others there."""
    check(setup_name, town(0), str(tmp_path), new_aux_xml=True)


# -- absurd numbers in every numeric parameter ----------------------------------------------

def number_parameters(algorithm):
    from wijkradar.processing.algorithms import algorithm_classes

    for algorithm_class in algorithm_classes():
        instance = algorithm_class()
        if instance.name() == algorithm:
            instance.initAlgorithm({})
            return [definition.name() for definition in instance.parameterDefinitions()
                    if definition.type() in ("number", "distance")]
    return []


def number_cases():
    for setup_name, setup in SETUPS.items():
        if setup.algorithm != "weekly_briefing":  # the model passes its numbers on
            for parameter in number_parameters(setup.algorithm):
                yield case("number", setup_name, parameter)


@pytest.mark.parametrize(("setup_name", "parameter"), number_cases())
@PROFILE
@given(value=st.sampled_from(ABSURD_NUMBERS))
@example(value=1e300)  # besides NaN (the simplest): a huge radius, cell size, threshold ...
@example(value=1e-300)  # ... and a tiny one
def test_absurd_numbers_give_valid_files_or_a_sentence(provider, tmp_path,
                                                       setup_name, parameter, value):
    check(setup_name, town(0), tempfile.mkdtemp(dir=tmp_path), changed={parameter: value})


# -- outputs that cannot be written ---------------------------------------------------------

def blocked_path(problem, blocked, file_name):
    """A path an output cannot be written to, even by root (except a read-only folder)."""
    if problem == "missing_folder":
        return os.path.join(blocked, "no such folder", file_name)
    if problem == "read_only_folder":
        folder = os.path.join(blocked, "read-only")
        os.mkdir(folder)
        os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
        if os.access(folder, os.W_OK):
            pytest.skip("this user (root) can write to a read-only folder")
        return os.path.join(folder, file_name)
    a_file = os.path.join(blocked, "a file, not a folder")
    with open(a_file, "w", encoding="utf-8") as handle:
        handle.write("not a folder")
    return os.path.join(a_file, file_name)


OUTPUT_PROBLEMS = ["missing_folder", "read_only_folder", "inside_a_file",
                   "last_output_inside_a_file"]


def output_cases():
    for setup_name, setup in SETUPS.items():
        for problem in OUTPUT_PROBLEMS:
            if problem != "last_output_inside_a_file" or len(setup.outputs) != 1:
                yield case("output", setup_name, problem)


@pytest.mark.parametrize(("setup_name", "problem"), output_cases())
def test_an_unwritable_output_is_named_and_nothing_is_written(provider, tmp_path,
                                                              setup_name, problem):
    setup = SETUPS[setup_name]
    outputs = output_paths(setup, str(tmp_path / "out"))
    blocked = str(tmp_path / "blocked")
    os.mkdir(blocked)
    parameter = list(outputs.requested)[-1 if problem.startswith("last") else 0]
    bad = blocked_path(problem.replace("last_output_", ""), blocked,
                       os.path.basename(outputs.requested[parameter]))
    outputs.requested[parameter] = bad
    before = fingerprint(blocked)
    run = check(setup_name, town(0), str(tmp_path), outputs=outputs)
    assert run.refusal is not None, f"{setup.algorithm_id} wrote to {bad}"
    assert bad in run.refusal or os.path.dirname(bad) in run.refusal, (
        f"{setup.algorithm_id} refused without naming {bad}: {run.refusal}")
    assert fingerprint(blocked) == before


# -- Cancel ---------------------------------------------------------------------------------

WHOLE_RUN_REPORTS = {}  # setup name -> reports of a run without Cancel


def reports_of_a_whole_run(setup_name, tmp_path_factory):
    """How often the setup's run reports (progress, progress text, log lines) from start to
    end, so Cancel can be pressed at a share of its way; counted once for each setup."""
    if setup_name not in WHOLE_RUN_REPORTS:
        feedback = CancelAfter(steps=10 ** 9)
        check(setup_name, town(0), str(tmp_path_factory.mktemp("whole")), feedback=feedback)
        WHOLE_RUN_REPORTS[setup_name] = len(feedback.reports)
    return WHOLE_RUN_REPORTS[setup_name]


@pytest.mark.parametrize("setup_name", [case("cancel", name) for name in SETUPS])
@PROFILE
@given(share=st.floats(0, 1))
@example(share=0.5)
@example(share=0.9)  # near the end, when the outputs are about to be written
def test_cancel_stops_the_run_and_leaves_nothing(provider, tmp_path_factory, setup_name,
                                                 share):
    """Cancel pressed at a share of the run's reports (the simplest example: before it)."""
    reports = reports_of_a_whole_run(setup_name, tmp_path_factory)
    check(setup_name, town(0), str(tmp_path_factory.mktemp("cancel")),
          feedback=CancelAfter(round(share * reports)))
