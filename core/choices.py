"""The choice lists of the algorithms and the dock, each defined once.

A Processing enum parameter stores the *index* of the chosen option: saved models,
``qgis_process`` calls and the dock pass numbers. Each list below holds its options in that
order, each with the key core's functions take and the English label the parameter shows:

>>> from wijkradar.core.choices import RISK_PERIODS
>>> RISK_PERIODS.values
('week', 'month', 'quarter', 'year')
>>> RISK_PERIODS.index("month"), RISK_PERIODS.value(3)
(1, 'year')

So the algorithm's options, core's checks and the dock's defaults cannot drift apart; a new
option goes at the end (an index once saved never changes meaning). Labels are translated
under ``context``, the algorithm's class name, as its ``self.tr()`` strings are; a list
made with ``translated=False`` (language names, percentages) reads the same in every language.

This module imports nothing but :mod:`wijkradar.core.i18n`, so an algorithm file can
import it at load time, before the optional dependencies (numpy, ...) are checked.
"""

from typing import Any, Callable, NamedTuple, Optional, Tuple

from .i18n import QT_TRANSLATE_NOOP, translate


class Choice(NamedTuple):
    """One option: the key core takes, and its English label."""

    value: Any
    label: str


class Choices:
    """The options of one enum parameter, in the order of their indices."""

    def __init__(self, context: str, *options: Tuple[Any, str], translated: bool = True):
        self.context = context
        self.options = tuple(Choice(value, label) for value, label in options)
        self.translated = translated

    def __len__(self) -> int:
        return len(self.options)

    def __repr__(self) -> str:
        return f"Choices({self.context!r}, {self.values!r})"

    @property
    def values(self) -> tuple:
        """The keys, in index order."""
        return tuple(option.value for option in self.options)

    def value(self, index: int):
        """The key of the option at ``index`` (what ``parameterAsEnum`` gives)."""
        return self.options[index].value

    def index(self, value) -> int:
        """The index of the option whose key is ``value`` (for a parameter's value)."""
        return self.values.index(value)

    def labels(self, translator: Optional[Callable[[str, str], str]] = None) -> list:
        """The labels in the user's language (``translator(context, text)``; default
        :func:`wijkradar.core.i18n.translate`); as written if the list is not translated."""
        if not self.translated:
            return [option.label for option in self.options]
        translator = translator or translate
        return [translator(self.context, option.label) for option in self.options]


# --------------------------------------------------------------------------- kde_hotspots

KERNELS = Choices(
    "KdeHotspotsAlgorithm",
    ("quartic", QT_TRANSLATE_NOOP("KdeHotspotsAlgorithm", "Quartic")),
    ("triangular", QT_TRANSLATE_NOOP("KdeHotspotsAlgorithm", "Triangular")),
    ("uniform", QT_TRANSLATE_NOOP("KdeHotspotsAlgorithm", "Uniform")),
    ("triweight", QT_TRANSLATE_NOOP("KdeHotspotsAlgorithm", "Triweight")),
    ("epanechnikov", QT_TRANSLATE_NOOP("KdeHotspotsAlgorithm", "Epanechnikov")),
    ("gaussian", QT_TRANSLATE_NOOP("KdeHotspotsAlgorithm", "Gaussian")))
DENSITY_OUTPUTS = Choices(
    "KdeHotspotsAlgorithm",
    ("density", QT_TRANSLATE_NOOP("KdeHotspotsAlgorithm", "Density (incidents per km²)")),
    ("raw", QT_TRANSLATE_NOOP("KdeHotspotsAlgorithm", "Raw (as QGIS Heatmap)")),
    ("scaled", QT_TRANSLATE_NOOP("KdeHotspotsAlgorithm", "Scaled (density per m²)")))
HOTSPOT_METHODS = Choices(
    "KdeHotspotsAlgorithm",
    ("top_percent", QT_TRANSLATE_NOOP("KdeHotspotsAlgorithm",
                                      "Top percentage of study-area cells")),
    ("k_times_mean", QT_TRANSLATE_NOOP("KdeHotspotsAlgorithm",
                                       "At least k times the mean density")))

# --------------------------------------------------------------------------- postcode_risk

RISK_PERIODS = Choices(
    "PostcodeRiskAlgorithm",
    ("week", QT_TRANSLATE_NOOP("PostcodeRiskAlgorithm", "Week")),
    ("month", QT_TRANSLATE_NOOP("PostcodeRiskAlgorithm", "Month")),
    ("quarter", QT_TRANSLATE_NOOP("PostcodeRiskAlgorithm", "Quarter")),
    ("year", QT_TRANSLATE_NOOP("PostcodeRiskAlgorithm", "Year")))
