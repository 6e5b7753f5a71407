"""Values of areas over time for the risk forecast, read without look-ahead.

A municipality knows more of its areas than the area layer holds: payment arrears
(betalingsachterstanden) or benefit counts per buurt or postcode per quarter or year. Such a
table has rows of (area code, date or period, value fields). :func:`value_dates` reads the
dates, :func:`match_table` matches the codes to the areas and checks the rows, and
:meth:`ValueTable.columns` makes one :class:`DatedValues` per value field, a feature the
forecast reads like any other (:class:`wijkradar.core.risk_features.ExtraFeatures`).

When a value is known
---------------------
A forecast made at the end of period ``t`` (its origin) sees each area's latest value
*known* by the end of ``t``, never a later one:

- a row dated by a day (``2024-05-01``, ``01-05-2024``, a date field) is known from that day;
- a row for a period (a year ``2024``, a quarter ``2024-Q2``, ``2024Q2``, ``Q2 2024``, a
  month ``2024-05``, CBS's ``2024JJ00``, ``2024KW02``, ``2024MM05``) is known from the
  period's last day: the arrears of a quarter are not known before the quarter ends. Figures
  published months later should be dated by their publication.

Before an area's first value, and in areas without rows, the value is unknown: the feature
is the median of the values known at that origin (0 while no area has one yet), and a flag
feature says it is unknown, as the forecast does for a NULL covariate.

Codes are matched to the areas' ids as text, ignoring case, spaces and the leading zeros of
numbers (``1234 ab`` is ``1234AB``, ``0363`` is ``363``).

>>> import numpy as np
>>> dates = value_dates(["2024-Q1", "2024-Q2", "2024", "bad"])
>>> dates.days.astype(str).tolist(), dates.labels.tolist()
(['2024-03-31', '2024-06-30', '2024-12-31', 'NaT'], ['2024-Q1', '2024-Q2', '2024', None])
>>> table = match_table(["A", "B"], ["a", "a", "B", "A"], dates,
...                     {"arrears": np.array([5.0, 9.0, 3.0, 1.0])})
>>> values = table.columns(n_periods=12, first=int(np.datetime64("2024-01", "M").astype(int)),
...                        period="month", labels={"arrears": "arrears"})[0]
>>> values.at(np.array([2, 4, 5]), np.array([0, 0, 0])).tolist()  # March, May, June
[5.0, 5.0, 9.0]
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd

from .dates import FORMATS_TEXT, MAX_EXAMPLES, parse_dates
from .i18n import QT_TRANSLATE_NOOP, number, translate, translator

MAX_NAMED = 5  # codes, areas and duplicates named in a message
EARLIEST_YEAR, LATEST_YEAR = 1900, 2999
_YEAR = re.compile(r"(\d{4})(?:JJ00)?", re.IGNORECASE)
_QUARTER = re.compile(r"(\d{4})\s*[-/ ]?\s*(?:Q|KW?)0?([1-4])", re.IGNORECASE)
_QUARTER_FIRST = re.compile(r"(?:Q|KW?)([1-4])\s*[-/ ]?\s*(\d{4})", re.IGNORECASE)
_MONTH = re.compile(r"(\d{4})(?:-|MM)(\d{2})", re.IGNORECASE)
PERIODS_TEXT = "2024, 2024-Q2, 2024Q2, Q2 2024, 2024KW02, 2024-05"

UNREADABLE = QT_TRANSLATE_NOOP(
    "AreaValues", "{count} rows of the value table have a value in '{field}' that is no date "
    "or period and were left out (e.g. {examples}). Read are dates ({formats}) and periods "
    "({periods}).")
EMPTY = QT_TRANSLATE_NOOP(
    "AreaValues", "{count} rows of the value table have no date in '{field}' and were left "
    "out.")
NOTHING_READABLE = QT_TRANSLATE_NOOP(
    "AreaValues", "No value in the field '{field}' of the value table is a date or a period: "
    "its values look like {examples}. Choose the field that says when each row's values "
    "hold: dates ({formats}) or periods ({periods}).")
NO_MATCH = QT_TRANSLATE_NOOP(
    "AreaValues", "No code in '{code_field}' of the value table is an area id in "
    "'{id_field}': the table has codes such as {codes}, the areas ids such as {ids}. Choose "
    "the table's field that holds the areas' codes as the area layer writes them.")
UNMATCHED = QT_TRANSLATE_NOOP(
    "AreaValues", "Left out of the value table: {rows} whose code in '{code_field}' is no "
    "area id: {codes}.")
MORE_CODES = QT_TRANSLATE_NOOP("AreaValues", "{codes}, ... ({count} codes in all)")
DUPLICATES = QT_TRANSLATE_NOOP(
    "AreaValues", "The value table has more than one row for the same area and date with "
    "different values: {examples} ({count} in all). Keep one row per area and date (add "
    "them up or average them first), or check the code and date fields.")
DUPLICATE = QT_TRANSLATE_NOOP("AreaValues", "'{code}' for {when} ({rows})")
REPEATED = QT_TRANSLATE_NOOP(
    "AreaValues", "{count} rows of the value table repeat another row (same area, date and "
    "values) and were counted once.")
AMBIGUOUS_IDS = QT_TRANSLATE_NOOP(
    "AreaValues", "Area ids {} differ only in case, spaces or leading zeros, so the value "
    "table's codes cannot be matched to them.")
WITHOUT_ROWS = QT_TRANSLATE_NOOP(
    "AreaValues", "{count} of {total} areas have no row in the value table (e.g. {ids}): "
    "their values are unknown, replaced by the median of the known ones with a flag feature.")
SUMMARY = QT_TRANSLATE_NOOP(
    "AreaValues", "Value table: {rows} rows for {areas} areas, from {first} to {last}. Each "
    "value is used from the end of its period (a date: from that day) on, never at a "
    "forecast made before.")
EMPTY_VALUES = QT_TRANSLATE_NOOP(
    "AreaValues", "'{label}' is empty in {count} rows of the value table; they were left "
    "out (the area's previous value holds).")
ALL_EMPTY = QT_TRANSLATE_NOOP(
    "AreaValues", "'{label}' is empty in every row of the value table for these areas and "
    "periods and was left out.")


_tr = translator("AreaValues")


# --------------------------------------------------------------------------- dates

@dataclass(frozen=True)
class ValueDates:
    """When each row's values hold: ``days`` (datetime64[D]) is the day from which they are
    known (NaT: no date), ``labels`` what the row is for as drivers write it ('2024-Q2',
    '2024', '2024-05-01'), ``on_day`` whether that is a day (not a period)."""

    days: np.ndarray
    labels: np.ndarray
    on_day: np.ndarray
    unreadable: np.ndarray
    examples: tuple = ()

    @property
    def empty(self) -> np.ndarray:
        return np.isnat(self.days) & ~self.unreadable

    def messages(self, field_name: str) -> List[str]:
        """The log lines about rows left out for want of a date (none when every row has
        one); raises ValueError when no row has one."""
        if len(self.days) and np.isnat(self.days).all():
            examples = ", ".join(f"'{e}'" for e in self.examples) or "''"
            raise ValueError(_tr(NOTHING_READABLE).format(
                field=field_name, examples=examples, formats=FORMATS_TEXT,
                periods=PERIODS_TEXT))
        lines = []
        empty = int(self.empty.sum())
        if empty:
            lines.append(_tr(EMPTY).format(count=number(empty), field=field_name))
        if self.unreadable.any():
            lines.append(_tr(UNREADABLE).format(
                count=number(int(self.unreadable.sum())), field=field_name,
                examples=", ".join(f"'{e}'" for e in self.examples), formats=FORMATS_TEXT,
                periods=PERIODS_TEXT))
        return lines


def period_end(text: str):
    """(last day, label) of a year, quarter or month written as text, or None.

    >>> period_end("2024KW02"), period_end("q4 2023"), period_end("2024-02")
    (('2024-06-30', '2024-Q2'), ('2023-12-31', '2023-Q4'), ('2024-02-29', '2024-02'))
    """
    text = text.strip()
    found = _YEAR.fullmatch(text)
    if found:
        return _year_end(int(found.group(1)))
    found = _QUARTER.fullmatch(text) or _QUARTER_FIRST.fullmatch(text)
    if found:
        year, quarter = found.groups() if found.re is _QUARTER else found.groups()[::-1]
        year, quarter = int(year), int(quarter)
        return _month_end(year, 3 * quarter, f"{year}-Q{quarter}")
    found = _MONTH.fullmatch(text)
    if found and 1 <= int(found.group(2)) <= 12:
        year, month = int(found.group(1)), int(found.group(2))
        return _month_end(year, month, f"{year}-{month:02d}")
    return None


def _year_end(year: int):
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return None
    return f"{year}-12-31", str(year)


def _month_end(year: int, month: int, label: str):
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return None
    following = np.datetime64(f"{year:04d}-01", "M") + month  # the month after
    return str(following.astype("datetime64[D]") - np.timedelta64(1, "D")), label


def value_dates(values) -> ValueDates:
    """When each row's values hold (see the module's docstring): dates (date objects, ISO or
    Dutch day-first text, read by :func:`wijkradar.core.dates.parse_dates`), years (a whole
    number or its text), quarters and months as text.

    >>> import datetime as dt
    >>> dates = value_dates([2023, "2024-K1", dt.date(2024, 5, 2), "02-05-2024", None])
    >>> dates.days.astype(str).tolist()
    ['2023-12-31', '2024-03-31', '2024-05-02', '2024-05-02', 'NaT']
    >>> dates.labels.tolist(), dates.on_day.tolist()
    (['2023', '2024-Q1', '2024-05-02', '2024-05-02', None], [False, False, True, True, False])
    """
    array = np.empty(len(values), dtype=object)
    array[:] = list(values)
    codes, uniques = pd.factorize(array)  # None and NaN: -1
    n = len(uniques)
    days = np.full(n, np.datetime64("NaT", "D"))
    labels = np.full(n, None, dtype=object)
    on_day = np.zeros(n, dtype=bool)
    unreadable = np.zeros(n, dtype=bool)
    as_dates = []  # positions left to the shared date reading
    for position, value in enumerate(uniques):
        found = _period_of(value)
        if found == "date":
            as_dates.append(position)
        elif found == "unreadable":
            unreadable[position] = True
        elif found is not None:
            days[position], labels[position] = np.datetime64(found[0], "D"), found[1]
    if as_dates:
        parsed = parse_dates([uniques[p] for p in as_dates])
        for position, day, bad in zip(as_dates, parsed.days, parsed.unreadable):
            unreadable[position] = bad
            if not np.isnat(day):
                days[position], labels[position], on_day[position] = day, str(day), True
    examples = [_decoded(uniques[p]).strip() for p in np.flatnonzero(unreadable)]
    return ValueDates(_per_row(days, codes, np.datetime64("NaT", "D")),
                      _per_row(labels, codes, None), _per_row(on_day, codes, False),
                      _per_row(unreadable, codes, False),
                      tuple(examples[:MAX_EXAMPLES]))


def _per_row(per_value, codes, blank) -> np.ndarray:
    """The value of each row's distinct value (``codes`` from pd.factorize; -1: empty)."""
    out = np.full(len(codes), blank, dtype=per_value.dtype)
    filled = codes >= 0
    out[filled] = per_value[codes[filled]]
    return out


