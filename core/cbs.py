"""The CBS "Wijk- en buurtkaart" (Kerncijfers wijken en buurten) as a monitor needs it.

Statistics Netherlands (CBS) publishes every year a map of all municipalities (gemeenten),
districts (wijken) and neighbourhoods (buurten) with key figures, as a GeoPackage on PDOK
(``wijkenbuurten_<year>_v<n>.gpkg``, layers ``gemeenten``, ``wijken``, ``buurten``) and
through PDOK's OGC API Features. Three traps catch a user who reads it as it is:

- **Renamed fields.** The files of 2019 and 2020 (made from the CBS shapefiles) use short
  upper-case names (``AANT_INW``, ``BU_CODE``); from 2021 the GeoPackage uses long names
  (``aantal_inwoners``, ``buurtcode``), and a few long names changed again later.
  :data:`FIELDS` maps every field a monitor uses to its name per year, in one place.
- **Sentinels.** A value CBS keeps secret or does not know is not empty but a large negative
  number, e.g. ``-99999999``; averaged as it is, it wrecks every mean. :func:`replace_sentinels`
  turns them into NaN and counts them per field.
- **Codes.** Areas are identified by ``GM`` + 4 digits (gemeente), ``WK`` + 6 (wijk; the first
  four are the municipality's) and ``BU`` + 8 (buurt; the first six are the wijk's); StatLine
  pads them with spaces. :func:`level_of_code` and :func:`municipality_of_code` read them.

Sources (see also scripts/make_cbs_fixtures.py, which writes test files from these rules):
CBS, "Toelichting Wijk- en Buurtkaart 2020, 2021 en 2022" and the StatLine table descriptions
of "Kerncijfers wijken en buurten" (84583NED for 2019, 85318NED for 2022, 85984NED for 2024:
units such as "x 1 000 euro" and "%"); PDOK's product page "CBS Wijken en Buurten" (OGC API
per year). Field names were checked against public code that reads these files (the long
names, the layer names, the short-to-long pairs of 2019-2022); where no source confirmed a
name, its entry says so.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from . import choices
from .i18n import QT_TRANSLATE_NOOP, translate

YEARS = tuple(range(2019, 2026))  # the years this table knows
SHORT_NAME_YEARS = (2019, 2020)  # shapefile-era short names
LEVELS = choices.CBS_LEVELS.values  # load_cbs_neighbourhoods' options (core/choices.py)
LAYER_NAMES = {"gemeente": "gemeenten", "wijk": "wijken", "buurt": "buurten"}
CODE_PATTERNS = {"gemeente": re.compile(r"^GM\d{4}$"), "wijk": re.compile(r"^WK\d{6}$"),
                 "buurt": re.compile(r"^BU\d{8}$")}
CODE_FIELD = {"gemeente": "gemeentecode", "wijk": "wijkcode", "buurt": "buurtcode"}
NAME_FIELD = {"gemeente": "gemeentenaam", "wijk": "wijknaam", "buurt": "buurtnaam"}

# Kinds of values, each with its unit in English and Dutch (None: no unit).
UNITS = {
    "code": None, "text": None,
    "count": ("number", "aantal"),
    "percent": ("%", "%"),
    "thousand_euro": ("x 1,000 euro", "x 1.000 euro"),
    "per_km2": ("per km²", "per km²"),
    "hectare": ("ha", "ha"),
    "class": ("class", "klasse"),
    "per_1000": ("per 1,000 inhabitants", "per 1.000 inwoners"),
}

# --- Sentinels ----------------------------------------------------------------------------
# Values CBS writes instead of a number. The Wijk- en buurtkaart uses -99999999 (secret or
# unknown; the most common) and -99999997; -99999998 is listed for safety: the search tool
# could not confirm the meaning CBS gives each code, so all are read as "no value". CBS's
# postcode and square (vierkant) statistics use the short form -99997 (secret) and -99998.
# Any other whole number at or below -99,990 is no plausible CBS figure either (no field of
# these files is a debt of a hundred million euro) and is read as an undocumented code.
SENTINELS = (-99999999, -99999998, -99999997, -99998, -99997)
SENTINEL_CEILING = -99990

# Names people use for a municipality that CBS writes otherwise (name key -> CBS's name).
# CBS names municipalities by their official names (CBS, "Gemeentelijke indeling"); these
# two cities are better known by another. Spellings of 's- and case need no entry here.
NAME_ALIASES = {
    "den bosch": "'s-Hertogenbosch",
    "den haag": "'s-Gravenhage",
    "the hague": "'s-Gravenhage",
}

# --- User-facing strings (English source; Dutch in i18n/wijkradar_nl.ts) -----------------
ERROR_CODE = QT_TRANSLATE_NOOP(
    "CbsData", "'{}' is not a CBS area code: a municipality is GM and 4 digits (GM0363), a "
    "district WK and 6 (WK036300), a neighbourhood BU and 8 (BU03630000).")
ERROR_MUNICIPALITY = QT_TRANSLATE_NOOP(
    "CbsData", "The municipality '{}' is not in this file. Nearest matches: {}. Give the "
    "code (GM and 4 digits) or the name as CBS writes it.")
ERROR_NOT_CBS = QT_TRANSLATE_NOOP(
    "CbsData", "This is not a CBS wijk- en buurtkaart layer: it has no area code field ({}). "
    "Download the GeoPackage of a year (wijkenbuurten_2024_v1.gpkg) from PDOK (CBS Wijken en "
    "Buurten), or leave the file empty to fetch your municipality online.")
NOTE_UNKNOWN_YEAR = QT_TRANSLATE_NOOP(
    "CbsData", "The year of this file ({}) is not one Wijkradar knows (2019-2025): its fields "
    "are matched by every name they had in those years.")
NOTE_NO_YEAR = QT_TRANSLATE_NOOP(
    "CbsData", "The year of this file could not be told from a 'jaar' field or the file "
    "name; its fields are matched by every name they had in 2019-2025.")


@dataclass(frozen=True)
class CbsField:
    """A field of the Wijk- en buurtkaart.

    ``name`` is its name in the GeoPackage from 2021 (the name Wijkradar uses); ``short`` its
    name in the files of 2019 and 2020; ``renamed`` the names it had in other years
    (year -> name); ``confirmed`` False where no source confirmed the short name."""

    name: str
    short: str
    kind: str
    label_en: str
    label_nl: str
    renamed: Mapping[int, str] = field(default_factory=dict)
    confirmed: bool = True

    def name_in(self, year: int) -> str:
        """The field's name in the file of ``year``."""
        if year in self.renamed:
            return self.renamed[year]
        return self.short if year in SHORT_NAME_YEARS else self.name

    def all_names(self) -> List[str]:
        """Every name the field had, the current one first."""
        return list(dict.fromkeys([self.name, *self.renamed.values(), self.short]))


