"""The help of wijkradar:area_monitor_overlay, as its shortHelpString shows it (translated under
the algorithm's class name, as self.tr() in the class would)."""

from qgis.PyQt.QtCore import QCoreApplication


def help_html():
    return QCoreApplication.translate(
        "AreaMonitorOverlayAlgorithm",
        "<p>Sets the vulnerability of each area (usually the score of <i>Area monitor "
        "index</i>) against its crime intensity and marks the focus areas.</p>"
        "<p><b>Crime intensity</b> from incident points: the count per area and the rate "
        "per 1,000 inhabitants, raw and smoothed by global empirical Bayes (Marshall 1991: "
        "rates of areas with few inhabitants move towards the overall rate, so tiny "
        "populations do not top the list). Areas with zero or missing population get no "
        "rate and take no part in the smoothing. And/or from a density raster (e.g. of "
        "<i>Kernel density hotspots</i>): the zonal mean and maximum of the cells whose "
        "centre lies in the area (the rule of QGIS's zonal statistics) and the share of "
        "hotspot cells: cells in the top percentage (default 5%) of the raster's cells "
        "with data, or at or above a fixed threshold. An area smaller than a cell takes "
        "the cell under its inner point. Areas in another CRS than the raster are "
        "reprojected to it for the statistics (the log says so). Overlapping areas are "
        "detected and reported; each area counts all of its cells and incidents. "
        "<b>Crime measure</b> chooses what the classes use (automatic: the smoothed rate "
        "when incidents are given, else the zonal mean).</p>"
        "<p><b>Bivariate classes</b>: equal-count terciles of vulnerability (A low, B, C "
        "high) and of crime (1 low, 2, 3 high), so 'C3' is high vulnerability with high "
        "crime: the focus class (field 'focus', ranked by crime in 'focus_rank'). With an "
        "index score, vulnerability is the weak side: the lower the score, the more "
        "vulnerable. The output is styled with a 3 x 3 palette (also saved as .qml beside "
        "a file output) and a legend image (PNG) for print layouts is written.</p>"
        "<p><b>Privacy</b>: incident counts below k (default 5) are left empty and flagged "
        "in 'onderdrukt', and so are the rates computed from them; the layer's metadata "
        "says so. The classes are computed before suppression.</p>")
