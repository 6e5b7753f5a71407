"""CBS wijken en buurten, registered crime (StatLine CSV, OData) and Leefbaarometer, in core."""

import json

import numpy as np
import pandas as pd
import pytest

from wijkradar.core import cbs, cbs_tables
from wijkradar.core.cbs_tables import (
    crime_long,
    crime_wide,
    headline,
    parse_count,
    parse_period,
    read_leefbaarometer,
    read_odata_pages,
    read_statline_csv,
    rows_for,
)

# -- the field table -------------------------------------------------------------------------

def test_every_year_names_every_field_once():
    for year in cbs.YEARS:
        names = cbs.names_in_year(year)
        assert set(names) == set(cbs.FIELDS_BY_NAME)
        assert len(set(names.values())) == len(names), year
    assert cbs.names_in_year(2019)["buurtcode"] == "BU_CODE"
    assert cbs.names_in_year(2020)["aantal_inwoners"] == "AANT_INW"
    assert cbs.names_in_year(2021)[cbs.BIJSTAND] == \
        "aantal_personen_met_een_algemene_bijstandsuitkering_totaal"
    assert cbs.names_in_year(2024)[cbs.BIJSTAND] == cbs.BIJSTAND
    with pytest.raises(ValueError, match="2018"):
        cbs.names_in_year(2018)


def test_labels_carry_units_in_both_languages():
    assert cbs.label("gemiddeld_inkomen_per_inwoner", "nl") == \
        "Gemiddeld inkomen per inwoner (x 1.000 euro)"
    assert cbs.label("percentage_huishoudens_met_laag_inkomen") == \
        "Households with a low income (%)"
    assert cbs.label("bijstand_per_1000_inwoners") == \
        "Social assistance recipients (per 1,000 inhabitants)"
    assert cbs.label("buurtnaam", "nl") == "Buurtnaam"
    assert cbs.label("not_a_cbs_field") is None


def test_a_file_of_2021_read_as_2021_finds_every_field():
    columns = list(cbs.names_in_year(2021).values()) + ["geom", "fid"]
    match = cbs.match_schema(columns, 2021)
    assert set(match.fields) == set(cbs.FIELDS_BY_NAME) and not match.renamed
    assert match.level_codes() == ["gemeente", "wijk", "buurt"] and not match.notes


def test_a_field_under_another_years_name_is_found_and_noted():
    columns = list(cbs.names_in_year(2021).values())
    match = cbs.match_schema(columns, 2024)
    assert match.fields[cbs.BIJSTAND] == \
        "aantal_personen_met_een_algemene_bijstandsuitkering_totaal"
    assert match.renamed == {cbs.BIJSTAND: match.fields[cbs.BIJSTAND]}


def test_short_names_are_found_in_any_case():
    match = cbs.match_schema(["bu_code", "Aant_Inw", "GM_NAAM", "OPP_LAND"], 2019)
    assert match.fields == {"gemeentenaam": "GM_NAAM", "buurtcode": "bu_code",
                            "aantal_inwoners": "Aant_Inw", "oppervlakte_land_in_ha": "OPP_LAND"}


def test_an_unknown_year_falls_back_to_every_name_and_says_so():
    columns = list(cbs.names_in_year(2024).values())
    match = cbs.match_schema(columns, 2027)
    assert match.year is None and set(match.fields) == set(cbs.FIELDS_BY_NAME)
    assert "2027" in match.notes[0] and "2019-2025" in match.notes[0]
    assert "could not be told" in cbs.match_schema(columns, None).notes[0]


def test_a_layer_without_area_codes_is_not_a_cbs_file():
    match = cbs.match_schema(["postcode", "aantal_inwoners", "naam"], 2024)
    with pytest.raises(ValueError, match="not a CBS wijk- en buurtkaart") as refused:
        cbs.require_cbs_schema(match)
    assert "buurtcode/BU_CODE" in str(refused.value)


def test_the_year_of_a_file_name_and_the_layer_of_a_level():
    assert cbs.year_from_text("/data/WijkBuurtkaart_2023_v2/wijkenbuurten_2023_v2.gpkg") == 2023
    assert cbs.year_from_text("buurten_v20240101x.gpkg") is None
    assert cbs.layer_for_level(["buurten", "wijken", "gemeenten"], "gemeente") == "gemeenten"
    assert cbs.layer_for_level(["gemeente_2020_v3", "wijk_2020_v3"], "buurt") is None


