"""The properties of issue 15, checked on one run of a Wijkradar algorithm or model.

A run either returns, and then every file it wrote opens (GeoPackage layers with all their
features, GeoTIFFs through GDAL, PDFs, PNGs, HTML, provenance sidecars), or it raises
QgsProcessingException with a sentence and leaves no file behind. Never another exception,
never a traceback as the message. Its input files are byte for byte what they were, and no
file appears beside them. After Cancel it writes nothing more.
"""

import hashlib
import json
import os
import re
import selectors
import signal
import sys
import time
import traceback
import warnings
from dataclasses import dataclass, field
from typing import Optional

from osgeo import gdal
from qgis import processing
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from .conftest import RecordingFeedback

# What a user must never read as a message: the text of a crash, not a sentence.
CRASH_TEXT = re.compile(
    r"Traceback \(most recent call last\)"
    r"|\b[A-Z][A-Za-z]*(?:Error|Exception)\b"  # KeyError, GEOSException, QgsProcessingException
    r"|\bin method '\w+'|argument \d+ of type"  # SWIG (GDAL/OGR bindings)
    r"|object at 0x[0-9a-f]+|\bNoneType\b")
# QGIS's own words, taken as they are: its check of parameter values before the algorithm
# runs (naming the parameter), and a model's report of the step that failed (QGIS 3.22 names
# the step only; the step's own message is in the log).
QGIS_OWN_MESSAGE = re.compile(
    r"^Unable to execute algorithm\n(Incorrect|Missing) parameter value for \w+"
    r"|^Error encountered while running [^\n]+$")
SENTENCE_END = re.compile(r"[.!?][)\"'»”]*$")
# How a run may say what it took the coordinates of a layer without a CRS to be.
_NO = r"(\bno\b|without|missing|not set|unknown|undefined|assum)"
_CRS = r"(\bCRS\b|coordinate reference system)"
NO_CRS_SAID = re.compile(rf"{_NO}[^\n]*{_CRS}|{_CRS}[^\n]*{_NO}", re.IGNORECASE)
AUX_XML = ".aux.xml"  # what GDAL writes beside a raster it computed statistics of


def message_problem(message):
    """Why a QgsProcessingException's message is not a sentence a user can act on, or None."""
    text = message.strip()
    if QGIS_OWN_MESSAGE.match(text):
        return None
    crash = CRASH_TEXT.search(text)
    if crash:
        return f"the message is crash text ({crash.group(0)!r}): {last_line(text)!r}"
    if not SENTENCE_END.search(text):
        return f"the message does not end as a sentence: {text[-160:]!r}"
    return None


