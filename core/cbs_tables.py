"""Registered crime per wijk and buurt (CBS/police StatLine) and Leefbaarometer scores.

Registered crime. The police publish, through CBS StatLine (catalogue "Politie"), the
registered crimes per municipality, wijk and buurt: table **47018NED** per year and
**47022NED** per month ("Geregistreerde misdrijven; soort misdrijf, wijk en buurt"). A user
gets them in two shapes, both read here into one :class:`CrimeTable`:

- the **StatLine CSV export**: ';'-separated, every value quoted, dimension titles instead of
  codes ("1.1.1 Diefstal/inbraak woning", "2023", "2023 januari", a provisional period with a
  '*'), StatLine's symbols for missing figures ('.' unknown or secret, 'x' secret, '-' nil),
  sometimes title lines above the header and a source line below the table
  (:func:`read_statline_csv`);
- the **OData JSON** of ``https://dataderden.cbs.nl/ODataApi/odata/47018NED/TypedDataSet``
  (CBS's catalogue "Politie"): ``{"odata.metadata": ..., "value": [rows],
  "odata.nextLink": url}``, rows ``{"ID", "SoortMisdrijf": "1.1.1 ", "WijkenEnBuurten":
  "BU03630001", "Perioden": "2023JJ00" or "2023MM01", "GeregistreerdeMisdrijven_1": n}``,
  codes padded with spaces, at most 10,000 rows a page (:func:`read_odata_pages`).

A table holds the municipality's total, its wijken and its buurten at once, and the total of
all crime types (0.0.0) beside the types: :func:`crime_long` keeps one level and never adds
the total to its parts.

Leefbaarometer 3.0 (Ministerie van BZK): the open-data scores CSV per buurt ("Leefbaarometer-
scores buurten 2002-2024.csv": bu_code, bu_naam, jaar, lbm, afw, fys, onv, soc, vrz, won),
per PC4 (PC4, ...) or per 100 m grid cell (:func:`read_leefbaarometer`).
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from . import cbs
from .i18n import QT_TRANSLATE_NOOP, translate

TOTAL_CODE = "0.0.0"
# The crime types of 47018NED/47022NED (SoortMisdrijf): code -> (Dutch title as StatLine
# writes it, English). Titles as in the tables' own labels ("1.1.1 Diefstal/inbraak woning",
# "1.2.3 Diefstal van brom-, snor-, fietsen", "2.2.1 Vernieling cq. zaakbeschadiging", ...,
# confirmed in public code reading the table); the English names are Wijkradar's.
CRIME_TYPES: Dict[str, Tuple[str, str]] = {
    "0.0.0": ("Totaal misdrijven", "All crimes"),
    "1.1.1": ("Diefstal/inbraak woning", "Burglary / theft from a home"),
    "1.1.2": ("Diefstal/inbraak box/garage/schuur", "Burglary of a shed, box or garage"),
    "1.2.1": ("Diefstal uit/vanaf motorvoertuigen", "Theft from motor vehicles"),
    "1.2.2": ("Diefstal van motorvoertuigen", "Theft of motor vehicles"),
    "1.2.3": ("Diefstal van brom-, snor-, fietsen", "Theft of bicycles and mopeds"),
    "1.2.4": ("Zakkenrollerij", "Pickpocketing"),
    "1.2.5": ("Diefstal af/uit/van ov. voertuigen", "Theft from or of other vehicles"),
    "1.3.1": ("Ongevallen (weg)", "Road accidents"),
    "1.4.1": ("Zedenmisdrijf", "Sexual offence"),
    "1.4.2": ("Moord, doodslag", "Murder, manslaughter"),
    "1.4.3": ("Openlijk geweld (persoon)", "Public violence against persons"),
    "1.4.4": ("Bedreiging", "Threat"),
    "1.4.5": ("Mishandeling", "Assault"),
    "1.4.6": ("Straatroof", "Street robbery"),
    "1.4.7": ("Overval", "Hold-up robbery"),
    "1.5.2": ("Diefstallen (water)", "Thefts (water)"),
    "1.6.1": ("Brand/ontploffing", "Arson / explosion"),
    "1.6.2": ("Overige vermogensdelicten", "Other property crime"),
    "1.6.3": ("Mensenhandel", "Human trafficking"),
    "2.1.1": ("Drugs/drankoverlast", "Drug or alcohol nuisance"),
    "2.2.1": ("Vernieling cq. zaakbeschadiging", "Vandalism, criminal damage"),
    "2.4.1": ("Burengerucht (relatieproblemen)", "Domestic disturbance"),
    "2.4.2": ("Huisvredebreuk", "Trespass in a home"),
    "2.5.1": ("Diefstal/inbraak bedrijven enz.", "Burglary of businesses"),
    "2.5.2": ("Winkeldiefstal", "Shoplifting"),
    "2.6.1": ("Inrichting Wet Milieubeheer", "Environmental permit offences"),
    "2.6.2": ("Bodem", "Soil"),
    "2.6.3": ("Water", "Water"),
    "2.6.4": ("Afval", "Waste"),
    "2.6.5": ("Bouwstoffen", "Building materials"),
    "2.6.7": ("Mest", "Manure"),
    "2.6.8": ("Transport gevaarlijke stoffen", "Transport of dangerous goods"),
    "2.6.9": ("Vuurwerk", "Fireworks"),
    "2.6.10": ("Bestrijdingsmiddelen", "Pesticides"),
    "2.6.11": ("Natuur en landschap", "Nature and landscape"),
    "2.6.12": ("Ruimtelijke ordening", "Spatial planning"),
    "2.6.13": ("Dieren", "Animals"),
    "2.6.14": ("Voedselveiligheid", "Food safety"),
    "2.7.2": ("Bijzondere wetten", "Special laws"),
    "2.7.3": ("Leefbaarheid (overig)", "Liveability (other)"),
    "3.1.1": ("Drugshandel", "Drug trafficking"),
    "3.1.2": ("Mensensmokkel", "People smuggling"),
    "3.1.3": ("Wapenhandel", "Arms trafficking"),
    "3.2.1": ("Kinderporno", "Child sexual abuse material"),
    "3.2.2": ("Kinderprostitutie", "Child prostitution"),
    "3.3.2": ("Onder invloed (lucht)", "Under the influence (air)"),
    "3.3.5": ("Lucht (overig)", "Air (other)"),
    "3.4.2": ("Onder invloed (water)", "Under the influence (water)"),
    "3.5.2": ("Onder invloed (weg)", "Under the influence (road)"),
    "3.5.5": ("Weg (overig)", "Road (other)"),
    "3.6.4": ("Aantasting openbare orde", "Public order offences"),
    "3.7.1": ("Discriminatie", "Discrimination"),
    "3.7.2": ("Vreemdelingenzorg", "Immigration offences"),
    "3.7.3": ("Maatschappelijke integriteit (overig)", "Public integrity (other)"),
    "3.7.4": ("Cybercrime", "Cybercrime"),
    "3.9.1": ("Horizontale fraude", "Horizontal fraud"),
    "3.9.2": ("Verticale fraude", "Vertical fraud"),
    "3.9.3": ("Fraude (overig)", "Fraud (other)"),
}
MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december")
# Header names of the dimensions and the measure, as StatLine's CSV and the OData write them.
CRIME_HEADER = ("soort misdrijf", "soortmisdrijf")
REGION_HEADER = ("wijken en buurten", "wijkenenbuurten", "regio's", "regios")
PERIOD_HEADER = ("perioden",)
MEASURE_PREFIX = ("geregistreerde misdrijven", "geregistreerdemisdrijven")
# StatLine's symbols: '.' unknown, not reliable enough or secret; 'x' secret (older tables);
# '' cannot occur; '-' nil (zero).
MISSING_SYMBOLS = {".", "x", "", "…"}
NIL_SYMBOLS = {"-", "–"}

ERROR_NO_HEADER = QT_TRANSLATE_NOOP(
    "CbsTables", "No header with the columns 'Soort misdrijf', 'Wijken en buurten' and "
    "'Perioden' found in the first {} lines. Export the StatLine table 47018NED or 47022NED "
    "as CSV with these three dimensions in columns.")
ERROR_NO_MEASURE = QT_TRANSLATE_NOOP(
    "CbsTables", "The table has no column 'Geregistreerde misdrijven'. Columns: {}.")
ERROR_PERIOD = QT_TRANSLATE_NOOP(
    "CbsTables", "Cannot read the period '{}': expected a year (2023, 2023JJ00) or a month "
    "(2023 januari, 2023MM01).")
ERROR_MIXED = QT_TRANSLATE_NOOP(
    "CbsTables", "The table mixes years and months; adding them up would count crimes twice. "
    "Export the yearly table (47018NED) or the monthly one (47022NED), not both.")
ERROR_EMPTY = QT_TRANSLATE_NOOP("CbsTables", "The table holds no rows of registered crime.")
ERROR_NOT_ODATA = QT_TRANSLATE_NOOP(
    "CbsTables", "This JSON is not a CBS OData page: it has no 'value' list of rows with "
    "SoortMisdrijf, WijkenEnBuurten and Perioden.")
ERROR_OTHER_MUNICIPALITY = QT_TRANSLATE_NOOP(
    "CbsTables", "The crime table is for {} but the areas are in {}: download the table for "
    "your own municipality.")
ERROR_NO_LEVEL = QT_TRANSLATE_NOOP(
    "CbsTables", "The crime table holds no {} rows of this municipality (it has: {}). Choose "
    "areas of a level the table has.")
ERROR_LBM_ID = QT_TRANSLATE_NOOP(
    "CbsTables", "The Leefbaarometer file has no area column (bu_code, wk_code, gm_code, PC4, "
    "grid_id or gridcode). Columns: {}.")
ERROR_LBM_SCORES = QT_TRANSLATE_NOOP(
    "CbsTables", "The Leefbaarometer file has no score column (lbm, afw, fys, onv, soc, vrz, "
    "won). Columns: {}.")


# --------------------------------------------------------------------------- crime types


def crime_name(code: str, language: str = "en") -> str:
    """The name of a crime type code ('1.1.1' -> 'Burglary / theft from a home').

    Examples
    --------
    >>> crime_name("1.2.3"), crime_name("1.2.3", "nl")
    ('Theft of bicycles and mopeds', 'Diefstal van brom-, snor-, fietsen')
    """
    names = CRIME_TYPES.get(code)
    if names is None:
        return code
    return names[0] if language == "nl" else names[1]


def split_crime_label(text) -> Tuple[Optional[str], str]:
    """(code, title) of a SoortMisdrijf value: '1.1.1 Diefstal/inbraak woning', '1.1.1  ',
    'Totaal misdrijven'; code None for a title without a code that is not the total.

    Examples
    --------
    >>> split_crime_label("1.2.3 Diefstal van brom-, snor-, fietsen")
    ('1.2.3', 'Diefstal van brom-, snor-, fietsen')
    >>> split_crime_label("0.0.0 "), split_crime_label("Totaal misdrijven")[0]
    (('0.0.0', ''), '0.0.0')
    """
    text = str(text or "").strip()
    found = re.match(r"^(\d+(?:\.\d+){2})\.?\s*(.*)$", text)
    if found:
        return found.group(1), found.group(2).strip()
    if text.lower() in ("totaal misdrijven", "misdrijven, totaal", "totaal"):
        return TOTAL_CODE, text
    return None, text


def column_key(code: str) -> str:
    """The part of a field name for a crime type: '1.1.1' -> '1_1_1', the total 'totaal'."""
    return "totaal" if code == TOTAL_CODE else code.replace(".", "_")


# --------------------------------------------------------------------------- periods


@dataclass(frozen=True)
class Period:
    """A year (month None) or a month of a year; ``provisional`` for StatLine's '*'."""

    year: int
    month: Optional[int] = None
    provisional: bool = False

    @property
    def key(self) -> str:
        """'2023' or '2023_01', as field names and the long table use it."""
        return str(self.year) if self.month is None else f"{self.year}_{self.month:02d}"


