#!/usr/bin/env bash
# Compiles the translations (i18n/*.ts -> .qm) that QGIS loads for a Dutch interface.
#   scripts/i18n.sh            compile only (what every build needs)
#   scripts/i18n.sh --update   also refresh the .ts files from the sources (pylupdate5)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--update" ]; then
  # Tracked and new (not ignored) files, as scripts/check_translations.py reads them.
  mapfile -t sources < <(git ls-files --cached --others --exclude-standard '*.py' '*.ui' \
    | grep -v -E '^(tests|bench|scripts)/' | sort -u | while read -r f; do [ -f "$f" ] && echo "$f"; done)
  mkdir -p i18n
  previous=$(mktemp)
  cp i18n/wijkradar_nl.ts "$previous" 2>/dev/null || true
  pylupdate5 -noobsolete "${sources[@]}" -ts i18n/wijkradar_nl.ts
  # the messages of modules that translate through a _tr() wrapper, which pylupdate5 misses
  python3 scripts/tr_wrappers.py i18n/wijkradar_nl.ts --previous "$previous" "${sources[@]}"
  rm -f "$previous"
fi
for ts in i18n/*.ts; do
  [ -e "$ts" ] || continue
  qm="${ts%.ts}.qm"
  if [ ! -e "$qm" ] || [ "$ts" -nt "$qm" ]; then
    lrelease -silent "$ts" -qm "$qm"
  fi
done
