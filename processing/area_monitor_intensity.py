"""Crime intensity per area for wijkradar:area_monitor_overlay: incident counts and rates
per 1,000 inhabitants (smoothed by empirical Bayes), and zonal statistics of a density
raster (mean, maximum, share of hotspot cells)."""

from qgis.PyQt.QtCore import QCoreApplication

from .algorithm import WijkradarAlgorithm, core_errors
from .io.crs import transform_wkb
from .io.gdal_files import ogr_location
from .io.points import PointReader
from .io.rasterise import rasterise_zones
from .io.rasters import read_raster_band, window_of_bounds
from .layer_input import raster_crs


def _tr(text):
    return QCoreApplication.translate("AreaMonitorOverlayAlgorithm", text)


def incident_rates(algorithm, parameters, context, inputs, areas, feedback, provenance):
    import numpy as np
    import shapely

    from ..core.area_monitor import empirical_bayes_rates
    from ..core.provenance import ContentHasher
    from ..core.zonal import count_points_in_polygons

    incidents = inputs["incidents"]
    source = inputs["source"]
    polygons = shapely.from_wkb(np.array(areas.wkb, dtype=object))
    reader = PointReader(incidents, incidents.sourceCrs(), source.sourceCrs(),
                         ogr_location=ogr_location(algorithm, parameters, algorithm.INCIDENTS,
                                                   context))
    counts, hasher = None, ContentHasher()
    for batch in reader.batches(feedback):
        hasher.update(batch.x, batch.y)
        counts = count_points_in_polygons(batch.x, batch.y, polygons, counts)
    algorithm.stop_if_canceled(feedback)
    if counts is None:
        counts = count_points_in_polygons(np.zeros(0), np.zeros(0), polygons)
    provenance.add_input(incidents.sourceName(), incidents.sourceName(),
                         reader.counts.features, hasher.hexdigest())
    if reader.counts.null_geometries:
        feedback.pushWarning(_tr("{} incidents without a geometry were skipped.").format(
            reader.counts.null_geometries))
    if counts.outside:
        feedback.pushWarning(_tr("{} incidents lie outside every area and are not "
                                 "counted.").format(counts.outside))
    if counts.in_several:
        feedback.pushWarning(_tr(
            "{} incidents lie inside more than one area: the areas overlap. Each of those "
            "areas counts them.").format(counts.in_several))
    population = areas.values[inputs["population"]]
    with core_errors():
        rates = empirical_bayes_rates(counts.counts.astype(float), population)
    if rates.n_no_population:
        feedback.pushWarning(_tr(
            "{} areas have zero or missing population: they get no rate (their incidents "
            "are still counted).").format(rates.n_no_population))
    feedback.pushInfo(_tr(
        "{} incidents in the areas; overall rate {:.2f} per 1,000 inhabitants; "
        "between-area variance of the rates (empirical Bayes) {:.3g}.").format(
        int(counts.counts.sum()), rates.global_rate * 1000, rates.between_variance * 1e6))
    provenance.note(_tr(
        "Rates per 1,000 inhabitants ({}), smoothed by global empirical Bayes (Marshall "
        "1991); overall rate {:.2f}.").format(inputs["population"],
                                              rates.global_rate * 1000))
    out = rates.table[["count", "rate_raw", "rate_eb", "no_population"]].rename(
        columns={"count": "incidents"})
    out["incidents"] = out["incidents"].astype("int64")
    return out