def _period_of(value):
    """(last day, label) of a period, 'date' for the date reading, 'unreadable', or None
    (empty)."""
    if isinstance(value, (bool, np.bool_)):
        return "unreadable"
    if isinstance(value, (int, float, np.integer, np.floating)):
        if not math.isfinite(value):
            return None
        whole = float(value).is_integer()
        return (_year_end(int(value)) if whole else None) or "unreadable"
    if isinstance(value, (bytes, bytearray)):
        value = _decoded(value)
    if isinstance(value, str):
        if not value.strip():
            return None
        return period_end(value) or "date"
    return "date"  # date, datetime, datetime64: the date reading takes them


def _decoded(value) -> str:
    """Text of a value (bytes as UTF-8: GDAL hands text over as bytes)."""
    if isinstance(value, (bytes, bytearray, np.bytes_)):
        return bytes(value).decode("utf-8", errors="replace")
    return str(value)


# --------------------------------------------------------------------------- codes

def code_key(value) -> Optional[str]:
    """An area code as compared: text without spaces, upper case, digits without leading
    zeros; None for an empty code.

    >>> code_key(" 1234 ab"), code_key("0363"), code_key(363.0), code_key("BU03630001")
    ('1234AB', '363', '363', 'BU03630001')
    """
    if value is None:
        return None
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        if not math.isfinite(value):
            return None
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    text = "".join(_decoded(value).split()).upper()
    if text.isascii() and text.isdigit():
        text = text.lstrip("0") or "0"
    return text or None


