"""Fills the patrol focus map template (resources/layouts/*.qpt) and exports it.

The template holds the design; this module finds its items by id, connects them to the
layers and sets the texts through layout variables (see scripts/make_layout_template.py).
Per page it numbers the top areas with markers that never overlap and fits the scale bar to
the page's scale.
"""

import math
import os
import shutil
import tempfile
from dataclasses import dataclass
from typing import List, Optional

from qgis.core import (
    QgsBasicNumericFormat,
    QgsCoordinateTransform,
    QgsExpression,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLegendRenderer,
    QgsLineSymbol,
    QgsPointXY,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QSize, Qt
from qgis.PyQt.QtXml import QDomDocument

from ..core import callouts
from .compat import (
    DistanceUnit,
    GeometryType,
    LegendComponent,
    ScaleBarSegmentSizeMode,
    TextRenderFormat,
)
from .styles import leader_renderer, marker_renderer

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
TEMPLATES = {"A4": "patrol_focus_map_a4.qpt", "A3": "patrol_focus_map_a3.qpt"}
RANK_FIELD = "wr_rank"
DISTRICT_FIELD = "wr_district"
SCORE_TEXT_FIELD = "wr_score"  # the score as the list prints it ('0.65', '0,65')
# A feature of the page on show: its district ('' for every page without districts).
ON_THIS_PAGE = "\"page\" = coalesce(@atlas_pagename, '')"
MARKER_MM = 4.6  # diameter of a numbered marker on A4 (A3: times sqrt 2)
SCALE_BAR_MM = 50.0  # the longest scale bar on A4
TABLE_GAP_SHARE = 0.06  # between the legend's entries and the list: 6% of their width


def load_template(project, paper):
    layout = QgsPrintLayout(project)
    path = os.path.join(PLUGIN_DIR, "resources", "layouts", TEMPLATES[paper])
    document = QDomDocument()
    with open(path, encoding="utf-8") as handle:
        document.setContent(handle.read())
    _, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise RuntimeError(QCoreApplication.translate(
            "LayoutBuilder", "Could not read the layout template {}").format(path))
    translate_fixed_texts(layout)
    return layout


# The texts the template itself holds (scripts/make_layout_template.py), in English.
TEMPLATE_LEGEND_TITLE = "Legend"
TEMPLATE_EMPTY_TABLE = "No focus areas"


def translate_fixed_texts(layout):
    """Puts the template's own texts in the user's language; texts someone changed in the
    layout designer are kept."""
    set_texts(layout, made=QCoreApplication.translate("LayoutBuilder", "made"))
    legend = layout.itemById("legend")
    if legend is not None and legend.title() == TEMPLATE_LEGEND_TITLE:
        legend.setTitle(QCoreApplication.translate("LayoutBuilder", "Legend"))
    table = focus_table(layout)
    if table is not None and table.emptyTableMessage() == TEMPLATE_EMPTY_TABLE:
        table.setEmptyTableMessage(QCoreApplication.translate("LayoutBuilder",
                                                              "No focus areas"))


def set_texts(layout, **texts):
    for name, value in texts.items():
        QgsExpressionContextUtils.setLayoutVariable(layout, f"wijkradar_{name}", value)


@dataclass
class PatrolLayers:
    """The layers a patrol focus map draws: the user's layers are never drawn themselves,
    only copies styled for the page (they stay out of the project; layout_session)."""

    areas: QgsVectorLayer  # ranked areas (RANK_FIELD, DISTRICT_FIELD, SCORE_TEXT_FIELD)
    districts: Optional[QgsVectorLayer]  # copy: the atlas coverage and the boundaries
    context: List[QgsVectorLayer]
    markers: QgsVectorLayer
    leaders: QgsVectorLayer

    def drawn(self):
        """Top to bottom."""
        districts = [self.districts] if self.districts is not None else []
        return [self.markers, self.leaders] + districts + self.context + [self.areas]


def marker_layers(crs, paper_scale=1.0):
    """Empty layers for the numbered markers and their leader lines, in the map's CRS."""
    layers = []
    for geometry, name in (("Point", "markers"), ("LineString", "leaders")):
        layer = QgsVectorLayer(f"{geometry}?crs={crs.authid()}&field=page:string"
                               f"&field=rank:integer", name, "memory")
        layers.append(layer)
    layers[0].setRenderer(marker_renderer(ON_THIS_PAGE, MARKER_MM * paper_scale))
    layers[1].setRenderer(leader_renderer(ON_THIS_PAGE))
    return layers


def connect_items(layout, layers, columns, top_n, district_name_field, legend_title,
                  map_crs):
    """Map, legend, table and (with districts) the atlas: one page per district.
    ``columns``: (field, heading, width in mm or 0 for the rest)."""
    focus_map = layout.itemById("focus_map")
    focus_map.setLayers(layers.drawn())
    focus_map.setCrs(map_crs)
    if layers.areas.featureCount() > 0:  # else the template's extent (NaN would be none)
        extent = transform_extent(layers.areas.extent(), layers.areas.crs(), map_crs)
        focus_map.setExtent(extent_with_ratio(extent, focus_map))
    fill_legend(layout.itemById("legend"), layers, legend_title)
    # The list is as wide as the legend above it, whatever its content.
    fill_table(layout, layers.areas, columns, top_n, layers.districts is not None,
               layout.itemById("legend").sizeWithUnits().width())
    table_below_legend(layout)
    if layers.districts is not None:
        atlas = layout.atlas()
        atlas.setCoverageLayer(layers.districts)
        atlas.setPageNameExpression(QgsExpression.quotedColumnRef(district_name_field))
        atlas.setSortFeatures(True)
        atlas.setSortExpression(QgsExpression.quotedColumnRef(district_name_field))
        atlas.setEnabled(True)
        focus_map.setAtlasDriven(True)
        focus_map.setAtlasScalingMode(QgsLayoutItemMap.Auto)
        focus_map.setAtlasMargin(0.08)
    return layout


def fill_legend(legend, layers, title):
    """The score's unit as the title, then the classes in words and the boundaries; the
    markers and leader lines need no entry (the top class says 'numbered')."""
    legend.setTitle(title)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    shown = [layers.areas] + ([layers.districts] if layers.districts is not None else [])
    for layer in shown + layers.context:
        node = root.addLayer(layer)
        if layer in shown:  # their rules say what they are
            QgsLegendRenderer.setNodeLegendStyle(node, LegendComponent.Hidden)
    legend.updateLegend()


def fill_table(layout, areas, columns, top_n, per_district, width):
    """The numbered list beside the map: the page's top N, highest first, ``width`` mm."""
    table = focus_table(layout)
    table.setVectorLayer(areas)
    fixed = sum(column_width for _, _, column_width in columns)
    table_columns = []
    for field_name, heading, column_width in columns:
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(field_name)
        # the rest of the frame, less the cell margins and grid lines of every column
        column.setWidth(column_width or width - fixed - len(columns) * (
            2 * table.cellMargin() + table.gridStrokeWidth()) - table.gridStrokeWidth())
        table_columns.append(column)
    table.setColumns(table_columns)
    table.setMaximumNumberOfFeatures(int(top_n))
    table.setFilterFeatures(True)
    condition = f'"{RANK_FIELD}" > 0 AND "{RANK_FIELD}" <= {int(top_n)}'
    if per_district:
        condition += f' AND "{DISTRICT_FIELD}" = @atlas_pagename'
    table.setFeatureFilter(condition)
    sort_by_rank(table)
    frame = layout.itemById("focus_table")
    frame.attemptResize(QgsLayoutSize(width, frame.sizeWithUnits().height(),
                                      frame.sizeWithUnits().units()))


def table_below_legend(layout):
    """The list starts just below the legend's entries rather than below the room the
    template keeps for ten of them; its bottom stays. A list longer than its frame loses its
    last rows, and long reasons (or a column more) make rows of three lines."""
    legend, frame = layout.itemById("legend"), layout.itemById("focus_table")
    entries = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize()
    gap = legend.sizeWithUnits().width() * TABLE_GAP_SHARE
    top, bottom = frame.pos().y(), frame.pos().y() + frame.rect().height()
    below_legend = legend.pos().y() + entries.height() + gap
    if below_legend < top:  # (the template's items are placed in mm)
        frame.attemptMove(QgsLayoutPoint(frame.pos().x(), below_legend,
                                         frame.positionWithUnits().units()))
        frame.attemptResize(QgsLayoutSize(frame.rect().width(), bottom - below_legend,
                                          frame.sizeWithUnits().units()))


def fit_scale_bar(scalebar, map_item, paper_scale=1.0):
    """Two segments of 1, 2 or 5 times a power of ten metres, the whole bar at most
    ``SCALE_BAR_MM`` long: labels in whole metres below 1 km ('0 200 400 m'), else in whole
    kilometres ('0 2 4 km'), far enough apart never to overlap."""
    extent = map_item.extent()
    to_metres = QgsUnitTypes.fromUnitToUnitFactor(map_item.crs().mapUnits(),
                                                  DistanceUnit.Meters)
    metres_per_mm = extent.width() * to_metres / map_item.rect().width()
    longest = SCALE_BAR_MM * paper_scale * metres_per_mm / 2
    if not math.isfinite(longest) or longest <= 0:
        return  # a map without an extent: the template's bar
    segment = 10 ** math.floor(math.log10(longest))
    segment *= max(step for step in (1, 2, 5) if step * segment <= longest)
    in_km = segment >= 1000
    scalebar.setUnits(DistanceUnit.Kilometers if in_km else DistanceUnit.Meters)
    scalebar.setUnitLabel("km" if in_km else "m")
    scalebar.setUnitsPerSegment(segment / 1000 if in_km else segment)
    scalebar.setSegmentSizeMode(ScaleBarSegmentSizeMode.Fixed)
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    whole = QgsBasicNumericFormat()
    whole.setNumberDecimalPlaces(0)
    whole.setShowThousandsSeparator(False)
    scalebar.setNumericFormat(whole)
    scalebar.update()


def fit_scale_bar_per_page(layout, paper_scale):
    """Fits the scale bar now and on every atlas page (the map's scale differs per page)."""
    scalebar, focus_map = layout.itemById("scalebar"), layout.itemById("focus_map")
    if scalebar is None:
        return
    fit_scale_bar(scalebar, focus_map, paper_scale)
    layout.atlas().featureChanged.connect(
        lambda *_: fit_scale_bar(scalebar, focus_map, paper_scale))


def place_numbered_markers(layout, layers, top_n, paper_scale=1.0):
    """The top N areas of every page get a numbered marker, moved aside with a leader line
    where markers would overlap (core.callouts), for the scale each page is printed at."""
    markers, leaders = [], []
    for page in page_names(layout):
        anchors = top_anchors(layers.areas, page, top_n, layers.markers.crs())
        if not anchors:
            continue
        frame = MapFrame(layout.itemById("focus_map"))
        size = MARKER_MM * paper_scale
        points = [frame.to_mm(point) for _, point in anchors]
        obstacles = [frame.item_rectangle(layout.itemById(item_id))
                     for item_id in ("north_arrow", "scalebar") if layout.itemById(item_id)]
        centres = callouts.place_markers(points, size, frame.size, obstacles)
        for (rank, anchor), centre, aside in zip(anchors, centres, callouts.moved(
                points, centres, size)):
            marker = frame.to_map(centre)
            markers.append(new_feature(layers.markers, page, rank,
                                       QgsGeometry.fromPointXY(marker)))
            if aside:
                leaders.append(new_feature(layers.leaders, page, rank,
                                           QgsGeometry.fromPolylineXY([anchor, marker])))
    layers.markers.dataProvider().addFeatures(markers)
    layers.leaders.dataProvider().addFeatures(leaders)
    for layer in (layers.markers, layers.leaders):
        layer.updateExtents()
    return len(markers)


def page_names(layout):
    """Goes through the pages (atlas features), yielding each page's name ('' without an
    atlas); the map shows that page meanwhile."""
    atlas = layout.atlas()
    if not atlas.enabled():
        yield ""
        return
    atlas.beginRender()
    try:
        for number in range(atlas.count()):
            atlas.seekTo(number)
            yield atlas.nameForPage(number)
    finally:
        atlas.endRender()


def top_anchors(areas, page, top_n, crs):
    """(rank, inner point in ``crs``) of the page's top N areas, highest first."""
    request = QgsFeatureRequest().setFilterExpression(
        f'"{RANK_FIELD}" > 0 AND "{RANK_FIELD}" <= {int(top_n)} AND '
        f'"{DISTRICT_FIELD}" = {QgsExpression.quotedValue(page)}')
    transform = QgsCoordinateTransform(areas.crs(), crs, QgsProject.instance())
    anchors = [(feature[RANK_FIELD], transform.transform(
        feature.geometry().pointOnSurface().asPoint()))
        for feature in areas.getFeatures(request) if feature.hasGeometry()]
    return sorted(anchors, key=lambda anchor: anchor[0])


def new_feature(layer, page, rank, geometry):
    feature = QgsFeature(layer.fields())
    feature.setAttributes([page, int(rank)])
    feature.setGeometry(geometry)
    return feature


class MapFrame:
    """Converts between map coordinates and millimetres on the map frame as shown now
    (x to the right, y down, from the frame's top left)."""

    def __init__(self, map_item):
        self.item = map_item
        self.extent = map_item.extent()
        self.size = (map_item.rect().width(), map_item.rect().height())

    def to_mm(self, point):
        return ((point.x() - self.extent.xMinimum()) / self.extent.width() * self.size[0],
                (self.extent.yMaximum() - point.y()) / self.extent.height() * self.size[1])

    def to_map(self, mm):
        return QgsPointXY(self.extent.xMinimum() + mm[0] / self.size[0] * self.extent.width(),
                          self.extent.yMaximum() - mm[1] / self.size[1] * self.extent.height())

    def item_rectangle(self, item):
        """Another item's rectangle (an overlay such as the north arrow) on this frame."""
        corner = item.pos() - self.item.pos()
        return (corner.x(), corner.y(), corner.x() + item.rect().width(),
                corner.y() + item.rect().height())


def transform_extent(extent, source_crs, target_crs):
    if source_crs == target_crs:
        return QgsRectangle(extent)
    return QgsCoordinateTransform(source_crs, target_crs,
                                  QgsProject.instance()).transformBoundingBox(extent)


def extent_with_ratio(extent, map_item, margin=1.08):
    """``extent`` grown to the map item's width:height ratio (plus a margin).

    The atlas keeps the ratio of the map's extent; one that differs from the item's would
    make QGIS resize the map item on every page.
    """
    size = map_item.sizeWithUnits()
    ratio = size.width() / size.height()
    grown = QgsRectangle(extent)
    grown.scale(margin)
    if grown.isEmpty():
        grown.grow(500.0)
    if grown.width() / grown.height() > ratio:
        height = grown.width() / ratio
        grown.setYMinimum(grown.center().y() - height / 2)
        grown.setYMaximum(grown.yMinimum() + height)
    else:
        width = grown.height() * ratio
        grown.setXMinimum(grown.center().x() - width / 2)
        grown.setXMaximum(grown.xMinimum() + width)
    return grown


def focus_table(layout):
    frame = layout.itemById("focus_table")
    return frame.multiFrame() if frame is not None else next(
        m for m in layout.multiFrames() if isinstance(m, QgsLayoutItemAttributeTable))


def sort_by_rank(table):
    rank = QgsLayoutTableColumn()
    rank.setAttribute(RANK_FIELD)
    rank.setSortOrder(Qt.SortOrder.AscendingOrder)
    table.setSortColumns([rank])


def export(layout, pdf_path, png_path=None, feedback=None):
    """Exports the layout (every atlas page) to one PDF and, if asked, PNGs per page.

    Writes to a temporary folder first and moves the files in place at the end, so a failed
    or canceled export leaves no half-written file. Returns (pages, png_paths).
    """
    atlas = layout.atlas()
    work = tempfile.mkdtemp(prefix="wijkradar-layout-")
    try:
        pdf_tmp = os.path.join(work, "map.pdf")
        pdf_settings = QgsLayoutExporter.PdfExportSettings()
        pdf_settings.rasterizeWholeImage = False
        # Real text, not outlines: the PDF can be searched and its table copied.
        pdf_settings.textRenderFormat = TextRenderFormat.AlwaysText
        if atlas.enabled():
            result, error = QgsLayoutExporter.exportToPdf(atlas, pdf_tmp, pdf_settings,
                                                          feedback)
            pages = atlas.count()
        else:
            result = QgsLayoutExporter(layout).exportToPdf(pdf_tmp, pdf_settings)
            error, pages = "", layout.pageCollection().pageCount()
        if result != QgsLayoutExporter.Success:
            raise RuntimeError(QCoreApplication.translate(
                "LayoutBuilder", "PDF export failed ({}) {}").format(result, error))
        _stop_if_canceled(feedback)
        png_files = export_png(layout, work, png_path, feedback=feedback) if png_path else []
        _stop_if_canceled(feedback)
        moved = [shutil.move(pdf_tmp, pdf_path)]
        for source, target in png_files:
            moved.append(shutil.move(source, target))
        return pages, [target for _, target in png_files]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _stop_if_canceled(feedback):
    if feedback is not None and feedback.isCanceled():
        raise RuntimeError(QCoreApplication.translate("WijkradarAlgorithm",
                                                      "Canceled by the user."))


def export_png(layout, work, png_path, dpi=150, feedback=None):
    """PNG per page: 'map.png' alone, or 'map_1.png', 'map_2.png', ... for an atlas.

    Pages are rendered to images and saved by Qt: QGIS 3.22's image export would also try
    to georeference each PNG through GDAL, which cannot update PNG files.
    """
    base, _ = os.path.splitext(png_path)
    atlas = layout.atlas()
    exporter = QgsLayoutExporter(layout)
    if not atlas.enabled():
        return [save_page(exporter, os.path.join(work, "page.png"), base + ".png", dpi)]
    files = []
    atlas.beginRender()
    try:
        for number in range(1, atlas.count() + 1):
            _stop_if_canceled(feedback)
            atlas.seekTo(number - 1)
            files.append(save_page(exporter, os.path.join(work, f"page_{number}.png"),
                                   f"{base}_{number}.png", dpi))
    finally:
        atlas.endRender()
    return files


def save_page(exporter, temporary, target, dpi):
    image = exporter.renderPageToImage(0, QSize(), dpi)
    if image.isNull() or not image.save(temporary, "PNG"):
        raise RuntimeError(QCoreApplication.translate(
            "LayoutBuilder", "could not render the page to {}").format(target))
    return temporary, target


def outline_copy(layer, name, colour="#555555", width=0.3):
    """A copy of a context layer drawn as outlines only (the user's layer keeps its style)."""
    copy = layer.clone()
    copy.setName(name)
    if copy.geometryType() == GeometryType.Line:
        symbol = QgsLineSymbol.createSimple({"color": colour, "width": str(width)})
    else:
        symbol = QgsFillSymbol.createSimple(
            {"color": "0,0,0,0", "outline_color": colour, "outline_width": str(width)})
    copy.setRenderer(QgsSingleSymbolRenderer(symbol))
    copy.setLabelsEnabled(False)
    return copy
