"""wijkradar:join_crime_statistics: registered crime per wijk/buurt (CBS/police StatLine
47018NED, 47022NED) joined to areas, and a completeness check of one's own incidents."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..core.choices import CRIME_TABLE_LAYOUTS
from .algorithm import WijkradarAlgorithm, core_errors
from .choice_parameters import chosen_value, enum_parameter
from .compat import (
    GeometryType,
    ProcessingFieldParameterDataType,
    ProcessingSourceType,
)
from .dependencies import require
from .help.join_crime_statistics import help_html
from .layer_input import input_source, require_fields, require_numeric_field
from .provenance import OutputProvenance
from .shared_parameters import MinCountParameter, PurposeParameter


class JoinCrimeStatisticsAlgorithm(MinCountParameter, PurposeParameter, WijkradarAlgorithm):
    AREAS = "AREAS"
    CODE_FIELD = "CODE_FIELD"
    NAME_FIELD = "NAME_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    TABLE = "TABLE"
    CRIME_TYPES = "CRIME_TYPES"
    LAYOUT = "LAYOUT"
    FETCH_REMAINING = "FETCH_REMAINING"
    INCIDENTS = "INCIDENTS"
    DATE_FIELD = "DATE_FIELD"
    K = "K"
    OUTPUT = "OUTPUT"
    COMPARISON = "COMPARISON"

    def name(self):
        return "join_crime_statistics"

    def displayName(self):
        return self.tr("Join registered crime (CBS/police)")

    def group(self):
        return self.tr("Open data")

    def groupId(self):
        return "opendata"

    def shortDescription(self):
        return self.tr("Registered crime per wijk or buurt from StatLine (47018NED, 47022NED) "
                       "joined to areas, with rates per 1,000 inhabitants.")

    def shortHelpString(self):
        return help_html()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Areas (buurten or wijken with CBS codes)"),
            [ProcessingSourceType.VectorPolygon]))
        text, number = (ProcessingFieldParameterDataType.String,
                        ProcessingFieldParameterDataType.Numeric)
        for name, label, kind in (
                (self.CODE_FIELD, self.tr("Area code field (default: buurtcode, wijkcode or "
                                          "gemeentecode)"), text),
                (self.NAME_FIELD, self.tr("Area name field (for a table with names; default: "
                                          "buurtnaam or wijknaam)"), text),
                (self.POPULATION_FIELD, self.tr("Inhabitants field (default: "
                                                "aantal_inwoners)"), number)):
            self.addParameter(QgsProcessingParameterField(
                name, label, parentLayerParameterName=self.AREAS, type=kind, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.TABLE, self.tr("Registered crime table (StatLine CSV or OData JSON)"),
            fileFilter="CSV / JSON (*.csv *.CSV *.json *.JSON)"))
        self.addParameter(QgsProcessingParameterString(
            self.CRIME_TYPES, self.tr("Crime types (codes; empty: all)"), optional=True))
        self.addParameter(enum_parameter(self.LAYOUT, self.tr("Layout"), CRIME_TABLE_LAYOUTS,
                                         default="wide"))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FETCH_REMAINING, self.tr("Fetch the remaining OData pages online"),
            defaultValue=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INCIDENTS, self.tr("Own incidents to check (optional)"),
            [ProcessingSourceType.VectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DATE_FIELD, self.tr("Date field of the incidents"),
            parentLayerParameterName=self.INCIDENTS, optional=True))
        self.add_min_count_parameter("counts", name=self.K)
        self.add_purpose_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Areas with registered crime"),
            ProcessingSourceType.VectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.COMPARISON, self.tr("Completeness check (official and own counts)"),
            ProcessingSourceType.Vector, optional=True, createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):
        require("numpy", "pandas", "shapely")
        from ..core import cbs_tables
        from .crime_join_io import read_crime_table, report_table

        areas_source = input_source(self, parameters, self.AREAS, context, feedback,
                                    GeometryType.Polygon, self.tr("The area layer"))
        areas = self.area_attributes(areas_source, parameters, context)
        path = self.parameterAsFile(parameters, self.TABLE, context)
        table, digest = read_crime_table(
            path, self.parameterAsBoolean(parameters, self.FETCH_REMAINING, context), feedback)
        report_table(table, feedback)
        if not table.areas_are_codes:
            from .crime_join_io import codes_from_names

            table = codes_from_names(table, areas, feedback)
        codes = [c.strip() for c in self.parameterAsString(
            parameters, self.CRIME_TYPES, context).replace(",", ";").split(";") if c.strip()]
        population = dict(zip(areas.codes, areas.population))
        with core_errors():
            rows = cbs_tables.rows_for(table, areas.municipalities, areas.level)
            long = cbs_tables.crime_long(rows, _series(population), codes)
        if long.empty:
            raise QgsProcessingException(self.tr(
                "None of the chosen crime types ({}) is in the table; it has {}.").format(
                ", ".join(codes), ", ".join(table.crime_codes)))
        k = self.min_count_value(parameters, context, name=self.K)
        provenance = OutputProvenance(self, parameters, context,
                                      self.purpose_value(parameters, context))
        provenance.add_input(path, path, len(table.frame), digest)
        results = {self.OUTPUT: self.write_areas(parameters, context, areas_source, areas,
                                                 (long, table.frequency, k), feedback,
                                                 provenance)}
        results[self.COMPARISON] = self.check_own(parameters, context, areas_source, areas,
                                                  (long, table.frequency, codes, k), feedback,
                                                  provenance)
        results["PERIODS"] = ", ".join(sorted(long["period"].unique()))
        return results

    def area_attributes(self, source, parameters, context):
        from .crime_join_io import NAME_FIELDS, guess_code_field, read_area_attributes

        code_field = self.parameterAsString(parameters, self.CODE_FIELD, context) \
            or guess_code_field(source)
        if not code_field:
            raise QgsProcessingException(self.tr(
                "The area layer has no field buurtcode, wijkcode or gemeentecode: choose the "
                "field with the CBS area codes."))
        population = self.parameterAsString(parameters, self.POPULATION_FIELD, context) \
            or ("aantal_inwoners" if "aantal_inwoners" in source.fields().names() else "")
        if population:
            require_numeric_field(source, population, self.tr("the area layer"))
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context)
        require_fields(source, [code_field, name_field], self.tr("The area layer"))
        areas = read_area_attributes(source, code_field, name_field, population)
        if not name_field and NAME_FIELDS[areas.level] in source.fields().names():
            areas = read_area_attributes(source, code_field, NAME_FIELDS[areas.level],
                                         population)
        areas.code_field = code_field
        return areas

    def write_areas(self, parameters, context, source, areas, joined, feedback, provenance):
        from ..core import cbs_tables
        from ..core.suppression import metadata_note
        from .open_data_output import (
            long_crime_table,
            wide_crime_table,
            write_area_periods,
            write_areas_with,
        )

        long, frequency, k = joined
        provenance.note(metadata_note(k, derived_columns=["rate"]))
        provenance.note(self.tr("Registered crime: CBS StatLine (Politie) {}.").format(
            ", ".join(sorted(long["period"].unique()))))
        if chosen_value(self, parameters, self.LAYOUT, context, CRIME_TABLE_LAYOUTS) == "wide":
            _, _, what = cbs_tables.headline(long, frequency)
            feedback.pushInfo(self.tr("misdrijven_per_1000 holds {}.").format(what))
            dest_id, _ = write_areas_with(self, parameters, self.OUTPUT, context, source,
                                          areas, wide_crime_table(long, frequency, k),
                                          feedback)
        else:
            dest_id = write_area_periods(self, parameters, self.OUTPUT, context, source, areas,
                                         long_crime_table(long, k))
        provenance.finish({"areas": dest_id}, dest_id, title=self.tr("Registered crime"))
        return dest_id

    def check_own(self, parameters, context, areas_source, areas, settings, feedback,
                  provenance):
        """The completeness table, when incidents are given."""
        from .crime_join_io import own_incident_counts
        from .open_data_output import COMPARISON_FIELDS, completeness_table, write_table

        incidents = input_source(self, parameters, self.INCIDENTS, context, feedback,
                                 GeometryType.Point, self.tr("The incident layer"),
                                 optional=True)
        if incidents is None:
            return None
        date_field = self.parameterAsString(parameters, self.DATE_FIELD, context)
        if not date_field:
            raise QgsProcessingException(self.tr(
                "Choose the date field of the incidents: they are counted per year."))
        require_fields(incidents, [date_field], self.tr("The incident layer"))
        long, frequency, chosen, k = settings
        own = own_incident_counts(incidents, date_field, areas_source, areas.code_field,
                                  feedback)
        with core_errors():
            table, which = completeness_table(long, frequency, chosen, own, k)
        feedback.pushInfo(self.tr("Completeness check of {} against the official {}: {} rows."
                                  ).format(incidents.sourceName(), "+".join(which), len(table)))
        dest_id = write_table(self, parameters, self.COMPARISON, context, table,
                              COMPARISON_FIELDS, areas_source.sourceCrs())
        if dest_id is not None:
            provenance.finish({"comparison": dest_id}, dest_id,
                              title=self.tr("Registered crime and own incidents"))
        return dest_id


def _series(mapping):
    import pandas as pd

    return pd.Series(mapping, dtype=float)