_BENEFIT_OLD = "aantal_personen_met_een_algemene_bijstandsuitkering_totaal"
# The field table: every field a monitor uses, with its names per year, unit and labels.
# Short names up to OPP_TOT come from a public list pairing the shapefile names with the
# long names; the short names marked confirmed=False are the CBS shapefile names as recalled,
# not checked. The bijstand field: both long spellings occur in public code reading these
# files; which year switched is not confirmed (taken here: 2023).
FIELDS: Tuple[CbsField, ...] = (
    CbsField("gemeentecode", "GM_CODE", "code", "Municipality code", "Gemeentecode"),
    CbsField("gemeentenaam", "GM_NAAM", "text", "Municipality", "Gemeentenaam"),
    CbsField("wijkcode", "WK_CODE", "code", "District code", "Wijkcode"),
    CbsField("wijknaam", "WK_NAAM", "text", "District", "Wijknaam"),
    CbsField("buurtcode", "BU_CODE", "code", "Neighbourhood code", "Buurtcode"),
    CbsField("buurtnaam", "BU_NAAM", "text", "Neighbourhood", "Buurtnaam"),
    CbsField("water", "H2O", "text", "Water only (JA/NEE)", "Alleen water (JA/NEE)"),
    CbsField("meest_voorkomende_postcode", "POSTCODE", "text", "Most common postcode",
             "Meest voorkomende postcode"),
    CbsField("dekkingspercentage", "DEK_PERC", "class", "Postcode coverage class",
             "Dekkingspercentage"),
    CbsField("omgevingsadressendichtheid", "OAD", "per_km2", "Address density of the "
             "surroundings", "Omgevingsadressendichtheid"),
    CbsField("stedelijkheid_adressen_per_km2", "STED", "class", "Urbanity (1 very strongly "
             "urban - 5 not urban)", "Stedelijkheid (1 zeer sterk - 5 niet stedelijk)"),
    CbsField("bevolkingsdichtheid_inwoners_per_km2", "BEV_DICHTH", "per_km2",
             "Population density", "Bevolkingsdichtheid"),
    CbsField("aantal_inwoners", "AANT_INW", "count", "Inhabitants", "Aantal inwoners"),
    CbsField("percentage_personen_15_tot_25_jaar", "P_15_24_JR", "percent",
             "Aged 15 to 25", "Personen 15 tot 25 jaar"),
    CbsField("percentage_personen_65_jaar_en_ouder", "P_65_EO_JR", "percent",
             "Aged 65 and over", "Personen 65 jaar en ouder"),
    CbsField("aantal_huishoudens", "AANTAL_HH", "count", "Households", "Aantal huishoudens"),
    CbsField("percentage_eenpersoonshuishoudens", "P_EENP_HH", "percent",
             "One-person households", "Eenpersoonshuishoudens"),
    CbsField("oppervlakte_totaal_in_ha", "OPP_TOT", "hectare", "Total area",
             "Oppervlakte totaal"),
    CbsField("oppervlakte_land_in_ha", "OPP_LAND", "hectare", "Land area", "Oppervlakte land"),
    CbsField("gemiddelde_woningwaarde", "WOZ", "thousand_euro", "Average home value (WOZ)",
             "Gemiddelde woningwaarde (WOZ)", confirmed=False),
    CbsField("percentage_koopwoningen", "P_KOOPWON", "percent", "Owner-occupied homes",
             "Koopwoningen", confirmed=False),
    CbsField("percentage_huurwoningen", "P_HUURWON", "percent", "Rented homes",
             "Huurwoningen", confirmed=False),
    CbsField("netto_arbeidsparticipatie", "NETTOARBPA", "percent", "Net labour participation",
             "Netto arbeidsparticipatie", confirmed=False),
    CbsField("gemiddeld_inkomen_per_inwoner", "INK_INW", "thousand_euro",
             "Average income per inhabitant", "Gemiddeld inkomen per inwoner",
             confirmed=False),
    CbsField("percentage_huishoudens_met_laag_inkomen", "P_LINK_HH", "percent",
             "Households with a low income", "Huishoudens met een laag inkomen",
             confirmed=False),
    CbsField("percentage_huishoudens_onder_of_rond_sociaal_minimum", "P_HH_SM", "percent",
             "Households at or below the social minimum",
             "Huishoudens onder of rond sociaal minimum", confirmed=False),
    CbsField("aantal_personen_met_een_alg_bijstandsuitkering_tot", "A_BIJSTAND", "count",
             "Persons on social assistance (bijstand)", "Personen met bijstandsuitkering",
             renamed={2021: _BENEFIT_OLD, 2022: _BENEFIT_OLD}, confirmed=False),
    CbsField("aantal_personen_met_een_ww_uitkering_totaal", "A_WW", "count",
             "Persons on unemployment benefit (WW)", "Personen met WW-uitkering",
             confirmed=False),
    CbsField("aantal_personen_met_een_ao_uitkering_totaal", "A_AO", "count",
             "Persons on disability benefit (AO)", "Personen met AO-uitkering",
             confirmed=False),
)
FIELDS_BY_NAME: Dict[str, CbsField] = {f.name: f for f in FIELDS}
BIJSTAND = "aantal_personen_met_een_alg_bijstandsuitkering_tot"