# -- sentinels --------------------------------------------------------------------------------

def test_sentinels_become_missing_and_are_counted_per_field_and_code():
    frame = pd.DataFrame({
        "buurtcode": ["BU09990001", "BU09990002", "BU09990003", "BU09990004"],
        "aantal_inwoners": [1200, 35, -99999999, 880],
        "gemiddeld_inkomen_per_inwoner": [31.4, -99999999.0, -99999997.0, 27.9],
        # a negative median wealth is real (x 1,000 euro), not a sentinel
        "mediaan_vermogen_van_particuliere_huish": [-2.3, 140.2, -0.7, -99997.0],
        "odd_code": [1.0, -99999990.0, 2.0, 3.0],
    })
    clean, report = cbs.replace_sentinels(frame)
    assert clean["buurtcode"].tolist() == frame["buurtcode"].tolist()
    assert np.isnan(clean.loc[2, "aantal_inwoners"]) and clean.loc[0, "aantal_inwoners"] == 1200
    assert clean["mediaan_vermogen_van_particuliere_huish"].tolist()[:3] == [-2.3, 140.2, -0.7]
    assert report.per_field == {
        "aantal_inwoners": {-99999999: 1},
        "gemiddeld_inkomen_per_inwoner": {-99999999: 1, -99999997: 1},
        "mediaan_vermogen_van_particuliere_huish": {-99997: 1},
        "odd_code": {-99999990: 1}}
    assert report.total == 5
    assert report.lines()[0] == "gemiddeld_inkomen_per_inwoner: 2 (-99999999: 1, -99999997: 1)"
    assert frame.loc[2, "aantal_inwoners"] == -99999999  # the input is not changed


def test_a_mean_without_sentinels_is_the_mean_of_the_real_values():
    values = pd.DataFrame({"income": [30.0, 34.0, -99999999.0, 26.0]})
    clean, _ = cbs.replace_sentinels(values)
    assert clean["income"].mean() == pytest.approx(30.0)


# -- area codes -------------------------------------------------------------------------------

@pytest.mark.parametrize(("code", "level", "municipality"), [
    ("GM0363", "gemeente", "GM0363"), ("WK036300", "wijk", "GM0363"),
    ("BU03630001", "buurt", "GM0363"), ("  bu03630001  ", "buurt", "GM0363"),
    ("GM0758    ", "gemeente", "GM0758")])
def test_codes_give_their_level_and_municipality(code, level, municipality):
    assert cbs.level_of_code(code) == level
    assert cbs.municipality_of_code(code) == municipality


@pytest.mark.parametrize("bad", ["BU0363000", "WK0363", "GM363", "NL01", "", None, "0363"])
def test_malformed_codes_are_named(bad):
    assert cbs.level_of_code(bad) is None
    with pytest.raises(ValueError, match="not a CBS area code"):
        cbs.check_code(bad)


def test_a_buurt_belongs_to_its_wijk():
    assert cbs.wijk_of_code("BU09990102") == "WK099901"
    with pytest.raises(ValueError):
        cbs.wijk_of_code("WK099901")


def test_a_municipality_is_found_by_code_or_name_and_a_miss_names_the_nearest():
    known = {"GM0999": "Dommelstede", "GM0998": "Dommelen", "GM0363": "Amsterdam"}
    assert cbs.find_municipality("GM0999", known) == "GM0999"
    assert cbs.find_municipality(" dommelstede ", known) == "GM0999"
    assert cbs.find_municipality("998", known) == "GM0998"
    with pytest.raises(ValueError) as refused:
        cbs.find_municipality("Domelstede", known)
    assert "Dommelstede (GM0999)" in str(refused.value)
    with pytest.raises(ValueError, match="GM0997"):
        cbs.find_municipality("GM0997", known)


# Real municipalities whose names users type in many ways (codes and names: CBS,
# "Gemeentelijke indeling"): an 's- name, an accented one, two Bergens told apart by brackets.
SPELLED = {"GM0796": "'s-Hertogenbosch", "GM0518": "'s-Gravenhage", "GM1900": "Súdwest-Fryslân",
           "GM0373": "Bergen (NH.)", "GM0893": "Bergen (L.)", "GM0441": "Schagen"}


