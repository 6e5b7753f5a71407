"""`make package` builds a zip that QGIS's "Install from ZIP" accepts, without dev files."""

import os
import subprocess
import zipfile

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture(scope="module")
def package_names():
    subprocess.run(["bash", "scripts/package.sh"], cwd=REPO, check=True, capture_output=True)
    with open(os.path.join(REPO, "metadata.txt"), encoding="utf-8") as metadata:
        version = next(line.split("=", 1)[1].strip() for line in metadata
                       if line.startswith("version="))
    with zipfile.ZipFile(os.path.join(REPO, "dist", f"wijkradar-{version}.zip")) as archive:
        return archive.namelist()


def test_the_zip_holds_one_wijkradar_folder_with_the_plugin(package_names):
    assert {name.split("/")[0] for name in package_names} == {"wijkradar"}
    for required in ("metadata.txt", "__init__.py", "plugin.py", "processing/provider.py",
                     "core/kde.py", "ui/dock.ui", "resources/icons/wijkradar.svg",
                     "resources/demo/wijkradar_demo.gpkg"):
        assert f"wijkradar/{required}" in package_names


def test_the_zip_has_no_tests_caches_or_development_files(package_names):
    for name in package_names:
        parts = name.split("/")
        assert not {"tests", "scripts", "bench", "__pycache__", ".venv", "build", ".ci"} & set(
            parts), name
        assert not name.endswith((".pyc", "Makefile", "pyproject.toml", ".flake8")), name
