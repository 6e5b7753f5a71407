"""The study design the experiment algorithms share: where (the treated areas, an area
layer with ids, the displacement buffer, the control) and when (the intervention's dates and
the pre-period), as parameters and read into core's area sets.

The treated areas are polygons or ids of an area layer; the control is ids of the area layer,
areas matched automatically from it, or the rest of the municipality. A register entry
(processing/experiment_register.py) can stand in for all of them.
"""

from dataclasses import dataclass
from typing import Any, Optional

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.choices import EXPERIMENT_CONTROLS
from .algorithm import core_errors
from .choice_parameters import chosen_value, enum_parameter
from .compat import (
    GeometryType,
    ProcessingDateTimeParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
)
from .field_guess import area_name_field
from .io.areas import read_area_layer
from .io.dates import date_parameter
from .layer_input import input_source, report_skipped, require_fields

TREATED, AREAS, ID_FIELD, TREATED_IDS = "TREATED", "AREAS", "ID_FIELD", "TREATED_IDS"
BUFFER, CONTROL, CONTROL_IDS, N_CONTROLS = "BUFFER", "CONTROL", "CONTROL_IDS", "N_CONTROLS"
START_DATE, END_DATE, PRE_WEEKS = "START_DATE", "END_DATE", "PRE_WEEKS"
CONTROL_MODES = EXPERIMENT_CONTROLS.values  # the keys core.experiments takes


def _tr(text):
    return QCoreApplication.translate("ExperimentInputs", text)


def add_study_parameters(algorithm, planning=False):
    """The treated areas, the area layer and its ids, the buffer and the control; the
    intervention's dates (when ``planning``, only a planned start) and the pre-period. The
    dates are optional: a planned start defaults to the day after the data, an evaluation
    takes them from the register when given an experiment id."""
    polygon = [ProcessingSourceType.VectorPolygon]
    algorithm.addParameter(QgsProcessingParameterFeatureSource(
        TREATED, _tr("Treated areas (polygons; or give their ids below)"), polygon,
        optional=True))
    algorithm.addParameter(QgsProcessingParameterFeatureSource(
        AREAS, _tr("Area layer (buurten, wijken, PC6) for ids and controls"), polygon,
        optional=True))
    algorithm.addParameter(QgsProcessingParameterField(
        ID_FIELD, _tr("Area id field"), parentLayerParameterName=AREAS, optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        TREATED_IDS, _tr("Ids of the treated areas in the area layer (comma-separated)"),
        optional=True))
    dates = ((START_DATE, _tr("Planned start (empty: the day after the last incident)")),) \
        if planning else ((START_DATE, _tr("Start of the intervention")),
                          (END_DATE, _tr("End of the intervention (last day)")))
    for name, label in dates:
        algorithm.addParameter(QgsProcessingParameterDateTime(
            name, label, ProcessingDateTimeParameterDataType.Date, optional=True))
    algorithm.addParameter(QgsProcessingParameterNumber(
        PRE_WEEKS, _tr("Pre-period (weeks before the start)"),
        ProcessingNumberParameterType.Integer, 52, minValue=4, maxValue=520))
    algorithm.addParameter(QgsProcessingParameterNumber(
        BUFFER, _tr("Buffer width for displacement (metres; 0: none)"),
        ProcessingNumberParameterType.Double, 250.0, minValue=0.0, maxValue=5000.0))
    algorithm.addParameter(enum_parameter(CONTROL, _tr("Control"), EXPERIMENT_CONTROLS,
                                          default="rest"))
    algorithm.addParameter(QgsProcessingParameterString(
        CONTROL_IDS, _tr("Ids of the control areas (comma-separated)"), optional=True))
    algorithm.addParameter(QgsProcessingParameterNumber(
        N_CONTROLS, _tr("Number of matched control areas"),
        ProcessingNumberParameterType.Integer, 10, minValue=2, maxValue=200))


@dataclass
class StudyInputs:
    treated: Any  # core.experiments.AreaSet
    controls: Optional[Any]  # chosen control areas
    candidates: Optional[Any]  # areas to match from / to split the rest into
    mode: str
    sources: list  # (source, AreaLayer) read, for the provenance


