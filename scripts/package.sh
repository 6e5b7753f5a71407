#!/usr/bin/env bash
# Writes dist/wijkradar-<version>.zip: one folder wijkradar/ with what the plugin needs at
# run time (no tests, caches, benchmarks or development files), for "Install from ZIP".
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^version=//p' metadata.txt)
stage=build/package
rm -rf "$stage" && mkdir -p "$stage/wijkradar" dist
# Only files tracked by git (plus the compiled translations), so nothing local slips in.
git ls-files -z -- metadata.txt LICENSE README.md __init__.py plugin.py translation.py core processing ui \
    resources i18n \
  | xargs -0 -I{} cp --parents {} "$stage/wijkradar/"
cp --parents i18n/*.qm "$stage/wijkradar/" 2>/dev/null || true
find "$stage" -name '__pycache__' -prune -exec rm -rf {} +
zip_path="dist/wijkradar-${version}.zip"
rm -f "$zip_path"
(cd "$stage" && zip -q -r -X "../../$zip_path" wijkradar)
echo "package: wrote $zip_path ($(du -h "$zip_path" | cut -f1))"
