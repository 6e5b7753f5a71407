"""The map style of emerging hot spots: ArcGIS's reds for hot spot patterns and blues for
cold spot patterns (darker = more lasting or growing), new ones outlined; colours, order and
legend labels (in the user's language) from :mod:`wijkradar.core.emerging_patterns`."""

from qgis.core import QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsRendererCategory

from ..core import emerging_patterns as patterns

FIELD = "category"


def _symbol(code):
    outlined = code in patterns.OUTLINED
    return QgsFillSymbol.createSimple({
        "color": patterns.COLOURS[code], "style": "solid",
        "outline_color": "#000000" if outlined else "#9e9e9e",
        "outline_width": "0.5" if outlined else "0.1"})


def pattern_renderer(field_name=FIELD):
    """One category per pattern code, in legend order, labelled with the pattern's name."""
    categories = [QgsRendererCategory(code, _symbol(code), patterns.name(code))
                  for code in patterns.LEGEND_ORDER]
    return QgsCategorizedSymbolRenderer(field_name, categories)
