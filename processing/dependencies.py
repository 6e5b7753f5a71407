"""Optional Python libraries: a missing one disables only what needs it, with a message
that says how to install it. Algorithm modules import ``core`` only inside
``processAlgorithm`` (after :func:`require`), so the plugin and its Toolbox entries load
even when a library is missing."""

import glob
import os
import sys

from qgis.core import Qgis, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

# module name -> (pip requirement, lowest version that works, a name that version added).
# The name decides when a build reports no real version (Debian's shapely says '0+unknown').
LIBRARIES = {
    "numpy": ("numpy", "1.21", "broadcast_shapes"),
    "scipy": ("scipy", "1.7", "fft"),
    "pandas": ("pandas", "1.3", "array"),
    "shapely": ("shapely>=2", "2.0", "points"),
    "sklearn": ("scikit-learn", "1.0", "set_config"),
    # Optional: names and addresses in values (privacy scan, anonymise's redaction).
    "deduce": ("deduce>=3.0", "3.0", "Deduce"),
}


def version_tuple(text):
    parts = []
    for part in text.split(".")[:3]:
        digits = "".join(ch for ch in part if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def missing_libraries(modules):
    """pip requirements of the modules that are absent or too old."""
    missing = []
    for module in modules:
        requirement, lowest, added_name = LIBRARIES[module]
        try:
            library = __import__(module)
        except ImportError:
            missing.append(requirement)
            continue
        version = version_tuple(getattr(library, "__version__", "0"))
        if not any(version):
            new_enough = hasattr(library, added_name)
        else:
            new_enough = version >= version_tuple(lowest)
        if not new_enough:
            missing.append(requirement)
    return missing


def install_hint(requirements):
    names = " ".join(f'"{r}"' for r in requirements)
    if sys.platform.startswith("win"):
        where = QCoreApplication.translate(
            "Dependencies", "open the OSGeo4W Shell that comes with QGIS and run: python -m pip "
            "install {}")
    elif sys.platform == "darwin":
        where = QCoreApplication.translate(
            "Dependencies", "run in a terminal: /Applications/QGIS.app/Contents/MacOS/bin/python3 "
            "-m pip install {}")
    else:
        where = QCoreApplication.translate(
            "Dependencies", "run in a terminal: python3 -m pip install --user {} (on "
            "Debian/Ubuntu add --break-system-packages, or install the python3-... packages)")
    return where.format(names)


def bundled_geos(shapely):
    """The GEOS version a PyPI wheel of shapely brings in its shapely.libs folder, else None
    (a shapely built on the system's GEOS, as Debian's, OSGeo4W's or one built from source)."""
    libs = os.path.join(os.path.dirname(os.path.dirname(shapely.__file__)), "shapely.libs")
    return shapely.geos_version_string if glob.glob(os.path.join(libs, "libgeos*")) else None


def geos_clash(shapely_geos, qgis_geos, platform=sys.platform):
    """A sentence when shapely brings a GEOS of another version than QGIS's on Linux, else None.

    On Linux, QGIS and qgis_process are linked to the system's GEOS, whose C++ symbols then
    win over those of the wheel's copy: shapely's C functions run against the other GEOS and
    the process crashes (seen: shapely 2.2's GEOS 3.14 in QGIS 3.22 with GEOS 3.11)."""
    if not platform.startswith("linux") or shapely_geos is None:
        return None
    if shapely_geos.split("-")[0] == qgis_geos.split("-")[0]:
        return None
    return QCoreApplication.translate(
        "Dependencies", "The Python library shapely brings its own GEOS {} while QGIS uses GEOS "
        "{}: on Linux the two clash and QGIS can crash. Install a shapely built on QGIS's GEOS: "
        "run in a terminal: python3 -m pip install --user --force-reinstall --no-binary shapely "
        "shapely (it needs the libgeos-dev package; on Debian/Ubuntu add "
        "--break-system-packages), or install your distribution's python3-shapely if it is 2.0 "
        "or newer. Then restart QGIS.").format(shapely_geos, qgis_geos.split("-")[0])


def require(*modules):
    """Raises a QgsProcessingException that names what to install, when anything is missing
    or when shapely's GEOS would crash QGIS."""
    missing = missing_libraries(modules)
    if missing:
        raise QgsProcessingException(QCoreApplication.translate(
            "Dependencies", "This algorithm needs the Python libraries {} in QGIS's Python. To "
            "install them, {}. Then restart QGIS.").format(", ".join(missing),
                                                           install_hint(missing)))
    if "shapely" in modules:
        import shapely

        clash = geos_clash(bundled_geos(shapely), Qgis.geosVersion())
        if clash:
            raise QgsProcessingException(clash)


def optional_missing_message(module, what):
    """None when the optional library ``module`` is usable, else a sentence saying what
    runs without it (``what``) and how to install it."""
    missing = missing_libraries([module])
    if not missing:
        return None
    return QCoreApplication.translate(
        "Dependencies", "The optional Python library {} is not installed: {} To install it, {}. "
        "Then restart QGIS.").format(missing[0], what, install_hint(missing))
