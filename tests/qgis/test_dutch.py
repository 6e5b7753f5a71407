"""The Dutch interface: with the translator for 'nl' installed (translation.install_translator),
the Processing algorithms, their parameters, help, errors, core's privacy summary and the
patrol map's own texts are Dutch. Every test puts English back afterwards, so no Dutch leaks
into other tests.
"""

import os
import re
from contextlib import contextmanager

import pytest
from qgis import processing
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from wijkradar import translation
from wijkradar.core import i18n as core_i18n
from wijkradar.processing.compat import ModelSource

# A few algorithms with the names a Dutch analyst sees in the Toolbox: (name, group).
EXPECTED_DUTCH = {
    "privacy_scan": ("Privacyscan", "Privacybescherming"),
    "anonymise_incidents": ("Incidenten anonimiseren", "Privacybescherming"),
    "kde_hotspots": ("Kerneldichtheid-hotspots", "Hotspotanalyse"),
    "postcode_risk": ("Risicovoorspelling per postcode", "Risico"),
    "patrol_focus_map": ("Patrouillekaart", "Briefingkaarten"),
    "area_monitor_index": ("Buurtmonitorindex", "Buurtmonitor"),
}


@contextmanager
def dutch():
    """The Dutch translation installed inside the block, English again after it."""
    assert os.path.exists(translation.qm_path("nl")), "run `make i18n` to build the .qm"
    try:
        assert translation.install_translator("nl") == "nl"
        yield
    finally:
        translation.remove_translator()


@pytest.fixture(autouse=True)
def english_after():
    """Checks that each test leaves the interface (and core) in English."""
    yield
    assert translation.installed_language() is None
    assert QCoreApplication.translate("PrivacyScanAlgorithm", "Privacy scan") == "Privacy scan"
    assert core_i18n.translate("Privacy", "free text") == "free text"


def names(provider):
    """(display name, group) of the algorithms written in Python; models (.model3) name
    themselves in their file."""
    from wijkradar.processing.algorithm import WijkradarAlgorithm

    return {a.name(): (a.displayName(), a.group()) for a in provider.algorithms()
            if isinstance(a, WijkradarAlgorithm)}


def test_algorithm_names_and_groups_are_dutch(wijkradar_provider):
    english = names(wijkradar_provider)
    with dutch():
        translated = names(wijkradar_provider)
    for name, expected in EXPECTED_DUTCH.items():
        assert translated[name] == expected
    assert set(translated) == set(english) and len(english) >= 8
    for name, (display_name, group) in translated.items():
        assert display_name != english[name][0], f"{name}: display name not translated"
        assert group != english[name][1], f"{name}: group not translated"


def test_parameters_and_help_are_dutch(wijkradar_provider):
    algorithm = wijkradar_provider.algorithm("privacy_scan")
    with dutch():
        scan = algorithm.create()  # parameters are declared (and translated) on creation
        assert scan.parameterDefinition("INPUT").description() == "Te scannen laag of tabel"
        assert scan.parameterDefinition("PURPOSE").description() == (
            "Doel van deze analyse (vastgelegd in de herkomst)")
        assert "persoonsgegevens" in scan.shortHelpString()
        assert "Incidenten anonimiseren" in scan.shortHelpString()


def point_layer():
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=id:integer", "meldpunten", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(150000, 411000)))
    feature.setAttributes([1])
    layer.dataProvider().addFeatures([feature])
    return layer


def test_bad_input_gets_a_dutch_error(wijkradar_provider, demo_layer, tmp_path):
    points = point_layer()
    with dutch(), pytest.raises(QgsProcessingException) as refused:
        processing.run("wijkradar:patrol_focus_map", {
            "INPUT": demo_layer("buurten"), "SCORE_FIELD": "netto_arbeidsparticipatie",
            "ID_FIELD": "buurtcode", "CONTEXT": [points],
            "OUTPUT_PDF": str(tmp_path / "kaart.pdf")})
    assert "'meldpunten' is een puntlaag" in str(refused.value)
    assert "nooit incidentpunten" in str(refused.value)


