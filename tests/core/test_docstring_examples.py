"""Every example in core's docstrings runs and says what the code does (numpydoc "Examples"
sections, as PySAL's esda writes them). The modules are found by their '>>>', so a new
example is tested without a list to keep up to date."""

import doctest
import importlib
import inspect
import pkgutil

import numpy as np
import pytest

import wijkradar.core


def modules_with_examples():
    names = []
    for info in pkgutil.walk_packages(wijkradar.core.__path__, "wijkradar.core."):
        if ">>>" in inspect.getsource(importlib.import_module(info.name)):
            names.append(info.name)
    return sorted(names)


EXAMPLE_MODULES = modules_with_examples()
# The functions an analyst's own code calls first carry examples.
ANALYST_MODULES = ["kde", "hotspot_stats", "near_repeat", "forecast_eval", "suppression",
                   "experiments", "zonal", "risk.pipeline", "area_monitor", "anonymise"]


def test_the_modules_an_analyst_calls_have_examples():
    missing = [name for name in ANALYST_MODULES
               if f"wijkradar.core.{name}" not in EXAMPLE_MODULES]
    assert missing == []


@pytest.mark.parametrize("name", EXAMPLE_MODULES)
def test_the_examples_hold(name):
    # numpy 2 writes scalars as np.float64(41.3); the examples show them as numpy 1 and
    # Python do (41.3), so they read the same on Debian 12 and on QGIS 3.44's numpy 2.
    legacy = {"legacy": "1.25"} if int(np.__version__.split(".")[0]) >= 2 else {}
    with np.printoptions(**legacy):
        result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0
    assert result.failed == 0
