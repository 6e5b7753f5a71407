"""`make package` builds a zip that QGIS's "Install from ZIP" accepts, without dev files,
and that plugins.qgis.org accepts on upload.

The upload checks mirrored here are those of QGIS-Plugins-Website: the blocking validator
(qgis-app/plugins/validator.py) and the file checks of the security scan that follows
(qgis-app/plugins/security_scanner.py).
"""

import configparser
import os
import re
import subprocess
import zipfile

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# validator.py: PLUGIN_MAX_UPLOAD_SIZE (bytes) and PLUGIN_REQUIRED_METADATA.
MAX_UPLOAD_SIZE = 25_000_000
REQUIRED_METADATA = ("name", "description", "version", "qgisMinimumVersion", "author", "email",
                     "about", "tracker", "repository")
# security_scanner.py: names the scan reports as executables or binaries.
SUSPICIOUS_SUFFIXES = (".exe", ".dll", ".so", ".dylib", ".bat", ".sh", ".ps1", ".cmd")


@pytest.fixture(scope="module")
def package_zip():
    subprocess.run(["bash", "scripts/package.sh"], cwd=REPO, check=True, capture_output=True)
    with open(os.path.join(REPO, "metadata.txt"), encoding="utf-8") as metadata:
        version = next(line.split("=", 1)[1].strip() for line in metadata
                       if line.startswith("version="))
    return os.path.join(REPO, "dist", f"wijkradar-{version}.zip")


@pytest.fixture(scope="module")
def package_names(package_zip):
    with zipfile.ZipFile(package_zip) as archive:
        return archive.namelist()


@pytest.fixture(scope="module")
def packaged_metadata(package_zip):
    """metadata.txt from the zip, parsed as the validator does (keys keep their case)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    with zipfile.ZipFile(package_zip) as archive:
        parser.read_string(archive.read("wijkradar/metadata.txt").decode("utf-8"))
    return parser["general"]


def test_the_zip_holds_one_wijkradar_folder_with_the_plugin(package_names):
    assert {name.split("/")[0] for name in package_names} == {"wijkradar"}
    for required in ("metadata.txt", "__init__.py", "plugin.py", "processing/provider.py",
                     "processing/sources/csv_points.py", "core/kde.py", "ui/dock.ui",
                     "resources/icons/wijkradar.svg",
                     "resources/demo/wijkradar_demo.gpkg"):
        assert f"wijkradar/{required}" in package_names


def test_the_zip_has_no_tests_caches_or_development_files(package_names):
    for name in package_names:
        parts = name.split("/")
        assert not {"tests", "scripts", "bench", "__pycache__", ".venv", "build", ".ci"} & set(
            parts), name
        assert not name.endswith((".pyc", "Makefile", "pyproject.toml", ".flake8")), name


def test_the_zip_holds_the_licence(package_names):
    # plugins.qgis.org refuses a plugin without <folder>/LICENSE. The zip takes only files
    # git tracks: this fails until LICENSE is committed.
    assert "wijkradar/LICENSE" in package_names


def test_the_zip_is_small_enough_and_sound(package_zip):
    assert os.path.getsize(package_zip) < MAX_UPLOAD_SIZE
    with zipfile.ZipFile(package_zip) as archive:
        assert archive.testzip() is None


def test_no_file_the_upload_checks_reject_or_flag(package_zip):
    with zipfile.ZipFile(package_zip) as archive:
        entries = archive.infolist()
    assert entries[0].filename.split("/")[0] == "wijkradar"
    for entry in entries:
        name = entry.filename
        parts = name.split("/")
        # Refused by the validator.
        assert ".." not in name and not name.startswith("/"), name
        assert "\\" not in name and not re.match(r"^[A-Za-z]:", name), name
        assert ".pyc" not in name, name
        assert not {"__MACOSX", ".git", "__pycache__"} & set(parts), name
        # Reported by the security scan: executables, binaries, hidden files, .py with the
        # execute bit. Data (.gpkg), images, .qm and .model3 files are not among them.
        assert not name.lower().endswith(SUSPICIOUS_SUFFIXES), name
        assert not parts[-1].startswith("."), name
        if name.endswith(".py"):
            assert not (entry.external_attr >> 16) & 0o111, name


def test_the_metadata_is_complete_for_the_plugin_repository(packaged_metadata, package_names):
    missing = [key for key in REQUIRED_METADATA if not packaged_metadata.get(key, "").strip()]
    assert not missing
    assert "/" not in packaged_metadata["author"]
    for key in ("tracker", "repository", "homepage"):
        assert re.match(r"^https://[^/\s]+/", packaged_metadata[key]), key
    assert f"wijkradar/{packaged_metadata['icon']}" in package_names
    # Deprecated: plugins.qgis.org warns on upload and QGIS 4 reads qgisMaximumVersion instead.
    assert "supportsQt6" not in packaged_metadata


def test_the_plugin_is_offered_from_qgis_322_to_qgis_4(packaged_metadata):
    def version(key):
        return tuple(int(part) for part in packaged_metadata[key].split("."))

    assert version("qgisMinimumVersion") == (3, 22)
    assert version("qgisMaximumVersion") >= (4, 0)


def test_the_changelog_has_an_entry_for_this_version(packaged_metadata):
    entries = [line.strip() for line in packaged_metadata["changelog"].splitlines()]
    version = packaged_metadata["version"]
    assert any(re.match(rf"^{re.escape(version)}(\s|:|$)", line) for line in entries), version
    # QGIS reads metadata.txt with configparser's default interpolation: no '%' anywhere.
    assert not any("%" in value for value in packaged_metadata.values())