RISK_MODELS = Choices(
    "PostcodeRiskAlgorithm",
    ("auto", QT_TRANSLATE_NOOP("PostcodeRiskAlgorithm", "Automatic (best in validation)")),
    ("glm", QT_TRANSLATE_NOOP("PostcodeRiskAlgorithm", "Poisson GLM")),
    ("boost", QT_TRANSLATE_NOOP("PostcodeRiskAlgorithm", "Gradient boosting")))

# --------------------------------------------------------------------------- emerging_hotspots

EMERGING_TIME_STEPS = Choices(
    "EmergingHotspotsAlgorithm",
    ("auto", QT_TRANSLATE_NOOP("EmergingHotspotsAlgorithm", "Automatic")),
    ("week", QT_TRANSLATE_NOOP("EmergingHotspotsAlgorithm", "Week")),
    ("month", QT_TRANSLATE_NOOP("EmergingHotspotsAlgorithm", "Month")),
    ("quarter", QT_TRANSLATE_NOOP("EmergingHotspotsAlgorithm", "Quarter")))
# What to do when the incidents span too few time steps for a pattern.
EMERGING_TOO_SHORT = Choices(
    "EmergingHotspotsAlgorithm",
    ("stop", QT_TRANSLATE_NOOP("EmergingHotspotsAlgorithm", "Stop with a message")),
    ("go_on", QT_TRANSLATE_NOOP("EmergingHotspotsAlgorithm",
                                "Warn and write the locations without a pattern (for a chain)")))
# Each key: the significance level alpha core.emerging takes (its LEVELS), by confidence.
EMERGING_SIGNIFICANCE = Choices(
    "EmergingHotspotsAlgorithm",
    (0.10, "90%"), (0.05, "95%"), (0.01, "99%"), translated=False)

# --------------------------------------------------------------------------- near_repeat

NEAR_REPEAT_METRICS = Choices(
    "NearRepeatAlgorithm",
    ("euclidean", QT_TRANSLATE_NOOP("NearRepeatAlgorithm", "Euclidean (straight line)")),
    ("manhattan", QT_TRANSLATE_NOOP("NearRepeatAlgorithm", "Manhattan (along a street grid)")))

# ------------------------------------------------------------- local_hotspot_statistics

HOTSPOT_STATS_INPUTS = Choices(
    "LocalHotspotStatisticsAlgorithm",
    ("values", QT_TRANSLATE_NOOP("LocalHotspotStatisticsAlgorithm",
                                 "A value field of the areas")),
    ("area_counts", QT_TRANSLATE_NOOP("LocalHotspotStatisticsAlgorithm",
                                      "Incidents counted per area")),
    ("grid_counts", QT_TRANSLATE_NOOP("LocalHotspotStatisticsAlgorithm",
                                      "Incidents counted per grid cell")))
HOTSPOT_STATS_NEIGHBOURS = Choices(
    "LocalHotspotStatisticsAlgorithm",
    ("queen", QT_TRANSLATE_NOOP("LocalHotspotStatisticsAlgorithm",
                                "Shared border or corner (queen)")),
    ("rook", QT_TRANSLATE_NOOP("LocalHotspotStatisticsAlgorithm", "Shared border (rook)")),
    ("distance", QT_TRANSLATE_NOOP("LocalHotspotStatisticsAlgorithm", "Distance band")),
    ("knn", QT_TRANSLATE_NOOP("LocalHotspotStatisticsAlgorithm", "k nearest neighbours")))
# PySAL's transform codes
HOTSPOT_STATS_TRANSFORMS = Choices(
    "LocalHotspotStatisticsAlgorithm",
    ("R", QT_TRANSLATE_NOOP("LocalHotspotStatisticsAlgorithm",
                            "Row-standardised (mean of the neighbours)")),
    ("B", QT_TRANSLATE_NOOP("LocalHotspotStatisticsAlgorithm",
                            "Binary (sum over the neighbours)")))
