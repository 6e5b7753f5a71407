"""The weekly briefing model (processing/models/wijkradar_weekly_briefing.model3): shipped in
the provider, readable by QGIS's modeler, run in Python and by qgis_process.bin."""

import os
import shutil
import subprocess

from qgis import processing
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsModelComponentGraphicItem

from wijkradar.processing.compat import ModelSource

from .conftest import QGIS_PROCESS, REPO_ROOT, load_script, pdf_pages, qgis_process_environment
from .conftest import demo_uri as demo

MODEL_ID = "wijkradar:weekly_briefing"
MODEL_PATH = os.path.join(REPO_ROOT, "processing", "models",
                          "wijkradar_weekly_briefing.model3")
# The chain of the issue: anonymise -> hotspots -> emerging hot spots -> risk -> area
# monitor -> patrol map (the join brings the buurt indicators to the areas for the risk
# step; the emerging hot spots' patterns reach the map's list). The monitor steps hang on a
# conditional branch: they run only when the neighbourhoods are given.
CHAIN = ["anonymise", "kde_hotspots", "emerging_hotspots", "monitor_given", "join_indicators",
         "areas_with_indicators", "postcode_risk", "area_monitor_index",
         "area_monitor_overlay", "patrol_focus_map"]
MONITOR_STEPS = {"join_indicators", "areas_with_indicators", "area_monitor_index",
                 "area_monitor_overlay"}
INDICATORS = ["gemiddeld_inkomen_per_inwoner", "percentage_huishoudens_met_laag_inkomen",
              "percentage_huishoudens_onder_of_rond_sociaal_minimum", "netto_arbeidsparticipatie"]
TITLE = "Weekly briefing test"
# Data up to Sunday 29 September 2024 (end of ISO week 39): the briefing is for week 40,
# or for October when briefing on a month.
BRIEFING_DATE = "2024-09-29"
FORECAST = {0: "2024-W40", 1: "2024-10"}


def district_names():
    return sorted(f["wijknaam"] for f in QgsVectorLayer(demo("wijken"), "w", "ogr")
                  .getFeatures())


def inputs():
    """The model's inputs on the demo; one year of incidents keeps the run short."""
    return {"INCIDENTS": demo("incidenten", "jaar = 2024"), "DATE_FIELD": "datum",
            "PERIOD": 0, "BRIEFING_DATE": BRIEFING_DATE, "PC6": demo("pc6"),
            "POSTCODE_FIELD": "postcode",
            "RISK_CONTEXT": [demo("coffeeshops"), demo("ruimingen")],
            "BUURTEN": demo("buurten"), "INDICATORS": INDICATORS, "WIJKEN": demo("wijken"),
            "DISTRICT_NAME_FIELD": "wijknaam", "TITLE": TITLE}


def outputs(folder):
    return {"kde_hotspots:DENSITY": str(folder / "density.tif"),
            "kde_hotspots:HOTSPOTS": str(folder / "hotspots.gpkg"),
            "postcode_risk:RISK": str(folder / "risk.gpkg"),
            "postcode_risk:RISK_REPORT": str(folder / "risk.html"),
            "area_monitor_overlay:FOCUS_BUURTEN": str(folder / "focus.gpkg"),
            "patrol_focus_map:PDF": str(folder / "briefing.pdf")}


def registered_model():
    return QgsApplication.processingRegistry().algorithmById(MODEL_ID)


def links(model, child_id, parameter):
    """(child id, output) of every step output that feeds a child's parameter."""
    return [(source.outputChildId(), source.outputName())
            for source in model.childAlgorithm(child_id).parameterSources()[parameter]
            if source.source() == ModelSource.ChildOutput]


# -- in the provider, in the modeler ------------------------------------------------------


