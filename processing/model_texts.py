"""The texts of the shipped models (processing/models/*.model3), and their translation.

A model file stores its texts once, in English: its help, the labels of its inputs and
outputs, the names of its steps, and the text it prints (the map's period line). The
English texts live here, marked for ``pylupdate5`` under the context ``ShippedModel``;
``scripts/make_model.py`` writes them into the file and :func:`translated_description` puts each
one in the user's language when the provider reads the file. A text of a model the user
edited and saved is not in the catalogue and stays as written.
"""

import re

from qgis.core import QgsProcessingContext, QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .compat import ModelSource, enum_value

CONTEXT = "ShippedModel"

# ------------------------------------------------------------- the weekly briefing model

BRIEFING_HELP = QT_TRANSLATE_NOOP(
    "ShippedModel",
    "<p>The weekly briefing in one run: from incident points to the printed patrol focus map "
    "with a page per district.</p>"
    "<ol><li><b>Anonymise</b>: incidents move to the centroid of their area (PC6, PC4 or grid "
    "cell), dates to the week or month; counts per area for sharing, small counts suppressed."
    "</li><li><b>Hotspots</b>: kernel density of the anonymised incidents within the "
    "districts, recent ones weighing more (prospective: half-life 14 days over the last 56 "
    "days; briefing on a month, 30 days over the last 120 days).</li>"
    "<li><b>Emerging hot spots</b>: per area, the weeks (or months) of the last 52 weeks "
    "up to the briefing date: Gi* per step and a Mann-Kendall trend tell new, intensifying, "
    "persistent ... hot spots, for the map's list.</li>"
    "<li><b>Risk</b>: each area takes the monitor indicators of the buurt it overlaps most, "
    "and the expected incidents per area for the next week or month are forecast, validated "
    "against baselines, with drivers and an HTML report.</li>"
    "<li><b>Area monitor</b>: the neighbourhood index of the buurten and its overlay with the "
    "recent density: bivariate classes and focus buurten.</li>"
    "<li><b>Patrol focus map</b>: areas coloured by risk score, the top 10 per district "
    "with their main driver and hot spot pattern, buurt outlines and the optional context "
    "layer: a PDF with a page per district and, if asked, a PNG per page.</li></ol>"
    "<p>The neighbourhood monitor is optional: without the buurten the area monitor steps "
    "are skipped, the risk uses the areas as they are, and the map is made all the same.</p>"
    "<p>Only anonymised data enter the analysis and only areas are printed, never incident "
    "points. Every output carries its provenance (a .provenance.json beside it).</p>")
BRIEFING_SHORT_DESCRIPTION = QT_TRANSLATE_NOOP(
    "ShippedModel", "Anonymise, hotspots, emerging hot spots, risk per postcode, area monitor "
                    "and the patrol focus map per district, in one run.")
BRIEFING_TITLE = QT_TRANSLATE_NOOP("ShippedModel", "Patrol focus areas")  # as the map's own
BRIEFING_CLASSIFICATION = QT_TRANSLATE_NOOP("ShippedModel",  # as the map's own
                                            "Confidential - internal use only")
BRIEFING_PURPOSE = QT_TRANSLATE_NOOP("ShippedModel", "Weekly briefing of the flex team")
# The map's period line: this literal, then the forecast period ("2025-W02").
BRIEFING_FORECAST_FOR = QT_TRANSLATE_NOOP("ShippedModel", "Forecast for ")

