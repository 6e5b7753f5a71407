"""Ready styles for Wijkradar outputs, applied when QGIS loads a result.

Raster styles are also saved as ``<output>.qml`` beside the file, which QGIS reads whenever
the file is opened later, in any project.
"""

import numpy as np
from qgis.core import (
    QgsColorRampShader,
    QgsFillSymbol,
    QgsFontMarkerSymbolLayer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProcessingLayerPostProcessorInterface,
    QgsProperty,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRuleBasedRenderer,
    QgsSimpleMarkerSymbolLayer,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from .compat import MarkerShape, SymbolLayerProperty

# Light to dark: low density stays transparent so the map underneath shows.
DENSITY_COLOURS = ["#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"]

# Post-processors must outlive processAlgorithm(); QGIS holds only a pointer.
_KEEP_ALIVE = []


def density_breaks(surface, nodata):
    """Class limits from the quantiles of the non-zero cells (the top class = top 1%)."""
    values = surface[(surface != nodata) & (surface > 0) & np.isfinite(surface)]
    if values.size == 0:
        return [0.0, 1.0]
    quantiles = np.quantile(values, [0.0, 0.5, 0.75, 0.9, 0.95, 0.99, 1.0])
    return sorted(set(float(q) for q in quantiles))


def density_renderer(provider, breaks):
    items = [QgsColorRampShader.ColorRampItem(breaks[0], QColor(0, 0, 0, 0), "0")]
    for index, upper in enumerate(breaks[1:]):
        colour = QColor(DENSITY_COLOURS[min(index, len(DENSITY_COLOURS) - 1)])
        colour.setAlpha(210)
        items.append(QgsColorRampShader.ColorRampItem(upper, colour, f"≤ {upper:.3g}"))
    ramp = QgsColorRampShader(breaks[0], breaks[-1])
    ramp.setColorRampType(QgsColorRampShader.Type.Discrete)
    ramp.setColorRampItemList(items)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    return QgsSingleBandPseudoColorRenderer(provider, 1, shader)


def save_density_style(raster_path, breaks):
    """Writes ``<raster>.qml`` with the density classes; returns its path or None."""
    layer = QgsRasterLayer(raster_path, "density", "gdal")
    if not layer.isValid():
        return None
    layer.setRenderer(density_renderer(layer.dataProvider(), breaks))
    qml_path = raster_path.rsplit(".", 1)[0] + ".qml"
    _, saved = layer.saveNamedStyle(qml_path)
    return qml_path if saved else None


def style_hotspot_polygons(layer):
    symbol = QgsFillSymbol.createSimple({
        "color": "227,26,28,60", "outline_color": "#b10026", "outline_width": "0.6"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    label_layer(layer, "rank", size=9, colour="#67000d")


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a qml file or a styling function to a result layer once QGIS loads it."""

    def __init__(self, qml_path=None, style_function=None):
        super().__init__()
        self.qml_path = qml_path
        self.style_function = style_function

    def postProcessLayer(self, layer, context, feedback):
        if self.qml_path:
            layer.loadNamedStyle(self.qml_path)
        if self.style_function:
            self.style_function(layer)
        layer.triggerRepaint()


def style_on_load(context, layer_id, qml_path=None, style_function=None):
    """Asks QGIS to style ``layer_id`` when it loads it at the end of the run."""
    if not context.willLoadLayerOnCompletion(layer_id):
        return
    processor = StylePostProcessor(qml_path, style_function)
    _KEEP_ALIVE.append(processor)
    context.layerToLoadOnCompletionDetails(layer_id).setPostProcessor(processor)


def label_layer(layer, field_or_expression, size=8.5, colour="#333333", buffer_size=0.8,
                is_expression=False):
    """Labels with a white halo, readable over any fill."""
    settings = QgsPalLayerSettings()
    settings.fieldName = field_or_expression
    settings.isExpression = is_expression
    text = QgsTextFormat()
    text.setSize(size)
    text.setColor(QColor(colour))
    halo = QgsTextBufferSettings()
    halo.setEnabled(True)
    halo.setSize(buffer_size)
    text.setBuffer(halo)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


# --- the patrol focus map -----------------------------------------------------------------
# The top areas of the page's district stand out in a strong red with a dark edge; the
# district's other areas are shaded lightly by class; areas outside the district are grey.
# Edges are thin and white, so a grid of thousands of cells does not turn into a mesh.
TOP_FILL, TOP_EDGE = "#c8102e", "#4d0011"
CLASS_FILLS = ("#fdf1ea", "#fbd2bf", "#f3a58a")  # lowest class first
OUTSIDE_FILL = "#e6e6e6"
NAVY = "#1d3557"
CONTEXT_GREY = "#8c8c8c"


def patrol_area_renderer(classes, top, outside):
    """Rules, in legend order: ``top`` = (label, filter), ``classes`` = [(label, filter)]
    lowest first (shown highest first), ``outside`` = (label, filter) or None."""
    root = QgsRuleBasedRenderer.Rule(None)
    top_symbol = _fill(TOP_FILL, TOP_EDGE, 0.45)
    top_symbol.symbolLayer(0).setRenderingPass(1)  # dark edges over the neighbours' fills
    root.appendChild(QgsRuleBasedRenderer.Rule(top_symbol, filterExp=top[1], label=top[0]))
    fills = CLASS_FILLS[-len(classes):] if len(classes) < len(CLASS_FILLS) else CLASS_FILLS
    for (label, expression), colour in reversed(list(zip(classes, fills))):
        root.appendChild(QgsRuleBasedRenderer.Rule(_fill(colour, "#ffffff", 0.1),
                                                   filterExp=expression, label=label))
    if outside is not None:
        root.appendChild(QgsRuleBasedRenderer.Rule(_fill(OUTSIDE_FILL, "#ffffff", 0.1),
                                                   filterExp=outside[1], label=outside[0]))
    renderer = QgsRuleBasedRenderer(root)
    renderer.setUsingSymbolLevels(True)
    return renderer


def boundary_renderer(this_page, this_label, others_label):
    """The page's district boundary bold, the other districts' thin."""
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(_fill("0,0,0,0", NAVY, 0.9),
                                               filterExp=this_page, label=this_label))
    root.appendChild(QgsRuleBasedRenderer.Rule(_fill("0,0,0,0", CONTEXT_GREY, 0.3),
                                               filterExp=f"NOT ({this_page})",
                                               label=others_label))
    return QgsRuleBasedRenderer(root)


def marker_renderer(on_this_page, size, rank_field="rank"):
    """Numbered circles (white digits on navy) of ``size`` mm, on this page only."""
    circle = QgsSimpleMarkerSymbolLayer(MarkerShape.Circle, size)
    circle.setColor(QColor(NAVY))
    circle.setStrokeColor(QColor("#ffffff"))
    circle.setStrokeWidth(0.3)
    digits = QgsFontMarkerSymbolLayer("DejaVu Sans", "1", 0.62 * size, QColor("#ffffff"))
    digits.setFontStyle("Bold")
    digits.setDataDefinedProperty(SymbolLayerProperty.Character, QgsProperty.fromExpression(
        f'to_string("{rank_field}")'))
    # Two digits in the same circle: a smaller font.
    digits.setDataDefinedProperty(SymbolLayerProperty.Size, QgsProperty.fromExpression(
        f'CASE WHEN "{rank_field}" >= 10 THEN {0.5 * size:.2f} ELSE {0.62 * size:.2f} END'))
    symbol = QgsMarkerSymbol()  # its layers handed over one by one: QGIS then owns them
    symbol.changeSymbolLayer(0, circle)
    symbol.appendSymbolLayer(digits)
    return _one_rule(symbol, on_this_page)


def leader_renderer(on_this_page):
    return _one_rule(QgsLineSymbol.createSimple({"color": NAVY, "width": "0.3"}),
                     on_this_page)


def _one_rule(symbol, expression):
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, filterExp=expression))
    return QgsRuleBasedRenderer(root)


def _fill(colour, edge, width):
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": edge,
                                       "outline_width": str(width)})
