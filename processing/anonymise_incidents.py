"""wijkradar:anonymise_incidents: incident points to postcode areas or grid cells, coarse
dates, whitelisted fields and suppressed counts."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..core.choices import (
    ANONYMISE_COUNTS_PER,
    ANONYMISE_FREE_TEXT,
    ANONYMISE_METHODS,
    ANONYMISE_PRECISIONS,
)
from .algorithm import WijkradarAlgorithm, core_errors
from .anonymise_checks import (
    check_kept_values,
    check_settings,
    refuse_if_all_dropped,
    report_dropped,
    run_provenance,
)
from .anonymise_outputs import count_per_area, result_numbers, write_counts, write_points
from .choice_parameters import chosen_value, enum_parameter
from .compat import (
    GeometryType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
    field_names,
)
from .dependencies import require
from .help.anonymise_incidents import help_html
from .io.areas import read_area_layer
from .io.crs import metric_crs_for
from .io.dates import checked_dates
from .io.point_tables import read_point_table
from .layer_input import input_source
from .shared_parameters import MinCountParameter, PurposeParameter


class AnonymiseIncidentsAlgorithm(MinCountParameter, PurposeParameter, WijkradarAlgorithm):
    INPUT = "INPUT"
    METHOD = "METHOD"
    AREAS = "AREAS"
    AREA_ID = "AREA_ID"
    CELL_SIZE = "CELL_SIZE"
    KEEP_FIELDS = "KEEP_FIELDS"
    FREE_TEXT = "FREE_TEXT"
    DATE_FIELD = "DATE_FIELD"
    DATE_PRECISION = "DATE_PRECISION"
    COUNTS_PER = "COUNTS_PER"
    K = "K"
    PROTECT_TOTALS = "PROTECT_TOTALS"
    OUTPUT_POINTS = "OUTPUT_POINTS"
    OUTPUT_COUNTS = "OUTPUT_COUNTS"

    def name(self):
        return "anonymise_incidents"

    def displayName(self):
        return self.tr("Anonymise incidents")

    def group(self):
        return self.tr("Privacy")

    def groupId(self):
        return "privacy"

    def shortDescription(self):
        return self.tr("Incident points to postcode areas or grid cells, with coarse dates "
                       "and small counts suppressed.")

    def shortHelpString(self):
        return help_html()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Incident points"), [ProcessingSourceType.VectorPoint]))
        self.addParameter(enum_parameter(self.METHOD, self.tr("Move incidents to"),
                                         ANONYMISE_METHODS))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Postcode areas (PC6 or PC4)"),
            [ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_ID, self.tr("Area id field (default: 'postcode')"),
            parentLayerParameterName=self.AREAS, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Grid cell size (metres, at least 100)"),
            ProcessingNumberParameterType.Double, 250.0))
        self.addParameter(QgsProcessingParameterField(
            self.KEEP_FIELDS, self.tr("Fields to keep (all others are dropped)"),
            parentLayerParameterName=self.INPUT, allowMultiple=True, optional=True))
        self.addParameter(enum_parameter(
            self.FREE_TEXT, self.tr("Kept free-text fields with personal data"),
            ANONYMISE_FREE_TEXT))
        self.addParameter(QgsProcessingParameterField(
            self.DATE_FIELD, self.tr("Date field (coarsened)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(enum_parameter(self.DATE_PRECISION, self.tr("Date precision"),
                                         ANONYMISE_PRECISIONS))
        self.addParameter(enum_parameter(self.COUNTS_PER, self.tr("Counts per"),
                                         ANONYMISE_COUNTS_PER))
        self.add_min_count_parameter("counts", name=self.K)
        self.addParameter(QgsProcessingParameterBoolean(
            self.PROTECT_TOTALS, self.tr("Also protect against totals published with the "
                                         "counts (secondary suppression)"), False))
        self.add_purpose_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_POINTS, self.tr("Anonymised incident points"),
            ProcessingSourceType.VectorPoint, optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_COUNTS, self.tr("Incident counts per area (suppressed)"),
            ProcessingSourceType.VectorPolygon, optional=True, createByDefault=True))
        for name, description in (
                ("N_INCIDENTS", self.tr("Incidents read")),
                ("N_KEPT", self.tr("Incidents moved to an area or cell")),
                ("N_DROPPED", self.tr("Incidents dropped (no geometry or in no area)")),
                ("N_SUPPRESSED", self.tr("Suppressed counts"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def processAlgorithm(self, parameters, context, feedback):
        require("numpy", "pandas", "shapely")
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        source, settings, crs, table = self.read_incidents(parameters, context, feedback,
                                                           steps)
        steps.setCurrentStep(1)
        polygons, ids, index, places, dates = self.place_incidents(table, settings, crs,
                                                                   feedback)
        self.stop_if_canceled(feedback)
        report_dropped(table, index, dates, settings, feedback)
        refuse_if_all_dropped(table, index, settings, settings["areas"])
        provenance = run_provenance(self, parameters, context, source, table, dates,
                                    (polygons, ids), settings)
        steps.setCurrentStep(2)
        self.stop_if_canceled(feedback)  # nothing is written after Cancel
        points_id = write_points(self, parameters, context, source, table, index, ids, dates,
                                 places, settings, crs, provenance, steps)
        steps.setCurrentStep(3)
        counts = count_per_area(self, parameters, index, ids, dates, settings, provenance,
                                feedback)
        self.stop_if_canceled(feedback)
        counts_id = write_counts(self, parameters, context, settings["areas"], counts, polygons,
                                 dates, settings, crs, provenance)
        steps.setProgress(100)
        return {self.OUTPUT_POINTS: points_id, self.OUTPUT_COUNTS: counts_id,
                **result_numbers(table, index, counts, points_id, counts_id, feedback),
                "N_SUPPRESSED": int(counts["onderdrukt"].sum()), "CRS": crs.authid()}

    def read_incidents(self, parameters, context, feedback, steps):
        """The incident layer, the settings, the CRS to work in and the incidents read (the
        fields kept checked for personal data)."""
        source = input_source(self, parameters, self.INPUT, context, feedback,
                              GeometryType.Point, self.tr("The incident layer"))
        settings = self.read_settings(parameters, context, source, feedback)
        crs = (settings["areas"].sourceCrs() if settings["method"] == "areas"
               else metric_crs_for(source.sourceCrs(), source.sourceExtent()))
        wanted = settings["keep"] + ([settings["date_field"]] if settings["date_field"] else [])
        table = read_point_table(source, crs, wanted, steps)
        self.stop_if_canceled(feedback)
        if len(table.x) == 0:
            raise QgsProcessingException(self.tr("The incident layer has no features."))
        check_kept_values(table, source, settings, feedback)
        return source, settings, crs, table

    def place_incidents(self, table, settings, crs, feedback):
        """Each incident's postcode area or grid cell: the polygons, their ids, the index of
        each incident's polygon (anonymise.NO_AREA: none), the point each polygon's incidents
        are moved to and the coarse dates."""
        from wijkradar.core import anonymise

        with core_errors():
            if settings["method"] == "areas":
                areas = read_area_layer(settings["areas"], crs, settings["area_id"])
                polygons, ids = areas.geometries, areas.ids
                if len(polygons) == 0:
                    raise QgsProcessingException(self.tr("The area layer holds no polygons."))
                index = anonymise.assign_areas(table.x, table.y, polygons)
                places = anonymise.representative_points(polygons)
            else:
                cells = anonymise.assign_grid_cells(table.x, table.y, settings["cell_size"])
                polygons, ids, index = cells.polygons(), cells.ids, cells.index
                places = cells.centres
            dates = self.coarse_dates(table, settings, anonymise, feedback)
        return polygons, ids, index, places, dates

    # -- settings and checks -----------------------------------------------------------------

    def read_settings(self, parameters, context, source, feedback):
        def choice(name, choices):
            return chosen_value(self, parameters, name, context, choices)

        method = choice(self.METHOD, ANONYMISE_METHODS)
        areas = input_source(self, parameters, self.AREAS, context, feedback,
                             what=self.tr("The postcode areas"), optional=True)
        date_field = self.parameterAsString(parameters, self.DATE_FIELD, context) or None
        keep = [f for f in field_names(self, parameters, self.KEEP_FIELDS, context)
                if f != date_field]
        settings = {
            "method": method, "areas": areas, "date_field": date_field, "keep": keep,
            "area_id": self.parameterAsString(parameters, self.AREA_ID, context),
            "cell_size": self.parameterAsDouble(parameters, self.CELL_SIZE, context),
            "precision": choice(self.DATE_PRECISION, ANONYMISE_PRECISIONS),
            "per_period": choice(self.COUNTS_PER, ANONYMISE_COUNTS_PER),
            "k": self.min_count_value(parameters, context, name=self.K),
            "protect_totals": self.parameterAsBoolean(parameters, self.PROTECT_TOTALS,
                                                      context),
            "purpose": self.purpose_value(parameters, context),
            "free_text": choice(self.FREE_TEXT, ANONYMISE_FREE_TEXT),
            "free_text_note": None,
        }
        if all(parameters.get(name) is None for name in (self.OUTPUT_POINTS,
                                                         self.OUTPUT_COUNTS)):
            raise QgsProcessingException(self.tr("Choose at least one output: the points or "
                                                 "the counts."))
        check_settings(settings, source)
        return settings

    def coarse_dates(self, table, settings, anonymise, feedback):
        if not settings["date_field"]:
            return None
        from wijkradar.core.dates import parse_dates

        usable = checked_dates(parse_dates(table.columns[settings["date_field"]]),
                               settings["date_field"], feedback)
        return anonymise.coarsen_dates(usable.days, settings["precision"])
