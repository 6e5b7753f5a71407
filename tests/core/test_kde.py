"""Kernel density hotspots: the fast surface against exact sums, and the hotspot rules."""

import math

import numpy as np
import pytest
from scipy import integrate

from wijkradar.core import kde

SEED = 20240611


def clustered_points(rng, n, size, n_clusters=5):
    """Points in Gaussian clusters of 2-8% of the extent, some spilling over its edges."""
    centres = rng.uniform(0.15 * size, 0.85 * size, (n_clusters, 2))
    spreads = rng.uniform(0.02 * size, 0.08 * size, n_clusters)
    which = rng.integers(0, n_clusters, n)
    points = centres[which] + rng.normal(size=(n, 2)) * spreads[which, None]
    return points[:, 0], points[:, 1]


def max_error_percent(fast, exact):
    return 100.0 * np.abs(fast - exact).max() / exact.max()


@pytest.fixture(scope="module")
def clustered_25m():
    """2,000 clustered points over 5 x 5 km on 25 m pixels (radius 500 m = 20 pixels)."""
    rng = np.random.default_rng(SEED)
    x, y = clustered_points(rng, 2000, 5000.0)
    return kde.grid_for_extent(0, 0, 5000, 5000, 25.0), x, y


# --------------------------------------------------------------------------- accuracy


@pytest.mark.parametrize("size, pixel", [(5000.0, 25.0), (2000.0, 10.0), (3000.0, 50.0)])
def test_default_surface_within_half_percent_of_exact_sum(size, pixel):
    rng = np.random.default_rng(SEED)
    x, y = clustered_points(rng, 2000, size)
    grid = kde.grid_for_extent(0, 0, size, size, pixel)
    fast = kde.kde_points(grid, x, y, None, 500.0)
    exact = kde.kde_direct(grid, x, y, None, 500.0)
    assert max_error_percent(fast, exact) <= 0.5


@pytest.mark.parametrize("kernel, decay, bound_percent", [
    ("quartic", 0.0, 0.1), ("triweight", 0.0, 0.1), ("gaussian", 0.0, 0.5),
    ("triangular", 0.0, 0.5), ("epanechnikov", 0.0, 0.5),
    # A step at the radius: points near a disc's edge fall in or out whatever the binning.
    ("uniform", 0.0, 3.0), ("triangular", 0.5, 3.0),
])
def test_every_kernel_close_to_exact_sum(clustered_25m, kernel, decay, bound_percent):
    grid, x, y = clustered_25m
    fast = kde.kde_points(grid, x, y, None, 500.0, kernel, decay=decay)
    exact = kde.kde_direct(grid, x, y, None, 500.0, kernel, decay=decay)
    assert max_error_percent(fast, exact) <= bound_percent


def test_default_surface_within_half_percent_for_scattered_points():
    """Few points, so the binning errors of single points do not average out."""
    rng = np.random.default_rng(SEED)
    x, y = rng.uniform(500, 4500, 30), rng.uniform(500, 4500, 30)
    grid = kde.grid_for_extent(0, 0, 5000, 5000, 25.0)
    fast = kde.kde_points(grid, x, y, None, 500.0)
    exact = kde.kde_direct(grid, x, y, None, 500.0)
    assert max_error_percent(fast, exact) <= 0.5


def test_points_outside_the_grid_within_radius_count():
    grid = kde.grid_for_extent(0, 0, 1000, 1000, 10.0)
    x, y = np.array([-150.0, 500.0]), np.array([500.0, 1200.0])
    fast = kde.kde_points(grid, x, y, None, 300.0)
    exact = kde.kde_direct(grid, x, y, None, 300.0)
    assert exact[50, 0] > 0.2 and exact[0, 50] > 0.2
    assert np.abs(fast - exact).max() <= 1e-3


def test_radius_wider_than_grid_gives_same_surface():
    """The stencil is cropped to the grid; the part that is kept must not change."""
    grid = kde.Grid(xmin=0.0, ymax=80.0, pixel_size=10.0, ncols=6, nrows=8)
    rng = np.random.default_rng(SEED)
    # Between the outer cell centres, so binning on the grid itself loses nothing.
    x, y = rng.uniform(5, 55, 20), rng.uniform(5, 75, 20)
    for kernel in kde.KERNELS:
        binned, _ = kde.bin_points(grid, x, y)
        cropped = kde.kde_surface(grid, binned, 500.0, kernel)
        padded = kde.kde_points(grid, x, y, None, 500.0, kernel)
        np.testing.assert_allclose(cropped, padded, rtol=1e-10)


# --------------------------------------------------------------------------- kernels


@pytest.mark.parametrize("kernel, decay", [(k, 0.0) for k in kde.KERNELS]
                         + [("triangular", 0.5), ("triangular", 2.0)])
