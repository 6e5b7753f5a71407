#!/usr/bin/env bash
# The README's pictures, from the real plugin: runs the GUI smoke test (QGIS desktop under
# Xvfb drives the packaged plugin's dock through its three steps), then copies its
# screenshots to docs/images/ at most 1200 pixels wide, and page 1 of the patrol focus map
# PDF it exported as docs/images/patrol-focus-map-page.png. Run with `make screenshots`
# (it builds the package first).
set -euo pipefail
cd "$(dirname "$0")/.."
smoke=build/gui-smoke
images=docs/images

for tool in convert pdftoppm; do
  command -v "$tool" > /dev/null || {
    echo "screenshots: $tool is missing: run make setup (it installs imagemagick and poppler-utils)" >&2
    exit 1
  }
done

# Fails, and leaves docs/images as it was, when the smoke test fails: the README shows
# only a plugin that works.
bash scripts/gui_smoke.sh

# Writes a PNG without metadata (no dates, so an unchanged picture stays byte-equal),
# compressed as hard as ImageMagick can.
optimised_png() {
  convert "$1" "${@:3}" -depth 8 -strip -define png:compression-level=9 \
    -define png:compression-filter=5 -define png:compression-strategy=1 \
    -define png:exclude-chunks=date,time "png:$2"
}

mkdir -p "$images"
for name in wijkradar-dock wijkradar-analyse wijkradar-briefing; do
  shot="$smoke/$name.png"
  [ -f "$shot" ] || { echo "screenshots: the smoke test left no $shot" >&2; exit 1; }
  optimised_png "$shot" "$images/$name.png" -resize '1200x>'
done

pdf="$smoke/patrol_focus_map.pdf"
[ -f "$pdf" ] || { echo "screenshots: the smoke test left no $pdf" >&2; exit 1; }
page=$(mktemp --suffix=.png)
trap 'rm -f "$page"' EXIT
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" "${page%.png}"
optimised_png "$page" "$images/patrol-focus-map-page.png"

for image in "$images"/wijkradar-{dock,analyse,briefing}.png "$images/patrol-focus-map-page.png"; do
  echo "screenshots: wrote $image ($(identify -format '%wx%h' "$image"), $(du -h "$image" | cut -f1))"
done
