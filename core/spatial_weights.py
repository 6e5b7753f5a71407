"""Spatial weights: which areas are each other's neighbours, as a sparse matrix.

Local hotspot statistics (:mod:`wijkradar.core.hotspot_stats`) compare each area with its
neighbours. This module says who the neighbours are. A :class:`SpatialWeights` holds a
``scipy.sparse`` CSR matrix ``w[i, j]`` (the weight of area ``j`` in the neighbourhood of
area ``i``, zero diagonal), the kind of weights, the transform and the areas' reference
points (to suggest a distance band when areas have no neighbours).

Builders (all give binary weights, 1 for a neighbour; :meth:`SpatialWeights.transformed`
row-standardises them):

- :func:`contiguity_weights`: areas that share a border (rook) or a border or a corner
  (queen), from shapely polygons; gaps from digitising up to ``tolerance`` still count;
- :func:`grid_weights`: the same for a regular grid of cells, without geometries;
- :func:`distance_band_weights`: reference points (centroids) within a band of metres;
- :func:`knn_weights`: the k nearest reference points (not symmetric).

Transforms as in PySAL: ``'B'`` binary (the lag is the *sum* over the neighbours), ``'R'``
row-standardised (the lag is the *mean* over the neighbours), ``'O'`` the matrix as given.

With tolerance 0, queen and rook equal libpysal's ``Queen`` and ``Rook`` (shared vertices
and shared edges); the default tolerance of 0.5 m also links areas separated by a sliver.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Optional

import numpy as np
from scipy import sparse

from .i18n import QT_TRANSLATE_NOOP, number, translator

DEFAULT_TOLERANCE = 0.5  # metres: gaps between areas this narrow still count as a border
TRANSFORMS = ("B", "R", "O")
KINDS = ("queen", "rook", "distance", "knn")
# Areas separated by a gap (not touching) are rook neighbours when the gap runs along more
# than this many tolerances of border: a corner within the tolerance gives about 2.
ROOK_GAP_LENGTH = 4.0

KIND_LABELS = {
    "queen": QT_TRANSLATE_NOOP("SpatialWeights", "queen contiguity (shared border or corner)"),
    "rook": QT_TRANSLATE_NOOP("SpatialWeights", "rook contiguity (shared border)"),
    "distance": QT_TRANSLATE_NOOP("SpatialWeights", "distance band of {} m"),
    "knn": QT_TRANSLATE_NOOP("SpatialWeights", "{} nearest neighbours"),
    "custom": QT_TRANSLATE_NOOP("SpatialWeights", "weights as given"),
}
TRANSFORM_LABELS = {
    "B": QT_TRANSLATE_NOOP("SpatialWeights", "binary"),
    "R": QT_TRANSLATE_NOOP("SpatialWeights", "row-standardised"),
    "O": QT_TRANSLATE_NOOP("SpatialWeights", "as given"),
}
ERROR_TRANSFORM = QT_TRANSLATE_NOOP(
    "SpatialWeights", "The weights transform must be 'R' (row-standardised) or 'B' (binary), "
    "not {!r}.")
ERROR_KIND = QT_TRANSLATE_NOOP(
    "SpatialWeights", "The kind of spatial weights must be one of {}, not {!r}.")
ERROR_BAND = QT_TRANSLATE_NOOP(
    "SpatialWeights", "The distance band must be a positive distance in metres, not {}.")
ERROR_K = QT_TRANSLATE_NOOP(
    "SpatialWeights", "The number of nearest neighbours must be a whole number from 1 to {} "
    "(the number of areas minus one), not {}.")
ERROR_POINTS = QT_TRANSLATE_NOOP(
    "SpatialWeights", "Every area needs one reference point with finite coordinates: got {} x "
    "and {} y values, {} of them missing or infinite.")
ERROR_SHAPE = QT_TRANSLATE_NOOP(
    "SpatialWeights", "The weights matrix must be square, one row per area; it is {} x {}.")
ERROR_ISLANDS = QT_TRANSLATE_NOOP(
    "SpatialWeights", "{n} of {total} areas have no neighbours with {weights} (e.g. {examples}). "
    "Hotspot statistics compare each area with its neighbours, so every area needs at least "
    "one. {advice}")
ADVICE_BAND = QT_TRANSLATE_NOOP(
    "SpatialWeights", "Use a distance band of at least {} m (the largest distance from an area "
    "to its nearest other area) or k nearest neighbours, or leave these areas out.")
ADVICE_NO_POINTS = QT_TRANSLATE_NOOP(
    "SpatialWeights", "Use distance band or k nearest neighbours weights, or leave these areas "
    "out.")


_tr = translator("SpatialWeights")


@dataclass(frozen=True)
class SpatialWeights:
    """Spatial weights of ``n`` areas.

    Attributes
    ----------
    matrix : scipy.sparse.csr_matrix
        ``n x n`` float64 weights, zero diagonal; row ``i`` holds the neighbours of area ``i``.
    kind : str
        'queen', 'rook', 'distance', 'knn' or 'custom'.
    transform : str
        'B' binary, 'R' row-standardised or 'O' as given.
    parameter : float
        The distance band (m) or k; 0 for the other kinds.
    coordinates : numpy.ndarray or None
        ``n x 2`` reference points (centroids), used to suggest a distance band.
    ids : numpy.ndarray or None
        The areas' ids, for messages that name areas.

    Examples
    --------
    >>> w = grid_weights(3, 3)
    >>> w.cardinalities.tolist()
    [3, 5, 3, 5, 8, 5, 3, 5, 3]
    >>> float(w.transformed("R").matrix[4].sum())
    1.0
    """

    matrix: sparse.csr_matrix
    kind: str = "custom"
    transform: str = "B"
    parameter: float = 0.0
    coordinates: Optional[np.ndarray] = None
    ids: Optional[np.ndarray] = None

    @classmethod
    def from_sparse(cls, matrix, kind: str = "custom", transform: str = "O", **extra):
        """Weights from any square, non-negative sparse matrix (its diagonal is dropped)."""
        matrix = sparse.csr_matrix(matrix, dtype=np.float64)
        if matrix.shape[0] != matrix.shape[1]:
            raise ValueError(_tr(ERROR_SHAPE).format(*matrix.shape))
        matrix.setdiag(0)
        matrix.eliminate_zeros()
        return cls(matrix=matrix, kind=kind, transform=transform, **extra)

    @property
    def n(self) -> int:
        """Number of areas."""
        return self.matrix.shape[0]

    @property
    def cardinalities(self) -> np.ndarray:
        """Number of neighbours of each area."""
        return np.diff(self.matrix.indptr)

    @property
    def islands(self) -> np.ndarray:
        """Indices of the areas without any neighbour."""
        return np.flatnonzero(self.cardinalities == 0)

    def transformed(self, transform: str) -> SpatialWeights:
        """The same neighbours with weights 1 ('B') or ``1 / neighbours`` ('R')."""
        transform = str(transform).upper()
        if transform not in ("B", "R"):
            raise ValueError(_tr(ERROR_TRANSFORM).format(transform))
        binary = self.matrix.copy()
        binary.data[:] = 1.0
        if transform == "R":
            binary = row_standardise(binary)
        return replace(self, matrix=binary, transform=transform)

    def including_self(self) -> sparse.csr_matrix:
        """The matrix with each area counted as its own neighbour (for Gi*): weight 1 ('B'),
        ``1 / (neighbours + 1)`` ('R') or the row's largest weight ('O', as esda does)."""
        binary = self.matrix.copy()
        binary.data[:] = 1.0
        identity = sparse.identity(self.n, format="csr")
        if self.transform == "B":
            return (binary + identity).tocsr()
        if self.transform == "R":
            return row_standardise((binary + identity).tocsr())
        row_max = self.matrix.max(axis=1).toarray().ravel()
        return (self.matrix + sparse.diags(row_max)).tocsr()

    def subset(self, keep) -> SpatialWeights:
        """Weights among the areas where ``keep`` is True (e.g. those with a value); a
        row-standardised matrix is standardised again over the neighbours that remain."""
        keep = np.asarray(keep, dtype=bool)
        matrix = self.matrix[keep][:, keep].tocsr()
        part = replace(self, matrix=matrix,
                       coordinates=None if self.coordinates is None else self.coordinates[keep],
                       ids=None if self.ids is None else np.asarray(self.ids)[keep])
        return part.transformed(self.transform) if self.transform in ("B", "R") else part

    def describe(self) -> str:
        """The weights in words, e.g. 'queen contiguity (shared border or corner),
        row-standardised'."""
        label = _tr(KIND_LABELS.get(self.kind, KIND_LABELS["custom"]))
        if self.kind == "distance":
            label = label.format(number(self.parameter, 0 if self.parameter >= 10 else 1))
        elif self.kind == "knn":
            label = label.format(int(self.parameter))
        return f"{label}, {_tr(TRANSFORM_LABELS[self.transform])}"

    def suggested_band(self) -> Optional[float]:
        """A distance band that gives every area a neighbour, or None without points."""
        if self.coordinates is None or self.n < 2:
            return None
        return suggest_distance_band(self.coordinates[:, 0], self.coordinates[:, 1])

    def check_islands(self) -> None:
        """Raises a ValueError naming the areas without neighbours and what to do."""
        islands = self.islands
        if islands.size == 0:
            return
        names = islands[:5] if self.ids is None else np.asarray(self.ids)[islands[:5]]
        band = self.suggested_band()
        advice = (_tr(ADVICE_NO_POINTS) if band is None
                  else _tr(ADVICE_BAND).format(number(band, 0 if band >= 10 else 1)))
        raise ValueError(_tr(ERROR_ISLANDS).format(
            n=islands.size, total=self.n, weights=self.describe(),
            examples=", ".join(str(name) for name in names), advice=advice))


