"""Data shaped like a city's own export, as an analyst brings it to Wijkradar on day one:
English field names, a 250 m grid instead of postcodes (with the GeoPackage's ``fid``), eight
districts named in ``district_name``, and incidents with text dates in ``occurrence_date``
and an ``offence_type``, as a CSV with ``Long``/``Lat`` columns in WGS84 or as points in the
GeoPackage. The dates may be written as a real export has them: ISO and Dutch day-first mixed,
one from 1966 and one typo dated 2031.

Shared by the QGIS tests and the gui-smoke (which runs it inside QGIS desktop), so it needs
only qgis.core."""

import csv
import datetime
import os

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

CELL = 250.0
ORIGIN = (148000.0, 409000.0)  # RD New, south-west corner of the grid
COLUMNS, ROWS = 16, 12  # 4 km x 3 km
DISTRICTS = ("North", "North East", "East", "South East", "South", "South West", "West",
             "Centre")
OFFENCES = ("burglary", "bicycle theft", "assault", "vandalism")
FIRST_DAY = datetime.date(2022, 1, 3)
# Row number -> the date as a real export has it by mistake: an old case entered decades late,
# and 2023 typed as 2031. An analysis leaves both out.
STRAY_DATES = {5: "1966-05-12", 9: "2031-03-18"}


def write_gpkg(layer, path, name):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.layerName = name
    if os.path.exists(path):  # another layer in the same GeoPackage
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsProject.instance().transformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    return f"{path}|layername={name}"


def add_features(layer, rows):
    """rows: (attributes, QgsGeometry) pairs."""
    features = []
    for attributes, geometry in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(attributes)
        feature.setGeometry(geometry)
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    layer.updateExtents()
    return layer


def cell_rectangle(column, row):
    x0, y0 = ORIGIN[0] + column * CELL, ORIGIN[1] + row * CELL
    return QgsRectangle(x0, y0, x0 + CELL, y0 + CELL)


def grid_layer(id_type="string", scores=False):
    """grid_250m: a polygon per 250 m cell, ``area_id`` 'C0101' (or the cell number); with
    ``scores``, a ``risk_score`` per cell as an analysis would give (see cell_score)."""
    fields = f"field=area_id:{id_type}" + ("&field=risk_score:double" if scores else "")
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:28992&{fields}",
                           "scored grid" if scores else "grid_250m", "memory")
    rows = []
    for row in range(ROWS):
        for column in range(COLUMNS):
            identifier = (cell_id(column, row) if id_type == "string"
                          else row * COLUMNS + column + 1)
            attributes = [identifier] + ([cell_score(column, row)] if scores else [])
            rows.append((attributes, QgsGeometry.fromRect(cell_rectangle(column, row))))
    return add_features(layer, rows)


def cell_id(column, row):
    return f"C{row:02d}{column:02d}"


def cell_score(column, row):
    """A score with one clear top cell per district."""
    return float((row * 7 + column * 11) % 29)


def district_cells(number):
    """(column, row) of the cells of district ``number`` (0-7)."""
    first_column, first_row = (number % 4) * 4, (number // 4) * 6
    return [(column, row) for column in range(first_column, first_column + 4)
            for row in range(first_row, first_row + 6)]


def districts_layer():
    """districts: eight blocks of 4 x 6 cells, named in ``district_name``."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=district_name:string"
                           "&field=district_code:string", "districts", "memory")
    rows = []
    for number, name in enumerate(DISTRICTS):
        cells = district_cells(number)
        first, last = cell_rectangle(*cells[0]), cell_rectangle(*cells[-1])
        rectangle = QgsRectangle(first.xMinimum(), first.yMinimum(), last.xMaximum(),
                                 last.yMaximum())
        rows.append(([name, f"D{number + 1}"], QgsGeometry.fromRect(rectangle)))
    return add_features(layer, rows)


def write_city_gpkg(path):
    """grid_250m and districts in one GeoPackage (each gets the GeoPackage's fid)."""
    grid = write_gpkg(grid_layer(), path, "grid_250m")
    districts = write_gpkg(districts_layer(), path, "districts")
    return grid, districts


def written_date(day, number, mixed_dates):
    """``occurrence_date`` as the export writes it: ISO with a time; with ``mixed_dates``
    every fourth row Dutch day first ('18-03-2024') and the two STRAY_DATES."""
    if mixed_dates and number in STRAY_DATES:
        return STRAY_DATES[number]
    if mixed_dates and number % 4 == 3:
        return day.strftime("%d-%m-%Y")
    return f"{day.isoformat()} {number % 24:02d}:15:00"


def incident_rows(count, personal=False, mixed_dates=False):
    """Dicts of incidents spread over the grid and three years, lon/lat in WGS84 (dates
    written as :func:`written_date` says)."""
    to_wgs84 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:28992"),
                                      QgsCoordinateReferenceSystem("EPSG:4326"),
                                      QgsProject.instance())
    rows = []
    for number in range(count):
        x = ORIGIN[0] + (number * 37 % (COLUMNS * 25)) * 10 + 3
        y = ORIGIN[1] + (number * 53 % (ROWS * 25)) * 10 + 7
        point = to_wgs84.transform(QgsPointXY(x, y))
        day = FIRST_DAY + datetime.timedelta(days=number * 3 % 1090)
        row = {"incident_number": f"2024-{number:06d}",
               "occurrence_date": written_date(day, number, mixed_dates),
               "reported_date": (day + datetime.timedelta(days=2)).isoformat(),
               "offence_type": OFFENCES[number % len(OFFENCES)],
               "Long": f"{point.x():.6f}", "Lat": f"{point.y():.6f}"}
        if personal:
            row["victim_name"] = f"J. de Vries {number}"
            row["address"] = f"Kerkstraat {number % 80 + 1}"
        rows.append(row)
    return rows


def write_incidents_csv(path, count=400, personal=False):
    rows = incident_rows(count, personal)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return str(path)


def incidents_layer(count=400, personal=False, mixed_dates=False):
    """The same incidents as a point layer in WGS84 (for a GeoPackage export)."""
    rows = incident_rows(count, personal, mixed_dates)
    fields = "".join(f"&field={name}:string" for name in rows[0] if name not in ("Long", "Lat"))
    layer = QgsVectorLayer(f"Point?crs=EPSG:4326{fields}", "incidents", "memory")
    return add_features(layer, [
        ([value for name, value in row.items() if name not in ("Long", "Lat")],
         QgsGeometry.fromPointXY(QgsPointXY(float(row["Long"]), float(row["Lat"]))))
        for row in rows])


def write_export_gpkg(path, count=400):
    """The whole export in one GeoPackage, as a city hands it over: incidents in WGS84 with
    mixed text dates and two strays, grid_250m and districts in RD New. Returns the layers'
    URIs by table name."""
    grid, districts = write_city_gpkg(path)
    incidents = write_gpkg(incidents_layer(count, mixed_dates=True), path, "incidents")
    return {"incidents": incidents, "grid_250m": grid, "districts": districts}
