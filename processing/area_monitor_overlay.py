"""wijkradar:area_monitor_overlay: vulnerability x crime intensity, bivariate focus classes."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterBand,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)

from ..core.choices import OVERLAY_DIRECTIONS, OVERLAY_MEASURES
from .algorithm import WijkradarAlgorithm
from .area_monitor_intensity import incident_rates, zonal
from .area_monitor_output import (
    report_classes,
    sentinels_as_missing,
    suppress,
    write,
    write_legend,
)
from .choice_parameters import chosen_value, enum_parameter
from .compat import (
    GeometryType,
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
)
from .dependencies import require
from .help.area_monitor_overlay import help_html
from .io.areas import read_areas
from .io.gdal_files import ogr_location
from .layer_input import input_source
from .provenance import OutputProvenance
from .shared_parameters import MinCountParameter, PurposeParameter

MEASURE_COLUMNS = {"rate": "rate_eb", "mean": "zonal_mean", "max": "zonal_max",
                   "hotspot": "hotspot_pct"}


class AreaMonitorOverlayAlgorithm(MinCountParameter, PurposeParameter, WijkradarAlgorithm):
    INPUT = "INPUT"
    VULNERABILITY_FIELD = "VULNERABILITY_FIELD"
    VULNERABILITY_DIRECTION = "VULNERABILITY_DIRECTION"
    INCIDENTS = "INCIDENTS"
    POPULATION_FIELD = "POPULATION_FIELD"
    DENSITY = "DENSITY"
    BAND = "BAND"
    HOTSPOT_PERCENT = "HOTSPOT_PERCENT"
    HOTSPOT_THRESHOLD = "HOTSPOT_THRESHOLD"
    CRIME_MEASURE = "CRIME_MEASURE"
    OUTPUT = "OUTPUT"
    LEGEND = "LEGEND"

    def name(self):
        return "area_monitor_overlay"

    def displayName(self):
        return self.tr("Area monitor overlay (vulnerability x crime)")

    def group(self):
        return self.tr("Area monitor")

    def groupId(self):
        return "area_monitor"

    def shortDescription(self):
        return self.tr("Crime intensity per area, bivariate 3 x 3 classes of vulnerability x "
                       "crime and focus areas, with a ready style and legend.")

    def shortHelpString(self):
        return help_html()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Areas (e.g. the area monitor index)"),
            [ProcessingSourceType.VectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.VULNERABILITY_FIELD, self.tr("Vulnerability field (default: score)"),
            defaultValue="score", parentLayerParameterName=self.INPUT,
            type=ProcessingFieldParameterDataType.Numeric, optional=True))
        self.addParameter(enum_parameter(self.VULNERABILITY_DIRECTION, self.tr("In that field"),
                                         OVERLAY_DIRECTIONS))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INCIDENTS, self.tr("Incident points"), [ProcessingSourceType.VectorPoint],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field (inhabitants)"),
            defaultValue="aantal_inwoners", parentLayerParameterName=self.INPUT,
            type=ProcessingFieldParameterDataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DENSITY, self.tr("Density raster (e.g. kernel density)"), optional=True))
        self.addParameter(QgsProcessingParameterBand(
            self.BAND, self.tr("Band"), 1, self.DENSITY, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.HOTSPOT_PERCENT, self.tr("Hotspot cells: top percentage of the raster"),
            ProcessingNumberParameterType.Double, 5.0, minValue=0.001, maxValue=100.0))
        threshold = QgsProcessingParameterNumber(
            self.HOTSPOT_THRESHOLD, self.tr("Hotspot cells: fixed threshold (instead of the "
                                            "top percentage)"),
            ProcessingNumberParameterType.Double, optional=True)
        self.add_advanced(threshold)
        self.addParameter(enum_parameter(
            self.CRIME_MEASURE, self.tr("Crime measure for the classes"), OVERLAY_MEASURES))
        self.add_min_count_parameter("incident counts")
        self.add_purpose_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Vulnerability x crime"), ProcessingSourceType.VectorPolygon))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.LEGEND, self.tr("Legend image"), self.tr("PNG files (*.png)"),
            optional=True, createByDefault=True))

    # -- settings ---------------------------------------------------------------------

    def read_inputs(self, parameters, context, feedback):
        source = input_source(self, parameters, self.INPUT, context, feedback,
                              GeometryType.Polygon, self.tr("The area layer"))
        incidents = input_source(self, parameters, self.INCIDENTS, context, feedback,
                                 GeometryType.Point, self.tr("The incident layer"),
                                 optional=True)
        raster = self.parameterAsRasterLayer(parameters, self.DENSITY, context)
        if incidents is None and raster is None:
            raise QgsProcessingException(self.tr(
                "Give incident points, a density raster or both: crime intensity comes from "
                "them."))
        measure = chosen_value(self, parameters, self.CRIME_MEASURE, context, OVERLAY_MEASURES)
        if measure == "auto":
            measure = "rate" if incidents is not None else "mean"
        if measure == "rate" and incidents is None:
            raise QgsProcessingException(self.tr(
                "The crime measure 'rate per 1,000 inhabitants' needs incident points."))
        if measure in ("mean", "max", "hotspot") and raster is None:
            raise QgsProcessingException(self.tr(
                "The chosen crime measure comes from a density raster: give one, or choose "
                "the rate."))
        fields = source.fields()
        vulnerability = (self.parameterAsString(parameters, self.VULNERABILITY_FIELD, context)
                         or "score")
        self.check_numeric(fields, vulnerability, source.sourceName())
        population = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        if incidents is not None:
            if not population or fields.lookupField(population) < 0:
                raise QgsProcessingException(self.tr(
                    "Rates per 1,000 inhabitants need a population field; '{}' is not in the "
                    "layer {}.").format(population, source.sourceName()))
            self.check_numeric(fields, population, source.sourceName())
        else:
            population = ""
        if raster is not None and raster.providerType() != "gdal":
            raise QgsProcessingException(self.tr(
                "The density raster must be a file (GeoTIFF or another GDAL format); save "
                "'{}' to a file first.").format(raster.name()))
        threshold = None
        if parameters.get(self.HOTSPOT_THRESHOLD) not in (None, ""):
            threshold = self.parameterAsDouble(parameters, self.HOTSPOT_THRESHOLD, context)
        return {
            "source": source, "incidents": incidents, "raster": raster, "measure": measure,
            "vulnerability": vulnerability, "population": population,
            "stronger": chosen_value(self, parameters, self.VULNERABILITY_DIRECTION, context,
                                     OVERLAY_DIRECTIONS),
            "band": self.parameterAsInt(parameters, self.BAND, context) or 1,
            "percent": self.parameterAsDouble(parameters, self.HOTSPOT_PERCENT, context),
            "threshold": threshold,
            "k": self.min_count_value(parameters, context),
            "purpose": self.purpose_value(parameters, context),
        }

    def check_numeric(self, fields, name, layer_name):
        index = fields.lookupField(name) if name else -1
        if index < 0:
            raise QgsProcessingException(self.tr(
                "The field '{}' is not in the layer {}. Fields there: {}.").format(
                name, layer_name, ", ".join(fields.names())))
        if not fields.at(index).isNumeric():
            raise QgsProcessingException(self.tr("The field '{}' is not numeric ({}).").format(
                name, fields.at(index).typeName()))

    # -- run --------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        require("numpy", "pandas", "shapely", "scipy")
        inputs = self.read_inputs(parameters, context, feedback)
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        areas = self.read_areas(parameters, context, inputs, steps, feedback)
        provenance = OutputProvenance(self, parameters, context, inputs["purpose"])
        provenance.add_input(inputs["source"].sourceName(), inputs["source"].sourceName(),
                             len(areas), areas.content_hash)
        table = self.crime_and_classes(parameters, context, inputs, areas, provenance,
                                       (steps, feedback))
        steps.setCurrentStep(3)
        dest_id = write(self, parameters, context, inputs["source"], areas, table, steps,
                        provenance)
        legend = write_legend(self, parameters, context, dest_id, provenance)
        return {self.OUTPUT: dest_id, self.LEGEND: legend, "N_AREAS": len(areas),
                "N_FOCUS": int(table["focus"].sum()), "CRIME_MEASURE": inputs["measure"]}

    def read_areas(self, parameters, context, inputs, steps, feedback):
        """The areas with their vulnerability (and population), CBS codes read as missing."""
        names = [inputs["vulnerability"]] + ([inputs["population"]]
                                             if inputs["population"] else [])
        areas = read_areas(inputs["source"], names, feedback=steps,
                           location=ogr_location(self, parameters, self.INPUT, context))
        self.stop_if_canceled(feedback)
        sentinels_as_missing(areas, names, feedback)
        if areas.null_geometries:
            feedback.pushWarning(self.tr("{} areas have no geometry: they get no crime "
                                         "figures.").format(areas.null_geometries))
        return areas

    def crime_and_classes(self, parameters, context, inputs, areas, provenance, feedbacks):
        """Per area: the crime intensity (incident rates, zonal statistics or both) and the
        bivariate class of vulnerability x crime; counts below k suppressed."""
        import pandas as pd

        from ..core import area_monitor

        steps, feedback = feedbacks  # this step's and the whole run's
        table = pd.DataFrame(index=range(len(areas)))
        steps.setCurrentStep(1)
        if inputs["incidents"] is not None:
            table = table.join(incident_rates(self, parameters, context, inputs, areas, steps,
                                              provenance))
        steps.setCurrentStep(2)
        if inputs["raster"] is not None:
            table = table.join(zonal(inputs, areas, steps, provenance))
        self.stop_if_canceled(feedback)
        vulnerability = pd.Series(areas.values[inputs["vulnerability"]])
        if inputs["stronger"]:
            vulnerability = -vulnerability
        crime = table[MEASURE_COLUMNS[inputs["measure"]]]
        table = table.join(area_monitor.bivariate_classes(vulnerability, crime))
        report_classes(table, vulnerability, crime, inputs, feedback)
        provenance.note(self.tr(
            "Vulnerability: {} ({}); crime measure: {}; classes are equal-count terciles, "
            "C3 (high vulnerability, high crime) is the focus class.").format(
            inputs["vulnerability"],
            self.tr("lower is more vulnerable") if inputs["stronger"]
            else self.tr("higher is more vulnerable"), MEASURE_COLUMNS[inputs["measure"]]))
        if inputs["incidents"] is not None:
            table = suppress(table, inputs["k"], provenance)
        return table
