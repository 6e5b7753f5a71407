"""Writes processing/models/wijkradar_weekly_briefing.model3, the weekly briefing model.

The model file is what the plugin ships (the provider loads every processing/models/*.model3,
so it is `wijkradar:weekly_briefing` in the Processing Toolbox); this script is how it is
regenerated, so the chain is reviewed as code. The chain:

    anonymise incidents -> kernel density hotspots -> emerging hot spots ->
    is a monitor layer given? ->
    [buurt indicators on the areas] -> risk per area -> [area monitor index ->
    area monitor overlay] -> patrol focus map

Each step runs after the one before it (data links, plus explicit dependencies where a step
needs no data of the one before), so the order in the log is always the order above.

The steps in brackets need the neighbourhood monitor, which is optional: they hang on a
conditional branch (native:condition) that passes only when the monitor layer is given.
QGIS skips a step with a data link to a skipped step, so the steps after them read their
results through expressions instead (empty when skipped): risk per area takes the areas
with the indicators, else the areas as given; the map takes the focus buurten as outlines,
else only the user's context layer. Incidents, areas with any id field and districts are
enough for a briefing. The emerging hot spots (per area, as of the briefing date, in steps of
the briefing's period) reach the map's list, which says each area's pattern ('new',
'intensifying').
"""

import os
import sys

from wijkradar.core.choices import EMERGING_TIME_STEPS, EMERGING_TOO_SHORT, OVERLAY_MEASURES
from wijkradar.processing import model_texts as texts
from wijkradar.processing.compat import (
    ProcessingDateTimeParameterDataType,
    ProcessingFieldParameterDataType,
    ProcessingParameterFlag,
    ProcessingSourceType,
)

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL_PATH = os.path.join(REPO, "processing", "models", "wijkradar_weekly_briefing.model3")
MODEL_NAME = "weekly_briefing"
MODEL_GROUP = "Briefing"

# The steps in the order they run: (child id, algorithm id); their names are in model_texts.
CHAIN = (
    ("anonymise", "wijkradar:anonymise_incidents"),
    ("kde_hotspots", "wijkradar:kde_hotspots"),
    ("emerging_hotspots", "wijkradar:emerging_hotspots"),
    ("monitor_given", "native:condition"),
    ("join_indicators", "native:joinattributesbylocation"),
    ("areas_with_indicators", "native:retainfields"),
    ("postcode_risk", "wijkradar:postcode_risk"),
    ("area_monitor_index", "wijkradar:area_monitor_index"),
    ("area_monitor_overlay", "wijkradar:area_monitor_overlay"),
    ("patrol_focus_map", "wijkradar:patrol_focus_map"),
)

# The CBS fields (Wijk- en buurtkaart, as in the demo municipality) the chain relies on.
MONITOR_INDICATORS = ["gemiddeld_inkomen_per_inwoner", "percentage_huishoudens_met_laag_inkomen",
                      "percentage_huishoudens_onder_of_rond_sociaal_minimum",
                      "netto_arbeidsparticipatie"]
# The neighbourhood monitor: the branch that decides and the steps that need it.
MONITOR_BRANCH_STEP = "monitor_given"
MONITOR_BRANCH = "monitor layer given"
MONITOR_STEPS = ("join_indicators", "areas_with_indicators", "area_monitor_index",
                 "area_monitor_overlay")
CONFIGURATIONS = {MONITOR_BRANCH_STEP: {"conditions": [
    {"name": MONITOR_BRANCH, "expression": "@BUURTEN IS NOT NULL"}]}}
INTERSECTS, LARGEST_OVERLAP = 0, 2  # native:joinattributesbylocation's choices
# Prospective hotspots: recent weeks weigh more (half-life, maximum age in days) per period.
DECAY_DAYS = {"week": (14, 56), "month": (30, 120)}
# The model's PERIOD (texts.BRIEFING_PERIODS, index 0 week, 1 month) is passed on as it is
# to postcode_risk's PERIOD, whose options start with the same two (tests/qgis/test_choices.py).
BRIEFING_PERIODS = ("week", "month")
# Emerging hot spots in steps of the briefing's period (emerging_hotspots' TIME_STEP), the
# last 52 weeks' worth of them (STEPS 0: 52 weeks or 12 months).
EMERGING_STEP = (f"if(@PERIOD = {BRIEFING_PERIODS.index('month')}, "
                 f"{EMERGING_TIME_STEPS.index('month')}, {EMERGING_TIME_STEPS.index('week')})")

