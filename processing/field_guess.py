"""What a layer is for and which of its fields to use, guessed from names, types and values.

The one place where Wijkradar guesses: the dock's Data step (the role of a layer), its
Analyse step (area id, incident dates, covariates), its Briefing step (area name, district
name, score), the CSV dialog (X and Y columns, coordinate system) and the refusal of a score
that is text or an id (Briefing step and patrol_focus_map). Names are
recognised in Dutch and English (``wijknaam`` and ``district_name``, ``datum`` and
``occurrence_date``) by the words in ``core/field_words.py``; types and a small sample of
values settle what names leave open (unique texts make an id, parseable texts a date). A
guess never picks a feature id (``fid``, ``ogc_fid``, ``objectid``, the provider's primary
key) as a name, a date or a score. Every guess is a default the user can change.
"""

import math
import re

from qgis.core import QgsFeatureRequest
from qgis.PyQt.QtCore import QCoreApplication

from ..core.field_words import (
    AREA_ID_NAMES,
    AREA_NAME_NAMES,
    DATE_ENDINGS,
    DATE_WORDS,
    DISTRICT_LAYER_WORDS,
    DISTRICT_NAME_NAMES,
    FEATURE_IDS,
    ID_ENDINGS,
    ID_PREFIXES,
    INCIDENT_WORDS,
    NAME_ENDINGS,
    NAME_WORDS,
    NOT_INDICATOR,
    RD_NAMES,
    SCORE_NAMES,
    STRONG_AREA_IDS,
    TYPE_ENDINGS,
    TYPE_NAMES,
    WEEK_NAMES,
    WGS84_NAMES,
    X_NAMES,
    Y_NAMES,
)
from .compat import FeatureRequestFlag, GeometryType, field_type

ROLES = ("incidents", "areas", "districts", "monitor", "context")
SAMPLE_SIZE = 200  # values read per field to judge it: enough to tell, cheap on any source
MIN_SHARE = 0.8  # share of sampled values that must look like dates or numbers
MIN_INDICATORS = 2  # numeric indicators that make a polygon layer a neighbourhood monitor

WGS84 = "EPSG:4326"
RD_NEW = "EPSG:28992"
# RD New coordinates of the Netherlands (with a margin), metres.
RD_X_RANGE = (-7000.0, 300000.0)
RD_Y_RANGE = (289000.0, 629000.0)

def translate(text):
    return QCoreApplication.translate("FieldGuess", text)


# -- names ---------------------------------------------------------------------------------

