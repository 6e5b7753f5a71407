"""The HTML reports of an intervention evaluation and of an experiment's power calculation.

One self-contained page each (inline SVG, no plotting library), as the other Wijkradar
reports: the conclusion in plain words, its caveats, the series chart (treated areas against
what the control areas predict, the intervention window shaded), the estimates, the counts per
group with small counts suppressed, the method and references, and the provenance.
"""

from __future__ import annotations

import math
from typing import Optional, Sequence

import numpy as np
import pandas as pd

from .experiment_power import DAYS_PER_MONTH, PowerPlan
from .experiments import Evaluation
from .i18n import QT_TRANSLATE_NOOP, number, translator
from .risk_report import _nice_ceiling, esc, page

TREATED_COLOUR, CONTROL_COLOUR, WINDOW_COLOUR = "#d7301f", "#2b8cbe", "#fdd49e"

TITLE = QT_TRANSLATE_NOOP("ExperimentReport", "Did the intervention work?")
LEAD = QT_TRANSLATE_NOOP(
    "ExperimentReport", "{subject} in {treated} from {start} to {end}, compared with {pre} "
                        "{nouns} before and with {control}.")
CONTROL_TEXTS = {
    "chosen": QT_TRANSLATE_NOOP("ExperimentReport", "the chosen control areas ({ids})"),
    "matched": QT_TRANSLATE_NOOP("ExperimentReport", "control areas matched on the pre-period "
                                                     "({ids})"),
    "rest": QT_TRANSLATE_NOOP("ExperimentReport", "the rest of the municipality"),
}
CAVEATS_TITLE = QT_TRANSLATE_NOOP("ExperimentReport", "Caveats")
CHART_TITLE = QT_TRANSLATE_NOOP("ExperimentReport", "Incidents per {noun}")
CHART_CAPTION = QT_TRANSLATE_NOOP(
    "ExperimentReport", "Red: the treated areas. Blue, dashed: the control areas' counts scaled "
                        "to the treated areas' pre-period level, what the treated areas would "
                        "have had had they followed the control areas. Shaded: the intervention. "
                        "Counts below {k} are not drawn (privacy).")
TREATED_LABEL = QT_TRANSLATE_NOOP("ExperimentReport", "Treated areas")
EXPECTED_LABEL = QT_TRANSLATE_NOOP("ExperimentReport", "Following the control")
SUPPRESSED_LABEL = QT_TRANSLATE_NOOP("ExperimentReport", "Below {k}: not drawn")
ESTIMATES_TITLE = QT_TRANSLATE_NOOP("ExperimentReport", "Estimates")
ESTIMATE = QT_TRANSLATE_NOOP("ExperimentReport", "Estimate")
VALUE = QT_TRANSLATE_NOOP("ExperimentReport", "Value")
ROWS = {
    "rr": QT_TRANSLATE_NOOP("ExperimentReport", "Incident rate ratio (difference-in-differences)"),
    "ci": QT_TRANSLATE_NOOP("ExperimentReport", "95% interval"),
    "method": QT_TRANSLATE_NOOP("ExperimentReport", "Interval"),
    "wald": QT_TRANSLATE_NOOP("ExperimentReport", "p-value of the model"),
    "placebo": QT_TRANSLATE_NOOP("ExperimentReport", "Placebo p-value"),
    "success": QT_TRANSLATE_NOOP("ExperimentReport", "Success measure (Bowers & Johnson)"),
    "buffer": QT_TRANSLATE_NOOP("ExperimentReport", "Buffer measure"),
    "wdq": QT_TRANSLATE_NOOP("ExperimentReport", "Weighted Displacement Quotient"),
    "buffer_rr": QT_TRANSLATE_NOOP("ExperimentReport", "Buffer rate ratio"),
    "dispersion": QT_TRANSLATE_NOOP("ExperimentReport", "Overdispersion (Pearson chi2 / df)"),
}
METHODS = {"cluster": QT_TRANSLATE_NOOP("ExperimentReport", "cluster-robust by area"),
           "model": QT_TRANSLATE_NOOP("ExperimentReport", "model-based, widened for "
                                                          "overdispersion")}
PLACEBO_KINDS = {"areas": QT_TRANSLATE_NOOP("ExperimentReport", "placebo areas"),
                 "dates": QT_TRANSLATE_NOOP("ExperimentReport", "placebo start dates"),
                 "none": QT_TRANSLATE_NOOP("ExperimentReport", "none")}
