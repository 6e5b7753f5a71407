"""Writes the patrol focus map templates resources/layouts/patrol_focus_map_{a4,a3}.qpt.

The templates hold the page design; `wijkradar:patrol_focus_map` fills them: it finds items
by id (focus_map, legend, focus_table, ...) and sets the texts through layout variables
(@wijkradar_title, @wijkradar_period, ...), so a template edited in QGIS's layout designer
keeps working as long as the ids stay. A3 is A4 scaled by sqrt(2) (same proportions).
"""

import math
import os
import sys

from headless_qgis import start_qgis

from wijkradar.processing.compat import DistanceUnit, LayoutUnit, ScaleBarSegmentSizeMode

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "resources", "layouts")

# id -> (x, y, width, height) in mm on an A4 landscape page (297 x 210). The map is as
# large as the page allows; beside it the legend and the numbered list of the top areas,
# wide enough for their reasons in words; below, the footer (method, source, privacy).
A4_FRAMES = {
    "classification": (10, 4, 277, 7),
    "title": (10, 12, 212, 10),
    "period": (10, 22, 212, 6),
    "logo_text": (227, 12, 60, 10),
    "focus_map": (10, 30, 170, 153),
    "north_arrow": (169, 33, 8, 12),
    "scalebar": (13, 170, 54, 10),
    "legend": (185, 30, 102, 58),
    "focus_table": (185, 90, 102, 93),
    "footer": (10, 186, 277, 20),
}


def legend_fonts(legend, scale):
    """Legend texts by role: the score's unit as title, then the classes."""
    from qgis.core import QgsLegendStyle
    from qgis.PyQt.QtGui import QFont

    from wijkradar.processing.compat import LegendComponent

    for style, size, bold in ((LegendComponent.Title, 9, True), (LegendComponent.Group, 8, True),
                              (LegendComponent.Subgroup, 8, True),
                              (LegendComponent.SymbolLabel, 7.5, False)):
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size * scale)
        font.setBold(bold)
        legend.rstyle(style).setFont(font)
    # entries close together: a page's legend has up to ten of them
    for style in (LegendComponent.Symbol, LegendComponent.SymbolLabel):
        legend.rstyle(style).setMargin(QgsLegendStyle.Top, 1.1 * scale)


def text_format(size, bold=False, colour="#222222"):
    from qgis.core import QgsTextFormat
    from qgis.PyQt.QtGui import QColor, QFont

    font = QFont("DejaVu Sans")
    font.setBold(bold)
    text = QgsTextFormat()
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor(colour))
    return text


def build(scale, paper_name):
    """The layout of one paper size: the items in the order they are stacked."""
    from qgis.core import QgsLayoutItemPage, QgsPrintLayout, QgsProject

    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(f"Wijkradar patrol focus map ({paper_name})")
    page = layout.pageCollection().page(0)
    page.setPageSize(paper_name, QgsLayoutItemPage.Orientation.Landscape)
    add_texts(layout, scale)
    focus_map = add_map(layout, scale)
    add_north_arrow(layout, scale, focus_map)
    add_scalebar(layout, scale, focus_map)
    add_legend(layout, scale, focus_map)
    add_table(layout, scale)
    return layout


def place(item, item_id, scale):
    """Moves and sizes an item to its frame (A4_FRAMES, scaled) and gives it its id."""
    from qgis.core import QgsLayoutPoint, QgsLayoutSize

    x, y, w, h = (v * scale for v in A4_FRAMES[item_id])
    item.attemptMove(QgsLayoutPoint(x, y, LayoutUnit.Millimeters))
    item.attemptResize(QgsLayoutSize(w, h, LayoutUnit.Millimeters))
    item.setId(item_id)
    return item


def add_label(layout, scale, item_id, text, size, bold=False, colour="#222222",
              align=None):
    from qgis.core import QgsLayoutItemLabel
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor, QFont

    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    font = QFont("DejaVu Sans", int(round(size * scale)))
    font.setBold(bold)
    item.setFont(font)
    item.setFontColor(QColor(colour))
    item.setHAlign(align if align is not None else Qt.AlignmentFlag.AlignLeft)
    item.setVAlign(Qt.AlignmentFlag.AlignVCenter)
    layout.addLayoutItem(item)
    return place(item, item_id, scale)


