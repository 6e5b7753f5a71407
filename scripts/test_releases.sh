#!/usr/bin/env bash
# Runs the test suite (QGIS tests with a throw-away PostGIS, the real-desktop gui-smoke; the
# core tests in the last release's root only) on each QGIS release given, in its Debian root
# (scripts/qgis_root.sh), then the demo's weekly briefing there, which must print the same pages with the same focus areas as
# on this host's QGIS 3.22 (scripts/compare_briefings.py). Prints how long each leg took. A
# release whose root cannot be built fails the run, loudly: a leg never passes by being skipped.
#
#   scripts/test_releases.sh 3.40 3.44
set -uo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: $0 RELEASE..." >&2; exit 2; }

declare -A outcome
failed=0
echo "== QGIS 3.22 (this host): the demo's weekly briefing, to compare the releases with"
make -s demo-run DEMO_OUTPUT=build/demo-3.22 > build/demo-3.22.log 2>&1 \
  || { echo "the demo failed on this host, see build/demo-3.22.log" >&2; exit 1; }
for release in "$@"; do
  echo "== QGIS $release: building or reusing its Debian root"
  started=$SECONDS
  if ! bash scripts/qgis_root.sh build "$release" >/dev/null; then
    outcome[$release]="FAILED: its Debian root could not be built (see the log above)"
    failed=1
    continue
  fi
  built=$((SECONDS - started))
  echo "== QGIS $release: running the test suite in its root"
  # core/ knows nothing of QGIS: its tests run once more, with the newest release's
  # libraries (numpy, pandas, scipy, scikit-learn of Debian unstable), not in every root.
  legs="test-qgis gui-smoke"
  [ "$release" = "${*: -1}" ] && legs="test-core $legs"
  # The bad-input property suite (about 500 generated cases) runs in the first release's
  # root only (and on this host); the targeted bad-input tests run everywhere.
  only_first=()
  [ "$release" != "$1" ] && \
    only_first=(PYTEST_ADDOPTS="--ignore=tests/qgis/test_bad_input_properties.py")
  if bash scripts/qgis_root.sh run "$release" env "${only_first[@]}" make $legs \
      && bash scripts/qgis_root.sh run "$release" make -s demo-run \
           DEMO_OUTPUT="build/demo-$release" > "build/demo-$release.log" 2>&1 \
      && python3 scripts/compare_briefings.py build/demo-3.22/patrol_focus_map.pdf \
           "build/demo-$release/patrol_focus_map.pdf"; then
    outcome[$release]="passed (root ${built} s, tests $((SECONDS - started - built)) s)"
  else
    outcome[$release]="FAILED (root ${built} s, tests $((SECONDS - started - built)) s)"
    failed=1
  fi
done
echo "== QGIS releases:"
for release in "$@"; do echo "   QGIS $release: ${outcome[$release]}"; done
exit $failed
