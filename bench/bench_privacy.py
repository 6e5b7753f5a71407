"""Privacy scan benchmark: recall and false positives per category, and the speed of a scan.

What is measured
----------------
- ``labelled``: every value of the labelled set (tests/fixtures/privacy/labelled_values.csv,
  written by scripts/make_privacy_testset.py with a fixed seed) scanned alone, with the
  optional library deduce and with the pattern rules only (the fallback): the share of
  personal values found (recall) and of other values wrongly reported (false positives)
  per category. The tests assert the targets (tests/core/test_privacy_text.py).
- ``speed``: ``core.privacy.scan_table`` on 1,000,000 values (five fields of 200,000:
  incident ids, PC6 postcodes, crime types, text dates and free-text notes, 20,000 of them
  distinct) with the sample limit raised to all of them, so every value is read; with
  deduce (its lists loaded before the clock starts; loading is timed apart) and without.

Run on its own with ``python bench/run_all.py privacy``.
"""

import importlib.util
import os
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N_VALUES = 1_000_000
N_FIELDS = 5
JOB_TIMEOUT = 900.0
TARGET_RECALL = 0.95
PERSONAL = ("name", "address", "note_personal")


def testset_script():
    path = os.path.join(REPO, "scripts", "make_privacy_testset.py")
    spec = importlib.util.spec_from_file_location("make_privacy_testset", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- child jobs ------------------------------------------------------------------------------

def child_labelled():
    from run_all import print_result

    from wijkradar.core import deid

    script = testset_script()
    rows = script.read()
    figures = {"patterns": script.evaluate(rows, use_deduce=False)}
    if deid.available():
        start = time.perf_counter()
        deid.annotator()
        figures["load_seconds"] = time.perf_counter() - start
        figures["deduce"] = script.evaluate(rows, use_deduce=True)
        figures["deduce_version"] = deid.version()
    print_result(figures)
    return 0


def million_values():
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(20261130)
    n = N_VALUES // N_FIELDS
    notes = np.array([f"Fiets gestolen bij station tussen {i % 24} en {(i + 3) % 24} uur, "
                      f"melding {i}" for i in range(20_000)], dtype=object)
    return pd.DataFrame({
        "incident_id": np.arange(n),
        "postcode": [f"{p}{a}{b}" for p, a, b in zip(rng.integers(1000, 9999, n),
                                                     rng.choice(list("ABCDEFGH"), n),
                                                     rng.choice(list("KLMNPRST"), n))],
        "soort": rng.choice(["Woninginbraak", "Fietsendiefstal", "Vernieling",
                             "Overlast jeugd"], n),
        "datum": [f"2024-{m:02d}-{d:02d}" for m, d in zip(rng.integers(1, 13, n),
                                                       rng.integers(1, 29, n))],
        "opmerking": notes[rng.integers(0, len(notes), n)],
    })


def child_speed():
    from run_all import print_result

    from wijkradar.core import deid
    from wijkradar.core.privacy import scan_table

    frame = million_values()
    figures = {"values": int(frame.size)}
    for use_deduce in (False, True):
        if use_deduce and not deid.available():
            continue
        if use_deduce:
            deid.annotator()
        start = time.perf_counter()
        result = scan_table(frame, sample_limit=N_VALUES, use_deduce=use_deduce)
        key = "deduce" if use_deduce else "patterns"
        figures[key] = time.perf_counter() - start
        figures[key + "_verdict"] = result.verdict
        figures[key + "_scanned"] = sum(result.values_scanned.values())
    print_result(figures)
    return 0


# -- the section ---------------------------------------------------------------------------

def run(bench=None):
    if bench is None:
        from run_all import Bench

        bench = Bench()
    labelled = bench.run_child("privacy_labelled", [__file__, "labelled"], timeout=JOB_TIMEOUT)
    speed = bench.run_child("privacy_speed", [__file__, "speed"], timeout=JOB_TIMEOUT)
    return markdown(labelled, speed)


def _rate(found, total):
    return f"{found}/{total} ({100 * found / total:.1f}%)"


def _table(labelled):
    with_deduce = labelled.result.get("deduce")
    lines = ["| Category | Values | Kind | With deduce | Pattern rules only |",
             "|---|---:|---|---:|---:|"]
    for category, (found, total) in labelled.result["patterns"].items():
        kind = "recall" if category in PERSONAL else "false positives"
        deduce_cell = _rate(*with_deduce[category]) if with_deduce else "not installed"
        lines.append(f"| {category} | {total} | {kind} | {deduce_cell} | "
                     f"{_rate(found, total)} |")
    return lines


def markdown(labelled, speed):
    lines = ["## Privacy scan: names, addresses and identifiers in values", "",
             "Each value of the labelled set (810 values, seeded by "
             "scripts/make_privacy_testset.py) scanned alone in a field named `waarde` "
             "(notes: `opmerking`); found = verdict 'fail'.", ""]
    if labelled.ok:
        lines += _table(labelled) + [""]
        result = labelled.result
        if "deduce" in result:
            met = all(result["deduce"][c][0] / result["deduce"][c][1] >= TARGET_RECALL
                      for c in ("name", "address"))
            clean = all(result["deduce"][c][0] == 0 for c in ("cbs_code", "pc6"))
            lines += [f"deduce {result['deduce_version']}; loading its lists took "
                      f"{result['load_seconds']:.1f} s (once per process). Target recall "
                      f">= 95% on names and addresses: **{'met' if met else 'not met'}**; "
                      f"zero false positives on CBS codes and postcodes: "
                      f"**{'met' if clean else 'not met'}**.", ""]
    else:
        lines += [f"The labelled run failed (see {os.path.relpath(labelled.log)}).", ""]
    if speed.ok:
        r = speed.result
        lines.append(f"Speed: `scan_table` on {r['values']:,} values (5 fields x 200,000, "
                     f"every value read): {r['patterns']:.1f} s with the pattern rules")
        if "deduce" in r:
            lines[-1] += (f", {r['deduce']:.1f} s with deduce (its lists already loaded; it "
                          "reads at most 1,000 distinct values per field)")
        lines[-1] += f"; peak memory {speed.peak_mib:.0f} MiB."
    else:
        lines.append(f"The speed run failed (see {os.path.relpath(speed.log)}).")
    return "\n".join(lines) + "\n"


def main(argv=None):
    from run_all import child_main

    return child_main({"labelled": child_labelled, "speed": child_speed}, run, argv)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    sys.exit(main())