# Each key: the statistics core.hotspot_stats.local_hotspots computes.
HOTSPOT_STATS_STATISTICS = Choices(
    "LocalHotspotStatisticsAlgorithm",
    (("gi*",), QT_TRANSLATE_NOOP("LocalHotspotStatisticsAlgorithm",
                                 "Getis-Ord Gi* (hot and cold spots)")),
    (("gi",), QT_TRANSLATE_NOOP("LocalHotspotStatisticsAlgorithm", "Getis-Ord Gi")),
    (("moran",), QT_TRANSLATE_NOOP("LocalHotspotStatisticsAlgorithm",
                                   "Local Moran's I (clusters and outliers)")),
    (("gi*", "moran"), QT_TRANSLATE_NOOP("LocalHotspotStatisticsAlgorithm",
                                         "Gi* and local Moran's I")))
HOTSPOT_STATS_CORRECTIONS = Choices(
    "LocalHotspotStatisticsAlgorithm",
    ("fdr", QT_TRANSLATE_NOOP("LocalHotspotStatisticsAlgorithm",
                              "False discovery rate (Benjamini-Hochberg)")),
    ("bonferroni", QT_TRANSLATE_NOOP("LocalHotspotStatisticsAlgorithm", "Bonferroni")),
    ("none", QT_TRANSLATE_NOOP("LocalHotspotStatisticsAlgorithm", "None")))

# --------------------------------------------------------------------------- anonymise_incidents

ANONYMISE_METHODS = Choices(
    "AnonymiseIncidentsAlgorithm",
    ("areas", QT_TRANSLATE_NOOP("AnonymiseIncidentsAlgorithm",
                                "Postcode areas (PC6 or PC4 polygons)")),
    ("grid", QT_TRANSLATE_NOOP("AnonymiseIncidentsAlgorithm", "Grid cells")))
ANONYMISE_PRECISIONS = Choices(
    "AnonymiseIncidentsAlgorithm",
    ("week", QT_TRANSLATE_NOOP("AnonymiseIncidentsAlgorithm", "Week (Monday of the ISO week)")),
    ("month", QT_TRANSLATE_NOOP("AnonymiseIncidentsAlgorithm", "Month (first day)")))
# Each key: whether the counts are per area and period (core.anonymise's per_period).
ANONYMISE_COUNTS_PER = Choices(
    "AnonymiseIncidentsAlgorithm",
    (False, QT_TRANSLATE_NOOP("AnonymiseIncidentsAlgorithm", "Area (whole period)")),
    (True, QT_TRANSLATE_NOOP("AnonymiseIncidentsAlgorithm", "Area and week or month")))
# Kept free-text fields with personal data (processing/free_text.py)
ANONYMISE_FREE_TEXT = Choices(
    "FreeText",
    ("refuse", QT_TRANSLATE_NOOP("FreeText", "Refuse the layer when a kept free-text field "
                                             "holds personal data")),
    ("redact", QT_TRANSLATE_NOOP("FreeText", "Redact names, addresses and numbers in "
                                             "free-text fields (tags)")),
    ("drop", QT_TRANSLATE_NOOP("FreeText", "Drop free-text fields")))

# --------------------------------------------------------------------------- privacy_register

# The register entry's language (a key of core.privacy_register.TEXT); each language is named
# in itself, so the labels are not translated.
REGISTER_LANGUAGES = Choices(
    "PrivacyRegisterAlgorithm",
    ("nl", "Nederlands"), ("en", "English"), translated=False)

# --------------------------------------------------------------------------- evaluate_forecast

# "density": core.forecast_eval ranks by score per unit area (rank_by_density)
FORECAST_RANKINGS = Choices(
    "EvaluateForecastAlgorithm",
    ("score", QT_TRANSLATE_NOOP("EvaluateForecastAlgorithm", "Score as given")),
    ("density", QT_TRANSLATE_NOOP("EvaluateForecastAlgorithm",
                                  "Score per km² (counts on areas of unequal size)")))

# --------------------------------------------------------------------------- experiments

# evaluate_intervention's PERIOD: the step of its counts (core.experiments' STEPS)
EXPERIMENT_PERIODS = Choices(
    "EvaluateInterventionAlgorithm",
    ("week", QT_TRANSLATE_NOOP("EvaluateInterventionAlgorithm", "Week")),
    ("month", QT_TRANSLATE_NOOP("EvaluateInterventionAlgorithm", "Month")))
# evaluate_intervention's and experiment_power's control group (processing/experiment_inputs.py)
EXPERIMENT_CONTROLS = Choices(
    "ExperimentInputs",
    ("chosen", QT_TRANSLATE_NOOP("ExperimentInputs", "Areas chosen by id (below)")),
    ("matched", QT_TRANSLATE_NOOP("ExperimentInputs",
                                  "Matched automatically from the area layer")),
    ("rest", QT_TRANSLATE_NOOP("ExperimentInputs", "The rest of the municipality")))