@pytest.mark.parametrize("typed, code", [
    ("'s-Hertogenbosch", "GM0796"), ("s-Hertogenbosch", "GM0796"),
    ("\u2019s Hertogenbosch", "GM0796"), ("  S-HERTOGENBOSCH ", "GM0796"),
    ("Hertogenbosch", "GM0796"), ("Den Bosch", "GM0796"), ("den  bosch", "GM0796"),
    ("Den Haag", "GM0518"), ("The Hague", "GM0518"), ("s gravenhage", "GM0518"),
    ("Sudwest-Fryslan", "GM1900"), ("súdwest fryslân", "GM1900"),
    ("Bergen NH", "GM0373"), ("bergen (l)", "GM0893"), (" schagen", "GM0441")])
def test_a_name_is_found_however_it_is_typed(typed, code):
    assert cbs.find_municipality(typed, SPELLED) == code


def test_a_name_it_cannot_tell_names_the_candidates():
    with pytest.raises(ValueError) as refused:
        cbs.find_municipality("Bergen", SPELLED)
    assert "Bergen (NH.) (GM0373)" in str(refused.value)
    assert "Bergen (L.) (GM0893)" in str(refused.value)
    assert "'s-Hertogenbosch (GM0796)" in cbs.nearest_municipalities("Den Bosh", SPELLED)


@pytest.mark.parametrize("typed, asked", [
    (" Den Bosch ", "'s-Hertogenbosch"), ("den haag", "'s-Gravenhage"),
    ("s-Hertogenbosch", "'s-Hertogenbosch"), ("\u2019s gravenhage", "'s-Gravenhage"),
    ("  Utrecht  ", "Utrecht"), ("Schagen", "Schagen"), ("Súdwest-Fryslân", "Súdwest-Fryslân")])
def test_a_server_that_compares_exactly_is_asked_for_cbss_spelling(typed, asked):
    assert cbs.likely_cbs_name(typed) == asked

# -- derived rates -----------------------------------------------------------------------------

def test_derived_rates_against_a_hand_computation():
    frame = pd.DataFrame({"aantal_inwoners": [2500.0, 40.0, 0.0, np.nan],
                          cbs.BIJSTAND: [75.0, 0.0, 0.0, 10.0],
                          "aantal_personen_met_een_ww_uitkering_totaal": [30.0, np.nan, 0, 1],
                          "oppervlakte_land_in_ha": [50.0, 12.5, 0.0, 3.0]})
    rates = cbs.derived_rates(frame)
    assert rates["bijstand_per_1000_inwoners"].tolist()[:2] == [30.0, 0.0]
    assert rates["ww_per_1000_inwoners"].tolist()[0] == 12.0
    assert rates["inwoners_per_km2_land"].tolist()[:2] == [5000.0, 320.0]
    assert rates.iloc[2:].isna().all().all()  # no inhabitants, no land, unknown inhabitants
    assert "ao_per_1000_inwoners" not in rates  # its count is not in the frame


# -- registered crime: periods and cells --------------------------------------------------------

@pytest.mark.parametrize(("text", "key", "provisional"), [
    ("2023", "2023", False), ("2024*", "2024", True), ("2023JJ00", "2023", False),
    ("2023MM11", "2023_11", False), ("2023 januari", "2023_01", False),
    ("2024 september*", "2024_09", True)])
def test_periods(text, key, provisional):
    period = parse_period(text)
    assert (period.key, period.provisional) == (key, provisional)


@pytest.mark.parametrize("bad", ["2023KW01", "januari 2023", "23", ""])
def test_periods_that_are_no_year_or_month_are_named(bad):
    with pytest.raises(ValueError, match="Cannot read the period"):
        parse_period(bad)


def test_statline_cells():
    assert parse_count("17") == (17.0, "ok")
    assert parse_count(" 2.045 ") == (2045.0, "ok")
    assert parse_count("x")[1] == "missing" and np.isnan(parse_count("")[0])
    assert parse_count("-") == (0.0, "nil") and parse_count(None)[1] == "missing"
    assert parse_count(5) == (5.0, "ok")


