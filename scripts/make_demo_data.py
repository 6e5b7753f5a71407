"""Build the Wijkradar demo municipality Dommelstede (GM9901) as one GeoPackage.

Run from the repository root::

    .venv/bin/python scripts/make_demo_data.py [--seed 9901] [--output-dir resources/demo]

Writes, in the output folder:

- ``wijkradar_demo.gpkg`` (EPSG:28992, RD New) with the layers gemeente, wijken, buurten,
  pc4, pc6, incidenten, ruimingen and coffeeshops;
- ``wijkradar_demo_truth.csv``: the true expected counts per PC6;
- ``wijkradar_demo_truth.json``: seed, every parameter, generator version, layer feature
  counts and the latent vulnerability of every buurt.

All randomness comes from one ``numpy.random.default_rng(seed)`` drawn in a fixed order and
the GeoPackage timestamps are pinned, so the same seed gives the same file.

Generating process (resources/demo/README.md describes it in full)

1. Geography. An irregular boundary (an ellipse of 11 x 9 km with random harmonics) around
   x=150000, y=411000. About 1100 random "blocks" (Voronoi cells, denser in the centre) are
   labelled by rules on their position relative to the centre: a centre, a ring of three
   older districts, three newer suburbs, an industrial zone in the east and two rural
   districts on the outside. A wijk is the union of its blocks; a wijk's blocks are grouped
   into buurten with k-means. PC6 areas are Voronoi cells of seeds drawn with an intensity
   that follows the population density (plus business and farm postcodes), so PC6s are
   small where people live densely and large in the countryside. PC4 areas are k-means
   clusters of PC6s (PC6s tile their PC4). Every layer tiles the municipality; a PC6
   belongs to the buurt holding its centroid (or a point on its surface).
2. Population. A density per land use (inhabitants/km2) plus two village cores and extra
   density in the two post-war districts; urban densities are scaled so the municipality
   has 150,000 inhabitants. PC6 counts are density x area x gamma noise, capped at 150
   (business postcodes have none). Two buurten (a harbour and a nature area) keep fewer
   than 50 inhabitants, so their indicators are CBS's sentinel -99999999 (secret).
3. Latent risk. For PC6 i and incident type k the yearly log-rate per 1000
   resident-equivalents is

       eta[i, k] = b0[k] + sum_j a[j, k] * bump_j(x_i) + g[k] * v[buurt(i)]
                   + l[k, landuse(i)] + c[k] * coffeeshop(x_i) + e[i]

   with Gaussian bumps bump_j(x) = exp(-|x - c_j|^2 / (2 s_j^2)) (nightlife centre,
   station, two vulnerable districts, industrial zone), the standardised buurt
   vulnerability v (which also drives the buurt indicators), land-use effects l, a capped
   coffeeshop proximity term (drugsoverlast only) and PC6 noise e ~ N(0, 0.3^2). b0[k] is
   calibrated so each type meets its yearly target in expectation.
4. Background rate per week t: mu[i, k, t] = exposure[i] * exp(eta[i, k]) * season[k](week)
   * trend[k](t) / 52.1775, with exposure = (inhabitants + daytime population) / 1000,
   season[k] = exp(A cos(2 pi (week - peak) / 52.1775)) normalised to mean 1, and
   trend[k] = exp(slope * years from the middle of the period).
5. Near-repeat (self-excitation), simulated week by week after a 26-week burn-in:
   counts[t] ~ Poisson(mu[t] + x[t]) and x[t+1] = rho x[t] + (1 - rho) n[k] W' counts[t],
   so each incident adds n[k] expected offspring of its own type, spread over the following
   weeks with geometric decay rho = exp(-1 / tau) and over PC6s within 400 m with weights
   exp(-distance / delta) normalised per source (W). n[k] is the branching ratio.
6. Ruimingen (dismantled cannabis plantations) are Poisson per PC6 and year with a rate
   proportional to premises x exp(undermining component).
7. A planted intervention (for wijkradar:evaluate_intervention): in Molenwijk, for the 8
   ISO weeks from 2023-09-04, exactly 60% of the incidents are kept (rate ratio 0.6) and
   40% of those taken away move to PC6s outside the wijk within 250 m of it (displacement).
   It thins the simulated counts afterwards with its own generator, so the effect is exact
   (no near-repeats follow the removed incidents) and every other draw stays the same.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import math
import string
import time
from pathlib import Path

import numpy as np
import pandas as pd
import shapely
from scipy import sparse
from scipy.sparse import csgraph
from scipy.spatial import cKDTree

try:
    from osgeo import gdal, ogr, osr
except ImportError as error:  # pragma: no cover - depends on the machine
    raise SystemExit("make_demo_data.py needs GDAL's Python bindings (osgeo)") from error

GENERATOR_VERSION = "1.1.0"
DEFAULT_SEED = 9901
REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT_DIR = REPO_ROOT / "resources" / "demo"
GPKG_NAME = "wijkradar_demo.gpkg"
TRUTH_CSV_NAME = "wijkradar_demo_truth.csv"
TRUTH_JSON_NAME = "wijkradar_demo_truth.json"
# Pinned so that GeoPackage metadata tables do not depend on when the script ran.
GPKG_TIMESTAMP = "2025-01-01T00:00:00.000Z"

GEMEENTECODE = "GM9901"
GEMEENTENAAM = "Dommelstede"
CENTRE = (150_000.0, 411_000.0)
SEMI_AXES = (5_500.0, 4_500.0)
TARGET_INHABITANTS = 150_000
MAX_PC6_INHABITANTS = 150
N_BLOCKS = 1100
N_PC4 = 20
PC4_CODE_RANGE = (5201, 5241)
YEARS = (2020, 2021, 2022, 2023, 2024)
WEEKS_PER_YEAR = 52.1775
BURN_IN_WEEKS = 26
GRID_SIZE = 0.01  # coordinates are snapped to whole centimetres

SOORTEN = ("woninginbraak", "autokraak", "fietsdiefstal", "vernieling", "geweld", "drugsoverlast")
LANDUSES = ("centrum", "oud", "nieuw", "dorp", "landelijk", "industrie", "haven", "natuur")
LANDUSES_ORDER = np.argsort(LANDUSES)
LANDUSES_SORTED = np.array(LANDUSES)[LANDUSES_ORDER]

# (wijknaam, land use of its buurten, number of buurten, buurt names)
WIJKEN = (
    ("Centrum", "centrum", 6, ("Binnenstad", "Marktkwartier", "Stationsbuurt", "Kerkebuurt",
                               "Vestingwal", "Begijnhof")),
    ("Kerkakkers", "oud", 7, ("Kerkakkers-Zuid", "Kerkakkers-Noord", "Pastoorsveld",
                              "Lindenbuurt", "Schildersbuurt", "Koningsbuurt", "Bloemenbuurt")),
    ("Molenwijk", "oud", 7, ("Molenakker", "Bakkersveld", "Graanbuurt", "Zeisbuurt",
                             "Weversbuurt", "Looiersbuurt", "Sluisbuurt")),
    ("Dommelkwartier", "oud", 7, ("Dommeloever", "Zuiderpark", "Rivierenbuurt", "Beemdenbuurt",
                                  "Vogelbuurt", "Schepenbuurt", "Watermolen")),
    ("Heiakker", "nieuw", 6, ("Heiakker-Zuid", "Heiakker-Noord", "Vennenhof", "Heidebloem",
                              "Brembos", "Vossenberg")),
    ("Berkenrode", "nieuw", 6, ("Berkenrode-West", "Berkenrode-Oost", "Boomgaard",
                                "Lariksveld", "Wilgenhof", "Esdoornbuurt")),
    ("Lindehof", "nieuw", 6, ("Lindehof-Centrum", "Akkerlanden", "Veldhoeve", "Tuinstad",
                              "Klaverveld", "Kampakker")),
    ("De Wissel", "industrie", 4, ("De Wissel", "Spoorzone", "Ambachtspark", "Kanaalhaven")),
    ("Buitengebied Noord", "landelijk", 5, ("Noorderbroek", "Looveld", "Hazenkamp",
                                            "Elsendonk", "Dommelbeemden")),
    ("Buitengebied Zuid", "landelijk", 5, ("Kraaienbroek", "Heikampen", "Vlasbeemd",
                                           "Molenheide", "Ottersdonk")),
)
# Buurten with a special land use: (wijk index, buurt name, land use, rule to pick it).
SPECIAL_BUURTEN = (
    (7, "Kanaalhaven", "haven", "farthest_from_centre"),
    (8, "Elsendonk", "dorp", "contains_village"),
    (8, "Dommelbeemden", "natuur", "farthest_from_village"),
    (9, "Ottersdonk", "dorp", "contains_village"),
)
URBAN_LANDUSES = ("centrum", "oud", "nieuw")
TINY_LANDUSES = ("haven", "natuur")  # fewer than 50 inhabitants: CBS keeps their figures secret
MAX_TINY_INHABITANTS = 45
SUPPRESS_BELOW = 50
CBS_SECRET, CBS_UNKNOWN = -99999999, -99999997  # CBS's sentinels in the Wijk- en buurtkaart

# Places in relative polar coordinates (distance as a fraction of the boundary radius in
# that direction, angle in radians from east), so they stay inside for every seed.
VILLAGES = {"noord": (0.86, 1.9, 350.0, 4500.0), "zuid": (0.86, -2.0, 330.0, 4000.0)}
BUMPS = {  # name: (relative distance, angle, sigma in metres)
    "uitgaanscentrum": (0.03, 0.6, 500.0),
    "station": (0.11, -1.2, 300.0),
    "kwetsbaar_molenwijk": (0.28, 2.95, 650.0),
    "kwetsbaar_dommelkwartier": (0.29, -1.3, 550.0),
    "bedrijventerrein": (0.58, -0.15, 900.0),
}

# Per land use: residential density (inhabitants/km2; urban ones are scaled), daytime
# population per PC6 (resident-equivalents), business and farm postcodes per km2 (on top of
# one postcode per RESIDENTS_PER_PC6 inhabitants), offsets of the buurt vulnerability and of
# the undermining component, and the household size.
LANDUSE_PARAMS = {
    "centrum": {"density": 6500, "daytime": 25, "business_per_km2": 30, "farms_per_km2": 0,
                "vulnerability": 0.3, "household_size": 1.6, "undermining": 0.0},
    "oud": {"density": 7500, "daytime": 4, "business_per_km2": 2, "farms_per_km2": 0,
            "vulnerability": 0.2, "household_size": 2.0, "undermining": 0.2},
    "nieuw": {"density": 5000, "daytime": 3, "business_per_km2": 1, "farms_per_km2": 0,
              "vulnerability": -0.4, "household_size": 2.5, "undermining": -0.3},
    "dorp": {"density": 70, "daytime": 3, "business_per_km2": 0.5, "farms_per_km2": 2,
             "vulnerability": -0.3, "household_size": 2.5, "undermining": 0.3},
    "landelijk": {"density": 70, "daytime": 3, "business_per_km2": 0.3, "farms_per_km2": 2,
                  "vulnerability": -0.5, "household_size": 2.6, "undermining": 0.9},
    "industrie": {"density": 150, "daytime": 40, "business_per_km2": 10, "farms_per_km2": 0,
                  "vulnerability": 0.2, "household_size": 2.2, "undermining": 0.8},
    "haven": {"density": 5, "daytime": 40, "business_per_km2": 10, "farms_per_km2": 0,
              "vulnerability": 0.2, "household_size": 2.2, "undermining": 0.8},
    "natuur": {"density": 5, "daytime": 10, "business_per_km2": 0.3, "farms_per_km2": 1.5,
               "vulnerability": -0.5, "household_size": 2.4, "undermining": 0.4},
}
FLATS_DENSITY = 3000.0  # extra inhabitants/km2 at the peak of each vulnerable-district bump
RESIDENTS_PER_PC6 = 38.0
COMMERCIAL_DAYTIME = 60  # extra resident-equivalents in a shop/office PC6
PC6_NOISE_SHAPE = 4.0  # gamma noise on PC6 population (mean 1)

VULNERABILITY_BUMPS = {"kwetsbaar_molenwijk": 1.6, "kwetsbaar_dommelkwartier": 1.4}
VULNERABILITY_NOISE = 0.45

# Per incident type: yearly target (incl. near-repeats), branching ratio, seasonal amplitude
# and peak week, log-trend per year, and the effect of buurt vulnerability.
SOORT_PARAMS = {
    "woninginbraak": {"target": 1300, "branching": 0.30, "season_amp": 0.35,
                      "season_peak": 50, "trend": -0.05, "vulnerability": 0.15},
    "autokraak": {"target": 2600, "branching": 0.25, "season_amp": 0.12,
                  "season_peak": 47, "trend": -0.03, "vulnerability": 0.20},
    "fietsdiefstal": {"target": 3600, "branching": 0.20, "season_amp": 0.22,
                      "season_peak": 37, "trend": -0.02, "vulnerability": 0.05},
    "vernieling": {"target": 3000, "branching": 0.20, "season_amp": 0.15,
                   "season_peak": 1, "trend": 0.00, "vulnerability": 0.30},
    "geweld": {"target": 2300, "branching": 0.20, "season_amp": 0.10,
               "season_peak": 27, "trend": 0.02, "vulnerability": 0.35},
    "drugsoverlast": {"target": 1000, "branching": 0.30, "season_amp": 0.15,
                      "season_peak": 30, "trend": 0.05, "vulnerability": 0.45},
}
BUMP_EFFECTS = {  # soort: log-effect at the peak of each bump
    "woninginbraak": {"uitgaanscentrum": -0.2, "station": 0.0, "kwetsbaar_molenwijk": 0.35,
                      "kwetsbaar_dommelkwartier": 0.3, "bedrijventerrein": -0.3},
    "autokraak": {"uitgaanscentrum": 0.5, "station": 0.5, "kwetsbaar_molenwijk": 0.3,
                  "kwetsbaar_dommelkwartier": 0.3, "bedrijventerrein": 0.5},
    "fietsdiefstal": {"uitgaanscentrum": 1.1, "station": 1.6, "kwetsbaar_molenwijk": 0.1,
                      "kwetsbaar_dommelkwartier": 0.1, "bedrijventerrein": 0.0},
    "vernieling": {"uitgaanscentrum": 0.5, "station": 0.3, "kwetsbaar_molenwijk": 0.4,
                   "kwetsbaar_dommelkwartier": 0.4, "bedrijventerrein": 0.2},
    "geweld": {"uitgaanscentrum": 1.1, "station": 0.5, "kwetsbaar_molenwijk": 0.4,
               "kwetsbaar_dommelkwartier": 0.35, "bedrijventerrein": 0.0},
    "drugsoverlast": {"uitgaanscentrum": 0.5, "station": 0.6, "kwetsbaar_molenwijk": 0.7,
                      "kwetsbaar_dommelkwartier": 0.6, "bedrijventerrein": 0.2},
}
LANDUSE_EFFECTS = {  # soort: log-effect per land use, in the order of LANDUSES
    "woninginbraak": (-0.3, 0.0, 0.15, 0.0, 0.3, -0.5, -0.5, 0.0),
    "autokraak": (0.2, 0.0, -0.1, -0.3, -0.2, 0.4, 0.4, 0.5),
    "fietsdiefstal": (0.4, 0.1, -0.2, -0.3, -0.8, -0.3, -0.5, -1.0),
    "vernieling": (0.2, 0.1, 0.0, 0.0, -0.3, 0.2, 0.0, 0.0),
    "geweld": (0.4, 0.1, -0.2, -0.2, -0.6, -0.5, -0.5, -0.8),
    "drugsoverlast": (0.3, 0.2, -0.2, -0.3, -0.4, 0.1, 0.3, 0.0),
}
PC6_NOISE_SD = 0.3
COFFEESHOP_EFFECT = 0.8  # drugsoverlast, at full proximity
COFFEESHOP_SIGMA = 200.0
COFFEESHOP_NAMES = ("Coffeeshop De Kade", "Coffeeshop Het Anker", "Coffeeshop De Groene Vlinder",
                    "Coffeeshop Sluiswachter", "Coffeeshop Nachtegaal", "Coffeeshop De Vestingwal")
COFFEESHOP_MIN_DISTANCE = 150.0

NEAR_REPEAT = {"radius_m": 400.0, "distance_decay_m": 150.0, "time_decay_weeks": 2.0}

RUIMINGEN = {"per_year": 30, "premises_per_inhabitant": 1 / 20,
             "bumps": {"kwetsbaar_molenwijk": 1.3, "kwetsbaar_dommelkwartier": 1.0,
                       "bedrijventerrein": 0.6},
             "vulnerability": 0.4, "noise_sd": 0.5,
             "plants_home": (5.5, 0.6), "plants_shed": (6.8, 0.7)}
SHED_LANDUSES = ("landelijk", "industrie", "haven", "natuur")
UNUSED_PC6_LETTERS = ("SA", "SD", "SS")  # PostNL does not use these combinations

# What the demo's evaluation should find: an action in one wijk for 8 weeks (issue 17).
INTERVENTION = {"wijkcode": "WK990102", "wijknaam": "Molenwijk", "start": "2023-09-04",
                "weeks": 8, "kept": 0.6, "moved": 0.4, "catchment_m": 250.0,
                "random_stream": 17}


# --------------------------------------------------------------------------- geography


class Outline:
    """The municipal boundary as a radius function of the angle around the centre."""

    def __init__(self, rng: np.random.Generator):
        orders = np.arange(2, 31)
        # Smooth large-scale shape from low orders, a ragged edge (ditches, parcels) from high.
        self.orders = orders
        self.amplitudes = np.where(orders <= 8, 0.09 / orders**0.9, 0.006) * rng.uniform(
            0.5, 1.0, orders.size)
        self.phases = rng.uniform(0, 2 * math.pi, orders.size)

    def radius(self, theta: np.ndarray) -> np.ndarray:
        waves = self.amplitudes * np.cos(np.multiply.outer(theta, self.orders) + self.phases)
        return 1.0 + waves.sum(axis=-1)

    def polygon(self) -> shapely.Polygon:
        theta = np.linspace(0, 2 * math.pi, 720, endpoint=False)
        x, y = self.to_xy(np.ones_like(theta), theta)
        return shapely.set_precision(shapely.Polygon(np.column_stack([x, y])), GRID_SIZE)

    def to_xy(self, distance, theta):
        """Relative polar coordinates (1 = on the boundary) to RD New metres."""
        r = np.asarray(distance) * self.radius(np.asarray(theta))
        x = CENTRE[0] + SEMI_AXES[0] * r * np.cos(theta)
        return x, CENTRE[1] + SEMI_AXES[1] * r * np.sin(theta)

    def to_polar(self, x, y):
        """RD New metres to (relative distance, angle)."""
        u = (np.asarray(x) - CENTRE[0]) / SEMI_AXES[0]
        v = (np.asarray(y) - CENTRE[1]) / SEMI_AXES[1]
        theta = np.arctan2(v, u)
        return np.hypot(u, v) / self.radius(theta), theta


def sample_points(rng, polygon, intensity, n, batch=20_000):
    """n points inside polygon, drawn by thinning with intensity(x, y) (any scale)."""
    xmin, ymin, xmax, ymax = polygon.bounds
    shapely.prepare(polygon)
    accepted = []
    total = 0
    while total < n:
        x = rng.uniform(xmin, xmax, batch)
        y = rng.uniform(ymin, ymax, batch)
        keep = shapely.contains_xy(polygon, x, y)
        x, y = x[keep], y[keep]
        weight = intensity(x, y)
        keep = rng.uniform(0, 1, x.size) * weight.max() < weight
        accepted.append(np.column_stack([x[keep], y[keep]]))
        total += int(keep.sum())
    return np.concatenate(accepted)[:n]


def voronoi_cells(points: np.ndarray, polygon) -> np.ndarray:
    """Voronoi cell of every point (same order), clipped to polygon."""
    cells = shapely.voronoi_polygons(shapely.multipoints(points), extend_to=polygon)
    cells = np.asarray(shapely.get_parts(cells))
    # Match cells to their generating point (shapely < 2.1 cannot return them in order).
    point_index, cell_index = shapely.STRtree(cells).query(shapely.points(points),
                                                           predicate="within")
    if not np.array_equal(np.sort(point_index), np.arange(points.shape[0])):
        raise RuntimeError("Voronoi cells do not match their points one to one")
    cells = cells[cell_index[np.argsort(point_index)]]
    return shapely.intersection(cells, polygon, grid_size=GRID_SIZE)


def adjacency(polygons: np.ndarray) -> sparse.csr_matrix:
    """Cells sharing an edge (touching in a corner does not count)."""
    tree = shapely.STRtree(polygons)
    left, right = tree.query(polygons, predicate="intersects")
    keep = left < right
    left, right = left[keep], right[keep]
    shared = shapely.length(shapely.intersection(shapely.boundary(polygons[left]),
                                                 shapely.boundary(polygons[right])))
    keep = shared > 0.5
    n = polygons.size
    ones = np.ones(int(keep.sum()))
    matrix = sparse.coo_matrix((ones, (left[keep], right[keep])), shape=(n, n))
    return (matrix + matrix.T).tocsr()


def make_contiguous(labels, adjacent: sparse.csr_matrix, areas, groups=None) -> np.ndarray:
    """Relabel cut-off groups of cells to their neighbours' label so every label is one piece.

    With groups (e.g. the wijk of every block) a cell only takes a label from its own group,
    so buurten stay inside their wijk.
    """
    labels = labels.copy()
    groups = np.zeros(labels.shape, dtype=int) if groups is None else groups
    for _ in range(20):
        rows, cols = adjacent.nonzero()
        same = labels[rows] == labels[cols]
        graph = sparse.coo_matrix((np.ones(same.sum()), (rows[same], cols[same])),
                                  shape=adjacent.shape)
        _, component = csgraph.connected_components(graph, directed=False)
        component_area = np.bincount(component, weights=areas)
        largest = pd.Series(component_area[component]).groupby(labels).transform("max").to_numpy()
        stray = component_area[component] < largest
        if not stray.any():
            return labels
        for cell in np.flatnonzero(stray):
            neighbours = adjacent.indices[adjacent.indptr[cell]:adjacent.indptr[cell + 1]]
            neighbours = neighbours[groups[neighbours] == groups[cell]]
            others = labels[neighbours][labels[neighbours] != labels[cell]]
            if others.size:
                labels[cell] = np.bincount(others).argmax()
    raise RuntimeError("could not make labels contiguous")


def kmeans(points: np.ndarray, k: int, rng, iterations: int = 30) -> np.ndarray:
    """Cluster label per point (k-means++ start, Lloyd iterations)."""
    centres = [points[rng.integers(points.shape[0])]]
    for _ in range(1, k):
        distance = cKDTree(np.array(centres)).query(points)[0] ** 2
        centres.append(points[rng.choice(points.shape[0], p=distance / distance.sum())])
    centres = np.array(centres)
    for _ in range(iterations):
        labels = cKDTree(centres).query(points)[1]
        for cluster in range(k):
            members = points[labels == cluster]
            if members.size:
                centres[cluster] = members.mean(axis=0)
    return cKDTree(centres).query(points)[1]


def union_by_label(polygons: np.ndarray, labels: np.ndarray, n: int) -> list:
    return [shapely.union_all(polygons[labels == i], grid_size=GRID_SIZE) for i in range(n)]


def wijk_of_location(outline: Outline, x, y, wobble: np.ndarray) -> np.ndarray:
    """Index into WIJKEN for locations, from rules on distance and direction from the centre."""
    d, theta = outline.to_polar(x, y)
    # Wobble the rings and sectors so district borders are not circles and straight lines.
    d = d * (1 + 0.06 * np.sin(3 * theta + wobble[0]) + 0.04 * np.sin(5 * theta + wobble[1]))
    theta = np.angle(np.exp(1j * (theta + 0.12 * np.sin(9 * d + wobble[2]))))
    label = np.full(d.shape, 8)
    label[np.sin(theta - 0.15) < 0] = 9  # rural south
    suburb = d < 0.74
    label[suburb & (theta >= 0.3) & (theta < 1.9)] = 5  # Berkenrode (north-east)
    label[suburb & ((theta >= 1.9) | (theta < -2.5))] = 4  # Heiakker (west)
    label[suburb & (theta >= -2.5) & (theta < 0.3)] = 6  # Lindehof (south)
    old = d < 0.40
    label[old & (theta >= -0.2) & (theta < 2.2)] = 1  # Kerkakkers
    label[old & ((theta >= 2.2) | (theta < -2.3))] = 2  # Molenwijk
    label[old & (theta >= -2.3) & (theta < -0.2)] = 3  # Dommelkwartier
    label[(theta >= -0.6) & (theta < 0.3) & (d >= 0.36) & (d < 0.82)] = 7  # De Wissel
    label[d < 0.17] = 0
    return label


def bump_centres(outline: Outline) -> dict:
    return {name: outline.to_xy(d, theta) for name, (d, theta, _) in BUMPS.items()}


def bump_values(outline: Outline, x, y) -> dict:
    """Every Gaussian bump of the latent surface evaluated at (x, y)."""
    values = {}
    for name, (cx, cy) in bump_centres(outline).items():
        sigma = BUMPS[name][2]
        values[name] = np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * sigma**2))
    return values


def build_districts(rng, outline: Outline, gemeente) -> dict:
    """Blocks -> wijken (by rules) -> buurten (k-means within each wijk)."""
    def block_intensity(x, y):
        return 1 + 8 * np.exp(-((outline.to_polar(x, y)[0] / 0.3) ** 2))

    seeds = sample_points(rng, gemeente, block_intensity, N_BLOCKS)
    blocks = voronoi_cells(seeds, gemeente)
    areas = shapely.area(blocks)
    adjacent = adjacency(blocks)
    wobble = rng.uniform(0, 2 * math.pi, 3)
    centroids = shapely.get_coordinates(shapely.centroid(blocks))
    wijk = make_contiguous(wijk_of_location(outline, *centroids.T, wobble), adjacent, areas)

    buurt = np.full(wijk.shape, -1)
    next_label = 0
    for index, (_, _, n_buurten, _) in enumerate(WIJKEN):
        members = np.flatnonzero(wijk == index)
        local = kmeans(centroids[members], n_buurten, rng)
        buurt[members] = next_label + local
        next_label += n_buurten
    buurt = make_contiguous(buurt, adjacent, areas, groups=wijk)
    buurt_wijk = pd.Series(wijk).groupby(buurt).first().to_numpy()
    return {"block_seeds": seeds, "block_buurt": buurt, "block_wijk": wijk,
            "wijk_geoms": union_by_label(blocks, wijk, len(WIJKEN)),
            "buurt_geoms": union_by_label(blocks, buurt, next_label), "buurt_wijk": buurt_wijk}


def villages_xy(outline: Outline) -> dict:
    return {name: outline.to_xy(d, theta) for name, (d, theta, _, _) in VILLAGES.items()}


def name_buurten(outline: Outline, districts: dict) -> pd.DataFrame:
    """Codes, names and land use of buurten, numbered from the inside out within each wijk."""
    geoms = np.asarray(districts["buurt_geoms"])
    centroid = shapely.get_coordinates(shapely.centroid(geoms))
    table = pd.DataFrame({"label": np.arange(geoms.size), "wijk": districts["buurt_wijk"],
                          "x": centroid[:, 0], "y": centroid[:, 1], "geometry": geoms})
    table["distance"] = np.hypot(table.x - CENTRE[0], table.y - CENTRE[1])
    table = table.sort_values(["wijk", "distance"], kind="stable").reset_index(drop=True)
    table["landuse"] = [WIJKEN[w][1] for w in table.wijk]
    table["buurtnaam"] = ""
    village_points = [shapely.points(*xy) for xy in villages_xy(outline).values()]
    for wijk_index, name, landuse, rule in SPECIAL_BUURTEN:
        rows = table.index[(table.wijk == wijk_index) & (table.buurtnaam == "")]
        table.loc[pick_special(table.loc[rows], rule, village_points), ["buurtnaam", "landuse"]] = (
            name, landuse)
    for wijk_index, (_, _, _, names) in enumerate(WIJKEN):
        rows = table.index[table.wijk == wijk_index]
        free = [n for n in names if n not in set(table.loc[rows, "buurtnaam"])]
        unnamed = [r for r in rows if table.at[r, "buurtnaam"] == ""]
        table.loc[unnamed, "buurtnaam"] = free[: len(unnamed)]
    table["number"] = table.groupby("wijk").cumcount()
    table["wijkcode"] = [f"WK{GEMEENTECODE[2:]}{w:02d}" for w in table.wijk]
    table["buurtcode"] = [f"BU{GEMEENTECODE[2:]}{w:02d}{n:02d}"
                          for w, n in zip(table.wijk, table.number)]
    return table


def pick_special(candidates: pd.DataFrame, rule: str, village_points: list):
    geoms = candidates.geometry.to_numpy()
    if rule == "farthest_from_centre":
        return candidates.distance.idxmax()
    distance = np.min([shapely.distance(geoms, p) for p in village_points], axis=0)
    if rule == "contains_village":
        return candidates.index[int(distance.argmin())]
    return candidates.index[int(distance.argmax())]


# --------------------------------------------------------------------------- population


def density_function(outline: Outline, districts: dict, buurten: pd.DataFrame, gemeente):
    """Residential density (inhabitants/km2) at any location, and the land use there.

    Urban densities (centre, older districts, suburbs, village cores, post-war flats) are
    relative and scaled so that the municipality gets TARGET_INHABITANTS; rural, industrial
    and nature densities are absolute.
    """
    block_tree = cKDTree(districts["block_seeds"])
    # Block seeds are Voronoi generators: the nearest seed is the block holding the point.
    landuse_of_label = dict(zip(buurten.label, buurten.landuse))
    block_landuse = np.array([landuse_of_label[b] for b in districts["block_buurt"]])
    villages = villages_xy(outline)

    def landuse_at(x, y):
        return block_landuse[block_tree.query(np.column_stack([x, y]))[1]]

    def urban_and_fixed(x, y):
        landuse = landuse_at(x, y)
        base = landuse_lookup(landuse, "density")
        urban = np.isin(landuse, URBAN_LANDUSES)
        value = np.where(urban, base, 0.0)
        for name, (vx, vy) in villages.items():
            sigma, peak = VILLAGES[name][2:]
            value = value + peak * np.exp(-((x - vx) ** 2 + (y - vy) ** 2) / (2 * sigma**2))
        bumps = bump_values(outline, x, y)
        flats = bumps["kwetsbaar_molenwijk"] + bumps["kwetsbaar_dommelkwartier"]
        return value + FLATS_DENSITY * flats * urban, np.where(urban, 0.0, base)

    fixed_total = grid_integral(gemeente, lambda x, y: urban_and_fixed(x, y)[1])
    urban_total = grid_integral(gemeente, lambda x, y: urban_and_fixed(x, y)[0])
    scale = (TARGET_INHABITANTS - fixed_total) / urban_total

    def density(x, y):
        urban, fixed = urban_and_fixed(x, y)
        return scale * urban + fixed

    return density, landuse_at


def landuse_index(landuse: np.ndarray) -> np.ndarray:
    """Position in LANDUSES of every land-use name."""
    return LANDUSES_ORDER[np.searchsorted(LANDUSES_SORTED, landuse)]


def landuse_lookup(landuse: np.ndarray, key: str) -> np.ndarray:
    values = np.array([LANDUSE_PARAMS[lu][key] for lu in LANDUSES], dtype=float)
    return values[landuse_index(landuse)]


def grid_integral(gemeente, function, step=50.0) -> float:
    """Integral over the municipality (per km2 units) on a fixed grid: no randomness."""
    xmin, ymin, xmax, ymax = gemeente.bounds
    centres_x = np.arange(xmin, xmax, step) + step / 2
    x, y = np.meshgrid(centres_x, np.arange(ymin, ymax, step) + step / 2)
    x, y = x.ravel(), y.ravel()
    inside = shapely.contains_xy(gemeente, x, y)
    return float(function(x[inside], y[inside]).sum() * (step / 1000) ** 2)


def build_pc6_geometry(rng, gemeente, density, landuse_at) -> dict:
    """PC6 seeds (residential + business) and their clipped Voronoi cells."""
    def business(x, y):
        return landuse_lookup(landuse_at(x, y), "business_per_km2")

    def intensity(x, y):
        farms = landuse_lookup(landuse_at(x, y), "farms_per_km2")
        return density(x, y) / RESIDENTS_PER_PC6 + business(x, y) + farms

    n_seeds = round(grid_integral(gemeente, intensity))
    seeds = sample_points(rng, gemeente, intensity, n_seeds)
    # A seed is a business postcode with probability business share of the intensity.
    share = business(*seeds.T) / intensity(*seeds.T)
    commercial = rng.uniform(0, 1, n_seeds) < share
    cells = voronoi_cells(seeds, gemeente)
    return {"seeds": seeds, "cells": cells, "commercial": commercial,
            "anchors": anchor_points(cells)}


def anchor_points(cells: np.ndarray) -> np.ndarray:
    """Centroid, or a point on the surface where the centroid falls outside the cell."""
    anchors = shapely.set_precision(shapely.centroid(cells), GRID_SIZE)
    outside = ~shapely.contains_properly(cells, anchors)
    anchors[outside] = shapely.set_precision(shapely.point_on_surface(cells[outside]), GRID_SIZE)
    if not shapely.contains_properly(cells, anchors).all():
        raise RuntimeError("a PC6 anchor point lies outside its polygon")
    return shapely.get_coordinates(anchors)


def assign_population(rng, pc6: pd.DataFrame, density) -> np.ndarray:
    """Inhabitants per PC6: density x area x gamma noise, capped, scaled to the target."""
    noise = rng.gamma(PC6_NOISE_SHAPE, 1 / PC6_NOISE_SHAPE, len(pc6))
    raw = density(pc6.x.to_numpy(), pc6.y.to_numpy()) * pc6.area_km2.to_numpy() * noise
    raw[pc6.commercial.to_numpy()] = 0.0
    factor = TARGET_INHABITANTS / raw.sum()
    for _ in range(30):  # the cap removes people: rescale until the total settles
        factor *= TARGET_INHABITANTS / np.minimum(MAX_PC6_INHABITANTS, factor * raw).sum()
    return np.round(np.minimum(MAX_PC6_INHABITANTS, factor * raw)).astype(int)


def keep_tiny_buurten_tiny(pc6: pd.DataFrame, buurten: pd.DataFrame) -> None:
    """Haven and nature buurten get fewer than 50 inhabitants (indicators suppressed)."""
    for code in buurten.buurtcode[buurten.landuse.isin(TINY_LANDUSES)]:
        rows = pc6.index[pc6.buurtcode == code]
        while pc6.loc[rows, "aantal_inwoners"].sum() > MAX_TINY_INHABITANTS:
            largest = pc6.loc[rows, "aantal_inwoners"].idxmax()
            pc6.at[largest, "aantal_inwoners"] //= 2


# --------------------------------------------------------------------------- postcodes


def valid_letter_pairs() -> list:
    letters = string.ascii_uppercase
    return [a + b for a in letters for b in letters if a + b not in UNUSED_PC6_LETTERS]


def assign_postcodes(rng, pc6: pd.DataFrame, adjacent, areas) -> pd.DataFrame:
    """PC4 clusters numbered from the centre outwards, PC6 letters along serpentine rows."""
    xy = pc6[["x", "y"]].to_numpy()
    cluster = make_contiguous(kmeans(xy, N_PC4, rng), adjacent, areas)
    centre_xy = pd.DataFrame(xy).groupby(cluster).mean().to_numpy()
    distance = np.hypot(*(centre_xy - CENTRE).T)
    angle = np.arctan2(*(centre_xy - CENTRE).T[::-1]) % (2 * math.pi)
    order = np.lexsort((angle, np.floor(distance / 1500)))
    codes = np.sort(rng.choice(np.arange(*PC4_CODE_RANGE), N_PC4, replace=False))
    pc4_code = np.empty(N_PC4, dtype=object)
    pc4_code[order] = [str(c) for c in codes]
    pc6["pc4"] = pc4_code[cluster]
    pairs = np.array(valid_letter_pairs())
    pc6["postcode"] = ""
    for code, rows in pc6.groupby("pc4").groups.items():
        rows = np.asarray(rows)
        if rows.size > pairs.size:
            raise RuntimeError(f"PC4 {code} has more PC6s than letter pairs")
        band = np.floor((pc6.y.max() - pc6.y[rows].to_numpy()) / 150)
        x = pc6.x[rows].to_numpy()
        serpentine = np.lexsort((np.where(band % 2 == 0, x, -x), band))
        letters = np.sort(rng.choice(pairs.size, rows.size, replace=False))
        pc6.loc[rows[serpentine], "postcode"] = [code + p for p in pairs[letters]]
    return pc6


# --------------------------------------------------------------------------- indicators


def buurt_vulnerability(rng, outline: Outline, buurten: pd.DataFrame) -> np.ndarray:
    """Standardised latent vulnerability per buurt (drives indicators and risk)."""
    bumps = bump_values(outline, buurten.x.to_numpy(), buurten.y.to_numpy())
    raw = sum(weight * bumps[name] for name, weight in VULNERABILITY_BUMPS.items())
    raw = raw + landuse_lookup(buurten.landuse.to_numpy(), "vulnerability")
    raw = raw + rng.normal(0, VULNERABILITY_NOISE, len(buurten))
    return (raw - raw.mean()) / raw.std()


def buurt_indicators(rng, buurten: pd.DataFrame) -> pd.DataFrame:
    """Monitor indicators under their names in the CBS Wijk- en buurtkaart 2024 (core/cbs.py):
    the latent vulnerability plus noise. As in CBS's files, a figure that is secret is the
    sentinel -99999999 (every figure of a buurt with fewer than 50 inhabitants) and an
    unknown one -99999997 (the low-income share of the smallest other buurt), not NULL.
    Five draws of the same length as ever, so the incidents drawn after them do not change."""
    v = buurten.vulnerability.to_numpy()
    n = len(buurten)
    landuse = buurten.landuse.to_numpy()
    suburb = np.isin(landuse, ("nieuw", "dorp", "landelijk")).astype(float)
    centre = (landuse == "centrum").astype(float)
    inhabitants = buurten.aantal_inwoners.to_numpy()
    indicators = pd.DataFrame({
        "gemiddeld_inkomen_per_inwoner": np.clip(
            31 + 3 * suburb - 5 * v + rng.normal(0, 1.5, n), 18, 48).round(1),
        "percentage_huishoudens_met_laag_inkomen": np.clip(
            8 - 0.8 * suburb + 0.6 * centre + 3.5 * v + rng.normal(0, 1.0, n), 1, 35).round(1),
        "netto_arbeidsparticipatie": np.clip(68 - 6 * v + rng.normal(0, 3, n), 40, 85).round(1),
        "percentage_huishoudens_onder_of_rond_sociaal_minimum": np.clip(
            5 + 2.5 * v + rng.normal(0, 0.8, n), 0.5, 25).round(1),
        # CBS rounds benefit counts to tens
        "aantal_personen_met_een_alg_bijstandsuitkering_tot": np.round(inhabitants * np.exp(
            math.log(0.025) + 0.45 * v + rng.normal(0, 0.15, n)), -1).astype(int),
    }, index=buurten.index)
    area_km2 = shapely.area(buurten.geometry.to_numpy()) / 1e6
    indicators.loc[inhabitants < SUPPRESS_BELOW, list(indicators.columns)] = CBS_SECRET
    others = np.flatnonzero(inhabitants >= SUPPRESS_BELOW)
    smallest = buurten.index[others[np.argmin(inhabitants[others])]]
    indicators.loc[smallest, "percentage_huishoudens_met_laag_inkomen"] = CBS_UNKNOWN
    indicators["water"] = "NEE"
    indicators["bevolkingsdichtheid_inwoners_per_km2"] = np.round(inhabitants / area_km2)
    indicators["oppervlakte_land_in_ha"] = np.round(area_km2 * 100)
    return indicators


def place_coffeeshops(rng, pc6: pd.DataFrame) -> pd.DataFrame:
    """Coffeeshops in centre PC6s, nearer the centre more likely, at least 150 m apart."""
    candidates = pc6[pc6.landuse == "centrum"]
    weight = np.exp(-np.hypot(candidates.x - CENTRE[0], candidates.y - CENTRE[1]) / 400)
    order = rng.choice(len(candidates), len(candidates), replace=False, p=weight / weight.sum())
    chosen = []
    for i in order:
        xy = candidates[["x", "y"]].to_numpy()[i]
        if all(np.hypot(*(xy - candidates[["x", "y"]].to_numpy()[j])) >= COFFEESHOP_MIN_DISTANCE
               for j in chosen):
            chosen.append(i)
        if len(chosen) == len(COFFEESHOP_NAMES):
            break
    shops = candidates.iloc[chosen][["postcode", "x", "y"]].reset_index(drop=True)
    shops.insert(0, "naam", COFFEESHOP_NAMES[: len(shops)])
    return shops


# --------------------------------------------------------------------------- risk


def exposure_of(pc6: pd.DataFrame) -> np.ndarray:
    """Resident-equivalents / 1000: inhabitants plus daytime population (shops, work)."""
    daytime = landuse_lookup(pc6.landuse.to_numpy(), "daytime")
    daytime = daytime + COMMERCIAL_DAYTIME * pc6.commercial.to_numpy()
    return (pc6.aantal_inwoners.to_numpy() + daytime) / 1000


def latent_log_risk(rng, outline, pc6: pd.DataFrame, shops: pd.DataFrame) -> np.ndarray:
    """eta[i, k] without the intercept b0[k] (see the module docstring)."""
    x, y = pc6.x.to_numpy(), pc6.y.to_numpy()
    bumps = bump_values(outline, x, y)
    landuse = landuse_index(pc6.landuse.to_numpy())
    proximity = np.zeros(len(pc6))
    for sx, sy in shops[["x", "y"]].to_numpy():
        proximity += np.exp(-((x - sx) ** 2 + (y - sy) ** 2) / (2 * COFFEESHOP_SIGMA**2))
    noise = rng.normal(0, PC6_NOISE_SD, len(pc6))
    eta = np.empty((len(pc6), len(SOORTEN)))
    for k, soort in enumerate(SOORTEN):
        eta[:, k] = (sum(a * bumps[name] for name, a in BUMP_EFFECTS[soort].items())
                     + SOORT_PARAMS[soort]["vulnerability"] * pc6.vulnerability.to_numpy()
                     + np.asarray(LANDUSE_EFFECTS[soort])[landuse] + noise)
    eta[:, SOORTEN.index("drugsoverlast")] += COFFEESHOP_EFFECT * np.minimum(1, proximity)
    return eta


def week_calendar() -> pd.DataFrame:
    """ISO weeks of the period, preceded by the burn-in weeks."""
    start = dt.date.fromisocalendar(YEARS[0], 1, 1) - dt.timedelta(weeks=BURN_IN_WEEKS)
    end = dt.date.fromisocalendar(YEARS[-1] + 1, 1, 1)
    mondays = [start + dt.timedelta(weeks=i) for i in range((end - start).days // 7)]
    iso = [m.isocalendar() for m in mondays]
    calendar = pd.DataFrame({"monday": mondays, "jaar": [c[0] for c in iso],
                             "week": [c[1] for c in iso]})
    calendar["observed"] = calendar.jaar >= YEARS[0]
    middle = calendar.index[calendar.observed].to_numpy().mean()
    calendar["years_from_middle"] = (calendar.index - middle) / WEEKS_PER_YEAR
    return calendar


def season_trend(calendar: pd.DataFrame) -> np.ndarray:
    """Multiplier per week and type: seasonality (mean 1 over a year) times trend."""
    factors = np.empty((len(calendar), len(SOORTEN)))
    phase = np.linspace(0, 2 * math.pi, 1000, endpoint=False)
    for k, soort in enumerate(SOORTEN):
        p = SOORT_PARAMS[soort]
        season = np.exp(p["season_amp"] * np.cos(
            2 * math.pi * (calendar.week.to_numpy() - p["season_peak"]) / WEEKS_PER_YEAR))
        season /= np.exp(p["season_amp"] * np.cos(phase)).mean()
        factors[:, k] = season * np.exp(p["trend"] * calendar.years_from_middle.to_numpy())
    return factors


def weekly_background(eta, exposure, calendar) -> tuple:
    """Calibrate b0 so each type meets target x (1 - branching) background incidents a year."""
    factors = season_trend(calendar)
    observed = factors[calendar.observed.to_numpy()].sum(axis=0) / len(YEARS)
    base = exposure[:, None] * np.exp(eta) / WEEKS_PER_YEAR  # per week at factor 1
    background = np.array([SOORT_PARAMS[s]["target"] * (1 - SOORT_PARAMS[s]["branching"])
                           for s in SOORTEN])
    intercept = np.log(background / (base.sum(axis=0) * observed))
    base = base * np.exp(intercept)
    return base, factors, intercept, base * observed  # last: expected per year per type


def near_repeat_kernel(xy: np.ndarray) -> sparse.csr_matrix:
    """W[source, target] = exp(-d / delta) within the radius, rows sum to 1."""
    tree = cKDTree(xy)
    pairs = tree.query_pairs(NEAR_REPEAT["radius_m"], output_type="ndarray")
    distance = np.hypot(*(xy[pairs[:, 0]] - xy[pairs[:, 1]]).T)
    weight = np.exp(-distance / NEAR_REPEAT["distance_decay_m"])
    n = xy.shape[0]
    rows = np.concatenate([pairs[:, 0], pairs[:, 1], np.arange(n)])
    cols = np.concatenate([pairs[:, 1], pairs[:, 0], np.arange(n)])
    kernel = sparse.csr_matrix((np.concatenate([weight, weight, np.ones(n)]), (rows, cols)),
                               shape=(n, n))
    return sparse.diags(1 / np.asarray(kernel.sum(axis=1)).ravel()) @ kernel


def simulate_incidents(rng, base, factors, calendar, kernel) -> np.ndarray:
    """Counts [week, pc6, type] of the observed weeks (self-exciting, week by week)."""
    rho = math.exp(-1 / NEAR_REPEAT["time_decay_weeks"])
    branching = np.array([SOORT_PARAMS[s]["branching"] for s in SOORTEN])
    excitation = np.zeros_like(base)
    spread = kernel.T.tocsr()
    counts = []
    for t in range(len(calendar)):
        week_counts = rng.poisson(base * factors[t] + excitation)
        excitation = rho * excitation + (1 - rho) * branching * (spread @ week_counts)
        if calendar.observed.iat[t]:
            counts.append(week_counts.astype(np.int32))
    return np.stack(counts)


def plant_intervention(seed, counts, calendar, pc6, wijk, expected) -> dict:
    """Thin the treated wijk's incidents in the window to exactly INTERVENTION["kept"] and
    move INTERVENTION["moved"] of those taken away to PC6s within the catchment outside the
    wijk (same week and type; a PC6 chosen in proportion to its expected count of that
    type). Changes ``counts`` in place; returns what was planted, for the truth file.

    Its own generator (seed, random_stream) keeps every draw of the simulation unchanged."""
    plan = INTERVENTION
    rng = np.random.default_rng([seed, plan["random_stream"]])
    start = dt.date.fromisoformat(plan["start"])
    mondays = calendar.monday[calendar.observed].to_numpy()
    window = np.flatnonzero((mondays >= start)
                            & (mondays < start + dt.timedelta(weeks=plan["weeks"])))
    inside = np.flatnonzero(pc6.wijkcode.to_numpy() == plan["wijkcode"])
    t, i, k = one_row_per_incident(counts[np.ix_(window, inside)])
    t, i = window[t], inside[i]
    taken = rng.choice(t.size, t.size - round(plan["kept"] * t.size), replace=False)
    np.subtract.at(counts, (t[taken], i[taken], k[taken]), 1)
    movers = taken[:round(plan["moved"] * taken.size)]  # rng.choice's order is random
    points = shapely.points(pc6[["x", "y"]].to_numpy())
    catchment = np.flatnonzero((pc6.wijkcode.to_numpy() != plan["wijkcode"])
                               & (shapely.distance(wijk, points) <= plan["catchment_m"]))
    targets = [rng.choice(catchment, p=expected[catchment, kind] / expected[catchment, kind].sum())
               for kind in k[movers]]
    np.add.at(counts, (t[movers], np.asarray(targets, dtype=int), k[movers]), 1)
    return {**plan, "incidents_without_action": int(t.size), "kept_incidents":
            int(t.size - taken.size), "taken_away": int(taken.size),
            "moved_into_catchment": int(movers.size), "catchment_pc6": int(catchment.size),
            "rate_ratio": round((t.size - taken.size) / t.size, 6)}


def one_row_per_incident(counts):
    """Index arrays with one entry per incident of a counts array [week, pc6, type]."""
    t, i, k = np.nonzero(counts)
    repeat = counts[t, i, k]
    return np.repeat(t, repeat), np.repeat(i, repeat), np.repeat(k, repeat)


def incidents_table(counts, calendar, pc6) -> pd.DataFrame:
    weeks = calendar[calendar.observed].reset_index(drop=True)
    t, i, k = one_row_per_incident(counts)
    table = pd.DataFrame({
        "incident_id": np.arange(1, t.size + 1),
        "soort": np.array(SOORTEN)[k],
        "postcode": pc6.postcode.to_numpy()[i],
        "jaar": weeks.jaar.to_numpy()[t],
        "week": weeks.week.to_numpy()[t],
        "datum": [m.isoformat() for m in weeks.monday.to_numpy()[t]],
        "x": pc6.x.to_numpy()[i], "y": pc6.y.to_numpy()[i]})
    return table


def undermining_rate(rng, outline, pc6: pd.DataFrame) -> np.ndarray:
    """Expected ruimingen per PC6 per year."""
    bumps = bump_values(outline, pc6.x.to_numpy(), pc6.y.to_numpy())
    u = sum(w * bumps[name] for name, w in RUIMINGEN["bumps"].items())
    u = u + landuse_lookup(pc6.landuse.to_numpy(), "undermining")
    u = u + RUIMINGEN["vulnerability"] * pc6.vulnerability.to_numpy()
    u = u + rng.normal(0, RUIMINGEN["noise_sd"], len(pc6))
    premises = 1 + RUIMINGEN["premises_per_inhabitant"] * pc6.aantal_inwoners.to_numpy()
    weight = premises * np.exp(u)
    return RUIMINGEN["per_year"] * weight / weight.sum()


def simulate_ruimingen(rng, rate, pc6: pd.DataFrame) -> pd.DataFrame:
    rows = []
    shed = pc6.landuse.isin(SHED_LANDUSES).to_numpy()
    for jaar in YEARS:
        n = rng.poisson(rate)
        for i in np.repeat(np.arange(len(pc6)), n):
            mean_log, sd_log = RUIMINGEN["plants_shed" if shed[i] else "plants_home"]
            plants = max(20, round(float(rng.lognormal(mean_log, sd_log)), -1))
            rows.append({"postcode": pc6.postcode.iat[i], "jaar": jaar,
                         "aantal_planten": int(plants), "x": pc6.x.iat[i], "y": pc6.y.iat[i]})
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------- writing


FIELD_TYPES = {"str": ogr.OFTString, "int": ogr.OFTInteger, "real": ogr.OFTReal,
               "date": ogr.OFTDate}


def as_multipolygon(geom):
    geom = shapely.set_precision(geom, GRID_SIZE)
    if geom.geom_type == "Polygon":
        return shapely.MultiPolygon([geom])
    if geom.geom_type == "MultiPolygon":
        return geom
    return shapely.MultiPolygon([g for g in shapely.get_parts(geom) if g.geom_type == "Polygon"])


def write_layer(ds, srs, name, description, geometries, table, fields):
    """One layer: fields is a list of (name, type) with types from FIELD_TYPES."""
    is_point = geometries[0].geom_type == "Point"
    layer = ds.CreateLayer(name, srs, ogr.wkbPoint if is_point else ogr.wkbMultiPolygon,
                           options=["SPATIAL_INDEX=YES", "FID=fid", "GEOMETRY_NAME=geom",
                                    f"DESCRIPTION={description}"])
    for field, kind in fields:
        layer.CreateField(ogr.FieldDefn(field, FIELD_TYPES[kind]))
    definition = layer.GetLayerDefn()
    columns = [table[field].tolist() for field, _ in fields]
    layer.StartTransaction()
    for row, geom in enumerate(geometries):
        feature = ogr.Feature(definition)
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(shapely.to_wkb(geom)))
        for index, values in enumerate(columns):
            value = values[row]
            if value is not None and not (isinstance(value, float) and math.isnan(value)):
                feature.SetField(index, value)
        layer.CreateFeature(feature)
    layer.CommitTransaction()


def points_of(table: pd.DataFrame) -> list:
    return list(shapely.points(table.x.to_numpy(), table.y.to_numpy()))


def write_geopackage(path: Path, layers: dict) -> None:
    if path.exists():
        path.unlink()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    previous = gdal.GetConfigOption("OGR_CURRENT_DATE")
    gdal.SetConfigOption("OGR_CURRENT_DATE", GPKG_TIMESTAMP)
    try:
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        for name, (description, geometries, table, fields) in layers.items():
            write_layer(ds, srs, name, description, geometries, table, fields)
        ds = None  # closing writes the file
    finally:
        gdal.SetConfigOption("OGR_CURRENT_DATE", previous)


def write_truth_csv(path: Path, pc6: pd.DataFrame, expected: np.ndarray, exposure, ruiming_rate):
    total = expected.sum(axis=1)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["postcode", "latent_risk", "expected_per_year",
                         *[f"expected_{s}" for s in SOORTEN], "exposure", "expected_ruimingen"])
        for i in np.argsort(pc6.postcode.to_numpy(), kind="stable"):
            writer.writerow([pc6.postcode.iat[i], f"{total[i] / exposure[i]:.4f}",
                             f"{total[i]:.4f}", *[f"{v:.4f}" for v in expected[i]],
                             f"{exposure[i]:.4f}", f"{ruiming_rate[i]:.5f}"])


def parameters() -> dict:
    return {"gemeentecode": GEMEENTECODE, "gemeentenaam": GEMEENTENAAM, "centre": CENTRE,
            "semi_axes_m": SEMI_AXES, "target_inhabitants": TARGET_INHABITANTS,
            "max_pc6_inhabitants": MAX_PC6_INHABITANTS, "n_blocks": N_BLOCKS, "n_pc4": N_PC4,
            "years": YEARS, "weeks_per_year": WEEKS_PER_YEAR, "burn_in_weeks": BURN_IN_WEEKS,
            "wijken": [{"wijknaam": w[0], "landuse": w[1], "n_buurten": w[2]} for w in WIJKEN],
            "villages": VILLAGES, "bumps": BUMPS, "landuse": LANDUSE_PARAMS,
            "flats_density": FLATS_DENSITY, "residents_per_pc6": RESIDENTS_PER_PC6,
            "commercial_daytime": COMMERCIAL_DAYTIME, "pc6_noise_shape": PC6_NOISE_SHAPE,
            "vulnerability_bumps": VULNERABILITY_BUMPS,
            "vulnerability_noise_sd": VULNERABILITY_NOISE, "soorten": SOORT_PARAMS,
            "bump_effects": BUMP_EFFECTS,
            "landuse_effects": {s: dict(zip(LANDUSES, v)) for s, v in LANDUSE_EFFECTS.items()},
            "pc6_noise_sd": PC6_NOISE_SD, "coffeeshop_effect": COFFEESHOP_EFFECT,
            "coffeeshop_sigma_m": COFFEESHOP_SIGMA, "near_repeat": NEAR_REPEAT,
            "ruimingen": RUIMINGEN, "suppress_indicators_below": SUPPRESS_BELOW,
            "intervention": INTERVENTION}


# --------------------------------------------------------------------------- main


def build(seed: int) -> dict:
    """Everything the files are written from, in a fixed order of random draws."""
    rng = np.random.default_rng(seed)
    outline = Outline(rng)
    gemeente = outline.polygon()
    districts = build_districts(rng, outline, gemeente)
    buurten = name_buurten(outline, districts)
    density, landuse_at = density_function(outline, districts, buurten, gemeente)
    geometry = build_pc6_geometry(rng, gemeente, density, landuse_at)
    pc6 = pc6_table(geometry, buurten)
    pc6["aantal_inwoners"] = assign_population(rng, pc6, density)
    keep_tiny_buurten_tiny(pc6, buurten)
    cells = geometry["cells"]
    pc6 = assign_postcodes(rng, pc6, adjacency(cells), shapely.area(cells))
    buurten = add_buurt_totals(buurten, pc6)
    buurten["vulnerability"] = buurt_vulnerability(rng, outline, buurten)
    buurten = buurten.join(buurt_indicators(rng, buurten))
    pc6["vulnerability"] = pc6.buurtcode.map(buurten.set_index("buurtcode").vulnerability)
    shops = place_coffeeshops(rng, pc6)
    eta = latent_log_risk(rng, outline, pc6, shops)
    exposure = exposure_of(pc6)
    calendar = week_calendar()
    base, factors, intercept, expected = weekly_background(eta, exposure, calendar)
    kernel = near_repeat_kernel(pc6[["x", "y"]].to_numpy())
    counts = simulate_incidents(rng, base, factors, calendar, kernel)
    ruiming_rate = undermining_rate(rng, outline, pc6)
    ruimingen = simulate_ruimingen(rng, ruiming_rate, pc6)
    treated = districts["wijk_geoms"][int(INTERVENTION["wijkcode"][-2:])]
    intervention = plant_intervention(seed, counts, calendar, pc6, treated, expected)
    return {"outline": outline, "gemeente": gemeente, "districts": districts,
            "buurten": buurten, "pc6": pc6, "cells": cells, "shops": shops,
            "expected": expected, "exposure": exposure,
            "intercept": intercept, "incidents": incidents_table(counts, calendar, pc6),
            "ruimingen": ruimingen, "ruiming_rate": ruiming_rate,
            "intervention": intervention}


def pc6_table(geometry: dict, buurten: pd.DataFrame) -> pd.DataFrame:
    anchors = geometry["anchors"]
    tree = shapely.STRtree(buurten.geometry.to_numpy())
    points = shapely.points(anchors)
    nearest = tree.query_nearest(points, all_matches=False)[1]
    pc6 = pd.DataFrame({"x": anchors[:, 0], "y": anchors[:, 1],
                        "area_km2": shapely.area(geometry["cells"]) / 1e6,
                        "commercial": geometry["commercial"]})
    pc6["buurtcode"] = buurten.buurtcode.to_numpy()[nearest]
    pc6["wijkcode"] = buurten.wijkcode.to_numpy()[nearest]
    pc6["landuse"] = buurten.landuse.to_numpy()[nearest]
    return pc6


def add_buurt_totals(buurten: pd.DataFrame, pc6: pd.DataFrame) -> pd.DataFrame:
    inhabitants = pc6.groupby("buurtcode").aantal_inwoners.sum()
    buurten["aantal_inwoners"] = buurten.buurtcode.map(inhabitants).fillna(0).astype(int)
    size = landuse_lookup(buurten.landuse.to_numpy(), "household_size")
    buurten["aantal_huishoudens"] = np.round(buurten.aantal_inwoners / size).astype(int)
    return buurten


def layer_specs(result: dict) -> dict:
    buurten, pc6 = result["buurten"], result["pc6"]
    wijken = wijk_table(result)
    pc4 = pc4_table(result)
    incidents, ruimingen, shops = result["incidents"], result["ruimingen"], result["shops"]
    gemeente = pd.DataFrame({"gemeentecode": [GEMEENTECODE], "gemeentenaam": [GEMEENTENAAM]})
    pc6_geoms = [as_multipolygon(g) for g in result["cells"]]
    buurt_fields = [("buurtcode", "str"), ("buurtnaam", "str"), ("wijkcode", "str"),
                    ("gemeentecode", "str"), ("aantal_inwoners", "int"),
                    ("aantal_huishoudens", "int"), ("water", "str"),
                    ("bevolkingsdichtheid_inwoners_per_km2", "real"),
                    ("oppervlakte_land_in_ha", "real"), ("gemiddeld_inkomen_per_inwoner", "real"),
                    ("percentage_huishoudens_met_laag_inkomen", "real"),
                    ("percentage_huishoudens_onder_of_rond_sociaal_minimum", "real"),
                    ("aantal_personen_met_een_alg_bijstandsuitkering_tot", "int"),
                    ("netto_arbeidsparticipatie", "real")]
    buurten = buurten.assign(gemeentecode=GEMEENTECODE)
    return {
        "gemeente": ("Gemeentegrens van de fictieve demogemeente Dommelstede",
                     [as_multipolygon(result["gemeente"])], gemeente,
                     [("gemeentecode", "str"), ("gemeentenaam", "str")]),
        "wijken": ("Wijken (fictief)", [as_multipolygon(g) for g in wijken.geometry], wijken,
                   [("wijkcode", "str"), ("wijknaam", "str"), ("gemeentecode", "str"),
                    ("aantal_inwoners", "int")]),
        "buurten": ("Buurten met monitorindicatoren (fictief)",
                    [as_multipolygon(g) for g in buurten.geometry], buurten, buurt_fields),
        "pc4": ("Postcodegebieden PC4 (fictief)", [as_multipolygon(g) for g in pc4.geometry],
                pc4, [("postcode", "str"), ("aantal_inwoners", "int")]),
        "pc6": ("Postcodegebieden PC6 (fictief)", pc6_geoms, pc6,
                [("postcode", "str"), ("pc4", "str"), ("aantal_inwoners", "int"),
                 ("buurtcode", "str"), ("wijkcode", "str")]),
        "incidenten": ("Incidenten op PC6-niveau, datum = maandag van de ISO-week (fictief)",
                       points_of(incidents), incidents,
                       [("incident_id", "int"), ("soort", "str"), ("postcode", "str"),
                        ("jaar", "int"), ("week", "int"), ("datum", "date")]),
        "ruimingen": ("Geruimde hennepkwekerijen per PC6 en jaar (fictief)",
                      points_of(ruimingen), ruimingen,
                      [("postcode", "str"), ("jaar", "int"), ("aantal_planten", "int")]),
        "coffeeshops": ("Coffeeshops (fictief)", points_of(shops), shops,
                        [("naam", "str"), ("postcode", "str")]),
    }


def wijk_table(result: dict) -> pd.DataFrame:
    inhabitants = result["buurten"].groupby("wijkcode").aantal_inwoners.sum()
    codes = [f"WK{GEMEENTECODE[2:]}{i:02d}" for i in range(len(WIJKEN))]
    return pd.DataFrame({"wijkcode": codes, "wijknaam": [w[0] for w in WIJKEN],
                         "gemeentecode": GEMEENTECODE,
                         "aantal_inwoners": [int(inhabitants.get(c, 0)) for c in codes],
                         "geometry": result["districts"]["wijk_geoms"]})


def pc4_table(result: dict) -> pd.DataFrame:
    pc6, cells = result["pc6"], result["cells"]
    rows = []
    for code, members in pc6.groupby("pc4").groups.items():
        members = np.asarray(members)
        rows.append({"postcode": code, "aantal_inwoners": int(pc6.aantal_inwoners[members].sum()),
                     "geometry": shapely.union_all(cells[members], grid_size=GRID_SIZE)})
    return pd.DataFrame(rows)


def write_outputs(result: dict, seed: int, output_dir: Path) -> dict:
    output_dir.mkdir(parents=True, exist_ok=True)
    specs = layer_specs(result)
    write_geopackage(output_dir / GPKG_NAME, specs)
    write_truth_csv(output_dir / TRUTH_CSV_NAME, result["pc6"], result["expected"],
                    result["exposure"], result["ruiming_rate"])
    counts = {name: len(spec[1]) for name, spec in specs.items()}
    buurten = result["buurten"].sort_values("buurtcode")
    truth = {
        "generator": "scripts/make_demo_data.py", "generator_version": GENERATOR_VERSION,
        "seed": seed, "crs": "EPSG:28992", "layer_feature_counts": counts,
        "incidents_per_year": result["incidents"].groupby("jaar").size().to_dict(),
        "intercepts_b0": dict(zip(SOORTEN, np.round(result["intercept"], 6).tolist())),
        "parameters": parameters(),
        "bump_centres_rd": rounded_xy(bump_centres(result["outline"])),
        "village_centres_rd": rounded_xy(villages_xy(result["outline"])),
        "buurt_vulnerability": dict(zip(buurten.buurtcode, buurten.vulnerability.round(4))),
        "buurt_landuse": dict(zip(buurten.buurtcode, buurten.landuse)),
        "planted_intervention": result["intervention"],
    }
    text = json.dumps(truth, indent=1, ensure_ascii=False, default=_json_default)
    (output_dir / TRUTH_JSON_NAME).write_text(text + "\n", encoding="utf-8")
    return counts


def rounded_xy(places: dict) -> dict:
    return {name: [round(float(x), 2), round(float(y), 2)] for name, (x, y) in places.items()}


def _json_default(value):
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"not JSON serialisable: {value!r}")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--output-dir", type=Path, default=DEFAULT_OUTPUT_DIR)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    result = build(args.seed)
    counts = write_outputs(result, args.seed, args.output_dir)
    size_mb = (args.output_dir / GPKG_NAME).stat().st_size / 1e6
    per_year = result["incidents"].groupby("jaar").size().to_dict()
    print(f"Dommelstede (seed {args.seed}): {size_mb:.1f} MB, "
          f"{int(result['pc6'].aantal_inwoners.sum())} inhabitants")
    print("features:", ", ".join(f"{name} {n}" for name, n in counts.items()))
    print("incidents per year:", ", ".join(f"{y} {n}" for y, n in per_year.items()))
    print(f"done in {time.perf_counter() - started:.0f} s -> {args.output_dir}")


if __name__ == "__main__":
    main()
