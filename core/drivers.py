"""Drivers per area: why an area is on the list, told as facts an officer can act on.

Why families, not single features
---------------------------------
The risk model's inputs come in families that say nearly the same thing in different
windows (the area's incidents in the last week, 4 weeks, 13 weeks, ...). The features of a
family are strongly correlated, so a model may put its weight on any one of them, or on one
with a plus and another with a minus. On the demo the GLM once put it on "the whole
history", and every area's first driver read "incidents per week over the whole history
(x6.1)": true for the model, the same for every area and nothing a patrol can use. The
weight of one feature says little; the family's total does.

The kinds of driver (families)
------------------------------
- ``chronic``: high for years (the whole history, the longest window, its shrunk and
  smoothed forms): "high for years: 48 incidents since 2020-01-01; 5x the average area";
- ``recent``: what is new (the shorter windows and the trend): "rising: 6 incidents in the
  last 4 weeks against fewer than 5 in the 4 weeks before", or the recent count;
- ``near_repeat``: incidents in the last days here and next door: "near-repeat: 7 incidents
  here and in the neighbouring areas in the last 14 days";
- ``surroundings``: the neighbouring areas and the kernel densities around the area;
- ``season``: the same period a year earlier and the time of year;
- ``other``: incidents of other types in the area;
- each covariate, context layer (with dates: counted up to the forecast's origin), area
  value over time (the latest known at the origin) and the area's size alone: "2 ruimingen
  within 200 m", "high share of payment arrears (14; average 6.2)", "payment arrears per
  1,000 households: 14 in 2024-Q2 (average 6.2)".

How much a family raises the expected count: GLM, ``exp`` of the sum of ``coef_j * z_ij``
over the family (exact: the GLM is additive in the log); boosting, the ratio of the
prediction to the prediction with all of the family's features at their training mean.
Families that raise it by at least ``min_factor`` are drivers. They are told in the order
of how unusual that push is among the areas at the top of the list (the log factor minus
its mean over the top areas, in standard deviations there), so the first driver says what
sets the area apart from the other high-risk areas, not what every one of them shares
("high for years" comes first where nothing else stands out); near ties keep the order of
the factors.

Incident counts below ``min_count`` (the suppression threshold k of the outputs) are never
written: then the fact is said without the number ("fewer than 5").
"""

from __future__ import annotations

import math
from typing import List, Sequence, Tuple

import numpy as np

from .i18n import QT_TRANSLATE_NOOP, number, short_number, translate

FAMILIES = {
    "history": "chronic", "eb_history": "chronic", "kde_history": "chronic",
    "trend": "recent",
    "seasonal": "season", "season_sin": "season", "season_cos": "season",
    "recent_own": "near_repeat", "recent_neighbours": "near_repeat",
    "neighbours": "surroundings", "neighbours_history": "surroundings", "kde": "surroundings",
    "other": "other", "other_history": "other", "other_kde": "other",
}
PERIOD_DAYS = {"week": 7.0, "month": 30.44, "quarter": 91.31, "year": 365.25}
# The comparison with the average area is over a year, or the whole history when shorter.
PERIODS_PER_YEAR = {"week": 52, "month": 12, "quarter": 4, "year": 1}
MIN_RATIO = 1.1  # "1.0x the average area" tells nothing
RISING = 1.5  # a recent rate this many times the one before reads "rising"
BEFORE_ONE = {"week": QT_TRANSLATE_NOOP("Risk", "the week before"),
              "month": QT_TRANSLATE_NOOP("Risk", "the month before"),
              "quarter": QT_TRANSLATE_NOOP("Risk", "the quarter before"),
              "year": QT_TRANSLATE_NOOP("Risk", "the year before")}
BEFORE_MANY = {"week": QT_TRANSLATE_NOOP("Risk", "the {} weeks before"),
               "month": QT_TRANSLATE_NOOP("Risk", "the {} months before"),
               "quarter": QT_TRANSLATE_NOOP("Risk", "the {} quarters before"),
               "year": QT_TRANSLATE_NOOP("Risk", "the {} years before")}

