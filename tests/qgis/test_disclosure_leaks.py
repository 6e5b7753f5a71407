"""Nothing written beside a shared counts table gives its suppressed cells back (issue 20).

The reader of these tests has the counts layer and everything beside it (the .provenance.json
sidecar and the .qmd metadata) and tries every number in them as the total of incidents:
total - published counts would be the sum of the suppressed cells."""

import html
import json
import re
from pathlib import Path

import numpy as np
from qgis import processing
from qgis.core import (
    NULL,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsVectorLayer,
)

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


# -- evaluate_forecast: the attacker reads everything written or returned ------------------

# Later burglaries in 16 grid cells of equal size, in the order of the score (highest first).
# The top cell holds 4: up to 6% of the area fewer than k = 5 hits are expected; the second
# score ranks the cells the other way round and stays below 5 up to 14%.
CELL_COUNTS = [4, 10, 8, 6, 7, 5, 3, 9, 2, 6, 4, 5, 3, 4, 2, 2]
CELL_LON, CELL_LAT = 0.0036, 0.00225  # about 250 x 250 m at 51.69° N


def grid_export(folder):
    """A city's export in EPSG:4326: a row of scored grid cells and the incidents with text
    dates, one from 1999 and one from 2031 outside the evaluation year, one outside the grid."""
    from .test_provenance import write_gpkg

    path = folder / "city_export.gpkg"
    n = len(CELL_COUNTS)

    def cells(layer):
        features = []
        for i in range(n):
            feature = QgsFeature(layer.fields())
            x = 5.30 + i * CELL_LON
            feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, 51.69, x + CELL_LON,
                                                                  51.69 + CELL_LAT)))
            feature.setAttributes([f"E{i:02d}N00", float(n - i), float(i)])
            features.append(feature)
        return features

    def incidents(layer):
        places = [(5.30 + (i + 0.5) * CELL_LON + j * 1e-5, 51.69 + CELL_LAT / 2,
                   f"2024-03-{j % 28 + 1:02d}") for i, count in enumerate(CELL_COUNTS)
                  for j in range(count)]
        places += [(5.3018, 51.691, "1999-02-01"), (5.3018, 51.691, "2031-06-01"),
                   (5.20, 51.69, "2024-04-02")]
        features = []
        for x, y, day in places:
            feature = QgsFeature(layer.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            feature.setAttributes([day, "Burglary"])
            features.append(feature)
        return features

    grid = write_gpkg(path, "grid_250m", "Polygon?crs=EPSG:4326&field=cell_id:string(10)"
                      "&field=risk_score:double&field=last_year:double", cells)
    points = write_gpkg(path, "incidents", "Point?crs=EPSG:4326&field=occurrence_date:"
                        "string(10)&field=incident_type:string(20)", incidents)
    return grid, points


def true_hits(order, coverage):
    """Incidents expected in the top ``coverage`` of the area, cells taken in ``order``
    (equal cells; a cell covered in part gives that part of its incidents)."""
    counts = np.array(CELL_COUNTS, float)[order]
    area = np.arange(len(counts) + 1) / len(counts)
    return float(np.interp(coverage, area, np.concatenate([[0.0], np.cumsum(counts)])))


def decimals_of(text):
    return len(text.split(".")[1]) if "." in text else 0


class Attacker:
    """Knows the number of incidents and the visible table; turns rates, PAIs and PEIs found
    anywhere back into the number of hits at that coverage and compares with the truth."""

    def __init__(self, rows, n_incidents):
        self.n = n_incidents
        self.names = list(dict.fromkeys(r["score_name"] for r in rows))
        self.orders = [list(range(16)), list(range(15, -1, -1))]
        self.best = {(self.names.index(r["score_name"]), round(r["coverage_pct"])):
                     r["best_hit_rate"] for r in rows}
        self.recovered, self.checked_visible = set(), 0

    def hidden(self, score, level):
        hits = true_hits(self.orders[score], level / 100)
        return hits if 0 < hits < 5 else None

    def read(self, score, level, kind, value, tolerance):
        """``value`` of ``kind`` (hit_rate, pai or pei) at ``level`` % of the area, known to
        within ``tolerance`` (in its own unit)."""
        scale = {"hit_rate": 1.0, "pai": level / 100,
                 "pei": self.best.get((score, level), np.nan)}[kind] * self.n
        truth = true_hits(self.orders[score], level / 100)
        close = abs(value * scale - truth) <= tolerance * scale + 0.02  # cells nearly equal
        if self.hidden(score, level) is None:
            self.checked_visible += close  # the attacker does read the numbers shown
        elif close:
            self.recovered.add((self.names[score], level, kind))


def read_results(attacker, result):
    for key, value in result.items():
        match = re.fullmatch(r"(COMPARE_)?(PAI|PEI|HIT_RATE)_(\d+)", key)
        if match and value is not None:
            attacker.read(int(bool(match[1])), int(match[3]), match[2].lower(), value, 1e-9)


def read_report_tables(attacker, report):
    """The table of each score: area covered, hit rate (%), PAI, PEI."""
    for score, section in enumerate(report.split("<h3>")[1:]):
        for cells in re.findall(r"<tr>((?:<td>[^<]*</td>)+)</tr>", section.split("</table>")[0]):
            covered, *values = re.findall(r"<td>([^<]*)</td>", html.unescape(cells))
            for kind, text in zip(("hit_rate", "pai", "pei"), values):
                number = re.fullmatch(r"([\d.]+)(%?)", text)
                if number:
                    value = float(number[1]) / (100 if number[2] else 1)
                    half = 0.5 * 10 ** -decimals_of(number[1]) / (100 if number[2] else 1)
                    attacker.read(score, int(covered.rstrip("%")), kind, value, half)


def read_charts(attacker, report):
    """Reads the points of each score's line (dashed lines are the best possible) off the
    two charts, with the axes fitted to their tick labels."""
    for kind, svg in zip(("hit_rate", "pai"), re.findall(r"<svg.*?</svg>", report)):
        axes = {"middle": [], "end": []}  # x and y ticks: (position, value)
        for x, y, anchor, value, percent_sign in re.findall(
                r'<text x="([\d.]+)" y="([\d.]+)" font-size="11" text-anchor="(end|middle)">'
                r'([\d.]+)(%?)</text>', svg):
            position = float(x) if anchor == "middle" else float(y) - 4
            axes[anchor].append((position, float(value) / (100 if percent_sign else 1)))
        fit_x, fit_y = (np.polyfit(*zip(*axes[anchor]), 1) for anchor in ("middle", "end"))
        lines = re.findall(r'<polyline points="([^"]*)"([^>]*)/>', svg)
        for score, (points, _) in enumerate(line for line in lines
                                            if "stroke-dasharray" not in line[1]):
            for point in points.split():
                px, py = (float(v) for v in point.split(","))
                coverage, value = np.polyval(fit_x, px), np.polyval(fit_y, py)
                level = round(coverage * 100)
                if level and abs(coverage * 100 - level) < 0.05:
                    attacker.read(score, level, kind, value, abs(fit_y[0]) * 0.05)


def read_texts(attacker, texts):
    """Every decimal number in the log, the sidecars and the metadata, as a hit rate (or a
    percentage) at every level."""
    for text in texts:
        for number, percent_sign in re.findall(r"(?<![\w.])(\d+\.\d+)(%?)", text):
            value = float(number) / (100 if percent_sign else 1)
            half = 0.5 * 10 ** -decimals_of(number) / (100 if percent_sign else 1)
            for score in (0, 1):
                for level in range(1, 101):
                    attacker.read(score, level, "hit_rate", value, half)


def test_no_output_of_evaluate_forecast_gives_a_suppressed_count_back(wijkradar_provider,
                                                                       tmp_path):
    """hit_rate x N_INCIDENTS gave the suppressed hits back from the result numbers, the
    report's tables and charts and the log; now nothing written or returned does."""
    inputs, outputs = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    outputs.mkdir()
    grid, incidents = grid_export(inputs)
    feedback = RecordingFeedback()
    result = processing.run("wijkradar:evaluate_forecast", {
        "SCORE_LAYER": grid, "SCORE_FIELD": "risk_score", "COMPARE_LAYER": grid,
        "COMPARE_FIELD": "last_year", "INCIDENTS": incidents, "DATE_FIELD": "occurrence_date",
        "START_DATE": "2024-01-01", "END_DATE": "2024-12-31", "MIN_COUNT": 5,
        "OUTPUT": str(outputs / "evaluation.gpkg"), "REPORT": str(outputs / "evaluation.html")},
        feedback=feedback)
    assert result["N_INCIDENTS"] == sum(CELL_COUNTS) and result["N_OUTSIDE"] == 1
    rows = list(QgsVectorLayer(result["OUTPUT"], "table", "ogr").getFeatures())
    attacker = Attacker(rows, result["N_INCIDENTS"])
    # The table suppresses exactly the levels with 0 < hits < 5 (checked independently).
    flagged = {(attacker.names.index(r["score_name"]), round(r["coverage_pct"]))
               for r in rows if r["onderdrukt"]}
    assert flagged == {(s, level) for s in (0, 1) for level in range(1, 101)
                       if attacker.hidden(s, level) is not None}
    assert {level for s, level in flagged} == set(range(1, 15))

    for row in rows:
        for kind in ("hit_rate", "pai", "pei"):
            if row[kind] not in (None, NULL):
                attacker.read(attacker.names.index(row["score_name"]),
                              round(row["coverage_pct"]), kind, row[kind], 1e-9)
    read_results(attacker, result)
    report = Path(result["REPORT"]).read_text(encoding="utf-8")
    read_report_tables(attacker, report)
    read_charts(attacker, report)
    beside = [p.read_text(encoding="utf-8") for p in outputs.iterdir()
              if p.suffix in (".json", ".qmd", ".html")]
    read_texts(attacker, beside + feedback.messages)
    assert attacker.checked_visible > 100  # the attacker reads what is shown ...
    assert attacker.recovered == set()  # ... and finds no suppressed count
    assert "suppressed (fewer than 5)" in report
    assert result["PAI_5"] is None and result["COMPARE_HIT_RATE_10"] is None
    assert result["PAI_10"] is not None and result["COMPARE_PEI_20"] is not None
