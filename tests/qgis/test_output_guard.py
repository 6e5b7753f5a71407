"""Outputs are complete or absent: unwritable paths are refused before any work, a failed or
canceled run leaves nothing of its own and gives back the earlier run's files, and a full
disk is found (processing/output_guard.py)."""

import contextlib
import hashlib
import os
import subprocess
import sys
import textwrap

import pytest
from qgis import processing
from qgis.core import QgsProcessing, QgsProcessingException, QgsProcessingFeedback

from wijkradar.processing.output_guard import companions, output_file

from .conftest import REPO_ROOT, RecordingFeedback
from .conftest import demo_uri as demo

KDE = "wijkradar:kde_hotspots"
INCIDENTS = demo("incidenten", "jaar = 2023")


def kde(folder, feedback=None, **extra):
    parameters = {"INPUT": INCIDENTS, "PIXEL_SIZE": 50,
                  "OUTPUT": str(folder / "density.tif"),
                  "HOTSPOTS": str(folder / "hotspots.gpkg"), **extra}
    return processing.run(KDE, parameters, feedback=feedback or RecordingFeedback())


def snapshot(folder):
    """Every file under ``folder`` (hidden ones too) with a hash of its bytes."""
    found = {}
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as handle:
                found[os.path.relpath(path, folder)] = hashlib.sha256(handle.read()).hexdigest()
    return found


class CancelWhenSaid(QgsProcessingFeedback):
    """Cancels as soon as the algorithm logs a message holding ``words``."""

    def __init__(self, words, folder=None):
        super().__init__()
        self.words = words
        self.folder = folder
        self.files_then = {}  # what the folder held when the cancel came

    def pushInfo(self, info):  # noqa: N802 (QGIS's name)
        if self.words in info and not self.isCanceled():
            self.files_then = snapshot(self.folder) if self.folder else {}
            self.cancel()


def test_an_output_folder_that_does_not_exist_is_refused_before_any_work(
        wijkradar_provider, tmp_path):
    missing = tmp_path / "no such folder" / "hotspots.gpkg"
    with pytest.raises(QgsProcessingException) as raised:
        kde(tmp_path, HOTSPOTS=str(missing))
    message = str(raised.value)
    assert str(missing) in message and "does not exist" in message
    assert "Traceback" not in message
    assert snapshot(tmp_path) == {}  # the density raster was not written either


@contextlib.contextmanager
def read_only_folder(path):
    """A folder nobody can write to: root ignores file modes, so for root a read-only
    tmpfs is mounted there."""
    path.mkdir()
    if os.geteuid() != 0:
        path.chmod(0o555)
        yield path
        path.chmod(0o755)
        return
    try:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs",
                                  str(path)], capture_output=True)
    except FileNotFoundError:
        pytest.skip("no mount command here (a QGIS root)")
    if mounted.returncode != 0:
        pytest.skip("cannot mount a read-only folder here: " + mounted.stderr.decode())
    try:
        yield path
    finally:
        subprocess.run(["umount", str(path)], check=True)


def test_a_read_only_output_folder_is_refused_naming_the_path(wijkradar_provider, tmp_path):
    with read_only_folder(tmp_path / "read-only") as folder, \
            pytest.raises(QgsProcessingException) as raised:
        kde(tmp_path, OUTPUT=str(folder / "density.tif"))
    assert str(folder) in str(raised.value) and "cannot be written" in str(raised.value)
    assert snapshot(tmp_path) == {}


def test_a_canceled_run_keeps_nothing_and_gives_back_the_earlier_outputs(
        wijkradar_provider, tmp_path):
    kde(tmp_path)
    before = snapshot(tmp_path)
    assert {"density.tif", "density.tif.provenance.json", "hotspots.gpkg"} <= set(before)
    # canceled after reading, while the new outputs are being written
    with pytest.raises(QgsProcessingException, match="Canceled"):
        kde(tmp_path, CancelWhenSaid("hotspot clusters"), PIXEL_SIZE=25)
    assert snapshot(tmp_path) == before  # byte for byte, and no backup folder left


