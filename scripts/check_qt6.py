"""Checks that the plugin's code is ready for QGIS 4 (Qt6) while it runs on QGIS 3.22 to 3.44.

Three checks, each listing what it finds (exit status 1 when anything is found):

1. QGIS's own PyQt5-to-PyQt6 migration tool (``pyqt5to6``, PyPI ``qgis-pyqt5to6``) runs over a
   copy of the code: anything it would rewrite (unscoped Qt enums such as ``Qt.AlignLeft``,
   ``exec_()``, ``QVariant()`` as NULL, Qt5-only calls) fails, with its diff. It knows Qt6's
   enums from PyQt6 (installed beside it in build/qt6-venv by scripts/setup.sh); QGIS's own
   enums it cannot read without a Qt6 build of QGIS, hence check 2.
2. QGIS 3 names that newer QGIS keeps only as aliases of renamed API (``QgsProcessing.
   TypeVectorPoint`` for ``Qgis.ProcessingSourceType.VectorPoint``, ...; the list in
   scripts/qt6/renamed_api.txt is read off QGIS 3.44's bindings). The plugin uses the new names
   through processing/compat.py, the one module allowed to name the old ones.
3. Idioms neither covers: Qt imported from PyQt5 instead of qgis.PyQt; ``QAction`` from
   qgis.PyQt.QtGui (QGIS 3.22 has it only in QtWidgets, and QGIS's Qt6 shim keeps it there);
   ``QVariant`` type names (``QVariant.Int``: field types go through compat.field_type).
"""

import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIGRATION_TOOL = os.path.join(REPO, "build", "qt6-venv", "bin", "pyqt5to6")
RENAMED_API = os.path.join(REPO, "scripts", "qt6", "renamed_api.txt")
# The one module that may name old API: it picks the new or the old per QGIS version.
COMPAT = "processing/compat.py"
SKIPPED = (COMPAT, "scripts/check_qt6.py", "scripts/qt6/", "tests/core/test_check_qt6.py")

IDIOMS = [
    (re.compile(r"^\s*(from|import)\s+PyQt5\b"), "import Qt through qgis.PyQt, not PyQt5"),
    (re.compile(r"from\s+qgis\.PyQt\.QtGui\s+import\s+.*\bQ(Action|ActionGroup|Shortcut)\b"),
     "import QAction/QActionGroup/QShortcut from qgis.PyQt.QtWidgets (QGIS 3.22 has them only "
     "there; QGIS's Qt6 shim keeps them there)"),
    (re.compile(r"\.parameterAsFields\("),
     "parameterAsFields is deprecated from QGIS 3.32: use compat.field_names()"),
    (re.compile(r"\bQVariant\.(Int|Double|String|Bool|Date|DateTime|LongLong|UInt|Map|List)\b"),
     "QVariant type names are gone in Qt6: use compat.field_type() or QMetaType.Type"),
]


def python_files():
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard",
                             "*.py"], cwd=REPO, capture_output=True, text=True,
                            check=True).stdout.split()
    return sorted(path for path in set(listed) if not path.startswith(SKIPPED)
                  and os.path.isfile(os.path.join(REPO, path)))


def migration_tool_changes(files):
    """What QGIS's migration tool would change, as unified diffs (run on a copy)."""
    if not os.path.exists(MIGRATION_TOOL):
        return [f"{MIGRATION_TOOL} is missing: run `make setup` (scripts/setup.sh installs "
                "requirements-qt6.txt into build/qt6-venv)"]
    with tempfile.TemporaryDirectory(prefix="wijkradar-qt6-") as copy:
        for path in files:
            os.makedirs(os.path.dirname(os.path.join(copy, path)), exist_ok=True)
            shutil.copy(os.path.join(REPO, path), os.path.join(copy, path))
        # Its own venv, without QGIS: PyQt5 and PyQt6 must not meet in one process.
        environment = {"PATH": os.environ.get("PATH", ""), "QT_QPA_PLATFORM": "offscreen",
                       "HOME": os.environ.get("HOME", "/tmp")}
        result = subprocess.run([MIGRATION_TOOL, copy], capture_output=True, text=True,
                                env=environment)
        if result.returncode not in (0, 1) or "Traceback" in result.stderr:
            return [f"pyqt5to6 failed ({result.returncode}):\n{result.stderr[-2000:]}"]
        changes = []
        for path in files:
            with open(os.path.join(REPO, path), encoding="utf-8") as handle:
                before = handle.readlines()
            with open(os.path.join(copy, path), encoding="utf-8") as handle:
                after = handle.readlines()
            if before != after:
                changes.append("".join(difflib.unified_diff(before, after, path, path + " (Qt6)")))
        return changes


def renamed_names():
    with open(RENAMED_API, encoding="utf-8") as handle:
        pairs = [line.split() for line in handle if line.strip() and not line.startswith("#")]
    return dict(pairs)


def old_api_uses(path, renamed):
    """Uses of renamed QGIS API in one file, with the new name to use."""
    chain = re.compile(r"\b(Qgs\w+(?:\.\w+)+)")
    with open(os.path.join(REPO, path), encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            for match in chain.finditer(line.split("#", 1)[0]):
                parts = match.group(1).split(".")
                for end in range(len(parts), 1, -1):
                    old = ".".join(parts[:end])
                    if old in renamed:
                        yield (f"{path}:{number}: {old} is QGIS 3 API kept as an alias: use "
                               f"{renamed[old]} (from processing/compat.py where QGIS 3.22 "
                               "lacks it)")
                        break


def idiom_uses(path):
    with open(os.path.join(REPO, path), encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            code = line.split("#", 1)[0]
            for pattern, message in IDIOMS:
                if pattern.search(code):
                    yield f"{path}:{number}: {message}: {line.strip()}"


def main():
    files = python_files()
    renamed = renamed_names()
    problems = migration_tool_changes(files)
    for path in files:
        problems += list(old_api_uses(path, renamed)) + list(idiom_uses(path))
    for problem in problems:
        print(problem)
    print(f"check_qt6: {len(files)} files, {len(problems)} problem(s) for QGIS 4 / Qt6 "
          f"(QGIS's migration tool, {len(renamed)} renamed QGIS names, PyQt5-only idioms)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
