"""The coordinate reference system an analysis computes in, and reprojection to it.

Distances, densities and grid cells need metres: :func:`metric_crs_for` keeps a layer's
own CRS when it is in metres, else chooses RD New for Dutch data or the UTM zone.
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import DistanceUnit

RD_NEW = "EPSG:28992"
# Where RD New is valid (lon/lat, WGS84): Dutch data is projected to it.
NETHERLANDS_LONLAT = (3.2, 50.7, 7.3, 53.7)


def is_metric(crs):
    return (crs.isValid() and not crs.isGeographic()
            and crs.mapUnits() == DistanceUnit.Meters)


def metric_crs_for(crs, extent):
    """The CRS to compute in: the layer's own if it is in metres, else RD New for Dutch
    data, else the UTM zone of the data's centre."""
    if is_metric(crs):
        return crs
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    to_wgs84 = QgsCoordinateTransform(crs, wgs84, QgsProject.instance().transformContext())
    centre = to_wgs84.transform(extent.center())
    west, south, east, north = NETHERLANDS_LONLAT
    if west <= centre.x() <= east and south <= centre.y() <= north:
        return QgsCoordinateReferenceSystem(RD_NEW)
    zone = int((centre.x() + 180) // 6) + 1
    return QgsCoordinateReferenceSystem(f"EPSG:{32600 + zone if centre.y() >= 0 else 32700 + zone}")


def transform_extent(extent, source_crs, target_crs):
    if source_crs == target_crs:
        return QgsRectangle(extent)
    transform = QgsCoordinateTransform(source_crs, target_crs, QgsProject.instance())
    return transform.transformBoundingBox(extent)


def transform_wkb(wkbs, source_crs, target_crs):
    """The WKB geometries in ``target_crs`` (None stays None)."""
    transform = QgsCoordinateTransform(source_crs, target_crs, QgsProject.instance())
    out = []
    for blob in wkbs:
        if blob is None:
            out.append(None)
            continue
        geometry = QgsGeometry()
        geometry.fromWkb(blob)
        try:
            geometry.transform(transform)
        except QgsCsException as error:
            raise QgsProcessingException(QCoreApplication.translate(
                "LayerIO", "Could not reproject an area from {} to {}: {}").format(
                source_crs.authid(), target_crs.authid(), error)) from error
        out.append(bytes(geometry.asWkb()))
    return out