def normalised(name):
    """'OccurrenceDate' and 'occurrence-date' -> 'occurrence_date'."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", str(name))
    return re.sub(r"[^0-9a-z]+", "_", spaced.lower()).strip("_")


def squashed(name):
    """The name in lower case without separators: 'RD_X' -> 'rdx'."""
    return re.sub(r"[^0-9a-z]", "", str(name).lower())


def first_named(names, candidates):
    """The first of ``candidates`` (lower case) among ``names``, in its own spelling."""
    lower = {}
    for name in names:
        lower.setdefault(name.lower(), name)
        lower.setdefault(normalised(name), name)
    return next((lower[candidate] for candidate in candidates if candidate in lower), None)


def find_field(layer, candidates):
    return first_named(layer.fields().names(), candidates)


def named_like_date(name):
    words = normalised(name).split("_")
    return any(word.startswith(DATE_WORDS) or word.endswith(DATE_ENDINGS) for word in words)


def named_like_id(name):
    text = normalised(name)
    return (text in AREA_ID_NAMES or text.endswith(ID_ENDINGS)
            or text.startswith(ID_PREFIXES))


def named_like_name(name):
    text = normalised(name)
    return text in NAME_WORDS or text.endswith(NAME_ENDINGS)


# -- fields ----------------------------------------------------------------------------------

def is_text(field):
    return field.type() == field_type("string")


def is_integer(field):
    return field.isNumeric() and field.type() != field_type("double")


def is_date(field):
    return field.isDateOrTime() and field.typeName().lower() != "time"


def primary_key_names(layer):
    """The provider's primary key fields (a GeoPackage's fid), by name."""
    provider = layer.dataProvider() if hasattr(layer, "dataProvider") else None
    if provider is None:
        return set()
    fields = layer.fields()
    return {fields.at(index).name() for index in provider.pkAttributeIndexes()
            if 0 <= index < fields.count()}


def is_feature_id(name, layer=None):
    """A row number the provider or a GIS tool added (fid, objectid...): identifies a
    feature, says nothing about it."""
    if normalised(name) in FEATURE_IDS:
        return True
    if layer is None:
        return False
    field = layer.fields().field(name) if layer.fields().indexOf(name) >= 0 else None
    return field is not None and is_integer(field) and name in primary_key_names(layer)


def usable_fields(layer):
    """The fields that may be guessed as anything: all but the feature ids."""
    return [field for field in layer.fields() if not is_feature_id(field.name(), layer)]


def sample_values(layer, name, limit=SAMPLE_SIZE):
    """Up to ``limit`` non-empty values of a field, from the first features."""
    request = QgsFeatureRequest().setFlags(FeatureRequestFlag.NoGeometry)
    request.setSubsetOfAttributes([name], layer.fields())
    request.setLimit(limit)
    values = []
    for feature in layer.getFeatures(request):
        value = feature[name]
        if value is None or (hasattr(value, "isNull") and value.isNull()) or value == "":
            continue
        values.append(value)
    return values


def looks_like_dates(values):
    """Whether most values are text that Wijkradar's date reader reads as dates (numbers are
    not dates: 20240301 or a feature id would be read as a day in 1970)."""
    from ..core.dates import parse_dates

    texts = [value for value in values if isinstance(value, str)]
    if not values or len(texts) < len(values):
        return False
    return parse_dates(texts).n_readable >= MIN_SHARE * len(texts)


def all_unique(values):
    return bool(values) and len(set(values)) == len(values)


# -- guesses on a layer ----------------------------------------------------------------------

def date_field(layer):
    """The field with the incidents' dates: a date field, else text holding dates; names
    saying when it happened (occurrence, pleeg) first. Never numbers: 20240301 or a
    feature id read as a date is a day in 1970."""
    fields = usable_fields(layer)
    typed = [field.name() for field in fields if is_date(field)]
    texts = [field.name() for field in fields if is_text(field)]
    for candidates in (typed, texts):
        ranked = sorted(candidates, key=date_name_rank)
        for name in ranked:
            if name in typed or looks_like_dates(sample_values(layer, name)):
                return name
    return None


def date_name_rank(name):
    """0 for the most telling date name, len(DATE_WORDS) for a name that says nothing."""
    words = normalised(name).split("_")
    ranks = [rank for rank, word in enumerate(DATE_WORDS)
             if any(w.startswith(word) for w in words)]
    if not ranks and named_like_date(name):
        return len(DATE_WORDS) - 1
    return min(ranks, default=len(DATE_WORDS))


def area_id_field(layer):
    """The field that identifies an area: a known id or code name (area_id, cell_id,
    postcode, buurtcode, ...), else a text field with unique values; never a feature id."""
    names = usable_names(layer)
    named = first_named(names, AREA_ID_NAMES) or next(
        (name for name in names if named_like_id(name)), None)
    if named:
        return named
    return next((field.name() for field in usable_fields(layer) if is_text(field)
                 and all_unique(sample_values(layer, field.name()))), None)


def area_name_field(layer):
    """How areas are named on a map and in its table: a known name (postcode, buurtnaam,
    area_name), else the area id (area_id, cell_id), else a field named like a name."""
    known = first_named(usable_names(layer), AREA_NAME_NAMES)
    return known or area_id_field(layer) or named_or_varied(layer)


def district_name_field(layer):
    """How districts are named on the pages of a map: a known name (district_name,
    wijknaam, naam), else a field named like a name or a text with several values, else
    the district's code."""
    known = first_named(usable_names(layer), DISTRICT_NAME_NAMES)
    return known or named_or_varied(layer) or area_id_field(layer)


def usable_names(layer):
    return [field.name() for field in usable_fields(layer)]


def named_or_varied(layer):
    """A field named like a name (..._name, ...naam), else a text field with several
    values."""
    named = next((name for name in usable_names(layer) if named_like_name(name)), None)
    if named:
        return named
    texts = [field.name() for field in usable_fields(layer) if is_text(field)]
    return next((name for name in texts if len(set(sample_values(layer, name))) > 1), None)


def indicator_fields(layer):
    """Numeric fields that describe an area (not ids, codes, counts, time or coordinates)."""
    return [field.name() for field in usable_fields(layer)
            if field.isNumeric() and not NOT_INDICATOR.search(normalised(field.name()))]


def score_field(layer):
    """A numeric field with scores (risk_score, expected, ...), else the first indicator;
    None when the layer has no field that can be a score."""
    numeric = [field.name() for field in usable_fields(layer) if field.isNumeric()]
    return first_named(numeric, SCORE_NAMES) or next(iter(indicator_fields(layer)), None)