def parse_period(text) -> Period:
    """A StatLine period: '2023', '2023*', '2023 januari', '2023JJ00', '2023MM01'.

    Examples
    --------
    >>> parse_period("2023MM03").key, parse_period("2024*").provisional
    ('2023_03', True)
    >>> parse_period("2022 december").month
    12
    """
    raw = str(text or "").strip()
    provisional = raw.endswith("*")
    value = raw.rstrip("*").strip().lower()
    coded = re.fullmatch(r"(\d{4})(JJ00|MM(\d{2}))", value.upper())
    if coded:
        month = int(coded.group(3)) if coded.group(3) else None
        return Period(int(coded.group(1)), month, provisional)
    if re.fullmatch(r"\d{4}", value):
        return Period(int(value), None, provisional)
    named = re.fullmatch(r"(\d{4})\s+([a-z]+)", value)
    if named and named.group(2) in MONTHS_NL:
        return Period(int(named.group(1)), MONTHS_NL.index(named.group(2)) + 1, provisional)
    raise ValueError(translate("CbsTables", ERROR_PERIOD).format(raw))


# --------------------------------------------------------------------------- the table


@dataclass
class CrimeTable:
    """Registered crime as rows: area (a code, or a name when the export has titles),
    crime_code, period (key), year, month, count (NaN when missing), provisional.

    ``unknown``: codes not in :data:`CRIME_TYPES` (code -> title in the file); ``no_code``:
    titles without a code, left out; ``n_missing``/``n_nil``: cells with '.' or 'x' / '-'."""

    frame: pd.DataFrame
    frequency: str  # 'year' or 'month'
    areas_are_codes: bool
    unknown: Dict[str, str] = field(default_factory=dict)
    no_code: List[str] = field(default_factory=list)
    n_missing: int = 0
    n_nil: int = 0

    @property
    def periods(self) -> List[str]:
        return sorted(self.frame["period"].unique())

    @property
    def crime_codes(self) -> List[str]:
        return sorted(self.frame["crime_code"].unique(), key=_code_order)


