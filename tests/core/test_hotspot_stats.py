"""Local hotspot statistics against PySAL (esda, libpysal) on the demo municipality's 4,211
PC6 areas and on a grid; FDR against esda.fdr, statsmodels and a hand computation;
permutation p-values against a per-area loop and against esda; bad input."""

import copy
import warnings
from pathlib import Path

import numpy as np
import pytest
import shapely
from scipy import stats

from wijkradar.core import hotspot_stats as hs
from wijkradar.core import risk
from wijkradar.core import spatial_weights as sw

esda = pytest.importorskip("esda")
libpysal = pytest.importorskip("libpysal")
ogr = pytest.importorskip("osgeo.ogr", reason="GDAL's Python bindings (osgeo) are missing")

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "wijkradar_demo.gpkg"
BAND = 750.0  # metres between PC6 centroids (the suggested band is 730 m)
K = 6


def read_geometries(name):
    dataset = ogr.Open(str(DEMO))
    blobs = [bytes(f.GetGeometryRef().ExportToWkb()) for f in dataset.GetLayerByName(name)]
    return shapely.from_wkb(np.array(blobs, dtype=object))


@pytest.fixture(scope="module")
def demo():
    """PC6 polygons, their centroids and incidents per PC6 (all years)."""
    areas = read_geometries("pc6")
    incidents = read_geometries("incidenten")
    index = risk.locate_points(areas, shapely.get_x(incidents), shapely.get_y(incidents))
    counts = np.bincount(index[index >= 0], minlength=len(areas)).astype(float)
    centroids = shapely.centroid(areas)
    return {"areas": areas, "counts": counts, "x": shapely.get_x(centroids),
            "y": shapely.get_y(centroids)}


def pysal_weights(demo, kind):
    """libpysal's own weights of the same kind, built from the geometries or centroids
    (a fresh copy each time: esda changes the transform of the weights it is given)."""
    if kind not in PYSAL_CACHE:
        PYSAL_CACHE[kind] = build_pysal_weights(demo, kind)
    return copy.deepcopy(PYSAL_CACHE[kind])


PYSAL_CACHE = {}


def build_pysal_weights(demo, kind):
    points = np.column_stack([demo["x"], demo["y"]])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if kind == "queen":
            return libpysal.weights.Queen.from_iterable(demo["areas"])
        if kind == "rook":
            return libpysal.weights.Rook.from_iterable(demo["areas"])
        if kind == "distance":
            return libpysal.weights.DistanceBand(points, threshold=BAND, binary=True,
                                                 silence_warnings=True)
        return libpysal.weights.KNN(points, k=K)


def our_weights(demo, kind):
    if kind in ("queen", "rook"):
        return sw.contiguity_weights(demo["areas"], rook=kind == "rook", tolerance=0.0)
    if kind == "distance":
        return sw.distance_band_weights(demo["x"], demo["y"], BAND)
    return sw.knn_weights(demo["x"], demo["y"], K)


KINDS = ("queen", "rook", "distance", "knn")


# --------------------------------------------------------------------------- weights


@pytest.mark.parametrize("kind", KINDS)
def test_weights_equal_libpysal(demo, kind):
    ours, theirs = our_weights(demo, kind), pysal_weights(demo, kind)
    assert theirs.id_order == list(range(len(demo["areas"])))
    assert abs(ours.matrix - theirs.sparse).nnz == 0
    assert ours.matrix.diagonal().sum() == 0
    row_standardised = ours.transformed("R").matrix
    np.testing.assert_allclose(np.asarray(row_standardised.sum(axis=1)).ravel(), 1.0)


def test_default_tolerance_bridges_digitising_gaps_only(demo):
    exact = sw.contiguity_weights(demo["areas"], tolerance=0.0).matrix
    tolerant = sw.contiguity_weights(demo["areas"]).matrix
    added = tolerant - exact
    assert added.min() == 0  # nothing lost
    gaps = sparse_pairs(added)
    assert 0 < len(gaps) < 100  # a few slivers of the demo's PC6 polygons
    distances = shapely.distance(demo["areas"][gaps[:, 0]], demo["areas"][gaps[:, 1]])
    assert (distances > 0).all() and (distances <= sw.DEFAULT_TOLERANCE).all()
    rook = sw.contiguity_weights(demo["areas"], rook=True).matrix
    assert (rook - tolerant).max() <= 0  # rook neighbours are queen neighbours