# -- registered crime: the StatLine CSV export -------------------------------------------------

STATLINE_CSV = "\ufeff" + "\r\n".join([
    '"Geregistreerde misdrijven; soort misdrijf, wijk en buurt, 2022-2023"',
    '""',
    '"Soort misdrijf";"Wijken en buurten";"Perioden";"Geregistreerde misdrijven (aantal)"',
    '"Totaal misdrijven";"BU09990101";"2022";"41"',
    '"1.1.1 Diefstal/inbraak woning";"BU09990101";"2022";"3"',
    '"1.1.1 Diefstal/inbraak woning";"BU09990101";"2023*";"."',
    '"1.2.3 Diefstal van brom-, snor-, fietsen";"BU09990101";"2023*";"-"',
    '"9.9.9 Nieuw soort misdrijf";"BU09990101";"2023*";"2"',
    '"Overige";"BU09990101";"2023*";"5"',
    '"Totaal misdrijven";"GM0999";"2022";"1.204"',
    '""',
    '"Bron: CBS, Politie"',
])


def test_a_statline_csv_export_with_its_quirks():
    table = read_statline_csv(STATLINE_CSV)
    frame = table.frame
    assert table.frequency == "year" and table.areas_are_codes
    assert len(frame) == 6  # the row without a code is left out and named
    assert table.no_code == ["Overige"] and table.unknown == {"9.9.9": "Nieuw soort misdrijf"}
    assert (table.n_missing, table.n_nil) == (1, 1)
    assert frame.loc[frame.area == "GM0999", "count"].item() == 1204.0
    assert frame.loc[frame.period == "2023", "provisional"].all()
    assert table.crime_codes == ["0.0.0", "1.1.1", "1.2.3", "9.9.9"]
    assert table.periods == ["2022", "2023"]


def test_a_monthly_export_with_titles_instead_of_codes():
    text = "\n".join([
        '"Soort misdrijf";"Wijken en buurten";"Perioden";"Geregistreerde misdrijven (aantal)"',
        '"1.1.1 Diefstal/inbraak woning";"Centrum";"2024 januari";"4"',
        '"1.1.1 Diefstal/inbraak woning";"Vaartkwartier";"2024 februari*";"1"'])
    table = read_statline_csv(text)
    assert table.frequency == "month" and not table.areas_are_codes
    assert table.frame["period"].tolist() == ["2024_01", "2024_02"]
    assert table.frame["area"].tolist() == ["Centrum", "Vaartkwartier"]


def test_a_csv_without_the_statline_header_is_refused():
    with pytest.raises(ValueError, match="Soort misdrijf"):
        read_statline_csv("incident_id;datum;type\n1;2024-01-03;inbraak\n")


def test_a_table_mixing_years_and_months_is_refused():
    text = "\n".join([
        '"Soort misdrijf";"Wijken en buurten";"Perioden";"Geregistreerde misdrijven"',
        '"1.1.1";"BU09990101";"2023";"12"', '"1.1.1";"BU09990101";"2023 mei";"1"'])
    with pytest.raises(ValueError, match="mixes years and months"):
        read_statline_csv(text)


# -- registered crime: OData JSON -------------------------------------------------------------

def odata_page(rows, next_link=None, version=3):
    page = {"odata.metadata": "https://opendata.cbs.nl/ODataApi/OData/47022NED/$metadata"
            "#Cbs.OData.WebAPI.TypedDataSet", "value": rows}
    if next_link:
        page["odata.nextLink" if version == 3 else "@odata.nextLink"] = next_link
    return page


def odata_row(number, crime, area, period, count):
    return {"ID": number, "SoortMisdrijf": crime.ljust(6), "WijkenEnBuurten": area.ljust(10),
            "Perioden": period, "GeregistreerdeMisdrijven_1": count}


