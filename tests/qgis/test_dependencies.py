"""The check of optional libraries: a missing or old one gives an install hint, and a build
that reports no real version (Debian's shapely says '0+unknown') is judged by what it has."""

import types

import pytest
from qgis.core import QgsProcessingException

from wijkradar.processing import dependencies


def fake_library(monkeypatch, name, version, *names):
    module = types.ModuleType(name)
    module.__version__ = version
    for attribute in names:
        setattr(module, attribute, object())
    monkeypatch.setitem(__import__("sys").modules, name, module)


@pytest.mark.parametrize("version, names, missing", [
    ("2.1.0", (), False),
    ("1.8.5", ("points",), True),
    ("0+unknown", ("points",), False),  # Debian unstable's shapely 2.1
    ("0+unknown", (), True),
])
def test_shapely_version_or_its_api_decides(monkeypatch, version, names, missing):
    fake_library(monkeypatch, "shapely", version, *names)
    assert (dependencies.missing_libraries(["shapely"]) == ["shapely>=2"]) is missing


def test_numpy_2_is_enough_and_a_missing_library_says_how_to_install_it(monkeypatch):
    fake_library(monkeypatch, "numpy", "2.2.4")
    assert dependencies.missing_libraries(["numpy"]) == []
    monkeypatch.setitem(__import__("sys").modules, "sklearn", None)  # import fails
    with pytest.raises(QgsProcessingException, match=r"scikit-learn.*pip install"):
        dependencies.require("sklearn")
