"""The patrol focus map's list with the emerging hot spot pattern of each area under its code
(new, intensifying, ...), read back from the PDF with poppler."""

import json

import pytest
from qgis import processing
from qgis.core import QgsProcessingException, QgsVectorLayer

from wijkradar.processing.io.values import new_field

from .conftest import demo_uri as demo
from .conftest import pdf_pages
from .map_pages import for_each_page, grid_town, layout_of, page_words, table_rows

ALG = "wijkradar:patrol_focus_map"
# What the list prints for each pattern code (Esri's CATEGORY), written out here rather than
# taken from the plugin: the hot spot patterns in a word, any cold spot pattern as such.
WORDS = {1: "new", 2: "consecutive", 3: "intensifying", 4: "persistent", 5: "diminishing",
         6: "sporadic", 7: "oscillating", 8: "historical", 0: ""}
WORDS.update({-code: "cold spot" for code in range(1, 9)})


def word(code):
    return WORDS[int(code)] if code is not None else ""


@pytest.fixture(scope="module")
def analyses(tmp_path_factory, qgis_processing):
    """Emerging hot spots over the last 52 weeks per PC6 and Gi* of the incident counts per
    PC6 in 2024, on the demo; the provider only for these runs (each test registers its own)."""
    from qgis.core import QgsApplication

    from wijkradar.processing.provider import WijkradarProvider

    folder = tmp_path_factory.mktemp("analyses")
    registry = QgsApplication.processingRegistry()
    provider = WijkradarProvider()
    assert registry.addProvider(provider)
    try:
        emerging = processing.run("wijkradar:emerging_hotspots", {
            "INCIDENTS": demo("incidenten", "jaar >= 2023"), "DATE_FIELD": "datum",
            "AREAS": demo("pc6"), "ID_FIELD": "postcode", "TIME_STEP": 1, "STEPS": 52,
            "OUTPUT": str(folder / "emerging.gpkg"), "STEP_TABLE": str(folder / "steps.gpkg"),
            "REPORT": str(folder / "emerging.html")})
        gi = processing.run("wijkradar:local_hotspot_statistics", {
            "INPUT_MODE": 1, "AREAS": demo("pc6"), "ID_FIELD": "postcode",
            "INCIDENTS": demo("incidenten", "jaar = 2024"), "OUTPUT": str(folder / "gi.gpkg"),
            "REPORT": str(folder / "gi.html")})
    finally:
        registry.removeProvider(provider)
    return {"emerging": emerging["OUTPUT"], "gi": gi["OUTPUT"], "folder": folder}


def record_of(path):
    """The provenance record beside an output."""
    with open(path + ".provenance.json", encoding="utf-8") as handle:
        return json.load(handle)


def categories(path, id_field="postcode"):
    layer = QgsVectorLayer(path, "emerging", "ogr")
    return {f[id_field]: f["category"] for f in layer.getFeatures()}


def area_and_pattern(row):
    """A printed row's area cell: the area's code, and under it its pattern ('' for none)."""
    code, _, pattern = row[1].partition(" ")
    return code, pattern


def listed_patterns(layout, pdf):
    """Per page, (area, printed pattern) of every row of the list."""
    return {page: [area_and_pattern(row) for row in table_rows(layout, page_words(pdf, number))]
            for number, page in for_each_page(layout)}


