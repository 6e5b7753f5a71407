"""Sharing check: tables of counts that leave the office together (issue 20).

Each table is a list of rows: an area id (PC6, PC4, buurt, wijk, grid cell), optionally a
period (week or month), and a count that is published or left empty (suppressed). The check
reports:

- every published count from 1 to k-1 (it should have been suppressed), and
- every empty count a reader can recover, or bound below k, from all tables together
  (the attacker of :mod:`core.secondary_suppression`: linear programming over the sums
  that link the tables).

Links between tables, found from the ids and periods:

- **period totals**: a table with periods and one without, on the same ids: the second holds
  the sum over the periods of the first (counts per area and week next to counts per area);
- **hierarchy**: a table whose ids are the first characters of the other's (PC4 ``5211`` of
  PC6 ``5211AB``, wijk ``WK079601`` of buurt ``BU07960101``; CBS prefixes and spaces are
  ignored), for the same period or both without: the parent holds the sum of its children.

A link is only made when every row of the totals table has at least one row behind it; the
check says which links it used. Rows are never assumed complete beyond what the tables show:
a missing row (a grid cell without incidents) is not a published zero.

Examples
--------
>>> pc6 = CountTable("pc6", ["5211AB", "5211AC", "5212AA"], None, [2.0, 9.0, 6.0],
...                  [False, False, False])
>>> pc6.counts[0] = float("nan"); pc6.suppressed[0] = True
>>> pc4 = CountTable("pc4", ["5211", "5212"], None, [11.0, 6.0], [False, False])
>>> [(f.table, f.area, f.kind) for f in check_tables([pc6, pc4], k=5).findings]
[('pc6', '5211AB', 'recoverable')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

import numpy as np

from .i18n import QT_TRANSLATE_NOOP, translator
from .secondary_suppression import LinkedTable, attack, is_protected
from .suppression import DEFAULT_K

SMALL = "small_count"
RECOVERABLE = "recoverable"
LINK_PERIODS = "period totals"
LINK_HIERARCHY = "hierarchy"

DETAIL_SMALL = QT_TRANSLATE_NOOP("Disclosure", "published count {value:g} is below k = {k}")
DETAIL_EXACT = QT_TRANSLATE_NOOP("Disclosure", "suppressed, but the other tables give it "
                                 "back exactly: {low:g}")
DETAIL_SMALL_RANGE = QT_TRANSLATE_NOOP("Disclosure", "suppressed, but the other tables show "
                                       "it lies between {low:g} and {high:g}")
LINK_TEXT = {LINK_PERIODS: QT_TRANSLATE_NOOP("Disclosure", "{total} holds the totals over the "
                                             "periods of {detail}"),
             LINK_HIERARCHY: QT_TRANSLATE_NOOP("Disclosure", "{total} holds the totals of the "
                                               "areas of {detail} within each of its areas")}
_CBS_PREFIX = re.compile(r"^(?:BU|WK|GM)", re.I)


_tr = translator("Disclosure")


@dataclass
class CountTable:
    """One shared table: area ids, periods (None: no periods), counts (NaN: empty) and
    which counts were suppressed."""

    name: str
    areas: Sequence[str]
    periods: Optional[Sequence[str]]
    counts: Sequence[float]
    suppressed: Sequence[bool]

    def __post_init__(self):
        self.areas = [str(a) for a in self.areas]
        self.counts = np.asarray(self.counts, dtype=np.float64)
        self.suppressed = np.asarray(self.suppressed, dtype=bool) | np.isnan(self.counts)
        if self.periods is not None:
            self.periods = [str(p) for p in self.periods]

    def period(self, row: int) -> str:
        return "" if self.periods is None else self.periods[row]


@dataclass(frozen=True)
class Finding:
    table: str
    area: str
    period: str
    kind: str
    detail: str
    low: float = float("nan")
    high: float = float("nan")


@dataclass
class DisclosureResult:
    findings: List[Finding] = field(default_factory=list)
    links: List[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings


def _key(area: str) -> str:
    return _CBS_PREFIX.sub("", area).replace(" ", "").upper()


def _period_link(totals: CountTable, detail: CountTable, offsets):
    """Groups: totals[area] = sum of detail[area, every period]."""
    if totals.periods is not None or detail.periods is None:
        return []
    rows = {}
    for row, area in enumerate(detail.areas):
        rows.setdefault(_key(area), []).append(offsets[detail.name] + row)
    return _groups_if_complete(totals, offsets, [rows.get(_key(a)) for a in totals.areas])


def _hierarchy_link(totals: CountTable, detail: CountTable, offsets):
    """Groups: totals[parent, period] = sum of detail[child, period], child id extends the
    parent's id."""
    if (totals.periods is None) != (detail.periods is None):
        return []
    parents = [_key(a) for a in totals.areas]
    lengths = {len(p) for p in parents}
    children = [_key(a) for a in detail.areas]
    if len(lengths) != 1 or not all(len(c) > min(lengths) for c in children):
        return []
    length = lengths.pop()
    rows = {}
    for row, child in enumerate(children):
        rows.setdefault((child[:length], detail.period(row)), []).append(
            offsets[detail.name] + row)
    members = [rows.get((p, totals.period(r))) for r, p in enumerate(parents)]
    return _groups_if_complete(totals, offsets, members)


def _groups_if_complete(totals, offsets, members):
    if not members or any(m is None for m in members):
        return []
    return [(offsets[totals.name] + row, tuple(m)) for row, m in enumerate(members)]


def link(tables: Sequence[CountTable]) -> Tuple[LinkedTable, List[str]]:
    """All rows of all tables as one :class:`LinkedTable`, and the links found (as text)."""
    offsets, start = {}, 0
    for table in tables:
        offsets[table.name] = start
        start += len(table.counts)
    values = np.concatenate([np.nan_to_num(t.counts) for t in tables]) if tables else \
        np.zeros(0)
    groups, links = [], []
    for totals in tables:
        for detail in tables:
            if detail is totals:
                continue
            for kind, make in ((LINK_PERIODS, _period_link), (LINK_HIERARCHY, _hierarchy_link)):
                found = make(totals, detail, offsets)
                if found:
                    groups += found
                    links.append(_tr(LINK_TEXT[kind]).format(total=totals.name,
                                                             detail=detail.name))
    return LinkedTable(values, tuple(groups)), links


def check_tables(tables: Sequence[CountTable], k: int = DEFAULT_K) -> DisclosureResult:
    """Small published counts and recoverable suppressed ones in tables shared together."""
    linked, links = link(tables)
    suppressed = np.concatenate([t.suppressed for t in tables]) if tables else np.zeros(0, bool)
    result = DisclosureResult(links=links)
    where = [(t, row) for t in tables for row in range(len(t.counts))]
    for cell, (table, row) in enumerate(where):
        value = table.counts[row]
        if not suppressed[cell] and 0 < value < k:
            result.findings.append(Finding(table.name, table.areas[row], table.period(row),
                                           SMALL, _tr(DETAIL_SMALL).format(value=value, k=k)))
    bounds = attack(linked, suppressed) if linked.groups else {}
    for cell, (low, high) in sorted(bounds.items()):
        if is_protected((low, high), k):
            continue
        table, row = where[cell]
        detail = (_tr(DETAIL_EXACT).format(low=low) if np.isclose(low, high)
                  else _tr(DETAIL_SMALL_RANGE).format(low=low, high=high))
        result.findings.append(Finding(table.name, table.areas[row], table.period(row),
                                       RECOVERABLE, detail, low, high))
    return result
