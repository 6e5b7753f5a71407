"""Kernel density benchmark: wijkradar:kde_hotspots against QGIS's own heatmap.

What is measured
----------------
Seeded clustered incident points (Gaussian clusters of different size and weight plus a
uniform background) over a city-sized 15 x 15 km area in RD New (EPSG:28992), written to
GeoPackages under ``bench/out/`` (kept between runs). Both tools run end to end through
Processing, each job in its own child process: ``processing.run`` with the GeoPackage layer
as input (reading the layer, computing, writing the GeoTIFF; Wijkradar also writes its
hotspot polygons, provenance and style files), radius 500 m, pixel 10 m, quartic kernel, raw
output. The time of a job is that of the ``processing.run`` call inside the child; the peak
memory is the child's maximum resident set size (QGIS start-up included).

- 100,000 and 1,000,000 points: Wijkradar and ``qgis:heatmapkerneldensityestimation``,
  with the agreement of the two rasters (Pearson correlation over the common cells and the
  overlap of their top-5% cells).
- 10,000,000 points: Wijkradar only (the target is a peak below 1 GB).
- Accuracy: 2,000 points of the 100k set on a 4 x 4 km extent, Wijkradar's raster against
  an exact direct sum at the same pixel centres (``wijkradar.core.kde.kde_direct``).

Run on its own with ``python bench/run_all.py kde``. ``python bench/bench_kde.py profile
wijkradar 1000000`` runs one Wijkradar job under cProfile and prints where the time goes.
"""

import argparse
import math
import os
import sqlite3
import sys
import time

import numpy as np

RADIUS = 500.0
PIXEL = 10.0
SIZES = (100_000, 1_000_000)
BIG = 10_000_000
# The study area in RD New: 15 x 15 km, corners on whole multiples of the pixel size.
AREA = (130_000.0, 448_000.0, 145_000.0, 463_000.0)
LAYER = "incidents"
SRS_ID = 28992
GENERATOR_VERSION = 1
TARGET_SPEED_UP = 20.0
TARGET_PEAK_BYTES = 1e9
TOP_SHARE = 0.05
ACCURACY_POINTS = 2_000
ACCURACY_WINDOW = 4_000.0
# Runs of Wijkradar in one QGIS session (the first is the one compared; see child_main).
WIJKRADAR_RUNS = 2
# A job that runs longer than this is stopped (and reported as such).
JOB_TIMEOUT = 1800.0

ALG_WIJKRADAR = "wijkradar:kde_hotspots"
ALG_QGIS = "qgis:heatmapkerneldensityestimation"


# -- clustered points --------------------------------------------------------------------

def cluster_model(seed=20240601):
    """Cluster centres, spreads (m) and shares: the same city for every number of points."""
    rng = np.random.default_rng(seed)
    xmin, ymin, xmax, ymax = AREA
    n_clusters = 60
    centres = np.column_stack([rng.uniform(xmin + 1000, xmax - 1000, n_clusters),
                               rng.uniform(ymin + 1000, ymax - 1000, n_clusters)])
    spreads = np.exp(rng.uniform(math.log(60.0), math.log(600.0), n_clusters))
    shares = rng.pareto(1.2, n_clusters) + 0.05
    return centres, spreads, shares / shares.sum()


def clustered_points(n, background=0.2):
    """(x, y) of ``n`` seeded points: 80% in Gaussian clusters, 20% spread uniformly.

    Points are redrawn until they fall in the study area. The first two points lie exactly
    on its south-west and north-east corners, so the points' extent is the study area.
    """
    centres, spreads, shares = cluster_model()
    rng = np.random.default_rng(1000 + n)
    xmin, ymin, xmax, ymax = AREA
    x = np.empty(n)
    y = np.empty(n)
    todo = np.arange(n)
    while todo.size:
        clustered = rng.random(todo.size) >= background
        which = rng.choice(len(centres), todo.size, p=shares)
        px = np.where(clustered, centres[which, 0] + rng.normal(0, 1, todo.size)
                      * spreads[which], rng.uniform(xmin, xmax, todo.size))
        py = np.where(clustered, centres[which, 1] + rng.normal(0, 1, todo.size)
                      * spreads[which], rng.uniform(ymin, ymax, todo.size))
        x[todo], y[todo] = px, py
        todo = todo[(px < xmin) | (px > xmax) | (py < ymin) | (py > ymax)]
    x[:2], y[:2] = (xmin, xmax), (ymin, ymax)
    return x, y


