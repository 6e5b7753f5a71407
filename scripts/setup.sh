#!/usr/bin/env bash
# Installs everything Wijkradar needs to build, test and run its demo on Debian 12.
# Safe to run again: each step checks first and is skipped when already done.
#
#   scripts/setup.sh            system packages + .venv with pinned requirements
#
# Environment:
#   WIJKRADAR_APT_EXTRA   extra Debian packages to install (space separated)
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES="qgis python3-qgis qgis-providers xvfb xauth imagemagick poppler-utils
 postgresql-15-postgis-3 pyqt5-dev-tools qttools5-dev-tools zip
 build-essential python3-dev libgeos-dev ${WIJKRADAR_APT_EXTRA:-}"

missing=()
for pkg in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# PyQGIS lives in Debian's Python: the venv must come from it and see its site-packages.
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import qgis.core" 2>/dev/null; then
  echo "setup: creating .venv from /usr/bin/python3 (with system site-packages)"
  rm -rf .venv
  /usr/bin/python3 -m venv --system-site-packages .venv
fi

stamp=.venv/.requirements.sha
want=$(cat requirements.txt requirements-test.txt requirements-dev.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing Python requirements into .venv"
  # (grep drops pip warnings about package folders this machine does not have)
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt 2>&1 \
    | { grep -v "is ignored: it is neither a file nor a directory" || true; }
  # deduce (optional) builds its lookup cache on first use (1-2 minutes): once, here.
  .venv/bin/python -c "import deduce; deduce.Deduce()" > /dev/null 2>&1 || true
  echo "$want" > "$stamp"
fi

# shapely must use QGIS's own GEOS: PyPI's wheel brings another GEOS, and in qgis and
# qgis_process (linked to Debian's GEOS) the two clash and crash the process. Built from
# source against Debian's GEOS (libgeos-dev) when the installed one is not.
system_geos=$(geos-config --version)
if [ "$(.venv/bin/python -c 'import shapely; print(shapely.geos_version_string)')" != "$system_geos" ]; then
  echo "setup: building shapely against Debian's GEOS $system_geos (about a minute)"
  .venv/bin/python -m pip install -q --disable-pip-version-check --force-reinstall --no-deps \
    --no-binary shapely "shapely==$(.venv/bin/python -c 'import shapely; print(shapely.__version__)')" 2>&1 \
    | { grep -v "is ignored: it is neither a file nor a directory\|DEPRECATION: --no-binary" || true; }
fi

# The QGIS 4 check's tools (requirements-qt6.txt): a venv of their own, without QGIS's PyQt5.
qt6_stamp=build/qt6-venv/.requirements.sha
qt6_want=$(sha256sum < requirements-qt6.txt | cut -d' ' -f1)
if [ "$(cat "$qt6_stamp" 2>/dev/null)" != "$qt6_want" ]; then
  echo "setup: installing the QGIS 4 check's tools into build/qt6-venv"
  rm -rf build/qt6-venv
  /usr/bin/python3 -m venv build/qt6-venv
  build/qt6-venv/bin/python -m pip install -q --disable-pip-version-check \
    --ignore-requires-python -r requirements-qt6.txt 2>&1 \
    | { grep -v "is ignored: it is neither a file nor a directory" || true; }
  echo "$qt6_want" > "$qt6_stamp"
fi

# The plugin is imported as the package `wijkradar` from build/pkg, whatever the clone
# folder is called, so the repository root (with its processing/ folder) stays off sys.path.
mkdir -p build/pkg
ln -sfn "$(pwd)" build/pkg/wijkradar
