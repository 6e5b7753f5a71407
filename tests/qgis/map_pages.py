"""Checks of printed patrol focus map pages, and test data shaped like a city's export.

A page is read back from the PDF with poppler (``pdftotext -bbox``: every word with its box)
and compared with the layout's item frames: no two words overlap, every word lies inside the
frame of the item that prints it. The numbered markers are symbols, not text: they are read
from the markers layer and placed on each page's map frame independently of the plugin.
"""

import math
import os
import re
import subprocess

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

MM_PER_PT = 25.4 / 72
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                  r"([^<]*)</word>")


def page_words(pdf, page):
    """(text, (x0, y0, x1, y1) in mm from the page's top left) of every word on a page."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"],
                          capture_output=True, text=True, check=True).stdout
    return [(match.group(5), tuple(float(v) * MM_PER_PT for v in match.groups()[:4]))
            for match in WORD.finditer(html)]


def inner(box, share=0.2):
    """A word's box without the font's empty ascent and descent (lines may touch there)."""
    x0, y0, x1, y1 = box
    height = y1 - y0
    return (x0 + 0.1, y0 + share * height, x1 - 0.1, y1 - share * height)


def intersect(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def overlapping_words(words):
    boxes = [inner(box) for _, box in words]
    return [(words[i][0], words[j][0]) for i in range(len(words))
            for j in range(i + 1, len(words)) if intersect(boxes[i], boxes[j])]


def item_frames(layout):
    """id -> (x0, y0, x1, y1) mm of every item with an id, as placed now (the scale bar's
    width follows the page)."""
    frames = {}
    for item in layout.items():
        if hasattr(item, "id") and item.id():
            position = item.pos()
            frames[item.id()] = (position.x(), position.y(), position.x() + item.rect().width(),
                                 position.y() + item.rect().height())
    return frames


def words_in(words, frame, tolerance=0.3):
    x0, y0, x1, y1 = frame
    return [(text, box) for text, box in words
            if box[0] >= x0 - tolerance and box[2] <= x1 + tolerance and
            box[1] >= y0 - tolerance and box[3] <= y1 + tolerance]


def outside_every_frame(words, frames):
    return [text for text, box in words
            if not any(words_in([(text, box)], frame) for frame in frames.values())]


def for_each_page(layout):
    """Yields (page number from 1, page name) with the layout showing that page."""
    atlas = layout.atlas()
    if not atlas.enabled():
        yield 1, ""
        return
    atlas.beginRender()
    try:
        for number in range(atlas.count()):
            atlas.seekTo(number)
            yield number + 1, atlas.nameForPage(number)
    finally:
        atlas.endRender()


def markers_on_page(layout, page):
    """(rank, centre x, centre y in mm on the page) of the page's numbered markers."""
    focus_map = layout.itemById("focus_map")
    markers = next(layer for layer in focus_map.layers() if layer.name() == "markers")
    extent, corner = focus_map.extent(), focus_map.pos()
    width, height = focus_map.rect().width(), focus_map.rect().height()
    found = []
    for feature in markers.getFeatures():
        if feature["page"] != page:
            continue
        point = feature.geometry().asPoint()
        found.append((feature["rank"],
                      corner.x() + (point.x() - extent.xMinimum()) / extent.width() * width,
                      corner.y() + (extent.yMaximum() - point.y()) / extent.height() * height))
    return sorted(found)


def table_rows(layout, words):
    """The printed list of a page as rows of cell texts (one per column, '' for an empty
    cell), read from the page's ``words`` (page_words) in the list's frame, heading left out.

    Columns are cut where the layout's table puts them (each column's width, two cell margins
    and a grid line); a row is where its number stands in the first column, and a word
    belongs to the row whose number is nearest in height (a wrapped cell's lines sit around
    it)."""
    from wijkradar.processing.layout_builder import focus_table

    table, frame = focus_table(layout), item_frames(layout)["focus_table"]
    stroke, margin = table.gridStrokeWidth(), table.cellMargin()
    edges = [frame[0] + stroke]
    for column in table.columns():
        edges.append(edges[-1] + column.width() + 2 * margin + stroke)
    listed = words_in(words, frame)
    heading_top = min(box[1] for _, box in listed)
    body = [(text, box) for text, box in listed if box[1] > heading_top + 1.0]

    def middle(box):
        return (box[1] + box[3]) / 2

    numbers = sorted((middle(box), text) for text, box in body
                     if box[2] <= edges[1] and text.isdigit())
    rows = [[[] for _ in table.columns()] for _ in numbers]
    for text, box in body:
        row = min(range(len(numbers)), key=lambda i: abs(numbers[i][0] - middle(box)))
        column = max(i for i, edge in enumerate(edges[:-1]) if box[0] >= edge - 0.5)
        rows[row][column].append(text)
    return [[" ".join(cell) for cell in row] for row in rows]


