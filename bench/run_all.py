"""Runs every Wijkradar benchmark and rewrites bench/RESULTS.md from the measured figures.

``make bench`` calls this script (with PYTHONPATH=build/pkg and QT_QPA_PLATFORM=offscreen).
Each benchmark is a module ``bench/bench_<name>.py`` with a function ``run(bench)`` that
measures what it measures and returns one markdown section; this script finds the modules,
runs them in name order, and writes the machine, the date and the sections to RESULTS.md.

Measured jobs run in their own child process (:meth:`Bench.run_child`), so the peak memory
of a job is the child's own peak resident set size, and QGIS's state from one job never
leaks into the next. The peak is the child's ``VmHWM`` (``/proc/self/status``, reported by
:func:`print_result`): on Linux the ``ru_maxrss`` of a child (``os.wait4``,
``RUSAGE_CHILDREN``) also counts the resident memory of the process it was forked from at
the moment of the fork, which would charge the benchmark's own data to the job. Generated data
and outputs go to ``bench/out/`` (gitignored) and are kept between runs.

Usage: ``python bench/run_all.py [name ...]`` (e.g. ``kde``) runs only those benchmarks;
RESULTS.md is only rewritten when every benchmark ran.
"""

import datetime as dt
import importlib
import inspect
import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Optional

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH_DIR)
OUT_DIR = os.path.join(BENCH_DIR, "out")
RESULTS = os.path.join(BENCH_DIR, "RESULTS.md")
# A child prints one line starting with this marker, followed by its figures as JSON.
RESULT_MARKER = "BENCH_RESULT "


@dataclass
class Measurement:
    """What one child process did: its own figures plus wall time and peak memory."""

    name: str
    returncode: int
    wall_seconds: float
    maxrss_mib: float
    log: str
    result: dict = field(default_factory=dict)
    timed_out: bool = False

    @property
    def peak_mib(self):
        """The child's own peak RSS (VmHWM) if it reported it, else ru_maxrss (an upper
        bound that includes the parent's memory at fork time)."""
        return self.result.get("peak_mib", self.maxrss_mib)

    @property
    def ok(self):
        return self.returncode == 0 and not self.timed_out and bool(self.result)


class Bench:
    """What a benchmark module gets: folders, the interpreter and a way to run a job."""

    def __init__(self, out_dir=OUT_DIR):
        self.repo = REPO
        self.bench_dir = BENCH_DIR
        self.out_dir = out_dir
        self.log_dir = os.path.join(out_dir, "logs")
        self.python = sys.executable
        os.makedirs(self.log_dir, exist_ok=True)

    def path(self, *parts):
        return os.path.join(self.out_dir, *parts)

    def run_child(self, name, args, timeout: Optional[float] = None) -> Measurement:
        """Runs ``python args...`` as a child; returns its figures, wall time and peak memory.

        The child's stdout and stderr go to ``out/logs/<name>.log``; its figures are the
        JSON after :data:`RESULT_MARKER`, including its own peak memory (VmHWM). The
        ``ru_maxrss`` of the child from ``os.wait4`` is kept as a fallback for a child that
        fails or is stopped.
        """
        log = os.path.join(self.log_dir, f"{name}.log")
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        print(f"  [{time.strftime('%H:%M:%S')}] {name} ...", flush=True)
        with open(log, "w", encoding="utf-8") as handle:
            start = time.perf_counter()
            child = subprocess.Popen([self.python, *args], stdout=handle,
                                     stderr=subprocess.STDOUT, env=env, cwd=self.repo)
            status, usage, timed_out = _wait_with_usage(child, timeout)
            wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        measurement = Measurement(name, child.returncode, wall, usage.ru_maxrss / 1024.0, log,
                                  _read_result(log), timed_out)
        state = "ok" if measurement.ok else f"FAILED (see {os.path.relpath(log, REPO)})"
        print(f"  [{time.strftime('%H:%M:%S')}] {name}: {state}, {wall:.1f} s wall, "
              f"peak {measurement.peak_mib:.0f} MiB", flush=True)
        return measurement


