"""Bad input for the property suite of issue 15 (test_bad_input_properties.py).

A small town is built in local metres: 6 x 6 grid cells of 250 m (the areas, with an id,
inhabitants, monitor indicators, a score and drivers), two districts and two years of
incidents around a hot corner (an id, a text date, a type and a weight). A *trait* then gives
it what real exports have (NULL geometries, text dates in mixed formats, no CRS, a CSV with a
BOM, ...), Hypothesis drawing the details (which rows, which formats, which names), and the
town is written as the files a user points an algorithm at: one GeoPackage (incidents,
areas, districts), a GeoTIFF density and, for the CSV trait, a CSV read through QGIS's
delimited-text provider.
"""

import csv
import datetime as dt
import io
import math
import os
from dataclasses import dataclass, field, replace
from types import SimpleNamespace
from typing import Callable, Optional

import numpy as np
from hypothesis import strategies as st
from osgeo import gdal, ogr, osr

SIDE, CELL = 6, 250.0  # the town: SIDE x SIDE areas of CELL metres
WIDTH = SIDE * CELL
FIRST_MONTH, MONTHS = dt.date(2022, 10, 1), 24  # two years of incidents ...
LAST_DAY = dt.date(2024, 9, 29)  # ... up to this Sunday
PIXELS = 30  # the density raster: PIXELS x PIXELS cells over the town
NODATA = -9999.0
FEET_PER_METRE = 1 / 0.3048006096012192  # US survey feet, as EPSG:2227 measures
GPKG_NAME, RASTER_NAME, CSV_NAME = "export.gpkg", "density.tif", "incidents.csv"


# -- where the town lies: a frame maps local metres to the coordinates written -------------

def _lonlat_transform():
    rd, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    rd.ImportFromEPSG(28992)
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(rd, wgs84)


TO_LONLAT = _lonlat_transform()


def in_rd(x, y, offset=(150_000.0, 411_000.0)):
    """Near Utrecht in RD New (EPSG:28992), or wherever ``offset`` puts the town."""
    return offset[0] + x, offset[1] + y


def in_lonlat(x, y):
    lon, lat, _ = TO_LONLAT.TransformPoint(*in_rd(x, y))
    return lon, lat


def in_feet(x, y):
    """In San Francisco, in EPSG:2227 (NAD83 / California zone 3, US feet)."""
    return 6_010_000.0 + x * FEET_PER_METRE, 2_110_000.0 + y * FEET_PER_METRE


@dataclass(frozen=True)
class Frame:
    crs: Optional[str]  # the CRS written into the files; None: the files have no CRS
    place: Callable  # (x, y) in local metres -> coordinates as written


RD = Frame("EPSG:28992", in_rd)
FRAMES = {
    "lonlat": Frame("EPSG:4326", in_lonlat),
    "feet": Frame("EPSG:2227", in_feet),
    "no_crs_rd": Frame(None, in_rd),
    "no_crs_lonlat": Frame(None, in_lonlat),
}


# -- the town ---------------------------------------------------------------------------------

@dataclass
class Layer:
    """A layer as it will be written. A row is [shape, values]: a shape is ('Point', (x, y)),
    ('Polygon', [ring]) or ('MultiPolygon', [[ring], ...]) in local metres, None for a NULL
    geometry or 'EMPTY'; values maps field names to values."""

    name: str
    geometry: str  # OGR geometry type name
    fields: dict  # field name -> 'int', 'real', 'text' or 'date'
    rows: list
    roles: dict  # what a field is for ('date', 'id', ...) -> its name
    frame: Frame = RD

    def column(self, role):
        return self.roles[role]

    def rename(self, renamed):
        """Renames fields (old name -> new name) in the fields, the rows and the roles."""
        self.fields = {renamed.get(name, name): kind for name, kind in self.fields.items()}
        self.roles = {role: renamed.get(name, name) for role, name in self.roles.items()}
        for row in self.rows:
            row[1] = {renamed.get(name, name): value for name, value in row[1].items()}


def square(x0, y0, size):
    return [(x0, y0), (x0 + size, y0), (x0 + size, y0 + size), (x0, y0 + size), (x0, y0)]


