"""Periods: week, month, quarter or year numbers of dates, their first and last days, labels
and the words reports use for them."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

import numpy as np

from .. import choices
from ..i18n import QT_TRANSLATE_NOOP
from .common import translated

# The keys of postcode_risk's options (core/choices.py holds their order and labels).
PERIODS = choices.RISK_PERIODS.values
WINDOWS = {"week": (1, 4, 13), "month": (1, 3, 12), "quarter": (1, 2, 4), "year": (1, 2, 3)}
SEASONAL_LAG = {"week": 52, "month": 12, "quarter": 4, "year": 0}
DEFAULT_FOLDS = {"week": 8, "month": 6, "quarter": 4, "year": 2}
NOUNS = {"week": (QT_TRANSLATE_NOOP("Risk", "week"), QT_TRANSLATE_NOOP("Risk", "weeks")),
         "month": (QT_TRANSLATE_NOOP("Risk", "month"), QT_TRANSLATE_NOOP("Risk", "months")),
         "quarter": (QT_TRANSLATE_NOOP("Risk", "quarter"),
                     QT_TRANSLATE_NOOP("Risk", "quarters")),
         "year": (QT_TRANSLATE_NOOP("Risk", "year"), QT_TRANSLATE_NOOP("Risk", "years"))}
# Words that need the period's article or gender in other languages: one template each.
LAST_ONE = {"week": QT_TRANSLATE_NOOP("Risk", "the last week"),
            "month": QT_TRANSLATE_NOOP("Risk", "the last month"),
            "quarter": QT_TRANSLATE_NOOP("Risk", "the last quarter"),
            "year": QT_TRANSLATE_NOOP("Risk", "the last year")}
LAST_MANY = {"week": QT_TRANSLATE_NOOP("Risk", "the last {} weeks"),
             "month": QT_TRANSLATE_NOOP("Risk", "the last {} months"),
             "quarter": QT_TRANSLATE_NOOP("Risk", "the last {} quarters"),
             "year": QT_TRANSLATE_NOOP("Risk", "the last {} years")}
SAME_PERIOD_A_YEAR_EARLIER = {
    "week": QT_TRANSLATE_NOOP("Risk", "{} in the same week a year earlier"),
    "month": QT_TRANSLATE_NOOP("Risk", "{} in the same month a year earlier"),
    "quarter": QT_TRANSLATE_NOOP("Risk", "{} in the same quarter a year earlier")}
EPOCH_MONDAY = np.datetime64("1970-01-05", "D")
ERROR_PERIOD = QT_TRANSLATE_NOOP("Risk", "The period must be one of {}, not {!r}.")


def check_period(period: str) -> None:
    """Raises a ValueError naming the periods when ``period`` is not one of them."""
    if period not in PERIODS:
        raise ValueError(translated(ERROR_PERIOD).format(", ".join(PERIODS), period))


def period_numbers(dates, period: str) -> np.ndarray:
    """Absolute period numbers (int64) of datetime64 dates; NaT gives an arbitrary value."""
    check_period(period)
    days = np.asarray(dates).astype("datetime64[D]")
    if period == "week":
        return (days - EPOCH_MONDAY).astype(np.int64) // 7
    months = days.astype("datetime64[M]").astype(np.int64)
    if period == "month":
        return months
    if period == "quarter":
        return months // 3
    return days.astype("datetime64[Y]").astype(np.int64)


def period_start(numbers, period: str) -> np.ndarray:
    """First day (datetime64[D]) of each absolute period number."""
    check_period(period)
    numbers = np.asarray(numbers, dtype=np.int64)
    if period == "week":
        return EPOCH_MONDAY + 7 * numbers
    if period == "month":
        return numbers.astype("datetime64[M]").astype("datetime64[D]")
    if period == "quarter":
        return (3 * numbers).astype("datetime64[M]").astype("datetime64[D]")
    return numbers.astype("datetime64[Y]").astype("datetime64[D]")


def period_end(numbers, period: str) -> np.ndarray:
    """Last day (datetime64[D]) of each absolute period number."""
    return period_start(np.asarray(numbers, dtype=np.int64) + 1, period) - np.timedelta64(1, "D")


def as_date(value) -> dt.date:
    """A datetime64 day as a ``datetime.date``."""
    return np.asarray(value, dtype="datetime64[D]").item()


def period_label(number: int, period: str) -> str:
    """'2024-W05', '2024-03', '2024-Q1' or '2024'."""
    start = as_date(period_start(number, period))
    if period == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return f"{start.year}-{start.month:02d}"
    if period == "quarter":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    return f"{start.year}"


def label_period(label: str) -> Optional[str]:
    """The period of a label :func:`period_label` wrote ('2024-W05' -> 'week'), or None."""
    patterns = (("week", r"\d{4}-W\d{2}"), ("month", r"\d{4}-\d{2}"), ("quarter", r"\d{4}-Q\d"),
                ("year", r"\d{4}"))
    return next((period for period, pattern in patterns if re.fullmatch(pattern, label)), None)


def period_noun(period: str) -> str:
    """'week', 'month', ... in the user's language."""
    return translated(NOUNS[period][0])


def window_words(window: int, period: str) -> str:
    """'the last month', 'the last 3 months', ... in the user's language."""
    if window == 1:
        return translated(LAST_ONE[period])
    return translated(LAST_MANY[period]).format(window)