def test_normalised_kernels_integrate_to_one(kernel, decay):
    radius = 350.0

    def ring(r):
        return 2.0 * math.pi * r * float(kde.kernel_values(r, radius, kernel, "scaled", decay))

    total, _ = integrate.quad(ring, 0.0, radius, limit=200)
    assert total == pytest.approx(1.0, rel=1e-9)


@pytest.mark.parametrize("kernel", kde.KERNELS)
def test_density_surface_sums_to_total_weight(kernel):
    rng = np.random.default_rng(SEED)
    grid = kde.grid_for_extent(0, 0, 3000, 3000, 25.0)
    x, y = rng.uniform(1000, 2000, 200), rng.uniform(1000, 2000, 200)
    weights = rng.uniform(0.5, 2.0, 200)
    density = kde.kde_points(grid, x, y, weights, 500.0, kernel, "density")
    km2_per_cell = grid.cell_area / 1e6
    assert density.sum() * km2_per_cell == pytest.approx(weights.sum(), rel=2e-3)
    scaled = kde.kde_points(grid, x, y, weights, 500.0, kernel, "scaled")
    np.testing.assert_allclose(scaled * 1e6, density, rtol=1e-12)


def test_raw_kernel_values_by_hand():
    # u = 300 / 500 = 0.6, u^2 = 0.36
    expected = {
        "quartic": 0.64**2, "triweight": 0.64**3, "epanechnikov": 0.64, "uniform": 1.0,
        "triangular": 0.4, "gaussian": math.exp(-0.5 * 1.8**2),
    }
    for kernel, value in expected.items():
        assert kde.kernel_raw(300.0, 500.0, kernel) == pytest.approx(value, rel=1e-12)
    assert kde.kernel_raw(300.0, 500.0, "triangular", decay=0.5) == pytest.approx(0.7)
    assert kde.kernel_raw(500.1, 500.0, "uniform") == 0.0
    # Quartic density at the centre: 3 / (pi h^2) per m2, per km2 x 1e6.
    assert kde.kernel_values(0.0, 500.0, "quartic", "density") == pytest.approx(12.0 / math.pi)


def test_raw_quartic_peak_equals_weight_and_vanishes_beyond_radius():
    grid = kde.grid_for_extent(0, 0, 2000, 2000, 20.0)
    x, y = grid.x_centres[[50]], grid.y_centres[[50]]
    exact = kde.kde_direct(grid, x, y, [2.0], 400.0)
    fast = kde.kde_points(grid, x, y, [2.0], 400.0)
    assert exact[50, 50] == pytest.approx(2.0)
    # The bias-corrected stencil lifts a lone point's peak by about 8 / 12 (pixel / h)^2.
    assert fast[50, 50] == pytest.approx(2.0, rel=(20.0 / 400.0) ** 2)
    rows, cols = np.indices(grid.shape)
    beyond = np.hypot(rows - 50, cols - 50) * 20.0 >= 400.0
    assert np.all(fast[beyond] == 0.0) and np.all(exact[beyond] == 0.0)
    assert fast.min() == 0.0


# --------------------------------------------------------------------------- grid


def test_grids_of_different_extents_share_cell_edges():
    first = kde.grid_for_extent(103.0, 207.0, 1490.0, 1333.0, 25.0)
    second = kde.grid_for_extent(-55.0, 12.0, 801.0, 999.0, 25.0)
    for grid in (first, second):
        for edge in (grid.xmin, grid.xmax, grid.ymin, grid.ymax):
            assert edge / 25.0 == pytest.approx(round(edge / 25.0), abs=1e-9)
    assert (first.xmin, first.ymin, first.xmax, first.ymax) == (100.0, 200.0, 1500.0, 1350.0)
    shift = (first.xmin - second.xmin) / 25.0
    np.testing.assert_allclose(first.x_centres[:5], second.x_centres[int(shift):][:5])


def test_grid_origin_extent_and_row_order():
    grid = kde.grid_for_extent(0.0, 0.0, 100.0, 60.0, 20.0, origin=(10.0, 10.0))
    assert (grid.xmin, grid.ymin, grid.xmax, grid.ymax) == (-10.0, -10.0, 110.0, 70.0)
    assert grid.shape == (4, 6)
    assert grid.y_centres[0] == 60.0 and grid.y_centres[-1] == 0.0  # row 0 is the top
    assert grid.geotransform == (-10.0, 20.0, 0.0, 70.0, 0.0, -20.0)
    assert kde.grid_for_extent(5.0, 5.0, 5.0, 5.0, 10.0).shape == (1, 1)


