"""What the experiment algorithms share: their incident and area parameters, reading them and
writing the groups layer.

``wijkradar:evaluate_intervention`` and ``wijkradar:experiment_power`` take the same
incidents (points with a date, optionally of some types) and the same study areas: the
treated areas as polygons or as ids of an area layer, a buffer width, and the control (ids
of the area layer, areas matched automatically from it, or the rest of the municipality).
Everything is read through the shared readers (layer_input and processing/io) into
the metric CRS the incidents call for; core/experiments.py does the rest.
"""

from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any, List

from qgis.core import (
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from .algorithm import WijkradarAlgorithm
from .compat import (
    GeometryType,
    ProcessingSourceType,
    WkbType,
)
from .emerging_io import write_output
from .experiment_study import BUFFER, read_study_areas
from .io.crs import metric_crs_for
from .io.dates import checked_dates, refuse_number_field
from .io.point_tables import point_reader, read_points, type_filter
from .io.values import geometry_from_wkb
from .layer_input import input_source, report_skipped, require_fields
from .near_repeat import quoted
from .provenance import OutputProvenance
from .shared_parameters import PurposeParameter, ReportParameter

INCIDENTS, DATE_FIELD, TYPE_FIELD, TYPE_VALUES = (
    "INCIDENTS", "DATE_FIELD", "TYPE_FIELD", "TYPE_VALUES")
GROUP_FIELDS = (("group", "string"), ("name", "string"), ("areas", "int"),
                ("periods_before", "int"), ("periods_during", "int"),
                ("incidents_before", "int"), ("incidents_during", "int"),
                ("per_period_before", "double"), ("per_period_during", "double"),
                ("change_pct", "double"), ("onderdrukt", "bool"))


def _tr(text):
    return QCoreApplication.translate("ExperimentInputs", text)


class ExperimentAlgorithm(PurposeParameter, ReportParameter, WijkradarAlgorithm):
    """What evaluate_intervention and experiment_power share: their group, advanced
    parameters, purpose and report, reading the incidents and areas, and how they name what
    was counted."""

    def group(self):
        return _tr("Experiments")

    def groupId(self):
        return "experiments"

    def read_inputs(self, parameters, context, feedback, entry=None):
        """(provenance, incidents, study areas), read and recorded; the areas from a register
        ``entry`` when given."""
        provenance = OutputProvenance(self, parameters, context,
                                      self.purpose_value(parameters, context))
        incidents = read_incidents(self, parameters, context, feedback)
        feedback.setProgress(20)
        study = read_study_areas(self, parameters, context, feedback, incidents.crs, entry)
        add_inputs_to_provenance(provenance, incidents, study)
        self.stop_if_canceled(feedback)
        return provenance, incidents, study

    @staticmethod
    def subject(incidents, in_a_sentence=False):
        """What was counted: 'Incidents' or "Incidents of type 'a', 'b'" (lower case
        ``in_a_sentence``)."""
        if in_a_sentence:
            return (_tr("incidents of type {}").format(incidents.types) if incidents.types
                    else _tr("incidents"))
        return (_tr("Incidents of type {}").format(incidents.types) if incidents.types
                else _tr("Incidents"))


def add_incident_parameters(algorithm):
    """Incident points, their date field and an optional type filter."""
    algorithm.addParameter(QgsProcessingParameterFeatureSource(
        INCIDENTS, _tr("Incidents (points)"), [ProcessingSourceType.VectorPoint]))
    algorithm.addParameter(QgsProcessingParameterField(
        DATE_FIELD, _tr("Incident date field"), parentLayerParameterName=INCIDENTS))
    algorithm.addParameter(QgsProcessingParameterField(
        TYPE_FIELD, _tr("Incident type field (to filter by type)"),
        parentLayerParameterName=INCIDENTS, optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        TYPE_VALUES, _tr("Incident types to include (comma-separated)"), optional=True))


@dataclass
class Incidents:
    x: Any
    y: Any
    dates: Any  # datetime64[D], NaT where unusable
    crs: Any  # the metric CRS everything is computed in
    source: Any
    points: Any  # io.point_tables.PointData (count and hash for the provenance)
    notes: List[str]
    types: str  # the chosen types, quoted ('' for all)
    type_filter: tuple = ("", "")  # (type field, values as given), for the register


def read_incidents(algorithm, parameters, context, feedback) -> Incidents:
    """The incident points in metres (of the chosen types) and their dates."""
    source = input_source(algorithm, parameters, INCIDENTS, context, feedback,
                          GeometryType.Point, _tr("Incidents"))
    date_field = algorithm.parameterAsString(parameters, DATE_FIELD, context)
    require_fields(source, [date_field], _tr("Incidents"))
    refuse_number_field(source, date_field)
    crs = metric_crs_for(source.sourceCrs(), source.sourceExtent())
    if crs != source.sourceCrs():
        feedback.pushInfo(_tr("Distances are measured in {} (metres): the input is in {}.")
                          .format(crs.authid(), source.sourceCrs().authid()))
    type_field = algorithm.parameterAsString(parameters, TYPE_FIELD, context)
    type_values = algorithm.parameterAsString(parameters, TYPE_VALUES, context)
    expression = type_filter(type_field, type_values)
    points = read_points(point_reader(algorithm, parameters, INCIDENTS, context, source, crs,
                                      date_field, expression), feedback)
    if expression and not len(points.x):
        raise QgsProcessingException(_tr(
            "No incident has the type {} in '{}': the values are matched exactly as "
            "written.").format(quoted(type_values), type_field))
    report_skipped(feedback, points.null_geometries, _tr("incidents"))
    usable = checked_dates(points.parsed, date_field, feedback)
    return Incidents(points.x, points.y, usable.days, crs, source, points,
                     usable.messages(date_field), quoted(type_values),
                     (type_field, type_values))


def add_inputs_to_provenance(provenance, incidents, study):
    provenance.add_input(incidents.source.sourceName(), incidents.source.sourceName(),
                         incidents.points.features, incidents.points.content_hash)
    for source, layer in study.sources:
        provenance.add_input(source.sourceName(), source.sourceName(), layer.features,
                             layer.content_hash)


def write_groups(algorithm, parameters, name, context, table, geometries, crs):
    """The groups layer: one (multi)polygon per group with its counts (``table`` after
    suppression); an unbounded control ('the rest') gets no geometry."""

    from ..core.experiment_report import group_name

    by_group = dict(zip(("treated", "buffer", "control"), geometries))
    shapes = [_multipolygon(by_group.get(group)) for group in table["group"]]
    width = algorithm.parameterAsDouble(parameters, BUFFER, context)
    table = table.assign(name=[group_name(group, width) for group in table["group"]])
    rows = table[[field for field, _ in GROUP_FIELDS]].itertuples(index=False)
    places = SimpleNamespace(wkb_type=WkbType.MultiPolygon, crs=crs, geometries=shapes)
    return write_output(algorithm, parameters, name, context, GROUP_FIELDS, rows, places)


def _multipolygon(shape):
    """A shapely area as a QGIS MultiPolygon (its polygon parts), a NULL geometry for None."""
    import shapely

    if shape is None or shapely.is_empty(shape):
        return QgsGeometry()
    parts = shapely.get_parts(shape)
    polygons = parts[shapely.get_type_id(parts) == 3]
    return geometry_from_wkb(shapely.to_wkb(shapely.multipolygons(polygons)))
