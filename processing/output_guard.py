"""All-or-nothing outputs: every Wijkradar algorithm's files are complete, or absent.

Before an algorithm reads anything, :class:`OutputGuard` checks that every file it is asked
to write can be written (the folder exists and takes a file), naming the path when not.
Files already at those paths (an earlier run's output, its sidecars, its page images) are
moved aside into a hidden folder beside them. When the run succeeds, every new file is
checked (a GeoPackage or GeoTIFF that a full disk cut short does not open; a layer holding
fewer features than its sink took, counted by :class:`CountingSink`; a GeoPackage whose
spatial index, its last write, failed) and the old files are dropped; when it fails, is
canceled or writes a broken file, everything it wrote is removed and the old files are put
back. So a run never leaves half its outputs, and a failed run never costs the user the
outputs of the one before.

Outputs that are not files (memory layers, database tables, QGIS's temporary outputs) are
left to QGIS.
"""

import contextlib
import functools
import glob
import itertools
import json
import os
import re
import shutil
import tempfile
import threading

from osgeo import gdal, ogr
from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProperty,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.provenance import SIDECAR_SUFFIX

# Destination parameter types whose value is a layer (the rest are plain files).
LAYER_DESTINATIONS = ("sink", "vectorDestination", "rasterDestination")
VECTOR_SUFFIXES = (".gpkg", ".shp", ".geojson", ".json", ".fgb", ".csv", ".sqlite", ".gml",
                   ".kml", ".tab", ".xlsx", ".ods", ".dxf")
RASTER_SUFFIXES = (".tif", ".tiff", ".vrt", ".img", ".nc", ".asc")
# Vector formats that hold exactly the features written to them (one record each).
COUNTED_SUFFIXES = (".gpkg", ".sqlite", ".shp", ".geojson", ".fgb", ".csv")
GPKG_LAYER_URI = re.compile(r"dbname='(?P<path>(?:[^']|'')+)'")
BACKUP_PREFIX = ".wijkradar-previous-"
# What GDAL says when a write does not reach the disk (a full disk, a quota, a file size
# limit): SQLite's "disk I/O error" on COMMIT leaves a GeoPackage that opens but is empty.
WRITE_FAILURE = re.compile(r"disk I/O|No space|File too large|quota|[Ww]rite (error|failed)|"
                           r"Failed to write|could not write", re.IGNORECASE)


# The guard of the run going on in this thread (a model's steps run inside the model's).
_ACTIVE = threading.local()


def when_outputs_kept(action, *arguments):
    """Runs ``action(*arguments)`` once the outputs of the current run are kept (at once
    when no guarded run is going on): the audit log lists only runs whose outputs exist."""
    guards = getattr(_ACTIVE, "guards", [])
    if guards:
        guards[-1].deferred.append((action, arguments))
    else:
        action(*arguments)


def _tr(text):
    return QCoreApplication.translate("OutputGuard", text)


def output_file(destination):
    """The file an output destination writes ('out.gpkg|layername=x' -> 'out.gpkg', a
    relative path made absolute as QGIS writes it); None for memory layers, database
    tables and QGIS's temporary outputs."""
    if not isinstance(destination, str) or not destination.strip():
        return None
    if destination == QgsProcessing.TEMPORARY_OUTPUT:
        return None
    match = GPKG_LAYER_URI.search(destination)
    if destination.startswith("ogr:") and match:
        return os.path.abspath(match.group("path").replace("''", "'"))
    path = destination.split("|")[0].strip()
    # 'memory:', 'postgres:', 'ogr:...' without a file, but not a Windows drive 'C:/...'
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]+:", path):
        return None
    # a relative name without a file extension is a layer id (a memory layer's result)
    if not os.path.isabs(path) and not os.path.splitext(path)[1]:
        return None
    return os.path.abspath(path)


def destination_value(value):
    """The text of a destination parameter value (unwrapping QGIS's definitions)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.staticValue()
    return value if isinstance(value, str) else None


def companions(path, extra_suffixes=()):
    """The files one output consists of: the file, its provenance sidecar, QGIS's .qmd,
    .qml and .aux.xml, page images (name_1.png, ...) and an algorithm's extra files."""
    folder, base = os.path.split(path)
    stem, ext = os.path.splitext(base)
    # (never SQLite's -wal/-shm files: they belong to a connection QGIS may hold open)
    names = {base, base + SIDECAR_SUFFIX, base + ".aux.xml", stem + ".qmd", stem + ".qml"}
    names.update(stem + suffix for suffix in extra_suffixes)
    names.update(stem + suffix + SIDECAR_SUFFIX for suffix in extra_suffixes)
    found = {os.path.join(folder, name) for name in names}
    if ext:
        pattern = os.path.join(glob.escape(folder), glob.escape(stem) + "_*" + glob.escape(ext))
        found.update(p for p in glob.glob(pattern)
                     if re.fullmatch(r"_\d+", os.path.basename(p)[len(stem):-len(ext)]))
    return sorted(found)


