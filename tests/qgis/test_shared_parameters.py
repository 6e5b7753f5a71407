"""The parameters several algorithms share (purpose, the privacy threshold k, the HTML report)
come from the mixins of processing/shared_parameters.py: one definition, whichever algorithm
shows it."""

import pytest
from qgis.core import QgsProcessingContext

from wijkradar.core import suppression
from wijkradar.processing import shared_parameters as shared
from wijkradar.processing.algorithm import WijkradarAlgorithm
from wijkradar.processing.compat import ProcessingNumberParameterType, ProcessingParameterFlag

ADVANCED = ProcessingParameterFlag.Advanced
OPTIONAL = ProcessingParameterFlag.Optional
# The privacy threshold k is called K where the algorithm is about k itself.
K_NAMES = {"anonymise_incidents": "K", "join_crime_statistics": "K", "check_disclosure": "K"}


def algorithms(provider):
    """The Wijkradar algorithms (not the shipped models)."""
    return sorted((algorithm for algorithm in provider.algorithms()
                   if isinstance(algorithm, WijkradarAlgorithm)),
                  key=lambda algorithm: algorithm.name())


def test_every_purpose_is_the_shared_optional_advanced_text(wijkradar_provider):
    with_purpose = [a for a in algorithms(wijkradar_provider)
                    if a.parameterDefinition("PURPOSE") is not None]
    assert len(with_purpose) == 16
    for algorithm in with_purpose:
        purpose = algorithm.parameterDefinition("PURPOSE")
        assert isinstance(algorithm, shared.PurposeParameter), algorithm.name()
        assert purpose.type() == "string" and purpose.defaultValue() is None
        assert purpose.flags() & ADVANCED and purpose.flags() & OPTIONAL, algorithm.name()
        assert purpose.description() == "Purpose of this analysis (recorded in the provenance)"


def test_every_privacy_threshold_is_an_integer_from_1_defaulting_to_5(wijkradar_provider):
    thresholds = {}
    for algorithm in algorithms(wijkradar_provider):
        name = K_NAMES.get(algorithm.name(), "MIN_COUNT")
        definition = algorithm.parameterDefinition(name)
        if definition is None:
            assert not isinstance(algorithm, shared.MinCountParameter), algorithm.name()
            continue
        assert isinstance(algorithm, shared.MinCountParameter), algorithm.name()
        assert definition.dataType() == ProcessingNumberParameterType.Integer
        assert (definition.defaultValue(), definition.minimum()) == (5, 1), algorithm.name()
        assert not definition.flags() & ADVANCED
        assert definition.description() in shared.MIN_COUNT_TEXTS.values()
        thresholds[algorithm.name()] = definition.maximum()
    assert len(thresholds) == 11
    assert shared.DEFAULT_MIN_COUNT == suppression.DEFAULT_K
    # two cap k at 1,000: more would hide every count of a Knox table or an experiment
    assert sorted(name for name, most in thresholds.items() if most == 1000) == [
        "evaluate_intervention", "near_repeat"]


@pytest.mark.parametrize("algorithm_id, k", [("kde_hotspots", 7), ("anonymise_incidents", 3)])
def test_k_is_read_from_the_parameter_the_algorithm_declares(wijkradar_provider,
                                                              algorithm_id, k):
    algorithm = wijkradar_provider.algorithm(algorithm_id)
    name = K_NAMES.get(algorithm_id, "MIN_COUNT")
    context = QgsProcessingContext()
    assert algorithm.min_count_value({name: k}, context, name=K_NAMES.get(algorithm_id)) == k
    assert algorithm.min_count_value({}, context, name=K_NAMES.get(algorithm_id)) == 5


def test_every_report_is_an_html_file(wijkradar_provider, tmp_path):
    reports = {}
    for algorithm in algorithms(wijkradar_provider):
        report = algorithm.parameterDefinition("REPORT")
        if report is None:
            continue
        assert isinstance(algorithm, shared.ReportParameter), algorithm.name()
        assert report.type() == "fileDestination"
        assert report.fileFilter() == "HTML files (*.html)", algorithm.name()
        reports[algorithm.name()] = bool(report.flags() & OPTIONAL)
        path = str(tmp_path / f"{algorithm.name()}.html")
        assert algorithm.report_path({"REPORT": path}, QgsProcessingContext()) == path
    assert len(reports) == 9
    # the privacy checks write their report only when asked for one
    assert sorted(name for name, optional in reports.items() if optional) == [
        "check_disclosure", "privacy_scan"]


# What each algorithm folds away under 'Advanced parameters' (WijkradarAlgorithm.add_advanced),
# besides its purpose.
ADVANCED_PARAMETERS = {
    "area_monitor_index": ["MIN_COVERAGE"],
    "area_monitor_overlay": ["HOTSPOT_THRESHOLD"],
    "emerging_hotspots": ["TOO_SHORT"],
    "evaluate_forecast": ["COMPARE_LAYER", "COMPARE_FIELD", "COMPARE_RASTER", "COMPARE_BAND"],
    "evaluate_intervention": ["PERIOD", "EARLIER_YEARS", "PERMUTATIONS", "SEED", "REGISTER"],
    "experiment_power": ["SIMULATIONS", "SEED", "REGISTER"],
    "kde_hotspots": ["DECAY"],
    "local_hotspot_statistics": ["SEED"],
    "near_repeat": ["SEED", "METRIC"],
    "postcode_risk": ["VALIDATION_PERIODS", "NEAR_REPEAT_DAYS", "CONTEXT_DATE_FIELD", "COVERAGE",
                      "VALUE_TABLE", "VALUE_CODE_FIELD", "VALUE_DATE_FIELD", "VALUE_FIELDS"],
}


def test_the_advanced_parameters_are_the_ones_folded_away(wijkradar_provider):
    folded = {}
    for algorithm in algorithms(wijkradar_provider):
        names = [p.name() for p in algorithm.parameterDefinitions()
                 if p.flags() & ADVANCED and p.name() != "PURPOSE"]
        if names:
            folded[algorithm.name()] = names
    assert folded == ADVANCED_PARAMETERS
