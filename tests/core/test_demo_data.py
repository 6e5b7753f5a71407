"""Checks on the demo municipality in resources/demo that the rest of Wijkradar relies on.

The files are made by scripts/make_demo_data.py; these tests read them with GDAL's ogr and
never import QGIS.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

ogr = pytest.importorskip("osgeo.ogr", reason="GDAL's Python bindings (osgeo) are missing")

DEMO_DIR = Path(__file__).resolve().parents[2] / "resources" / "demo"
GPKG = DEMO_DIR / "wijkradar_demo.gpkg"
TRUTH_CSV = DEMO_DIR / "wijkradar_demo_truth.csv"
TRUTH_JSON = DEMO_DIR / "wijkradar_demo_truth.json"

SOORTEN = {"woninginbraak", "autokraak", "fietsdiefstal", "vernieling", "geweld",
           "drugsoverlast"}
# The monitor indicators of the buurten, under their CBS names (core/cbs.py), and CBS's
# sentinels for a secret and an unknown figure.
INDICATORS = ("gemiddeld_inkomen_per_inwoner", "percentage_huishoudens_met_laag_inkomen",
              "percentage_huishoudens_onder_of_rond_sociaal_minimum",
              "netto_arbeidsparticipatie")
BIJSTAND = "aantal_personen_met_een_alg_bijstandsuitkering_tot"
SECRET, UNKNOWN = -99999999, -99999997
STRING, INTEGER, REAL, DATE = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal, ogr.OFTDate
LAYER_FIELDS = {
    "gemeente": {"gemeentecode": STRING, "gemeentenaam": STRING},
    "wijken": {"wijkcode": STRING, "wijknaam": STRING, "gemeentecode": STRING,
               "aantal_inwoners": INTEGER},
    "buurten": {"buurtcode": STRING, "buurtnaam": STRING, "wijkcode": STRING,
                "gemeentecode": STRING, "aantal_inwoners": INTEGER,
                "aantal_huishoudens": INTEGER, "water": STRING,
                "bevolkingsdichtheid_inwoners_per_km2": REAL, "oppervlakte_land_in_ha": REAL,
                **dict.fromkeys(INDICATORS, REAL), BIJSTAND: INTEGER},
    "pc4": {"postcode": STRING, "aantal_inwoners": INTEGER},
    "pc6": {"postcode": STRING, "pc4": STRING, "aantal_inwoners": INTEGER,
            "buurtcode": STRING, "wijkcode": STRING},
    "incidenten": {"incident_id": INTEGER, "soort": STRING, "postcode": STRING,
                   "jaar": INTEGER, "week": INTEGER, "datum": DATE},
    "ruimingen": {"postcode": STRING, "jaar": INTEGER, "aantal_planten": INTEGER},
    "coffeeshops": {"naam": STRING, "postcode": STRING},
}
POLYGON_LAYERS = ("gemeente", "wijken", "buurten", "pc4", "pc6")
POINT_LAYERS = ("incidenten", "ruimingen", "coffeeshops")
FEATURE_COUNTS = {"gemeente": (1, 1), "wijken": (8, 12), "buurten": (50, 70), "pc4": (15, 30),
                  "pc6": (3500, 4500), "coffeeshops": (4, 8)}
PC6_PATTERN = re.compile(r"^[1-9][0-9]{3}[A-Z]{2}$")
AREA_TOLERANCE = 0.001


@pytest.fixture(scope="module")
def dataset():
    assert GPKG.exists(), f"{GPKG} is missing: run scripts/make_demo_data.py"
    source = ogr.Open(str(GPKG))
    assert source is not None, f"GDAL cannot open {GPKG}"
    yield source
    source = None


@pytest.fixture(scope="module")
def layers(dataset):
    return {name: read_layer(dataset, name) for name in LAYER_FIELDS}


@pytest.fixture(scope="module")
def pc6_by_code(layers):
    return {row["postcode"]: row for row in layers["pc6"]}


@pytest.fixture(scope="module")
def truth_rows():
    with TRUTH_CSV.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def read_layer(dataset, name: str) -> list:
    layer = dataset.GetLayerByName(name)
    assert layer is not None, f"layer {name} is missing"
    rows = []
    for feature in layer:
        row = feature.items()
        row["geometry"] = feature.GetGeometryRef().Clone()
        rows.append(row)
    return rows


def anchor(polygon):
    """The PC6 centroid, or a point on its surface where the centroid falls outside."""
    centroid = polygon.Centroid()
    return centroid if polygon.Contains(centroid) else polygon.PointOnSurface()


def total_area(rows: list) -> float:
    return sum(row["geometry"].GetArea() for row in rows)


def union_area(rows: list) -> float:
    union = ogr.Geometry(ogr.wkbMultiPolygon)
    for row in rows:
        for index in range(row["geometry"].GetGeometryCount()):
            union.AddGeometry(row["geometry"].GetGeometryRef(index))
    return union.UnionCascaded().GetArea()


def close(value: float, reference: float, tolerance: float = AREA_TOLERANCE) -> bool:
    return abs(value - reference) <= tolerance * reference


def rank(values: list) -> list:
    """Ranks with ties averaged (for a Spearman correlation without scipy)."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for position in range(start, end + 1):
            ranks[order[position]] = (start + end) / 2
        start = end + 1
    return ranks


