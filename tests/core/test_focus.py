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


def test_legend_classes_are_round_numbers_in_words_never_zero_to_zero():
    from wijkradar.core.focus import class_labels, legend_breaks

    # a 250 m grid: most cells expect nothing, a few a little (the '0 - 0', '0.2 - 0.2' of
    # quantile classes)
    grid = [0.0] * 9000 + [0.01] * 800 + [0.02] * 500 + [0.2] * 300 + [1.2] * 80
    breaks = legend_breaks(grid)
    assert breaks == [0.02, 0.2]
    assert class_labels(breaks) == ["less than 0.02", "0.02 to 0.2", "0.2 or more"]
    # a risk score 0-100 (% of the highest area)
    assert class_labels(legend_breaks(range(101))) == ["less than 60", "60 to 80", "80 or more"]
    assert legend_breaks([3, 3, 3]) == [] and class_labels([]) == ["all other areas"]
    assert legend_breaks([None, float("nan")]) == []


def test_legend_numbers_follow_the_language():
    from wijkradar.core import i18n
    from wijkradar.core.focus import class_labels

    i18n.set_number_format(",", ".")
    try:
        assert class_labels([0.25, 1.5]) == ["less than 0,25", "0,25 to 1,5", "1,5 or more"]
    finally:
        i18n.set_translator(None)