def test_odata_pages_with_padded_codes_and_a_next_link():
    first = odata_page([odata_row(1, "1.1.1", "BU09990101", "2023MM01", 2),
                        odata_row(2, "1.1.1", "BU09990101", "2023MM02", None)],
                       "https://opendata.cbs.nl/ODataApi/odata/47022NED/TypedDataSet?"
                       "$skiptoken=2")
    second = odata_page([odata_row(3, "3.1.1", "WK099901", "2023MM01", 7)])
    assert cbs_tables.next_link(first).endswith("$skiptoken=2")
    assert cbs_tables.next_link(second) is None
    assert cbs_tables.next_link(odata_page([], "https://x", version=4)) == "https://x"
    pages = cbs_tables.odata_pages(json.dumps([first, second]))
    table = read_odata_pages(pages)
    assert table.frame["area"].tolist() == ["BU09990101", "BU09990101", "WK099901"]
    assert table.frame["crime_code"].tolist() == ["1.1.1", "1.1.1", "3.1.1"]
    assert table.n_missing == 1 and table.frequency == "month"


def test_json_that_is_no_odata_page_is_refused():
    with pytest.raises(ValueError, match="not a CBS OData page"):
        cbs_tables.odata_pages('{"type": "FeatureCollection", "features": []}')
    with pytest.raises(ValueError, match="not a CBS OData page"):
        read_odata_pages([{"value": [{"Regio": "GM0999", "Waarde": 3}]}])


# -- joining ------------------------------------------------------------------------------------

def town_table():
    rows = []
    for area, burglaries, bikes in (("BU09990101", [4, 6], [10, 14]),
                                    ("BU09990102", [0, 2], [3, 1]),
                                    ("WK099901", [4, 8], [13, 15])):
        for year, burglary, bike in zip((2022, 2023), burglaries, bikes):
            rows += [odata_row(0, "0.0.0", area, f"{year}JJ00", burglary + bike + 5),
                     odata_row(0, "1.1.1", area, f"{year}JJ00", burglary),
                     odata_row(0, "1.2.3", area, f"{year}JJ00", bike)]
    rows.append(odata_row(0, "1.1.1", "BU07580001", "2023JJ00", 99))  # another municipality
    return read_odata_pages([odata_page(rows)])


def test_a_table_of_another_municipality_is_refused():
    with pytest.raises(ValueError, match="is for GM0758, GM0999 but the areas are in GM0344"):
        rows_for(town_table(), "GM0344", "buurt")


def test_a_level_the_table_lacks_is_refused():
    with pytest.raises(ValueError, match="no gemeente rows"):
        rows_for(town_table(), "GM0999", "gemeente")


def test_counts_and_rates_per_area_and_year_long_and_wide():
    rows = rows_for(town_table(), "GM0999", "buurt")
    assert set(rows["area"]) == {"BU09990101", "BU09990102"}  # no wijk, no other municipality
    population = pd.Series({"BU09990101": 2000, "BU09990102": 250, "BU09990103": 800})
    long = crime_long(rows, population, codes=["1.1.1", "1.2.3"])
    assert len(long) == 2 * 2 * 2
    one = long[(long.area == "BU09990102") & (long.period == "2023")
               & (long.crime_code == "1.1.1")]
    assert one["rate"].item() == pytest.approx(2 / 250 * 1000)
    wide = crime_wide(long)
    assert list(wide.columns[:4]) == ["n_1_1_1_2022", "r_1_1_1_2022", "n_1_2_3_2022",
                                      "r_1_2_3_2022"]
    assert wide.loc["BU09990101", "n_1_2_3_2023"] == 14
    assert "BU09990103" not in wide.index  # in the layer, not in the table: no made-up zeros


def test_the_headline_uses_the_total_never_total_plus_parts():
    rows = rows_for(town_table(), "GM0999", "buurt")
    population = pd.Series({"BU09990101": 2000, "BU09990102": 250})
    counts, rate, what = headline(crime_long(rows, population), "year")
    assert what == "0.0.0: 2023" and counts["BU09990101"] == 6 + 14 + 5
    assert rate["BU09990101"] == pytest.approx((6 + 14 + 5) / 2000 * 1000)
    counts, parts, what = headline(crime_long(rows, population, ["1.1.1", "1.2.3"]), "year")
    assert what == "1.1.1+1.2.3: 2023" and counts["BU09990102"] == 3
    assert parts["BU09990102"] == pytest.approx(3 / 250 * 1000)


