"""wijkradar:patrol_focus_map: the printed briefing map of ranked focus areas."""

import os

from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterEnum,
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

from wijkradar.core.provenance import summary_line

from .algorithm import WijkradarAlgorithm
from .bridge import attribute_value, new_field
from .compat import (
    GeometryType,
    ProcessingAlgorithmFlag,
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
)
from .dependencies import require
from .field_guess import score_field_problem
from .layout_builder import (
    DISTRICT_FIELD,
    RANK_FIELD,
    connect_items,
    export,
    load_template,
    outline_copy,
    set_texts,
    style_focus_areas,
)
from .provenance import OutputProvenance

PAPERS = ("A4", "A3")
# Printed on every page; a team types its own marking over it.
DEFAULT_CLASSIFICATION = QT_TRANSLATE_NOOP("PatrolFocusMapAlgorithm",
                                           "Confidential - internal use only")


def default_classification():
    """The default marking in the user's language (the dock shows the same)."""
    return QCoreApplication.translate("PatrolFocusMapAlgorithm", DEFAULT_CLASSIFICATION)


class PatrolFocusMapAlgorithm(WijkradarAlgorithm):
    INPUT = "INPUT"
    SCORE_FIELD = "SCORE_FIELD"
    ID_FIELD = "ID_FIELD"
    DRIVERS_FIELD = "DRIVERS_FIELD"
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
            "<p>Makes the patrol focus map for a briefing: a map of the focus areas coloured "
            "by their score, with context layers, legend, scale bar and north arrow, the "
            "title, the period, the date it was made and a classification label; beside it a "
            "table of the top N areas with their scores and drivers; at the bottom the method "
            "and the provenance of the data.</p>"
            "<p>With a districts layer, the map has one page per district (atlas): each page "
            "ranks the areas of that district. The PDF holds every page; the PNG option writes "
            "one image per page (name_1.png, name_2.png, ...).</p>"
            "<p>The layout comes from the template in resources/layouts and is added to the "
            "project's layouts, so it can be edited in the layout designer. The ranked areas "
            "are saved beside the PDF (name_areas.gpkg) so the layout keeps its data.</p>"
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
        self.addParameter(QgsProcessingParameterEnum(
            self.PAPER, self.tr("Paper size (landscape)"), list(PAPERS), defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.LAYOUT_NAME, self.tr("Layout name in the project"),
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
        problem = score_field_problem(focus, self.parameterAsString(parameters,
                                                                    self.SCORE_FIELD, context))
        if problem:
            raise QgsProcessingException(problem)
        settings = self.read_settings(parameters, context, districts)
        pdf_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        png_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PNG, context) or None
        self.check_writable(pdf_path, png_path)
        project = context.project() or QgsProject.instance()

        feedback.pushInfo(self.tr("Ranking the focus areas..."))
        ranked = self.ranked_areas(focus, districts, settings, pdf_path, feedback)
        self.input_method = method_note(focus)
        if ranked.featureCount() == 0:
            feedback.pushWarning(self.tr("No focus areas: the map says so."))
        style_focus_areas(ranked, settings["score"], settings["top_n"])
        feedback.setProgress(30)

        provenance = OutputProvenance(self, parameters, context, settings["purpose"])
        provenance.add_input(focus.name(), focus.source(), focus.featureCount(),
                             input_hash(focus))
        layout = self.build_layout(project, ranked, districts, context_layers, settings,
                                   provenance)
        self.stop_if_canceled(feedback)
        feedback.pushInfo(self.tr("Exporting..."))
        try:
            pages, png_files = export(layout, pdf_path, png_path)
        except (RuntimeError, OSError) as error:
            raise QgsProcessingException(self.tr(
                "Could not write the map: {}. Choose a folder you can write to.").format(
                error)) from error
        feedback.setProgress(90)
        provenance.finish({"pdf": pdf_path, "png": png_files}, pdf_path,
                          title=settings["title"])
        if interface_running():  # headless (qgis_process) there is no designer to open it in
            self.add_to_project(project, layout, ranked, settings["layout_name"])
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
            "top_n": self.parameterAsInt(parameters, self.TOP_N, context),
            "district_field": district_field,
            "title": self.parameterAsString(parameters, self.TITLE, context),
            "period": self.parameterAsString(parameters, self.PERIOD, context),
            "classification": self.parameterAsString(parameters, self.CLASSIFICATION, context),
            "method": self.parameterAsString(parameters, self.METHOD_NOTE, context),
            "paper": PAPERS[self.parameterAsEnum(parameters, self.PAPER, context)],
            "layout_name": self.parameterAsString(parameters, self.LAYOUT_NAME, context),
            "purpose": self.parameterAsString(parameters, self.PURPOSE, context),
        }

    def refuse_points(self, layers):
        for layer in layers:
            is_points = layer.geometryType() == GeometryType.Point
            if layer is not None and is_points:
                raise QgsProcessingException(self.tr(
                    "'{}' is a point layer. Patrol focus maps show areas only, never incident "
                    "points: use hotspot areas, scored postcodes or neighbourhoods.").format(
                    layer.name()))

    def check_writable(self, *paths):
        for path in paths:
            folder = os.path.dirname(os.path.abspath(path)) if path else ""
            if path and not (os.path.isdir(folder) and os.access(folder, os.W_OK)):
                raise QgsProcessingException(self.tr(
                    "Cannot write to {}: choose a folder you can write to.").format(path))

    def ranked_areas(self, focus, districts, settings, pdf_path, feedback):
        """A GeoPackage beside the PDF with the areas and their rank within their district."""
        import numpy as np
        import shapely

        from wijkradar.core.focus import assign_to_districts, rank_within

        features = list(focus.getFeatures())
        names = [""] * len(features)
        if districts is not None:
            district_features = list(districts.getFeatures())
            polygons = np.array([shapely.from_wkb(bytes(f.geometry().asWkb()))
                                 for f in district_features])
            points = [f.geometry().pointOnSurface().asPoint() for f in features]
            index = assign_to_districts([p.x() for p in points], [p.y() for p in points],
                                        polygons) if features else np.array([], dtype=int)
            names = [str(district_features[i][settings["district_field"]]) if i >= 0 else ""
                     for i in index]
        ranks = rank_within([attribute_value(f[settings["score"]]) for f in features], names)
        return write_ranked(focus, features, names, ranks, pdf_path)

    def build_layout(self, project, ranked, districts, context_layers, settings, provenance):
        layout = load_template(project, settings["paper"])
        layout.setName(settings["layout_name"])
        method = settings["method"] or self.input_method
        footer = " ".join(part for part in (
            self.tr("Method:") + " " + method if method else "",
            self.tr("Source:") + " " + summary_line(provenance.record({})),
            self.tr("Only areas are shown, no incident points; counts below 5 are suppressed."),
        ) if part)
        set_texts(layout, title=settings["title"], period=settings["period"],
                  classification=settings["classification"], footer=footer)
        columns = [(RANK_FIELD, "#"), (settings["id"], self.tr("Area")),
                   (settings["score"], self.tr("Score"))]
        if settings["drivers"]:
            columns.append((settings["drivers"], self.tr("Drivers")))
        outline = [outline_copy(districts, self.tr("Districts"), "#1d3557", 0.8)
                   ] if districts is not None else []
        context = [outline_copy(layer, layer.name(), "#9a9a9a", 0.2) for layer in context_layers]
        self.copies = outline + context  # kept alive and added to the project with the layout
        connect_items(layout, ranked, [ranked] + outline + context, [ranked] + outline,
                      columns, settings["top_n"], districts, settings["district_field"])
        return layout

    def add_to_project(self, project, layout, ranked, name):
        manager = project.layoutManager()
        existing = manager.layoutByName(name)
        if existing is not None:
            manager.removeLayout(existing)
        for layer in [ranked] + self.copies:
            if project.mapLayer(layer.id()) is None:
                project.addMapLayer(layer, False)
        manager.addLayout(layout)


