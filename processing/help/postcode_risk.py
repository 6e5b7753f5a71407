"""The help of wijkradar:postcode_risk, as its shortHelpString shows it (translated under
the algorithm's class name, as self.tr() in the class would)."""

from qgis.PyQt.QtCore import QCoreApplication


def help_html():
    return forecast_help() + area_values_help()


def forecast_help():
    return QCoreApplication.translate(
        "PostcodeRiskAlgorithm",
        "<p>Forecasts how many incidents each area (PC4, PC6, buurt or grid cell) will "
        "have in the coming period, and ranks the areas. Incidents are counted per area "
        "and period (week, month, quarter or year). The model learns from: counts in "
        "recent windows and over the whole history (also shrunk towards the neighbours' "
        "mean where counts are small), the trend, the same period a year earlier and the "
        "time of year, counts in neighbouring areas (areas that touch) and kernel "
        "densities of past incidents at three distances, near-repeats (incidents in the "
        "last 14 days nearby), incidents of the other types when you filter by type, "
        "area size, the covariates you choose (monitor indicators, inhabitants) and "
        "counts of context points (coffeeshops, dismantled plantations) in or within a "
        "distance of each area; context layers with the date or year field you name are "
        "counted up to each forecast's origin only.</p>"
        "<p><b>Models</b>: a Poisson GLM (relative risk per factor, as Risk Terrain "
        "Modeling reports) and gradient boosting with Poisson loss. <b>Validation</b> is "
        "rolling-origin in time: for each of the last periods with a known outcome, the "
        "models are trained only on earlier periods and tested on what happened next. "
        "Baselines are forecasts of their own on the same periods: last period's counts, "
        "the counts of each longer window and of the whole history, and a kernel density "
        "surface of past incidents. 'Automatic' picks, among the models, the baselines "
        "and a blend of the best model with the best baseline (its weight chosen on "
        "other validation periods), the one with the highest Predictive Accuracy Index "
        "at the share of the area you patrol (default 5%); the Poisson deviance breaks "
        "near-ties. So the forecast never ranks worse in validation than the best "
        "baseline: when no model beats it, the output is that baseline, and the results "
        "say so (CHOSEN, COMPARISON).</p>"
        "<p><b>Outputs</b>: the areas with the expected count, risk score 0-100 (share "
        "of the highest), rank, percentile, class 1-5 (lower half, 50-75%, 75-90%, "
        "90-95%, top 5%) and the top 3 drivers as facts of several kinds, e.g. 'high for "
        "years: 48 incidents since 2020-01-01; 5x the average area', 'rising: 6 incidents "
        "in the last 3 months against fewer than 5 in the 3 months before', 'near-repeat: "
        "7 incidents here and in the neighbouring areas in the last 14 days', '2 "
        "ruimingen within 200 m' (never a count below k); "
        "observed counts below k (default 5) are suppressed; expected_low and "
        "expected_high hold an 80% interval of the count (negative binomial, its spread "
        "measured in validation). The HTML "
        "report shows hit rate and PAI curves against the baselines, calibration, "
        "drivers, the data period and a model card.</p>"
        "<p>Incidents outside every area, without a date or outside the date range are "
        "counted and reported. NULL covariates are replaced by the median and flagged; "
        "constant features are left out. Area ids must be unique.</p>"
        "<p><b>Caveat</b>: predictions reflect where incidents were recorded, which "
        "depends on reporting and enforcement, not only on where they happened.</p>")


def area_values_help():
    """The advanced parameters: a table of area values over time."""
    return QCoreApplication.translate(
        "PostcodeRiskAlgorithm",
        "<p><b>Area values over time</b> (advanced): a table without geometry (CSV, "
        "GeoPackage) of rows with an area code, a date or period and values, such "
        "as payment arrears or benefit counts per buurt or postcode per quarter. "
        "Each value field becomes a feature: at each forecast, and at each "
        "validation period, an area's latest value known by the end of the origin "
        "period, never a later one. A date counts from that day; a year (2024), "
        "quarter (2024-Q2, 2024Q2, CBS's 2024KW02) or month (2024-05) from its last "
        "day, so a quarter's figure is not used before the quarter ends (date rows "
        "by their publication if they come out later). Before an area's first "
        "value, and in areas without rows, the value is the median of those known "
        "then, flagged as unknown. Codes are matched to the area ids ignoring case, "
        "spaces and leading zeros; codes that are no area are left out and named "
        "in the log; two rows for one area and date with different values are "
        "refused. Drivers name the value and its period, e.g. 'payment arrears per "
        "1,000 households: 14 in 2024-Q2 (average 6.2)'.</p>")