@dataclass(frozen=True)
class DerivedRate:
    """A rate computed from two CBS fields: ``numerator / denominator * scale``."""

    name: str
    numerator: str
    denominator: str
    scale: float
    kind: str
    label_en: str
    label_nl: str


# Rates a monitor needs that the file gives only as counts (or may leave secret).
DERIVED: Tuple[DerivedRate, ...] = (
    DerivedRate("bijstand_per_1000_inwoners", BIJSTAND, "aantal_inwoners", 1000.0, "per_1000",
                "Social assistance recipients", "Bijstandsontvangers"),
    DerivedRate("ww_per_1000_inwoners", "aantal_personen_met_een_ww_uitkering_totaal",
                "aantal_inwoners", 1000.0, "per_1000", "Unemployment benefit recipients",
                "WW-ontvangers"),
    DerivedRate("ao_per_1000_inwoners", "aantal_personen_met_een_ao_uitkering_totaal",
                "aantal_inwoners", 1000.0, "per_1000", "Disability benefit recipients",
                "AO-ontvangers"),
    DerivedRate("inwoners_per_km2_land", "aantal_inwoners", "oppervlakte_land_in_ha", 100.0,
                "per_km2", "Inhabitants per km² of land", "Inwoners per km² land"),
)


# --------------------------------------------------------------------------- field names


