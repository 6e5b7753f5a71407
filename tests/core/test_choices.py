"""core/choices.py: each choice list is the one source of an enum parameter's options, so
its keys are exactly what core's functions accept and its labels are the ones translated."""

import os
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from wijkradar.core import choices, kde

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ALL_LISTS = {name: value for name, value in vars(choices).items()
             if isinstance(value, choices.Choices)}


def test_every_list_has_distinct_keys_and_labels():
    assert ALL_LISTS
    for name, options in ALL_LISTS.items():
        assert len(set(options.values)) == len(options), name
        assert len(set(options.labels())) == len(options), name
        assert [options.index(value) for value in options.values] == list(range(len(options)))


def translated_sources():
    """{(context, source)} of the Dutch catalogue."""
    root = ET.parse(os.path.join(REPO, "i18n", "wijkradar_nl.ts")).getroot()
    return {(context.findtext("name"), message.findtext("source"))
            for context in root.iter("context") for message in context.iter("message")}


def test_every_label_has_its_dutch_translation_under_the_lists_context():
    """The labels were the algorithms' self.tr() strings: under the same context, the Dutch
    translations made for them are still found."""
    known = translated_sources()
    missing = [(options.context, label) for options in ALL_LISTS.values() if options.translated
               for label in options.labels() if (options.context, label) not in known]
    assert missing == []


def test_labels_go_through_the_translator_under_the_lists_context():
    seen = []
    labels = choices.KERNELS.labels(lambda context, text: seen.append(context) or text.upper())
    assert labels[0] == "QUARTIC" and set(seen) == {"KdeHotspotsAlgorithm"}


def test_untranslated_lists_read_the_same_in_every_language():
    """Language names are written in their own language, percentages alike everywhere."""
    untranslated = {name for name, options in ALL_LISTS.items() if not options.translated}
    assert untranslated == {"EMERGING_SIGNIFICANCE", "REGISTER_LANGUAGES"}
    for name in untranslated:
        assert ALL_LISTS[name].labels(lambda context, text: "vertaald") == \
            [option.label for option in ALL_LISTS[name].options]


def test_core_kde_takes_exactly_the_kernels_outputs_and_hotspot_methods():
    assert choices.KERNELS.values == kde.KERNELS
    assert choices.DENSITY_OUTPUTS.values == kde.OUTPUTS
    assert choices.HOTSPOT_METHODS.values == kde.HOTSPOT_METHODS
    for kernel in choices.KERNELS.values:
        for output in choices.DENSITY_OUTPUTS.values:
            assert kde.kernel_values(np.array([0.0]), 10.0, kernel, output)[0] > 0
    surface = np.arange(100.0).reshape(10, 10)
    for method in choices.HOTSPOT_METHODS.values:
        assert kde.hotspot_mask(surface, method=method).any(), method
    with pytest.raises(ValueError, match="Unknown kernel"):
        kde.kernel_raw(np.array([0.0]), 10.0, "cosine")


def test_core_risk_takes_exactly_the_periods_and_models():
    from wijkradar.core import risk

    assert choices.RISK_PERIODS.values == risk.PERIODS
    assert choices.RISK_MODELS.values == risk.MODELS
    for period in choices.RISK_PERIODS.values:
        number = risk.period_numbers(np.datetime64("2024-05-17"), period)
        assert risk.period_start(number, period) <= np.datetime64("2024-05-17")
    # every model but 'auto' is one core can fit
    assert set(choices.RISK_MODELS.values) == {"auto", *risk.MODEL_CLASSES}


def test_core_emerging_takes_every_time_step():
    from wijkradar.core import emerging

    assert choices.EMERGING_TIME_STEPS.values == ("auto",) + emerging.STEPS
    last = np.datetime64("2024-06-30")
    for step in emerging.STEPS:
        bounds = emerging.step_boundaries(last, step, 3)
        assert len(bounds) == 4 and bounds[0] < bounds[-1], step


def test_core_emerging_takes_every_significance_level_as_its_confidence():
    from wijkradar.core import emerging

    assert choices.EMERGING_SIGNIFICANCE.values == emerging.LEVELS
    assert choices.EMERGING_SIGNIFICANCE.labels() == [
        f"{100 * (1 - alpha):.0f}%" for alpha in emerging.LEVELS]
    assert [emerging.level_of(alpha) for alpha in choices.EMERGING_SIGNIFICANCE.values] == \
        [1, 2, 3]