def pearson(a: list, b: list) -> float:
    mean_a, mean_b = sum(a) / len(a), sum(b) / len(b)
    covariance = sum((x - mean_a) * (y - mean_b) for x, y in zip(a, b))
    spread_a = sum((x - mean_a) ** 2 for x in a) ** 0.5
    spread_b = sum((y - mean_b) ** 2 for y in b) ** 0.5
    return covariance / (spread_a * spread_b)


def test_layers_have_the_documented_fields(dataset):
    for name, fields in LAYER_FIELDS.items():
        layer = dataset.GetLayerByName(name)
        assert layer is not None, f"layer {name} is missing"
        definition = layer.GetLayerDefn()
        found = {definition.GetFieldDefn(i).GetName(): definition.GetFieldDefn(i).GetType()
                 for i in range(definition.GetFieldCount())}
        assert found == fields, f"fields of {name}"


def test_geometry_types_and_crs(dataset):
    for name in LAYER_FIELDS:
        layer = dataset.GetLayerByName(name)
        flat = ogr.GT_Flatten(layer.GetGeomType())
        wanted = (ogr.wkbPoint,) if name in POINT_LAYERS else (ogr.wkbPolygon, ogr.wkbMultiPolygon)
        assert flat in wanted, f"geometry type of {name}"
        srs = layer.GetSpatialRef()
        assert srs is not None and srs.GetAuthorityCode(None) == "28992", f"CRS of {name}"


def test_layers_have_spatial_indexes(dataset):
    for name in LAYER_FIELDS:
        sql = f"SELECT HasSpatialIndex('{name}', 'geom')"
        result = dataset.ExecuteSQL(sql, dialect="SQLITE")
        has_index = result.GetNextFeature().GetField(0)
        dataset.ReleaseResultSet(result)
        assert has_index == 1, f"{name} has no spatial index"


def test_feature_counts(layers):
    for name, (low, high) in FEATURE_COUNTS.items():
        assert low <= len(layers[name]) <= high, f"{name}: {len(layers[name])} features"
    per_year = Counter(row["jaar"] for row in layers["ruimingen"])
    assert all(10 <= n <= 60 for n in per_year.values()), per_year


def test_codes_follow_cbs_format_and_nest(layers):
    (gemeente,) = layers["gemeente"]
    code = gemeente["gemeentecode"]
    assert re.fullmatch(r"GM\d{4}", code)
    wijkcodes = {row["wijkcode"] for row in layers["wijken"]}
    assert all(re.fullmatch(rf"WK{code[2:]}\d{{2}}", w) for w in wijkcodes)
    for row in layers["buurten"]:
        assert re.fullmatch(rf"BU{code[2:]}\d{{4}}", row["buurtcode"])
        assert row["buurtcode"][2:8] == row["wijkcode"][2:8]
        assert row["wijkcode"] in wijkcodes and row["gemeentecode"] == code
    assert len({row["buurtcode"] for row in layers["buurten"]}) == len(layers["buurten"])


def test_pc6_codes_are_unique_and_valid(layers):
    codes = [row["postcode"] for row in layers["pc6"]]
    assert len(set(codes)) == len(codes)
    pc4_codes = {row["postcode"] for row in layers["pc4"]}
    buurt_wijk = {row["buurtcode"]: row["wijkcode"] for row in layers["buurten"]}
    for row in layers["pc6"]:
        assert PC6_PATTERN.fullmatch(row["postcode"]), row["postcode"]
        assert row["postcode"][4:] not in {"SA", "SD", "SS"}
        assert row["postcode"][:4] == row["pc4"] and row["pc4"] in pc4_codes
        assert buurt_wijk[row["buurtcode"]] == row["wijkcode"]
        assert 0 <= row["aantal_inwoners"] <= 150
    assert all(re.fullmatch(r"[1-9]\d{3}", code) for code in pc4_codes)


def test_pc6_lies_in_its_buurt_and_pc4(layers):
    buurten = {row["buurtcode"]: row["geometry"] for row in layers["buurten"]}
    pc4_area = {row["postcode"]: row["geometry"].GetArea() for row in layers["pc4"]}
    pc6_area = defaultdict(float)
    for row in layers["pc6"]:
        assert buurten[row["buurtcode"]].Contains(anchor(row["geometry"])), row["postcode"]
        pc6_area[row["pc4"]] += row["geometry"].GetArea()
    for code, area in pc4_area.items():
        assert close(pc6_area[code], area), f"PC6s do not tile PC4 {code}"


