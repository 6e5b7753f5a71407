"""The help of wijkradar:evaluate_forecast, as its shortHelpString shows it (translated under
the algorithm's class name, as self.tr() in the class would)."""

from qgis.PyQt.QtCore import QCoreApplication


def help_html():
    return QCoreApplication.translate(
        "EvaluateForecastAlgorithm",
        "<p>Scores any hotspot or risk map against incidents that happened later. The "
        "score is a numeric field of a polygon layer (postcodes, buurten, grid cells, the "
        "output of Postcode risk forecast) or a raster (a kernel density surface). Areas "
        "or cells are taken in order of their score, highest first; at each share of the "
        "total area covered:</p><ul>"
        "<li><b>hit rate</b>: the share of the incidents in the covered areas;</li>"
        "<li><b>PAI</b>, Predictive Accuracy Index (Chainey, Tompson & Uhlig 2008): hit "
        "rate / area share (1 = chance);</li>"
        "<li><b>PEI</b>, Predictive Efficiency Index: hit rate / the best hit rate "
        "possible with the same area (1 = perfect).</li></ul>"
        "<p>The table holds the whole curve in steps of 1% of the area (1, 5, 10 and 20% "
        "flagged) and the outputs PAI_1 ... PAI_20, so the modeler can compare two maps; "
        "an optional second score is drawn in the same report. Use a date range to take "
        "only the incidents after the map was made. For counts on areas of unequal size, "
        "rank by score per km². Coverage that ends inside an area takes the matching "
        "fraction of it; equal scores are covered together. Incidents outside every area "
        "(or on no-data cells) are counted and reported. Where fewer than k incidents are "
        "expected in the covered areas, the hits and the hit rate, PAI and PEI computed "
        "from them are suppressed in the table, the report and the output numbers (left "
        "empty), so that none of them gives a small count back.</p>")
