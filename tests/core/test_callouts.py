"""core.callouts: numbered markers that never overlap, on their area when it is free."""


import numpy as np

from wijkradar.core import callouts

SIZE, GAP = 4.6, 0.6
FRAME = (165.0, 150.0)
ARROW = (150.0, 3.0, 161.0, 17.0)  # north arrow (mm on the map frame)
SCALE_BAR = (3.0, 137.0, 55.0, 147.0)


def assert_readable(centres, frame=FRAME, obstacles=(ARROW, SCALE_BAR)):
    """No two markers overlap, all lie inside the frame, none on an obstacle (independent
    of the placer's own checks)."""
    radius = SIZE / 2
    for i in range(len(centres)):
        for j in range(i + 1, len(centres)):
            assert np.hypot(*(centres[i] - centres[j])) >= SIZE + GAP - 1e-9, (i, j)
    assert (centres >= radius).all() and (centres[:, 0] <= frame[0] - radius).all()
    assert (centres[:, 1] <= frame[1] - radius).all()
    for xmin, ymin, xmax, ymax in obstacles:
        inside_x = (centres[:, 0] > xmin - radius) & (centres[:, 0] < xmax + radius)
        inside_y = (centres[:, 1] > ymin - radius) & (centres[:, 1] < ymax + radius)
        nearest = np.hypot(np.maximum(np.maximum(xmin - centres[:, 0], 0),
                                      centres[:, 0] - xmax),
                           np.maximum(np.maximum(ymin - centres[:, 1], 0),
                                      centres[:, 1] - ymax))
        assert not ((inside_x & inside_y) & (nearest < radius)).any()


def test_markers_with_room_stay_on_their_areas():
    anchors = np.array([[20.0, 30.0], [60.0, 30.0], [100.0, 90.0]])
    centres = callouts.place_markers(anchors, SIZE, FRAME, (ARROW, SCALE_BAR))
    np.testing.assert_allclose(centres, anchors)
    assert not callouts.moved(anchors, centres, SIZE).any()


def test_a_cluster_of_adjacent_grid_cells_spreads_out_without_overlap():
    # ten 250 m cells side by side at 1:40,000 (6.25 mm apart): the '7 6 9 3' cluster
    rows, cols = np.divmod(np.arange(10), 4)
    anchors = np.column_stack([80 + 6.25 * cols, 70 + 6.25 * rows])
    centres = callouts.place_markers(anchors, SIZE, FRAME, (ARROW, SCALE_BAR), GAP)
    assert_readable(centres)
    assert np.allclose(centres[0], anchors[0])  # number 1 keeps its cell
    # moved markers stay close: a short leader line, not across the map
    assert np.hypot(*(centres - anchors).T).max() < 4 * SIZE


def test_markers_keep_clear_of_the_frame_edge_north_arrow_and_scale_bar():
    anchors = np.array([[155.0, 8.0], [1.0, 145.0], [164.0, 149.0], [10.0, 140.0]])
    centres = callouts.place_markers(anchors, SIZE, FRAME, (ARROW, SCALE_BAR), GAP)
    assert_readable(centres)


def test_fifty_markers_on_one_spot_all_find_room_and_the_same_page_gives_the_same_map():
    anchors = np.full((50, 2), 80.0)
    centres = callouts.place_markers(anchors, SIZE, FRAME, (ARROW, SCALE_BAR), GAP)
    assert_readable(centres)
    again = callouts.place_markers(anchors, SIZE, FRAME, (ARROW, SCALE_BAR), GAP)
    np.testing.assert_array_equal(centres, again)


