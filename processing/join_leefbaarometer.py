"""wijkradar:join_leefbaarometer: Leefbaarometer 3.0 scores (by buurt, PC4 or grid cell)
joined to areas, for the area monitor."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from .algorithm import WijkradarAlgorithm, core_errors
from .compat import GeometryType, ProcessingNumberParameterType, ProcessingSourceType
from .dependencies import require
from .io.tables import attribute_columns
from .layer_input import input_source, require_fields
from .provenance import OutputProvenance, file_of
from .shared_parameters import PurposeParameter

# The area field the scores of each level are joined on, when none is chosen.
DEFAULT_CODE_FIELDS = {"buurt": "buurtcode", "wijk": "wijkcode", "gemeente": "gemeentecode",
                       "pc4": "postcode", "grid": "grid_id"}


class JoinLeefbaarometerAlgorithm(PurposeParameter, WijkradarAlgorithm):
    AREAS = "AREAS"
    CODE_FIELD = "CODE_FIELD"
    SCORES = "SCORES"
    YEAR = "YEAR"
    OUTPUT = "OUTPUT"

    def name(self):
        return "join_leefbaarometer"

    def displayName(self):
        return self.tr("Join Leefbaarometer scores")

    def group(self):
        return self.tr("Open data")

    def groupId(self):
        return "opendata"

    def shortDescription(self):
        return self.tr("Leefbaarometer 3.0 scores per buurt, PC4 or grid cell joined to "
                       "areas.")

    def shortHelpString(self):
        return self.tr(
            "<p>Joins the <b>Leefbaarometer 3.0</b> scores (Ministerie van BZK, open data "
            "from leefbaarometer.nl) to areas: the overall score lbm, its deviation from the "
            "national average afw and the dimensions fys (physical environment), onv "
            "(nuisance and insecurity; 'vei' in older files), soc (social cohesion), vrz "
            "(amenities) and won (housing stock). Higher is better in each.</p>"
            "<p><b>Scores file</b>: the CSV of the open data download, per buurt "
            "(bu_code), wijk (wk_code), municipality (gm_code), postcode (PC4) or 100 m grid "
            "cell (grid_id). <b>Area field</b>: the field holding the same codes (default "
            "buurtcode, wijkcode, gemeentecode, postcode or grid_id). <b>Year</b>: a "
            "measurement year of the file; 0 takes the last. Areas without a score (water, "
            "too few homes) get none. The field lbm_jaar says the year used.</p>")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Areas"), [ProcessingSourceType.VectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("Area code field (default: by the level of the scores)"),
            parentLayerParameterName=self.AREAS, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.SCORES, self.tr("Leefbaarometer scores (CSV)"), extension="csv"))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, self.tr("Year (0: the last in the file)"),
            ProcessingNumberParameterType.Integer, 0, minValue=0, maxValue=2099))
        self.add_purpose_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Areas with Leefbaarometer scores"),
            ProcessingSourceType.VectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):
        require("numpy", "pandas")
        from ..core import cbs_tables
        from .crime_join_io import read_text

        source = input_source(self, parameters, self.AREAS, context, feedback,
                              GeometryType.Polygon, self.tr("The area layer"))
        path = self.parameterAsFile(parameters, self.SCORES, context)
        text, digest = read_text(path)
        with core_errors():
            scores = cbs_tables.read_leefbaarometer(text)
        year = self.parameterAsInt(parameters, self.YEAR, context) or None
        chosen, used_year = cbs_tables.leefbaarometer_for(scores, year)
        if chosen.empty:
            raise QgsProcessingException(self.tr(
                "The scores file has no scores for {}; its years: {}.").format(
                year, ", ".join(str(int(y)) for y in sorted(scores.frame["year"].dropna()
                                                            .unique()))))
        areas = self.area_codes(source, parameters, context, scores.level)
        table = chosen.copy()
        table["lbm_jaar"] = float(used_year) if used_year else None
        matched = len(set(areas.codes) & set(table.index))
        if not matched:
            raise QgsProcessingException(self.tr(
                "No area code of '{}' is in the scores file ({} codes such as {}): choose the "
                "field that holds the same kind of code.").format(
                areas.code_field, scores.level, ", ".join(list(table.index[:3]))))
        feedback.pushInfo(self.tr("Leefbaarometer {} per {}: {} of {} areas have a score."
                                  ).format(used_year or "-", scores.level, matched,
                                           len(areas.codes)))
        provenance = OutputProvenance(self, parameters, context,
                                      self.purpose_value(parameters, context))
        provenance.add_input(path, path, len(scores.frame), digest)
        return {self.OUTPUT: self.write(parameters, context, source, areas, table, feedback,
                                        provenance), "YEAR": used_year, "N_MATCHED": matched}

    def area_codes(self, source, parameters, context, level):
        from types import SimpleNamespace

        from ..core import cbs
        from .crime_join_io import feature_ids

        code_field = self.parameterAsString(parameters, self.CODE_FIELD, context) \
            or DEFAULT_CODE_FIELDS[level]
        require_fields(source, [code_field], self.tr("The area layer"))
        values = attribute_columns(source, [code_field])[code_field]
        clean = cbs.clean_code if level in cbs.LEVELS else _plain_code
        return SimpleNamespace(codes=[clean(v) for v in values], code_field=code_field,
                               fids=feature_ids(source))

    def write(self, parameters, context, source, areas, table, feedback, provenance):
        from ..core.cbs_tables import LBM_LABELS
        from ..core.i18n import language
        from .cbs_io import save_aliases
        from .open_data_output import write_areas_with

        dest_id, fields = write_areas_with(self, parameters, self.OUTPUT, context, source,
                                           areas, table, feedback)
        _, metadata = provenance.finish({"areas": dest_id}, dest_id,
                                        title=self.tr("Leefbaarometer scores"))
        column = 1 if language() == "nl" else 0
        aliases = {name: labels[column] for name, labels in LBM_LABELS.items()}
        save_aliases(context, dest_id, fields, aliases, file_of(dest_id), metadata)
        return dest_id


def _plain_code(value):
    """A postcode or grid id as text: 5611.0 (a number field) -> '5611'."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip() if value is not None else ""
