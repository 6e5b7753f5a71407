"""core.i18n: core's texts and the language documents declare follow the translator set."""

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
