"""Small-count suppression for every area output meant for sharing (privacy rule 2).

A count of 1 to k-1 (default k = 5, the CBS threshold for PC6 statistics) can point at a
few households, so it is replaced by NULL (never silently by 0) and flagged. Counts of k or
more are shown as they are.

Zero is kept by default. Like CBS, Wijkradar suppresses small *non-zero* counts: an area
with no registered incidents says nothing about a person, and blanking zeros too would
blank most cells of a sparse map (most PC6 areas have no incidents in a given week) and hide
where nothing happens. Where a zero itself discloses something (a table of a small group,
"0 of the 4 households..."), pass ``suppress_zero=True``.

Secondary suppression. Values computed from a suppressed count (rates, shares, scores) are
blanked too when the caller lists them as ``derived_columns``. Totals are the caller's job:
never publish a total computed before suppression next to the suppressed cells, since the
suppressed value could then be recomputed by subtraction.

Missing counts (NULL/NaN) stay missing and are not flagged: unknown is not suppressed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Mapping, Sequence, Union

import numpy as np
import pandas as pd

from .i18n import QT_TRANSLATE_NOOP, translator

DEFAULT_K = 5
DEFAULT_FLAG_COLUMN = "onderdrukt"

# --- User-facing strings (English source; Dutch in i18n/wijkradar_nl.ts) --------------------

METADATA_NOTE = QT_TRANSLATE_NOOP("Suppression", "Counts below {k} are suppressed (shown as NULL "
                                  "and flagged in '{flag}').")
METADATA_NOTE_WITH_ZERO = QT_TRANSLATE_NOOP(
    "Suppression", "Counts below {k}, zero included, are suppressed (shown as NULL and flagged "
    "in '{flag}').")
METADATA_NOTE_DERIVED = QT_TRANSLATE_NOOP("Suppression", "Values derived from a suppressed count "
                                          "({columns}) are NULL as well.")
ERROR_K = QT_TRANSLATE_NOOP("Suppression", "The suppression threshold k must be a whole number "
                            "of at least 1, not {k!r}.")
ERROR_NEGATIVE = QT_TRANSLATE_NOOP("Suppression", "Counts cannot be negative; found {value:g}.")
ERROR_NOT_NUMERIC = QT_TRANSLATE_NOOP("Suppression", "Counts must be numbers: {error}")
ERROR_MISSING_COLUMN = QT_TRANSLATE_NOOP("Suppression", "Column '{column}' is not in the table.")
ERROR_UNKNOWN_SOURCE = QT_TRANSLATE_NOOP(
    "Suppression", "Derived column '{derived}' depends on '{source}', which is not one of the "
    "count columns.")
ERROR_SMALL_COUNTS = QT_TRANSLATE_NOOP("Suppression", "{n} value(s) below k = {k} that should "
                                       "have been suppressed: {examples}.")


_tr = translator("Suppression")


DerivedColumns = Union[Sequence[str], Mapping[str, Sequence[str]]]


class SmallCountError(AssertionError):
    """A value that should have been suppressed is present."""


@dataclass(frozen=True)
class SuppressedCounts:
    """Counts with small ones replaced by NaN, the mask of what was suppressed, and k."""

    values: np.ndarray
    suppressed: np.ndarray
    k: int

    @property
    def n_suppressed(self) -> int:
        return int(self.suppressed.sum())


def _check_k(k) -> int:
    if isinstance(k, (bool, np.bool_)) or not isinstance(k, (int, np.integer)) or k < 1:
        raise ValueError(_tr(ERROR_K).format(k=k))
    return int(k)


def _as_float_array(counts) -> np.ndarray:
    series = counts if isinstance(counts, pd.Series) else pd.Series(np.asarray(counts,
                                                                               dtype=object))
    try:
        numeric = pd.to_numeric(series, errors="raise")
    except (TypeError, ValueError) as error:
        raise ValueError(_tr(ERROR_NOT_NUMERIC).format(error=error)) from error
    # A copy: to_numpy may return a (read-only) view of the caller's data.
    return np.array(numeric.to_numpy(dtype="float64", na_value=np.nan), copy=True)


def small_count_mask(counts, k: int = DEFAULT_K, suppress_zero: bool = False) -> np.ndarray:
    """True where a count must be suppressed: 0 < count < k (0 <= count < k with zeros).

    Parameters
    ----------
    counts : array_like or pandas.Series
        Whole counts (NaN/None: missing, never suppressed).
    k : int
        The threshold (default 5, the CBS threshold for PC6 statistics).
    suppress_zero : bool
        Suppress zeros too (a small group where "none of them" discloses something).

    Returns
    -------
    numpy.ndarray of bool

    Raises
    ------
    ValueError
        A k below 1, a negative count or a value that is not a number.

    Examples
    --------
    >>> small_count_mask([0, 3, 5, 12]).tolist()
    [False, True, False, False]
    >>> small_count_mask([0, 3, 5, 12], suppress_zero=True).tolist()
    [True, True, False, False]
    """
    k = _check_k(k)
    values = _as_float_array(counts)
    negative = values < 0
    if negative.any():
        raise ValueError(_tr(ERROR_NEGATIVE).format(value=values[negative][0]))
    lower = values >= 0 if suppress_zero else values > 0
    return lower & (values < k)


def suppress_small_counts(counts, k: int = DEFAULT_K,
                          suppress_zero: bool = False) -> SuppressedCounts:
    """Counts as floats with the small ones set to NaN (the input is not changed).

    Parameters are those of :func:`small_count_mask`.

    Returns
    -------
    SuppressedCounts
        The values, the mask of what was suppressed, and k.

    Examples
    --------
    >>> result = suppress_small_counts([0, 3, 5, 12, None])
    >>> result.values.tolist(), result.n_suppressed
    ([0.0, nan, 5.0, 12.0, nan], 1)
    """
    mask = small_count_mask(counts, k, suppress_zero)
    values = _as_float_array(counts)
    values[mask] = np.nan
    return SuppressedCounts(values=values, suppressed=mask, k=_check_k(k))


def _blank(column: pd.Series, mask: np.ndarray) -> pd.Series:
    """The column with NULL where mask is True, keeping whole numbers whole (Int64)."""
    if pd.api.types.is_bool_dtype(column.dtype) or pd.api.types.is_object_dtype(column.dtype):
        return column.astype(object).where(~mask, None)
    if pd.api.types.is_integer_dtype(column.dtype):
        column = column.astype("Int64")
    return column.mask(mask)


def _derived_sources(derived_columns: DerivedColumns,
                     count_columns: Sequence[str]) -> Dict[str, Sequence[str]]:
    """Derived column -> the counts it is computed from (all counts when not said)."""
    if isinstance(derived_columns, str):
        derived_columns = [derived_columns]
    if not isinstance(derived_columns, Mapping):
        return {name: list(count_columns) for name in derived_columns}
    for derived, sources in derived_columns.items():
        for source in [sources] if isinstance(sources, str) else sources:
            if source not in count_columns:
                raise ValueError(_tr(ERROR_UNKNOWN_SOURCE).format(derived=derived, source=source))
    return {name: [s] if isinstance(s, str) else list(s) for name, s in derived_columns.items()}


def suppress_frame(df: pd.DataFrame, count_columns: Sequence[str], k: int = DEFAULT_K,
                   flag_column: str = DEFAULT_FLAG_COLUMN, derived_columns: DerivedColumns = (),
                   suppress_zero: bool = False) -> pd.DataFrame:
    """A copy of ``df`` with small counts set to NULL and flagged; ``df`` is not changed.

    ``count_columns`` are suppressed cell by cell; integer columns become nullable ``Int64``
    whatever the data, so the output schema does not depend on the values. The boolean
    ``flag_column`` is True on rows where any count was suppressed (or-ed with an existing
    flag column of that name). ``derived_columns`` (a list: computed from all count columns,
    or a mapping derived -> source counts) are blanked where a source count was suppressed.

    Parameters
    ----------
    df : pandas.DataFrame
        One row per area (and period).
    count_columns : sequence of str
        The columns of counts.
    k : int
        The threshold (default 5).
    flag_column : str
        The boolean column that marks the rows with a suppressed count.
    derived_columns : sequence of str or mapping
        Columns computed from the counts (rates, shares, scores).
    suppress_zero : bool
        Suppress zeros too.

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    A count of 3 and the rate computed from it are blanked; 12 and 0 are shown:

    >>> table = pd.DataFrame({"postcode": ["1011AB", "1011AC", "1012AA"],
    ...                       "n": [3, 12, 0], "rate": [1.5, 6.0, 0.0]})
    >>> shared = suppress_frame(table, ["n"], derived_columns=["rate"])
    >>> shared["n"].tolist(), shared["rate"].tolist(), shared["onderdrukt"].tolist()
    ([<NA>, 12, 0], [nan, 6.0, 0.0], [True, False, False])
    """
    if isinstance(count_columns, str):
        count_columns = [count_columns]
    derived = _derived_sources(derived_columns, count_columns)
    for column in list(count_columns) + list(derived):
        if column not in df.columns:
            raise ValueError(_tr(ERROR_MISSING_COLUMN).format(column=column))
    out = df.copy()
    masks = {}
    for column in count_columns:
        masks[column] = small_count_mask(df[column], k, suppress_zero)
        out[column] = _blank(out[column], masks[column])
    for column, sources in derived.items():
        mask = np.logical_or.reduce([masks[s] for s in sources] + [np.zeros(len(df), bool)])
        out[column] = _blank(out[column], mask)
    flags = np.logical_or.reduce(list(masks.values()) + [np.zeros(len(df), bool)])
    if flag_column in df.columns:
        flags = flags | np.array([pd.notna(v) and bool(v) for v in df[flag_column]], bool)
    out[flag_column] = flags
    return out


def metadata_note(k: int = DEFAULT_K, flag_column: str = DEFAULT_FLAG_COLUMN,
                  suppress_zero: bool = False, derived_columns: Sequence[str] = ()) -> str:
    """The sentence for the layer metadata and the map's method note.

    Examples
    --------
    >>> metadata_note()
    "Counts below 5 are suppressed (shown as NULL and flagged in 'onderdrukt')."
    """
    template = _tr(METADATA_NOTE_WITH_ZERO if suppress_zero else METADATA_NOTE)
    note = template.format(k=_check_k(k), flag=flag_column)
    if derived_columns:
        names = [derived_columns] if isinstance(derived_columns, str) else derived_columns
        note += " " + _tr(METADATA_NOTE_DERIVED).format(columns=", ".join(names))
    return note


def _flatten(values) -> pd.Series:
    """One series; a frame's values are labelled (column, row)."""
    if isinstance(values, pd.DataFrame):
        if values.shape[1] == 0:
            return pd.Series([], dtype="float64")
        return pd.concat([values[c] for c in values.columns], keys=list(values.columns))
    if isinstance(values, pd.Series):
        return values
    return pd.Series(np.asarray(values, dtype=object).ravel())


def assert_no_small_counts(values, k: int = DEFAULT_K, allow_zero: bool = True) -> None:
    """Raise :class:`SmallCountError` if any value is below k (NULLs are ignored).

    A check for tests and for tables about to be shared; a frame's values are named by
    (column, row).

    Examples
    --------
    >>> try:
    ...     assert_no_small_counts(pd.DataFrame({"n": [0, 7, 2]}))
    ... except SmallCountError as error:
    ...     print(error)
    1 value(s) below k = 5 that should have been suppressed: 2 at ('n', 2).
    """
    series = _flatten(values)
    mask = small_count_mask(series, k, suppress_zero=not allow_zero)
    if mask.any():
        hits = series[mask]
        examples = ", ".join(f"{value:g} at {label}" for label, value in
                             zip(hits.index[:5], hits.astype(float).iloc[:5]))
        raise SmallCountError(_tr(ERROR_SMALL_COUNTS).format(n=int(mask.sum()), k=k,
                                                        examples=examples))
