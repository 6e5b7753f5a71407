"""The words of the patrol focus map (wijkradar:patrol_focus_map): the footer's method,
source and privacy sentences, the legend's title with the score's unit, the list's 'why'
cell. Read from the layers and the provenance records beside them."""

import os

from qgis.core import QgsApplication, QgsExpression, QgsFeatureRequest
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from wijkradar.core.i18n import number

from .io.labels import field_label
from .io.values import attribute_value

# The legend's title for an expected count, by the forecast's period (the layer's
# forecast_period tells which); None: a period that cannot be told.
EXPECTED_WORDS = {
    "week": QT_TRANSLATE_NOOP("PatrolFocusMapAlgorithm", "Expected incidents in the forecast week"),
    "month": QT_TRANSLATE_NOOP("PatrolFocusMapAlgorithm",
                               "Expected incidents in the forecast month"),
    "quarter": QT_TRANSLATE_NOOP("PatrolFocusMapAlgorithm",
                                 "Expected incidents in the forecast quarter"),
    "year": QT_TRANSLATE_NOOP("PatrolFocusMapAlgorithm", "Expected incidents in the forecast year"),
    None: QT_TRANSLATE_NOOP("PatrolFocusMapAlgorithm",
                            "Expected incidents in the forecast period")}
EXPECTED_PER_KM2_WORDS = {
    "week": QT_TRANSLATE_NOOP("PatrolFocusMapAlgorithm",
                              "Expected incidents per km² in the forecast week"),
    "month": QT_TRANSLATE_NOOP("PatrolFocusMapAlgorithm",
                               "Expected incidents per km² in the forecast month"),
    "quarter": QT_TRANSLATE_NOOP("PatrolFocusMapAlgorithm",
                                 "Expected incidents per km² in the forecast quarter"),
    "year": QT_TRANSLATE_NOOP("PatrolFocusMapAlgorithm",
                              "Expected incidents per km² in the forecast year"),
    None: QT_TRANSLATE_NOOP("PatrolFocusMapAlgorithm",
                            "Expected incidents per km² in the forecast period")}


def _tr(text):
    return QCoreApplication.translate("PatrolFocusMapAlgorithm", text)


def footer(method, record, k, patterns=""):
    """Method, source and privacy in full sentences, in the user's language."""
    inputs = ", ".join(_tr("{name} ({count} features, {hash})").format(
        name=input_name(item), count=number(item["feature_count"]),
        hash=item["content_hash"][:15]) for item in record["inputs"])
    versions = record["versions"]
    sentences = [
        _tr("Method: {}").format(method) if method else "",
        patterns,
        _tr("Source: {inputs}; made with Wijkradar {version} in QGIS {qgis} on {time} "
            "UTC").format(inputs=inputs, version=versions.get("wijkradar", "?"),
                              qgis=versions.get("qgis", "?").split("-")[0],
                              time=record["finished"][:16].replace("T", " ")),
        _tr("Only areas are shown, never incident points; counts below {} are "
            "suppressed").format(k),
    ]
    return " ".join(full_stop(sentence) for sentence in sentences if sentence)


def method_note(layer):
    """What made the focus areas, from the record an earlier Wijkradar step wrote beside them:
    the algorithm's name and, for a risk forecast, its period and model. Built from the
    record's data, not its notes, so it reads in the map's language."""
    record = sidecar(layer)
    algorithm_id = record.get("algorithm")
    if not algorithm_id:
        return ""
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    method = algorithm.displayName() if algorithm is not None else algorithm_id
    forecast = first_values(layer, ("forecast_period", "model"))
    if forecast.get("forecast_period") and forecast.get("model"):
        from wijkradar.core.risk import method_label

        method = QCoreApplication.translate(
            "PatrolFocusMapAlgorithm", "{method}: a forecast for {period} with {model}").format(
            method=method, period=forecast["forecast_period"],
            model=method_label(forecast["model"]))
    return method


