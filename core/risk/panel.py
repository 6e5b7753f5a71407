"""The panel: incident counts per period and area, built with one ``np.bincount``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ..i18n import QT_TRANSLATE_NOOP, translate
from .common import translated
from .periods import as_date, check_period, period_end, period_label, period_numbers, period_start

DEFAULT_RECENT_DAYS = 14
ERROR_NO_INCIDENTS = QT_TRANSLATE_NOOP(
    "Risk", "No incidents remain to analyse ({} read: {}). Check the date field, the type "
    "filter, the date range and that incidents lie in the areas.")
ERROR_DATES = QT_TRANSLATE_NOOP("Risk", "The first date ({}) is after the last date ({}).")


@dataclass
class Panel:
    """Incident counts per period (rows) and area (columns)."""

    counts: np.ndarray
    period: str
    first: int = 0
    recent: Optional[np.ndarray] = None
    recent_days: int = DEFAULT_RECENT_DAYS
    dropped: dict = field(default_factory=dict)
    # Counts of the other incident types on the same periods and areas (a feature), or None.
    other: Optional[np.ndarray] = None

    @property
    def n_periods(self) -> int:
        return self.counts.shape[0]

    @property
    def n_areas(self) -> int:
        return self.counts.shape[1]

    def label(self, t: int) -> str:
        return period_label(self.first + t, self.period)

    def start_date(self, t: int) -> dt.date:
        return as_date(period_start(self.first + t, self.period))

    def end_date(self, t: int) -> dt.date:
        return as_date(period_end(self.first + t, self.period))

    @classmethod
    def from_counts(cls, counts, period: str = "year", first: int = 0, recent=None,
                    other=None):
        """A panel from a ready (periods x areas) count array (no near-repeat unless given;
        ``other``: the other incident types' counts)."""
        check_period(period)
        counts = np.asarray(counts)
        if counts.ndim != 2 or np.any(counts < 0):
            raise ValueError("Counts must be a (periods x areas) array of counts >= 0.")
        return cls(counts.astype(np.int32), period, first,
                   None if recent is None else np.asarray(recent, dtype=np.int32),
                   other=None if other is None else np.asarray(other, dtype=np.int32))

    def counts_of(self, area_index, dates) -> np.ndarray:
        """Counts of other incidents (area index, datetime64 date) on this panel's periods
        and areas, e.g. the other types as :attr:`other`; incidents outside every area,
        undated or outside the periods are left out."""
        area_index = np.asarray(area_index, dtype=np.int64)
        dates = np.asarray(dates).astype("datetime64[D]")
        periods = period_numbers(dates, self.period) - self.first
        keep = (area_index >= 0) & ~np.isnat(dates) & (periods >= 0) & (
            periods < self.n_periods)
        return _bincount2(periods[keep], area_index[keep], self.n_periods, self.n_areas)


def build_panel(area_index, dates, n_areas: int, period: str = "month", start=None, end=None,
                recent_days: int = DEFAULT_RECENT_DAYS) -> Panel:
    """Counts per (period, area) from each incident's area index (-1: outside every area)
    and date (datetime64; NaT: unknown).

    ``start`` and ``end`` (dates, default: the first and last incident date) limit the
    analysis; incidents outside every area, without a date or outside the range are left
    out and counted in ``Panel.dropped``. ``recent`` counts, per period, the incidents dated
    within ``recent_days`` days before the period's last day (near-repeat feature).
    """
    check_period(period)
    area_index = np.asarray(area_index, dtype=np.int64)
    dates = np.asarray(dates).astype("datetime64[D]")
    if area_index.shape != dates.shape:
        raise ValueError("Every incident needs an area index and a date.")
    total = area_index.size
    outside = area_index < 0
    no_date = np.isnat(dates) & ~outside
    usable = ~outside & ~no_date
    if not usable.any():
        raise ValueError(translated(ERROR_NO_INCIDENTS).format(total, _dropped_text(
            {"outside": int(outside.sum()), "no_date": int(no_date.sum())})))
    start = np.datetime64(start, "D") if start is not None else dates[usable].min()
    end = np.datetime64(end, "D") if end is not None else dates[usable].max()
    if start > end:
        raise ValueError(translated(ERROR_DATES).format(start, end))
    before = usable & (dates < start)
    after = usable & (dates > end)
    keep = usable & ~before & ~after
    dropped = {"outside": int(outside.sum()), "no_date": int(no_date.sum()),
               "before": int(before.sum()), "after": int(after.sum())}
    if not keep.any():
        raise ValueError(translated(ERROR_NO_INCIDENTS).format(total, _dropped_text(dropped)))
    first = int(period_numbers(start, period))
    n_periods = int(period_numbers(end, period)) - first + 1
    areas, days = area_index[keep], dates[keep]
    periods = period_numbers(days, period) - first
    counts = _bincount2(periods, areas, n_periods, n_areas)
    recent = np.zeros_like(counts)
    for step in range(0, recent_days + 1):
        target = periods + step
        inside = target < n_periods
        age = (period_end(first + target[inside], period) - days[inside]).astype(np.int64)
        near = age < recent_days
        if not near.any():
            break
        recent += _bincount2(target[inside][near], areas[inside][near], n_periods, n_areas)
    panel = Panel(counts, period, first, recent, recent_days, dropped)
    return panel


def _bincount2(rows, cols, n_rows, n_cols) -> np.ndarray:
    flat = np.bincount(rows * n_cols + cols, minlength=n_rows * n_cols)
    return flat.astype(np.int32).reshape(n_rows, n_cols)


def _dropped_text(dropped) -> str:
    names = {"outside": translate("Risk", "{} outside every area"),
             "no_date": translate("Risk", "{} without a usable date"),
             "before": translate("Risk", "{} before the first date"),
             "after": translate("Risk", "{} after the last date")}
    parts = [names[key].format(count) for key, count in dropped.items() if count]
    return ", ".join(parts) or translate("Risk", "none")


def dropped_text(panel: Panel) -> str:
    """'12 outside every area, 3 without a usable date' (what build_panel left out)."""
    return _dropped_text(panel.dropped)
