"""The dock's summary of a risk forecast shows what was used and the one-line comparison
with the best baseline (ui/result_summary.py), as the algorithm returns them."""

from wijkradar.ui.result_summary import summary_html


def test_the_dock_shows_the_forecast_used_and_its_comparison_with_the_best_baseline():
    risk = {"MODEL": "window_12", "CHOSEN": "Baseline: counts of the last 12 months",
            "COMPARISON": "PAI@5% 6.10: the best baseline (counts of the last 12 months) is "
                          "used, as no model ranked the areas better in validation.",
            "FORECAST_PERIOD": "2025-01", "PAI_5": 6.1, "PAI_5_BEST_BASELINE": 6.1,
            "REPORT": "/tmp/risk.html"}
    text = summary_html({"risk": risk})
    assert "Baseline: counts of the last 12 months: PAI@5% 6.10: the best baseline" in text
    assert "forecast for 2025-01." in text and "Open the risk report" in text


def test_results_from_before_the_comparison_still_read_as_before():
    risk = {"MODEL": "glm", "FORECAST_PERIOD": "2024-10", "PAI_5": 8.37,
            "PAI_5_BEST_BASELINE": 8.60, "BEST_BASELINE": "Baseline: last period's counts"}
    text = summary_html({"risk": risk})
    assert "the model (Poisson GLM) scored a PAI of 8.37" in text and "8.60" in text
