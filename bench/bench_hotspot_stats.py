"""Local hotspot statistics benchmark: Gi* with 999 permutations, Wijkradar against esda.

What is measured
----------------
Getis-Ord Gi* (binary queen contiguity, the area itself included) with 999 conditional
permutations on the same weights and values, each job in its own child process:

- ``demo``: the 4,211 PC6 areas of the demo municipality (resources/demo), values = the
  incidents per PC6 over all years. Queen contiguity from the polygons (Wijkradar's builder,
  0.5 m tolerance); esda gets the same matrix as a libpysal ``W``.
- ``national``: 459,684 PC6-sized polygons (bench_zonal's jittered 678 x 678 tessellation,
  60 m, RD New), values = seeded Poisson counts around a smooth risk surface. The weights
  (queen contiguity from the 460k polygons) are timed apart.
- ``processing``: ``wijkradar:local_hotspot_statistics`` end to end on the 460k polygons
  (GeoPackage in, queen contiguity, Gi* with 999 permutations and FDR, 460k features with
  provenance and style out, the HTML summary): the whole algorithm, against the target of
  60 s and 4 GB.

esda (``G_Local(star=True, transform='B', permutations=999, keep_simulations=False,
n_jobs=1)``) runs without numba here, as on this machine; its conditional randomisation
copies all n values for every area (``_prepare_univariate``), so its time grows with n².
A job that passes its time limit is stopped, and the ratio is then a lower bound. Each job
also checks that both give the same analytic z-scores.

Run on its own with ``python bench/run_all.py hotspot_stats``.
"""

import os
import sys
import time

import numpy as np

PERMUTATIONS = 999
SEED = 7
DEMO = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources",
                    "demo", "wijkradar_demo.gpkg")
TARGET_SECONDS = 60.0
TARGET_PEAK_MIB = 4096.0
JOB_TIMEOUT = 1800.0
ESDA_TIMEOUT = {"demo": 600.0, "national": 900.0}


# -- data --------------------------------------------------------------------------------

def demo_inputs():
    """(PC6 polygons, incidents per PC6) of the demo municipality."""
    import shapely
    from osgeo import ogr

    from wijkradar.core import risk

    dataset = ogr.Open(DEMO)

    def geometries(name):
        return shapely.from_wkb(np.array([bytes(f.GetGeometryRef().ExportToWkb())
                                          for f in dataset.GetLayerByName(name)], dtype=object))

    areas, incidents = geometries("pc6"), geometries("incidenten")
    index = risk.locate_points(areas, shapely.get_x(incidents), shapely.get_y(incidents))
    return areas, np.bincount(index[index >= 0], minlength=len(areas)).astype(float)


def national_inputs(gpkg):
    """(460k polygons, counts): Poisson counts whose mean follows a smooth surface."""
    import shapely
    from bench_zonal import read_polygon_wkb

    blobs, _ = read_polygon_wkb(gpkg)
    areas = shapely.from_wkb(np.array(blobs, dtype=object))
    centres = shapely.centroid(areas)
    x, y = shapely.get_x(centres), shapely.get_y(centres)
    x, y = (x - x.min()) / np.ptp(x), (y - y.min()) / np.ptp(y)
    rate = 0.5 + 4 * np.exp(-((x - 0.3) ** 2 + (y - 0.6) ** 2) / 0.01) + 2 * np.sin(
        6 * x) ** 2 * y
    return areas, np.random.default_rng(SEED).poisson(rate).astype(float)


def inputs(which, gpkg):
    return demo_inputs() if which == "demo" else national_inputs(gpkg)


# -- child jobs ------------------------------------------------------------------------------

def child_wijkradar(which, gpkg):
    from run_all import own_peak_mib, print_result

    from wijkradar.core import hotspot_stats, spatial_weights

    areas, values = inputs(which, gpkg)
    before = own_peak_mib()
    start = time.perf_counter()
    weights = spatial_weights.contiguity_weights(areas)
    weights_seconds = time.perf_counter() - start
    start = time.perf_counter()
    result = hotspot_stats.getis_ord(values, weights, star=True, permutations=PERMUTATIONS,
                                     seed=SEED)
    seconds = time.perf_counter() - start
    print_result({"n": int(values.size), "seconds": seconds, "weights_seconds": weights_seconds,
                  "before_mib": before, "links": int(weights.matrix.nnz),
                  "significant": float((result.p_sim <= 0.05).mean())})
    return 0


def child_esda(which, gpkg):
    import warnings

    import esda
    import libpysal
    from run_all import own_peak_mib, print_result

    from wijkradar.core import hotspot_stats, spatial_weights

    areas, values = inputs(which, gpkg)
    weights = spatial_weights.contiguity_weights(areas)
    w = libpysal.weights.WSP(weights.matrix).to_W(silence_warnings=True)
    ours = hotspot_stats.getis_ord(values, weights, star=True)
    before = own_peak_mib()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        start = time.perf_counter()
        theirs = esda.G_Local(values, w, transform="B", star=True, permutations=PERMUTATIONS,
                              seed=SEED, keep_simulations=False, n_jobs=1)
        seconds = time.perf_counter() - start
    print_result({"n": int(values.size), "seconds": seconds, "before_mib": before,
                  "max_z_difference": float(np.abs(theirs.Zs - ours.z).max()),
                  "significant": float((2 * theirs.p_sim <= 0.05).mean())})
    return 0


