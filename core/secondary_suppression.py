"""Secondary (complementary) suppression: counts published with their totals stay hidden.

Primary suppression (:mod:`core.suppression`) leaves counts 1..k-1 empty. When totals are
published too (area totals next to counts per area and week, PC4 totals next to PC6 counts,
wijk totals next to buurt counts), a reader recovers a lone empty cell by subtraction:
``total - published cells``. Statistical offices therefore suppress further cells, as CBS
does with tau-ARGUS (Hundepool et al. 2012, *Statistical Disclosure Control*, Wiley, ch. 4
and 5; de Wolf, *tau-ARGUS user's manual*, CBS). This module does that for tables whose
published relations are sums: each *group* says ``cell[total] == sum(cell[members])``.

Protection. A reader who knows every published value, every relation and that counts are
never negative can bound each empty cell by linear programming (:func:`attack`): minimise
and maximise the cell subject to the relations. A primary cell (a count below k) is
*protected* when that interval reaches k or more (the reader cannot tell it is a small
count) and is not a single value. :func:`protect` adds cells until every primary cell is
protected:

1. every group with an empty cell gets a second one (the smallest non-zero count of the
   group, so as little information as possible is lost: tau-ARGUS's "minimise the total
   suppressed value");
2. then each primary cell is attacked; while it is not protected, the smallest non-zero
   published cell in a group linked to it through empty cells is suppressed too, and it is
   attacked again.

Cost: two linear programmes per small count, each over the empty cells linked to it. On the
2-core test machine: 4,200 PC6 areas in 210 PC4 areas with 2,000 small counts, 16 s; 100
areas x 26 weeks with row, column and grand totals (1,400 small counts, all linked through
the totals), 85 s.

Totals are cells like any other: a PC4 total below k is itself suppressed, and protected in
the level above. Zeros are published (see :mod:`core.suppression`) and never chosen, since
an empty zero does not widen any interval.

Examples
--------
>>> table = two_way_table([[2, 9, 7], [8, 6, 11]])
>>> hidden = protect(table, k=5)
>>> int(hidden.sum()) >= 4     # the 2, one more cell in its row and column, and a fourth
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from .suppression import DEFAULT_K, small_count_mask


@dataclass(frozen=True)
class LinkedTable:
    """Published cells (inner cells and totals alike) and the sums that link them."""

    values: np.ndarray                              # every cell, as counts
    groups: Tuple[Tuple[int, Tuple[int, ...]], ...]  # (total cell, member cells)
    labels: Tuple[str, ...] = ()

    def groups_of(self) -> List[List[int]]:
        """For each cell: the groups it takes part in (as total or as member)."""
        found: List[List[int]] = [[] for _ in range(len(self.values))]
        for number, (total, members) in enumerate(self.groups):
            for cell in (total, *members):
                found[cell].append(number)
        return found

    def cells_of(self, group: int) -> Tuple[int, ...]:
        total, members = self.groups[group]
        return (total, *members)


def two_way_table(matrix, row_labels: Sequence[str] = (), column_labels: Sequence[str] = ()
                  ) -> LinkedTable:
    """Counts per row x column (area x week) with row totals, column totals and the grand
    total. Cells are numbered inner cells row by row, then row totals, column totals, grand
    total."""
    inner = np.asarray(matrix, dtype=np.float64)
    rows, columns = inner.shape
    row_total = rows * columns + np.arange(rows)
    column_total = rows * columns + rows + np.arange(columns)
    grand = rows * columns + rows + columns
    cell = np.arange(rows * columns).reshape(rows, columns)
    groups = [(int(row_total[r]), tuple(int(c) for c in cell[r])) for r in range(rows)]
    groups += [(int(column_total[c]), tuple(int(x) for x in cell[:, c]))
               for c in range(columns)]
    groups.append((grand, tuple(int(t) for t in row_total)))
    groups.append((grand, tuple(int(t) for t in column_total)))
    values = np.concatenate([inner.ravel(), inner.sum(axis=1), inner.sum(axis=0),
                             [inner.sum()]])
    labels = tuple(f"{r}|{c}" for r in row_labels for c in column_labels) if (
        row_labels and column_labels) else ()
    return LinkedTable(values, tuple(groups), labels)


def hierarchy_table(counts, parents, with_grand_total: bool = True) -> LinkedTable:
    """Counts of children (PC6, buurt) with the totals of their parents (PC4, wijk) and,
    optionally, the grand total. Cells: children, then parents in sorted order, then the
    grand total. Labels are the parent names for parent cells."""
    counts = np.asarray(counts, dtype=np.float64)
    parents = np.asarray(parents, dtype=object)
    names = sorted(set(parents.tolist()), key=str)
    start = len(counts)
    groups, totals = [], []
    for number, name in enumerate(names):
        members = np.flatnonzero(parents == name)
        groups.append((start + number, tuple(int(m) for m in members)))
        totals.append(counts[members].sum())
    values = np.concatenate([counts, totals])
    if with_grand_total:
        groups.append((len(values), tuple(range(start, start + len(names)))))
        values = np.append(values, counts.sum())
    labels = tuple([""] * start + [str(n) for n in names] + ([""] if with_grand_total else []))
    return LinkedTable(values, tuple(groups), labels)


# --- The attacker -----------------------------------------------------------------------------

def attack(table: LinkedTable, suppressed, cells=None, groups_of=None
           ) -> Dict[int, Tuple[float, float]]:
    """What a reader can infer: for each empty cell in ``cells`` (default all empty cells),
    the smallest and largest value consistent with every published value and relation and
    with counts >= 0 (linear programming with scipy's HiGHS). Only the groups linked to a
    cell through empty cells constrain it, so each programme is solved on those alone."""
    suppressed = np.asarray(suppressed, dtype=bool)
    cells = np.flatnonzero(suppressed) if cells is None else cells
    groups_of = table.groups_of() if groups_of is None else groups_of
    bounds, systems = {}, {}
    for cell in cells:
        groups = tuple(_component(table, suppressed, int(cell), groups_of))
        if groups not in systems:
            systems[groups] = _system(table, suppressed, groups)
        bounds[int(cell)] = _bounds(int(cell), *systems[groups])
    return bounds


def _bounds(cell, unknown, matrix, rhs) -> Tuple[float, float]:
    from scipy.optimize import linprog

    if cell not in unknown:
        return 0.0, np.inf  # in no published sum: anything goes
    objective = np.zeros(len(unknown))
    objective[unknown.index(cell)] = 1.0
    found = []
    for sign in (1.0, -1.0):
        result = linprog(sign * objective, A_eq=matrix if len(rhs) else None,
                         b_eq=rhs if len(rhs) else None, bounds=(0, None), method="highs")
        found.append(sign * result.fun if result.status == 0 else
                     (np.inf if sign < 0 and result.status == 3 else np.nan))
    return found[0], found[1]


def _system(table: LinkedTable, suppressed: np.ndarray, groups):
    """A x = b over the empty cells of ``groups`` (a sparse A): per group, total - members
    = 0 with the published cells moved to the right-hand side."""
    from scipy.sparse import csr_matrix

    unknown = sorted({c for g in groups for c in table.cells_of(g) if suppressed[c]})
    column = {c: i for i, c in enumerate(unknown)}
    rows, cols, data, rhs = [], [], [], []
    for group in groups:
        total, members = table.groups[group]
        cells = np.array((total, *members))
        signs = np.r_[1.0, -np.ones(len(members))]
        empty = suppressed[cells]
        rows += [len(rhs)] * int(empty.sum())
        cols += [column[c] for c in cells[empty]]
        data += signs[empty].tolist()
        rhs.append(-float((signs[~empty] * table.values[cells[~empty]]).sum()))
    matrix = csr_matrix((data, (rows, cols)), shape=(len(rhs), len(unknown)))
    return unknown, matrix, np.array(rhs)


def is_protected(bounds: Tuple[float, float], k: int) -> bool:
    low, high = bounds
    return bool(np.isfinite(low)) and high >= k and high > low


def unprotected(table: LinkedTable, suppressed, primary, k: int, groups_of=None) -> List[int]:
    """Primary cells the attacker narrows below k or to a single value."""
    cells = np.flatnonzero(np.asarray(primary, dtype=bool))
    return [cell for cell, b in attack(table, suppressed, cells, groups_of).items()
            if not is_protected(b, k)]


# --- Choosing cells ---------------------------------------------------------------------------

def protect(table: LinkedTable, k: int = DEFAULT_K, primary=None, fixed=None) -> np.ndarray:
    """The cells to leave empty (primary and secondary) so that no primary cell can be
    recovered or bounded below k from what is published. ``primary`` defaults to the counts
    from 1 to k-1; ``fixed`` cells are never chosen as secondary ones (totals published
    elsewhere). Cells that cannot be protected stay suppressed (see :func:`unprotected`).

    One pass suffices: suppressing a cell only adds unknowns, so an interval never narrows
    and a cell once protected stays protected."""
    primary = small_count_mask(table.values, k) if primary is None else np.asarray(primary,
                                                                                  bool)
    suppressed = primary.copy()
    # A fixed cell counts as 'already empty' for choosing: it is never picked.
    blocked = suppressed | (np.zeros(len(primary), bool) if fixed is None
                            else np.asarray(fixed, bool))
    _second_cell_per_group(table, suppressed, blocked)
    groups_of = table.groups_of()
    for cell in unprotected(table, suppressed, primary, k, groups_of):
        while not is_protected(attack(table, suppressed, [cell], groups_of)[cell], k):
            chosen = _cheapest_neighbour(table, suppressed, blocked, cell, groups_of)
            if chosen is None:
                break  # nothing left to suppress around it: reported by unprotected()
            suppressed[chosen] = blocked[chosen] = True
    return suppressed


def _second_cell_per_group(table: LinkedTable, suppressed: np.ndarray,
                           blocked: np.ndarray) -> None:
    """A group with one empty cell gets a second: its smallest non-zero published cell that
    may be chosen."""
    changed = True
    while changed:
        changed = False
        for group in range(len(table.groups)):
            cells = table.cells_of(group)
            if sum(suppressed[c] for c in cells) != 1:
                continue
            chosen = _smallest(table, blocked, cells)
            if chosen is not None:
                suppressed[chosen] = blocked[chosen] = True
                changed = True


def _smallest(table: LinkedTable, blocked: np.ndarray, cells) -> int:
    open_cells = [c for c in cells if not blocked[c] and table.values[c] > 0]
    return min(open_cells, key=lambda c: (table.values[c], c)) if open_cells else None


def _cheapest_neighbour(table: LinkedTable, suppressed: np.ndarray, blocked: np.ndarray,
                        cell: int, groups_of):
    """The smallest non-zero cell that may be chosen in a group linked to ``cell`` through
    empty cells."""
    cells = {c for g in _component(table, suppressed, cell, groups_of)
             for c in table.cells_of(g)}
    return _smallest(table, blocked, sorted(cells))


def _component(table: LinkedTable, suppressed: np.ndarray, cell: int, groups_of) -> List[int]:
    """The groups linked to ``cell`` through empty cells."""
    seen_cells, seen_groups, todo = {cell}, set(), [cell]
    while todo:
        current = todo.pop()
        for group in groups_of[current]:
            if group in seen_groups:
                continue
            seen_groups.add(group)
            for other in table.cells_of(group):
                if suppressed[other] and other not in seen_cells:
                    seen_cells.add(other)
                    todo.append(other)
    return sorted(seen_groups)


# --- What is written beside a shared table ------------------------------------------------

FEATURE_COUNT_KEY = "feature_count"


def without_counts(record):
    """A copy of a provenance record part (inputs, parameters: lists and dicts) with every
    ``feature_count`` set to None: the number of incidents read, next to the published
    counts, gives back the sum of the suppressed ones."""
    if isinstance(record, dict):
        return {key: None if key == FEATURE_COUNT_KEY else without_counts(value)
                for key, value in record.items()}
    if isinstance(record, list):
        return [without_counts(value) for value in record]
    return record


# --- Tables of counts as anonymise_incidents makes them -----------------------------------

_PC6 = r"^[1-9]\d{3}\s?[A-Za-z]{2}$"


def protect_frame(frame, k: int = DEFAULT_K, count_column: str = "n_incidents",
                  flag_column: str = "onderdrukt", period_column: Optional[str] = None):
    """Primary and secondary suppression of a frame of raw counts (one row per area, or per
    area and period), so that totals published next to it do not give suppressed counts
    back: per area, the PC4 totals (when the ids are PC6 postcodes) and the overall total;
    per area and period, the totals per area, per period and overall.

    Returns a copy with the suppressed counts empty (nullable Int64) and flagged, and the
    number of counts left empty besides the small ones. Rows that are not there (a period
    without incidents) are published zeros and never chosen.

    Examples
    --------
    Three PC6 postcodes of PC4 1011 and two of 1012: with the PC4 totals published, the 3
    would be 1011's total minus 12 and 8, so the 8 is left empty too:

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"area_id": ["1011AB", "1011AC", "1011AD", "1012AA", "1012AB"],
    ...                       "n_incidents": [3, 12, 8, 20, 15]})
    >>> shared, extra = protect_frame(frame)
    >>> shared["n_incidents"].tolist(), extra
    ([<NA>, 12, <NA>, 20, 15], 1)
    """
    counts = frame[count_column].to_numpy(dtype=np.float64)
    if period_column is None:
        mask = _protect_areas(frame["area_id"].astype(str), counts, k)
    else:
        mask = _protect_area_periods(frame["area"].to_numpy(), frame[period_column], counts, k)
    out = frame.copy()
    out[count_column] = out[count_column].astype("Int64").mask(mask)
    out[flag_column] = mask
    return out, int(mask.sum() - small_count_mask(counts, k).sum())


def _protect_areas(ids, counts, k):
    pc6 = bool(len(ids)) and bool(ids.str.match(_PC6).all())
    parents = ids.str.replace(" ", "").str[:4] if pc6 else np.full(len(ids), "all")
    table = hierarchy_table(counts, parents, with_grand_total=pc6)
    return protect(table, k, fixed=_totals(table, len(counts)))[:len(counts)]


def _protect_area_periods(areas, periods, counts, k):
    area_codes, area_index = np.unique(areas, return_inverse=True)
    period_codes, period_index = np.unique(np.asarray(periods).astype(str), return_inverse=True)
    matrix = np.zeros((len(area_codes), len(period_codes)))
    matrix[area_index, period_index] = counts
    table = two_way_table(matrix)
    hidden = protect(table, k, fixed=_totals(table, matrix.size))
    return hidden[:matrix.size].reshape(matrix.shape)[area_index, period_index]


def _totals(table: LinkedTable, inner: int) -> np.ndarray:
    """The total cells (after the ``inner`` ones): published elsewhere, never chosen."""
    fixed = np.zeros(len(table.values), dtype=bool)
    fixed[inner:] = True
    return fixed