# --------------------------------------------------------------------------- builders


def contiguity_weights(geometries, rook: bool = False, tolerance: float = DEFAULT_TOLERANCE,
                       ids=None) -> SpatialWeights:
    """Contiguity weights of polygons: neighbours share a border (``rook=True``) or a border
    or a corner (queen), allowing gaps up to ``tolerance`` map units.

    Parameters
    ----------
    geometries : sequence of shapely polygons or multipolygons, in a metric CRS.
    rook : bool
        Only areas that share a stretch of border, not just a corner.
    tolerance : float
        Areas this close count as touching (digitising gaps); 0 means exact.
    ids : sequence, optional
        Area ids for messages.

    Returns
    -------
    SpatialWeights
        Binary weights; the areas' centroids are kept as reference points.

    Examples
    --------
    >>> import shapely
    >>> squares = [shapely.box(x, y, x + 1, y + 1) for y in range(2) for x in range(2)]
    >>> contiguity_weights(squares).cardinalities.tolist()
    [3, 3, 3, 3]
    >>> contiguity_weights(squares, rook=True).cardinalities.tolist()
    [2, 2, 2, 2]
    """
    import shapely

    geometries = np.asarray(geometries, dtype=object)
    matrix = contiguity_matrix(geometries, tolerance)
    if rook:
        matrix = _rook_only(geometries, matrix, tolerance)
    centroids = shapely.centroid(geometries)
    points = np.column_stack([shapely.get_x(centroids), shapely.get_y(centroids)])
    return SpatialWeights.from_sparse(matrix, "rook" if rook else "queen", "B",
                                      coordinates=points, ids=ids)


