"""Fills the patrol focus map template (resources/layouts/*.qpt) and exports it.

The template holds the design; this module finds its items by id, connects them to the
layers and sets the texts through layout variables (see scripts/make_layout_template.py).
"""

import os
import shutil
import tempfile

from qgis.core import (
    QgsClassificationQuantile,
    QgsExpressionContextUtils,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLayoutExporter,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemMap,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLineSymbol,
    QgsPrintLayout,
    QgsReadWriteContext,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsStyle,
)
from qgis.PyQt.QtCore import QCoreApplication, QSize, Qt
from qgis.PyQt.QtXml import QDomDocument

from .compat import GeometryType, TextRenderFormat
from .styles import label_layer

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
TEMPLATES = {"A4": "patrol_focus_map_a4.qpt", "A3": "patrol_focus_map_a3.qpt"}
RANK_FIELD = "wr_rank"
DISTRICT_FIELD = "wr_district"


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


def style_focus_areas(layer, score_field, top_n):
    """Five graduated classes of the score (light to dark red), rank labels on the top N."""
    renderer = QgsGraduatedSymbolRenderer(score_field)
    renderer.setSourceSymbol(QgsFillSymbol.createSimple(
        {"color": "#fcae91", "outline_color": "#67000d", "outline_width": "0.3"}))
    renderer.setSourceColorRamp(QgsStyle.defaultStyle().colorRamp("Reds"))
    method = QgsClassificationQuantile()
    method.setLabelPrecision(1)
    method.setLabelTrimTrailingZeroes(True)
    renderer.setClassificationMethod(method)
    if layer.featureCount() > 0:
        renderer.updateClasses(layer, min(5, layer.featureCount()))
    layer.setRenderer(renderer)
    layer.setOpacity(0.85)
    # Rank labels of the page's own district only (the whole layer when there is no atlas).
    label_layer(layer, f'CASE WHEN "{RANK_FIELD}" <= {int(top_n)} AND "{DISTRICT_FIELD}" = '
                f'coalesce(@atlas_pagename, "{DISTRICT_FIELD}") THEN "{RANK_FIELD}" END',
                size=8, colour="#111111", buffer_size=0.9, is_expression=True)


def connect_items(layout, focus_layer, map_layers, legend_layers, columns, top_n,
                  districts=None, district_name_field=None):
    """Map, legend, table and (with districts) the atlas: one page per district."""
    focus_map = layout.itemById("focus_map")
    focus_map.setLayers(map_layers)
    focus_map.setCrs(focus_layer.crs())
    focus_map.setExtent(extent_with_ratio(focus_layer.extent(), focus_map))

    legend = layout.itemById("legend")
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in legend_layers:
        root.addLayer(layer)

    table = focus_table(layout)
    table.setVectorLayer(focus_layer)
    table_columns = []
    for field_name, heading in columns:
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(field_name)
        table_columns.append(column)
    table.setColumns(table_columns)
    table.setMaximumNumberOfFeatures(int(top_n))
    table.setFilterFeatures(True)
    condition = f'"{RANK_FIELD}" <= {int(top_n)}'
    if districts is not None:
        condition += f' AND "{DISTRICT_FIELD}" = @atlas_pagename'
        atlas = layout.atlas()
        atlas.setCoverageLayer(districts)
        atlas.setPageNameExpression(f'"{district_name_field}"')
        atlas.setSortFeatures(True)
        atlas.setSortExpression(f'"{district_name_field}"')
        atlas.setEnabled(True)
        focus_map.setAtlasDriven(True)
        focus_map.setAtlasScalingMode(QgsLayoutItemMap.Auto)
        focus_map.setAtlasMargin(0.08)
    table.setFeatureFilter(condition)
    sort_by_rank(table)
    # The table keeps the width of the legend's column whatever its content.
    frame = layout.itemById("focus_table")
    frame.attemptResize(QgsLayoutSize(legend.sizeWithUnits().width(),
                                      frame.sizeWithUnits().height(),
                                      legend.sizeWithUnits().units()))
    return layout


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


def export(layout, pdf_path, png_path=None):
    """Exports the layout (every atlas page) to one PDF and, if asked, PNGs per page.

    Writes to a temporary folder first and moves the files in place at the end, so a failed
    export leaves no half-written file. Returns (pages, png_paths).
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
            result, error = QgsLayoutExporter.exportToPdf(atlas, pdf_tmp, pdf_settings)
            pages = atlas.count()
        else:
            result = QgsLayoutExporter(layout).exportToPdf(pdf_tmp, pdf_settings)
            error, pages = "", layout.pageCollection().pageCount()
        if result != QgsLayoutExporter.Success:
            raise RuntimeError(QCoreApplication.translate(
                "LayoutBuilder", "PDF export failed ({}) {}").format(result, error))
        png_files = export_png(layout, work, png_path) if png_path else []
        moved = [shutil.move(pdf_tmp, pdf_path)]
        for source, target in png_files:
            moved.append(shutil.move(source, target))
        return pages, [target for _, target in png_files]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def export_png(layout, work, png_path, dpi=150):
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
