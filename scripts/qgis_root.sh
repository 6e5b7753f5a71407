#!/usr/bin/env bash
# Newer QGIS releases beside the Debian 12 host: a Debian root per release, built with
# mmdebstrap from Debian's archive and entered with chroot (no containers needed).
#
#   scripts/qgis_root.sh build RELEASE          builds (or reuses) the root, prints its path
#   scripts/qgis_root.sh run RELEASE CMD...     runs CMD in the root, this repository mounted
#                                               at the same path, as root, then unmounts
#   scripts/qgis_root.sh remove RELEASE         deletes the root
#
# RELEASE is 3.40 (Debian 13 trixie: QGIS 3.40 LTR, Python 3.13, numpy 2) or 3.44 (Debian
# unstable: QGIS 3.44 LTR, Python 3.14). Roots live in $WIJKRADAR_ROOTS (default
# /var/cache/wijkradar/roots) and are rebuilt when missing or when their package list changes.
# A build goes to a temporary folder first, so a broken build never leaves a half root.
# The tests run against the libraries a QGIS user of that release has: Debian's numpy, pandas,
# scipy, shapely and scikit-learn, and Debian's pytest, esda and libpysal beside them. Only
# pytest-qgis, which Debian lacks, comes from PyPI: downloaded by the host's pip (the root's
# own pip cannot verify the package index's certificate) into a venv in the root
# (/opt/wijkradar-venv, seeing Debian's packages), where it may not replace any of them.
set -euo pipefail
shopt -s inherit_errexit  # a failing download inside $(...) stops the build too
cd "$(dirname "$0")/.."
REPO=$(pwd)

ROOTS=${WIJKRADAR_ROOTS:-/var/cache/wijkradar/roots}
MIRROR=${WIJKRADAR_DEBIAN_MIRROR:-http://deb.debian.org/debian}
VENV_IN_ROOT=/opt/wijkradar-venv

# What QGIS users have, and what the tests need: PostGIS, Xvfb, poppler, fonts, venv.
PACKAGES="qgis,python3-qgis,qgis-providers,python3-pandas,python3-scipy,python3-shapely,\
python3-sklearn,python3-venv,python3-pip,xvfb,xauth,poppler-utils,unzip,make,\
fonts-dejavu-core,git,zip,postgresql,postgresql-postgis,locales,python3-pytest,python3-esda,python3-libpysal,\
python3-statsmodels,python3-hypothesis"
# Test-only packages Debian does not have, as requirements-test.txt pins them.
PYPI_ONLY="pytest-qgis"

suite_of() {
  case "$1" in
    3.40) echo trixie ;;
    3.44) echo unstable ;;
    *) echo "qgis_root: unknown release '$1' (choose 3.40 or 3.44)" >&2; exit 2 ;;
  esac
}

python_of() {  # the root's Python as major.minor
  chroot "$1" /usr/bin/python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")'
}

MOUNTS=()
mount_root() {
  local root=$1
  for dir in proc sys dev dev/pts; do
    mkdir -p "$root/$dir"
    mount --bind "/$dir" "$root/$dir"
    MOUNTS=("$root/$dir" "${MOUNTS[@]}")
  done
  # A fresh /tmp per run: what tests leave there goes with the run.
  mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
  MOUNTS=("$root/tmp" "${MOUNTS[@]}")
  mkdir -p "$root$REPO"
  mount --bind "$REPO" "$root$REPO"
  MOUNTS=("$root$REPO" "${MOUNTS[@]}")
  cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
}

unmount_root() {
  local mounted
  for mounted in "${MOUNTS[@]}"; do
    umount "$mounted" 2>/dev/null || umount -l "$mounted" 2>/dev/null || true
  done
  MOUNTS=()
}

stamp_of() {  # what the root was built from: a change rebuilds it
  { echo "$PACKAGES"; cat requirements-test.txt scripts/qgis_root.sh; } | sha256sum | cut -d' ' -f1
}

ensure_mmdebstrap() {
  command -v mmdebstrap >/dev/null && return
  echo "qgis_root: installing mmdebstrap"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends mmdebstrap
}

