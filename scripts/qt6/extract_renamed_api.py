"""Writes scripts/qt6/renamed_api.txt: the QGIS 3 names that a newer QGIS keeps only as
aliases of their new names (the lines its Python bindings mark ``is_monkey_patched``).

Run in the newest QGIS root:
``scripts/qgis_root.sh run 3.44 python3 scripts/qt6/extract_renamed_api.py``.
scripts/check_qt6.py fails on any of these names outside processing/compat.py.
"""

import os
import re

import qgis

ALIAS = re.compile(r"^(Qgs\w*(?:\.\w+)+) = ((?:Qgis|Qgs)\w*(?:\.\w+)+)$")
OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "renamed_api.txt")


def aliases(path):
    """(old name, new name) for every alias a bindings module marks as monkey-patched."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    patched = {line.split(".is_monkey_patched")[0] for line in lines
               if line.endswith(".is_monkey_patched = True")}
    for line in lines:
        match = ALIAS.match(line)
        if match:
            old, new = match.groups()
            # 'Cls.Old' is marked; 'Cls.Enum.Old' is its scoped spelling, set beside it
            short = old.split(".")[0] + "." + old.split(".")[-1]
            if (old in patched or short in patched) and old != new:
                yield old, new


def main():
    root = os.path.dirname(qgis.__file__)
    found = {}
    for module in ("core", "gui", "analysis"):
        for old, new in aliases(os.path.join(root, module, "__init__.py")):
            found[old] = new
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write(f"# QGIS {qgis.core.Qgis.QGIS_VERSION}: old name -> new name "
                     "(scripts/qt6/extract_renamed_api.py)\n")
        for old in sorted(found):
            handle.write(f"{old} {found[old]}\n")
    print(f"wrote {len(found)} renamed names to {OUTPUT}")


if __name__ == "__main__":
    import qgis.core  # noqa: F401 (its import runs the aliases' definitions)

    main()