def layout_of(result):
    """The layout the map was printed from, kept for the designer (never in the project)."""
    from wijkradar.processing import layout_session

    return layout_session.kept_layout(result["LAYOUT"])


# --- a city's export: a 250 m grid over the demo municipality -----------------------------

CELL = 250.0
# Centres (RD) and heights of the incident hot spots: the top cells of a district touch.
HOT_SPOTS = ((150200, 411600, 0.9), (152600, 412700, 0.7), (147700, 410500, 0.6),
             (153900, 409600, 0.5), (149100, 407200, 0.4))
FORECAST_PERIOD = "2025-W02"


def grid_town(wijken_uri, path):
    """Writes ``grid_cells`` (EPSG:4326 as exports come: area_id, expected, risk_score,
    driver_1, forecast_period, model) and ``districts`` (district_name) to a GeoPackage, with
    the provenance record a risk forecast leaves beside its output; returns the cell count."""
    wijken = QgsVectorLayer(wijken_uri, "wijken", "ogr")
    districts = QgsVectorLayer("MultiPolygon?crs=EPSG:28992&field=district_name:string",
                               "districts", "memory")
    for wijk in wijken.getFeatures():
        district = QgsFeature(districts.fields())
        district.setGeometry(wijk.geometry())
        district.setAttributes([wijk["wijknaam"]])
        districts.dataProvider().addFeatures([district])
    town = QgsGeometry.unaryUnion([f.geometry() for f in wijken.getFeatures()])
    cells = [cell for cell in grid_cells(town.boundingBox()) if town.contains(cell[2])]
    write_layer(cell_layer(cells), path, "grid_cells")
    write_layer(districts, path, "districts")
    with open(path + ".provenance.json", "w", encoding="utf-8") as handle:
        handle.write('{"algorithm": "wijkradar:postcode_risk", "parameters": {"MIN_COUNT": 5}, '
                     '"notes": ["Forecast for 2025-W02 with Poisson GLM; incidents counted per '
                     'week.", "incidents_recent counts the last 13 periods."]}')
    return len(cells)


def grid_cells(box):
    """(area_id, expected incidents, centre) of the 250 m cells over a box in RD."""
    columns = range(math.floor(box.xMinimum() / CELL), math.ceil(box.xMaximum() / CELL))
    rows = range(math.floor(box.yMinimum() / CELL), math.ceil(box.yMaximum() / CELL))
    for row in rows:
        for column in columns:
            x, y = (column + 0.5) * CELL, (row + 0.5) * CELL
            expected = 0.004 + sum(height * math.exp(-((x - hx) ** 2 + (y - hy) ** 2) /
                                                     (2 * 450.0 ** 2))
                                   for hx, hy, height in HOT_SPOTS)
            yield (f"E{int(x // 100)}N{int(y // 100)}", expected,
                   QgsGeometry.fromPointXY(QgsPointXY(x, y)))


def cell_layer(cells):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=area_id:string&field=expected:double"
                           "&field=risk_score:double&field=driver_1:string"
                           "&field=forecast_period:string&field=model:string", "grid", "memory")
    to_wgs84 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:28992"),
                                      QgsCoordinateReferenceSystem("EPSG:4326"),
                                      QgsProject.instance())
    top = max(expected for _, expected, _ in cells)
    features = []
    for area_id, expected, centre in cells:
        point = centre.asPoint()
        square = QgsGeometry.fromRect(QgsRectangle(point.x() - CELL / 2, point.y() - CELL / 2,
                                                   point.x() + CELL / 2, point.y() + CELL / 2))
        square.transform(to_wgs84)
        count = round(expected * 10)
        driver = (f"{count} incidents in the last 4 weeks; {expected / 0.03:.1f}x the average "
                  "area over the last 52 weeks" if count >= 5 else
                  "earlier incidents in the area")
        feature = QgsFeature(layer.fields())
        feature.setGeometry(square)
        feature.setAttributes([area_id, round(expected, 4), round(100 * expected / top, 1),
                               driver, FORECAST_PERIOD, "glm"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def write_layer(layer, path, name):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    if os.path.exists(path):
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, path, QgsProject.instance().transformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