def test_buurten_tile_their_wijk(layers):
    wijken = {row["wijkcode"]: row["geometry"] for row in layers["wijken"]}
    by_wijk = defaultdict(list)
    for row in layers["buurten"]:
        wijk = wijken[row["wijkcode"]]
        inside = row["geometry"].Intersection(wijk).GetArea()
        assert close(inside, row["geometry"].GetArea()), f"{row['buurtcode']} leaves its wijk"
        by_wijk[row["wijkcode"]].append(row)
    for code, geometry in wijken.items():
        assert close(union_area(by_wijk[code]), geometry.GetArea()), code
        assert close(total_area(by_wijk[code]), geometry.GetArea()), code


def test_area_layers_tile_the_gemeente(layers):
    gemeente_area = layers["gemeente"][0]["geometry"].GetArea()
    assert 50e6 < gemeente_area < 120e6
    for name in ("wijken", "buurten", "pc4", "pc6"):
        assert close(total_area(layers[name]), gemeente_area), f"{name} area sum"
        assert close(union_area(layers[name]), gemeente_area), f"{name} union"


def test_inhabitants_add_up(layers):
    totals = {name: sum(row["aantal_inwoners"] for row in layers[name])
              for name in ("wijken", "buurten", "pc4", "pc6")}
    assert len(set(totals.values())) == 1, totals
    assert close(totals["pc6"], 150_000, tolerance=0.05)
    assert any(row["aantal_inwoners"] == 0 for row in layers["pc6"])


def test_small_buurten_have_cbs_sentinels_not_figures(layers):
    """As in CBS's Wijk- en buurtkaart: -99999999 where a figure is secret (every figure of a
    buurt of fewer than 50 inhabitants), -99999997 where one is unknown (once)."""
    small = [row for row in layers["buurten"] if row["aantal_inwoners"] < 50]
    assert 1 <= len(small) <= 4
    unknown = []
    for row in layers["buurten"]:
        values = [row[name] for name in INDICATORS + (BIJSTAND,)]
        if row["aantal_inwoners"] < 50:
            assert values == [SECRET] * len(values), row["buurtcode"]
            continue
        assert None not in values and SECRET not in values, row["buurtcode"]
        unknown += [row["buurtcode"]] * values.count(UNKNOWN)
        assert 15 <= row["gemiddeld_inkomen_per_inwoner"] <= 50
        assert 0 <= row["netto_arbeidsparticipatie"] <= 100
        assert row[BIJSTAND] % 10 == 0 and row[BIJSTAND] <= row["aantal_inwoners"]
        assert row["water"] == "NEE" and row["bevolkingsdichtheid_inwoners_per_km2"] >= 0
    assert len(unknown) == 1


def test_incidents_lie_inside_their_pc6(layers, pc6_by_code):
    locations = set()
    for row in layers["incidenten"]:
        assert row["postcode"] in pc6_by_code, row["postcode"]
        point = row["geometry"]
        locations.add((row["postcode"], point.GetX(), point.GetY()))
    for postcode, x, y in locations:
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(x, y)
        assert pc6_by_code[postcode]["geometry"].Contains(point), postcode


def test_incident_attributes(layers):
    ids = [row["incident_id"] for row in layers["incidenten"]]
    assert len(set(ids)) == len(ids)
    for row in layers["incidenten"]:
        assert row["soort"] in SOORTEN
        monday = dt.date.fromisocalendar(row["jaar"], row["week"], 1)
        assert row["datum"].replace("/", "-") == monday.isoformat()


def test_incidents_cover_full_years(layers):
    weeks = defaultdict(set)
    for row in layers["incidenten"]:
        weeks[row["jaar"]].add(row["week"])
    full_years = [year for year, seen in weeks.items() if set(range(1, 53)) <= seen]
    assert len(full_years) >= 4 and sorted(full_years) == sorted(weeks)
    per_year = Counter(row["jaar"] for row in layers["incidenten"])
    assert all(10_000 <= n <= 20_000 for n in per_year.values()), per_year
    assert set(Counter(row["soort"] for row in layers["incidenten"])) == SOORTEN


def test_points_reference_existing_pc6(layers, pc6_by_code):
    for name in ("ruimingen", "coffeeshops"):
        for row in layers[name]:
            assert row["postcode"] in pc6_by_code, (name, row["postcode"])
            assert pc6_by_code[row["postcode"]]["geometry"].Contains(row["geometry"])


