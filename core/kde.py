"""Kernel density surfaces and hotspot clusters for incident points.

Method
------
Every incident is a point with a weight. The surface at a pixel centre ``c`` is
``sum_i w_i * K(|c - p_i|)`` with a kernel ``K`` that is zero beyond the search radius ``h``.
With ``u = d / h`` the *raw* kernels are the ones of QGIS's heatmap ("Raw" output):

==============  ===================================  ============================
kernel          raw value for ``u <= 1``             integral over the plane
==============  ===================================  ============================
uniform         1                                    pi h^2
quartic         (1 - u^2)^2                          pi h^2 / 3
triweight       (1 - u^2)^3                          pi h^2 / 4
epanechnikov    1 - u^2                              pi h^2 / 2
triangular      1 - (1 - decay) u                    pi h^2 (1 + 2 decay) / 3
gaussian        exp(-u^2 / (2 s^2)), s = 1/3         2 pi sigma^2 (1 - exp(-9/2))
==============  ===================================  ============================

The Gaussian kernel has ``sigma = h / 3`` and is cut off at ``h`` (three sigma), so the
radius means the same thing for every kernel: no incident further away than ``h`` counts.
``decay`` (triangular only, >= 0) is the kernel's value at the radius relative to its
centre: 0 falls to zero at the edge, 1 is flat (uniform), above 1 rises towards the edge.

Outputs: ``raw`` is the sum of raw kernel values times weights (what QGIS calls "Raw");
``scaled`` divides each kernel by its integral, so the surface is a density per square map
unit and integrates to the total weight; ``density`` is ``scaled`` times 1e6, incidents per
km2 when the coordinates are metres (EPSG:28992). The constants are the exact integrals of
the continuous kernels above (QGIS 3.22's "Scaled" quartic is 7.25 times too high; compare
with its "Raw" output instead).

Fast path
---------
Points are first binned on the pixel grid, then the binned grid is convolved by FFT with the
kernel sampled at the pixel offsets (a stencil of ``(2 r + 1)^2`` cells, ``r = h / pixel``):
the cost is O(N + G log G) for N points and G cells, and memory is bounded by the grid, never
by N (points can be streamed in chunks with :func:`accumulate_points`).

Binning error. The default *linear* binning spreads each point over the four surrounding
cell centres with bilinear weights, which conserves the weight exactly. The fast surface then
equals the exact sum with every kernel term replaced by its bilinear interpolation between
cell centres: an error of order ``(pixel / h)^2`` per point (at most ``(pixel / h)^2`` of a
point's peak for the quartic kernel). On average over positions within a cell that error is
``pixel^2 / 12`` times the kernel's Laplacian, a bias that does not cancel in dense clusters;
for kernels that are smooth up to the radius (quartic, triweight, Gaussian, triangular
without decay) the stencil subtracts it (see :func:`convolution_stencil`). Measured on
clustered points against the exact sum, the maximum error of the default quartic surface is
about 0.1% of the peak at h / pixel = 10, 0.02% at 20 and 0.001% at 50. *Nearest* binning
(each point moved to its cell centre) is first order, up to about ``1.1 pixel / h`` of a
point's peak (2-3% for isolated points at h / pixel = 20); use it for exact per-cell counts.
Kernels with a step at the radius (uniform, triangular with decay > 0) cannot be matched
cell for cell by any binning: a point near the edge of a disc falls in or out, so cells near
the edge of a sparse pattern may differ by one point's kernel value (1-2% of the peak on
clustered data). FFT round-off is removed: the surface is clipped at 0 and set to exactly 0
in cells that no kernel reaches.

Memory. For a grid of G cells the computation holds the binned grid, the surface, the FFT work
arrays and the support mask of the grid padded by the radius: about ``PEAK_MEMORY_FACTOR``
float64 grids in total (225 MB for 2,000 x 2,000 cells). Points are binned in chunks of
``BINNING_CHUNK``, so their temporary arrays stay small whatever N is.

Grids are north-up with row 0 at the top, as in a GeoTIFF.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np
import pandas as pd
from scipy import fft, ndimage

from . import choices
from .i18n import translate

# The keys of kde_hotspots' options (core/choices.py holds their order and labels).
KERNELS = choices.KERNELS.values
OUTPUTS = choices.DENSITY_OUTPUTS.values
BINNING_METHODS = ("linear", "nearest")
HOTSPOT_METHODS = choices.HOTSPOT_METHODS.values

DEFAULT_MAX_CELLS = 25_000_000
# Measured peak of kde_points (2,000 x 2,000 cells), in float64 grids of the output size.
PEAK_MEMORY_FACTOR = 7
GAUSSIAN_SIGMAS_PER_RADIUS = 3.0
SQUARE_METRES_PER_KM2 = 1e6
# Points binned per pass: bounds the temporary arrays whatever the caller passes in.
BINNING_CHUNK = 250_000
# Stencil cells computed at a time when building a bias-corrected stencil.
STENCIL_BAND_CELLS = 1_000_000
# Snapping tolerance, in pixels: an extent edge this close to a grid line lies on it.
SNAP_TOLERANCE = 1e-9

# Mean binning error for points spread evenly over a cell, in pixel^2 x Laplacian of K.
_BINNING_BIAS = {"linear": 1.0 / 12.0, "nearest": -1.0 / 24.0}

_HOTSPOT_COLUMNS = [
    "cluster_id", "rank", "n_cells", "area_m2", "incident_count",
    "total_density", "mean_density", "max_density",
]


# --------------------------------------------------------------------------- grid


@dataclass(frozen=True)
class Grid:
    """A north-up raster grid: top-left corner, square pixels, row 0 is the top row.

    >>> grid = Grid(xmin=1000.0, ymax=2300.0, pixel_size=100.0, ncols=5, nrows=3)
    >>> grid.x_centres.tolist(), grid.y_centres.tolist()
    ([1050.0, 1150.0, 1250.0, 1350.0, 1450.0], [2250.0, 2150.0, 2050.0])
    >>> grid.geotransform, grid.expanded(1).shape
    ((1000.0, 100.0, 0.0, 2300.0, 0.0, -100.0), (5, 7))
    """

    xmin: float
    ymax: float
    pixel_size: float
    ncols: int
    nrows: int

    def __post_init__(self):
        _check_pixel_size(self.pixel_size)
        if self.ncols < 1 or self.nrows < 1:
            raise ValueError(translate(
                "Kde", "A grid needs at least one row and one column (got {} x {}).").format(
                self.nrows, self.ncols))

    @property
    def xmax(self) -> float:
        return self.xmin + self.ncols * self.pixel_size

    @property
    def ymin(self) -> float:
        return self.ymax - self.nrows * self.pixel_size

    @property
    def shape(self) -> Tuple[int, int]:
        return (self.nrows, self.ncols)

    @property
    def n_cells(self) -> int:
        return self.nrows * self.ncols

    @property
    def cell_area(self) -> float:
        return self.pixel_size * self.pixel_size

    @property
    def x_centres(self) -> np.ndarray:
        """Cell centre x per column, west to east."""
        return self.xmin + (np.arange(self.ncols) + 0.5) * self.pixel_size

    @property
    def y_centres(self) -> np.ndarray:
        """Cell centre y per row, north to south (row 0 is the top)."""
        return self.ymax - (np.arange(self.nrows) + 0.5) * self.pixel_size

    @property
    def geotransform(self) -> Tuple[float, float, float, float, float, float]:
        """GDAL geotransform of the grid."""
        return (self.xmin, self.pixel_size, 0.0, self.ymax, 0.0, -self.pixel_size)

    def expanded(self, cells: int) -> Grid:
        """The same grid with ``cells`` extra rows and columns on every side."""
        return Grid(
            xmin=self.xmin - cells * self.pixel_size,
            ymax=self.ymax + cells * self.pixel_size,
            pixel_size=self.pixel_size,
            ncols=self.ncols + 2 * cells,
            nrows=self.nrows + 2 * cells,
        )

    def window_in(self, outer: Grid) -> Tuple[slice, slice]:
        """Row and column slices of this grid's cells inside ``outer`` (same alignment)."""
        col = int(round((self.xmin - outer.xmin) / self.pixel_size))
        row = int(round((outer.ymax - self.ymax) / self.pixel_size))
        if col < 0 or row < 0 or col + self.ncols > outer.ncols or row + self.nrows > outer.nrows:
            raise ValueError("The grid does not lie inside the outer grid.")
        return slice(row, row + self.nrows), slice(col, col + self.ncols)


