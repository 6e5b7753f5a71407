"""Reading the CBS Wijk- en buurtkaart for wijkradar:load_cbs_neighbourhoods.

From the GeoPackage the user downloaded (read-only through GDAL, so the file is never
touched, and filtered on the municipality's code by GDAL), or from PDOK's OGC API (the
features are read by the same code from an in-memory GeoJSON). The numbers themselves
(field names per year, sentinels, derived rates) come from :mod:`wijkradar.core.cbs`.
"""

import json
import os
import uuid
from dataclasses import dataclass, field

from osgeo import gdal, ogr
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..core.provenance import ContentHasher
from .algorithm import core_errors
from .io.gdal_files import gdal_open
from .open_data_net import fetch_json, pdok_features, pdok_url, served

OGR_KINDS = {ogr.OFTInteger: "int", ogr.OFTInteger64: "int", ogr.OFTReal: "double"}
RD_NEW_URN = "urn:ogc:def:crs:EPSG::28992"
_MUNICIPALITY_LISTS = {}  # PDOK's list URL -> {code: name}, kept for the session


def _tr(text):
    return QCoreApplication.translate("CbsInput", text)


@dataclass
class CbsAreas:
    """The areas of one municipality at one level: attribute rows, WKB geometries, the kind
    of each column ('int', 'double', 'string'), the layer's CRS (WKT) and how its columns
    map onto the field table."""

    columns: list
    rows: list
    wkb: list
    kinds: dict
    crs_wkt: str  # 'EPSG:28992', or WKT
    match: object  # core.cbs.SchemaMatch
    municipality: tuple  # (code, name)
    source: str
    notes: list = field(default_factory=list)
    content_hash: str = ""


def open_dataset(path):
    """The dataset at ``path``, opened read-only; a sentence when GDAL cannot open it."""
    dataset = gdal_open(path)
    if dataset is None:
        raise QgsProcessingException(_tr(
            "Cannot open '{}' as a vector file. Choose the GeoPackage of a year "
            "(wijkenbuurten_2024_v1.gpkg) from PDOK (CBS Wijken en Buurten).").format(path))
    return dataset


def level_layer(dataset, level, path):
    """The layer of ``dataset`` that holds ``level``; a sentence naming its layers if none."""
    from ..core import cbs

    names = [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]
    name = cbs.layer_for_level(names, level)
    if name is None and len(names) == 1 and not any(
            other in names[0].lower() for other in cbs.LEVELS if other != level):
        name = names[0]  # one layer, of no other level: an export of one level, or PDOK's
    if name is None:
        raise QgsProcessingException(_tr(
            "'{}' has no layer of {} (its layers: {}). A CBS wijk- en buurtkaart GeoPackage "
            "has the layers gemeenten, wijken and buurten.").format(
            os.path.basename(path), cbs.LAYER_NAMES[level], ", ".join(names) or "-"))
    return dataset.GetLayerByName(name)


def layer_columns(layer):
    definition = layer.GetLayerDefn()
    return [(definition.GetFieldDefn(i).GetName(), definition.GetFieldDefn(i).GetType())
            for i in range(definition.GetFieldCount())]


def detect_year(layer, columns, path, hint):
    """(year, where it came from): a 'jaar' field, the file name, else ``hint``."""
    from ..core import cbs

    names = [name for name, _ in columns]
    if "jaar" in names:
        layer.ResetReading()
        first = layer.GetNextFeature()
        layer.ResetReading()
        value = first.GetField("jaar") if first is not None else None
        if value:
            return int(value), _tr("its field 'jaar'")
    from_name = cbs.year_from_text(os.path.basename(path))
    if from_name:
        return from_name, _tr("the file name")
    return hint, _tr("the Year parameter")


def crs_text(spatial_reference):
    """'EPSG:28992' for a CRS with an EPSG code, else its WKT (QGIS reads either)."""
    if spatial_reference is None:
        return ""
    if spatial_reference.GetAuthorityName(None) == "EPSG":
        return "EPSG:" + spatial_reference.GetAuthorityCode(None)
    return spatial_reference.ExportToWkt(["FORMAT=WKT2_2018"])


def municipalities(layer, match):
    """Municipality code -> name of every feature of the layer (codes cleaned)."""
    from ..core import cbs

    code_field = match.fields["gemeentecode"]
    name_field = match.fields.get("gemeentenaam")
    known = {}
    layer.ResetReading()
    for feature in layer:
        code = cbs.clean_code(feature.GetField(code_field))
        known.setdefault(code, feature.GetField(name_field) if name_field else code)
    layer.ResetReading()
    return known


def read_level(path, level, query, year_hint, feedback=None, source=None):
    """The areas of the municipality ``query`` (code or name) at ``level`` in the CBS file
    at ``path``; ``year_hint`` when the file does not say its year."""
    from ..core import cbs

    dataset = open_dataset(path)
    layer = level_layer(dataset, level, path)
    columns = layer_columns(layer)
    year, how = detect_year(layer, columns, source or path, year_hint)
    with core_errors():
        match = cbs.match_schema([name for name, _ in columns], year)
        cbs.require_cbs_schema(match)
    if cbs.CODE_FIELD[level] not in match.fields or "gemeentecode" not in match.fields:
        raise QgsProcessingException(_tr(
            "The layer '{}' has no {} code field ({}); is it the layer of another level?"
        ).format(layer.GetName(), level, cbs.CODE_FIELD[level]))
    notes = list(match.notes)
    if match.year is not None:
        notes.append(_tr("Read as the Wijk- en buurtkaart of {} (from {}).").format(
            match.year, how))
    known = municipalities(layer, match)
    with core_errors():
        code = cbs.find_municipality(query, known)
    layer.SetAttributeFilter("\"{}\" = '{}'".format(match.fields["gemeentecode"], code))
    rows, wkb, hasher = [], [], ContentHasher()
    for feature in layer:
        rows.append([feature.GetField(i) for i in range(len(columns))])
        geometry = feature.GetGeometryRef()
        wkb.append(bytes(geometry.ExportToIsoWkb()) if geometry is not None else None)
        hasher.update_text(repr(rows[-1]))
        hasher.update_bytes(wkb[-1] or b"")
    crs_wkt = crs_text(layer.GetSpatialRef())
    dataset = None
    return CbsAreas([name for name, _ in columns], rows, wkb,
                    {name: OGR_KINDS.get(kind, "string") for name, kind in columns},
                    crs_wkt, match, (code, known[code]), source or path, notes,
                    hasher.hexdigest())