def grid_weights(nrows: int, ncols: int, rook: bool = False, cell_size: float = 1.0,
                 ids=None) -> SpatialWeights:
    """Contiguity weights of a regular grid of cells numbered row by row.

    Examples
    --------
    >>> grid_weights(2, 3, rook=True).cardinalities.tolist()
    [2, 3, 2, 2, 3, 2]
    """
    rows, cols = np.divmod(np.arange(nrows * ncols), ncols)
    points = np.column_stack([cols, rows]).astype(float) * cell_size
    return SpatialWeights.from_sparse(grid_contiguity(nrows, ncols, queen=not rook),
                                      "rook" if rook else "queen", "B", coordinates=points,
                                      ids=ids)


def distance_band_weights(x, y, band: float, ids=None) -> SpatialWeights:
    """Binary weights of reference points (e.g. centroids) at most ``band`` apart.

    Parameters
    ----------
    x, y : array_like
        Coordinates in metres (a projected CRS such as RD New).
    band : float
        The largest distance between neighbours, in metres.

    Examples
    --------
    >>> w = distance_band_weights([0, 100, 250], [0, 0, 0], band=120)
    >>> w.cardinalities.tolist()
    [1, 1, 0]
    >>> suggest_distance_band([0, 100, 250], [0, 0, 0])
    150.0
    """
    from scipy.spatial import cKDTree

    points = _points(x, y)
    if not (np.isfinite(band) and band > 0):
        raise ValueError(_tr(ERROR_BAND).format(band))
    pairs = cKDTree(points).query_pairs(r=float(band), output_type="ndarray")
    rows = np.concatenate([pairs[:, 0], pairs[:, 1]])
    cols = np.concatenate([pairs[:, 1], pairs[:, 0]])
    matrix = sparse.csr_matrix((np.ones(rows.size), (rows, cols)), shape=(len(points),) * 2)
    return SpatialWeights.from_sparse(matrix, "distance", "B", parameter=float(band),
                                      coordinates=points, ids=ids)


