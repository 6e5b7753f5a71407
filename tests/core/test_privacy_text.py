"""Names, addresses and identifiers inside values (issue 20): the labelled set, the cases the
issue lists, the fallback without deduce, and input that must never crash the scan."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from wijkradar.core import deid
from wijkradar.core.privacy import FAIL, IDENTIFIER, PASS, scan_table

REPO = Path(__file__).resolve().parents[2]
needs_deduce = pytest.mark.skipif(not deid.available(),
                                  reason="the optional library deduce is not installed")


def load_testset_script():
    path = REPO / "scripts" / "make_privacy_testset.py"
    spec = importlib.util.spec_from_file_location("make_privacy_testset", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def testset():
    return load_testset_script()


def bsns(n):
    found, head = [], 10000000
    while len(found) < n:
        digits = [int(d) for d in f"{head:08d}"]
        check = sum(d * w for d, w in zip(digits, range(9, 1, -1))) % 11
        if check <= 9:
            found.append(f"{head:08d}{check}")
        head += 7
    return found


def kinds(result):
    return {(f.field, f.kind) for f in result.findings}


# --- The labelled set -------------------------------------------------------------------------

def test_committed_testset_is_what_the_script_writes(testset):
    committed = (REPO / "tests" / "fixtures" / "privacy" / "labelled_values.csv").read_text(
        encoding="utf-8")
    rows = testset.generate()
    assert committed == testset.to_csv(rows)
    assert len(rows) >= 600
    assert {r[0] for r in rows} == set(testset.COUNTS)


@pytest.fixture(scope="module")
def figures_with_deduce(testset):
    return testset.evaluate(testset.read(), use_deduce=True)


@pytest.fixture(scope="module")
def figures_patterns(testset):
    return testset.evaluate(testset.read(), use_deduce=False)


@needs_deduce
def test_recall_on_names_and_addresses_with_deduce(figures_with_deduce):
    for category in ("name", "address"):
        found, total = figures_with_deduce[category]
        assert found / total >= 0.95, (category, found, total)
    found, total = figures_with_deduce["note_personal"]
    assert found / total >= 0.85


@needs_deduce
def test_no_false_positives_with_deduce(figures_with_deduce):
    for category in ("cbs_code", "pc6", "street", "crime_type", "note_plain"):
        assert figures_with_deduce[category][0] == 0, category


def test_fallback_without_deduce(figures_patterns):
    """The pattern rules alone: addresses with a street suffix, no names, no false hits."""
    for category in ("cbs_code", "pc6", "street", "crime_type", "note_plain"):
        assert figures_patterns[category][0] == 0, category
    found, total = figures_patterns["address"]
    assert found / total >= 0.85
    assert figures_patterns["name"][0] == 0  # names need deduce (or a telling field name)


# --- The cases of the issue -------------------------------------------------------------------

@pytest.mark.parametrize("use_deduce", [False, pytest.param(True, marks=needs_deduce)])
def test_bsn_written_in_an_innocent_field_fails(use_deduce):
    result = scan_table({"info": ["BSN 123456782"]}, use_deduce=use_deduce)
    assert result.verdict == FAIL
    assert kinds(result) == {("info", "bsn")}
    assert result.findings[0].example == "1234*****"


@pytest.mark.parametrize("use_deduce", [False, pytest.param(True, marks=needs_deduce)])
def test_name_bsn_and_street_in_one_value_fail(use_deduce):
    result = scan_table({"info": ["Jan de Vries, BSN 123456782, Kerkstraat 12"]},
                        use_deduce=use_deduce)
    assert result.verdict == FAIL
    found = {kind for _, kind in kinds(result)}
    assert {"bsn", "street_house_number"} <= found
    if use_deduce:
        assert "person_name" in found


def test_spaced_bsns_and_dotted_phone_numbers():
    assert kinds(scan_table({"nummer": [f"{b[:3]} {b[3:6]} {b[6:]}" for b in bsns(20)]})) == {
        ("nummer", "bsn")}
    phones = ["06.12.34.56.78", "06.98.76.54.32", "010.123.45.67"]
    assert kinds(scan_table({"contact": phones}, use_deduce=False)) == {("contact", "phone")}
    assert scan_table({"waarde": ["0.123456789", "3.1415926535"]}).verdict == PASS


def test_a_column_of_forty_percent_bsns_fails_and_random_ids_pass():
    rng = np.random.default_rng(5)
    ids = [str(v) for v in rng.integers(100000000, 999999999, 60)]
    result = scan_table({"kenmerk": bsns(40) + ids}, use_deduce=False)
    assert kinds(result) == {("kenmerk", "bsn")}
    assert scan_table({"kenmerk": ids * 3}, use_deduce=False).verdict == PASS


@needs_deduce
def test_names_only_layer_is_refused_with_the_field_named():
    names = ["Priya Wilson", "Jan de Vries", "Sophie van den Heuvel", "Mohammed El Amrani",
             "Kees Bakker"]
    result = scan_table({"contact": names, "soort": ["Inbraak"] * 5}, use_deduce=True)
    assert result.verdict == FAIL
    finding = result.findings[0]
    assert (finding.field, finding.kind, finding.severity) == ("contact", "person_name",
                                                               IDENTIFIER)
    assert "contact (names of persons" in result.summary()
    assert finding.example and all(name not in finding.example for name in names)


@needs_deduce
def test_notes_naming_persons_are_an_identifier_and_plain_notes_a_warning():
    notes = [f"Melder Piet Jansen belde om {h} uur over overlast" for h in range(1, 6)]
    result = scan_table({"opmerking": notes}, use_deduce=True)
    assert [(f.kind, f.severity) for f in result.findings] == [
        ("free_text_personal", IDENTIFIER)]
    plain = [f"Fiets gestolen bij station om {h} uur" for h in range(1, 6)]
    assert [f.kind for f in scan_table({"opmerking": plain}, use_deduce=True).findings] == [
        "free_text"]


@needs_deduce
def test_streets_without_suffix_are_addresses_with_deduce():
    result = scan_table({"soort": ["Markt 12", "Oude Markt 3", "Brink 7"]}, use_deduce=True)
    assert kinds(result) == {("soort", "street_house_number")}


@needs_deduce
def test_business_and_place_names_are_not_persons():
    values = ["Coffeeshop De Kroon", "Cafe De Zwaan", "Den Bosch", "The Jolly Joker"]
    assert scan_table({"naam": values}, use_deduce=True).verdict != FAIL
    assert scan_table({"waarde": ["Piet Heinstraat", "Laan van Meerdervoort"]},
                      use_deduce=True).verdict == PASS


# --- Bad input --------------------------------------------------------------------------------

@pytest.mark.parametrize("use_deduce", [False, pytest.param(True, marks=needs_deduce)])
def test_long_text_blobs_and_mixed_encodings_never_crash(use_deduce):
    columns = {
        "lang": ["woord " * 200_000, "Jan de Vries " + "x" * 50_000],
        "blob": [b"\x00\xff\xfe binary", bytearray(b"\x89PNG\r\n"), memoryview(b"abc")],
        "mixed": ["caf\xe9", "cafÃ©", "\udcff\udcfe kapot", "nul\x00teken", "ðŸ˜€ emoji 😀",
                  "Kerkstraat 12\u200b", "\ufeffBOM"],
    }
    result = scan_table(columns, use_deduce=use_deduce)
    assert result.values_scanned["blob"] == 0   # bytes are not text: not scanned
    assert ("mixed", "street_house_number") in kinds(result)


def test_redaction_needs_deduce_and_replaces_names_by_tags():
    if not deid.available():
        pytest.skip("the optional library deduce is not installed")
    redacted = deid.redact_all(["Melder Piet Jansen, Kerkstraat 12, belde", None])
    assert redacted[1] is None
    assert "Jansen" not in redacted[0] and "Kerkstraat 12" not in redacted[0]
    assert "[PERSOON-1]" in redacted[0] and "[LOCATIE-1]" in redacted[0]


def test_redaction_by_patterns_needs_no_deduce():
    from wijkradar.core.privacy import redact_values

    text = ("Bel 06.12.34.56.78 of mail jan@voorbeeld.nl; BSN 123456782, rekening "
            "NL91ABNA0417164300; woont Kerkstraat 12, 5211 AB 7")
    redacted = redact_values([text, None, 12], use_deduce=False)
    assert redacted[1:] == [None, 12]
    for gone in ("06.12", "jan@", "123456782", "NL91", "Kerkstraat 12", "5211 AB 7"):
        assert gone not in redacted[0]
    for tag in ("[TELEFOONNUMMER]", "[EMAIL]", "[BSN]", "[IBAN]", "[ADRES]"):
        assert tag in redacted[0]
    assert redact_values(["Fiets gestolen bij station"], use_deduce=False) == [
        "Fiets gestolen bij station"]
