"""A CSV file as a point layer: by its X/Y columns, or at the postcode area of each row.

Rows placed by postcode: the returned layer says how many rows found no postcode area in
its custom properties, read with ``unmatched_rows(layer)`` and ``unmatched_postcodes(layer)``.
"""

import math
import os
import re

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsMemoryProviderUtils,
    QgsMessageLog,
    QgsVectorLayer,
)

from ..compat import GeometryType, WkbType
from ..io.values import new_field
from .csv_table import CsvTable
from .errors import LoadError, translate

UNMATCHED_ROWS = "wijkradar/unmatched_rows"
UNMATCHED_POSTCODES = "wijkradar/unmatched_postcodes"
ROWS_READ = "wijkradar/rows_read"
MAX_EXAMPLES = 10


def log_warning(message):
    QgsMessageLog.logMessage(message, "Wijkradar", Qgis.MessageLevel.Warning)


def open_csv(path, x_field=None, y_field=None, crs="EPSG:28992", postcode_field=None,
             postcode_layer=None, postcode_layer_field="postcode"):
    """A point layer from a CSV file: by X/Y columns, or at the postcode area of each row.

    X/Y: a delimited-text layer in ``crs``. Postcode: a memory layer in the postcode layer's
    CRS with every CSV column, each row at its postcode area's point on surface; postcodes
    match upper-case without spaces ("5211 AB" == "5211AB"). Rows whose postcode is empty or
    not found are left out, counted and logged: ``unmatched_rows(layer)`` and
    ``unmatched_postcodes(layer)`` tell how many and which.
    """
    table = CsvTable(path)
    if x_field or y_field:
        return csv_points_by_xy(table, x_field, y_field, crs)
    if postcode_field:
        return csv_points_by_postcode(table, postcode_field, postcode_layer,
                                      postcode_layer_field)
    raise LoadError(translate("DataSources",
            "Say where the rows of {} lie: choose the X and Y columns, or a "
            "postcode column and a postcode area layer.").format(table.name))


def csv_points_by_xy(table, x_field, y_field, crs):
    if not (x_field and y_field):
        raise LoadError(translate("DataSources",
                "Choose both an X and a Y column for {}.").format(table.name))
    table.require_columns(x_field, y_field)
    reference = QgsCoordinateReferenceSystem(crs)
    if not reference.isValid():
        raise LoadError(translate("DataSources",
                "Unknown coordinate reference system {}: use an authority id such "
                "as EPSG:28992 (RD New) or EPSG:4326 (GPS).").format(crs))
    decimal_comma = table.uses_decimal_comma(x_field, y_field)
    for column in (x_field, y_field):
        require_numbers(table, column, decimal_comma)
    options = {"xField": x_field, "yField": y_field, "crs": reference.authid() or crs,
               "geomType": "point", "spatialIndex": "yes"}
    if decimal_comma:
        options["decimalPoint"] = ","
    layer = QgsVectorLayer(table.provider_uri(**options), table.name, "delimitedtext")
    if not layer.isValid() or layer.featureCount() < len(table.rows):
        raise LoadError(translate("DataSources",
                "QGIS could not read all rows of {}; open it with Layer > Add "
                "Layer > Add Delimited Text Layer to see which.").format(table.path))
    set_match_counts(layer, len(table.rows), 0, [])
    return layer


def require_numbers(table, column, decimal_comma):
    bad = []
    for line, value in table.values(column):
        text = value.replace(",", ".") if decimal_comma else value
        try:
            number = float(text)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            bad.append(translate("DataSources", 'line {}: "{}"').format(line, value))
    if bad:
        raise LoadError(translate("DataSources",
                "Column \"{}\" of {} must hold numbers (coordinates), but {} rows do "
                "not, e.g. {}. Correct those rows, or choose other columns.").format(
                    column, os.path.basename(table.path), len(bad),
                    "; ".join(bad[:3])))


