"""The experiment register: what a team has tried and learned, in one GeoPackage table.

Every run of ``wijkradar:experiment_power`` (a planned experiment: its hypothesis, areas,
dates, measure and the smallest fall it can detect) and of ``wijkradar:evaluate_intervention``
(the result) appends a row to the table ``wijkradar_experiments`` of a GeoPackage: the one
named by the REGISTER parameter, else ``wijkradar_experiments.gpkg`` beside the QGIS project
(without a saved project: in the QGIS settings folder, where the audit log goes). The row is
written only once the run's outputs are kept (output_guard.when_outputs_kept), so a failed or
canceled run leaves no entry; the register is checked before the run starts.

A planned experiment is evaluated later from its entry: EXPERIMENT_ID fills the treated
areas (their geometries are kept in the entry, in the CRS of the analysis), the controls
(chosen or matched when it was planned: the same areas again), the dates, pre-period,
buffer and incident types.
"""

import datetime as dt
import json
import os
import tempfile

from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication

from . import experiment_inputs as inputs
from . import experiment_study as design
from .io.gdal_files import gdal_open
from .output_guard import when_outputs_kept
from .provenance import audit_folder

TABLE = "wijkradar_experiments"
FILE_NAME = "wijkradar_experiments.gpkg"
HYPOTHESIS, REGISTER, EXPERIMENT_ID = "HYPOTHESIS", "REGISTER", "EXPERIMENT_ID"
FIELDS = (("experiment_id", "string"), ("status", "string"), ("recorded", "string"),
          ("algorithm", "string"), ("hypothesis", "string"), ("type_field", "string"),
          ("type_values", "string"), ("treated", "string"), ("start_date", "string"),
          ("end_date", "string"), ("pre_weeks", "int"), ("buffer_m", "double"),
          ("control", "string"), ("controls", "string"), ("crs", "string"),
          ("treated_wkt", "string"), ("controls_wkt", "string"), ("rate_ratio", "double"),
          ("ci_low", "double"), ("ci_high", "double"), ("p_placebo", "double"),
          ("wdq", "double"), ("mde_pct", "double"), ("weeks_needed", "int"),
          ("summary", "string"), ("report", "string"), ("provenance", "string"))
OGR_TYPES = {"string": ogr.OFTString, "int": ogr.OFTInteger, "double": ogr.OFTReal}


def _tr(text):
    return QCoreApplication.translate("ExperimentRegister", text)


def add_register_parameters(algorithm, with_id=False):
    """HYPOTHESIS, EXPERIMENT_ID (evaluations) and REGISTER (advanced)."""
    algorithm.addParameter(QgsProcessingParameterString(
        HYPOTHESIS, _tr("Hypothesis (recorded in the experiment register)"), optional=True,
        multiLine=True))
    if with_id:
        algorithm.addParameter(QgsProcessingParameterString(
            EXPERIMENT_ID, _tr("Experiment id in the register (fills the areas, dates and "
                               "types)"), optional=True))
    register = QgsProcessingParameterFile(
        REGISTER, _tr("Experiment register (GeoPackage; empty: beside the project)"),
        extension="gpkg", optional=True)
    algorithm.add_advanced(register)


def register_path(algorithm, parameters, context):
    """The register's GeoPackage: the parameter's, else beside the project or in the QGIS
    settings folder."""
    given = algorithm.parameterAsFile(parameters, REGISTER, context)
    return os.path.abspath(given) if given else os.path.join(audit_folder(context), FILE_NAME)


def check_register(path):
    """Refuses, before the run, a register that cannot take an entry."""
    if os.path.exists(path):
        dataset = gdal_open(path)
        if dataset is None or dataset.GetDriver().ShortName != "GPKG":
            raise QgsProcessingException(_tr(
                "The experiment register {} is not a GeoPackage. Choose a .gpkg file (a new "
                "one is made when it does not exist).").format(path))
        if not os.access(path, os.W_OK):
            raise QgsProcessingException(_tr(
                "The experiment register {} cannot be written to. Choose another file.")
                .format(path))
        return
    folder = os.path.dirname(path)
    while folder and not os.path.isdir(folder):  # made when the entry is written
        folder = os.path.dirname(folder)
    try:
        handle, probe = tempfile.mkstemp(dir=folder)
        os.close(handle)
        os.remove(probe)
    except OSError as error:
        raise QgsProcessingException(_tr(
            "The experiment register cannot be made in {} ({}). Choose another file.").format(
            folder, error.strerror or error)) from error


def read_entries(path):
    """Every entry of the register as a dict, in the order recorded; [] without one."""
    if not os.path.exists(path):
        return []
    dataset = ogr.Open(path)
    layer = dataset.GetLayerByName(TABLE) if dataset is not None else None
    if layer is None:
        return []
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName()
             for i in range(layer.GetLayerDefn().GetFieldCount())]
    return [{name: feature.GetField(name) for name in names} for feature in layer]