def sparse_pairs(matrix):
    coo = matrix.tocoo()
    keep = (coo.data != 0) & (coo.row < coo.col)
    return np.column_stack([coo.row[keep], coo.col[keep]])


def test_rook_across_a_digitising_gap_needs_a_border_not_a_corner():
    """Squares 0.3 m apart along a whole side are rook neighbours; squares whose corners
    come within 0.3 m of each other are queen neighbours only."""
    side = [shapely.box(0, 0, 100, 100), shapely.box(100.3, 0, 200, 100)]
    corner = [shapely.box(0, 0, 100, 100), shapely.box(100.2, 100.2, 200, 200)]
    assert sw.contiguity_weights(side, rook=True).cardinalities.tolist() == [1, 1]
    assert sw.contiguity_weights(corner).cardinalities.tolist() == [1, 1]
    assert sw.contiguity_weights(corner, rook=True).cardinalities.tolist() == [0, 0]


def test_grid_weights_equal_polygons_of_the_grid():
    boxes = [shapely.box(c * 250, r * 250, (c + 1) * 250, (r + 1) * 250)
             for r in range(7) for c in range(9)]
    for rook in (False, True):
        grid = sw.grid_weights(7, 9, rook=rook).matrix
        polygons = sw.contiguity_weights(boxes, rook=rook).matrix
        assert abs(grid - polygons).nnz == 0
    assert abs(risk.grid_contiguity(7, 9) - sw.grid_weights(7, 9).matrix).nnz == 0


def test_suggested_band_gives_every_area_a_neighbour(demo):
    band = sw.suggest_distance_band(demo["x"], demo["y"])
    assert sw.distance_band_weights(demo["x"], demo["y"], band).islands.size == 0
    assert sw.distance_band_weights(demo["x"], demo["y"], band * 0.9).islands.size > 0
    assert float(f"{band:.2g}") == band  # two significant digits


def test_knn_with_points_sharing_a_place():
    x, y = [0, 0, 0, 5, 9], [0, 0, 0, 0, 0]
    weights = sw.knn_weights(x, y, 2)
    assert weights.cardinalities.tolist() == [2] * 5
    assert weights.matrix.diagonal().sum() == 0


def test_subset_restandardises_rows():
    weights = sw.grid_weights(3, 3).transformed("R")
    keep = np.ones(9, bool)
    keep[4] = False
    part = weights.subset(keep)
    assert part.n == 8 and part.cardinalities.tolist() == [2, 4, 2, 4, 4, 2, 4, 2]
    np.testing.assert_allclose(np.asarray(part.matrix.sum(axis=1)).ravel(), 1.0)


# --------------------------------------------------------------------------- Gi*, Gi


# Gi* on every kind of weights; Gi (esda is slow with the 160 neighbours of a band) on two.
GETIS_ORD_CASES = [(kind, transform, True) for kind in KINDS for transform in "BR"] + [
    (kind, transform, False) for kind in ("rook", "knn") for transform in "BR"]