def _code_order(code: str):
    return tuple(int(part) for part in code.split(".")) if re.fullmatch(r"[\d.]+", code) \
        else (999,)


def parse_count(text) -> Tuple[float, str]:
    """(value, status) of a StatLine cell: status 'ok', 'missing' or 'nil'.

    Examples
    --------
    >>> parse_count("1.234"), parse_count("."), parse_count("-")
    ((1234.0, 'ok'), (nan, 'missing'), (0.0, 'nil'))
    """
    if text is None or (isinstance(text, float) and np.isnan(text)):
        return np.nan, "missing"
    if isinstance(text, (int, float)):
        return float(text), "ok"
    value = str(text).strip()
    if value in NIL_SYMBOLS:
        return 0.0, "nil"
    if value.lower() in MISSING_SYMBOLS:
        return np.nan, "missing"
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", value):  # a Dutch thousands separator
        value = value.replace(".", "")
    value = value.replace(" ", "").replace(",", ".")
    try:
        return float(value), "ok"
    except ValueError:
        return np.nan, "missing"


def _table_from_records(records: List[dict]) -> CrimeTable:
    """records: dicts with area, crime (raw label), period (raw), count (raw)."""
    if not records:
        raise ValueError(translate("CbsTables", ERROR_EMPTY))
    rows, unknown, no_code = [], {}, []
    statuses = {"ok": 0, "missing": 0, "nil": 0}
    for record in records:
        code, title = split_crime_label(record["crime"])
        if code is None:
            no_code.append(title)
            continue
        if code not in CRIME_TYPES:
            unknown[code] = title
        period = parse_period(record["period"])
        value, status = parse_count(record["count"])
        statuses[status] += 1
        rows.append((cbs.clean_code(record["area"]) if cbs.level_of_code(record["area"])
                     else str(record["area"]).strip(), code, period.key, period.year,
                     period.month, value, period.provisional))
    frame = pd.DataFrame(rows, columns=["area", "crime_code", "period", "year", "month",
                                        "count", "provisional"])
    if frame.empty:
        raise ValueError(translate("CbsTables", ERROR_EMPTY))
    if frame["month"].notna().any() and frame["month"].isna().any():
        raise ValueError(translate("CbsTables", ERROR_MIXED))
    frequency = "month" if frame["month"].notna().any() else "year"
    as_codes = bool(frame["area"].map(lambda a: cbs.level_of_code(a) is not None).all())
    return CrimeTable(frame, frequency, as_codes, unknown, sorted(set(no_code)),
                      statuses["missing"], statuses["nil"])


