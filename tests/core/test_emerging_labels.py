"""Reading emerging hot spot patterns back from a layer, and their words for a briefing
(core.emerging_patterns: code_of, short_name)."""


import pytest

from wijkradar.core import emerging_patterns, i18n
from wijkradar.core.emerging_patterns import code_of, short_name

# ArcGIS Pro's PATTERN values (Emerging Hot Spot Analysis), as its output writes them.
ARCGIS = {"New Hot Spot": 1, "Consecutive Hot Spot": 2, "Intensifying Hot Spot": 3,
          "Persistent Hot Spot": 4, "Diminishing Hot Spot": 5, "Sporadic Hot Spot": 6,
          "Oscillating Hot Spot": 7, "Historical Hot Spot": 8, "New Cold Spot": -1,
          "Consecutive Cold Spot": -2, "Intensifying Cold Spot": -3,
          "Persistent Cold Spot": -4, "Diminishing Cold Spot": -5, "Sporadic Cold Spot": -6,
          "Oscillating Cold Spot": -7, "Historical Cold Spot": -8, "No Pattern Detected": 0}


@pytest.mark.parametrize("code", sorted(emerging_patterns.PATTERNS))
def test_every_code_reads_back_from_a_number_a_text_a_key_and_a_name(code):
    key = emerging_patterns.key(code)
    for value in (code, float(code), str(code), f" {code} ", key, key.upper(),
                  emerging_patterns.name(code)):
        assert code_of(value) == code, value


def test_arcgis_pattern_names_in_its_capitals():
    assert {name: code_of(name) for name in ARCGIS} == ARCGIS


def test_empty_values_are_no_pattern_known():
    assert [code_of(value) for value in (None, "", "  ", float("nan"))] == [None] * 4


# 'new' alone could be a new hot or a new cold spot
@pytest.mark.parametrize("value", ["hot", "9", "-9", "2.5", "Hot Spot", "new"])
def test_anything_else_is_refused(value):
    with pytest.raises(ValueError, match=value.replace(".", r"\.")):
        code_of(value)


def test_names_in_the_users_language_read_back_too():
    def translator(context, text):
        return {("EmergingPatterns", "Intensifying hot spot"): "Toenemende hotspot",
                ("EmergingPatterns", "intensifying"): "toenemend"}.get((context, text))

    i18n.set_translator(translator, "nl")
    try:
        assert code_of("toenemende HOTSPOT") == 3 and code_of("Intensifying Hot Spot") == 3
        assert short_name(3) == "toenemend"
    finally:
        i18n.set_translator(None)


def test_a_word_for_every_pattern_and_a_briefing_order_of_the_hot_ones():
    words = {code: short_name(code) for code in emerging_patterns.PATTERNS}
    assert words[1] == "new" and words[3] == "intensifying" and words[0] == ""
    assert {words[-code] for code in range(1, 9)} == {"cold spot"}
    assert len({words[code] for code in range(1, 9)}) == 8  # each hot pattern its own word
    assert sorted(emerging_patterns.BRIEFING_ORDER) == list(range(1, 9))
    assert emerging_patterns.BRIEFING_ORDER[:2] == (1, 3)  # new, then intensifying