GROUPS_TITLE = QT_TRANSLATE_NOOP("ExperimentReport", "Counts per group")
GROUP_NAMES = {"treated": QT_TRANSLATE_NOOP("ExperimentReport", "Treated areas"),
               "buffer": QT_TRANSLATE_NOOP("ExperimentReport", "Buffer ({width} m)"),
               "control": QT_TRANSLATE_NOOP("ExperimentReport", "Control areas")}
COLUMNS = (QT_TRANSLATE_NOOP("ExperimentReport", "Group"),
           QT_TRANSLATE_NOOP("ExperimentReport", "Areas"),
           QT_TRANSLATE_NOOP("ExperimentReport", "Before"),
           QT_TRANSLATE_NOOP("ExperimentReport", "During"),
           QT_TRANSLATE_NOOP("ExperimentReport", "Per {noun} before"),
           QT_TRANSLATE_NOOP("ExperimentReport", "Per {noun} during"),
           QT_TRANSLATE_NOOP("ExperimentReport", "Change"))
SERIES_TITLE = QT_TRANSLATE_NOOP("ExperimentReport", "Counts per {noun}")
SERIES_COLUMNS = (QT_TRANSLATE_NOOP("ExperimentReport", "From"),
                  QT_TRANSLATE_NOOP("ExperimentReport", "To"),
                  QT_TRANSLATE_NOOP("ExperimentReport", "Treated"),
                  QT_TRANSLATE_NOOP("ExperimentReport", "Buffer"),
                  QT_TRANSLATE_NOOP("ExperimentReport", "Control"))
INTERVENTION = QT_TRANSLATE_NOOP("ExperimentReport", "Intervention")
EARLIER = QT_TRANSLATE_NOOP("ExperimentReport", "earlier year")
SUPPRESSED_NOTE = QT_TRANSLATE_NOOP(
    "ExperimentReport", "Counts of 1 to {k_minus} are shown as &lt;{k} and the values derived "
                        "from them left out (privacy: counts below k = {k} are suppressed).")
METHOD_TITLE = QT_TRANSLATE_NOOP("ExperimentReport", "Method")
METHOD = QT_TRANSLATE_NOOP(
    "ExperimentReport", "Incidents are counted per area and {noun}: whole {nouns} back from the "
                        "start over the pre-period and forward over the intervention. A Poisson "
                        "model with a fixed effect for every area (its own level) and every "
                        "{noun} (seasons and town-wide trends, shared by all areas) estimates "
                        "the change in the treated areas during the intervention beyond what the "
                        "control areas show: the incident rate ratio (difference-in-differences; "
                        "0.8 means 20% fewer). The placebo test repeats the estimate with control "
                        "areas in the role of the treated, or with fake start dates in the "
                        "pre-period; its p-value is the share of placebo estimates at least as "
                        "far from no change as the real one. The buffer is a ring of {width} m "
                        "around the treated areas; control areas lie outside it. The Weighted "
                        "Displacement Quotient compares the buffer's change with the treated "
                        "areas', both relative to the control: above 0 a diffusion of benefits, "
                        "below 0 displacement, below -1 more displacement than effect.")
CAVEATS = (
    QT_TRANSLATE_NOOP("ExperimentReport", "These are recorded incidents: more police or "
                                          "enforcers in an area can raise what is recorded (more "
                                          "found, more reported) while crime falls, and less "
                                          "attention the reverse."),
    QT_TRANSLATE_NOOP("ExperimentReport", "The comparison assumes the treated and control areas "
                                          "would have moved in parallel without the "
                                          "intervention; the chart's pre-period shows how well "
                                          "they did before."),
    QT_TRANSLATE_NOOP("ExperimentReport", "Displacement is looked for in the buffer only: "
                                          "incidents may also move farther away, to other times "
                                          "or to other kinds of crime."),
    QT_TRANSLATE_NOOP("ExperimentReport", "Near-repeats make incidents come in clusters over "
                                          "weeks, which the model's interval does not fully "
                                          "allow for; the placebo test does."),
)
REFERENCES_TITLE = QT_TRANSLATE_NOOP("ExperimentReport", "References")
REFERENCES = QT_TRANSLATE_NOOP(
    "ExperimentReport", "Bowers, K.J. & Johnson, S.D. (2003), Measuring the geographical "
                        "displacement and diffusion of benefit effects of crime prevention "
                        "activity, Journal of Quantitative Criminology 19(3); Ratcliffe, J.H. "
                        "(2008), Intelligence-Led Policing, Willan (evaluating crime reduction); "
                        "Braga, A.A., Turchan, B.S., Papachristos, A.V. & Hureau, D.M. (2019), Hot "
                        "spots policing and crime reduction: an update of an ongoing systematic "
                        "review and meta-analysis, Journal of Experimental Criminology 15; "
                        "Conley, T.G. & Taber, C.R. (2011), Inference with difference in "
                        "differences with a small number of policy changes, Review of Economics "
                        "and Statistics 93(1); MacKinnon, J.G. & Webb, M.D. (2018), The wild "
                        "bootstrap for few (treated) clusters, Econometrics Journal 21(2).")
