"""Writes processing/models/wijkradar_weekly_briefing.model3, the weekly briefing model.

The model file is what the plugin ships (the provider loads every processing/models/*.model3,
so it is `wijkradar:weekly_briefing` in the Processing Toolbox); this script is how it is
regenerated, so the chain is reviewed as code. The chain:

    anonymise incidents -> kernel density hotspots -> (PC6 + buurt indicators) ->
    postcode risk -> area monitor index -> area monitor overlay -> patrol focus map

Each step runs after the one before it (data links, plus explicit dependencies where a step
needs no data of the one before), so the order in the log is always the order above.
"""

import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL_PATH = os.path.join(REPO, "processing", "models", "wijkradar_weekly_briefing.model3")
MODEL_NAME = "weekly_briefing"
MODEL_GROUP = "Briefing"

# The steps in the order they run: child id -> (algorithm id, description).
CHAIN = (
    ("anonymise", "wijkradar:anonymise_incidents", "Anonymise incidents to postcode areas"),
    ("kde_hotspots", "wijkradar:kde_hotspots", "Recent hotspots (kernel density)"),
    ("join_indicators", "native:joinattributestable", "Buurt indicators on the postcode areas"),
    ("postcode_risk", "wijkradar:postcode_risk", "Risk per postcode for the next period"),
    ("area_monitor_index", "wijkradar:area_monitor_index", "Neighbourhood monitor index"),
    ("area_monitor_overlay", "wijkradar:area_monitor_overlay",
     "Vulnerability x recent crime per buurt"),
    ("patrol_focus_map", "wijkradar:patrol_focus_map", "Patrol focus map per district"),
)

# The fields of CBS-style data (as in the demo municipality) the chain relies on.
MONITOR_INDICATORS = ["gemiddeld_inkomen_per_inwoner", "score_veiligheid", "participatie_pct",
                      "opleiding_laag_pct", "betalingsachterstand_pct"]
BUURT_CODE = "buurtcode"
PURPOSE = "Weekly briefing of the flex team"
# Prospective hotspots: recent weeks weigh more (half-life, maximum age in days) per period.
DECAY_DAYS = {"week": (14, 56), "month": (30, 120)}

MODEL_HELP = (
    "<p>The weekly briefing in one run: from incident points to the printed patrol focus map "
    "with a page per district.</p>"
    "<ol><li><b>Anonymise</b>: incidents move to the centroid of their postcode area (PC6), "
    "dates to the week or month; counts per postcode for sharing, small counts suppressed."
    "</li><li><b>Hotspots</b>: kernel density of the anonymised incidents within the "
    "districts, recent ones weighing more (prospective: half-life {} days over the last {} "
    "days; briefing on a month, {} days over the last {} days).</li>"
    "<li><b>Risk</b>: the buurt's monitor indicators are joined to each postcode area (field "
    "'buurtcode' in both layers) and the expected incidents per postcode for the next week or "
    "month are forecast, validated against baselines, with drivers and an HTML report.</li>"
    "<li><b>Area monitor</b>: the neighbourhood index of the buurten and its overlay with the "
    "recent density: bivariate classes and focus buurten.</li>"
    "<li><b>Patrol focus map</b>: postcodes coloured by risk score, the top 10 per district "
    "with their main driver, buurt outlines and the optional context layer: a PDF with a page "
    "per district and, if asked, a PNG per page.</li></ol>"
    "<p>Only anonymised data enter the analysis and only areas are printed, never incident "
    "points. Every output carries its provenance (a .provenance.json beside it).</p>"
).format(*DECAY_DAYS["week"], *DECAY_DAYS["month"])
PARAMETER_HELP = {
    "INCIDENTS": "Incident points with a date field. They are anonymised to the postcode "
                 "areas first; nothing downstream sees exact places or dates.",
    "DATE_FIELD": "Date of each incident (default 'datum').",
    "PERIOD": "Brief on the coming week (0) or month (1): dates are coarsened to it and the "
              "risk is forecast per week or per month.",
    "BRIEFING_DATE": "Brief as of this date: the data up to it are used (default: the "
                     "latest incident). Set a past date to see what a past briefing said.",
    "PC6": "Postcode areas (PC6 polygons) with the postcode field and the field 'buurtcode' "
           "of the buurt each lies in.",
    "POSTCODE_FIELD": "Postcode field of the postcode areas (default 'postcode').",
    "RISK_CONTEXT": "Optional point layers that may raise the risk nearby (coffeeshops, "
                    "dismantled plantations): their counts within 200 m of each postcode are "
                    "features of the risk model.",
    "BUURTEN": "Neighbourhoods (buurten) with the field 'buurtcode' and the monitor "
               "indicators.",
    "INDICATORS": "Monitor indicators of the buurten: joined to the postcode areas for the "
                  "risk model and combined into the neighbourhood index (each needs an entry "
                  "in the indicator specification).",
    "MONITOR_SPEC": "How the indicators make the index: field:direction:weight:domain per "
                    "indicator ('+' higher is better, '-' higher is worse).",
    "WIJKEN": "Districts (wijken): one page of the map each; they also bound the density "
              "map.",
    "DISTRICT_NAME_FIELD": "District name field (default 'wijknaam'): names the pages.",
    "MAP_CONTEXT": "Optional context layer drawn as outlines on the map (areas or lines, "
                   "never points).",
    "TITLE": "Title of the map.",
}
OUTPUT_HELP = {
    "COUNTS": "Incident counts per postcode for sharing (counts below 5 left empty).",
    "DENSITY": "Kernel density of recent incidents (incidents per km²).",
    "HOTSPOTS": "Ranked hotspot areas of the recent density.",
    "RISK": "Expected incidents, risk score, class and drivers per postcode.",
    "RISK_REPORT": "HTML report: validation against baselines, drivers, model card.",
    "FOCUS_BUURTEN": "Buurten with their index, recent crime, bivariate class and focus flag.",
    "LEGEND": "Legend image of the bivariate classes.",
    "PDF": "The patrol focus map, a page per district.",
    "PNG": "The pages as PNG images (name_1.png, name_2.png, ...).",
}


