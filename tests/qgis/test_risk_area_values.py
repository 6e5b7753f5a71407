"""postcode_risk with a table of area values over time (payment arrears per quarter), as a
municipality exports it: a CSV or GeoPackage table without geometry, text quarters and
dates, codes written a little differently from the area layer's ids."""

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pytest
from osgeo import ogr
from qgis.core import (
    QgsProcessingException,
    QgsVectorLayer,
)

from .conftest import RecordingFeedback
from .test_postcode_risk import grid_areas, incidents, read, run

ARREARS = "arrears_per_1000_households"
QUARTERS = [f"{year}-Q{quarter}" for year in (2022, 2023) for quarter in (1, 2, 3, 4)]
QUARTER_ENDS = {"Q1": "31-03", "Q2": "30-06", "Q3": "30-09", "Q4": "31-12"}


def arrears(code, quarter):
    """A made-up but steady figure per area and quarter (the hot corner higher)."""
    k = int(code[1:])
    return round(5.0 + (k % 7) * 1.5 + QUARTERS.index(quarter) * 0.25 + (6 if k < 8 else 0), 1)


def export_rows(codes=None, quarters=QUARTERS, value=arrears):
    """(neighbourhood code, quarter, arrears, benefit recipients) per area and quarter."""
    codes = codes or [f"A{k:02d}" for k in range(36)]
    return [(code, quarter, value(code, quarter), 10 + k % 5)
            for k, code in enumerate(codes) for quarter in quarters]


def csv_table(path, rows, when="quarter"):
    """A municipal export: ';'-separated, English field names, quarters ('2022-Q1') or the
    quarter's last day as Dutch text ('31-03-2022'), read as a delimited-text table."""
    lines = [f"neighbourhood_code;{when};{ARREARS};benefit_recipients"]
    for code, quarter, value, benefits in rows:
        day_month = QUARTER_ENDS[quarter[-2:]]
        period = quarter if when == "quarter" else f"{day_month}-{quarter[:4]}"
        lines.append(f"{code};{period};{value};{benefits}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    layer = QgsVectorLayer(f"file://{path}?delimiter=;&geomType=none&detectTypes=yes",
                           path.stem, "delimitedtext")
    assert layer.isValid() and layer.fields().field(ARREARS).isNumeric()
    return layer


def geopackage_table(path, rows):
    """The same rows in a GeoPackage table without geometry, dates as ISO text."""
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    table = source.CreateLayer("arrears", geom_type=ogr.wkbNone)
    for name, kind in (("neighbourhood_code", ogr.OFTString), ("date", ogr.OFTString),
                       (ARREARS, ogr.OFTReal), ("benefit_recipients", ogr.OFTInteger)):
        table.CreateField(ogr.FieldDefn(name, kind))
    for code, quarter, value, benefits in rows:
        day, month = QUARTER_ENDS[quarter[-2:]].split("-")
        feature = ogr.Feature(table.GetLayerDefn())
        for name, item in (("neighbourhood_code", code), ("date", f"{quarter[:4]}-{month}-{day}"),
                           (ARREARS, value), ("benefit_recipients", benefits)):
            feature.SetField(name, item)
        table.CreateFeature(feature)
    source = None
    layer = QgsVectorLayer(f"{path}|layername=arrears", "arrears", "ogr")
    assert layer.isValid()
    return layer


def run_with_table(tmp_path, table, feedback=None, date_field="quarter", **parameters):
    parameters.setdefault("INPUT", grid_areas())
    parameters.setdefault("INCIDENTS", incidents(n_months=24))
    parameters.setdefault("MODEL", 1)
    return run(tmp_path, feedback, VALUE_TABLE=table, VALUE_CODE_FIELD="neighbourhood_code",
               VALUE_DATE_FIELD=date_field, VALUE_FIELDS=[ARREARS, "benefit_recipients"],
               **parameters)


def expected_counts(path):
    _, features = read(path)
    return {f["code"]: f["expected"] for f in features}