def test_the_model_is_in_the_toolbox_under_briefing_and_makes_runnable_instances(
        wijkradar_provider):
    model = registered_model()
    assert isinstance(model, QgsProcessingModelAlgorithm)
    assert model.provider().id() == "wijkradar" and model.name() == "weekly_briefing"
    patrol_map = QgsApplication.processingRegistry().algorithmById("wijkradar:patrol_focus_map")
    # One 'Briefing' group in the Toolbox: the model files under the algorithms' group id.
    assert (model.group(), model.groupId()) == ("Briefing", patrol_map.groupId())
    assert "patrol_focus_map:PDF" in [output.name() for output in model.outputDefinitions()]
    instance = QgsApplication.processingRegistry().createAlgorithmById(MODEL_ID)
    assert instance.id() == MODEL_ID
    assert instance.canExecute() == (True, "")
    assert all(child.algorithm() is not None for child in instance.childAlgorithms().values())
    # The dialog lists the inputs as make_model declares them (and draws them), not by name.
    declared = [d.name() for d in load_script("make_model").model_parameters()]
    assert [d.name() for d in instance.parameterDefinitions() if not d.isDestination()] == (
        declared)
    assert declared[:3] == ["INCIDENTS", "DATE_FIELD", "PERIOD"]
    assert instance.parameterDefinition("PERIOD").defaultValue() == 0  # Week
    help_text = instance.shortHelpString()
    for name in ("INCIDENTS", "PERIOD", "PC6", "BUURTEN", "WIJKEN", "MAP_CONTEXT"):
        description = instance.parameterDefinition(name).description()
        assert description in help_text and instance.helpContent().get(name), name


def test_the_model_file_is_valid_and_is_what_make_model_builds(wijkradar_provider):
    shipped = QgsProcessingModelAlgorithm()
    assert shipped.fromFile(MODEL_PATH)
    assert shipped.validate() == (True, [])
    # The file is written by QGIS 3.22, the oldest release that reads it (make_model refuses
    # to write it elsewhere): a newer QGIS names the steps' outputs otherwise, so the file is
    # compared with what make_model builds only there; every release validates it above.
    if Qgis.QGIS_VERSION_INT < 32300:
        make_model = load_script("make_model")
        with open(MODEL_PATH, encoding="utf-8") as handle:
            assert make_model.model_xml(make_model.build_model()) == handle.read(), (
                "processing/models/wijkradar_weekly_briefing.model3 is out of date: run "
                "`make model`")


def test_steps_run_in_the_order_of_the_chain_and_pass_their_results_on(wijkradar_provider):
    model = QgsApplication.processingRegistry().createAlgorithmById(MODEL_ID)
    assert sorted(model.childAlgorithms()) == sorted(CHAIN)
    for position, child_id in enumerate(CHAIN):
        # Every step waits for all steps before it, so the order is this one and no other.
        assert set(model.dependsOnChildAlgorithms(child_id)) == set(CHAIN[:position]), child_id
    assert links(model, "kde_hotspots", "INPUT") == [("anonymise", "OUTPUT_POINTS")]
    assert links(model, "emerging_hotspots", "INCIDENTS") == [("anonymise", "OUTPUT_POINTS")]
    assert links(model, "patrol_focus_map", "EMERGING") == [("emerging_hotspots", "OUTPUT")]
    assert links(model, "postcode_risk", "INCIDENTS") == [("anonymise", "OUTPUT_POINTS")]
    assert links(model, "areas_with_indicators", "INPUT") == [("join_indicators", "OUTPUT")]
    assert links(model, "area_monitor_overlay", "INPUT") == [("area_monitor_index", "OUTPUT")]
    assert links(model, "area_monitor_overlay", "DENSITY") == [("kde_hotspots", "OUTPUT")]
    assert links(model, "patrol_focus_map", "INPUT") == [("postcode_risk", "OUTPUT")]
    # Each monitor step waits for the branch 'monitor layer given'; the other steps read the
    # monitor's results only through expressions (a link to a skipped step skips its reader).
    for child_id in CHAIN:
        branches = [(d.childId, d.conditionalBranch)
                    for d in model.childAlgorithm(child_id).dependencies()]
        assert (("monitor_given", "monitor layer given") in branches) == (
            child_id in MONITOR_STEPS), child_id
        if child_id not in MONITOR_STEPS:
            linked = {step for name in model.childAlgorithm(child_id).parameterSources()
                      for step, _ in links(model, child_id, name)}
            assert not linked & MONITOR_STEPS, child_id