def model_parameters():
    """The model's inputs, in the order of the dialog."""
    from qgis.core import (
        QgsProcessing,
        QgsProcessingParameterDateTime,
        QgsProcessingParameterDefinition,
        QgsProcessingParameterEnum,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
        QgsProcessingParameterMultipleLayers,
        QgsProcessingParameterString,
        QgsProcessingParameterVectorLayer,
    )

    points, polygons = [QgsProcessing.TypeVectorPoint], [QgsProcessing.TypeVectorPolygon]
    numeric = QgsProcessingParameterField.Numeric
    spec = QgsProcessingParameterString(
        "MONITOR_SPEC", "Indicator specification of the index",
        step_default("wijkradar:area_monitor_index", "SPEC"), multiLine=True)
    spec.setFlags(spec.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    return [
        QgsProcessingParameterFeatureSource("INCIDENTS", "Incident points", points),
        QgsProcessingParameterField("DATE_FIELD", "Incident date field", "datum",
                                    "INCIDENTS"),
        # No default: a model passes what it is given, so the steps would fall back on their
        # own defaults, which differ (anonymise: week, risk: month). The dialog shows Week.
        QgsProcessingParameterEnum("PERIOD", "Brief on the coming", ["Week", "Month"]),
        QgsProcessingParameterDateTime("BRIEFING_DATE", "Brief as of (default: the latest "
                                       "incident)", QgsProcessingParameterDateTime.Date,
                                       optional=True),
        QgsProcessingParameterFeatureSource("PC6", "Postcode areas (PC6)", polygons),
        QgsProcessingParameterField("POSTCODE_FIELD", "Postcode field", "postcode", "PC6"),
        QgsProcessingParameterMultipleLayers(
            "RISK_CONTEXT", "Context points for the risk (coffeeshops, ruimingen, ...)",
            QgsProcessing.TypeVectorPoint, optional=True),
        QgsProcessingParameterFeatureSource("BUURTEN", "Neighbourhoods (buurten) with "
                                            "monitor indicators", polygons),
        QgsProcessingParameterField("INDICATORS", "Monitor indicator fields",
                                    ";".join(MONITOR_INDICATORS), "BUURTEN", numeric,
                                    allowMultiple=True),
        spec,
        QgsProcessingParameterVectorLayer("WIJKEN", "Districts (wijken), a page each",
                                          polygons),
        QgsProcessingParameterField("DISTRICT_NAME_FIELD", "District name field", "wijknaam",
                                    "WIJKEN"),
        QgsProcessingParameterVectorLayer(
            "MAP_CONTEXT", "Context layer on the map (areas or lines)",
            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorLine], optional=True),
        QgsProcessingParameterString(
            "TITLE", "Title", step_default("wijkradar:patrol_focus_map", "TITLE")),
    ]