# -- a GeoPackage without a Python loop per feature --------------------------------------

GPKG_BLOB = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs_id", "<i4"),
                      ("byte_order", "u1"), ("wkb_type", "<u4"), ("x", "<f8"), ("y", "<f8")])


def geometry_blobs(x, y):
    """GeoPackage geometry blobs of 2D points as one buffer of fixed-size records.

    Each record: the GeoPackage header ('GP', version 0, flags 1 = little endian and no
    envelope, srs_id) followed by a little-endian ISO WKB point (byte order 1, type 1, x, y).
    """
    records = np.zeros(len(x), dtype=GPKG_BLOB)
    records["magic"] = b"GP"
    records["flags"] = 1
    records["srs_id"] = SRS_ID
    records["byte_order"] = 1
    records["wkb_type"] = 1
    records["x"] = x
    records["y"] = y
    return memoryview(records.tobytes())


def write_geopackage(path, x, y, chunk=1_000_000):
    """Writes the points as layer ``incidents`` (EPSG:28992) of a new GeoPackage.

    SQLite directly: the GeoPackage tables GDAL and QGIS need (spatial reference systems,
    contents with the exact extent, geometry columns, the OGR feature count), then the
    features in bulk. No spatial index: both tools read every feature anyway.
    """
    from osgeo import osr

    rd_new = osr.SpatialReference()
    rd_new.ImportFromEPSG(SRS_ID)
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    temporary = path + ".part"
    if os.path.exists(temporary):
        os.remove(temporary)
    db = sqlite3.connect(temporary)
    db.executescript(f"""
        PRAGMA application_id = 1196444487;
        PRAGMA user_version = 10200;
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE gpkg_spatial_ref_sys (
            srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
            organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,
            description TEXT);
        CREATE TABLE gpkg_contents (
            table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
            identifier TEXT UNIQUE, description TEXT DEFAULT '',
            last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
            CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id)
                REFERENCES gpkg_spatial_ref_sys(srs_id));
        CREATE TABLE gpkg_geometry_columns (
            table_name TEXT NOT NULL, column_name TEXT NOT NULL,
            geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL,
            m TINYINT NOT NULL,
            CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
            CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
            CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
        CREATE TABLE gpkg_ogr_contents (table_name TEXT NOT NULL PRIMARY KEY,
                                        feature_count INTEGER DEFAULT NULL);
        CREATE TABLE "{LAYER}" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom POINT);
    """)
    db.executemany("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)", [
        ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian"),
        ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic"),
        ("WGS 84 geodetic", 4326, "EPSG", 4326, wgs84.ExportToWkt(), "WGS 84"),
        ("Amersfoort / RD New", SRS_ID, "EPSG", SRS_ID, rd_new.ExportToWkt(), "RD New"),
    ])
    db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, min_x, min_y, "
               "max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?)",
               (LAYER, LAYER, float(x.min()), float(y.min()), float(x.max()), float(y.max()),
                SRS_ID))
    db.execute("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', 'POINT', ?, 0, 0)",
               (LAYER, SRS_ID))
    db.execute("INSERT INTO gpkg_ogr_contents VALUES (?, ?)", (LAYER, len(x)))
    size = GPKG_BLOB.itemsize
    for start in range(0, len(x), chunk):
        blobs = geometry_blobs(x[start:start + chunk], y[start:start + chunk])
        db.executemany(f'INSERT INTO "{LAYER}" (geom) VALUES (?)',
                       ((blobs[i:i + size],) for i in range(0, len(blobs), size)))
    db.commit()
    db.close()
    os.replace(temporary, path)