def test_the_modeler_opens_the_model_with_every_step_and_input(wijkradar_provider,
                                                                monkeypatch):
    monkeypatch.syspath_prepend("/usr/share/qgis/python/plugins")  # QGIS's processing
    from processing.modeler.ModelerDialog import ModelerDialog

    # pytest-qgis's iface has no iconSize(), which the dialog asks only to match QGIS's look.
    monkeypatch.setattr("processing.modeler.ModelerDialog.iface", None)
    dialog = ModelerDialog.create(registered_model())
    try:
        opened = dialog.model()
        # the modeler shows the model's title (the id stays with the shipped file)
        assert opened.displayName() == "Weekly briefing" and opened.validate() == (True, [])
        drawn = [item.component() for item in dialog.view().scene().items()
                 if isinstance(item, QgsModelComponentGraphicItem)]
        assert {c.childId() for c in drawn
                if isinstance(c, QgsProcessingModelChildAlgorithm)} == set(CHAIN)
        assert {c.parameterName() for c in drawn if isinstance(c, QgsProcessingModelParameter)
                } == set(opened.parameterComponents())
        assert {f"{c.childId()}:{c.name()}" for c in drawn
                if isinstance(c, QgsProcessingModelOutput)} == {
            output.name() for output in opened.outputDefinitions()}
    finally:
        dialog.setDirty(False)
        dialog.close()


def test_reading_the_model_logs_nothing(qgis_processing):
    """The provider reads its models when it loads and again as other providers arrive;
    a model read more than once made QGIS 3.22 log 'Duplicate output ... registered' for
    every output, in the log panel of every user."""
    from wijkradar.processing.provider import WijkradarProvider

    messages = []

    def record(message, tag, level):
        messages.append(f"[{tag}] {message}")

    QgsApplication.messageLog().messageReceived.connect(record)
    registry = QgsApplication.processingRegistry()
    provider = WijkradarProvider()
    try:
        assert registry.addProvider(provider)
        provider.refreshAlgorithms()
        registry.createAlgorithmById(MODEL_ID)
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(record)
        registry.removeProvider(provider)
    assert [m for m in messages if "weekly_briefing" in m or "Wijkradar" in m] == []


def test_a_broken_model_file_is_logged_and_the_provider_still_loads(qgis_processing, tmp_path):
    from wijkradar.processing.provider import WijkradarProvider

    shutil.copy(MODEL_PATH, tmp_path)
    (tmp_path / "broken.model3").write_text("<not a model", encoding="utf-8")
    messages = []

    def record(text, tag, level):
        messages.append((tag, text))

    QgsApplication.messageLog().messageReceived.connect(record)
    registry = QgsApplication.processingRegistry()
    provider = WijkradarProvider(models_dir=str(tmp_path))
    assert registry.addProvider(provider)
    try:
        assert registry.algorithmById(MODEL_ID) is not None
        assert registry.algorithmById("wijkradar:kde_hotspots") is not None
        assert any(tag == "Wijkradar" and "broken.model3" in text for tag, text in messages)
    finally:
        registry.removeProvider(provider)
        QgsApplication.messageLog().messageReceived.disconnect(record)


# -- runs -----------------------------------------------------------------------------------


def check_briefing_pdf(path, forecast, names=None):
    pages = pdf_pages(path)
    names = names or district_names()
    assert len(pages) == len(names) == 10
    for name in names:
        page = next((p for p in pages if f"{TITLE} - {name}" in p), None)
        assert page is not None, f"no page titled for district {name}"
        assert f"Forecast for {forecast}" in page
    return pages


