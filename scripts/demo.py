"""The weekly briefing on the demo municipality Dommelstede, run headless.

Runs the model `wijkradar:weekly_briefing` (processing/models/wijkradar_weekly_briefing.model3,
the same one the Processing Toolbox and qgis_process run) on a copy of
resources/demo/wijkradar_demo.gpkg: anonymising, recent hotspots, risk per postcode for the
coming week, emerging hot spots over the last 52 weeks, the neighbourhood monitor overlay and
the patrol focus map (PDF with a page per district, its list saying each area's hot spot
pattern, and a PNG per page). Prints each file it wrote.

Then it evaluates the action planted in the demo's incidents (resources/demo/README.md,
"Planted intervention") with `wijkradar:evaluate_intervention`: the wijk as treated area,
the buurten as area layer, the rest of the municipality as control; the report, the groups
layer and the experiment register go into the same folder, and the headline is printed.
"""

import argparse
import datetime
import json
import os
import re
import shutil
import sys
import textwrap
import time

from headless_qgis import PrintingFeedback, start_qgis

from wijkradar.core.choices import EXPERIMENT_CONTROLS
from wijkradar.processing.compat import ProcessingLogLevel

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO_SOURCE = os.path.join(REPO, "resources", "demo", "wijkradar_demo.gpkg")
# QGIS opens GeoPackages for update: the demo reads a copy, never the committed file.
DEMO_GPKG = os.path.join(REPO, "build", "demo-input", "wijkradar_demo.gpkg")
MODEL_ID = "wijkradar:weekly_briefing"
TRUTH_JSON = os.path.join(REPO, "resources", "demo", "wijkradar_demo_truth.json")
EVALUATION_ID = "wijkradar:evaluate_intervention"
REST_OF_MUNICIPALITY = EXPERIMENT_CONTROLS.index("rest")  # evaluate_intervention's CONTROL
WEEK = 0  # the model's PERIOD: 0 week, 1 month
INDICATORS = ["gemiddeld_inkomen_per_inwoner", "percentage_huishoudens_met_laag_inkomen",
              "percentage_huishoudens_onder_of_rond_sociaal_minimum", "netto_arbeidsparticipatie"]


class StepFeedback(PrintingFeedback):
    """Prints a heading as the model starts each of its steps (a verbose context tells)."""

    def setProgressText(self, text):
        print(f"\n== {text}")

    def pushInfo(self, info):
        # Left out: the model's raw parameter and result dicts (the demo lists its files).
        if not info.startswith(("Results: ", "Input Parameters:")):
            super().pushInfo(info)


def layer(name):
    return f"{DEMO_GPKG}|layername={name}"


def briefing_parameters(out):
    """The model's inputs (the demo's layers) and where its outputs go."""
    return {
        "INCIDENTS": layer("incidenten"), "DATE_FIELD": "datum", "PERIOD": WEEK,
        "PC6": layer("pc6"), "POSTCODE_FIELD": "postcode",
        "RISK_CONTEXT": [layer("coffeeshops"), layer("ruimingen")],
        "BUURTEN": layer("buurten"), "INDICATORS": INDICATORS,
        "WIJKEN": layer("wijken"), "DISTRICT_NAME_FIELD": "wijknaam",
        "anonymise:COUNTS": os.path.join(out, "incidenten_pc6_counts.gpkg"),
        "kde_hotspots:DENSITY": os.path.join(out, "hotspots_recent_density.tif"),
        "kde_hotspots:HOTSPOTS": os.path.join(out, "hotspots_recent_areas.gpkg"),
        "postcode_risk:RISK": os.path.join(out, "risk_pc6_next_week.gpkg"),
        "postcode_risk:RISK_REPORT": os.path.join(out, "risk_pc6_next_week.html"),
        "area_monitor_overlay:FOCUS_BUURTEN": os.path.join(out, "buurten_focus.gpkg"),
        "area_monitor_overlay:LEGEND": os.path.join(out, "buurten_focus_legend.png"),
        "patrol_focus_map:PDF": os.path.join(out, "patrol_focus_map.pdf"),
        "patrol_focus_map:PNG": os.path.join(out, "patrol_focus_map.png"),
    }


def emerging_line(results):
    """'Emerging hot spots over 52 weeks: 34 new, 129 sporadic, ...', as the dock says it."""
    from wijkradar.ui.result_summary import emerging_sentence

    return "Emerging hot spots " + emerging_sentence(results) + "."


def files_written(folder, since):
    """The files in the folder written at or after `since` (earlier runs may have left
    others), pages in page order (map_2.png before map_10.png)."""
    def page_order(name):
        return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]

    names = sorted(os.listdir(folder), key=page_order)
    return [name for name in names
            if os.path.getmtime(os.path.join(folder, name)) >= since - 1]


def planted_intervention():
    """The action the demo generator planted (wijk, start, weeks, rate ratio, buffer)."""
    with open(TRUTH_JSON, encoding="utf-8") as handle:
        return json.load(handle)["planted_intervention"]