def feature_count(path):
    """Features in the cached GeoPackage (or None when it is missing or unreadable)."""
    if not os.path.exists(path):
        return None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return db.execute(f'SELECT COUNT(*) FROM "{LAYER}"').fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return None


def points_geopackage(bench, n):
    """Path of the GeoPackage with ``n`` clustered points, generated unless cached."""
    path = bench.path(f"clustered_{n}_v{GENERATOR_VERSION}.gpkg")
    if feature_count(path) == n:
        return path
    start = time.perf_counter()
    x, y = clustered_points(n)
    write_geopackage(path, x, y)
    print(f"  generated {n:,} points in {time.perf_counter() - start:.1f} s: "
          f"{os.path.relpath(path, bench.repo)}", flush=True)
    return path


def uri(path):
    return f"{path}|layername={LAYER}"


# -- the child: one measured processing.run ----------------------------------------------

def child_main(args):
    """Starts QGIS, runs one algorithm on one GeoPackage (``--repeat`` times), prints the
    figures: ``seconds`` is the first run in the fresh QGIS, ``warm_seconds`` the fastest
    later one (modules already imported, as for a user's second run in a session)."""
    import importlib.util

    from run_all import own_peak_mib, print_result

    started = time.perf_counter()
    spec = importlib.util.spec_from_file_location(
        "headless_qgis", os.path.join(os.path.dirname(os.path.dirname(
            os.path.abspath(__file__))), "scripts", "headless_qgis.py"))
    headless = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(headless)
    app = headless.start_qgis()  # noqa: F841 (keeps QGIS alive until the end)
    from osgeo import gdal
    from qgis import processing
    from qgis.core import QgsProcessingFeedback

    startup = time.perf_counter() - started
    baseline_mib = own_peak_mib()
    if args.tool == "wijkradar":
        algorithm = ALG_WIJKRADAR
        parameters = {"INPUT": uri(args.input), "RADIUS": RADIUS, "PIXEL_SIZE": PIXEL,
                      "KERNEL": 0, "OUTPUT_VALUE": 1, "OUTPUT": args.output,
                      "HOTSPOTS": args.output.rsplit(".", 1)[0] + "_hotspots.gpkg"}
        if args.extent:
            parameters["EXTENT"] = f"{args.extent} [EPSG:{SRS_ID}]"
    else:
        algorithm = ALG_QGIS
        parameters = {"INPUT": uri(args.input), "RADIUS": RADIUS, "PIXEL_SIZE": PIXEL,
                      "KERNEL": 0, "OUTPUT_VALUE": 0, "OUTPUT": args.output}
    feedback = headless.PrintingFeedback() if args.verbose else QgsProcessingFeedback()
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    timings = []
    for _ in range(max(1, args.repeat)):
        start = time.perf_counter()
        results = processing.run(algorithm, parameters, feedback=feedback)
        timings.append(time.perf_counter() - start)
    if profiler is not None:
        import pstats

        profiler.disable()
        profiler.dump_stats(args.profile)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
    raster = gdal.Open(results["OUTPUT"])
    print_result({"tool": args.tool, "seconds": timings[0],
                  "warm_seconds": min(timings[1:]) if len(timings) > 1 else None,
                  "startup_seconds": startup, "baseline_mib": baseline_mib,
                  "output": results["OUTPUT"], "cells": [raster.RasterYSize, raster.RasterXSize],
                  "n_incidents": results.get("N_INCIDENTS"),
                  "n_hotspots": results.get("N_HOTSPOTS")})
    return 0


# -- comparing rasters -------------------------------------------------------------------

def read_raster(path):
    """(values with no-data as 0, geotransform)."""
    from osgeo import gdal

    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        values[values == nodata] = 0.0
    return values, dataset.GetGeoTransform()