def test_relative_output_paths_get_their_provenance_sidecar(wijkradar_provider, tmp_path,
                                                            monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = kde(tmp_path, OUTPUT="density.tif", HOTSPOTS="hotspots.gpkg")
    assert os.path.exists(tmp_path / "density.tif.provenance.json")
    assert os.path.exists(tmp_path / "hotspots.gpkg.provenance.json")
    assert os.path.abspath(result["OUTPUT"]) == str(tmp_path / "density.tif")


def test_a_failing_step_of_the_weekly_briefing_removes_what_earlier_steps_wrote(
        wijkradar_provider, tmp_path):
    from .test_weekly_briefing_model import MODEL_ID, inputs, outputs

    # canceled in the risk step, after the hotspot step wrote its density raster
    feedback = CancelWhenSaid("Reading the areas", tmp_path)
    with pytest.raises(QgsProcessingException):  # QGIS names the step that stopped
        processing.run(MODEL_ID, {**inputs(), **outputs(tmp_path)}, feedback=feedback)
    assert "density.tif" in feedback.files_then
    assert snapshot(tmp_path) == {}


DISK_FULL_RUN = textwrap.dedent("""
    import resource, signal, sys
    sys.path.insert(0, {scripts!r})
    from headless_qgis import start_qgis
    app = start_qgis()
    from qgis import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback
    # A file size limit fails writes as a full disk does (EFBIG instead of ENOSPC).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
    try:
        processing.run({algorithm!r}, {parameters!r}, feedback=QgsProcessingFeedback())
    except QgsProcessingException as error:
        print("REFUSED:", error)
        sys.exit(3)
""")


@pytest.mark.parametrize("algorithm, numbers, files, limit, said", [
    # the raster is cut short (GDAL raises on QGIS 3.40+, which names no file)
    (KDE, {"PIXEL_SIZE": 10}, {"OUTPUT": "density.tif", "HOTSPOTS": "hotspots.gpkg"},
     300_000, "Writing the outputs failed"),
    # the GeoPackage's last write, its spatial index made on closing, fails (SQLite's final
    # COMMIT): it opens with its features, without the index, and GDAL only logs it
    (KDE, {"PIXEL_SIZE": 100}, {"OUTPUT": "density.tif", "HOTSPOTS": "hotspots.gpkg"},
     90_000, "hotspots.gpkg has no spatial index"),
    # a CSV cut short opens with the rows that got written: a count tells
    ("wijkradar:anonymise_incidents", {"METHOD": 1, "OUTPUT_COUNTS": None},
     {"OUTPUT_POINTS": "anonymised.csv"}, 200_000, "anonymised.csv holds"),
])
def test_a_full_disk_fails_the_run_and_keeps_nothing(tmp_path, algorithm, numbers, files,
                                                     limit, said):
    outputs = tmp_path / "out"
    outputs.mkdir()
    parameters = {"INPUT": INCIDENTS, **numbers,
                  **{name: str(outputs / file) for name, file in files.items()}}
    script = tmp_path / "run.py"
    script.write_text(DISK_FULL_RUN.format(scripts=os.path.join(REPO_ROOT, "scripts"),
                                           limit=limit, algorithm=algorithm,
                                           parameters=parameters))
    environment = dict(os.environ, HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-P", str(script)], env=environment,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 3, run.stdout + run.stderr
    assert "Is the disk full?" in run.stdout and "Nothing was kept" in run.stdout
    assert said in run.stdout
    assert snapshot(outputs) == {}


def test_output_files_are_recognised_in_every_form_qgis_gives_them(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert output_file("/data/out.gpkg|layername=risk") == "/data/out.gpkg"
    assert output_file("out.tif") == str(tmp_path / "out.tif")
    assert output_file("ogr:dbname='/data/it''s.gpkg' table=\"risk\" (geom)") == \
        "/data/it's.gpkg"
    for not_a_file in ("memory:", QgsProcessing.TEMPORARY_OUTPUT, "Risk_1d6b2c3f_aa3e_4b1e",
                       "postgres:dbname='x' table=\"y\"", "", None):
        assert output_file(not_a_file) is None


def test_companions_are_the_sidecars_and_page_images_of_an_output(tmp_path):
    for name in ("map.pdf", "map.pdf.provenance.json", "map_1.png", "map_12.png", "map.qmd",
                 "map_areas.gpkg", "map_notes.pdf", "mapx.pdf", "other.pdf"):
        (tmp_path / name).write_text("x")
    found = {os.path.basename(p) for p in companions(str(tmp_path / "map.pdf"),
                                                        ("_areas.gpkg",))
             if os.path.exists(p)}
    assert found == {"map.pdf", "map.pdf.provenance.json", "map.qmd", "map_areas.gpkg"}
    found = {os.path.basename(p) for p in companions(str(tmp_path / "map.png"))
             if os.path.exists(p)}
    assert found == {"map_1.png", "map_12.png", "map.qmd"}