def _wait_with_usage(child, timeout):
    """os.wait4 on the child (for its own rusage), killing it after ``timeout`` seconds."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(child.pid, 0 if deadline is None else os.WNOHANG)
        if pid == child.pid:
            return status, usage, False
        if time.monotonic() > deadline:
            child.kill()
            _, status, usage = os.wait4(child.pid, 0)
            return status, usage, True
        time.sleep(0.2)


def _read_result(log):
    with open(log, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.startswith(RESULT_MARKER):
                return json.loads(line[len(RESULT_MARKER):])
    return {}


def print_result(figures):
    """For children: hands ``figures`` (JSON-able) back to :meth:`Bench.run_child`, with the
    child's peak memory so far (``peak_mib``)."""
    figures = dict(figures)
    figures.setdefault("peak_mib", own_peak_mib())
    print(RESULT_MARKER + json.dumps(figures), flush=True)


def child_main(jobs, run, argv=None):
    """The command line of a benchmark module: ``JOB ARGS...`` runs that child job (a
    function of ``jobs``) and returns its exit code; no job runs every job (``run()``) and
    prints the module's section."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in jobs:
        return jobs[argv[0]](*argv[1:])
    print(run())
    return 0


def own_peak_mib():
    """Peak resident set size of this process since it started (VmHWM), in MiB."""
    with open("/proc/self/status", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


# -- the machine -------------------------------------------------------------------------

def machine():
    """[(label, value)] describing the machine and the software the figures come from."""
    rows = [("CPU", _cpu_model()), ("Cores", str(os.cpu_count())), ("RAM", _ram()),
            ("OS", f"{_os_name()}, Linux {platform.release()}"),
            ("Python", platform.python_version())]
    for label, version in _versions():
        rows.append((label, version))
    return rows


def _cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram():
    try:
        with open("/proc/meminfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("MemTotal:"):
                    return f"{int(line.split()[1]) / 1024 ** 2:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _os_name():
    try:
        with open("/etc/os-release", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("PRETTY_NAME="):
                    return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return platform.platform()


def _versions():
    versions = []
    try:
        from qgis.core import Qgis

        versions.append(("QGIS", Qgis.QGIS_VERSION))
    except ImportError:
        versions.append(("QGIS", "not importable"))
    try:
        from osgeo import gdal

        versions.append(("GDAL", gdal.__version__))
    except ImportError:
        versions.append(("GDAL", "not importable"))
    for module in ("numpy", "scipy", "shapely"):
        try:
            versions.append((module, importlib.import_module(module).__version__))
        except ImportError:
            versions.append((module, "not installed"))
    return versions


# -- assembling RESULTS.md ---------------------------------------------------------------

def benchmark_modules(only=()):
    """Names of the bench_<name>.py modules, in name order (only those in ``only`` if set)."""
    names = sorted(entry[len("bench_"):-len(".py")] for entry in os.listdir(BENCH_DIR)
                   if entry.startswith("bench_") and entry.endswith(".py"))
    unknown = set(only) - set(names)
    if unknown:
        raise SystemExit(f"No such benchmark: {', '.join(sorted(unknown))} "
                         f"(there are: {', '.join(names)})")
    return [name for name in names if not only or name in only]


def results_markdown(sections, started, finished):
    lines = ["# Wijkradar benchmarks", "",
             f"Written by `make bench` (bench/run_all.py) on {finished:%Y-%m-%d %H:%M} "
             f"(local time); the run took {(finished - started).total_seconds() / 60:.1f} "
             "minutes. Every figure below was measured in that run; none is typed by hand.",
             "", "## Machine", "", "| | |", "|---|---|"]
    lines += [f"| {label} | {value} |" for label, value in machine()]
    lines.append("")
    for section in sections:
        lines += [section.rstrip(), ""]
    return "\n".join(lines)


def main(argv=None):
    only = sys.argv[1:] if argv is None else argv
    if BENCH_DIR not in sys.path:
        sys.path.insert(0, BENCH_DIR)
    bench = Bench()
    started = dt.datetime.now()
    sections = []
    for name in benchmark_modules(only):
        print(f"== bench_{name}", flush=True)
        module = importlib.import_module(f"bench_{name}")
        # run(bench) gets the shared helper (child processes, output folder); run() does not
        takes_bench = len(inspect.signature(module.run).parameters) > 0
        sections.append(module.run(bench) if takes_bench else module.run())
    finished = dt.datetime.now()
    if only:
        print("\n".join(sections))
        print(f"(ran only {', '.join(only)}: {os.path.relpath(RESULTS, REPO)} not rewritten)")
        return 0
    with open(RESULTS, "w", encoding="utf-8") as handle:
        handle.write(results_markdown(sections, started, finished))
    print(f"wrote {os.path.relpath(RESULTS, REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
