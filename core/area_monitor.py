"""Area monitor: a composite neighbourhood index, crime rates and bivariate focus classes.

Composite index
---------------
Every indicator has a *direction* (``+``: a higher value is better, ``-``: a higher value
is worse), a *weight* (> 0) and optionally a *domain* (income, safety, participation, ...).
Each indicator is standardised over the areas that have a value, after multiplying it by
its direction, so a higher standardised value always means a stronger area:

- ``zscore``: ``(x - mean) / sd``, with the sample standard deviation (ddof = 1, pandas'
  default);
- ``percentile``: the mid-rank percentile ``100 * (rank - 0.5) / n``, ranks counted from the
  lowest value, ties sharing their average rank (so reversing the direction gives
  ``100 - p``).

The composite is the weighted mean of an area's standardised indicators. *Missing values*
(policy ``skip``): an area's mean uses the indicators it has, re-weighted by their weights;
an area whose indicators carry less than ``min_coverage`` of the total weight gets no index.
Policy ``refuse`` stops with an error naming the areas and indicators with a missing value.
An indicator that is constant (or has a value in fewer than two areas) says nothing about
differences between areas: it is left out and reported. A CBS sentinel (-99999999,
-99999997, ...: a figure CBS keeps secret or does not know; see :mod:`core.cbs`) is a missing
value, never a number: it enters no mean, standard deviation, rank or population.

Ready specifications (:data:`READY_SPECS`) use the real CBS field names of the Wijk- en
buurtkaart and the fields the Open data algorithms add (benefit rates, registered crime per
1,000 inhabitants, the Leefbaarometer score), each indicator taken from the first candidate
field the layer has.

The *score* rescales the composite to 0-100 over the areas of the layer: 0 is the weakest
area, 100 the strongest (min-max; 50 for all when every area has the same composite). It is
relative to the areas analysed, not an absolute norm. *Classes* are equal-count quintiles of
the score: class ``1 + floor(5 * L / n)`` where ``L`` is the number of areas with a lower
score and ``n`` the number of areas with a score, so areas with equal scores share a class:
1 = very weak (zeer zwak) ... 5 = very strong (zeer sterk). The *rank* is 1 for the weakest
area (the one needing attention first); equal scores share the lower rank.

Each domain gets a sub-index (the weighted mean of its own indicators, same missing-value
rule within the domain) and its own 0-100 score.

Crime rates
-----------
Rates per 1,000 inhabitants are smoothed with the global empirical-Bayes estimator of
Marshall (1991), a method-of-moments Poisson-gamma model: with counts ``y``, populations
``n``, rates ``r = y / n``, the overall rate ``b = sum y / sum n``, the population-weighted
variance ``s2 = sum n (r - b)^2 / sum n`` and the mean population ``nbar``, the between-area
variance is ``a = max(0, s2 - b / nbar)`` and an area's smoothed rate
``b + a / (a + b / n) * (r - b)``. A small population gives a small weight, so its rate moves
towards the overall rate and tiny areas do not top the list by chance. Areas with zero or
missing population get no rate and take no part in the estimate.

Bivariate classes
-----------------
Vulnerability (the weak side of the index: higher = more vulnerable) and crime intensity are
each cut in equal-count terciles (same rule as the quintiles, with 3). The class is a letter
for vulnerability (A low, B middle, C high) and a digit for crime (1 low ... 3 high); ``C3``
(high vulnerability and high crime) is the focus class.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from . import cbs, choices
from .i18n import translate

# The keys of area_monitor_index's options (core/choices.py holds their order and labels).
METHODS = choices.MONITOR_METHODS.values
MISSING_POLICIES = choices.MONITOR_MISSING.values
DIRECTIONS = {"+": 1, "-": -1}
CLASS_LABELS_EN = ("very weak", "weak", "average", "strong", "very strong")
CLASS_LABELS_NL = ("zeer zwak", "zwak", "gemiddeld", "sterk", "zeer sterk")
VULNERABILITY_LETTERS = ("A", "B", "C")
FOCUS_CLASS = "C3"
BIVARIATE_CODES = tuple(f"{letter}{digit}" for letter in VULNERABILITY_LETTERS
                        for digit in (1, 2, 3))
DEFAULT_MIN_COVERAGE = 0.5
PER_INHABITANTS = 1000.0

# The demo's buurten under their CBS names (the Wijk- en buurtkaart, core/cbs.py).
DEFAULT_SPEC = ("gemiddeld_inkomen_per_inwoner:+:1:income; "
                "percentage_huishoudens_met_laag_inkomen:-:1:income; "
                "percentage_huishoudens_onder_of_rond_sociaal_minimum:-:1:income; "
                "netto_arbeidsparticipatie:+:1:participation")

# Ready specifications on the real CBS field names (core/cbs.py) and the fields the Open data
# algorithms add: (candidate fields, the first the layer has is used; direction; weight;
# domain). Density counts against an area (more pressure, more opportunity), at half weight.
READY_SPECS = {
    "cbs": (
        (("gemiddeld_inkomen_per_inwoner",), "+", 1.0, "income"),
        (("percentage_huishoudens_met_laag_inkomen",
          "percentage_huishoudens_onder_of_rond_sociaal_minimum"), "-", 1.0, "income"),
        (("bijstand_per_1000_inwoners",), "-", 1.0, "income"),
        (("bevolkingsdichtheid_inwoners_per_km2", "inwoners_per_km2_land"), "-", 0.5,
         "density"),
    ),
}
READY_SPECS["cbs_crime_lbm"] = READY_SPECS["cbs"] + (
    (("misdrijven_per_1000",), "-", 1.0, "safety"),
    (("lbm",), "+", 1.0, "liveability"),
)

INDEX_COLUMNS = ("composite", "score", "monitor_class", "class_en", "class_nl",
                 "monitor_rank", "n_indicators", "coverage_pct")

_DOMAIN_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class Indicator:
    """One indicator of the index: field name, direction (+1 / -1), weight and domain."""

    field: str
    direction: int
    weight: float = 1.0
    domain: str = ""


@dataclass
class IndexResult:
    """The index per area (same index as the input frame) and what was left out."""

    table: pd.DataFrame
    used: List[Indicator]
    dropped: Dict[str, str] = field(default_factory=dict)  # field -> 'constant' | 'too few'
    missing: Dict[str, int] = field(default_factory=dict)  # field -> areas without a value
    domains: List[str] = field(default_factory=list)
    sentinels: Dict[str, int] = field(default_factory=dict)  # field -> CBS codes read as NULL

    @property
    def n_without_index(self) -> int:
        return int(self.table["composite"].isna().sum())


# --------------------------------------------------------------------------- specification


def parse_spec(text: str) -> List[Indicator]:
    """Parses ``field:direction[:weight[:domain]]`` entries separated by ';' or new lines.

    Direction is ``+`` (higher is better) or ``-`` (higher is worse); weight defaults to 1,
    domain to none. Example: ``netto_arbeidsparticipatie:+:2:participation;
    percentage_huishoudens_met_laag_inkomen:-``.

    >>> parse_spec("income:+:2:welfare; low_income:-")  # doctest: +NORMALIZE_WHITESPACE
    [Indicator(field='income', direction=1, weight=2.0, domain='welfare'),
     Indicator(field='low_income', direction=-1, weight=1.0, domain='')]
    """
    indicators = []
    seen = set()
    for raw in re.split(r"[;\n]", text or ""):
        entry = raw.strip()
        if not entry:
            continue
        parts = [part.strip() for part in entry.split(":")]
        if len(parts) < 2 or len(parts) > 4 or not parts[0]:
            raise ValueError(translate(
                "AreaMonitor", "Cannot read the indicator entry '{}': write "
                "field:direction[:weight[:domain]], e.g. "
                "'gemiddeld_inkomen_per_inwoner:+:1:income'.").format(entry))
        name, direction = parts[0], parts[1]
        if direction not in DIRECTIONS:
            raise ValueError(translate(
                "AreaMonitor", "The direction of '{}' must be '+' (higher is better) or '-' "
                "(higher is worse), not '{}'.").format(name, direction))
        weight = 1.0
        if len(parts) >= 3 and parts[2]:
            try:
                weight = float(parts[2])
            except ValueError:
                raise ValueError(translate(
                    "AreaMonitor", "The weight of '{}' is not a number: '{}'.").format(
                    name, parts[2])) from None
            if not (math.isfinite(weight) and weight > 0):
                raise ValueError(translate(
                    "AreaMonitor", "The weight of '{}' must be above 0 (got {}).").format(
                    name, parts[2]))
        domain = parts[3] if len(parts) == 4 else ""
        if domain and not _DOMAIN_PATTERN.match(domain):
            raise ValueError(translate(
                "AreaMonitor", "The domain of '{}' must start with a letter and hold only "
                "letters, digits and '_' (got '{}').").format(name, domain))
        if name in seen:
            raise ValueError(translate(
                "AreaMonitor", "The indicator '{}' is listed twice.").format(name))
        seen.add(name)
        indicators.append(Indicator(name, DIRECTIONS[direction], weight, domain.lower()))
    return indicators


def format_spec(indicators: Sequence[Indicator]) -> str:
    """The specification text of ``indicators`` (the inverse of :func:`parse_spec`).

    >>> format_spec(parse_spec("income:+:2:welfare; low_income:-"))
    'income:+:2:welfare; low_income:-:1'
    """
    signs = {1: "+", -1: "-"}
    return "; ".join(
        f"{i.field}:{signs[i.direction]}:{i.weight:g}" + (f":{i.domain}" if i.domain else "")
        for i in indicators)


def select_indicators(spec: Sequence[Indicator],
                      fields: Optional[Sequence[str]] = None) -> List[Indicator]:
    """The indicators to use: all of ``spec``, or those of ``fields`` in that order, each of
    which needs an entry (a direction) in ``spec``."""
    if not fields:
        if not spec:
            raise ValueError(translate(
                "AreaMonitor", "No indicators: give at least one entry field:direction."))
        return list(spec)
    by_name = {i.field: i for i in spec}
    lacking = [name for name in fields if name not in by_name]
    if lacking:
        raise ValueError(translate(
            "AreaMonitor", "No direction for the indicator(s) {}: add an entry such as '{}:+' "
            "(higher is better) or '{}:-' (higher is worse) to the specification.").format(
                ", ".join(lacking), lacking[0], lacking[0]))
    return [by_name[name] for name in dict.fromkeys(fields)]


def ready_spec(name: str, fields: Sequence[str]) -> Tuple[List[Indicator], List[str]]:
    """The indicators of the ready specification ``name`` (see :data:`READY_SPECS`) that
    the layer's ``fields`` hold, and the candidates of those it lacks.

    Examples
    --------
    >>> used, lacking = ready_spec("cbs", ["aantal_inwoners", "gemiddeld_inkomen_per_inwoner",
    ...                                    "inwoners_per_km2_land"])
    >>> format_spec(used)
    'gemiddeld_inkomen_per_inwoner:+:1:income; inwoners_per_km2_land:-:0.5:density'
    >>> lacking[0]
    'percentage_huishoudens_met_laag_inkomen'
    """
    if name not in READY_SPECS:
        raise ValueError(f"Unknown ready specification '{name}'.")
    present = set(fields)
    used, lacking = [], []
    for candidates, direction, weight, domain in READY_SPECS[name]:
        found = next((c for c in candidates if c in present), None)
        if found is None:
            lacking.append(candidates[0])
        else:
            used.append(Indicator(found, DIRECTIONS[direction], weight, domain))
    if not used:
        raise ValueError(translate(
            "AreaMonitor", "The layer has none of the fields of the ready CBS specification "
            "({}). Load the areas with 'Load CBS neighbourhoods', or write the specification "
            "yourself.").format(", ".join(lacking)))
    return used, lacking


# --------------------------------------------------------------------------- standardising


def standardise(values: pd.Series, method: str = "zscore") -> pd.Series:
    """Z-scores or mid-rank percentiles of the non-missing values (missing stay NaN).

    >>> standardise(pd.Series([1.0, 2.0, 3.0])).tolist()
    [-1.0, 0.0, 1.0]
    >>> standardise(pd.Series([1.0, 2.0, 3.0, None]), "percentile").round(1).tolist()
    [16.7, 50.0, 83.3, nan]
    """
    values = pd.to_numeric(values, errors="coerce").astype(float)
    if method == "zscore":
        return (values - values.mean()) / values.std(ddof=1)
    if method == "percentile":
        return 100.0 * (values.rank(method="average") - 0.5) / values.count()
    raise ValueError(translate(
        "AreaMonitor", "Unknown method '{}'. Choose one of: {}.").format(
        method, ', '.join(METHODS)))


def equal_count_classes(values, n_classes: int) -> pd.Series:
    """Equal-count classes 1..n_classes: ``1 + floor(n_classes * L / n)`` where L counts
    the values below (ties share a class); NA where a value is missing.

    >>> equal_count_classes([5, 1, 3, 3, 9], 3).tolist()  # the two 3s share a class
    [2, 1, 1, 1, 3]
    """
    series = pd.Series(values, dtype=float) if not isinstance(values, pd.Series) \
        else values.astype(float)
    present = series.notna()
    n = int(present.sum())
    classes = pd.Series(pd.NA, index=series.index, dtype="Int64")
    if n == 0:
        return classes
    lower = series[present].rank(method="min") - 1
    classes[present] = (1 + np.floor(n_classes * lower.to_numpy() / n)).astype(int)
    return classes


def min_max_score(values: pd.Series) -> pd.Series:
    """0 for the lowest value, 100 for the highest; 50 for all when they are equal.

    >>> min_max_score(pd.Series([2.0, 4.0, 6.0])).tolist()
    [0.0, 50.0, 100.0]
    """
    low, high = values.min(), values.max()
    if values.notna().sum() == 0:
        return values * np.nan
    if not high > low:
        return values.where(values.isna(), 50.0)
    return 100.0 * (values - low) / (high - low)


def _weighted_mean(standardised: pd.DataFrame, weights: pd.Series, min_coverage: float):
    present = standardised.notna()
    weight_present = present.mul(weights, axis=1).sum(axis=1)
    total = float(weights.sum())
    sums = standardised.fillna(0.0).mul(weights, axis=1).sum(axis=1)
    coverage = weight_present / total
    mean = (sums / weight_present).where((weight_present > 0)
                                         & (coverage >= min_coverage - 1e-12))
    return mean, coverage, present.sum(axis=1)


# --------------------------------------------------------------------------- the index


def _numeric_column(frame, name):
    if name not in frame.columns:
        raise ValueError(translate(
            "AreaMonitor", "The indicator field '{}' is not in the layer.").format(name))
    try:
        values = pd.to_numeric(frame[name], errors="raise").astype(float)
    except (TypeError, ValueError):
        raise ValueError(translate(
            "AreaMonitor", "The indicator field '{}' holds values that are not numbers.").format(
            name)) from None
    if np.isinf(values).any():
        raise ValueError(translate(
            "AreaMonitor", "The indicator field '{}' holds infinite values.").format(name))
    return values.where(~cbs.sentinel_mask(values.to_numpy()))


def composite_index(frame: pd.DataFrame, indicators: Sequence[Indicator],
                    method: str = "zscore", missing: str = "skip",
                    min_coverage: float = DEFAULT_MIN_COVERAGE,
                    labels: Optional[Sequence] = None) -> IndexResult:
    """The composite index, score, classes, rank and domain sub-indices of every area.

    ``frame`` holds one row per area with the indicator columns; ``labels`` (default: the
    frame's index) name areas in error messages.

    Parameters
    ----------
    frame : pandas.DataFrame
        One row per area; CBS codes for secret or missing values are read as missing.
    indicators : sequence of Indicator
        From :func:`parse_spec`, :func:`select_indicators` or :func:`ready_spec`.
    method : {"zscore", "percentile"}
        How the indicators are made comparable (:func:`standardise`).
    missing : {"skip", "refuse"}
        Areas lacking a value: the mean of the others, re-weighted; or stop with a message.
    min_coverage : float
        The share of the weight an area's values must carry to get an index.
    labels : sequence, optional
        How to name the areas in messages.

    Returns
    -------
    IndexResult
        The table (:func:`index_column_names`) and the indicators used and dropped.

    Examples
    --------
    Five areas; income counts double and a low-income share is worse when higher:

    >>> frame = pd.DataFrame({"income": [20.0, 25.0, 30.0, 35.0, 40.0],
    ...                       "low_income": [30.0, 20.0, 15.0, 10.0, 5.0]},
    ...                      index=["A", "B", "C", "D", "E"])
    >>> result = composite_index(frame, parse_spec("income:+:2; low_income:-"))
    >>> result.table["score"].round(1).tolist()
    [0.0, 30.1, 53.4, 76.7, 100.0]
    >>> result.table["class_en"].tolist()
    ['very weak', 'weak', 'average', 'strong', 'very strong']
    """
    _check_index_options(frame, indicators, method, missing, min_coverage)
    labels = pd.Series(list(frame.index) if labels is None else list(labels),
                       index=frame.index)
    columns = {i.field: _numeric_column(frame, i.field) for i in indicators}
    sentinels = {i.field: int(cbs.sentinel_mask(frame[i.field].to_numpy()).sum())
                 for i in indicators}
    missing_counts = {name: int(values.isna().sum()) for name, values in columns.items()
                      if values.isna().any()}
    if missing_counts and missing == "refuse":
        _refuse_missing(columns, missing_counts, labels)
    used, dropped = _varying_indicators(indicators, columns)
    standardised = pd.DataFrame(
        {i.field: standardise(columns[i.field] * i.direction, method) for i in used},
        index=frame.index)
    weights = pd.Series({i.field: i.weight for i in used})
    table = _index_table(standardised, weights, min_coverage)
    domains = list(dict.fromkeys(i.domain for i in indicators if i.domain))
    for domain in domains:
        members = [i.field for i in used if i.domain == domain]
        if members:
            sub, _, _ = _weighted_mean(standardised[members], weights[members], min_coverage)
        else:
            sub = pd.Series(np.nan, index=frame.index)
        table[f"sub_{domain}"] = sub
        table[f"score_{domain}"] = min_max_score(sub)
    return IndexResult(table, used, dropped, missing_counts, domains,
                       {name: n for name, n in sentinels.items() if n})


def _check_index_options(frame, indicators, method, missing, min_coverage):
    """A clear ValueError for an option or input :func:`composite_index` cannot use."""
    if method not in METHODS:
        raise ValueError(translate(
            "AreaMonitor", "Unknown method '{}'. Choose one of: {}.").format(
            method, ', '.join(METHODS)))
    if missing not in MISSING_POLICIES:
        raise ValueError(translate(
            "AreaMonitor", "Unknown missing-value policy '{}'. Choose one of: {}.").format(
            missing, ', '.join(MISSING_POLICIES)))
    if not 0 <= min_coverage <= 1:
        raise ValueError(translate(
            "AreaMonitor", "The minimum coverage must lie between 0 and 1 (got {}).").format(
            min_coverage))
    if not indicators:
        raise ValueError(translate(
            "AreaMonitor", "No indicators: give at least one entry field:direction."))
    if len(frame) == 0:
        raise ValueError(translate("AreaMonitor", "The area layer has no features."))


def _refuse_missing(columns, missing_counts, labels):
    """The 'refuse' policy: stop, naming the indicators and the first areas lacking values."""
    rows = pd.concat([values.isna() for values in columns.values()], axis=1).any(axis=1)
    examples = ", ".join(str(v) for v in labels[rows].iloc[:5])
    more = "" if rows.sum() <= 5 else translate("AreaMonitor", " and {} more").format(
        int(rows.sum()) - 5)
    raise ValueError(translate(
        "AreaMonitor", "Missing indicator values ({}) in {} area(s): {}{}. Fill them in, or "
        "choose the policy 'skip missing values and re-weight'.").format(
            ", ".join(f"{name}: {n}" for name, n in missing_counts.items()),
            int(rows.sum()), examples, more))


def _varying_indicators(indicators, columns):
    """(the indicators with at least two different values, {field: why the others were
    dropped}); a ValueError when none is left."""
    used, dropped = [], {}
    for indicator in indicators:
        values = columns[indicator.field]
        if values.count() < 2:
            dropped[indicator.field] = "too few"
        elif values.nunique() < 2:
            dropped[indicator.field] = "constant"
        else:
            used.append(indicator)
    if not used:
        why_words = {"constant": translate("AreaMonitor", "constant"),
                     "too few": translate("AreaMonitor", "fewer than two values")}
        raise ValueError(translate(
            "AreaMonitor", "No indicator varies between the areas ({}): there is nothing to "
            "compare. Check the fields and the layer.").format(", ".join(
                f"{name}: {why_words[why]}" for name, why in dropped.items())))
    return used, dropped


def _index_table(standardised, weights, min_coverage):
    """The weighted mean of the standardised indicators per area, its 0-100 score, class
    (quintile), rank, and how many indicators (and what share of the weight) it rests on."""
    composite, coverage, n_used = _weighted_mean(standardised, weights, min_coverage)
    table = pd.DataFrame(index=standardised.index)
    table["composite"] = composite
    table["score"] = min_max_score(composite)
    classes = equal_count_classes(table["score"], 5)
    table["monitor_class"] = classes
    table["class_en"] = [CLASS_LABELS_EN[c - 1] if pd.notna(c) else None for c in classes]
    table["class_nl"] = [CLASS_LABELS_NL[c - 1] if pd.notna(c) else None for c in classes]
    table["monitor_rank"] = table["score"].rank(method="min").astype("Int64")
    table["n_indicators"] = n_used.astype(int)
    table["coverage_pct"] = 100.0 * coverage
    return table


def index_column_names(domains: Sequence[str]) -> List[str]:
    """The columns :func:`composite_index` returns, in order."""
    names = list(INDEX_COLUMNS)
    for domain in domains:
        names += [f"sub_{domain}", f"score_{domain}"]
    return names


# --------------------------------------------------------------------------- crime rates


@dataclass
class RateResult:
    """Raw and smoothed rates per ``per`` inhabitants, and the model's two moments."""

    table: pd.DataFrame  # count, population, rate_raw, rate_eb, no_population
    global_rate: float  # per inhabitant
    between_variance: float  # a, per inhabitant squared
    n_areas: int  # areas with a population that took part

    @property
    def n_no_population(self) -> int:
        return int(self.table["no_population"].sum())


def empirical_bayes_rates(counts, population, per: float = PER_INHABITANTS) -> RateResult:
    """Raw and global empirical-Bayes (Marshall 1991) rates per ``per`` inhabitants.

    A small area's rate is pulled towards the rate of all areas together, the more the
    fewer its inhabitants: one incident among 50 people says little.

    Parameters
    ----------
    counts : array_like or pandas.Series
        Incidents per area.
    population : array_like or pandas.Series
        Inhabitants per area (CBS codes for secret values and 0 give no rate).
    per : float
        Rates per this many inhabitants (default 1,000).

    Returns
    -------
    RateResult
        The table (count, population, rate_raw, rate_eb, no_population), the global rate
        and the between-area variance.

    Examples
    --------
    >>> result = empirical_bayes_rates([1, 40, 30, 90], [50, 4000, 6000, 9000])
    >>> result.table["rate_raw"].tolist()
    [20.0, 10.0, 5.0, 10.0]
    >>> result.table["rate_eb"].round(1).tolist()  # the 50 inhabitants' rate moves most
    [8.7, 9.5, 5.9, 9.7]
    """
    counts = pd.Series(counts, dtype=float) if not isinstance(counts, pd.Series) \
        else pd.to_numeric(counts, errors="coerce").astype(float)
    population = pd.Series(population, dtype=float, index=counts.index) \
        if not isinstance(population, pd.Series) \
        else pd.to_numeric(population, errors="coerce").astype(float)
    if len(counts) != len(population):
        raise ValueError("Counts and populations differ in length.")
    population = population.where(~cbs.sentinel_mask(population.to_numpy()))  # CBS codes
    if (counts < 0).any():
        raise ValueError(translate("AreaMonitor", "Incident counts cannot be negative."))
    if (population < 0).any():
        raise ValueError(translate(
            "AreaMonitor", "The population field holds negative values: fix the layer."))
    usable = population.notna() & (population > 0) & counts.notna()
    if not usable.any():
        raise ValueError(translate(
            "AreaMonitor", "No area has a population above 0: rates per inhabitant cannot be "
            "computed. Check the population field."))
    y = counts[usable].to_numpy()
    n = population[usable].to_numpy()
    raw = y / n
    b = y.sum() / n.sum()
    s2 = float((n * (raw - b) ** 2).sum() / n.sum())
    a = max(0.0, s2 - b / n.mean())
    weight = a / (a + b / n) if a > 0 else np.zeros_like(n)
    smoothed = b + weight * (raw - b)
    table = pd.DataFrame(index=counts.index)
    table["count"] = counts
    table["population"] = population
    table["rate_raw"] = np.nan
    table["rate_eb"] = np.nan
    table.loc[usable, "rate_raw"] = raw * per
    table.loc[usable, "rate_eb"] = smoothed * per
    table["no_population"] = ~usable & counts.notna()
    return RateResult(table, float(b), float(a), int(usable.sum()))


# --------------------------------------------------------------------------- bivariate


def bivariate_classes(vulnerability, crime) -> pd.DataFrame:
    """Terciles of vulnerability (higher = more vulnerable) and crime, class 'A1'..'C3',
    the focus flag (class C3) and the focus rank (1 = highest crime among focus areas).

    >>> table = bivariate_classes([1, 2, 3, 4, 5, 6], [60, 10, 20, 90, 30, 80])
    >>> table["bivariate"].tolist(), table["focus"].tolist()
    (['A2', 'A1', 'B1', 'B3', 'C2', 'C3'], [False, False, False, False, False, True])
    """
    vulnerability = pd.Series(vulnerability, dtype=float) \
        if not isinstance(vulnerability, pd.Series) else vulnerability.astype(float)
    crime = pd.Series(crime, dtype=float, index=vulnerability.index) \
        if not isinstance(crime, pd.Series) else crime.astype(float)
    table = pd.DataFrame(index=vulnerability.index)
    table["vuln_tercile"] = equal_count_classes(vulnerability, 3)
    table["crime_tercile"] = equal_count_classes(crime, 3)
    both = (table["vuln_tercile"].notna() & table["crime_tercile"].notna()).to_numpy()
    v = table["vuln_tercile"].fillna(1).to_numpy(dtype=int)
    c = table["crime_tercile"].fillna(1).to_numpy(dtype=int)
    codes = np.array(BIVARIATE_CODES, dtype=object)[(v - 1) * 3 + (c - 1)]
    table["bivariate"] = pd.Series(np.where(both, codes, None), index=table.index,
                                   dtype=object)
    table["focus"] = table["bivariate"] == FOCUS_CLASS
    table["focus_rank"] = crime.where(table["focus"]).rank(
        ascending=False, method="min").astype("Int64")
    return table