def add_texts(layout, scale):
    """Classification, title, period and date, the logo text and the footer."""
    from qgis.PyQt.QtCore import Qt

    def label(*arguments):
        return add_label(layout, scale, *arguments)

    label("classification", "[% upper(@wijkradar_classification) %]", 9, True, "#b2182b",
          Qt.AlignmentFlag.AlignHCenter)
    label("title", "[% @wijkradar_title %][% CASE WHEN @atlas_pagename <> '' THEN ' - ' || "
          "@atlas_pagename ELSE '' END %]", 18, True)
    # 'made' comes from a variable too, so the plugin can put it in the user's language.
    label("period", "[% CASE WHEN coalesce(@wijkradar_period, '') <> '' THEN "
          "@wijkradar_period || '   |   ' ELSE '' END %][% coalesce(@wijkradar_made, 'made') %] "
          "[% format_date(now(), 'yyyy-MM-dd') %]", 10, False, "#444444")
    label("logo_text", "Wijkradar", 12, True, "#1d3557", Qt.AlignmentFlag.AlignRight)
    footer = label("footer", "[% @wijkradar_footer %]", 6.5, False, "#333333")
    footer.setVAlign(Qt.AlignmentFlag.AlignTop)


def add_map(layout, scale):
    from qgis.core import QgsCoordinateReferenceSystem, QgsLayoutItemMap, QgsRectangle

    focus_map = QgsLayoutItemMap(layout)
    focus_map.setFrameEnabled(True)
    focus_map.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    layout.addLayoutItem(focus_map)
    place(focus_map, "focus_map", scale)
    # The Netherlands (RD) until the algorithm zooms to the areas: without an extent the
    # scale bar measures NaN, which QGIS logs as a transform error. Same shape as the frame,
    # or QGIS would change the frame's height to fit.
    _, _, frame_width, frame_height = A4_FRAMES["focus_map"]
    half_width = 314000 / 2 * frame_width / frame_height
    focus_map.setExtent(QgsRectangle(145500 - half_width, 306000, 145500 + half_width, 620000))
    return focus_map


def add_north_arrow(layout, scale, focus_map):
    from qgis.core import QgsLayoutItemPicture, QgsProject, QgsSymbolLayerUtils

    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(QgsSymbolLayerUtils.svgSymbolNameToPath(
        "arrows/NorthArrow_02.svg", QgsProject.instance().pathResolver()))
    arrow.setLinkedMap(focus_map)
    layout.addLayoutItem(arrow)
    place(arrow, "north_arrow", scale)


def add_scalebar(layout, scale, focus_map):
    """Two segments of a round length in metres that fit; the plugin sets a length per page
    that reads as whole metres or kilometres (layout_builder.fit_scale_bar)."""
    from qgis.core import QgsLayoutItemScaleBar
    from qgis.PyQt.QtGui import QColor

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(focus_map)
    scalebar.setUnits(DistanceUnit.Meters)
    scalebar.setUnitLabel("m")
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setSegmentSizeMode(ScaleBarSegmentSizeMode.FitWidth)
    scalebar.setMinimumBarWidth(20 * scale)
    scalebar.setMaximumBarWidth(50 * scale)
    scalebar.setHeight(1.8 * scale)
    scalebar.setTextFormat(text_format(7 * scale))
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 230))
    layout.addLayoutItem(scalebar)
    place(scalebar, "scalebar", scale)


def add_legend(layout, scale, focus_map):
    from qgis.core import QgsLayoutItemLegend

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Legend")
    legend.setLinkedMap(focus_map)
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(False)
    legend_fonts(legend, scale)
    legend.setSymbolWidth(7 * scale)
    legend.setSymbolHeight(3.4 * scale)
    layout.addLayoutItem(legend)
    place(legend, "legend", scale)


def add_table(layout, scale):
    """The numbered list of the top areas, filled per page by the plugin."""
    from qgis.core import QgsLayoutFrame, QgsLayoutItemAttributeTable
    from qgis.PyQt.QtGui import QColor

    table = QgsLayoutItemAttributeTable.create(layout)
    table.setEmptyTableBehavior(QgsLayoutItemAttributeTable.ShowMessage)
    table.setEmptyTableMessage("No focus areas")
    table.setHeaderTextFormat(text_format(7 * scale, True, "#1d3557"))
    table.setContentTextFormat(text_format(7 * scale))
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#bbbbbb"))
    table.setCellMargin(0.9 * scale)
    table.setWrapBehavior(QgsLayoutItemAttributeTable.WrapText)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    table.addFrame(frame)
    place(frame, "focus_table", scale)


def main():
    app = start_qgis()  # noqa: F841
    from qgis.core import QgsReadWriteContext

    os.makedirs(OUT, exist_ok=True)
    for paper_name, scale in (("A4", 1.0), ("A3", math.sqrt(2))):
        layout = build(scale, paper_name)
        path = os.path.join(OUT, f"patrol_focus_map_{paper_name.lower()}.qpt")
        if not layout.saveAsTemplate(path, QgsReadWriteContext()):
            sys.exit(f"could not write {path}")
        print(f"wrote {os.path.relpath(path, REPO)}")


if __name__ == "__main__":
    main()
