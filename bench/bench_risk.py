"""Postcode risk benchmark: scale, the demo municipality and real public crime data.

What is measured
----------------
- **Scale**: a synthetic country of 460,000 areas (an 800 x 575 grid of cells with queen
  contiguity) and 60 months of incidents (about 2.2 million, from a smooth latent risk, a
  covariate effect and a seasonal cycle), 20 features (11 from the counts, area size, 7
  covariates and the NULL flag of the one with NULLs). Once with the model chosen by
  validation, once with gradient boosting forced (the slower case). Timed in a child
  process: building the panel from (area, date) arrays, then
  :func:`wijkradar.core.risk.forecast_risk` (rolling-origin validation of both models, the
  final fit, scoring every area, drivers); peak memory is the child's VmHWM. The
  contiguity of 460,000 polygons from shapely is timed on its own.
- **Demo municipality**: the PC6 forecast of the demo GeoPackage (as postcode_risk runs it:
  :func:`wijkradar.core.risk.forecast_areas`) against the generator's
  truth (Spearman rank correlation) and PAI at 1, 5 and 10% of the chosen output, the
  models, the blend and each baseline over the validation months.
- **Real data**: homicides in the 78 counties around St Louis (Messner et al. 2000,
  shipped in libpysal's ``examples/stl``, a development requirement): counts for 1979-84,
  1984-88 and 1988-93. The model learns 1979-84 -> 1984-88 and forecasts 1988-93 from
  1984-88; PAI at 5% of the area (counties ranked by expected homicides per km²) of the
  model and of each baseline against the real 1988-93 counts. Larger real data sets
  (Toronto, West Yorkshire, Berlin) are in bench/bench_risk_real.py.

Run on its own with ``python bench/run_all.py risk`` or ``python bench/bench_risk.py``.
"""

import importlib.util
import os
import sys
import time

import numpy as np

# SCALE_ROWS (environment): fewer grid rows for a quick look; RESULTS.md is made with 800.
N_ROWS, N_COLS, N_MONTHS, N_COVARIATES = int(os.environ.get("SCALE_ROWS", 800)), 575, 60, 7
TARGET_SECONDS, TARGET_GB = 60.0, 4.0
JOB_TIMEOUT = 900.0
EARTH_RADIUS = 6_371_008.8


# -- children ------------------------------------------------------------------------------

def child_scale(model="auto"):
    """Synthetic 460,000 areas x 60 months x 20 features: panel, fit, validate, score."""
    from run_all import print_result
    from scipy import ndimage

    from wijkradar.core import risk

    rng = np.random.default_rng(20240601)
    n = N_ROWS * N_COLS
    smooth = ndimage.gaussian_filter(rng.normal(size=(N_ROWS, N_COLS)), 8).ravel()
    smooth = (smooth - smooth.mean()) / smooth.std()
    covariates = [ndimage.gaussian_filter(rng.normal(size=(N_ROWS, N_COLS)), 4).ravel()
                  for _ in range(N_COVARIATES)]
    covariates = [(c - c.mean()) / c.std() for c in covariates]
    latent = 0.8 * smooth + 0.3 * covariates[0] + rng.normal(0, 0.5, n)
    rate = 0.05 * np.exp(latent - latent.mean())
    season = 1.0 + 0.2 * np.cos(2 * np.pi * np.arange(N_MONTHS) / 12.0)
    counts = rng.poisson(rate[None, :] * season[:, None])
    cell = np.repeat(np.arange(N_MONTHS * n), counts.ravel())
    del counts
    area_index, month = cell % n, cell // n
    del cell
    dates = ((np.datetime64("2020-01", "M") + month).astype("datetime64[D]")
             + rng.integers(0, 28, month.size))
    del month
    covariates[3] = np.where(rng.uniform(size=n) < 0.02, np.nan, covariates[3])
    static = [risk.StaticColumn(f"c{k}", f"covariate {k}", c) for k, c in enumerate(covariates)]
    area = rng.uniform(0.5, 1.5, n) * 1e4
    marks = {}
    start = time.perf_counter()
    panel = risk.build_panel(area_index, dates, n, "month")
    marks["panel"] = time.perf_counter() - start
    del area_index, dates
    neighbours = risk.grid_contiguity(N_ROWS, N_COLS)
    marks["contiguity"] = time.perf_counter() - start - marks["panel"]
    steps = []

    def progress(percent, message):
        steps.append((time.perf_counter() - start, message))

    result = risk.forecast_risk(panel, area=area, neighbours=neighbours, static=static,
                                model=model, progress=progress)
    total = time.perf_counter() - start
    validation_end = next(t for t, m in steps if m and m.startswith("Fitting"))
    scoring_start = next(t for t, m in steps if m and m.startswith("Scoring"))
    summary = result.summary.set_index("method")
    print_result({
        "areas": n, "months": panel.n_periods, "incidents": int(panel.counts.sum()),
        "features": len(result.features), "model": result.model, "seconds": total,
        "panel_seconds": marks["panel"], "contiguity_seconds": marks["contiguity"],
        "validation_seconds": validation_end - marks["panel"] - marks["contiguity"],
        "final_fit_seconds": scoring_start - validation_end,
        "scoring_seconds": total - scoring_start, "training_rows": result.training_rows,
        "folds": len(result.folds),
        "pai_5": {m: float(summary.loc[m, "pai_5"]) for m in summary.index}})


