"""wijkradar:evaluate_intervention through processing.run on the demo municipality.

The demo generator plants an intervention in its incidents (experiment_data.py): in the wijk
Molenwijk, for 8 weeks, 40% of the incidents taken away and 40% of those moved into the 250 m
ring around it, written as an export would be (text dates, RD New and EPSG:4326). The
expected numbers come from core.experiments on the same points read independently (OGR and
shapely), which tests/core/test_experiments.py checks against statsmodels.
"""

import html
import json
from pathlib import Path

import pytest
from qgis import processing
from qgis.core import QgsProcessingException, QgsVectorLayer

from wijkradar.core import experiments as ex

from .conftest import RecordingFeedback, demo_uri
from .experiment_data import (
    KEPT,
    START,
    TREATED_WIJK,
    WEEKS,
    demo_shapes,
    planted_export,
    without_empty_dates,
)

ALG = "wijkradar:evaluate_intervention"


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    return planted_export(tmp_path_factory.mktemp("experiment"))


def run(tmp_path, incidents, name="evaluation", feedback=None, **parameters):
    parameters = {"INCIDENTS": incidents, "DATE_FIELD": "occurred_on",
                  "TREATED": demo_uri("wijken", f"\"wijkcode\" = '{TREATED_WIJK}'"),
                  "AREAS": demo_uri("buurten"), "ID_FIELD": "buurtcode",
                  "START_DATE": str(START), "END_DATE": str(START + 7 * WEEKS - 1),
                  "OUTPUT": str(tmp_path / f"{name}.gpkg"),
                  "REPORT": str(tmp_path / f"{name}.html"),
                  "REGISTER": str(tmp_path / "experiments.gpkg"), **parameters}
    return processing.run(ALG, parameters, feedback=feedback or RecordingFeedback())


def core_evaluation(points, control_mode="rest", **settings):
    """core.experiments on the planted points read without QGIS (dates that the export
    leaves empty are left out here too)."""
    x, y, dates, _ = points
    dates = without_empty_dates(dates)
    buurten = demo_shapes("buurten", "buurtcode")
    treated = ex.AreaSet([f"wijken {TREATED_WIJK}"], [demo_shapes("wijken", "wijkcode")[
        TREATED_WIJK]])
    candidates = ex.AreaSet(list(buurten), list(buurten.values()))
    return ex.evaluate_intervention(x, y, dates, treated, ex.Settings(
        START, START + 7 * WEEKS - 1, control_mode=control_mode, **settings),
        candidates=candidates)


def groups(result):
    layer = QgsVectorLayer(result["OUTPUT"], "groups", "ogr")
    assert layer.isValid()
    return {f["group"]: f for f in layer.getFeatures()}


def test_a_planted_fall_and_its_displacement_are_recovered(wijkradar_provider, export,
                                                           tmp_path):
    gpkg, points = export
    feedback = RecordingFeedback()
    result = run(tmp_path, f"{gpkg}|layername=incidents", feedback=feedback)
    # the planted rate ratio 0.6 lies in the interval, which excludes 1
    assert result["CI_LOW"] < KEPT < result["CI_HIGH"] < 1
    assert result["RATE_RATIO"] == pytest.approx(KEPT, abs=0.12)
    expected = core_evaluation(points)
    assert result["RATE_RATIO"] == pytest.approx(expected.did.rate_ratio, rel=1e-9)
    assert (result["CI_LOW"], result["CI_HIGH"]) == pytest.approx(expected.did.interval,
                                                                  rel=1e-9)
    assert result["P_PLACEBO"] == pytest.approx(expected.placebo.p_value)
    assert result["P_PLACEBO"] <= 0.05  # placebo buurten: 19 or more, p can be small
    assert result["WDQ"] < 0  # displacement into the buffer
    assert result["SUMMARY"].startswith("Incidents in the treated areas fell by")
    assert "displacement into the buffer" in result["SUMMARY"]
    assert feedback.said("rows have no date in 'occurred_on'")
    by_group = groups(result)
    assert set(by_group) == {"treated", "buffer", "control"}
    table = ex.group_table(expected).set_index("group")
    for group, feature in by_group.items():
        assert feature["incidents_during"] == table.loc[group, "incidents_during"]
        assert feature["incidents_before"] == table.loc[group, "incidents_before"]
        assert feature["areas"] == table.loc[group, "areas"]
    assert by_group["treated"].geometry().area() == pytest.approx(
        demo_shapes("wijken", "wijkcode")[TREATED_WIJK].area, rel=1e-6)
    page = Path(result["REPORT"]).read_text(encoding="utf-8")
    assert "<svg" in page and "Bowers" in page and "Braga" in page
    with open(result["REPORT"] + ".provenance.json", encoding="utf-8") as handle:
        record = json.load(handle)
    assert record["algorithm"] == ALG
    assert Path(result["OUTPUT"] + ".provenance.json").exists()


