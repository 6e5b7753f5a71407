"""Ready styles and the legend image of the area monitor outputs.

The bivariate palette is Joshua Stevens' 3 x 3 pink-blue scheme: vulnerability runs from
left to right (A low, B middle, C high: grey to teal), crime intensity from bottom to top
(1 low ... 3 high: grey to pink); the focus class C3 (both high) is the darkest blue.
The shipped styles in ``resources/styles/`` are written from these renderers by
``scripts/make_area_monitor_styles.py`` (a test checks they agree).
"""

import os

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsRendererCategory,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen

from .styles import style_on_load

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
STYLES_DIR = os.path.join(PLUGIN_DIR, "resources", "styles")
BIVARIATE_QML = os.path.join(STYLES_DIR, "area_monitor_bivariate.qml")
INDEX_QML = os.path.join(STYLES_DIR, "area_monitor_index.qml")

# (vulnerability letter, crime digit) -> colour; rows of the legend from high crime down.
BIVARIATE_COLOURS = {
    "A1": "#e8e8e8", "B1": "#ace4e4", "C1": "#5ac8c8",
    "A2": "#dfb0d6", "B2": "#a5add3", "C2": "#5698b9",
    "A3": "#be64ac", "B3": "#8c62aa", "C3": "#3b4994",
}
LETTER_TERCILE = {"A": 1, "B": 2, "C": 3}
# Index classes 1 (very weak) .. 5 (very strong): red to green (ColorBrewer RdYlGn).
INDEX_COLOURS = {1: "#d7191c", 2: "#fdae61", 3: "#ffffbf", 4: "#a6d96a", 5: "#1a9641"}
NO_CLASS_COLOUR = "#9e9e9e"


def _fill(colour, outline="#6e6e6e", width="0.2"):
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": outline,
                                       "outline_width": width, "style": "solid"})


# The legend's labels, translated when a renderer is made (the shipped .qml files: English).
BIVARIATE_LABELS = {
    "A3": QT_TRANSLATE_NOOP("AreaMonitorStyle", "A3: low vulnerability, high crime"),
    "B3": QT_TRANSLATE_NOOP("AreaMonitorStyle", "B3: middle vulnerability, high crime"),
    "C3": QT_TRANSLATE_NOOP("AreaMonitorStyle", "C3: high vulnerability, high crime (focus)"),
    "A2": QT_TRANSLATE_NOOP("AreaMonitorStyle", "A2: low vulnerability, middle crime"),
    "B2": QT_TRANSLATE_NOOP("AreaMonitorStyle", "B2: middle vulnerability, middle crime"),
    "C2": QT_TRANSLATE_NOOP("AreaMonitorStyle", "C2: high vulnerability, middle crime"),
    "A1": QT_TRANSLATE_NOOP("AreaMonitorStyle", "A1: low vulnerability, low crime"),
    "B1": QT_TRANSLATE_NOOP("AreaMonitorStyle", "B1: middle vulnerability, low crime"),
    "C1": QT_TRANSLATE_NOOP("AreaMonitorStyle", "C1: high vulnerability, low crime"),
    None: QT_TRANSLATE_NOOP("AreaMonitorStyle", "no class (missing values)"),
}
INDEX_LABELS = {
    1: QT_TRANSLATE_NOOP("AreaMonitorStyle", "1 very weak"),
    2: QT_TRANSLATE_NOOP("AreaMonitorStyle", "2 weak"),
    3: QT_TRANSLATE_NOOP("AreaMonitorStyle", "3 average"),
    4: QT_TRANSLATE_NOOP("AreaMonitorStyle", "4 strong"),
    5: QT_TRANSLATE_NOOP("AreaMonitorStyle", "5 very strong"),
    None: QT_TRANSLATE_NOOP("AreaMonitorStyle", "no index (missing values)"),
}


def _label(text):
    return QCoreApplication.translate("AreaMonitorStyle", text)


def _no_class_symbol():
    # Hatch lines: "no class" reads as missing, not as a class.
    return QgsFillSymbol.createSimple({"color": NO_CLASS_COLOUR, "style": "b_diagonal",
                                       "outline_color": "#9e9e9e", "outline_width": "0.2"})


def bivariate_renderer(field_name="bivariate"):
    """The 3 x 3 classes, from high crime down, then areas without a class."""
    categories = []
    for code in sorted(BIVARIATE_COLOURS, key=lambda c: (-int(c[1]), c[0])):
        outline, width = ("#000000", "0.6") if code == "C3" else ("#6e6e6e", "0.2")
        categories.append(QgsRendererCategory(
            code, _fill(BIVARIATE_COLOURS[code], outline, width),
            _label(BIVARIATE_LABELS[code])))
    categories.append(QgsRendererCategory(None, _no_class_symbol(),
                                          _label(BIVARIATE_LABELS[None])))
    return QgsCategorizedSymbolRenderer(field_name, categories)


def index_renderer(field_name="monitor_class"):
    categories = [QgsRendererCategory(number, _fill(colour), _label(INDEX_LABELS[number]))
                  for number, colour in INDEX_COLOURS.items()]
    categories.append(QgsRendererCategory(None, _no_class_symbol(), _label(INDEX_LABELS[None])))
    return QgsCategorizedSymbolRenderer(field_name, categories)