def expected_per_month(col, row):
    """More incidents near the hot corner (0, 0)."""
    return 0.25 + 1.5 * math.exp(-math.hypot(col, row) / 1.5)


def month_starts():
    first = FIRST_MONTH
    return [dt.date(first.year + (first.month - 1 + m) // 12, (first.month - 1 + m) % 12 + 1, 1)
            for m in range(MONTHS)]


def incidents(rng):
    rows = []
    for start in month_starts():
        for cell in range(SIDE * SIDE):
            row, col = divmod(cell, SIDE)
            for _ in range(rng.poisson(expected_per_month(col, row))):
                day = min(start + dt.timedelta(days=int(rng.integers(0, 28))), LAST_DAY)
                point = ((col + rng.uniform(0.05, 0.95)) * CELL,
                         (row + rng.uniform(0.05, 0.95)) * CELL)
                rows.append([("Point", point), {
                    "incident_id": len(rows) + 1, "occurred_on": day.isoformat(),
                    "offence_type": str(rng.choice(["burglary", "nuisance", "theft"])),
                    "weight": float(rng.integers(1, 4))}])
    return Layer("incidents", "Point",
                 {"incident_id": "int", "occurred_on": "text", "offence_type": "text",
                  "weight": "real"}, rows,
                 {"id": "incident_id", "date": "occurred_on", "type": "offence_type",
                  "weight": "weight"})


def areas(rng):
    rows = []
    for cell in range(SIDE * SIDE):
        row, col = divmod(cell, SIDE)
        risk = expected_per_month(col, row)
        rows.append([("Polygon", [square(col * CELL, row * CELL, CELL)]), {
            "cell_id": f"C{cell + 1:02d}", "inhabitants": float(rng.integers(40, 2000)),
            "income": float(rng.normal(30_000, 5_000)), "safety": float(rng.uniform(5, 8)),
            "arrears": float(rng.uniform(1, 10)), "score": round(risk + rng.uniform(0, 0.2), 4),
            "drivers": f"{round(risk * 3)} incidents in the last 13 weeks"}])
    return Layer("areas", "Polygon",
                 {"cell_id": "text", "inhabitants": "real", "income": "real", "safety": "real",
                  "arrears": "real", "score": "real", "drivers": "text"}, rows,
                 {"id": "cell_id", "population": "inhabitants", "income": "income",
                  "safety": "safety", "arrears": "arrears", "score": "score",
                  "drivers": "drivers"})


def districts():
    half = WIDTH / 2
    rows = [[("Polygon", [[(x, 0), (x + half, 0), (x + half, WIDTH), (x, WIDTH), (x, 0)]]),
             {"district_name": name}] for x, name in ((0.0, "West"), (half, "East"))]
    return Layer("districts", "Polygon", {"district_name": "text"}, rows,
                 {"name": "district_name"})


@dataclass
class Raster:
    values: np.ndarray
    frame: Frame = RD


def density(rng):
    centres = (np.arange(PIXELS) + 0.5) * WIDTH / PIXELS / CELL  # in cells
    col, row = np.meshgrid(centres, centres[::-1])  # north up
    return Raster(np.vectorize(expected_per_month)(col, row) + rng.uniform(0, 0.05, col.shape))


@dataclass
class Town:
    points: Layer
    areas: Layer
    districts: Layer
    raster: Raster
    csv: Optional[dict] = None  # how the points are written as CSV (see the csv trait)
    without_crs: bool = False  # a layer of the town has no CRS

    def layers(self):
        return {"points": self.points, "areas": self.areas, "districts": self.districts}

    def field_names(self):
        """Field names by role, for parameters: names.points.date, names.areas.id, ..."""
        return {role: SimpleNamespace(**layer.roles) for role, layer in self.layers().items()}

    def put_everything_in(self, frame):
        for layer in self.layers().values():
            layer.frame = frame
        self.raster.frame = frame
        self.without_crs = frame.crs is None


def town(seed):
    rng = np.random.default_rng(seed)
    return Town(incidents(rng), areas(rng), districts(), density(rng))


# -- writing it -----------------------------------------------------------------------------

OGR_TYPES = {"int": ogr.OFTInteger64, "real": ogr.OFTReal, "text": ogr.OFTString,
             "date": ogr.OFTDate}


def spatial_reference(frame):
    if frame.crs is None:
        return None
    srs = osr.SpatialReference()
    srs.SetFromUserInput(frame.crs)
    return srs


def shape_wkt(shape, place):
    kind, coordinates = shape

    def ring(points):
        return "(" + ", ".join("{!r} {!r}".format(*place(x, y)) for x, y in points) + ")"

    if kind == "Point":
        return "POINT ({!r} {!r})".format(*place(*coordinates))
    if kind == "Polygon":
        return "POLYGON (" + ", ".join(map(ring, coordinates)) + ")"
    return "MULTIPOLYGON (" + ", ".join(
        "(" + ", ".join(map(ring, part)) + ")" for part in coordinates) + ")"


def ogr_geometry(shape, layer):
    if shape is None:
        return None
    if shape == "EMPTY":
        return ogr.CreateGeometryFromWkt(f"{layer.geometry.upper()} EMPTY")
    return ogr.CreateGeometryFromWkt(shape_wkt(shape, layer.frame.place))


def write_gpkg_layer(dataset, layer):
    geometry_type = getattr(ogr, "wkb" + layer.geometry)
    written = dataset.CreateLayer(layer.name, spatial_reference(layer.frame), geometry_type)
    for name, kind in layer.fields.items():
        written.CreateField(ogr.FieldDefn(name, OGR_TYPES[kind]))
    definition = written.GetLayerDefn()
    written.StartTransaction()  # one commit, not one per feature
    for shape, values in layer.rows:
        feature = ogr.Feature(definition)
        for name, value in values.items():
            set_field(feature, definition.GetFieldIndex(name), value)
        feature.SetGeometry(ogr_geometry(shape, layer))
        assert written.CreateFeature(feature) == 0, (layer.name, shape, values)
    written.CommitTransaction()


def set_field(feature, index, value):
    if value is None:
        feature.SetFieldNull(index)
    elif isinstance(value, dt.date):
        feature.SetField(index, value.year, value.month, value.day, 0, 0, 0, 0)
    else:
        feature.SetField(index, value)


def write_raster(raster, path):
    corners = [raster.frame.place(x, y) for x in (0, WIDTH) for y in (0, WIDTH)]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    height, width = raster.values.shape
    dataset = gdal.GetDriverByName("GTiff").Create(path, width, height, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((min(xs), (max(xs) - min(xs)) / width, 0.0,
                             max(ys), 0.0, -(max(ys) - min(ys)) / height))
    srs = spatial_reference(raster.frame)
    if srs is not None:
        dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    band.WriteArray(raster.values.astype(np.float32))
    dataset = None  # closes the file


def csv_text(layer, options):
    """The points as a spreadsheet export writes them: x and y columns, then the fields."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=options["delimiter"], lineterminator=options["newline"])
    writer.writerow(["x", "y", *layer.fields])
    for shape, values in layer.rows:
        x, y = layer.frame.place(*shape[1]) if isinstance(shape, tuple) else ("", "")
        writer.writerow([csv_value(v, options) for v in (x, y)]
                        + [csv_value(values.get(name), options) for name in layer.fields])
    return out.getvalue()


def csv_value(value, options):
    if value is None:
        return ""
    if isinstance(value, float) and options["decimal_comma"]:
        return repr(value).replace(".", ",")
    return repr(value) if isinstance(value, float) else str(value)


@dataclass
class TownFiles:
    """The files of a town and what parameters refer to: layer sources by role (a URI, or a
    layer for the CSV as a user loads it) and field names by role."""

    folder: str
    sources: dict
    names: dict
    without_crs: bool = False
    keep: list = field(default_factory=list)  # layers that must live as long as the run


def write_town(town_, folder):
    os.makedirs(folder, exist_ok=True)
    gpkg = os.path.join(folder, GPKG_NAME)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(gpkg)
    for layer in town_.layers().values():
        write_gpkg_layer(dataset, layer)
    dataset = None  # closes the file
    raster = os.path.join(folder, RASTER_NAME)
    write_raster(town_.raster, raster)
    sources = {role: f"{gpkg}|layername={layer.name}"
               for role, layer in town_.layers().items()}
    sources["raster"] = raster
    files = TownFiles(folder, sources, town_.field_names(), town_.without_crs)
    if town_.csv is not None:
        write_points_csv(town_, files)
    return files


def write_points_csv(town_, files):
    options = town_.csv
    path = os.path.join(files.folder, CSV_NAME)
    with open(path, "w", encoding="utf-8-sig" if options["bom"] else "utf-8",
              newline="") as handle:
        handle.write(csv_text(town_.points, options))
    if options["load"] == "path":  # as qgis_process INPUT=incidents.csv gets it
        files.sources["points"] = path
    else:
        layer = delimited_text_layer(path, options, town_.points.frame.crs)
        files.keep.append(layer)
        files.sources["points"] = layer


def delimited_text_layer(path, options, crs):
    """The CSV as QGIS's Data Source Manager loads it: delimiter, decimal comma, x and y."""
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtCore import QUrl, QUrlQuery

    query = QUrlQuery()
    query.addQueryItem("type", "csv")
    query.addQueryItem("delimiter", options["delimiter"])
    query.addQueryItem("xField", "x")
    query.addQueryItem("yField", "y")
    query.addQueryItem("detectTypes", "yes")
    query.addQueryItem("geomType", "point")
    if options["decimal_comma"]:
        query.addQueryItem("decimalPoint", ",")
    if crs is not None:
        query.addQueryItem("crs", crs)
    url = QUrl.fromLocalFile(path)
    url.setQuery(query)
    return QgsVectorLayer(url.toString(QUrl.ComponentFormattingOption.FullyEncoded),
                          "incidents", "delimitedtext")


# -- traits: each takes Hypothesis's data and a town and gives the town the trait ------------

# A location in the town or just outside it, on cell corners and edges as often as not (the
# simplest: the corner of the first area).
LOCATIONS = st.tuples(*[st.one_of(st.integers(0, SIDE + 1).map(lambda k: k * CELL),
                                  st.floats(-CELL, WIDTH + CELL))] * 2)


YES_NO = st.sampled_from([True, False])  # True is the simplest


def some_rows(data, layer, at_least=1):
    """Indices of a non-empty subset of the layer's rows (all rows allowed)."""
    count = len(layer.rows)
    chosen = data.draw(st.sets(st.integers(0, count - 1), min_size=min(at_least, count),
                               max_size=count), label="rows")
    return sorted(chosen)


def frame_trait(name):
    def give(data, town_):
        town_.put_everything_in(FRAMES[name])
    return give


def huge_coordinates(data, town_):
    offset = data.draw(st.sampled_from([1e7, 1e9, 1e12, 1e15]), label="offset")
    town_.put_everything_in(Frame("EPSG:28992", lambda x, y: in_rd(x, y, (offset, offset))))


def mixed_crs(data, town_):
    """Incidents in WGS84 (as a phone app exports them), areas and districts in RD New."""
    town_.points.frame = FRAMES["lonlat"]


def empty(role):
    def give(data, town_):
        town_.layers()[role].rows = []
    return give


def one_feature(role):
    def give(data, town_):
        layer = town_.layers()[role]
        layer.rows = [layer.rows[data.draw(st.integers(0, len(layer.rows) - 1), label="row")]]
    return give


def all_points_equal(data, town_):
    location = data.draw(LOCATIONS, label="location")
    for row in town_.points.rows:
        row[0] = ("Point", location)


def null_geometries(role):
    """NULL and empty geometries mixed in (some rows, or all of them)."""
    def give(data, town_):
        layer = town_.layers()[role]
        for index in some_rows(data, layer):
            layer.rows[index][0] = data.draw(st.sampled_from([None, "EMPTY"]), label="geometry")
    return give


def outlier(data, town_):
    """One incident far from the rest: a typo in a coordinate."""
    distance = data.draw(st.sampled_from([5e3, 1e5, 3e6, 1e9]), label="distance")
    angle = data.draw(st.floats(0, 2 * math.pi), label="angle")
    index = data.draw(st.integers(0, len(town_.points.rows) - 1), label="row")
    town_.points.rows[index][0] = ("Point", (distance * math.cos(angle),
                                             distance * math.sin(angle)))


BAD_NUMBERS = [None, math.nan, math.inf, -math.inf, -1.0, 0.0, 1e308]
# Numbers as a spreadsheet export writes them into a text column.
TEXT_NUMBERS = ["", "n/a", "-", "1,5", "1.000,25", " 7 ", "1e3"]


def odd_values(role, keys, odd, as_text=False):
    """Odd values in the layer's numeric fields (or these fields as text): rows chosen by
    Hypothesis take the odd values in turn, so even the simplest example has each of them."""
    def give(data, town_):
        layer = town_.layers()[role]
        names = [layer.column(key) for key in keys]
        for name in names:
            layer.fields[name] = "text" if as_text else "real"
        first = data.draw(st.integers(0, len(odd) - 1), label="first odd value")
        chosen = some_rows(data, layer, at_least=len(odd))
        for turn, index in enumerate(chosen):
            for name in names:
                layer.rows[index][1][name] = odd[(first + turn) % len(odd)]
        for _, values in layer.rows if as_text else []:
            for name in names:
                values[name] = None if values[name] is None else str(values[name])
    return give


def bad_numbers(role, keys):
    """NULL, NaN, infinite, negative, zero and huge values in the layer's numeric fields."""
    return odd_values(role, keys, BAD_NUMBERS)


def numbers_as_text(role, keys):
    """The numeric fields as text columns, some with what spreadsheets write ('1,5', 'n/a')."""
    return odd_values(role, keys, TEXT_NUMBERS, as_text=True)


DATE_WRITINGS = [
    lambda d: d.isoformat(), lambda d: d.strftime("%d-%m-%Y"),
    lambda d: f"{d.day}-{d.month}-{d.year}", lambda d: d.strftime("%d/%m/%Y"),
    lambda d: d.strftime("%Y-%m-%dT%H:%M:%S"), lambda d: d.strftime("%d.%m.%Y 14:05"),
    lambda d: d.strftime("%Y/%m/%d"),
]
ODD_DATES = ["1966-05-12", "2031-03-18", "0202-01-01", "9999-12-31", "2024-02-30", "", "  ",
             None, "unknown", "12-31-2023", "24-03-05"]


def text_dates(data, town_):
    """Dates written in mixed formats (each row the next format), with old, future,
    impossible and missing ones."""
    name = town_.points.column("date")
    first = data.draw(st.integers(0, len(DATE_WRITINGS) - 1), label="first format")
    odd_rows = set(data.draw(st.sets(st.integers(0, len(town_.points.rows) - 1), min_size=1,
                                     max_size=8), label="odd rows"))
    for index, (_, values) in enumerate(town_.points.rows):
        if index in odd_rows:
            values[name] = data.draw(st.sampled_from(ODD_DATES), label="odd date")
        else:
            writing = DATE_WRITINGS[(first + index) % len(DATE_WRITINGS)]
            values[name] = writing(dt.date.fromisoformat(values[name]))


def duplicate_and_null_ids(role):
    def give(data, town_):
        layer = town_.layers()[role]
        name = layer.column("id")
        ids = [values[name] for _, values in layer.rows]
        for index in some_rows(data, layer):
            layer.rows[index][1][name] = data.draw(st.one_of(st.none(), st.sampled_from(ids)),
                                                   label="id")
    return give


# Field and layer names real exports have: non-ASCII, SQL keywords, spaces and quotes.
ODD_NAMES = ["select", "datum_ïncident", "from", "Wijk naam", "straße", "where", "type-delict",
             "order", "Ünïcødé", "group", "年月日", "o'neill", "e\u0301\u00e9", "COUNT", "desc",
             "table", "x y", "1st"]


def odd_names(role):
    def give(data, town_):
        layer = town_.layers()[role]
        names = data.draw(st.lists(st.sampled_from(ODD_NAMES), min_size=len(layer.fields) + 1,
                                   max_size=len(layer.fields) + 1, unique_by=str.lower),
                          label="names")
        layer.rename(dict(zip(layer.fields, names[1:])))
        layer.name = names[0]
    return give


def bowties(data, town_):
    """Self-intersecting areas (a bowtie: a ring that crosses itself) among the areas."""
    for index in some_rows(data, town_.areas):
        (x0, y0), *_ = town_.areas.rows[index][0][1][0]
        town_.areas.rows[index][0] = ("Polygon", [[(x0, y0), (x0 + CELL, y0 + CELL),
                                                   (x0 + CELL, y0), (x0, y0 + CELL), (x0, y0)]])


def multipart(data, town_):
    """A MultiPolygon layer (as most exports are), some areas in two parts."""
    town_.areas.geometry = "MultiPolygon"
    chosen = set(some_rows(data, town_.areas))
    for index, row in enumerate(town_.areas.rows):
        (x0, y0), *_ = row[0][1][0]
        half = CELL / 2
        parts = ([[square(x0, y0, half)], [square(x0 + half, y0 + half, half)]]
                 if index in chosen else [[square(x0, y0, CELL)]])
        row[0] = ("MultiPolygon", parts)


# The simplest is what a Dutch spreadsheet writes: a BOM, ';', decimal comma and CRLF.
CSV_OPTIONS = st.fixed_dictionaries({
    "bom": YES_NO, "delimiter": st.sampled_from([";", ",", "\t"]), "decimal_comma": YES_NO,
    "newline": st.sampled_from(["\r\n", "\n"]), "load": st.sampled_from(["delimited text", "path"]),
    "crs": YES_NO}).filter(lambda o: not (o["decimal_comma"] and o["delimiter"] == ","))


def as_csv(data, town_):
    """The incidents as a spreadsheet export: BOM, ';' or tab, decimal comma, CRLF; loaded
    through QGIS's delimited-text provider with x, y and the CRS as a user sets them, or
    given as a path (what qgis_process gets)."""
    town_.csv = data.draw(CSV_OPTIONS, label="csv")
    if not town_.csv["crs"] or town_.csv["load"] == "path":  # a CSV path carries no CRS
        town_.points.frame = replace(RD, crs=None)
        town_.without_crs = True


AREA_NUMBERS = ["population", "income", "safety", "score"]
TRAITS = {
    # the whole town
    "lonlat": frame_trait("lonlat"), "feet": frame_trait("feet"),
    "no_crs_rd": frame_trait("no_crs_rd"), "no_crs_lonlat": frame_trait("no_crs_lonlat"),
    "huge_coordinates": huge_coordinates, "mixed_crs": mixed_crs,
    # the incidents
    "points_empty": empty("points"), "points_one": one_feature("points"),
    "points_all_equal": all_points_equal, "points_null_geometries": null_geometries("points"),
    "points_outlier": outlier, "points_bad_weights": bad_numbers("points", ["weight"]),
    "points_weights_as_text": numbers_as_text("points", ["weight"]),
    "points_text_dates": text_dates, "points_duplicate_null_ids": duplicate_and_null_ids("points"),
    "points_odd_names": odd_names("points"), "points_csv": as_csv,
    # the areas
    "areas_empty": empty("areas"), "areas_one": one_feature("areas"),
    "areas_null_geometries": null_geometries("areas"), "areas_bowties": bowties,
    "areas_multipart": multipart, "areas_duplicate_null_ids": duplicate_and_null_ids("areas"),
    "areas_bad_numbers": bad_numbers("areas", AREA_NUMBERS),
    "areas_numbers_as_text": numbers_as_text("areas", AREA_NUMBERS),
    "areas_odd_names": odd_names("areas"),
}


# Traits that give a layer geometries QGIS's default check ('stop the algorithm when a
# geometry is invalid') refuses. That check throws a C++ exception; thrown while Python code
# iterates the layer, it unwinds through the interpreter and leaves it broken (seen: a
# segfault in the next garbage collection, 'SystemError: unknown opcode' in os.walk). Their
# cases run in a copy of the test process, so one broken run cannot break the others.
ISOLATED_TRAITS = {"points_null_geometries", "areas_null_geometries", "areas_bowties"}


def role_of(trait):
    """The input a trait changes: 'points', 'areas' or None (the whole town)."""
    prefix = trait.split("_")[0]
    return prefix if prefix in ("points", "areas") else None


# Values no parameter should take without a clear message.
ABSURD_NUMBERS = [math.nan, math.inf, -math.inf, 0.0, -1.0, 1e-300, 1e300, 2.0 ** 63]
