"""One kernel-density run: streams point batches through core.kde with bounded memory.

A first pass (only when needed) finds the points' extent, the dates to use (the reference date
is the latest of them) and a sample to size an automatic radius; the main pass bins every
batch on the grid. Neither keeps the
points: memory is bounded by the grid and one batch.
"""

import math

import numpy as np
from qgis.core import QgsProcessingException, QgsProcessingMultiStepFeedback, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication

from wijkradar.core import kde
from wijkradar.core.i18n import short_number
from wijkradar.core.provenance import ContentHasher

from .io.dates import checked_dates

RADIUS_SAMPLE = 200_000


class DensityRun:
    def __init__(self, settings, reader, extent, crs, feedback, study_area=None):
        self.settings = settings
        self.reader = reader
        self.extent = extent
        self.crs = crs
        self.feedback = QgsProcessingMultiStepFeedback(2, feedback)
        self.study_area = study_area
        self.radius = settings["radius"]
        self.reference = settings["reference_date"]
        self.outside = self.future = self.too_old = 0
        self.dates_used = None  # (first, last) limits of the dates used, set by the survey
        self.content_hash = None

    @property
    def prospective(self):
        return bool(self.settings["date_field"])

    def run(self):
        if self.extent is None or self.settings["auto_radius"] or self.prospective:
            self.survey()
        self.feedback.setCurrentStep(1)
        try:
            self.grid = kde.grid_for_extent(*self.grid_extent(), self.settings["pixel_size"])
        except ValueError as error:
            if self.extent is None:  # the points' own extent: one far-off point may cause it
                raise QgsProcessingException(f"{self.far_point_text()} {error}") from error
            raise
        work = kde.binning_grid(self.grid, self.radius)
        binned = np.zeros(work.shape)
        self.counts = np.zeros(self.grid.shape)
        hasher = ContentHasher()
        for batch in self.reader.batches(self.feedback):
            weights = self.weights(batch)
            hasher.update(batch.x, batch.y, weights)
            self.outside += kde.accumulate_points(binned, work, batch.x, batch.y, weights)
            kde.accumulate_points(self.counts, self.grid, batch.x, batch.y,
                                  (weights > 0).astype(float), method="nearest")
        if self.feedback.isCanceled():
            return self
        self.content_hash = hasher.hexdigest()
        self.check_something_counts(binned)
        surface = kde.kde_surface(work, binned, self.radius, self.settings["kernel"],
                                  self.settings["output"], self.settings["decay"])
        self.surface = kde.crop_to(surface, work, self.grid)
        self.find_hotspots()
        return self

    def survey(self):
        """First pass: extent, the dates to use and a systematic sample of the points."""
        step = max(1, math.ceil(self.reader.source.featureCount() / RADIUS_SAMPLE))
        bounds = [math.inf, math.inf, -math.inf, -math.inf]
        sample_x, sample_y, sample_w, dates = [], [], [], []
        for batch in self.reader.batches(self.feedback):
            if len(batch.x) == 0:
                continue
            bounds = [min(bounds[0], batch.x.min()), min(bounds[1], batch.y.min()),
                      max(bounds[2], batch.x.max()), max(bounds[3], batch.y.max())]
            if batch.parsed is not None:
                dates.append(batch.parsed)
            sample_x.append(batch.x[::step])
            sample_y.append(batch.y[::step])
            sample_w.append(np.ones(len(batch.x))[::step] if batch.weight is None
                            else batch.weight[::step])
        if self.reader.counts.points == 0:
            raise QgsProcessingException(self.no_points_message())
        self.points_extent = QgsRectangle(*bounds)
        self.middle = (float(np.median(np.concatenate(sample_x))),
                       float(np.median(np.concatenate(sample_y))))
        if self.prospective:
            self.choose_dates(dates)
        if self.settings["auto_radius"]:
            x, y = np.concatenate(sample_x), np.concatenate(sample_y)
            w = np.concatenate(sample_w) * step  # each sampled point stands for `step` points
            self.radius = kde.automatic_radius(x, y, w, self.settings["pixel_size"])

    def choose_dates(self, parts):
        """The dates to use (far-outside ones left out, reported) and the reference date:
        the user's, else the latest date used."""
        from wijkradar.core.dates import concatenate

        usable = checked_dates(concatenate(parts), self.settings["date_field"], self.feedback,
                               last=self.reference)
        self.dates_used = (usable.outside.low, usable.outside.high)
        if self.reference is None:
            self.reference = usable.last
        if self.settings["half_life"] == 0:
            self.feedback.pushInfo(QCoreApplication.translate(
                "KdeHotspotsAlgorithm", "Half-life 0: every incident up to {} days before the "
                "reference date weighs the same (no decay).").format(
                short_number(self.settings["max_age"], 3)))

    def no_points_message(self):
        counts = self.reader.counts
        if counts.features == 0:
            return QCoreApplication.translate(
                "DensityRun", "The input layer has no features (check its filter or selection).")
        return QCoreApplication.translate(
            "DensityRun", "None of the {} features has a usable point: {} have no geometry, {} a "
            "NULL weight and {} a negative weight.").format(
            counts.features, counts.null_geometries, counts.null_weights, counts.negative_weights)

    def far_point_text(self):
        """Names the point farthest from the middle of the others (its feature id when the
        layer can tell), or '' when none stands out."""
        far, far_xy = 0.0, None
        for batch in self.reader.batches():
            distance = np.hypot(batch.x - self.middle[0], batch.y - self.middle[1])
            if len(distance) and distance.max() > far:
                i = int(distance.argmax())
                far, far_xy = float(distance[i]), (float(batch.x[i]), float(batch.y[i]))
        if far_xy is None:
            return ""
        feature_id = self.feature_at(*far_xy)
        which = QCoreApplication.translate("DensityRun", "Feature {}").format(feature_id) \
            if feature_id is not None else QCoreApplication.translate("DensityRun", "A point")
        return QCoreApplication.translate(
            "DensityRun", "{} lies {:,.0f} km from the middle of the incidents (at {:.0f}, "
            "{:.0f} in {}): check its coordinates, or leave it out with a filter or an "
            "extent.").format(which, far / 1000, *far_xy, self.crs.authid())

    def feature_at(self, x, y):
        """The id of the input feature at (x, y) in the computing CRS, else None."""
        from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsProject

        source = self.reader.source
        to_source = QgsCoordinateTransform(self.crs, source.sourceCrs(), QgsProject.instance())
        box = to_source.transformBoundingBox(QgsRectangle(x - 1, y - 1, x + 1, y + 1))
        request = QgsFeatureRequest().setFilterRect(box).setNoAttributes().setLimit(1)
        return next((feature.id() for feature in source.getFeatures(request)), None)

    def grid_extent(self):
        if self.extent is not None:
            return (self.extent.xMinimum(), self.extent.yMinimum(),
                    self.extent.xMaximum(), self.extent.yMaximum())
        e, r = self.points_extent, self.radius
        return e.xMinimum() - r, e.yMinimum() - r, e.xMaximum() + r, e.yMaximum() + r

    def weights(self, batch):
        weights = np.ones(len(batch.x)) if batch.weight is None else batch.weight.copy()
        if not self.prospective:
            return weights
        first, last = self.dates_used
        ages = (self.reference - batch.date).astype("timedelta64[D]").astype(float)
        unused = np.isnat(batch.date) | (batch.date < first) | (batch.date > last)
        ages[unused] = 0.0
        decay, future, too_old = kde.prospective_weights(
            ages, self.settings["half_life"], self.settings["max_age"])
        decay[unused] = 0.0  # reported by choose_dates
        self.future += future
        self.too_old += too_old
        return weights * decay

    def check_something_counts(self, binned):
        if self.reader.counts.points == 0:
            raise QgsProcessingException(self.no_points_message())
        if not binned.any():
            if self.prospective:
                raise QgsProcessingException(QCoreApplication.translate(
                    "DensityRun", "No incident lies within {:g} days before the reference date "
                    "{}: choose another reference date or a longer maximum age.").format(
                    self.settings["max_age"], self.reference))
            raise QgsProcessingException(QCoreApplication.translate(
                "DensityRun", "None of the {} incidents lies within the extent (or within the "
                "radius of it). Leave the extent empty or choose one that covers the "
                "incidents.").format(self.reader.counts.points))

    def find_hotspots(self):
        study = self.study_area(self.grid) if self.study_area else None
        if study is not None and not study.any():
            raise QgsProcessingException(QCoreApplication.translate(
                "DensityRun", "The study area (mask) covers none of the grid: its polygons lie "
                "away from the incidents or it has none. Choose a mask that covers the "
                "incidents, or none."))
        if study is not None:
            self.surface[~study] = -9999.0
        self.hot = kde.hotspot_mask(np.where(self.surface < 0, 0.0, self.surface), study,
                                    self.settings["hotspot_method"],
                                    self.settings["top_percent"], self.settings["k_times_mean"])
        self.labels, self.clusters = kde.hotspot_clusters(
            self.hot, np.where(self.surface < 0, 0.0, self.surface), self.counts, self.grid)
