"""Ready styles of wijkradar:local_hotspot_statistics: ArcGIS's red-blue hot and cold spot
classes (Gi_Bin), or the LISA clusters and outliers, with the legend in the user's language.
The colours and labels are :mod:`wijkradar.core.hotspot_stats`'s, shared with the report."""

from qgis.core import QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsRendererCategory

from ..core import hotspot_stats as hs
from ..core.i18n import translate

NO_VALUE_COLOUR = "#bdbdbd"


def _fill(colour, style="solid"):
    return QgsFillSymbol.createSimple({"color": colour, "style": style,
                                       "outline_color": "#8c8c8c", "outline_width": "0.1"})


def _categories(labels, colours, without_value):
    categories = [QgsRendererCategory(key, _fill(colours[key]),
                                      translate("HotspotStats", labels[key]))
                  for key in labels]
    # Hatched: an area left out (no value) reads as missing, not as a class.
    categories.append(QgsRendererCategory(None, _fill(NO_VALUE_COLOUR, "b_diagonal"),
                                          without_value))
    return categories


def class_renderer(field_name="gi_class"):
    """Hot spot 99% (dark red) ... cold spot 99% (dark blue), then areas without a value."""
    return QgsCategorizedSymbolRenderer(field_name, _categories(
        hs.CLASS_LABELS, hs.CLASS_COLOURS, translate("HotspotStats", hs.NO_VALUE_LABEL)))


def lisa_renderer(field_name="lisa"):
    """HH red, LL blue, HL pink, LH light blue, not significant grey."""
    return QgsCategorizedSymbolRenderer(field_name, _categories(
        hs.LISA_LABELS, hs.LISA_COLOURS, translate("HotspotStats", hs.NO_VALUE_LABEL)))