def read_entry(path, experiment_id):
    """The entry an experiment was registered with (its first)."""
    entries = [e for e in read_entries(path) if e.get("experiment_id") == experiment_id]
    if not entries:
        known = sorted({e.get("experiment_id") for e in read_entries(path)})
        raise QgsProcessingException(_tr(
            "The experiment register {} has no experiment '{}'. Its experiments: {}.").format(
            path, experiment_id, ", ".join(known[-10:]) or _tr("none")))
    return entries[0]


def new_id(path, today=None):
    """'EXP-20231130-2': the date and the day's running number."""
    prefix = f"EXP-{today or dt.date.today():%Y%m%d}-"
    taken = {e["experiment_id"] for e in read_entries(path)
             if str(e.get("experiment_id", "")).startswith(prefix)}
    number = 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def record_when_kept(path, values):
    """Appends ``values`` to the register once the run's outputs are kept."""
    when_outputs_kept(append_entry, path, values)


def append_entry(path, values):
    """Appends one entry (creating the GeoPackage, the table or newer fields as needed)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    driver = ogr.GetDriverByName("GPKG")
    dataset = ogr.Open(path, 1) if os.path.exists(path) else driver.CreateDataSource(path)
    if dataset is None:
        raise QgsProcessingException(_tr("Could not open the experiment register {}.")
                                     .format(path))
    layer = dataset.GetLayerByName(TABLE)
    if layer is None:
        layer = dataset.CreateLayer(TABLE, geom_type=ogr.wkbNone)
    definition = layer.GetLayerDefn()
    present = {definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())}
    for name, kind in FIELDS:
        if name not in present:
            layer.CreateField(ogr.FieldDefn(name, OGR_TYPES[kind]))
    feature = ogr.Feature(layer.GetLayerDefn())
    for name, _ in FIELDS:
        value = values.get(name)
        if value is not None and value == value:  # not None, not NaN
            feature.SetField(name, value)
    layer.StartTransaction()
    if layer.CreateFeature(feature) != 0:
        layer.RollbackTransaction()
        raise QgsProcessingException(_tr("Could not add the entry to the experiment register "
                                         "{}.").format(path))
    layer.CommitTransaction()
    dataset = None
    return path


# -- areas in an entry -------------------------------------------------------------------------

def areas_json(areas):
    """An AreaSet as JSON {id: WKT} (None for none)."""
    import shapely

    if areas is None:
        return None
    return json.dumps({str(ident): shapely.to_wkt(shape, rounding_precision=3)
                       for ident, shape in zip(areas.ids, areas.geometries)})


def areas_from_json(text, entry_crs, crs):
    """The AreaSet an entry keeps, in ``crs`` (the analysis's metric CRS)."""
    import shapely

    from ..core.experiments import AreaSet

    if not text:
        return None
    shapes = json.loads(text)
    source = QgsCoordinateReferenceSystem(entry_crs)
    transform = None if source == crs else QgsCoordinateTransform(source, crs,
                                                                 QgsProject.instance())
    geometries = []
    for wkt in shapes.values():
        geometry = QgsGeometry.fromWkt(wkt)
        if transform is not None:
            geometry.transform(transform)
        geometries.append(shapely.from_wkb(bytes(geometry.asWkb())))
    return AreaSet(list(shapes), geometries)


def entry_values(status, settings, areas, crs, type_filter, texts, numbers):
    """One entry: the experiment's design (``settings``, the StudyAreas ``areas`` in ``crs``,
    ``type_filter`` (field, values)), ``texts`` (experiment_id, algorithm, hypothesis,
    summary, report, provenance) and result ``numbers`` (rate_ratio, mde_pct, ...)."""
    controls = areas.controls
    return {"status": status, "recorded": dt.datetime.now().isoformat(timespec="seconds"),
            "type_field": type_filter[0] or None, "type_values": type_filter[1] or None,
            "treated": ", ".join(map(str, areas.treated.ids)),
            "start_date": str(settings.start), "end_date": str(settings.end),
            "pre_weeks": settings.pre_weeks, "buffer_m": settings.buffer_width,
            "control": settings.control_mode,
            "controls": ", ".join(map(str, controls.ids)) if controls is not None else None,
            "crs": crs.authid(), "treated_wkt": areas_json(areas.treated),
            "controls_wkt": areas_json(controls) if settings.control_mode != "rest" else None,
            **texts, **numbers}


def entry_parameters(parameters, entry):
    """``parameters`` with the entry's dates, pre-period, buffer, control and (when none is
    given) incident types."""
    filled = dict(parameters)
    filled.update({design.START_DATE: entry["start_date"], design.END_DATE: entry["end_date"],
                   design.PRE_WEEKS: entry["pre_weeks"], design.BUFFER: entry["buffer_m"],
                   design.CONTROL: design.CONTROL_MODES.index(entry["control"])})
    if not parameters.get(inputs.TYPE_VALUES) and entry.get("type_values"):
        filled.update({inputs.TYPE_FIELD: entry["type_field"],
                       inputs.TYPE_VALUES: entry["type_values"]})
    return filled
