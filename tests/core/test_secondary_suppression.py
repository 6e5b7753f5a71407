"""Secondary suppression against a reader who solves the published sums (issue 20).

The attacker here is written apart from core.secondary_suppression: one linear programme over
every cell of the table (published cells fixed, empty cells >= 0, every published sum an
equality), minimising and maximising each suppressed count."""

import numpy as np
import pytest
from scipy.optimize import linprog

from wijkradar.core.secondary_suppression import (
    attack,
    hierarchy_table,
    protect,
    two_way_table,
)
from wijkradar.core.suppression import small_count_mask

K = 5


def interval(table, suppressed, cell):
    """min and max of ``cell`` given everything published (independent attacker)."""
    n = len(table.values)
    rows = []
    for total, members in table.groups:
        row = np.zeros(n)
        row[total] = 1.0
        row[list(members)] -= 1.0
        rows.append(row)
    bounds = [(0, None) if suppressed[i] else (table.values[i], table.values[i])
              for i in range(n)]
    objective = np.zeros(n)
    objective[cell] = 1.0
    low = linprog(objective, A_eq=np.array(rows), b_eq=np.zeros(len(rows)), bounds=bounds,
                  method="highs")
    high = linprog(-objective, A_eq=np.array(rows), b_eq=np.zeros(len(rows)), bounds=bounds,
                   method="highs")
    assert low.status == 0
    return low.fun, (np.inf if high.status == 3 else -high.fun)


def assert_protected(table, suppressed, k=K):
    primary = small_count_mask(table.values, k)
    assert suppressed[primary].all()
    for cell in np.flatnonzero(primary):
        low, high = interval(table, suppressed, cell)
        assert high >= k and high > low + 1e-9, (cell, table.values[cell], low, high)
    shown = table.values[~suppressed]
    assert not ((shown > 0) & (shown < k)).any()


def pc6_in_pc4(seed=1, n_pc4=12, per_pc4=9):
    rng = np.random.default_rng(seed)
    counts = rng.poisson(rng.gamma(1.2, 3.0, n_pc4 * per_pc4))
    parents = np.repeat([f"52{i:02d}" for i in range(n_pc4)], per_pc4)
    return hierarchy_table(counts, parents)


def area_by_week(seed=4, areas=10, weeks=8):
    rng = np.random.default_rng(seed)
    return two_way_table(rng.poisson(rng.gamma(1.5, 4.0, (areas, 1)), (areas, weeks)))


@pytest.mark.parametrize("table", [
    hierarchy_table([3, 12, 9, 7, 6, 0], ["5211"] * 3 + ["5212"] * 3),
    two_way_table([[2, 9, 7], [8, 6, 11]])], ids=["pc6_in_pc4", "area_by_week"])
def test_primary_suppression_alone_is_recovered_by_subtraction(table):
    primary = small_count_mask(table.values, K)
    low, high = interval(table, primary, int(np.flatnonzero(primary)[0]))
    assert low == high == table.values[primary][0]  # the leak the issue describes


@pytest.mark.parametrize("seed", range(4))
def test_pc6_counts_with_pc4_totals_survive_the_attacker(seed):
    table = pc6_in_pc4(seed)
    assert_protected(table, protect(table, K))


@pytest.mark.parametrize("seed", range(4))
def test_area_by_week_with_totals_survives_the_attacker(seed):
    table = area_by_week(seed)
    assert_protected(table, protect(table, K))


def test_core_attacker_agrees_with_the_independent_one():
    table = area_by_week(7)
    hidden = protect(table, K)
    for cell, (low, high) in attack(table, hidden).items():
        assert np.allclose((low, high), interval(table, hidden, cell))


def test_the_second_cell_is_the_smallest_in_its_row_and_column():
    table = two_way_table([[2, 9, 7, 30], [8, 6, 11, 40], [12, 15, 13, 20]])
    hidden = protect(table, K)
    inner = hidden[:12].reshape(3, 4)
    # the 2 at (0, 0); its row's smallest other count is 7, its column's 8; then 6 or 11
    # closes the cycle: a rectangle of four cells, none of the large ones
    assert inner[0, 0] and inner[0, 2] and inner[1, 0] and inner[1, 2]
    assert inner.sum() == 4 and not hidden[12:].any()
    assert_protected(table, hidden)


def test_a_small_total_is_suppressed_and_protected_in_the_level_above():
    counts = [2, 0, 0, 6, 7, 9, 5, 8, 12]
    parents = ["5211"] * 3 + ["5212"] * 3 + ["5213"] * 3
    table = hierarchy_table(counts, parents)
    hidden = protect(table, K)
    assert hidden[9]  # PC4 5211 totals 2: suppressed itself
    assert_protected(table, hidden)


def test_zeros_are_never_chosen():
    table = pc6_in_pc4(2)
    hidden = protect(table, K)
    assert not (hidden & (table.values == 0)).any()


# --- Frames as anonymise_incidents makes them ---------------------------------------------

def test_protect_frame_per_pc6_area_survives_pc4_and_overall_totals():
    import pandas as pd

    from wijkradar.core.secondary_suppression import protect_frame

    rng = np.random.default_rng(12)
    ids = [f"52{i // 10:02d} {'ABCDEFGHJK'[i % 10]}B" for i in range(80)]
    counts = rng.poisson(rng.gamma(1.0, 4.0, 80))
    counts[:10] = [2, 9, 12, 7, 0, 15, 8, 6, 0, 11]  # PC4 5200: one small count alone
    frame = pd.DataFrame({"area": np.arange(80), "area_id": ids, "n_incidents": counts})
    out, extra = protect_frame(frame, K)
    hidden = out["onderdrukt"].to_numpy()
    assert extra > 0 and out["n_incidents"].isna().sum() == hidden.sum()
    table = hierarchy_table(counts, [i[:4] for i in ids])
    assert_protected(table, np.r_[hidden, small_count_mask(table.values, K)[80:]])


def test_protect_frame_per_area_and_week_survives_all_totals():
    import pandas as pd

    from wijkradar.core.secondary_suppression import protect_frame

    rng = np.random.default_rng(13)
    matrix = rng.poisson(rng.gamma(1.5, 3.0, (8, 1)), (8, 6))
    rows = [(a, f"2024-W{w + 10}", matrix[a, w]) for a in range(8) for w in range(6)
            if matrix[a, w] > 0]
    frame = pd.DataFrame(rows, columns=["area", "start", "n_incidents"])
    frame.insert(1, "area_id", [f"cell{a}" for a in frame["area"]])
    out, _ = protect_frame(frame, K, period_column="start")
    hidden = np.zeros((8, 6), bool)
    for (a, w, _), flag in zip(rows, out["onderdrukt"]):
        hidden[a, int(w[-2:]) - 10] = flag
    table = two_way_table(matrix)
    totals_hidden = small_count_mask(table.values, K)[48:]  # small totals: empty elsewhere
    assert_protected(table, np.r_[hidden.ravel(), totals_hidden])
