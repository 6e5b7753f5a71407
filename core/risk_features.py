"""More of what the past says about an area, without reading past the forecast's origin.

:class:`wijkradar.core.risk.FeatureBuilder` makes the basic features (own and neighbouring
counts per window, near-repeats, covariates). This module adds, each read at an origin
``t`` from periods up to and including ``t`` only:

- **long history, shrunk** (``eb_history``): the area's mean count per period over the
  whole history, pulled towards the mean of its neighbours as far as its own count is
  noisy (empirical Bayes, Marshall 1991): ``w r + (1 - w) m`` with ``r`` the area's rate,
  ``m`` its neighbours' (the mean of all areas without neighbours) and
  ``w = A / (A + m / T)``, ``A`` the between-area variance by the method of moments
  (``mean((r - m)^2) - mean(r) / T``, at least a tiny positive number) and ``T`` the
  periods so far. A small area with 2 incidents in 5 years next to busy areas is not
  taken as quiet; a big count stands on its own;
- **kernel density** of past incidents at three bandwidths (2, 4 and 8 times the typical
  spacing of the areas: the square root of the median area size) over the longest window
  and over the whole history (``kde_<r>``, ``kde_history_<r>``): the
  exact grid KDE of :mod:`wijkradar.core.kde` (quartic, raw: each incident adds 1 at its
  own spot, less further away), evaluated for the cumulative counts of every period and
  read at each area's inner point, so any window is a difference of two surfaces;
- **trend** (``trend``): the log of the mean count per period in the last 3 periods over
  that in the 12 before them (weeks and months; quarters 2 over 8, years 1 over 3);
- **season** (``season_sin``, ``season_cos``): where in the year the target period lies
  (weeks and months, quarters); with the count of the same period a year earlier, which
  the builder has;
- **other crime types** (``other_<w>``, ``other_history``, ``other_kde_<r>``): counts of
  the incidents of the other types in the area (:attr:`wijkradar.core.risk.Panel.other`),
  in the longest window and over the whole history, and the latter's kernel density at the
  middle bandwidth;
- **dated context** (``dated_<name>``): context points with a date (dismantled plantations
  per year, say) counted near each area up to the end of the origin period only
  (:class:`DatedColumn`); undated context stays a static feature;
- **area values over time** (``value_<field>``, with ``missing_value_<field>``): each area's
  latest value of a table (payment arrears per quarter, say) known by the end of the origin
  period (:class:`wijkradar.core.area_values.DatedValues`); before an area's first value the
  median of the values known then, flagged unknown, as for a NULL covariate.

The tests change every period after an origin and check that no feature at the origin moves.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import List, Optional, Sequence

import numpy as np

from .area_values import DatedValues
from .i18n import translate

KDE_FACTORS = (2.0, 4.0, 8.0)
# Cells of one KDE grid at most, and values kept (periods x areas x bandwidths) at most.
KDE_GRID_CELLS = 4_000_000
KDE_MAX_VALUES = 60_000_000
TREND = {"week": (3, 12), "month": (3, 12), "quarter": (2, 8), "year": (1, 3)}
KINDS = ("eb_history", "kde", "kde_history", "trend", "season_sin", "season_cos", "other",
         "other_history", "other_kde", "dated", "dated_value", "dated_value_missing")


@dataclass
class DatedColumn:
    """Context points with a date, counted near each area per period: ``counts[t, i]``
    points of period ``t`` near area ``i``, ``before[i]`` those dated before the first
    period. The feature at an origin counts all points dated up to its end."""

    name: str
    label: str
    counts: np.ndarray
    before: Optional[np.ndarray] = None
    high: str = ""
    low: str = ""


def dated_counts(geometries, x, y, periods, n_periods: int, distance: float = 0.0):
    """(counts per period and area, counts before period 0) of dated points in or within
    ``distance`` of each area; ``periods``: each point's period index (negative: before the
    first period; ``n_periods`` or more: after the last, left out)."""
    import shapely

    geometries = np.asarray(geometries, dtype=object)
    n = geometries.size
    periods = np.asarray(periods, dtype=np.int64)
    counts = np.zeros((n_periods, n), dtype=np.int32)
    before = np.zeros(n, dtype=np.int32)
    if periods.size == 0:
        return counts, before
    tree = shapely.STRtree(geometries)
    points = shapely.points(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
    if distance > 0:
        point_idx, area_idx = tree.query(points, predicate="dwithin", distance=distance)
    else:
        point_idx, area_idx = tree.query(points, predicate="intersects")
    when = periods[point_idx]
    early = when < 0
    before += np.bincount(area_idx[early], minlength=n).astype(np.int32)
    inside = (when >= 0) & (when < n_periods)
    np.add.at(counts, (when[inside], area_idx[inside]), 1)
    return counts, before


def year_ends(years) -> np.ndarray:
    """The last day of each year (datetime64[D]; NaT for a missing or absurd year): a
    context point known only by its year counts from the end of that year, so it is never
    counted at an origin before it happened."""
    years = np.asarray(years, dtype=float)
    valid = np.isfinite(years) & (years >= 1000) & (years <= 9999)
    whole = np.where(valid, years, 1970).astype(np.int64)
    ends = (whole - 1969).astype("datetime64[Y]").astype("datetime64[D]") - np.timedelta64(
        1, "D")
    return np.where(valid, ends, np.datetime64("NaT", "D"))


def dated_column(panel, name: str, label: str, geometries, x, y, days,
                 distance: float = 0.0, high: str = "", low: str = "") -> DatedColumn:
    """A :class:`DatedColumn` of points with dates (``days``, datetime64; NaT left out) on
    the periods of ``panel``."""
    from .risk import period_numbers

    days = np.asarray(days).astype("datetime64[D]")
    known = ~np.isnat(days)
    periods = period_numbers(days[known], panel.period) - panel.first
    counts, before = dated_counts(geometries, np.asarray(x)[known], np.asarray(y)[known],
                                  periods, panel.n_periods, distance)
    return DatedColumn(name, label, counts, before, high, low)


def kde_bandwidths(area_sizes, n_areas: int, extent: float) -> List[float]:
    """Bandwidths (map units) for the density features: 2, 4 and 8 times the typical
    spacing of the areas (the square root of the median area size; without sizes, of the
    extent's area per area)."""
    if area_sizes is not None and np.all(np.asarray(area_sizes) > 0):
        spacing = math.sqrt(float(np.median(area_sizes)))
    else:
        spacing = math.sqrt(max(extent, 1.0) / max(n_areas, 1))
    return [round(spacing * factor, 1) for factor in KDE_FACTORS]


class PointSmoother:
    """The quartic kernel density (raw) of weights at the areas' inner points, read back at
    the same points: one fixed grid per bandwidth, :func:`wijkradar.core.kde.kde_points`."""

    def __init__(self, x, y, radius: float):
        from . import kde

        self.x, self.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        width = self.x.max() - self.x.min() + 2 * radius
        height = self.y.max() - self.y.min() + 2 * radius
        pixel = max(radius / 8.0, math.sqrt(width * height / KDE_GRID_CELLS))
        self.radius = max(radius, 2.0 * pixel)
        self.grid = kde.grid_for_extent(self.x.min() - self.radius, self.y.min() - self.radius,
                                        self.x.max() + self.radius, self.y.max() + self.radius,
                                        pixel, max_cells=4 * KDE_GRID_CELLS)
        self.cols = np.clip(((self.x - self.grid.xmin) / pixel).astype(np.int64), 0,
                            self.grid.ncols - 1)
        self.rows = np.clip(((self.grid.ymax - self.y) / pixel).astype(np.int64), 0,
                            self.grid.nrows - 1)

    def __call__(self, weights) -> np.ndarray:
        from . import kde

        weights = np.asarray(weights, dtype=float)
        used = weights > 0
        if not used.any():
            return np.zeros(self.x.size)
        surface = kde.kde_points(self.grid, self.x[used], self.y[used], weights[used],
                                 self.radius, output="raw")
        return surface[self.rows, self.cols]


class ExtraFeatures:
    """The features of this module for one :class:`~wijkradar.core.risk.FeatureBuilder`:
    registers them with the builder and computes their values for (origin, area) rows."""

    def __init__(self, builder, area, area_points=None, dated: Sequence[DatedColumn] = ()):
        self.builder = builder
        panel = builder.panel
        self.panel = panel
        n = panel.n_areas
        self.notes: List[str] = []
        self.totals = builder.cum.sum(axis=1).astype(np.float64)
        self._eb_variance()
        builder._add("eb_history", translate(
            "Risk", "{} per {} over the whole history, weighed against the neighbours").format(
            builder.subject, builder.one), "eb_history")
        self.trend = TREND[panel.period]
        builder._add("trend", translate("Risk", "trend of {}: the last {} against the {} "
                                        "before").format(
            builder.subject, builder.window_words(self.trend[0]), self.trend[1]), "trend")
        if panel.period != "year":
            for name in ("season_sin", "season_cos"):
                builder._add(name, translate("Risk", "time of year"), name)
        self.kde = {}
        if area_points is not None:
            self._kde_features(area, area_points, n)
        self.other_cum = None
        if panel.other is not None:
            if panel.other.shape != panel.counts.shape:
                raise ValueError("The other types' counts must have the panel's shape.")
            self.other_cum = _cumulative(panel.other)
            longest = builder.longest
            builder._add(f"other_{longest}", translate(
                "Risk", "incidents of other types in {}").format(
                builder.window_words(longest)), "other", longest)
            builder._add("other_history", translate(
                "Risk", "incidents of other types per {} over the whole history").format(
                builder.one), "other_history")
            if self.kde:
                self._other_kde(builder)
        self.dated = {}
        self.area_values = {}
        for column in dated:
            if isinstance(column, DatedValues):
                self._area_values(column)
                continue
            counts = np.asarray(column.counts)
            if counts.shape != panel.counts.shape:
                raise ValueError(f"'{column.label}' needs a count per period and area.")
            before = (np.zeros(n) if column.before is None else
                      np.asarray(column.before, dtype=float))
            cum = _cumulative(counts).astype(np.float64) + before[None, :]
            name = f"dated_{column.name}"
            self.dated[name] = cum
            builder._add(name, column.label, "dated", high=column.high or column.label,
                         low=column.low or translate("Risk", "no {}").format(column.label))

    # ----------------------------------------------------------------- set-up

    def _area_values(self, column: DatedValues):
        """A value field over time: the value known at each origin, and a flag where none
        is (replaced by the median of the values known then)."""
        if (column.n_areas, column.n_periods) != (self.panel.n_areas, self.panel.n_periods):
            raise ValueError(f"'{column.label}' must be on the panel's areas and periods.")
        name = f"value_{column.name}"
        self.area_values[name] = column
        builder = self.builder
        builder._add(name, column.label, "dated_value", high=column.label, low=column.label)
        if not column.has_gaps():
            return
        unknown = translate("Risk", "{} unknown").format(column.label)
        builder._add(f"missing_{name}", unknown, "dated_value_missing", high=unknown,
                     low=translate("Risk", "{} known").format(column.label))
        self.notes.append(translate(
            "Risk", "'{}' is unknown before an area's first value and in areas without one: "
            "replaced by the median of the values known at that time, with a flag "
            "feature.").format(column.label))
        if column.first_known > 0:
            self.notes.append(translate(
                "Risk", "'{}' is first known at the end of {}: before that no area has a "
                "value, so it is taken as 0 and flagged unknown.").format(
                column.label, self.panel.label(column.first_known)))

    def _eb_variance(self):
        """A(t): the between-area variance of the rates at every origin (method of
        moments around the neighbourhood means)."""
        builder = self.builder
        n_periods = self.panel.n_periods
        self.eb_a = np.zeros(n_periods)
        for origin in range(n_periods):
            end = origin + 1
            rate = builder.cum[end] / end
            prior = self._prior(np.full(rate.size, origin), np.arange(rate.size))
            spread = float(np.mean((rate - prior) ** 2) - np.mean(rate) / end)
            self.eb_a[origin] = max(spread, 1e-6 * float(np.mean(rate)) ** 2, 1e-12)

    def _prior(self, origins, areas):
        """The neighbourhood mean rate of each row (the mean of all areas for an area
        without neighbours, or when there is no neighbour matrix)."""
        builder = self.builder
        end = origins + 1
        overall = self.totals[end] / (self.panel.n_areas * end)
        if builder.neighbour_cum is None:
            return overall
        local = builder.neighbour_cum[end, areas] / end
        return np.where(builder.degree[areas] > 0, local, overall)

    def _kde_features(self, area, area_points, n):
        x, y = (np.asarray(v, dtype=float) for v in area_points)
        if x.shape != (n,) or y.shape != (n,):
            raise ValueError("The area points need one x and one y per area.")
        extent = float((x.max() - x.min()) * (y.max() - y.min()))
        bandwidths = kde_bandwidths(area, n, extent)
        rows = self.panel.n_periods + 1
        if rows * n * len(bandwidths) > KDE_MAX_VALUES:
            self.notes.append(translate(
                "Risk", "Too many areas and periods for the kernel density features; they "
                "were left out."))
            return
        builder = self.builder
        longest = builder.longest
        middle = bandwidths[len(bandwidths) // 2]
        for radius in bandwidths:
            smoother = PointSmoother(x, y, radius)
            smoothed = np.empty((rows, n), dtype=np.float32)
            for t in range(rows):
                smoothed[t] = smoother(builder.cum[t])
            self.kde[radius] = smoothed
            metres = f"{radius:,.0f}"
            builder._add(f"kde_{metres}", translate(
                "Risk", "{} within about {} m in {} (kernel density)").format(
                builder.subject, metres, builder.window_words(longest)), "kde", longest,
                column=len(self.kde) - 1)
            builder._add(f"kde_history_{metres}", translate(
                "Risk", "{} within about {} m per {} over the whole history (kernel "
                "density)").format(builder.subject, metres, builder.one),
                "kde_history", column=len(self.kde) - 1)
        self.radii = list(self.kde)
        self.middle = PointSmoother(x, y, middle)

    def _other_kde(self, builder):
        """The other types' whole history, smoothed at the middle bandwidth."""
        self.other_kde = np.empty(self.other_cum.shape, dtype=np.float32)
        for t in range(self.other_cum.shape[0]):
            self.other_kde[t] = self.middle(self.other_cum[t])
        metres = f"{self.middle.radius:,.0f}"
        builder._add(f"other_kde_{metres}", translate(
            "Risk", "incidents of other types within about {} m per {} over the whole history "
            "(kernel density)").format(metres, builder.one), "other_kde")

    # ----------------------------------------------------------------- values

    def values(self, feature, origins, areas) -> np.ndarray:
        """The feature's values (float64) for forecasts made at ``origins`` for ``areas``."""
        kind = feature.kind
        end = origins + 1
        cum = self.builder.cum
        if kind == "eb_history":
            rate = cum[end, areas] / end
            prior = self._prior(origins, areas)
            a = self.eb_a[origins]
            weight = a / (a + np.maximum(prior, 1e-12) / end)
            return np.log(weight * rate + (1.0 - weight) * prior + 0.5 / end)
        if kind == "trend":
            return self._trend(cum, end, areas)
        if kind in ("season_sin", "season_cos"):
            angle = self._angle(origins)
            return np.sin(angle) if kind == "season_sin" else np.cos(angle)
        if kind == "kde":
            smoothed = self.kde[self.radii[feature.column]]
            start = np.maximum(end - feature.window, 0)
            return np.log((smoothed[end, areas] - smoothed[start, areas]).astype(np.float64)
                          .clip(0) + 0.5) - np.log(end - start)
        if kind == "kde_history":
            smoothed = self.kde[self.radii[feature.column]]
            return np.log(smoothed[end, areas].astype(np.float64) + 0.5) - np.log(end)
        if kind == "other":
            start = np.maximum(end - feature.window, 0)
            counts = self.other_cum[end, areas] - self.other_cum[start, areas]
            return np.log((counts + 0.5) / (end - start))
        if kind == "other_history":
            return np.log((self.other_cum[end, areas] + 0.5) / end)
        if kind == "other_kde":
            return np.log(self.other_kde[end, areas].astype(np.float64) + 0.5) - np.log(end)
        if kind == "dated":
            return np.log1p(self.dated[feature.name][end, areas])
        if kind == "dated_value":
            return self.area_values[feature.name].filled(origins, areas)
        if kind == "dated_value_missing":
            column = self.area_values[feature.name[len("missing_"):]]
            return (column.rows(origins, areas) < 0).astype(np.float64)
        raise KeyError(kind)

    def _trend(self, cum, end, areas):
        recent, earlier = self.trend
        middle = np.maximum(end - recent, 0)
        start = np.maximum(middle - earlier, 0)
        now = (cum[end, areas] - cum[middle, areas] + 0.5) / np.maximum(end - middle, 1)
        then = (cum[middle, areas] - cum[start, areas] + 0.5) / np.maximum(middle - start, 1)
        return np.where(middle > start, np.log(now) - np.log(then), 0.0)

    def _angle(self, origins):
        """2 pi x (day of the year on which the target period starts) / 365.25."""
        from .risk import period_start

        target = self.panel.first + origins + self.builder.horizon
        starts = period_start(target, self.panel.period)
        years = starts.astype("datetime64[Y]").astype("datetime64[D]")
        return 2.0 * np.pi * (starts - years).astype(np.float64) / 365.25


def _cumulative(counts) -> np.ndarray:
    out = np.zeros((counts.shape[0] + 1, counts.shape[1]), dtype=np.int64)
    np.cumsum(counts, axis=0, out=out[1:])
    return out
