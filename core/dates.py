"""Reading incident dates as real exports hold them, and finding the ones far from the rest.

Every date Wijkradar reads goes through :func:`parse_dates`, so the dock's Data step and every
algorithm agree on which values are dates and which period the data cover.

Formats
-------
Each value is read by the format it is written in; no format is guessed from the first value,
so a column that mixes ISO and Dutch dates is read right throughout.

- ``datetime.date``, ``datetime.datetime`` (also pandas ``Timestamp``) and ``numpy.datetime64``
  values (QGIS's ``QDate``/``QDateTime`` are converted to these on the QGIS side);
- ISO 8601 text: ``2024-03-18``, ``2024-03-18T14:05:00``, ``2024-03-18 14:05``, with optional
  seconds, fractions of a second and a ``Z`` or ``+01:00`` suffix, also ``2024/03/18``; the
  date and time are taken as written (a time-zone suffix does not move them to another day);
- Dutch day-first text: ``18-03-2024``, ``18-3-2024``, ``18/03/2024``, ``18.03.2024``, with an
  optional time ``14:05`` or ``14:05:00``. The Netherlands write the day first, so
  ``05-01-2024`` is 5 January 2024, never 1 May. A column written month first (American,
  ``03/18/2024``: some second numbers above 12, no first number above 12) is not read at
  all, rather than half of it misdated, and the report says so;
- bytes holding any of these (GDAL hands text fields over as bytes), read as UTF-8.

``None``, NaN, NaT and empty or blank text are *empty*. Anything else (numbers, two-digit
years, impossible dates such as ``2024-02-30``, month names) is *unreadable*: its rows and a few
examples are reported, never silently turned into a wrong date.

Dates far from the rest
-----------------------
One typo (``2031`` for ``2021``) must not decide the reference date of a map or the period of
a forecast. :func:`far_outside` marks the dates that lie far outside the bulk of the data:
beyond Tukey's far-out fences (``3 x`` the interquartile range below the first or above the
third quartile, at least :data:`MIN_MARGIN_DAYS` wide), after today, or before
:data:`EARLIEST`. Callers leave them out, say how many, and which range the dates kept cover.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np
import pandas as pd

from .i18n import QT_TRANSLATE_NOOP, translate

NAT = np.datetime64("NaT", "s")
MAX_EXAMPLES = 5
# Tukey's far-out fences: quartile -/+ FENCE_IQR x the interquartile range ...
FENCE_IQR = 3.0
# ... but never closer than a year to the quartiles (a few weeks of data have a tiny IQR).
MIN_MARGIN_DAYS = 365
# No incident register reaches back further: earlier dates are typos (0202 for 2020).
EARLIEST = np.datetime64("1900-01-01", "D")

# The formats, matched against a text's shape (each digit 0-9 written as 0: only ASCII digits
# are read as numbers). The separator must be the same twice (2024-03/18 is no date).
_TIME = (r"(?:[T ]+(?P<hour>0{1,2})[:.](?P<minute>00)"
         r"(?:[:.](?P<second>00)(?:[.,]0+)?)?)?")
_PATTERNS = tuple(re.compile(pattern) for pattern in (
    r"^(?P<year>0000)(?P<sep>[-/])(?P<month>0{1,2})(?P=sep)(?P<day>0{1,2})" + _TIME
    + r"\s*(?:Z|[+-]00(?::?00)?)?$",                                      # ISO 8601
    r"^(?P<day>0{1,2})(?P<sep>[-/.])(?P<month>0{1,2})(?P=sep)(?P<year>0000)" + _TIME + "$",
))                                                                      # Dutch, day first
_FIELDS = ("year", "month", "day", "hour", "minute", "second")
_MONTH_FIRST_PROOF = re.compile(r"\d{1,2}[-/.](\d{1,2})[-/.]\d{4}")
ISO, DAY_FIRST = "iso", "day_first"
_DIGITS_TO_ZERO = str.maketrans("123456789", "000000000")
FORMATS_TEXT = "2024-03-18, 2024-03-18 14:05, 2024-03-18T14:05:00, 18-03-2024, 18-3-2024 14:05, " \
    "18/03/2024"

# --- User-facing strings (English source; Dutch in i18n/wijkradar_nl.ts) ----------------------

UNREADABLE = QT_TRANSLATE_NOOP(
    "Dates", "{count} values in the date field '{field}' could not be read as a date and were "
    "left out (e.g. {examples}). Dates are read as {formats} (day first).")
MONTH_FIRST = QT_TRANSLATE_NOOP(
    "Dates", "Its dates are written month first, as in American notation (such as {example}): "
    "write them as ISO dates (2024-03-18) or day first.")
NOTHING_READABLE = QT_TRANSLATE_NOOP(
    "Dates", "No value in the date field '{field}' could be read as a date: its values look "
    "like {examples}. Choose a field with dates: a date field, or text such as {formats} "
    "(day first).")
EMPTY = QT_TRANSLATE_NOOP(
    "Dates", "{count} rows have no date in '{field}' (empty) and were left out.")
ALL_EMPTY = QT_TRANSLATE_NOOP(
    "Dates", "The date field '{field}' is empty in every row. Choose a field with dates.")
NUMBERS = QT_TRANSLATE_NOOP(
    "Dates", "The date field '{field}' holds numbers ({type}), not dates. Choose a field with "
    "dates: a date field, or text such as {formats} (day first).")
FAR_OUTSIDE = QT_TRANSLATE_NOOP(
    "Dates", "{count} dates in '{field}' lie far outside the others and were left out: {parts}. "
    "The dates used run from {first} to {last}.")
FAR_BEFORE = QT_TRANSLATE_NOOP("Dates", "{count} before {limit} (earliest {example})")
FAR_AFTER = QT_TRANSLATE_NOOP("Dates", "{count} after {limit} (latest {example})")
NONE_LEFT = QT_TRANSLATE_NOOP(
    "Dates", "Every date in '{field}' lies after today ({today}) or before {earliest}: check "
    "the field's dates (e.g. {examples}).")


# --- Parsing ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ParsedDates:
    """The dates of a column, row by row.

    ``values`` holds datetime64[s] timestamps, NaT where the value was empty or unreadable;
    ``unreadable`` marks the rows that held something that is no date we read, and
    ``examples`` shows up to :data:`MAX_EXAMPLES` different such values as text.
    """

    values: np.ndarray
    unreadable: np.ndarray
    examples: tuple = ()
    month_first: bool = False  # the slash/dash dates are American, month first: not read

    @property
    def days(self) -> np.ndarray:
        """The dates as datetime64[D] (NaT where empty or unreadable)."""
        return self.values.astype("datetime64[D]")

    @property
    def readable(self) -> np.ndarray:
        return ~np.isnat(self.values)

    @property
    def empty(self) -> np.ndarray:
        return np.isnat(self.values) & ~self.unreadable

    @property
    def unreadable_rows(self) -> np.ndarray:
        """Row numbers (0-based) of the unreadable values."""
        return np.flatnonzero(self.unreadable)

    @property
    def n_unreadable(self) -> int:
        return int(self.unreadable.sum())

    @property
    def n_readable(self) -> int:
        return int(self.readable.sum())

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, rows) -> ParsedDates:
        """The rows ``rows`` (an index array or mask), with the same examples."""
        return ParsedDates(self.values[rows], self.unreadable[rows], self.examples,
                           self.month_first)


def concatenate(parts: Sequence[ParsedDates]) -> ParsedDates:
    """The dates of several columns read in turn (a layer read in batches) as one.

    Examples
    --------
    >>> both = concatenate([parse_dates(["2024-03-18", "soon"]), parse_dates(["later"])])
    >>> both.unreadable_rows.tolist(), both.examples
    ([1, 2], ('soon', 'later'))
    """
    examples = tuple(dict.fromkeys(e for part in parts for e in part.examples))
    if not parts:
        return ParsedDates(np.empty(0, dtype="datetime64[s]"), np.empty(0, dtype=bool))
    return ParsedDates(np.concatenate([part.values for part in parts]),
                       np.concatenate([part.unreadable for part in parts]),
                       examples[:MAX_EXAMPLES], any(part.month_first for part in parts))


def parse_dates(values) -> ParsedDates:
    """Reads a column of dates, each value by its own format (see the module's docstring).

    Parameters
    ----------
    values : sequence or array
        Date/datetime objects, numpy datetime64, ISO or Dutch day-first text, bytes of such
        text, and None/NaN/empty for missing values; a numpy masked array's masked rows are
        missing.

    Returns
    -------
    ParsedDates
        Timestamps (datetime64[s], NaT where empty or unreadable), the unreadable rows and a
        few examples of them.

    Examples
    --------
    >>> parsed = parse_dates(["2024-03-18", b"05-01-2024", "18-3-2024 14:05", None, "soon"])
    >>> parsed.values.astype(str).tolist()
    ['2024-03-18T00:00:00', '2024-01-05T00:00:00', '2024-03-18T14:05:00', 'NaT', 'NaT']
    >>> parsed.unreadable_rows.tolist(), parsed.examples
    ([4], ('soon',))
    """
    array, mask = _as_array(values)
    texts, typed, unreadable = _split_by_kind(array, mask)
    parsed_text, has_text, month_first = _parse_texts(texts)
    unreadable = unreadable | (has_text & np.isnat(parsed_text))
    return ParsedDates(np.where(np.isnat(typed), parsed_text, typed), unreadable,
                       _examples(array, unreadable), month_first)


def _as_array(values):
    """(1-D numpy array, mask of missing rows or None) of any column."""
    mask = None
    if np.ma.isMaskedArray(values):
        mask = np.ma.getmaskarray(values)
        values = values.data
    elif isinstance(values, (pd.Series, pd.Index)):
        values = values.to_numpy(dtype=object)
    if isinstance(values, (list, tuple)) or np.ndim(values) != 1:
        values = _object_array(values)
    return np.asarray(values), mask


def _split_by_kind(array, mask):
    """(texts, typed, numbers): text of every text-like row (None or "" elsewhere), timestamps
    of every date-typed row (NaT elsewhere) and the rows holding a number (unreadable)."""
    n = len(array)
    typed = np.full(n, NAT)
    numbers = np.zeros(n, dtype=bool)
    if array.dtype.kind == "M":
        typed = array.astype("datetime64[s]")
        texts = np.full(n, "", dtype="U1")
    elif array.dtype.kind in "SU":  # bytes are decoded per distinct value, in _parse_texts
        texts = array
    elif array.dtype.kind in "biuf":
        numbers = ~np.isnan(array) if array.dtype.kind == "f" else np.ones(n, dtype=bool)
        texts = np.full(n, "", dtype="U1")
    else:
        texts, typed, numbers = _split_objects(array)
    if mask is not None and mask.any():
        texts = texts.astype(object)
        texts[mask] = None
        typed = np.where(mask, NAT, typed)
        numbers = numbers & ~mask
    return texts, typed, numbers


def _object_array(values):
    values = list(values) if np.ndim(values) else [values]
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


def _split_objects(array):
    """The kinds of an object column; one pass over the values, grouped by their type."""
    n = len(array)
    kinds = [type(v) for v in array]
    numbered = {kind: number for number, kind in enumerate(dict.fromkeys(kinds))}
    kind_numbers = np.fromiter((numbered[kind] for kind in kinds), dtype=np.int64, count=n)
    texts = np.full(n, None, dtype=object)
    typed = np.full(n, NAT)
    numbers = np.zeros(n, dtype=bool)
    for kind, number in numbered.items():
        rows = kind_numbers == number
        group = array[rows]
        if issubclass(kind, (str, bytes, bytearray)):
            texts[rows] = group
        elif kind in (type(None), type(pd.NaT), type(pd.NA)):  # NaT is a dt.datetime
            continue
        elif issubclass(kind, (dt.date, np.datetime64)):  # dt.datetime is a dt.date
            typed[rows] = _timestamps_of_objects(group)
        elif issubclass(kind, (bool, np.bool_)):
            numbers[rows] = True
        elif issubclass(kind, (int, float, np.number)):
            numbers[rows] = [not (isinstance(v, (float, np.floating)) and math.isnan(v))
                             for v in group]
        else:  # anything else: read its text (and report it if that is no date)
            texts[rows] = [str(v) for v in group]
    return texts, typed, numbers


def _timestamps_of_objects(group) -> np.ndarray:
    """datetime64[s] of date, datetime or datetime64 objects of one type: the wall-clock time
    as written, whatever the time zone."""
    codes, uniques = pd.factorize(np.asarray(group, dtype=object))  # dates repeat: convert once
    uniques = [value.replace(tzinfo=None) if getattr(value, "tzinfo", None) is not None
               else value for value in uniques]
    converted = np.array(uniques, dtype="datetime64[s]")
    return np.where(codes < 0, NAT, converted[codes] if len(converted) else NAT)  # -1: NaT


def _parse_texts(texts):
    """(datetime64[s] of each text, NaT for None, blank or unreadable; whether the row holds
    text that is not blank; whether the day-first texts are in fact month first).

    Fast for a quarter of a million values: each distinct text is read once, and texts are
    grouped by their *shape* (every digit written as 0, e.g. ``00-00-0000 00:00``): a shape is
    matched against the formats once, and the numbers of all texts of that shape are cut out
    of their characters at once.
    """
    codes, uniques = pd.factorize(pd.Series(texts, dtype=object))
    if len(uniques) == 0:
        return np.full(len(codes), NAT), np.zeros(len(codes), dtype=bool), False
    strings = [_decoded(text).strip() for text in uniques]
    parsed = np.full(len(strings), NAT)
    shapes = [text.translate(_DIGITS_TO_ZERO) for text in strings]
    shape_codes, shape_uniques = pd.factorize(pd.Series(shapes, dtype=object))
    order = np.argsort(shape_codes, kind="stable")  # the texts of each shape, together
    sizes = np.bincount(shape_codes, minlength=len(shape_uniques))
    starts = np.cumsum(sizes) - sizes
    day_first = []  # (rows, day, month) of each day-first shape
    for number, shape in enumerate(shape_uniques):
        found = _field_spans(shape)
        if found is not None:
            family, spans = found
            rows = order[starts[number]:starts[number] + sizes[number]]
            fields = _fields_at(np.array([strings[r] for r in rows], dtype=str), spans)
            parsed[rows] = _timestamps(*fields)
            if family == DAY_FIRST:
                day_first.append((rows, fields[2], fields[1]))
    month_first = _written_month_first(day_first)
    if month_first:  # read day first, they would be wrong dates: leave them unread
        parsed[np.concatenate([rows for rows, _, _ in day_first])] = NAT
    filled = np.array([text != "" for text in strings], dtype=bool)
    missing = codes < 0
    return np.where(missing, NAT, parsed[codes]), ~missing & filled[codes], month_first


def _written_month_first(day_first) -> bool:
    """Whether dates read as day-month-year are American month-day-year: some have a second
    number above 12 (03/18/2024) and none a first number above 12 (18/03/2024)."""
    if not day_first:
        return False
    day = np.concatenate([d for _, d, _ in day_first])
    month = np.concatenate([m for _, _, m in day_first])
    return bool(((month > 12) & (day <= 12)).any() and not ((day > 12) & (month <= 12)).any())


def _decoded(text) -> str:
    if isinstance(text, (bytes, bytearray, np.bytes_)):
        return bytes(text).decode("utf-8", errors="replace")
    return str(text)


@functools.lru_cache(maxsize=4096)
def _field_spans(shape):
    """(format family, {field: (start, end)}) of the date and time numbers in texts of this
    shape, or None when the shape is no date format."""
    for family, pattern in zip((ISO, DAY_FIRST), _PATTERNS):
        match = pattern.match(shape)
        if match:
            return family, {name: match.span(name) for name in _FIELDS
                            if match.group(name) is not None}
    return None


def _fields_at(texts, spans) -> tuple:
    """(year, month, day, hour, minute, second) integer arrays of texts of one shape, reading
    each field's digits at its ``spans`` (0 for a field the shape lacks)."""
    digits = texts.view(np.uint32).reshape(len(texts), -1).astype(np.int64) - ord("0")

    def field(name):
        if name not in spans:
            return np.zeros(len(texts), dtype=np.int64)
        start, end = spans[name]
        return digits[:, start:end] @ 10 ** np.arange(end - start - 1, -1, -1)

    return tuple(field(name) for name in _FIELDS)


def _timestamps(year, month, day, hour, minute, second) -> np.ndarray:
    """datetime64[s] from integer arrays; NaT where they make no real date or time (month 13,
    30 February, 25:00)."""
    months = np.clip(month, 1, 12) - 1 + (year - 1970) * 12
    first = months.astype("datetime64[M]").astype("datetime64[D]")
    days = first + (np.maximum(day, 1) - 1).astype("timedelta64[D]")
    valid = ((year >= 1) & (month >= 1) & (month <= 12) & (day >= 1)
             & (days.astype("datetime64[M]") == months.astype("datetime64[M]"))
             & (hour < 24) & (minute < 60) & (second < 60))
    stamps = days.astype("datetime64[s]") + (hour * 3600 + minute * 60 + second).astype(
        "timedelta64[s]")
    return np.where(valid, stamps, NAT)


def _examples(values, unreadable) -> tuple:
    """Up to MAX_EXAMPLES different unreadable values, as text."""
    found = []
    for row in np.flatnonzero(unreadable):
        text = _decoded(values[row]).strip()
        if text not in found:
            found.append(text)
            if len(found) == MAX_EXAMPLES:
                break
    return tuple(found)


# --- Dates far outside the rest ---------------------------------------------------------------

@dataclass(frozen=True)
class FarOutside:
    """Which readable dates lie far outside the bulk of the data.

    ``mask`` marks them; ``low`` and ``high`` are the limits (dates before ``low`` or after
    ``high`` are out), ``first`` and ``last`` the range the dates kept cover (None when none
    remains); ``n_before``/``n_after`` count the dates left out on each side and
    ``earliest``/``latest`` show the most extreme of them.
    """

    mask: np.ndarray
    low: Optional[np.datetime64]
    high: Optional[np.datetime64]
    first: Optional[np.datetime64]
    last: Optional[np.datetime64]
    n_before: int = 0
    n_after: int = 0
    earliest: Optional[np.datetime64] = None
    latest: Optional[np.datetime64] = None

    @property
    def count(self) -> int:
        return self.n_before + self.n_after


def far_outside(dates, today=None, first=None, last=None) -> FarOutside:
    """Finds the dates far outside the bulk of ``dates``, for callers to leave out.

    A date is far outside when it lies after ``today`` (incidents are not recorded ahead),
    before :data:`EARLIEST`, or beyond Tukey's far-out fences: more than
    ``FENCE_IQR`` (3) times the interquartile range, and at least :data:`MIN_MARGIN_DAYS`,
    before the first quartile or after the third. Only a few typos and stray old records
    fall outside; data that are spread evenly over many years are kept whole.

    Parameters
    ----------
    dates : array_like of datetime64
        The dates (NaT for missing ones, which are never marked).
    today : date, optional
        The day after which dates lie in the future (default: today's date).
    first, last : date, optional
        The range the user chose (e.g. a first date to use): the automatic limits never cut
        into it, so a user who asks for old (or late) data gets them. Dates outside the
        user's range but inside the automatic limits are not marked: the caller leaves them
        out as outside the range it was given.

    Returns
    -------
    FarOutside
        The mask of dates left out, the limits, the range of the dates kept and the counts.

    Examples
    --------
    >>> days = np.array(["2023-01-02", "2023-06-01", "2024-03-18", "2031-07-14"],
    ...                 dtype="datetime64[D]")
    >>> found = far_outside(days, today=dt.date(2024, 12, 31))
    >>> found.mask.tolist(), found.n_after, str(found.last)
    ([False, False, False, True], 1, '2024-03-18')
    """
    days = np.asarray(dates).astype("datetime64[D]")
    readable = ~np.isnat(days)
    today = _day(today)
    low, high = _fences(days[readable], today)
    if first is not None:
        low = min(low, np.datetime64(first, "D"))
    if last is not None:
        high = max(high, np.datetime64(last, "D"))
    before = readable & (days < low)
    after = readable & (days > high)
    kept = days[readable & ~before & ~after]
    return FarOutside(before | after, low, high,
                      kept.min() if len(kept) else None, kept.max() if len(kept) else None,
                      int(before.sum()), int(after.sum()),
                      days[before].min() if before.any() else None,
                      days[after].max() if after.any() else None)


def _day(value=None) -> np.datetime64:
    """A date as datetime64[D]; None is today."""
    return np.datetime64(dt.date.today() if value is None else value, "D")


def _fences(days, today):
    """(low, high): the automatic limits of the dates kept."""
    plausible = days[(days >= EARLIEST) & (days <= today)]
    if len(plausible) == 0:
        return EARLIEST, today
    numbers = plausible.astype(np.int64)
    q1, q3 = np.percentile(numbers, [25, 75])
    margin = max(FENCE_IQR * (q3 - q1), MIN_MARGIN_DAYS)
    low = max(EARLIEST, np.datetime64(int(math.floor(q1 - margin)), "D"))
    high = min(today, np.datetime64(int(math.ceil(q3 + margin)), "D"))
    return low, high


# --- Both: the dates an analysis uses ---------------------------------------------------------

@dataclass(frozen=True)
class UsableDates:
    """The dates an analysis uses: ``days`` (datetime64[D]) is NaT where a row's date is
    empty, unreadable or far outside the others; ``parsed`` and ``outside`` say which."""

    days: np.ndarray
    parsed: ParsedDates
    outside: FarOutside

    @property
    def first(self) -> Optional[np.datetime64]:
        return self.outside.first

    @property
    def last(self) -> Optional[np.datetime64]:
        return self.outside.last

    def messages(self, field: str) -> list:
        """What was left out and why, one sentence each (empty when nothing was)."""
        texts = (empty_text(self.parsed, field), unreadable_text(self.parsed, field),
                 far_outside_text(self.outside, field))
        return [text for text in texts if text]


def usable_dates(parsed: ParsedDates, field: str, today=None, first=None,
                 last=None) -> UsableDates:
    """The dates to analyse: readable and not far outside the others (see
    :func:`far_outside` for ``today``, ``first`` and ``last``).

    Raises ValueError, with a sentence saying what the values look like and which formats are
    read, when rows are there but none has a date to use.

    Examples
    --------
    >>> parsed = parse_dates(["2024-03-18", "18-03-2024", "", "2031-07-14", "soon"])
    >>> usable = usable_dates(parsed, "datum", today=dt.date(2026, 1, 1))
    >>> usable.days.astype(str).tolist()
    ['2024-03-18', '2024-03-18', 'NaT', 'NaT', 'NaT']
    >>> len(usable.messages("datum"))
    3
    """
    problem = nothing_readable_text(parsed, field) if len(parsed) else None
    if problem:
        raise ValueError(problem)
    outside = far_outside(parsed.days, today, first, last)
    problem = none_left_text(outside, field, today)
    if problem:
        raise ValueError(problem)
    days = np.where(outside.mask, np.datetime64("NaT", "D"), parsed.days)
    return UsableDates(days, parsed, outside)


# --- Sentences for the log --------------------------------------------------------------------

def unreadable_text(parsed: ParsedDates, field: str) -> Optional[str]:
    """The log line about unreadable values (None when every value was read or empty)."""
    if not parsed.n_unreadable:
        return None
    return translate("Dates", UNREADABLE).format(
        count=parsed.n_unreadable, field=field, examples=_quoted(parsed.examples),
        formats=FORMATS_TEXT) + _month_first_hint(parsed)


def empty_text(parsed: ParsedDates, field: str) -> Optional[str]:
    """The log line about rows without a date (None when every row has one)."""
    count = int(parsed.empty.sum())
    return translate("Dates", EMPTY).format(count=count, field=field) if count else None


def nothing_readable_text(parsed: ParsedDates, field: str) -> Optional[str]:
    """Why a field gives no date at all (None when some value is a date)."""
    if parsed.n_readable:
        return None
    if not parsed.n_unreadable:
        return translate("Dates", ALL_EMPTY).format(field=field)
    return translate("Dates", NOTHING_READABLE).format(
        field=field, examples=_quoted(parsed.examples), formats=FORMATS_TEXT) + \
        _month_first_hint(parsed)


def _month_first_hint(parsed: ParsedDates) -> str:
    if not parsed.month_first:
        return ""
    matches = (_MONTH_FIRST_PROOF.match(example) for example in parsed.examples)
    proof = next((m.group(0) for m in matches if m and int(m.group(1)) > 12), "03/18/2024")
    return " " + translate("Dates", MONTH_FIRST).format(example=f"'{proof}'")


def numbers_text(field: str, type_name: str) -> str:
    """Why a number field is refused as the date field."""
    return translate("Dates", NUMBERS).format(field=field, type=type_name, formats=FORMATS_TEXT)


def far_outside_text(found: FarOutside, field: str) -> Optional[str]:
    """The log line about the dates left out (None when none was)."""
    if not found.count:
        return None
    parts = []
    if found.n_before:
        parts.append(translate("Dates", FAR_BEFORE).format(
            count=found.n_before, limit=found.low, example=found.earliest))
    if found.n_after:
        parts.append(translate("Dates", FAR_AFTER).format(
            count=found.n_after, limit=found.high, example=found.latest))
    return translate("Dates", FAR_OUTSIDE).format(
        count=found.count, field=field, parts="; ".join(parts), first=found.first,
        last=found.last)


def none_left_text(found: FarOutside, field: str, today=None) -> Optional[str]:
    """Why no date is left once the far-outside ones are out (None when some are left)."""
    if found.first is not None or not found.count:
        return None
    examples = [str(d) for d in (found.earliest, found.latest) if d is not None]
    return translate("Dates", NONE_LEFT).format(
        field=field, today=_day(today), earliest=EARLIEST,
        examples=", ".join(examples))


def _quoted(examples: Sequence[str]) -> str:
    return ", ".join(f"'{example}'" for example in examples)
