"""wijkradar:postcode_risk through the Processing registry, on the demo and on bad input."""

import datetime as dt
import html
import json
import os
import re
import sys
from pathlib import Path

import numpy as np
import pytest
from qgis import processing
from qgis.core import (
    NULL,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

from .conftest import RecordingFeedback

ALG = "wijkradar:postcode_risk"
X0, Y0, CELL = 150_000.0, 411_000.0, 100.0




def grid_areas(side=6, ids=None, covariates=True):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=code:string&field=inwoners:double"
                           "&field=leeg:double&field=vast:double", "areas", "memory")
    features = []
    for k in range(side * side):
        row, col = divmod(k, side)
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(
            X0 + col * CELL, Y0 + row * CELL, X0 + (col + 1) * CELL, Y0 + (row + 1) * CELL)))
        code = ids[k] if ids is not None else f"A{k:02d}"
        inhabitants = float(50 + 10 * (k % 7)) if covariates else None
        feature.setAttributes([code, inhabitants, None if k % 4 == 0 else float(k), 3.0])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def incidents(n_months=24, side=6, seed=0, outside=0, start=dt.date(2022, 1, 1), rates=None):
    """Monthly incidents on a grid town with a hot corner (or ``rates(month)`` per cell);
    some points outside it."""
    rng = np.random.default_rng(seed)
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=datum:date&field=soort:string",
                           "incidents", "memory")
    rate = 0.3 + 3.0 * np.exp(-np.hypot(*np.divmod(np.arange(side * side), side)) / 2.0)
    features = []
    for month in range(n_months):
        first = dt.date(start.year + (start.month - 1 + month) // 12,
                        (start.month - 1 + month) % 12 + 1, 1)
        for cell, count in enumerate(rng.poisson(rate if rates is None else rates(month))):
            row, col = divmod(cell, side)
            for _ in range(count):
                feature = QgsFeature(layer.fields())
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(
                    X0 + (col + rng.uniform(0.1, 0.9)) * CELL,
                    Y0 + (row + rng.uniform(0.1, 0.9)) * CELL)))
                day = first + dt.timedelta(days=int(rng.integers(0, 28)))
                feature.setAttributes([QDate(day.year, day.month, day.day),
                                       "inbraak" if rng.uniform() < 0.5 else "overlast"])
                features.append(feature)
    for k in range(outside):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0 - 500 - k, Y0 - 500)))
        feature.setAttributes([QDate(start.year, start.month, 10), "inbraak"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def run(tmp_path, feedback=None, **parameters):
    parameters.setdefault("ID_FIELD", "code")
    parameters.setdefault("DATE_FIELD", "datum")
    parameters.setdefault("OUTPUT", str(tmp_path / "risk.gpkg"))
    parameters.setdefault("REPORT", str(tmp_path / "risk.html"))
    return processing.run(ALG, parameters, feedback=feedback or RecordingFeedback())


def null(value):
    return value is None or value == NULL


def read(path):
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid()
    return layer, list(layer.getFeatures())


def test_demo_pc6_forecast_with_covariates_context_report_and_suppression(
        wijkradar_provider, demo_layer, tmp_path):
    feedback = RecordingFeedback()
    result = run(tmp_path, feedback, INPUT=demo_layer("pc6"), ID_FIELD="postcode",
                 INCIDENTS=demo_layer("incidenten"), COVARIATES=["aantal_inwoners"],
                 CONTEXT=[demo_layer("coffeeshops")], PURPOSE="test")
    layer, features = read(result["OUTPUT"])
    assert len(features) == demo_layer("pc6").featureCount()
    assert layer.crs().authid() == "EPSG:28992"
    names = layer.fields().names()
    for name in ("postcode", "expected", "risk_score", "rank", "percentile", "risk_class",
                 "driver_1", "driver_2", "driver_3", "incidents_last_period", "onderdrukt",
                 "expected_low", "expected_high"):
        assert name in names
    assert result["FORECAST_PERIOD"] == "2025-01"
    # Chosen by PAI at 5% among models, baselines and their blend: never below the best
    # baseline, and the results say what was used and how it compares.
    assert result["MODEL"] in ("glm", "boost", "blend") or result["MODEL"].startswith(
        ("window_", "history", "kde", "previous"))
    assert result["PAI_5"] >= result["PAI_5_BEST_BASELINE"]
    assert result["CHOSEN"] and result["COMPARISON"].startswith("PAI@5% ")
    assert "for the best baseline" in result["COMPARISON"] or "is used" in result["COMPARISON"]
    assert all(f["expected_low"] <= f["expected"] + 1 and f["expected"] <= f["expected_high"] + 1
               for f in features)
    assert result["N_OUTSIDE"] == 0
    classes = {f["risk_class"] for f in features}
    assert classes == {1, 2, 3, 4, 5}
    top = min(features, key=lambda f: f["rank"])
    assert top["risk_score"] == pytest.approx(100.0)
    assert re.match(r"high for years: \d+ incidents since 2019-12-01", top["driver_1"]), \
        top["driver_1"]
    assert "(x" not in top["driver_1"]
    # Drivers name a field as people read it (no alias in the demo: spaces for underscores).
    drivers = " ".join(str(f[name]) for f in features for name in ("driver_1", "driver_2"))
    assert "aantal inwoners" in drivers and "aantal_inwoners" not in drivers
    # Counts below k = 5 are NULL and flagged; zeros and counts of 5 or more are shown.
    shown = [f["incidents_recent"] for f in features if not null(f["incidents_recent"])]
    assert shown and all(v == 0 or v >= 5 for v in shown)
    flagged = [f for f in features if f["onderdrukt"]]
    assert flagged and all(null(f["incidents_last_period"]) or null(f["incidents_recent"])
                           for f in flagged)
    assert "Context layer coffeeshops: 6 points" in feedback.text()
    report = Path(result["REPORT"]).read_text(encoding="utf-8")
    assert result["COMPARISON"] in html.unescape(report)
    for text in ("<svg", "PAI", "Kernel density", "Calibration", "Model card", "recorded",
                 "deciles", "80% interval",
                 "coffeeshops within 200 m",
                 "Relative risk per factor", "2019-12", "2024-12"):
        assert text in report, text
    sidecar = json.loads(Path(result["REPORT"] + ".provenance.json").read_text(encoding="utf-8"))
    assert sidecar["algorithm"] == ALG and sidecar["purpose"] == "test"
    assert os.path.exists(result["OUTPUT"] + ".provenance.json")
    # The layer's own metadata file (same stem as the report) describes the layer.
    qmd = Path(result["OUTPUT"]).with_suffix(".qmd").read_text(encoding="utf-8")
    assert "Expected incidents per area" in qmd and "Counts below 5" in qmd


def test_report_is_an_html_output_for_the_results_viewer(wijkradar_provider):
    algorithm = wijkradar_provider.algorithm("postcode_risk")
    assert algorithm.outputDefinition("REPORT").type() == "outputHtml"
    assert len(algorithm.shortHelpString()) > 100


def test_small_town_with_null_and_constant_covariates_and_incidents_outside(
        wijkradar_provider, tmp_path):
    feedback = RecordingFeedback()
    areas = grid_areas()
    areas.setFieldAlias(areas.fields().indexOf("leeg"), "lege woningen")
    result = run(tmp_path, feedback, INPUT=areas, INCIDENTS=incidents(outside=3),
                 COVARIATES=["inwoners", "leeg", "vast"], MODEL=1)
    assert result["MODEL"] == "glm"
    assert result["N_OUTSIDE"] == 3
    text = feedback.text()
    assert "3 of" in text and "outside every area" in text
    assert "'lege woningen' is NULL in 9 areas" in text  # a field's alias names it
    assert "Constant in the training data" in text and "vast" in text
    layer, features = read(result["OUTPUT"])
    best = min(features, key=lambda f: f["rank"])
    assert best["code"] in ("A00", "A01", "A06", "A07")  # the hot corner


def test_type_filter_and_date_range_are_applied_and_counted(wijkradar_provider, tmp_path):
    feedback = RecordingFeedback()
    result = run(tmp_path, feedback, INPUT=grid_areas(), INCIDENTS=incidents(n_months=30),
                 TYPE_FIELD="soort", TYPE_VALUES="inbraak", START_DATE="2022-04-01",
                 END_DATE="2023-12-31", PERIOD=1)
    assert "incidents before the first date were left out" in feedback.text()
    assert "incidents after the last date were left out" in feedback.text()
    # the types left out by the filter become a feature of their own
    assert "incidents of other types are a feature too" in feedback.text()
    assert result["FORECAST_PERIOD"] == "2024-01"
    assert "inbraak" in Path(result["REPORT"]).read_text(encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="both the type field"):
        run(tmp_path, INPUT=grid_areas(), INCIDENTS=incidents(n_months=6),
            TYPE_VALUES="inbraak")


def plantations(years):
    """Dismantled plantations in the hot corner, with only the year known (as the demo's
    ruimingen) and a date as text."""
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=jaar:integer&field=datum:string",
                           "ruimingen", "memory")
    features = []
    for k, year in enumerate(years):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0 + 50 + 10 * k, Y0 + 50)))
        feature.setAttributes([year, f"{year}-06-15"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.mark.parametrize("field", ["jaar", "datum"])
def test_dated_context_is_counted_up_to_each_origin(wijkradar_provider, tmp_path, field):
    feedback = RecordingFeedback()
    result = run(tmp_path, feedback, INPUT=grid_areas(), INCIDENTS=incidents(n_months=24),
                 CONTEXT=[plantations([2022, 2022, 2023, 2030])], CONTEXT_DATE_FIELD=field,
                 MODEL=1)
    assert f"counted up to each forecast's origin by its field '{field}'" in feedback.text()
    report = Path(result["REPORT"]).read_text(encoding="utf-8")
    assert "ruimingen within 200 m" in report
    if field == "datum":
        return
    # without the field the layer is a static count, as before
    (tmp_path / "static").mkdir()
    static = run(tmp_path / "static", RecordingFeedback(), INPUT=grid_areas(),
                 INCIDENTS=incidents(n_months=24), CONTEXT=[plantations([2022])], MODEL=1)
    assert static["FORECAST_PERIOD"] == result["FORECAST_PERIOD"]


def test_duplicate_area_ids_are_refused(wijkradar_provider, tmp_path):
    ids = [f"A{k:02d}" for k in range(36)]
    ids[5] = ids[7] = "A07"
    with pytest.raises(QgsProcessingException, match="not unique.*A07 \\(2x\\)"):
        run(tmp_path, INPUT=grid_areas(ids=ids), INCIDENTS=incidents(n_months=6))


def test_too_few_periods_to_validate_is_explained(wijkradar_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="Too few periods to validate"):
        run(tmp_path, INPUT=grid_areas(), INCIDENTS=incidents(n_months=6), PERIOD=3)


def test_missing_scikit_learn_says_how_to_install_it(wijkradar_provider, tmp_path,
                                                     monkeypatch):
    monkeypatch.setitem(sys.modules, "sklearn", None)  # import sklearn now fails
    from wijkradar.processing.provider import WijkradarProvider

    provider = WijkradarProvider()
    provider.loadAlgorithms()
    assert "postcode_risk" in {a.name() for a in provider.algorithms()}
    with pytest.raises(QgsProcessingException, match=r"scikit-learn.*pip install"):
        run(tmp_path, INPUT=grid_areas(), INCIDENTS=incidents(n_months=6))


def test_unreadable_dates_and_empty_layers_are_explained(wijkradar_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="'soort' could be read as a date: its "
                                                     "values look like '(inbraak|overlast)'"):
        run(tmp_path, INPUT=grid_areas(), INCIDENTS=incidents(n_months=6), DATE_FIELD="soort")
    empty = QgsVectorLayer("Point?crs=EPSG:28992&field=datum:date", "none", "memory")
    with pytest.raises(QgsProcessingException, match=r"Incidents \('none'\) has no features"):
        run(tmp_path, INPUT=grid_areas(), INCIDENTS=empty)


class CancelingFeedback(RecordingFeedback):
    """Cancels once the model fitting has begun."""

    def setProgress(self, progress):
        super().setProgress(progress)
        if progress > 20:
            self.cancel()


def test_cancel_stops_the_run(wijkradar_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run(tmp_path, CancelingFeedback(), INPUT=grid_areas(), INCIDENTS=incidents())