# --------------------------------------------------------------------------- area_monitor_index

# None: the user's own indicator specification; else a key of core.area_monitor.READY_SPECS.
MONITOR_READY_SPECS = Choices(
    "AreaMonitorIndexAlgorithm",
    (None, QT_TRANSLATE_NOOP("AreaMonitorIndexAlgorithm",
                             "None: use the indicator specification")),
    ("cbs", QT_TRANSLATE_NOOP("AreaMonitorIndexAlgorithm",
                              "CBS: income, low income, benefits, density")),
    ("cbs_crime_lbm", QT_TRANSLATE_NOOP("AreaMonitorIndexAlgorithm",
                                        "CBS with registered crime and Leefbaarometer")))
MONITOR_METHODS = Choices(
    "AreaMonitorIndexAlgorithm",
    ("zscore", QT_TRANSLATE_NOOP("AreaMonitorIndexAlgorithm", "Mean of z-scores")),
    ("percentile", QT_TRANSLATE_NOOP("AreaMonitorIndexAlgorithm", "Mean of percentile ranks")))
MONITOR_MISSING = Choices(
    "AreaMonitorIndexAlgorithm",
    ("skip", QT_TRANSLATE_NOOP("AreaMonitorIndexAlgorithm", "Skip and re-weight")),
    ("refuse", QT_TRANSLATE_NOOP("AreaMonitorIndexAlgorithm", "Refuse (stop with an error)")))

# --------------------------------------------------------------------------- area_monitor_overlay

# Each key: whether higher values of the vulnerability field mean a stronger area.
OVERLAY_DIRECTIONS = Choices(
    "AreaMonitorOverlayAlgorithm",
    (True, QT_TRANSLATE_NOOP("AreaMonitorOverlayAlgorithm",
                             "Higher values are stronger (an index score)")),
    (False, QT_TRANSLATE_NOOP("AreaMonitorOverlayAlgorithm",
                              "Higher values are more vulnerable")))
OVERLAY_MEASURES = Choices(
    "AreaMonitorOverlayAlgorithm",
    ("auto", QT_TRANSLATE_NOOP("AreaMonitorOverlayAlgorithm",
                               "Automatic (smoothed rate with incidents, else zonal mean)")),
    ("rate", QT_TRANSLATE_NOOP("AreaMonitorOverlayAlgorithm",
                               "Rate per 1,000 inhabitants, empirical-Bayes smoothed")),
    ("mean", QT_TRANSLATE_NOOP("AreaMonitorOverlayAlgorithm", "Zonal mean of the raster")),
    ("max", QT_TRANSLATE_NOOP("AreaMonitorOverlayAlgorithm", "Zonal maximum of the raster")),
    ("hotspot", QT_TRANSLATE_NOOP("AreaMonitorOverlayAlgorithm", "Share of hotspot cells")))

# --------------------------------------------------------------------------- patrol_focus_map

# The printed map's paper (processing/layout_builder.py's TEMPLATES); the Briefing step's
# combo shows the same labels, so they are translated under its context.
PAPER_SIZES = Choices(
    "BriefingStep",
    ("A4", QT_TRANSLATE_NOOP("BriefingStep", "A4 landscape")),
    ("A3", QT_TRANSLATE_NOOP("BriefingStep", "A3 landscape")))

# --------------------------------------------------------------------------- open data

CBS_LEVELS = Choices(
    "LoadCbsNeighbourhoodsAlgorithm",
    ("gemeente", QT_TRANSLATE_NOOP("LoadCbsNeighbourhoodsAlgorithm", "Gemeente (municipality)")),
    ("wijk", QT_TRANSLATE_NOOP("LoadCbsNeighbourhoodsAlgorithm", "Wijken (districts)")),
    ("buurt", QT_TRANSLATE_NOOP("LoadCbsNeighbourhoodsAlgorithm", "Buurten (neighbourhoods)")))
CRIME_TABLE_LAYOUTS = Choices(
    "JoinCrimeStatisticsAlgorithm",
    ("wide", QT_TRANSLATE_NOOP("JoinCrimeStatisticsAlgorithm",
                               "Wide: a field per type and period")),
    ("long", QT_TRANSLATE_NOOP("JoinCrimeStatisticsAlgorithm",
                               "Long: a feature per area and period")))