def intervention_parameters(out, planted):
    """The planted wijk as treated area with its buffer, the rest of the municipality (split
    into buurten) as control; the outputs and the experiment register in `out`."""
    start = datetime.date.fromisoformat(planted["start"])
    end = start + datetime.timedelta(weeks=planted["weeks"], days=-1)
    treated = f"{layer('wijken')}|subset=\"wijkcode\" = '{planted['wijkcode']}'"
    return {
        "INCIDENTS": layer("incidenten"), "DATE_FIELD": "datum", "TREATED": treated,
        "AREAS": layer("buurten"), "ID_FIELD": "buurtcode",
        "START_DATE": start.isoformat(), "END_DATE": end.isoformat(),
        "BUFFER": planted["catchment_m"], "CONTROL": REST_OF_MUNICIPALITY,
        "HYPOTHESIS": f"{planted['weeks']} weeks of extra action in {planted['wijknaam']} "
                      "lower its incidents without moving them next door.",
        "OUTPUT": os.path.join(out, "intervention_groups.gpkg"),
        "REPORT": os.path.join(out, "intervention_report.html"),
        "REGISTER": os.path.join(out, "wijkradar_experiments.gpkg"),
    }


def intervention_headline(results, planted):
    """'Did the action work? Molenwijk, 8 weeks from 2023-09-04: rate ratio 0.62 (...)',
    then the algorithm's conclusion in plain words (with the WDQ's reading)."""
    def value(name, digits=2):
        number = results.get(name)
        return "n/a" if number is None else f"{number:.{digits}f}"

    headline = (f"Did the action work? {planted['wijknaam']}, {planted['weeks']} weeks from "
                f"{planted['start']}: rate ratio {value('RATE_RATIO')} (95% interval "
                f"{value('CI_LOW')} to {value('CI_HIGH')}; planted {planted['kept']}), "
                f"placebo p = {value('P_PLACEBO', 3)}, WDQ {value('WDQ')}.")
    return headline + "\n" + textwrap.fill(results["SUMMARY"], width=96,
                                            initial_indent="  ", subsequent_indent="  ")


def evaluate_planted_intervention(out, processing):
    """Runs evaluate_intervention on the planted action; returns its headline."""
    planted = planted_intervention()
    register = os.path.join(out, "wijkradar_experiments.gpkg")
    if os.path.exists(register):  # the demo's register holds this run's entry only
        os.remove(register)
    print(f"\n== Evaluating the action planted in {planted['wijknaam']} ({EVALUATION_ID})")
    results = processing.run(EVALUATION_ID, intervention_parameters(out, planted))
    return intervention_headline(results, planted)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", default="demo-output", help="folder for the results")
    parser.add_argument("--language", default="en",
                        help="language of the map and report texts: en (default) or nl")
    args = parser.parse_args()
    if not os.path.exists(DEMO_SOURCE):
        sys.exit(f"The demo GeoPackage is missing: {DEMO_SOURCE} (run: make demo-data)")
    os.makedirs(os.path.dirname(DEMO_GPKG), exist_ok=True)
    shutil.copyfile(DEMO_SOURCE, DEMO_GPKG)
    out = os.path.abspath(args.output)
    os.makedirs(out, exist_ok=True)
    app = start_qgis()  # noqa: F841 (keeps QGIS alive until the end)
    from wijkradar.translation import install_translator

    if install_translator(args.language) != args.language:
        sys.exit(f"No translation for '{args.language}' (run make i18n; languages: en, nl)")
    from processing.tools import dataobjects
    from qgis import processing
    from qgis.core import QgsApplication

    if QgsApplication.processingRegistry().algorithmById(MODEL_ID) is None:
        sys.exit(f"{MODEL_ID} is not in the Wijkradar provider: is "
                 "processing/models/wijkradar_weekly_briefing.model3 there? (make model)")
    print(f"Running {MODEL_ID} on {os.path.relpath(DEMO_GPKG)}")
    started = time.time()
    feedback = StepFeedback()
    context = dataobjects.createContext(feedback)  # what processing.run makes, but verbose
    context.setLogLevel(ProcessingLogLevel.Verbose)
    results = processing.run(MODEL_ID, briefing_parameters(out), feedback=feedback,
                             context=context)
    steps = results.get("CHILD_RESULTS", {})
    print(f"\nThe model ran in {time.time() - started:.0f} s: "
          f"{steps.get('patrol_focus_map', {}).get('PAGES')} pages, forecast for "
          f"{steps.get('postcode_risk', {}).get('FORECAST_PERIOD')}.")
    print(emerging_line(steps.get("emerging_hotspots", {})))
    print(evaluate_planted_intervention(out, processing))
    for name in files_written(out, started):
        print(f"  wrote {os.path.relpath(os.path.join(out, name))}")
    print(f"\nDemo finished: results in {os.path.relpath(out)}/")


if __name__ == "__main__":
    main()
