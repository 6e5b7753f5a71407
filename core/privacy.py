"""Privacy scan: finds personal data in a table's field names and values (privacy rule 1).

Pure Python (numpy, pandas). The QGIS side passes a sample of attribute values per field;
:func:`scan_table` returns a :class:`ScanResult` whose verdict decides whether a layer may
enter an analysis, and whose :meth:`ScanResult.summary` is the refusal message.

Severity model
--------------
``identifier`` (blocks the layer, verdict ``fail``): values or fields that point at a person
directly: BSN, licence plate, e-mail address, phone number, IBAN, street + house number,
PC6 + house number, date of birth, person-name fields (voornaam, achternaam, ...).

``warning`` (review, verdict ``warn``): fields that *may* hold personal data: a generic
``naam``/``name`` field (a coffeeshop layer's ``naam`` holds business names), free text, a
house-number field without a street or postcode field, years of birth, a BSN-named field
whose values are not valid BSNs (pseudonymised?).

Thresholds
----------
A value pattern is reported when at least one value matches and either at least
``MIN_MATCH_SHARE`` (5%) of the non-null values scanned match or at least ``MIN_MATCH_COUNT``
(3) values do. A field whose name hints at the kind (``kenteken``, ``email``, ``telefoon``,
``iban``, ``bsn``, ...) is reported from one matching value. BSNs are special: one random
9-digit number in 11 passes the 11-test, so a field without a BSN-like name is reported only
when 3 or more values are valid BSNs and they are at least ``BSN_MIN_VALID_SHARE`` (30%) of
its 9-digit values (a column that is 40% BSNs is found, a column of order numbers is not),
or when a value says 'BSN' next to the number ("BSN 123456782").

Patterns and choices
--------------------
- BSN: 9 digits (also written ``1234.56.782``) passing the 11-test with weights
  9, 8, ..., 2, -1, not all zeros. 8-digit numbers are zero-padded to 9 first, because a
  BSN with a leading zero loses it when stored in a numeric field.
- Licence plates: the 14 official Dutch side codes, case-insensitive, either with all
  separators (``-`` or space) or none. Without separators side code 2 (``99-99-XX``) has
  the shape of a PC6 postcode (``5211AB``), so it is only recognised with dashes; CBS area
  codes (``GM0796`` has the shape of side code 1) are excluded.
- Phone: Dutch numbers (``06-12345678``, ``+31 6 ...``, ``0031...``, ``010-1234567``; ten
  digits with the leading 0) and ``+``-prefixed international numbers. Plain numbers
  without a leading 0 or ``+`` (counts, years, ids) never match.
- IBAN: known country code and length, mod-97 check.
- E-mail addresses are found anywhere in a value (also inside free text); the other patterns
  must fill the value (street and PC6 addresses may be followed by more text, such as
  ``Kerkstraat 12, 5211 AB Den Bosch``).
- Street + house number: a word ending in a Dutch street suffix with at least two letters
  before it (``Kerkstraat 12``, ``Van Goghweg 114-2``), or, in a field named like an address
  (``adres``, ``locatie``), any words followed by a house number. A street-name field next
  to a house-number field (or a PC6 field next to one) is an address too.
- Dates of birth need a field name that suggests birth (``geboortedatum``, ``geb_datum``,
  ``dob``, ``birth_date``); dates in other fields (an incident ``datum``) are not personal.
- Names by field name: ``voornaam``, ``achternaam``, ``naam_melder`` block; a bare
  ``naam``/``name`` is a warning; ``buurtnaam``, ``straatnaam``, ``bedrijfsnaam`` are names of
  places or businesses and are not reported.
- Names, addresses and identifiers inside values (:mod:`core.privacy_text`): with the optional
  library deduce, a field where at least ``NAME_MIN_SHARE`` (20%) of the values read are
  person names blocks (``person_name``), and so does free text naming persons
  (``free_text_personal``); streets without a suffix ("Markt 5") are addresses. Without
  deduce (the fallback) names are judged by field name only. BSNs, phone numbers, IBANs and
  street + house numbers written inside text are found either way.
- Places of birth: a field named like one (``geboorteplaats``, ``place_of_birth``).

Share and count are taken over the non-null values scanned. Findings made from a field name
are reported even when the sample holds no values: the field exists.

Limits
------
Only a sample is scanned (the bridge samples, and at most ``sample_limit`` values per field
here), so rare values can be missed; deduce reads at most 1,000 distinct values of a field.
A BSN inside text without a word saying so is not reported (1 in 11 numbers passes the
11-test). Quasi-identifiers (age, sex,
nationality, exact time and place together) are not assessed. Plates and phone numbers
stored without their typical shape (a plate as ``1234AB``, a number without its leading
zero in a field not named like a phone field) are missed, and short codes that happen to
have a plate's shape (``AB12CD``) are reported.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date, datetime
from decimal import Decimal
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from .i18n import QT_TRANSLATE_NOOP, translator
from .privacy_text import (
    METHOD_DEDUCE,
    METHOD_PATTERNS,
    TextMatches,
    find_in_text,
    redact_text,
    resolve_use_deduce,
)

# --- Stable machine keys ---------------------------------------------------------------------

BSN = "bsn"
LICENCE_PLATE = "licence_plate"
EMAIL = "email"
PHONE = "phone"
IBAN = "iban"
STREET_HOUSE_NUMBER = "street_house_number"
PC6_HOUSE_NUMBER = "pc6_house_number"
DATE_OF_BIRTH = "date_of_birth"
PERSON_NAME_FIELD = "person_name_field"
NAME_FIELD = "name_field"
FREE_TEXT = "free_text"
HOUSE_NUMBER_FIELD = "house_number_field"
BIRTH_YEAR = "birth_year"
BSN_FIELD = "bsn_field"
PERSON_NAME = "person_name"
PLACE_OF_BIRTH = "place_of_birth"
FREE_TEXT_PERSONAL = "free_text_personal"

IDENTIFIER = "identifier"
WARNING = "warning"

# Verdict labels, not credentials: bandit's B105 reads the name PASS as a password.
PASS = "pass"  # nosec B105
WARN = "warn"
FAIL = "fail"

SOURCE_VALUES = "values"
SOURCE_FIELD_NAME = "field name"
SOURCE_FIELD_PAIR = "field pair"

KIND_ORDER = (BSN, LICENCE_PLATE, EMAIL, PHONE, IBAN, STREET_HOUSE_NUMBER, PC6_HOUSE_NUMBER,
              DATE_OF_BIRTH, PLACE_OF_BIRTH, PERSON_NAME, PERSON_NAME_FIELD, FREE_TEXT_PERSONAL,
              NAME_FIELD, FREE_TEXT, HOUSE_NUMBER_FIELD, BIRTH_YEAR, BSN_FIELD)
SEVERITY = {kind: IDENTIFIER for kind in KIND_ORDER[:12]}
SEVERITY.update({kind: WARNING for kind in KIND_ORDER[12:]})

# --- Thresholds ------------------------------------------------------------------------------

MIN_MATCH_SHARE = 0.05
MIN_MATCH_COUNT = 3
BSN_MIN_VALID_SHARE = 0.3     # of the 9-digit values: 1 in 11 passes the 11-test by chance
NAME_MIN_SHARE = 0.2          # of the values read by deduce: a column of person names
FIELD_VALUES_SHARE = 0.5      # share of date/year/PC6 values that makes a field "of that kind"
FREE_TEXT_MIN_LENGTH = 40     # mean characters of an unnamed free-text field
FREE_TEXT_MIN_SPACES = 0.5    # share of values with a space
FREE_TEXT_MIN_DISTINCT = 0.5  # distinct values / values
DEFAULT_SAMPLE_LIMIT = 10000

# --- User-facing strings (English source; Dutch in i18n/wijkradar_nl.ts) --------------------

LABELS = {
    BSN: QT_TRANSLATE_NOOP("Privacy", "BSN numbers"),
    LICENCE_PLATE: QT_TRANSLATE_NOOP("Privacy", "licence plates"),
    EMAIL: QT_TRANSLATE_NOOP("Privacy", "e-mail addresses"),
    PHONE: QT_TRANSLATE_NOOP("Privacy", "phone numbers"),
    IBAN: QT_TRANSLATE_NOOP("Privacy", "IBAN bank account numbers"),
    STREET_HOUSE_NUMBER: QT_TRANSLATE_NOOP("Privacy", "street and house number"),
    PC6_HOUSE_NUMBER: QT_TRANSLATE_NOOP("Privacy", "postcode and house number"),
    DATE_OF_BIRTH: QT_TRANSLATE_NOOP("Privacy", "dates of birth"),
    PERSON_NAME_FIELD: QT_TRANSLATE_NOOP("Privacy", "names of persons"),
    PERSON_NAME: QT_TRANSLATE_NOOP("Privacy", "names of persons"),
    PLACE_OF_BIRTH: QT_TRANSLATE_NOOP("Privacy", "places of birth"),
    FREE_TEXT_PERSONAL: QT_TRANSLATE_NOOP("Privacy", "free text naming persons"),
    NAME_FIELD: QT_TRANSLATE_NOOP("Privacy", "names of persons, places or businesses"),
    FREE_TEXT: QT_TRANSLATE_NOOP("Privacy", "free text"),
    HOUSE_NUMBER_FIELD: QT_TRANSLATE_NOOP("Privacy", "house numbers"),
    BIRTH_YEAR: QT_TRANSLATE_NOOP("Privacy", "years of birth"),
    BSN_FIELD: QT_TRANSLATE_NOOP("Privacy", "a BSN field (values are not valid BSNs)"),
}
PATTERNS = {
    BSN: QT_TRANSLATE_NOOP("Privacy", "9-digit numbers passing the BSN 11-test"),
    LICENCE_PLATE: QT_TRANSLATE_NOOP("Privacy", "Dutch licence plates (official side codes)"),
    EMAIL: QT_TRANSLATE_NOOP("Privacy", "text containing an e-mail address"),
    PHONE: QT_TRANSLATE_NOOP("Privacy", "Dutch or international phone numbers"),
    IBAN: QT_TRANSLATE_NOOP("Privacy", "IBANs with a valid check digit"),
    STREET_HOUSE_NUMBER: QT_TRANSLATE_NOOP("Privacy", "street names followed by a house number"),
    PC6_HOUSE_NUMBER: QT_TRANSLATE_NOOP("Privacy", "PC6 postcodes followed by a house number"),
    DATE_OF_BIRTH: QT_TRANSLATE_NOOP("Privacy", "dates, and the field name suggests birth"),
    BIRTH_YEAR: QT_TRANSLATE_NOOP("Privacy", "years, and the field name suggests birth"),
    FREE_TEXT: QT_TRANSLATE_NOOP("Privacy", "text with spaces, long or mostly distinct"),
    PERSON_NAME: QT_TRANSLATE_NOOP("Privacy", "names of persons (deduce's Dutch name lists)"),
    FREE_TEXT_PERSONAL: QT_TRANSLATE_NOOP("Privacy", "text naming a person or a place of "
                                          "birth"),
}
REASON_VALUES = QT_TRANSLATE_NOOP("Privacy", "{count} of {total} values scanned look like "
                                  "{pattern}.")
REASON_FIELD_NAME = QT_TRANSLATE_NOOP("Privacy", "The field name '{field}' suggests {label}.")
REASON_FIELD_PAIR = QT_TRANSLATE_NOOP("Privacy", "Field '{other}' and field '{field}' together "
                                      "give {label}.")
REASON_HOUSE_NUMBER_ONLY = QT_TRANSLATE_NOOP(
    "Privacy", "The field name '{field}' suggests house numbers; no street or postcode field "
    "was found, but check the layer before sharing.")
REASON_BSN_FIELD = QT_TRANSLATE_NOOP(
    "Privacy", "The field name '{field}' suggests BSN numbers, but no value passes the "
    "11-test: check whether they are pseudonymised.")
REASON_NAME_FIELD = QT_TRANSLATE_NOOP(
    "Privacy", "The field name '{field}' suggests names: check that it holds names of places "
    "or businesses only.")
REASON_FREE_TEXT_NAME = QT_TRANSLATE_NOOP(
    "Privacy", "The field name '{field}' suggests free text, which may name persons.")
REASON_PLACE_OF_BIRTH = QT_TRANSLATE_NOOP(
    "Privacy", "The field name '{field}' suggests places of birth, which describe persons.")

SUMMARY_FAIL_ONE = QT_TRANSLATE_NOOP("Privacy", "Layer refused: field {items} holds personal "
                                     "data.")
SUMMARY_FAIL_MANY = QT_TRANSLATE_NOOP("Privacy", "Layer refused: fields {items} hold personal "
                                      "data.")
SUMMARY_ADVICE = QT_TRANSLATE_NOOP("Privacy", "Aggregate the incidents to postcode areas with "
                                   "'Anonymise incidents' first.")
SUMMARY_ALSO_REVIEW = QT_TRANSLATE_NOOP("Privacy", "Also review: {items}.")
SUMMARY_WARN_ONE = QT_TRANSLATE_NOOP("Privacy", "Review before use: field {items} may hold "
                                     "personal data.")
SUMMARY_WARN_MANY = QT_TRANSLATE_NOOP("Privacy", "Review before use: fields {items} may hold "
                                      "personal data.")
SUMMARY_WARN_ADVICE = QT_TRANSLATE_NOOP("Privacy", "Check the contents, or remove the fields "
                                        "before sharing results.")
SUMMARY_PASS = QT_TRANSLATE_NOOP("Privacy", "No personal data found in {fields} fields (up to "
                                 "{limit} values per field scanned).")
SHARE_OF_VALUES = QT_TRANSLATE_NOOP("Privacy", "{pct} of values")
BY_FIELD_NAME = QT_TRANSLATE_NOOP("Privacy", "by field name")
IN_TWO_FIELDS = QT_TRANSLATE_NOOP("Privacy", "in two fields")
FIELD_PAIR_JOIN = "{first} + {second}"


_tr = translator("Privacy")


# --- Field-name vocabulary (lower case, without separators or diacritics) ----------------------

BSN_NAMES = ("bsn", "sofinummer", "sofinr", "sofi", "burgerservicenummer",
             "citizenservicenumber")
PLATE_NAMES = ("kenteken", "licenceplate", "licenseplate", "numberplate", "nummerplaat",
               "plate")
EMAIL_NAMES = ("email", "mail")
PHONE_NAMES = ("telefoon", "phone", "mobiel", "mobile")
PHONE_TOKENS = ("tel", "telnr", "gsm", "mob")
IBAN_NAMES = ("iban", "rekeningnummer", "bankrekening", "rekeningnr", "bankaccount")
ADDRESS_NAMES = ("adres", "address")
ADDRESS_TOKENS = ("adr", "locatie", "location", "pleeglocatie")
STREET_NAMES = ("straat", "straatnaam", "street", "streetname", "openbareruimte",
                "openbareruimtenaam")
HOUSE_NUMBER_NAMES = ("huisnummer", "huisnr", "hnr", "hsnr", "housenumber", "housenr",
                      "huisnummers")
POSTCODE_NAMES = ("postcode", "pc6", "zipcode", "zip", "postalcode", "postcode6")
BIRTH_WORDS = ("geboorte", "geboren", "birth", "born")
BIRTH_TOKENS = ("geb", "dob", "gebdatum", "gebdat")
PLACE_WORDS = ("plaats", "place", "stad", "city", "town")
DATE_WORDS = ("datum", "date", "dat", "dag", "day", "dob")
YEAR_WORDS = ("jaar", "year", "jr")
PERSON_NAME_WORDS = ("voornaam", "voornamen", "achternaam", "achternamen", "geslachtsnaam",
                     "familienaam", "meisjesnaam", "roepnaam", "tussenvoegsel", "voorletter",
                     "initialen", "initials", "firstname", "lastname", "surname", "givenname",
                     "familyname", "middlename", "fullname", "volledigenaam",
                     "gebruikersnaam", "username", "contactpersoon")
PERSON_ROLE_WORDS = ("melder", "verdachte", "slachtoffer", "aangever", "betrokkene", "bewoner",
                     "eigenaar", "huurder", "persoon", "klant", "client", "dader", "getuige",
                     "medewerker", "person", "owner", "victim", "suspect", "reporter",
                     "witness", "employee", "contact")
NAME_WORDS = ("naam", "name")
NOT_PERSON_WORDS = ("buurt", "wijk", "gemeente", "stad", "plaats", "straat", "openbareruimte",
                    "provincie", "regio", "district", "gebied", "bedrijf", "handels", "zaak",
                    "winkel", "horeca", "organisatie", "instelling", "school", "vestiging",
                    "coffeeshop", "laag", "bestand", "type", "soort", "categorie", "project",
                    "kaart", "veld", "kolom", "object", "locatie", "area", "layer", "file",
                    "category", "field", "column", "location", "street", "city", "town",
                    "place", "region", "business", "company", "shop", "venue", "trade",
                    "country", "land", "station", "product", "merk", "brand", "display")
FREE_TEXT_WORDS = ("omschrijving", "beschrijving", "toelichting", "opmerking", "notitie",
                   "commentaar", "comment", "remark", "description", "vrijetekst", "freetext",
                   "verslag", "relaas", "bijzonderheden", "mutatietekst", "samenvatting",
                   "bericht", "message")
FREE_TEXT_TOKENS = ("memo", "note", "notes", "text", "tekst", "descr", "toel", "opm")

# --- Value patterns ---------------------------------------------------------------------------

SIDE_CODES = ("XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX",
              "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX",
              "9-XX-999", "999-XX-9")
PC6_SHAPED_SIDE_CODE = "99-99-XX"
CBS_CODE_PREFIXES = ("GM", "GG", "WK", "BU", "PV", "CR", "LD", "VR", "RE", "JZ", "AM", "PE")
STREET_SUFFIXES = ("straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "hof",
                   "steeg", "pad", "dreef", "markt", "park", "plantsoen", "baan", "wal",
                   "vaart", "werf", "allee", "boulevard", "hoven", "veste", "kanaal")
MONTHS = ("jan", "feb", "mar", "mrt", "apr", "may", "mei", "jun", "jul", "aug", "sep", "oct",
          "okt", "nov", "dec")

IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
    "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
    "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}


def _side_code_regex(code: str, separator: str) -> str:
    parts = [("[A-Z]" if group[0] == "X" else r"\d") + f"{{{len(group)}}}"
             for group in code.split("-")]
    return separator.join(parts)


def _alternatives(parts) -> str:
    return "|".join(f"(?:{part})" for part in parts)


_PLATE_SEPARATED = re.compile(
    _alternatives(_side_code_regex(code, "[- ]") for code in SIDE_CODES), re.I)
_PLATE_UNSEPARATED = re.compile(
    _alternatives(_side_code_regex(code, "") for code in SIDE_CODES
                  if code != PC6_SHAPED_SIDE_CODE), re.I)
# Plate-shaped values that are something else: CBS area codes, DD-MON-YY dates.
_CBS_PREFIX = "|".join(CBS_CODE_PREFIXES)
_MONTH = "|".join(MONTHS)
_NOT_PLATE = re.compile(rf"(?:{_CBS_PREFIX})\d+|\d{{1,2}}[- ](?:{_MONTH})[- ]\d{{2}}", re.I)

_BSN_SHAPE = re.compile(r"\d{4}[ .]?\d{2}[ .]?\d{3}|\d{3}[ .]\d{3}[ .]\d{3}|\d{8}")
_BSN_WEIGHTS = np.array([9, 8, 7, 6, 5, 4, 3, 2, -1], dtype=np.int64)

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}")

# Dots only between groups of 2-4 digits after a leading 0 or +: 06.12.34.56.78, not 0.1234.
_PHONE_SHAPE = re.compile(r"\+?[\d\s\-()/]{8,25}|(?:\+|0)\d{1,4}(?:\.\d{2,4}){2,5}")
_PHONE_SEPARATORS = re.compile(r"\(0\)|[\s\-()/.]")
_PHONE_NUMBER = re.compile(r"(?:(?:\+31|0031)0?|0)[1-9]\d{8}|\+(?!31)[1-9]\d{7,13}")
# Numeric phone fields lose the leading zero: accept that only where the name says phone.
_PHONE_NUMBER_NAMED = re.compile(r"(?:31)?[1-9]\d{8}")

_IBAN_SHAPE = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}", re.I)
_IBAN_COMPACT = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]+")

_WORD = r"['’]?[^\W\d_][\w'’.\-]*"
_SUFFIX = "|".join(STREET_SUFFIXES)
_STREET_WORD = rf"['’]?[^\W\d_](?:[^\W\d_]|['’.\-])*[^\W\d_](?:{_SUFFIX})"
_HOUSE_NUMBER = r"[1-9]\d{0,4}[a-z]?(?=$|[\s,;\-/])"
_STREET_HOUSE = re.compile(
    rf"(?:\d{{1,3}}e\s+)?(?:{_WORD}\s+){{0,4}}{_STREET_WORD}\s+{_HOUSE_NUMBER}", re.I)
_ANY_WORDS_HOUSE = re.compile(rf"(?:\d{{1,3}}e\s+)?(?:{_WORD}\s+){{0,5}}{_HOUSE_NUMBER}", re.I)
_PC6 = re.compile(r"[1-9]\d{3}\s?(?!sa|sd|ss)[a-z]{2}", re.I)
_LETTER = re.compile(r"[^\W\d_]")
_PC6_HOUSE = re.compile(rf"{_PC6.pattern}[\s,\-]*{_HOUSE_NUMBER}", re.I)
# Inside text: from the start of a word; a postcode in capitals ('in 2023 op 12' is a date).
_STREET_HOUSE_IN_TEXT = re.compile(r"(?<!\w)" + _STREET_HOUSE.pattern, re.I)
_PC6_HOUSE_IN_TEXT = re.compile(rf"(?<!\w)[1-9]\d{{3}}\s?(?!SA|SD|SS)[A-Z]{{2}}[\s,\-]*"
                                rf"{_HOUSE_NUMBER}")

# Possible value lengths: values outside them are not tried against the pattern.
BSN_LENGTHS = (8, 11)
PLATE_LENGTHS = (6, 8)
PHONE_LENGTHS = (8, 25)
IBAN_SHAPE_LENGTHS = (15, 64)
ADDRESS_LENGTHS = (3, 1 << 30)

_DATE = re.compile(r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
                   r"|(?:18|19|20)\d{6})(?:[T ]\d{1,2}:\d{2}.*)?")
_YEAR = re.compile(r"(?:18|19|20)\d{2}")
_WHITESPACE = re.compile(r"\s")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")

# --- Masking ----------------------------------------------------------------------------------

MASK_KEEP = {BSN: 4, LICENCE_PLATE: 2, PHONE: 2, IBAN: 4, STREET_HOUSE_NUMBER: 1,
             PC6_HOUSE_NUMBER: 4, PERSON_NAME_FIELD: 1, NAME_FIELD: 1, FREE_TEXT: 1,
             PERSON_NAME: 1, PLACE_OF_BIRTH: 1, FREE_TEXT_PERSONAL: 1}
MASK_MAX_LENGTH = 30
MASK_ELLIPSIS = "…"


def mask_value(kind: str, value) -> str:
    """A masked example: keeps a few leading characters (at most half), stars the rest.

    >>> mask_value(BSN, "123456782"), mask_value(EMAIL, "j.jansen@example.nl")
    ('1234*****', 'j***@e***.nl')
    """
    text = str(value).strip()
    if kind == EMAIL and "@" in text:
        return _mask_email(text)
    masked = _mask_characters(text, MASK_KEEP.get(kind, 0))
    if len(masked) > MASK_MAX_LENGTH:
        return masked[:MASK_MAX_LENGTH] + MASK_ELLIPSIS
    return masked


def _mask_characters(text: str, keep: int) -> str:
    keep = min(keep, sum(char.isalnum() for char in text) // 2)
    out = []
    for char in text:
        if char.isalnum():
            out.append(char if keep > 0 else "*")
            keep -= 1
        else:
            out.append(char)
    return "".join(out)


def _mask_email(text: str) -> str:
    local, domain = text.rsplit("@", 1)
    host, _, top_level = domain.rpartition(".")
    if not host:
        host, top_level = top_level, ""
    suffix = "." + top_level if top_level else ""
    return f"{local[:1]}***@{host[:1]}***{suffix}"


# --- Checks on single values ------------------------------------------------------------------

def is_valid_bsn(value) -> bool:
    """True for a BSN passing the 11-test (9 digits, dots/spaces allowed, 8 zero-padded).

    >>> is_valid_bsn("123456782"), is_valid_bsn("123.456.782"), is_valid_bsn("123456789")
    (True, True, False)
    """
    text = str(value).strip()
    if not _BSN_SHAPE.fullmatch(text):
        return False
    return bool(_bsn_mask([re.sub(r"\D", "", text).zfill(9)])[0])


def _bsn_mask(nine_digit_strings: Sequence[str]) -> np.ndarray:
    if len(nine_digit_strings) == 0:
        return np.zeros(0, dtype=bool)
    raw = "".join(nine_digit_strings).encode("ascii")
    digits = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 9).astype(np.int64) - 48
    return (digits @ _BSN_WEIGHTS % 11 == 0) & digits.any(axis=1)


def is_valid_iban(value) -> bool:
    """True for an IBAN of a known country with the right length and a valid mod-97 check.

    >>> is_valid_iban("NL91 ABNA 0417 1643 00"), is_valid_iban("NL91 ABNA 0417 1643 01")
    (True, False)
    """
    compact = re.sub(r"\s", "", str(value)).upper()
    if not _IBAN_COMPACT.fullmatch(compact):
        return False
    if IBAN_LENGTHS.get(compact[:2]) != len(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


# --- Result types -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    """One kind of personal data found in one field (or a pair of fields)."""

    field: str
    kind: str
    label: str
    severity: str
    share: float
    count: int
    example: str
    reason: str
    source: str = SOURCE_VALUES
    related_fields: Tuple[str, ...] = ()

    @property
    def fields(self) -> Tuple[str, ...]:
        return self.related_fields + (self.field,)

    def as_dict(self) -> Dict[str, object]:
        return {"field": self.field, "kind": self.kind, "label": self.label,
                "severity": self.severity, "share": self.share, "count": self.count,
                "example": self.example, "reason": self.reason, "source": self.source,
                "related_fields": list(self.related_fields)}


@dataclass(frozen=True)
class ScanResult:
    """All findings of a scan, with the verdict and a message naming the fields."""

    findings: Tuple[Finding, ...]
    fields: Tuple[str, ...]
    values_scanned: Dict[str, int] = dataclass_field(default_factory=dict)
    sample_limit: int = DEFAULT_SAMPLE_LIMIT
    method: str = "patterns"   # 'deduce' when names in values were looked for with deduce

    @property
    def verdict(self) -> str:
        if self.identifiers:
            return FAIL
        return WARN if self.warnings else PASS

    @property
    def identifiers(self) -> List[Finding]:
        return [f for f in self.findings if f.severity == IDENTIFIER]

    @property
    def warnings(self) -> List[Finding]:
        return [f for f in self.findings if f.severity == WARNING]

    @property
    def identifier_fields(self) -> List[str]:
        """The fields that block the layer, in table order."""
        return _unique(name for f in self.identifiers for name in f.fields)

    @property
    def warning_fields(self) -> List[str]:
        return _unique(name for f in self.warnings for name in f.fields)

    def as_records(self) -> List[Dict[str, object]]:
        return [f.as_dict() for f in self.findings]

    def summary(self) -> str:
        """One paragraph for the user: the refusal message, the review note or the pass."""
        if self.identifiers:
            items, count = _summary_items(self.identifiers)
            template = _tr(SUMMARY_FAIL_ONE if count == 1 else SUMMARY_FAIL_MANY)
            text = template.format(items=items) + " " + _tr(SUMMARY_ADVICE)
            if self.warnings:
                text += " " + _tr(SUMMARY_ALSO_REVIEW).format(
                    items=_summary_items(self.warnings)[0])
            return text
        if self.warnings:
            items, count = _summary_items(self.warnings)
            template = _tr(SUMMARY_WARN_ONE if count == 1 else SUMMARY_WARN_MANY)
            return template.format(items=items) + " " + _tr(SUMMARY_WARN_ADVICE)
        return _tr(SUMMARY_PASS).format(fields=len(self.fields), limit=self.sample_limit)


def _unique(items) -> List[str]:
    return list(dict.fromkeys(items))


def _percent(share: float) -> str:
    if share >= 1:
        return "100%"
    if share < 0.01:
        return "<1%"
    return f"{math.floor(share * 100)}%"


def _summary_items(findings: Sequence[Finding]) -> Tuple[str, int]:
    """'bsn (BSN numbers, 100% of values), kenteken (licence plates, 98%)' and field count."""
    parts: Dict[str, List[str]] = {}
    first_share = True
    for finding in findings:
        if finding.source == SOURCE_VALUES:
            pct = _percent(finding.share)
            detail = _tr(SHARE_OF_VALUES).format(pct=pct) if first_share else pct
            first_share = False
        elif finding.source == SOURCE_FIELD_PAIR:
            detail = _tr(IN_TWO_FIELDS)
        else:
            detail = _tr(BY_FIELD_NAME)
        parts.setdefault(_display_name(finding), []).append(f"{finding.label}, {detail}")
    items = ", ".join(f"{name} ({'; '.join(details)})" for name, details in parts.items())
    return items, len(parts)


def _display_name(finding: Finding) -> str:
    if finding.related_fields:
        return FIELD_PAIR_JOIN.format(first=", ".join(finding.related_fields),
                                      second=finding.field)
    return finding.field


# --- Field names ------------------------------------------------------------------------------

@dataclass(frozen=True)
class _FieldName:
    """A field name lower-cased without diacritics: its tokens and the squashed whole."""

    name: str
    tokens: Tuple[str, ...]
    squashed: str

    @classmethod
    def parse(cls, name) -> _FieldName:
        plain = unicodedata.normalize("NFKD", str(name))
        plain = "".join(char for char in plain if not unicodedata.combining(char))
        spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", plain)
        tokens = tuple(t for t in re.split(r"[^0-9a-z]+", spaced.lower()) if t)
        return cls(str(name), tokens, "".join(tokens))

    def has_token(self, words: Sequence[str]) -> bool:
        return self.squashed in words or any(token in words for token in self.tokens)

    def contains(self, words: Sequence[str]) -> bool:
        return any(word in self.squashed for word in words)

    def starts_or_ends(self, words: Sequence[str]) -> bool:
        return self.has_token(words) or self.squashed.startswith(tuple(words)) \
            or self.squashed.endswith(tuple(words))


# --- Column values ----------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)  # compared by identity
class _Column:
    """Distinct non-empty text values of a sampled column, with their counts."""

    name: _FieldName
    values: pd.Series      # distinct values (object dtype), most frequent first
    counts: np.ndarray     # occurrences of each distinct value
    total: int             # non-null values scanned
    type_hint: str
    lengths: np.ndarray    # characters of each distinct value

    def share_count(self, mask: np.ndarray) -> Tuple[float, int]:
        count = int(self.counts[mask].sum())
        return (count / self.total if self.total else 0.0), count

    def first(self, mask: np.ndarray) -> Optional[str]:
        hits = np.flatnonzero(mask)
        return str(self.values.iloc[hits[0]]) if len(hits) else None

    def fullmatch(self, regex: re.Pattern, lengths: Tuple[int, int] = (0, 1 << 30)) -> np.ndarray:
        """Values matching ``regex`` whole; only values of a possible length are tried."""
        return self._apply("fullmatch", regex, lengths)

    def match(self, regex: re.Pattern, lengths: Tuple[int, int] = (0, 1 << 30)) -> np.ndarray:
        return self._apply("match", regex, lengths)

    def _apply(self, how: str, regex: re.Pattern, lengths: Tuple[int, int]) -> np.ndarray:
        size = self.lengths
        candidates = (size >= lengths[0]) & (size <= lengths[1])
        mask = np.zeros(len(size), dtype=bool)
        if candidates.any():
            subset = self.values[candidates].str
            mask[candidates] = getattr(subset, how)(regex).to_numpy(dtype=bool)
        return mask

    def contains(self, regex: re.Pattern) -> np.ndarray:
        return self.values.str.contains(regex).to_numpy(dtype=bool)


def _value_as_text(value) -> Optional[str]:
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, np.bool_)):
        return None
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        return _float_as_text(float(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (date, Decimal)):
        return str(value)
    return None  # geometries, bytes, lists: not scanned


def _float_as_text(value: float) -> Optional[str]:
    if not math.isfinite(value):
        return None
    # Integral floats are ids or numbers stored as doubles: '111222333', not '111222333.0'.
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def _text_values(values, limit: int) -> pd.Series:
    """Up to ``limit`` non-null values as stripped, non-empty text (object dtype)."""
    series = values if isinstance(values, pd.Series) else pd.Series(list(values))
    series = series.dropna()
    if len(series) > limit:
        series = series.sample(n=limit, random_state=0)  # reproducible sample
    if pd.api.types.is_bool_dtype(series.dtype):
        return pd.Series([], dtype=object)
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        text = series.astype(str).astype(object)
    elif pd.api.types.is_integer_dtype(series.dtype):
        text = series.astype("int64").astype(str).astype(object)
    else:
        text = series.astype(object).map(_value_as_text).dropna()
    # Zero-width spaces and byte-order marks (exports, copied text) hide nothing: drop them.
    text = text.astype(object).str.replace(_INVISIBLE, "", regex=True).str.strip()
    return text[text != ""]


def _column(name, values, limit: int, type_hint: str) -> _Column:
    text = _text_values(values, limit)
    distinct = text.value_counts()
    return _Column(
        name=_FieldName.parse(name),
        values=pd.Series(distinct.index.to_numpy(dtype=object), dtype=object),
        counts=distinct.to_numpy(dtype=np.int64),
        total=len(text),
        type_hint=(type_hint or "").lower(),
        lengths=np.fromiter((len(v) for v in distinct.index), dtype=np.int64,
                            count=len(distinct)),
    )


# --- Detectors --------------------------------------------------------------------------------

def _value_finding(column: _Column, kind: str, mask: np.ndarray, named: bool,
                   example: Optional[str] = None) -> Optional[Finding]:
    """A finding when enough values match (see the thresholds in the module docstring)."""
    share, count = column.share_count(mask)
    enough = share >= MIN_MATCH_SHARE or count >= MIN_MATCH_COUNT
    if count == 0 or not (named or enough):
        return None
    example = example if example is not None else column.first(mask)
    return Finding(
        field=column.name.name, kind=kind, label=_tr(LABELS[kind]), severity=SEVERITY[kind],
        share=share, count=count, example=mask_value(kind, example),
        reason=_tr(REASON_VALUES).format(count=count, total=column.total,
                                         pattern=_tr(PATTERNS[kind])),
    )


def _name_finding(column: _Column, kind: str, share: float = 0.0, count: int = 0,
                  example: str = "", reason: str = REASON_FIELD_NAME) -> Finding:
    return Finding(
        field=column.name.name, kind=kind, label=_tr(LABELS[kind]), severity=SEVERITY[kind],
        share=share, count=count, example=mask_value(kind, example) if example else "",
        reason=_tr(reason).format(field=column.name.name, label=_tr(LABELS[kind])),
        source=SOURCE_FIELD_NAME,
    )


def _find_bsn(column: _Column, text: TextMatches) -> List[Finding]:
    named = column.name.starts_or_ends(BSN_NAMES)
    shaped = column.fullmatch(_BSN_SHAPE, BSN_LENGTHS)
    digits = column.values[shaped].str.replace(r"\D", "", regex=True).str.zfill(9)
    valid = np.zeros(len(shaped), dtype=bool)
    valid[np.flatnonzero(shaped)] = _bsn_mask(digits.tolist())
    _, count = column.share_count(valid)
    _, shaped_count = column.share_count(shaped)
    if text.bsn.any():  # 'BSN 123456782' in a text: the value says what it is
        return [_value_finding(column, BSN, valid | text.bsn, named=True,
                               example=text.examples["bsn"])]
    if named and count:
        return [_value_finding(column, BSN, valid, named=True)]
    if named:
        return [_name_finding(column, BSN_FIELD, reason=REASON_BSN_FIELD)]
    # Far more 9-digit values pass the 11-test than the 1 in 11 of chance: BSNs among them.
    if count >= MIN_MATCH_COUNT and count >= BSN_MIN_VALID_SHARE * shaped_count:
        return [_value_finding(column, BSN, valid, named=True)]
    return []


def _find_plates(column: _Column, text: TextMatches) -> List[Finding]:
    mask = column.fullmatch(_PLATE_SEPARATED, PLATE_LENGTHS) \
        | column.fullmatch(_PLATE_UNSEPARATED, PLATE_LENGTHS)
    mask &= ~column.fullmatch(_NOT_PLATE, PLATE_LENGTHS)
    return [_value_finding(column, LICENCE_PLATE, mask, column.name.contains(PLATE_NAMES))]


def _find_emails(column: _Column, text: TextMatches) -> List[Finding]:
    mask = column.contains(_EMAIL)
    first = column.first(mask)
    example = _EMAIL.search(first).group(0) if first else None  # never the text around it
    return [_value_finding(column, EMAIL, mask, column.name.starts_or_ends(EMAIL_NAMES),
                           example)]


def _find_phones(column: _Column, text: TextMatches) -> List[Finding]:
    named = column.name.contains(PHONE_NAMES) or column.name.has_token(PHONE_TOKENS)
    shaped = column.fullmatch(_PHONE_SHAPE, PHONE_LENGTHS)
    compact = column.values[shaped].str.replace(_PHONE_SEPARATORS, "", regex=True)
    mask = np.zeros(len(shaped), dtype=bool)
    hits = compact.str.fullmatch(_PHONE_NUMBER)
    if named:
        hits = hits | compact.str.fullmatch(_PHONE_NUMBER_NAMED)
    mask[np.flatnonzero(shaped)] = hits.to_numpy(dtype=bool)
    example = column.first(mask) or text.examples.get("phone")
    return [_value_finding(column, PHONE, mask | text.phone, named, example)]


def _find_ibans(column: _Column, text: TextMatches) -> List[Finding]:
    shaped = column.fullmatch(_IBAN_SHAPE, IBAN_SHAPE_LENGTHS)
    mask = shaped.copy()
    mask[shaped] = [is_valid_iban(value) for value in column.values[shaped]]
    example = column.first(mask) or text.examples.get("iban")
    return [_value_finding(column, IBAN, mask | text.iban,
                           column.name.starts_or_ends(IBAN_NAMES), example)]


def _find_addresses(column: _Column, text: TextMatches) -> List[Finding]:
    named = column.name.contains(ADDRESS_NAMES) or column.name.squashed in ADDRESS_TOKENS
    street = column.match(_ANY_WORDS_HOUSE if named else _STREET_HOUSE, ADDRESS_LENGTHS)
    # a bare number is no street (CBS's 'omgevingsadressendichtheid' is an address density)
    street &= column.contains(_LETTER)
    pc6 = column.match(_PC6_HOUSE, ADDRESS_LENGTHS)
    return [_value_finding(column, STREET_HOUSE_NUMBER, street | text.address, named,
                           column.first(street) or text.examples.get("address")),
            _value_finding(column, PC6_HOUSE_NUMBER, pc6 | text.pc6_address, named,
                           column.first(pc6) or text.examples.get("pc6_address"))]


def _field_share(column: _Column, regex: re.Pattern) -> Tuple[float, int, np.ndarray]:
    mask = column.fullmatch(regex)
    share, count = column.share_count(mask)
    return share, count, mask


def _find_birth(column: _Column, text: TextMatches) -> List[Finding]:
    name = column.name
    if not (name.contains(BIRTH_WORDS) or name.has_token(BIRTH_TOKENS)):
        return []
    if name.contains(PLACE_WORDS):
        example = column.first(np.ones(len(column.values), dtype=bool)) or ""
        return [_name_finding(column, PLACE_OF_BIRTH, 1.0 if column.total else 0.0,
                              column.total, example, REASON_PLACE_OF_BIRTH)]
    date_share, date_count, dates = _field_share(column, _DATE)
    is_date_type = "date" in column.type_hint
    if date_share >= FIELD_VALUES_SHARE or (is_date_type and date_count):
        return [_value_finding(column, DATE_OF_BIRTH, dates, named=True)]
    year_share, _, years = _field_share(column, _YEAR)
    if name.contains(YEAR_WORDS) and year_share >= FIELD_VALUES_SHARE:
        return [_value_finding(column, BIRTH_YEAR, years, named=True)]
    if name.contains(DATE_WORDS) or name.has_token(BIRTH_TOKENS) or is_date_type:
        return [_name_finding(column, DATE_OF_BIRTH, date_share, date_count,
                              column.first(dates) or "")]
    return []  # geboorteland: not a date, and a country is shared by millions


def _find_name_field(column: _Column, text: TextMatches) -> List[Finding]:
    name = column.name
    has_name_word = name.starts_or_ends(NAME_WORDS)
    example = column.first(np.ones(len(column.values), dtype=bool)) or ""
    share = 1.0 if column.total else 0.0
    if name.contains(PERSON_NAME_WORDS) or (has_name_word and name.contains(PERSON_ROLE_WORDS)):
        return [_name_finding(column, PERSON_NAME_FIELD, share, column.total, example)]
    names = _person_names(column, text)
    if names:
        return names
    if has_name_word and not name.contains(NOT_PERSON_WORDS):
        return [_name_finding(column, NAME_FIELD, share, column.total, example,
                              REASON_NAME_FIELD)]
    return []


def _person_names(column: _Column, text: TextMatches) -> List[Finding]:
    """A column of person names, or of records naming a person with an address or number."""
    if column.name.contains(NOT_PERSON_WORDS) or _free_text_shape(column)[0]:
        return []
    record = text.person & (text.address | text.bsn | text.phone | text.iban)
    mask = text.name_only | record
    finding = _sampled_finding(column, PERSON_NAME, mask, text)
    if finding is None or finding.share < NAME_MIN_SHARE:
        return []
    return [finding]


def _sampled_finding(column: _Column, kind: str, mask: np.ndarray,
                     text: TextMatches) -> Optional[Finding]:
    """A finding from the values deduce read (shares of that sample), with the name found
    as the masked example."""
    scanned = text.scanned if text.method == METHOD_DEDUCE else np.ones(len(mask), bool)
    _, count = column.share_count(mask)
    _, total = column.share_count(scanned | mask)
    if count == 0:
        return None
    return Finding(
        field=column.name.name, kind=kind, label=_tr(LABELS[kind]), severity=SEVERITY[kind],
        share=count / total, count=count,
        example=mask_value(kind, text.examples.get("person") or column.first(mask)),
        reason=_tr(REASON_VALUES).format(count=count, total=total, pattern=_tr(PATTERNS[kind])),
    )


def _free_text_shape(column: _Column) -> Tuple[bool, bool, np.ndarray]:
    """(is free text, named like free text, values with a space)."""
    spaced = column.contains(_WHITESPACE)
    if column.total == 0:
        return False, False, spaced
    space_share, _ = column.share_count(spaced)
    mean_length = float((column.lengths * column.counts).sum()) / column.total
    varied = len(column.values) / column.total >= FREE_TEXT_MIN_DISTINCT
    named = column.name.contains(FREE_TEXT_WORDS) or column.name.has_token(FREE_TEXT_TOKENS)
    if named and (varied or mean_length >= FREE_TEXT_MIN_LENGTH):
        return True, True, spaced
    unnamed = (column.total >= MIN_MATCH_COUNT and varied
               and mean_length >= FREE_TEXT_MIN_LENGTH and space_share >= FREE_TEXT_MIN_SPACES)
    return unnamed, False, spaced


def _find_free_text(column: _Column, text: TextMatches) -> List[Finding]:
    is_free, named, spaced = _free_text_shape(column)
    if not is_free:
        return []
    personal = _sampled_finding(column, FREE_TEXT_PERSONAL, text.person | text.born_in, text)
    if personal is not None and (personal.share >= MIN_MATCH_SHARE
                                 or personal.count >= MIN_MATCH_COUNT):
        return [personal]
    if named:
        space_share, space_count = column.share_count(spaced)
        return [_name_finding(column, FREE_TEXT, space_share, space_count,
                              column.first(spaced) or "", REASON_FREE_TEXT_NAME)]
    return [_value_finding(column, FREE_TEXT, spaced, named=False)]


_DETECTORS = (_find_bsn, _find_plates, _find_emails, _find_phones, _find_ibans, _find_addresses,
              _find_birth, _find_name_field, _find_free_text)


class _WholeValueChecks:
    """The checks of this module that :mod:`core.privacy_text` applies inside text."""

    is_valid_bsn = staticmethod(lambda text: is_valid_bsn(text))
    is_valid_iban = staticmethod(lambda text: is_valid_iban(text))
    is_phone = staticmethod(lambda compact: bool(_PHONE_NUMBER.fullmatch(compact)))

    email = _EMAIL
    address_patterns = (None, None)  # set below, once the patterns exist

    @staticmethod
    def address_in(text: str) -> Optional[str]:
        """The first street + house number inside ``text``."""
        found = _STREET_HOUSE_IN_TEXT.search(text)
        return found.group(0) if found else None

    @staticmethod
    def pc6_in(text: str) -> Optional[str]:
        """The first PC6 + house number inside ``text``."""
        found = _PC6_HOUSE_IN_TEXT.search(text)
        return found.group(0) if found else None


_WholeValueChecks.address_patterns = (_STREET_HOUSE_IN_TEXT, _PC6_HOUSE_IN_TEXT)


def redact_values(values: Sequence, use_deduce: Optional[bool] = None) -> List[Optional[str]]:
    """Free text with what points at persons replaced by tags: names and locations by deduce
    (when installed or asked for), BSNs, phone numbers, e-mail addresses, IBANs and street or
    PC6 + house numbers by the patterns (see :func:`core.privacy_text.redact_text`). Values
    that are not text (numbers, NULL) come back as they are.

    Examples
    --------
    >>> redact_values(["Bel 06-12345678 of mail a@b.nl"], use_deduce=False)
    ['Bel [TELEFOONNUMMER] of mail [EMAIL]']
    """
    use_deduce = resolve_use_deduce(use_deduce)
    return [redact_text(v, _WholeValueChecks, use_deduce) if isinstance(v, str) else v
            for v in values]


def free_text_fields(result: ScanResult) -> List[str]:
    """Fields the scan took for free text (with or without personal data in it)."""
    return _unique(f.field for f in result.findings if f.kind in (FREE_TEXT,
                                                                  FREE_TEXT_PERSONAL))


def _scan_column(column: _Column, use_deduce: bool) -> List[Finding]:
    text = find_in_text(column.values, use_deduce, _WholeValueChecks)
    found = []
    for detect in _DETECTORS:
        found.extend(f for f in detect(column, text) if f is not None)
    return found


# --- Field pairs ------------------------------------------------------------------------------

def _is_house_number_field(column: _Column) -> bool:
    """A house-number field, not a combined one such as 'pc6_huisnummer' (scanned by value)."""
    name = column.name
    return name.starts_or_ends(HOUSE_NUMBER_NAMES) and not (
        name.has_token(POSTCODE_NAMES) or name.has_token(STREET_NAMES))


def _is_pc6_field(column: _Column) -> bool:
    if not column.name.has_token(POSTCODE_NAMES):
        return False
    share, _, _ = _field_share(column, _PC6)
    return column.name.has_token(("pc6", "postcode6")) or share >= FIELD_VALUES_SHARE


def _pair_findings(columns: Sequence[_Column]) -> List[Finding]:
    """House numbers next to a street or PC6 field give addresses; alone they are a warning."""
    numbers = [c for c in columns if _is_house_number_field(c)]
    streets = [c for c in columns if c.name.has_token(STREET_NAMES) and c not in numbers]
    postcodes = [c for c in columns if _is_pc6_field(c) and c not in numbers]
    found = []
    for number in numbers:
        pairs = [(STREET_HOUSE_NUMBER, s) for s in streets[:1]] + \
                [(PC6_HOUSE_NUMBER, p) for p in postcodes[:1]]
        for kind, other in pairs:
            found.append(_pair_finding(number, other, kind))
        if not pairs:
            found.append(_name_finding(number, HOUSE_NUMBER_FIELD, 1.0 if number.total else 0.0,
                                       number.total, reason=REASON_HOUSE_NUMBER_ONLY))
    return found


def _pair_finding(number: _Column, other: _Column, kind: str) -> Finding:
    return Finding(
        field=number.name.name, kind=kind, label=_tr(LABELS[kind]), severity=SEVERITY[kind],
        share=1.0 if number.total else 0.0, count=number.total, example="",
        reason=_tr(REASON_FIELD_PAIR).format(other=other.name.name, field=number.name.name,
                                             label=_tr(LABELS[kind])),
        source=SOURCE_FIELD_PAIR, related_fields=(other.name.name,),
    )


# --- Entry point ------------------------------------------------------------------------------

def scan_table(columns, sample_limit: int = DEFAULT_SAMPLE_LIMIT,
               field_types: Optional[Mapping[str, str]] = None,
               use_deduce: Optional[bool] = None) -> ScanResult:
    """Scan field names and values for personal data.

    ``columns`` is a mapping of field name -> sequence of values (or a pandas DataFrame).
    ``field_types`` optionally maps field names to type names (e.g. QGIS ``'Date'``); a date
    type makes a birth-named field a date of birth even when its values look unusual.
    Up to ``sample_limit`` non-null values per field are scanned (a fixed random sample).
    ``use_deduce``: find names and addresses in values with the optional library deduce
    (None: when it is installed; see :mod:`core.privacy_text`).

    Examples
    --------
    >>> scan_table({"info": ["BSN 123456782"]}).verdict
    'fail'
    """
    use_deduce = resolve_use_deduce(use_deduce)
    items = columns.items() if isinstance(columns, (pd.DataFrame, Mapping)) else columns
    field_types = field_types or {}
    scanned = [_column(name, values, sample_limit, field_types.get(name, ""))
               for name, values in items]
    findings = [f for column in scanned for f in _scan_column(column, use_deduce)]
    findings += _pair_findings(scanned)
    order = {column.name.name: i for i, column in enumerate(scanned)}
    findings.sort(key=lambda f: (f.severity != IDENTIFIER, order[f.field],
                                 KIND_ORDER.index(f.kind)))
    return ScanResult(
        findings=tuple(findings),
        fields=tuple(column.name.name for column in scanned),
        values_scanned={column.name.name: column.total for column in scanned},
        sample_limit=sample_limit,
        method=METHOD_DEDUCE if use_deduce else METHOD_PATTERNS,
    )