def test_a_monthly_headline_needs_twelve_complete_months():
    rows = [odata_row(0, "0.0.0", area, f"2023MM{month:02d}",
                      None if (area == "BU09990102" and month == 5) else month)
            for area in ("BU09990101", "BU09990102") for month in range(1, 13)]
    table = read_odata_pages([odata_page(rows)])
    long = crime_long(table.frame, pd.Series({"BU09990101": 780, "BU09990102": 1000}))
    counts, rate, what = headline(long, "month")
    assert what == "0.0.0: 2023_01 - 2023_12"
    assert counts["BU09990101"] == 78 and rate["BU09990101"] == pytest.approx(78 / 780 * 1000)
    assert np.isnan(rate["BU09990102"])  # a missing month: no yearly rate


def test_completeness_of_own_incidents_against_the_official_count():
    official = pd.DataFrame({"area": ["BU1", "BU1", "BU2"], "year": [2023, 2023, 2023],
                             "count": [30.0, 10.0, np.nan]})
    own = pd.DataFrame({"area": ["BU1", "BU3"], "year": [2023, 2023], "own": [36, 4]})
    table = cbs_tables.completeness(official, own).set_index("area")
    assert table.loc["BU1", "official"] == 40 and table.loc["BU1", "own_pct"] == 90.0
    assert table.loc["BU1", "difference"] == -4
    assert np.isnan(table.loc["BU2", "official"]) and table.loc["BU2", "own"] == 0
    assert np.isnan(table.loc["BU3", "own_pct"])  # own incidents where the police have none


# -- Leefbaarometer -----------------------------------------------------------------------------

def test_leefbaarometer_buurt_scores_semicolon_and_decimal_comma():
    text = ("bu_code;bu_naam;jaar;lbm;afw;fys;onv;soc;vrz;won\n"
            "BU09990101;Centrum;2020;4,05;-0,08;0,01;-0,06;-0,02;0,03;-0,04\n"
            "BU09990101;Centrum;2022;4,10;-0,03;0,01;-0,04;-0,01;0,03;-0,02\n"
            "BU09990102;Vaartkwartier;2022;4,31;0,18;0,02;0,05;0,04;0,01;0,06\n")
    scores = read_leefbaarometer(text)
    assert scores.level == "buurt" and scores.scores == list(cbs_tables.LBM_SCORES)
    latest, year = cbs_tables.leefbaarometer_for(scores)
    assert year == 2022 and latest.loc["BU09990101", "lbm"] == pytest.approx(4.10)
    older, _ = cbs_tables.leefbaarometer_for(scores, 2020)
    assert list(older.index) == ["BU09990101"]


def test_leefbaarometer_pc4_scores_and_the_old_safety_name():
    scores = read_leefbaarometer("PC4,jaar,lbm,vei\n5611,2022,4.2,-0.1\n")
    assert scores.level == "pc4" and scores.scores == ["lbm", "onv"]
    assert scores.frame["id"].tolist() == ["5611"]


def test_a_csv_without_leefbaarometer_columns_is_refused():
    with pytest.raises(ValueError, match="no area column"):
        read_leefbaarometer("postcode,score\n5611,4.2\n")
    with pytest.raises(ValueError, match="no score column"):
        read_leefbaarometer("bu_code,inwoners\nBU09990101,200\n")


def test_the_fields_of_the_wijk_en_buurtkaart_are_not_personal_data():
    """The privacy gate lets a CBS layer in: 'omgevingsadressendichtheid' (address density,
    numbers) is no street and house number, names of areas are no names of persons."""
    from wijkradar.core.privacy import scan_table

    table = {"buurtcode": ["BU99020000", "BU99020001", "BU99020100"],
             "buurtnaam": ["Centrum", "Havenkwartier", "Noorderpark"],
             "gemeentenaam": ["Beekhaven"] * 3, "water": ["NEE"] * 3,
             "meest_voorkomende_postcode": ["9900AB", "9901AB", "9900AB"],
             "omgevingsadressendichtheid": [3591, 970, -99999999],
             "aantal_inwoners": [3120, 1840, 2650]}
    result = scan_table(table)
    assert result.verdict != "fail", result.summary()
    assert scan_table({"adres": ["Kerkstraat 12", "Molenweg 3a", "Dorpsstraat 7"]}).verdict \
        == "fail"