# --------------------------------------------------------------------------- StatLine CSV


def _header_index(header: Sequence[str]) -> Optional[Dict[str, int]]:
    names = [re.sub(r"\s+", " ", str(cell)).strip().lower() for cell in header]

    def find(options):
        return next((i for i, name in enumerate(names) if name in options), None)

    where = {"crime": find(CRIME_HEADER), "area": find(REGION_HEADER),
             "period": find(PERIOD_HEADER)}
    if None in where.values():
        return None
    measures = [i for i, name in enumerate(names) if name.startswith(MEASURE_PREFIX)
                and "per " not in name and "relatief" not in name]
    if not measures:
        raise ValueError(translate("CbsTables", ERROR_NO_MEASURE).format(", ".join(header)))
    where["count"] = measures[0]
    return where


def _find_header(lines: Sequence[str], search: int):
    """(line number, separator, header cells, column positions) of the table's header."""
    for number, line in enumerate(lines[:search]):
        delimiter = ";" if ";" in line else ","
        header = next(csv.reader([line], delimiter=delimiter), [])
        where = _header_index(header) if len(header) >= 4 else None
        if where is not None:
            return number, delimiter, header, where
    raise ValueError(translate("CbsTables", ERROR_NO_HEADER).format(search))


def read_statline_csv(text: str, header_search: int = 20) -> CrimeTable:
    """Reads a StatLine CSV export of 47018NED or 47022NED.

    The separator is ';' (',' when the header line holds no ';'); title lines above the
    header and lines that are not table rows (a source line, an empty line) are skipped.

    Examples
    --------
    >>> text = ('"Geregistreerde misdrijven; soort misdrijf, wijk en buurt"\\n'
    ...         '"Soort misdrijf";"Wijken en buurten";"Perioden";'
    ...         '"Geregistreerde misdrijven (aantal)"\\n'
    ...         '"1.1.1 Diefstal/inbraak woning";"BU03630001";"2023";"12"\\n'
    ...         '"1.1.1 Diefstal/inbraak woning";"BU03630002";"2023";"."\\n'
    ...         '"Bron: CBS"\\n')
    >>> table = read_statline_csv(text)
    >>> table.frame["count"].tolist(), table.n_missing
    ([12.0, nan], 1)
    """
    lines = text.lstrip("\ufeff").splitlines()
    number, delimiter, header, where = _find_header(lines, header_search)
    records = []
    for row in csv.reader(io.StringIO("\n".join(lines[number + 1:])), delimiter=delimiter):
        if len(row) < len(header) or not str(row[where["period"]]).strip():
            continue  # a source line, a note or an empty line
        records.append({key: row[index] for key, index in where.items()})
    return _table_from_records(records)


