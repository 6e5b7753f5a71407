import numpy as np
import shapely

from wijkradar.core.focus import assign_to_districts, rank_within


def test_ranks_are_per_district_highest_first_and_null_scores_get_none():
    scores = [5.0, 9.0, None, 7.0, 7.0, 1.0]
    groups = ["Noord", "Noord", "Noord", "Zuid", "Zuid", "Zuid"]
    assert rank_within(scores, groups).tolist() == [2, 1, 0, 1, 2, 3]
    assert rank_within([3, 1, 2]).tolist() == [1, 3, 2]


def test_points_go_to_the_district_that_holds_them_and_outside_points_to_none():
    west, east = shapely.box(0, 0, 10, 10), shapely.box(10, 0, 20, 10)
    districts = np.array([west, east])
    found = assign_to_districts([5, 15, 25, 12], [5, 5, 5, 9], districts)
    assert found.tolist() == [0, 1, -1, 1]


def test_overlapping_districts_give_each_point_one_district():
    districts = np.array([shapely.box(0, 0, 10, 10), shapely.box(5, 0, 15, 10)])
    assert assign_to_districts([7], [5], districts).tolist() == [0]
