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


@pytest.mark.parametrize("shapely_geos, qgis_geos, platform, clash", [
    ("3.14.1", "3.11.1-CAPI-1.17.1", "linux", True),  # PyPI's wheel in Debian 12's QGIS
    ("3.11.1", "3.11.1-CAPI-1.17.1", "linux", False),  # a wheel of the same GEOS
    (None, "3.11.1-CAPI-1.17.1", "linux", False),  # built on the system's GEOS
    ("3.14.1", "3.11.1", "win32", False),  # Windows and macOS keep each library's symbols
    ("3.14.1", "3.11.1", "darwin", False),
])
def test_a_shapely_wheel_with_another_geos_is_refused_on_linux(shapely_geos, qgis_geos,
                                                               platform, clash):
    sentence = dependencies.geos_clash(shapely_geos, qgis_geos, platform)
    assert (sentence is not None) is clash
    if clash:
        assert "GEOS 3.14.1 while QGIS uses GEOS 3.11.1" in sentence
        assert "--no-binary shapely" in sentence


def test_the_test_machines_shapely_uses_qgis_geos():
    """What make setup installs: shapely on QGIS's own GEOS (a PyPI wheel's GEOS crashed
    qgis_process in the experiments' chain), so every algorithm may run."""
    import shapely
    from qgis.core import Qgis

    assert dependencies.geos_clash(dependencies.bundled_geos(shapely), Qgis.geosVersion()) is None
    dependencies.require("shapely")
