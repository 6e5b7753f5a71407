"""Write small test files shaped like the real CBS, police, Leefbaarometer and PDOK files.

Run from the repository root::

    PYTHONPATH=build/pkg .venv/bin/python scripts/make_cbs_fixtures.py [--output-dir DIR]

The files describe two invented municipalities, Beekhaven (GM9902) and its neighbour Leidam
(GM9903): codes GM99xx are not in use, so no file is taken for real data. Everything is
seeded (numpy ``default_rng(9902)``) and the GeoPackage timestamps are pinned, so a second
run writes the same files; tests/core/test_cbs_fixtures.py checks the committed files are what
this script writes. It writes, in tests/fixtures/cbs/:

``wijkenbuurten_2021_v1.gpkg``, ``wijkenbuurten_2024_v1.gpkg``
    The CBS "Wijk- en buurtkaart" GeoPackage of two years, layers ``gemeenten``, ``wijken``,
    ``buurten`` (MultiPolygons in RD New, EPSG:28992). Field names per year come from the
    field table in core/cbs.py (one place: the 2021 file has the bijstand field's older long
    name); the layer names, the long names and the fields ``water`` (JA/NEE) follow the
    PDOK download (``wijkenbuurten_<year>_v<n>.gpkg``), as public code reading it shows. Values
    CBS keeps secret or does not know are the sentinels -99999999 and -99999997 (CBS
    Toelichting Wijk- en Buurtkaart; the search tool could not confirm the exact meaning
    CBS gives each code). A buurt of water only has 0 inhabitants and sentinels elsewhere;
    a buurt of 35 inhabitants has its income figures kept secret. The 2024 file carries a
    field ``jaar``: not confirmed for the real file (the year is also in the file name).
``statline_47018NED_beekhaven.csv``
    The StatLine CSV export of table 47018NED (Geregistreerde misdrijven; soort misdrijf,
    wijk en buurt; per year): ';'-separated, every cell quoted, a UTF-8 byte order mark and
    Windows line ends, a title line above the header, dimension titles instead of codes
    ("1.1.1 Diefstal/inbraak woning", "Wijk 00 Centrum", "2023*" for provisional figures),
    StatLine's symbols '.' (unknown or secret) and '-' (nil), a source line below. The exact
    header texts of the new StatLine export could not be confirmed; core/cbs_tables.py reads
    the dimension names in either spelling. Crime type "1.4.8 Nieuwe categorie (test)" is
    invented, to test the warning for unknown codes.
``odata_47022NED_beekhaven_page1.json``, ``..._page2.json``
    Two pages of the OData 3 JSON of table 47022NED (per month) as
    ``https://dataderden.cbs.nl/ODataApi/odata/47022NED/TypedDataSet`` returns them
    (catalogue "Politie"): ``{"odata.metadata", "value": [rows], "odata.nextLink"}``, rows
    ``ID, SoortMisdrijf ("1.1.1 "), WijkenEnBuurten ("BU99020000"), Perioden ("2023MM01"),
    GeregistreerdeMisdrijven_1`` with codes padded with spaces as CBS pads them. CBS pages
    hold up to 10,000 rows; these hold 200, so that the second page is needed.
``leefbaarometer_scores_buurten.csv``
    The Leefbaarometer 3.0 open-data scores per buurt ("Leefbaarometer-scores buurten
    2002-2024.csv"): bu_code, bu_naam, jaar, lbm, afw, fys, onv, soc, vrz, won, comma-
    separated (the separator of the real file is not confirmed). Buurten without enough
    homes (water, the tiny buurt) have no row, as Leefbaarometer leaves them out.
``pdok/``
    Responses shaped like PDOK's OGC API Features for CBS Wijken en Buurten 2024
    (``https://api.pdok.nl/cbs/wijken-en-buurten-2024/ogc/v1``): the buurten of Beekhaven in
    two GeoJSON pages linked by ``rel: next`` (OGC API Features, Part 1), coordinates in RD
    New (asked with ``crs=http://www.opengis.net/def/crs/EPSG/0/28992``), the lookup of the
    municipality by name (a property filter, which compares exactly: a name it does not
    have gets an empty collection), and the list of all municipalities, which here also
    holds an invented 's-Gravenwaard (GM9904) whose areas are not recorded;
    ``index.json`` maps each request (path and query) to its file, for the replaying test
    server. These are made here, not recorded from PDOK.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from wijkradar.core import cbs
from wijkradar.core.cbs_tables import CRIME_TYPES

try:
    from osgeo import gdal, ogr, osr
except ImportError as error:  # pragma: no cover - depends on the machine
    raise SystemExit("make_cbs_fixtures.py needs GDAL's Python bindings (osgeo)") from error

SEED = 9902
OUTPUT_DIR = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "cbs"
GPKG_TIMESTAMP = "2024-10-01T00:00:00Z"
GPKG_YEARS = (2021, 2024)
SECRET, UNKNOWN = -99999999, -99999997
PDOK_BASE = "https://api.pdok.nl/cbs/wijken-en-buurten-2024/ogc/v1"
RD_CRS_URI = "http://www.opengis.net/def/crs/EPSG/0/28992"
ODATA_URL = "https://dataderden.cbs.nl/ODataApi/odata/47022NED"
ODATA_PAGE_ROWS = 200

# code, name, wijk code, x0, y0, width, height (metres, RD New), inhabitants
BUURTEN = [
    ("BU99020000", "Centrum", "WK990200", 171000, 441000, 400, 1500, 3120),
    ("BU99020001", "Havenkwartier", "WK990200", 171400, 441000, 400, 1500, 1840),
    ("BU99020002", "Beekhaven-Water", "WK990200", 171800, 441000, 400, 1500, 0),
    ("BU99020100", "Noorderpark", "WK990201", 172200, 441000, 400, 1500, 2650),
    ("BU99020101", "Vinkenveld", "WK990201", 172600, 441000, 400, 1500, 4010),
    ("BU99020109", "Verspreide huizen Beekhaven-Noord", "WK990201", 173000, 441000, 400,
     1500, 35),
    ("BU99030000", "Leidam-Dorp", "WK990300", 173400, 441000, 600, 1500, 1530),
    ("BU99030001", "Centrum", "WK990300", 174000, 441000, 600, 1500, 890),
]
WIJKEN = {"WK990200": "Wijk 00 Centrum", "WK990201": "Wijk 01 Beekhaven-Noord",
          "WK990300": "Wijk 00 Leidam"}
GEMEENTEN = {"GM9902": "Beekhaven", "GM9903": "Leidam"}
# Only in PDOK's list of municipalities: a name written with CBS's 's- (as 's-Hertogenbosch).
PREFIXED = ("GM9904", "'s-Gravenwaard")
# Names as the online tests type them, which PDOK does not have as written (it compares
# names exactly and answers an empty collection).
TYPED_NAMES = ("  beekhaven ", "Beekhave", "S GRAVENWAARD")
WATER = "BU99020002"
TINY = "BU99020109"
CRIME_CODES = ("0.0.0", "1.1.1", "1.2.3", "2.2.1", "3.1.1")
UNKNOWN_CRIME = ("1.4.8", "Nieuwe categorie (test)")
# Registered crimes per 1,000 inhabitants a year, per type (the total holds other types too).
CRIME_RATES = {"1.1.1": 3.0, "1.2.3": 7.0, "2.2.1": 5.0, "3.1.1": 0.6}
OTHER_CRIME_RATE = 25.0


# --------------------------------------------------------------------------- attributes


def square(x0, y0, width, height):
    return [(x0, y0), (x0 + width, y0), (x0 + width, y0 + height), (x0, y0 + height),
            (x0, y0)]


def buurt_values(rng) -> dict:
    """Field name (as in core/cbs.py) -> value, per buurt code, sentinels included."""
    values = {}
    for code, name, wijk, *_, inhabitants in BUURTEN:
        households = round(inhabitants / rng.uniform(1.9, 2.4))
        low_income = round(float(rng.uniform(4, 18)), 1)
        row = {
            "gemeentecode": "GM" + code[2:6], "gemeentenaam": GEMEENTEN["GM" + code[2:6]],
            "wijkcode": wijk, "wijknaam": WIJKEN[wijk], "buurtcode": code, "buurtnaam": name,
            "water": "JA" if code == WATER else "NEE",
            "meest_voorkomende_postcode": f"{9900 + int(code[8:]) % 90}AB",
            "dekkingspercentage": 1, "omgevingsadressendichtheid": int(rng.integers(300, 4000)),
            "stedelijkheid_adressen_per_km2": int(rng.integers(1, 6)),
            "bevolkingsdichtheid_inwoners_per_km2": round(inhabitants / 0.6),
            "aantal_inwoners": inhabitants, "aantal_huishoudens": households,
            "percentage_personen_15_tot_25_jaar": round(float(rng.uniform(8, 16)), 1),
            "percentage_personen_65_jaar_en_ouder": round(float(rng.uniform(12, 28)), 1),
            "percentage_eenpersoonshuishoudens": round(float(rng.uniform(25, 55)), 1),
            "oppervlakte_totaal_in_ha": 60.0, "oppervlakte_land_in_ha": 60.0,
            "gemiddelde_woningwaarde": round(float(rng.uniform(220, 460)), 0),
            "percentage_koopwoningen": round(float(rng.uniform(30, 75)), 1),
            "percentage_huurwoningen": 0.0,
            "netto_arbeidsparticipatie": round(float(rng.uniform(58, 74)), 1),
            "gemiddeld_inkomen_per_inwoner": round(float(rng.uniform(24, 38)), 1),
            "percentage_huishoudens_met_laag_inkomen": low_income,
            "percentage_huishoudens_onder_of_rond_sociaal_minimum": round(low_income * 0.7, 1),
            # CBS rounds benefit counts to tens
            cbs.BIJSTAND: int(round(inhabitants * rng.uniform(0.01, 0.05), -1)),
            "aantal_personen_met_een_ww_uitkering_totaal": int(round(inhabitants * 0.015, -1)),
            "aantal_personen_met_een_ao_uitkering_totaal": int(round(inhabitants * 0.04, -1)),
        }
        row["percentage_huurwoningen"] = round(100 - row["percentage_koopwoningen"], 1)
        values[code] = row
    return with_sentinels(values)


def with_sentinels(values: dict) -> dict:
    """Where CBS writes a sentinel: every figure of the water buurt but its inhabitants and
    area, the income figures of the tiny buurt, one unknown share elsewhere."""
    keep = {"aantal_inwoners", "oppervlakte_totaal_in_ha", "oppervlakte_land_in_ha"}
    for name, entry in cbs.FIELDS_BY_NAME.items():
        if entry.kind not in ("code", "text") and name not in keep:
            values[WATER][name] = SECRET
    values[WATER]["aantal_huishoudens"] = 0
    values[WATER]["oppervlakte_land_in_ha"] = 2.5
    for name in ("gemiddeld_inkomen_per_inwoner", "percentage_huishoudens_met_laag_inkomen",
                 "percentage_huishoudens_onder_of_rond_sociaal_minimum", cbs.BIJSTAND):
        values[TINY][name] = SECRET
    values[TINY]["aantal_personen_met_een_ww_uitkering_totaal"] = UNKNOWN
    values["BU99020001"]["percentage_huishoudens_met_laag_inkomen"] = UNKNOWN
    return values


def aggregate(rows: list, code_field: str) -> dict:
    """Gemeente or wijk values from its buurten: sums of counts, means weighted by
    inhabitants of the other figures (sentinels left out)."""
    out = {}
    for row in rows:
        out.setdefault(row[code_field], []).append(row)
    result = {}
    for code, members in out.items():
        first = dict(members[0])
        inhabitants = np.array([m["aantal_inwoners"] for m in members], float)
        for name, entry in cbs.FIELDS_BY_NAME.items():
            if entry.kind in ("code", "text"):
                continue
            values = np.array([m[name] for m in members], float)
            real = values > cbs.SENTINEL_CEILING
            if entry.kind in ("count", "hectare"):
                first[name] = int(values[real].sum()) if entry.kind == "count" \
                    else float(values[real].sum())
            elif (inhabitants[real] > 0).any():
                first[name] = round(float(np.average(values[real], weights=inhabitants[real])),
                                    1)
            else:
                first[name] = SECRET
        first["water"] = "NEE"
        result[code] = first
    return result


# --------------------------------------------------------------------------- GeoPackages

OGR_KIND = {"code": ogr.OFTString, "text": ogr.OFTString, "count": ogr.OFTInteger,
            "class": ogr.OFTInteger, "percent": ogr.OFTReal, "thousand_euro": ogr.OFTReal,
            "per_km2": ogr.OFTReal, "hectare": ogr.OFTReal}
LEVEL_FIELDS = {
    "gemeente": ["gemeentecode", "gemeentenaam"],
    "wijk": ["wijkcode", "wijknaam", "gemeentecode", "gemeentenaam"],
    "buurt": ["buurtcode", "buurtnaam", "wijkcode", "wijknaam", "gemeentecode",
              "gemeentenaam"],
}
# Fields not in Wijkradar's table, written to show that they are kept as they are.
EXTRA_FIELDS = [("mannen", ogr.OFTInteger), ("vrouwen", ogr.OFTInteger),
                ("mediaan_vermogen_van_particuliere_huish", ogr.OFTReal)]


def layer_fields(level: str, year: int) -> list:
    """(name in the file of ``year``, OGR type, Wijkradar name) of a layer's fields."""
    names = cbs.names_in_year(year)
    figures = [f for f in cbs.FIELDS if f.kind not in ("code", "text")]
    fields = [(names[n], ogr.OFTString, n) for n in LEVEL_FIELDS[level]]
    if level == "buurt":
        fields += [(names[n], ogr.OFTString, n) for n in ("water", "meest_voorkomende_postcode")]
    fields += [(names[f.name], OGR_KIND[f.kind], f.name) for f in figures]
    fields += [(name, kind, name) for name, kind in EXTRA_FIELDS]
    if year >= 2024:
        fields.append(("jaar", ogr.OFTInteger, "jaar"))
    return fields


