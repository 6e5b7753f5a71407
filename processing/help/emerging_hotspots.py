"""The help of wijkradar:emerging_hotspots, as its shortHelpString shows it (translated under
the algorithm's class name, as self.tr() in the class would)."""

from qgis.PyQt.QtCore import QCoreApplication


def help_html():
    from ...core.emerging_patterns import definitions_html

    return QCoreApplication.translate(
        "EmergingHotspotsAlgorithm",
        "<p>Counts incidents per location (the areas of a polygon layer such as PC6 or "
        "buurten, or the cells of a square grid that hold incidents) and time step, and "
        "computes the Getis-Ord Gi* z-score of every location in every step over its "
        "neighbours and the previous steps (<b>time window</b>, default 1), against the "
        "mean and standard deviation of the whole space-time cube. A step is a hot (cold) "
        "spot when its z-score is significant at the chosen level, with the False "
        "Discovery Rate correction over all location-steps (default). The Mann-Kendall "
        "trend of a location's z-scores (ties corrected) tells intensifying from "
        "diminishing; the trend of its counts is reported too.</p>"
        "<p><b>Time step</b>: weeks, months or quarters counted back from the last "
        "incident, so the final step is complete; 'automatic' takes the shortest with at "
        "least 10 steps and on average 0.1 incidents per location per step. <b>Number of "
        "steps</b>: 0 takes the last 52 weeks' worth (52 weeks, 12 months; at least 10), a "
        "number larger than the data hold takes all. "
        "<b>Last date to use</b>: the final step ends on it and later incidents are "
        "left out (an analysis as of a past date; default: the latest incident). "
        "<b>Fewer than 10 time steps</b> in the data stop the run with a message, or "
        "(advanced, for a chain such as the weekly briefing) give a warning and the "
        "locations without a pattern. "
        "<b>Neighbours</b>: areas that touch (queen, 0.5 m tolerance) or the grid cells "
        "around a cell; or the locations whose centres lie within a distance band. A "
        "geographic CRS is projected to metres (RD New for Dutch data), as the log says."
        "</p><p><b>Outputs</b>: the locations with their pattern, hot and cold steps, the "
        "last step's z-score, both trends and the incident count (counts below k empty "
        "and flagged in 'onderdrukt'), styled by pattern; z, p and Gi_Bin per location "
        "and step, for charts; an HTML report; the number of locations of each hot spot "
        "pattern (N_NEW_HOT, N_INTENSIFYING_HOT, ...). <b>Patterns</b> (Esri's definitions; "
        "90% means at least 90% of the steps):</p>") + definitions_html() + \
        QCoreApplication.translate(
            "EmergingHotspotsAlgorithm",
            "<p>References: Getis &amp; Ord (1992), Ord &amp; Getis (1995), Benjamini &amp; "
            "Hochberg (1995), Mann (1945), Kendall (1975), Esri: How Emerging Hot Spot "
            "Analysis works (ArcGIS Pro). Patterns reflect where incidents were recorded.</p>")
