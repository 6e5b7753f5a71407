"""The words Wijkradar reads in field and layer names to guess what they hold, Dutch and English.

Every vocabulary a guess reads is defined here once: the dock's guesses of a layer's role and
fields (``processing/field_guess.py``), the CSV dialog's postcode column, the Briefing step's
drivers field, the Analyse step's population field, the fields ``check_disclosure`` takes
from a table of counts and the fields ``anonymise_incidents`` refuses to keep as
coordinates. Add a word here and every guess that reads the list knows it;
``tests/core/test_field_words.py`` fails when another module defines a list of these words.

Words are lower case. A list of names is compared with whole field names (lower case or
normalised, ``OccurrenceDate`` -> ``occurrence_date``, unless its comment says otherwise)
and the first one found wins, so the most telling comes first; lists of words, beginnings
and endings are compared with the parts of a name.

Not here: the privacy scan's words for personal data (``core/privacy.py``), which look for
what must stay out rather than for a field to use.

This module imports nothing but :mod:`re`, so every layer (core, processing, ui) may use it.
"""

import re

# -- ids ---------------------------------------------------------------------------------------

# Autoincrement ids that providers and GIS tools add: never a name, a date or a score.
FEATURE_IDS = frozenset(("fid", "ogc_fid", "objectid", "object_id", "gid", "oid", "rowid",
                         "row_id", "ogr_fid", "fid_1", "id_0", "featureid", "feature_id"))
# Grid cells and postcodes make a layer "areas" even when it has indicators too.
STRONG_AREA_IDS = ("area_id", "cell_id", "grid_id", "gridcode", "grid_code", "cellcode",
                   "cell_code", "area_code", "postcode", "postcode6", "pc6", "postcode4",
                   "pc4", "zipcode", "postal_code")
# Area ids, the most telling first (a grid's cell id, a postcode, a CBS code).
AREA_ID_NAMES = STRONG_AREA_IDS + ("buurtcode", "bu_code", "wijkcode", "wk_code",
                                   "district_code", "districtcode", "code", "id")
# A normalised name with one of these endings or beginnings is named like an id.
ID_ENDINGS = ("_id", "code", "_nr", "nummer")
ID_PREFIXES = ("id_",)
# The CSV dialog's postcode column (rows placed at their postcode area).
POSTCODE_COLUMNS = ("postcode", "pc6", "pc4", "postcode6", "postcode4", "zipcode")

# -- names -------------------------------------------------------------------------------------

AREA_NAME_NAMES = ("postcode", "area_name", "buurtnaam", "neighbourhood", "neighborhood",
                   "wijknaam", "district_name", "naam", "name")
DISTRICT_NAME_NAMES = ("district_name", "districtname", "district", "wijknaam", "wijk_naam",
                       "stadsdeelnaam", "stadsdeel", "naam", "name")
# A normalised name that is one of these words or has one of these endings names things.
NAME_WORDS = ("naam", "name")
NAME_ENDINGS = ("naam", "_name", "name")

# -- layer names -------------------------------------------------------------------------------

# Beginnings of the words of a layer's name that make it districts (wijken, stadsdelen).
DISTRICT_LAYER_WORDS = ("district", "wijk", "stadsde", "precinct")
# Words in a point layer's name that make it incidents.
INCIDENT_WORDS = ("incident", "melding", "misdrij", "delict", "aangifte", "crime",
                  "offence", "offense", "occurrence")

# -- incidents: type and time ------------------------------------------------------------------

TYPE_NAMES = ("offence_type", "offense_type", "crime_type", "incident_type", "type",
              "soort", "delict", "categorie", "category", "feit", "offence", "offense")
TYPE_ENDINGS = ("_type", "soort")
YEAR_NAMES = ("jaar", "year")
WEEK_NAMES = ("week", "weeknummer", "weeknr", "week_nr", "week_number")
# Words of a date field's name; the first ones say when it happened (preferred).
DATE_WORDS = ("occurrence", "occurred", "pleeg", "incident", "datum", "date", "datetime",
              "timestamp", "tijdstip", "reported", "gemeld", "melddatum")
# A word of a name with one of these endings is a date too (pleegdatum, start_date).
DATE_ENDINGS = ("datum", "date")

# -- scores and indicators ---------------------------------------------------------------------

SCORE_NAMES = ("risk_score", "expected", "score", "rate_eb", "focus_rank")
# The field that says why an area ranks high, printed beside it on the patrol map.
DRIVER_NAMES = ("driver_1", "drivers", "bivariate")
# Numeric fields that identify, count, measure or date a feature rather than describe it.
NOT_INDICATOR = re.compile(
    r"^(id|jaar|year|week|maand|month)$|_id$|^id_|code$|nummer$|number$"
    r"|^aantal|^count|^n_|^shape_|oppervlakte|^area$|^len(gth)?$|^x$|^y$|^lat|^lon")
# Inhabitants: the population a rate is taken per.
POPULATION_PATTERN = re.compile(r"inwoners|population|bevolking", re.IGNORECASE)

# -- tables of counts to be shared (check_disclosure), names as written ------------------------

COUNT_NAMES = ("n_incidents", "count", "aantal", "counts", "n", "incidents", "value")
COUNT_AREA_NAMES = ("postcode", "cell_id", "area_id", "buurtcode", "wijkcode", "pc6", "pc4",
                    "code", "id")
COUNT_PERIOD_NAMES = ("datum", "period", "periode", "week_start", "date")
# The flag beside a suppressed count (anonymise_incidents writes onderdrukt).
SUPPRESSED_FLAG_NAMES = ("onderdrukt", "suppressed")

# -- coordinates -------------------------------------------------------------------------------

# Names of X and Y columns, compared with separators removed (RD_X -> rdx).
X_NAMES = ("x", "lon", "long", "longitude", "lng", "xcoord", "xcoordinaat", "coordx", "rdx",
           "xrd", "easting", "pointx", "lengtegraad")
Y_NAMES = ("y", "lat", "latitude", "ycoord", "ycoordinaat", "coordy", "rdy", "yrd",
           "northing", "pointy", "breedtegraad")
# Fields an anonymised layer may not keep: they would give the exact location away (compared
# with separators removed): every X and Y name above, so a column the CSV dialog reads as a
# coordinate (POINT_X) is never kept, and the geometry's own names.
COORDINATE_NAMES = X_NAMES + Y_NAMES + ("coordinaten", "coordinates", "geometry", "geom",
                                        "wkt", "geometrie")
# Column names that say the coordinate system when the values do not.
WGS84_NAMES = frozenset(("lon", "long", "longitude", "lng", "lat", "latitude"))
RD_NAMES = frozenset(("rdx", "rdy", "xrd", "yrd"))