def extra_values(row: dict, year: int, rng) -> dict:
    inhabitants = row["aantal_inwoners"]
    men = int(round(inhabitants * rng.uniform(0.47, 0.52)))
    wealth = round(float(rng.uniform(-5, 160)), 1) if inhabitants > 100 else SECRET
    return {"mannen": men, "vrouwen": inhabitants - men,
            "mediaan_vermogen_van_particuliere_huish": wealth, "jaar": year}


def write_level(ds, srs, level: str, year: int, features: list, rng) -> None:
    """features: (geometry WKT, values by Wijkradar name)."""
    layer = ds.CreateLayer(cbs.LAYER_NAMES[level], srs, ogr.wkbMultiPolygon,
                           options=["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES"])
    fields = layer_fields(level, year)
    for name, kind, _ in fields:
        layer.CreateField(ogr.FieldDefn(name, kind))
    definition = layer.GetLayerDefn()
    for wkt, values in features:
        values = {**values, **extra_values(values, year, rng)}
        feature = ogr.Feature(definition)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for index, (_, _, key) in enumerate(fields):
            feature.SetField(index, values[key])
        layer.CreateFeature(feature)


def multipolygon_wkt(rings: list) -> str:
    polygons = ", ".join("((" + ", ".join(f"{x} {y}" for x, y in ring) + "))"
                         for ring in rings)
    return f"MULTIPOLYGON ({polygons})"


