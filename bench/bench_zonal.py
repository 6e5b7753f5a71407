"""Zonal statistics benchmark: 460,000 PC6-sized polygons over a 10 m raster of a city.

What is measured
----------------
A seeded tessellation of 678 x 678 = 459,684 quadrilaterals (a 60 m grid whose inner
vertices are jittered by up to 20 m, so every polygon has its own shape; about 3,600 m2,
the size of a dense-city PC6 area) tiling 40.68 x 40.68 km in RD New, and a Float32 GeoTIFF
of 10 m cells over the same square (4,068 x 4,068 = 16.5 million cells; a smooth
density-like surface with no data outside a city-shaped disc). Both are generated once into
``bench/out/`` and kept. Each job runs in its own child process:

- ``core``: Wijkradar's zonal statistics as ``area_monitor_overlay`` does them, timed per
  stage: reading the raster, rasterising the polygon numbers on the raster's grid in one
  GDAL pass (plus a second pass counting polygons per cell, to find overlaps), and the
  statistics (count, sum, mean, min, max, hotspot cells) with numpy, no Python loop per
  polygon or cell. The polygons are read from the GeoPackage first (not in the figure). A
  random sample of 300 polygons is checked against a direct computation (the cells whose
  centre lies in the polygon, by shapely).
- ``overlay``: ``wijkradar:area_monitor_overlay`` end to end through Processing on the
  GeoPackage and the GeoTIFF (reading 460k features, the statistics, the bivariate classes,
  writing a 460k-feature GeoPackage with provenance, style and legend).
- ``qgis``: QGIS's own ``native:zonalstatisticsfb`` (count, mean, max) end to end on the
  same inputs, for reference (it works polygon by polygon, in C++).

Peak memory is each child's own peak resident set size (QGIS included where started).
Run on its own with ``python bench/run_all.py zonal``.
"""

import argparse
import os
import sys
import time

import numpy as np

SRS_ID = 28992
ORIGIN = (100_000.0, 400_000.0)  # south-west corner in RD New
CELL = 60.0  # polygon grid spacing (m)
N_SIDE = 678  # polygons per side: 678^2 = 459,684
JITTER = 20.0  # m, inner vertices only, so the polygons tile the square exactly
PIXEL = 10.0
CHECK_SAMPLE = 300
GENERATOR_VERSION = 1
TARGET_CORE_SECONDS = 10.0
TARGET_OVERLAY_SECONDS = 60.0
TARGET_PEAK_MIB = 1536.0
LAYER = "areas"
JOB_TIMEOUT = 1800.0


# -- data --------------------------------------------------------------------------------

def side_metres():
    return N_SIDE * CELL


def tessellation(seed=20251123):
    """(n, 5, 2) rings of the jittered grid polygons, row by row from the south-west."""
    rng = np.random.default_rng(seed)
    steps = np.arange(N_SIDE + 1) * CELL
    vx, vy = np.meshgrid(steps + ORIGIN[0], steps + ORIGIN[1])
    jitter = rng.uniform(-JITTER, JITTER, (2, N_SIDE + 1, N_SIDE + 1))
    jitter[:, [0, -1], :] = 0.0
    jitter[:, :, [0, -1]] = 0.0
    vx, vy = vx + jitter[0], vy + jitter[1]
    i, j = np.meshgrid(np.arange(N_SIDE), np.arange(N_SIDE), indexing="ij")
    i, j = i.ravel(), j.ravel()
    corners = [(i, j), (i, j + 1), (i + 1, j + 1), (i + 1, j), (i, j)]
    return np.stack([np.stack([vx[a, b], vy[a, b]], axis=-1) for a, b in corners], axis=1)