def label(name: str, language: str = "en") -> Optional[str]:
    """The label of a CBS field or derived rate with its unit, as a field alias.

    Examples
    --------
    >>> label("gemiddeld_inkomen_per_inwoner")
    'Average income per inhabitant (x 1,000 euro)'
    >>> label("aantal_inwoners", "nl")
    'Aantal inwoners (aantal)'
    """
    entry = FIELDS_BY_NAME.get(name) or next((d for d in DERIVED if d.name == name), None)
    if entry is None:
        return None
    text = entry.label_nl if language == "nl" else entry.label_en
    unit = UNITS[entry.kind]
    if unit is None:
        return text
    return f"{text} ({unit[1] if language == 'nl' else unit[0]})"


def names_in_year(year: int) -> Dict[str, str]:
    """Wijkradar's field name -> the field's name in the file of ``year`` (2019-2025).

    Examples
    --------
    >>> names_in_year(2019)["aantal_inwoners"], names_in_year(2024)["aantal_inwoners"]
    ('AANT_INW', 'aantal_inwoners')
    """
    if year not in YEARS:
        raise ValueError(f"No field names for {year}; known: {YEARS[0]}-{YEARS[-1]}.")
    return {f.name: f.name_in(year) for f in FIELDS}


@dataclass
class SchemaMatch:
    """How the columns of a file map onto the field table.

    ``fields``: Wijkradar's name -> the column that holds it; ``year``: the year the file is
    read as (None when unknown); ``renamed``: fields found under another year's name;
    ``notes``: sentences for the log."""

    fields: Dict[str, str]
    year: Optional[int]
    renamed: Dict[str, str] = field(default_factory=dict)
    notes: List[str] = field(default_factory=list)

    def level_codes(self) -> List[str]:
        """The levels whose code field the file has (gemeente, wijk, buurt)."""
        return [level for level in LEVELS if CODE_FIELD[level] in self.fields]


def year_from_text(text: str) -> Optional[int]:
    """A year 2000-2099 in a file name ('wijkenbuurten_2024_v1.gpkg' -> 2024), else None.

    Examples
    --------
    >>> year_from_text("wijkenbuurten_2024_v1.gpkg"), year_from_text("buurten.gpkg")
    (2024, None)
    """
    found = re.findall(r"(?<!\d)(20\d\d)(?!\d)", text or "")
    return int(found[-1]) if found else None


def match_schema(columns: Iterable[str], year: Optional[int] = None) -> SchemaMatch:
    """Maps ``columns`` onto the field table, reading the file as of ``year``.

    Names are compared case-insensitively. For a known year, each field is looked up by its
    name of that year first and then by its names of other years (noted in ``renamed``: a
    file of one year with a field of another). For an unknown or missing year every name is
    tried, and a note says so.

    Examples
    --------
    >>> match = match_schema(["BU_CODE", "AANT_INW", "geom"], 2019)
    >>> match.fields
    {'buurtcode': 'BU_CODE', 'aantal_inwoners': 'AANT_INW'}
    >>> match_schema(["buurtcode", "aantal_inwoners"], 2031).notes[0][:30]
    'The year of this file (2031) i'
    """
    by_lower = {}
    for column in columns:
        by_lower.setdefault(column.lower(), column)
    known = year in YEARS
    notes = []
    if year is None:
        notes.append(translate("CbsData", NOTE_NO_YEAR))
    elif not known:
        notes.append(translate("CbsData", NOTE_UNKNOWN_YEAR).format(year))
    fields, renamed = {}, {}
    for entry in FIELDS:
        expected = entry.name_in(year) if known else None
        if expected is not None and expected.lower() in by_lower:
            fields[entry.name] = by_lower[expected.lower()]
            continue
        found = next((by_lower[n.lower()] for n in entry.all_names() if n.lower() in by_lower),
                     None)
        if found is not None:
            fields[entry.name] = found
            if known:
                renamed[entry.name] = found
    return SchemaMatch(fields, year if known else None, renamed, notes)