def step_default(algorithm_id, name):
    """The default of a step's parameter. A model passes on what it is given, not its own
    defaults: where a caller may leave an input out, the step's default must be the model's,
    so the result is the same either way."""
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    return algorithm.parameterDefinition(name).defaultValue()


def parameter(name):
    from qgis.core import QgsProcessingModelChildParameterSource

    return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]


def static(value):
    from qgis.core import QgsProcessingModelChildParameterSource

    return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def output(child_id, name):
    from qgis.core import QgsProcessingModelChildParameterSource

    return [QgsProcessingModelChildParameterSource.fromChildOutput(child_id, name)]


def expression(text):
    from qgis.core import QgsProcessingModelChildParameterSource

    return [QgsProcessingModelChildParameterSource.fromExpression(text)]


def decay_expression(index):
    """Half-life (index 0) or maximum age (1) in days for the chosen PERIOD."""
    week, month = DECAY_DAYS["week"][index], DECAY_DAYS["month"][index]
    return expression(f"if(@PERIOD = 1, {month}, {week})")


def child_sources():
    """child id -> {parameter: sources}: how the data flow through the chain."""
    purpose = static(PURPOSE)
    return {
        "anonymise": {
            "INPUT": parameter("INCIDENTS"), "METHOD": static(0), "AREAS": parameter("PC6"),
            "AREA_ID": parameter("POSTCODE_FIELD"), "DATE_FIELD": parameter("DATE_FIELD"),
            "DATE_PRECISION": parameter("PERIOD"), "COUNTS_PER": static(0), "K": static(5),
            "PURPOSE": purpose,
        },
        "kde_hotspots": {
            "INPUT": output("anonymise", "OUTPUT_POINTS"), "RADIUS": static(300.0),
            "PIXEL_SIZE": static(25.0), "MASK": parameter("WIJKEN"),
            "DATE_FIELD": parameter("DATE_FIELD"), "REFERENCE_DATE": parameter("BRIEFING_DATE"),
            "HALF_LIFE": decay_expression(0), "MAX_AGE": decay_expression(1),
            "PURPOSE": purpose,
        },
        "join_indicators": {
            "INPUT": parameter("PC6"), "FIELD": static(BUURT_CODE),
            "INPUT_2": parameter("BUURTEN"), "FIELD_2": static(BUURT_CODE),
            "FIELDS_TO_COPY": parameter("INDICATORS"), "METHOD": static(1),
            "DISCARD_NONMATCHING": static(False), "PREFIX": static(""),
        },
        "postcode_risk": {
            "INPUT": output("join_indicators", "OUTPUT"), "ID_FIELD": parameter("POSTCODE_FIELD"),
            "INCIDENTS": output("anonymise", "OUTPUT_POINTS"),
            "DATE_FIELD": parameter("DATE_FIELD"), "COVARIATES": parameter("INDICATORS"),
            "CONTEXT": parameter("RISK_CONTEXT"), "CONTEXT_DISTANCE": static(200.0),
            "PERIOD": parameter("PERIOD"), "HORIZON": static(1),
            "END_DATE": parameter("BRIEFING_DATE"), "PURPOSE": purpose,
        },
        "area_monitor_index": {
            "INPUT": parameter("BUURTEN"), "INDICATORS": parameter("INDICATORS"),
            "SPEC": parameter("MONITOR_SPEC"), "PURPOSE": purpose,
        },
        "area_monitor_overlay": {
            "INPUT": output("area_monitor_index", "OUTPUT"),
            "VULNERABILITY_FIELD": static("score"), "DENSITY": output("kde_hotspots", "OUTPUT"),
            "CRIME_MEASURE": static(2),  # zonal mean of the recent density
            "PURPOSE": purpose,
        },
        "patrol_focus_map": {
            "INPUT": output("postcode_risk", "OUTPUT"), "SCORE_FIELD": static("risk_score"),
            "ID_FIELD": parameter("POSTCODE_FIELD"), "DRIVERS_FIELD": static("driver_1"),
            "TOP_N": static(10), "DISTRICTS": parameter("WIJKEN"),
            "DISTRICT_NAME_FIELD": parameter("DISTRICT_NAME_FIELD"),
            # The focus buurten of the overlay as outlines, plus the user's context layer.
            "CONTEXT": output("area_monitor_overlay", "OUTPUT") + parameter("MAP_CONTEXT"),
            "TITLE": parameter("TITLE"),
            "PURPOSE": purpose,  # PERIOD: set by add_period_text once the risk step is in
        },
    }