def knn_weights(x, y, k: int, ids=None) -> SpatialWeights:
    """Binary weights of each point's ``k`` nearest other points (not symmetric: ``j`` can
    be among ``i``'s nearest without ``i`` being among ``j``'s).

    Examples
    --------
    >>> knn_weights([0, 1, 3, 7], [0, 0, 0, 0], k=1).matrix.indices.tolist()
    [1, 0, 1, 2]
    """
    from scipy.spatial import cKDTree

    points = _points(x, y)
    n = len(points)
    if int(k) != k or not 1 <= k <= n - 1:
        raise ValueError(_tr(ERROR_K).format(n - 1, k))
    k = int(k)
    _, found = cKDTree(points).query(points, k=k + 1)
    others = found != np.arange(n)[:, None]
    # A point that shares its place with k or more others may not find itself: drop the last.
    others[others.all(axis=1), -1] = False
    cols = found[others].reshape(n, k).ravel()
    matrix = sparse.csr_matrix((np.ones(n * k), (np.repeat(np.arange(n), k), cols)),
                               shape=(n, n))
    return SpatialWeights.from_sparse(matrix, "knn", "B", parameter=float(k),
                                      coordinates=points, ids=ids)


def area_weights(kind: str, geometries, band: float = 0.0, k: int = 0,
                 tolerance: float = DEFAULT_TOLERANCE, ids=None) -> SpatialWeights:
    """Weights of polygons by ``kind``: 'queen', 'rook', 'distance' (``band`` metres between
    centroids; 0 for the suggested band) or 'knn' (``k`` nearest centroids).

    Examples
    --------
    >>> import shapely
    >>> squares = [shapely.box(x, 0, x + 100, 100) for x in (0, 100, 300)]
    >>> area_weights("distance", squares, band=150).cardinalities.tolist()
    [1, 1, 0]
    """
    import shapely

    if kind in ("queen", "rook"):
        return contiguity_weights(geometries, kind == "rook", tolerance, ids)
    centroids = shapely.centroid(np.asarray(geometries, dtype=object))
    return area_weights_of_points(kind, shapely.get_x(centroids), shapely.get_y(centroids),
                                  band, k, ids)


def area_weights_of_points(kind: str, x, y, band: float = 0.0, k: int = 0,
                           ids=None) -> SpatialWeights:
    """Distance band ('distance') or k nearest neighbour ('knn') weights of areas given by
    reference points (centroids, cell centres). A band of 0 takes
    :func:`suggest_distance_band`: the smallest round band that leaves no area alone.

    Four areas in a row, the last one 750 m from the others:

    >>> x, y = [0, 100, 250, 1000], [0, 0, 0, 0]
    >>> area_weights_of_points("knn", x, y, k=1).matrix.toarray().tolist()
    [[0.0, 1.0, 0.0, 0.0], [1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0]]
    >>> weights = area_weights_of_points("distance", x, y)  # band 0: the suggested one
    >>> weights.parameter, weights.matrix.toarray()[3].tolist()
    (750.0, [0.0, 0.0, 1.0, 0.0])
    """
    if kind == "distance":
        return distance_band_weights(x, y, band or suggest_distance_band(x, y), ids)
    if kind == "knn":
        return knn_weights(x, y, k, ids)
    raise ValueError(_tr(ERROR_KIND).format(", ".join(KINDS), kind))


def suggest_distance_band(x, y) -> float:
    """The smallest round distance band that gives every point a neighbour: the largest
    nearest-neighbour distance rounded up to two significant digits (347.2 m gives 350 m).

    Examples
    --------
    >>> suggest_distance_band([0, 300, 347.2], [0, 0, 0])
    300.0
    """
    from scipy.spatial import cKDTree

    points = _points(x, y)
    distances, _ = cKDTree(points).query(points, k=2)
    return _round_up(float(distances[:, 1].max()))


def _round_up(value: float) -> float:
    if value <= 0:
        return 1.0
    step = 10.0 ** (math.floor(math.log10(value)) - 1)
    rounded = math.ceil(round(value / step, 9)) * step
    return float(round(rounded, 9))


def _points(x, y) -> np.ndarray:
    x, y = np.asarray(x, dtype=float).ravel(), np.asarray(y, dtype=float).ravel()
    bad = ~(np.isfinite(x) & np.isfinite(y)) if x.size == y.size else np.ones(1, bool)
    if x.size != y.size or bad.any():
        raise ValueError(_tr(ERROR_POINTS).format(x.size, y.size, int(bad.sum())))
    return np.column_stack([x, y])