def child_processing(gpkg, output):
    from bench_zonal import LAYER, start_qgis

    app = start_qgis()  # noqa: F841 (keeps QGIS alive until the end)
    from qgis import processing
    from qgis.core import QgsProcessingFeedback
    from run_all import print_result

    start = time.perf_counter()
    result = processing.run("wijkradar:local_hotspot_statistics", {
        "INPUT_MODE": 0, "AREAS": f"{gpkg}|layername={LAYER}", "VALUE_FIELD": "aantal_inwoners",
        "WEIGHTS": 0, "TRANSFORM": 1, "PERMUTATIONS": PERMUTATIONS, "SEED": SEED,
        "OUTPUT": output, "REPORT": output[:-5] + ".html"}, feedback=QgsProcessingFeedback())
    print_result({"seconds": time.perf_counter() - start, "n": result["N_AREAS"],
                  "hot": result["N_HOT"], "cold": result["N_COLD"]})
    return 0


# -- the section ---------------------------------------------------------------------------

def run(bench=None):
    """Runs the jobs; returns the markdown section for RESULTS.md."""
    if bench is None:
        from run_all import Bench

        bench = Bench()
    from bench_zonal import inputs as zonal_inputs

    gpkg, _ = zonal_inputs(bench)
    jobs = {}
    for which in ("demo", "national"):
        jobs[which, "wijkradar"] = bench.run_child(
            f"hotspot_{which}_wijkradar", [__file__, "wijkradar", which, gpkg],
            timeout=JOB_TIMEOUT)
        jobs[which, "esda"] = bench.run_child(
            f"hotspot_{which}_esda", [__file__, "esda", which, gpkg],
            timeout=ESDA_TIMEOUT[which])
    whole = bench.run_child("hotspot_processing", [
        __file__, "processing", gpkg, bench.path("hotspot_stats.gpkg")], timeout=JOB_TIMEOUT)
    return markdown(jobs, whole)


def _seconds(job):
    if job.timed_out:
        return f"> {job.wall_seconds:.0f} (stopped)"
    return f"{job.result['seconds']:.2f}" if job.ok else "failed"


def _ratio(ours, theirs):
    if not ours.ok:
        return "–"
    if theirs.timed_out:
        return f"> {theirs.wall_seconds / ours.result['seconds']:.0f}x"
    return f"{theirs.result['seconds'] / ours.result['seconds']:.1f}x" if theirs.ok else "–"


def markdown(jobs, whole):
    lines = [f"## Local hotspot statistics: Gi* with {PERMUTATIONS} permutations, Wijkradar "
             "and esda", "",
             "Getis-Ord Gi* (binary queen contiguity, area included) with "
             f"{PERMUTATIONS} conditional permutations on the same weights and values; "
             "`core.hotspot_stats.getis_ord` against `esda.G_Local(star=True, transform='B', "
             "keep_simulations=False, n_jobs=1)` (esda without numba, as installed here). "
             "Demo: the 4,211 PC6 areas and their incidents; national: 459,684 PC6-sized "
             "polygons (bench_zonal's tessellation) with seeded Poisson counts. Each job is "
             "a child process.", "",
             "| Areas | Wijkradar (s) | esda (s) | esda / Wijkradar | Wijkradar peak (MiB) | "
             "esda peak (MiB) | Same z |", "|---|---:|---:|---:|---:|---:|---|"]
    for which, label in (("demo", "4,211 demo PC6"), ("national", "459,684 polygons")):
        ours, theirs = jobs[which, "wijkradar"], jobs[which, "esda"]
        same = (f"max Δz {theirs.result['max_z_difference']:.1e}" if theirs.ok else "–")
        lines.append(f"| {label} | {_seconds(ours)} | {_seconds(theirs)} | "
                     f"{_ratio(ours, theirs)} | {ours.peak_mib:.0f} | {theirs.peak_mib:.0f} | "
                     f"{same} |")
    national = jobs["national", "wijkradar"]
    if national.ok:
        lines += ["", f"Queen contiguity of the 459,684 polygons (not in the Gi* time): "
                  f"{national.result['weights_seconds']:.1f} s, "
                  f"{national.result['links']:,} links. Peak memory includes the polygons "
                  f"({national.result['before_mib']:.0f} MiB once they were read)."]
    if whole.ok:
        r = whole.result
        met = r["seconds"] <= TARGET_SECONDS and whole.peak_mib <= TARGET_PEAK_MIB
        lines += ["", f"`wijkradar:local_hotspot_statistics` end to end on the 459,684 "
                  f"polygons (GeoPackage in and out, queen contiguity, Gi* with "
                  f"{PERMUTATIONS} permutations, FDR, style, provenance, HTML summary): "
                  f"{r['seconds']:.1f} s, peak {whole.peak_mib:.0f} MiB; target "
                  f"{TARGET_SECONDS:.0f} s and {TARGET_PEAK_MIB / 1024:.0f} GB: "
                  f"**{'met' if met else 'not met'}**. The value is the tessellation's "
                  f"random 'aantal_inwoners' field, so no clustering: {r['hot']:,} hot and "
                  f"{r['cold']:,} cold areas after the FDR correction.", ""]
    else:
        lines += ["", f"The end-to-end run failed (see {os.path.relpath(whole.log)}).", ""]
    return "\n".join(lines)


def main(argv=None):
    """``wijkradar|esda demo|national GPKG`` or ``processing GPKG OUTPUT`` runs one child job;
    no arguments runs every job and prints the section."""
    from run_all import child_main

    jobs = {"wijkradar": child_wijkradar, "esda": child_esda,
            "processing": child_processing}
    return child_main(jobs, run, argv)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    sys.exit(main())
