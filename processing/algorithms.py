"""The list of Wijkradar algorithms the provider registers.

Each algorithm lives in its own module. An algorithm whose optional dependency is missing
still registers (so models that use it still open) and explains how to install it when run.
"""


def algorithm_classes():
    from .anonymise_incidents import AnonymiseIncidentsAlgorithm
    from .area_monitor_index import AreaMonitorIndexAlgorithm
    from .area_monitor_overlay import AreaMonitorOverlayAlgorithm
    from .check_disclosure import CheckDisclosureAlgorithm
    from .emerging_hotspots import EmergingHotspotsAlgorithm
    from .evaluate_forecast import EvaluateForecastAlgorithm
    from .evaluate_intervention import EvaluateInterventionAlgorithm
    from .experiment_power import ExperimentPowerAlgorithm
    from .join_crime_statistics import JoinCrimeStatisticsAlgorithm
    from .join_leefbaarometer import JoinLeefbaarometerAlgorithm
    from .kde_hotspots import KdeHotspotsAlgorithm
    from .load_cbs_neighbourhoods import LoadCbsNeighbourhoodsAlgorithm
    from .local_hotspot_statistics import LocalHotspotStatisticsAlgorithm
    from .near_repeat import NearRepeatAlgorithm
    from .patrol_focus_map import PatrolFocusMapAlgorithm
    from .postcode_risk import PostcodeRiskAlgorithm
    from .privacy_register import PrivacyRegisterAlgorithm
    from .privacy_scan import PrivacyScanAlgorithm

    return [AreaMonitorIndexAlgorithm, AreaMonitorOverlayAlgorithm, KdeHotspotsAlgorithm,
            PatrolFocusMapAlgorithm, PostcodeRiskAlgorithm, EvaluateForecastAlgorithm,
            PrivacyScanAlgorithm, AnonymiseIncidentsAlgorithm, NearRepeatAlgorithm,
            LocalHotspotStatisticsAlgorithm,
            EvaluateInterventionAlgorithm, ExperimentPowerAlgorithm,
            EmergingHotspotsAlgorithm, LoadCbsNeighbourhoodsAlgorithm,
            JoinCrimeStatisticsAlgorithm, JoinLeefbaarometerAlgorithm,
            CheckDisclosureAlgorithm, PrivacyRegisterAlgorithm]
