"""wijkradar:evaluate_forecast: PAI, PEI and hit rate of any score map against later incidents."""

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.choices import FORECAST_RANKINGS
from ..core.provenance import write_sidecar
from .algorithm import WijkradarAlgorithm, core_errors
from .bridge import attribute_value, metric_crs_for, new_field
from .choice_parameters import chosen_value, enum_parameter
from .compat import (
    GeometryType,
    ProcessingDateTimeParameterDataType,
    ProcessingFieldParameterDataType,
    ProcessingSourceType,
    WkbType,
)
from .date_reading import checked_dates, refuse_number_field
from .dependencies import require
from .layer_input import input_source, raster_crs, report_skipped, require_numeric_field
from .provenance import OutputProvenance
from .risk_inputs import (
    layer_label,
    point_reader,
    raster_cells,
    read_area_layer,
    read_points,
    read_raster_score,
)
from .shared_parameters import MinCountParameter, PurposeParameter, ReportParameter

STANDARD_LEVELS = (1, 5, 10, 20)
TABLE_FIELDS = (("score_name", "string"), ("coverage_pct", "double"), ("hit_rate", "double"),
                ("pai", "double"), ("pei", "double"), ("hits", "double"),
                ("best_hit_rate", "double"), ("standard_level", "bool"), ("onderdrukt", "bool"))


def by_level(curve):
    """The curve table indexed by its coverage in whole percents (1 ... 100)."""
    return curve.set_index(np.round(curve["coverage"] * 100))