def interface_running():
    import qgis.utils

    return qgis.utils.iface is not None


def write_ranked(focus, features, district_names, ranks, pdf_path):
    fields = QgsFields(focus.fields())
    fields.append(new_field(DISTRICT_FIELD, "string"))
    fields.append(new_field(RANK_FIELD, "int"))
    path = os.path.splitext(pdf_path)[0] + "_areas.gpkg"
    memory = QgsVectorLayer(f"{QgsWkbTypes.displayString(focus.wkbType())}?crs="
                            f"{focus.crs().authid()}", "areas", "memory")
    memory.dataProvider().addAttributes(fields.toList())
    memory.updateFields()
    out = []
    for feature, district, rank in zip(features, district_names, ranks):
        copy = QgsFeature(memory.fields())
        copy.setGeometry(feature.geometry())
        copy.setAttributes(list(feature.attributes()) + [district, int(rank) or None])
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
    """The method notes an earlier Wijkradar step wrote beside its output, if any."""
    import json

    from wijkradar.core.provenance import SIDECAR_SUFFIX

    sidecar = layer.source().split("|")[0] + SIDECAR_SUFFIX
    if not os.path.exists(sidecar):
        return ""
    with open(sidecar, encoding="utf-8") as handle:
        record = json.load(handle)
    return " ".join([record.get("algorithm", "")] + list(record.get("notes", [])))


def input_hash(layer):
    from wijkradar.core.provenance import ContentHasher

    hasher = ContentHasher()
    for feature in layer.getFeatures():
        hasher.update_text(feature.geometry().asWkt(2) + repr(feature.attributes()))
    return hasher.hexdigest()