def unwritable_reason(path):
    """Why ``path`` cannot be written (a sentence), or None when it can."""
    folder = os.path.dirname(path)
    if os.path.isdir(path):
        return _tr("{} is a folder; give a file name.").format(path)
    if not os.path.isdir(folder):
        return _tr("the folder {} does not exist.").format(folder)
    try:  # os.access says yes to root on a read-only disk: try a real file
        handle, probe = tempfile.mkstemp(prefix=BACKUP_PREFIX, dir=folder)
        os.close(handle)
        os.remove(probe)
    except OSError as error:
        return _tr("the folder {} cannot be written to ({}).").format(
            folder, error.strerror or error)
    return None


def broken_file_reason(path):
    """Why a file an algorithm just wrote is unusable (a sentence), or None when it opens."""
    lower = path.lower()
    if not os.path.exists(path):
        return None  # an optional output the algorithm did not write
    if os.path.getsize(path) == 0 and not lower.endswith(".csv"):
        return _tr("{} is empty.").format(path)
    if lower.endswith(SIDECAR_SUFFIX) or lower.endswith(".json") and not lower.endswith(
            ".geojson"):
        try:
            with open(path, encoding="utf-8") as handle:
                json.load(handle)
        except (OSError, ValueError):
            return _tr("{} is not complete.").format(path)
        return None
    if lower.endswith(VECTOR_SUFFIXES):
        return _vector_problem(path)
    if lower.endswith(RASTER_SUFFIXES):
        return _raster_problem(path)
    return None


def _vector_problem(path):
    def read_every_feature():
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
        if dataset is None:
            return False
        for index in range(dataset.GetLayerCount()):
            for _ in dataset.GetLayer(index):  # finds pages a full disk left out
                pass
        return True

    return _gdal_problem(path, read_every_feature)


def _raster_problem(path):
    def read_every_block():
        dataset = gdal.Open(path, gdal.GA_ReadOnly)
        if dataset is None:
            return False
        for number in range(1, dataset.RasterCount + 1):
            dataset.GetRasterBand(number).Checksum()
        return True

    return _gdal_problem(path, read_every_block)


@contextlib.contextmanager
def gdal_pam_disabled():
    """GDAL writes no .aux.xml (its cache of statistics) for datasets this thread opens
    meanwhile. Thread-local: changing GDAL's global options while QGIS's rendering threads
    read them is a data race (a crash now and then)."""
    previous = gdal.GetThreadLocalConfigOption("GDAL_PAM_ENABLED", None)
    gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", "NO")
    try:
        yield
    finally:
        gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", previous)


def _gdal_problem(path, read):
    """A sentence when ``read()`` (through GDAL) fails, else None."""
    ok, message = _read_quietly(read)
    if ok:
        return None
    return _tr("{} cannot be read back ({}).").format(path, message.strip() or _tr("unknown"))


def _read_quietly(read):
    """(what ``read()`` gives, None when GDAL failed; GDAL's last message), run quietly:
    whether or not GDAL raises exceptions, and without writing an .aux.xml. (GDAL's own
    quiet handler, never a Python one: see OutputGuard.__enter__.)"""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    gdal.ErrorReset()
    try:
        with gdal_pam_disabled():
            result = read()
        failed = gdal.GetLastErrorType() >= gdal.CE_Failure
        message = gdal.GetLastErrorMsg()
    except RuntimeError as error:
        result, failed, message = None, True, str(error)
    finally:
        gdal.PopErrorHandler()
    return (None if failed else result), message


def incomplete_layer_reason(destination, added):
    """Why the vector output ``destination`` (a path, or 'path|layername=name') did not get
    all that was written to it, or None. A file cut short holds fewer features than the
    ``added`` its sink took (a shapefile, CSV or FlatGeobuf opens without the rest); a
    GeoPackage's last write, its spatial index made when it is closed, can fail on its own
    (SQLite's final COMMIT), leaving a layer without one."""
    path = output_file(destination)
    if path is None or not path.lower().endswith(COUNTED_SUFFIXES) or \
            not os.path.exists(path):
        return None
    name = re.search(r"\|layername=([^|]+)", destination)
    facts = _layer_facts(path, name.group(1) if name else None)
    if facts is None:
        return None  # not readable as one layer: broken_file_reason speaks of the file
    found, unindexed = facts
    if found < added:
        return _tr("{} holds {:,} of the {:,} features written to it.").format(
            path, found, added)
    if unindexed and path.lower().endswith(".gpkg") and gdal_makes_spatial_indexes():
        return _tr("{} has no spatial index: its last write failed.").format(path)
    return None