def area_lookup(area_ids) -> Dict[str, int]:
    """{code key: area index}; a ValueError when two ids have the same key."""
    lookup: Dict[str, int] = {}
    clashes = []
    for index, identifier in enumerate(area_ids):
        key = code_key(identifier)
        if key is None:
            continue
        if key in lookup:
            clashes.append(f"'{area_ids[lookup[key]]}' / '{identifier}'")
        lookup.setdefault(key, index)
    if clashes:
        raise ValueError(_tr(AMBIGUOUS_IDS).format(", ".join(clashes[:MAX_NAMED])))
    return lookup


# --------------------------------------------------------------------------- the table

@dataclass
class ValueTable:
    """The rows of a value table that name an area and a date, one per (area, date),
    sorted by area and date; ``values``: field -> float64 (NaN where empty)."""

    area: np.ndarray
    days: np.ndarray
    labels: np.ndarray
    on_day: np.ndarray
    values: Dict[str, np.ndarray]
    n_areas: int
    info: List[str] = field(default_factory=list)  # what the log says
    warnings: List[str] = field(default_factory=list)  # what the log warns of
    column_warnings: List[str] = field(default_factory=list)  # of the last columns()

    def columns(self, n_periods: int, first: int, period: str,
                labels: Optional[Dict[str, str]] = None) -> List[DatedValues]:
        """One :class:`DatedValues` per value field on the periods ``first`` (an absolute
        period number) to ``first + n_periods - 1``; ``labels`` name the fields in
        drivers (default: the field's name). Notes on empty values go to
        ``column_warnings``."""
        from .risk.periods import period_numbers

        labels = labels or {}
        self.column_warnings = []
        known = period_numbers(self.days, period) - first
        columns = []
        for name, values in self.values.items():
            label = labels.get(name, name)
            filled = np.isfinite(values)
            if (~filled).any() and filled.any():
                self.column_warnings.append(_tr(EMPTY_VALUES).format(
                    label=label, count=number(int((~filled).sum()))))
            used = filled & (known <= n_periods - 1)  # later rows are never read
            if not used.any():
                self.column_warnings.append(_tr(ALL_EMPTY).format(label=label))
                continue
            columns.append(DatedValues(
                name, label, self.area[used], np.maximum(known[used], -1), values[used],
                self.labels[used], self.on_day[used], self.n_areas, n_periods))
        return columns


