"""Ready styles for Wijkradar outputs, applied when QGIS loads a result.

Raster styles are also saved as ``<output>.qml`` beside the file, which QGIS reads whenever
the file is opened later, in any project.
"""

import numpy as np
from qgis.core import (
    QgsColorRampShader,
    QgsFillSymbol,
    QgsPalLayerSettings,
    QgsProcessingLayerPostProcessorInterface,
    QgsRasterLayer,
    QgsRasterShader,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

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