def test_single_point_surface_is_symmetric():
    grid = kde.grid_for_extent(0, 0, 1010, 1010, 10.0)
    surface = kde.kde_points(grid, [505.0], [505.0], None, 200.0)
    np.testing.assert_allclose(surface, surface[::-1, :], atol=1e-12)
    np.testing.assert_allclose(surface, surface[:, ::-1], atol=1e-12)
    np.testing.assert_allclose(surface, surface.T, atol=1e-12)


# --------------------------------------------------------------------------- weights


def test_weight_three_equals_three_points_and_zero_weight_adds_nothing():
    grid = kde.grid_for_extent(0, 0, 1000, 1000, 10.0)
    x, y = np.array([310.0, 640.0]), np.array([420.0, 515.0])
    tripled = kde.kde_points(grid, x, y, [3.0, 1.0], 250.0)
    repeated = kde.kde_points(grid, [310.0] * 3 + [640.0], [420.0] * 3 + [515.0], None, 250.0)
    np.testing.assert_allclose(tripled, repeated, rtol=1e-12, atol=1e-12)
    with_zero = kde.kde_points(grid, [310.0, 640.0, 100.0], [420.0, 515.0, 900.0],
                               [3.0, 1.0, 0.0], 250.0)
    np.testing.assert_array_equal(with_zero == 0.0, tripled == 0.0)
    np.testing.assert_allclose(with_zero, tripled, rtol=1e-12, atol=1e-12)


def test_prospective_weights_halve_per_half_life_and_stop_at_max_age():
    ages = np.array([0.0, 14.0, 28.0, 56.0, 57.0, -1.0])
    weights, n_future, n_too_old = kde.prospective_weights(ages, 14.0, 56.0)
    np.testing.assert_allclose(weights, [1.0, 0.5, 0.25, 0.0625, 0.0, 0.0])
    assert (n_future, n_too_old) == (1, 1)


def test_a_half_life_of_zero_weighs_every_incident_up_to_max_age_alike():
    # (near_repeat's NEAR_REPEAT_DAYS is 0 without a near-repeat pattern; chained as the
    # half-life it must give plain counts within the window, not an error)
    ages = np.array([0.0, 14.0, 56.0, 57.0, -1.0])
    weights, n_future, n_too_old = kde.prospective_weights(ages, 0.0, 56.0)
    np.testing.assert_array_equal(weights, [1.0, 1.0, 1.0, 0.0, 0.0])
    assert (n_future, n_too_old) == (1, 1)
    with pytest.raises(ValueError, match="0 days"):
        kde.prospective_weights(ages, -1.0, 56.0)


def test_automatic_radius_rule_and_pixel_floor():
    # Four points at 100 m from their mean centre: standard distance = median distance = 100.
    x, y = np.array([100.0, -100.0, 0.0, 0.0]), np.array([0.0, 0.0, 100.0, -100.0])
    expected = 0.9 * min(100.0, math.sqrt(1 / math.log(2)) * 100.0) * 4**-0.2
    assert kde.automatic_radius(x + 1e5, y + 4e5) == pytest.approx(expected)
    assert kde.automatic_radius(x, y, pixel_size=50.0) == 100.0
    # Weight 2 on every point: n = 8, same spread.
    assert kde.automatic_radius(x, y, [2.0] * 4) == pytest.approx(expected * 2**-0.2)


# --------------------------------------------------------------------------- binning


def test_streaming_in_chunks_equals_one_pass():
    rng = np.random.default_rng(SEED)
    grid = kde.grid_for_extent(0, 0, 2000, 1500, 10.0)
    x, y = rng.uniform(-100, 2100, 30_000), rng.uniform(-100, 1600, 30_000)
    weights = rng.uniform(0, 3, 30_000)
    for method in kde.BINNING_METHODS:
        whole, n_outside = kde.bin_points(grid, x, y, weights, method)
        chunked, n_chunked = np.zeros(grid.shape), 0
        for part in np.array_split(np.arange(x.size), 3):
            n_chunked += kde.accumulate_points(chunked, grid, x[part], y[part], weights[part],
                                               method)
        np.testing.assert_allclose(chunked, whole, rtol=1e-12, atol=1e-12)
        outside = (x < 0) | (x > 2000) | (y < 0) | (y > 1500)
        assert n_chunked == n_outside == int(outside.sum())
        assert whole.sum() == pytest.approx(weights[~outside].sum(), rel=1e-12)


def test_nearest_binning_counts_points_per_cell():
    grid = kde.grid_for_extent(0, 0, 30, 20, 10.0)
    binned, n_outside = kde.bin_points(grid, [1, 2, 25, 30, 45], [19, 15, 1, 0, 5],
                                       method="nearest")
    assert n_outside == 1
    np.testing.assert_array_equal(binned, [[2, 0, 0], [0, 0, 2]])


# --------------------------------------------------------------------------- hotspots