def model_parameters():
    """The model's inputs, in the order of the dialog."""
    from qgis.core import (
        QgsProcessingParameterDateTime,
        QgsProcessingParameterEnum,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
        QgsProcessingParameterMultipleLayers,
        QgsProcessingParameterString,
        QgsProcessingParameterVectorLayer,
    )

    points, polygons = [ProcessingSourceType.VectorPoint], [ProcessingSourceType.VectorPolygon]
    numeric = ProcessingFieldParameterDataType.Numeric
    spec = advanced(QgsProcessingParameterString(
        "MONITOR_SPEC", label("MONITOR_SPEC"),
        step_default("wijkradar:area_monitor_index", "SPEC"), multiLine=True))
    return [
        QgsProcessingParameterFeatureSource("INCIDENTS", label("INCIDENTS"), points),
        QgsProcessingParameterField("DATE_FIELD", label("DATE_FIELD"), "datum", "INCIDENTS"),
        # Week by default. Left out (qgis_process), a model passes no value on, not its
        # default, so the steps read it through chosen_period(), never bare.
        QgsProcessingParameterEnum("PERIOD", label("PERIOD"), texts.BRIEFING_PERIODS,
                                   defaultValue=0),
        QgsProcessingParameterDateTime("BRIEFING_DATE", label("BRIEFING_DATE"),
                                       ProcessingDateTimeParameterDataType.Date, optional=True),
        QgsProcessingParameterFeatureSource("PC6", label("PC6"), polygons),
        QgsProcessingParameterField("POSTCODE_FIELD", label("POSTCODE_FIELD"), "postcode",
                                    "PC6"),
        QgsProcessingParameterMultipleLayers(
            "RISK_CONTEXT", label("RISK_CONTEXT"), ProcessingSourceType.VectorPoint, optional=True),
        QgsProcessingParameterFeatureSource("BUURTEN", label("BUURTEN"), polygons,
                                            optional=True),
        QgsProcessingParameterField("INDICATORS", label("INDICATORS"),
                                    ";".join(MONITOR_INDICATORS), "BUURTEN", numeric,
                                    allowMultiple=True, optional=True),
        spec,
        QgsProcessingParameterVectorLayer("WIJKEN", label("WIJKEN"), polygons),
        QgsProcessingParameterField("DISTRICT_NAME_FIELD", label("DISTRICT_NAME_FIELD"),
                                    "wijknaam", "WIJKEN"),
        QgsProcessingParameterVectorLayer(
            "MAP_CONTEXT", label("MAP_CONTEXT"),
            [ProcessingSourceType.VectorPolygon, ProcessingSourceType.VectorLine], optional=True),
        QgsProcessingParameterString(
            "TITLE", label("TITLE"), texts.BRIEFING_TITLE),
        advanced(QgsProcessingParameterString(
            "CLASSIFICATION", label("CLASSIFICATION"), texts.BRIEFING_CLASSIFICATION)),
    ]


def advanced(definition):

    definition.setFlags(definition.flags() | ProcessingParameterFlag.Advanced)
    return definition


def label(name):
    return texts.BRIEFING_INPUTS[name][0]


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


def chosen_period():
    """PERIOD as given, else week (0): the steps' own defaults differ (anonymise: week,
    risk: month), so they must never fall back on them."""
    return expression(f"coalesce(@PERIOD, {BRIEFING_PERIODS.index('week')})")


def decay_expression(index):
    """Half-life (index 0) or maximum age (1) in days for the chosen PERIOD (else week)."""
    week, month = DECAY_DAYS["week"][index], DECAY_DAYS["month"][index]
    return expression(f"if(@PERIOD = {BRIEFING_PERIODS.index('month')}, {month}, {week})")


def child_sources():
    """child id -> {parameter: sources}: how the data flow through the chain."""
    purpose = static(texts.BRIEFING_PURPOSE)
    return {**hotspot_sources(purpose), **monitor_sources(purpose),
            **briefing_sources(purpose)}


