"""Small-count suppression: counts 1..k-1 become NULL and are flagged; zero and k+ stay."""

import numpy as np
import pandas as pd
import pytest

from wijkradar.core.suppression import (
    SmallCountError,
    assert_no_small_counts,
    metadata_note,
    small_count_mask,
    suppress_frame,
    suppress_small_counts,
)

COUNTS = [0, 1, 4, 5, 12]


def areas():
    return pd.DataFrame({
        "pc4": ["5211", "5212", "5213", "5214", "5215"],
        "incidenten": COUNTS,
        "inwoners": [800, 1200, 300, 950, 2000],
        "per_1000": [0.0, 0.83, 13.33, 5.26, 6.0],
        "score": [0.1, 0.2, 0.9, 0.4, 0.5],
    })


def test_suppress_small_counts_k5():
    result = suppress_small_counts(COUNTS, k=5)
    np.testing.assert_array_equal(result.values, [0, np.nan, np.nan, 5, 12])
    assert result.suppressed.tolist() == [False, True, True, False, False]
    assert result.k == 5
    assert result.n_suppressed == 2


def test_input_is_not_changed():
    counts = np.array(COUNTS, dtype=float)
    suppress_small_counts(counts)
    assert counts.tolist() == COUNTS
    frame = areas()
    before = frame.copy()
    suppress_frame(frame, ["incidenten"], derived_columns=["per_1000"])
    pd.testing.assert_frame_equal(frame, before)


def test_zero_is_kept_unless_asked():
    assert small_count_mask(COUNTS).tolist() == [False, True, True, False, False]
    assert small_count_mask(COUNTS, suppress_zero=True).tolist() == [
        True, True, True, False, False]


def test_missing_counts_stay_missing_and_are_not_flagged():
    result = suppress_small_counts([None, np.nan, 3, pd.NA])
    assert result.suppressed.tolist() == [False, False, True, False]
    assert np.isnan(result.values).all()


def test_fractional_weights_below_k_are_suppressed():
    assert small_count_mask([0.4, 4.99, 5.0]).tolist() == [True, True, False]


@pytest.mark.parametrize("k", [0, -1, 2.5, True, "5", None])
def test_bad_k_is_refused(k):
    with pytest.raises(ValueError, match="k must be"):
        suppress_small_counts(COUNTS, k=k)


def test_negative_or_text_counts_are_refused():
    with pytest.raises(ValueError, match="negative"):
        suppress_small_counts([3, -1])
    with pytest.raises(ValueError, match="numbers"):
        suppress_small_counts([3, "veel"])


def test_suppress_frame_sets_null_and_flags():
    out = suppress_frame(areas(), ["incidenten"])
    assert out["incidenten"].dtype == "Int64"          # whole numbers stay whole
    assert out["incidenten"].isna().tolist() == [False, True, True, False, False]
    assert out["incidenten"].dropna().tolist() == [0, 5, 12]   # NULL, never a silent 0
    assert out["onderdrukt"].tolist() == [False, True, True, False, False]
    assert out["inwoners"].tolist() == areas()["inwoners"].tolist()


def test_derived_columns_are_blanked_with_their_count():
    out = suppress_frame(areas(), ["incidenten"], derived_columns=["per_1000", "score"])
    assert out["per_1000"].isna().tolist() == [False, True, True, False, False]
    assert out["score"].isna().tolist() == [False, True, True, False, False]
    assert out.loc[3, "per_1000"] == pytest.approx(5.26)


def test_derived_columns_follow_only_their_sources():
    frame = areas().assign(woninginbraak=[10, 10, 10, 2, 10])
    out = suppress_frame(frame, ["incidenten", "woninginbraak"],
                         derived_columns={"per_1000": ["incidenten"], "score": "woninginbraak"})
    assert out["per_1000"].isna().tolist() == [False, True, True, False, False]
    assert out["score"].isna().tolist() == [False, False, False, True, False]
    assert out["onderdrukt"].tolist() == [False, True, True, True, False]


def test_derived_from_an_unlisted_count_is_refused():
    with pytest.raises(ValueError, match="not one of the count columns"):
        suppress_frame(areas(), ["incidenten"], derived_columns={"per_1000": ["inwoners"]})


def test_missing_column_is_refused():
    with pytest.raises(ValueError, match="not in the table"):
        suppress_frame(areas(), ["aantal"])


def test_own_flag_column_and_earlier_flags_are_kept():
    frame = areas().assign(geheim=[True, False, None, False, False])
    out = suppress_frame(frame, "incidenten", flag_column="geheim")
    assert out["geheim"].tolist() == [True, True, True, False, False]


def test_suppressed_frame_passes_the_check():
    out = suppress_frame(areas(), ["incidenten"])
    assert_no_small_counts(out["incidenten"])
    assert_no_small_counts(out[["incidenten"]])


def test_check_finds_small_counts():
    with pytest.raises(SmallCountError, match="2 value"):
        assert_no_small_counts(COUNTS, k=5)
    with pytest.raises(AssertionError):
        assert_no_small_counts(pd.DataFrame({"a": [5, 0], "b": [7, 3]}))
    with pytest.raises(SmallCountError):
        assert_no_small_counts([0, 6], allow_zero=False)
    assert_no_small_counts([0, 5, None, 12])


def test_metadata_note_mentions_k_and_flag():
    assert metadata_note() == (
        "Counts below 5 are suppressed (shown as NULL and flagged in 'onderdrukt').")
    note = metadata_note(10, flag_column="suppressed", derived_columns=["per_1000"])
    assert "below 10" in note and "'suppressed'" in note and "per_1000" in note
    assert "zero included" in metadata_note(5, suppress_zero=True)