def match_table(area_ids: Sequence, codes: Sequence, dates: ValueDates,
                values: Dict[str, np.ndarray], code_field: str = "code",
                id_field: str = "id") -> ValueTable:
    """The rows of a value table matched to the areas (``area_ids``, in the panel's order).

    Rows whose code is no area id are left out and named (a ValueError when none is left);
    rows without a date are left out (:meth:`ValueDates.messages` says so); rows repeating
    another (same area, date and values) count once; two rows for the same area and date
    with different values are refused with a ValueError naming them.
    """
    lookup = area_lookup(area_ids)
    keys = [code_key(code) for code in codes]
    area = np.array([lookup.get(key, -1) if key is not None else -1 for key in keys],
                    dtype=np.int64)
    values = {name: np.asarray(column, dtype=float) for name, column in values.items()}
    table_warnings = []
    unmatched = (area < 0) & np.array([key is not None for key in keys], dtype=bool)
    if not (area >= 0).any():
        raise ValueError(_tr(NO_MATCH).format(
            code_field=code_field, id_field=id_field, codes=_quoted_examples(codes),
            ids=_quoted_examples(area_ids)))
    if unmatched.any():
        seen = Counter(str(codes[k]) for k in np.flatnonzero(unmatched))
        counts = sorted(seen.items(), key=lambda item: -item[1])  # most rows first, stable
        named = ", ".join(f"'{code}' ({_rows(count)})" for code, count in counts[:MAX_NAMED])
        if len(counts) > MAX_NAMED:
            named = _tr(MORE_CODES).format(codes=named, count=number(len(counts)))
        table_warnings.append(_tr(UNMATCHED).format(
            rows=_rows(int(unmatched.sum())), code_field=code_field, codes=named))
    keep = (area >= 0) & ~np.isnat(dates.days)
    rows = np.flatnonzero(keep)
    order = rows[np.lexsort((dates.days[rows].astype(np.int64), area[rows]))]
    order, repeated = _single_rows(order, area, dates, values, codes)
    if repeated:
        table_warnings.append(_tr(REPEATED).format(count=number(repeated)))
    table = ValueTable(area[order], dates.days[order], dates.labels[order],
                       dates.on_day[order], {name: column[order] for name, column in
                                             values.items()}, len(area_ids))
    table.warnings = table_warnings + _areas_without_rows(table.area, area_ids)
    if order.size:
        first, last = np.argmin(table.days), np.argmax(table.days)
        table.info.append(_tr(SUMMARY).format(
            rows=number(order.size), areas=number(np.unique(table.area).size),
            first=table.labels[first], last=table.labels[last]))
    return table


