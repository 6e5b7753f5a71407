"""The enum parameters of the registered algorithms and the dock's defaults come from
core/choices.py: options, order, default and translation context cannot drift apart."""

import pytest
from qgis.core import QgsExpression, QgsProcessingContext, QgsProject

from wijkradar.core import choices

from .test_dock import dock  # noqa: F401 (the Wijkradar dock, as its tests build it)

# (algorithm, parameter, its choice list, the key of its default option)
CHOICE_PARAMETERS = [
    ("kde_hotspots", "KERNEL", choices.KERNELS, "quartic"),
    ("kde_hotspots", "OUTPUT_VALUE", choices.DENSITY_OUTPUTS, "density"),
    ("kde_hotspots", "HOTSPOT_METHOD", choices.HOTSPOT_METHODS, "top_percent"),
    ("postcode_risk", "PERIOD", choices.RISK_PERIODS, "month"),
    ("postcode_risk", "MODEL", choices.RISK_MODELS, "auto"),
    ("emerging_hotspots", "TIME_STEP", choices.EMERGING_TIME_STEPS, "auto"),
    ("emerging_hotspots", "TOO_SHORT", choices.EMERGING_TOO_SHORT, "stop"),
    ("emerging_hotspots", "SIGNIFICANCE", choices.EMERGING_SIGNIFICANCE, 0.05),
    ("evaluate_intervention", "CONTROL", choices.EXPERIMENT_CONTROLS, "rest"),
    ("evaluate_intervention", "PERIOD", choices.EXPERIMENT_PERIODS, "week"),
    ("evaluate_forecast", "RANK_BY", choices.FORECAST_RANKINGS, "score"),
    ("area_monitor_overlay", "VULNERABILITY_DIRECTION", choices.OVERLAY_DIRECTIONS, True),
    ("area_monitor_overlay", "CRIME_MEASURE", choices.OVERLAY_MEASURES, "auto"),
    ("patrol_focus_map", "PAPER", choices.PAPER_SIZES, "A4"),
    ("experiment_power", "CONTROL", choices.EXPERIMENT_CONTROLS, "rest"),
    ("area_monitor_index", "READY", choices.MONITOR_READY_SPECS, None),
    ("area_monitor_index", "METHOD", choices.MONITOR_METHODS, "zscore"),
    ("area_monitor_index", "MISSING", choices.MONITOR_MISSING, "skip"),
    ("load_cbs_neighbourhoods", "LEVEL", choices.CBS_LEVELS, "buurt"),
    ("join_crime_statistics", "LAYOUT", choices.CRIME_TABLE_LAYOUTS, "wide"),
    ("near_repeat", "METRIC", choices.NEAR_REPEAT_METRICS, "euclidean"),
    ("local_hotspot_statistics", "INPUT_MODE", choices.HOTSPOT_STATS_INPUTS, "values"),
    ("local_hotspot_statistics", "WEIGHTS", choices.HOTSPOT_STATS_NEIGHBOURS, "queen"),
    ("local_hotspot_statistics", "TRANSFORM", choices.HOTSPOT_STATS_TRANSFORMS, "R"),
    ("local_hotspot_statistics", "STATISTIC", choices.HOTSPOT_STATS_STATISTICS, ("gi*",)),
    ("local_hotspot_statistics", "CORRECTION", choices.HOTSPOT_STATS_CORRECTIONS, "fdr"),
    ("anonymise_incidents", "METHOD", choices.ANONYMISE_METHODS, "areas"),
    ("anonymise_incidents", "FREE_TEXT", choices.ANONYMISE_FREE_TEXT, "refuse"),
    ("anonymise_incidents", "DATE_PRECISION", choices.ANONYMISE_PRECISIONS, "week"),
    ("anonymise_incidents", "COUNTS_PER", choices.ANONYMISE_COUNTS_PER, False),
    ("privacy_register", "LANGUAGE", choices.REGISTER_LANGUAGES, "nl"),
]


@pytest.mark.parametrize("algorithm_id, name, options, default", CHOICE_PARAMETERS,
                         ids=[f"{a}:{p}" for a, p, _, _ in CHOICE_PARAMETERS])