# --------------------------------------------------------------------------- OData JSON


def odata_pages(text: str) -> List[dict]:
    """The pages in an OData JSON text: one page object, or a list of pages."""
    data = json.loads(text)
    pages = data if isinstance(data, list) else [data]
    if not pages or not all(isinstance(p, dict) and isinstance(p.get("value"), list)
                            for p in pages):
        raise ValueError(translate("CbsTables", ERROR_NOT_ODATA))
    return pages


def next_link(page: dict) -> Optional[str]:
    """The URL of the next page ('odata.nextLink' in OData 3, '@odata.nextLink' in 4)."""
    return page.get("odata.nextLink") or page.get("@odata.nextLink")


def read_odata_pages(pages: Sequence[dict]) -> CrimeTable:
    """Reads the rows of OData pages of 47018NED/47022NED (TypedDataSet).

    Examples
    --------
    >>> page = {"value": [{"ID": 0, "SoortMisdrijf": "1.1.1 ",
    ...                    "WijkenEnBuurten": "BU03630001", "Perioden": "2023MM01",
    ...                    "GeregistreerdeMisdrijven_1": 3}]}
    >>> table = read_odata_pages([page])
    >>> table.frequency, table.frame["period"].tolist()
    ('month', ['2023_01'])
    """
    records = []
    for page in pages:
        for row in page.get("value", []):
            area = row.get("WijkenEnBuurten", row.get("RegioS"))
            measure = next((key for key in row if key.lower().startswith(
                "geregistreerdemisdrijven")), None)
            if area is None or "SoortMisdrijf" not in row or "Perioden" not in row \
                    or measure is None:
                raise ValueError(translate("CbsTables", ERROR_NOT_ODATA))
            records.append({"area": area, "crime": row["SoortMisdrijf"],
                            "period": row["Perioden"], "count": row[measure]})
    return _table_from_records(records)