def aligned(a, gt_a, b, gt_b):
    """The overlapping parts of two north-up rasters with the same pixel size.

    Each cell of ``b`` is paired with the cell of ``a`` whose centre is nearest to its
    centre (a whole-cell shift; when the grids are offset by a fraction of a pixel that is
    resampling by nearest cell centre). Returns the two overlapping arrays and the
    remaining offset of b's centres from a's, in pixels (x, y), each within +-0.5.
    """
    size = gt_a[1]
    if not (math.isclose(gt_b[1], size) and math.isclose(-gt_a[5], size)
            and math.isclose(-gt_b[5], size)):
        raise ValueError("The rasters do not have the same square pixels.")
    col_shift = (gt_b[0] - gt_a[0]) / size  # a column of b's first column
    row_shift = (gt_a[3] - gt_b[3]) / size  # a row of b's first row
    cols, rows = round(col_shift), round(row_shift)
    a_cols = slice(max(cols, 0), min(a.shape[1], cols + b.shape[1]))
    a_rows = slice(max(rows, 0), min(a.shape[0], rows + b.shape[0]))
    b_cols = slice(a_cols.start - cols, a_cols.stop - cols)
    b_rows = slice(a_rows.start - rows, a_rows.stop - rows)
    return a[a_rows, a_cols], b[b_rows, b_cols], (col_shift - cols, -(row_shift - rows))


def top_cells(values, share=TOP_SHARE):
    """Flat indices of the ceil(share * n) highest cells."""
    n_top = math.ceil(share * values.size)
    return np.argpartition(values.ravel(), values.size - n_top)[values.size - n_top:]


def agreement(wijkradar_tif, qgis_tif):
    w, gt_w = read_raster(wijkradar_tif)
    q, gt_q = read_raster(qgis_tif)
    a, b, offset = aligned(w, gt_w, q, gt_q)
    top_a, top_b = set(top_cells(a).tolist()), set(top_cells(b).tolist())
    return {
        "correlation": float(np.corrcoef(a.ravel(), b.ravel())[0, 1]),
        "top_jaccard": len(top_a & top_b) / len(top_a | top_b),
        "top_share": len(top_a & top_b) / len(top_a),
        "max_diff_pct": float(np.abs(a - b).max() / max(a.max(), b.max()) * 100.0),
        "total_ratio": float(b.sum() / a.sum()),
        "common_cells": a.shape,
        "wijkradar_cells": w.shape,
        "qgis_cells": q.shape,
        "offset_px": offset,
    }


# -- accuracy against an exact sum -------------------------------------------------------

def accuracy_sample(bench):
    """2,000 of the 100k points near the densest cluster, and a 4 x 4 km extent there."""
    from osgeo import ogr

    path = bench.path(f"accuracy_{ACCURACY_POINTS}_v{GENERATOR_VERSION}.gpkg")
    centres, _, shares = cluster_model()
    cx, cy = (np.round(centres[np.argmax(shares)] / PIXEL) * PIXEL).tolist()
    half = ACCURACY_WINDOW / 2
    extent = (cx - half, cy - half, cx + half, cy + half)
    if feature_count(path) != ACCURACY_POINTS:
        x, y = clustered_points(SIZES[0])
        near = np.flatnonzero((np.abs(x - cx) <= half + RADIUS)
                              & (np.abs(y - cy) <= half + RADIUS))
        chosen = np.sort(np.random.default_rng(7).choice(near, ACCURACY_POINTS, replace=False))
        write_geopackage(path, x[chosen], y[chosen])
    dataset = ogr.Open(path)
    coords = np.array([feature.GetGeometryRef().GetPoint_2D()
                       for feature in dataset.GetLayer(0)])
    return path, extent, coords


