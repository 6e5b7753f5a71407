"""The weekly briefing on the demo municipality Dommelstede, run headless.

Runs Wijkradar's Processing algorithms through the Processing registry (as the modeler and
qgis_process do) on a copy of resources/demo/wijkradar_demo.gpkg: privacy scan and
anonymising, hotspots, the neighbourhood monitor overlay, risk scores per postcode with a
back-test, and at the end the patrol focus map (PDF, and PNG per district). Prints each
file it wrote.
"""

import argparse
import os
import shutil
import sys

from headless_qgis import PrintingFeedback, start_qgis

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO_SOURCE = os.path.join(REPO, "resources", "demo", "wijkradar_demo.gpkg")
# QGIS opens GeoPackages for update: the demo reads a copy, never the committed file.
DEMO_GPKG = os.path.join(REPO, "build", "demo-input", "wijkradar_demo.gpkg")


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
    if not os.path.exists(DEMO_SOURCE):
        sys.exit(f"The demo GeoPackage is missing: {DEMO_SOURCE} (run: make demo-data)")
    os.makedirs(os.path.dirname(DEMO_GPKG), exist_ok=True)
    shutil.copyfile(DEMO_SOURCE, DEMO_GPKG)
    os.makedirs(args.output, exist_ok=True)
    out = os.path.abspath(args.output)
    app = start_qgis()  # noqa: F841 (keeps QGIS alive until the end)
    year = latest_year()

    privacy_steps(out, year)
    hotspots = run("wijkradar:kde_hotspots", {
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

    monitor_steps(out, year, hotspots["OUTPUT"])
    risk = risk_steps(out)

    run("wijkradar:patrol_focus_map", {
        "INPUT": risk["OUTPUT"], "SCORE_FIELD": "risk_score", "ID_FIELD": "postcode",
        "DRIVERS_FIELD": "driver_1", "TOP_N": 10,
        "DISTRICTS": layer("wijken"), "DISTRICT_NAME_FIELD": "wijknaam",
        "CONTEXT": [layer("buurten")],
        "TITLE": "Patrol focus areas", "PERIOD": f"Forecast for {risk['FORECAST_PERIOD']}",
        "PURPOSE": "Demo: weekly briefing of the flex team",
        "OUTPUT_PDF": os.path.join(out, "patrol_focus_map.pdf"),
        "OUTPUT_PNG": os.path.join(out, "patrol_focus_map.png"),
    }, "Patrol focus map: a page per district (PDF and PNG)")
    print(f"\nDemo finished: results in {os.path.relpath(out)}/")


def privacy_steps(out, year):
    scan = run("wijkradar:privacy_scan", {
        "INPUT": layer("incidenten"), "FAIL_ON_FINDINGS": True,
        "PURPOSE": "Demo: privacy gate before the analysis",
        "OUTPUT": os.path.join(out, "privacy_incidenten.gpkg"),
        "REPORT": os.path.join(out, "privacy_incidenten.html"),
    }, "Privacy scan of the incidents (must pass)")
    print(f"  verdict: {scan['VERDICT']}")
    run("wijkradar:anonymise_incidents", {
        "INPUT": layer("incidenten", f"jaar = {year}"),
        "AREAS": layer("pc6"), "AREA_ID": "postcode", "K": 5,
        "PURPOSE": f"Demo: incidents per PC6 in {year}, for sharing",
        "OUTPUT_POINTS": None,
        "OUTPUT_COUNTS": os.path.join(out, f"incidenten_{year}_pc6_counts.gpkg"),
    }, f"Incidents per PC6 in {year} for sharing (counts below 5 suppressed)")


def monitor_steps(out, year, density_raster):
    index = run("wijkradar:area_monitor_index", {
        "INPUT": layer("buurten"),
        "PURPOSE": "Demo: neighbourhood monitor index of the buurten",
        "OUTPUT": os.path.join(out, "buurten_index.gpkg"),
    }, "Neighbourhood monitor index (buurten)")
    run("wijkradar:area_monitor_overlay", {
        "INPUT": index["OUTPUT"], "VULNERABILITY_FIELD": "score",
        "INCIDENTS": layer("incidenten", f"jaar = {year}"),
        "POPULATION_FIELD": "aantal_inwoners", "DENSITY": density_raster,
        "PURPOSE": "Demo: vulnerability x crime per buurt, focus areas",
        "OUTPUT": os.path.join(out, f"buurten_focus_{year}.gpkg"),
        "LEGEND": os.path.join(out, f"buurten_focus_{year}_legend.png"),
    }, f"Vulnerability x crime per buurt in {year}")


INDICATORS = ["gemiddeld_inkomen_per_inwoner", "score_veiligheid", "participatie_pct",
              "opleiding_laag_pct", "betalingsachterstand_pct"]


def risk_steps(out):
    pc6 = run("native:joinattributestable", {
        "INPUT": layer("pc6"), "FIELD": "buurtcode", "INPUT_2": layer("buurten"),
        "FIELD_2": "buurtcode", "FIELDS_TO_COPY": INDICATORS, "METHOD": 1, "PREFIX": "",
        "OUTPUT": os.path.join(out, "pc6_with_buurt_indicators.gpkg"),
    }, "PC6 areas with their buurt's monitor indicators")["OUTPUT"]
    common = {"INPUT": pc6, "ID_FIELD": "postcode", "INCIDENTS": layer("incidenten"),
              "DATE_FIELD": "datum", "COVARIATES": ["aantal_inwoners"] + INDICATORS}
    risk = run("wijkradar:postcode_risk", dict(common, **{
        "CONTEXT": [layer("coffeeshops"), layer("ruimingen")], "CONTEXT_DISTANCE": 200,
        "PERIOD": 1, "HORIZON": 1,
        "PURPOSE": "Demo: expected incidents per PC6 for next month",
        "OUTPUT": os.path.join(out, "risk_pc6_next_month.gpkg"),
        "REPORT": os.path.join(out, "risk_pc6_next_month.html"),
    }), "Risk per PC6 for next month (validated, with drivers)")
    # A fair test: forecast October 2024 from data up to September, then score it against
    # what October brought, beside the kernel density of the six months before.
    backtest = run("wijkradar:postcode_risk", dict(common, **{
        "END_DATE": "2024-09-30", "PURPOSE": "Demo: back-test of the risk forecast",
        "OUTPUT": os.path.join(out, "risk_pc6_2024-10.gpkg"),
        "REPORT": os.path.join(out, "risk_pc6_2024-10.html"),
    }), "Back-test: risk per PC6 for October 2024 from data up to September")
    density = run("wijkradar:kde_hotspots", {
        "INPUT": layer("incidenten", "datum >= '2024-04-01' AND datum <= '2024-09-30'"),
        "RADIUS": 300, "PIXEL_SIZE": 25, "MASK": layer("gemeente"),
        "PURPOSE": "Demo: kernel density of April-September 2024 (the baseline)",
        "OUTPUT": os.path.join(out, "density_2024-04_09.tif"),
        "HOTSPOTS": os.path.join(out, "density_2024-04_09_hotspots.gpkg"),
    }, "Kernel density of the six months before October 2024")
    evaluation = run("wijkradar:evaluate_forecast", {
        "SCORE_LAYER": backtest["OUTPUT"], "SCORE_FIELD": "expected", "RANK_BY": 1,
        "COMPARE_RASTER": density["OUTPUT"],
        "INCIDENTS": layer("incidenten"), "DATE_FIELD": "datum",
        "START_DATE": "2024-10-01", "END_DATE": "2024-10-31",
        "PURPOSE": "Demo: PAI of the forecast and of the density map on October 2024",
        "OUTPUT": os.path.join(out, "evaluation_2024-10.gpkg"),
        "REPORT": os.path.join(out, "evaluation_2024-10.html"),
    }, "Evaluation: forecast and density map against October 2024")
    print(f"  PAI at 5% of the area: forecast {evaluation['PAI_5']:.2f}, "
          f"density map {evaluation['COMPARE_PAI_5']:.2f}")
    return risk


if __name__ == "__main__":
    main()