# child id -> [(model output name, child output name, description, mandatory)]. An output a
# later step reads, or one its step cannot skip, is mandatory: left out, the chain would break.
MODEL_OUTPUTS = {
    "anonymise": [("COUNTS", "OUTPUT_COUNTS", "Incident counts per postcode (for sharing)",
                   False)],
    "kde_hotspots": [("DENSITY", "OUTPUT", "Recent incident density", True),
                     ("HOTSPOTS", "HOTSPOTS", "Recent hotspot areas", True)],
    "postcode_risk": [("RISK", "OUTPUT", "Risk per postcode", True),
                      ("RISK_REPORT", "REPORT", "Risk report", True)],
    "area_monitor_overlay": [("FOCUS_BUURTEN", "OUTPUT", "Focus buurten (vulnerability x "
                              "crime)", True),
                             ("LEGEND", "LEGEND", "Legend of the focus buurten", False)],
    "patrol_focus_map": [("PDF", "OUTPUT_PDF", "Patrol focus map (PDF)", True),
                         ("PNG", "OUTPUT_PNG", "Patrol focus map pages (PNG)", False)],
}

# Layout in the modeler (centres of the boxes): inputs on the left, the chain in the middle,
# outputs on the right; boxes big enough for their two-line labels.
INPUT_X, CHILD_X, OUTPUT_X = 150.0, 580.0, 960.0
ROW = 62.0
INPUT_SIZE, CHILD_SIZE = (250.0, 40.0), (270.0, 46.0)


def build_model():
    from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingModelParameter
    from qgis.PyQt.QtCore import QPointF, QSizeF

    model = QgsProcessingModelAlgorithm(MODEL_NAME, MODEL_GROUP, MODEL_GROUP.lower())
    definitions = model_parameters()
    for row, definition in enumerate(definitions):
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(INPUT_X, 60.0 + row * ROW))
        component.setSize(QSizeF(*INPUT_SIZE))
        model.addModelParameter(definition, component)
    sources = child_sources()
    previous = None
    for row, (child_id, algorithm_id, description) in enumerate(CHAIN):
        model.addChildAlgorithm(make_child(child_id, algorithm_id, description,
                                           sources[child_id], previous,
                                           QPointF(CHILD_X, 80.0 + row * 1.7 * ROW)))
        previous = child_id
    add_period_text(model)
    model.setHelpContent(help_content())
    return model


def add_period_text(model):
    """The map's period line, 'Forecast for 2025-W02', from the risk step's FORECAST_PERIOD.

    QGIS names the variable of a child's output after the child's description; ask the model
    for it rather than spelling it here.
    """
    from qgis.core import QgsProcessingContext, QgsProcessingModelChildParameterSource

    variables = model.variablesForChildAlgorithm("patrol_focus_map", QgsProcessingContext())
    names = [name for name, variable in variables.items()
             if variable.source.source() == QgsProcessingModelChildParameterSource.ChildOutput
             and variable.source.outputChildId() == "postcode_risk"
             and variable.source.outputName() == "FORECAST_PERIOD"]
    if len(names) != 1:
        sys.exit(f"No single variable for the forecast period of postcode_risk: {names}")
    child = model.childAlgorithm("patrol_focus_map")
    child.addParameterSources("PERIOD", expression(f"'Forecast for ' || @{names[0]}"))
    model.setChildAlgorithm(child)


