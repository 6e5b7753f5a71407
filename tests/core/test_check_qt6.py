"""The QGIS 4 check of `make lint` finds what breaks on Qt6 or renamed QGIS API."""

import importlib.util
import os

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
spec = importlib.util.spec_from_file_location(
    "check_qt6", os.path.join(REPO, "scripts", "check_qt6.py"))
check_qt6 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_qt6)

PROBE = """from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QAction
from qgis.core import QgsProcessing, QgsWkbTypes
align = Qt.AlignLeft
points = QgsProcessing.TypeVectorPoint
polygon = QgsWkbTypes.GeometryType.PolygonGeometry
kind = QVariant.Int
"""


@pytest.fixture()
def probe_repo(tmp_path, monkeypatch):
    (tmp_path / "probe.py").write_text(PROBE, encoding="utf-8")
    monkeypatch.setattr(check_qt6, "REPO", str(tmp_path))
    return tmp_path


def test_renamed_qgis_names_are_found_with_their_new_name(probe_repo):
    uses = list(check_qt6.old_api_uses("probe.py", check_qt6.renamed_names()))
    assert len(uses) == 2
    assert "Qgis.ProcessingSourceType.VectorPoint" in uses[0]
    assert "probe.py:6" in uses[1] and "Qgis.GeometryType.Polygon" in uses[1]


def test_qt5_only_idioms_are_found(probe_repo):
    uses = list(check_qt6.idiom_uses("probe.py"))
    assert [use.split(":")[1] for use in uses] == ["2", "7"]


@pytest.mark.skipif(bool(os.environ.get("WIJKRADAR_QGIS_RELEASE")),
                    reason="a lint step of the Debian 12 host: its tool venv is the host's")
def test_qgis_migration_tool_rewrites_an_unscoped_qt_enum(probe_repo):
    diff, = check_qt6.migration_tool_changes(["probe.py"])
    assert "+align = Qt.AlignmentFlag.AlignLeft" in diff


def test_the_plugin_itself_passes(monkeypatch):
    files = check_qt6.python_files()
    renamed = check_qt6.renamed_names()
    assert "processing/compat.py" not in files and len(files) > 50
    assert [use for path in files for use in check_qt6.old_api_uses(path, renamed)] == []