def test_top_percent_marks_exact_share_of_study_cells():
    rng = np.random.default_rng(SEED)
    surface = rng.gamma(2.0, 1.0, (40, 50))
    rows, cols = np.indices(surface.shape)
    study = np.hypot(rows - 20, cols - 25) < 18
    hot = kde.hotspot_mask(surface, study, "top_percent", top_percent=5.0)
    assert hot.sum() == math.ceil(0.05 * study.sum())
    assert not hot[~study].any()
    assert surface[hot].min() >= surface[study & ~hot].max()


def test_top_percent_ties_and_zeros():
    flat = np.ones((10, 10))
    hot = kde.hotspot_mask(flat, None, "top_percent", top_percent=5.0)
    assert hot.sum() == 5 and hot[0, :5].all()  # ties: first cells in row order
    sparse = np.zeros((10, 10))
    sparse[3, 3], sparse[7, 2] = 4.0, 1.0
    assert kde.hotspot_mask(sparse, None, "top_percent", top_percent=10.0).sum() == 2


def test_k_times_mean_on_hand_made_surface():
    surface = np.array([[0.0, 1.0, 2.0], [3.0, 4.0, 8.0]])  # mean 3, 2 x mean = 6
    study = np.array([[True, True, True], [True, True, False]])  # mean 2, 2 x mean = 4
    np.testing.assert_array_equal(
        kde.hotspot_mask(surface, None, "k_times_mean", k_times_mean=2.0),
        [[False, False, False], [False, False, True]])
    np.testing.assert_array_equal(
        kde.hotspot_mask(surface, study, "k_times_mean", k_times_mean=2.0),
        [[False, False, False], [False, True, False]])


def test_clusters_ranked_with_their_counts():
    grid = kde.Grid(xmin=0.0, ymax=60.0, pixel_size=10.0, ncols=6, nrows=6)
    surface = np.zeros(grid.shape)
    surface[0:2, 0:2] = 5.0                # four cells, total 20
    surface[4:6, 3:6] = 2.0                # six cells, total 12
    surface[2, 2] = 1.0                    # touches the first blob at a corner
    counts = np.zeros(grid.shape)
    counts[0, 0], counts[1, 1], counts[4, 5] = 3, 1, 2
    labels, table = kde.hotspot_clusters(surface > 0, surface, counts, grid)
    assert list(table["rank"]) == [1, 2]
    first, second = table.iloc[0], table.iloc[1]
    assert (first["n_cells"], first["incident_count"], first["max_density"]) == (5, 4, 5.0)
    assert first["total_density"] == 21.0 and first["area_m2"] == 500.0
    assert (second["n_cells"], second["incident_count"], second["mean_density"]) == (6, 2, 2.0)
    assert labels[2, 2] == first["cluster_id"] and labels[4, 5] == second["cluster_id"]
    _, edges_only = kde.hotspot_clusters(surface > 0, surface, counts, grid, connectivity=4)
    assert len(edges_only) == 3


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("call, message", [
    (lambda g: kde.kde_points(g, [1.0], [1.0], None, 0.0), "radius must be more than 0"),
    (lambda g: kde.kde_points(g, [1.0], [1.0], None, 5.0), "smaller than the pixel size"),
    (lambda g: kde.kde_points(g, [], [], None, 100.0), "no incidents"),
    (lambda g: kde.kde_points(g, [1.0], [1.0], None, 100.0, "cosine"), "Unknown kernel"),
    (lambda g: kde.kde_points(g, [1.0], [1.0], None, 100.0, output="pct"), "Unknown output"),
    (lambda g: kde.kde_points(g, [1.0], [1.0], [-1.0], 100.0), "zero or positive"),
    (lambda g: kde.kde_points(g, [np.nan], [1.0], None, 100.0), "no valid coordinates"),
    (lambda g: kde.hotspot_mask(np.ones(g.shape), top_percent=0.0), "top percentage"),
])
def test_bad_input_explains_the_fix(call, message):
    grid = kde.grid_for_extent(0, 0, 1000, 1000, 10.0)
    with pytest.raises(ValueError, match=message):
        call(grid)


def test_too_large_grid_names_size_and_fix():
    with pytest.raises(ValueError) as caught:
        kde.grid_for_extent(0, 0, 60_000, 50_000, 10.0)
    message = str(caught.value)
    assert "30,000,000 cells" in message and "MB" in message
    assert "larger pixel size" in message and "smaller extent" in message


def test_an_absurd_extent_still_gets_the_sentence_not_an_overflow():
    # (a radius of 1e300 pads the extent so far that the sides' product is infinite)
    with pytest.raises(ValueError, match="larger pixel size") as caught:
        kde.grid_for_extent(-1e300, -1e300, 1e300, 1e300, 10.0)
    assert "inf" not in str(caught.value)
