"""Self-contained HTML reports for risk forecasts and their evaluation (inline SVG charts).

No plotting library: the charts are a few lines of SVG, so a report is one file that any
browser (and QGIS's results viewer) opens, with nothing to download.
"""

from __future__ import annotations

import html
import json
from typing import Iterable, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from .baselines import family
from .i18n import QT_TRANSLATE_NOOP, language, translate, translator

COLOURS = {"glm": "#1b9e77", "boost": "#d95f02", "blend": "#a6761d", "previous": "#7570b3",
           "window": "#e7298a",
           "history": "#66a61e", "kde": "#e6ab02", "best": "#666666", "score": "#d95f02",
           "compare": "#1b9e77"}
LEGEND = {"glm": QT_TRANSLATE_NOOP("RiskReport", "Poisson GLM"),
          "boost": QT_TRANSLATE_NOOP("RiskReport", "Gradient boosting"),
          "previous": QT_TRANSLATE_NOOP("RiskReport", "Last period's counts"),
          "window": QT_TRANSLATE_NOOP("RiskReport", "Counts of the longest window"),
          "history": QT_TRANSLATE_NOOP("RiskReport", "Counts of the whole history"),
          "kde": QT_TRANSLATE_NOOP("RiskReport", "Kernel density"),
          "best": QT_TRANSLATE_NOOP("RiskReport", "Best possible")}
DASHES = {"best": "4 3", "previous": "2 2", "window": "6 3", "history": "8 2 2 2",
          "kde": "1 3"}
