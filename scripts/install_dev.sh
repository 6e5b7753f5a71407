#!/usr/bin/env bash
# Links this working tree into the default QGIS profile as the plugin `wijkradar`, so
# edits show after a plugin reload.  `--remove` takes the link away again.
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${QGIS_PROFILE_DIR:-$HOME/.local/share/QGIS/QGIS3/profiles/default}"
target="$profile/python/plugins/wijkradar"
if [ "${1:-}" = "--remove" ]; then
  [ -L "$target" ] && rm "$target" && echo "install: removed $target"
  exit 0
fi
mkdir -p "$(dirname "$target")"
if [ -e "$target" ] && [ ! -L "$target" ]; then
  echo "install: $target exists and is not a link; remove it first" >&2
  exit 1
fi
ln -sfn "$(pwd)" "$target"
echo "install: linked $target -> $(pwd)"
echo "install: enable it in QGIS (Plugins > Manage and Install Plugins > Installed > Wijkradar)"
