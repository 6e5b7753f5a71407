"""Renders the first inline SVG chart of a Wijkradar HTML report to a PNG, with Qt.

Used for the README's picture of the demo's intervention evaluation (the series chart of
`wijkradar:evaluate_intervention`'s report); no browser is needed::

    PYTHONPATH=build/pkg .venv/bin/python scripts/report_chart.py \\
        demo-output/intervention_report.html docs/images/intervention-series.png
"""

import argparse
import os
import re
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.PyQt.QtCore import QByteArray, QRectF, Qt  # noqa: E402
from qgis.PyQt.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from qgis.PyQt.QtSvg import QSvgRenderer  # noqa: E402

SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL)


def first_svg(html_text):
    """The first <svg>...</svg> element of a page; a clear error when there is none."""
    match = SVG.search(html_text)
    if match is None:
        raise SystemExit("The report holds no inline SVG chart (was it written by Wijkradar?)")
    return match.group(0)


def render_png(svg_text, path, scale=2.0):
    """Draws the SVG on white at `scale` times its own size and saves it as a PNG."""
    renderer = QSvgRenderer(QByteArray(svg_text.encode("utf-8")))
    if not renderer.isValid():
        raise SystemExit("Qt could not read the report's SVG chart")
    size = renderer.defaultSize()
    image = QImage(round(size.width() * scale), round(size.height() * scale),
                   QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    if not image.save(path, "PNG"):
        raise SystemExit(f"Could not write {path}")
    return image.width(), image.height()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", help="an HTML report with an inline SVG chart")
    parser.add_argument("png", help="the PNG to write")
    parser.add_argument("--scale", type=float, default=2.0, help="pixels per SVG unit")
    args = parser.parse_args(argv)
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts need a running application)
    with open(args.report, encoding="utf-8") as handle:
        svg_text = first_svg(handle.read())
    width, height = render_png(svg_text, args.png, args.scale)
    print(f"wrote {args.png} ({width} x {height} pixels)")


if __name__ == "__main__":
    main()