def pattern_note(emerging):
    """The footer's sentence on the hot spot patterns, with the period the analysis covered
    when its provenance record gives it (the first note of wijkradar:emerging_hotspots)."""
    translate = QCoreApplication.translate
    record = sidecar(emerging) if emerging is not None else {}
    notes = record.get("notes") or []
    if record.get("algorithm") == "wijkradar:emerging_hotspots" and notes:
        return translate("PatrolFocusMapAlgorithm",
                         "Under an area's code: its hot spot pattern, found by emerging hot "
                         "spot analysis (Esri's definitions) over {}").format(
            notes[0][:1].lower() + notes[0][1:])
    return translate("PatrolFocusMapAlgorithm",
                     "Under an area's code: its hot spot pattern, found by emerging hot spot "
                     "analysis (Esri's definitions)")


def suppression_threshold(layer):
    """The k below which the focus areas' counts were suppressed (5 unless recorded)."""
    return int(sidecar(layer).get("parameters", {}).get("MIN_COUNT") or 5)


def sidecar(layer):
    """The provenance record beside the layer's file, or {}."""
    import json

    from wijkradar.core.provenance import SIDECAR_SUFFIX

    path = layer.source().split("|")[0] + SIDECAR_SUFFIX
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def first_values(layer, names):
    """The first feature's values of the fields ``names`` the layer has."""
    present = [name for name in names if layer.fields().indexOf(name) >= 0]
    feature = next(layer.getFeatures(QgsFeatureRequest().setLimit(1)), None)
    if feature is None:
        return {}
    return {name: attribute_value(feature[name]) for name in present}


def score_words(layer, field):
    """How the score reads on the map: the legend's title, with its unit, and the list's
    column heading."""
    translate = QCoreApplication.translate
    if field == "risk_score":
        return (translate("PatrolFocusMapAlgorithm", "Risk score (% of the highest area)"),
                translate("PatrolFocusMapAlgorithm", "Score"))
    if field in ("expected", "expected_per_km2"):
        from wijkradar.core.risk import label_period

        period = label_period(str(first_values(layer, ["forecast_period"]).get(
            "forecast_period") or ""))
        words = EXPECTED_WORDS if field == "expected" else EXPECTED_PER_KM2_WORDS
        return (translate("PatrolFocusMapAlgorithm", words.get(period, words[None])),
                translate("PatrolFocusMapAlgorithm", "Expected"))
    if field == "rate_eb":
        return (translate("PatrolFocusMapAlgorithm", "Incidents per 1,000 inhabitants "
                          "(smoothed)"), translate("PatrolFocusMapAlgorithm", "Rate"))
    label = field_label(layer.fields(), field)
    label = label[:1].upper() + label[1:]
    return label, label


def why_expression(drivers_field):
    """The list's 'why' cell: the drivers field, or a sentence where it is empty. A risk
    forecast names no driver for an area that no single factor raises by 10% or more
    (core.drivers); ranked within a quiet district, such an area still makes the top N."""
    text = f"trim(to_string({QgsExpression.quotedColumnRef(drivers_field)}))"
    nothing = QCoreApplication.translate("PatrolFocusMapAlgorithm",
                                         "no single factor stands out")
    return (f"if(length(coalesce({text}, '')) > 0, {text}, "
            f"{QgsExpression.quotedValue(nothing)})")


def input_name(item):
    """An input as the record names it, or its table when that name is just the file's
    (a GeoPackage layer opened by path is named after the file)."""
    path, _, rest = item.get("source", "").partition("|layername=")
    if rest and item["name"] == os.path.splitext(os.path.basename(path))[0]:
        return rest.split("|")[0]
    return item["name"]


def full_stop(sentence):
    return sentence if sentence.endswith((".", "!", "?")) else sentence + "."


def record_inputs(provenance, layers):
    """Records each layer the map is made from, with the hash the footer prints."""
    for layer in layers:
        provenance.add_input(layer.name(), layer.source(), layer.featureCount(),
                             input_hash(layer))


def input_hash(layer):
    from wijkradar.core.provenance import ContentHasher

    hasher = ContentHasher()
    for feature in layer.getFeatures():
        hasher.update_text(feature.geometry().asWkt(2) + repr(feature.attributes()))
    return hasher.hexdigest()
