"""What wijkradar:kde_hotspots reports and writes: the counts read and skipped, the density
raster (GeoTIFF with its provenance and a style) and the ranked hotspot polygons (counts
below k suppressed)."""

import json

from qgis.core import QgsFeature, QgsFeatureSink, QgsFields, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from .compat import WkbType
from .io.rasterise import polygonise_labels
from .io.rasters import write_geotiff
from .io.values import attribute_value, geometry_from_wkb, new_field
from .layer_input import report_skipped
from .styles import density_breaks, save_density_style, style_hotspot_polygons, style_on_load

NODATA = -9999.0
HOTSPOT_FIELDS = (
    ("cluster_id", "int"), ("rank", "int"), ("n_cells", "int"), ("area_m2", "double"),
    ("incident_count", "int"), ("mean_density", "double"), ("max_density", "double"),
    ("onderdrukt", "bool"),
)


def _tr(text):
    return QCoreApplication.translate("KdeHotspotsAlgorithm", text)


def report_counts(reader, result, feedback):
    counts = reader.counts
    report_skipped(feedback, counts.null_geometries, _tr("incidents"))
    for number, text in (
            (counts.null_weights, _tr("{} points with a NULL weight were skipped.")),
            (counts.negative_weights,
             _tr("{} points with a negative weight were skipped.")),
            (result.outside, _tr("{} points lie beyond the extent plus radius and do "
                                 "not count.")),
            (result.future, _tr("{} points dated after the reference date weigh 0.")),
            (result.too_old, _tr("{} points older than the maximum age weigh 0."))):
        if number:
            feedback.pushWarning(text.format(number))
    feedback.pushInfo(_tr("{} incidents, radius {:.0f} m, grid {} x {} cells of {} m, "
                          "{} hotspot clusters.").format(
        counts.points, result.radius, result.grid.ncols, result.grid.nrows,
        result.grid.pixel_size, len(result.clusters)))
    if result.prospective:
        feedback.pushInfo(_tr("Recent incidents weigh more: ages count back from {}.")
                          .format(result.reference))


def write_raster(algorithm, parameters, context, result, crs, provenance):
    path = algorithm.parameterAsOutputLayer(parameters, algorithm.OUTPUT, context)
    record, _ = provenance.finish({"raster": path}, path, title=_tr("Kernel density"),
                                  abstract=_tr("Kernel density of incidents."))
    write_geotiff(path, result.surface, result.grid, crs, NODATA,
                  {"WIJKRADAR_PROVENANCE": json.dumps(record, ensure_ascii=False)})
    qml = save_density_style(path, density_breaks(result.surface, NODATA))
    style_on_load(context, path, qml_path=qml)
    return path


def write_hotspots(algorithm, parameters, context, result, settings, crs, provenance):
    from wijkradar.core.suppression import metadata_note, suppress_frame

    k = settings["min_count"]
    table = suppress_frame(result.clusters, ["incident_count"], k)
    fields = QgsFields()
    for name, kind in HOTSPOT_FIELDS:
        fields.append(new_field(name, kind))
    sink, dest_id = algorithm.parameterAsSink(parameters, algorithm.HOTSPOTS, context, fields,
                                              WkbType.MultiPolygon, crs)
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, algorithm.HOTSPOTS))
    geometries = polygonise_labels(result.labels, result.grid)
    for row in table.itertuples():
        feature = QgsFeature(fields)
        feature.setGeometry(geometry_from_wkb(geometries[row.cluster_id]))
        feature.setAttributes([attribute_value(getattr(row, name))
                               for name, _ in HOTSPOT_FIELDS])
        sink.addFeature(feature, QgsFeatureSink.FastInsert)
    provenance.note(metadata_note(k))
    del sink  # closes a file output before its sidecar is written beside it
    _, metadata = provenance.finish({"hotspots": dest_id}, dest_id,
                                    title=_tr("Hotspot areas"))
    style_on_load(context, dest_id, style_function=lambda layer: (
        layer.setMetadata(metadata), style_hotspot_polygons(layer)))
    return dest_id