def top_area_per_district(risk, id_field="postcode", districts=None, name_field="wijknaam"):
    """Independently of the map: the area with the highest risk score in each district, an
    area belonging to the district its inner point lies in (its wijkcode field may differ
    for postcodes across a border); areas outside every district are on no page."""
    districts = QgsVectorLayer(districts or demo("wijken"), "districts", "ogr")
    risk = risk if isinstance(risk, QgsVectorLayer) else QgsVectorLayer(risk, "risk", "ogr")
    to_risk = QgsCoordinateTransform(districts.crs(), risk.crs(), QgsProject.instance())
    outlines = []
    for feature in districts.getFeatures():
        outline = QgsGeometry(feature.geometry())
        outline.transform(to_risk)
        outlines.append((feature[name_field], outline))
    best = {}  # district -> (score, the areas with it): equal scores are equally top
    for feature in risk.getFeatures():
        inner = feature.geometry().pointOnSurface()
        district = next((name for name, outline in outlines if outline.contains(inner)), None)
        score, areas = best.get(district, (None, []))
        if district is None or (score is not None and feature["risk_score"] < score):
            continue
        areas = areas if feature["risk_score"] == score else []
        best[district] = (feature["risk_score"], areas + [feature[id_field]])
    return {district: areas for district, (_, areas) in best.items()}


def test_the_briefing_runs_on_the_demo_and_prints_a_page_per_district(wijkradar_provider,
                                                                       tmp_path):
    parameters = dict(inputs(), **outputs(tmp_path))
    parameters["patrol_focus_map:PNG"] = str(tmp_path / "briefing.png")
    del parameters["PERIOD"]  # left out: a week, for every step (their own defaults differ)
    result = processing.run(MODEL_ID, parameters)
    assert result["CHILD_INPUTS"]["anonymise"]["DATE_PRECISION"] == 0
    assert result["CHILD_INPUTS"]["postcode_risk"]["PERIOD"] == 0
    pages = check_briefing_pdf(result["patrol_focus_map:PDF"], FORECAST[0])
    pngs = result["patrol_focus_map:PNG"].split(";")
    assert len(pngs) == len(pages) and all(os.path.getsize(p) > 10_000 for p in pngs)
    # The map ranks the risk step's scores: each district's top postcode is on its page.
    for wijk, postcodes in top_area_per_district(result["postcode_risk:RISK"]).items():
        page = next(p for p in pages if f"{TITLE} - {wijk}" in p)
        assert any(postcode in page for postcode in postcodes), (wijk, postcodes)
    risk = QgsVectorLayer(result["postcode_risk:RISK"], "risk", "ogr")
    assert {f["forecast_period"] for f in risk.getFeatures()} == {FORECAST[0]}
    focus = QgsVectorLayer(result["area_monitor_overlay:FOCUS_BUURTEN"], "focus", "ogr")
    assert focus.featureCount() == 59 and any(f["focus"] for f in focus.getFeatures())
    # the risk learnt from the buurt indicators each postcode area took from its buurt
    assert result["CHILD_INPUTS"]["postcode_risk"]["COVARIATES"] == INDICATORS
    with open(result["postcode_risk:RISK_REPORT"], encoding="utf-8") as handle:
        assert "gemiddeld inkomen per inwoner" in handle.read()
    # Only anonymised incidents went on: hotspots and risk read the anonymise step's points.
    points = result["CHILD_RESULTS"]["anonymise"]["OUTPUT_POINTS"]
    assert result["CHILD_INPUTS"]["kde_hotspots"]["INPUT"] == points
    assert result["CHILD_INPUTS"]["postcode_risk"]["INCIDENTS"] == points
    assert result["CHILD_INPUTS"]["emerging_hotspots"]["INCIDENTS"] == points
    check_emerging_patterns(result, pages)


