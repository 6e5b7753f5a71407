"""The list of Wijkradar algorithms the provider registers.

Each algorithm lives in its own module. An algorithm whose optional dependency is missing
still registers (so models that use it still open) and explains how to install it when run.
"""


def algorithm_classes():
    from .kde_hotspots import KdeHotspotsAlgorithm

    return [KdeHotspotsAlgorithm]
