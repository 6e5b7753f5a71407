"""wijkradar:area_monitor_overlay: vulnerability x crime intensity, bivariate focus classes."""

import os

from qgis.core import (
    QgsFields,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterBand,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
)

from ..core.choices import OVERLAY_DIRECTIONS, OVERLAY_MEASURES
from .algorithm import WijkradarAlgorithm, core_errors
from .area_bridge import (
    attribute_rows,
    rasterise_zones,
    read_areas,
    read_raster_band,
    transform_wkb,
    window_of_bounds,
    write_with_new_values,
)
from .bridge import PointReader, new_field, ogr_location
from .choice_parameters import chosen_value, enum_parameter
from .compat import (
    GeometryType,
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
)
from .dependencies import require
from .layer_input import input_source, raster_crs
from .provenance import OutputProvenance, file_of
from .shared_parameters import MinCountParameter, PurposeParameter

MEASURE_COLUMNS = {"rate": "rate_eb", "mean": "zonal_mean", "max": "zonal_max",
                   "hotspot": "hotspot_pct"}
INCIDENT_FIELDS = (("incidents", "int"), ("rate_raw", "double"), ("rate_eb", "double"),
                   ("onderdrukt", "bool"), ("no_population", "bool"))
RASTER_FIELDS = (("zonal_mean", "double"), ("zonal_max", "double"), ("hotspot_pct", "double"),
                 ("n_cells", "int"))
