"""The demo municipality's risk forecast as the core tests and the risk benchmark run it.

The demo GeoPackage is read with OGR (no QGIS); the forecast is monthly per PC6, with the
inhabitants and the coffeeshops within 200 m as static features: what postcode_risk does on
the demo, through the same pipeline (core.risk.forecast_areas).
"""

from pathlib import Path

import numpy as np
import pandas as pd
import shapely

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
DEMO_GPKG = DEMO / "wijkradar_demo.gpkg"


def read_layer(name, fields):
    """A demo layer's ``fields`` as a frame and its geometries as shapely, in file order."""
    from osgeo import ogr

    dataset = ogr.Open(str(DEMO_GPKG))
    rows, blobs = [], []
    for feature in dataset.GetLayerByName(name):
        rows.append([feature.GetField(f) for f in fields])
        blobs.append(bytes(feature.GetGeometryRef().ExportToWkb()))
    return pd.DataFrame(rows, columns=fields), shapely.from_wkb(np.array(blobs, dtype=object))


def demo_inputs():
    """(pc6 frame, PC6 polygons, incident frame, incident points, coffeeshop points)."""
    pc6, areas = read_layer("pc6", ["postcode", "aantal_inwoners", "buurtcode"])
    incidents, points = read_layer("incidenten", ["datum"])
    _, shops = read_layer("coffeeshops", ["naam"])
    return pc6, areas, incidents, points, shops


def demo_forecast(pc6, areas, incidents, points, shops):
    """(the monthly incident panel, core.risk.forecast_areas's result) on the demo."""
    from wijkradar.core import risk

    dates = pd.to_datetime(incidents["datum"].str.replace("/", "-")).to_numpy()
    panel = risk.incident_panel(areas, shapely.get_x(points), shapely.get_y(points),
                                dates.astype("datetime64[D]"), "month")
    static = [risk.StaticColumn("aantal_inwoners", "inhabitants",
                                pc6["aantal_inwoners"].to_numpy(float)),
              risk.context_column("coffeeshops", "coffeeshops within 200 m", areas,
                                  shapely.get_x(shops), shapely.get_y(shops), 200.0)]
    return panel, risk.forecast_areas(panel, areas, static=static)
