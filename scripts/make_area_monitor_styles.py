"""Writes the shipped area monitor styles (resources/styles/*.qml) and a sample legend.

The styles come from the renderers in processing/area_monitor_style.py, so the .qml files
and the code cannot drift apart (tests/qgis/test_area_monitor.py checks they agree):

    PYTHONPATH=build/pkg .venv/bin/python scripts/make_area_monitor_styles.py
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication  # noqa: E402


def write_style(renderer, path):
    from wijkradar.processing.area_monitor_style import save_style

    if save_style(renderer, path) is None:
        raise SystemExit(f"Could not write {path}")
    print(f"wrote {os.path.relpath(path)}")


def main():
    app = QgsApplication([], False)
    app.initQgis()
    from wijkradar.processing import area_monitor_style as style

    os.makedirs(style.STYLES_DIR, exist_ok=True)
    write_style(style.bivariate_renderer(), style.BIVARIATE_QML)
    write_style(style.index_renderer(), style.INDEX_QML)
    legend = os.path.join(style.STYLES_DIR, "area_monitor_bivariate_legend.png")
    style.draw_bivariate_legend(legend, "Vulnerability", "Crime intensity", "low", "high",
                                "C3 = focus: high vulnerability and high crime")
    print(f"wrote {os.path.relpath(legend)}")
    app.exitQgis()


if __name__ == "__main__":
    main()