CLASS_FIELDS = (("vuln_tercile", "int"), ("crime_tercile", "int"), ("bivariate", "string"),
                ("focus", "bool"), ("focus_rank", "int"))



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
        return self.tr(
            "<p>Sets the vulnerability of each area (usually the score of <i>Area monitor "
            "index</i>) against its crime intensity and marks the focus areas.</p>"
            "<p><b>Crime intensity</b> from incident points: the count per area and the rate "
            "per 1,000 inhabitants, raw and smoothed by global empirical Bayes (Marshall 1991: "
            "rates of areas with few inhabitants move towards the overall rate, so tiny "
            "populations do not top the list). Areas with zero or missing population get no "
            "rate and take no part in the smoothing. And/or from a density raster (e.g. of "
            "<i>Kernel density hotspots</i>): the zonal mean and maximum of the cells whose "
            "centre lies in the area (the rule of QGIS's zonal statistics) and the share of "
            "hotspot cells: cells in the top percentage (default 5%) of the raster's cells "
            "with data, or at or above a fixed threshold. An area smaller than a cell takes "
            "the cell under its inner point. Areas in another CRS than the raster are "
            "reprojected to it for the statistics (the log says so). Overlapping areas are "
            "detected and reported; each area counts all of its cells and incidents. "
            "<b>Crime measure</b> chooses what the classes use (automatic: the smoothed rate "
            "when incidents are given, else the zonal mean).</p>"
            "<p><b>Bivariate classes</b>: equal-count terciles of vulnerability (A low, B, C "
            "high) and of crime (1 low, 2, 3 high), so 'C3' is high vulnerability with high "
            "crime: the focus class (field 'focus', ranked by crime in 'focus_rank'). With an "
            "index score, vulnerability is the weak side: the lower the score, the more "
            "vulnerable. The output is styled with a 3 x 3 palette (also saved as .qml beside "
            "a file output) and a legend image (PNG) for print layouts is written.</p>"
            "<p><b>Privacy</b>: incident counts below k (default 5) are left empty and flagged "
            "in 'onderdrukt', and so are the rates computed from them; the layer's metadata "
            "says so. The classes are computed before suppression.</p>")

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
        import pandas as pd

        from ..core import area_monitor

        inputs = self.read_inputs(parameters, context, feedback)
        source = inputs["source"]
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        names = [inputs["vulnerability"]] + ([inputs["population"]]
                                             if inputs["population"] else [])
        areas = read_areas(source, names, feedback=steps,
                           location=ogr_location(self, parameters, self.INPUT, context))
        self.stop_if_canceled(feedback)
        self.sentinels_as_missing(areas, names, feedback)
        if areas.null_geometries:
            feedback.pushWarning(self.tr("{} areas have no geometry: they get no crime "
                                         "figures.").format(areas.null_geometries))
        provenance = OutputProvenance(self, parameters, context, inputs["purpose"])
        provenance.add_input(source.sourceName(), source.sourceName(), len(areas),
                             areas.content_hash)
        table = pd.DataFrame(index=range(len(areas)))
        steps.setCurrentStep(1)
        if inputs["incidents"] is not None:
            table = table.join(self.incident_rates(parameters, context, inputs, areas, steps,
                                                   provenance))
        steps.setCurrentStep(2)
        if inputs["raster"] is not None:
            table = table.join(self.zonal(inputs, areas, steps, provenance))
        self.stop_if_canceled(feedback)
        vulnerability = pd.Series(areas.values[inputs["vulnerability"]])
        if inputs["stronger"]:
            vulnerability = -vulnerability
        crime = table[MEASURE_COLUMNS[inputs["measure"]]]
        classes = area_monitor.bivariate_classes(vulnerability, crime)
        table = table.join(classes)
        self.report_classes(table, vulnerability, crime, inputs, feedback)
        provenance.note(self.tr(
            "Vulnerability: {} ({}); crime measure: {}; classes are equal-count terciles, "
            "C3 (high vulnerability, high crime) is the focus class.").format(
            inputs["vulnerability"],
            self.tr("lower is more vulnerable") if inputs["stronger"]
            else self.tr("higher is more vulnerable"), MEASURE_COLUMNS[inputs["measure"]]))
        if inputs["incidents"] is not None:
            table = self.suppress(table, inputs["k"], provenance)
        steps.setCurrentStep(3)
        dest_id = self.write(parameters, context, source, areas, table, steps, provenance)
        legend = self.write_legend(parameters, context, dest_id, provenance)
        return {self.OUTPUT: dest_id, self.LEGEND: legend, "N_AREAS": len(areas),
                "N_FOCUS": int(table["focus"].sum()), "CRIME_MEASURE": inputs["measure"]}

    def sentinels_as_missing(self, areas, names, feedback):
        """CBS's codes for a secret or unknown figure (-99999999, ...) in the fields read
        become missing values, counted per field: a CBS layer used as it is would otherwise
        rank an income of -99999999 as the most vulnerable area."""
        import numpy as np

        from ..core.cbs import sentinel_mask

        for name in dict.fromkeys(names):
            coded = sentinel_mask(areas.values[name])
            if coded.any():
                areas.values[name][coded] = np.nan
                feedback.pushWarning(self.tr(
                    "{} areas have a CBS code for a secret or unknown figure (-99999999, "
                    "-99999997, ...) in '{}': read as missing.").format(int(coded.sum()), name))

    def incident_rates(self, parameters, context, inputs, areas, feedback, provenance):
        import numpy as np
        import shapely

        from ..core.area_monitor import empirical_bayes_rates
        from ..core.provenance import ContentHasher
        from ..core.zonal import count_points_in_polygons

        incidents = inputs["incidents"]
        source = inputs["source"]
        polygons = shapely.from_wkb(np.array(areas.wkb, dtype=object))
        reader = PointReader(incidents, incidents.sourceCrs(), source.sourceCrs(),
                             ogr_location=ogr_location(self, parameters, self.INCIDENTS,
                                                       context))
        counts, hasher = None, ContentHasher()
        for batch in reader.batches(feedback):
            hasher.update(batch.x, batch.y)
            counts = count_points_in_polygons(batch.x, batch.y, polygons, counts)
        self.stop_if_canceled(feedback)
        if counts is None:
            counts = count_points_in_polygons(np.zeros(0), np.zeros(0), polygons)
        provenance.add_input(incidents.sourceName(), incidents.sourceName(),
                             reader.counts.features, hasher.hexdigest())
        if reader.counts.null_geometries:
            feedback.pushWarning(self.tr("{} incidents without a geometry were skipped.").format(
                reader.counts.null_geometries))
        if counts.outside:
            feedback.pushWarning(self.tr("{} incidents lie outside every area and are not "
                                         "counted.").format(counts.outside))
        if counts.in_several:
            feedback.pushWarning(self.tr(
                "{} incidents lie inside more than one area: the areas overlap. Each of those "
                "areas counts them.").format(counts.in_several))
        population = areas.values[inputs["population"]]
        with core_errors():
            rates = empirical_bayes_rates(counts.counts.astype(float), population)
        if rates.n_no_population:
            feedback.pushWarning(self.tr(
                "{} areas have zero or missing population: they get no rate (their incidents "
                "are still counted).").format(rates.n_no_population))
        feedback.pushInfo(self.tr(
            "{} incidents in the areas; overall rate {:.2f} per 1,000 inhabitants; "
            "between-area variance of the rates (empirical Bayes) {:.3g}.").format(
            int(counts.counts.sum()), rates.global_rate * 1000, rates.between_variance * 1e6))
        provenance.note(self.tr(
            "Rates per 1,000 inhabitants ({}), smoothed by global empirical Bayes (Marshall "
            "1991); overall rate {:.2f}.").format(inputs["population"],
                                                  rates.global_rate * 1000))
        out = rates.table[["count", "rate_raw", "rate_eb", "no_population"]].rename(
            columns={"count": "incidents"})
        out["incidents"] = out["incidents"].astype("int64")
        return out

    def zonal(self, inputs, areas, feedback, provenance):
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
        crs = raster_crs(raster, self.tr("The density raster"), feedback)
        if crs != source.sourceCrs():
            feedback.pushInfo(self.tr(
                "The areas ({}) are reprojected to the raster's CRS ({}) for the zonal "
                "statistics.").format(source.sourceCrs().authid(), crs.authid()))
            provenance.note(self.tr("Areas reprojected from {} to {} for the zonal "
                                    "statistics.").format(source.sourceCrs().authid(),
                                                          crs.authid()))
            wkbs = transform_wkb(wkbs, source.sourceCrs(), crs)
        if inputs["threshold"] is not None:
            threshold = inputs["threshold"]
            rule = self.tr("at or above {:g}").format(threshold)
        else:
            with core_errors():
                threshold = zonal.top_percent_threshold(values, inputs["percent"])
            rule = self.tr("the top {:g}% of the raster's cells with data (at or above {:.4g})"
                           ).format(inputs["percent"], threshold)
        feedback.pushInfo(self.tr("Hotspot cells: {}.").format(rule))
        provenance.note(self.tr("Zonal statistics of {} (cell centres in the area); hotspot "
                                "cells: {}.").format(raster.name(), rule))
        n = len(areas)
        polygons = shapely.from_wkb(np.array(wkbs, dtype=object))
        window = window_of_bounds(shapely.total_bounds(polygons), geotransform, values.shape)
        if window is None:
            feedback.pushWarning(self.tr("The raster does not overlap the areas: no zonal "
                                         "statistics."))
            stats = zonal.zonal_statistics(np.zeros((1, 1), np.int32), np.zeros((1, 1)), n)
        else:
            stats = self.window_statistics(values, geotransform, projection, window, wkbs,
                                           polygons, threshold, feedback)
        if stats["from_point"].any():
            feedback.pushInfo(self.tr(
                "{} areas are smaller than a cell: they take the value of the cell under an "
                "inner point.").format(int(stats["from_point"].sum())))
        empty = int(stats["mean"].isna().sum()) - areas.null_geometries
        if empty > 0:
            feedback.pushWarning(self.tr("{} areas have no raster cells with data.").format(
                empty))
        return pd.DataFrame({"zonal_mean": stats["mean"], "zonal_max": stats["max"],
                             "hotspot_pct": 100.0 * stats["hot_share"],
                             "n_cells": stats["n_cells"]})

    def window_statistics(self, values, geotransform, projection, window, wkbs, polygons,
                          threshold, feedback):
        import numpy as np
        import shapely

        from ..core import zonal

        row0, row1, col0, col1 = window
        block = values[row0:row1, col0:col1]
        x0, dx, _, y0, _, dy = geotransform
        block_transform = (x0 + col0 * dx, dx, 0.0, y0 + row0 * dy, 0.0, dy)
        zones, holders = rasterise_zones(wkbs, projection, block_transform, block.shape)
        self.stop_if_canceled(feedback)
        extra = None
        shared = np.flatnonzero(holders.ravel() > 1)
        if shared.size:
            x, y = zonal.cell_centres(shared, block_transform, block.shape[1])
            cell_index, polygon_index, _ = zonal.points_in_polygons(x, y, polygons)
            zones.ravel()[shared] = 0
            extra = (polygon_index + 1, shared[cell_index])
            feedback.pushWarning(self.tr(
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

    def report_classes(self, table, vulnerability, crime, inputs, feedback):
        without_vulnerability = int(vulnerability.isna().sum())
        if without_vulnerability:
            feedback.pushWarning(self.tr(
                "{} areas have no value in '{}' and get no bivariate class.").format(
                without_vulnerability, inputs["vulnerability"]))
        without_crime = int((crime.isna() & vulnerability.notna()).sum())
        if without_crime:
            feedback.pushWarning(self.tr(
                "{} more areas have no crime measure and get no bivariate class.").format(
                without_crime))
        feedback.pushInfo(self.tr("{} focus areas (C3: high vulnerability, high crime).").format(
            int(table["focus"].sum())))

    def suppress(self, table, k, provenance):
        from ..core.suppression import metadata_note, suppress_frame

        with core_errors():
            table = suppress_frame(table, ["incidents"], k,
                                   derived_columns=["rate_raw", "rate_eb"])
            provenance.note(metadata_note(k, derived_columns=["rate_raw", "rate_eb"]))
        return table

    # -- output -----------------------------------------------------------------------

    def write(self, parameters, context, source, areas, table, feedback, provenance):
        specs = ((list(INCIDENT_FIELDS) if "incidents" in table.columns else [])
                 + (list(RASTER_FIELDS) if "zonal_mean" in table.columns else [])
                 + list(CLASS_FIELDS))
        new_names = [name for name, _ in specs]
        fields = QgsFields()
        kept = []
        for index, existing in enumerate(source.fields()):
            if existing.name() in new_names:
                feedback.pushWarning(self.tr("The input field '{}' is replaced by the new "
                                             "value of the same name.").format(existing.name()))
                continue
            fields.append(existing)
            kept.append(index)
        for name, kind in specs:
            fields.append(new_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        rows = areas.row_of_fid()
        values = attribute_rows(table[new_names])
        write_with_new_values(sink, source, fields, kept, values, rows, feedback,
                              len(areas))
        del sink
        _, metadata = provenance.finish({"overlay": dest_id}, dest_id,
                                        title=self.tr("Vulnerability x crime"))
        from .area_monitor_style import bivariate_renderer, style_output

        style_output(context, dest_id, file_of(dest_id), bivariate_renderer, metadata)
        return dest_id

    def write_legend(self, parameters, context, dest_id, provenance):
        from .area_monitor_style import draw_bivariate_legend

        path = self.parameterAsFileOutput(parameters, self.LEGEND, context)
        if not path:
            output_file = file_of(dest_id)
            path = (os.path.splitext(output_file)[0] + "_legend.png" if output_file
                    else QgsProcessingUtils.generateTempFilename("bivariate_legend.png"))
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        try:
            draw_bivariate_legend(
                path, self.tr("Vulnerability"), self.tr("Crime intensity"), self.tr("low"),
                self.tr("high"), self.tr("C3 = focus: high vulnerability and high crime"))
        except OSError as error:
            raise QgsProcessingException(str(error)) from error
        provenance.finish({"legend": path}, path, title=self.tr("Bivariate legend"))
        return path


def raster_hash(values):
    from ..core.provenance import ContentHasher

    hasher = ContentHasher()
    hasher.update(values)
    return hasher.hexdigest()
