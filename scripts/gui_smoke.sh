#!/usr/bin/env bash
# Real QGIS check: installs the packaged plugin into a throw-away profile, starts QGIS
# desktop under Xvfb with the plugin enabled and drives the dock's three steps (layers,
# analyses in the background, patrol focus map preview and export; scripts/gui_smoke/drive.py)
# twice in one session: on the demo, then on a city's own export (a GeoPackage with English
# field names, text dates and named districts, made by scripts/gui_smoke/city_export.py).
# Saves screenshots build/gui-smoke/wijkradar-{dock,analyse,briefing}.png and
# export-{data,analyse,briefing}.png and both PDFs, and fails if the plugin logged a Python
# error, did not load, or a step did not work.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^version=//p' metadata.txt)
zip_path="dist/wijkradar-${version}.zip"
[ -f "$zip_path" ] || { echo "gui-smoke: $zip_path missing: run make package" >&2; exit 1; }

out=build/gui-smoke
profiles="$out/profiles"
profile="$profiles/profiles/smoke"
rm -rf "$out" && mkdir -p "$profile/python/plugins" "$profile/QGIS"
unzip -q "$zip_path" -d "$profile/python/plugins"
cat > "$profile/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
wijkradar=true
[qgis]
checkVersion=false
showTips=false
INI

export WIJKRADAR_SMOKE_DIR="$(pwd)/$out"
export WIJKRADAR_SMOKE_LAYERS="${WIJKRADAR_SMOKE_LAYERS:-1}"
export WIJKRADAR_SMOKE_SCRIPTS="$(pwd)/scripts/gui_smoke"
# Runs before any other Python in QGIS: records every logged message, load errors included.
export PYQGIS_STARTUP="$(pwd)/scripts/gui_smoke/startup.py"
# QGIS desktop uses the system Python; give it the pinned libraries of requirements.txt, as a
# user has them after the README's install step (Debian's own shapely is 1.8, too old).
export PYTHONPATH="$(${WIJKRADAR_VENV:-.venv}/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
unset QT_QPA_PLATFORM

# A private X display, stopped on exit. Xvfb picks a free number itself (-displayfd): in a
# QGIS root /tmp is the root's own, so its files do not show the host's X servers, whose
# sockets (in the abstract namespace) are shared all the same.
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3> "$out/display.txt" > "$out/xvfb.txt" 2>&1 &
xvfb_pid=$!
trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$out/display.txt" ] && break; sleep 0.1; done
display=$(head -n 1 "$out/display.txt")
[ -n "$display" ] || { echo "gui-smoke: Xvfb did not start; see $out/xvfb.txt" >&2; cat "$out/xvfb.txt" >&2; exit 1; }
export DISPLAY=":$display"

status=0
timeout 240 qgis --nologo --noversioncheck --profiles-path "$(pwd)/$profiles" \
  --profile smoke --code "$(pwd)/scripts/gui_smoke/drive.py" \
  > "$out/qgis-stdout.txt" 2>&1 || status=$?

echo "gui-smoke: QGIS exited with status $status"
if [ ! -f "$out/result.json" ]; then
  echo "gui-smoke: no result (QGIS crashed or hung); see $out/qgis-stdout.txt" >&2
  tail -20 "$out/qgis-stdout.txt" >&2
  [ -s "$out/crash-stacks.txt" ] && { echo "gui-smoke: Python stacks at the crash:" >&2; cat "$out/crash-stacks.txt" >&2; }
  exit 1
fi
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
result = json.load(open(f"{out}/result.json"))
for line in result["log"]:
    print("  log:", line[:300].replace("\n", " | "))
errors = [m for m in result["log"] if m.startswith("[Python error]") and "wijkradar" in m.lower()]
problems = list(result["problems"]) + [f"Python error logged: {e[:500]}" for e in errors]
print(f"gui-smoke: plugin loaded={result['loaded']}, dock visible={result['dock_visible']}, "
      f"layers={result['layers']}, results={result.get('results')}, "
      f"pdf={result.get('pdf')}, screenshots={result['screenshot']}")
export = result.get("export") or {}
if export:
    print(f"gui-smoke: export: roles={export.get('roles')}, results={export.get('results')}, "
          f"pages={export.get('page_titles')}, pdf={export.get('pdf')}")
print(f"gui-smoke: seconds per journey: {result.get('seconds')}")
if problems:
    print("gui-smoke: FAILED\n  " + "\n  ".join(problems), file=sys.stderr)
    sys.exit(1)
print("gui-smoke: OK")
PY
