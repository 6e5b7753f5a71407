"""wijkradar:local_hotspot_statistics: Getis-Ord Gi* / Gi and local Moran's I per area or
grid cell, with permutation inference and a false discovery rate correction."""

import numpy as np
from qgis.core import (
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..core.choices import (
    HOTSPOT_STATS_CORRECTIONS,
    HOTSPOT_STATS_INPUTS,
    HOTSPOT_STATS_NEIGHBOURS,
    HOTSPOT_STATS_STATISTICS,
    HOTSPOT_STATS_TRANSFORMS,
)
from ..core.i18n import number
from .algorithm import WijkradarAlgorithm, core_errors
from .choice_parameters import chosen_value, enum_parameter
from .compat import (
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
    WkbType,
)
from .dependencies import require
from .emerging_io import write_rows
from .help.local_hotspot_statistics import help_html
from .hotspot_io import read_hotspot_areas, write_report
from .io.values import new_field
from .provenance import OutputProvenance, file_of
from .shared_parameters import MinCountParameter, PurposeParameter, ReportParameter

FIELDS = (("area_id", "string"), ("value", "double"), ("onderdrukt", "bool"),
          ("gi_z", "double"), ("gi_p", "double"), ("gi_p_adj", "double"), ("gi_class", "int"),
          ("moran_i", "double"), ("moran_z", "double"), ("moran_p", "double"),
          ("moran_p_adj", "double"), ("lisa", "string"))


class LocalHotspotStatisticsAlgorithm(MinCountParameter, PurposeParameter, ReportParameter,
                                      WijkradarAlgorithm):
    INPUT_MODE = "INPUT_MODE"
    AREAS = "AREAS"
    VALUE_FIELD = "VALUE_FIELD"
    ID_FIELD = "ID_FIELD"
    INCIDENTS = "INCIDENTS"
    CELL_SIZE = "CELL_SIZE"
    WEIGHTS = "WEIGHTS"
    DISTANCE_BAND = "DISTANCE_BAND"
    NEIGHBOURS = "NEIGHBOURS"
    TRANSFORM = "TRANSFORM"
    STATISTIC = "STATISTIC"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    CORRECTION = "CORRECTION"
    ALPHA = "ALPHA"
    OUTPUT = "OUTPUT"

    def name(self):
        return "local_hotspot_statistics"

    def displayName(self):
        return self.tr("Local hotspot statistics (Gi*, local Moran)")

    def group(self):
        return self.tr("Hotspots")

    def groupId(self):
        return "hotspots"

    def shortDescription(self):
        return self.tr("Statistically significant hot and cold spots (Getis-Ord Gi*) and "
                       "clusters and outliers (local Moran's I) of areas or grid cells, with "
                       "a false discovery rate correction.")

    def shortHelpString(self):
        return help_html()

    def initAlgorithm(self, config=None):
        self.addParameter(enum_parameter(self.INPUT_MODE, self.tr("Values to analyse"),
                                         HOTSPOT_STATS_INPUTS))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Areas (postcodes, buurten; for a grid: the study area)"),
            [ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.VALUE_FIELD, self.tr("Value field"), parentLayerParameterName=self.AREAS,
            type=ProcessingFieldParameterDataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, self.tr("Area id field"), parentLayerParameterName=self.AREAS,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INCIDENTS, self.tr("Incident points"), [ProcessingSourceType.VectorPoint],
            optional=True))
        self.add_number(self.CELL_SIZE, self.tr("Grid cell size (m)"), 250.0, 100.0, True)
        self.addParameter(enum_parameter(self.WEIGHTS, self.tr("Neighbours"),
                                         HOTSPOT_STATS_NEIGHBOURS))
        self.add_number(self.DISTANCE_BAND, self.tr("Distance band (m; 0 = smallest that "
                                                    "gives every area a neighbour)"),
                        0.0, 0.0, True)
        self.add_number(self.NEIGHBOURS, self.tr("Number of nearest neighbours (k)"), 8, 1)
        self.addParameter(enum_parameter(self.TRANSFORM, self.tr("Weights"),
                                         HOTSPOT_STATS_TRANSFORMS))
        self.addParameter(enum_parameter(self.STATISTIC, self.tr("Statistic"),
                                         HOTSPOT_STATS_STATISTICS))
        self.add_number(self.PERMUTATIONS, self.tr("Permutations (0 = p-values from the "
                                                   "z-scores; else 99-9999)"), 0, 0, False,
                        9999)
        self.add_number(self.SEED, self.tr("Random seed of the permutations"), 1, 0, advanced=True)
        self.addParameter(enum_parameter(
            self.CORRECTION, self.tr("Correction for testing many areas"),
            HOTSPOT_STATS_CORRECTIONS))
        self.add_number(self.ALPHA, self.tr("Significance level (clusters and outliers)"),
                        0.05, 0.001, True, 0.5)
        self.add_min_count_parameter("counts")
        self.add_purpose_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Hotspot statistics"), ProcessingSourceType.VectorPolygon))
        self.add_report_parameter(self.tr("Summary (HTML)"))
        for name, text in (("N_AREAS", self.tr("Areas analysed")),
                           ("N_HOT", self.tr("Hot spots (any confidence)")),
                           ("N_COLD", self.tr("Cold spots (any confidence)")),
                           ("N_HOT_95", self.tr("Hot spots at 95% confidence or more")),
                           ("N_COLD_95", self.tr("Cold spots at 95% confidence or more"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))

    def add_number(self, name, text, default, minimum, double=False, maximum=None,
                   advanced=False):
        kind = (ProcessingNumberParameterType.Double if double
                else ProcessingNumberParameterType.Integer)
        parameter = QgsProcessingParameterNumber(name, text, kind, default, minValue=minimum,
                                                 **({} if maximum is None else
                                                    {"maxValue": maximum}))
        if advanced:
            self.add_advanced(parameter)
        else:
            self.addParameter(parameter)

    def processAlgorithm(self, parameters, context, feedback):
        require("numpy", "pandas", "shapely", "scipy")
        from ..core import hotspot_stats

        options = self.options(parameters, context)
        provenance = OutputProvenance(self, parameters, context,
                                      self.purpose_value(parameters, context))
        names = {"areas": self.AREAS, "incidents": self.INCIDENTS,
                 "value_field": self.parameterAsString(parameters, self.VALUE_FIELD, context),
                 "id_field": self.parameterAsString(parameters, self.ID_FIELD, context),
                 "cell_size": self.parameterAsDouble(parameters, self.CELL_SIZE, context)}
        areas = read_hotspot_areas(self, parameters, context, feedback, provenance,
                                   options["mode"], names)
        for note in areas.notes:
            feedback.pushWarning(note)
        feedback.setProgress(30)
        weights = areas.weights(options["kind"], options["band"], options["k"],
                                options["transform"])
        feedback.pushInfo(self.tr("{} areas; neighbours: {}, {} on average.").format(
            weights.n, weights.describe(), number(weights.cardinalities.mean(), 1)))

        def progress(fraction):
            self.stop_if_canceled(feedback)
            feedback.setProgress(30 + 60 * fraction)

        progress(0.0)
        with core_errors():
            table = hotspot_stats.local_hotspots(
                areas.values[np.isfinite(areas.values)], weights, options["statistics"],
                options["permutations"], options["seed"], options["correction"],
                options["alpha"], progress)
        return self.write(parameters, context, feedback, areas, table, weights, options,
                          provenance)

    def options(self, parameters, context):
        def choice(name, choices):
            return chosen_value(self, parameters, name, context, choices)

        def integer(name):
            return self.parameterAsInt(parameters, name, context)

        return {"mode": choice(self.INPUT_MODE, HOTSPOT_STATS_INPUTS),
                "kind": choice(self.WEIGHTS, HOTSPOT_STATS_NEIGHBOURS),
                "band": self.parameterAsDouble(parameters, self.DISTANCE_BAND, context),
                "k": integer(self.NEIGHBOURS),
                "transform": choice(self.TRANSFORM, HOTSPOT_STATS_TRANSFORMS),
                "statistics": choice(self.STATISTIC, HOTSPOT_STATS_STATISTICS),
                "permutations": integer(self.PERMUTATIONS), "seed": integer(self.SEED),
                "correction": choice(self.CORRECTION, HOTSPOT_STATS_CORRECTIONS),
                "alpha": self.parameterAsDouble(parameters, self.ALPHA, context),
                "min_count": self.min_count_value(parameters, context)}

    def write(self, parameters, context, feedback, areas, table, weights, options, provenance):
        from ..core.suppression import metadata_note

        fields = QgsFields()
        for name, kind in FIELDS:
            fields.append(new_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             WkbType.MultiPolygon, areas.crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        rows = areas.output_rows(table, options["min_count"])
        write_rows(sink, fields, rows.reindex(columns=[name for name, _ in FIELDS]).itertuples(
            index=False, name=None), areas.geometries, feedback)
        del sink
        for note in [weights.describe()] + areas.notes + (
                [metadata_note(options["min_count"])] if areas.counts else []):
            provenance.note(note)
        report_path = self.report_path(parameters, context)
        record, metadata = provenance.finish({"areas": dest_id, "report": report_path},
                                             dest_id, title=self.tr("Hotspot statistics"))
        write_report(report_path, record, areas, table, weights, options)
        from .area_monitor_style import style_output
        from .hotspot_style import class_renderer, lisa_renderer

        style_output(context, dest_id, file_of(dest_id),
                     class_renderer if "gi_class" in table else lisa_renderer, metadata)
        feedback.setProgress(100)
        classes = table["gi_class"] if "gi_class" in table else table["value"] * 0
        return {self.OUTPUT: dest_id, self.REPORT: report_path, "N_AREAS": len(table),
                "N_HOT": int((classes > 0).sum()), "N_COLD": int((classes < 0).sum()),
                "N_HOT_95": int((classes >= 2).sum()), "N_COLD_95": int((classes <= -2).sum())}