def test_epsg_4326_input_gives_the_same_estimate(wijkradar_provider, export, tmp_path):
    gpkg, _ = export
    feedback = RecordingFeedback()
    wgs84 = run(tmp_path, f"{gpkg}|layername=incidents_wgs84", "wgs84", feedback)
    rd = run(tmp_path, f"{gpkg}|layername=incidents", "rd")
    assert feedback.said("EPSG:28992 (metres)", "EPSG:4326")
    for name in ("RATE_RATIO", "CI_LOW", "CI_HIGH", "P_PLACEBO", "WDQ"):
        assert wgs84[name] == pytest.approx(rd[name], rel=1e-9), name


def test_treated_buurten_by_id_with_matched_controls_and_burglaries_only(
        wijkradar_provider, export, tmp_path):
    gpkg, points = export
    molenwijk = sorted(code for code in demo_shapes("buurten", "buurtcode")
                       if code.startswith("BU990102"))
    result = run(tmp_path, f"{gpkg}|layername=incidents", TREATED=None,
                 TREATED_IDS=", ".join(molenwijk), CONTROL=1, N_CONTROLS=8,
                 TYPE_FIELD="offence_type", TYPE_VALUES="woninginbraak, autokraak")
    assert result["RATE_RATIO"] < 1
    assert html.escape("Incidents of type 'woninginbraak', 'autokraak'") in Path(
        result["REPORT"]).read_text(encoding="utf-8")
    assert groups(result)["control"]["areas"] == 8


def test_small_counts_are_suppressed_in_the_groups_layer(wijkradar_provider, export, tmp_path):
    gpkg, _ = export
    result = run(tmp_path, f"{gpkg}|layername=incidents", MIN_COUNT=1000)
    treated = groups(result)["treated"]
    assert treated["onderdrukt"]
    for name in ("incidents_during", "per_period_during", "change_pct"):
        value = treated[name]
        assert value is None or value.isNull(), name
    assert treated["incidents_before"] > 1000  # k = 1000: kept
    assert groups(result)["control"]["incidents_during"] > 1000


@pytest.mark.parametrize(("changes", "words"), [
    ({"START_DATE": "2025-03-03", "END_DATE": "2025-04-27"},
     "starts on 2025-03-03, after the last incident (2024-06-24)"),
    ({"PRE_WEEKS": 200}, "pre-period of 200 weeks would begin on"),
    ({"CONTROL": 0, "CONTROL_IDS": "BU99010200"}, "Control area BU99010200 overlaps the "
                                                  "treated areas"),
    ({"CONTROL": 1, "AREAS": demo_uri("wijken"), "ID_FIELD": "wijkcode"},
     "automatic matching needs 10"),
    ({"TREATED": None}, "Give the treated areas"),
    ({"CONTROL": 0, "CONTROL_IDS": "BU99019999"}, "no area with the id 'BU99019999' in "
                                                  "'buurtcode'"),
    ({"TYPE_FIELD": "offence_type", "TYPE_VALUES": "arson"}, "No incident has the type "
                                                              "'arson'"),
])
def test_bad_input_gets_a_sentence_that_says_what_to_change(wijkradar_provider, export,
                                                            tmp_path, changes, words):
    gpkg, _ = export
    with pytest.raises(QgsProcessingException) as error:
        run(tmp_path, f"{gpkg}|layername=incidents", **changes)
    assert words in str(error.value)
    assert not list(tmp_path.iterdir())


def test_a_control_in_the_buffer_is_refused_with_its_distance(wijkradar_provider, export,
                                                              tmp_path):
    gpkg, _ = export
    wijk = demo_shapes("wijken", "wijkcode")[TREATED_WIJK]
    near = next(code for code, shape in demo_shapes("buurten", "buurtcode").items()
                if not code.startswith("BU990102") and shape.distance(wijk) < 1)
    with pytest.raises(QgsProcessingException, match=f"250 m buffer around the treated areas "
                                                     f"covers .* of control area {near}"):
        run(tmp_path, f"{gpkg}|layername=incidents", CONTROL=0, CONTROL_IDS=near)


def test_cancel_stops_the_run_and_writes_nothing(wijkradar_provider, export, tmp_path):
    gpkg, _ = export
    feedback = RecordingFeedback()
    feedback.progressChanged.connect(lambda percent: percent >= 30 and feedback.cancel())
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run(tmp_path, f"{gpkg}|layername=incidents", feedback=feedback)
    assert not list(tmp_path.iterdir())


def test_months_and_the_same_weeks_of_a_year_before(wijkradar_provider, export, tmp_path):
    gpkg, points = export
    monthly = run(tmp_path, f"{gpkg}|layername=incidents", "monthly", PERIOD=1,
                  START_DATE="2023-09-01", END_DATE="2023-10-31")
    assert monthly["RATE_RATIO"] < 1
    assert "Incidents per month" in Path(monthly["REPORT"]).read_text(encoding="utf-8")
    earlier = run(tmp_path, f"{gpkg}|layername=incidents", "earlier", EARLIER_YEARS=1,
                  PRE_WEEKS=26)
    expected = core_evaluation(points, pre_weeks=26, earlier_years=1)
    assert expected.periods.earlier.sum() == WEEKS
    assert earlier["RATE_RATIO"] == pytest.approx(expected.did.rate_ratio, rel=1e-9)