# --------------------------------------------------------------------------- joining


def municipalities_in(table: CrimeTable) -> List[str]:
    """The municipality codes the rows of a coded table belong to."""
    if not table.areas_are_codes:
        return []
    return sorted({cbs.municipality_of_code(code) for code in table.frame["area"].unique()})


def rows_for(table: CrimeTable, municipality, level: str) -> pd.DataFrame:
    """The rows of ``municipality`` (a code, or several) at ``level`` of a coded table,
    refusing a table of another municipality and a table without that level."""
    frame = table.frame
    if not table.areas_are_codes:
        return frame
    wanted = [municipality] if isinstance(municipality, str) else list(municipality)
    ours = frame["area"].map(cbs.municipality_of_code).isin(wanted)
    if not ours.any():
        raise ValueError(translate("CbsTables", ERROR_OTHER_MUNICIPALITY).format(
            ", ".join(municipalities_in(table)), ", ".join(wanted)))
    levels = frame.loc[ours, "area"].map(cbs.level_of_code)
    if not (levels == level).any():
        raise ValueError(translate("CbsTables", ERROR_NO_LEVEL).format(
            level, ", ".join(sorted(levels.unique()))))
    return frame[ours].loc[levels[levels == level].index]


def comparison_codes(long: pd.DataFrame, chosen: Optional[Sequence[str]] = None) -> List[str]:
    """The crime types to compare one's own incidents with: those chosen, else the total
    (0.0.0) when the table has it, else every type (never the total and its parts)."""
    present = list(dict.fromkeys(long["crime_code"]))
    if chosen:
        return [code for code in chosen if code in present]
    return [TOTAL_CODE] if TOTAL_CODE in present else present


def yearly_totals(long: pd.DataFrame, frequency: str) -> pd.DataFrame:
    """area, year, count: the counts per area and year (of a monthly table, only years with
    all 12 months; a missing month leaves the year empty rather than too low).

    Examples
    --------
    >>> long = pd.DataFrame({"area": ["BU1"] * 3, "crime_code": ["1.1.1"] * 3,
    ...                      "year": [2023] * 3, "month": [1, 2, 3], "count": [1.0, 2, 3]})
    >>> yearly_totals(long, "month")["count"].tolist()
    [nan]
    """
    grouped = long.groupby(["area", "year"])
    totals = grouped["count"].sum(min_count=1)
    expected = grouped["crime_code"].nunique() * (12 if frequency == "month" else 1)
    totals = totals.where(grouped["count"].count() == expected)
    return totals.rename("count").reset_index()


def crime_long(rows: pd.DataFrame, population: pd.Series,
               codes: Optional[Sequence[str]] = None) -> pd.DataFrame:
    """One row per area, period and crime type: count and rate per 1,000 inhabitants.

    ``population``: inhabitants per area (index: area code or name as in ``rows``); an area
    without inhabitants (0, NaN) gets no rate. ``codes``: the crime types to keep (default
    all). Areas of ``population`` without rows in the table get no rows.

    Examples
    --------
    >>> rows = pd.DataFrame({"area": ["BU1", "BU2"], "crime_code": ["1.1.1"] * 2,
    ...                      "period": ["2023"] * 2, "year": [2023] * 2,
    ...                      "month": [None] * 2, "count": [6.0, 3.0],
    ...                      "provisional": [False] * 2})
    >>> crime_long(rows, pd.Series({"BU1": 1500, "BU2": 0}))["rate"].tolist()
    [4.0, nan]
    """
    if codes:
        rows = rows[rows["crime_code"].isin(list(codes))]
    long = rows[rows["area"].isin(population.index)].copy()
    inhabitants = pd.to_numeric(long["area"].map(population), errors="coerce").astype(float)
    long["population"] = inhabitants
    long["rate"] = (long["count"] / inhabitants.where(inhabitants > 0) * 1000.0).round(3)
    return long.sort_values(["area", "period", "crime_code"],
                            key=lambda s: s.map(_code_order) if s.name == "crime_code" else s
                            ).reset_index(drop=True)