def test_gi_hot_spots_joined_to_their_emerging_pattern_by_postcode(wijkradar_provider,
                                                                   tmp_path, analyses):
    """Gi* output (ids in 'area_id') joined to emerging hot spots (ids in 'postcode'): each
    page lists its top 10 with the pattern the emerging layer gives that postcode."""
    result = processing.run(ALG, {
        "INPUT": analyses["gi"], "SCORE_FIELD": "gi_z", "ID_FIELD": "area_id",
        "EMERGING": analyses["emerging"], "EMERGING_ID_FIELD": "postcode", "TOP_N": 10,
        "DISTRICTS": demo("wijken"), "DISTRICT_NAME_FIELD": "wijknaam",
        "OUTPUT_PDF": str(tmp_path / "map.pdf")})
    layout, pdf = layout_of(result), result["OUTPUT_PDF"]
    found = categories(analyses["emerging"])
    listed = listed_patterns(layout, pdf)
    assert len(listed) == 10
    for page, rows in listed.items():
        assert len(rows) == 10, (page, rows)
        assert [printed for _, printed in rows] == [word(found[area]) for area, _ in rows], page
    printed = [pattern for rows in listed.values() for _, pattern in rows]
    assert {"new", "sporadic"} <= set(printed), printed  # the demo's recent hot spots
    # the footer names the analysis, its period and the emerging layer among the sources
    period = record_of(analyses["emerging"])["notes"][0]
    footer = " ".join(pdf_pages(pdf)[0].split())
    assert "Under an area's code: its hot spot pattern, found by emerging hot spot analysis " \
           f"(Esri's definitions) over {period}" in footer
    record = record_of(pdf)
    assert [item["source"] for item in record["inputs"]][:2] == [analyses["gi"],
                                                                analyses["emerging"]]
    # only the word crosses over: no count of the emerging layer, no point
    ranked = QgsVectorLayer(result["AREAS"], "ranked", "ogr")
    assert "wr_pattern" in ranked.fields().names()
    assert not {"incidents", "category", "n_hot"} & set(ranked.fields().names())


def test_the_pattern_under_each_code_leaves_the_reasons_their_room(wijkradar_provider,
                                                                   tmp_path, analyses):
    """With reasons, the area column (code, and the pattern under it) is as narrow as its
    longest line, and all ten rows of every page are printed with their reasons."""
    from wijkradar.processing.layout_builder import focus_table

    folder = analyses["folder"]
    scored = processing.run("native:fieldcalculator", {
        "INPUT": analyses["emerging"], "FIELD_NAME": "reason", "FIELD_TYPE": 2,
        "FORMULA": "concat(\"n_hot\", ' hot weeks of 52; ', to_string(round(\"last_z\", 1)),"
                   " ' standard deviations in the last week')",
        "OUTPUT": str(folder / "scored.gpkg")})["OUTPUT"]
    result = processing.run(ALG, {
        "INPUT": scored, "SCORE_FIELD": "last_z", "ID_FIELD": "postcode",
        "DRIVERS_FIELD": "reason", "EMERGING_FIELD": "category", "TOP_N": 10,
        "DISTRICTS": demo("wijken"), "DISTRICT_NAME_FIELD": "wijknaam",
        "OUTPUT_PDF": str(tmp_path / "map.pdf")})
    layout, pdf = layout_of(result), result["OUTPUT_PDF"]
    table = focus_table(layout)
    assert [c.heading() for c in table.columns()] == ["#", "Area", "Last z",
                                                      "Why this area"]
    assert table.columns()[1].width() < 21  # as a column without patterns
    found = categories(scored)
    for number, page in for_each_page(layout):
        rows = table_rows(layout, page_words(pdf, number))
        assert len(rows) == 10, (page, rows)  # a list too long for its frame loses rows
        listed = [area_and_pattern(row) for row in rows]
        assert [pattern for _, pattern in listed] == [word(found[area]) for area, _ in listed]
        assert all(row[3].endswith("in the last week") for row in rows), page