Group = Tuple[str, List[int]]


def feature_groups(features) -> List[Group]:
    """(family, feature indices) in the order the families first appear (see the module's
    kinds), every covariate and context feature alone with its 'unknown' flag
    (``missing_x`` goes with ``static_x``)."""
    groups: dict = {}
    longest = max([f.window for f in features if f.kind == "own"] or [0])
    for index, feature in enumerate(features):
        groups.setdefault(family(feature, longest), []).append(index)
    return list(groups.items())


def family(feature, longest: int = 0) -> str:
    """The family of a feature; ``longest``: the longest own window (chronic, the shorter
    ones recent)."""
    if feature.kind == "own":
        return "chronic" if feature.window >= longest else "recent"
    if feature.kind in FAMILIES:
        return FAMILIES[feature.kind]
    if feature.name.startswith("missing_"):  # an 'unknown' flag goes with what it flags
        flagged = feature.name[len("missing_"):]
        return flagged if feature.kind == "dated_value_missing" else "static_" + flagged
    return feature.name


def driver_texts(builder, origin: int, areas, contributions, groups: Sequence[Group], mat,
                 reference, min_count: int = 5, n_drivers: int = 3,
                 min_factor: float = 1.1, top_rows=None) -> List[List[str]]:
    """The ``n_drivers`` families with log contributions (rows: ``areas``, columns:
    ``groups``) of at least ``log(min_factor)``, most unusual first, as sentences.

    ``mat`` holds the same areas' features at ``origin`` and ``reference`` the features'
    training means (a covariate above it reads 'high ...', below it 'low ...');
    ``top_rows``: the rows of the areas at the top of the list (default: all).
    """
    facts = AreaFacts(builder, origin, min_count)
    order = driver_order(contributions, min_factor, top_rows)
    texts = []
    for row, area in enumerate(areas):
        words = []
        for group in order[row][:n_drivers]:
            name, indices = groups[group]
            words.append(facts.describe(name, indices, int(area), mat[row], reference))
        texts.append(words)
    return texts


def driver_order(contributions, min_factor: float = 1.1, top_rows=None) -> List[List[int]]:
    """Per row, the columns (families) with a log contribution of at least
    ``log(min_factor)``, most unusual first: by the contribution's distance from its
    column's mean over ``top_rows`` (default all rows), in standard deviations there,
    rounded to a tenth so that near ties keep the order of the factors.

    Three top areas, all about three times the average for years (family 0); what sets
    the first apart is a recent rise (1), the second near repeats (2); the third pushes
    hardest on the long history, and its near repeats (x1.05) are no driver:

    >>> factors = np.array([[3.0, 1.5, 1.0], [3.0, 1.0, 2.0], [3.2, 1.2, 1.05]])
    >>> driver_order(np.log(factors))
    [[1, 0], [2, 0], [0, 1]]
    """
    contributions = np.asarray(contributions, dtype=float)
    if contributions.size == 0:
        return [[] for _ in range(contributions.shape[0])]
    top = contributions if top_rows is None else contributions[np.asarray(top_rows)]
    spread = top.std(axis=0)
    spread = np.where(spread > 1e-9, spread, np.inf)
    unusual = np.where(np.isfinite(spread), (contributions - top.mean(axis=0)) / spread, 0.0)
    eligible = contributions >= math.log(min_factor)
    # one sort key: the rounded unusualness first, the factor within a tenth of it
    key = -np.round(unusual, 1) * 1e6 - contributions
    key = np.where(eligible, key, np.inf)
    ranked = np.argsort(key, axis=1, kind="stable")
    counts = eligible.sum(axis=1)
    return [ranked[row, :counts[row]].tolist() for row in range(contributions.shape[0])]


