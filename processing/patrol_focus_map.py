"""wijkradar:patrol_focus_map: the printed briefing map of ranked focus areas."""

import math
import os

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from wijkradar.core.choices import PAPER_SIZES
from wijkradar.core.i18n import number, short_number

from . import layout_session
from .algorithm import WijkradarAlgorithm
from .bridge import attribute_value, metric_crs_for, new_field
from .choice_parameters import chosen_value, enum_parameter
from .compat import (
    GeometryType,
    ProcessingAlgorithmFlag,
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
)
from .dependencies import require
from .field_guess import score_field_problem
from .layer_input import has_location, report_skipped, with_crs
from .layout_builder import (
    DISTRICT_FIELD,
    RANK_FIELD,
    SCORE_TEXT_FIELD,
    PatrolLayers,
    connect_items,
    export,
    fit_scale_bar_per_page,
    load_template,
    marker_layers,
    outline_copy,
    place_numbered_markers,
    set_texts,
)
from .provenance import OutputProvenance
from .risk_inputs import field_label, layer_label
from .shared_parameters import PurposeParameter
from .styles import CONTEXT_GREY, boundary_renderer, patrol_area_renderer

PAPER_SCALES = {"A4": 1.0, "A3": 2 ** 0.5}  # A3 is A4 scaled by sqrt(2)
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
PATTERN_FIELD = "wr_pattern"  # the hot spot pattern as the list prints it ('new')
# Printed on every page; a team types its own marking over it.
DEFAULT_CLASSIFICATION = QT_TRANSLATE_NOOP("PatrolFocusMapAlgorithm",
                                           "Confidential - internal use only")


def default_classification():
    """The default marking in the user's language (the dock shows the same)."""
    return QCoreApplication.translate("PatrolFocusMapAlgorithm", DEFAULT_CLASSIFICATION)