WEEK = QT_TRANSLATE_NOOP("ExperimentReport", "week")
MONTH = QT_TRANSLATE_NOOP("ExperimentReport", "month")
WEEKS = QT_TRANSLATE_NOOP("ExperimentReport", "weeks")
MONTHS = QT_TRANSLATE_NOOP("ExperimentReport", "months")
INCIDENTS = QT_TRANSLATE_NOOP("ExperimentReport", "Incidents")
POWER_TITLE = QT_TRANSLATE_NOOP("ExperimentReport", "How large an effect can the experiment "
                                                    "detect?")
POWER_LEAD = QT_TRANSLATE_NOOP(
    "ExperimentReport", "{subject} in {treated}: {rate} a week over the last {weeks} weeks "
                        "(the control: {control} a week).")
POWER_TABLE = QT_TRANSLATE_NOOP("ExperimentReport", "Smallest fall detected (80% power, 5% "
                                                    "level)")
POWER_COLUMNS = (QT_TRANSLATE_NOOP("ExperimentReport", "Duration (weeks)"),
                 QT_TRANSLATE_NOOP("ExperimentReport", "Simulated"),
                 QT_TRANSLATE_NOOP("ExperimentReport", "Closed form"))
POWER_METHOD = QT_TRANSLATE_NOOP(
    "ExperimentReport", "The evaluation compares the treated areas' incidents during the trial "
                        "with their pre-period ({pre} weeks), relative to the control areas. "
                        "Simulated: {n} trials drawn from the weekly rates above (seed {seed}; "
                        "Poisson counts, or negative binomial with the history's "
                        "overdispersion), each tested as the evaluation will test it; the "
                        "smallest fall found in 80% of them at the 5% level. Closed form: the "
                        "normal approximation of the same test; it agrees with the simulation "
                        "when the trial expects a few dozen incidents and fails (–) when it "
                        "expects only a handful.")
POWER_REFERENCES = QT_TRANSLATE_NOOP(
    "ExperimentReport", "Braga, A.A., Turchan, B.S., Papachristos, A.V. & Hureau, D.M. (2019), "
                        "Hot spots policing and crime reduction, Journal of Experimental "
                        "Criminology 15; Ratcliffe, J.H. (2008), Intelligence-Led Policing, "
                        "Willan; Bowers, K.J. & Johnson, S.D. (2003), Journal of Quantitative "
                        "Criminology 19(3).")


_tr = translator("ExperimentReport")


def _nouns(step: str) -> tuple:
    return (_tr(WEEK), _tr(WEEKS)) if step == "week" else (_tr(MONTH), _tr(MONTHS))


def _ratio(value: float) -> str:
    return number(value, 2) if value is not None and math.isfinite(value) else "–"


def _p(value: float) -> str:
    if value is None or not math.isfinite(value):
        return "–"
    return "&lt; 0.001" if value < 0.001 else number(value, 3)


# --- The chart --------------------------------------------------------------------------------