def child_polygons():
    """Contiguity of 460,000 square polygons through shapely (STRtree, dwithin)."""
    import shapely
    from run_all import print_result

    from wijkradar.core import risk

    rows, cols = np.divmod(np.arange(N_ROWS * N_COLS), N_COLS)
    boxes = shapely.box(cols * 100.0, rows * 100.0, cols * 100.0 + 100, rows * 100.0 + 100)
    start = time.perf_counter()
    matrix = risk.contiguity_matrix(boxes)
    seconds = time.perf_counter() - start
    same = (matrix != risk.grid_contiguity(N_ROWS, N_COLS)).nnz == 0
    print_result({"seconds": seconds, "links": int(matrix.nnz), "same_as_grid": same})


def child_demo():
    """The demo's monthly PC6 forecast (the same run as tests/core/test_risk_demo.py)."""
    import pandas as pd
    from run_all import REPO, print_result
    from scipy.stats import spearmanr

    sys.path.insert(0, os.path.join(REPO, "tests", "core"))
    import risk_demo_data as demo_risk_data

    inputs = demo_risk_data.demo_inputs()
    pc6 = inputs[0]
    start = time.perf_counter()
    panel, run = demo_risk_data.demo_forecast(*inputs)
    result = run.result
    seconds = time.perf_counter() - start
    from bench_risk_real import summarise

    truth = pd.read_csv(demo_risk_data.DEMO / "wijkradar_demo_truth.csv")
    truth = truth.set_index("postcode")["expected_per_year"].reindex(pc6["postcode"]).to_numpy()
    frame = pd.DataFrame({"buurt": pc6["buurtcode"], "expected": result.expected,
                          "truth": truth}).groupby("buurt").sum()
    summary = result.summary.set_index("method")
    print_result({
        "seconds": seconds, "model": result.model, "areas": len(pc6),
        "incidents": int(panel.counts.sum()), "folds": [f"{panel.label(f.target)}"
                                                        for f in result.folds],
        "spearman_pc6": spearmanr(result.expected, truth).correlation,
        "spearman_history": spearmanr(panel.counts.sum(axis=0), truth).correlation,
        "spearman_last_year": spearmanr(panel.counts[-12:].sum(axis=0), truth).correlation,
        "spearman_buurt": spearmanr(frame["expected"], frame["truth"]).correlation,
        "pai_5": {m: float(summary.loc[m, "pai_5"]) for m in summary.index},
        "labels": result.method_labels, "forecast": summarise(result, seconds)})