def type_field(layer):
    """The incident type (offence_type, soort, ...): text with repeated values."""
    texts = [field.name() for field in usable_fields(layer) if is_text(field)]
    return first_named(texts, TYPE_NAMES) or next(
        (name for name in texts if normalised(name).endswith(TYPE_ENDINGS)), None)


def is_district_layer(layer):
    words = re.split(r"[^0-9a-z]+", layer.name().lower())
    return any(word.startswith(DISTRICT_LAYER_WORDS) for word in words)


def guess_role(layer):
    """The default role of a layer in the dock (the user can change it):

    - "incidents": points or tables without geometry with a date or week field, or named
      like incidents (incident, melding, crime, offence, ...);
    - "districts": polygons named like districts (wijken, districts, stadsdelen) with a
      field that names them;
    - "areas": polygons with a postcode or grid cell id (area_id, cell_id, postcode, pc6);
    - "monitor": polygons with at least two numeric indicator fields (buurten);
    - "areas" again: other polygons with an id or code (buurtcode, code), more than one;
    - "context": everything else (boundaries, coffeeshops, yearly counts such as ruimingen).
    """
    geometry = layer.geometryType()
    if geometry in (GeometryType.Point, GeometryType.Null):
        named = any(word in layer.name().lower() for word in INCIDENT_WORDS)
        if named or find_field(layer, WEEK_NAMES) or date_field(layer):
            return "incidents"
        return "context"
    if geometry != GeometryType.Polygon:
        return "context"
    names = usable_names(layer)
    if is_district_layer(layer) and district_name_field(layer):
        return "districts"
    if first_named(names, STRONG_AREA_IDS):
        return "areas"
    if len(indicator_fields(layer)) >= MIN_INDICATORS:
        return "monitor"
    if layer.featureCount() > 1 and area_id_field(layer):
        return "areas"
    return "context"


# -- refusals --------------------------------------------------------------------------------

def score_field_problem(layer, name):
    """Why field ``name`` of ``layer`` cannot be a map's score, or None when it can."""
    index = layer.fields().indexOf(name) if name else -1
    if index < 0:
        return translate("Choose the score field of {layer}: a numeric field with scores "
                         "(risk_score after step 2).").format(layer=layer.name())
    field = layer.fields().at(index)
    if is_feature_id(name, layer) or (named_like_id(name) and is_integer(field)):
        return translate("Field '{field}' of {layer} is an id, not a score: ranking by it "
                         "would print the areas in feature order. Choose a field with scores, "
                         "such as risk_score from the risk forecast (step 2 in the "
                         "dock).").format(
            field=name, layer=layer.name())
    if not field.isNumeric():
        return translate("Field '{field}' of {layer} holds {type}, not numbers: choose a "
                         "numeric field with scores (higher = more attention).").format(
            field=name, layer=layer.name(), type=field.typeName())
    return None


# -- CSV coordinates ---------------------------------------------------------------------------

def as_number(text):
    """A coordinate written as text (decimal point or comma), or None."""
    try:
        number = float(str(text).strip().replace(",", "."))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def numbers(values):
    """The values as numbers when most are (None otherwise): dates and text are not."""
    filled = [value for value in values if str(value).strip()]
    parsed = [as_number(value) for value in filled]
    found = [number for number in parsed if number is not None]
    if not filled or len(found) < MIN_SHARE * len(filled):
        return None
    return found


def xy_columns(columns):
    """(x, y) column names of a CSV from {column: sample of its texts}: named like
    coordinates (x, lon, long, longitude, rd_x / y, lat, latitude, rd_y) and holding numbers.
    Either may be None; a date column is never taken."""
    numeric = [name for name, values in columns.items() if numbers(values) is not None]

    def named(candidates):
        return next((name for candidate in candidates for name in numeric
                     if squashed(name) == candidate), None)

    return named(X_NAMES), named(Y_NAMES)


def coordinate_crs(x_values, y_values, x_name="", y_name=""):
    """The coordinate system the values are in: longitude/latitude (EPSG:4326) or RD New
    (EPSG:28992) from their ranges, else from the column names; None when neither tells."""
    xs, ys = numbers(x_values) or [], numbers(y_values) or []
    if xs and ys:
        if all(-180 <= x <= 180 for x in xs) and all(-90 <= y <= 90 for y in ys):
            return WGS84
        if all(RD_X_RANGE[0] <= x <= RD_X_RANGE[1] for x in xs) and \
                all(RD_Y_RANGE[0] <= y <= RD_Y_RANGE[1] for y in ys):
            return RD_NEW
        return None
    names = {squashed(x_name), squashed(y_name)}
    if names & WGS84_NAMES:
        return WGS84
    if names & RD_NAMES:
        return RD_NEW
    return None
