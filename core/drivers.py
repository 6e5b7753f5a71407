"""Drivers per area: what raises an area's expected count most, told as facts an officer
can read aloud at a briefing.

Why families, not single features
---------------------------------
The risk model's inputs come in families that say nearly the same thing in different
windows: the area's own incidents (last week, last 4 weeks, last 13 weeks, the whole
history, the same week a year earlier, the last 14 days) and those of its neighbours. The
features of a family are strongly correlated, so a model may put its weight on any one of
them, or on one with a plus and another with a minus. On the demo the GLM put it on "the
whole history", and every area's first driver read "incidents per week over the whole
history (x6.1)": true for the model, but it said the same for every area and nothing a
patrol can use. The weight of one feature of a family says little; the family's total does.

So drivers are ranked per family:

- GLM: the sum of ``coef_j * z_ij`` over the family's features; ``exp`` of it is the factor
  by which the family makes the area's expected count differ from an area with average
  values (exact: the GLM is additive in the log);
- boosting: the log ratio of the area's prediction to its prediction with all of the
  family's features at their training mean.

A family that raises the expected count by at least ``min_factor`` is told with the facts
behind it: "12 incidents in the last 13 weeks; 5x the average area over the last 52 weeks",
"3 coffeeshops within 200 m", "high share of payment arrears (14; average 6.2)".
Incident counts below ``min_count`` (the suppression threshold k of the outputs) are never
written: then the family is named without numbers.
"""

from __future__ import annotations

import math
from typing import List, Sequence, Tuple

import numpy as np

from .i18n import number, short_number, translate

OWN_KINDS = ("own", "history", "seasonal", "recent_own")
NEIGHBOUR_KINDS = ("neighbours", "neighbours_history", "recent_neighbours")
PERIOD_DAYS = {"week": 7.0, "month": 30.44, "quarter": 91.31, "year": 365.25}
# The comparison with the average area is over a year, or the whole history when shorter.
PERIODS_PER_YEAR = {"week": 52, "month": 12, "quarter": 4, "year": 1}
MIN_RATIO = 1.1  # "1.0x the average area" tells nothing

Group = Tuple[str, List[int]]


def feature_groups(features) -> List[Group]:
    """(family, feature indices) in the order the families first appear: ``own`` (the
    area's own incidents), ``neighbours`` (its neighbours' incidents), and every other
    feature alone, with its 'unknown' flag (``missing_x`` goes with ``static_x``)."""
    groups: dict = {}
    for index, feature in enumerate(features):
        groups.setdefault(family(feature), []).append(index)
    return list(groups.items())


def family(feature) -> str:
    if feature.kind in OWN_KINDS:
        return "own"
    if feature.kind in NEIGHBOUR_KINDS:
        return "neighbours"
    if feature.name.startswith("missing_"):
        return "static_" + feature.name[len("missing_"):]
    return feature.name


def driver_texts(builder, origin: int, areas, contributions, groups: Sequence[Group], mat,
                 reference, min_count: int = 5, n_drivers: int = 3,
                 min_factor: float = 1.1) -> List[List[str]]:
    """The ``n_drivers`` families with the largest log contributions (rows: ``areas``,
    columns: ``groups``) of at least ``log(min_factor)``, as sentences.

    ``mat`` holds the same areas' features at ``origin`` and ``reference`` the features'
    training means (a covariate above it reads 'high ...', below it 'low ...').
    """
    facts = AreaFacts(builder, origin, min_count)
    contributions = np.asarray(contributions, dtype=float)
    order = np.argsort(-contributions, axis=1, kind="stable")[:, :n_drivers]
    threshold = math.log(min_factor)
    texts = []
    for row, area in enumerate(areas):
        words = []
        for group in order[row]:
            if contributions[row, group] < threshold:
                break
            name, indices = groups[group]
            words.append(facts.describe(name, indices, int(area), mat[row], reference))
        texts.append(words)
    return texts


class AreaFacts:
    """The counts behind the drivers at one origin: per window, of each area and of its
    neighbours together; and over the last year, compared with the average area."""

    def __init__(self, builder, origin: int, min_count: int):
        self.builder = builder
        self.min_count = int(min_count)
        self.subject = builder.subject
        panel = builder.panel
        end = origin + 1
        degree = builder.degree
        # (days, words, when, own counts, neighbours' counts together): the model's
        # windows, the near-repeat days, the last year and the whole history; counts are
        # told for the shortest window with k or more.
        self.windows = []
        year = min(PERIODS_PER_YEAR[panel.period], end)
        lengths = sorted({f.window for f in builder.features if f.kind == "own"} | {year})
        for length in lengths:
            words = builder.window_words(length)
            self._add_window(length * PERIOD_DAYS[panel.period], words,
                             translate("Risk", "in {}").format(words), max(end - length, 0), end)
        if end > year:
            since = translate("Risk", "since {}").format(panel.start_date(0).isoformat())
            self._add_window(end * PERIOD_DAYS[panel.period], since, since, 0, end)
        if panel.recent is not None:
            neighbours = (None if builder.neighbour_recent is None else
                          np.rint(builder.neighbour_recent[origin] * degree))
            words = translate("Risk", "the last {} days").format(panel.recent_days)
            self.windows.append((panel.recent_days, words,
                                 translate("Risk", "in {}").format(words),
                                 panel.recent[origin], neighbours))
        self.windows.sort(key=lambda window: window[0])
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
        if name == "own":
            return self.incidents(area)
        if name == "neighbours":
            return self.neighbour_incidents(area)
        return self.static(indices, area, values, reference)

    def incidents(self, area) -> str:
        """'12 incidents in the last 13 weeks; 5x the average area over the last 52 weeks'"""
        count, window = self.count_clause(area, own=True)
        ratio = self.ratio_clause(self.year_counts[area], self.year_counts[area], window)
        return "; ".join(c for c in (count, ratio) if c) or translate(
            "Risk", "earlier {} in the area").format(self.subject)

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

    def count_clause(self, area, own: bool):
        """The shortest window with at least k incidents (recent, and never a small count),
        and the window's words; empty texts if none has k."""
        for _, words, when, counts, neighbour_counts in self.windows:
            counts = counts if own else neighbour_counts
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
        """A covariate, a context count or the area's size, with its value."""
        features = self.builder.features
        feature = features[indices[0]]
        raw, is_count = self.builder.static_values[feature.name]
        value = raw[area]
        if not np.isfinite(value):
            flag = next((features[j] for j in indices if features[j].name.startswith(
                "missing_")), feature)
            return flag.high
        above = values[indices[0]] >= reference[indices[0]]
        if is_count:  # context points: '3 coffeeshops within 200 m'
            if value < 1:
                return feature.low
            if value < 2:
                return translate("Risk", "{what}: 1").format(what=feature.label)
            return translate("Risk", "{n} {what}").format(n=number(value), what=feature.label)
        average = float(np.nanmean(raw))
        phrase = feature.high if above else feature.low
        if feature.name == "area":
            return translate("Risk", "{} ({} ha; average {} ha)").format(
                phrase, short_number(value / 1e4), short_number(average / 1e4))
        return translate("Risk", "{} ({}; average {})").format(
            phrase, short_number(value), short_number(average))