def accuracy(bench):
    from wijkradar.core import kde

    path, extent, coords = accuracy_sample(bench)
    tif = bench.path("accuracy_wijkradar.tif")
    xmin, ymin, xmax, ymax = extent
    job = bench.run_child("kde_accuracy_wijkradar", [
        __file__, "child", "wijkradar", path, tif, "--extent", f"{xmin},{xmax},{ymin},{ymax}"],
        timeout=JOB_TIMEOUT)
    if not job.ok:
        return {"error": job.log}
    fast, gt = read_raster(tif)
    grid = kde.Grid(xmin=gt[0], ymax=gt[3], pixel_size=gt[1], ncols=fast.shape[1],
                    nrows=fast.shape[0])
    exact = kde.kde_direct(grid, coords[:, 0], coords[:, 1], None, RADIUS, "quartic", "raw")
    return {"max_error_pct": float(np.abs(fast - exact).max() / exact.max() * 100.0),
            "mean_error_pct": float(np.abs(fast - exact).mean() / exact.max() * 100.0),
            "cells": fast.shape, "points": len(coords)}


# -- the benchmark -----------------------------------------------------------------------

def run_tool(bench, tool, n, gpkg):
    tif = bench.path(f"{tool}_{n}.tif")
    for stale in (tif, tif.rsplit(".", 1)[0] + "_hotspots.gpkg"):
        if os.path.exists(stale):
            os.remove(stale)
    # Wijkradar runs twice in its QGIS session: the first run pays for importing scipy &c.
    repeat = WIJKRADAR_RUNS if tool == "wijkradar" else 1
    return bench.run_child(f"kde_{tool}_{n}", [__file__, "child", tool, gpkg, tif,
                                               "--repeat", str(repeat)], timeout=JOB_TIMEOUT)


def run(bench):
    """Runs every job; returns the markdown section for RESULTS.md."""
    rows = []
    for n in SIZES:
        gpkg = points_geopackage(bench, n)
        ours = run_tool(bench, "wijkradar", n, gpkg)
        theirs = run_tool(bench, "qgis", n, gpkg)
        figures = (agreement(ours.result["output"], theirs.result["output"])
                   if ours.ok and theirs.ok else None)
        rows.append((n, ours, theirs, figures))
    big = run_tool(bench, "wijkradar", BIG, points_geopackage(bench, BIG))
    rows.append((BIG, big, None, None))
    exactness = accuracy(bench)
    section = markdown(rows, exactness)
    print(section, flush=True)
    return section


def _seconds(job):
    if job is None:
        return "not run"
    if job.timed_out:
        return f"stopped after {job.wall_seconds:.0f}"
    return f"{job.result['seconds']:.2f}" if job.ok else "failed"


def _mib(job):
    return "–" if job is None else f"{job.peak_mib:.0f}"