# Input name -> (label, help).
BRIEFING_INPUTS = {
    "INCIDENTS": (
        QT_TRANSLATE_NOOP("ShippedModel", "Incident points"),
        QT_TRANSLATE_NOOP("ShippedModel",
                          "Incident points with a date field. They are anonymised to the "
                          "postcode areas first; nothing downstream sees exact places or "
                          "dates.")),
    "DATE_FIELD": (
        QT_TRANSLATE_NOOP("ShippedModel", "Incident date field"),
        QT_TRANSLATE_NOOP("ShippedModel", "Date of each incident (default 'datum').")),
    "PERIOD": (
        QT_TRANSLATE_NOOP("ShippedModel", "Brief on the coming"),
        QT_TRANSLATE_NOOP("ShippedModel",
                          "Brief on the coming week (0) or month (1): dates are coarsened to "
                          "it and the risk is forecast per week or per month.")),
    "BRIEFING_DATE": (
        QT_TRANSLATE_NOOP("ShippedModel", "Brief as of (default: the latest incident)"),
        QT_TRANSLATE_NOOP("ShippedModel",
                          "Brief as of this date: the data up to it are used (default: the "
                          "latest incident). Set a past date to see what a past briefing "
                          "said.")),
    "PC6": (
        QT_TRANSLATE_NOOP("ShippedModel", "Areas (PC6, PC4 or grid cells)"),
        QT_TRANSLATE_NOOP("ShippedModel",
                          "The areas incidents are counted in and the risk is forecast for: "
                          "postcode areas (PC6, PC4), grid cells or other polygons with a "
                          "field that identifies each one.")),
    "POSTCODE_FIELD": (
        QT_TRANSLATE_NOOP("ShippedModel", "Area id field"),
        QT_TRANSLATE_NOOP("ShippedModel",
                          "The field that identifies each area (default 'postcode').")),
    "RISK_CONTEXT": (
        QT_TRANSLATE_NOOP("ShippedModel",
                          "Context points for the risk (coffeeshops, ruimingen, ...)"),
        QT_TRANSLATE_NOOP("ShippedModel",
                          "Optional point layers that may raise the risk nearby (coffeeshops, "
                          "dismantled plantations): their counts within 200 m of each postcode "
                          "are features of the risk model.")),
    "BUURTEN": (
        QT_TRANSLATE_NOOP("ShippedModel", "Neighbourhoods (buurten) with monitor indicators"),
        QT_TRANSLATE_NOOP("ShippedModel",
                          "Optional: neighbourhoods (buurten) with monitor indicators. Each "
                          "area takes the indicators of the buurt it overlaps most; without "
                          "them the area monitor steps are skipped.")),
    "INDICATORS": (
        QT_TRANSLATE_NOOP("ShippedModel", "Monitor indicator fields"),
        QT_TRANSLATE_NOOP("ShippedModel",
                          "Monitor indicators of the buurten: joined to the areas for "
                          "the risk model and combined into the neighbourhood index (each "
                          "needs an entry in the indicator specification).")),
    "MONITOR_SPEC": (
        QT_TRANSLATE_NOOP("ShippedModel", "Indicator specification of the index"),
        QT_TRANSLATE_NOOP("ShippedModel",
                          "How the indicators make the index: field:direction:weight:domain "
                          "per indicator ('+' higher is better, '-' higher is worse).")),
    "WIJKEN": (
        QT_TRANSLATE_NOOP("ShippedModel", "Districts (wijken), a page each"),
        QT_TRANSLATE_NOOP("ShippedModel",
                          "Districts (wijken): one page of the map each; they also bound the "
                          "density map.")),
    "DISTRICT_NAME_FIELD": (
        QT_TRANSLATE_NOOP("ShippedModel", "District name field"),
        QT_TRANSLATE_NOOP("ShippedModel",
                          "District name field (default 'wijknaam'): names the pages.")),
    "MAP_CONTEXT": (
        QT_TRANSLATE_NOOP("ShippedModel", "Context layer on the map (areas or lines)"),
        QT_TRANSLATE_NOOP("ShippedModel",
                          "Optional context layer drawn as outlines on the map (areas or "
                          "lines, never points).")),
    "TITLE": (
        QT_TRANSLATE_NOOP("ShippedModel", "Title"),
        QT_TRANSLATE_NOOP("ShippedModel", "Title of the map.")),
    "CLASSIFICATION": (
        QT_TRANSLATE_NOOP("ShippedModel", "Classification label"),
        QT_TRANSLATE_NOOP("ShippedModel",
                          "The marking printed on every page, as your organisation classifies "
                          "briefing material.")),
}
BRIEFING_PERIODS = [QT_TRANSLATE_NOOP("ShippedModel", "Week"),
                    QT_TRANSLATE_NOOP("ShippedModel", "Month")]