def make_child(child_id, algorithm_id, description, sources, previous, position):
    from qgis.core import QgsProcessingModelChildAlgorithm, QgsProcessingModelChildDependency
    from qgis.PyQt.QtCore import QSizeF

    child = QgsProcessingModelChildAlgorithm(algorithm_id)
    if child.algorithm() is None:
        sys.exit(f"Algorithm {algorithm_id} is not available: is the Wijkradar provider "
                 f"registered?")
    child.setChildId(child_id)
    child.setDescription(description)
    child.setPosition(position)
    child.setSize(QSizeF(*CHILD_SIZE))
    for name, value in sources.items():
        if child.algorithm().parameterDefinition(name) is None:
            sys.exit(f"{algorithm_id} has no parameter {name}: update scripts/make_model.py")
        child.addParameterSources(name, value)
    set_defaults(child)
    if previous is not None:  # keeps the chain's order even where no data link forces it
        child.setDependencies([QgsProcessingModelChildDependency(previous)])
    child.setModelOutputs(model_outputs(child_id, child, position))
    return child


def set_defaults(child):
    """Mandatory parameters the chain leaves alone keep their default, stated in the model
    (as the modeler does), so the model validates and reads the same in the modeler."""
    from qgis.core import QgsProcessingParameterDefinition

    for definition in child.algorithm().parameterDefinitions():
        optional = definition.flags() & QgsProcessingParameterDefinition.FlagOptional
        if (definition.isDestination() or optional
                or definition.name() in child.parameterSources()):
            continue
        child.addParameterSources(definition.name(), static(definition.defaultValue()))


def model_outputs(child_id, child, position):
    from qgis.core import QgsProcessingModelOutput
    from qgis.PyQt.QtCore import QPointF

    outputs = {}
    for row, (name, child_output, description, mandatory) in enumerate(
            MODEL_OUTPUTS.get(child_id, [])):
        if child.algorithm().parameterDefinition(child_output) is None:
            sys.exit(f"{child.algorithmId()} has no output {child_output}")
        model_output = QgsProcessingModelOutput(name, description)
        model_output.setChildId(child_id)
        model_output.setChildOutputName(child_output)
        model_output.setMandatory(mandatory)
        model_output.setPosition(QPointF(OUTPUT_X, position.y() - 20.0 + row * 40.0))
        outputs[name] = model_output
    return outputs


def help_content():
    content = {"ALG_DESC": MODEL_HELP, "ALG_CREATOR": "Wijkradar",
               "SHORT_DESCRIPTION": "Anonymise, hotspots, risk per postcode, area monitor "
                                    "and the patrol focus map per district, in one run.",
               "HELP_URL": "https://github.com/wijkradar/wijkradar#algorithm-reference"}
    content.update(PARAMETER_HELP)
    for child_id, outputs in MODEL_OUTPUTS.items():
        for name, _, _, _ in outputs:
            content[f"{child_id}:{name}"] = OUTPUT_HELP[name]
    return content


def check(model):
    """Refuses to write a model QGIS would not run."""
    valid, issues = model.validate()
    if not valid:
        sys.exit("The model is not valid:\n" + "\n".join(issues))


def model_xml(model):
    """The model as QGIS writes it, with the attributes of each element in a fixed order:
    Qt writes them in a random order each run, which would make every rebuild a diff."""
    import tempfile
    import xml.etree.ElementTree as ElementTree

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "model.model3")
        if not model.toFile(path):
            sys.exit(f"QGIS could not write the model to {path}")
        with open(path, encoding="utf-8") as handle:
            root = ElementTree.fromstring(handle.read())
    rank = {"name": 0, "type": 1, "value": 2}
    for element in root.iter():
        attributes = sorted(element.attrib.items(), key=lambda item: (rank.get(item[0], 3),
                                                                       item[0]))
        element.attrib.clear()
        element.attrib.update(attributes)
    return "<!DOCTYPE model>\n" + ElementTree.tostring(root, encoding="unicode") + "\n"


def main():
    from headless_qgis import start_qgis  # beside this script; tests import build_model only

    app = start_qgis()  # noqa: F841 (keeps QGIS alive until the end)
    model = build_model()
    check(model)
    os.makedirs(os.path.dirname(MODEL_PATH), exist_ok=True)
    with open(MODEL_PATH, "w", encoding="utf-8") as handle:
        handle.write(model_xml(model))
    print(f"wrote {os.path.relpath(MODEL_PATH, REPO)}")


if __name__ == "__main__":
    main()