def test_quarterly_arrears_in_a_csv_are_features_known_from_each_quarters_end(
        wijkradar_provider, tmp_path):
    feedback = RecordingFeedback()
    rows = export_rows()
    rows[0] = ("a 00",) + rows[0][1:]  # written another way: still area A00
    rows += [("A99", "2023-Q1", 3.0, 1), ("BU0363", "2023-Q1", 3.0, 1), ("A99", "2023-Q2", 3.0, 1)]
    result = run_with_table(tmp_path, csv_table(tmp_path / "arrears.csv", rows), feedback)
    text = feedback.text()
    assert ("Value table: 288 rows for 36 areas, from 2022-Q1 to 2023-Q4. Each value is used "
            "from the end of its period (a date: from that day) on, never at a forecast made "
            "before.") in text
    assert ("Left out of the value table: 3 rows whose code in 'neighbourhood_code' is no "
            "area id: 'A99' (2 rows), 'BU0363' (1 row).") in text
    # January and February 2022 come before the first quarter's end: unknown, flagged
    assert ("'arrears per 1000 households' is first known at the end of 2022-03: before that "
            "no area has a value, so it is taken as 0 and flagged unknown.") in text
    report = Path(result["REPORT"]).read_text(encoding="utf-8")
    assert "arrears per 1000 households" in report and "benefit recipients" in report
    sidecar = json.loads(Path(result["OUTPUT"] + ".provenance.json").read_text(
        encoding="utf-8"))
    assert any(item["name"] == "arrears" and item["feature_count"] == len(rows)
               for item in sidecar["inputs"])


def test_quarters_dates_as_text_and_a_geopackage_table_give_the_same_forecast(
        wijkradar_provider, tmp_path):
    """A quarter counts from its last day: the same rows dated by that day, as Dutch text in
    a CSV or ISO text in a GeoPackage, give the same features and so the same forecast."""
    rows = export_rows()
    outputs = []
    for number_, (table, field) in enumerate((
            (csv_table(tmp_path / "quarters.csv", rows), "quarter"),
            (csv_table(tmp_path / "dates.csv", rows, when="period_end"), "period_end"),
            (geopackage_table(tmp_path / "arrears.gpkg", rows), "date"))):
        folder = tmp_path / f"run{number_}"
        folder.mkdir()
        outputs.append(expected_counts(run_with_table(folder, table, date_field=field)["OUTPUT"]))
    assert outputs[0] == outputs[1] == outputs[2]
    without = tmp_path / "without"
    without.mkdir()
    assert expected_counts(run(without, INPUT=grid_areas(), INCIDENTS=incidents(n_months=24),
                               MODEL=1)["OUTPUT"]) != outputs[0]


def test_values_dated_after_the_last_origin_change_nothing(wijkradar_provider, tmp_path):
    """Two tables that differ only after the forecast's origin (the end of June 2023): other
    arrears for 2023-Q3 and 2023-Q4. The forecast for July 2023 and its validation are the
    same."""
    def changed(code, quarter):
        return arrears(code, quarter) * (5 if quarter in ("2023-Q3", "2023-Q4") else 1)

    results = []
    for name, value in (("same", arrears), ("changed", changed)):
        folder = tmp_path / name
        folder.mkdir()
        results.append(run_with_table(
            folder, csv_table(folder / "arrears.csv", export_rows(value=value)),
            END_DATE="2023-06-30"))
    assert results[0]["FORECAST_PERIOD"] == "2023-07"
    assert expected_counts(results[0]["OUTPUT"]) == expected_counts(results[1]["OUTPUT"])
    assert results[0]["PAI_5"] == results[1]["PAI_5"]


def rising_incidents(jump, n_months=36, seed=4):
    """Incidents of a grid town whose areas' counts triple from the month after the quarter
    ``jump[area]`` ends (99: never)."""
    base = np.random.default_rng(seed).gamma(4.0, 0.3, 36)
    return incidents(n_months=n_months, seed=seed, start=dt.date(2021, 1, 1), rates=lambda
                     month: base * np.where(month >= 3 * jump + 3, 3.0, 1.0))