# pip may not replace Debian's libraries with newer wheels: they are pinned to the root's.
DEBIAN_LIBRARIES="numpy pandas scipy scikit-learn shapely pytest esda libpysal"
debian_constraints() {  # $1: root
  chroot "$1" /usr/bin/python3 -c 'import sys
from importlib.metadata import version
for name in sys.argv[1:]:
    print(f"{name}=={version(name)}")' $DEBIAN_LIBRARIES
}

test_wheels() {  # $1: the root's Python version; prints the wheels' folder
  local version=$1 wheels
  wheels="$ROOTS/wheels-$1-$(sha256sum < "$REPO/requirements-test.txt" | cut -c1-12)"
  if [ ! -f "$wheels/.complete" ]; then
    rm -rf "$wheels" && mkdir -p "$wheels"
    local name
    for name in $PYPI_ONLY; do
      grep -E "^$name\b" "$REPO/requirements-test.txt"
    done > "$wheels/requirements.txt"
    "$REPO/.venv/bin/python" -m pip download -q --disable-pip-version-check --no-deps \
      --python-version "$version" --only-binary=:all: -d "$wheels" \
      -r "$wheels/requirements.txt" 2>&1 | { grep -v "is ignored: it is neither" || true; } >&2
    touch "$wheels/.complete"
  fi
  echo "$wheels"
}

build() {
  local release=$1 suite root stamp
  suite=$(suite_of "$release")
  root="$ROOTS/qgis-$release"
  stamp=$(stamp_of)
  if [ -f "$root/.wijkradar-root" ] && [ "$(cat "$root/.wijkradar-root")" = "$stamp" ]; then
    echo "$root"
    return
  fi
  ensure_mmdebstrap
  mkdir -p "$ROOTS"
  rm -rf "$root" "$root.building"
  echo "qgis_root: building a Debian $suite root for QGIS $release in $root (a few minutes)" >&2
  local started=$SECONDS
  # The archive's snapshot of unstable carries an expired Release date: accept it.
  mmdebstrap --variant=apt --include="$PACKAGES" \
    --aptopt='Acquire::Check-Valid-Until "false"' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
    "$suite" "$root.building" "$MIRROR" >&2
  local python wheels
  python=$(python_of "$root.building")
  mkdir -p "$root.building/opt/wheels"
  debian_constraints "$root.building" > "$root.building/opt/wheels/constraints.txt"
  wheels=$(test_wheels "$python")
  cp "$wheels"/*.whl "$wheels/requirements.txt" "$root.building/opt/wheels/"
  chroot "$root.building" /usr/bin/python3 -m venv --system-site-packages "$VENV_IN_ROOT"
  chroot "$root.building" "$VENV_IN_ROOT/bin/python" -m pip install -q --disable-pip-version-check \
    --no-index --find-links /opt/wheels -r /opt/wheels/requirements.txt \
    -c /opt/wheels/constraints.txt >&2
  rm -rf "$root.building/opt/wheels"
  echo "$stamp" > "$root.building/.wijkradar-root"
  mv "$root.building" "$root"
  echo "qgis_root: root for QGIS $release ready in $((SECONDS - started)) s" >&2
  echo "$root"
}

run() {
  local release=$1 root
  shift
  root=$(build "$release")
  trap unmount_root EXIT
  mount_root "$root"
  local runtime=/tmp/wijkradar-xdg-runtime
  mkdir -p "$root$runtime" && chmod 0700 "$root$runtime"
  local status=0
  chroot "$root" /usr/bin/env -i \
    PATH="$VENV_IN_ROOT/bin:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin" \
    HOME=/root LANG=C.UTF-8 XDG_RUNTIME_DIR="$runtime" CI="${CI:-}" \
    WIJKRADAR_VENV="$VENV_IN_ROOT" WIJKRADAR_QGIS_RELEASE="$release" \
    bash -c 'cd "$1" && shift && exec "$@"' bash "$REPO" "$@" || status=$?
  unmount_root
  trap - EXIT
  return $status
}

command=${1:-}
case "$command" in
  build) build "$2" ;;
  run) release=$2; shift 2; run "$release" "$@" ;;
  remove) rm -rf "$ROOTS/qgis-$2" ;;
  *) sed -n '2,16p' "$0" >&2; exit 2 ;;
esac
