"""core.i18n: core's texts and the language documents declare follow the translator set."""

import math

import pytest

from wijkradar.core import i18n
from wijkradar.core.risk_report import page


@pytest.fixture
def dutch_catalogue():
    catalogue = {("RiskReport", "Provenance"): "Herkomst"}
    i18n.set_translator(lambda context, text: catalogue.get((context, text), text), "nl")
    yield
    i18n.set_translator(None)


def test_english_until_a_translator_is_set():
    assert i18n.language() == "en"
    assert i18n.translate("RiskReport", "Provenance") == "Provenance"
    assert '<html lang="en">' in page("Risk", [], provenance={})


def test_a_report_declares_the_language_it_is_written_in(dutch_catalogue):
    assert i18n.language() == "nl"
    html = page("Risico", ["<p>tekst</p>"], provenance={"inputs": []})
    assert '<html lang="nl">' in html and "<h2>Herkomst</h2>" in html
    assert i18n.translate("RiskReport", "not in the catalogue") == "not in the catalogue"


def test_removing_the_translator_restores_english(dutch_catalogue):
    i18n.set_translator(None, "nl")  # a language without a catalogue is not declared
    assert i18n.language() == "en"
    assert '<html lang="en">' in page("Risk", [])


def test_numbers_are_written_as_the_language_of_the_texts_writes_them(dutch_catalogue):
    assert i18n.number(10680) == "10,680" and i18n.number(67.44, 1) == "67.4"
    i18n.set_number_format(",", ".")  # what translation.install_translator sets for Dutch
    assert i18n.number(10680) == "10.680" and i18n.number(67.44, 1) == "67,4"
    assert i18n.number(1234567.891, 2) == "1.234.567,89"
    assert i18n.short_number(0.0432) == "0,043" and i18n.short_number(2.5) == "2,5"
    i18n.set_translator(None)  # back to English, separators too
    assert i18n.number(10680.5, 1) == "10,680.5"


def test_short_numbers_keep_two_digits_and_drop_trailing_zeros():
    assert [i18n.short_number(v) for v in (0.0432, 0.65, 3.04, 3.0, 67.4, 10680, 0, -2.26)] \
        == ["0.043", "0.65", "3", "3", "67", "10,680", "0", "-2.3"]


def test_short_number_of_an_infinite_or_missing_value_is_printable():
    assert [i18n.short_number(v) for v in (math.inf, -math.inf, math.nan)] == ["∞", "-∞", ""]