# Windows of one period kind differ in length modulo 4 (3 and 12 months, 4 and 13 weeks).
WINDOW_COLOURS = ("#e7298a", "#980043", "#df65b0", "#ce1256")
STYLE = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:980px;
margin:1.5em auto;padding:0 1em;color:#222;line-height:1.45}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;margin-top:1.6em;
border-bottom:1px solid #ddd;padding-bottom:.2em}h3{font-size:1.05em}
table{border-collapse:collapse;margin:.6em 0;font-size:.92em}
th,td{border:1px solid #ccc;padding:.25em .55em;text-align:right}
th:first-child,td:first-child{text-align:left}th{background:#f3f3f3}
.lead{color:#555}.note{background:#fff8e1;border-left:4px solid #f0b400;padding:.5em .8em}
.card{background:#f6f8fa;border:1px solid #ddd;padding:.6em 1em}
.chosen{font-weight:bold}figure{margin:1em 0}figcaption{font-size:.9em;color:#555}
svg text{font-family:inherit}code{background:#f3f3f3;padding:0 .2em}
"""


_tr = translator("RiskReport")


def esc(text) -> str:
    return html.escape(str(text))


def number(value, digits: int = 2) -> str:
    if value is None or (isinstance(value, float) and not np.isfinite(value)):
        return "–"
    return f"{value:,.{digits}f}"


def percent(value, digits: int = 1) -> str:
    if value is None or not np.isfinite(value):
        return "–"
    return f"{100.0 * value:.{digits}f}%"


# --------------------------------------------------------------------------- SVG


def line_chart(series: Sequence[Tuple[str, Sequence[float], Sequence[float], str, str]],
               x_label: str, y_label: str, x_max: float = 1.0, y_max: Optional[float] = None,
               x_percent: bool = True, y_percent: bool = True, width: int = 640,
               height: int = 360, diagonal: bool = False, markers: bool = False) -> str:
    """An SVG line chart; series are (label, xs, ys, colour, dash pattern)."""
    left, right, top, bottom = 62, 230, 14, 46
    plot_w, plot_h = width - left - right, height - top - bottom
    finite = [np.asarray(ys, float)[np.asarray(xs, float) <= x_max] for _, xs, ys, _, _ in series]
    finite = [v[np.isfinite(v)] for v in finite]
    top_value = max([float(v.max()) for v in finite if v.size] + [1e-9])
    y_max = y_max or _nice_ceiling(top_value)

    def px(x):
        return left + plot_w * min(max(x / x_max, 0.0), 1.0)

    def py(y):
        return top + plot_h * (1.0 - min(max(y / y_max, 0.0), 1.0))

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img">',
             f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="#fff" '
             'stroke="#999"/>']
    for k in range(6):
        xv, yv = x_max * k / 5, y_max * k / 5
        parts.append(f'<line x1="{px(xv):.1f}" y1="{top}" x2="{px(xv):.1f}" '
                     f'y2="{top + plot_h}" stroke="#eee"/>')
        parts.append(f'<line x1="{left}" y1="{py(yv):.1f}" x2="{left + plot_w}" '
                     f'y2="{py(yv):.1f}" stroke="#eee"/>')
        parts.append(f'<text x="{px(xv):.1f}" y="{top + plot_h + 16}" font-size="11" '
                     f'text-anchor="middle">{_tick(xv, x_percent)}</text>')
        parts.append(f'<text x="{left - 6}" y="{py(yv) + 4:.1f}" font-size="11" '
                     f'text-anchor="end">{_tick(yv, y_percent)}</text>')
    parts.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 8}" font-size="12" '
                 f'text-anchor="middle">{esc(x_label)}</text>')
    parts.append(f'<text x="14" y="{top + plot_h / 2:.1f}" font-size="12" text-anchor="middle" '
                 f'transform="rotate(-90 14 {top + plot_h / 2:.1f})">{esc(y_label)}</text>')
    if diagonal:
        end = min(x_max, y_max)
        parts.append(f'<line x1="{px(0):.1f}" y1="{py(0):.1f}" x2="{px(end):.1f}" '
                     f'y2="{py(end):.1f}" stroke="#aaa" stroke-dasharray="3 3"/>')
    for index, (label, xs, ys, colour, dash) in enumerate(series):
        xs, ys = np.asarray(xs, float), np.asarray(ys, float)
        keep = (xs <= x_max + 1e-12) & np.isfinite(ys)
        points = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in zip(xs[keep], ys[keep]))
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        if markers:
            parts += [f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3.5" fill="{colour}"/>'
                      for x, y in zip(xs[keep], ys[keep])]
        else:
            parts.append(f'<polyline points="{points}" fill="none" stroke="{colour}" '
                         f'stroke-width="2"{dash_attr}/>')
        ly = top + 14 + 18 * index
        parts.append(f'<line x1="{left + plot_w + 10}" y1="{ly - 4}" x2="{left + plot_w + 34}" '
                     f'y2="{ly - 4}" stroke="{colour}" stroke-width="2"{dash_attr}/>')
        parts.append(f'<text x="{left + plot_w + 38}" y="{ly}" font-size="11">'
                     f'{esc(_short(label, 34))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(labels: Sequence[str], values: Sequence[float], colour: str = "#1b9e77",
              width: int = 640, reference: Optional[float] = None, value_format=None) -> str:
    """Horizontal bars (one per label); ``reference`` draws a vertical line (e.g. 1)."""
    values = np.asarray(values, dtype=float)
    row, left, right = 20, 390, 70
    height = row * len(labels) + 24
    low = min(0.0, float(np.nanmin(values)) if values.size else 0.0,
              reference if reference is not None else 0.0)
    high = max(float(np.nanmax(values)) if values.size else 1.0, reference or 0.0, 1e-9)
    span = high - low or 1.0
    plot_w = width - left - right
    value_format = value_format or (lambda v: f"{v:.3g}")

    def px(v):
        return left + plot_w * (v - low) / span

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img">']
    base = px(reference if reference is not None else 0.0)
    for index, (label, value) in enumerate(zip(labels, values)):
        y = 8 + row * index
        x0, x1 = sorted((base, px(value)))
        parts.append(f'<text x="{left - 6}" y="{y + 12}" font-size="11" text-anchor="end">'
                     f'{esc(_short(label, 64))}</text>')
        parts.append(f'<rect x="{x0:.1f}" y="{y + 2}" width="{max(x1 - x0, 0.5):.1f}" '
                     f'height="{row - 6}" fill="{colour}"/>')
        parts.append(f'<text x="{x1 + 4:.1f}" y="{y + 12}" font-size="11">'
                     f'{esc(value_format(value))}</text>')
    parts.append(f'<line x1="{base:.1f}" y1="4" x2="{base:.1f}" y2="{height - 12}" '
                 'stroke="#555"/>')
    parts.append("</svg>")
    return "".join(parts)


def _nice_ceiling(value: float) -> float:
    exponent = np.floor(np.log10(value))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        if step * 10 ** exponent >= value:
            return float(step * 10 ** exponent)
    return float(10 ** (exponent + 1))


def _tick(value: float, as_percent: bool) -> str:
    if as_percent:
        return f"{100 * value:.0f}%" if 100 * value >= 1 or value == 0 else f"{100 * value:.1f}%"
    return f"{value:.3g}"


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def table(frame: pd.DataFrame, formats: Optional[dict] = None,
          highlight: Optional[Iterable[int]] = None) -> str:
    formats = formats or {}
    highlight = set(highlight or ())
    head = "".join(f"<th>{esc(c)}</th>" for c in frame.columns)
    rows = []
    for index, record in enumerate(frame.itertuples(index=False)):
        cells = []
        for column, value in zip(frame.columns, record):
            formatter = formats.get(column)
            cells.append(f"<td>{esc(formatter(value) if formatter else value)}</td>")
        css = ' class="chosen"' if index in highlight else ""
        rows.append(f"<tr{css}>{''.join(cells)}</tr>")
    return f"<table><tr>{head}</tr>{''.join(rows)}</table>"


def page(title: str, body: List[str], provenance: Optional[dict] = None) -> str:
    parts = ["<!DOCTYPE html>", f'<html lang="{language()}"><head><meta charset="utf-8">',
             f"<title>{esc(title)}</title><style>{STYLE}</style></head><body>"]
    parts += body
    if provenance is not None:
        parts.append("<h2>" + translate("RiskReport", "Provenance") + "</h2><details><summary>"
                     + translate("RiskReport", "Inputs, parameters, versions (also in the "
                                 ".provenance.json file beside this report)") + "</summary><pre>"
                     + esc(json.dumps(provenance, indent=2, ensure_ascii=False))
                     + "</pre></details>")
    parts.append("</body></html>")
    return "\n".join(parts)


# --------------------------------------------------------------------------- risk report


MODEL_CARD_PARAGRAPHS = (
    QT_TRANSLATE_NOOP(
        "RiskReport", "<b>Intended use.</b> Ranking areas for attention in the coming period: "
        "where to look first in briefings, patrols, outreach and problem-oriented work, next "
        "to local knowledge. The expected counts are the model's estimate for the forecast "
        "period; the risk score is the expected count as a share of the highest one, the "
        "classes follow the ranking (top 5%, 90-95%, 75-90%, 50-75%, the lower half)."),
    QT_TRANSLATE_NOOP(
        "RiskReport", "<b>Not intended for</b> decisions about individuals, households or "
        "addresses; as the only ground for stop-and-search, checks or sanctions; or for areas "
        "and periods unlike the training data (other municipalities, other incident types, "
        "after major changes in recording)."),
    QT_TRANSLATE_NOOP(
        "RiskReport", "<b>How it was tested.</b> Rolling-origin validation in time: for each "
        "validation period the models were trained only on earlier periods whose outcome was "
        "already known, and scored against what happened next. Baselines on the same periods: "
        "last period's counts, counts of the longest window and of the whole history, and a "
        "kernel density surface of past incidents."),
    QT_TRANSLATE_NOOP(
        "RiskReport", "<b>Limits.</b> Predictions reflect where incidents were <b>recorded</b>, "
        "which depends on reporting by residents, on where police, enforcers and inspectors "
        "looked, and on registration practice, not only on where incidents happened. Areas "
        "that received more attention may therefore score higher, and a model trained on them "
        "can reinforce that (a feedback loop): compare with other sources and review the "
        "drivers. Small areas with few incidents have uncertain forecasts. Covariates and "
        "context layers are taken as they are now for every period (not as they were then), "
        "which flatters the validation of a model that leans on them if they changed. Drivers "
        "describe associations in the data, not causes."),
    QT_TRANSLATE_NOOP(
        "RiskReport", "<b>Privacy.</b> Inputs are aggregated incidents (postcode level); counts "
        "below the suppression threshold are blanked in the shared layer."),
)


def model_card() -> str:
    """The model card in the user's language: intended use, limits, privacy."""
    paragraphs = "".join(f"<p>{_tr(text)}</p>\n" for text in MODEL_CARD_PARAGRAPHS)
    return f'\n<div class="card">\n{paragraphs}</div>\n'


MODEL_CARD = model_card()  # English


def risk_report(result, panel, info: dict, provenance: Optional[dict] = None) -> str:
    """The HTML report of a :func:`wijkradar.core.risk.forecast_risk` run.

    ``info``: title, area_layer, incident_layer, n_areas, incidents (read), dropped text,
    subject, suppression note, outside (incidents outside every area), k.
    """
    from .risk_summary import bad_period_warnings, comparison_line

    labels = result.method_labels
    chosen = result.model
    title = info.get("title", translate("RiskReport", "Postcode risk forecast"))
    subject = esc(info.get("subject", translate("RiskReport", "incidents")))
    body = [f"<h1>{esc(title)}</h1>",
            "<p class='lead'>" + translate(
                "RiskReport", "Forecast for <b>{}</b> ({}), made with data up to and including "
                "{}; {:,} areas of <i>{}</i>.").format(
                esc(result.target_label), subject, esc(result.origin_label),
                info.get("n_areas", 0), esc(info.get("area_layer", ""))) + "</p>"]
    body.append("<h2>" + translate("RiskReport", "Summary") + "</h2><ul>")
    how = (translate("RiskReport", "chosen by the highest mean Predictive Accuracy Index at "
                     "{}% of the area (the share patrolled) over {} validation periods, the "
                     "Poisson deviance breaking near-ties, among the models, the baselines "
                     "and a blend of the best of each").format(
        esc(result.coverage_key), len(result.folds))
           if result.chosen_by == "validation" else translate("RiskReport",
                                                              "as set by the user"))
    body.append("<li>" + translate("RiskReport", "Forecast: <b>{}</b>, {}.").format(
        esc(labels[chosen]), how) + "</li>")
    line = comparison_line(result)
    if line:
        body.append(f"<li><b>{esc(line)}</b></li>")
    if result.blend_weight is not None and chosen == "blend":
        body.append("<li>" + translate(
            "RiskReport", "The blend's weights were chosen on validation periods only: for "
            "each validation period on the other periods, for the forecast on all of them; "
            "never on the period scored.") + "</li>")
    if chosen != result.driver_model:
        body.append("<li>" + translate(
            "RiskReport", "The drivers per area come from {}, the best model in "
            "validation.").format(esc(labels[result.driver_model])) + "</li>")
    for warning in bad_period_warnings(result):
        body.append(f"<li class='note'>{esc(warning)}</li>")
    body.append("<li>" + translate("RiskReport", "Expected {} in {}: {} in all areas "
                                   "together.").format(
        subject, esc(result.target_label), number(float(result.expected.sum()), 0))
        + "</li></ul>")
    body.append(_data_section(result, panel, info))
    body.append(_validation_section(result, labels))
    body.append(_calibration_section(result, labels))
    body.append(_driver_section(result, labels))
    body.append("<h2>" + translate("RiskReport", "Model card") + "</h2>" + model_card())
    return page(title, body, provenance)


def _data_section(result, panel, info) -> str:
    first, last = panel.label(0), panel.label(panel.n_periods - 1)
    period = translate("Risk", panel.period)  # 'week', 'month' ... (core/risk.py NOUNS)
    used = int(panel.counts.sum())
    rows = ["<li>" + translate("RiskReport", "Data period: {} to {} ({} periods of a {}; {} to "
                               "{})").format(
                esc(first), esc(last), panel.n_periods, esc(period), panel.start_date(0),
                panel.end_date(panel.n_periods - 1)) + "</li>",
            "<li>" + translate("RiskReport", "Incidents used: {:,} of {:,} read; left out: "
                               "{}.").format(
                used, info.get("incidents", used),
                esc(info.get("dropped", translate("RiskReport", "none")))) + "</li>",
            "<li>" + translate("RiskReport", "Features ({}): {}.").format(
                len(result.features), esc("; ".join(f.label for f in result.features)))
            + "</li>",
            "<li>" + translate("RiskReport", "Training rows in the final fit: {:,}.").format(
                result.training_rows) + "</li>"]
    if result.kde_radius:
        rows.append("<li>" + translate(
            "RiskReport", "Kernel density baseline: quartic kernel, radius {:,.0f} {}, read at "
            "each area's inner point.").format(
            result.kde_radius, esc(info.get("units", translate("RiskReport", "map units"))))
            + "</li>")
    notes = list(result.notes) + ([info["suppression"]] if info.get("suppression") else [])
    text = "<h2>" + translate("RiskReport", "Data") + "</h2><ul>" + "".join(rows) + "</ul>"
    if info.get("outside"):
        notes.insert(0, translate("RiskReport", "{:,} incidents lie outside every area and "
                                  "were not counted.").format(info["outside"]))
    if notes:
        text += "<div class='note'>" + "<br>".join(esc(n) for n in notes) + "</div>"
    return text


def _axis_labels():
    return (translate("RiskReport", "Share of the area covered"),
            translate("RiskReport", "Share of incidents (hit rate)"),
            translate("RiskReport", "PAI (hit rate / area share)"))


def _legend(method: str) -> str:
    return _tr(LEGEND[method]) if method in LEGEND else method


def _style(method: str):
    """(colour, dash pattern) of a method's line: one colour per kind of method, windows
    told apart by colour."""
    kind = family(method)
    if kind == "window":
        return WINDOW_COLOURS[int(method.split("_", 1)[1]) % 4], DASHES["window"]
    return COLOURS.get(kind, "#333333"), DASHES.get(kind, "")


def _validation_section(result, labels) -> str:
    periods = ", ".join(f"{row.target}" for row in result.validation.drop_duplicates('fold')
                        .itertuples())
    parts = ["<h2>" + translate("RiskReport", "Track record (rolling-origin validation)")
             + "</h2>",
             "<p>" + esc(translate("RiskReport", "Validation periods: {}. Areas are taken in "
                                   "order of expected incidents per km² (the kernel density "
                                   "baseline: density at the area), as a patrol covering a "
                                   "share of the area would; ties are covered together.")
                         .format(periods)) + "</p>"]
    if not result.curves.empty:
        parts += _validation_charts(result)
    parts.append(_validation_table(result, labels))
    parts.append(_pai_per_period(result, labels))
    return "".join(parts)


def _validation_charts(result) -> list:
    """The hit rate and PAI of every method by share of the area covered: two figures."""
    curves = result.curves
    covered, hit_rate, pai = _axis_labels()
    series_hit, series_pai = [], []
    for method in curves["method"].unique():
        part = curves[curves["method"] == method]
        xs, ys = part["coverage"].to_numpy(), part["hit_rate"].to_numpy()
        colour, dash = _style(method)
        name = result.short_labels.get(method) or _legend(method)
        series_hit.append((name, xs, ys, colour, dash))
        with np.errstate(divide="ignore", invalid="ignore"):
            series_pai.append((name, xs[xs >= 0.01],
                               ys[xs >= 0.01] / xs[xs >= 0.01], colour, dash))
    best = curves[curves["method"] == curves["method"].iloc[0]]
    series_hit.append((_legend("best"), best["coverage"], best["best_hit_rate"],
                       COLOURS["best"], DASHES["best"]))
    return [
        "<figure>" + line_chart(series_hit, covered, hit_rate, x_max=0.5, y_max=1.0)
        + "<figcaption>" + translate(
            "RiskReport", "Hit rate: the share of the validation periods' "
            "incidents in the top-ranked areas, by share of the area covered (mean "
            "over the validation periods).") + "</figcaption></figure>",
        "<figure>" + line_chart(series_pai, covered, pai, x_max=0.5, y_percent=False)
        + "<figcaption>" + translate(
            "RiskReport", "Predictive Accuracy Index (Chainey, Tompson & Uhlig "
            "2008): how many times more incidents the covered areas hold than "
            "their share of the area.")
        + "</figcaption></figure>"]


def _validation_table(result, labels) -> str:
    """Each method's hit rate, PAI, PEI and deviance, mean over the validation periods; the
    chosen model highlighted."""
    summary = result.summary
    columns = {"method": translate("RiskReport", "Method")}
    for level in (1, 5, 10, 20):
        columns[f"hit_rate_{level}"] = translate("RiskReport", "Hit rate {}%").format(level)
        columns[f"pai_{level}"] = translate("RiskReport", "PAI {}%").format(level)
    for level in (5, 20):
        columns[f"pei_{level}"] = translate("RiskReport", "PEI {}%").format(level)
    columns["deviance"] = translate("RiskReport", "Poisson deviance")
    present = [c for c in columns if c in summary.columns]
    shown = summary[present].rename(columns=columns)
    shown[columns["method"]] = [labels.get(m, m) for m in summary["method"]]
    formats = {columns[c]: (percent if c.startswith("hit_rate") else number)
               for c in present if c != "method"}
    formats[columns["deviance"]] = lambda v: number(v, 4)
    chosen = [i for i, m in enumerate(summary["method"]) if m == result.model]
    return ("<h3>" + translate("RiskReport", "Mean over the validation periods") + "</h3>"
            + table(shown, formats, highlight=chosen)
            + "<p>" + translate(
                "RiskReport", "PEI (Predictive Efficiency Index): the hit rate as a share of "
                "the best possible with the same area. Poisson deviance: lower is better "
                "(models only).")
            + "</p>")


def _pai_per_period(result, labels) -> str:
    """The PAI at 5% of every method in each validation period ('' without them)."""
    per_fold = result.validation.pivot_table(index="target", columns="method", values="pai_5",
                                             sort=False) if "pai_5" in result.validation else None
    if per_fold is None or per_fold.empty:
        return ""
    per_fold = per_fold.reset_index()
    per_fold.columns = ([translate("RiskReport", "Validation period")]
                        + [labels.get(c, c) for c in per_fold.columns[1:]])
    return ("<h3>" + translate("RiskReport", "PAI at 5% per validation period")
            + "</h3>" + table(per_fold, {c: number for c in per_fold.columns[1:]}))


def _calibration_section(result, labels) -> str:
    calibration = result.calibration
    parts = ["<h2>" + translate("RiskReport", "Calibration") + "</h2>",
             "<p>" + translate(
                 "RiskReport", "{} on the validation periods: areas grouped in ten equal groups "
                 "(deciles) by their expected count; mean expected against mean observed count "
                 "per group (on the diagonal = well calibrated).").format(
                 esc(labels[result.model])) + "</p>"]
    if result.low is not None and np.isfinite(result.interval_coverage):
        parts.append("<p>" + translate(
            "RiskReport", "Uncertainty: the layer's fields expected_low and expected_high hold "
            "an 80% interval of each area's count (negative binomial with the spread measured "
            "in validation: variance = mean + {} x mean²). In the validation periods {} of the "
            "observed counts fell inside their interval.").format(
            number(result.dispersion, 3), percent(result.interval_coverage)) + "</p>")
    if not calibration.empty:
        top = float(max(calibration["predicted"].max(), calibration["observed"].max()))
        top = _nice_ceiling(top if top > 0 else 1.0)
        parts.append("<figure>" + line_chart(
            [(translate("RiskReport", "Groups of areas"), calibration["predicted"],
              calibration["observed"], _style(result.model)[0], "")],
            translate("RiskReport", "Mean expected count"),
            translate("RiskReport", "Mean observed count"),
            x_max=top, y_max=top, x_percent=False, y_percent=False, diagonal=True,
            markers=True, width=560, height=360) + "</figure>")
        expected = translate("RiskReport", "Mean expected")
        observed = translate("RiskReport", "Mean observed")
        shown = calibration.rename(columns={
            "group": translate("RiskReport", "Group"), "predicted": expected,
            "observed": observed, "areas": translate("RiskReport", "Area-periods")})
        parts.append(table(shown, {expected: lambda v: number(v, 3),
                                   observed: lambda v: number(v, 3)}))
    validation = result.validation
    models = validation[validation["method"] == result.model]
    if "predicted_total" in models:
        expected = translate("RiskReport", "Expected in all areas")
        observed = translate("RiskReport", "Observed in all areas")
        totals = models[["target", "predicted_total", "incidents"]].rename(columns={
            "target": translate("RiskReport", "Validation period"),
            "predicted_total": expected, "incidents": observed})
        parts.append("<h3>" + translate("RiskReport", "Totals per validation period") + "</h3>"
                     + table(totals, {expected: lambda v: number(v, 1),
                                      observed: lambda v: number(v, 0)}))
    return "".join(parts)


def _driver_section(result, labels) -> str:
    risks = result.relative_risks
    used = risks[risks["used"]].sort_values("relative_risk", ascending=False)
    beside = (" " + translate("RiskReport", "This GLM is fitted next to the chosen model for "
                              "interpretation.") if result.driver_model != "glm" else "")
    parts = ["<h2>" + translate("RiskReport", "Drivers") + "</h2>",
             "<h3>" + translate("RiskReport", "Relative risk per factor (Poisson GLM)") + "</h3>",
             "<p>" + translate(
                 "RiskReport", "exp(coefficient): the factor by which the expected count "
                 "changes for one standard deviation more of a feature, the others unchanged "
                 "(as Risk Terrain Modeling reports relative risks). Count features are on a "
                 "log scale.") + beside + "</p>"]
    if not used.empty:
        parts.append(bar_chart(list(used["feature"]), list(used["relative_risk"]),
                               COLOURS["glm"], reference=1.0,
                               value_format=lambda v: f"x{v:.2f}"))
    importance = result.importance
    if not importance.empty:
        parts.append("<h3>" + translate("RiskReport", "Importance in the chosen model "
                                        "({})").format(esc(labels[result.driver_model])) + "</h3>"
                     "<p>" + translate(
                         "RiskReport", "Rise in the Poisson deviance of the last validation "
                         "period when one feature is shuffled across the areas (permutation "
                         "importance; 0 = the model does not rely on it).") + "</p>")
        parts.append(bar_chart(list(importance["feature"]), list(importance["importance"]),
                               _style(result.driver_model)[0], reference=0.0,
                               value_format=lambda v: f"{v:.4f}"))
    how = (translate("RiskReport", "for the GLM, exp of the sum of coefficient x "
                     "standardised value over the family's features: how much the family "
                     "raises the area's expected count compared with an area with average "
                     "values.") if result.driver_model == "glm" else
           translate("RiskReport", "for boosting, the ratio of the area's expected count to "
                     "the one it would have with the family's features at their averages, "
                     "the others unchanged (a local comparison; the factors do not multiply "
                     "up exactly)."))
    parts.append("<p>" + translate(
        "RiskReport", "Drivers per area (fields driver_1 to driver_3 of the layer): the "
        "families of factors that raise the area's expected count by at least x1.1, told as "
        "the facts behind them. A family is a kind of reason: high for years (the whole "
        "history), rising or recent (the last periods and the trend), near-repeat (the last "
        "days here and next door), the surroundings (the neighbouring areas and the kernel "
        "densities), the season, incidents of other types, or one covariate or context "
        "layer. Its windows are strongly correlated, so a family's total says more than any "
        "one of them. The factor is {} The first driver is the one that sets the area apart "
        "most among the areas at the top of the list, so what every busy area shares comes "
        "later. Incident counts below the suppression threshold are not written.").format(how)
        + "</p>")
    return "".join(parts)


# --------------------------------------------------------------------------- evaluation


def _standard_levels(curve: pd.DataFrame, k: Optional[int]) -> pd.DataFrame:
    """Hit rate, PAI and PEI at 1, 5, 10 and 20% as text; a suppressed row says so."""
    hidden = translate("RiskReport", "suppressed (fewer than {})").format(k)
    rows = curve[curve["standard"]]
    suppressed = rows["onderdrukt"] if "onderdrukt" in rows else pd.Series(False, rows.index)
    formats = {"hit_rate": percent, "pai": number, "pei": number}
    return pd.DataFrame({
        translate("RiskReport", "Area covered"): [percent(v, 0) for v in rows["coverage"]],
        **{title: [hidden if off else formats[column](value)
                   for value, off in zip(rows[column], suppressed)]
           for title, column in ((translate("RiskReport", "Hit rate"), "hit_rate"),
                                 ("PAI", "pai"), ("PEI", "pei"))}})


def evaluation_report(scores: Sequence[dict], info: dict,
                      provenance: Optional[dict] = None) -> str:
    """The HTML report of evaluate_forecast. Each score: label, curve (DataFrame of
    :func:`wijkradar.core.forecast_eval.curve_table`, suppressed by
    :func:`~wijkradar.core.forecast_eval.shared_table`), n_areas, incidents, outside; ``info``
    has title, lead, rank_note, notes and k (the suppression threshold)."""
    title = info.get("title", translate("RiskReport", "Forecast evaluation"))
    covered, hit_rate_axis, pai_axis = _axis_labels()
    body = [f"<h1>{esc(title)}</h1>",
            f"<p class='lead'>{esc(info.get('lead', ''))}</p>"]
    series = []
    for index, score in enumerate(scores):
        curve = score["curve"]
        colour = COLOURS["score"] if index == 0 else COLOURS["compare"]
        xs = np.concatenate([[0.0], curve["coverage"].to_numpy()])
        series.append((score["label"], xs, np.concatenate([[0.0], curve["hit_rate"]]),
                       colour, ""))
    if scores:
        curve = scores[0]["curve"]
        series.append((_legend("best"), np.concatenate([[0.0], curve["coverage"]]),
                       np.concatenate([[0.0], curve["best_hit_rate"]]), COLOURS["best"],
                       DASHES["best"]))
    body.append("<h2>" + translate("RiskReport", "Hit rate and PAI") + "</h2><figure>"
                + line_chart(series, covered, hit_rate_axis, x_max=1.0, y_max=1.0)
                + "</figure>")
    pai_series = []
    for index, score in enumerate(scores):
        curve = score["curve"]
        colour = COLOURS["score"] if index == 0 else COLOURS["compare"]
        pai_series.append((score["label"], curve["coverage"], curve["pai"], colour, ""))
    body.append("<figure>" + line_chart(pai_series, covered, pai_axis, x_max=0.5,
                                        y_percent=False) + "</figure>")
    for score in scores:
        counted = (translate("RiskReport", "{:,} areas or cells, {:,} incidents in them; {:,} "
                             "incidents outside them were not counted.").format(
            score["n_areas"], score["incidents"], score["outside"]) if score.get("outside")
            else translate("RiskReport", "{:,} areas or cells, {:,} incidents in them.").format(
            score["n_areas"], score["incidents"]))
        body.append(f"<h3>{esc(score['label'])}</h3><p>{counted}</p>")
        body.append(table(_standard_levels(score["curve"], info.get("k"))))
    if any(score["curve"]["onderdrukt"].any() for score in scores
           if "onderdrukt" in score["curve"]):
        body.append("<p>" + translate(
            "RiskReport", "Where fewer than {} incidents fall in the covered areas, hit rate, "
            "PAI and PEI are suppressed, as in the evaluation table: the tables say so, the "
            "charts leave those points out and the result numbers are empty.").format(
                info.get("k")) + "</p>")
    body.append("<h2>" + translate("RiskReport", "Method") + "</h2><p>" + translate(
        "RiskReport", "Areas (or raster cells) are taken in order of their score, highest "
        "first{}. The hit rate at a coverage is the share of the incidents in the covered "
        "areas, PAI = hit rate / area share (Chainey, Tompson & Uhlig 2008) and PEI = hit "
        "rate / the best hit rate possible with the same area (areas by their actual "
        "incidents per area). Coverage ending inside an area takes the matching fraction of "
        "it; areas with equal scores are covered together.").format(
        esc(info.get("rank_note", ""))) + "</p>")
    if info.get("notes"):
        body.append("<div class='note'>" + "<br>".join(esc(n) for n in info["notes"])
                    + "</div>")
    return page(title, body, provenance)