def hotspot_sources(purpose):
    """The anonymised incidents, their density and emerging hot spots."""
    return {
        "anonymise": {
            "INPUT": parameter("INCIDENTS"), "METHOD": static(0), "AREAS": parameter("PC6"),
            "AREA_ID": parameter("POSTCODE_FIELD"), "DATE_FIELD": parameter("DATE_FIELD"),
            "DATE_PRECISION": chosen_period(), "COUNTS_PER": static(0), "K": static(5),
            "PURPOSE": purpose,
        },
        "kde_hotspots": {
            "INPUT": output("anonymise", "OUTPUT_POINTS"), "RADIUS": static(300.0),
            "PIXEL_SIZE": static(25.0), "MASK": parameter("WIJKEN"),
            "DATE_FIELD": parameter("DATE_FIELD"), "REFERENCE_DATE": parameter("BRIEFING_DATE"),
            "HALF_LIFE": decay_expression(0), "MAX_AGE": decay_expression(1),
            "PURPOSE": purpose,
        },
        "emerging_hotspots": {  # per area, as of the briefing date, in the briefing's steps
            "INCIDENTS": output("anonymise", "OUTPUT_POINTS"),
            "DATE_FIELD": parameter("DATE_FIELD"), "AREAS": parameter("PC6"),
            "ID_FIELD": parameter("POSTCODE_FIELD"), "TIME_STEP": expression(EMERGING_STEP),
            "STEPS": static(0), "END_DATE": parameter("BRIEFING_DATE"),
            # too few steps: no patterns, and the briefing goes on
            "TOO_SHORT": static(EMERGING_TOO_SHORT.index("go_on")),
            "PURPOSE": purpose,
        },
    }


def monitor_sources(purpose):
    """The area monitor branch: indicators joined to the areas, the index and the
    overlay with the recent density."""
    return {
        MONITOR_BRANCH_STEP: {},  # its condition is in CONFIGURATIONS
        "join_indicators": {  # each area takes the indicators of the buurt it overlaps most
            "INPUT": parameter("PC6"), "JOIN": parameter("BUURTEN"),
            "PREDICATE": static([INTERSECTS]), "JOIN_FIELDS": parameter("INDICATORS"),
            "METHOD": static(LARGEST_OVERLAP), "DISCARD_NONMATCHING": static(False),
            "PREFIX": static(""),
        },
        # The join's output is optional, so QGIS makes it only for a step that links to it;
        # this step does, and its output, always made, is what the risk step reads.
        "areas_with_indicators": {
            "INPUT": output("join_indicators", "OUTPUT"),
            "FIELDS": expression("array_cat(array(@POSTCODE_FIELD), "
                                 "coalesce(@INDICATORS, array()))"),
        },
        "area_monitor_index": {
            "INPUT": parameter("BUURTEN"), "INDICATORS": parameter("INDICATORS"),
            "SPEC": parameter("MONITOR_SPEC"), "PURPOSE": purpose,
        },
        "area_monitor_overlay": {
            "INPUT": output("area_monitor_index", "OUTPUT"),
            "VULNERABILITY_FIELD": static("score"), "DENSITY": output("kde_hotspots", "OUTPUT"),
            "CRIME_MEASURE": static(OVERLAY_MEASURES.index("mean")),  # of the recent density
            "PURPOSE": purpose,
        },
    }


def briefing_sources(purpose):
    """The risk forecast and the patrol focus map made from it."""
    return {
        "postcode_risk": {  # INPUT and COVARIATES: add_monitor_results
            "ID_FIELD": parameter("POSTCODE_FIELD"),
            "INCIDENTS": output("anonymise", "OUTPUT_POINTS"),
            "DATE_FIELD": parameter("DATE_FIELD"),
            "CONTEXT": parameter("RISK_CONTEXT"), "CONTEXT_DISTANCE": static(200.0),
            "PERIOD": chosen_period(), "HORIZON": static(1),
            "END_DATE": parameter("BRIEFING_DATE"), "PURPOSE": purpose,
        },
        "patrol_focus_map": {
            "INPUT": output("postcode_risk", "OUTPUT"), "SCORE_FIELD": static("risk_score"),
            "ID_FIELD": parameter("POSTCODE_FIELD"), "DRIVERS_FIELD": static("driver_1"),
            "TOP_N": static(10), "DISTRICTS": parameter("WIJKEN"),
            "DISTRICT_NAME_FIELD": parameter("DISTRICT_NAME_FIELD"),
            # the list says each area's emerging hot spot pattern ('new', 'intensifying')
            "EMERGING": output("emerging_hotspots", "OUTPUT"),
            "EMERGING_ID_FIELD": parameter("POSTCODE_FIELD"),
            # CONTEXT: the focus buurten and the user's context layer (add_monitor_results)
            "TITLE": parameter("TITLE"), "CLASSIFICATION": parameter("CLASSIFICATION"),
            "PURPOSE": purpose,  # PERIOD: set by add_period_text once the risk step is in
        },
    }