def check_emerging_patterns(result, pages):
    """Emerging hot spots of the weeks up to the briefing date (the 52 weeks' worth: the 39 of
    2024 the test gives), per postcode, on the anonymised incidents (PC6 centroids, dates to
    the Monday of their week, so the same weekly counts as the incidents themselves); each
    area of the map's list has the pattern that an analysis of the incidents gives it."""
    emerging = result["CHILD_RESULTS"]["emerging_hotspots"]
    assert (emerging["TIME_STEP_USED"], emerging["N_STEPS"]) == ("week", 39)
    assert result["CHILD_INPUTS"]["emerging_hotspots"]["END_DATE"] == BRIEFING_DATE
    direct = processing.run("wijkradar:emerging_hotspots", {
        "INCIDENTS": inputs()["INCIDENTS"], "DATE_FIELD": "datum", "AREAS": demo("pc6"),
        "ID_FIELD": "postcode", "TIME_STEP": 1, "STEPS": 0, "END_DATE": BRIEFING_DATE,
        "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT, "STEP_TABLE": QgsProcessing.TEMPORARY_OUTPUT,
        "REPORT": QgsProcessing.TEMPORARY_OUTPUT})
    assert {name: direct[name] for name in emerging if name.startswith("N_")} == {
        name: value for name, value in emerging.items() if name.startswith("N_")}
    patterns = {f["postcode"]: f["category"] for f in direct["OUTPUT"].getFeatures()}
    words = {1: "new", 2: "consecutive", 3: "intensifying", 4: "persistent",
             5: "diminishing", 6: "sporadic", 7: "oscillating", 8: "historical"}
    listed = [f for f in QgsVectorLayer(result["CHILD_RESULTS"]["patrol_focus_map"]["AREAS"],
                                        "ranked", "ogr").getFeatures()
              if f["wr_rank"] and f["wr_rank"] <= 10]
    assert listed and all(
        (f["wr_pattern"] or "") == words.get(patterns[f["postcode"]],
                                             "cold spot" if patterns[f["postcode"]] < 0 else "")
        for f in listed)
    shown = {f["wr_pattern"] for f in listed if f["wr_pattern"]}
    assert shown, "the demo's top areas include emerging hot spots"
    assert all("Under an area's code: its hot spot pattern" in " ".join(page.split())
               for page in pages)  # the footer says what the words under the codes are
    assert any(word in page for page in pages for word in shown)