def zonal(inputs, areas, feedback, provenance):
    import numpy as np
    import pandas as pd
    import shapely

    from ..core import zonal

    raster = inputs["raster"]
    source = inputs["source"]
    values, geotransform, projection = read_raster_band(raster.source(), inputs["band"])
    provenance.add_input(raster.name(), raster.source(), int(values.size),
                         raster_hash(values))
    wkbs = areas.wkb
    crs = raster_crs(raster, _tr("The density raster"), feedback)
    if crs != source.sourceCrs():
        feedback.pushInfo(_tr(
            "The areas ({}) are reprojected to the raster's CRS ({}) for the zonal "
            "statistics.").format(source.sourceCrs().authid(), crs.authid()))
        provenance.note(_tr("Areas reprojected from {} to {} for the zonal "
                            "statistics.").format(source.sourceCrs().authid(),
                                                      crs.authid()))
        wkbs = transform_wkb(wkbs, source.sourceCrs(), crs)
    if inputs["threshold"] is not None:
        threshold = inputs["threshold"]
        rule = _tr("at or above {:g}").format(threshold)
    else:
        with core_errors():
            threshold = zonal.top_percent_threshold(values, inputs["percent"])
        rule = _tr("the top {:g}% of the raster's cells with data (at or above {:.4g})"
                       ).format(inputs["percent"], threshold)
    feedback.pushInfo(_tr("Hotspot cells: {}.").format(rule))
    provenance.note(_tr("Zonal statistics of {} (cell centres in the area); hotspot "
                        "cells: {}.").format(raster.name(), rule))
    n = len(areas)
    polygons = shapely.from_wkb(np.array(wkbs, dtype=object))
    window = window_of_bounds(shapely.total_bounds(polygons), geotransform, values.shape)
    if window is None:
        feedback.pushWarning(_tr("The raster does not overlap the areas: no zonal "
                                 "statistics."))
        stats = zonal.zonal_statistics(np.zeros((1, 1), np.int32), np.zeros((1, 1)), n)
    else:
        stats = window_statistics(values, geotransform, projection, window, wkbs,
                                       polygons, threshold, feedback)
    if stats["from_point"].any():
        feedback.pushInfo(_tr(
            "{} areas are smaller than a cell: they take the value of the cell under an "
            "inner point.").format(int(stats["from_point"].sum())))
    empty = int(stats["mean"].isna().sum()) - areas.null_geometries
    if empty > 0:
        feedback.pushWarning(_tr("{} areas have no raster cells with data.").format(
            empty))
    return pd.DataFrame({"zonal_mean": stats["mean"], "zonal_max": stats["max"],
                         "hotspot_pct": 100.0 * stats["hot_share"],
                         "n_cells": stats["n_cells"]})


def window_statistics(values, geotransform, projection, window, wkbs, polygons,
                      threshold, feedback):
    import numpy as np
    import shapely

    from ..core import zonal

    row0, row1, col0, col1 = window
    block = values[row0:row1, col0:col1]
    x0, dx, _, y0, _, dy = geotransform
    block_transform = (x0 + col0 * dx, dx, 0.0, y0 + row0 * dy, 0.0, dy)
    zones, holders = rasterise_zones(wkbs, projection, block_transform, block.shape)
    WijkradarAlgorithm.stop_if_canceled(feedback)
    extra = None
    shared = np.flatnonzero(holders.ravel() > 1)
    if shared.size:
        x, y = zonal.cell_centres(shared, block_transform, block.shape[1])
        cell_index, polygon_index, _ = zonal.points_in_polygons(x, y, polygons)
        zones.ravel()[shared] = 0
        extra = (polygon_index + 1, shared[cell_index])
        feedback.pushWarning(_tr(
            "The areas overlap: {} cells lie in more than one area ({} areas involved). "
            "Each area's statistics use all of its cells.").format(
            shared.size, np.unique(polygon_index).size))
    n = len(wkbs)
    held = np.bincount(zones.ravel(), minlength=n + 1)[1:]
    if extra is not None:
        held += np.bincount(extra[0] - 1, minlength=n)
    small = np.flatnonzero((held == 0) & ~shapely.is_missing(polygons))
    fallback = None
    if small.size:
        inner = shapely.point_on_surface(polygons[small])
        cells = zonal.cells_of_points(shapely.get_x(inner), shapely.get_y(inner),
                                      block_transform, block.shape)
        inside = cells >= 0
        fallback = (small[inside] + 1, cells[inside])
    return zonal.zonal_statistics(zones, block, n, threshold, extra, fallback)


def raster_hash(values):
    from ..core.provenance import ContentHasher

    hasher = ContentHasher()
    hasher.update(values)
    return hasher.hexdigest()