def test_the_parameters_options_are_cores_list(wijkradar_provider, algorithm_id, name,
                                                options, default):
    algorithm = wijkradar_provider.algorithm(algorithm_id)
    definition = algorithm.parameterDefinition(name)
    assert definition is not None, f"{algorithm_id} has no parameter {name}"
    assert definition.options() == options.labels()
    assert definition.defaultValue() == options.index(default)


def chosen_key(provider, algorithm_id, parameters, name, options):
    """The key of the option ``parameters`` pass for ``name``, as the algorithm reads it."""
    algorithm = provider.algorithm(algorithm_id)
    index = algorithm.parameterAsEnum(parameters, name, QgsProcessingContext())
    assert algorithm.parameterDefinition(name).options()[index] == options.labels()[index]
    return options.value(index)


@pytest.fixture()
def dock_plan(demo_layer, tmp_path):
    from wijkradar.ui.analysis_plan import AnalysisPlan

    return AnalysisPlan(QgsProject.instance(), demo_layer("incidenten"), demo_layer("pc6"),
                        folder=str(tmp_path))


def step_choice(provider, step, name, options):
    """The key of the option the dock's ``step`` passes for its parameter ``name``."""
    return chosen_key(provider, step.algorithm_id.split(":")[1], step.parameters_for({}),
                      name, options)


def test_the_docks_risk_step_asks_for_months(wijkradar_provider, dock_plan):
    assert step_choice(wijkradar_provider, dock_plan.risk_step(), "PERIOD",
                       choices.RISK_PERIODS) == "month"


def test_the_docks_emerging_step_chooses_its_step_and_goes_on_when_too_short(
        wijkradar_provider, dock_plan):
    emerging = next(step for step in dock_plan.statistics_steps(of_risk=False)
                    if step.key == "emerging")
    assert step_choice(wijkradar_provider, emerging, "TIME_STEP",
                       choices.EMERGING_TIME_STEPS) == "auto"
    assert step_choice(wijkradar_provider, emerging, "TOO_SHORT",
                       choices.EMERGING_TOO_SHORT) == "go_on"


def test_the_docks_hotspot_statistics_ask_for_gi_star_with_the_fdr_of_each_kind_of_value(
        wijkradar_provider, demo_layer, dock_plan, tmp_path):
    from wijkradar.ui.analysis_plan import AnalysisPlan

    def asked(parameters):
        return tuple(chosen_key(wijkradar_provider, "local_hotspot_statistics", parameters,
                                name, options)
                     for name, options in (("INPUT_MODE", choices.HOTSPOT_STATS_INPUTS),
                                           ("STATISTIC", choices.HOTSPOT_STATS_STATISTICS),
                                           ("CORRECTION", choices.HOTSPOT_STATS_CORRECTIONS)))

    of_the_risk = dock_plan.gi_parameters(of_risk=True)({"risk": {"OUTPUT": "risk.gpkg"}})
    assert asked(of_the_risk) == ("values", ("gi*",), "fdr")
    assert asked(dock_plan.gi_parameters(of_risk=False)) == ("area_counts", ("gi*",), "fdr")
    points_only = AnalysisPlan(QgsProject.instance(), demo_layer("incidenten"),
                               folder=str(tmp_path))
    assert asked(points_only.gi_parameters(of_risk=False)) == ("grid_counts", ("gi*",), "fdr")


def test_the_docks_anonymise_dialog_passes_the_method_and_precision_it_shows(
        wijkradar_provider, demo_layer, tmp_path):
    from wijkradar.ui.anonymise_dialog import AnonymiseDialog

    areas = QgsProject.instance().addMapLayer(demo_layer("pc6"))  # the combo lists the project's

    class DataStep:
        def layers_with_role(self, role):
            return [areas] if role == "areas" else []

    dialog = AnonymiseDialog(demo_layer("incidenten"), None, DataStep())
    dialog.output.setFilePath(str(tmp_path / "anonymised.gpkg"))
    chosen = []
    for method in range(dialog.method.count()):
        dialog.method.setCurrentIndex(method)
        for precision in range(dialog.precision.count()):
            dialog.precision.setCurrentIndex(precision)
            parameters = dialog.parameters()
            chosen.append((dialog.method.currentText(), dialog.precision.currentText(),
                           chosen_key(wijkradar_provider, "anonymise_incidents", parameters,
                                      "METHOD", choices.ANONYMISE_METHODS),
                           chosen_key(wijkradar_provider, "anonymise_incidents", parameters,
                                      "DATE_PRECISION", choices.ANONYMISE_PRECISIONS)))
    assert chosen == [
        ("Areas of the project (postcodes, grid)", "Week", "areas", "week"),
        ("Areas of the project (postcodes, grid)", "Month", "areas", "month"),
        ("Grid cells", "Week", "grid", "week"), ("Grid cells", "Month", "grid", "month")]
    dialog.deleteLater()
    QgsProject.instance().removeMapLayer(areas)