def require_cbs_schema(match: SchemaMatch) -> None:
    """Refuses columns without a CBS area code field (not a Wijk- en buurtkaart layer)."""
    if not match.level_codes():
        names = ", ".join(f"{CODE_FIELD[level]}/{FIELDS_BY_NAME[CODE_FIELD[level]].short}"
                          for level in LEVELS)
        raise ValueError(translate("CbsData", ERROR_NOT_CBS).format(names))


def layer_for_level(layer_names: Sequence[str], level: str) -> Optional[str]:
    """The layer of a CBS GeoPackage that holds ``level``: 'buurten' (2021+), or a name
    holding 'buurt' ('buurt_2019_v3' in a converted shapefile), else None.

    Examples
    --------
    >>> layer_for_level(["gemeenten", "wijken", "buurten"], "wijk")
    'wijken'
    >>> layer_for_level(["buurt_2019_v3", "wijk_2019_v3"], "buurt")
    'buurt_2019_v3'
    """
    wanted = LAYER_NAMES[level]
    for name in layer_names:
        if name.lower() == wanted:
            return name
    candidates = [name for name in layer_names if level in name.lower()
                  and not (level == "wijk" and "buurt" in name.lower())]
    return candidates[0] if candidates else None


# --------------------------------------------------------------------------- sentinels


def sentinel_mask(values) -> np.ndarray:
    """True where a value is a CBS sentinel (a documented code, or any other whole number
    at or below -99,990); NaN and text are not sentinels.

    Examples
    --------
    >>> sentinel_mask([12.5, -99999999, -99999997, -0.7, None]).tolist()
    [False, True, True, False, False]
    """
    numbers = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy(float)
    with np.errstate(invalid="ignore"):
        whole = np.isfinite(numbers) & (np.floor(numbers) == numbers)
        return whole & (numbers <= SENTINEL_CEILING) & (numbers >= min(SENTINELS))