def grid_for_extent(
    xmin: float,
    ymin: float,
    xmax: float,
    ymax: float,
    pixel_size: float,
    origin: Tuple[float, float] = (0.0, 0.0),
    max_cells: int = DEFAULT_MAX_CELLS,
) -> Grid:
    """The grid covering an extent, its edges snapped outward to ``origin + k * pixel_size``.

    Snapping to a fixed origin makes grids built for different extents (different periods,
    districts) line up cell for cell. A degenerate extent (one point) gets one cell.

    Parameters
    ----------
    xmin, ymin, xmax, ymax : float
        The extent to cover, in map units (metres in RD New).
    pixel_size : float
        Width and height of a cell.
    origin : (float, float)
        A corner every grid shares (default the CRS's origin).
    max_cells : int
        More cells than this is refused with a message giving a pixel size that fits.

    Returns
    -------
    Grid

    Raises
    ------
    ValueError
        A missing or infinite coordinate, an inverted extent, or too many cells.

    Examples
    --------
    >>> grid = grid_for_extent(1003.0, 2010.0, 1420.0, 2290.0, pixel_size=100.0)
    >>> grid.xmin, grid.xmax, grid.ymin, grid.ymax, grid.shape
    (1000.0, 1500.0, 2000.0, 2300.0, (3, 5))
    """
    _check_pixel_size(pixel_size)
    if not all(math.isfinite(v) for v in (xmin, ymin, xmax, ymax)):
        raise ValueError(translate("Kde", "The extent contains a missing or infinite coordinate."))
    if xmax < xmin or ymax < ymin:
        raise ValueError(translate(
            "Kde", "The extent is inverted (xmin {} > xmax {} or ymin {} > ymax {}).").format(
            xmin, xmax, ymin, ymax))
    # Estimated in floating point first: with a tiny pixel or a far-off point the exact
    # count would be too large for the message's arithmetic.
    estimate = ((xmax - xmin) / pixel_size + 1) * ((ymax - ymin) / pixel_size + 1)
    if not estimate <= 1e15:
        ncols = int(min((xmax - xmin) / pixel_size + 1, 1e30))
        nrows = int(min((ymax - ymin) / pixel_size + 1, 1e30))
        # (square roots taken apart: the product of two sides of 1e300 is infinite)
        fitting = (math.sqrt(max(xmax - xmin, pixel_size)) * math.sqrt(max(ymax - ymin, pixel_size))
                   / math.sqrt(max_cells))
        raise ValueError(_too_many_cells_message(ncols, nrows, pixel_size, max_cells, fitting))
    col0, col1 = _snapped_steps(xmin, xmax, origin[0], pixel_size)
    row0, row1 = _snapped_steps(ymin, ymax, origin[1], pixel_size)
    ncols, nrows = col1 - col0, row1 - row0
    if ncols * nrows > max_cells:
        raise ValueError(_too_many_cells_message(ncols, nrows, pixel_size, max_cells))
    return Grid(
        xmin=origin[0] + col0 * pixel_size,
        ymax=origin[1] + row1 * pixel_size,
        pixel_size=float(pixel_size),
        ncols=ncols,
        nrows=nrows,
    )


def _snapped_steps(low: float, high: float, origin: float, step: float) -> Tuple[int, int]:
    first = math.floor((low - origin) / step + SNAP_TOLERANCE)
    last = math.ceil((high - origin) / step - SNAP_TOLERANCE)
    return first, max(last, first + 1)


def _too_many_cells_message(ncols: int, nrows: int, pixel_size: float, max_cells: int,
                            fitting_pixel: Optional[float] = None) -> str:
    n_cells = ncols * nrows
    grid_mb = n_cells * 8 / 1e6
    if fitting_pixel is None:
        fitting_pixel = pixel_size * math.sqrt(n_cells / max_cells)
    return translate(
        "Kde", "The grid would have {} cells ({} columns x {} rows), about {} MB per "
        "raster and {} MB while computing; the limit is {:,} cells. Use a larger pixel "
        "size (at least {:g} map units would fit; doubling the pixel size divides the number of "
        "cells by four) or a smaller extent.").format(
        _count_text(n_cells), _count_text(ncols), _count_text(nrows), _count_text(grid_mb),
        _count_text(PEAK_MEMORY_FACTOR * grid_mb), max_cells,
        math.ceil(fitting_pixel) if fitting_pixel < 1e15 else fitting_pixel)


