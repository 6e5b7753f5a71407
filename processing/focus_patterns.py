"""The emerging hot spot pattern of each focus area, for the patrol focus map's list.

A pattern comes from a field of the focus areas, or from a layer of emerging hot spots
(wijkradar:emerging_hotspots' output, or ArcGIS's) joined by area id. Values are read by
:func:`wijkradar.core.emerging_patterns.code_of` (codes, keys or names, as either tool
writes them) and printed as a word in the map's language ('new', 'intensifying'), from the
same source as the emerging hot spots' legend and report. Only that word per area crosses
over: no count and no geometry of the emerging layer reaches the map.
"""

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from .io.values import python_value

# Where a layer of emerging hot spots keeps its pattern: wijkradar's and ArcGIS's CATEGORY
# (a code) before the names of PATTERN (text).
CATEGORY_FIELDS = ("category", "pattern")


def _tr(text):
    return QCoreApplication.translate("FocusPatterns", text)


def id_text(value):
    """An area id as text, the same whether a layer stores it as text, integer or real."""
    value = python_value(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "" if value is None else str(value).strip()


def field_named(layer, name):
    """The name of ``layer``'s field called ``name`` in any case, or None."""
    return next((field for field in layer.fields().names()
                 if field.casefold() == name.casefold()), None)


def codes_from_field(features, field, layer_name):
    """The pattern code of each feature's ``field`` (None where empty)."""
    return [checked_code(feature[field], field, layer_name) for feature in features]


def codes_from_layer(features, id_field, emerging, emerging_id_field=""):
    """The pattern code of each focus area, looked up in the layer ``emerging`` by area id
    (None for an area it does not hold). ``emerging_id_field`` defaults to the field named as
    the focus areas' ``id_field``."""
    join_field = emerging_id_field or field_named(emerging, id_field)
    if not join_field:
        raise QgsProcessingException(_tr(
            "{layer} has no field '{field}' to find the focus areas by: choose its area id "
            "field (fields: {fields}).").format(layer=emerging.name(), field=id_field,
                                                fields=", ".join(emerging.fields().names())))
    category = next(filter(None, (field_named(emerging, name) for name in CATEGORY_FIELDS)),
                    None)
    if category is None:
        raise QgsProcessingException(_tr(
            "{} has no 'category' or 'pattern' field: give the output of Emerging hot spots "
            "(wijkradar:emerging_hotspots).").format(emerging.name()))
    found = {id_text(feature[join_field]): checked_code(feature[category], category,
                                                        emerging.name())
             for feature in emerging.getFeatures()}
    ids = [id_text(feature[id_field]) for feature in features]
    if features and found and not any(area in found for area in ids):
        raise QgsProcessingException(_tr(
            "No focus area is in {layer}: its '{join}' ({theirs}, ...) does not match the "
            "focus areas' '{field}' ({ours}, ...). Choose the fields that hold the same area "
            "ids.").format(layer=emerging.name(), join=join_field,
                           theirs=", ".join(list(found)[:2]), field=id_field,
                           ours=", ".join(ids[:2])))
    return [found.get(area) for area in ids]


def checked_code(value, field, layer_name):
    from ..core import emerging_patterns

    try:
        return emerging_patterns.code_of(python_value(value))
    except ValueError:
        raise QgsProcessingException(_tr(
            "'{value}' in {field} of {layer} is not an emerging hot spot pattern: expected a "
            "code from -8 to 8 (the 'category' field of Emerging hot spots) or a pattern's "
            "name such as 'New hot spot'.").format(value=value, field=field,
                                                   layer=layer_name)) from None


def label(code):
    """What the list prints for a pattern: a word ('new', 'intensifying', 'cold spot'),
    nothing for no pattern or none known."""
    from ..core import emerging_patterns

    return emerging_patterns.short_name(code) or None if code is not None else None