def city_export(folder):
    """What a city without a neighbourhood monitor has, as its own export: incidents in
    WGS84 with English field names and text dates, a 500 m grid with a text cell id and
    districts named in 'district_name', both in RD New (the demo's 2024 incidents and
    wijken, renamed)."""
    gpkg = folder / "city_export.gpkg"

    def save(layer, table, **run):
        return processing.run("native:reprojectlayer", dict(
            run, INPUT=layer, OUTPUT=f"ogr:dbname='{gpkg}' table=\"{table}\" (geom)"))

    def renamed(uri, mapping):
        fields = [{"name": name, "type": 10, "length": 40, "precision": 0,
                   "expression": expression} for name, expression in mapping.items()]
        return processing.run("native:refactorfields", {
            "INPUT": uri, "FIELDS_MAPPING": fields,
            "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT})["OUTPUT"]

    wgs84 = {"TARGET_CRS": "EPSG:4326"}
    save(renamed(demo("incidenten", "jaar = 2024"), {
        "occurred_on": "format_date(to_date(\"datum\"), 'yyyy-MM-dd')",
        "offence_type": "\"soort\""}), "incidents", **wgs84)
    rd_new = {"TARGET_CRS": "EPSG:28992"}
    save(renamed(demo("wijken"), {"district_name": "\"wijknaam\""}), "districts", **rd_new)
    grid = processing.run("native:creategrid", {
        "TYPE": 2, "EXTENT": QgsVectorLayer(demo("gemeente"), "g", "ogr").extent(),
        "HSPACING": 500, "VSPACING": 500, "CRS": "EPSG:28992",
        "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT})["OUTPUT"]
    save(renamed(grid, {"cell_id": "'C' || lpad(\"id\", 4, '0')"}), "grid_500m", **rd_new)
    return {name: f"{gpkg}|layername={name}" for name in ("incidents", "districts",
                                                          "grid_500m")}


def test_without_a_neighbourhood_monitor_incidents_areas_and_districts_make_the_briefing(
        wijkradar_provider, tmp_path):
    city = city_export(tmp_path)
    result = processing.run(MODEL_ID, {
        "INCIDENTS": city["incidents"], "DATE_FIELD": "occurred_on",
        "BRIEFING_DATE": BRIEFING_DATE, "PC6": city["grid_500m"], "POSTCODE_FIELD": "cell_id",
        "WIJKEN": city["districts"], "DISTRICT_NAME_FIELD": "district_name", "TITLE": TITLE,
        **outputs(tmp_path)})
    # the monitor's steps were skipped, the others ran
    assert set(result["CHILD_RESULTS"]) == set(CHAIN) - MONITOR_STEPS
    assert not result.get("area_monitor_overlay:FOCUS_BUURTEN")
    districts = QgsVectorLayer(city["districts"], "districts", "ogr")
    names = sorted(f["district_name"] for f in districts.getFeatures())
    pages = check_briefing_pdf(result["patrol_focus_map:PDF"], FORECAST[0], names)
    # the risk per grid cell, as the map ranks it: each district's top cell is on its page
    risk = QgsVectorLayer(result["postcode_risk:RISK"], "risk", "ogr")
    grid = QgsVectorLayer(city["grid_500m"], "grid", "ogr")
    assert risk.featureCount() == grid.featureCount()
    assert {f["forecast_period"] for f in risk.getFeatures()} == {FORECAST[0]}
    top = top_area_per_district(risk, "cell_id", city["districts"], "district_name")
    assert len(top) == len(names)
    for district, cells in top.items():
        page = next(p for p in pages if f"{TITLE} - {district}" in p)
        assert any(cell in page for cell in cells), (district, cells)


def test_qgis_process_lists_every_algorithm_and_the_model(tmp_path):
    from wijkradar.processing.algorithms import algorithm_classes

    environment = qgis_process_environment(tmp_path / "home")
    listed = subprocess.run([QGIS_PROCESS, "list"], env=environment, capture_output=True,
                            text=True, timeout=120)
    assert listed.returncode == 0 and "Traceback" not in listed.stderr, listed.stderr
    ids = {line.split()[0] for line in listed.stdout.splitlines()
           if line.strip().startswith("wijkradar:")}
    expected = {f"wijkradar:{cls().name()}" for cls in algorithm_classes()} | {MODEL_ID}
    assert ids == expected


def test_qgis_process_runs_the_model(tmp_path):
    environment = qgis_process_environment(tmp_path / "home")
    arguments = []
    parameters = dict(inputs(), PERIOD=1, **outputs(tmp_path))  # a month, this time
    for name, value in parameters.items():
        for item in value if isinstance(value, list) else [value]:
            arguments.append(f"{name}={item}")
    run = subprocess.run([QGIS_PROCESS, "run", MODEL_ID, "--", *arguments], env=environment,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    pages = check_briefing_pdf(str(tmp_path / "briefing.pdf"), FORECAST[1])
    # January to September are too few months for emerging hot spots: said, and the map is
    # made without the patterns in the list
    assert "No emerging hot spots: The incidents span 2024-01-01 to 2024-09-01: 8 whole " \
           "months." in run.stdout + run.stderr
    assert not any("Under an area's code" in " ".join(page.split()) for page in pages)
