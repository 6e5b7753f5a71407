"""The help of wijkradar:local_hotspot_statistics, as its shortHelpString shows it (translated under
the algorithm's class name, as self.tr() in the class would)."""

from qgis.PyQt.QtCore import QCoreApplication


def help_html():
    return QCoreApplication.translate(
        "LocalHotspotStatisticsAlgorithm",
        "<p>Tells whether a cluster of high (or low) values is more than chance. The "
        "values are a numeric field of an area layer (counts, rates, scores), or incidents "
        "counted per area or per square grid cell (cells without incidents count as 0; "
        "with an area layer, only the cells that touch the areas).</p>"
        "<p><b>Getis-Ord Gi*</b> (Getis & Ord 1992; Ord & Getis 1995) compares the sum of "
        "an area's and its neighbours' values with what chance gives: a high z-score is a "
        "hot spot, a low one a cold spot. <b>Gi</b> leaves the area itself out. <b>Local "
        "Moran's I</b> (Anselin 1995) also finds outliers: HH and LL clusters, HL (a high "
        "area among low ones) and LH. The z-scores equal PySAL's (esda) for binary "
        "weights; they do not change when the weights are row-standardised.</p>"
        "<p><b>Neighbours</b>: areas that share a border or a corner (queen), only a "
        "border (rook), centroids within a distance band in metres (0: the smallest band "
        "that gives every area a neighbour), or the k nearest. Areas without neighbours "
        "stop the run with their number and a band that would do. A layer in degrees is "
        "reprojected to metres (RD New for Dutch data) for the computation.</p>"
        "<p><b>p-values</b> are two-sided, from the z-scores, or with 99-9999 "
        "<b>permutations</b> from conditional randomisation (each area keeps its value; "
        "its neighbours' values are drawn from the other areas; the seed makes runs "
        "repeatable). Testing thousands of areas finds some by chance, so the <b>false "
        "discovery rate</b> correction (Benjamini & Hochberg 1995) is on by default; "
        "Bonferroni is stricter. <b>gi_class</b>: +3/+2/+1 hot spot at 99/95/90% "
        "confidence after the correction, -3/-2/-1 cold spot, 0 not significant (as "
        "ArcGIS's Gi_Bin); <b>lisa</b>: the quadrant where significant at the chosen "
        "level, else NS. Areas without a value (NULL) are left out of the analysis.</p>"
        "<p><b>Privacy</b>: counts (incidents, or a value field of whole numbers) below "
        "k are left empty and flagged in 'onderdrukt'; the statistics are kept. The HTML "
        "summary counts the areas per class and explains the method.</p>")