@dataclass
class SentinelReport:
    """Sentinels found per field: field -> {code: count}."""

    per_field: Dict[str, Dict[int, int]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(sum(codes.values()) for codes in self.per_field.values())

    def lines(self) -> List[str]:
        """'aantal_inwoners: 2 (-99999999: 2)' per field with sentinels, most first."""
        ordered = sorted(self.per_field.items(), key=lambda item: -sum(item[1].values()))
        return [f"{name}: {sum(codes.values())} (" + ", ".join(
            f"{code}: {count}" for code, count in sorted(codes.items())) + ")"
            for name, codes in ordered]


def replace_sentinels(frame: pd.DataFrame, columns: Optional[Sequence[str]] = None
                      ) -> Tuple[pd.DataFrame, SentinelReport]:
    """A copy of ``frame`` with every CBS sentinel in ``columns`` (default: the numeric
    columns) replaced by NaN, and the count of each code per column.

    Examples
    --------
    >>> frame = pd.DataFrame({"inkomen": [31.2, -99999999, 28.0],
    ...                       "laag": [-99999997, 12.0, -99999997]})
    >>> clean, report = replace_sentinels(frame)
    >>> clean["inkomen"].tolist(), report.per_field["laag"]
    ([31.2, nan, 28.0], {-99999997: 2})
    """
    clean = frame.copy()
    if columns is None:
        columns = [c for c in frame.columns if pd.api.types.is_numeric_dtype(frame[c])]
    report = SentinelReport()
    for name in columns:
        mask = sentinel_mask(frame[name].to_numpy())
        if mask.any():
            codes = pd.Series(pd.to_numeric(frame[name][mask]).astype("int64")).value_counts()
            report.per_field[name] = {int(code): int(n) for code, n in codes.items()}
            clean[name] = pd.to_numeric(clean[name], errors="coerce").where(~mask)
    return clean, report


# --------------------------------------------------------------------------- area codes


def clean_code(code) -> str:
    """An area code without padding, upper case ('GM0758    ' -> 'GM0758').

    >>> clean_code("gm0758    ")
    'GM0758'
    """
    return str(code).strip().upper() if code is not None else ""


def level_of_code(code) -> Optional[str]:
    """'gemeente', 'wijk' or 'buurt' for a well-formed code, else None.

    Examples
    --------
    >>> level_of_code("BU03630001"), level_of_code("WK036300  "), level_of_code("BU0363")
    ('buurt', 'wijk', None)
    """
    text = clean_code(code)
    return next((level for level, pattern in CODE_PATTERNS.items() if pattern.match(text)),
                None)


def check_code(code) -> str:
    """The cleaned code; a ValueError saying what a CBS code looks like when it is none.

    >>> check_code("BU03630001 ")
    'BU03630001'
    >>> try:
    ...     check_code("Breda")
    ... except ValueError as error:
    ...     print(error)  # doctest: +NORMALIZE_WHITESPACE
    'Breda' is not a CBS area code: a municipality is GM and 4 digits (GM0363), a district
    WK and 6 (WK036300), a neighbourhood BU and 8 (BU03630000).
    """
    text = clean_code(code)
    if level_of_code(text) is None:
        raise ValueError(translate("CbsData", ERROR_CODE).format(code))
    return text


def municipality_of_code(code) -> str:
    """The municipality code of any area code ('BU03630001' -> 'GM0363').

    Examples
    --------
    >>> municipality_of_code("BU03630001"), municipality_of_code("WK036300")
    ('GM0363', 'GM0363')
    """
    return "GM" + check_code(code)[2:6]


def wijk_of_code(code) -> str:
    """The district code of a neighbourhood code ('BU03630001' -> 'WK036300').

    >>> wijk_of_code("BU03630001")
    'WK036300'
    """
    text = check_code(code)
    if not text.startswith("BU"):
        raise ValueError(translate("CbsData", ERROR_CODE).format(code))
    return "WK" + text[2:8]


def municipality_code(text) -> Optional[str]:
    """A municipality code as users type it, normalised ('gm363', '0363', '363' ->
    'GM0363'); None when the text is no code (then it is a name).

    Examples
    --------
    >>> municipality_code("gm 363"), municipality_code("0363"), municipality_code("Utrecht")
    ('GM0363', 'GM0363', None)
    """
    compact = re.sub(r"\s+", "", str(text or "")).upper()
    found = re.fullmatch(r"(?:GM)?(\d{1,4})", compact)
    return f"GM{int(found.group(1)):04d}" if found else None


def name_key(name) -> str:
    """A municipality name as names are compared: case, accents, apostrophes, hyphens,
    brackets and extra spaces do not count.

    Examples
    --------
    >>> name_key("'s-Hertogenbosch"), name_key("  S Hertogenbosch"), name_key("Súdwest-Fryslân")
    ('s hertogenbosch', 's hertogenbosch', 'sudwest fryslan')
    >>> name_key("Bergen (NH.)")
    'bergen nh'
    """
    letters = unicodedata.normalize("NFKD", str(name or "")).casefold()
    letters = "".join(char for char in letters if not unicodedata.combining(char))
    return " ".join(re.findall(r"[^\W_]+", letters))


def likely_cbs_name(query) -> str:
    """The name CBS most likely writes for a typed one, for a server that compares names
    exactly: without outer spaces, another name people use replaced by CBS's and a leading
    's- written as CBS writes it. :func:`find_municipality` compares forgivingly.

    Examples
    --------
    >>> likely_cbs_name(" Den Bosch"), likely_cbs_name("s gravenhage")
    ("'s-Hertogenbosch", "'s-Gravenhage")
    >>> likely_cbs_name("  Utrecht ")
    'Utrecht'
    """
    typed = " ".join(str(query or "").split())
    alias = NAME_ALIASES.get(name_key(typed))
    if alias:
        return alias
    prefix = re.fullmatch(r"['\u2018\u2019`\u00b4]?s[\s-]+(\w.*)", typed, flags=re.IGNORECASE)
    if prefix:
        rest = prefix.group(1)
        return "'s-" + rest[:1].upper() + rest[1:]
    return typed


def _codes_by_name(known: Mapping[str, str]) -> Dict[str, str]:
    """Name key -> municipality code: every name of ``known`` (code -> name), also without
    its 's- ('hertogenbosch') and under the other names people use (:data:`NAME_ALIASES`)."""
    codes = {}
    for code, name in known.items():
        codes.setdefault(name_key(name), code)
    for key, code in list(codes.items()):
        if key.startswith("s "):
            codes.setdefault(key[2:], code)
    for alias, name in NAME_ALIASES.items():
        if name_key(name) in codes:
            codes.setdefault(alias, codes[name_key(name)])
    return codes


def resolve_municipality(query, known: Mapping[str, str]) -> Optional[str]:
    """The code of the municipality ``query`` names among ``known`` (code -> name): a code
    as users type it ('363', 'gm0363') or a name compared by :func:`name_key` (also a name
    people use for it, such as 'Den Bosch'); None when none fits.

    Examples
    --------
    >>> known = {"GM0796": "'s-Hertogenbosch", "GM1900": "Súdwest-Fryslân"}
    >>> [resolve_municipality(q, known) for q in ("Den Bosch", "s-hertogenbosch ",
    ...                                            "SUDWEST FRYSLAN", "Sneek")]
    ['GM0796', 'GM0796', 'GM1900', None]
    """
    code = municipality_code(query)
    if code is not None and code in known:
        return code
    return _codes_by_name(known).get(name_key(query))


def find_municipality(query: str, known: Mapping[str, str]) -> str:
    """The code of the municipality ``query`` names (see :func:`resolve_municipality`)
    among ``known`` (code -> name); a ValueError naming the nearest matches when it is not
    there.

    Examples
    --------
    >>> known = {"GM0363": "Amsterdam", "GM0344": "Utrecht"}
    >>> find_municipality("utrecht", known), find_municipality("363", known)
    ('GM0344', 'GM0363')
    """
    code = resolve_municipality(query, known)
    if code is not None:
        return code
    raise ValueError(translate("CbsData", ERROR_MUNICIPALITY).format(
        query, ", ".join(nearest_municipalities(query, known)) or "-"))


def nearest_municipalities(query: str, known: Mapping[str, str], n: int = 5) -> List[str]:
    """The ``n`` municipalities most like ``query``, as 'Name (GMxxxx)', by name (compared
    as :func:`name_key` compares them) or code.

    >>> known = {"GM0758": "Breda", "GM0363": "Amsterdam", "GM0599": "Rotterdam"}
    >>> nearest_municipalities("Bredda", known, n=2), nearest_municipalities("0363", known, 1)
    (['Breda (GM0758)', 'Rotterdam (GM0599)'], ['Amsterdam (GM0363)'])
    """
    codes = _codes_by_name(known)
    close = difflib.get_close_matches(name_key(query), list(codes), n, 0.5)
    picked = [codes[key] for key in close]
    code = municipality_code(query)
    if code:
        picked += difflib.get_close_matches(code, list(known), n, 0.6)
    return [f"{known[c]} ({c})" for c in dict.fromkeys(picked)][:n]


# --------------------------------------------------------------------------- derived rates


def derived_rates(frame: pd.DataFrame) -> pd.DataFrame:
    """The rates of :data:`DERIVED` whose fields ``frame`` has (columns named as in the field
    table, sentinels already NaN): NaN where a value is missing or the denominator is 0.

    Examples
    --------
    >>> frame = pd.DataFrame({"aantal_inwoners": [2000, 0, 500],
    ...                       BIJSTAND: [40, 0, np.nan]})
    >>> derived_rates(frame)["bijstand_per_1000_inwoners"].tolist()
    [20.0, nan, nan]
    """
    rates = pd.DataFrame(index=frame.index)
    for rate in DERIVED:
        if rate.numerator not in frame.columns or rate.denominator not in frame.columns:
            continue
        top = pd.to_numeric(frame[rate.numerator], errors="coerce").astype(float)
        bottom = pd.to_numeric(frame[rate.denominator], errors="coerce").astype(float)
        rates[rate.name] = (top / bottom.where(bottom > 0) * rate.scale).round(2)
    return rates
