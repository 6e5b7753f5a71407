"""The ranking behind wijkradar:patrol_focus_map: each focus area's district, its rank
within that district and its hot spot pattern, saved beside the PDF (name_areas.gpkg)."""

import math
import os

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFields,
    QgsProcessingException,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from wijkradar.core.i18n import short_number

from .io.values import attribute_value, new_field
from .layer_input import has_location, report_skipped
from .layout_builder import DISTRICT_FIELD, RANK_FIELD, SCORE_TEXT_FIELD

PATTERN_FIELD = "wr_pattern"  # the hot spot pattern as the list prints it ('new')


def _tr(text):
    return QCoreApplication.translate("PatrolFocusMapAlgorithm", text)


def ranked_areas(focus, districts, emerging, settings, pdf_path, feedback):
    """A GeoPackage beside the PDF with the areas and their rank within their district
    (and their hot spot pattern, when one is given)."""
    import numpy as np
    import shapely

    from wijkradar.core.focus import assign_to_districts, rank_within

    features = list(focus.getFeatures())
    located = [f for f in features if has_location(f)]
    report_skipped(feedback, len(features) - len(located), _tr("focus areas"))
    features = located
    names = [""] * len(features)
    if districts is not None:
        district_features = [f for f in districts.getFeatures() if has_location(f)]
        polygons = np.array([shapely.from_wkb(bytes(f.geometry().asWkb()))
                             for f in district_features])
        to_districts = QgsCoordinateTransform(focus.crs(), districts.crs(),
                                              QgsProject.instance())
        points = [to_districts.transform(f.geometry().pointOnSurface().asPoint())
                  for f in features]
        index = assign_to_districts([p.x() for p in points], [p.y() for p in points],
                                    polygons) if features else np.array([], dtype=int)
        names = [str(district_features[i][settings["district_field"]]) if i >= 0 else ""
                 for i in index]
    scores = finite_scores(features, settings["score"], feedback)
    ranks = rank_within(scores, names)
    return write_ranked(focus, features, names, ranks, scores, pdf_path,
                        pattern_labels(features, emerging, settings, focus, feedback))

def finite_scores(features, field, feedback):
    """Each area's score; an infinite one (a division by zero upstream) is no score: it
    would top every list and cannot be printed, so it is left without a rank. Nor is a
    CBS code for a secret or unknown figure (-99999999, ...: a CBS layer used as it is),
    which would end every list."""
    from wijkradar.core.cbs import sentinel_mask

    scores = [attribute_value(f[field]) for f in features]
    infinite = [i for i, score in enumerate(scores)
                if isinstance(score, float) and math.isinf(score)]
    coded = [int(i) for i in sentinel_mask(scores).nonzero()[0]]
    if infinite:
        feedback.pushWarning(_tr(
            "{} focus areas have an infinite score in '{}' and are not ranked; check how "
            "that field was computed.").format(len(infinite), field))
    if coded:
        feedback.pushWarning(_tr(
            "{} focus areas have a CBS code for a secret or unknown figure (-99999999, "
            "-99999997, ...) in '{}' instead of a score and are not ranked.").format(
            len(coded), field))
    for i in infinite + coded:
        scores[i] = None
    return scores

def pattern_labels(features, emerging, settings, focus, feedback):
    """The hot spot pattern printed for each area, or None without a pattern source or
    when it knows no area's pattern (an analysis of too few time steps)."""
    from .focus_patterns import codes_from_field, codes_from_layer, label

    if settings["emerging_field"]:
        source = focus.name()
        codes = codes_from_field(features, settings["emerging_field"], source)
    elif emerging is not None:
        source = emerging.name()
        codes = codes_from_layer(features, settings["id"], emerging,
                                 settings["emerging_id_field"])
    else:
        return None
    if features and all(code is None for code in codes):
        feedback.pushWarning(_tr(
            "{} gives no focus area a hot spot pattern: the list shows none.").format(
            source))
        return None
    settings["patterns"] = True
    return [label(code) for code in codes]


def write_ranked(focus, features, district_names, ranks, scores, pdf_path, patterns=None):
    """The areas with their district, rank, printed score and (given) hot spot pattern."""
    fields = QgsFields(focus.fields())
    fields.append(new_field(DISTRICT_FIELD, "string"))
    fields.append(new_field(RANK_FIELD, "int"))
    fields.append(new_field(SCORE_TEXT_FIELD, "string"))
    if patterns is not None:
        fields.append(new_field(PATTERN_FIELD, "string"))
    path = os.path.splitext(pdf_path)[0] + "_areas.gpkg"
    memory = QgsVectorLayer(f"{QgsWkbTypes.displayString(focus.wkbType())}?crs="
                            f"{focus.crs().authid()}", "areas", "memory")
    memory.dataProvider().addAttributes(fields.toList())
    memory.updateFields()
    out = []
    extra = [[] for _ in features] if patterns is None else [[label] for label in patterns]
    for feature, district, rank, score, more in zip(features, district_names, ranks, scores,
                                                    extra):
        copy = QgsFeature(memory.fields())
        copy.setGeometry(feature.geometry())
        copy.setAttributes(list(feature.attributes()) + [district, int(rank) or None,
                                                         score_text(score)] + more)
        out.append(copy)
    memory.dataProvider().addFeatures(out)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "focus_areas"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        memory, path, QgsProject.instance().transformContext(), options)
    if error[0] != QgsVectorFileWriter.NoError:
        raise QgsProcessingException(QCoreApplication.translate(
            "PatrolFocusMapAlgorithm", "Could not write {}: {}").format(path, error[1]))
    ranked = QgsVectorLayer(f"{path}|layername=focus_areas", QCoreApplication.translate(
        "PatrolFocusMapAlgorithm", "Focus areas"), "ogr")
    ranked.setMetadata(focus.metadata())
    return ranked


def score_text(score):
    """The score as the list prints it, in the user's way of writing numbers."""
    return short_number(score, 2) if isinstance(score, (int, float)) else None