class EvaluateForecastAlgorithm(MinCountParameter, PurposeParameter, ReportParameter,
                                WijkradarAlgorithm):
    SCORE_LAYER = "SCORE_LAYER"
    SCORE_FIELD = "SCORE_FIELD"
    SCORE_RASTER = "SCORE_RASTER"
    SCORE_BAND = "SCORE_BAND"
    COMPARE_LAYER = "COMPARE_LAYER"
    COMPARE_FIELD = "COMPARE_FIELD"
    COMPARE_RASTER = "COMPARE_RASTER"
    COMPARE_BAND = "COMPARE_BAND"
    RANK_BY = "RANK_BY"
    INCIDENTS = "INCIDENTS"
    DATE_FIELD = "DATE_FIELD"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    OUTPUT = "OUTPUT"

    def name(self):
        return "evaluate_forecast"

    def displayName(self):
        return self.tr("Evaluate forecast (PAI, PEI, hit rate)")

    def group(self):
        return self.tr("Risk")

    def groupId(self):
        return "risk"

    def shortDescription(self):
        return self.tr("How well a score map predicts later incidents: PAI, PEI and hit rate "
                       "at 1, 5, 10 and 20% of the area, and the whole curve.")

    def shortHelpString(self):
        return self.tr(
            "<p>Scores any hotspot or risk map against incidents that happened later. The "
            "score is a numeric field of a polygon layer (postcodes, buurten, grid cells, the "
            "output of Postcode risk forecast) or a raster (a kernel density surface). Areas "
            "or cells are taken in order of their score, highest first; at each share of the "
            "total area covered:</p><ul>"
            "<li><b>hit rate</b>: the share of the incidents in the covered areas;</li>"
            "<li><b>PAI</b>, Predictive Accuracy Index (Chainey, Tompson & Uhlig 2008): hit "
            "rate / area share (1 = chance);</li>"
            "<li><b>PEI</b>, Predictive Efficiency Index: hit rate / the best hit rate "
            "possible with the same area (1 = perfect).</li></ul>"
            "<p>The table holds the whole curve in steps of 1% of the area (1, 5, 10 and 20% "
            "flagged) and the outputs PAI_1 ... PAI_20, so the modeler can compare two maps; "
            "an optional second score is drawn in the same report. Use a date range to take "
            "only the incidents after the map was made. For counts on areas of unequal size, "
            "rank by score per km². Coverage that ends inside an area takes the matching "
            "fraction of it; equal scores are covered together. Incidents outside every area "
            "(or on no-data cells) are counted and reported. Where fewer than k incidents are "
            "expected in the covered areas, the hits and the hit rate, PAI and PEI computed "
            "from them are suppressed in the table, the report and the output numbers (left "
            "empty), so that none of them gives a small count back.</p>")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SCORE_LAYER, self.tr("Score areas (polygons)"),
            [ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SCORE_FIELD, self.tr("Score field"), parentLayerParameterName=self.SCORE_LAYER,
            type=ProcessingFieldParameterDataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.SCORE_RASTER, self.tr("Score raster (instead of areas)"), optional=True))
        self.addParameter(QgsProcessingParameterBand(
            self.SCORE_BAND, self.tr("Score raster band"), 1, self.SCORE_RASTER, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INCIDENTS, self.tr("Later incidents (points)"),
            [ProcessingSourceType.VectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.DATE_FIELD, self.tr("Incident date field (for the date range)"),
            parentLayerParameterName=self.INCIDENTS, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.START_DATE, self.tr("Incidents from"), ProcessingDateTimeParameterDataType.Date,
            optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.END_DATE, self.tr("Incidents up to and including"),
            ProcessingDateTimeParameterDataType.Date, optional=True))
        self.addParameter(enum_parameter(self.RANK_BY, self.tr("Rank areas by"),
                                         FORECAST_RANKINGS))
        self.add_min_count_parameter("expected hits")
        compare = [
            QgsProcessingParameterFeatureSource(
                self.COMPARE_LAYER, self.tr("Second score to compare: areas"),
                [ProcessingSourceType.VectorPolygon], optional=True),
            QgsProcessingParameterField(
                self.COMPARE_FIELD, self.tr("Second score field"),
                parentLayerParameterName=self.COMPARE_LAYER,
                type=ProcessingFieldParameterDataType.Numeric, optional=True),
            QgsProcessingParameterRasterLayer(
                self.COMPARE_RASTER, self.tr("Second score to compare: raster"), optional=True),
            QgsProcessingParameterBand(
                self.COMPARE_BAND, self.tr("Second score raster band"), 1, self.COMPARE_RASTER,
                optional=True)]
        self.add_advanced(*compare)
        self.add_purpose_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Evaluation table"), ProcessingSourceType.Vector))
        self.add_report_parameter(self.tr("Evaluation report"))
        for prefix, what in (("", self.tr("score")), ("COMPARE_", self.tr("second score"))):
            for level in STANDARD_LEVELS:
                for name, text in (("PAI", self.tr("PAI at {}% of the area ({})")),
                                   ("PEI", self.tr("PEI at {}% of the area ({})")),
                                   ("HIT_RATE", self.tr("Hit rate at {}% of the area ({})"))):
                    self.addOutput(QgsProcessingOutputNumber(
                        f"{prefix}{name}_{level}", text.format(level, what)))
        self.addOutput(QgsProcessingOutputNumber(
            "N_INCIDENTS", self.tr("Incidents in the evaluated areas")))
        self.addOutput(QgsProcessingOutputNumber(
            "N_OUTSIDE", self.tr("Incidents outside the areas (not counted)")))

    def processAlgorithm(self, parameters, context, feedback):
        require("numpy", "pandas", "shapely")
        from ..core import forecast_eval, risk_report

        incidents = input_source(self, parameters, self.INCIDENTS, context, feedback,
                                 GeometryType.Point, self.tr("Incidents"))
        rank_by = chosen_value(self, parameters, self.RANK_BY, context, FORECAST_RANKINGS)
        date_field = self.parameterAsString(parameters, self.DATE_FIELD, context)
        refuse_number_field(incidents, date_field)
        start, end = (self.date(parameters, name, context)
                      for name in (self.START_DATE, self.END_DATE))
        if (start is not None or end is not None) and not date_field:
            raise QgsProcessingException(self.tr("A date range needs the incident date field."))
        purpose = self.purpose_value(parameters, context)
        provenance = OutputProvenance(self, parameters, context, purpose)
        specs = [("score", self.SCORE_LAYER, self.SCORE_FIELD, self.SCORE_RASTER,
                  self.SCORE_BAND, True),
                 ("compare", self.COMPARE_LAYER, self.COMPARE_FIELD, self.COMPARE_RASTER,
                  self.COMPARE_BAND, False)]
        k = self.min_count_value(parameters, context)
        evaluated, notes = [], []
        for key, layer_name, field_name, raster_name, band_name, required in specs:
            self.stop_if_canceled(feedback)
            score = self.read_score(parameters, context, layer_name, field_name, raster_name,
                                    band_name, required, incidents, date_field, provenance,
                                    feedback)
            if score is None:
                continue
            usable = checked_dates(score["dates"], date_field, None, start, end) \
                if date_field else None
            notes += usable.messages(date_field) if usable else []
            dates_ok, dropped = self.in_range(usable.days if usable else None,
                                              score["cells"].size, start, end)
            hits = np.bincount(score["cells"][dates_ok & (score["cells"] >= 0)],
                               minlength=score["values"].size).astype(float)
            outside = int(((score["cells"] < 0) & dates_ok).sum())
            with core_errors():
                curve = forecast_eval.curve_table(score["values"], hits, score["area"],
                                                  rank_by_density=score["density"])
                # One suppressed table for every output: the layer, report, results and log.
                curve = forecast_eval.shared_table(curve, k)
            score.update(curve=curve, incidents=int(hits.sum()), outside=outside,
                         n_areas=int(score["values"].size), key=key)
            if outside:
                feedback.pushWarning(self.tr("{}: {} incidents lie outside the areas or on "
                                             "cells without a score and are not counted.")
                                     .format(score["label"], outside))
            if dropped:
                notes.append(self.tr("{} incidents outside the date range or without a date "
                                     "were left out.").format(dropped))
            missing = int(np.isnan(score["values"]).sum())
            if missing:
                notes.append(self.tr("{}: {} areas without a score (NULL) were ranked last.")
                             .format(score["label"], missing))
            evaluated.append(score)
            feedback.setProgress(45 * len(evaluated))
        for note in dict.fromkeys(notes):
            feedback.pushInfo(note)
        table_id = self.write_table(parameters, context, evaluated, k, provenance)
        report_path = self.report_path(parameters, context)
        # No .qmd beside the report: it would take the place of the layer's (same stem).
        record, _ = provenance.finish({"report": report_path}, None,
                                      title=self.tr("Evaluation report"))
        write_sidecar(report_path, record)
        when = self.tr("all dates") if start is None and end is None else "{} – {}".format(
            start if start is not None else "…", end if end is not None else "…")
        info = {"title": self.tr("Forecast evaluation"),
                "lead": self.tr("{:,} incidents ({}) of {}.").format(
                    evaluated[0]["incidents"], when, self.source_label(
                        parameters, self.INCIDENTS, context, incidents)),
                "rank_note": self.tr(" (per km² of each area)") if rank_by == "density" else "",
                "notes": list(dict.fromkeys(notes)), "k": k}
        with open(report_path, "w", encoding="utf-8") as handle:
            handle.write(risk_report.evaluation_report(evaluated, info, record))
        results = {self.OUTPUT: table_id, self.REPORT: report_path,
                   "N_INCIDENTS": evaluated[0]["incidents"], "N_OUTSIDE": evaluated[0]["outside"]}
        for score in evaluated:
            results.update(self.level_results(score))
            self.report_five_percent(score, k, feedback)
        feedback.setProgress(100)
        return results

    @staticmethod
    def level_results(score):
        """PAI_1 ... HIT_RATE_20 (COMPARE_... for the second score); None where suppressed."""
        prefix = "" if score["key"] == "score" else "COMPARE_"
        curve = by_level(score["curve"])
        results = {}
        for level in STANDARD_LEVELS:
            for name, column in (("PAI", "pai"), ("PEI", "pei"), ("HIT_RATE", "hit_rate")):
                value = float(curve.loc[level, column])
                results[f"{prefix}{name}_{level}"] = None if np.isnan(value) else value
        return results

    def report_five_percent(self, score, k, feedback):
        curve = by_level(score["curve"])
        if curve.loc[5, "onderdrukt"]:
            feedback.pushInfo(self.tr("{}: PAI, PEI and hit rate at 5% are suppressed (fewer "
                                      "than {} incidents in the covered areas).")
                              .format(score["label"], k))
            return
        feedback.pushInfo(self.tr("{}: PAI at 5% {:.2f}, PEI {:.2f}, hit rate {:.1%}.")
                          .format(score["label"], curve.loc[5, "pai"], curve.loc[5, "pei"],
                                  curve.loc[5, "hit_rate"]))

    def source_label(self, parameters, name, context, source):
        layer = self.parameterAsVectorLayer(parameters, name, context)
        return layer_label(layer) if layer is not None else source.sourceName()

    def date(self, parameters, name, context):
        value = self.parameterAsDateTime(parameters, name, context)
        return np.datetime64(value.date().toString("yyyy-MM-dd")) if value.isValid() else None

    @staticmethod
    def in_range(dates, n, start, end):
        """Mask of incidents inside the date range, and how many were left out."""
        if dates is None:
            return np.ones(n, dtype=bool), 0
        keep = ~np.isnat(dates)
        if start is not None:
            keep &= dates >= start
        if end is not None:
            keep &= dates <= end
        return keep, int((~keep).sum())

    def read_score(self, parameters, context, layer_name, field_name, raster_name, band_name,
                   required, incidents, date_field, provenance, feedback):
        from ..core import risk

        source = input_source(self, parameters, layer_name, context, feedback,
                              GeometryType.Polygon, self.tr("Score areas"), optional=True)
        raster = self.parameterAsRasterLayer(parameters, raster_name, context)
        if source is not None and raster is not None:
            raise QgsProcessingException(self.tr(
                "Give the score as areas or as a raster, not both."))
        if source is None and raster is None:
            if required:
                raise QgsProcessingException(self.tr(
                    "Give a score: a polygon layer with a score field, or a raster."))
            return None
        if raster is not None:
            band = self.parameterAsInt(parameters, band_name, context) or 1
            score = read_raster_score(raster, band, raster_crs(
                raster, self.tr("The score raster"), feedback))
            reader = point_reader(self, parameters, self.INCIDENTS, context, incidents,
                                  score.crs, date_field)
            points = read_points(reader)
            valid = np.isfinite(score.values.ravel())
            cells = raster_cells(score, points.x, points.y)
            index = np.full(valid.size, -1, dtype=np.int64)
            index[valid] = np.arange(int(valid.sum()))
            cells = np.where(cells >= 0, index[np.maximum(cells, 0)], -1)
            if not valid.any():
                raise QgsProcessingException(self.tr("The score raster has no data."))
            provenance.add_input(raster.name(), raster.source(), int(valid.sum()),
                                 score.content_hash)
            self.add_incidents_input(provenance, incidents, points, feedback)
            return {"label": self.tr("{} (band {})").format(raster.name(), band),
                    "values": score.values.ravel()[valid], "area": None, "cells": cells,
                    "dates": points.parsed, "density": False}
        field = self.parameterAsString(parameters, field_name, context)
        if not field:
            raise QgsProcessingException(self.tr("Choose the score field of {}.").format(
                source.sourceName()))
        require_numeric_field(source, field, self.tr("the score areas"))
        crs = metric_crs_for(source.sourceCrs(), source.sourceExtent())
        areas = read_area_layer(source, crs, None, [field], feedback)
        report_skipped(feedback, areas.null_geometries, self.tr("score areas"))
        if not areas.ids:
            raise QgsProcessingException(self.tr("{} has no areas with a geometry.").format(
                source.sourceName()))
        import shapely

        reader = point_reader(self, parameters, self.INCIDENTS, context, incidents, crs,
                              date_field)
        points = read_points(reader)
        with core_errors():
            cells = risk.locate_points(areas.geometries, points.x, points.y)
        provenance.add_input(source.sourceName(), source.sourceName(), areas.features,
                             areas.content_hash)
        self.add_incidents_input(provenance, incidents, points, feedback)
        rank_by = chosen_value(self, parameters, self.RANK_BY, context, FORECAST_RANKINGS)
        label = self.source_label(parameters, layer_name, context, source)
        return {"label": f"{label}: {field}", "values": areas.values[field],
                "area": shapely.area(areas.geometries), "cells": cells,
                "dates": points.parsed, "density": rank_by == "density"}

    @staticmethod
    def add_incidents_input(provenance, incidents, points, feedback):
        if not any(i["name"] == incidents.sourceName() for i in provenance.inputs):
            report_skipped(feedback, points.null_geometries, QCoreApplication.translate(
                "EvaluateForecastAlgorithm", "incidents"))
            provenance.add_input(incidents.sourceName(), incidents.sourceName(),
                                 points.features, points.content_hash)

    def write_table(self, parameters, context, evaluated, k, provenance):
        import pandas as pd

        from ..core.forecast_eval import DERIVED_FROM_HITS
        from ..core.suppression import metadata_note

        fields = QgsFields()
        for name, kind in TABLE_FIELDS:
            fields.append(new_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             WkbType.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        frames = []
        for score in evaluated:
            curve = score["curve"]
            frames.append(pd.DataFrame({
                "score_name": score["label"], "coverage_pct": np.round(curve["coverage"] * 100,
                                                                       3),
                "hit_rate": curve["hit_rate"], "pai": curve["pai"], "pei": curve["pei"],
                "hits": np.round(curve["hits"], 2), "best_hit_rate": curve["best_hit_rate"],
                "standard_level": curve["standard"], "onderdrukt": curve["onderdrukt"]}))
        table = pd.concat(frames, ignore_index=True)
        names = [name for name, _ in TABLE_FIELDS]
        for row in table[names].itertuples(index=False):
            feature = QgsFeature(fields)
            feature.setAttributes([attribute_value(v) for v in row])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        del sink
        provenance.note(metadata_note(k, derived_columns=DERIVED_FROM_HITS))
        provenance.finish({"table": dest_id}, dest_id, title=self.tr("Evaluation table"))
        return dest_id
