"""Nothing written beside a shared counts table gives its suppressed cells back (issue 20).

The reader of these tests has the counts layer and everything beside it (the .provenance.json
sidecar and the .qmd metadata) and tries every number in them as the total of incidents:
total - published counts would be the sum of the suppressed cells."""

import json
import re

import numpy as np
from qgis import processing
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from .conftest import RecordingFeedback

ANONYMISE = "wijkradar:anonymise_incidents"


def incidents_with_small_cells(seed=8):
    """Burglaries in EPSG:4326 with text dates: 100 in four busy 250 m cells, 2 alone."""
    rng = np.random.default_rng(seed)
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=incident_type:string(20)"
                           "&field=occurrence_date:string(10)", "export", "memory")
    centres = [(5.300, 51.690), (5.310, 51.690), (5.300, 51.700), (5.310, 51.700)]
    points = [centres[i % 4] + rng.normal(0, 0.0002, 2) for i in range(100)]
    points += [np.array([5.340, 51.720]), np.array([5.3401, 51.7201])]
    features = []
    for i, (x, y) in enumerate(points):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        feature.setAttributes(["Burglary", f"2024-05-{i % 28 + 1:02d}"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def numbers_in(text):
    return {int(n) for n in re.findall(r"(?<![\d.])\d+(?![\d.])", text)}


def test_sidecar_and_metadata_do_not_give_back_the_suppressed_counts(wijkradar_provider,
                                                                     tmp_path):
    counts_path = str(tmp_path / "counts.gpkg")
    result = processing.run(ANONYMISE, {
        "INPUT": incidents_with_small_cells(), "METHOD": 1, "CELL_SIZE": 250,
        "OUTPUT_COUNTS": counts_path, "OUTPUT_POINTS": None}, feedback=RecordingFeedback())
    assert result["N_SUPPRESSED"] >= 1
    counts = list(QgsVectorLayer(counts_path, "counts", "ogr").getFeatures())
    published = sum(f["n_incidents"] for f in counts if not f["onderdrukt"])
    suppressed_total = 102 - published
    assert 1 <= suppressed_total < 5 * result["N_SUPPRESSED"]

    with open(counts_path + ".provenance.json", encoding="utf-8") as handle:
        sidecar = handle.read()
    with open(str(tmp_path / "counts.qmd"), encoding="utf-8") as handle:
        metadata = handle.read()
    record = json.loads(sidecar)
    assert all(i["feature_count"] is None for i in record["inputs"])
    written = numbers_in(sidecar) | numbers_in(metadata)
    # No number written beside the table is the total of incidents behind it.
    assert not {published + suppressed_total + dropped for dropped in range(3)} & written
    assert "left out" in metadata and "(? features" in metadata
    # Nor do the result numbers of a run that made only the shared counts.
    assert result["N_KEPT"] is None and result["N_INCIDENTS"] is None
    assert result["N_DROPPED"] is None


def test_evaluation_table_hides_the_rates_of_suppressed_hits(wijkradar_provider, tmp_path):
    """hit_rate x N_INCIDENTS (and PAI, PEI) gave a suppressed number of hits back."""
    from .test_evaluate_forecast import points, squares

    result = processing.run("wijkradar:evaluate_forecast", {
        "SCORE_LAYER": squares([4, 3, 2, 1]), "SCORE_FIELD": "score",
        "INCIDENTS": points([5, 0, 3, 2]), "OUTPUT": str(tmp_path / "eval.gpkg"),
        "REPORT": str(tmp_path / "eval.html")})
    rows = list(QgsVectorLayer(result["OUTPUT"], "table", "ogr").getFeatures())
    hidden = [r for r in rows if r["onderdrukt"]]
    assert hidden
    for row in hidden:
        assert all(row[name] in (None, NULL) for name in ("hits", "hit_rate", "pai", "pei"))
    for row in rows:  # what is shown gives back no count below k
        if row["hit_rate"] not in (None, NULL):
            assert round(row["hit_rate"] * result["N_INCIDENTS"], 6) == 0 or \
                row["hit_rate"] * result["N_INCIDENTS"] >= 5 - 1e-9
    with open(result["OUTPUT"] + ".provenance.json", encoding="utf-8") as handle:
        assert "hit_rate, pai, pei" in handle.read()


WEEKLY = {(5.300, 51.690): [12, 2, 9, 15], (5.310, 51.690): [10, 11, 1, 3],
          (5.300, 51.700): [7, 8, 6, 9]}
MONDAYS = ["2024-05-06", "2024-05-13", "2024-05-20", "2024-05-27"]


def weekly_incidents():
    """Burglaries in three 250 m cells, so many in each week (EPSG:4326, text dates)."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=occurrence_date:string(10)", "export",
                           "memory")
    features = []
    for (x, y), counts in WEEKLY.items():
        for monday, count in zip(MONDAYS, counts):
            for i in range(count):
                feature = QgsFeature(layer.fields())
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x + i * 1e-5, y)))
                feature.setAttributes([monday[:-2] + f"{int(monday[-2:]) + i % 5:02d}"])
                features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def grid_counts(tmp_path, name, **parameters):
    path = str(tmp_path / f"{name}.gpkg")
    processing.run(ANONYMISE, {
        "INPUT": weekly_incidents(), "METHOD": 1, "CELL_SIZE": 250,
        "DATE_FIELD": "occurrence_date", "OUTPUT_COUNTS": path, "OUTPUT_POINTS": None,
        **parameters}, feedback=RecordingFeedback())
    return QgsVectorLayer(path, name, "ogr")


def test_counts_per_week_protected_against_area_totals(wijkradar_provider, tmp_path):
    """Counts per cell and week shared with the totals per cell: without secondary
    suppression the check finds recoverable counts (the lone 2; the 1 and 3 together), with
    it nothing."""
    totals = grid_counts(tmp_path, "per_cell")
    check = {"K": 5, "OUTPUT": None}
    weekly = grid_counts(tmp_path, "weekly", COUNTS_PER=1)
    leaky = processing.run("wijkradar:check_disclosure", {"TABLES": [weekly, totals], **check})
    assert leaky["N_RECOVERABLE"] == 3 and leaky["N_SMALL"] == 0
    protected = grid_counts(tmp_path, "protected", COUNTS_PER=1, PROTECT_TOTALS=True)
    result = processing.run("wijkradar:check_disclosure", {"TABLES": [protected, totals],
                                                           **check})
    assert result["VERDICT"] == "pass", result
    hidden = [f["n_incidents"] for f in protected.getFeatures() if f["onderdrukt"]]
    assert len(hidden) > 3  # the three small counts and more
    with open(str(tmp_path / "protected.gpkg.provenance.json"), encoding="utf-8") as handle:
        assert "Secondary suppression" in handle.read()