BRIEFING_STEPS = {
    "anonymise": QT_TRANSLATE_NOOP("ShippedModel", "Anonymise incidents to postcode areas"),
    "kde_hotspots": QT_TRANSLATE_NOOP("ShippedModel", "Recent hotspots (kernel density)"),
    "emerging_hotspots": QT_TRANSLATE_NOOP("ShippedModel",
                                           "Emerging hot spots over the last 52 weeks"),
    "monitor_given": QT_TRANSLATE_NOOP("ShippedModel", "Neighbourhood monitor given?"),
    "join_indicators": QT_TRANSLATE_NOOP("ShippedModel", "Buurt indicators on the areas"),
    "areas_with_indicators": QT_TRANSLATE_NOOP("ShippedModel",
                                               "Area ids with their indicators"),
    "postcode_risk": QT_TRANSLATE_NOOP("ShippedModel", "Risk per area for the next period"),
    "area_monitor_index": QT_TRANSLATE_NOOP("ShippedModel", "Neighbourhood monitor index"),
    "area_monitor_overlay": QT_TRANSLATE_NOOP("ShippedModel",
                                              "Vulnerability x recent crime per buurt"),
    "patrol_focus_map": QT_TRANSLATE_NOOP("ShippedModel", "Patrol focus map per district"),
}
# Output name -> (label, help).
BRIEFING_OUTPUTS = {
    "COUNTS": (
        QT_TRANSLATE_NOOP("ShippedModel", "Incident counts per postcode (for sharing)"),
        QT_TRANSLATE_NOOP("ShippedModel",
                          "Incident counts per postcode for sharing (counts below 5 left "
                          "empty).")),
    "DENSITY": (
        QT_TRANSLATE_NOOP("ShippedModel", "Recent incident density"),
        QT_TRANSLATE_NOOP("ShippedModel",
                          "Kernel density of recent incidents (incidents per km²).")),
    "HOTSPOTS": (
        QT_TRANSLATE_NOOP("ShippedModel", "Recent hotspot areas"),
        QT_TRANSLATE_NOOP("ShippedModel", "Ranked hotspot areas of the recent density.")),
    "RISK": (
        QT_TRANSLATE_NOOP("ShippedModel", "Risk per postcode"),
        QT_TRANSLATE_NOOP("ShippedModel",
                          "Expected incidents, risk score, class and drivers per postcode.")),
    "RISK_REPORT": (
        QT_TRANSLATE_NOOP("ShippedModel", "Risk report"),
        QT_TRANSLATE_NOOP("ShippedModel",
                          "HTML report: validation against baselines, drivers, model card.")),
    "FOCUS_BUURTEN": (
        QT_TRANSLATE_NOOP("ShippedModel", "Focus buurten (vulnerability x crime)"),
        QT_TRANSLATE_NOOP("ShippedModel",
                          "Buurten with their index, recent crime, bivariate class and focus "
                          "flag.")),
    "LEGEND": (
        QT_TRANSLATE_NOOP("ShippedModel", "Legend of the focus buurten"),
        QT_TRANSLATE_NOOP("ShippedModel", "Legend image of the bivariate classes.")),
    "PDF": (
        QT_TRANSLATE_NOOP("ShippedModel", "Patrol focus map (PDF)"),
        QT_TRANSLATE_NOOP("ShippedModel", "The patrol focus map, a page per district.")),
    "PNG": (
        QT_TRANSLATE_NOOP("ShippedModel", "Patrol focus map pages (PNG)"),
        QT_TRANSLATE_NOOP("ShippedModel",
                          "The pages as PNG images (name_1.png, name_2.png, ...).")),
}

