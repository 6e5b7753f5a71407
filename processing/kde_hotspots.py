"""wijkradar:kde_hotspots: kernel density raster and ranked hotspot polygons."""

import json

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from ..core.choices import DENSITY_OUTPUTS, HOTSPOT_METHODS, KERNELS
from .algorithm import WijkradarAlgorithm, core_errors
from .bridge import (
    PointReader,
    attribute_value,
    geometry_from_wkb,
    metric_crs_for,
    new_field,
    ogr_location,
    polygonise_labels,
    rasterise_polygons,
    write_geotiff,
)
from .choice_parameters import chosen_value, enum_parameter
from .compat import (
    GeometryType,
    ProcessingDateTimeParameterDataType,
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
    WkbType,
)
from .date_reading import refuse_number_field
from .dependencies import require
from .layer_input import input_source, report_skipped, require_numeric_field
from .provenance import OutputProvenance
from .shared_parameters import MinCountParameter, PurposeParameter
from .styles import density_breaks, save_density_style, style_hotspot_polygons, style_on_load

NODATA = -9999.0


class KdeHotspotsAlgorithm(MinCountParameter, PurposeParameter, WijkradarAlgorithm):
    INPUT = "INPUT"
    RADIUS = "RADIUS"
    AUTO_RADIUS = "AUTO_RADIUS"
    PIXEL_SIZE = "PIXEL_SIZE"
    KERNEL = "KERNEL"
    DECAY = "DECAY"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    OUTPUT_VALUE = "OUTPUT_VALUE"
    EXTENT = "EXTENT"
    MASK = "MASK"
    DATE_FIELD = "DATE_FIELD"
    REFERENCE_DATE = "REFERENCE_DATE"
    HALF_LIFE = "HALF_LIFE"
    MAX_AGE = "MAX_AGE"
    HOTSPOT_METHOD = "HOTSPOT_METHOD"
    TOP_PERCENT = "TOP_PERCENT"
    K_TIMES_MEAN = "K_TIMES_MEAN"
    OUTPUT = "OUTPUT"
    HOTSPOTS = "HOTSPOTS"

    def name(self):
        return "kde_hotspots"

    def displayName(self):
        return self.tr("Kernel density hotspots")

    def group(self):
        return self.tr("Hotspots")

    def groupId(self):
        return "hotspots"

    def shortDescription(self):
        return self.tr("Exact, fast kernel density of incidents with ranked hotspot areas.")

    def shortHelpString(self):
        return self.tr(
            "<p>Computes a kernel density surface of incident points and outlines the "
            "hotspots: the top X% of the study-area cells (default 5%), or the cells with at "
            "least k times the mean density, dissolved into contiguous clusters with rank, "
            "area, incident count and mean and max density.</p>"
            "<p><b>Radius</b> is in metres whatever the layer's CRS: geographic input is "
            "projected to RD New (EPSG:28992) for Dutch data, else to its UTM zone; the log "
            "says which. <b>Automatic radius</b>: 0.9 x min(standard distance, 1.2011 x median "
            "distance to the mean centre) x n<sup>-0.2</sup> (a Silverman-type rule in two "
            "dimensions), at least two pixels.</p>"
            "<p><b>Kernels</b>: quartic (default), triangular (with decay), uniform, triweight "
            "and Epanechnikov use the formulas of QGIS's Heatmap (Raw); Gaussian has sigma = "
            "radius / 3, cut off at the radius. <b>Output value</b>: density (incidents per "
            "km², the kernel integrates to 1, so the surface sums to the weight total), raw "
            "(as QGIS's Heatmap 'Raw'), or scaled (density per m²).</p>"
            "<p>The grid is snapped to multiples of the pixel size, so maps of different "
            "periods line up cell for cell. Default extent: the points' extent plus the radius. "
            "Optional mask polygons restrict the study area (cells outside get no data).</p>"
            "<p><b>Prospective mode</b> (date field set): recent incidents weigh more, weight "
            "0.5^(age / half-life) up to the maximum age, counted back from the reference date "
            "(default: the latest date in the data), after Bowers, Johnson & Pease (2004). "
            "A half-life of 0 weighs every incident up to the maximum age alike (no decay; "
            "near_repeat's NEAR_REPEAT_DAYS is 0 when it finds no near-repeat pattern).</p>"
            "<p>Points with a NULL geometry, NULL weight or negative weight are skipped and "
            "counted in the log. Speed: points are binned (linear binning) and the grid is "
            "convolved by FFT: the cost grows with the grid, not with points x kernel cells; "
            "the error against an exact sum at pixel centres is below 0.5% of the peak.</p>"
            "<p><b>Privacy</b>: a hotspot's incident count below k (default 5, the CBS "
            "threshold) is left empty and flagged in the field 'onderdrukt'; the layer's "
            "metadata says so.</p>")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Incident points"), [ProcessingSourceType.VectorPoint]))
        self.addParameter(QgsProcessingParameterNumber(
            self.RADIUS, self.tr("Search radius (metres)"),
            # (100 km: wider than any municipality; a larger radius is a typo that would
            # ask for a grid beyond any memory)
            ProcessingNumberParameterType.Double, 300.0, minValue=0.0, maxValue=100_000.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.AUTO_RADIUS, self.tr("Choose the radius automatically from the data"), False))
        self.addParameter(QgsProcessingParameterNumber(
            self.PIXEL_SIZE, self.tr("Pixel size (metres)"),
            ProcessingNumberParameterType.Double, 25.0, minValue=0.0))
        self.addParameter(enum_parameter(self.KERNEL, self.tr("Kernel shape"), KERNELS))
        self.addParameter(enum_parameter(self.OUTPUT_VALUE, self.tr("Output value"),
                                         DENSITY_OUTPUTS))
        self.addParameter(QgsProcessingParameterField(
            self.WEIGHT_FIELD, self.tr("Weight field"), parentLayerParameterName=self.INPUT,
            type=ProcessingFieldParameterDataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, self.tr("Extent (default: points plus radius)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.MASK, self.tr("Study area (mask polygons)"),
            [ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DATE_FIELD, self.tr("Date field (prospective mode)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.REFERENCE_DATE, self.tr("Reference date (default: latest date in the data)"),
            ProcessingDateTimeParameterDataType.Date, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.HALF_LIFE, self.tr("Half-life (days)"),
            ProcessingNumberParameterType.Double, 14.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_AGE, self.tr("Maximum age (days)"),
            ProcessingNumberParameterType.Double, 56.0, minValue=0.0))
        self.addParameter(enum_parameter(self.HOTSPOT_METHOD, self.tr("Hotspot cells"),
                                         HOTSPOT_METHODS))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOP_PERCENT, self.tr("Top percentage"),
            ProcessingNumberParameterType.Double, 5.0, minValue=0.001, maxValue=100.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.K_TIMES_MEAN, self.tr("k (times the mean)"),
            ProcessingNumberParameterType.Double, 2.0, minValue=0.0))
        self.add_min_count_parameter("incident counts")
        decay = QgsProcessingParameterNumber(
            self.DECAY, self.tr("Decay ratio (triangular kernel)"),
            ProcessingNumberParameterType.Double, 0.0, minValue=0.0)
        self.add_advanced(decay)
        self.add_purpose_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Density raster")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.HOTSPOTS, self.tr("Hotspot areas"), ProcessingSourceType.VectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):
        require("scipy", "pandas", "shapely")
        from .density_run import DensityRun

        source = input_source(self, parameters, self.INPUT, context, feedback,
                              GeometryType.Point, self.tr("The incident layer"))
        settings = self.read_settings(parameters, context, feedback)
        if settings["weight_field"]:
            require_numeric_field(source, settings["weight_field"], self.tr("the incident layer"))
        refuse_number_field(source, settings["date_field"])
        crs = metric_crs_for(source.sourceCrs(), source.sourceExtent())
        if crs != source.sourceCrs():
            feedback.pushInfo(self.tr("Computing in {} (metres); the input is in {}.").format(
                crs.authid(), source.sourceCrs().authid()))
        reader = PointReader(source, source.sourceCrs(), crs, settings["weight_field"],
                             settings["date_field"],
                             ogr_location(self, parameters, self.INPUT, context))
        feedback.pushInfo(self.tr("Reading points {}.").format(
            self.tr("through GDAL (vectorised)") if reader.vectorised else
            self.tr("feature by feature")))
        extent = self.data_extent(parameters, context, source, crs)
        mask = settings["mask"]
        study_area = None if mask is None else (
            lambda grid: rasterise_polygons(mask, mask.sourceCrs(), crs, grid))
        with core_errors():
            result = DensityRun(settings, reader, extent, crs, feedback, study_area).run()
        self.stop_if_canceled(feedback)
        self.report_counts(reader, result, feedback)
        provenance = OutputProvenance(self, parameters, context, settings["purpose"])
        provenance.add_input(source.sourceName(), source.sourceName(), reader.counts.features,
                             result.content_hash)
        provenance.note(self.tr("Radius {:.0f} m, pixel {:.1f} m, kernel {}, output {}, "
                                "CRS {}.").format(result.radius, result.grid.pixel_size,
                                                  settings["kernel"], settings["output"],
                                                  crs.authid()))
        raster_path = self.write_raster(parameters, context, result, crs, provenance)
        hotspots_id = self.write_hotspots(parameters, context, result, settings, crs,
                                          provenance)
        return {self.OUTPUT: raster_path, self.HOTSPOTS: hotspots_id,
                "RADIUS": result.radius, "N_INCIDENTS": reader.counts.points,
                "N_HOTSPOTS": len(result.clusters), "CRS": crs.authid()}

    def read_settings(self, parameters, context, feedback):
        mask = input_source(self, parameters, self.MASK, context, feedback,
                            GeometryType.Polygon, self.tr("The study area (mask)"), optional=True)
        reference = self.parameterAsDateTime(parameters, self.REFERENCE_DATE, context)
        return {
            "radius": self.parameterAsDouble(parameters, self.RADIUS, context),
            "auto_radius": self.parameterAsBoolean(parameters, self.AUTO_RADIUS, context),
            "pixel_size": self.parameterAsDouble(parameters, self.PIXEL_SIZE, context),
            "kernel": chosen_value(self, parameters, self.KERNEL, context, KERNELS),
            "decay": self.parameterAsDouble(parameters, self.DECAY, context),
            "output": chosen_value(self, parameters, self.OUTPUT_VALUE, context,
                                   DENSITY_OUTPUTS),
            "weight_field": self.parameterAsString(parameters, self.WEIGHT_FIELD, context),
            "date_field": self.parameterAsString(parameters, self.DATE_FIELD, context),
            "reference_date": (np.datetime64(reference.date().toString("yyyy-MM-dd"))
                               if reference.isValid() else None),
            "half_life": self.parameterAsDouble(parameters, self.HALF_LIFE, context),
            "max_age": self.parameterAsDouble(parameters, self.MAX_AGE, context),
            "hotspot_method": chosen_value(self, parameters, self.HOTSPOT_METHOD, context,
                                           HOTSPOT_METHODS),
            "top_percent": self.parameterAsDouble(parameters, self.TOP_PERCENT, context),
            "k_times_mean": self.parameterAsDouble(parameters, self.K_TIMES_MEAN, context),
            "min_count": self.min_count_value(parameters, context),
            "mask": mask,
            "purpose": self.purpose_value(parameters, context),
        }

    def data_extent(self, parameters, context, source, crs):
        """The user's extent (None = the points' extent plus the radius, found while reading)."""
        if parameters.get(self.EXTENT) in (None, ""):
            return None
        extent = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        return extent if not extent.isNull() else None

    def report_counts(self, reader, result, feedback):
        counts = reader.counts
        report_skipped(feedback, counts.null_geometries, self.tr("incidents"))
        for number, text in (
                (counts.null_weights, self.tr("{} points with a NULL weight were skipped.")),
                (counts.negative_weights,
                 self.tr("{} points with a negative weight were skipped.")),
                (result.outside, self.tr("{} points lie beyond the extent plus radius and do "
                                         "not count.")),
                (result.future, self.tr("{} points dated after the reference date weigh 0.")),
                (result.too_old, self.tr("{} points older than the maximum age weigh 0."))):
            if number:
                feedback.pushWarning(text.format(number))
        feedback.pushInfo(self.tr("{} incidents, radius {:.0f} m, grid {} x {} cells of {} m, "
                                  "{} hotspot clusters.").format(
            counts.points, result.radius, result.grid.ncols, result.grid.nrows,
            result.grid.pixel_size, len(result.clusters)))
        if result.prospective:
            feedback.pushInfo(self.tr("Recent incidents weigh more: ages count back from {}."
                                      ).format(result.reference))

    def write_raster(self, parameters, context, result, crs, provenance):
        path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        record, _ = provenance.finish({"raster": path}, path, title=self.tr("Kernel density"),
                                      abstract=self.tr("Kernel density of incidents."))
        write_geotiff(path, result.surface, result.grid, crs, NODATA,
                      {"WIJKRADAR_PROVENANCE": json.dumps(record, ensure_ascii=False)})
        qml = save_density_style(path, density_breaks(result.surface, NODATA))
        style_on_load(context, path, qml_path=qml)
        return path

    def write_hotspots(self, parameters, context, result, settings, crs, provenance):
        from wijkradar.core.suppression import metadata_note, suppress_frame

        k = settings["min_count"]
        table = suppress_frame(result.clusters, ["incident_count"], k)
        fields = QgsFields()
        for name, kind in HOTSPOT_FIELDS:
            fields.append(new_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.HOTSPOTS, context, fields,
                                             WkbType.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.HOTSPOTS))
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
                                        title=self.tr("Hotspot areas"))
        style_on_load(context, dest_id, style_function=lambda layer: (
            layer.setMetadata(metadata), style_hotspot_polygons(layer)))
        return dest_id


HOTSPOT_FIELDS = (
    ("cluster_id", "int"), ("rank", "int"), ("n_cells", "int"), ("area_m2", "double"),
    ("incident_count", "int"), ("mean_density", "double"), ("max_density", "double"),
    ("onderdrukt", "bool"),
)
