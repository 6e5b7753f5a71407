"""Loads the demo municipality into the project, readable at a glance.

District and neighbourhood boundaries on top of each other, postcode areas and incident
points present but switched off (an analyst switches them on when needed), in one group.
"""

import os

from qgis.core import (
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

from ..processing.styles import label_layer

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
DEMO_GPKG = os.path.join(PLUGIN_DIR, "resources", "demo", "wijkradar_demo.gpkg")
GROUP_NAME = "Wijkradar demo"

# layer name -> (symbol properties, visible at start, label field); drawn top to bottom
DEMO_LAYERS = (
    ("coffeeshops", {"name": "triangle", "color": "#1b7837", "size": "2.6",
                     "outline_color": "white"}, True, None),
    ("ruimingen", {"name": "diamond", "color": "#762a83", "size": "2.2",
                   "outline_color": "white"}, False, None),
    ("incidenten", {"name": "circle", "color": "60,60,60,90", "size": "1.0",
                    "outline_style": "no"}, False, None),
    ("gemeente", {"color": "0,0,0,0", "outline_color": "#222222", "outline_width": "0.8"},
     True, None),
    ("wijken", {"color": "0,0,0,0", "outline_color": "#555555", "outline_width": "0.5"},
     True, "wijknaam"),
    ("buurten", {"color": "241,238,230,255", "outline_color": "#b0aca0",
                 "outline_width": "0.2"}, True, None),
    ("pc4", {"color": "0,0,0,0", "outline_color": "#3b6ea5", "outline_width": "0.4"},
     False, "postcode"),
    ("pc6", {"color": "0,0,0,0", "outline_color": "#9db8d9", "outline_width": "0.1"},
     False, None),
)


def load_demo_layers(project=None):
    """Adds the demo layers in a group; returns the names loaded."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    group = root.findGroup(GROUP_NAME) or root.insertGroup(0, GROUP_NAME)
    loaded = []
    for name, symbol, visible, label_field in DEMO_LAYERS:
        layer = QgsVectorLayer(f"{DEMO_GPKG}|layername={name}", name, "ogr")
        if not layer.isValid():
            continue
        style(layer, symbol, label_field)
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(visible)
        loaded.append(name)
    return loaded


def style(layer, properties, label_field):
    if layer.geometryType() == 0:  # points
        symbol = QgsMarkerSymbol.createSimple(properties)
    else:
        symbol = QgsFillSymbol.createSimple(properties)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    if label_field:
        label_layer(layer, label_field)