def package_file(package, *parts):
    """A data file inside an installed package (None when the package is not installed)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], *parts)
    return path if os.path.exists(path) else None


def sinusoidal(geometry):
    """Lon/lat degrees -> metres, equal-area sinusoidal projection (for area shares)."""
    import shapely

    def project(coords):
        lon, lat = np.radians(coords[:, 0]), np.radians(coords[:, 1])
        return np.column_stack([EARTH_RADIUS * lon * np.cos(lat), EARTH_RADIUS * lat])

    return shapely.transform(geometry, project)


def child_stl():
    """St Louis homicides 1979-84, 1984-88, 1988-93: forecast the last from the others."""
    import shapely
    from osgeo import ogr
    from run_all import print_result

    from wijkradar.core import risk

    path = package_file("libpysal", "examples", "stl", "stl_hom.shp")
    if path is None:
        print_result({"missing": "libpysal (examples/stl) is not installed"})
        return
    dataset = ogr.Open(path)
    names, counts, population, deprivation, police, blobs = [], [], [], [], [], []
    for feature in dataset.GetLayer():
        names.append(feature.GetField("NAME"))
        counts.append([feature.GetField(f) for f in ("HC7984", "HC8488", "HC8893")])
        population.append(feature.GetField("PO7984"))
        deprivation.append(feature.GetField("RDAC80"))
        police.append(feature.GetField("PE77"))
        blobs.append(bytes(feature.GetGeometryRef().ExportToWkb()))
    areas = sinusoidal(shapely.from_wkb(np.array(blobs, dtype=object)))
    counts = np.array(counts, dtype=np.int64).T  # 3 periods x 78 counties
    panel = risk.Panel.from_counts(counts, "year")
    # Covariates measured at the start (1977-1980), known before either forecast.
    static = [risk.StaticColumn("population", "population 1979-84", np.array(population),
                                log=True),
              risk.StaticColumn("deprivation", "resource deprivation 1980",
                                np.array(deprivation)),
              risk.StaticColumn("police", "police expenditure 1977", np.array(police))]
    result = risk.forecast_areas(panel, areas, static=static, tolerance=100.0).result
    rows = result.validation.set_index("method")
    levels = (1, 5, 10, 20)
    print_result({
        "areas": len(names), "homicides": counts.sum(axis=1).tolist(), "model": result.model,
        "folds": len(result.folds),
        "pai": {m: {lv: float(rows.loc[m, f"pai_{lv}"]) for lv in levels} for m in rows.index},
        "hit_rate_5": {m: float(rows.loc[m, "hit_rate_5"]) for m in rows.index},
        "labels": result.method_labels, "kde_radius_km": result.kde_radius / 1000.0})


# -- the section ---------------------------------------------------------------------------

def run(bench=None):
    """Runs the jobs; returns the markdown section for RESULTS.md."""
    if bench is None:
        from run_all import Bench

        bench = Bench()
    jobs = {}
    for name in ("scale", "scale_boost", "polygons", "demo", "stl"):
        jobs[name] = bench.run_child(f"risk_{name}", [__file__, name], timeout=JOB_TIMEOUT)
    section = markdown(jobs)
    print(section, flush=True)
    return section


def _pai_table(pai, labels, chosen, level_keys):
    from bench_risk_real import method_order

    lines = ["| Method | " + " | ".join(f"PAI {k}%" for k in level_keys) + " |",
             "|---|" + "---:|" * len(level_keys)]
    for method in method_order(pai, chosen):
        name = labels.get(method, method) + (" (chosen)" if method == chosen else "")
        values = pai[method]
        cells = [f"{values[str(k)] if str(k) in values else values[k]:.2f}" for k in level_keys]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def markdown(jobs):
    lines = ["## Postcode risk: scale, demo and real data", ""]
    lines += _scale_section(jobs["scale"])
    lines += _scale_boost_and_polygons(jobs["scale_boost"], jobs["polygons"])
    lines += _demo_section(jobs["demo"])
    lines += _stl_section(jobs["stl"])
    lines += ["", "How measured: each job is a child process (python, no QGIS) started by "
                  "bench/run_all.py; times are perf_counter seconds inside the child, memory "
                  "its peak resident set size (VmHWM). Native code runs on one thread "
                  "(the default of forecast_risk, see core/risk/forecast.py)."]
    return "\n".join(lines)


def _scale_section(scale):
    lines = ["### Scale: 460,000 areas x 60 months x 20 features", ""]
    if scale.ok:
        r = scale.result
        seconds, gb = r["seconds"], scale.peak_mib * 2 ** 20 / 1e9
        lines += [
            f"{r['areas']:,} areas, {r['months']} months, {r['incidents']:,} incidents, "
            f"{r['features']} features. Fit and score (panel from the (area, date) arrays, "
            f"rolling-origin validation of the Poisson GLM and gradient boosting on "
            f"{r['folds']} months, final fit on {r['training_rows']:,} sampled rows, scoring "
            f"and drivers of every area): **{seconds:.1f} s**, peak memory of the whole "
            f"child process (data generation included) **{gb:.2f} GB**.", "",
            "| Step | Seconds |", "|---|---:|",
            f"| Panel (np.bincount of the incidents) | {r['panel_seconds']:.1f} |",
            f"| Contiguity of the grid | {r['contiguity_seconds']:.1f} |",
            f"| Validation ({r['folds']} months x 2 models) | {r['validation_seconds']:.1f} |",
            f"| Final fit ({r['model']}) | {r['final_fit_seconds']:.1f} |",
            f"| Scoring and drivers | {r['scoring_seconds']:.1f} |", "",
            f"Targets: at most {TARGET_SECONDS:.0f} s: {seconds:.1f} s, "
            f"**{'met' if seconds <= TARGET_SECONDS else 'not met'}**; under "
            f"{TARGET_GB:.0f} GB: {gb:.2f} GB, **{'met' if gb <= TARGET_GB else 'not met'}**.",
            "", "Validation PAI at 5% on the synthetic data (a stable latent risk, so the "
            "whole-history counts are close to the best possible ranking): "
            + ", ".join(f"{m} {v:.2f}" for m, v in r["pai_5"].items()) + "."]
    else:
        lines.append(f"The scale job failed or was stopped ({scale.wall_seconds:.0f} s).")
    return lines


def _scale_boost_and_polygons(boost, polygons):
    lines = []
    if boost.ok:
        r = boost.result
        lines += ["", f"The same with gradient boosting forced (the slower model: its final fit, "
                      f"its drivers for the {50_000:,} areas with the highest expected count "
                      f"and its permutation importance): **{r['seconds']:.1f} s** (validation "
                      f"{r['validation_seconds']:.1f} s, final fit {r['final_fit_seconds']:.1f} "
                      f"s, scoring and drivers {r['scoring_seconds']:.1f} s), peak "
                      f"{boost.peak_mib * 2 ** 20 / 1e9:.2f} GB."]
    if polygons.ok:
        lines += ["", f"Contiguity from 460,000 square polygons (shapely STRtree, 0.5 m "
                      f"tolerance): {polygons.result['seconds']:.1f} s, "
                      f"{polygons.result['links']:,} links, identical to the grid rule: "
                      f"{polygons.result['same_as_grid']}."]
    return lines


def _demo_section(demo):
    lines = ["", "### Demo municipality (PC6, monthly)", ""]
    if demo.ok:
        r = demo.result
        lines += [
            f"{r['areas']:,} PC6 areas, {r['incidents']:,} incidents 2020-2024, validated "
            f"on {', '.join(r['folds'])}; run time {r['seconds']:.1f} s. Spearman rank "
            f"correlation of the forecast with the generator's expected incidents per year: "
            f"**{r['spearman_pc6']:.3f}** per PC6 (whole-history counts "
            f"{r['spearman_history']:.3f}, last 12 months {r['spearman_last_year']:.3f}), "
            f"{r['spearman_buurt']:.3f} per buurt.", ""]
        from bench_risk_real import type_table, verdicts

        lines += type_table("All incidents", r["forecast"])
        kind, chosen, pai, best, best_pai, honest, ratio = verdicts(
            {"All incidents": r["forecast"]})[0]
        lines += [f"Chosen output {chosen}: PAI at 5% {pai:.2f} against {best_pai:.2f} for the "
                  f"best baseline ({best}), ratio {ratio:.3f}; chosen on earlier periods only: "
                  f"{honest}.", ""]
    else:
        lines.append("The demo job failed.")
    return lines


def _stl_section(stl):
    lines = ["", "### Real data: homicides around St Louis (libpysal `stl`)", ""]
    if stl.ok and "missing" not in stl.result:
        r = stl.result
        lines += [
            f"{r['areas']} counties; homicides 1979-84, 1984-88, 1988-93: "
            f"{', '.join(str(h) for h in r['homicides'])}. Trained on 1979-84 -> 1984-88, "
            "forecast of 1988-93 from 1984-88 (one holdout period: the only one three "
            "periods allow), scored against the real 1988-93 counts. Counties ranked by "
            "expected homicides per km² (county areas in an equal-area projection); kernel "
            f"density radius {r['kde_radius_km']:.0f} km. Covariates: population, resource "
            "deprivation 1980, police expenditure 1977. With three periods the only window "
            "is one period, so 'last year' below means the last period (1984-88).", ""]
        lines += _pai_table(r["pai"], r["labels"], r["model"], (1, 5, 10, 20))
        chosen = r["pai"][r["model"]]["5"]
        best_name, best = max(((m, v["5"]) for m, v in r["pai"].items()
                               if m not in ("glm", "boost")), key=lambda item: item[1])
        verdict = ("beats" if chosen > best + 1e-9 else "ties with" if chosen >= best - 1e-9
                   else "loses to")
        lines += ["", f"PAI at 5%: the chosen output ({r['labels'].get(r['model'], r['model'])}) "
                      f"{chosen:.2f}, best "
                      f"baseline ({r['labels'][best_name]}) {best:.2f}: the score "
                      f"**{verdict}** the best baseline. With 78 counties, 5% of the area is "
                      "a handful of counties and one holdout period: a weak test."]
    else:
        lines.append(stl.result.get("missing", "The job failed."))
    return lines


def main(argv=None):
    """``scale``, ``scale_boost``, ``polygons``, ``demo`` or ``stl`` runs one child job; no
    arguments runs them all and prints the section."""
    from run_all import child_main

    children = {"scale": child_scale, "scale_boost": lambda: child_scale("boost"),
                "polygons": child_polygons, "demo": child_demo, "stl": child_stl}
    return child_main(children, run, argv)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    sys.exit(main())