def surface(seed=7):
    """A smooth density-like Float32 surface on the 10 m grid (row 0 = north), with NaN
    outside a disc of radius 0.48 x the side (the 'city')."""
    from scipy import ndimage

    rng = np.random.default_rng(seed)
    n = int(round(side_metres() / PIXEL))
    coarse = rng.gamma(0.6, 1.0, (n // 40 + 2, n // 40 + 2))
    smooth = ndimage.gaussian_filter(coarse, 1.2)
    values = ndimage.zoom(smooth, n / smooth.shape[0], order=1)[:n, :n].astype(np.float32)
    values *= 1000.0 / values.mean()
    rows, cols = np.ogrid[:n, :n]
    centre = (n - 1) / 2.0
    outside = (rows - centre) ** 2 + (cols - centre) ** 2 > (0.48 * n) ** 2
    values[outside] = np.nan
    return values


def write_polygons(path, rings):
    """A GeoPackage layer 'areas' with the polygons, a vulnerability score and inhabitants."""
    from osgeo import ogr, osr

    rng = np.random.default_rng(11)
    scores = rng.uniform(0, 100, len(rings))
    inhabitants = rng.integers(0, 150, len(rings))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(SRS_ID)
    temporary = path + ".part.gpkg"
    if os.path.exists(temporary):
        os.remove(temporary)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(temporary)
    layer = dataset.CreateLayer(LAYER, srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("score", ogr.OFTReal))
    layer.CreateField(ogr.FieldDefn("aantal_inwoners", ogr.OFTInteger))
    definition = layer.GetLayerDefn()
    import shapely

    blobs = shapely.to_wkb(shapely.polygons(rings))
    layer.StartTransaction()
    for number, blob in enumerate(blobs):
        feature = ogr.Feature(definition)
        feature.SetField(0, float(scores[number]))
        feature.SetField(1, int(inhabitants[number]))
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(blob))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None
    os.replace(temporary, path)


def write_raster(path, values):
    from osgeo import gdal, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(SRS_ID)
    temporary = path + ".part.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(
        temporary, values.shape[1], values.shape[0], 1, gdal.GDT_Float32,
        options=["COMPRESS=DEFLATE", "PREDICTOR=3", "TILED=YES"])
    dataset.SetGeoTransform(geotransform(values.shape))
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    band.WriteArray(np.where(np.isnan(values), -9999.0, values).astype(np.float32))
    dataset.FlushCache()
    dataset = None
    os.replace(temporary, path)


def geotransform(shape):
    return (ORIGIN[0], PIXEL, 0.0, ORIGIN[1] + shape[0] * PIXEL, 0.0, -PIXEL)


def inputs(bench):
    """Paths of the cached polygons and raster, generated when missing."""
    gpkg = bench.path(f"zonal_polygons_v{GENERATOR_VERSION}.gpkg")
    tif = bench.path(f"zonal_surface_v{GENERATOR_VERSION}.tif")
    if not os.path.exists(gpkg):
        start = time.perf_counter()
        write_polygons(gpkg, tessellation())
        print(f"  generated {N_SIDE * N_SIDE:,} polygons in {time.perf_counter() - start:.1f} s",
              flush=True)
    if not os.path.exists(tif):
        start = time.perf_counter()
        write_raster(tif, surface())
        print(f"  generated the raster in {time.perf_counter() - start:.1f} s", flush=True)
    return gpkg, tif


# -- children ----------------------------------------------------------------------------

def read_polygon_wkb(gpkg):
    from osgeo import ogr

    dataset = ogr.Open(gpkg)
    layer = dataset.GetLayerByName(LAYER)
    blobs = [bytes(feature.GetGeometryRef().ExportToWkb()) for feature in layer]
    projection = layer.GetSpatialRef().ExportToWkt()
    dataset = None
    return blobs, projection


def child_core(args):
    """Rasterise + statistics as the overlay does them, stage by stage."""
    import shapely
    from run_all import own_peak_mib, print_result

    from wijkradar.core import zonal
    from wijkradar.processing.io.rasterise import rasterise_zones
    from wijkradar.processing.io.rasters import read_raster_band

    blobs, _ = read_polygon_wkb(args.gpkg)
    polygons = shapely.from_wkb(np.array(blobs, dtype=object))
    before_mib = own_peak_mib()
    times = {}
    start = time.perf_counter()
    values, transform, projection = read_raster_band(args.tif, 1)
    times["read_raster"] = time.perf_counter() - start
    start = time.perf_counter()
    threshold = zonal.top_percent_threshold(values, 5.0)
    times["threshold"] = time.perf_counter() - start
    start = time.perf_counter()
    zones, holders = rasterise_zones(blobs, projection, transform, values.shape)
    times["rasterise"] = time.perf_counter() - start
    start = time.perf_counter()
    shared = int(np.count_nonzero(holders > 1))
    times["overlap_check"] = time.perf_counter() - start
    start = time.perf_counter()
    stats = zonal.zonal_statistics(zones, values, len(blobs), threshold)
    times["statistics"] = time.perf_counter() - start
    check = check_sample(polygons, values, transform, stats)
    print_result({"times": times, "total": sum(times.values()), "shared_cells": shared,
                  "cells": list(values.shape), "polygons": len(blobs),
                  "before_mib": before_mib, "check": check,
                  "polygons_with_cells": int((stats.n_cells > 0).sum()),
                  "mean_cells": float(stats.n_cells.mean())})
    return 0