def test_the_docks_open_data_dialogs_pass_the_algorithms_choices(wijkradar_provider, tmp_path):
    from wijkradar.ui.source_dialogs import CbsDialog, CrimeTableDialog

    cbs = CbsDialog(str(tmp_path))
    assert [cbs.level.itemText(i) for i in range(cbs.level.count())] == \
        choices.CBS_LEVELS.labels()
    assert chosen_key(wijkradar_provider, "load_cbs_neighbourhoods", cbs.parameters(), "LEVEL",
                      choices.CBS_LEVELS) == "buurt"
    crime = CrimeTableDialog(None, str(tmp_path))
    chosen = []
    for index in range(crime.layout_choice.count()):
        crime.layout_choice.setCurrentIndex(index)
        chosen.append(chosen_key(wijkradar_provider, "join_crime_statistics",
                                 crime.parameters(), "LAYOUT", choices.CRIME_TABLE_LAYOUTS))
    assert chosen == ["wide", "long"]
    cbs.deleteLater()
    crime.deleteLater()


def test_the_briefing_models_period_means_the_same_period_in_every_step(wijkradar_provider):
    """The model passes its PERIOD index on to postcode_risk as it is, and turns it into
    emerging_hotspots' TIME_STEP: the week and the month must be the same in all three."""
    from .conftest import load_script

    make_model = load_script("make_model")
    periods = make_model.BRIEFING_PERIODS
    model = wijkradar_provider.algorithm("weekly_briefing")
    assert len(model.parameterDefinition("PERIOD").options()) == len(periods)
    assert [choices.RISK_PERIODS.index(period) for period in periods] == list(
        range(len(periods)))
    for index, period in enumerate(periods):
        step = QgsExpression(make_model.EMERGING_STEP.replace("@PERIOD", str(index)))
        assert step.evaluate() == choices.EMERGING_TIME_STEPS.index(period), period


def test_every_overlay_measure_but_auto_has_its_column_and_the_model_asks_for_the_mean(
        wijkradar_provider):
    from wijkradar.processing.area_monitor_overlay import MEASURE_COLUMNS

    assert set(MEASURE_COLUMNS) == set(choices.OVERLAY_MEASURES.values) - {"auto"}
    model = wijkradar_provider.algorithm("weekly_briefing")
    overlay = next(child for child in model.childAlgorithms().values()
                   if child.algorithmId() == "wijkradar:area_monitor_overlay")
    measure = overlay.parameterSources()["CRIME_MEASURE"][0].staticValue()
    assert choices.OVERLAY_MEASURES.value(measure) == "mean"


def test_every_paper_has_its_template_and_the_briefing_step_passes_the_paper_it_shows(
        wijkradar_provider, dock, tmp_path):  # noqa: F811 (the fixture imported above)
    from wijkradar.processing.layout_builder import TEMPLATES
    from wijkradar.processing.patrol_focus_map import PAPER_SCALES

    from .test_dock import city_export

    assert set(TEMPLATES) == set(PAPER_SCALES) == set(choices.PAPER_SIZES.values)
    scored = QgsProject.instance().addMapLayer(city_export.grid_layer(scores=True))
    form = dock.form
    form.focusLayerCombo.setLayer(scored)
    assert [form.paperCombo.itemText(i) for i in range(form.paperCombo.count())] == \
        choices.PAPER_SIZES.labels()
    chosen = []
    for index in range(form.paperCombo.count()):
        form.paperCombo.setCurrentIndex(index)
        parameters = dock.briefing_step.parameters(str(tmp_path / "map.pdf"), None)
        chosen.append(chosen_key(wijkradar_provider, "patrol_focus_map", parameters, "PAPER",
                                 choices.PAPER_SIZES))
    assert chosen == ["A4", "A3"]