def _layer_facts(path, layer_name=None):
    """(features counted one by one, whether it has geometries without a spatial index) of
    a layer of a vector file (its only layer when no name is given); None when it cannot be
    read."""
    def read():
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
        if dataset is None:
            return None
        if layer_name:
            layer = dataset.GetLayerByName(layer_name)
        else:
            layer = dataset.GetLayer(0) if dataset.GetLayerCount() == 1 else None
        if layer is None:
            return None
        unindexed = layer.GetGeomType() != ogr.wkbNone and not layer.TestCapability(
            ogr.OLCFastSpatialFilter)
        return sum(1 for _ in layer), unindexed

    return _read_quietly(read)[0]


@functools.cache
def gdal_makes_spatial_indexes():
    """Whether this GDAL gives a GeoPackage layer its spatial index (SQLite's R*Tree module
    is built in), tried once on a GeoPackage in memory."""
    probe = "/vsimem/wijkradar-spatial-index-probe.gpkg"

    def make_and_read():
        dataset = ogr.GetDriverByName("GPKG").CreateDataSource(probe)
        layer = dataset.CreateLayer("probe", None, ogr.wkbPoint)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (0 0)"))
        layer.CreateFeature(feature)
        dataset = None  # closes it: the index is made now
        dataset = ogr.Open(probe)
        return bool(dataset.GetLayer(0).TestCapability(ogr.OLCFastSpatialFilter))

    try:
        return bool(_read_quietly(make_and_read)[0])
    finally:
        gdal.Unlink(probe)


class SinkTally:
    """How many features the sink of one output took."""

    def __init__(self, destination):
        self.destination = destination
        self.added = 0


class CountingSink(QgsFeatureSink):
    """A feature sink that passes features on to ``sink`` and counts those it took, so
    that the guard can tell when fewer reach the file. It holds the real sink; the guard
    holds only the tally, so that deleting this sink still closes the file."""

    def __init__(self, sink, tally):
        super().__init__()
        self.sink = sink
        self.tally = tally

    def addFeature(self, feature, *flags):  # noqa: N802 (QGIS's name)
        added = self.sink.addFeature(feature, *flags)
        self.tally.added += int(bool(added))
        return bool(added)

    def addFeatures(self, features, *flags):  # noqa: N802 (QGIS's name)
        features = list(features)  # (a list or a feature iterator)
        added = self.sink.addFeatures(features, *flags)
        added = added[0] if isinstance(added, tuple) else added  # (a provider's answer)
        self.tally.added += len(features) if added else 0
        return bool(added)

    def flushBuffer(self):  # noqa: N802 (QGIS's name)
        return self.sink.flushBuffer()

    def lastError(self):  # noqa: N802 (QGIS's name)
        return self.sink.lastError()

    def finalize(self):
        # (QGIS 3.42+; before, the sink flushed only when it was deleted, as it still is)
        finalize = getattr(self.sink, "finalize", None)
        if finalize is not None:
            finalize()


def counted_sink(sink, destination):
    """``sink`` wrapped to count its features when it writes a file of the guarded run
    going on in this thread (the guard compares the count with the file on commit)."""
    guards = getattr(_ACTIVE, "guards", [])
    if sink is None or not guards or output_file(destination) is None:
        return sink
    tally = SinkTally(destination)
    guards[-1].tallies.append(tally)
    return CountingSink(sink, tally)