def _count_text(number: float) -> str:
    """'1,234,567' for a count a reader can take in; '1.2e+20' beyond a trillion."""
    return f"{number:,.0f}" if number < 1e12 else f"{number:.1e}"


def padding_cells(radius: float, pixel_size: float) -> int:
    """Cells to add around an output grid so that every point within ``radius`` is binned.

    >>> padding_cells(300.0, 50.0), padding_cells(120.0, 50.0)
    (7, 3)
    """
    return _reach(radius, pixel_size) + 1


def binning_grid(grid: Grid, radius: float) -> Grid:
    """The grid to bin points on so that points just outside ``grid`` still count.

    >>> grid = grid_for_extent(0.0, 0.0, 1000.0, 1000.0, pixel_size=50.0)
    >>> work = binning_grid(grid, radius=300.0)  # 6 cells reach the radius, plus one
    >>> work.shape, work.xmin, work.ymax
    ((34, 34), -350.0, 1350.0)
    """
    _check_radius(radius, grid.pixel_size)
    return grid.expanded(padding_cells(radius, grid.pixel_size))


def crop_to(array: np.ndarray, outer: Grid, inner: Grid) -> np.ndarray:
    """The part of ``array`` (on ``outer``) that covers ``inner``, as a new array."""
    return array[inner.window_in(outer)].copy()


# --------------------------------------------------------------------------- kernels


def _raw_quartic(u, decay):
    return (1.0 - u * u) ** 2


def _raw_triweight(u, decay):
    return (1.0 - u * u) ** 3


def _raw_epanechnikov(u, decay):
    return 1.0 - u * u


def _raw_uniform(u, decay):
    return np.ones_like(u)


def _raw_triangular(u, decay):
    return 1.0 - (1.0 - decay) * u


def _raw_gaussian(u, decay):
    return np.exp(-0.5 * (GAUSSIAN_SIGMAS_PER_RADIUS * u) ** 2)


_RAW_KERNELS = {
    "quartic": _raw_quartic,
    "triangular": _raw_triangular,
    "uniform": _raw_uniform,
    "triweight": _raw_triweight,
    "epanechnikov": _raw_epanechnikov,
    "gaussian": _raw_gaussian,
}


def _unit_integral(kernel: str, decay: float) -> float:
    """Integral of the raw kernel over the plane for radius 1, in units of pi."""
    if kernel == "triangular":
        return (1.0 + 2.0 * decay) / 3.0
    if kernel == "gaussian":
        sigma = 1.0 / GAUSSIAN_SIGMAS_PER_RADIUS
        return 2.0 * sigma**2 * (1.0 - math.exp(-0.5 * GAUSSIAN_SIGMAS_PER_RADIUS**2))
    return {"quartic": 1 / 3, "uniform": 1.0, "triweight": 1 / 4, "epanechnikov": 1 / 2}[kernel]


def kernel_raw(distance, radius: float, kernel: str = "quartic", decay: float = 0.0):
    """Raw kernel value: 1 at the centre, 0 beyond the radius (a distance equal to it counts).

    >>> kernel_raw([0, 50, 100, 101], 100.0, "triangular", decay=0.5).tolist()
    [1.0, 0.75, 0.5, 0.0]
    """
    _check_kernel(kernel, "raw", decay)
    u = np.asarray(distance, dtype=float) / radius
    return np.where(u <= 1.0, _RAW_KERNELS[kernel](u, decay), 0.0)


def output_factor(radius: float, kernel: str = "quartic", output: str = "raw",
                  decay: float = 0.0) -> float:
    """Factor turning raw kernel sums into the requested output.

    ``scaled``: 1 / (integral of the raw kernel), per square map unit, e.g. 3 / (pi h^2) for
    the quartic kernel; ``density``: the same per km2 (times 1e6, for metre coordinates).

    >>> math.isclose(output_factor(100.0, "quartic", "scaled"), 3 / (math.pi * 100.0 ** 2))
    True
    >>> round(output_factor(100.0, "uniform", "density"), 2)  # 1 / (pi h^2) per km²
    31.83
    """
    _check_kernel(kernel, output, decay)
    if output == "raw":
        return 1.0
    scaled = 1.0 / (math.pi * radius * radius * _unit_integral(kernel, decay))
    return scaled * SQUARE_METRES_PER_KM2 if output == "density" else scaled


def kernel_values(distance, radius: float, kernel: str = "quartic", output: str = "raw",
                  decay: float = 0.0):
    """Kernel value of one unit-weight point at ``distance``, in the requested output.

    Parameters
    ----------
    distance : array_like of float
        Distances from the point, in map units.
    radius : float
        The search radius; beyond it the value is 0.
    kernel : str
        One of :data:`KERNELS` (see the module's table).
    output : {"raw", "scaled", "density"}
        QGIS's raw value, per square map unit, or per km² (metre coordinates).
    decay : float
        The triangular kernel's value at the radius relative to its centre.

    Returns
    -------
    numpy.ndarray

    Examples
    --------
    The quartic kernel ``(1 - u²)²`` at the centre, halfway and at the radius; as a density
    one point spreads over ``pi h² / 3``, so its peak is ``3 / (pi h²)`` per m²:

    >>> kernel_values([0.0, 50.0, 100.0], radius=100.0).tolist()
    [1.0, 0.5625, 0.0]
    >>> round(float(kernel_values([0.0], 100.0, output="density")[0]), 1)  # per km²
    95.5
    """
    return kernel_raw(distance, radius, kernel, decay) * output_factor(
        radius, kernel, output, decay
    )


def _reach(radius: float, pixel_size: float) -> int:
    """Largest whole number of pixels that still lies within the radius."""
    return int(math.floor(radius / pixel_size + SNAP_TOLERANCE))