# ----------------------------------------------------- contiguity (also used by core.risk)


def contiguity_matrix(geometries, tolerance: float = DEFAULT_TOLERANCE):
    """Binary, symmetric sparse matrix of areas that touch or lie within ``tolerance``
    (map units) of each other, without the diagonal. Gaps from digitising up to the
    tolerance still count as touching (queen contiguity).

    >>> import shapely
    >>> squares = [shapely.box(0, 0, 100, 100), shapely.box(100.3, 0, 200, 100),
    ...            shapely.box(300, 0, 400, 100)]  # a 0.3 m gap, then 100 m
    >>> contiguity_matrix(squares).toarray().tolist()
    [[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 0.0]]
    """
    import shapely

    geometries = np.asarray(geometries, dtype=object)
    n = geometries.size
    tree = shapely.STRtree(geometries)
    try:
        left, right = tree.query(geometries, predicate="dwithin", distance=tolerance)
    except Exception:  # GEOS < 3.10 has no dwithin: buffer and intersect instead
        left, right = tree.query(shapely.buffer(geometries, tolerance), predicate="intersects")
    keep = left != right
    matrix = sparse.csr_matrix((np.ones(int(keep.sum()), dtype=np.float32),
                                (left[keep], right[keep])), shape=(n, n))
    matrix = matrix.maximum(matrix.T).tocsr()
    matrix.data[:] = 1.0
    return matrix


def grid_contiguity(nrows: int, ncols: int, queen: bool = True):
    """Contiguity of a regular grid of cells numbered row by row (queen or rook).

    >>> grid_contiguity(2, 2, queen=False).toarray().tolist()  # no corners
    [[0.0, 1.0, 1.0, 0.0], [1.0, 0.0, 0.0, 1.0], [1.0, 0.0, 0.0, 1.0], [0.0, 1.0, 1.0, 0.0]]
    """
    index = np.arange(nrows * ncols).reshape(nrows, ncols)
    steps = [(0, 1), (1, 0)] + ([(1, 1), (1, -1)] if queen else [])
    rows, cols = [], []
    for dr, dc in steps:
        a = index[max(0, -dr):nrows - max(0, dr), max(0, -dc):ncols - max(0, dc)]
        b = index[max(0, dr):nrows + min(0, dr) or None, max(0, dc):ncols + min(0, dc) or None]
        rows += [a.ravel(), b.ravel()]
        cols += [b.ravel(), a.ravel()]
    rows, cols = np.concatenate(rows), np.concatenate(cols)
    return sparse.csr_matrix((np.ones(rows.size, dtype=np.float32), (rows, cols)),
                             shape=(nrows * ncols, nrows * ncols))


def row_standardise(matrix):
    """Rows summing to 1 (the mean over neighbours), in the matrix's own float type; rows of
    areas without any stay 0.

    >>> row_standardise(grid_contiguity(1, 3)).toarray().tolist()
    [[0.0, 1.0, 0.0], [0.5, 0.0, 0.5], [0.0, 1.0, 0.0]]
    """
    sums = np.asarray(matrix.sum(axis=1)).ravel()
    inverse = np.divide(1.0, sums, out=np.zeros_like(sums, dtype=float), where=sums > 0)
    return (sparse.diags(inverse.astype(matrix.dtype)) @ matrix).tocsr()


def _rook_only(geometries, queen, tolerance: float):
    """The pairs of ``queen`` that share a line of border, not only a point. Pairs that do
    not touch (a gap up to the tolerance) count when the gap runs along the border."""
    import shapely

    upper = sparse.triu(queen, k=1).tocoo()
    left, right = upper.row, upper.col
    shared = shapely.relate_pattern(geometries[left], geometries[right], "****1****")
    gap = ~shapely.intersects(geometries[left], geometries[right])
    if gap.any() and tolerance > 0:
        border = shapely.boundary(geometries[left[gap]])
        near = shapely.buffer(shapely.boundary(geometries[right[gap]]), tolerance, quad_segs=2)
        along = shapely.length(shapely.intersection(border, near))
        shared[np.flatnonzero(gap)] = along > ROOK_GAP_LENGTH * tolerance
    matrix = sparse.csr_matrix((np.ones(int(shared.sum())), (left[shared], right[shared])),
                               shape=queen.shape)
    return (matrix + matrix.T).tocsr()
