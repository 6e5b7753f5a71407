"""Cancel is one exception for all of core, so the Processing side catches it the same way."""

from wijkradar.core import cancel, emerging, experiment_power, experiments, near_repeat, risk


def test_every_long_computation_raises_the_same_canceled_error():
    for module in (emerging, experiment_power, experiments, near_repeat, risk):
        assert module.CanceledError is cancel.CanceledError, module.__name__
