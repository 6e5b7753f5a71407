"""Dates as a city's own export holds them, through every algorithm that reads dates and the
dock's period summary.

The export is a GeoPackage written by GDAL with English field names and the incident date as
text (GDAL hands such a field over as bytes): ISO and Dutch day-first dates mixed in one
column, the first value ISO (so a format guessed from it misreads the rest), a few empty or
unreadable values and one typo dated 2031. The same points are stored in EPSG:28992 and in
EPSG:4326; a CSV export holds the same rows. Expected values come from Python's datetime.
"""

import csv
import datetime as dt
from dataclasses import dataclass

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis import processing
from qgis.core import (
    NULL,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

from wijkradar.processing.sources.csv_points import open_csv
from wijkradar.processing.sources.summary import find_date_field, layer_period

from .conftest import RecordingFeedback

X0, Y0, CELL, SIDE = 150_000.0, 411_000.0, 100.0, 6
EXTENT = f"{X0 - 200},{X0 + SIDE * CELL + 200},{Y0 - 200},{Y0 + SIDE * CELL + 200} [EPSG:28992]"
MARKER = dt.datetime(2024, 1, 5)  # written 05-01-2024: 5 January, ISO week 2024-W01
TYPO = "2031-07-14"
UNREADABLE = ("unknown", "2024-02-30", "unknown")


@dataclass
class Export:
    gpkg: str
    csv: str
    rows: list  # (x, y, text as written, the datetime it means or None)

    @property
    def dates(self):
        return [when for *_, when in self.rows if when is not None]

    @property
    def first(self):
        return min(self.dates).date()

    @property
    def last(self):
        return max(self.dates).date()

    def layer(self, name="incidents"):
        layer = QgsVectorLayer(f"{self.gpkg}|layername={name}", name, "ogr")
        assert layer.isValid()
        return layer


def written(when, i):
    """The date as the export writes it: mostly ISO, also Dutch day first, some with times."""
    style = i % 10
    if style < 5:
        return when.strftime("%Y-%m-%d")
    if style < 7:
        return when.strftime("%Y-%m-%dT%H:%M:%S")
    if style < 9:
        return when.strftime("%d-%m-%Y")
    return f"{when.day}-{when.month}-{when.year} {when:%H:%M}"


def export_rows(seed=3):
    """Two years of monthly incidents on a grid town with a hot corner, then the oddities."""
    rng = np.random.default_rng(seed)
    cells = np.arange(SIDE * SIDE)
    rate = 0.3 + 3.0 * np.exp(-np.hypot(*np.divmod(cells, SIDE)) / 2.0)
    rows = []
    for month in range(24):
        first = dt.datetime(2023 + month // 12, month % 12 + 1, 1)
        for cell, count in enumerate(rng.poisson(rate)):
            row, col = divmod(cell, SIDE)
            for _ in range(count):
                x = X0 + (col + rng.uniform(0.1, 0.9)) * CELL
                y = Y0 + (row + rng.uniform(0.1, 0.9)) * CELL
                when = first + dt.timedelta(days=int(rng.integers(0, 28)),
                                            minutes=int(rng.integers(0, 1440)))
                if "T" not in written(when, len(rows)) and ":" not in written(when, len(rows)):
                    when = dt.datetime(when.year, when.month, when.day)
                rows.append((x, y, written(when, len(rows)), when))
    hot = (X0 + 50, Y0 + 50)
    rows.append((*hot, "05-01-2024", MARKER))
    rows.append((*hot, TYPO, None))  # a typo: far after everything else
    rows += [(*hot, text, None) for text in UNREADABLE]
    rows += [(*hot, None, None)] * 3  # empty
    return rows


def write_export(folder):
    rows = export_rows()
    gpkg = str(folder / "export.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(gpkg)
    rd, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    rd.ImportFromEPSG(28992)
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_wgs84 = osr.CoordinateTransformation(rd, wgs84)
    for name, srs, transform in (("incidents", rd, None),
                                 ("incidents_wgs84", wgs84, to_wgs84)):
        layer = dataset.CreateLayer(name, srs, ogr.wkbPoint)
        for field, kind in (("incident_id", ogr.OFTInteger), ("occurrence_date", ogr.OFTString),
                            ("offence_type", ogr.OFTString)):
            layer.CreateField(ogr.FieldDefn(field, kind))
        for number, (x, y, text, _) in enumerate(rows):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature["incident_id"] = number + 1
            if text is not None:
                feature["occurrence_date"] = text
            feature["offence_type"] = "burglary" if number % 2 else "bicycle theft"
            point = ogr.CreateGeometryFromWkt(f"POINT ({x} {y})")
            if transform is not None:
                point.Transform(transform)
            feature.SetGeometry(point)
            layer.CreateFeature(feature)
    write_areas(dataset, rd)
    dataset = None
    path = folder / "export.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["incident_id", "x", "y", "occurrence_date", "offence_type"])
        for number, (x, y, text, _) in enumerate(rows):
            writer.writerow([number + 1, f"{x:.2f}", f"{y:.2f}", text or "", "burglary"])
    return Export(gpkg, str(path), rows)


def write_areas(dataset, srs):
    """A grid of 100 m cells instead of postcodes, with their own codes."""
    layer = dataset.CreateLayer("areas", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("area_code", ogr.OFTString))
    for cell in range(SIDE * SIDE):
        row, col = divmod(cell, SIDE)
        x, y = X0 + col * CELL, Y0 + row * CELL
        feature = ogr.Feature(layer.GetLayerDefn())
        feature["area_code"] = f"G{cell:02d}"
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON (({x} {y}, {x + CELL} {y}, {x + CELL} {y + CELL}, {x} {y + CELL}, "
            f"{x} {y}))"))
        layer.CreateFeature(feature)


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    return write_export(tmp_path_factory.mktemp("export"))


def typed_layer(export):
    """The readable, plausible incidents with a real QGIS date field: what the text export
    should amount to."""
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=datum:date", "typed", "memory")
    features = []
    for x, y, _, when in export.rows:
        if when is None:
            continue
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([QDate(when.year, when.month, when.day)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def kde(tmp_path, name, layer, feedback=None, **parameters):
    parameters = {"INPUT": layer, "DATE_FIELD": "occurrence_date", "RADIUS": 150,
                  "PIXEL_SIZE": 25, "EXTENT": EXTENT, "HALF_LIFE": 28, "MAX_AGE": 365,
                  "OUTPUT": str(tmp_path / f"{name}.tif"),
                  "HOTSPOTS": str(tmp_path / f"{name}.gpkg"), **parameters}
    result = processing.run("wijkradar:kde_hotspots", parameters,
                            feedback=feedback or RecordingFeedback())
    dataset = gdal.Open(result["OUTPUT"])
    return dataset.GetRasterBand(1).ReadAsArray().astype(float)


def says_what_was_left_out(feedback, export):
    """The log names the unreadable values and the typo, and the range of dates kept."""
    assert feedback.said("3 values", "'occurrence_date'", "'unknown'", "'2024-02-30'")
    assert feedback.said("1 dates", "left out", f"latest {TYPO}",
                         f"from {export.first} to {export.last}")


def test_hotspots_with_time_decay_read_text_dates_as_the_same_dates_typed(
        wijkradar_provider, export, tmp_path):
    feedback = RecordingFeedback()
    from_text = kde(tmp_path, "text", export.layer(), feedback)
    says_what_was_left_out(feedback, export)
    # Ages count back from the last real date, not from the typo.
    assert feedback.said(f"from {export.last}")
    typed = kde(tmp_path, "typed", typed_layer(export), DATE_FIELD="datum",
                REFERENCE_DATE=export.last.isoformat())
    assert from_text.max() > 0
    np.testing.assert_allclose(from_text, typed, rtol=1e-5, atol=1e-9 * typed.max())


def test_hotspots_from_the_same_export_in_wgs84(wijkradar_provider, export, tmp_path):
    feedback = RecordingFeedback()
    rd = kde(tmp_path, "rd", export.layer())
    lonlat = kde(tmp_path, "lonlat", export.layer("incidents_wgs84"), feedback)
    assert feedback.said("EPSG:28992") and feedback.said(f"latest {TYPO}")
    np.testing.assert_allclose(lonlat, rd, rtol=1e-4, atol=1e-4 * rd.max())


def test_risk_forecast_is_for_the_month_after_the_last_real_date(
        wijkradar_provider, export, tmp_path):
    feedback = RecordingFeedback()
    result = processing.run("wijkradar:postcode_risk", {
        "INPUT": export.layer("areas"), "ID_FIELD": "area_code", "INCIDENTS": export.layer(),
        "DATE_FIELD": "occurrence_date", "PERIOD": 1, "OUTPUT": str(tmp_path / "risk.gpkg"),
        "REPORT": str(tmp_path / "risk.html")}, feedback=feedback)
    following = dt.date(export.last.year + export.last.month // 12, export.last.month % 12 + 1, 1)
    assert result["FORECAST_PERIOD"] == following.strftime("%Y-%m") == "2025-01"
    assert result["N_INCIDENTS"] == len(export.dates)
    says_what_was_left_out(feedback, export)
    assert result["PAI_5"] > 1  # a hot corner to find, as with typed dates


def test_anonymised_weeks_are_those_of_the_dates_as_written(wijkradar_provider, export,
                                                            tmp_path):
    feedback = RecordingFeedback()
    result = processing.run("wijkradar:anonymise_incidents", {
        "INPUT": export.layer(), "METHOD": 1, "CELL_SIZE": 250, "KEEP_FIELDS": ["incident_id"],
        "DATE_FIELD": "occurrence_date", "DATE_PRECISION": 0,
        "OUTPUT_POINTS": str(tmp_path / "points.gpkg"), "OUTPUT_COUNTS": None},
        feedback=feedback)
    says_what_was_left_out(feedback, export)
    points = QgsVectorLayer(result["OUTPUT_POINTS"], "points", "ogr")
    found = {f["incident_id"]: (f["occurrence_date"], f["jaar"], f["week"])
             for f in points.getFeatures()}
    assert len(found) == len(export.rows)
    for number, (*_, when) in enumerate(export.rows, start=1):
        if when is None:
            assert found[number] == (NULL, NULL, NULL)
            continue
        monday = when.date() - dt.timedelta(days=when.weekday())
        year, week, _ = when.isocalendar()
        assert found[number] == (QDate(monday.year, monday.month, monday.day), year, week)
    marker = next(n for n, row in enumerate(export.rows, start=1) if row[2] == "05-01-2024")
    assert found[marker] == (QDate(2024, 1, 1), 2024, 1)


def test_the_data_step_shows_the_period_the_algorithms_use(export):
    layer = export.layer()
    assert find_date_field(layer) == "occurrence_date"
    assert layer_period(layer) == (export.first.isoformat(), export.last.isoformat(),
                                   ["occurrence_date"])


def test_a_csv_with_text_dates_agrees_with_the_geopackage(wijkradar_provider, export, tmp_path):
    layer = open_csv(export.csv, x_field="x", y_field="y")
    assert find_date_field(layer) == "occurrence_date"
    assert layer_period(layer)[:2] == (export.first.isoformat(), export.last.isoformat())
    feedback = RecordingFeedback()
    from_csv = kde(tmp_path, "csv", layer, feedback)
    says_what_was_left_out(feedback, export)
    from_gpkg = kde(tmp_path, "geopackage", export.layer())
    np.testing.assert_allclose(from_csv, from_gpkg, rtol=1e-4, atol=1e-4 * from_gpkg.max())


@pytest.mark.parametrize("algorithm", ["kde_hotspots", "postcode_risk", "anonymise_incidents"])
def test_a_number_field_as_the_date_field_is_refused(wijkradar_provider, export, tmp_path,
                                                     algorithm):
    parameters = {
        "kde_hotspots": {"INPUT": export.layer(), "OUTPUT": str(tmp_path / "k.tif"),
                         "HOTSPOTS": str(tmp_path / "k.gpkg")},
        "postcode_risk": {"INPUT": export.layer("areas"), "ID_FIELD": "area_code",
                          "INCIDENTS": export.layer(), "OUTPUT": str(tmp_path / "r.gpkg"),
                          "REPORT": str(tmp_path / "r.html")},
        "anonymise_incidents": {"INPUT": export.layer(), "METHOD": 1,
                                "OUTPUT_POINTS": str(tmp_path / "a.gpkg")},
    }[algorithm]
    with pytest.raises(QgsProcessingException,
                       match="'incident_id' holds numbers .*not dates.*18-03-2024"):
        processing.run(f"wijkradar:{algorithm}", {**parameters, "DATE_FIELD": "incident_id"},
                       feedback=RecordingFeedback())


def test_a_text_field_without_dates_says_what_its_values_look_like(wijkradar_provider, export,
                                                                   tmp_path):
    with pytest.raises(QgsProcessingException,
                       match="'offence_type' could be read as a date: its values look like "
                             "'bicycle theft', 'burglary'.*2024-03-18.*18-03-2024"):
        kde(tmp_path, "none", export.layer(), DATE_FIELD="offence_type")
