"""wijkradar:patrol_focus_map: the PDF a briefing team prints, checked with poppler."""

import os
import subprocess

import pytest
from qgis import processing
from qgis.core import QgsProcessingException, QgsProject, QgsRectangle, QgsVectorLayer

from .conftest import demo_uri as demo
from .conftest import pdf_pages

ALG = "wijkradar:patrol_focus_map"
CLASSIFICATION = "Confidential - internal use only"


def run(tmp_path, **parameters):
    parameters.setdefault("OUTPUT_PDF", str(tmp_path / "map.pdf"))
    return processing.run(ALG, parameters)


def top_buurten_per_wijk(n):
    """Independently: the n most populous buurten of each wijk (buurten nest in wijken)."""
    layer = QgsVectorLayer(demo("buurten"), "b", "ogr")
    wijken = {f["wijkcode"]: f["wijknaam"] for f in QgsVectorLayer(demo("wijken"), "w",
                                                                   "ogr").getFeatures()}
    per_wijk = {}
    for feature in layer.getFeatures():
        per_wijk.setdefault(wijken[feature["wijkcode"]], []).append(
            (feature["aantal_inwoners"], feature["buurtnaam"]))
    return {wijk: [name for _, name in sorted(rows, reverse=True)[:n]]
            for wijk, rows in per_wijk.items()}


def test_one_page_per_district_with_its_top_areas_title_legend_and_label(
        wijkradar_provider, tmp_path):
    result = run(tmp_path, INPUT=demo("buurten"), SCORE_FIELD="aantal_inwoners",
                 ID_FIELD="buurtnaam", TOP_N=3, DISTRICTS=demo("wijken"),
                 DISTRICT_NAME_FIELD="wijknaam", CONTEXT=[demo("pc4")],
                 TITLE="Weekly briefing", PERIOD="week 47, 2024",
                 OUTPUT_PNG=str(tmp_path / "map.png"))
    pages = pdf_pages(result["OUTPUT_PDF"])
    expected = top_buurten_per_wijk(3)
    assert result["PAGES"] == len(pages) == len(expected) == 10
    for wijk, names in expected.items():
        page = next(p for p in pages if f"Weekly briefing - {wijk}" in p)
        for name in names:
            assert name in page, (wijk, name)
        assert CLASSIFICATION.upper() in page and "week 47, 2024" in page
        assert "Focus areas" in page and "Districts" in page  # legend labels
        assert "Only areas are shown" in page  # footer
    pngs = result["OUTPUT_PNG"].split(";")
    assert len(pngs) == 10 and all(os.path.getsize(p) > 10_000 for p in pngs)
    subprocess.run(["pdftoppm", "-r", "30", "-f", "1", "-l", "1", "-png",
                    result["OUTPUT_PDF"], str(tmp_path / "render")], check=True)
    assert os.path.getsize(tmp_path / "render-01.png") > 5_000
    assert os.path.exists(result["OUTPUT_PDF"] + ".provenance.json")
    assert QgsProject.instance().layoutManager().layoutByName(result["LAYOUT"]) is not None


def test_without_districts_one_page_ranks_the_whole_municipality(wijkradar_provider, tmp_path):
    result = run(tmp_path, INPUT=demo("buurten"), SCORE_FIELD="aantal_inwoners",
                 ID_FIELD="buurtnaam", TOP_N=5, PAPER=1)
    pages = pdf_pages(result["OUTPUT_PDF"])
    assert len(pages) == 1
    everyone = sorted((score, name) for rows in [QgsVectorLayer(demo("buurten"), "b", "ogr")
                                                 .getFeatures()]
                      for score, name in ((f["aantal_inwoners"], f["buurtnaam"]) for f in rows))
    for _, name in everyone[-5:]:
        assert name in pages[0]


def test_incident_points_never_reach_the_map(wijkradar_provider, tmp_path):
    with pytest.raises(QgsProcessingException):
        run(tmp_path, INPUT=demo("incidenten"), SCORE_FIELD="jaar", ID_FIELD="postcode")
    with pytest.raises(QgsProcessingException, match="point layer"):
        run(tmp_path, INPUT=demo("buurten"), SCORE_FIELD="aantal_inwoners",
            ID_FIELD="buurtnaam", CONTEXT=[demo("incidenten")])
    assert not os.path.exists(tmp_path / "map.pdf")


def test_no_focus_areas_gives_a_map_that_says_so(wijkradar_provider, tmp_path):
    result = run(tmp_path, INPUT=demo("buurten", "aantal_inwoners < 0"),
                 SCORE_FIELD="aantal_inwoners", ID_FIELD="buurtnaam")
    assert "No focus areas" in pdf_pages(result["OUTPUT_PDF"])[0]


def test_an_unwritable_export_path_gets_a_message_and_no_file(wijkradar_provider, tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    with pytest.raises(QgsProcessingException, match="write"):
        run(tmp_path, INPUT=demo("buurten"), SCORE_FIELD="aantal_inwoners",
            ID_FIELD="buurtnaam", OUTPUT_PDF=str(not_a_folder / "map.pdf"))
    assert sorted(os.listdir(tmp_path)) == ["notes.txt"]


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_the_templates_map_starts_with_a_real_extent(qgis_app, paper):
    # An empty (NaN) extent makes the scale bar measure NaN: QGIS desktop then logs
    # 'Unable to calculate line length' on every export.
    import math

    from wijkradar.processing.layout_builder import load_template

    layout = load_template(QgsProject.instance(), paper)
    extent = layout.itemById("focus_map").extent()
    corners = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    assert all(math.isfinite(value) for value in corners) and extent.width() > 0
    assert extent.contains(QgsRectangle(150000, 400000, 160000, 420000))  # Den Bosch, in RD
