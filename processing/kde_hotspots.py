"""wijkradar:kde_hotspots: kernel density raster and ranked hotspot polygons."""


from qgis.core import (
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
from .choice_parameters import chosen_value, enum_parameter
from .compat import (
    GeometryType,
    ProcessingDateTimeParameterDataType,
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
)
from .dependencies import require
from .help.kde_hotspots import help_html
from .io.crs import metric_crs_for
from .io.dates import date_parameter, refuse_number_field
from .io.gdal_files import ogr_location
from .io.points import PointReader
from .io.rasterise import rasterise_polygons
from .kde_output import report_counts, write_hotspots, write_raster
from .layer_input import input_source, require_numeric_field
from .provenance import OutputProvenance
from .shared_parameters import MinCountParameter, PurposeParameter


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
        return help_html()

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
        report_counts(reader, result, feedback)
        provenance = OutputProvenance(self, parameters, context, settings["purpose"])
        provenance.add_input(source.sourceName(), source.sourceName(), reader.counts.features,
                             result.content_hash)
        provenance.note(self.tr("Radius {:.0f} m, pixel {:.1f} m, kernel {}, output {}, "
                                "CRS {}.").format(result.radius, result.grid.pixel_size,
                                                  settings["kernel"], settings["output"],
                                                  crs.authid()))
        raster_path = write_raster(self, parameters, context, result, crs, provenance)
        hotspots_id = write_hotspots(self, parameters, context, result, settings, crs,
                                     provenance)
        return {self.OUTPUT: raster_path, self.HOTSPOTS: hotspots_id,
                "RADIUS": result.radius, "N_INCIDENTS": reader.counts.points,
                "N_HOTSPOTS": len(result.clusters), "CRS": crs.authid()}

    def read_settings(self, parameters, context, feedback):
        mask = input_source(self, parameters, self.MASK, context, feedback,
                            GeometryType.Polygon, self.tr("The study area (mask)"), optional=True)
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
            "reference_date": date_parameter(self, parameters, self.REFERENCE_DATE, context),
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
