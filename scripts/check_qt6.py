"""Finds PyQt5-only idioms that break the plugin on QGIS 4 (Qt6).

Flags: ``exec_()``; Qt imported from PyQt5 instead of ``qgis.PyQt``; unscoped Qt enum values
(``Qt.AlignLeft`` must be ``Qt.AlignmentFlag.AlignLeft``; PyQt6 has only the scoped form).
Exit status 1 when something is found.
"""

import re
import subprocess
import sys

CHECKS = [
    (re.compile(r"\.exec_\("), "exec_() does not exist in PyQt6: use exec()"),
    (re.compile(r"^\s*(from|import)\s+PyQt5\b"), "import Qt through qgis.PyQt, not PyQt5"),
    # Qt.Name or QWidgetClass.Name not followed by '.', '(' or more name: a bare enum value.
    (re.compile(r"\b(?:Qt|Q(?!gs|gis)[A-Z]\w*)\.([A-Z]\w*)\b(?![.(\w])"),
     "unscoped Qt enum value: PyQt6 needs the scoped form, e.g. Qt.AlignmentFlag.AlignLeft"),
]
# Names after a Qt class that are not enum values (signals, nested classes used as types).
ALLOWED = {"Type", "Shape", "Shadow"}


def python_files():
    listed = subprocess.run(["git", "ls-files", "*.py"], capture_output=True, text=True,
                            check=True).stdout.split()
    return [path for path in listed if path != "scripts/check_qt6.py"]


def problems_in(path):
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            code = line.split("#", 1)[0]
            for pattern, message in CHECKS:
                match = pattern.search(code)
                if match and not (match.groups() and match.group(1) in ALLOWED):
                    yield f"{path}:{number}: {message}: {line.strip()}"


def main():
    problems = [problem for path in python_files() for problem in problems_in(path)]
    for problem in problems:
        print(problem)
    print(f"check_qt6: {len(problems)} PyQt5-only idiom(s) found")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