def test_errors_from_core_are_dutch(wijkradar_provider, demo_layer):
    with dutch(), pytest.raises(QgsProcessingException) as refused:
        processing.run("wijkradar:area_monitor_index", {
            "INPUT": demo_layer("buurten"), "SPEC": "netto_arbeidsparticipatie:*",
            "OUTPUT": "memory:"})
    assert str(refused.value) == ("De richting van 'netto_arbeidsparticipatie' moet '+' (hoger "
                                  "is beter) of '-' (hoger is slechter) zijn, niet '*'.")


def personal_layer():
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=kenteken:string(10)&field=email:string(40)",
                           "meldingen", "memory")
    features = []
    for i in range(20):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(150000 + i, 411000)))
        feature.setAttributes([("12-ABC-3", "AB-12-CD", "GF-123-H")[i % 3],
                               f"bewoner{i}@example.nl"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_the_privacy_summary_is_dutch(wijkradar_provider):
    with dutch():
        result = processing.run("wijkradar:privacy_scan", {"INPUT": personal_layer(),
                                                           "OUTPUT": "memory:"})
    summary = result["SUMMARY"]
    assert result["VERDICT"] == "fail"  # a value models test: never translated
    assert summary.startswith("Laag geweigerd: velden kenteken (kentekens, 100% van de "
                              "waarden), email (e-mailadressen, 100%) bevatten persoonsgegevens.")
    assert "Aggregeer de incidenten eerst naar postcodegebieden" in summary
    english = processing.run("wijkradar:privacy_scan", {"INPUT": personal_layer(),
                                                        "OUTPUT": "memory:"})["SUMMARY"]
    assert english.startswith("Layer refused: fields kenteken (licence plates, 100% of values)")


def test_the_patrol_map_template_texts_are_dutch(qgis_app):
    from wijkradar.processing.layout_builder import focus_table, load_template

    with dutch():
        layout = load_template(QgsProject.instance(), "A4")
        assert layout.itemById("legend").title() == "Legenda"
        assert focus_table(layout).emptyTableMessage() == "Geen aandachtsgebieden"
        period = layout.itemById("period")
        period.refresh()
        assert "gemaakt op" in period.currentText()
    english = load_template(QgsProject.instance(), "A4")
    assert english.itemById("legend").title() == "Legend"
    english.itemById("period").refresh()
    assert "made " in english.itemById("period").currentText()


def test_the_language_follows_qgis_settings_and_installs_once(qgis_app):
    settings = QgsSettings()
    before = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    try:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", "nl_NL")
        assert translation.user_language() == "nl"
        assert translation.install_translator() == "nl"
        first = translation._installed["translator"]
        assert translation.install_translator() == "nl"  # idempotent: no second translator
        assert translation._installed["translator"] is first
        assert QgsApplication.translate("KdeHotspotsAlgorithm", "Hotspots") == "Hotspotanalyse"
        settings.setValue("locale/userLocale", "en_GB")
        assert translation.install_translator() == "en"  # English: nothing installed
        assert translation.installed_language() is None
    finally:
        translation.remove_translator()
        for key, value in zip(("locale/overrideFlag", "locale/userLocale"), before):
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)


def test_the_dock_speaks_dutch(wijkradar_provider):
    from wijkradar.ui.dock import WijkradarDock

    with dutch():
        dock = WijkradarDock(None)
        try:
            form = dock.form
            tabs = [form.stepTabs.tabText(i) for i in range(form.stepTabs.count())]
            assert tabs == ["1. Gegevens", "2. Analyseren", "3. Briefing", "Experimenten"]
            assert form.loadDemoButton.text() != "Load demo municipality"
            assert form.runButton.text() != "Run analyses"
            assert form.exportButton.text() == "Exporteren"
            assert dock.data_step.role_names["incidents"] == "incidenten"
            assert form.classificationEdit.text() == "Vertrouwelijk - alleen voor intern gebruik"
            titles = {form.algorithmList.item(i).text()
                      for i in range(form.algorithmList.count())}
            assert {"Patrouillekaart", "Wekelijkse briefing"} <= titles
        finally:
            dock.close_tasks()
            dock.deleteLater()


def model_texts(model):
    """What a user reads of a model: {where: text} for its help, inputs (label, help, text
    default, choices), steps and outputs. (The indicator specification is data.)"""
    texts = {"help": model.shortHelpString(), "description": model.shortDescription()}
    for definition in model.parameterDefinitions():
        name = definition.name()
        texts[f"label {name}"] = definition.description()
        if not definition.isDestination():
            texts[f"help {name}"] = model.helpContent()[name]
        if definition.type() == "string" and name != "MONITOR_SPEC":  # not field names
            texts[f"default {name}"] = definition.defaultValue()
        if hasattr(definition, "options"):
            texts[f"choices {name}"] = " / ".join(definition.options())
    for child_id, child in model.childAlgorithms().items():
        texts[f"step {child_id}"] = child.description()
    return texts


def test_the_weekly_briefing_model_is_dutch(wijkradar_provider):
    english = model_texts(wijkradar_provider.algorithm("weekly_briefing").create())
    with dutch():
        model = wijkradar_provider.algorithm("weekly_briefing").create()
        assert model.displayName() == "Wekelijkse briefing"
        translated = model_texts(model)
    assert set(translated) == set(english) and len(english) > 40
    assert [where for where in english if translated[where] == english[where]] == []
    assert translated["choices PERIOD"] == "Week / Maand"
    assert "<p>De wekelijkse briefing in één run" in translated["help"]
    assert translated["label PC6"] == "Gebieden (PC6, PC4 of rastercellen)"
    assert translated["label patrol_focus_map:PDF"] == "Patrouillekaart (PDF)"
    assert translated["default TITLE"] == "Aandachtsgebieden voor surveillance"
    # The period line printed on each page: its fixed words are Dutch, the period is data,
    # still read from the risk step (QGIS names that variable after the step's description,
    # which is Dutch now too). Every variable an expression uses must exist.
    variables = {}
    for child_id, child in model.childAlgorithms().items():
        known = model.variablesForChildAlgorithm(child_id, QgsProcessingContext())
        for name, sources in child.parameterSources().items():
            for source in sources:
                if source.source() == ModelSource.Expression:
                    used = re.findall(r"@(\w+)", source.expression())
                    assert used and set(used) <= set(known), (child_id, name, used)
                    variables[(child_id, name)] = (source.expression(), known)
    period, known = variables[("patrol_focus_map", "PERIOD")]
    assert period.startswith("'Voorspelling voor ' || @")
    source = known[period.split("@")[1]].source
    assert (source.outputChildId(), source.outputName()) == ("postcode_risk", "FORECAST_PERIOD")
    # The model in the Toolbox and a new copy after the switch back are English again.
    assert model_texts(wijkradar_provider.algorithm("weekly_briefing").create()) == english


def test_the_area_monitor_legend_is_dutch(wijkradar_provider, demo_layer, tmp_path,
                                         iface_layer_tree_view):
    output = tmp_path / "buurtindex.gpkg"
    with dutch():
        result = processing.runAndLoadResults("wijkradar:area_monitor_index", {
            "INPUT": demo_layer("buurten"), "OUTPUT": str(output)})
    loaded, = [layer for layer in QgsProject.instance().mapLayers().values()
               if layer.source().startswith(result["OUTPUT"])]
    try:
        labels = [c.label() for c in loaded.renderer().categories()]
        assert labels == ["1 zeer zwak", "2 zwak", "3 gemiddeld", "4 sterk", "5 zeer sterk",
                          "geen index (ontbrekende waarden)"]
        # Opened again later, the file brings its style (the .qml beside it) in Dutch too.
        reopened = QgsVectorLayer(str(output), "buurtindex", "ogr")
        assert [c.label() for c in reopened.renderer().categories()] == labels
    finally:
        QgsProject.instance().removeMapLayer(loaded.id())
    from wijkradar.processing.area_monitor_style import bivariate_renderer

    with dutch():
        focus = [c.label() for c in bivariate_renderer().categories() if c.value() == "C3"]
    assert focus == ["C3: hoge kwetsbaarheid, hoge criminaliteit (aandacht)"]
    assert bivariate_renderer().categories()[2].label().startswith("C3: high vulnerability")


def test_the_risk_report_declares_dutch(qgis_app):
    from wijkradar.core.risk_report import page

    with dutch():
        assert '<html lang="nl">' in page("Risico", [])
    assert '<html lang="en">' in page("Risk", [])