def markdown(rows, exactness):
    lines = ["## Kernel density: Wijkradar against QGIS's heatmap", "",
             f"Clustered points over {(AREA[2] - AREA[0]) / 1000:.0f} x "
             f"{(AREA[3] - AREA[1]) / 1000:.0f} km (EPSG:28992), radius {RADIUS:.0f} m, "
             f"pixel {PIXEL:.0f} m, quartic kernel, raw output; "
             "`wijkradar:kde_hotspots` against `qgis:heatmapkerneldensityestimation` in the "
             "same run, end to end through Processing. Times are seconds of one "
             "`processing.run` in a freshly started QGIS; the speed-up compares those. "
             "Wijkradar's second run in the same session (its Python modules already "
             "imported) is given for reference.", "",
             "| Points | Wijkradar (s) | Wijkradar, 2nd run (s) | QGIS heatmap (s) "
             "| Speed-up (QGIS / Wijkradar) | Peak memory Wijkradar (MiB) "
             "| Peak memory QGIS (MiB) | Correlation | Top-5% cells shared (Jaccard) "
             "| Max difference (% of peak) |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    speed_up_1m = warm_speed_up_1m = None
    peak_big = None
    for n, ours, theirs, figures in rows:
        ratio = "–"
        if ours.ok and theirs is not None and theirs.ok:
            speed_up = theirs.result["seconds"] / ours.result["seconds"]
            ratio = f"{speed_up:.0f}x" if speed_up >= 10 else f"{speed_up:.1f}x"
            if n == 1_000_000:
                speed_up_1m = speed_up
                if ours.result.get("warm_seconds"):
                    warm_speed_up_1m = theirs.result["seconds"] / ours.result["warm_seconds"]
        if n == BIG and ours.ok:
            peak_big = ours.peak_mib * 1024 ** 2
        warm = ours.result.get("warm_seconds") if ours.ok else None
        agree = ["–", "–", "–"] if figures is None else [
            f"{figures['correlation']:.9f}",
            f"{figures['top_share'] * 100:.2f}% ({figures['top_jaccard']:.4f})",
            f"{figures['max_diff_pct']:.3f}"]
        lines.append(f"| {n:,} | {_seconds(ours)} | {'–' if warm is None else f'{warm:.2f}'} "
                     f"| {_seconds(theirs)} | {ratio} | {_mib(ours)} | {_mib(theirs)} | "
                     + " | ".join(agree) + " |")
    lines += ["", "Targets:", ""]
    lines.append(_target(f"at least {TARGET_SPEED_UP:.0f}x faster than QGIS's heatmap at "
                         "1,000,000 points", speed_up_1m,
                         lambda v: f"{v:.1f}x" + (
                             "" if warm_speed_up_1m is None else
                             f" ({warm_speed_up_1m:.0f}x against Wijkradar's second run)"),
                         lambda v: v >= TARGET_SPEED_UP))
    lines.append(_target(f"{BIG:,} points under 1 GB peak memory", peak_big,
                         lambda v: f"{v / 1e6:,.0f} MB ({v / 1024 ** 2:,.0f} MiB)",
                         lambda v: v < TARGET_PEAK_BYTES))
    if "error" in exactness:
        lines += ["", f"Accuracy: the job failed (log: {exactness['error']})."]
    else:
        lines += ["", f"Accuracy: on {exactness['points']:,} points of the 100k set and a "
                  f"{ACCURACY_WINDOW / 1000:.0f} x {ACCURACY_WINDOW / 1000:.0f} km extent "
                  f"({exactness['cells'][1]} x {exactness['cells'][0]} cells), Wijkradar's "
                  "raster (linear binning + FFT, through Processing) differs from an exact "
                  "direct sum at the same pixel centres (`core.kde.kde_direct`) by at most "
                  f"**{exactness['max_error_pct']:.4f}%** of the peak (mean "
                  f"{exactness['mean_error_pct']:.5f}%)."]
    lines += ["", "Each child process (QGIS start-up, the runs, exit):", "",
              "| Job | Wall (s) | QGIS start-up (s) | Memory after start-up (MiB) "
              "| Raster (columns x rows) |", "|---|---:|---:|---:|---|"]
    for n, ours, theirs, _ in rows:
        for tool, job in (("Wijkradar", ours), ("QGIS heatmap", theirs)):
            if job is None or not job.ok:
                continue
            runs = " (2 runs)" if job.result.get("warm_seconds") is not None else ""
            rows_, cols = job.result["cells"]
            lines.append(f"| {tool}, {n:,} points{runs} | {job.wall_seconds:.1f} "
                         f"| {job.result['startup_seconds']:.1f} "
                         f"| {job.result['baseline_mib']:.0f} | {cols} x {rows_} |")
    lines += ["", _how_measured(rows)]
    return "\n".join(lines)


def _target(text, value, show, met):
    if value is None:
        return f"- {text}: not measured (a job failed)."
    return f"- {text}: {show(value)}, **{'met' if met(value) else 'missed'}**."


def _how_measured(rows):
    offsets = sorted({f"({f['offset_px'][0]:+.2f}, {f['offset_px'][1]:+.2f})"
                      for _, _, _, f in rows if f is not None})
    common = sorted({f"{f['common_cells'][1]} x {f['common_cells'][0]}"
                     for _, _, _, f in rows if f is not None})
    return (
        "How measured. The points are seeded (60 Gaussian clusters with spreads of 60-600 m "
        "and Pareto-distributed sizes, plus 20% uniform background) and written straight "
        "into a GeoPackage with SQLite (cached in bench/out/). Each job is a child process "
        "that starts QGIS headless, registers Processing and the Wijkradar provider, and "
        "times one `processing.run` call with the GeoPackage layer as input: that time "
        "covers reading the layer, the computation and writing the GeoTIFF (for Wijkradar "
        "also its hotspot polygons, provenance sidecar and style). Peak memory is the "
        "child's peak resident set size (VmHWM), QGIS itself included (a child's "
        "`ru_maxrss` would also count the benchmark's own memory at the fork). Wijkradar "
        "runs with RADIUS=500, PIXEL_SIZE=10, OUTPUT_VALUE=Raw; QGIS with RADIUS=500, "
        "PIXEL_SIZE=10, KERNEL=Quartic, OUTPUT_VALUE=Raw. "
        "Alignment: Wijkradar's grid is the points' extent plus the radius, snapped outward "
        "to whole multiples of the pixel size; QGIS's starts exactly at the points' extent "
        "minus the radius and has ceil(size / pixel) + 1 columns and rows, so it reaches "
        "one to two cells further east and south. The comparison pairs each QGIS cell with "
        "the Wijkradar cell whose centre is nearest (offsets taken from the two "
        "geotransforms) and uses only the cells both rasters have "
        f"({', '.join(common) or 'none'}); QGIS's no-data cells (no kernel reaches them) "
        "count as 0. Two generated points lie on the study area's corners, which are whole "
        "multiples of 10 m, so both grids share their cell centres here: remaining offsets "
        f"(x, y) in pixels: {', '.join(offsets) or 'none'}. What differences remain come "
        "from QGIS itself: it evaluates each point's kernel at mirrored vertical positions "
        "within the point's row (up to one pixel off; see "
        "tests/qgis/test_kde_vs_qgis_heatmap.py) and accumulates in Float32, and from "
        "Wijkradar's binning (accuracy figure above). Top-5% cells: the ceil(5%) highest of "
        "the common cells of each raster; the table gives the share of Wijkradar's top "
        "cells that are also among QGIS's, and the Jaccard index in brackets.")


# -- command line ------------------------------------------------------------------------

def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    child = commands.add_parser("child", help="one measured job (used by run_all.py)")
    child.add_argument("tool", choices=("wijkradar", "qgis"))
    child.add_argument("input", help="GeoPackage with the layer 'incidents'")
    child.add_argument("output", help="GeoTIFF to write")
    child.add_argument("--extent", help="xmin,xmax,ymin,ymax (Wijkradar only)")
    child.add_argument("--profile", help="write cProfile statistics to this file")
    child.add_argument("--verbose", action="store_true", help="print the algorithm's log")
    child.add_argument("--repeat", type=int, default=1, help="runs in the same QGIS session")
    profile = commands.add_parser("profile", help="profile one job and print where time goes")
    profile.add_argument("tool", choices=("wijkradar", "qgis"))
    profile.add_argument("points", type=int, help="number of points (generated if needed)")
    args = parser.parse_args(argv)
    if args.command == "child":
        return child_main(args)
    from run_all import Bench

    bench = Bench()
    gpkg = points_geopackage(bench, args.points)
    stats = bench.path(f"profile_{args.tool}_{args.points}.prof")
    job = bench.run_child(f"profile_{args.tool}_{args.points}", [
        __file__, "child", args.tool, gpkg, bench.path(f"profile_{args.tool}.tif"),
        "--profile", stats, "--verbose"])
    with open(job.log, encoding="utf-8", errors="replace") as handle:
        print(handle.read())
    return job.returncode


if __name__ == "__main__":
    sys.exit(main())