def series_chart(series: pd.DataFrame, k: int = 5, width: int = 720, height: int = 320) -> str:
    """SVG: treated counts (red; below ``k`` not drawn) and the control's prediction (blue,
    dashed) per period, the intervention periods shaded."""
    series = series[~series["earlier_year"]].reset_index(drop=True)
    left, right, top, bottom = 48, 170, 12, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    n = len(series)
    treated = series["treated"].to_numpy(float)
    expected = series["expected_treated"].to_numpy(float)
    y_max = _nice_ceiling(max(float(np.nanmax(np.concatenate([treated, expected, [k]]))), 1.0))

    def px(i):
        return left + plot_w * (i + 0.5) / n

    def py(v):
        return top + plot_h * (1 - min(max(v / y_max, 0), 1))

    # axes left and below (no frame), the window and the band of small counts behind
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" role="img">',
             f'<path d="M{left},{top} V{top + plot_h} H{left + plot_w}" fill="none" '
             'stroke="#777"/>']
    window = np.flatnonzero(series["window"].to_numpy(bool))
    if window.size:
        x0, x1 = left + plot_w * window[0] / n, left + plot_w * (window[-1] + 1) / n
        parts.append(f'<rect x="{x0:.1f}" y="{top}" width="{x1 - x0:.1f}" height="{plot_h}" '
                     f'fill="{WINDOW_COLOUR}" opacity="0.6"/>')
    if k > 1:
        parts.append(f'<rect x="{left}" y="{py(k):.1f}" width="{plot_w}" '
                     f'height="{py(0) - py(k):.1f}" fill="#e0e0e0" opacity="0.7"/>')
    for step in range(5):
        value = y_max * step / 4
        parts.append(f'<line x1="{left}" y1="{py(value):.1f}" x2="{left + plot_w}" '
                     f'y2="{py(value):.1f}" stroke="#eee"/><text x="{left - 5}" '
                     f'y="{py(value) + 4:.1f}" font-size="11" text-anchor="end">'
                     f'{esc(number(value, 0 if y_max >= 8 else 1))}</text>')
    starts = series["start"].to_numpy().astype("datetime64[D]")
    for i in _tick_positions(n, most=max(2, plot_w // 90)):
        parts.append(f'<text x="{px(i):.1f}" y="{top + plot_h + 15}" font-size="10" '
                     f'text-anchor="middle">{esc(str(starts[i]))}</text>')
    parts.append(_polyline([(px(i), py(v)) for i, v in enumerate(expected)], CONTROL_COLOUR,
                           "5 3"))
    # lines only between counts of k or more; a zero (no privacy issue) is a small ring on
    # the axis, so that no line crosses the band of hidden counts
    parts.append(_polyline([(px(i), py(v)) if v >= k else None for i, v in enumerate(treated)],
                           TREATED_COLOUR, ""))
    parts += [f'<circle cx="{px(i):.1f}" cy="{py(0):.1f}" r="2.5" fill="none" '
              f'stroke="{TREATED_COLOUR}"/>' for i in np.flatnonzero(treated == 0)]
    parts += _legend(left + plot_w + 10, top + 14, k)
    parts.append("</svg>")
    return "".join(parts)


def _polyline(points, colour, dash) -> str:
    """Runs of consecutive points (None breaks a line) as SVG polylines."""
    runs, run = [], []
    for point in points + [None]:
        if point is None:
            if run:
                runs.append(run)
            run = []
        else:
            run.append(point)
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    lines = []
    for run in runs:
        if len(run) == 1:
            lines.append(f'<circle cx="{run[0][0]:.1f}" cy="{run[0][1]:.1f}" r="2.5" '
                         f'fill="{colour}"/>')
        else:
            coordinates = " ".join(f"{x:.1f},{y:.1f}" for x, y in run)
            lines.append(f'<polyline points="{coordinates}" fill="none" stroke="{colour}" '
                         f'stroke-width="2"{dash_attr}/>')
    return "".join(lines)


def _legend(x, y, k) -> list:
    items = [(TREATED_COLOUR, "", _tr(TREATED_LABEL)), (CONTROL_COLOUR, "5 3", _tr(EXPECTED_LABEL))]
    parts = []
    for index, (colour, dash, label) in enumerate(items):
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(f'<line x1="{x}" y1="{y + 18 * index - 4}" x2="{x + 22}" '
                     f'y2="{y + 18 * index - 4}" stroke="{colour}" stroke-width="2"'
                     f'{dash_attr}/><text x="{x + 26}" y="{y + 18 * index}" font-size="11">'
                     f'{esc(label)}</text>')
    parts.append(f'<rect x="{x}" y="{y + 29}" width="22" height="10" fill="{WINDOW_COLOUR}"/>'
                 f'<text x="{x + 26}" y="{y + 38}" font-size="11">{esc(_tr(INTERVENTION))}'
                 '</text>')
    if k > 1:
        parts.append(f'<rect x="{x}" y="{y + 47}" width="22" height="10" fill="#e0e0e0"/>'
                     f'<text x="{x + 26}" y="{y + 56}" font-size="11">'
                     f'{esc(_tr(SUPPRESSED_LABEL).format(k=k))}</text>')
    return parts


def _tick_positions(n: int, most: int = 6) -> Sequence[int]:
    step = max(1, int(math.ceil(n / most)))
    return range(0, n, step)


# --- Tables -----------------------------------------------------------------------------------

def _count(value, k) -> str:
    if pd.isna(value):
        return f"&lt;{k}"
    return number(float(value))


def _html_table(head, rows) -> str:
    header = "".join(f"<th>{esc(cell)}</th>" for cell in head)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return f"<table><tr>{header}</tr>{body}</table>"


def groups_html(groups: pd.DataFrame, step: str, width: float, k: int) -> str:
    """The groups' counts (``groups`` after suppression) as an HTML table."""
    noun = _nouns(step)[0]
    rows = []
    for row in groups.itertuples(index=False):
        name = group_name(row.group, width)
        change = "–" if pd.isna(row.change_pct) else f"{number(row.change_pct)}%"
        rows.append([esc(name), number(row.areas), _count(row.incidents_before, k),
                     _count(row.incidents_during, k), _rate(row.per_period_before),
                     _rate(row.per_period_during), change])
    return _html_table([_tr(c).format(noun=noun) for c in COLUMNS], rows)


def group_name(group: str, width: float) -> str:
    """The name of a group ('treated', 'buffer', 'control') in the user's language."""
    return _tr(GROUP_NAMES[group]).format(width=number(width))


def _rate(value) -> str:
    return "–" if pd.isna(value) else number(float(value), 1)


def series_html(series: pd.DataFrame, k: int) -> str:
    rows = []
    for row in series.itertuples(index=False):
        label = (f" ({esc(_tr(INTERVENTION).lower())})" if row.window else
                 f" ({esc(_tr(EARLIER))})" if row.earlier_year else "")
        rows.append([f"{esc(row.start)}{label}", esc(row.end), _count(row.treated, k),
                     _count(row.buffer, k), _count(row.control, k)])
    return _html_table([_tr(c) for c in SERIES_COLUMNS], rows)


def estimates_html(evaluation: Evaluation) -> str:
    did, wdq, placebo = evaluation.did, evaluation.wdq, evaluation.placebo
    low, high = did.interval
    buffer_rr = evaluation.buffer_did.rate_ratio if evaluation.buffer_did else float("nan")
    values = {"rr": _ratio(did.rate_ratio), "ci": f"{_ratio(low)} – {_ratio(high)}",
              "method": esc(_tr(METHODS[did.method])), "wald": _p(did.p_value),
              "placebo": f"{_p(placebo.p_value)} ({esc(_tr(PLACEBO_KINDS[placebo.kind]))}, "
                         f"{placebo.total})",
              "success": _signed(wdq.success_measure), "buffer": _signed(wdq.buffer_measure),
              "wdq": _ratio(wdq.wdq), "buffer_rr": _ratio(buffer_rr),
              "dispersion": number(did.dispersion, 2)}
    return _html_table([_tr(ESTIMATE), _tr(VALUE)],
                       [[esc(_tr(ROWS[key])), value] for key, value in values.items()])


def _signed(value: float) -> str:
    return number(value, 3) if math.isfinite(value) else "–"


# --- The pages --------------------------------------------------------------------------------

def evaluation_report(evaluation: Evaluation, groups: pd.DataFrame, series: pd.DataFrame,
                      info: dict, provenance: Optional[dict] = None, k: int = 5) -> str:
    """The evaluation report.

    ``groups`` and ``series`` are :func:`core.experiments.group_table` and
    :func:`core.experiments.series_table` after small-count suppression (NULL shown as
    ``<k``); ``info`` holds ``subject`` (what was counted) and ``notes`` (what was left out).
    """
    settings, periods = evaluation.settings, evaluation.periods
    noun, nouns = _nouns(periods.step)
    controls = evaluation.areas.controls
    ids = ", ".join(str(i) for i in (controls.ids if controls is not None else []))
    control = _tr(CONTROL_TEXTS[settings.control_mode]).format(ids=ids or "–")
    lead = _tr(LEAD).format(subject=info.get("subject") or _tr(INCIDENTS),
                            treated=", ".join(map(str, evaluation.areas.treated.ids)),
                            start=periods.starts[periods.window][0],
                            end=periods.ends[periods.window][-1],
                            pre=int(periods.pre.sum()), nouns=nouns, control=control)
    title = _tr(TITLE)
    notes = evaluation.warnings + evaluation.notes + list(info.get("notes", []))
    body = [f"<h1>{esc(title)}</h1>", f"<p class='lead'>{esc(lead)}</p>",
            "<div class='card'>" + "<br>".join(esc(s) for s in evaluation.summary())
            + "</div>"]
    if notes:
        body.append("<div class='note'>" + "<br>".join(esc(n) for n in notes) + "</div>")
    body += [f"<h2>{esc(_tr(CHART_TITLE).format(noun=noun))}</h2>",
             f"<figure>{series_chart(series, k)}<figcaption>"
             f"{esc(_tr(CHART_CAPTION).format(k=k))}</figcaption></figure>",
             f"<h2>{esc(_tr(ESTIMATES_TITLE))}</h2>", estimates_html(evaluation),
             f"<h2>{esc(_tr(GROUPS_TITLE))}</h2>",
             groups_html(groups, periods.step, settings.buffer_width, k),
             f"<p>{_tr(SUPPRESSED_NOTE).format(k=k, k_minus=k - 1)}</p>" if k > 1 else "",
             f"<h2>{esc(_tr(SERIES_TITLE).format(noun=noun))}</h2>",
             f"<details><summary>{esc(_tr(SERIES_TITLE).format(noun=noun))}</summary>"
             f"{series_html(series, k)}</details>",
             f"<h2>{esc(_tr(METHOD_TITLE))}</h2>",
             "<p>" + esc(_tr(METHOD).format(noun=noun, nouns=nouns,
                                            width=number(settings.buffer_width))) + "</p>",
             f"<h2>{esc(_tr(CAVEATS_TITLE))}</h2>",
             "<ul>" + "".join(f"<li>{esc(_tr(c))}</li>" for c in CAVEATS) + "</ul>",
             f"<h2>{esc(_tr(REFERENCES_TITLE))}</h2>", f"<p>{esc(_tr(REFERENCES))}</p>"]
    return page(title, body, provenance)


def power_report(plan: PowerPlan, sentences: Sequence[str], info: dict,
                 provenance: Optional[dict] = None) -> str:
    """The power report: the sentences, a table of durations and the method."""
    title = _tr(POWER_TITLE)
    lead = _tr(POWER_LEAD).format(subject=info.get("subject") or _tr(INCIDENTS),
                                  treated=info.get("treated", "–"),
                                  rate=number(plan.rate_treated, 2), weeks=plan.pre_weeks,
                                  control=number(plan.rate_control, 1))
    rows = []
    for weeks in sorted(plan.simulated):
        mark = " class='chosen'" if weeks == plan.planned_weeks else ""
        rows.append([f"<span{mark}>{weeks}</span>", _fall(plan.simulated[weeks]),
                     _fall(plan.closed_form[weeks])])
    per_month = number(plan.rate_treated * DAYS_PER_MONTH / 7, 1)
    body = [f"<h1>{esc(title)}</h1>", f"<p class='lead'>{esc(lead)} ({esc(per_month)} / "
            f"{esc(_tr(MONTH))})</p>",
            "<div class='card'>" + "<br>".join(esc(s) for s in sentences) + "</div>"]
    if info.get("notes"):
        body.append("<div class='note'>" + "<br>".join(esc(n) for n in info["notes"])
                    + "</div>")
    body += [f"<h2>{esc(_tr(POWER_TABLE))}</h2>",
             _html_table([_tr(c) for c in POWER_COLUMNS], rows),
             f"<h2>{esc(_tr(METHOD_TITLE))}</h2>",
             "<p>" + esc(_tr(POWER_METHOD).format(pre=plan.pre_weeks, n=number(plan.simulations),
                                                  seed=plan.seed)) + "</p>",
             f"<h2>{esc(_tr(REFERENCES_TITLE))}</h2>", f"<p>{esc(_tr(POWER_REFERENCES))}</p>"]
    return page(title, body, provenance)


def _fall(ratio: float) -> str:
    return "–" if not math.isfinite(ratio) else f"{number(100 * (1 - ratio))}%"