def normalised_postcode(value):
    """'5211 ab' -> '5211AB'; a PC4 stored as a number (5211 or 5211.0) -> '5211'."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):  # NULL on QGIS 3
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return re.sub(r"\s+", "", str(value)).upper()


def csv_points_by_postcode(table, postcode_field, postcode_layer, postcode_layer_field):
    table.require_columns(postcode_field)
    points = postcode_points(postcode_layer, postcode_layer_field)
    rows = table_layer(table, detect_types=True)
    # Postcodes as written (type detection would read PC4 codes as numbers)
    codes = {row.id(): row[postcode_field]
             for row in table_layer(table, detect_types=False).getFeatures()}
    postcode_index = rows.fields().indexOf(postcode_field)
    fields = QgsFields()
    for field in rows.fields():
        fields.append(new_field(postcode_field, "string") if field.name() == postcode_field
                      else field)
    layer = QgsMemoryProviderUtils.createMemoryLayer(
        table.name, fields, WkbType.Point, postcode_layer.crs())
    placed, unmatched, total = [], {}, 0
    for row in rows.getFeatures():
        total += 1
        code = normalised_postcode(codes.get(row.id()))
        if code not in points:
            unmatched[code] = unmatched.get(code, 0) + 1
            continue
        feature = QgsFeature(layer.fields())
        attributes = row.attributes()
        attributes[postcode_index] = codes[row.id()]
        feature.setAttributes(attributes)
        feature.setGeometry(points[code])
        placed.append(feature)
    if not placed:
        raise LoadError(translate("DataSources",
                "None of the {} rows of {} has a postcode found in layer {} (field "
                "\"{}\"), e.g. {}. Check that column \"{}\" holds postcodes of the same "
                "kind as the layer (PC6 such as 5211AB, or PC4 such as 5211).").format(
                    total, os.path.basename(table.path), postcode_layer.name(),
                    postcode_layer_field, ", ".join(example_codes(unmatched)),
                    postcode_field))
    layer.dataProvider().addFeatures(placed)
    layer.updateExtents()
    missed = sum(unmatched.values())
    set_match_counts(layer, total, missed, example_codes(unmatched))
    if missed:
        log_warning(translate("DataSources",
                "{} of {} rows of {} have no postcode area in {} and were left out: "
                "{}.").format(missed, total, table.name, postcode_layer.name(),
                ", ".join(example_codes(unmatched))))
    return layer


def table_layer(table, detect_types):
    """The CSV rows without geometry, read by QGIS's delimited-text provider."""
    rows = QgsVectorLayer(table.provider_uri(geomType="none",
                                             detectTypes="yes" if detect_types else "no"),
                          table.name, "delimitedtext")
    if not rows.isValid():
        raise LoadError(translate("DataSources",
                "QGIS could not read {}; open it with Layer > Add Layer > Add "
                "Delimited Text Layer to see why.").format(table.path))
    return rows


def example_codes(unmatched):
    """The most frequent unmatched postcodes, an empty one shown as (empty)."""
    ranked = sorted(unmatched.items(), key=lambda item: (-item[1], item[0]))
    return [code or translate("DataSources", "(empty)") for code, _ in ranked[:MAX_EXAMPLES]]


def postcode_points(postcode_layer, field_name):
    """Normalised postcode -> point on surface (in the postcode layer's CRS)."""
    if postcode_layer is None or not postcode_layer.isValid():
        raise LoadError(translate("DataSources",
                "Choose a postcode area layer (such as pc6 or pc4) to place the "
                "rows at their postcode."))
    if postcode_layer.geometryType() != GeometryType.Polygon:
        raise LoadError(translate("DataSources",
                "Layer {} has no polygons; choose a postcode area layer such as pc6 "
                "or pc4.").format(postcode_layer.name()))
    if postcode_layer.fields().indexOf(field_name) < 0:
        raise LoadError(translate("DataSources",
                "Layer {} has no field \"{}\". Its fields are: {}. Choose the one "
                "holding the postcode.").format(postcode_layer.name(), field_name,
                ", ".join(postcode_layer.fields()
                                                                     .names())))
    parts = {}
    request = QgsFeatureRequest().setSubsetOfAttributes([field_name],
                                                        postcode_layer.fields())
    for area in postcode_layer.getFeatures(request):
        code = normalised_postcode(area[field_name])
        if code and area.hasGeometry():
            parts.setdefault(code, []).append(area.geometry())
    return {code: (geometries[0] if len(geometries) == 1
                   else QgsGeometry.unaryUnion(geometries)).pointOnSurface()
            for code, geometries in parts.items()}


def set_match_counts(layer, rows, unmatched, examples):
    layer.setCustomProperty(ROWS_READ, rows)
    layer.setCustomProperty(UNMATCHED_ROWS, unmatched)
    layer.setCustomProperty(UNMATCHED_POSTCODES, ",".join(examples))


def unmatched_rows(layer):
    """How many CSV rows ``open_csv`` left out (no postcode area found); 0 otherwise."""
    return int(layer.customProperty(UNMATCHED_ROWS, 0) or 0)


def unmatched_postcodes(layer):
    """Up to ten of the left-out postcodes, the most frequent first."""
    text = layer.customProperty(UNMATCHED_POSTCODES, "") or ""
    return text.split(",") if text else []