class OutputGuard:
    """Checks, sets aside and verifies the output files of one algorithm run.

    Use as a context manager around the run; call :meth:`commit` when it succeeded."""

    def __init__(self, algorithm, parameters, context):
        self.outputs = []  # (parameter description, absolute path, file is appended to)
        extra = getattr(algorithm, "COMPANION_SUFFIXES", ())
        self.extra_suffixes = tuple(extra)
        for definition in algorithm.destinationParameterDefinitions():
            value = destination_value(parameters.get(definition.name()))
            path = output_file(value)
            if path is None:
                continue
            appended = bool(value.startswith("ogr:") and GPKG_LAYER_URI.search(value))
            self.outputs.append((definition.description(), path, appended))
        self.deferred = []  # actions to run once the outputs are kept
        self.tallies = []  # SinkTally of each file a feature sink wrote
        self.backup_folders = {}
        self.moved = []  # (original path, backup path)
        self.copied = []  # (original path, copy path): files the run appends to

    def check_writable(self):
        """Refuses, before any work, an output that cannot be written."""
        for description, path, _ in self.outputs:
            reason = unwritable_reason(path)
            if reason:
                raise QgsProcessingException(_tr(
                    "Cannot write '{}' to {}: {} Choose another file or folder.").format(
                    description, path, reason))

    def __enter__(self):
        self.check_writable()
        _ACTIVE.guards = getattr(_ACTIVE, "guards", []) + [self]
        # (no GDAL error handler of our own: a Python callable in GDAL's handler stack broke
        # GDAL's Arrow reading in QGIS 3.40/3.44 task threads and crashed the desktop)
        for _, path, appended in self.outputs:
            if appended and os.path.exists(path):
                self.copied.append((path, self._backup_path(path)))
                shutil.copy2(path, self.copied[-1][1])
                continue
            for existing in companions(path, self.extra_suffixes):
                if os.path.exists(existing):
                    self.moved.append((existing, self._backup_path(existing)))
                    os.replace(existing, self.moved[-1][1])
        return self

    def _backup_path(self, path):
        folder = os.path.dirname(path)
        if folder not in self.backup_folders:
            self.backup_folders[folder] = tempfile.mkdtemp(prefix=BACKUP_PREFIX, dir=folder)
        return os.path.join(self.backup_folders[folder], os.path.basename(path))

    def written_files(self):
        return [file for _, path, _ in self.outputs
                for file in companions(path, self.extra_suffixes) if os.path.exists(file)]

    def commit(self, feedback=None):
        """Verifies every file written; raises (and the context rolls back) when one is
        broken or the run was canceled after it finished writing."""
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(_tr("Canceled by the user."))
        reasons = itertools.chain(
            map(broken_file_reason, self.written_files()),
            (incomplete_layer_reason(tally.destination, tally.added) for tally in self.tallies))
        reason = next(filter(None, reasons), None)
        if reason:
            raise QgsProcessingException(_tr(
                "Writing the outputs failed: {} Is the disk full? Nothing was kept; free "
                "some space or choose another folder, and run again.").format(reason))
        outer = [guard for guard in getattr(_ACTIVE, "guards", []) if guard is not self]
        if outer:  # a model's step: its audit line waits for the model's outputs
            outer[-1].deferred.extend(self.deferred)
        else:
            for action, arguments in self.deferred:
                action(*arguments)
        self.committed = True

    def __exit__(self, kind, error, trace):
        _ACTIVE.guards = [guard for guard in _ACTIVE.guards if guard is not self]
        if getattr(self, "committed", False):
            self._keep_new_files()
        else:
            self._restore_old_files()
        for folder in self.backup_folders.values():
            shutil.rmtree(folder, ignore_errors=True)
        return False

    def _keep_new_files(self):
        # An old file the run did not write again (an extra page image) stays as it was.
        for original, backup in self.moved:
            if not os.path.exists(original):
                os.replace(backup, original)

    def _restore_old_files(self):
        for file in self.written_files():
            if not any(file == original for original, _ in self.copied):
                _remove_quietly(file)
                # A rollback journal beside a removed GeoPackage would be replayed onto
                # the next file of that name: it goes with it.
                _remove_quietly(file + "-journal")
        for original, backup in self.moved + self.copied:
            os.replace(backup, original)


def _remove_quietly(path):
    with contextlib.suppress(OSError):
        os.remove(path)


def guarded_run(algorithm, run, parameters, context, feedback):
    """``run(parameters, context, feedback)`` with all-or-nothing outputs; write errors
    (a full disk, a quota) become a message that says what happened."""
    with OutputGuard(algorithm, parameters, context) as guard:
        try:
            results = run(parameters, context, feedback)
            guard.commit(feedback)
        except OSError as error:
            raise QgsProcessingException(_tr(
                "Could not write {}: {}. Nothing was kept; free some space or choose another "
                "folder, and run again.").format(error.filename or _tr("an output"),
                                                 error.strerror or error)) from error
        except RuntimeError as error:  # GDAL raising (as newer QGIS sets it) on a failed write
            if not WRITE_FAILURE.search(str(error)):
                raise
            raise QgsProcessingException(_tr(
                "Writing the outputs failed ({}). Is the disk full? Nothing was kept; free some "
                "space or choose another folder, and run again.").format(str(error).strip())
            ) from error
    return results
