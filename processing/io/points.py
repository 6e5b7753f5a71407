"""Points (incidents, context points) read in batches: coordinates in the CRS to compute
in, weights and dates, for ``core/``.

OGR-backed layers (GeoPackage, Shapefile, FlatGeobuf, ...) are read through GDAL's Arrow
interface, with no Python loop per feature; other providers (memory, PostGIS, selections)
go through QGIS's feature iterator. Either way the caller gets batches, so memory stays
bounded by the batch and the grid, not by the number of points.
"""

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
from osgeo import osr
from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsProject, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import CrsWktVariant, GeometryType
from .gdal_files import (
    BATCH_SIZE,
    arrow_batches,
    full_length_blobs,
    open_ogr_layer,
    points_from_fixed_wkb,
    read_only_fields,
    unmasked_wkb,
    wkb_column,
)
from .values import python_value, to_float


@dataclass
class PointBatch:
    x: np.ndarray
    y: np.ndarray
    weight: Optional[np.ndarray] = None
    date: Optional[np.ndarray] = None  # numpy datetime64[D]; NaT where missing
    parsed: Optional[object] = None  # core.dates.ParsedDates of the date field: what was read


@dataclass
class ReadCounts:
    features: int = 0
    points: int = 0
    null_geometries: int = 0
    null_weights: int = 0
    negative_weights: int = 0
    notes: list = field(default_factory=list)


