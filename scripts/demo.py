"""The weekly briefing on the demo municipality Dommelstede, run headless.

Runs Wijkradar's Processing algorithms through the Processing registry (as the modeler and
qgis_process do) on resources/demo/wijkradar_demo.gpkg and writes the results to the output
folder, printing each file it wrote.
"""

import argparse
import os
import sys

from headless_qgis import PrintingFeedback, start_qgis

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO_GPKG = os.path.join(REPO, "resources", "demo", "wijkradar_demo.gpkg")


def layer(name, subset=None):
    uri = f"{DEMO_GPKG}|layername={name}"
    return uri + (f"|subset={subset}" if subset else "")


def latest_year():
    from osgeo import ogr

    dataset = ogr.Open(DEMO_GPKG)
    result = dataset.ExecuteSQL("SELECT MAX(jaar) FROM incidenten")
    year = result.GetNextFeature().GetField(0)
    dataset.ReleaseResultSet(result)
    return int(year)


def run(algorithm_id, parameters, title):
    from qgis import processing

    print(f"\n== {title} ({algorithm_id})")
    results = processing.run(algorithm_id, parameters, feedback=PrintingFeedback())
    for name, value in sorted(results.items()):
        if isinstance(value, str) and os.path.exists(value.split("|")[0]):
            print(f"  wrote {name}: {os.path.relpath(value.split('|')[0])}")
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", default="demo-output", help="folder for the results")
    args = parser.parse_args()
    if not os.path.exists(DEMO_GPKG):
        sys.exit(f"The demo GeoPackage is missing: {DEMO_GPKG} (run: make demo-data)")
    os.makedirs(args.output, exist_ok=True)
    out = os.path.abspath(args.output)
    app = start_qgis()  # noqa: F841 (keeps QGIS alive until the end)
    year = latest_year()

    run("wijkradar:kde_hotspots", {
        "INPUT": layer("incidenten", f"jaar = {year}"),
        "RADIUS": 300, "PIXEL_SIZE": 25,
        "MASK": layer("gemeente"),
        "PURPOSE": "Demo: hotspots of all incidents in the latest year",
        "OUTPUT": os.path.join(out, f"hotspots_{year}_density.tif"),
        "HOTSPOTS": os.path.join(out, f"hotspots_{year}_areas.gpkg"),
    }, f"Hotspots of all incidents in {year}")

    run("wijkradar:kde_hotspots", {
        "INPUT": layer("incidenten", "soort = 'woninginbraak'"),
        "RADIUS": 400, "PIXEL_SIZE": 25,
        "MASK": layer("gemeente"),
        "DATE_FIELD": "datum", "HALF_LIFE": 14, "MAX_AGE": 56,
        "PURPOSE": "Demo: prospective burglary hotspots for the coming week",
        "OUTPUT": os.path.join(out, "prospective_woninginbraak_density.tif"),
        "HOTSPOTS": os.path.join(out, "prospective_woninginbraak_areas.gpkg"),
    }, "Prospective burglary hotspots (recent weeks weigh more)")
    print(f"\nDemo finished: results in {os.path.relpath(out)}/")


if __name__ == "__main__":
    main()
