"""The help of wijkradar:kde_hotspots, as its shortHelpString shows it (translated under
the algorithm's class name, as self.tr() in the class would)."""

from qgis.PyQt.QtCore import QCoreApplication


def help_html():
    return QCoreApplication.translate(
        "KdeHotspotsAlgorithm",
        "<p>Computes a kernel density surface of incident points and outlines the "
        "hotspots: the top X% of the study-area cells (default 5%), or the cells with at "
        "least k times the mean density, dissolved into contiguous clusters with rank, "
        "area, incident count and mean and max density.</p>"
        "<p><b>Radius</b> is in metres whatever the layer's CRS: geographic input is "
        "projected to RD New (EPSG:28992) for Dutch data, else to its UTM zone; the log "
        "says which. <b>Automatic radius</b>: 0.9 x min(standard distance, 1.2011 x median "
        "distance to the mean centre) x n<sup>-0.2</sup> (a Silverman-type rule in two "
        "dimensions), at least two pixels.</p>"
        "<p><b>Kernels</b>: quartic (default), triangular (with decay), uniform, triweight "
        "and Epanechnikov use the formulas of QGIS's Heatmap (Raw); Gaussian has sigma = "
        "radius / 3, cut off at the radius. <b>Output value</b>: density (incidents per "
        "km², the kernel integrates to 1, so the surface sums to the weight total), raw "
        "(as QGIS's Heatmap 'Raw'), or scaled (density per m²).</p>"
        "<p>The grid is snapped to multiples of the pixel size, so maps of different "
        "periods line up cell for cell. Default extent: the points' extent plus the radius. "
        "Optional mask polygons restrict the study area (cells outside get no data).</p>"
        "<p><b>Prospective mode</b> (date field set): recent incidents weigh more, weight "
        "0.5^(age / half-life) up to the maximum age, counted back from the reference date "
        "(default: the latest date in the data), after Bowers, Johnson & Pease (2004). "
        "A half-life of 0 weighs every incident up to the maximum age alike (no decay; "
        "near_repeat's NEAR_REPEAT_DAYS is 0 when it finds no near-repeat pattern).</p>"
        "<p>Points with a NULL geometry, NULL weight or negative weight are skipped and "
        "counted in the log. Speed: points are binned (linear binning) and the grid is "
        "convolved by FFT: the cost grows with the grid, not with points x kernel cells; "
        "the error against an exact sum at pixel centres is below 0.5% of the peak.</p>"
        "<p><b>Privacy</b>: a hotspot's incident count below k (default 5, the CBS "
        "threshold) is left empty and flagged in the field 'onderdrukt'; the layer's "
        "metadata says so.</p>")
