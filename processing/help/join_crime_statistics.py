"""The help of wijkradar:join_crime_statistics, as its shortHelpString shows it (translated under
the algorithm's class name, as self.tr() in the class would)."""

from qgis.PyQt.QtCore import QCoreApplication


def help_html():
    return QCoreApplication.translate(
        "JoinCrimeStatisticsAlgorithm",
        "<p>Joins the police's <b>registered crime</b> per wijk and buurt, as CBS "
        "publishes it on StatLine (table 47018NED per year, 47022NED per month, "
        "'Geregistreerde misdrijven; soort misdrijf, wijk en buurt'), to areas such as "
        "those of 'Load CBS neighbourhoods'.</p>"
        "<p><b>Table</b>: the StatLine CSV export (';' separated; titles such as '1.1.1 "
        "Diefstal/inbraak woning' and '2023*'; '.' unknown, '-' nil) or the OData JSON "
        "of dataderden.cbs.nl (one page, or a list of pages; when the file says more "
        "pages follow (odata.nextLink), they are fetched unless you switch that off). "
        "A table with codes is checked against the areas' municipality and refused when "
        "it is another's; a table with area titles is joined on the area names.</p>"
        "<p><b>Output</b>: wide (a field n_&lt;type&gt;_&lt;period&gt; with the count and "
        "r_&lt;type&gt;_&lt;period&gt; with the rate per 1,000 inhabitants per type and "
        "period, plus misdrijven and misdrijven_per_1000 over the last year (the last 12 "
        "months of a monthly table) of the total, 0.0.0, when the table has it) or long "
        "(a feature per area, period and type). Crime types: codes separated by ';' "
        "(e.g. 1.1.1; 1.2.3), all by default; unknown codes are kept and named in the "
        "log. Areas the table does not have get no values, not zeros.</p>"
        "<p><b>Completeness check</b> (optional): your own incidents counted per area "
        "and year beside the official count of the chosen types (else the total), their "
        "difference and your count as a percentage: a check of your data's completeness "
        "and geocoding before you trust it. Filter your incidents to the same types "
        "first.</p>"
        "<p>Counts from 1 to k-1 (default k = 5) and the rates made from them are left "
        "empty and flagged in 'onderdrukt' (k = 1 keeps them all).</p>")