class PointReader:
    """Reads point coordinates (multipoints split into their points), weights and dates."""

    def __init__(self, source, source_crs, target_crs, weight_field=None, date_field=None,
                 ogr_location=None):
        self.source = source
        self.source_crs = source_crs
        self.target_crs = target_crs
        self.weight_field = weight_field or None
        self.date_field = date_field or None
        self.location = ogr_location
        self.counts = ReadCounts()

    @property
    def vectorised(self):
        return self.location is not None

    def batches(self, feedback=None):
        self.counts = ReadCounts()
        reader = self._ogr_batches if self.location else self._qgis_batches
        total = max(self.source.featureCount(), 1)
        for batch in reader():
            if feedback is not None:
                if feedback.isCanceled():
                    return
                feedback.setProgress(min(100.0, 100.0 * self.counts.features / total))
            yield self._clean(batch)

    def _ogr_batches(self):
        dataset, layer = open_ogr_layer(*self.location)
        read_only_fields(layer, {f for f in (self.weight_field, self.date_field) if f})
        transform = self._osr_transform()
        # GDAL 3.6 returns empty geometries from a GeoPackage when every attribute column
        # is ignored and the FID is left out: keep the FID column.
        for table in arrow_batches(layer, include_fid=True):
            yield self._batch_from_wkb(wkb_column(table, layer), table, transform)
        del dataset  # kept open while the layer was read; closes the file

    def _osr_transform(self):
        if self.source_crs == self.target_crs:
            return None
        source, target = osr.SpatialReference(), osr.SpatialReference()
        source.ImportFromWkt(self.source_crs.toWkt(CrsWktVariant.Preferred))
        target.ImportFromWkt(self.target_crs.toWkt(CrsWktVariant.Preferred))
        for srs in (source, target):
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        return osr.CoordinateTransformation(source, target)

    def _batch_from_wkb(self, wkb, table, transform):
        import shapely

        blobs = unmasked_wkb(wkb)
        if blobs.dtype.kind in ("S", "V"):  # fixed-width values: read the raw buffer
            direct = points_from_fixed_wkb(blobs)
            if direct is not None:
                return self._batch_from_coordinates(direct, np.arange(len(blobs)), table,
                                                    transform)
            blobs = full_length_blobs(blobs)
        geometries = shapely.from_wkb(blobs)
        kinds = shapely.get_type_id(geometries)
        if np.any((kinds != -1) & (kinds != 0) & (kinds != 4)):
            raise not_points_error()
        coords, owner = shapely.get_coordinates(geometries, return_index=True)
        self.counts.null_geometries += int(len(geometries) - len(np.unique(owner)))
        return self._batch_from_coordinates(coords, owner, table, transform,
                                            n_features=len(geometries))

    def _batch_from_coordinates(self, coords, owner, table, transform, n_features=None):
        self.counts.features += len(coords) if n_features is None else n_features
        finite = np.isfinite(coords).all(axis=1)  # WKB 'POINT EMPTY' holds NaN coordinates
        if not finite.all():
            self.counts.null_geometries += int((~finite).sum())
            coords, owner = coords[finite], owner[finite]
        if transform is not None and len(coords):
            coords = np.asarray(transform.TransformPoints(coords))[:, :2]
        return self._batch(coords[:, 0].copy(), coords[:, 1].copy(),
                           self._column(table, self.weight_field, owner),
                           table[self.date_field] if self.date_field else None, owner)

    @staticmethod
    def _column(table, name, owner):
        if not name:
            return None
        values = table[name]
        if np.ma.isMaskedArray(values):
            values = values.astype(float).filled(np.nan)
        return np.asarray(values, dtype=float)[owner]

    def _qgis_batches(self):
        request = QgsFeatureRequest()
        request.setDestinationCrs(self.target_crs, QgsProject.instance().transformContext())
        fields = [f for f in (self.weight_field, self.date_field) if f]
        request.setSubsetOfAttributes(fields, self.source.fields())
        xs, ys, weights, dates = [], [], [], []
        for feature in self.source.getFeatures(request):
            self.counts.features += 1
            points = point_coordinates(feature.geometry())
            if not points:
                self.counts.null_geometries += 1
                continue
            for x, y in points:
                xs.append(x)
                ys.append(y)
                if self.weight_field:
                    weights.append(feature[self.weight_field])
                if self.date_field:
                    dates.append(python_value(feature[self.date_field]))
            if len(xs) >= BATCH_SIZE:
                yield self._batch_from_lists(xs, ys, weights, dates)
                xs, ys, weights, dates = [], [], [], []
        if xs:
            yield self._batch_from_lists(xs, ys, weights, dates)

    def _batch_from_lists(self, xs, ys, weights, dates):
        weight = None
        if self.weight_field:
            weight = np.array([to_float(w) for w in weights], dtype=float)
        return self._batch(np.array(xs, dtype=float), np.array(ys, dtype=float), weight,
                           dates if self.date_field else None)

    @staticmethod
    def _batch(x, y, weight, date_values, owner=None):
        """A PointBatch; the dates (of the features, ``owner`` the feature of each point)
        read by core.dates, each value by its own format."""
        if date_values is None:
            return PointBatch(x, y, weight)
        from ...core.dates import parse_dates

        parsed = parse_dates(date_values)
        if owner is not None:
            parsed = parsed[owner]
        return PointBatch(x, y, weight, parsed.days, parsed)

    def _clean(self, batch):
        """Drops points with NULL or negative weights (counted, reported by the caller)."""
        self.counts.points += len(batch.x)
        if batch.weight is None:
            return batch
        null = np.isnan(batch.weight)
        negative = batch.weight < 0
        self.counts.null_weights += int(null.sum())
        self.counts.negative_weights += int(negative.sum())
        keep = ~(null | negative)
        if keep.all():
            return batch
        self.counts.points -= int((~keep).sum())
        return PointBatch(batch.x[keep], batch.y[keep], batch.weight[keep],
                          None if batch.date is None else batch.date[keep],
                          None if batch.parsed is None else batch.parsed[keep])


def point_coordinates(geometry):
    """[(x, y), ...] of a point or multipoint geometry; [] for NULL or empty geometries."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return []
    if QgsWkbTypes.geometryType(geometry.wkbType()) != GeometryType.Point:
        raise not_points_error()
    if geometry.isMultipart():
        return [(p.x(), p.y()) for p in geometry.asMultiPoint()]
    point = geometry.asPoint()
    return [(point.x(), point.y())]


def not_points_error():
    """The error for a layer of lines or polygons where points are read."""
    return QgsProcessingException(QCoreApplication.translate(
        "LayerIO", "The input holds lines or polygons: use a point layer (for areas, use their "
        "centroids)."))
