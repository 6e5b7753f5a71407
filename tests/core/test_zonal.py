"""Zonal statistics from a zone grid, against a plain per-zone computation, and points
counted per polygon."""

import numpy as np
import pytest
import shapely

from wijkradar.core import kde, zonal


def random_grids(seed=3, shape=(120, 90), n_zones=40):
    rng = np.random.default_rng(seed)
    # blocky zones (as rasterised polygons are), some cells outside every zone
    coarse = rng.integers(0, n_zones + 1, (shape[0] // 6 + 1, shape[1] // 6 + 1))
    zones = np.kron(coarse, np.ones((6, 6), dtype=int))[:shape[0], :shape[1]].astype(np.int32)
    values = rng.gamma(2.0, 3.0, shape).astype(np.float32)
    values[rng.random(shape) < 0.05] = np.nan
    return zones, values, n_zones


def by_hand(zones, values, n_zones, threshold):
    rows = []
    for zone in range(1, n_zones + 1):
        cells = values[(zones == zone)].astype(float)
        data = cells[np.isfinite(cells)]
        rows.append((data.size, cells.size - data.size, data.sum() if data.size else np.nan,
                     data.mean() if data.size else np.nan, data.min() if data.size else np.nan,
                     data.max() if data.size else np.nan, int((data >= threshold).sum())))
    return np.array(rows, dtype=float)


@pytest.mark.parametrize("block_cells", [zonal.BLOCK_CELLS, 1000, 7])
def test_statistics_match_a_per_zone_computation(block_cells):
    zones, values, n_zones = random_grids()
    threshold = zonal.top_percent_threshold(values, 5.0)
    out = zonal.zonal_statistics(zones, values, n_zones, threshold, block_cells=block_cells)
    expected = by_hand(zones, values, n_zones, threshold)
    got = out[["n_cells", "n_nodata", "sum", "mean", "min", "max", "n_hot"]].to_numpy(float)
    np.testing.assert_allclose(got, expected, rtol=1e-9, equal_nan=True)
    with np.errstate(invalid="ignore"):
        np.testing.assert_allclose(out.hot_share, expected[:, 6] / expected[:, 0],
                                   equal_nan=True)
    assert not out.from_point.any()


def test_a_zone_without_cells_has_no_values():
    zones, values, _ = random_grids()
    out = zonal.zonal_statistics(zones, values, 45)  # zones 41..45 hold no cell
    assert (out.n_cells[40:] == 0).all() and out["mean"][40:].isna().all()
    assert out.hot_share.isna().all()  # no threshold given


def test_hotspot_threshold_counts_like_the_kde_hotspot_rule():
    rng = np.random.default_rng(1)
    surface = rng.gamma(1.0, 1.0, (200, 150))
    surface[:20] = 0.0
    threshold = zonal.top_percent_threshold(surface, 5.0)
    assert int((surface >= threshold).sum()) == int(kde.hotspot_mask(surface).sum())
    with_nodata = surface.copy()
    with_nodata[:, :10] = np.nan
    study = np.isfinite(with_nodata)
    assert int((with_nodata >= zonal.top_percent_threshold(with_nodata, 5.0)).sum()) == int(
        kde.hotspot_mask(np.nan_to_num(with_nodata), study).sum())
    assert zonal.top_percent_threshold(np.zeros((5, 5))) == float("inf")


def test_extra_cells_count_for_every_overlapping_zone():
    values = np.arange(16, dtype=float).reshape(4, 4)
    zones = np.zeros((4, 4), dtype=np.int32)
    zones[:, :2] = 1
    zones[:, 2:] = 2
    # zone 2 also covers column 1 (an overlap): those cells are set to 0 in the grid and
    # passed as pairs for both zones
    overlap = np.flatnonzero(np.isin(np.arange(16) % 4, [1]))
    zones.ravel()[overlap] = 0
    extra = (np.r_[np.ones(4, int), np.full(4, 2)], np.r_[overlap, overlap])
    out = zonal.zonal_statistics(zones, values, 2, extra_cells=extra)
    assert out.n_cells.tolist() == [8, 12]
    assert out["sum"].tolist() == [values[:, :2].sum(), values[:, 1:].sum()]
    assert out["max"].tolist() == [13.0, 15.0]


def test_a_polygon_smaller_than_a_cell_takes_the_value_under_its_inner_point():
    values = np.array([[1.0, 2.0], [3.0, 4.0]])
    zones = np.array([[1, 1], [1, 0]], dtype=np.int32)
    out = zonal.zonal_statistics(zones, values, 2, hot_threshold=3.5,
                                 fallback_cells=(np.array([1, 2]), np.array([0, 3])))
    assert out.n_cells.tolist() == [3, 0]
    assert out.from_point.tolist() == [False, True]
    assert out["mean"].tolist() == [2.0, 4.0]
    assert out.hot_share.tolist() == [0.0, 1.0]


def test_bad_grids_are_refused():
    with pytest.raises(ValueError, match="own grid"):
        zonal.zonal_statistics(np.zeros((2, 2), int), np.zeros((3, 2)), 1)
    with pytest.raises(ValueError, match="between 0 and 1"):
        zonal.zonal_statistics(np.full((2, 2), 2), np.zeros((2, 2)), 1)
    with pytest.raises(ValueError, match="integers"):
        zonal.zonal_statistics(np.zeros((2, 2)), np.zeros((2, 2)), 1)


def test_cell_centres_and_cells_of_points_invert_each_other():
    geotransform = (1000.0, 10.0, 0.0, 2000.0, 0.0, -10.0)
    x, y = zonal.cell_centres(np.array([0, 5, 23]), geotransform, 10)
    assert x.tolist() == [1005.0, 1055.0, 1035.0] and y.tolist() == [1995.0, 1995.0, 1975.0]
    assert zonal.cells_of_points(x, y, geotransform, (3, 10)).tolist() == [0, 5, 23]
    assert zonal.cells_of_points([999.0], [1995.0], geotransform, (3, 10)).tolist() == [-1]


def test_points_on_borders_count_once_and_inside_overlaps_for_each():
    left = shapely.box(0, 0, 10, 10)
    right = shapely.box(10, 0, 20, 10)
    overlapping = shapely.box(15, 0, 25, 10)
    x = np.array([5.0, 10.0, 17.0, 22.0, 30.0, 20.0])
    y = np.array([5.0, 5.0, 5.0, 5.0, 5.0, 5.0])
    counts = zonal.count_points_in_polygons(x, y, [left, right, overlapping])
    # 5: left; 10 (shared border): once, for the first polygon; 17: right and overlapping;
    # 22: overlapping; 30: outside; 20 (right's border, inside overlapping): overlapping only
    assert counts.counts.tolist() == [2, 1, 3]
    assert counts.outside == 1
    assert counts.in_several == 1
    again = zonal.count_points_in_polygons(x[:2], y[:2], [left, right, overlapping], counts)
    assert again.counts.sum() == 8