def read_level_online(year, level, query, feedback=None):
    """The same areas fetched from PDOK's OGC API of ``year``."""
    from ..core import cbs

    code = cbs.municipality_code(query)
    if code is None:
        code = municipality_online(year, query, feedback)
    features = pdok_features(year, cbs.LAYER_NAMES[level], feedback, gemeentecode=code)
    if not features:
        raise QgsProcessingException(_tr(
            "PDOK has no {} of municipality {} in {}. Check the code (GM and 4 digits) and "
            "the year.").format(cbs.LAYER_NAMES[level], code, year))
    path = f"/vsimem/{cbs.LAYER_NAMES[level]}_{uuid.uuid4().hex}.geojson"
    collection = {"type": "FeatureCollection", "features": features,
                  "crs": {"type": "name", "properties": {"name": RD_NEW_URN}}}
    gdal.FileFromMemBuffer(path, json.dumps(collection).encode("utf-8"))
    try:
        url = pdok_url(year, cbs.LAYER_NAMES[level], gemeentecode=code)
        return read_level(path, level, code, year, feedback, source=url)
    finally:
        gdal.Unlink(path)


def municipality_online(year, query, feedback=None):
    """The code of the municipality ``query`` names on PDOK. PDOK compares names exactly, so
    it is first asked for the name CBS most likely writes (one small answer); failing that,
    its list of the municipalities of ``year`` is read and the name compared as the file
    route compares it (case, accents, 's-, 'Den Bosch'), with the nearest names when none
    fits."""
    from ..core import cbs

    name = cbs.likely_cbs_name(query)
    url = pdok_url(year, "gemeenten", f="json", gemeentenaam=name, limit="10")
    found = fetch_json(url, feedback).get("features") or []
    if found:
        return cbs.clean_code(found[0]["properties"].get("gemeentecode"))
    if feedback is not None:
        feedback.pushInfo(_tr("PDOK has no municipality written '{}' in {}: its list of "
                              "municipalities is read to find the one meant.").format(
            name, year))
    known = municipalities_online(year, feedback)
    code = cbs.resolve_municipality(query, known)
    if code is None:
        raise QgsProcessingException(_tr(
            "PDOK knows no municipality called '{}' in {}. Nearest matches: {}. Give its code "
            "(GM and 4 digits) or one of these names.").format(
            query, year, ", ".join(cbs.nearest_municipalities(query, known)) or "-"))
    return code


def municipalities_online(year, feedback=None):
    """Code -> name of every municipality PDOK has for ``year``, read once a session (the
    list holds their outlines too, so it is no small answer)."""
    from ..core import cbs

    key = served(pdok_url(year, "gemeenten"))
    if key not in _MUNICIPALITY_LISTS:
        features = pdok_features(year, "gemeenten", feedback)
        _MUNICIPALITY_LISTS[key] = {
            cbs.clean_code(feature["properties"].get("gemeentecode")):
                str(feature["properties"].get("gemeentenaam") or "")
            for feature in features if feature.get("properties")}
    return _MUNICIPALITY_LISTS[key]


def areas_frame(areas, drop_water=True):
    """(frame, kinds, renamed, dropped water areas): the attribute rows with the fields of
    the field table under Wijkradar's names (AANT_INW -> aantal_inwoners)."""
    import pandas as pd

    rename = {column: name for name, column in areas.match.fields.items()}
    frame = pd.DataFrame(areas.rows, columns=areas.columns).rename(columns=rename)
    kinds = {rename.get(column, column): kind for column, kind in areas.kinds.items()}
    keep = pd.Series(True, index=frame.index)
    if drop_water and "water" in frame.columns:
        keep = frame["water"].astype(str).str.strip().str.upper() != "JA"
    renamed = {old: new for old, new in rename.items() if old != new}
    return frame[keep].reset_index(drop=True), kinds, renamed, keep.to_numpy()


def save_aliases(context, dest_id, fields, aliases, path, metadata):
    """Gives the output's fields their aliases (label and unit): when QGIS loads the result,
    and in ``<output>.qml`` beside a file output, which QGIS reads when it opens the file."""
    from qgis.core import QgsVectorLayer

    from .styles import style_on_load

    def apply(layer):
        for name, alias in aliases.items():
            index = layer.fields().indexOf(name)
            if index >= 0:
                layer.setFieldAlias(index, alias)
        layer.setMetadata(metadata)

    if path:
        template = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", "aliases", "memory")
        template.dataProvider().addAttributes(fields.toList())
        template.updateFields()
        apply(template)
        template.saveNamedStyle(os.path.splitext(path)[0] + ".qml")
    style_on_load(context, dest_id, style_function=apply)