def read_study_areas(algorithm, parameters, context, feedback, crs, entry=None) -> StudyInputs:
    """The treated areas, the chosen controls and the candidate areas, in ``crs``; from a
    register ``entry`` when given (the area layer then only splits 'the rest')."""
    from .experiment_register import areas_from_json

    mode = chosen_value(algorithm, parameters, CONTROL, context, EXPERIMENT_CONTROLS)
    sources = []
    areas = _read_area_layer(algorithm, parameters, context, feedback, crs, sources)
    if entry is not None:
        treated = areas_from_json(entry["treated_wkt"], entry["crs"], crs)
        controls = areas_from_json(entry.get("controls_wkt"), entry["crs"], crs)
        return StudyInputs(treated, controls, _others(areas, treated) if mode != "chosen"
                           else None, mode, sources)
    treated_ids = algorithm.parameterAsString(parameters, TREATED_IDS, context)
    treated_source = input_source(algorithm, parameters, TREATED, context, feedback,
                                  GeometryType.Polygon, _tr("Treated areas"), optional=True)
    if treated_source is not None:
        treated = _treated_from_layer(treated_source, crs, sources)
    elif areas is not None and treated_ids.strip():
        treated = _pick(areas, treated_ids, parameters, algorithm, context)
    else:
        raise QgsProcessingException(_tr(
            "Give the treated areas: a polygon layer of where the intervention took place, or "
            "an area layer with the ids of the treated areas."))
    controls = candidates = None
    if mode == "chosen":
        ids = algorithm.parameterAsString(parameters, CONTROL_IDS, context)
        if areas is None or not ids.strip():
            raise QgsProcessingException(_tr(
                "Chosen control areas need an area layer and the ids of the control areas in "
                "it; or choose automatic matching or the rest of the municipality."))
        controls = _pick(areas, ids, parameters, algorithm, context)
    elif areas is not None:
        candidates = _others(areas, treated)
    elif mode == "matched":
        raise QgsProcessingException(_tr(
            "Automatic matching chooses control areas from an area layer: give one (e.g. "
            "buurten), or choose the rest of the municipality as control."))
    return StudyInputs(treated, controls, candidates, mode, sources)


def _treated_from_layer(source, crs, sources):
    """The treated polygons, named by the layer's name or code field when it names each one
    apart (the register, report and groups then say 'Molenwijk'), else by the layer's name
    and feature id ('wijken 3')."""
    from ..core.experiments import AreaSet

    name_field = area_name_field(source)
    layer = read_area_layer(source, crs, name_field)
    names = [str(name).strip() if name is not None else "" for name in layer.ids]
    if not name_field or "" in names or len(set(names)) < len(names):
        layer = read_area_layer(source, crs)
        names = [f"{source.sourceName()} {i}" for i in layer.ids]
    sources.append((source, layer))
    return AreaSet(names, layer.geometries)


def _others(areas, treated):
    """The areas that are not among the treated (by id), None without areas."""
    if areas is None:
        return None
    return areas.only([ident not in set(treated.ids) for ident in areas.ids])


def _read_area_layer(algorithm, parameters, context, feedback, crs, sources):
    from ..core import risk
    from ..core.experiments import AreaSet

    source = input_source(algorithm, parameters, AREAS, context, feedback,
                          GeometryType.Polygon, _tr("Area layer"), optional=True)
    if source is None:
        return None
    id_field = algorithm.parameterAsString(parameters, ID_FIELD, context) or None
    require_fields(source, [id_field], _tr("Area layer"))
    layer = read_area_layer(source, crs, id_field)
    report_skipped(feedback, layer.null_geometries, _tr("areas"))
    if id_field:
        with core_errors():
            risk.check_unique_ids(layer.ids)
    sources.append((source, layer))
    return AreaSet([str(i) for i in layer.ids], layer.geometries)


def _pick(areas, ids_text, parameters, algorithm, context):
    """The areas whose ids are listed (comma-separated), in the order given."""
    wanted = [value.strip() for value in ids_text.split(",") if value.strip()]
    index = {ident: number for number, ident in enumerate(areas.ids)}
    missing = [value for value in wanted if value not in index]
    if missing:
        field = algorithm.parameterAsString(parameters, ID_FIELD, context) or _tr("feature id")
        raise QgsProcessingException(_tr(
            "The area layer has no area with the id {} in '{}' (e.g. it has {}). Give ids "
            "exactly as they are in the id field.").format(
            ", ".join(f"'{m}'" for m in missing[:5]), field,
            ", ".join(f"'{i}'" for i in areas.ids[:3])))
    keep = [index[value] for value in dict.fromkeys(wanted)]
    return type(areas)([areas.ids[i] for i in keep], areas.geometries[keep])


def intervention_dates(algorithm, parameters, context, names=(START_DATE, END_DATE)):
    """The date parameters ``names`` as numpy dates, None where not given."""
    return tuple(date_parameter(algorithm, parameters, name, context) for name in names)