def test_core_privacy_register_writes_every_language_in_that_language():
    from wijkradar.core import privacy_register

    assert set(choices.REGISTER_LANGUAGES.values) == set(privacy_register.TEXT)
    register = privacy_register.summarise([], 0)
    for language in choices.REGISTER_LANGUAGES.values:
        page = privacy_register.html(register, language)
        assert f"lang='{language}'" in page
        assert privacy_register.TEXT[language]["title"] in page, language


def test_core_experiments_take_every_control():
    from wijkradar.core import experiments

    assert choices.EXPERIMENT_CONTROLS.values == experiments.CONTROL_MODES
    assert choices.EXPERIMENT_PERIODS.values == experiments.STEPS
    for step in choices.EXPERIMENT_PERIODS.values:
        for control in choices.EXPERIMENT_CONTROLS.values:
            experiments.Settings(np.datetime64("2024-03-04"), np.datetime64("2024-04-28"),
                                 step=step, control_mode=control).checked()


def test_core_area_monitor_takes_every_method_policy_and_ready_specification():
    from wijkradar.core import area_monitor

    assert choices.MONITOR_METHODS.values == area_monitor.METHODS
    assert choices.MONITOR_MISSING.values == area_monitor.MISSING_POLICIES
    ready = [key for key in choices.MONITOR_READY_SPECS.values if key is not None]
    assert choices.MONITOR_READY_SPECS.value(0) is None  # the user's own specification
    assert set(ready) == set(area_monitor.READY_SPECS)


def test_core_cbs_reads_every_level():
    from wijkradar.core import cbs

    assert choices.CBS_LEVELS.values == cbs.LEVELS
    assert set(choices.CBS_LEVELS.values) == set(cbs.LAYER_NAMES)


def test_core_near_repeat_takes_every_metric():
    from wijkradar.core import near_repeat

    assert choices.NEAR_REPEAT_METRICS.values == near_repeat.METRICS
    # two incidents 60 m east and 80 m north of each other, a day apart: 100 m in a straight
    # line (band 1-100 m), 140 m along a street grid (band 101-200 m)
    x, y = np.array([0.0, 60.0, 5000.0]), np.array([0.0, 80.0, 5000.0])
    bands = {metric: near_repeat.knox_test(x, y, np.array([0, 1, 30]), permutations=1,
                                           metric=metric).observed[:, 0].nonzero()[0].tolist()
             for metric in choices.NEAR_REPEAT_METRICS.values}
    assert bands == {"euclidean": [1], "manhattan": [2]}


def test_core_hotspot_statistics_take_every_input_neighbours_transform_statistic_correction():
    from wijkradar.core import hotspot_stats, spatial_weights

    assert choices.HOTSPOT_STATS_CORRECTIONS.values == hotspot_stats.CORRECTIONS
    assert choices.HOTSPOT_STATS_NEIGHBOURS.values == spatial_weights.KINDS
    assert set(choices.HOTSPOT_STATS_TRANSFORMS.values) <= set(spatial_weights.TRANSFORMS)
    assert {statistic for key in choices.HOTSPOT_STATS_STATISTICS.values
            for statistic in key} == set(hotspot_stats.STATISTICS)


def test_core_anonymise_takes_every_precision():
    from wijkradar.core import anonymise

    assert choices.ANONYMISE_PRECISIONS.values == anonymise.PRECISIONS
    friday = np.array(["2024-05-17"], dtype="datetime64[D]")
    assert [str(anonymise.coarsen_dates(friday, precision).start[0])
            for precision in choices.ANONYMISE_PRECISIONS.values] == ["2024-05-13", "2024-05-01"]
    assert choices.ANONYMISE_COUNTS_PER.values == (False, True)  # per_period, as core takes it


def test_core_forecast_eval_ranks_by_each_ranking():
    from wijkradar.core import forecast_eval

    # a small area with a lower score but a higher score per km², where the incidents fell
    score, hits, area = np.array([10.0, 4.0]), np.array([0.0, 3.0]), np.array([10.0, 1.0])
    first_area_hits = [forecast_eval.forecast_curve(score, hits, area,
                                                    rank_by_density=ranking == "density")
                       .hit_share[1] for ranking in choices.FORECAST_RANKINGS.values]
    assert choices.FORECAST_RANKINGS.values == ("score", "density")
    assert first_area_hits == [0.0, 1.0]