def arcgis_grid(tmp_path):
    """The city's 250 m grid in EPSG:4326 (map_pages.grid_town) with ArcGIS's PATTERN texts
    on the five highest cells, in ArcGIS's capitals; the rest 'No Pattern Detected'."""
    path = str(tmp_path / "city_export.gpkg")
    grid_town(demo("wijken"), path)
    cells = QgsVectorLayer(f"{path}|layername=grid_cells", "grid_cells", "ogr")
    top = sorted(cells.getFeatures(), key=lambda f: -f["expected"])[:5]
    names = dict(zip([f["area_id"] for f in top],
                     ["Intensifying Hot Spot", "New Hot Spot", "Persistent Cold Spot", "",
                      "Consecutive Hot Spot"]))
    cells.startEditing()
    cells.addAttribute(new_field("PATTERN", "string"))
    cells.updateFields()
    index = cells.fields().indexOf("PATTERN")
    for feature in cells.getFeatures():
        cells.changeAttributeValue(feature.id(), index,
                                   names.get(feature["area_id"], "No Pattern Detected"))
    assert cells.commitChanges()
    return path, names


PRINTED = {"Intensifying Hot Spot": "intensifying", "New Hot Spot": "new",
           "Persistent Cold Spot": "cold spot", "": "", "Consecutive Hot Spot": "consecutive"}


def run_arcgis_grid(tmp_path, path):
    return processing.run(ALG, {
        "INPUT": f"{path}|layername=grid_cells", "SCORE_FIELD": "expected",
        "ID_FIELD": "area_id", "DRIVERS_FIELD": "driver_1", "EMERGING_FIELD": "PATTERN",
        "TOP_N": 10, "OUTPUT_PDF": str(tmp_path / "map.pdf")})


def test_arcgis_pattern_names_on_a_grid_export_are_printed_in_a_word(wijkradar_provider,
                                                                     tmp_path):
    path, names = arcgis_grid(tmp_path)
    result = run_arcgis_grid(tmp_path, path)
    layout = layout_of(result)
    rows = table_rows(layout, page_words(result["OUTPUT_PDF"], 1))
    assert len(rows) == 10
    assert dict(map(area_and_pattern, rows[:5])) == {area: PRINTED[name]
                                                    for area, name in names.items()}
    # 'No Pattern Detected' prints nothing
    assert all(area_and_pattern(row)[1] == "" for row in rows[5:])
    assert all(row[3] for row in rows)  # the reasons are still there


def test_the_words_come_from_the_patterns_single_source_in_the_maps_language(
        wijkradar_provider, tmp_path):
    """The list's words are core.emerging_patterns' short names, in the language core's
    texts are in (Dutch here, through a translator of the two words)."""
    from wijkradar.core import i18n

    dutch = {("EmergingPatterns", "intensifying"): "toenemend",
             ("EmergingPatterns", "new"): "nieuw"}
    path, names = arcgis_grid(tmp_path)
    i18n.set_translator(lambda context, text: dutch.get((context, text)), "nl")
    try:
        result = run_arcgis_grid(tmp_path, path)
    finally:
        i18n.set_translator(None)
    rows = table_rows(layout_of(result), page_words(result["OUTPUT_PDF"], 1))
    printed = dict(map(area_and_pattern, rows[:5]))
    by_name = {name: area for area, name in names.items()}
    assert printed[by_name["Intensifying Hot Spot"]] == "toenemend"
    assert printed[by_name["New Hot Spot"]] == "nieuw"


def small_areas(values, id_type="string"):
    """Three square areas with ids a1..a3, a score and a 'pattern' of the given values."""
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle

    layer = QgsVectorLayer(f"Polygon?crs=EPSG:28992&field=code:{id_type}&field=score:double"
                           "&field=pattern:string", "areas", "memory")
    features = []
    for number, value in enumerate(values):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"a{number + 1}" if id_type == "string" else number + 1,
                               float(number), value])
        x = 150000 + number * 300
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, 400000, x + 250, 400250)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def refused(tmp_path, **parameters):
    parameters = {"SCORE_FIELD": "score", "ID_FIELD": "code",
                  "OUTPUT_PDF": str(tmp_path / "map.pdf"), **parameters}
    with pytest.raises(QgsProcessingException) as error:
        processing.run(ALG, parameters)
    assert not (tmp_path / "map.pdf").exists()
    return str(error.value)