def crime_wide(long: pd.DataFrame) -> pd.DataFrame:
    """One row per area: ``n_<type>_<period>`` counts and ``r_<type>_<period>`` rates.

    Examples
    --------
    >>> long = pd.DataFrame({"area": ["BU1"], "crime_code": ["1.2.3"], "period": ["2023"],
    ...                      "count": [7.0], "rate": [3.5]})
    >>> list(crime_wide(long).columns)
    ['n_1_2_3_2023', 'r_1_2_3_2023']
    """
    keys = long["crime_code"].map(column_key) + "_" + long["period"]
    counts = long.assign(key="n_" + keys).pivot_table(index="area", columns="key",
                                                      values="count", aggfunc="first")
    rates = long.assign(key="r_" + keys).pivot_table(index="area", columns="key",
                                                     values="rate", aggfunc="first")
    ordered = []
    for key in dict.fromkeys(keys):
        ordered += [f"n_{key}", f"r_{key}"]
    wide = pd.concat([counts, rates], axis=1).reindex(columns=ordered)
    wide.columns.name = None
    return wide


def headline(long: pd.DataFrame, frequency: str) -> Tuple[pd.Series, pd.Series, str]:
    """(counts, rate per 1,000 inhabitants, what) per area over the last year of the table
    (the last 12 months of a monthly table): of the total (0.0.0) when the table has it,
    else of the sum of the types it has; ``what`` says which types and periods.

    A sum with a missing month (or type) is left empty, never taken for the whole."""
    has_total = (long["crime_code"] == TOTAL_CODE).any()
    part = long[long["crime_code"] == TOTAL_CODE] if has_total else long
    periods = sorted(part["period"].unique())
    last = periods[-12:] if frequency == "month" else periods[-1:]
    part = part[part["period"].isin(last)]
    expected = len(last) * (1 if has_total else part["crime_code"].nunique())
    grouped = part.groupby("area")
    complete = grouped["count"].count() == expected
    counts = grouped["count"].sum(min_count=1).where(complete)
    population = grouped["population"].first()
    rate = (counts / population.where(population > 0) * 1000.0).round(3)
    what = "0.0.0" if has_total else "+".join(sorted(part["crime_code"].unique(),
                                                     key=_code_order))
    return counts, rate, f"{what}: {last[0]}" + (f" - {last[-1]}" if len(last) > 1 else "")


def completeness(official: pd.DataFrame, own: pd.DataFrame) -> pd.DataFrame:
    """Official counts beside the user's own, per area and year.

    ``official``: area, year, count (registered crime of the chosen types); ``own``: area,
    year, own (the user's incidents). Returns area, year, official, own, difference (own -
    official) and own_pct (own as % of official; empty when official is 0 or missing).

    Examples
    --------
    >>> official = pd.DataFrame({"area": ["BU1", "BU1"], "year": [2022, 2023],
    ...                          "count": [40.0, 50.0]})
    >>> own = pd.DataFrame({"area": ["BU1"], "year": [2023], "own": [45]})
    >>> completeness(official, own)["own_pct"].tolist()
    [0.0, 90.0]
    """
    totals = official.groupby(["area", "year"], as_index=False)["count"].sum(min_count=1)
    table = totals.rename(columns={"count": "official"}).merge(
        own, on=["area", "year"], how="outer")
    table["own"] = table["own"].fillna(0).astype(float)
    table["difference"] = table["own"] - table["official"]
    table["own_pct"] = (100.0 * table["own"] / table["official"].where(table["official"] > 0)
                        ).round(1)
    return table.sort_values(["area", "year"]).reset_index(drop=True)