@pytest.mark.parametrize("kind, transform, star", GETIS_ORD_CASES)
def test_getis_ord_equals_esda(demo, kind, transform, star):
    """G and z equal esda.G_Local on libpysal's own weights. The z-score of row-standardised
    weights is the binary one (Ord & Getis 1995 z does not change when a row is scaled);
    esda's transform='R' z-scores are not, see the next test."""
    counts = demo["counts"]
    ours = hs.getis_ord(counts, our_weights(demo, kind).transformed(transform), star=star)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs = esda.G_Local(counts, pysal_weights(demo, kind), transform=transform,
                              star=star, permutations=0)
        binary = esda.G_Local(counts, pysal_weights(demo, kind), transform="B", star=star,
                              permutations=0)
    np.testing.assert_allclose(ours.statistic, theirs.Gs, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(ours.z, binary.Zs, rtol=0, atol=1e-6)
    np.testing.assert_allclose(ours.p_norm, 2 * binary.p_norm, rtol=0, atol=1e-9)
    if transform == "B":
        np.testing.assert_allclose(ours.z, theirs.Zs, rtol=0, atol=1e-6)


def test_row_standardised_z_agrees_with_permutations_where_esda_does_not(demo):
    """esda's analytic variance for transform='R' counts the row sum (1) as the number of
    neighbours: its z-scores are about sqrt(neighbours) too small. Its own permutation
    z-scores (z_sim) side with ours."""
    counts = demo["counts"]
    ours = hs.getis_ord(counts, our_weights(demo, "queen").transformed("R"), star=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs = esda.G_Local(counts, pysal_weights(demo, "queen"), transform="R",
                              star=False, permutations=999, seed=5, n_jobs=1)
    ratio_ours = np.std(ours.z) / np.std(theirs.z_sim)
    ratio_esda = np.std(theirs.Zs) / np.std(theirs.z_sim)
    assert 0.9 < ratio_ours < 1.1
    mean_neighbours = our_weights(demo, "queen").cardinalities.mean()
    assert ratio_esda == pytest.approx(1 / np.sqrt(mean_neighbours), rel=0.15)
    assert np.corrcoef(ours.z, theirs.z_sim)[0, 1] > 0.98


def test_getis_ord_by_hand_on_a_small_grid():
    """Gi* written out for one cell of a 3 x 3 grid (Getis & Ord 1992; Ord & Getis 1995)."""
    x = np.array([0, 1, 0, 1, 9, 8, 0, 7, 9], float)
    result = hs.getis_ord(x, sw.grid_weights(3, 3, rook=True))
    cell, neighbours = 8, [5, 7, 8]  # the corner cell, itself included
    n, mean, s = x.size, x.mean(), x.std()
    w = len(neighbours)
    z = (x[neighbours].sum() - w * mean) / (s * np.sqrt((n * w - w ** 2) / (n - 1)))
    assert result.z[cell] == pytest.approx(z, abs=1e-12)
    assert result.statistic[cell] == pytest.approx(x[neighbours].sum() / x.sum())
    assert result.p_norm[cell] == pytest.approx(2 * stats.norm.sf(z))


# --------------------------------------------------------------------------- local Moran


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("transform", ["R", "B"])
def test_local_moran_equals_esda(demo, kind, transform):
    """I equals esda's Is; z is the conditional-randomisation z of esda's moments EIc, VIc
    (which are for Anselin's I = Is * n / (n - 1)); the quadrants are esda's q."""
    counts = demo["counts"]
    ours = hs.local_moran(counts, our_weights(demo, kind).transformed(transform))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs = esda.Moran_Local(counts, pysal_weights(demo, kind),
                                  transformation=transform.lower(), permutations=0)
    n = counts.size
    z = (theirs.Is * n / (n - 1) - theirs.EIc) / np.sqrt(theirs.VIc)
    np.testing.assert_allclose(ours.statistic, theirs.Is, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(ours.z, z, rtol=0, atol=1e-6)
    codes = np.array(hs.QUADRANTS)[theirs.q - 1]
    assert (hs.quadrants(counts, ours, np.ones(n, bool)) == codes).all()


# --------------------------------------------------------------------------- multiple tests


def test_fdr_equals_esda_statsmodels_and_a_hand_computation(demo):
    multitest = pytest.importorskip("statsmodels.stats.multitest")
    p = hs.getis_ord(demo["counts"], our_weights(demo, "queen")).p_norm
    for alpha in (0.01, 0.05, 0.1):
        ours = hs.fdr_significant(p, alpha)
        assert (ours == (p <= esda.fdr(p, alpha))).all()
        assert (ours == multitest.multipletests(p, alpha, method="fdr_bh")[0]).all()
        order = np.sort(p)
        passing = np.flatnonzero(order <= np.arange(1, p.size + 1) * alpha / p.size)
        cut = order[passing[-1]] if passing.size else -1.0
        assert (ours == (p <= cut)).all()
        assert 0 < ours.sum() < (p <= alpha).sum()
        assert (hs.bonferroni_significant(p, alpha) == (p <= alpha / p.size)).all()
    np.testing.assert_allclose(hs.adjust_p(p, "fdr"),
                               multitest.multipletests(p, method="fdr_bh")[1], atol=1e-12)


def test_classes_are_arcgis_bins_without_correction(demo):
    """Without a correction the classes are ArcGIS's Gi_Bin: |z| >= 2.576, 1.960, 1.645."""
    result = hs.getis_ord(demo["counts"], our_weights(demo, "queen"))
    classes = hs.hotspot_classes(result.z, result.p_norm)
    expected = np.sign(result.z) * np.select(
        [np.abs(result.z) >= 2.5758, np.abs(result.z) >= 1.95996, np.abs(result.z) >= 1.6449],
        [3, 2, 1], 0)
    assert (classes == expected).all()
    corrected = hs.hotspot_classes(result.z, hs.adjust_p(result.p_norm, "fdr"))
    assert (np.abs(corrected) <= np.abs(classes)).all()
    assert (corrected == 3).sum() > 0 and (corrected == -1).sum() <= (classes == -1).sum()


def test_local_hotspots_table(demo):
    table = hs.local_hotspots(demo["counts"], our_weights(demo, "queen").transformed("R"),
                              statistics=("gi*", "moran"))
    assert list(table.columns) == ["value", "gi_z", "gi_p", "gi_p_adj", "gi_class",
                                   "moran_i", "moran_z", "moran_p", "moran_p_adj", "lisa"]
    assert set(table["lisa"]) <= {"HH", "LL", "HL", "LH", "NS"}
    assert ((table["gi_class"] != 0) == (table["gi_p_adj"] <= 0.10)).all()
    hot = table["gi_class"] > 0
    assert table.loc[hot, "value"].mean() > 2 * table["value"].mean()
    counts = hs.class_counts(table)
    assert sum(counts["gi_class"].values()) == len(table)
    assert sum(counts["lisa"].values()) == len(table)


# --------------------------------------------------------------------------- permutations


def loop_counts(x, matrix, blocks, draws):
    """Conditional counts one area and draw at a time, from the engine's own draws."""
    cardinality = np.diff(matrix.indptr)
    above, below = np.zeros(x.size, int), np.zeros(x.size, int)
    for areas, block_draws in zip(blocks, draws):
        for i in areas:
            row = slice(matrix.indptr[i], matrix.indptr[i + 1])
            observed = matrix.data[row] @ x[matrix.indices[row]]
            for draw in block_draws:
                others = [j for j in draw if j != i][:cardinality[i]]
                lag = matrix.data[row] @ x[others]
                above[i] += lag >= observed - 1e-9
                below[i] += lag <= observed + 1e-9
    return above, below


@pytest.mark.parametrize("block", [hs.BLOCK_AREAS, 7])
def test_permutation_counts_equal_a_loop(monkeypatch, block):
    monkeypatch.setattr(hs, "BLOCK_AREAS", block)
    drawn = []
    real = hs.distinct_draws
    monkeypatch.setattr(hs, "distinct_draws", lambda *a: drawn.append(real(*a)) or drawn[-1])
    rng = np.random.default_rng(4)
    x = rng.poisson(3, 80).astype(float)
    points = rng.random((80, 2)) * 1000
    weights = sw.distance_band_weights(points[:, 0], points[:, 1], 200).transformed("R")
    ours = hs.conditional_counts(x, weights.matrix, 99, seed=11)
    blocks = hs.area_blocks(weights.cardinalities, 99)
    assert len(blocks) == len(drawn) == -(-80 // block)
    expected = loop_counts(x, weights.matrix, blocks, drawn)
    assert [a.tolist() for a in ours] == [a.tolist() for a in expected]


def test_draws_are_distinct_and_uniform():
    rng = np.random.default_rng(0)
    draws = hs.distinct_draws(rng, 12, 20000, 9)  # many repeats to draw again
    assert (np.diff(np.sort(draws, axis=1), axis=1) > 0).all()
    # each area equally likely at each position (chi-square over 12 areas, 9 positions)
    for position in range(9):
        frequencies = np.bincount(draws[:, position], minlength=12)
        assert stats.chisquare(frequencies).pvalue > 0.001


def test_permutation_p_agrees_with_esda_and_analytic(demo):
    counts = demo["counts"]
    weights = our_weights(demo, "queen")
    ours = hs.getis_ord(counts, weights, star=False, permutations=999, seed=7)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs = esda.G_Local(counts, pysal_weights(demo, "queen"), transform="B",
                              star=False, permutations=999, seed=7, n_jobs=1)
    esda_two_sided = np.minimum(2 * theirs.p_sim, 1)
    assert np.corrcoef(ours.p_sim, esda_two_sided)[0, 1] > 0.97
    assert np.corrcoef(ours.p_sim, ours.p_norm)[0, 1] > 0.95
    for alpha in (0.01, 0.05):
        # as many areas significant, within sampling noise
        assert abs((ours.p_sim <= alpha).mean() - (esda_two_sided <= alpha).mean()) < 0.02
    again = hs.getis_ord(counts, weights, star=False, permutations=999, seed=7)
    assert (again.p_sim == ours.p_sim).all()
    other_seed = hs.getis_ord(counts, weights, star=False, permutations=999, seed=8)
    assert (other_seed.p_sim != ours.p_sim).any()


def test_permutation_p_is_uniform_without_clustering():
    rng = np.random.default_rng(21)
    weights = sw.grid_weights(40, 40).transformed("R")
    p = hs.local_moran(rng.normal(size=1600), weights, permutations=999, seed=3).p_sim
    assert abs((p <= 0.05).mean() - 0.05) < 0.015
    assert abs((p <= 0.2).mean() - 0.2) < 0.03
    assert p.min() >= 2 / 1000


def test_progress_is_reported_and_can_stop():
    x = np.random.default_rng(1).poisson(4, 900).astype(float)
    seen = []
    hs.getis_ord(x, sw.grid_weights(30, 30), permutations=999, progress=seen.append)
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)

    def stop(fraction):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        hs.getis_ord(x, sw.grid_weights(30, 30), permutations=99, progress=stop)


# --------------------------------------------------------------------------- grid counts


def test_grid_counts_equal_an_exact_count(demo):
    incidents = read_geometries("incidenten")
    x, y = shapely.get_x(incidents), shapely.get_y(incidents)
    grid = hs.grid_counts(x, y, 250)
    for index in np.random.default_rng(2).choice(grid.counts.size, 25, replace=False):
        west, south = grid.col[index] * 250, grid.row[index] * 250
        inside = (x >= west) & (x < west + 250) & (y >= south) & (y < south + 250)
        assert grid.counts[index] == inside.sum()
    assert grid.counts.sum() == x.size and grid.outside == 0
    assert grid.counts.size == grid.shape[0] * grid.shape[1]
    clipped = hs.grid_counts(x, y, 250, within=demo["areas"])
    assert clipped.counts.size < grid.counts.size
    assert clipped.counts.sum() + clipped.outside == x.size
    weights = clipped.weights("queen")
    boxes = clipped.polygons()
    assert abs(weights.matrix - sw.contiguity_weights(boxes).matrix).nnz == 0
    assert weights.ids[0] == clipped.ids[0]


# --------------------------------------------------------------------------- bad input


def test_islands_are_named_with_a_suggested_band():
    squares = [shapely.box(0, 0, 100, 100), shapely.box(100, 0, 200, 100),
               shapely.box(600, 0, 700, 100), shapely.box(0, 100, 100, 200)]
    weights = sw.contiguity_weights(squares, ids=["1234AB", "1234AC", "1234ZZ", "1234AD"])
    with pytest.raises(ValueError) as error:
        hs.getis_ord([1, 5, 3, 2], weights)
    message = str(error.value)
    assert "1 of 4 areas have no neighbours" in message and "1234ZZ" in message
    assert "distance band of at least 500 m" in message
    band = sw.distance_band_weights([50, 150, 650, 50], [50, 50, 50, 150], 500)
    assert band.islands.size == 0


@pytest.mark.parametrize("values, words", [
    ([1, np.nan, 3, None], "2 of 4 areas have no value"),
    ([4, 4, 4, 4], "All 4 areas have the same value (4)"),
    ([0, 0, 0, 0], "All 4 areas have the same value (0)"),
    ([1, 2, 3], "There are 3 values but 4 areas"),
    ([1, 2, 1e300, 4], "1 of 4 areas have a value beyond"),
])
def test_bad_values_say_what_is_wrong(values, words):
    with pytest.raises(ValueError, match=words.replace("(", r"\(").replace(")", r"\)")):
        hs.local_hotspots(values, sw.grid_weights(2, 2))


def test_too_few_areas_and_bad_parameters():
    with pytest.raises(ValueError, match="at least 3 areas; there are 2"):
        hs.getis_ord([1, 2], sw.grid_weights(1, 2))
    with pytest.raises(ValueError, match="0 .* or a whole number from 99 to 9999, not 50"):
        hs.getis_ord([1, 2, 3, 4], sw.grid_weights(2, 2), permutations=50)
    with pytest.raises(ValueError, match="correction must be one of"):
        hs.adjust_p([0.1], "holm")
    with pytest.raises(ValueError, match="significance level"):
        hs.local_hotspots([1, 2, 3, 4], sw.grid_weights(2, 2), alpha=0.9)
    with pytest.raises(ValueError, match="from 1 to 3"):
        sw.knn_weights([0, 1, 2, 3], [0, 0, 0, 0], 4)
    with pytest.raises(ValueError, match="positive distance"):
        sw.distance_band_weights([0, 1], [0, 0], 0)
    with pytest.raises(ValueError, match="'R' .* or 'B'"):
        sw.grid_weights(2, 2).transformed("X")
    with pytest.raises(ValueError, match="1 of them missing"):
        sw.knn_weights([0, 1, np.nan], [0, 0, 0], 1)


def test_gi_star_p_follows_its_z_where_the_neighbours_point_the_other_way():
    """A very high cell among low neighbours: Gi*'s z (which counts the cell itself) is
    positive while its neighbours lie in the low tail. Local Moran calls that an outlier;
    Gi* does not call it a hot spot."""
    rng = np.random.default_rng(5)
    x = rng.poisson(6, 900).astype(float)
    grid = x.reshape(30, 30)
    grid[14:17, 14:17] = 0
    grid[15, 15] = 60
    weights = sw.grid_weights(30, 30)
    table = hs.local_hotspots(grid.ravel(), weights, ("gi*", "moran"), permutations=999,
                              seed=2, correction="none")
    centre = 15 * 30 + 15
    assert table.loc[centre, "gi_z"] > 0 and table.loc[centre, "gi_class"] == 0
    assert table.loc[centre, "gi_p"] > 0.9
    assert table.loc[centre, "moran_p"] < 0.01 and table.loc[centre, "lisa"] == "HL"


def test_report_names_classes_method_and_references(demo):
    from wijkradar.core import hotspot_report

    weights = our_weights(demo, "queen").transformed("R")
    table = hs.local_hotspots(demo["counts"], weights, ("gi*", "moran"), permutations=99)
    info = {"what": "pc6 <demo>", "value": "incidents", "statistic": "gi*",
            "weights": weights.describe(), "permutations": 99, "seed": 0,
            "correction": "fdr", "alpha": 0.05, "notes": ["3 areas left out"]}
    html = hotspot_report.report(table, info, {"algorithm": "x"})
    counts = hs.class_counts(table)
    assert f"Hot spot, 99% confidence</td><td>{counts['gi_class'][3]:,}</td>" in html
    assert f"High-high cluster</td><td>{counts['lisa']['HH']:,}</td>" in html
    assert "pc6 &lt;demo&gt;" in html and "99 conditional permutations" in html
    assert "queen contiguity" in html and "Benjamini &amp; Hochberg (1995)" in html
    assert "Getis &amp; Ord (1992)" in html and "Anselin (1995)" in html
    assert "3 areas left out" in html


def test_a_grid_too_fine_for_its_extent_is_refused():
    with pytest.raises(ValueError, match="A grid of 100 m cells over this extent would have "
                                         "10,000,000 cells"):
        hs.grid_counts([0, 999_999], [0, 99_999], 100)