# child id -> [(model output name, child output name, mandatory)]; labels in model_texts. An
# output a later step reads, or one its step cannot skip, is mandatory: left out, the chain
# would break.
# A new mandatory output is one more value every caller must give: the emerging hot spots
# stay inside the model (temporary files), so calls made for an earlier model still run.
MODEL_OUTPUTS = {
    "anonymise": [("COUNTS", "OUTPUT_COUNTS", False)],
    "kde_hotspots": [("DENSITY", "OUTPUT", True), ("HOTSPOTS", "HOTSPOTS", True)],
    "postcode_risk": [("RISK", "OUTPUT", True), ("RISK_REPORT", "REPORT", True)],
    "area_monitor_overlay": [("FOCUS_BUURTEN", "OUTPUT", True), ("LEGEND", "LEGEND", False)],
    "patrol_focus_map": [("PDF", "OUTPUT_PDF", True), ("PNG", "OUTPUT_PNG", False)],
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
    for row, (child_id, algorithm_id) in enumerate(CHAIN):
        model.addChildAlgorithm(make_child(child_id, algorithm_id, texts.BRIEFING_STEPS[child_id],
                                           sources[child_id], previous,
                                           QPointF(CHILD_X, 80.0 + row * 1.7 * ROW)))
        previous = child_id
    add_monitor_results(model)
    add_period_text(model)
    model.setHelpContent(help_content())
    return model


def output_variable(model, child_id, output_name):
    """The variable that holds a step's output in the expressions of later steps.

    QGIS names the variable of a child's output after the child's description; ask the model
    for it rather than spelling it here.
    """
    name = texts.output_variables(model).get((child_id, output_name))
    if name is None:
        sys.exit(f"No variable for {child_id}'s {output_name}: is a later step there?")
    return name


def set_sources(model, child_id, sources):
    child = model.childAlgorithm(child_id)
    for name, value in sources.items():
        child.addParameterSources(name, value)
    model.setChildAlgorithm(child)


def add_monitor_results(model):
    """The monitor steps' results, where later steps read them: through expressions, which
    are empty when the branch skipped those steps (a data link would skip the reader too)."""
    joined = output_variable(model, "areas_with_indicators", "OUTPUT")
    set_sources(model, "postcode_risk", {
        "INPUT": expression(f"coalesce(@{joined}, @PC6)"),
        "COVARIATES": expression(f"if(@{joined} IS NULL, NULL, @INDICATORS)")})
    focus = output_variable(model, "area_monitor_overlay", "OUTPUT")
    set_sources(model, "patrol_focus_map", {
        "CONTEXT": expression(f"@{focus}") + parameter("MAP_CONTEXT")})


def add_period_text(model):
    """The map's period line, 'Forecast for 2025-W02', from the risk step's FORECAST_PERIOD."""
    period = output_variable(model, "postcode_risk", "FORECAST_PERIOD")
    prefix = texts.BRIEFING_FORECAST_FOR.replace("'", "''")
    set_sources(model, "patrol_focus_map", {"PERIOD": expression(f"'{prefix}' || @{period}")})


def make_child(child_id, algorithm_id, description, sources, previous, position):
    from qgis.core import QgsProcessingModelChildAlgorithm
    from qgis.PyQt.QtCore import QSizeF

    child = QgsProcessingModelChildAlgorithm(algorithm_id)
    if child.algorithm() is None:
        sys.exit(f"Algorithm {algorithm_id} is not available: is the Wijkradar provider "
                 f"registered?")
    child.setChildId(child_id)
    child.setConfiguration(CONFIGURATIONS.get(child_id, {}))
    child.setDescription(description)
    child.setPosition(position)
    child.setSize(QSizeF(*CHILD_SIZE))
    for name, value in sources.items():
        if child.algorithm().parameterDefinition(name) is None:
            sys.exit(f"{algorithm_id} has no parameter {name}: update scripts/make_model.py")
        child.addParameterSources(name, value)
    set_defaults(child)
    child.setDependencies(dependencies(child_id, previous))
    child.setModelOutputs(model_outputs(child_id, child, position))
    return child


def dependencies(child_id, previous):
    """The step before (keeps the chain's order even where no data link forces it) and, for
    a monitor step, the branch that runs it only with a monitor layer."""
    from qgis.core import QgsProcessingModelChildDependency

    found = []
    if child_id in MONITOR_STEPS:
        found.append(QgsProcessingModelChildDependency(MONITOR_BRANCH_STEP, MONITOR_BRANCH))
    if previous is not None and previous != MONITOR_BRANCH_STEP:
        found.append(QgsProcessingModelChildDependency(previous))
    return found


def set_defaults(child):
    """Mandatory parameters the chain leaves alone keep their default, stated in the model
    (as the modeler does), so the model validates and reads the same in the modeler."""

    for definition in child.algorithm().parameterDefinitions():
        optional = definition.flags() & ProcessingParameterFlag.Optional
        if (definition.isDestination() or optional
                or definition.name() in child.parameterSources()):
            continue
        child.addParameterSources(definition.name(), static(definition.defaultValue()))


def model_outputs(child_id, child, position):
    from qgis.core import QgsProcessingModelOutput
    from qgis.PyQt.QtCore import QPointF

    outputs = {}
    for row, (name, child_output, mandatory) in enumerate(MODEL_OUTPUTS.get(child_id, [])):
        if child.algorithm().parameterDefinition(child_output) is None:
            sys.exit(f"{child.algorithmId()} has no output {child_output}")
        model_output = QgsProcessingModelOutput(name, texts.BRIEFING_OUTPUTS[name][0])
        model_output.setChildId(child_id)
        model_output.setChildOutputName(child_output)
        model_output.setMandatory(mandatory)
        model_output.setPosition(QPointF(OUTPUT_X, position.y() - 20.0 + row * 40.0))
        outputs[name] = model_output
    return outputs


def help_content():
    content = {"ALG_DESC": texts.BRIEFING_HELP, "ALG_CREATOR": "Wijkradar",
               "SHORT_DESCRIPTION": texts.BRIEFING_SHORT_DESCRIPTION,
               "HELP_URL": "https://github.com/wijkradar/wijkradar#algorithm-reference"}
    content.update({name: help_text for name, (_, help_text) in texts.BRIEFING_INPUTS.items()})
    for child_id, outputs in MODEL_OUTPUTS.items():
        for name, _, _ in outputs:
            content[f"{child_id}:{name}"] = texts.BRIEFING_OUTPUTS[name][1]
    return content


def check(model):
    """Refuses to write a model QGIS would not run."""
    valid, issues = model.validate()
    if not valid:
        sys.exit("The model is not valid:\n" + "\n".join(issues))
    for half_life, max_age in DECAY_DAYS.values():  # the help states them in words
        if f"{half_life} days over the last {max_age} days" not in texts.BRIEFING_HELP:
            sys.exit("The model's help (processing/model_texts.py) does not state the decay "
                     f"{half_life}/{max_age} days of DECAY_DAYS")


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
    from qgis.core import Qgis

    if Qgis.QGIS_VERSION_INT >= 32300:
        # A newer QGIS writes a model older ones read wrongly (its outputs get other names).
        sys.exit(f"make_model: QGIS {Qgis.QGIS_VERSION} would write a model that QGIS 3.22 "
                 "cannot read as intended: run `make model` on the Debian 12 host (QGIS 3.22), "
                 "the oldest release Wijkradar supports.")
    model = build_model()
    check(model)
    os.makedirs(os.path.dirname(MODEL_PATH), exist_ok=True)
    with open(MODEL_PATH, "w", encoding="utf-8") as handle:
        handle.write(model_xml(model))
    print(f"wrote {os.path.relpath(MODEL_PATH, REPO)}")


if __name__ == "__main__":
    main()