# --------------------------------------------------------------------------- Leefbaarometer

LBM_ID_COLUMNS = {"bu_code": "buurt", "wk_code": "wijk", "gm_code": "gemeente",
                  "pc4": "pc4", "grid_id": "grid", "gridcode": "grid"}
LBM_SCORES = ("lbm", "afw", "fys", "onv", "soc", "vrz", "won")
# 'vei' (veiligheid) was a dimension of Leefbaarometer 2.0; 3.0 calls it 'onv'.
LBM_RENAMED = {"vei": "onv"}
LBM_LABELS = {"lbm": ("Leefbaarometer score", "Leefbaarometerscore"),
              "afw": ("Deviation from the national average", "Afwijking van het landelijk "
                      "gemiddelde"),
              "fys": ("Physical environment", "Fysieke omgeving"),
              "onv": ("Nuisance and insecurity", "Overlast en onveiligheid"),
              "soc": ("Social cohesion", "Sociale samenhang"),
              "vrz": ("Amenities", "Voorzieningen"),
              "won": ("Housing stock", "Woningvoorraad")}


@dataclass
class LeefbaarometerScores:
    """Scores per area (``frame``: id, year (NaN when the file has none), the scores)."""

    frame: pd.DataFrame
    level: str  # buurt, wijk, gemeente, pc4 or grid
    id_column: str
    scores: List[str]


def read_leefbaarometer(text: str) -> LeefbaarometerScores:
    """Reads a Leefbaarometer 3.0 scores CSV (',' or ';' separated; decimal comma or point).

    Examples
    --------
    >>> scores = read_leefbaarometer("bu_code,bu_naam,jaar,lbm,onv\\n"
    ...                              "BU03630001,Centrum,2022,4.12,-0.05\\n")
    >>> scores.level, scores.scores, scores.frame["onv"].tolist()
    ('buurt', ['lbm', 'onv'], [-0.05])
    """
    first = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    separator = ";" if first.count(";") > first.count(",") else ","
    frame = pd.read_csv(io.StringIO(text.lstrip("\ufeff")), sep=separator, dtype=str)
    lower = {column.strip().lower(): column for column in frame.columns}
    id_key = next((key for key in LBM_ID_COLUMNS if key in lower), None)
    if id_key is None:
        raise ValueError(translate("CbsTables", ERROR_LBM_ID).format(", ".join(frame.columns)))
    columns = {score: lower[score] for score in LBM_SCORES if score in lower}
    for old, new in LBM_RENAMED.items():
        if new not in columns and old in lower:
            columns[new] = lower[old]
    scores = [score for score in LBM_SCORES if score in columns]
    if not scores:
        raise ValueError(translate("CbsTables", ERROR_LBM_SCORES).format(
            ", ".join(frame.columns)))
    out = pd.DataFrame({"id": frame[lower[id_key]].astype(str).str.strip()})
    out["year"] = pd.to_numeric(frame[lower["jaar"]], errors="coerce") if "jaar" in lower \
        else np.nan
    for score in scores:
        out[score] = pd.to_numeric(frame[columns[score]].str.replace(",", ".", regex=False),
                                   errors="coerce")
    if LBM_ID_COLUMNS[id_key] in cbs.LEVELS:
        out["id"] = out["id"].map(cbs.clean_code)
    return LeefbaarometerScores(out, LBM_ID_COLUMNS[id_key], lower[id_key], scores)


def leefbaarometer_for(scores: LeefbaarometerScores, year: Optional[int] = None
                       ) -> Tuple[pd.DataFrame, Optional[int]]:
    """The scores of one year per area (the last year in the file by default), by id."""
    frame = scores.frame
    if frame["year"].notna().any():
        chosen = int(frame["year"].max()) if year is None else int(year)
        frame = frame[frame["year"] == chosen]
    else:
        chosen = None
    return frame.drop_duplicates("id", keep="last").set_index("id")[scores.scores], chosen
