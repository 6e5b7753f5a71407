"""The demo municipality's planted intervention, for the experiment algorithms' tests.

The demo generator (scripts/make_demo_data.py) plants it: in the wijk Molenwijk, for the 8
weeks from Monday 2023-09-04, 40% of the incidents are taken away and 40% of those moved to
PC6 points within 250 m outside the wijk (displacement); wijkradar_demo_truth.json records
it. The incidents are written as an export would be (English field names, text dates, ISO and
day-first mixed, some empty), in RD New and in EPSG:4326, for 2022 to mid-2024.
"""

import json
from pathlib import Path

import numpy as np
import shapely
from osgeo import ogr, osr

from .conftest import DEMO_GPKG

PLANTED = json.loads((Path(DEMO_GPKG).parent / "wijkradar_demo_truth.json").read_text(
    encoding="utf-8"))["planted_intervention"]
TREATED_WIJK = PLANTED["wijkcode"]  # Molenwijk
START, WEEKS = np.datetime64(PLANTED["start"]), PLANTED["weeks"]
FIRST, LAST = np.datetime64("2022-01-01"), np.datetime64("2024-06-30")
KEPT = PLANTED["kept"]  # of the treated areas' incidents in the window


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
    points = demo_incidents()
    return write_export(folder / "export.gpkg", *points), points


def without_empty_dates(dates):
    """The dates as the export holds them: every 211th from the 8th on is empty."""
    dates = dates.copy()
    dates[[n % 211 == 7 for n in range(dates.size)]] = np.datetime64("NaT")
    return dates
