"""The demo municipality with an intervention planted, for the experiment algorithms' tests.

In the wijk Molenwijk, for the 8 weeks from Monday 2023-09-04, 40% of the incidents are taken
away and 40% of those moved to PC6 points in the 250 m ring around the wijk (displacement).
The incidents are written as an export would be (English field names, text dates, ISO and
day-first mixed, some empty), in RD New and in EPSG:4326, for 2022 to mid-2024.
"""

import numpy as np
import shapely
from osgeo import ogr, osr

from .conftest import DEMO_GPKG

TREATED_WIJK = "WK990102"  # Molenwijk
START, WEEKS = np.datetime64("2023-09-04"), 8
FIRST, LAST = np.datetime64("2022-01-01"), np.datetime64("2024-06-30")
KEPT, MOVED = 0.6, 0.4  # of the treated areas' incidents in the window; of those taken away


def demo_shapes(layer_name, code_field):
    dataset = ogr.Open(DEMO_GPKG)
    shapes = {feature[code_field]: shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb()))
              for feature in dataset.GetLayer(layer_name)}
    return shapes


def demo_incidents():
    dataset = ogr.Open(DEMO_GPKG)
    rows = [(f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY(), f["datum"], f["soort"])
            for f in dataset.GetLayer("incidenten")]
    x, y, text, kind = zip(*rows)
    dates = np.array([t.replace("/", "-") for t in text], dtype="datetime64[D]")
    keep = (dates >= FIRST) & (dates <= LAST)
    return (np.array(x)[keep], np.array(y)[keep], dates[keep], np.array(kind)[keep])


def planted(seed=17):
    """The demo incidents with the intervention planted (see the module's docstring)."""
    rng = np.random.default_rng(seed)
    x, y, dates, kind = demo_incidents()
    wijk = demo_shapes("wijken", "wijkcode")[TREATED_WIJK]
    inside = shapely.contains_xy(wijk, x, y)
    window = (dates >= START) & (dates < START + 7 * WEEKS)
    taken = inside & window & (rng.random(x.size) > KEPT)
    moved = taken & (rng.random(x.size) < MOVED)
    ring = shapely.difference(shapely.buffer(wijk, 250), wijk)
    in_ring = shapely.contains_xy(ring, x, y)
    targets = np.unique(np.column_stack([x[in_ring], y[in_ring]]), axis=0)
    chosen = targets[rng.integers(0, len(targets), int(moved.sum()))]
    x, y = x.copy(), y.copy()
    x[moved], y[moved] = chosen[:, 0], chosen[:, 1]
    keep = ~taken | moved
    return x[keep], y[keep], dates[keep], kind[keep]


def date_texts(dates):
    texts = []
    for number, day in enumerate(dates):
        iso = str(day)
        texts.append(None if number % 211 == 7 else
                     f"{iso[8:10]}-{iso[5:7]}-{iso[:4]}" if number % 3 == 0 else iso)
    return texts


def write_export(path, x, y, dates, kind):
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    rd, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    rd.ImportFromEPSG(28992)
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_wgs84 = osr.CoordinateTransformation(rd, wgs84)
    texts = date_texts(dates)
    for name, srs, transform in (("incidents", rd, None), ("incidents_wgs84", wgs84, to_wgs84)):
        layer = dataset.CreateLayer(name, srs, ogr.wkbPoint)
        for field, kind_ in (("incident_id", ogr.OFTInteger), ("offence_type", ogr.OFTString),
                             ("occurred_on", ogr.OFTString)):
            layer.CreateField(ogr.FieldDefn(field, kind_))
        layer.StartTransaction()
        for number in range(x.size):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature["incident_id"] = number + 1
            feature["offence_type"] = str(kind[number])
            if texts[number] is not None:
                feature["occurred_on"] = texts[number]
            point = ogr.Geometry(ogr.wkbPoint)
            point.AddPoint_2D(float(x[number]), float(y[number]))
            if transform is not None:
                point.Transform(transform)
            feature.SetGeometry(point)
            layer.CreateFeature(feature)
        layer.CommitTransaction()
    dataset = None
    return str(path)


def planted_export(folder):
    """(path of the export GeoPackage, the planted points (x, y, dates, types))."""
    points = planted()
    return write_export(folder / "export.gpkg", *points), points


def without_empty_dates(dates):
    """The dates as the export holds them: every 211th from the 8th on is empty."""
    dates = dates.copy()
    dates[[n % 211 == 7 for n in range(dates.size)]] = np.datetime64("NaT")
    return dates