def kernel_stencil(radius: float, pixel_size: float, kernel: str = "quartic",
                   decay: float = 0.0, max_reach: Tuple[Optional[int], Optional[int]] = (None, None)
                   ) -> np.ndarray:
    """Raw kernel at whole-pixel offsets, shape (2 r_rows + 1, 2 r_cols + 1), centre = 0.

    ``max_reach`` crops the stencil to offsets that can occur within a grid (rows, cols).
    """
    reach = _reach(radius, pixel_size)
    rows, cols = (reach if m is None else min(reach, m) for m in max_reach)
    dy = np.arange(-rows, rows + 1)[:, None] * pixel_size
    dx = np.arange(-cols, cols + 1)[None, :] * pixel_size
    return kernel_raw(np.hypot(dx, dy), radius, kernel, decay)


def is_bias_corrected(kernel: str, decay: float = 0.0) -> bool:
    """Whether the convolution stencil of this kernel corrects the binning bias.

    Only kernels that are continuous at the radius (the Gaussian's step there is 1%) gain;
    for the others the error at the radius dominates and the correction would add to it.
    """
    return kernel in ("quartic", "triweight", "gaussian") or (
        kernel == "triangular" and decay == 0
    )


def convolution_stencil(radius: float, pixel_size: float, kernel: str = "quartic",
                        decay: float = 0.0, binning: str = "linear",
                        max_reach: Tuple[Optional[int], Optional[int]] = (None, None)
                        ) -> np.ndarray:
    """The raw stencil, corrected for the mean error of the binning where that helps.

    For points spread evenly over a cell, linear binning adds ``pixel^2 / 12`` times the
    kernel's Laplacian on average and nearest binning ``-pixel^2 / 24`` times it, so that
    much of the (discrete) Laplacian is subtracted, inside the radius only. Entries that the
    correction would make negative (within half a pixel of the radius) are set to 0, and
    the stencil is rescaled to the whole raw stencil's total (a change of order
    (pixel / h)^3), so the surface still integrates to the total weight.
    """
    if binning not in BINNING_METHODS:
        raise ValueError(translate(
            "Kde", "Unknown binning method '{}'. Choose one of: {}.").format(
            binning, ', '.join(BINNING_METHODS)))
    if not is_bias_corrected(kernel, decay):
        return kernel_stencil(radius, pixel_size, kernel, decay, max_reach)
    reach = _reach(radius, pixel_size)
    rows, cols = (reach if m is None else min(reach, m) for m in max_reach)
    # The totals need the whole stencil, which may be far larger than the grid: do it in
    # bands of rows and keep only the part that fits the grid.
    band = max(1, STENCIL_BAND_CELLS // (2 * reach + 3))
    kept, raw_total, corrected_total = [], 0.0, 0.0
    for start in range(-reach, reach + 1, band):
        offsets = np.arange(start, min(start + band, reach + 1))
        raw, corrected = _corrected_rows(offsets, reach, radius, pixel_size, kernel, decay,
                                         _BINNING_BIAS[binning])
        raw_total += raw.sum()
        corrected_total += corrected.sum()
        kept.append(corrected[np.abs(offsets) <= rows, reach - cols:reach + cols + 1])
    return np.vstack(kept) * (raw_total / corrected_total)


def _corrected_rows(offsets, reach, radius, pixel_size, kernel, decay, bias):
    """Raw and bias-corrected stencil rows at the given row offsets (all columns)."""
    dy = np.arange(offsets[0] - 1, offsets[-1] + 2)[:, None] * pixel_size
    dx = np.arange(-reach - 1, reach + 2)[None, :] * pixel_size
    raw = kernel_raw(np.hypot(dx, dy), radius, kernel, decay)
    centre = raw[1:-1, 1:-1]
    laplacian = raw[2:, 1:-1] + raw[:-2, 1:-1] + raw[1:-1, 2:] + raw[1:-1, :-2] - 4.0 * centre
    corrected = np.where(centre > 0, np.maximum(centre - bias * laplacian, 0.0), 0.0)
    return centre, corrected


# --------------------------------------------------------------------------- binning


def bin_points(grid: Grid, x, y, weights=None, method: str = "linear"
               ) -> Tuple[np.ndarray, int]:
    """Point weights binned on the grid, and the number of points outside it (ignored).

    ``linear`` spreads each weight over the four nearest cell centres (for density
    surfaces); ``nearest`` puts it in the cell that contains the point (for counts).

    >>> grid = grid_for_extent(0.0, 0.0, 1000.0, 1000.0, pixel_size=50.0)
    >>> counts, outside = bin_points(grid, [25.0, 40.0, 2000.0], [975.0, 960.0, 0.0],
    ...                              method="nearest")
    >>> float(counts[0, 0]), outside  # the top-left cell; one point beyond the grid
    (2.0, 1)
    >>> bin_points(grid, [50.0], [950.0])[0][:2, :2].tolist()  # a point on four cells' corner
    [[0.25, 0.25], [0.25, 0.25]]
    """
    x = np.asarray(x, dtype=float).ravel()
    if x.size == 0:
        raise ValueError(translate(
            "Kde", "There are no incidents to analyse. Check the input layer, its filter and "
            "the selected period."))
    binned = np.zeros(grid.shape)
    n_outside = accumulate_points(binned, grid, x, y, weights, method)
    return binned, n_outside


def accumulate_points(binned: np.ndarray, grid: Grid, x, y, weights=None,
                      method: str = "linear") -> int:
    """Add point weights into an existing float64 grid; returns the number outside the grid.

    Call it once per chunk to stream any number of points with memory bounded by the grid.
    Points on the grid's outer edge count as inside.

    Examples
    --------
    The surface of :func:`kde_points`, from points read in two chunks:

    >>> grid = grid_for_extent(0.0, 0.0, 1000.0, 1000.0, pixel_size=50.0)
    >>> work = binning_grid(grid, 300.0)
    >>> binned = np.zeros(work.shape)
    >>> x, y = np.array([250.0, 260.0, 750.0]), np.array([250.0, 240.0, 750.0])
    >>> for chunk in (slice(0, 2), slice(2, 3)):
    ...     outside = accumulate_points(binned, work, x[chunk], y[chunk])
    >>> surface = crop_to(kde_surface(work, binned, 300.0, output="density"), work, grid)
    >>> np.allclose(surface, kde_points(grid, x, y, None, 300.0, output="density"))
    True
    """
    _check_binned(binned, grid)
    if method not in BINNING_METHODS:
        raise ValueError(translate(
            "Kde", "Unknown binning method '{}'. Choose one of: {}.").format(
            method, ', '.join(BINNING_METHODS)))
    x, y, weights = _checked_points(x, y, weights)
    n_outside = 0
    for start in range(0, x.size, BINNING_CHUNK):
        part = slice(start, start + BINNING_CHUNK)
        n_outside += _bin_chunk(binned, grid, x[part], y[part], weights[part], method)
    return n_outside


def _checked_points(x, y, weights):
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    if x.size != y.size:
        raise ValueError(f"Got {x.size} x coordinates but {y.size} y coordinates.")
    bad = ~(np.isfinite(x) & np.isfinite(y))
    if bad.any():
        raise ValueError(translate(
            "Kde", "{} incidents have no valid coordinates. Remove features without geometry "
            "(or with empty geometry) first.").format(int(bad.sum())))
    weights = np.ones_like(x) if weights is None else np.asarray(weights, dtype=float).ravel()
    if weights.size != x.size:
        raise ValueError(f"Got {weights.size} weights for {x.size} points.")
    if not np.all(np.isfinite(weights) & (weights >= 0)):
        raise ValueError(translate(
            "Kde", "Weights must be zero or positive numbers; the weight field has negative, "
            "missing or infinite values. Fill or filter them first."))
    return x, y, weights


def _bin_chunk(binned, grid, x, y, weights, method) -> int:
    inside = (x >= grid.xmin) & (x <= grid.xmax) & (y >= grid.ymin) & (y <= grid.ymax)
    x, y, weights = x[inside], y[inside], weights[inside]
    if method == "nearest":
        col = np.minimum(((x - grid.xmin) / grid.pixel_size).astype(np.int64), grid.ncols - 1)
        row = np.minimum(((grid.ymax - y) / grid.pixel_size).astype(np.int64), grid.nrows - 1)
        index, spread = row * grid.ncols + col, weights
    else:
        index, spread = _bilinear_split(grid, x, y, weights)
    binned.ravel()[:] += np.bincount(index, weights=spread, minlength=grid.n_cells)
    return int(inside.size - inside.sum())


def _bilinear_split(grid, x, y, weights):
    """Flat cell indices and weights of each point's four nearest cell centres."""
    col0, col1, t_col = _neighbours((x - grid.xmin) / grid.pixel_size - 0.5, grid.ncols)
    row0, row1, t_row = _neighbours((grid.ymax - y) / grid.pixel_size - 0.5, grid.nrows)
    index = np.concatenate([
        row0 * grid.ncols + col0, row0 * grid.ncols + col1,
        row1 * grid.ncols + col0, row1 * grid.ncols + col1,
    ])
    north, south = weights * (1.0 - t_row), weights * t_row
    spread = np.concatenate([
        north * (1.0 - t_col), north * t_col, south * (1.0 - t_col), south * t_col,
    ])
    return index, spread


def _neighbours(position, n):
    """Lower and upper centre index and the fraction towards the upper one.

    In the outer half cells (beyond the first or last centre) all weight goes to the edge
    centre, so no weight is lost.
    """
    lower = np.clip(np.floor(position), 0, max(n - 2, 0)).astype(np.int64)
    fraction = np.clip(position - lower, 0.0, 1.0)
    return lower, np.minimum(lower + 1, n - 1), fraction


# --------------------------------------------------------------------------- surfaces


def kde_surface(grid: Grid, binned: np.ndarray, radius: float, kernel: str = "quartic",
                output: str = "raw", decay: float = 0.0, binning: str = "linear") -> np.ndarray:
    """Kernel density of binned points on the same grid, by FFT convolution.

    ``binning`` names the method that filled ``binned`` (the stencil corrects its bias).
    Only weight binned on ``grid`` counts: bin on :func:`binning_grid` and :func:`crop_to`
    the result (or use :func:`kde_points`) so that points just outside the grid count too.
    An all-zero ``binned`` gives an all-zero surface.
    """
    _check_kernel(kernel, output, decay)
    _check_radius(radius, grid.pixel_size)
    binned = np.asarray(binned, dtype=float)
    if binned.shape != grid.shape:
        raise ValueError(f"The binned grid has shape {binned.shape}, the grid {grid.shape}.")
    max_reach = (grid.nrows - 1, grid.ncols - 1)
    stencil = convolution_stencil(radius, grid.pixel_size, kernel, decay, binning, max_reach)
    occupied = binned != 0
    if not occupied.any():
        return np.zeros(grid.shape)
    surface = _convolve_same(binned, stencil)
    # Round-off: no negative densities, and exact zeros where no kernel reaches.
    np.maximum(surface, 0.0, out=surface)
    raw = kernel_stencil(radius, grid.pixel_size, kernel, decay, max_reach)
    surface[~_support(occupied, raw)] = 0.0
    surface *= output_factor(radius, kernel, output, decay)
    return surface


def _convolve_same(image: np.ndarray, stencil: np.ndarray) -> np.ndarray:
    """``image`` convolved with an odd-sized ``stencil``, cropped to ``image``'s shape.

    Real FFTs on fast lengths, on all cores; scipy.fft imports far faster than scipy.signal,
    which matters for a plugin algorithm's first run.
    """
    full = [image.shape[i] + stencil.shape[i] - 1 for i in range(2)]
    shape = [fft.next_fast_len(n, real=True) for n in full]
    spectrum = fft.rfft2(image, shape, workers=-1) * fft.rfft2(stencil, shape, workers=-1)
    convolved = fft.irfft2(spectrum, shape, workers=-1)
    top, left = stencil.shape[0] // 2, stencil.shape[1] // 2
    return convolved[top:top + image.shape[0], left:left + image.shape[1]]


def _support(occupied: np.ndarray, stencil: np.ndarray) -> np.ndarray:
    """Cells that some occupied cell reaches through a non-zero raw stencil entry.

    The non-zero raw stencil entries form a disc of offsets ``di^2 + dj^2 <= m``, so a cell is
    reached when its distance (in cells) to the nearest occupied cell is within that disc.
    """
    rows, cols = stencil.shape[0] // 2, stencil.shape[1] // 2
    di, dj = np.nonzero(stencil)
    reach_squared = int(((di - rows) ** 2 + (dj - cols) ** 2).max())
    distance = ndimage.distance_transform_edt(~occupied)
    distance *= distance
    return distance <= reach_squared + 0.5


def kde_points(grid: Grid, x, y, weights, radius: float, kernel: str = "quartic",
               output: str = "raw", decay: float = 0.0, method: str = "linear") -> np.ndarray:
    """Kernel density of points on ``grid``: bin with padding, convolve, crop.

    Points outside the grid but within the radius of a cell centre count, as in an exact sum.

    Parameters
    ----------
    grid : Grid
        Where the surface is computed (cell centres), e.g. from :func:`grid_for_extent`.
    x, y : array_like of float
        The points, in the grid's map units.
    weights : array_like of float or None
        One weight per point (None: 1 each), e.g. :func:`prospective_weights`.
    radius : float
        The search radius, in map units (at least one pixel).
    kernel, output, decay
        As in :func:`kernel_values`.
    method : {"linear", "nearest"}
        How the points are binned on the grid (see the module's notes on the error).

    Returns
    -------
    numpy.ndarray
        The surface, ``grid.shape``, row 0 at the top.

    Examples
    --------
    Two incidents close together and one apart, on a 1 km square of 50 m cells: the
    densest cell lies at the pair, and the density adds up to about the three incidents:

    >>> grid = grid_for_extent(0.0, 0.0, 1000.0, 1000.0, pixel_size=50.0)
    >>> x, y = np.array([250.0, 260.0, 750.0]), np.array([250.0, 240.0, 750.0])
    >>> surface = kde_points(grid, x, y, None, radius=300.0, output="density")
    >>> row, col = np.unravel_index(surface.argmax(), surface.shape)
    >>> float(grid.x_centres[col]), float(grid.y_centres[row])
    (275.0, 225.0)
    >>> round(float(surface.sum() * grid.cell_area / 1e6), 2)  # incidents per km² x km²
    2.98
    """
    work = binning_grid(grid, radius)
    binned, _ = bin_points(work, x, y, weights, method)
    surface = kde_surface(work, binned, radius, kernel, output, decay, method)
    return crop_to(surface, work, grid)


def kde_direct(grid: Grid, x, y, weights, radius: float, kernel: str = "quartic",
               output: str = "raw", decay: float = 0.0) -> np.ndarray:
    """Exact kernel density at the cell centres: a direct sum over the points.

    O(N x kernel cells); the reference that the fast path is tested against.

    >>> grid = grid_for_extent(0.0, 0.0, 1000.0, 1000.0, pixel_size=50.0)
    >>> x, y = np.array([250.0, 260.0, 750.0]), np.array([250.0, 240.0, 750.0])
    >>> exact = kde_direct(grid, x, y, None, 300.0, output="density")
    >>> fast = kde_points(grid, x, y, None, 300.0, output="density")
    >>> bool(np.abs(fast - exact).max() < 0.02 * exact.max())  # within 2% of the peak
    True
    """
    _check_kernel(kernel, output, decay)
    _check_radius(radius, grid.pixel_size)
    x, y, weights = _checked_points(x, y, weights)
    if x.size == 0:
        raise ValueError(translate("Kde", "There are no incidents to analyse."))
    surface = np.zeros(grid.shape)
    xc, yc = grid.x_centres, grid.y_centres
    reach = _reach(radius, grid.pixel_size) + 1
    for px, py, w in zip(x, y, weights):
        cols = _window(xc, (px - grid.xmin) / grid.pixel_size, reach)
        rows = _window(yc, (grid.ymax - py) / grid.pixel_size, reach)
        distance = np.hypot(xc[cols][None, :] - px, yc[rows][:, None] - py)
        surface[rows, cols] += w * kernel_raw(distance, radius, kernel, decay)
    return surface * output_factor(radius, kernel, output, decay)


def _window(centres, position, reach) -> slice:
    start = min(max(int(math.floor(position)) - reach, 0), centres.size)
    stop = min(max(int(math.floor(position)) + reach + 1, 0), centres.size)
    return slice(start, stop)


# --------------------------------------------------------------------------- parameters


def automatic_radius(x, y, weights=None, pixel_size: Optional[float] = None) -> float:
    """Default search radius from the spread of the points (a Silverman-type rule in 2D).

    ``0.9 * min(SD, sqrt(1 / ln 2) * Dm) * n ** -0.2``, where SD is the standard distance
    (root mean squared distance to the mean centre), Dm the median distance to the mean
    centre and n the number of points (the weight total when weighted); statistics are
    weighted. The median term keeps a few far outliers from inflating the radius. The result
    is in map units, at least two pixels when ``pixel_size`` is given. Cell centres of binned
    counts, weighted by the counts, give the same radius within half a pixel, without keeping
    all points in memory.

    Parameters
    ----------
    x, y : array_like of float
        The points, in map units.
    weights : array_like of float, optional
        One weight per point (default 1 each).
    pixel_size : float, optional
        The cell size of the surface to come; the radius is then at least two cells.

    Returns
    -------
    float

    Raises
    ------
    ValueError
        No points with weight, or (without ``pixel_size``) all points on one spot.

    Examples
    --------
    The corners and the centre of a 100 m square:

    >>> x, y = [0, 100, 0, 100, 50], [0, 0, 100, 100, 50]
    >>> round(automatic_radius(x, y), 1)
    41.3
    >>> automatic_radius(x, y, pixel_size=50.0)  # two pixels at least
    100.0
    """
    x, y, weights = _checked_points(x, y, weights)
    total = weights.sum()
    if x.size == 0 or total <= 0:
        raise ValueError(translate(
            "Kde", "There are no incidents (with a weight above 0) to size a radius on."))
    distance = np.hypot(x - np.average(x, weights=weights), y - np.average(y, weights=weights))
    standard_distance = math.sqrt(np.average(distance**2, weights=weights))
    spread = min(standard_distance, math.sqrt(1.0 / math.log(2.0)) * _weighted_median(
        distance, weights))
    radius = 0.9 * spread * total**-0.2
    if pixel_size is not None:
        return max(radius, 2.0 * pixel_size)
    if radius <= 0:
        raise ValueError(translate(
            "Kde", "All incidents lie on the same spot, so no radius follows from their spread. "
            "Enter a search radius."))
    return radius


def _weighted_median(values, weights) -> float:
    order = np.argsort(values, kind="stable")
    cumulative = np.cumsum(weights[order])
    return float(values[order][np.searchsorted(cumulative, 0.5 * cumulative[-1])])


def prospective_weights(ages_days, half_life_days: float, max_age_days: float
                        ) -> Tuple[np.ndarray, int, int]:
    """Time-decay weights for prospective hotspots: recent incidents weigh more.

    ``weight = 0.5 ** (age / half_life)`` for ``0 <= age <= max_age`` (age in days before the
    reference date), 0 otherwise. A half-life of 0 means no decay (weight 1 up to
    ``max_age``): what a near-repeat analysis without a near-repeat pattern hands on, as
    recency then adds nothing. Returns the weights, the number of incidents after the
    reference date (weight 0) and the number older than ``max_age`` (weight 0).

    Parameters
    ----------
    ages_days : array_like of float
        Days between each incident and the reference date (negative: after it); no NaN.
    half_life_days : float
        Age at which an incident weighs half (0: no decay).
    max_age_days : float
        Older incidents weigh 0.

    Returns
    -------
    (numpy.ndarray, int, int)
        The weights, how many incidents lie after the reference date, how many are too old.

    Examples
    --------
    With a half-life of two weeks, an incident from 3 days after the reference date and one
    older than a year left out:

    >>> weights, future, too_old = prospective_weights([0, 14, 28, -3, 400], 14, 365)
    >>> weights.tolist(), future, too_old
    ([1.0, 0.5, 0.25, 0.0, 0.0], 1, 1)
    """
    ages = np.asarray(ages_days, dtype=float)
    if not half_life_days >= 0:
        raise ValueError(translate(
            "Kde", "The half-life must be 0 days (no decay) or more (got {}).").format(
            half_life_days))
    if not max_age_days >= 0:
        raise ValueError(translate(
            "Kde", "The maximum age must be 0 days or more (got {}).").format(max_age_days))
    missing = int(np.isnan(ages).sum())
    if missing:
        raise ValueError(translate(
            "Kde", "{} incidents have no date. Filter them out or fill in their dates "
            "first.").format(missing))
    future, too_old = ages < 0, ages > max_age_days
    decay = (np.ones_like(ages) if half_life_days == 0
             else 0.5 ** (np.maximum(ages, 0.0) / half_life_days))
    weights = np.where(future | too_old, 0.0, decay)
    return weights, int(future.sum()), int(too_old.sum())


# --------------------------------------------------------------------------- hotspots


def hotspot_mask(surface: np.ndarray, study_mask: Optional[np.ndarray] = None,
                 method: str = "top_percent", top_percent: float = 5.0,
                 k_times_mean: float = 2.0) -> np.ndarray:
    """Boolean mask of hotspot cells within the study area.

    ``top_percent``: the ``ceil(top_percent / 100 * n)`` highest of the n study-area cells;
    among equal values the first in row order (north-west first) wins, so the count is exact
    and the result repeatable. ``k_times_mean``: cells at or above k times the mean of the
    study-area cells (zeros included). Cells with value 0 (or missing) are never hot, so
    fewer cells are hot when fewer have a value.

    Parameters
    ----------
    surface : numpy.ndarray
        The density surface (any output).
    study_mask : numpy.ndarray of bool, optional
        The cells of the study area, on the surface's grid (default all).
    method : {"top_percent", "k_times_mean"}
        Which cells are hot.
    top_percent : float
        For "top_percent": the share of the study-area cells, above 0 and at most 100.
    k_times_mean : float
        For "k_times_mean": the multiple of the mean, above 0.

    Returns
    -------
    numpy.ndarray of bool

    Examples
    --------
    >>> surface = np.array([[9.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 7.0, 8.0]])
    >>> hotspot_mask(surface, top_percent=34).astype(int).tolist()  # ceil(3.06) = 4 cells
    [[1, 0, 0], [0, 1, 0], [0, 1, 1]]
    >>> hotspot_mask(surface, method="k_times_mean", k_times_mean=2.0).astype(int).tolist()
    [[1, 0, 0], [0, 0, 0], [0, 1, 1]]
    """
    surface = np.asarray(surface, dtype=float)
    study = _checked_study_mask(study_mask, surface.shape)
    values = surface[study]
    values = np.where(np.isfinite(values), values, 0.0)
    if method == "top_percent":
        chosen = _top_cells(values, top_percent)
    elif method == "k_times_mean":
        chosen = _above_mean_multiple(values, k_times_mean)
    else:
        raise ValueError(translate(
            "Kde", "Unknown hotspot method '{}'. Choose one of: {}.").format(
            method, ', '.join(HOTSPOT_METHODS)))
    hot = np.zeros(surface.shape, dtype=bool)
    hot[study] = chosen
    return hot


def _checked_study_mask(study_mask, shape):
    if study_mask is None:
        return np.ones(shape, dtype=bool)
    study = np.asarray(study_mask, dtype=bool)
    if study.shape != shape:
        raise ValueError(
            f"The study-area mask has {study.shape} cells but the surface {shape}; "
            "rasterise the study area on the surface's grid."
        )
    return study


def hotspot_cell_count(top_percent: float, n_study_cells: int) -> int:
    """Number of hot cells for ``top_percent``: ``ceil(top_percent / 100 * n)``.

    >>> hotspot_cell_count(5, 1000), hotspot_cell_count(5, 10)  # at least one cell
    (50, 1)
    """
    if not 0 < top_percent <= 100:
        raise ValueError(translate(
            "Kde", "The top percentage must be above 0 and at most 100 (got {}).").format(
            top_percent))
    return min(math.ceil(top_percent * n_study_cells / 100.0 - SNAP_TOLERANCE), n_study_cells)


def _top_cells(values, top_percent):
    n_hot = min(hotspot_cell_count(top_percent, values.size), int(np.count_nonzero(values > 0)))
    chosen = np.zeros(values.size, dtype=bool)
    if n_hot == 0:
        return chosen
    threshold = np.partition(values, values.size - n_hot)[values.size - n_hot]
    chosen[values > threshold] = True
    ties = np.flatnonzero(values == threshold)
    chosen[ties[: n_hot - int(chosen.sum())]] = True
    return chosen


def _above_mean_multiple(values, k):
    if not k > 0:
        raise ValueError(translate(
            "Kde", "The multiple of the mean must be above 0 (got {}).").format(k))
    if values.size == 0:
        return np.zeros(0, dtype=bool)
    return (values > 0) & (values >= k * values.mean())


def hotspot_clusters(hot: np.ndarray, surface: np.ndarray, binned_counts: np.ndarray,
                     grid: Grid, connectivity: int = 8) -> Tuple[np.ndarray, pd.DataFrame]:
    """Contiguous clusters of hot cells, ranked, with their statistics.

    Cells touching at an edge or a corner belong together (``connectivity=8``; 4 for edges
    only). Returns the int32 label raster (0 = not hot, else the cluster_id) and one row per
    cluster: cluster_id, rank (1 = largest total of surface values), n_cells, area_m2 (map
    units squared), incident_count (sum of ``binned_counts``; bin with method "nearest" for
    whole counts), total/mean/max of the surface values (whatever output the surface holds).
    Ties in the total are ranked by cluster_id.

    Parameters
    ----------
    hot : numpy.ndarray of bool
        The hot cells, from :func:`hotspot_mask`.
    surface : numpy.ndarray
        The surface the cells were chosen on.
    binned_counts : numpy.ndarray
        Incidents per cell (:func:`bin_points` with method "nearest").
    grid : Grid
        The grid of all three arrays.
    connectivity : {8, 4}
        Whether cells touching at a corner belong together.

    Returns
    -------
    (numpy.ndarray, pandas.DataFrame)
        The cluster label of each cell, and one row per cluster in order of rank.

    Examples
    --------
    The top-left cell and the two at the bottom right form two clusters; the larger total
    ranks first:

    >>> grid = Grid(xmin=0.0, ymax=300.0, pixel_size=100.0, ncols=3, nrows=3)
    >>> surface = np.array([[9.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 7.0, 8.0]])
    >>> counts = np.array([[3, 0, 0], [0, 0, 0], [0, 2, 2]])
    >>> hot = hotspot_mask(surface, method="k_times_mean", k_times_mean=2.0)
    >>> labels, table = hotspot_clusters(hot, surface, counts, grid)
    >>> labels.tolist()
    [[1, 0, 0], [0, 0, 0], [0, 2, 2]]
    >>> table["cluster_id"].tolist(), table["area_m2"].tolist(), table["incident_count"].tolist()
    ([2, 1], [20000.0, 10000.0], [4.0, 3.0])
    """
    if connectivity not in (4, 8):
        raise ValueError(translate(
            "Kde", "Connectivity must be 4 or 8 (got {}).").format(connectivity))
    for name, array in (("hot", hot), ("surface", surface), ("binned_counts", binned_counts)):
        if np.shape(array) != grid.shape:
            raise ValueError(f"'{name}' has shape {np.shape(array)}, the grid {grid.shape}.")
    structure = ndimage.generate_binary_structure(2, 2 if connectivity == 8 else 1)
    labels, n_clusters = ndimage.label(np.asarray(hot, dtype=bool), structure=structure)
    labels = labels.astype(np.int32)
    return labels, _cluster_table(labels, n_clusters, surface, binned_counts, grid)


def _cluster_table(labels, n_clusters, surface, binned_counts, grid) -> pd.DataFrame:
    if n_clusters == 0:
        return pd.DataFrame({name: pd.Series(dtype=float) for name in _HOTSPOT_COLUMNS})
    flat = labels.ravel()
    n_cells = np.bincount(flat, minlength=n_clusters + 1)[1:]
    total = np.bincount(flat, weights=np.ravel(surface), minlength=n_clusters + 1)[1:]
    counts = np.bincount(flat, weights=np.ravel(binned_counts), minlength=n_clusters + 1)[1:]
    ids = np.arange(1, n_clusters + 1)
    maxima = ndimage.maximum(np.asarray(surface, dtype=float), labels, ids)
    rank = np.empty(n_clusters, dtype=np.int64)
    rank[np.lexsort((ids, -total))] = np.arange(1, n_clusters + 1)
    table = pd.DataFrame({
        "cluster_id": ids,
        "rank": rank,
        "n_cells": n_cells,
        "area_m2": n_cells * grid.cell_area,
        "incident_count": counts,
        "total_density": total,
        "mean_density": total / n_cells,
        "max_density": np.asarray(maxima, dtype=float),
    })
    return table.sort_values("rank", ignore_index=True)


# --------------------------------------------------------------------------- validation


def _check_pixel_size(pixel_size: float) -> None:
    if not (math.isfinite(pixel_size) and pixel_size > 0):
        raise ValueError(translate(
            "Kde", "The pixel size must be a positive number of map units (got {}).").format(
            pixel_size))


def _check_radius(radius: float, pixel_size: float) -> None:
    if not (math.isfinite(radius) and radius > 0):
        raise ValueError(translate(
            "Kde", "The search radius must be more than 0 (got {}). Enter it in map units "
            "(metres for EPSG:28992), e.g. 300.").format(radius))
    if radius < pixel_size:
        raise ValueError(translate(
            "Kde", "The search radius ({:g}) is smaller than the pixel size ({:g}), so each "
            "incident would only light up its own cell. Use a radius of at least a few pixels "
            "(10 or more gives a smooth surface) or a smaller pixel size.").format(
            radius, pixel_size))


def _check_kernel(kernel: str, output: str, decay: float) -> None:
    if kernel not in _RAW_KERNELS:
        raise ValueError(translate(
            "Kde", "Unknown kernel '{}'. Choose one of: {}.").format(kernel, ', '.join(KERNELS)))
    if output not in OUTPUTS:
        raise ValueError(translate(
            "Kde", "Unknown output '{}'. Choose one of: {}.").format(output, ', '.join(OUTPUTS)))
    if not (math.isfinite(decay) and decay >= 0):
        raise ValueError(translate(
            "Kde", "The decay ratio must be 0 or more (got {}): 0 fades to nothing at the "
            "radius, 1 is flat, above 1 rises towards the radius.").format(decay))


def _check_binned(binned: np.ndarray, grid: Grid) -> None:
    if not isinstance(binned, np.ndarray) or binned.shape != grid.shape:
        raise ValueError(
            f"The binned grid must be a numpy array of shape {grid.shape} "
            f"(got {getattr(binned, 'shape', type(binned).__name__)})."
        )
    if binned.dtype != np.float64 or not binned.flags.c_contiguous:
        raise ValueError("The binned grid must be a C-contiguous float64 array.")
