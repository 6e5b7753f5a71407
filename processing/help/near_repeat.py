"""The help of wijkradar:near_repeat, as its shortHelpString shows it (translated under
the algorithm's class name, as self.tr() in the class would)."""

from qgis.PyQt.QtCore import QCoreApplication


def help_html():
    return QCoreApplication.translate(
        "NearRepeatAlgorithm",
        "<p>After a burglary the same home and the homes nearby run a raised risk for a "
        "few weeks (Townsley, Homel & Chaseling 2003; Johnson & Bowers 2004). This is the "
        "Knox test (Knox 1964) as Ratcliffe's Near Repeat Calculator (2009) does it: "
        "every pair of incidents falls in a distance band (same location, 1 to 100 m, "
        "101 to 200 m, ..., more than the last band) and a time band (0 to 7 days, 8 to "
        "14, ..., more than the last band). The expected count of each cell is its mean "
        "over random permutations of the dates over the locations (seeded, so a run can "
        "be repeated); the <b>Knox ratio</b> is observed / expected and "
        "<b>p</b> = (1 + permutations with at least the observed count) / (permutations "
        "+ 1).</p>"
        "<p>Distances are in whole metres: geographic input is projected to RD New "
        "(EPSG:28992) for Dutch data, else to its UTM zone (the log says so). Time "
        "differences are whole days; text dates (2024-03-18, 18-03-2024) are read as "
        "everywhere in Wijkradar, and incidents without a usable date are left out and "
        "counted in the log. The type field and values select incidents (e.g. only "
        "burglaries).</p>"
        "<p><b>Outputs</b>: a table with one row per cell, an HTML report with the ratios "
        "shaded where p &lt; 0.05 and p &le; 0.01 and the result in plain words, and the "
        "suggested near-repeat window NEAR_REPEAT_DISTANCE (metres) and "
        "NEAR_REPEAT_DAYS: the largest distance and time band raised (p &lt; 0.05, ratio "
        "above 1) without a gap from the first band beyond the same location, both 0 "
        "without a near-repeat pattern. In the modeler they can set the near-repeat "
        "window of the postcode risk forecast or the half-life of prospective kernel "
        "density hotspots.</p>"
        "<p><b>Privacy</b>: observed pair counts below k (default 5) and their ratios "
        "are left empty and flagged in 'onderdrukt'.</p>"
        "<p>References: Knox, G. (1964), The detection of space-time interactions; "
        "Townsley, M., Homel, R. & Chaseling, J. (2003), Infectious burglaries; Johnson, "
        "S.D. & Bowers, K.J. (2004), The burglary as clue to the future; Ratcliffe, J.H. "
        "(2009), Near Repeat Calculator version 1.3.</p>")
