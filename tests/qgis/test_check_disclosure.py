"""wijkradar:check_disclosure: tables shared together are checked for small counts and for
suppressed counts the other tables give back (issue 20)."""

import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsFeature, QgsProcessingException, QgsVectorLayer

from wijkradar.core.secondary_suppression import hierarchy_table, protect, two_way_table
from wijkradar.core.suppression import small_count_mask

from .conftest import RecordingFeedback

CHECK = "wijkradar:check_disclosure"
K = 5


def table(name, rows, with_period=False):
    """A table as an export holds it: postcode (text), optional datum, n_incidents (NULL when
    suppressed) and the 'onderdrukt' flag."""
    period = "&field=datum:string(10)" if with_period else ""
    layer = QgsVectorLayer(f"None?field=postcode:string(6){period}&field=n_incidents:integer"
                           "&field=onderdrukt:boolean", name, "memory")
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        *keys, count, hidden = row
        feature.setAttributes([*keys, None if hidden else int(count), bool(hidden)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def pc6_and_pc4(hidden):
    rng = np.random.default_rng(6)
    counts = rng.poisson(rng.gamma(4.0, 3.0, 40))
    counts[[0, 9, 10, 17]] = [2, 1, 0, 3]  # PC4 5200 with one small count, 5201 with one
    pc6 = [f"52{i // 8:02d}{'ABCDEFGH'[i % 8]}A" for i in range(40)]
    pc4 = [code[:4] for code in pc6]
    linked = hierarchy_table(counts, pc4, with_grand_total=False)
    mask = hidden(linked)
    children = [(code, c, mask[i]) for i, (code, c) in enumerate(zip(pc6, counts))]
    parents = [(label, linked.values[i], mask[i]) for i, label in enumerate(linked.labels)
               if label]
    return table("pc6", children), table("pc4", parents)


def run(tables, tmp_path, feedback=None):
    return processing.run(CHECK, {
        "TABLES": tables, "K": K, "OUTPUT": str(tmp_path / "findings.gpkg"),
        "REPORT": str(tmp_path / "disclosure.html")}, feedback=feedback or RecordingFeedback())


def test_pc6_counts_with_pc4_totals_primary_only_fail(wijkradar_provider, tmp_path):
    feedback = RecordingFeedback()
    result = run(list(pc6_and_pc4(lambda t: small_count_mask(t.values, K))), tmp_path, feedback)
    assert result["VERDICT"] == "fail" and result["N_RECOVERABLE"] > 0
    assert result["N_SMALL"] == 0
    assert feedback.said("Link:", "pc4", "pc6")
    rows = list(QgsVectorLayer(result["OUTPUT"], "f", "ogr").getFeatures())
    assert {r["kind"] for r in rows} == {"recoverable"}
    assert all(r["table"] in ("pc6", "pc4") for r in rows)
    with open(result["REPORT"], encoding="utf-8") as handle:
        assert "recoverable" in handle.read()


def test_after_secondary_suppression_they_pass(wijkradar_provider, tmp_path):
    result = run(list(pc6_and_pc4(lambda t: protect(t, K))), tmp_path)
    assert result["VERDICT"] == "pass", result
    assert result["N_RECOVERABLE"] == 0 and result["N_SMALL"] == 0


def area_week_and_area(hidden):
    rng = np.random.default_rng(9)
    matrix = rng.poisson(rng.gamma(1.5, 3.0, (6, 1)), (6, 4))
    linked = two_way_table(matrix)
    mask = hidden(linked)
    areas = [f"52{i:02d}AB" for i in range(6)]
    weeks = ["2024-03-04", "2024-03-11", "2024-03-18", "2024-03-25"]
    cells = [(areas[r], weeks[c], matrix[r, c], mask[r * 4 + c])
             for r in range(6) for c in range(4)]
    totals = [(areas[r], matrix[r].sum(), mask[24 + r]) for r in range(6)]
    return table("per_week", cells, with_period=True), table("per_area", totals)


def test_counts_per_area_and_week_with_area_totals(wijkradar_provider, tmp_path):
    leaky = run(list(area_week_and_area(lambda t: small_count_mask(t.values, K))), tmp_path)
    assert leaky["VERDICT"] == "fail" and leaky["N_RECOVERABLE"] > 0
    # Rows only: the column totals per week are not published here, so protect() on the full
    # table (with them) is more than enough.
    safe = run(list(area_week_and_area(lambda t: protect(t, K))), tmp_path)
    assert safe["VERDICT"] == "pass"


def test_a_small_published_count_is_reported(wijkradar_provider, tmp_path):
    result = run([table("pc6", [("5211AB", 3, False), ("5211AC", 12, False)])], tmp_path)
    assert result["VERDICT"] == "fail" and result["N_SMALL"] == 1


def test_a_table_without_a_count_field_is_refused_with_its_fields(wijkradar_provider,
                                                                  tmp_path):
    layer = QgsVectorLayer("None?field=postcode:string(6)&field=soort:string(20)", "x",
                           "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["5211AB", "Inbraak"])
    layer.dataProvider().addFeatures([feature])
    with pytest.raises(QgsProcessingException, match="no count field.*postcode, soort"):
        run([layer], tmp_path)
