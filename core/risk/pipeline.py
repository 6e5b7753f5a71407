"""The whole analysis on area polygons, from incident points to the table of the output layer.

postcode_risk, the benchmark and the demo test run these steps (and only these): count the
incidents per area and period (:func:`incident_panel`), find each area's neighbours, size and
inner point (:func:`area_data`), forecast (:func:`~wijkradar.core.risk.forecast`) and write
one row per area (:func:`area_table`); :func:`forecast_areas` does the last three.

>>> import numpy as np, shapely
>>> from wijkradar.core import risk
>>> squares = shapely.box(np.arange(4) * 100.0, 0, np.arange(4) * 100.0 + 100, 100)
>>> panel = risk.incident_panel(squares, [50, 150, 950], [50, 50, 50],
...                             np.array(["2024-01-03", "2024-02-10", "2024-02-11"],
...                                      dtype="datetime64[D]"))
>>> panel.counts.tolist(), panel.dropped["outside"]
([[1, 0, 0, 0], [0, 1, 0, 0]], 1)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional, Sequence

import numpy as np
import pandas as pd

from .. import risk_features
from ..spatial_weights import DEFAULT_TOLERANCE
from .features import StaticColumn
from .forecast import forecast
from .panel import DEFAULT_RECENT_DAYS, Panel, build_panel
from .results import RiskResult, score_table
from .settings import AreaData, ForecastSettings
from .spatial import context_counts, contiguity_matrix, locate_points

N_DRIVER_COLUMNS = 3
# Observed counts in the output, suppressed below k.
COUNT_COLUMNS = ("incidents_last_period", "incidents_recent")


def incident_panel(geometries, x, y, dates, period: str = "month", start=None, end=None,
                   recent_days: int = DEFAULT_RECENT_DAYS) -> Panel:
    """Counts per period of the incidents at (``x``, ``y``) with ``dates`` (datetime64) in
    each area (shapely polygons); those outside every area are counted in
    ``panel.dropped['outside']`` (see :func:`~wijkradar.core.risk.build_panel`)."""
    index = locate_points(geometries, x, y)
    return build_panel(index, dates, len(geometries), period, start, end, recent_days)


def context_column(name: str, label: str, geometries, x, y, distance: float = 0.0,
                   high: str = "", low: str = "") -> StaticColumn:
    """A feature of context points (coffeeshops, ...) in each area, or within ``distance``
    (map units) of it; counted on a log scale.

    >>> import shapely
    >>> squares = shapely.box(np.arange(3) * 100.0, 0, np.arange(3) * 100.0 + 100, 100)
    >>> shops = context_column("coffeeshops", "coffeeshops within 50 m", squares,
    ...                        [50, 60, 160], [50, 40, 150], distance=50.0)
    >>> shops.values.tolist()  # the third shop is 50 m north of the middle square
    [2.0, 3.0, 0.0]
    """
    counts = context_counts(geometries, x, y, distance)
    return StaticColumn(name, label, counts, log=True, high=high, low=low)


def area_data(geometries, static: Sequence[StaticColumn] = (),
              dated: Sequence[risk_features.DatedColumn] = (),
              tolerance: float = DEFAULT_TOLERANCE) -> AreaData:
    """What the forecast knows of the areas: their sizes, the areas that touch (within
    ``tolerance`` map units), their inner points, covariates and context."""
    import shapely

    inner = shapely.point_on_surface(geometries)
    return AreaData(area=shapely.area(geometries),
                    neighbours=contiguity_matrix(geometries, tolerance), static=static,
                    area_points=(shapely.get_x(inner), shapely.get_y(inner)), dated=dated)


@dataclass
class AreaForecast:
    """A forecast on areas and the table of its output layer (one row per area)."""

    result: RiskResult
    table: pd.DataFrame
    recent_periods: int  # the periods incidents_recent counts


def forecast_areas(panel: Panel, geometries, settings: Optional[ForecastSettings] = None, *,
                   static: Sequence[StaticColumn] = (),
                   dated: Sequence[risk_features.DatedColumn] = (),
                   tolerance: float = DEFAULT_TOLERANCE, progress: Optional[Callable] = None,
                   canceled: Optional[Callable] = None) -> AreaForecast:
    """The forecast for the areas (shapely polygons, in the panel's order) and its output
    table (:func:`area_table`). ``settings``: how to forecast (default
    :class:`~wijkradar.core.risk.ForecastSettings`); the other arguments as in
    :func:`area_data` and :func:`~wijkradar.core.risk.forecast`.

    Parameters
    ----------
    panel : Panel
        Incidents per period and area, from :func:`incident_panel`.
    geometries : sequence of shapely polygons
        The areas, in the panel's order, in a metric CRS.
    settings : ForecastSettings, optional
        Horizon, model ('auto': the best in validation), k, seed, ...
    static, dated : sequence
        Covariates per area (:class:`~wijkradar.core.risk.StaticColumn`, e.g. from
        :func:`context_column`) and per area and date.
    tolerance : float
        Areas closer than this (map units) are neighbours.
    progress, canceled : callable, optional
        Called with the percentage done; polled to stop.

    Returns
    -------
    AreaForecast
        The result (expected counts, model, validation) and the output table.

    Examples
    --------
    Two years of incidents on a 6 x 6 grid of 100 m squares, half of them in its south-west
    corner of 2 x 2 squares:

    >>> import shapely
    >>> rng = np.random.default_rng(1)
    >>> col, row = np.meshgrid(np.arange(6), np.arange(6))
    >>> squares = shapely.box(col.ravel() * 100.0, row.ravel() * 100.0,
    ...                       col.ravel() * 100.0 + 100, row.ravel() * 100.0 + 100)
    >>> corner = rng.random(1500) < 0.5
    >>> x = np.where(corner, rng.uniform(0, 200, 1500), rng.uniform(0, 600, 1500))
    >>> y = np.where(corner, rng.uniform(0, 200, 1500), rng.uniform(0, 600, 1500))
    >>> dates = np.datetime64("2023-01-01") + rng.integers(0, 730, 1500).astype("m8[D]")
    >>> run = forecast_areas(incident_panel(squares, x, y, dates, "month"), squares)
    >>> run.result.target_label  # the month after the last incident's
    '2025-01'
    >>> sorted(run.table.nsmallest(4, "rank").index.tolist())  # the corner's squares
    [0, 1, 6, 7]
    >>> run.table.loc[3, ["incidents_last_period", "onderdrukt"]].tolist()  # below k = 5
    [<NA>, True]
    """
    settings = settings or ForecastSettings()
    areas = area_data(geometries, static, dated, tolerance)
    result = forecast(panel, areas, settings, progress, canceled)
    return AreaForecast(result, area_table(result, panel, areas.area, settings.min_count),
                        recent_periods(result))


def recent_periods(result: RiskResult) -> int:
    """The periods of the longest window of own counts the forecast used."""
    return max(f.window for f in result.features if f.kind == "own")


def area_table(result: RiskResult, panel: Panel, area_sizes, min_count: int) -> pd.DataFrame:
    """One row per area: the scores (:func:`~wijkradar.core.risk.score_table`), the expected
    count per km² (``area_sizes`` in m²), up to three drivers, the incidents of the last
    period and of the last :func:`recent_periods` (suppressed below ``min_count``, flagged in
    'onderdrukt'), the forecast period, the method used and the 80% interval."""
    from ..suppression import suppress_frame

    table = score_table(result.expected)
    table["expected_per_km2"] = result.expected / np.maximum(
        np.asarray(area_sizes, dtype=float) / 1e6, 1e-12)
    for k in range(N_DRIVER_COLUMNS):
        table[f"driver_{k + 1}"] = [d[k] if len(d) > k else None for d in result.drivers]
    table["incidents_last_period"] = panel.counts[-1].astype(np.int64)
    table["incidents_recent"] = panel.counts[-recent_periods(result):].sum(axis=0).astype(
        np.int64)
    table = suppress_frame(table, list(COUNT_COLUMNS), min_count)
    table["forecast_period"] = result.target_label
    table["model"] = result.model
    table["expected_low"], table["expected_high"] = result.low, result.high
    return table