def save_style(renderer, qml_path):
    """Writes the renderer as a .qml file; returns the path, or None if it was not written."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", "style", "memory")
    layer.setRenderer(renderer)
    _, saved = layer.saveNamedStyle(qml_path)
    return qml_path if saved else None


def style_output(context, dest_id, output_file, make_renderer, metadata):
    """Styles a result with the renderer in the user's language: in QGIS when it loads the
    result, and as ``<output>.qml`` beside a file, which QGIS reads when it is opened later."""
    if output_file:
        save_style(make_renderer(), os.path.splitext(output_file)[0] + ".qml")

    def apply(layer):
        layer.setRenderer(make_renderer())
        layer.setMetadata(metadata)

    style_on_load(context, dest_id, style_function=apply)


def draw_bivariate_legend(path, vulnerability_text, crime_text, low_text, high_text,
                          focus_text, size=900):
    """Writes a PNG legend for layouts: the 3 x 3 grid with the codes, the axes and the
    focus class outlined. Drawn with QPainter: no other library needed."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    dots_per_metre = round(300 / 0.0254)  # 300 dpi, so a layout places it at 7.6 cm
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        grid = _LegendGrid(size)
        font = QFont()
        font.setPixelSize(int(size * 0.035))
        painter.setFont(font)
        _draw_classes(painter, grid)
        _draw_axes(painter, grid)
        _draw_texts(painter, grid, font,
                    (vulnerability_text, crime_text, low_text, high_text, focus_text))
    finally:
        painter.end()
    if not image.save(path, "PNG"):
        raise OSError(QCoreApplication.translate(
            "AreaMonitorStyle", "Could not write the legend image {}").format(path))
    return path


class _LegendGrid:
    """Where the legend's 3 x 3 grid lies in a square image of ``size`` pixels."""

    def __init__(self, size):
        self.size = size
        self.cell = size * 0.22
        self.left, self.top = size * 0.2, size * 0.05
        self.bottom, self.right = self.top + 3 * self.cell, self.left + 3 * self.cell


def _draw_classes(painter, grid):
    """The nine classes with their codes, the focus class (C3) outlined."""
    size, cell, left, top = grid.size, grid.cell, grid.left, grid.top
    for code, colour in BIVARIATE_COLOURS.items():
        column = LETTER_TERCILE[code[0]] - 1
        row = 3 - int(code[1])
        rect = QRectF(left + column * cell, top + row * cell, cell, cell)
        painter.fillRect(rect, QColor(colour))
        painter.setPen(QPen(QColor("#ffffff" if code in ("C3", "B3", "C2") else "#333333")))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), code)
    painter.setPen(QPen(QColor("#000000"), size * 0.008))
    painter.drawRect(QRectF(left + 2 * cell, top, cell, cell))


def _draw_axes(painter, grid):
    """An arrow along the bottom (vulnerability) and one up the left side (crime)."""
    size, left, top = grid.size, grid.left, grid.top
    grid_bottom, grid_right = grid.bottom, grid.right
    painter.setPen(QPen(QColor("#000000"), size * 0.004))
    painter.drawLine(QPointF(left, grid_bottom + size * 0.03),
                     QPointF(grid_right, grid_bottom + size * 0.03))
    painter.drawLine(QPointF(left - size * 0.03, grid_bottom),
                     QPointF(left - size * 0.03, top))
    arrow = size * 0.02
    painter.drawLine(QPointF(grid_right, grid_bottom + size * 0.03),
                     QPointF(grid_right - arrow, grid_bottom + size * 0.03 - arrow / 2))
    painter.drawLine(QPointF(grid_right, grid_bottom + size * 0.03),
                     QPointF(grid_right - arrow, grid_bottom + size * 0.03 + arrow / 2))
    painter.drawLine(QPointF(left - size * 0.03, top),
                     QPointF(left - size * 0.03 - arrow / 2, top + arrow))
    painter.drawLine(QPointF(left - size * 0.03, top),
                     QPointF(left - size * 0.03 + arrow / 2, top + arrow))


def _draw_texts(painter, grid, font, texts):
    """The axes' names and their low and high ends, and the focus class in words below."""
    vulnerability_text, crime_text, low_text, high_text, focus_text = texts
    size, cell, left, grid_bottom = grid.size, grid.cell, grid.left, grid.bottom
    small = QFont(font)
    small.setPixelSize(int(size * 0.03))
    painter.setFont(small)
    below = QRectF(left, grid_bottom + size * 0.04, 3 * cell, size * 0.05)
    painter.drawText(below, int(Qt.AlignmentFlag.AlignLeft), low_text)
    painter.drawText(below, int(Qt.AlignmentFlag.AlignRight), high_text)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(QRectF(left, grid_bottom + size * 0.09, 3 * cell, size * 0.06),
                     int(Qt.AlignmentFlag.AlignHCenter), vulnerability_text)
    painter.save()
    painter.translate(left - size * 0.07, grid_bottom)
    painter.rotate(-90)
    painter.setFont(small)
    painter.drawText(QRectF(0, -size * 0.05, 3 * cell, size * 0.05),
                     int(Qt.AlignmentFlag.AlignLeft), low_text)
    painter.drawText(QRectF(0, -size * 0.05, 3 * cell, size * 0.05),
                     int(Qt.AlignmentFlag.AlignRight), high_text)
    painter.setFont(bold)
    painter.drawText(QRectF(0, -size * 0.12, 3 * cell, size * 0.06),
                     int(Qt.AlignmentFlag.AlignHCenter), crime_text)
    painter.restore()
    painter.setFont(small)
    painter.drawText(QRectF(size * 0.03, grid_bottom + size * 0.16, size * 0.94, size * 0.1),
                     int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap),
                     focus_text)