def test_arrears_that_rise_before_the_incidents_raise_the_forecast(wijkradar_provider,
                                                                   tmp_path):
    rng = np.random.default_rng(9)
    jump = np.full(36, 99)
    jump[:22] = rng.integers(1, 11, 22)  # quarters 2021-Q2 to 2023-Q3
    jump[22:28] = 11  # 2023-Q4, known at the last origin: incidents rise in January 2024
    quarters = [f"{2021 + q // 4}-Q{q % 4 + 1}" for q in range(12)]

    def value(code, quarter):
        return round(float(rng.normal(20.0 if quarters.index(quarter) >= jump[int(code[1:])]
                                      else 8.0, 1.0)), 1)

    town = rising_incidents(jump)
    table = csv_table(tmp_path / "arrears.csv", export_rows(quarters=quarters, value=value))
    with_table = run_with_table(tmp_path, table, INCIDENTS=town)
    (tmp_path / "without").mkdir()
    without = run(tmp_path / "without", INPUT=grid_areas(), INCIDENTS=town, MODEL=1)
    assert with_table["FORECAST_PERIOD"] == "2024-01"
    got, before = expected_counts(with_table["OUTPUT"]), expected_counts(without["OUTPUT"])
    rising = [f"A{k:02d}" for k in range(22, 28)]
    ratios = np.array([got[code] / before[code] for code in rising])
    assert ratios.min() > 1.1 and ratios.mean() > 1.3, ratios
    _, features = read(with_table["OUTPUT"])
    drivers = " | ".join(str(f[name]) for f in features if f["code"] in rising
                         for name in ("driver_1", "driver_2", "driver_3"))
    assert "arrears per 1000 households: 2" in drivers and "in 2023-Q4 (average" in drivers


def test_codes_that_match_no_area_are_refused_naming_both(wijkradar_provider, tmp_path):
    rows = export_rows(codes=[f"BU0363{k:04d}" for k in range(36)],
                       value=lambda code, quarter: 5.0)
    with pytest.raises(QgsProcessingException) as error:
        run_with_table(tmp_path, csv_table(tmp_path / "buurten.csv", rows))
    assert str(error.value) == (
        "No code in 'neighbourhood_code' of the value table is an area id in 'code': the "
        "table has codes such as 'BU03630000', 'BU03630001', 'BU03630002', 'BU03630003', "
        "'BU03630004', the areas ids such as 'A00', 'A01', 'A02', 'A03', 'A04'. Choose the "
        "table's field that holds the areas' codes as the area layer writes them.")


def test_decimal_commas_duplicates_and_missing_fields_are_refused(wijkradar_provider,
                                                                  tmp_path):
    path = tmp_path / "comma.csv"
    path.write_text(f"neighbourhood_code;quarter;{ARREARS};benefit_recipients\n"
                    "A00;2022-Q1;1,5;3\nA01;2022-Q1;2,25;4\n", encoding="utf-8")
    comma = QgsVectorLayer(f"file://{path}?delimiter=;&geomType=none&detectTypes=yes",
                           "comma", "delimitedtext")
    with pytest.raises(QgsProcessingException, match=(
            f"The field '{ARREARS}' of The value table holds .* values, not numbers.*"
            "decimal comma \\(such as '1,5'\\).*'Decimal separator is comma'")):
        run_with_table(tmp_path, comma)
    rows = export_rows()
    rows.append(("A03", "2022-Q2", 99.0, 1))
    with pytest.raises(QgsProcessingException, match=(
            "more than one row for the same area and date with different values: 'A03' for "
            "2022-Q2 \\(2 rows\\) \\(1 in all\\)")):
        run_with_table(tmp_path, csv_table(tmp_path / "twice.csv", rows))
    table = csv_table(tmp_path / "arrears.csv", export_rows())
    with pytest.raises(QgsProcessingException, match="needs its area code field, its date "
                                                     "field and one or more value fields"):
        run(tmp_path, INPUT=grid_areas(), INCIDENTS=incidents(n_months=24), VALUE_TABLE=table,
            VALUE_CODE_FIELD="neighbourhood_code", VALUE_DATE_FIELD="quarter")
    with pytest.raises(QgsProcessingException, match="Fields of a value table were chosen, "
                                                     "but no value table"):
        run(tmp_path, INPUT=grid_areas(), INCIDENTS=incidents(n_months=24),
            VALUE_FIELDS=[ARREARS])


def test_the_value_table_parameters_are_optional_and_advanced(wijkradar_provider):
    from wijkradar.processing.compat import ProcessingParameterFlag

    algorithm = wijkradar_provider.algorithm("postcode_risk")
    for name in ("VALUE_TABLE", "VALUE_CODE_FIELD", "VALUE_DATE_FIELD", "VALUE_FIELDS"):
        flags = algorithm.parameterDefinition(name).flags()
        assert flags & ProcessingParameterFlag.Optional and flags & ProcessingParameterFlag.Advanced
