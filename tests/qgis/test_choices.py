"""The enum parameters of the registered algorithms and the dock's defaults come from
core/choices.py: options, order, default and translation context cannot drift apart."""

import pytest
from qgis.core import QgsProcessingContext, QgsProject

from wijkradar.core import choices

# (algorithm, parameter, its choice list, the key of its default option)
CHOICE_PARAMETERS = [
    ("kde_hotspots", "KERNEL", choices.KERNELS, "quartic"),
    ("kde_hotspots", "OUTPUT_VALUE", choices.DENSITY_OUTPUTS, "density"),
    ("kde_hotspots", "HOTSPOT_METHOD", choices.HOTSPOT_METHODS, "top_percent"),
    ("postcode_risk", "PERIOD", choices.RISK_PERIODS, "month"),
    ("postcode_risk", "MODEL", choices.RISK_MODELS, "auto"),
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
    # translated as the algorithm's own self.tr() strings are
    assert options.context == type(algorithm).__name__


def chosen_key(provider, algorithm_id, parameters, name, options):
    """The key of the option ``parameters`` pass for ``name``, as the algorithm reads it."""
    algorithm = provider.algorithm(algorithm_id)
    index = algorithm.parameterAsEnum(parameters, name, QgsProcessingContext())
    assert algorithm.parameterDefinition(name).options()[index] == options.labels()[index]
    return options.value(index)


def test_the_docks_risk_step_asks_for_months(wijkradar_provider, demo_layer, tmp_path):
    from wijkradar.ui.analysis_plan import AnalysisPlan

    plan = AnalysisPlan(QgsProject.instance(), demo_layer("incidenten"), demo_layer("pc6"),
                        folder=str(tmp_path))
    step = plan.risk_step()
    parameters = step.parameters_for({})
    assert chosen_key(wijkradar_provider, step.algorithm_id.split(":")[1], parameters,
                      "PERIOD", choices.RISK_PERIODS) == "month"