def geometries() -> dict:
    """Area code -> MultiPolygon WKT: buurten, and their wijken and gemeenten as the
    rectangle around their buurten (the strips of one area lie side by side)."""
    rings = {code: square(x, y, w, h) for code, _, _, x, y, w, h, _ in BUURTEN}
    out = {code: multipolygon_wkt([ring]) for code, ring in rings.items()}
    for parent_of in (lambda code: BUURTEN_WIJK[code], lambda code: "GM" + code[2:6]):
        groups = {}
        for code, ring in rings.items():
            groups.setdefault(parent_of(code), []).append(ring)
        for parent, members in groups.items():
            xs = [x for ring in members for x, _ in ring]
            ys = [y for ring in members for _, y in ring]
            box = square(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
            out[parent] = multipolygon_wkt([box])
    return out


BUURTEN_WIJK = {code: wijk for code, _, wijk, *_ in BUURTEN}


def write_geopackage(path: Path, year: int, values: dict) -> None:
    rng = np.random.default_rng(SEED + year)
    shapes = geometries()
    levels = {"buurt": values, "wijk": aggregate(list(values.values()), "wijkcode"),
              "gemeente": aggregate(list(values.values()), "gemeentecode")}
    if path.exists():
        path.unlink()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    previous = gdal.GetConfigOption("OGR_CURRENT_DATE")
    gdal.SetConfigOption("OGR_CURRENT_DATE", GPKG_TIMESTAMP)
    try:
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        for level in ("gemeente", "wijk", "buurt"):
            features = [(shapes[code], row) for code, row in levels[level].items()]
            write_level(ds, srs, level, year, features, rng)
        ds = None  # closing writes the file
    finally:
        gdal.SetConfigOption("OGR_CURRENT_DATE", previous)


# --------------------------------------------------------------------------- crime tables


def crime_counts(rng, inhabitants: int, years: int) -> dict:
    """(type -> list of counts per period) for an area, totals holding other types too."""
    counts = {code: rng.poisson(rate * inhabitants / 1000 / years, size=years)
              for code, rate in CRIME_RATES.items()}
    other = rng.poisson(OTHER_CRIME_RATE * inhabitants / 1000 / years, size=years)
    counts["0.0.0"] = sum(counts.values()) + other
    return counts


def area_rows() -> list:
    """(code, StatLine title, inhabitants) of Beekhaven's gemeente, wijken and buurten."""
    buurten = [(code, name, inhabitants) for code, name, wijk, *_, inhabitants in BUURTEN
               if code.startswith("BU9902")]
    wijken = [(wijk, WIJKEN[wijk], sum(i for c, _, i in buurten if BUURTEN_WIJK[c] == wijk))
              for wijk in ("WK990200", "WK990201")]
    total = sum(i for _, _, i in buurten)
    return [("GM9902", GEMEENTEN["GM9902"], total), *wijken, *buurten]


def statline_csv(rng) -> str:
    """47018NED as the StatLine CSV export writes it."""
    lines = ['"Geregistreerde misdrijven; soort misdrijf, wijk en buurt; 2022-2023"',
             '"Soort misdrijf";"Wijken en buurten";"Perioden";'
             '"Geregistreerde misdrijven (aantal)"']
    for code, title, inhabitants in area_rows():
        years = {"2022": crime_counts(rng, inhabitants, 1),
                 "2023*": crime_counts(rng, inhabitants, 1)}
        for crime in CRIME_CODES:
            label = "Totaal misdrijven" if crime == "0.0.0" else \
                f"{crime} {CRIME_TYPES[crime][0]}"
            for period, counts in years.items():
                value = int(counts[crime][0])
                cell = "." if code == WATER else ("-" if value == 0 else str(value))
                lines.append(f'"{label}";"{title}";"{period}";"{cell}"')
    lines.append(f'"{UNKNOWN_CRIME[0]} {UNKNOWN_CRIME[1]}";"Centrum";"2023*";"2"')
    lines.append('"Bron: CBS, Politie"')
    return "\ufeff" + "\r\n".join(lines) + "\r\n"


def odata_rows(rng) -> list:
    """47022NED rows per month of 2023 for Beekhaven's buurten, wijken and gemeente."""
    rows = []
    for code, _, inhabitants in area_rows():
        counts = crime_counts(rng, inhabitants, 12)
        for crime in ("0.0.0", "1.1.1", "1.2.3"):
            for month in range(12):
                count = None if code == WATER else int(counts[crime][month])
                rows.append({"ID": len(rows), "SoortMisdrijf": crime.ljust(6),
                             "WijkenEnBuurten": code.ljust(10),
                             "Perioden": f"2023MM{month + 1:02d}",
                             "GeregistreerdeMisdrijven_1": count})
    return rows


def odata_pages(rng) -> list:
    rows = odata_rows(rng)
    query = "$filter=substring(WijkenEnBuurten,2,4)%20eq%20%279902%27"
    pages = []
    for start in range(0, len(rows), ODATA_PAGE_ROWS):
        page = {"odata.metadata": f"{ODATA_URL}/$metadata#Cbs.OData.WebAPI.TypedDataSet",
                "value": rows[start:start + ODATA_PAGE_ROWS]}
        if start + ODATA_PAGE_ROWS < len(rows):
            page["odata.nextLink"] = (f"{ODATA_URL}/TypedDataSet?{query}"
                                      f"&$skip={start + ODATA_PAGE_ROWS}")
        pages.append(page)
    return pages


# --------------------------------------------------------------------------- Leefbaarometer


def leefbaarometer_csv(rng) -> str:
    lines = ["bu_code,bu_naam,jaar,lbm,afw,fys,onv,soc,vrz,won"]
    national = 4.12
    for code, name, *_, inhabitants in BUURTEN:
        if inhabitants < 100:
            continue  # too few homes: no score
        level = rng.normal(0, 0.12)
        for year in (2020, 2022, 2024):
            parts = rng.normal(level / 5, 0.03, size=5).round(4)
            afw = round(float(parts.sum()), 4)
            lines.append(f"{code},{name},{year},{round(national + afw, 4)},{afw},"
                         + ",".join(str(p) for p in parts))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- PDOK


def pdok_query(collection: str, **params) -> str:
    """The request path and query the loader sends (parameters sorted, as it sorts them)."""
    from urllib.parse import urlencode

    query = urlencode(sorted(params.items()))
    return f"/cbs/wijken-en-buurten-2024/ogc/v1/collections/{collection}/items?{query}"


def pdok_feature(code: str, level: str, values: dict, wkt: str) -> dict:
    geometry = ogr.CreateGeometryFromWkt(wkt)
    names = cbs.names_in_year(2024)
    properties = {names[key]: values[key] for _, _, key in layer_fields(level, 2024)
                  if key in cbs.FIELDS_BY_NAME}
    properties["jaar"] = 2024
    return {"type": "Feature", "id": int(code[2:]),
            "geometry": json.loads(geometry.ExportToJson()), "properties": properties}


def feature_collection(features: list, links: list = ()) -> dict:
    """An OGC API Features answer (GeoJSON) holding ``features``."""
    return {"type": "FeatureCollection", "timeStamp": "2024-10-01T00:00:00Z",
            "links": list(links), "numberReturned": len(features), "features": features}


def pdok_pages(values: dict) -> dict:
    """Request (path and query) -> response: the buurten of GM9902 over two pages, the
    municipality found by name, the list of municipalities and the empty answers to names
    PDOK does not have as written."""
    shapes = geometries()
    common = {"crs": RD_CRS_URI, "f": "json", "limit": "1000"}
    first = pdok_query("buurten", gemeentecode="GM9902", **common)
    second = pdok_query("buurten", cursor="Af3x", gemeentecode="GM9902", **common)
    features = [pdok_feature(code, "buurt", values[code], shapes[code]) for code in values
                if code.startswith("BU9902")]
    pages = {}
    for path, part, following in ((first, features[:4], second), (second, features[4:], None)):
        links = [{"rel": "self", "type": "application/geo+json", "title": "This document as "
                  "GeoJSON", "href": "https://api.pdok.nl" + path}]
        if following:
            links.append({"rel": "next", "type": "application/geo+json",
                          "title": "Next page", "href": "https://api.pdok.nl" + following})
        pages[path] = feature_collection(part, links)
    lookup = pdok_query("gemeenten", f="json", gemeentenaam="Beekhaven", limit="10")
    gemeenten = aggregate(list(values.values()), "gemeentecode")
    pages[lookup] = feature_collection([pdok_feature("GM9902", "gemeente", gemeenten["GM9902"],
                                                     shapes["GM9902"])])
    pages.update(municipality_lookups(gemeenten, shapes, common))
    return pages


def municipality_lookups(gemeenten: dict, shapes: dict, common: dict) -> dict:
    """The list of every municipality (Beekhaven, Leidam and an 's- name), the names the
    tests type as PDOK is asked for them (found nowhere) and the buurten of the 's- name
    (none recorded)."""
    code, name = PREFIXED
    prefixed = {**gemeenten["GM9903"], "gemeentecode": code, "gemeentenaam": name}
    listed = [pdok_feature(c, "gemeente", row, shapes[c]) for c, row in gemeenten.items()]
    listed.append(pdok_feature(code, "gemeente", prefixed, multipolygon_wkt(
        [square(174600, 441000, 1000, 1500)])))
    pages = {pdok_query("gemeenten", **common): feature_collection(listed)}
    for typed in TYPED_NAMES:
        pages[pdok_query("gemeenten", f="json", gemeentenaam=cbs.likely_cbs_name(typed),
                         limit="10")] = feature_collection([])
    pages[pdok_query("buurten", gemeentecode=code, **common)] = feature_collection([])
    return pages


# --------------------------------------------------------------------------- writing


def text_files(values_2024: dict) -> dict:
    """File name (relative to the output folder) -> text, in a fixed order of draws."""
    rng = np.random.default_rng(SEED)
    files = {"statline_47018NED_beekhaven.csv": statline_csv(rng)}
    for number, page in enumerate(odata_pages(rng), start=1):
        files[f"odata_47022NED_beekhaven_page{number}.json"] = dumps(page)
    files["leefbaarometer_scores_buurten.csv"] = leefbaarometer_csv(rng)
    index = {}
    for number, (request, page) in enumerate(pdok_pages(values_2024).items(), start=1):
        name = f"pdok/response_{number}.json"
        files[name] = dumps(page)
        index[request] = name.split("/", 1)[1]
    files["pdok/index.json"] = dumps(index)
    return files


def dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def write_all(folder: Path) -> list:
    """Writes every fixture into ``folder``; returns the paths written."""
    (folder / "pdok").mkdir(parents=True, exist_ok=True)
    written = []
    values = {}
    for year in GPKG_YEARS:
        values[year] = buurt_values(np.random.default_rng(SEED * 10_000 + year))
        path = folder / f"wijkenbuurten_{year}_v1.gpkg"
        write_geopackage(path, year, values[year])
        written.append(path)
    for name, text in text_files(values[2024]).items():
        path = folder / name
        path.write_bytes(text.encode("utf-8"))
        written.append(path)
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output-dir", type=Path, default=OUTPUT_DIR)
    args = parser.parse_args()
    for path in write_all(args.output_dir):
        print(path)


if __name__ == "__main__":
    main()