def _single_rows(order, area, dates, values, codes):
    """``order`` with one row per (area, day): repeated rows (same values) drop out; rows
    with different values are refused, naming the first row of each such group."""
    if order.size < 2:
        return order, 0
    same = (area[order][1:] == area[order][:-1]) & (dates.days[order][1:] ==
                                                  dates.days[order][:-1])
    if not same.any():
        return order, 0
    differs = np.zeros(same.size, dtype=bool)
    for column in values.values():
        here, before = column[order][1:], column[order][:-1]
        differs |= same & ~((here == before) | (np.isnan(here) & np.isnan(before)))
    if differs.any():
        group = np.concatenate(([0], np.cumsum(~same)))  # a number per (area, day)
        sizes = np.bincount(group)
        refused = np.unique(group[1:][differs])
        starts = np.flatnonzero(np.concatenate(([True], ~same)))
        examples = [_tr(DUPLICATE).format(code=codes[order[starts[g]]],
                                          when=dates.labels[order[starts[g]]],
                                          rows=_rows(int(sizes[g])))
                    for g in refused[:MAX_NAMED]]
        raise ValueError(_tr(DUPLICATES).format(examples=", ".join(examples),
                                                count=number(refused.size)))
    return np.concatenate(([order[0]], order[1:][~same])), int(same.sum())