def test_bad_pattern_input_is_named_with_how_to_fix_it(wijkradar_provider, tmp_path):
    areas = small_areas(["New Hot Spot", "hot", None])
    message = refused(tmp_path, INPUT=areas, EMERGING_FIELD="pattern")
    assert "'hot' in pattern of areas is not an emerging hot spot pattern" in message
    assert "'New hot spot'" in message
    # ids that match nothing: the fields and an example of each are named
    other = small_areas(["1", "3", "0"], id_type="integer")
    other.setName("emerging")
    fine = small_areas(["New Hot Spot", None, None])
    message = refused(tmp_path, INPUT=fine, EMERGING=other, EMERGING_ID_FIELD="code")
    assert "No focus area is in emerging" in message and "1, 2" in message and "a1, a2" in \
        message
    # no field named as the area field, and no category
    message = refused(tmp_path, INPUT=fine, EMERGING=QgsVectorLayer(
        "None?field=postcode:string&field=category:integer", "patterns", "memory"))
    assert "patterns has no field 'code'" in message and "postcode" in message
    message = refused(tmp_path, INPUT=fine, EMERGING=QgsVectorLayer(
        "None?field=code:string&field=n_hot:integer", "patterns", "memory"))
    assert "no 'category' or 'pattern' field" in message
    assert "not both" in refused(tmp_path, INPUT=fine, EMERGING_FIELD="pattern",
                                 EMERGING=other)


def test_a_table_of_patterns_joins_whatever_type_its_ids_have(wijkradar_provider, tmp_path):
    """Ids stored as integers in one layer and as reals in the other still match."""
    focus = small_areas([None, None, None], id_type="integer")
    patterns = QgsVectorLayer("None?field=code:double&field=CATEGORY:integer", "patterns",
                              "memory")
    from qgis.core import QgsFeature

    rows = []
    for code, category in ((1.0, 3), (2.0, 0), (3.0, -4)):
        feature = QgsFeature(patterns.fields())
        feature.setAttributes([code, category])
        rows.append(feature)
    patterns.dataProvider().addFeatures(rows)
    result = processing.run(ALG, {"INPUT": focus, "SCORE_FIELD": "score", "ID_FIELD": "code",
                                  "EMERGING": patterns, "TOP_N": 3,
                                  "OUTPUT_PDF": str(tmp_path / "map.pdf")})
    ranked = QgsVectorLayer(result["AREAS"], "ranked", "ogr")
    assert {f["code"]: f["wr_pattern"] for f in ranked.getFeatures()} == {
        1: "intensifying", 2: None, 3: "cold spot"}


def test_emerging_hot_spots_that_know_no_pattern_leave_the_column_out_and_say_so(
        wijkradar_provider, tmp_path):
    """An analysis of too few time steps (the areas without a pattern): no empty column, no
    footer sentence about patterns, and a warning in the log."""
    from .conftest import RecordingFeedback

    focus = small_areas([None, None, None])
    patterns = QgsVectorLayer("None?field=code:string&field=category:integer", "emerging",
                              "memory")
    from qgis.core import QgsFeature

    rows = []
    for code in ("a1", "a2", "a3"):
        feature = QgsFeature(patterns.fields())
        feature.setAttributes([code, None])
        rows.append(feature)
    patterns.dataProvider().addFeatures(rows)
    feedback = RecordingFeedback()
    result = processing.run(ALG, {"INPUT": focus, "SCORE_FIELD": "score", "ID_FIELD": "code",
                                  "EMERGING": patterns, "TOP_N": 3,
                                  "OUTPUT_PDF": str(tmp_path / "map.pdf")}, feedback=feedback)
    assert feedback.said("emerging gives no focus area a hot spot pattern")
    page = pdf_pages(result["OUTPUT_PDF"])[0]
    assert "hot spot" not in page.lower() and "a1" in page
