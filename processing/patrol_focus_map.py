"""wijkradar:patrol_focus_map: the printed briefing map of ranked focus areas."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from wijkradar.core.choices import PAPER_SIZES

from .algorithm import WijkradarAlgorithm
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
from .help.patrol_focus_map import help_html
from .layer_input import with_crs
from .layout_builder import export
from .patrol_map_layout import build_layout, keep_for_designer, map_layers
from .patrol_map_ranking import ranked_areas
from .patrol_map_texts import record_inputs
from .provenance import OutputProvenance
from .shared_parameters import PurposeParameter

PAPER_SCALES = {"A4": 1.0, "A3": 2 ** 0.5}  # A3 is A4 scaled by sqrt(2)
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
        return help_html()

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
        focus, districts, context_layers, emerging = self.read_layers(parameters, context,
                                                                      feedback)
        settings = self.read_settings(parameters, context, districts)
        if emerging is not None and settings["emerging_field"]:
            raise QgsProcessingException(self.tr(
                "Give the hot spot pattern as a field of the focus areas or as a layer of "
                "emerging hot spots, not both."))
        pdf_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        png_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PNG, context) or None
        project = context.project() or QgsProject.instance()

        feedback.pushInfo(self.tr("Ranking the focus areas..."))
        self.stop_if_canceled(feedback)
        ranked = ranked_areas(focus, districts, emerging, settings, pdf_path, feedback)
        if ranked.featureCount() == 0:
            feedback.pushWarning(self.tr("No focus areas: the map says so."))
        feedback.setProgress(30)

        provenance = OutputProvenance(self, parameters, context, settings["purpose"])
        record_inputs(provenance, [focus] + ([emerging] if emerging is not None else []))
        layers = map_layers(ranked, districts, context_layers, focus, settings)
        layout = build_layout(project, layers, focus, emerging, settings, provenance)
        pages, png_files = self.export_pages(layout, pdf_path, png_path, feedback)
        feedback.setProgress(90)
        provenance.finish({"pdf": pdf_path, "png": png_files}, pdf_path,
                          title=settings["title"])
        keep_for_designer(layout, layers)
        feedback.pushInfo(self.tr("{} page(s) written to {}").format(pages, pdf_path))
        return {self.OUTPUT_PDF: pdf_path, self.OUTPUT_PNG: ";".join(png_files),
                "PAGES": pages, "LAYOUT": layout.name(), "AREAS": ranked.source()}

    def read_layers(self, parameters, context, feedback):
        """The focus areas, districts, context layers and emerging hot spots; refused when
        a layer is points, has no CRS that can be told or the score field is unfit."""
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
        emerging = self.parameterAsVectorLayer(parameters, self.EMERGING, context)
        return focus, districts, context_layers, emerging

    def export_pages(self, layout, pdf_path, png_path, feedback):
        """Writes the PDF (and PNG pages): the number of pages and the PNG files."""
        self.stop_if_canceled(feedback)
        feedback.pushInfo(self.tr("Exporting..."))
        try:
            return export(layout, pdf_path, png_path, feedback)
        except (RuntimeError, OSError) as error:
            self.stop_if_canceled(feedback)
            raise QgsProcessingException(self.tr(
                "Could not write the map: {}. Choose a folder you can write to.").format(
                error)) from error

    def read_settings(self, parameters, context, districts):
        district_field = self.parameterAsString(parameters, self.DISTRICT_NAME_FIELD, context)
        if districts is not None and not district_field:
            raise QgsProcessingException(self.tr(
                "Choose the district name field: it names the pages of the map."))
        paper = chosen_value(self, parameters, self.PAPER, context, PAPER_SIZES)
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
            "paper": paper,
            "paper_scale": PAPER_SCALES[paper],
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