def test_truth_csv_matches_pc6(layers, truth_rows):
    assert [row["postcode"] for row in truth_rows] == sorted(
        row["postcode"] for row in layers["pc6"])
    columns = {"postcode", "latent_risk", "expected_per_year",
               *(f"expected_{soort}" for soort in SOORTEN)}
    assert columns <= set(truth_rows[0])
    for row in truth_rows:
        per_type = sum(float(row[f"expected_{soort}"]) for soort in SOORTEN)
        assert abs(per_type - float(row["expected_per_year"])) < 0.01
        assert float(row["latent_risk"]) > 0


def test_truth_json_describes_the_file(layers):
    truth = json.loads(TRUTH_JSON.read_text(encoding="utf-8"))
    assert isinstance(truth["seed"], int) and truth["generator_version"]
    assert truth["parameters"]["near_repeat"] and truth["parameters"]["soorten"]
    assert truth["layer_feature_counts"] == {name: len(rows) for name, rows in layers.items()}
    assert set(truth["buurt_vulnerability"]) == {row["buurtcode"] for row in layers["buurten"]}


def test_truth_explains_the_observed_counts(layers, truth_rows):
    observed = Counter(row["postcode"] for row in layers["incidenten"])
    expected = [float(row["expected_per_year"]) for row in truth_rows]
    counts = [observed.get(row["postcode"], 0) for row in truth_rows]
    assert pearson(rank(expected), rank(counts)) > 0.5


def test_vulnerable_buurten_have_worse_indicators(layers):
    truth = json.loads(TRUTH_JSON.read_text(encoding="utf-8"))["buurt_vulnerability"]
    rows = [row for row in layers["buurten"]
            if row["percentage_huishoudens_met_laag_inkomen"] > -99990]
    vulnerability = [truth[row["buurtcode"]] for row in rows]
    income = [row["gemiddeld_inkomen_per_inwoner"] for row in rows]
    low_income = [row["percentage_huishoudens_met_laag_inkomen"] for row in rows]
    assert pearson(rank(vulnerability), rank(income)) < -0.5
    assert pearson(rank(vulnerability), rank(low_income)) > 0.5


def load_generator():
    """scripts/make_demo_data.py as a module (scripts are not a package)."""
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "scripts" / "make_demo_data.py"
    spec = importlib.util.spec_from_file_location("make_demo_data", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_planted_intervention_is_exact_and_changes_nothing_else(layers, monkeypatch):
    """The simulated counts before and after the planting (the generator run again with the
    committed seed): fewer only in Molenwijk's 8 weeks, exactly 60% kept, 40% of the rest
    in PC6s within 250 m outside the wijk in the same weeks; the file holds the result."""
    np = pytest.importorskip("numpy")
    generator = load_generator()
    truth = json.loads(TRUTH_JSON.read_text(encoding="utf-8"))
    planted = truth["planted_intervention"]
    seen = {}

    def recording(seed, counts, calendar, pc6, wijk, expected):
        seen.update(before=counts.copy(), calendar=calendar, pc6=pc6, wijk=wijk)
        record = plant(seed, counts, calendar, pc6, wijk, expected)
        seen["after"] = counts
        return record

    plant = generator.plant_intervention
    monkeypatch.setattr(generator, "plant_intervention", recording)
    result = generator.build(truth["seed"])
    change = seen["after"].astype(int) - seen["before"]
    weeks = seen["calendar"][seen["calendar"].observed].reset_index(drop=True)
    start = dt.date.fromisoformat(planted["start"])
    window = np.array([start <= day < start + dt.timedelta(weeks=planted["weeks"])
                       for day in weeks.monday])
    assert [day.isocalendar()[1] for day in weeks.monday[window]] == list(range(36, 44))
    assert not change[~window].any()  # every other week as simulated
    in_wijk = (seen["pc6"].wijkcode == planted["wijkcode"]).to_numpy()
    before = int(seen["before"][window][:, in_wijk].sum())
    kept = int(seen["after"][window][:, in_wijk].sum())
    assert before == planted["incidents_without_action"] and kept == planted["kept_incidents"]
    assert abs(kept - 0.6 * before) <= 0.5 and planted["kept"] == 0.6
    assert (change[:, in_wijk] <= 0).all() and (change[:, ~in_wijk] >= 0).all()
    moved = change[:, ~in_wijk]
    assert moved.sum() == planted["moved_into_catchment"] == round(0.4 * (before - kept))
    xy = seen["pc6"][["x", "y"]].to_numpy()[~in_wijk][moved.sum(axis=(0, 2)) > 0]
    shapely = pytest.importorskip("shapely")
    distance = shapely.distance(seen["wijk"], shapely.points(xy))
    assert (distance > 0).all() and (distance <= planted["catchment_m"]).all()
    # the committed GeoPackage holds exactly these incidents
    per_year = result["incidents"].groupby("jaar").size().to_dict()
    assert per_year == {int(y): n for y, n in truth["incidents_per_year"].items()}
    assert len(layers["incidenten"]) == int(seen["after"].sum())