class AreaFacts:
    """The counts behind the drivers at one origin: per window, of each area and of its
    neighbours together; and over the last year, compared with the average area."""

    def __init__(self, builder, origin: int, min_count: int):
        self.builder = builder
        self.origin = origin
        self.min_count = int(min_count)
        self.subject = builder.subject
        panel = builder.panel
        self.panel = panel
        end = self.end = origin + 1
        degree = builder.degree
        # (days, words, when, own counts, neighbours' counts together): the model's
        # windows, the last year and the whole history; counts are told for the shortest
        # window with k or more.
        self.windows = []
        year = self.year = min(PERIODS_PER_YEAR[panel.period], end)
        lengths = sorted({f.window for f in builder.features if f.kind == "own"} | {year})
        for length in lengths:
            words = builder.window_words(length)
            self._add_window(length * PERIOD_DAYS[panel.period], words,
                             translate("Risk", "in {}").format(words), max(end - length, 0), end)
        if end > year:
            since = translate("Risk", "since {}").format(panel.start_date(0).isoformat())
            self._add_window(end * PERIOD_DAYS[panel.period], since, since, 0, end)
        self.windows.sort(key=lambda window: window[0])
        self.longest_days = builder.longest * PERIOD_DAYS[panel.period]
        self.recent = None
        if panel.recent is not None:
            self.recent = panel.recent[origin].astype(float)
            if builder.neighbour_recent is not None:
                self.recent = self.recent + np.rint(builder.neighbour_recent[origin] * degree)
        self.history = builder.cum[end]
        self.history_mean = float(self.history.mean())
        self.other_year = None  # the other types' counts over the last year, when needed
        self.value_averages = {}  # area values over time: the areas' average at the origin
        self.year_words = builder.window_words(year)
        self.year_counts = builder.cum[end] - builder.cum[end - year]
        self.average = float(self.year_counts.mean())
        self.neighbour_year_mean = (None if builder.neighbour_cum is None else
                                    builder.neighbour_cum[end] - builder.neighbour_cum[end - year])

    def _add_window(self, days, words, when, start, end):
        builder = self.builder
        together = None  # the neighbours' incidents together (the features hold their mean)
        if builder.neighbour_cum is not None:
            together = np.rint((builder.neighbour_cum[end] - builder.neighbour_cum[start])
                               * builder.degree)
        self.windows.append((days, words, when, builder.cum[end] - builder.cum[start],
                             together))

    def describe(self, name, indices, area, values, reference) -> str:
        describe = {"chronic": self.chronic, "recent": self.recent_change,
                    "near_repeat": self.near_repeat, "surroundings": self.neighbour_incidents,
                    "season": self.season, "other": self.other_types}
        if name in describe:
            return describe[name](area)
        return self.static(indices, area, values, reference)

    # ----------------------------------------------------------------- the area's incidents

    def chronic(self, area) -> str:
        """'high for years: 148 incidents since 2020-01-01; 9x the average area' (the whole
        history, or the longest window when that is too few to tell)."""
        total = int(self.history[area])
        mean = self.history_mean
        if total >= self.min_count:
            since = translate("Risk", "since {}").format(self.panel.start_date(0).isoformat())
            facts = translate("Risk", "{n} {subject} {when}").format(
                n=number(total), subject=self.subject, when=since)
            if mean > 0 and total / mean >= MIN_RATIO:
                facts += "; " + translate("Risk", "{}x the average area").format(
                    short_number(total / mean))
        else:
            facts = translate("Risk", "earlier {} in the area").format(self.subject)
        years = self.end * PERIOD_DAYS[self.panel.period] / 365.25
        template = (translate("Risk", "high for years: {}") if years >= 2.0 else
                    translate("Risk", "high throughout: {}"))
        return template.format(facts)

    def recent_change(self, area) -> str:
        """'rising: 6 incidents in the last 3 months against fewer than 5 in the 3 months
        before', or the recent count when it is not rising."""
        recent = max(min(self.builder.extra.trend[0], self.end // 2), 1)
        cum = self.builder.cum
        now = int(cum[self.end, area] - cum[self.end - recent, area])
        before = int(cum[self.end - recent, area] - cum[max(self.end - 2 * recent, 0), area])
        if now >= self.min_count and now >= RISING * max(before, 0.5):
            return translate("Risk", "rising: {now} {subject} in {window} against {before} in "
                             "{previous}").format(
                now=number(now), subject=self.subject,
                window=self.builder.window_words(recent), before=self.small(before),
                previous=self.before_words(recent))
        count, window = self.count_clause(area, own=True, max_days=self.longest_days - 1)
        if not count:
            return translate("Risk", "recent {} in the area").format(self.subject)
        ratio = self.ratio_clause(self.year_counts[area], self.year_counts[area], window)
        return "; ".join(c for c in (count, ratio) if c)

    def near_repeat(self, area) -> str:
        """'near-repeat: 7 incidents here and in the neighbouring areas in the last 14
        days'"""
        days = self.panel.recent_days
        count = 0 if self.recent is None else int(self.recent[area])
        where = (translate("Risk", "here and in the neighbouring areas")
                 if self.builder.neighbour_recent is not None else translate("Risk", "here"))
        if count >= self.min_count:
            return translate("Risk", "near-repeat: {n} {subject} {where} in the last {days} "
                             "days").format(n=number(count), subject=self.subject, where=where,
                                            days=days)
        return translate("Risk", "near-repeat: {subject} {where} in the last {days} days "
                         "(fewer than {k})").format(subject=self.subject, where=where,
                                                    days=days, k=self.min_count)

    def season(self, area) -> str:
        """'seasonal: 9 incidents in the same month a year earlier'"""
        builder = self.builder
        lag = next((f.window for f in builder.features if f.kind == "seasonal"), 0)
        target = self.origin + builder.horizon - lag
        if lag and target >= 0:
            count = int(self.panel.counts[target, area])
            if count >= self.min_count:
                return translate("Risk", "seasonal: {n} {subject} in {when}").format(
                    n=number(count), subject=self.subject,
                    when=self.panel.label(target))
        return translate("Risk", "seasonal: this time of year")

    def other_types(self, area) -> str:
        """'40 incidents of other types in the last 12 months; 3x the average area'"""
        if self.other_year is None:
            other = self.builder.extra.other_cum
            self.other_year = other[self.end] - other[self.end - self.year]
            self.other_mean = float(self.other_year.mean())
        count, mean = int(self.other_year[area]), self.other_mean
        text = (translate("Risk", "{n} incidents of other types in {window}").format(
            n=number(count), window=self.year_words) if count >= self.min_count else
            translate("Risk", "incidents of other types in {window}").format(
                window=self.year_words))
        if mean > 0 and count >= self.min_count and count / mean >= MIN_RATIO:
            text += "; " + translate("Risk", "{}x the average area").format(
                short_number(count / mean))
        return text

    def neighbour_incidents(self, area) -> str:
        """'30 incidents in the neighbouring areas in the last 4 weeks; 3x the average area
        over the last 52 weeks'"""
        count, window = self.count_clause(area, own=False)
        ratio = ""
        if self.neighbour_year_mean is not None:
            together = self.neighbour_year_mean[area] * self.builder.degree[area]
            ratio = self.ratio_clause(self.neighbour_year_mean[area], together, window)
        return "; ".join(c for c in (count, ratio) if c) or translate(
            "Risk", "earlier {} in the neighbouring areas").format(self.subject)

    # ----------------------------------------------------------------- pieces

    def small(self, count: int) -> str:
        """A count as written: itself from k on, 'fewer than k' below."""
        return number(count) if count >= self.min_count else translate(
            "Risk", "fewer than {}").format(self.min_count)

    def before_words(self, window: int) -> str:
        period = self.panel.period
        return (translate("Risk", BEFORE_ONE[period]) if window == 1 else
                translate("Risk", BEFORE_MANY[period]).format(window))

    def count_clause(self, area, own: bool, min_days: float = 0.0,
                     max_days: float = math.inf):
        """The shortest window (of ``min_days`` to ``max_days``) with at least k incidents,
        and the window's words; empty texts if none has k."""
        for days, words, when, counts, neighbour_counts in self.windows:
            counts = counts if own else neighbour_counts
            if not min_days - 1e-6 <= days <= max_days:
                continue
            if counts is not None and counts[area] >= self.min_count:
                template = (translate("Risk", "{n} {subject} {when}") if own else
                            translate("Risk", "{n} {subject} in the neighbouring areas {when}"))
                return template.format(n=number(counts[area]), subject=self.subject,
                                       when=when), words
        return "", ""

    def ratio_clause(self, per_area, count, count_window="") -> str:
        """'5x the average area over the last 52 weeks' ('5x the average area' after a count
        over the same window), if the count behind it is not small and the ratio says
        something."""
        if self.average <= 0 or count < self.min_count:
            return ""
        ratio = float(per_area) / self.average
        if ratio < MIN_RATIO:
            return ""
        if count_window == self.year_words:
            return translate("Risk", "{}x the average area").format(short_number(ratio))
        return translate("Risk", "{}x the average area over {}").format(
            short_number(ratio), self.year_words)

    def static(self, indices, area, values, reference) -> str:
        """A covariate, a context count (dated ones up to the origin), an area value over
        time or the area's size, with its value."""
        features = self.builder.features
        feature = features[indices[0]]
        if feature.kind == "dated":
            value = float(self.builder.extra.dated[feature.name][self.end, area])
            return self.context_count(value, feature)
        if feature.kind == "dated_value":
            return self.area_value(feature, area)
        raw, is_count = self.builder.static_values[feature.name]
        value = raw[area]
        if not np.isfinite(value):
            flag = next((features[j] for j in indices if features[j].name.startswith(
                "missing_")), feature)
            return flag.high
        above = values[indices[0]] >= reference[indices[0]]
        if is_count:  # context points: '3 coffeeshops within 200 m'
            return self.context_count(value, feature)
        average = float(np.nanmean(raw))
        phrase = feature.high if above else feature.low
        if feature.name == "area":
            return translate("Risk", "{} ({} ha; average {} ha)").format(
                phrase, short_number(value / 1e4), short_number(average / 1e4))
        return translate("Risk", "{} ({}; average {})").format(
            phrase, short_number(value), short_number(average))

    def area_value(self, feature, area) -> str:
        """'payment arrears per 1,000 households: 14 in 2024-Q2 (average 6.2)': the latest
        value known at the origin, what it is for and the average of the areas then."""
        column = self.builder.extra.area_values[feature.name]
        row = int(column.rows([self.origin], [area])[0])
        if row < 0:
            return translate("Risk", "{} unknown").format(feature.label)
        if feature.name not in self.value_averages:
            known = column.at(np.full(column.n_areas, self.origin), np.arange(column.n_areas))
            self.value_averages[feature.name] = float(np.nanmean(known))
        facts = {"what": feature.label, "value": short_number(column.values[row]),
                 "when": column.when[row],
                 "average": short_number(self.value_averages[feature.name])}
        if column.on_day[row]:
            return translate("Risk", "{what}: {value} on {when} (average {average})").format(
                **facts)
        return translate("Risk", "{what}: {value} in {when} (average {average})").format(
            **facts)

    @staticmethod
    def context_count(value, feature) -> str:
        if value < 1:
            return feature.low
        if value < 2:
            return translate("Risk", "{what}: 1").format(what=feature.label)
        return translate("Risk", "{n} {what}").format(n=number(value), what=feature.label)