def last_line(text):
    lines = [line for line in (text or "").strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else ""


def files_under(folder):
    """Every file below a folder (hidden ones too), as paths relative to it."""
    found = []
    for root, _, names in os.walk(folder):
        found += [os.path.relpath(os.path.join(root, name), folder) for name in names]
    return sorted(found)


def fingerprint(folder):
    """Each file below a folder with the SHA-256 of its bytes."""
    digests = {}
    for name in files_under(folder):
        with open(os.path.join(folder, name), "rb") as handle:
            digests[name] = hashlib.sha256(handle.read()).hexdigest()
    return digests


def changes(before, after, new_aux_xml=True):
    """What happened to the files between two fingerprints, in words; empty if nothing.
    ``new_aux_xml=False`` passes over a new .aux.xml (checked by a case of its own)."""
    appeared = [name for name in sorted(set(after) - set(before))
                if new_aux_xml or not name.endswith(AUX_XML)]
    said = [f"{name} appeared" for name in appeared]
    said += [f"{name} disappeared" for name in sorted(set(before) - set(after))]
    said += [f"{name} changed" for name in sorted(set(before) & set(after))
             if before[name] != after[name]]
    return said


# -- outputs --------------------------------------------------------------------------------

def vector_problem(path):
    layer = QgsVectorLayer(path, "output", "ogr")
    if not layer.isValid():
        return "does not open as a layer"
    read = sum(1 for _ in layer.getFeatures())
    if read != layer.featureCount():
        return f"says it has {layer.featureCount()} features but {read} can be read"
    return None


def raster_problem(path):
    dataset = gdal.OpenEx(path, gdal.OF_RASTER | gdal.OF_READONLY)
    if dataset is None:
        return "does not open with GDAL"
    if dataset.GetRasterBand(1).ReadAsArray() is None:
        return "opens with GDAL but its cells cannot be read"
    return None


def pdf_problem(path):
    with open(path, "rb") as handle:
        content = handle.read()
    if not content.startswith(b"%PDF") or b"%%EOF" not in content[-2048:]:
        return "is not a complete PDF"
    return None


def image_problem(path):
    return "does not open as an image" if QImage(path).isNull() else None


def text_problem(path):
    with open(path, "rb") as handle:
        content = handle.read()
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return "is not UTF-8 text"
    return "is empty" if not content.strip() else None


def sidecar_problem(path):
    try:
        with open(path, encoding="utf-8") as handle:
            record = json.load(handle)
    except ValueError as error:
        return f"is not JSON ({error})"
    return None if isinstance(record, dict) and record.get("algorithm") else (
        "names no algorithm")


CHECKS = [(".provenance.json", sidecar_problem), (".gpkg", vector_problem),
          (".tif", raster_problem), (".pdf", pdf_problem), (".png", image_problem),
          (".html", text_problem), (".qmd", text_problem), (".qml", text_problem),
          (".json", text_problem)]


def output_problems(folder, requested):
    """What is wrong with the files a successful run left in its output folder: a file that
    does not open, or a requested output that is missing (a page image 'name.png' may be
    written as name_1.png, name_2.png, ...)."""
    problems = []
    written = files_under(folder)
    for name in written:
        check = next((check for suffix, check in CHECKS if name.endswith(suffix)), None)
        problem = check(os.path.join(folder, name)) if check else None
        if problem:
            problems.append(f"output {name} {problem}")
    for parameter, path in requested.items():
        stem, suffix = os.path.splitext(os.path.relpath(path, folder))
        if not any(name == stem + suffix or (name.startswith(stem + "_") and
                                             name.endswith(suffix)) for name in written):
            problems.append(f"output {parameter} ({stem + suffix}) was not written")
    return problems


# -- one run --------------------------------------------------------------------------------

@dataclass
class Outputs:
    folder: str
    requested: dict  # parameter -> path


@dataclass
class Run:
    """What one run did."""

    result: Optional[dict] = None
    refusal: Optional[str] = None  # the QgsProcessingException's message
    problems: list = field(default_factory=list)
    feedback: Optional[RecordingFeedback] = None


def run_algorithm(algorithm_id, parameters, feedback=None):
    """Runs an algorithm as processing.run does for a user; any other exception than
    QgsProcessingException is a problem, not a failure of the test harness."""
    run = Run(feedback=feedback or RecordingFeedback())
    try:
        run.result = processing.run(algorithm_id, parameters, feedback=run.feedback)
    except QgsProcessingException as error:
        run.refusal = str(error)
    except Exception as error:  # any other exception is what is checked
        run.problems.append(f"raised {type(error).__name__}: {last_line(str(error))}")
    return run


def check_run(algorithm_id, parameters, inputs, outputs, feedback=None, without_crs=False,
              new_aux_xml=False):
    """Runs the algorithm and returns the Run with every broken property in run.problems.

    ``inputs``: the folder holding every input file; ``outputs``: the Outputs (an empty
    folder and the requested paths); ``without_crs``: an input layer has no CRS, which a
    successful run must mention; ``new_aux_xml``: whether a new .aux.xml beside an input
    counts as a change."""
    before = fingerprint(inputs)
    if isinstance(feedback, CancelAfter):
        feedback.watch(outputs.folder)
    run = run_algorithm(algorithm_id, parameters, feedback)
    left = files_under(outputs.folder)
    if run.refusal is not None:
        problem = message_problem(run.refusal)
        if problem:
            run.problems.append(problem)
        if left:
            run.problems.append(f"it failed but left outputs: {', '.join(left)}")
    elif run.result is not None:
        run.problems += output_problems(outputs.folder, outputs.requested)
        if without_crs and not NO_CRS_SAID.search(run.feedback.text()):
            run.problems.append("a layer has no CRS, and the run neither refused it nor "
                                "said what it took the coordinates to be")
    run.problems += [f"input {change}" for change in
                     changes(before, fingerprint(inputs), new_aux_xml)]
    if isinstance(feedback, CancelAfter):
        run.problems += feedback.problems()
    return run


def explain(run, algorithm_id, parameters):
    """The assertion message: what went wrong and the parameters that made it."""
    shown = {name: value if isinstance(value, (str, int, float, list, type(None)))
             else f"<{type(value).__name__} {getattr(value, 'source', lambda: '')()}>"
             for name, value in parameters.items()}
    outcome = (f"refused: {last_line(run.refusal)}" if run.refusal is not None
               else "returned" if run.result is not None else "crashed")
    return (f"{algorithm_id} {outcome}\n  - " + "\n  - ".join(run.problems)
            + f"\n  parameters: {shown}\n  log: {run.feedback.text()[-1500:]}")


# -- Cancel ---------------------------------------------------------------------------------

class CancelAfter(RecordingFeedback):
    """Presses Cancel when the run has reported ``steps`` times (progress, progress text or
    a log line; 0: before it starts). A run may finish the step it is in, but from then on
    it must not write its outputs: each later report checks the output folder."""

    def __init__(self, steps):
        super().__init__()
        self.steps = steps
        self.reports = []
        self.folder = None
        self.pressed = None  # (what the run had just reported, the output files then)
        self.written_after = []  # output files that appeared after Cancel
        self.progressChanged.connect(lambda value: self.report(f"progress {value:.0f}%"))

    def watch(self, folder):
        self.folder = folder
        if self.steps == 0:
            self.press("nothing (before the run)")

    def press(self, what):
        self.pressed = (what, set(files_under(self.folder)))
        self.cancel()

    def report(self, what):
        self.reports.append(what)
        if self.pressed is None and len(self.reports) >= self.steps:
            self.press(repr(what))
        elif self.pressed is not None and not self.written_after:
            self.written_after = sorted(set(files_under(self.folder)) - self.pressed[1])

    def pushInfo(self, info):
        super().pushInfo(info)
        self.report(f"'{info[:60]}'")

    def pushWarning(self, warning):
        super().pushWarning(warning)
        self.report(f"'{warning[:60]}'")

    def setProgressText(self, text):
        super().setProgressText(text)
        self.report(f"'{text[:60]}'")

    def problems(self):
        if not self.written_after:
            return []
        return [f"Cancel was pressed after {self.pressed[0]}, yet the run went on and wrote "
                f"{', '.join(self.written_after)}"]


# -- a run in a copy of the test process ----------------------------------------------------

COULD_NOT_REPORT = 3  # the exit status of a copy whose interpreter broke down


def in_a_copy_of_this_process(check, timeout=300):
    """Runs ``check()`` in a forked copy of this process (QGIS and all, no start-up) and
    raises its AssertionError here; a copy that crashes, hangs, or whose interpreter is left
    broken (a C++ exception thrown through Python frames) fails the check with that said."""
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():
        # Python 3.12+ warns that forking a process with threads (QGIS's, numpy's) may
        # deadlock in the copy; the copy only runs the algorithm, and one that hangs is killed.
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # the copy: report and leave, whatever happens, never back into pytest
        reported = False
        try:
            os.close(read_end)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(json.dumps(outcome_of(check)).encode("utf-8"))
            reported = True
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(0 if reported else COULD_NOT_REPORT)
    os.close(write_end)
    received, status = collect(read_end, pid, timeout)
    if status is None:
        raise AssertionError(f"the run did not end within {timeout} s (killed)")
    if not received:
        raise AssertionError(
            f"the run left the Python interpreter broken: the process it ran in could not "
            f"report afterwards ({describe_status(status)}; see its captured output)")
    outcome = json.loads(received)
    if outcome.get("failed"):
        raise AssertionError(outcome["failed"])


def outcome_of(check):
    try:
        check()
        outcome = {}
    except AssertionError as error:
        outcome = {"failed": str(error)}
    except BaseException:  # the copy reports whatever stopped it
        outcome = {"failed": "the check itself stopped:\n" + traceback.format_exc()}
    try:  # a broken interpreter shows here: SystemError, or a crash the parent sees
        files_under(os.path.dirname(__file__))
        exec(compile("sum(range(3))", "probe", "eval"))
    except BaseException:
        outcome["failed"] = (outcome.get("failed", "") + "\nafter the run, the Python "
                             "interpreter was broken:\n" + traceback.format_exc())
    return outcome


def collect(read_end, pid, timeout):
    """(what the copy sent, its wait status), or (..., None) after killing a copy that hung."""
    chunks, deadline = [], time.monotonic() + timeout
    # (a selector, not select.select: a long `make fuzz` session holds over 1,024 open files,
    # the most select() can watch)
    with os.fdopen(read_end, "rb") as pipe, selectors.DefaultSelector() as selector:
        selector.register(pipe, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            ready = selector.select(deadline - time.monotonic())
            chunk = pipe.read1(65536) if ready else b""
            if ready and not chunk:
                break
            chunks.append(chunk)
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return b"".join(chunks), None
    _, status = os.waitpid(pid, 0)
    return b"".join(chunks), status


def describe_status(status):
    if os.WIFSIGNALED(status):
        return f"killed by {signal.Signals(os.WTERMSIG(status)).name}"
    if os.WEXITSTATUS(status) == COULD_NOT_REPORT:
        return "Python raised while it reported"
    return f"exit status {os.WEXITSTATUS(status)}"