def _areas_without_rows(area, area_ids) -> List[str]:
    have = np.zeros(len(area_ids), dtype=bool)
    have[area] = True
    if have.all():
        return []
    lacking = np.flatnonzero(~have)
    return [_tr(WITHOUT_ROWS).format(count=number(lacking.size), total=number(len(area_ids)),
                                     ids=_quoted_examples([area_ids[k] for k in lacking]))]


def _rows(count: int) -> str:
    return (translate("AreaValues", "1 row") if count == 1 else
            translate("AreaValues", "{} rows").format(number(count)))


def _quoted_examples(values) -> str:
    seen = list(dict.fromkeys(str(v) for v in values if v is not None))
    return ", ".join(f"'{v}'" for v in seen[:MAX_NAMED])


# --------------------------------------------------------------------------- one field

@dataclass
class DatedValues:
    """One value field of a :class:`ValueTable` on a panel's periods.

    Row ``r`` holds area ``area[r]``'s value ``values[r]``, known from the end of panel
    period ``known[r]`` on (-1: before the first period), for ``when[r]`` ('2024-Q2'; a day
    when ``on_day[r]``). Rows are sorted by area and by when they became known.
    """

    name: str
    label: str
    area: np.ndarray
    known: np.ndarray
    values: np.ndarray
    when: np.ndarray
    on_day: np.ndarray
    n_areas: int
    n_periods: int

    def __post_init__(self):
        self._span = self.n_periods + 1
        self._keys = self.area.astype(np.int64) * self._span + (self.known + 1)
        self._medians = None

    def rows(self, origins, areas) -> np.ndarray:
        """The row of each (origin, area)'s latest value known at the end of the origin
        period, -1 where none is."""
        origins = np.minimum(np.asarray(origins, dtype=np.int64), self.n_periods - 1)
        areas = np.asarray(areas, dtype=np.int64)
        wanted = areas * self._span + (origins + 1)
        found = np.searchsorted(self._keys, wanted, side="right") - 1
        valid = found >= 0
        valid[valid] = self.area[found[valid]] == areas[valid]
        return np.where(valid, found, -1)

    def at(self, origins, areas) -> np.ndarray:
        """The value each area had at the end of each origin period (NaN: none yet)."""
        rows = self.rows(origins, areas)
        return np.where(rows >= 0, self.values[np.maximum(rows, 0)], np.nan)

    def medians(self) -> np.ndarray:
        """Per origin, the median of the areas' values known then (NaN while none is)."""
        if self._medians is None:
            steps = np.unique(np.maximum(self.known, 0))  # origins at which a value arrives
            every = np.arange(self.n_areas)
            at_step = np.array([np.nanmedian(self.at(np.full(self.n_areas, step), every))
                                for step in steps])
            origins = np.arange(self.n_periods)
            step = np.searchsorted(steps, origins, side="right") - 1
            self._medians = np.where(step >= 0, at_step[np.maximum(step, 0)], np.nan)
        return self._medians

    def filled(self, origins, areas) -> np.ndarray:
        """:meth:`at`, with unknown values replaced by that origin's median (0 while no area
        has a value)."""
        origins = np.asarray(origins, dtype=np.int64)
        values = self.at(origins, areas)
        missing = np.isnan(values)
        if missing.any():
            fill = self.medians()[np.minimum(origins[missing], self.n_periods - 1)]
            values[missing] = np.where(np.isfinite(fill), fill, 0.0)
        return values

    @property
    def first_known(self) -> int:
        """The first origin at which some area has a value (-1: before the first period)."""
        return int(self.known.min())

    def has_gaps(self) -> bool:
        """Whether some area has no value at some origin (before its first row, or none)."""
        firsts = np.full(self.n_areas, self.n_periods, dtype=np.int64)
        np.minimum.at(firsts, self.area, self.known)
        return bool((firsts > 0).any())