class PatrolFocusMapAlgorithm(PurposeParameter, WijkradarAlgorithm):
    INPUT = "INPUT"
    SCORE_FIELD = "SCORE_FIELD"
    ID_FIELD = "ID_FIELD"
    DRIVERS_FIELD = "DRIVERS_FIELD"
    EMERGING_FIELD = "EMERGING_FIELD"
    EMERGING = "EMERGING"
    EMERGING_ID_FIELD = "EMERGING_ID_FIELD"
    TOP_N = "TOP_N"
    DISTRICTS = "DISTRICTS"
    DISTRICT_NAME_FIELD = "DISTRICT_NAME_FIELD"
    CONTEXT = "CONTEXT"
    TITLE = "TITLE"
    PERIOD = "PERIOD"
    CLASSIFICATION = "CLASSIFICATION"
    METHOD_NOTE = "METHOD_NOTE"
    PAPER = "PAPER"
    LAYOUT_NAME = "LAYOUT_NAME"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUTPUT_PNG = "OUTPUT_PNG"
    COMPANION_SUFFIXES = ("_areas.gpkg",)  # the ranked areas, saved beside the PDF

    def name(self):
        return "patrol_focus_map"

    def displayName(self):
        return self.tr("Patrol focus map")

    def group(self):
        return self.tr("Briefing")

    def groupId(self):
        return "briefing"

    def flags(self):
        # Layouts and their rendering belong to the main thread.
        return super().flags() | ProcessingAlgorithmFlag.NoThreading

    def shortDescription(self):
        return self.tr("A print layout (PDF/PNG, a page per district) of ranked focus areas.")

    def shortHelpString(self):
        return self.tr(
            "<p>Makes the patrol focus map for a briefing. The top N areas stand out in a "
            "strong red, each with a numbered marker; markers that would overlap are moved "
            "aside with a line to their area. The other areas are shaded lightly by their "
            "score, areas outside the page's district are grey and its boundary is bold. "
            "The legend names the score's unit in words ('Expected incidents in the forecast "
            "week', 'Risk score (% of the highest area)'); the scale bar reads in whole metres "
            "or kilometres. Beside the map, the numbered list of the top N with their scores "
            "and why they are there (the drivers field, e.g. '12 incidents in the last 13 "
            "weeks; 4x the average area over the last 52 weeks'); at the top the title, the "
            "period, the date it was made and a classification label; at the bottom the "
            "method, the source and the privacy rules in full sentences. Numbers are written "
            "as the interface's language writes them.</p>"
            "<p><b>Hot spot pattern</b> (optional): under each area's code the list says "
            "whether it is a new, intensifying, persistent ... hot spot (a cold spot "
            "pattern reads 'cold spot'; no pattern, nothing). The pattern comes from a field "
            "of the focus areas, or from the output of Emerging hot spots joined by area id "
            "(its field named as the area field, unless another is chosen). Codes (-8 to 8, "
            "the 'category' field) and pattern names (also ArcGIS's) are understood; the "
            "footer says what the patterns are and the period they cover.</p>"
            "<p>With a districts layer, the map has one page per district (atlas): each page "
            "ranks the areas of that district. The PDF holds every page; the PNG option writes "
            "one image per page (name_1.png, name_2.png, ...).</p>"
            "<p>The layout comes from the template in resources/layouts. In QGIS desktop it is "
            "kept for the layout designer during the session (the Wijkradar dock opens it); "
            "neither it nor the layers it draws are added to the project. The ranked areas "
            "are saved beside the PDF (name_areas.gpkg).</p>"
            "<p><b>Privacy</b>: only areas are drawn. Point layers (incidents) are refused as "
            "focus areas and as context.</p>")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.INPUT, self.tr("Focus areas (scored polygons)"),
            [ProcessingSourceType.VectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.SCORE_FIELD, self.tr("Score field (higher = more attention)"),
            parentLayerParameterName=self.INPUT, type=ProcessingFieldParameterDataType.Numeric))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, self.tr("Area name or code field"),
            parentLayerParameterName=self.INPUT))
        self.addParameter(QgsProcessingParameterField(
            self.DRIVERS_FIELD, self.tr("Drivers field (text)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.EMERGING_FIELD, self.tr("Hot spot pattern field (optional)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.EMERGING, self.tr("Or: emerging hot spots, joined by area id (optional)"),
            [ProcessingSourceType.Vector], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.EMERGING_ID_FIELD, self.tr("Area id field of the emerging hot spots "
                                            "(default: named as the area field)"),
            parentLayerParameterName=self.EMERGING, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOP_N, self.tr("Number of areas in the table (top N)"),
            ProcessingNumberParameterType.Integer, 10, minValue=1, maxValue=50))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.DISTRICTS, self.tr("Districts (one page each)"),
            [ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DISTRICT_NAME_FIELD, self.tr("District name field"),
            parentLayerParameterName=self.DISTRICTS, optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.CONTEXT, self.tr("Context layers (areas and lines only)"),
            ProcessingSourceType.VectorAnyGeometry, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Title"), self.tr("Patrol focus areas")))
        self.addParameter(QgsProcessingParameterString(
            self.PERIOD, self.tr("Period"), "", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.CLASSIFICATION, self.tr("Classification label"), default_classification()))
        self.addParameter(QgsProcessingParameterString(
            self.METHOD_NOTE, self.tr("Method note (default: from the layer's metadata)"),
            "", optional=True, multiLine=True))
        self.addParameter(enum_parameter(self.PAPER, self.tr("Paper size (landscape)"),
                                         PAPER_SIZES))
        self.addParameter(QgsProcessingParameterString(
            self.LAYOUT_NAME, self.tr("Layout name (in the layout designer)"),
            self.tr("Wijkradar patrol focus map")))
        self.add_purpose_parameter()
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("Patrol focus map (PDF)"), self.tr("PDF files (*.pdf)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PNG, self.tr("Pages as images (PNG)"), self.tr("PNG files (*.png)"),
            optional=True, createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):
        require("pandas", "shapely")
        focus = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        districts = self.parameterAsVectorLayer(parameters, self.DISTRICTS, context)
        context_layers = self.parameterAsLayerList(parameters, self.CONTEXT, context)
        self.refuse_points([focus] + context_layers)
        # a map needs to know where every layer is: a layer without a CRS is read as RD New
        # when it clearly is, else refused
        focus = with_crs(focus, self.tr("The focus areas"), feedback)
        if districts is not None:
            districts = with_crs(districts, self.tr("The districts"), feedback)
        context_layers = [with_crs(layer, self.tr("A context layer"), feedback)
                          for layer in context_layers]
        problem = score_field_problem(focus, self.parameterAsString(parameters,
                                                                    self.SCORE_FIELD, context))
        if problem:
            raise QgsProcessingException(problem)
        settings = self.read_settings(parameters, context, districts)
        emerging = self.parameterAsVectorLayer(parameters, self.EMERGING, context)
        if emerging is not None and settings["emerging_field"]:
            raise QgsProcessingException(self.tr(
                "Give the hot spot pattern as a field of the focus areas or as a layer of "
                "emerging hot spots, not both."))
        pdf_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        png_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PNG, context) or None
        project = context.project() or QgsProject.instance()

        feedback.pushInfo(self.tr("Ranking the focus areas..."))
        self.stop_if_canceled(feedback)
        ranked = self.ranked_areas(focus, districts, emerging, settings, pdf_path, feedback)
        if ranked.featureCount() == 0:
            feedback.pushWarning(self.tr("No focus areas: the map says so."))
        feedback.setProgress(30)

        provenance = OutputProvenance(self, parameters, context, settings["purpose"])
        for layer in [focus] + ([emerging] if emerging is not None else []):
            provenance.add_input(layer.name(), layer.source(), layer.featureCount(),
                                 input_hash(layer))
        layers = self.map_layers(ranked, districts, context_layers, focus, settings)
        layout = self.build_layout(project, layers, focus, emerging, settings, provenance)
        self.stop_if_canceled(feedback)
        feedback.pushInfo(self.tr("Exporting..."))
        try:
            pages, png_files = export(layout, pdf_path, png_path, feedback)
        except (RuntimeError, OSError) as error:
            self.stop_if_canceled(feedback)
            raise QgsProcessingException(self.tr(
                "Could not write the map: {}. Choose a folder you can write to.").format(
                error)) from error
        feedback.setProgress(90)
        provenance.finish({"pdf": pdf_path, "png": png_files}, pdf_path,
                          title=settings["title"])
        if interface_running():  # headless (qgis_process) there is no designer to open it in
            layout_session.keep(layout, layers.drawn())
        feedback.pushInfo(self.tr("{} page(s) written to {}").format(pages, pdf_path))
        return {self.OUTPUT_PDF: pdf_path, self.OUTPUT_PNG: ";".join(png_files),
                "PAGES": pages, "LAYOUT": layout.name(), "AREAS": ranked.source()}

    def read_settings(self, parameters, context, districts):
        district_field = self.parameterAsString(parameters, self.DISTRICT_NAME_FIELD, context)
        if districts is not None and not district_field:
            raise QgsProcessingException(self.tr(
                "Choose the district name field: it names the pages of the map."))
        return {
            "score": self.parameterAsString(parameters, self.SCORE_FIELD, context),
            "id": self.parameterAsString(parameters, self.ID_FIELD, context),
            "drivers": self.parameterAsString(parameters, self.DRIVERS_FIELD, context),
            "emerging_field": self.parameterAsString(parameters, self.EMERGING_FIELD, context),
            "emerging_id_field": self.parameterAsString(parameters, self.EMERGING_ID_FIELD,
                                                        context),
            "patterns": False,  # whether the list shows hot spot patterns (ranked_areas)
            "top_n": self.parameterAsInt(parameters, self.TOP_N, context),
            "district_field": district_field,
            "title": self.parameterAsString(parameters, self.TITLE, context),
            "period": self.parameterAsString(parameters, self.PERIOD, context),
            "classification": self.parameterAsString(parameters, self.CLASSIFICATION, context),
            "method": self.parameterAsString(parameters, self.METHOD_NOTE, context),
            "paper": chosen_value(self, parameters, self.PAPER, context, PAPER_SIZES),
            "layout_name": self.parameterAsString(parameters, self.LAYOUT_NAME, context),
            "purpose": self.purpose_value(parameters, context),
        }

    def refuse_points(self, layers):
        for layer in layers:
            is_points = layer.geometryType() == GeometryType.Point
            if layer is not None and is_points:
                raise QgsProcessingException(self.tr(
                    "'{}' is a point layer. Patrol focus maps show areas only, never incident "
                    "points: use hotspot areas, scored postcodes or neighbourhoods.").format(
                    layer.name()))

    def ranked_areas(self, focus, districts, emerging, settings, pdf_path, feedback):
        """A GeoPackage beside the PDF with the areas and their rank within their district
        (and their hot spot pattern, when one is given)."""
        import numpy as np
        import shapely

        from wijkradar.core.focus import assign_to_districts, rank_within

        features = list(focus.getFeatures())
        located = [f for f in features if has_location(f)]
        report_skipped(feedback, len(features) - len(located), self.tr("focus areas"))
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
        scores = self.finite_scores(features, settings["score"], feedback)
        ranks = rank_within(scores, names)
        return write_ranked(focus, features, names, ranks, scores, pdf_path,
                            self.pattern_labels(features, emerging, settings, focus, feedback))

    def finite_scores(self, features, field, feedback):
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
            feedback.pushWarning(self.tr(
                "{} focus areas have an infinite score in '{}' and are not ranked; check how "
                "that field was computed.").format(len(infinite), field))
        if coded:
            feedback.pushWarning(self.tr(
                "{} focus areas have a CBS code for a secret or unknown figure (-99999999, "
                "-99999997, ...) in '{}' instead of a score and are not ranked.").format(
                len(coded), field))
        for i in infinite + coded:
            scores[i] = None
        return scores

    def pattern_labels(self, features, emerging, settings, focus, feedback):
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
            feedback.pushWarning(self.tr(
                "{} gives no focus area a hot spot pattern: the list shows none.").format(
                source))
            return None
        settings["patterns"] = True
        return [label(code) for code in codes]

    def map_layers(self, ranked, districts, context_layers, focus, settings):
        """The layers the map draws, all of them copies styled for the page (the user's
        layers keep their style and the project its layers)."""
        map_crs = metric_crs_for(focus.crs(), focus.extent())
        markers, leaders = marker_layers(map_crs, PAPER_SCALES[settings["paper"]])
        district_copy = None
        if districts is not None:
            district_copy = districts.materialize(QgsFeatureRequest())
            district_copy.setName(self.tr("Districts"))
            page = QgsExpression.quotedColumnRef(settings["district_field"])
            district_copy.setRenderer(boundary_renderer(
                f"{page} = @atlas_pagename", self.tr("This district"),
                self.tr("Other districts")))
        ranked.setName(self.tr("Focus areas"))
        ranked.setRenderer(self.area_renderer(ranked, settings, districts is not None))
        context = [outline_copy(layer, layer_label(layer), CONTEXT_GREY, 0.2)
                   for layer in context_layers]
        return PatrolLayers(ranked, district_copy, context, markers, leaders)

    def area_renderer(self, ranked, settings, per_district):
        """Top N of the page strong and numbered, the other areas of the page in light
        classes of the score, areas outside the page's district grey."""
        from wijkradar.core.cbs import sentinel_mask
        from wijkradar.core.focus import class_labels, legend_breaks

        score = QgsExpression.quotedColumnRef(settings["score"])
        index = ranked.fields().indexOf(settings["score"])
        values = [attribute_value(f.attribute(index)) for f in ranked.getFeatures()]
        # a CBS code is no score (finite_scores): it must not stretch the classes either
        breaks = legend_breaks([None if coded else value
                                for value, coded in zip(values, sentinel_mask(values))])
        inside = (f"\"{DISTRICT_FIELD}\" = coalesce(@atlas_pagename, \"{DISTRICT_FIELD}\")"
                  if per_district else "TRUE")
        top = (f"{inside} AND \"{RANK_FIELD}\" > 0 AND \"{RANK_FIELD}\" <= "
               f"{int(settings['top_n'])}")
        limits = [None] + breaks + [None]
        classes = []
        for label, low, high in zip(class_labels(breaks), limits, limits[1:]):
            condition = [f"{inside} AND NOT ({top})"]
            if low is not None:
                condition.append(f"coalesce({score}, 0) >= {low!r}")
            if high is not None:
                condition.append(f"coalesce({score}, 0) < {high!r}")
            classes.append((label, " AND ".join(condition)))
        top_words = (self.tr("Top {} of this district, numbered") if per_district else
                     self.tr("Top {}, numbered")).format(settings["top_n"])
        outside = (self.tr("Outside this district"), f"NOT ({inside})") if per_district else None
        return patrol_area_renderer(classes, (top_words, top), outside)

    def build_layout(self, project, layers, focus, emerging, settings, provenance):
        layout = load_template(project, settings["paper"])
        layout.setName(settings["layout_name"])
        set_texts(layout, title=settings["title"], period=settings["period"],
                  classification=settings["classification"],
                  footer=self.footer(settings["method"] or method_note(focus),
                                     provenance.record({}), suppression_threshold(focus),
                                     pattern_note(emerging) if settings["patterns"]
                                     else ""))
        title, heading = score_words(focus, settings["score"])
        paper_scale = PAPER_SCALES[settings["paper"]]
        area_width = 21 * paper_scale if settings["drivers"] else 0
        columns = [(RANK_FIELD, "#", 5 * paper_scale),
                   (settings["id"], self.tr("Area"), area_width),
                   (SCORE_TEXT_FIELD, heading, 13 * paper_scale)]
        if settings["patterns"]:
            columns[1] = self.area_and_pattern_column(layout, layers.areas, settings,
                                                      area_width)
        if settings["drivers"]:
            columns.append((why_expression(settings["drivers"]), self.tr("Why this area"), 0))
        connect_items(layout, layers, columns, settings["top_n"], settings["district_field"],
                      title, layers.markers.crs())
        fit_scale_bar_per_page(layout, paper_scale)
        place_numbered_markers(layout, layers, settings["top_n"], paper_scale)
        return layout

    def area_and_pattern_column(self, layout, areas, settings, widest):
        """The list's area column with each area's hot spot pattern under its code ('5209CA',
        'sporadic'), as narrow as its longest line where the reasons take the rest. A column
        of its own took the reasons' width: rows of three lines, and a Dutch page lost its
        tenth row."""
        code = f"to_string({QgsExpression.quotedColumnRef(settings['id'])})"
        pattern = f"coalesce({QgsExpression.quotedColumnRef(PATTERN_FIELD)}, '')"
        expression = f"concat({code}, if({pattern} = '', '', '\\n' || {pattern}))"
        heading = self.tr("Area")  # one line: QGIS 3.22 gives a heading no room for two
        width = FittedColumns(layout, areas, settings["top_n"]).width(
            [settings["id"], PATTERN_FIELD], heading, widest) if widest else 0
        return expression, heading, width

    def footer(self, method, record, k, patterns=""):
        """Method, source and privacy in full sentences, in the user's language."""
        inputs = ", ".join(self.tr("{name} ({count} features, {hash})").format(
            name=input_name(item), count=number(item["feature_count"]),
            hash=item["content_hash"][:15]) for item in record["inputs"])
        versions = record["versions"]
        sentences = [
            self.tr("Method: {}").format(method) if method else "",
            patterns,
            self.tr("Source: {inputs}; made with Wijkradar {version} in QGIS {qgis} on {time} "
                    "UTC").format(inputs=inputs, version=versions.get("wijkradar", "?"),
                                  qgis=versions.get("qgis", "?").split("-")[0],
                                  time=record["finished"][:16].replace("T", " ")),
            self.tr("Only areas are shown, never incident points; counts below {} are "
                    "suppressed").format(k),
        ]
        return " ".join(full_stop(sentence) for sentence in sentences if sentence)


class FittedColumns:
    """Widths of the list's columns that fit what they print on every page (the top N areas'
    values and the heading), so the reasons beside them keep their room."""

    PADDING_MM = 0.6

    def __init__(self, layout, areas, top_n):
        from .layout_builder import focus_table

        table = focus_table(layout)
        self.content_font = table.contentTextFormat().toQFont()
        self.heading_font = table.headerTextFormat().toQFont()
        request = QgsFeatureRequest().setFilterExpression(
            f'"{RANK_FIELD}" > 0 AND "{RANK_FIELD}" <= {int(top_n)}')
        self.listed = list(areas.getFeatures(request))

    def width(self, fields, heading, widest):
        """mm for the values of ``fields`` (a line each) and the ``heading``, at most
        ``widest``."""
        from qgis.core import QgsLayoutUtils

        texts = {str(attribute_value(f[field]) or "") for f in self.listed for field in fields}
        needed = max([QgsLayoutUtils.textWidthMM(self.content_font, text) for text in texts] +
                     [QgsLayoutUtils.textWidthMM(self.heading_font, heading)])
        return min(needed + self.PADDING_MM, widest)


def interface_running():
    import qgis.utils

    return qgis.utils.iface is not None


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


def score_text(score):
    """The score as the list prints it, in the user's way of writing numbers."""
    return short_number(score, 2) if isinstance(score, (int, float)) else None


def input_name(item):
    """An input as the record names it, or its table when that name is just the file's
    (a GeoPackage layer opened by path is named after the file)."""
    path, _, rest = item.get("source", "").partition("|layername=")
    if rest and item["name"] == os.path.splitext(os.path.basename(path))[0]:
        return rest.split("|")[0]
    return item["name"]


def full_stop(sentence):
    return sentence if sentence.endswith((".", "!", "?")) else sentence + "."


def input_hash(layer):
    from wijkradar.core.provenance import ContentHasher

    hasher = ContentHasher()
    for feature in layer.getFeatures():
        hasher.update_text(feature.geometry().asWkt(2) + repr(feature.attributes()))
    return hasher.hexdigest()
