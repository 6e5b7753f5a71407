"""Test data for the privacy checks, shared by the core and QGIS tests."""


def valid_bsns(n, start=10000000):
    """n BSNs passing the 11-test: 8 leading digits plus the check digit that makes it fit."""
    found = []
    for head in range(start, start + 20 * n):
        digits = [int(d) for d in f"{head:08d}"]
        check = sum(d * w for d, w in zip(digits, range(9, 1, -1))) % 11
        if check <= 9:
            found.append(f"{head:08d}{check}")
        if len(found) == n:
            return found
    raise AssertionError("not enough BSNs")