def check_sample(polygons, values, transform, stats):
    """Largest differences on random polygons against cells whose centre lies inside."""
    import shapely

    rng = np.random.default_rng(3)
    x0, dx, _, y0, _, dy = transform
    worst = {"count": 0, "mean": 0.0, "max": 0.0}
    for k in rng.choice(len(polygons), CHECK_SAMPLE, replace=False):
        xmin, ymin, xmax, ymax = shapely.bounds(polygons[k])
        c0, c1 = int((xmin - x0) // dx), int((xmax - x0) // dx) + 1
        r0, r1 = int((ymax - y0) // dy), int((ymin - y0) // dy) + 1
        cols, rows = np.meshgrid(np.arange(c0, c1), np.arange(r0, r1))
        inside = shapely.contains_xy(polygons[k], x0 + (cols + 0.5) * dx, y0 + (rows + 0.5) * dy)
        cells = values[rows[inside], cols[inside]].astype(float)
        cells = cells[np.isfinite(cells)]
        row = stats.iloc[k]
        worst["count"] = max(worst["count"], abs(int(row.n_cells) - cells.size))
        if cells.size:
            worst["mean"] = max(worst["mean"], abs(row["mean"] - cells.mean()) / cells.mean())
            worst["max"] = max(worst["max"], abs(row["max"] - cells.max()))
    return worst


def start_qgis():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "headless_qgis", os.path.join(os.path.dirname(os.path.dirname(
            os.path.abspath(__file__))), "scripts", "headless_qgis.py"))
    headless = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(headless)
    return headless.start_qgis()


def child_processing(args):
    """One processing.run of the overlay, or of QGIS's zonal statistics."""
    started = time.perf_counter()
    app = start_qgis()  # noqa: F841 (keeps QGIS alive until the end)
    from qgis import processing
    from qgis.core import QgsProcessingFeedback
    from run_all import own_peak_mib, print_result

    startup = time.perf_counter() - started
    baseline = own_peak_mib()
    areas = f"{args.gpkg}|layername={LAYER}"
    if args.tool == "qgis":
        algorithm = "native:zonalstatisticsfb"
        parameters = {"INPUT": areas, "INPUT_RASTER": args.tif, "RASTER_BAND": 1,
                      "COLUMN_PREFIX": "q_", "STATISTICS": [0, 2, 6], "OUTPUT": args.output}
    else:
        algorithm = "wijkradar:area_monitor_overlay"
        parameters = {"INPUT": areas, "VULNERABILITY_FIELD": "score", "DENSITY": args.tif,
                      "OUTPUT": args.output, "LEGEND": args.output[:-5] + "_legend.png"}
    start = time.perf_counter()
    processing.run(algorithm, parameters, feedback=QgsProcessingFeedback())
    seconds = time.perf_counter() - start
    print_result({"tool": args.tool, "seconds": seconds, "startup_seconds": startup,
                  "baseline_mib": baseline})
    return 0


# -- the section ---------------------------------------------------------------------------

def run(bench=None):
    """Runs the jobs; returns the markdown section for RESULTS.md."""
    if bench is None:
        from run_all import Bench

        bench = Bench()
    gpkg, tif = inputs(bench)
    core = bench.run_child("zonal_core", [__file__, "core", gpkg, tif], timeout=JOB_TIMEOUT)
    overlay = bench.run_child("zonal_overlay", [
        __file__, "processing", "wijkradar", gpkg, tif, bench.path("zonal_overlay.gpkg")],
        timeout=JOB_TIMEOUT)
    qgis = bench.run_child("zonal_qgis", [
        __file__, "processing", "qgis", gpkg, tif, bench.path("zonal_qgis.gpkg")],
        timeout=JOB_TIMEOUT)
    agreement = compare_outputs(bench) if overlay.ok and qgis.ok else None
    return markdown(core, overlay, qgis, agreement)


def compare_outputs(bench):
    """How Wijkradar's and QGIS's zonal statistics of the same polygons compare."""
    import sqlite3

    def table(path, columns):
        with sqlite3.connect(path) as connection:
            layer = connection.execute(
                "SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchone()[0]
            rows = connection.execute(
                f'SELECT fid, {", ".join(columns)} FROM "{layer}" ORDER BY fid').fetchall()
        return np.array(rows, dtype=float)

    ours = table(bench.path("zonal_overlay.gpkg"), ["n_cells", "zonal_mean", "zonal_max"])
    theirs = table(bench.path("zonal_qgis.gpkg"), ["q_count", "q_mean", "q_max"])
    if ours.shape != theirs.shape or not np.array_equal(ours[:, 0], theirs[:, 0]):
        return None
    both = np.isfinite(ours[:, 2]) & np.isfinite(theirs[:, 2])
    same_count = ours[:, 1] == theirs[:, 1]
    regular = ours[:, 1] >= 2  # QGIS counts cell centres when a polygon holds two or more
    with np.errstate(invalid="ignore", divide="ignore"):
        relative = np.abs(ours[:, 2] - theirs[:, 2]) / np.abs(theirs[:, 2])
    return {"polygons": int(len(ours)), "regular": int(regular.sum()),
            "regular_same_count": int((same_count & regular).sum()),
            "regular_mean_rel": float(np.nanmax(np.where(both & regular, relative, np.nan))),
            "regular_max_abs": float(np.nanmax(np.where(both & regular,
                                                        np.abs(ours[:, 3] - theirs[:, 3]),
                                                        np.nan))),
            "irregular": int((~regular & (theirs[:, 1] > 0)).sum())}


def _seconds(job, key="seconds"):
    if job.timed_out:
        return f"stopped after {job.wall_seconds:.0f} s"
    return f"{job.result[key]:.2f}" if job.ok else "failed"


def markdown(core, overlay, qgis, agreement=None):
    n = N_SIDE * N_SIDE
    cells = int(round(side_metres() / PIXEL)) ** 2
    lines = [
        "## Zonal statistics: 460,000 PC6-sized polygons over a 10 m raster", "",
        f"{n:,} polygons (a {CELL:.0f} m grid with inner vertices jittered by up to "
        f"{JITTER:.0f} m: about {CELL * CELL:,.0f} m² each, as a PC6 area in a dense city) tiling "
        f"{side_metres() / 1000:.2f} x {side_metres() / 1000:.2f} km in RD New, over a Float32 "
        f"raster of {PIXEL:.0f} m cells covering the same square "
        f"({int(round(side_metres() / PIXEL)):,} x {int(round(side_metres() / PIXEL)):,} = "
        f"{cells / 1e6:.1f} million cells; no data outside a city-shaped disc). Generated with "
        "fixed seeds by bench/bench_zonal.py.", ""]
    if core.ok:
        times = core.result["times"]
        check = core.result["check"]
        met = core.result["total"] <= TARGET_CORE_SECONDS
        lines += [
            "Wijkradar's zonal statistics as `area_monitor_overlay` computes them (child "
            "process, polygons already read from the GeoPackage):", "",
            "| Stage | Seconds |", "|---|---:|",
            f"| read the raster band | {times['read_raster']:.2f} |",
            f"| hotspot threshold (top 5% of cells) | {times['threshold']:.2f} |",
            f"| rasterise polygon numbers + count polygons per cell (GDAL, 2 passes) | "
            f"{times['rasterise']:.2f} |",
            f"| overlap check | {times['overlap_check']:.2f} |",
            f"| statistics: count, sum, mean, min, max, hotspot share (numpy) | "
            f"{times['statistics']:.2f} |",
            f"| **total** | **{core.result['total']:.2f}** |", "",
            f"Peak memory of that child: {core.peak_mib:.0f} MiB ({core.result['before_mib']:.0f} "
            f"MiB before the zonal statistics, with the {n:,} polygons in memory). Target: "
            f"rasterise + statistics of all {n:,} polygons within {TARGET_CORE_SECONDS:.0f} s: "
            f"{core.result['total']:.1f} s, **{'met' if met else 'not met'}**. "
            f"{core.result['polygons_with_cells']:,} polygons hold cells with data (the others "
            f"lie outside the city disc; {core.result['mean_cells']:.1f} cells with data per "
            f"polygon on average); {core.result['shared_cells']} cells lie "
            f"in more than one polygon. Check on {CHECK_SAMPLE} random polygons against the "
            f"cells whose centre lies inside (shapely): largest count difference "
            f"{check['count']}, largest relative mean difference {check['mean']:.1e}, largest "
            f"max difference {check['max']:.1e}.", ""]
    else:
        lines += [f"The core job failed (see {os.path.relpath(core.log)}).", ""]
    lines += [
        "End to end through Processing (each a child process that starts QGIS; seconds of "
        "one `processing.run` on all polygons, reading the GeoPackage and writing one):", "",
        "| Job | Seconds | Peak memory (MiB) |", "|---|---:|---:|",
        f"| `wijkradar:area_monitor_overlay` (density raster, bivariate classes, provenance, "
        f"style, legend) | {_seconds(overlay)} | {overlay.peak_mib:.0f} |",
        f"| `native:zonalstatisticsfb` (count, mean, max) | {_seconds(qgis)} | "
        f"{qgis.peak_mib:.0f} |", ""]
    if overlay.ok:
        met = (overlay.result["seconds"] <= TARGET_OVERLAY_SECONDS
               and overlay.peak_mib <= TARGET_PEAK_MIB)
        lines += [
            f"Target: the whole overlay on {n:,} polygons within "
            f"{TARGET_OVERLAY_SECONDS:.0f} s and {TARGET_PEAK_MIB / 1024:.1f} GiB: "
            f"{overlay.result['seconds']:.0f} s and {overlay.peak_mib:.0f} MiB, "
            f"**{'met' if met else 'not met'}**. Most of that time is reading and writing "
            f"{n:,} features through QGIS; the statistics themselves are the figure above. "
            "QGIS's own zonal statistics, which do only the statistics, are given for "
            "reference.", ""]
    if agreement:
        lines += [
            f"Agreement with QGIS on the {agreement['polygons']:,} polygons: of the "
            f"{agreement['regular']:,} polygons holding at least two cell centres with data "
            f"(where QGIS counts cell centres), {agreement['regular_same_count']:,} have the "
            f"same cell count; largest relative difference of the mean "
            f"{agreement['regular_mean_rel']:.1e}, of the maximum "
            f"{agreement['regular_max_abs']:.1e} (absolute). For the "
            f"{agreement['irregular']:,} polygons holding less than two (at the edge of the "
            "data), QGIS switches to area-weighted intersections with the cells and reports a "
            "fractional count, Wijkradar keeps to cell centres (and takes the cell under an "
            "inner point only for a polygon that holds no cell at all).", ""]
    lines += [
        "How measured. Rasterising: each polygon's number is burnt into an Int32 grid aligned "
        "with the raster, in one `gdal.RasterizeLayer` pass (a cell belongs to a polygon when "
        "its centre lies inside it, the rule of QGIS's zonal statistics); a second pass adds 1 "
        "per polygon into a UInt16 grid, so cells held by more than one polygon (overlaps) are "
        "found and given to every polygon holding them. Statistics: `numpy.bincount` for counts, "
        "sums and hotspot cells, `maximum.reduceat` over runs of equal polygon numbers along the "
        "rows then `maximum.at` per polygon, in blocks of 4 million cells. Peak memory is the "
        "child's VmHWM."]
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    core = commands.add_parser("core", help="rasterise + statistics, timed per stage")
    core.add_argument("gpkg")
    core.add_argument("tif")
    proc = commands.add_parser("processing", help="one processing.run")
    proc.add_argument("tool", choices=("wijkradar", "qgis"))
    proc.add_argument("gpkg")
    proc.add_argument("tif")
    proc.add_argument("output")
    commands.add_parser("all", help="every job, printing the section")
    args = parser.parse_args(argv)
    if args.command == "core":
        return child_core(args)
    if args.command == "processing":
        return child_processing(args)
    print(run())
    return 0


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    sys.exit(main())
