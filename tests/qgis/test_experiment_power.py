"""wijkradar:experiment_power through processing.run on the demo municipality.

The same export as test_evaluate_intervention.py (text dates, RD New and EPSG:4326). The
expected numbers come from core.experiment_power on weekly counts made here with shapely,
independently of the algorithm's reading; tests/core/test_experiments.py checks the power
calculation itself against simulation.
"""

import html
from pathlib import Path

import numpy as np
import pytest
import shapely
from qgis import processing
from qgis.core import QgsProcessingException

from wijkradar.core import experiment_power as power
from wijkradar.core import experiments as ex

from .conftest import RecordingFeedback, demo_uri
from .experiment_data import TREATED_WIJK, demo_shapes, planted_export, without_empty_dates

ALG = "wijkradar:experiment_power"
PLANNED_START = np.datetime64("2023-09-04")


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    return planted_export(tmp_path_factory.mktemp("experiment_power"))


def run(tmp_path, incidents, name="power", feedback=None, **parameters):
    parameters = {"INCIDENTS": incidents, "DATE_FIELD": "occurred_on",
                  "TYPE_FIELD": "offence_type", "TYPE_VALUES": "woninginbraak",
                  "TREATED": demo_uri("wijken", f"\"wijkcode\" = '{TREATED_WIJK}'"),
                  "AREAS": demo_uri("buurten"), "ID_FIELD": "buurtcode",
                  "START_DATE": str(PLANNED_START), "PLANNED_WEEKS": 4, "TARGET_FALL": 35,
                  "SIMULATIONS": 2000, "REPORT": str(tmp_path / f"{name}.html"),
                  "REGISTER": str(tmp_path / "experiments.gpkg"),
                  **parameters}
    return processing.run(ALG, parameters, feedback=feedback or RecordingFeedback())


def weekly_counts(points, start, weeks=52):
    """Burglaries a week in Molenwijk and in the buurten outside it and its 250 m ring."""
    x, y, dates, kind = points
    dates = without_empty_dates(dates)
    wijk = demo_shapes("wijken", "wijkcode")[TREATED_WIJK]
    outer = shapely.buffer(wijk, 250)
    buurten = [shape for shape in demo_shapes("buurten", "buurtcode").values()
               if shapely.area(shapely.intersection(shape, outer)) <= 0.01 * shape.area]
    control = shapely.union_all(buurten)
    week = np.floor((dates - (start - 7 * weeks)).astype(float) / 7)
    use = (kind == "woninginbraak") & (week >= 0) & (week < weeks) & ~np.isnat(dates)
    treated = use & shapely.contains_xy(wijk, x, y)
    controls = use & shapely.contains_xy(control, x, y)
    return (np.bincount(week[treated].astype(int), minlength=weeks),
            np.bincount(week[controls].astype(int), minlength=weeks))


def test_the_smallest_detectable_fall_from_the_areas_history(wijkradar_provider, export,
                                                             tmp_path):
    gpkg, points = export
    result = run(tmp_path, f"{gpkg}|layername=incidents")
    treated, control = weekly_counts(points, PLANNED_START)
    plan = power.power_plan(treated.mean(), control.mean(), 4, 52,
                            power.history_dispersion(treated, control), 0.35, 2000)
    assert result["INCIDENTS_PER_WEEK"] == pytest.approx(treated.mean())
    assert result["MDE_PCT"] == pytest.approx(100 * (1 - plan.mde))
    assert result["WEEKS_NEEDED"] == plan.weeks_for_target > 4
    sentences = power.plan_sentences(plan, "incidents of type 'woninginbraak'")
    assert result["SUMMARY"] == " ".join(sentences)
    assert result["SUMMARY"].startswith("With ")
    assert "a trial of 4 weeks can only detect a fall of" in result["SUMMARY"]
    page = Path(result["REPORT"]).read_text(encoding="utf-8")
    assert html.escape(sentences[0]) in page and "Braga" in page
    assert Path(result["REPORT"] + ".provenance.json").exists()


def test_epsg_4326_gives_the_same_answer_and_the_start_defaults_to_after_the_data(
        wijkradar_provider, export, tmp_path):
    gpkg, points = export
    wgs84 = run(tmp_path, f"{gpkg}|layername=incidents_wgs84", "wgs84")
    rd = run(tmp_path, f"{gpkg}|layername=incidents", "rd")
    for name in ("MDE_PCT", "MDE_PCT_CLOSED_FORM", "WEEKS_NEEDED", "INCIDENTS_PER_WEEK"):
        assert wgs84[name] == pytest.approx(rd[name], rel=1e-9), name
    latest = run(tmp_path, f"{gpkg}|layername=incidents", "latest", START_DATE=None)
    last = points[2].max()  # 2024-06-24: the data end there
    treated, _ = weekly_counts(points, last + 1)
    assert latest["INCIDENTS_PER_WEEK"] == pytest.approx(treated.mean())


def test_matched_controls_and_no_target(wijkradar_provider, export, tmp_path):
    gpkg, _ = export
    result = run(tmp_path, f"{gpkg}|layername=incidents", CONTROL=1, N_CONTROLS=10,
                 TARGET_FALL=0, TYPE_FIELD=None, TYPE_VALUES=None)
    assert result["WEEKS_NEEDED"] == 0
    assert 0 < result["MDE_PCT"] < 100
    assert result["MDE_PCT_CLOSED_FORM"] == pytest.approx(result["MDE_PCT"], abs=3)


@pytest.mark.parametrize(("changes", "words"), [
    ({"PRE_WEEKS": 200}, "pre-period of 200 weeks would begin on"),
    ({"TREATED": None, "TREATED_IDS": "BU99010700", "PRE_WEEKS": 8},  # no burglary there
     "treated areas had no incidents in the 8 weeks of history"),
    ({"CONTROL": 1, "AREAS": None}, "Automatic matching chooses control areas from an area "
                                    "layer"),
])
def test_bad_input_gets_a_sentence(wijkradar_provider, export, tmp_path, changes, words):
    gpkg, _ = export
    with pytest.raises(QgsProcessingException) as error:
        run(tmp_path, f"{gpkg}|layername=incidents", **changes)
    assert words in str(error.value)
    assert not list(tmp_path.iterdir())


def test_the_power_matches_core_for_a_plain_series():
    """The weekly history used by the algorithm is the one core.study_history gives."""
    rng = np.random.default_rng(3)
    x, y = rng.uniform(0, 2000, 4000), rng.uniform(0, 1000, 4000)
    dates = np.datetime64("2023-01-02") + rng.integers(0, 364, 4000)
    treated = ex.AreaSet(["T"], [shapely.box(0, 0, 1000, 1000)])
    settings = ex.Settings(np.datetime64("2024-01-01"), np.datetime64("2024-02-25"),
                           pre_weeks=52, buffer_width=0)
    weekly_treated, weekly_control, _ = power.study_history(x, y, dates, treated, settings)
    week = (dates - np.datetime64("2023-01-02")).astype(int) // 7
    assert weekly_treated.tolist() == np.bincount(week[x < 1000], minlength=52).tolist()
    assert weekly_control.tolist() == np.bincount(week[x > 1000], minlength=52).tolist()