# ------------------------------------------------------------------------- translation

QUOTED_TEXT = re.compile(r"'((?:[^']|'')*)'")


def translated(text):
    return QCoreApplication.translate(CONTEXT, text)


def translated_description(model):
    """The description (``toVariant``) of a model just read from its file, with its texts in
    the user's language: help, input and output labels (with their defaults and choices),
    step names, and the text its steps are given (static texts and the quoted texts of
    expressions).

    The texts are changed in the description, to be read by a new model: changing a model's
    parameters one by one frees objects Python still refers to, which crashes QGIS 3.44 (a
    new object at a freed address gets the old wrapper)."""
    variables = output_variables(model)
    description = model.toVariant()
    description["help"] = {key: translated(value) if isinstance(value, str) else value
                           for key, value in (description.get("help") or {}).items()}
    for definition in (description.get("parameterDefinitions") or {}).values():
        translate_definition(definition)
    for step in (description.get("children") or {}).values():
        translate_step(step)
    translated_model = QgsProcessingModelAlgorithm()
    translated_model.loadVariant(description)
    renamed = renamed_variables(variables, output_variables(translated_model))
    if renamed:
        for step in (description.get("children") or {}).values():
            rename_in_expressions(step, renamed)
    return description


def translate_definition(definition):
    """An input's label, text default and choices, in a model's description."""
    definition["description"] = translated(definition.get("description") or "")
    if isinstance(definition.get("default"), str):
        definition["default"] = translated(definition["default"])
    if isinstance(definition.get("options"), list):
        definition["options"] = [translated(option) for option in definition["options"]]


LABEL = "component_description"  # a step's or an output's name in a model's description


def translate_step(step):
    """A step's name, its outputs' labels and the texts it is given."""
    for component in [step, *(step.get("outputs") or {}).values()]:
        component[LABEL] = translated(component.get(LABEL) or "")
    for sources in (step.get("params") or {}).values():
        for source in sources:
            if is_source(source, ModelSource.StaticValue) and isinstance(
                    source.get("static_value"), str):
                source["static_value"] = translated(source["static_value"])
            elif is_source(source, ModelSource.Expression):
                source["expression"] = QUOTED_TEXT.sub(quoted_translation,
                                                       source.get("expression") or "")


def is_source(source, kind):
    """Whether a parameter source in a model's description is of this kind."""
    return source.get("source") == enum_value(kind)


# A layer output also has variables for its extent (NAME_minx, ...), from the same source.
EXTENT_SUFFIXES = ("_minx", "_miny", "_maxx", "_maxy")


def output_variables(model):
    """(step, output) -> the name of the variable that holds it in expressions. QGIS makes
    the name from the step's description, so translating a step renames its variables."""
    names = {}
    for child_id in model.childAlgorithms():
        for name, variable in model.variablesForChildAlgorithm(
                child_id, QgsProcessingContext()).items():
            source = variable.source
            if source.source() == ModelSource.ChildOutput and not name.endswith(
                    EXTENT_SUFFIXES):
                names[(source.outputChildId(), source.outputName())] = name
    return names


def renamed_variables(before, after):
    return {before[key]: after[key] for key in before
            if key in after and after[key] != before[key]}


def rename_in_expressions(step, renamed):
    """Points a step's expressions (in a model's description) at the variables' new names."""
    names = "|".join(map(re.escape, sorted(renamed, key=len, reverse=True)))
    pattern = re.compile(rf"@({names})\b")
    for sources in (step.get("params") or {}).values():
        for source in sources:
            if is_source(source, ModelSource.Expression):
                source["expression"] = pattern.sub(
                    lambda match: "@" + renamed[match.group(1)], source.get("expression") or "")


def quoted_translation(match):
    text = match.group(1).replace("''", "'")
    return "'" + translated(text).replace("'", "''") + "'"
