"""The enum parameters of the registered algorithms and the dock's defaults come from
core/choices.py: options, order, default and translation context cannot drift apart."""

import pytest

from wijkradar.core import choices

# (algorithm, parameter, its choice list, the key of its default option)
CHOICE_PARAMETERS = [
    ("kde_hotspots", "KERNEL", choices.KERNELS, "quartic"),
    ("kde_hotspots", "OUTPUT_VALUE", choices.DENSITY_OUTPUTS, "density"),
    ("kde_hotspots", "HOTSPOT_METHOD", choices.HOTSPOT_METHODS, "top_percent"),
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
