"""wijkradar:anonymise_incidents: incident points to postcode areas or grid cells, coarse
dates, whitelisted fields and suppressed counts."""

import json
from contextlib import contextmanager

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QDate

from ..core.choices import (
    ANONYMISE_COUNTS_PER,
    ANONYMISE_FREE_TEXT,
    ANONYMISE_METHODS,
    ANONYMISE_PRECISIONS,
)
from . import free_text
from .algorithm import WijkradarAlgorithm, core_errors
from .bridge import (
    attribute_value,
    field_type_names,
    geometry_from_wkb,
    metric_crs_for,
    new_field,
    read_point_table,
    read_polygons,
    source_label,
)
from .choice_parameters import chosen_value, enum_parameter
from .compat import (
    GeometryType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
    WkbType,
    field_names,
)
from .date_reading import checked_dates, refuse_number_field
from .dependencies import require
from .layer_input import input_source
from .provenance import OutputProvenance
from .shared_parameters import MinCountParameter, PurposeParameter
from .styles import style_on_load

DEFAULT_AREA_ID = "postcode"
CELL_ID = "cell_id"
DATE_TYPES = ("date", "time")  # kept fields of these types would keep exact dates


class AnonymiseIncidentsAlgorithm(MinCountParameter, PurposeParameter, WijkradarAlgorithm):
    INPUT = "INPUT"
    METHOD = "METHOD"
    AREAS = "AREAS"
    AREA_ID = "AREA_ID"
    CELL_SIZE = "CELL_SIZE"
    KEEP_FIELDS = "KEEP_FIELDS"
    FREE_TEXT = "FREE_TEXT"
    DATE_FIELD = "DATE_FIELD"
    DATE_PRECISION = "DATE_PRECISION"
    COUNTS_PER = "COUNTS_PER"
    K = "K"
    PROTECT_TOTALS = "PROTECT_TOTALS"
    OUTPUT_POINTS = "OUTPUT_POINTS"
    OUTPUT_COUNTS = "OUTPUT_COUNTS"

    def name(self):
        return "anonymise_incidents"

    def displayName(self):
        return self.tr("Anonymise incidents")

    def group(self):
        return self.tr("Privacy")

    def groupId(self):
        return "privacy"

    def shortDescription(self):
        return self.tr("Incident points to postcode areas or grid cells, with coarse dates "
                       "and small counts suppressed.")

    def shortHelpString(self):
        return self.tr(
            "<p>Turns incident points (possibly at exact addresses) into data fit for "
            "analysis and sharing.</p>"
            "<p><b>Place</b>: each point moves to the postcode area (PC6 or PC4 polygons) it "
            "lies in, at the area's centroid (or a point on its surface when the centroid "
            "falls outside the area), or to the centre of its grid cell. Grid cells are at "
            "least 100 m wide (default 250 m) and aligned on multiples of the cell size. "
            "Points in no area are dropped and counted in the log: nothing keeps its exact "
            "coordinates.</p>"
            "<p><b>Fields</b>: only the fields to keep survive. A field that the privacy scan "
            "finds to hold identifiers (BSN, licence plates, names, addresses ...), a field "
            "that looks like coordinates and a date or time field other than the date field "
            "are refused. A free-text field (remarks, notes) that names persons, addresses or "
            "phone numbers is refused too, unless you choose to <b>redact</b> it (names, "
            "addresses, dates and numbers replaced by tags such as [PERSOON-1], [ADRES], "
            "[TELEFOONNUMMER]: with the optional library deduce, Menger et al. 2018, and "
            "patterns; the redacted text is scanned again) or to <b>drop</b> it.</p>"
            "<p><b>Date</b> (optional): coarsened to the Monday of its ISO week or the first "
            "of its month, with the fields 'jaar' and 'week' (ISO week-year and week) or "
            "'jaar' and 'maand'.</p>"
            "<p><b>Outputs</b>: the moved points (area id, kept fields, coarse date), for "
            "analysis inside the organisation; and counts per area, or per area and week or "
            "month, for sharing: counts from 1 to k-1 (default k = 5, the CBS threshold) are "
            "left empty and flagged in the field 'onderdrukt', and the metadata says so. "
            "Counts per area include areas without incidents; grid counts and counts per "
            "period list only cells or periods with incidents (no row means zero). Do not "
            "publish counts per area next to counts per period of the same data: a "
            "suppressed count could be recomputed by subtraction, unless <b>Also protect "
            "against totals</b> is set: then more counts are left empty (the smallest first, "
            "as CBS does with tau-ARGUS: Hundepool et al. 2012, <i>Statistical Disclosure "
            "Control</i>) until no suppressed count can be recomputed, or bounded below k, "
            "from the totals per area, per period, per PC4 (for PC6 areas) and overall. This "
            "takes seconds to minutes for large tables. 'Check disclosure before sharing' "
            "checks tables shared together.</p>")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Incident points"), [ProcessingSourceType.VectorPoint]))
        self.addParameter(enum_parameter(self.METHOD, self.tr("Move incidents to"),
                                         ANONYMISE_METHODS))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Postcode areas (PC6 or PC4)"),
            [ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_ID, self.tr("Area id field (default: 'postcode')"),
            parentLayerParameterName=self.AREAS, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Grid cell size (metres, at least 100)"),
            ProcessingNumberParameterType.Double, 250.0))
        self.addParameter(QgsProcessingParameterField(
            self.KEEP_FIELDS, self.tr("Fields to keep (all others are dropped)"),
            parentLayerParameterName=self.INPUT, allowMultiple=True, optional=True))
        self.addParameter(enum_parameter(
            self.FREE_TEXT, self.tr("Kept free-text fields with personal data"),
            ANONYMISE_FREE_TEXT))
        self.addParameter(QgsProcessingParameterField(
            self.DATE_FIELD, self.tr("Date field (coarsened)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(enum_parameter(self.DATE_PRECISION, self.tr("Date precision"),
                                         ANONYMISE_PRECISIONS))
        self.addParameter(enum_parameter(self.COUNTS_PER, self.tr("Counts per"),
                                         ANONYMISE_COUNTS_PER))
        self.add_min_count_parameter("counts", name=self.K)
        self.addParameter(QgsProcessingParameterBoolean(
            self.PROTECT_TOTALS, self.tr("Also protect against totals published with the "
                                         "counts (secondary suppression)"), False))
        self.add_purpose_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_POINTS, self.tr("Anonymised incident points"),
            ProcessingSourceType.VectorPoint, optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_COUNTS, self.tr("Incident counts per area (suppressed)"),
            ProcessingSourceType.VectorPolygon, optional=True, createByDefault=True))
        for name, description in (
                ("N_INCIDENTS", self.tr("Incidents read")),
                ("N_KEPT", self.tr("Incidents moved to an area or cell")),
                ("N_DROPPED", self.tr("Incidents dropped (no geometry or in no area)")),
                ("N_SUPPRESSED", self.tr("Suppressed counts"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def processAlgorithm(self, parameters, context, feedback):
        require("numpy", "pandas", "shapely")
        from wijkradar.core import anonymise

        steps = QgsProcessingMultiStepFeedback(4, feedback)
        source = input_source(self, parameters, self.INPUT, context, feedback,
                              GeometryType.Point, self.tr("The incident layer"))
        settings = self.read_settings(parameters, context, source, feedback)
        areas = settings["areas"]
        crs = (areas.sourceCrs() if settings["method"] == "areas"
               else metric_crs_for(source.sourceCrs(), source.sourceExtent()))
        wanted = settings["keep"] + ([settings["date_field"]] if settings["date_field"] else [])
        table = read_point_table(source, crs, wanted, steps)
        self.stop_if_canceled(feedback)
        if len(table.x) == 0:
            raise QgsProcessingException(self.tr("The incident layer has no features."))
        self.check_kept_values(table, source, settings, feedback)
        steps.setCurrentStep(1)
        with core_errors():
            if settings["method"] == "areas":
                polygons, ids = read_polygons(areas, crs, settings["area_id"])
                if len(polygons) == 0:
                    raise QgsProcessingException(self.tr("The area layer holds no polygons."))
                index = anonymise.assign_areas(table.x, table.y, polygons)
                place_x, place_y = anonymise.representative_points(polygons)
            else:
                cells = anonymise.assign_grid_cells(table.x, table.y, settings["cell_size"])
                polygons, ids, index = cells.polygons(), cells.ids, cells.index
                place_x, place_y = cells.centres
            dates = self.coarse_dates(table, settings, anonymise, feedback)
        self.stop_if_canceled(feedback)
        self.report_dropped(table, index, dates, settings, feedback)
        self.refuse_if_all_dropped(table, index, settings, areas)
        provenance = OutputProvenance(self, parameters, context, settings["purpose"])
        provenance.add_input(*source_label(self, parameters, self.INPUT, context, source),
                             len(table.x), self.content_hash(table, dates))
        if settings["method"] == "areas":
            provenance.add_input(*source_label(self, parameters, self.AREAS, context, areas),
                                 len(polygons), self.content_hash(None, None, polygons, ids))
        provenance.note(self.method_note(settings, dates))
        if settings["free_text_note"]:
            provenance.note(settings["free_text_note"])
        steps.setCurrentStep(2)
        self.stop_if_canceled(feedback)  # nothing is written after Cancel
        points_id = self.write_points(parameters, context, source, table, index, ids, dates,
                                      (place_x, place_y), settings, crs, provenance, steps)
        steps.setCurrentStep(3)
        protect_totals = settings["protect_totals"] and parameters.get(self.OUTPUT_COUNTS)
        counts = anonymise.area_counts(index, ids, 1 if protect_totals else settings["k"],
                                       dates if settings["per_period"] else None)
        if protect_totals:
            counts = self.protect_against_totals(counts, settings, provenance, feedback)
        self.stop_if_canceled(feedback)
        counts_id = self.write_counts(parameters, context, areas, counts, polygons, dates,
                                      settings, crs, provenance)
        steps.setProgress(100)
        kept = int((index != anonymise.NO_AREA).sum())
        numbers = {"N_INCIDENTS": len(table.x), "N_KEPT": kept, "N_DROPPED": len(table.x) - kept}
        suppressed = int(counts["onderdrukt"].sum())
        if counts_id and not points_id and suppressed:
            # Only the shared counts were made: their totals would give the suppressed back.
            numbers = dict.fromkeys(numbers)
            feedback.pushInfo(self.tr(
                "N_INCIDENTS, N_KEPT and N_DROPPED are left empty: next to the shared counts "
                "they would give the suppressed counts back."))
        return {self.OUTPUT_POINTS: points_id, self.OUTPUT_COUNTS: counts_id, **numbers,
                "N_SUPPRESSED": suppressed, "CRS": crs.authid()}

    # -- settings and checks -----------------------------------------------------------------

    def read_settings(self, parameters, context, source, feedback):
        from wijkradar.core.anonymise import check_kept_fields

        def choice(name, choices):
            return chosen_value(self, parameters, name, context, choices)

        method = choice(self.METHOD, ANONYMISE_METHODS)
        areas = input_source(self, parameters, self.AREAS, context, feedback,
                             what=self.tr("The postcode areas"), optional=True)
        date_field = self.parameterAsString(parameters, self.DATE_FIELD, context) or None
        keep = [f for f in field_names(self, parameters, self.KEEP_FIELDS, context)
                if f != date_field]
        settings = {
            "method": method, "areas": areas, "date_field": date_field, "keep": keep,
            "area_id": self.parameterAsString(parameters, self.AREA_ID, context),
            "cell_size": self.parameterAsDouble(parameters, self.CELL_SIZE, context),
            "precision": choice(self.DATE_PRECISION, ANONYMISE_PRECISIONS),
            "per_period": choice(self.COUNTS_PER, ANONYMISE_COUNTS_PER),
            "k": self.min_count_value(parameters, context, name=self.K),
            "protect_totals": self.parameterAsBoolean(parameters, self.PROTECT_TOTALS,
                                                      context),
            "purpose": self.purpose_value(parameters, context),
            "free_text": choice(self.FREE_TEXT, ANONYMISE_FREE_TEXT),
            "free_text_note": None,
        }
        if all(parameters.get(name) is None for name in (self.OUTPUT_POINTS,
                                                         self.OUTPUT_COUNTS)):
            raise QgsProcessingException(self.tr("Choose at least one output: the points or "
                                                 "the counts."))
        if method == "areas":
            self.check_areas(settings)
        else:
            with core_errors():
                from wijkradar.core.anonymise import check_cell_size

                check_cell_size(settings["cell_size"])
        if settings["per_period"] and not date_field:
            raise QgsProcessingException(self.tr("Counts per week or month need a date field."))
        if settings["k"] < 1:
            raise QgsProcessingException(self.tr("k must be at least 1."))
        with core_errors():
            check_kept_fields(keep)
        refuse_number_field(source, date_field)
        types = field_type_names(source.fields(), keep)
        dated = [name for name in keep if any(t in types[name].lower() for t in DATE_TYPES)]
        if dated:
            raise QgsProcessingException(self.tr(
                "Field(s) {} hold exact dates or times: choose one as the date field (it is "
                "coarsened) and leave the others out of the fields to keep.").format(
                ", ".join(dated)))
        return settings

    def check_areas(self, settings):
        areas = settings["areas"]
        if areas is None:
            raise QgsProcessingException(self.tr(
                "Choose a postcode area layer (PC6 or PC4 polygons), or move the incidents to "
                "grid cells."))
        names = areas.fields().names()
        if not settings["area_id"]:
            if DEFAULT_AREA_ID not in names:
                raise QgsProcessingException(self.tr(
                    "The area layer has no field 'postcode': choose the area id field."))
            settings["area_id"] = DEFAULT_AREA_ID
        if settings["area_id"] not in names:
            raise QgsProcessingException(self.tr("The area layer has no field '{}'.").format(
                settings["area_id"]))

    def check_kept_values(self, table, source, settings, feedback):
        """Redacts or drops kept free-text fields as chosen, then refuses kept fields (and the
        date field) whose values hold identifiers."""
        from wijkradar.core.privacy import scan_table

        def scanned():
            names = settings["keep"] + ([settings["date_field"]] if settings["date_field"]
                                        else [])
            return scan_table({name: table.columns[name] for name in names},
                              field_types=field_type_names(source.fields(), names))

        if not settings["keep"] and not settings["date_field"]:
            return
        result = scanned()
        keep, settings["free_text_note"] = free_text.apply(
            settings["free_text"], table, settings["keep"], result, feedback)
        if settings["free_text_note"]:
            settings["keep"] = keep
            result = scanned()
        if result.identifiers:
            raise QgsProcessingException(self.tr(
                "Field(s) {} hold personal data and cannot be kept: leave them out of the "
                "fields to keep, or choose to redact or drop free-text fields.").format(
                    ", ".join("{} ({})".format(", ".join(f.fields), f.label)
                              for f in result.identifiers)))
        for finding in result.warnings:
            feedback.pushWarning(self.tr("Kept field {}: {}").format(finding.field,
                                                                     finding.reason))

    def coarse_dates(self, table, settings, anonymise, feedback):
        if not settings["date_field"]:
            return None
        from wijkradar.core.dates import parse_dates

        usable = checked_dates(parse_dates(table.columns[settings["date_field"]]),
                               settings["date_field"], feedback)
        return anonymise.coarsen_dates(usable.days, settings["precision"])

    def report_dropped(self, table, index, dates, settings, feedback):
        from wijkradar.core.anonymise import NO_AREA

        no_geometry = table.null_geometries
        outside = int((index == NO_AREA).sum()) - no_geometry
        if no_geometry:
            feedback.pushWarning(self.tr("{} features without a geometry were dropped.").format(
                no_geometry))
        if outside:
            feedback.pushWarning(self.tr("{} incidents lie in no postcode area and were "
                                         "dropped.").format(outside))
        if table.multipart:
            feedback.pushInfo(self.tr("{} features of several points count as one incident "
                                      "at the centre of their points.").format(table.multipart))
        if dates is not None and not dates.valid.all():
            feedback.pushWarning(self.tr(
                "{} incidents have no readable date: their date fields are empty{}.").format(
                int((~dates.valid).sum()),
                self.tr(" and they are not counted per period") if settings["per_period"]
                else ""))
        text = (self.tr("{} of {} incidents moved to {} grid cells.") if settings["method"] ==
                "grid" else self.tr("{} of {} incidents moved to {} postcode areas."))
        feedback.pushInfo(text.format(int((index != NO_AREA).sum()), len(index),
                                      len(np.unique(index[index != NO_AREA]))))

    def refuse_if_all_dropped(self, table, index, settings, areas):
        """Empty outputs would look like a town without incidents: refused instead."""
        from wijkradar.core.anonymise import NO_AREA

        if (index != NO_AREA).any():
            return
        if table.null_geometries == len(index):
            raise QgsProcessingException(self.tr(
                "None of the {} incidents has a location (a NULL or empty geometry), so "
                "nothing can be anonymised. Check the layer's geometry column.").format(
                len(index)))
        raise QgsProcessingException(self.tr(
            "None of the {} incidents lies in a postcode area of '{}', so nothing can be "
            "anonymised. Check that the postcode areas cover the incidents' municipality.")
            .format(len(index), areas.sourceName()))

    @staticmethod
    def content_hash(table=None, dates=None, polygons=None, ids=None):
        import shapely

        from wijkradar.core.provenance import ContentHasher

        hasher = ContentHasher()
        if table is not None:
            hasher.update(table.x, table.y, np.frombuffer(json.dumps(
                table.columns, default=str, sort_keys=True).encode("utf-8"), dtype=np.uint8))
        if dates is not None:
            hasher.update(dates.start.astype(np.int64))
        if polygons is not None:
            for blob in shapely.to_wkb(polygons, output_dimension=2):
                hasher.update(np.frombuffer(blob, dtype=np.uint8))
            hasher.update(np.frombuffer(json.dumps(ids, default=str).encode("utf-8"),
                                        dtype=np.uint8))
        return hasher.hexdigest()

    # -- outputs -----------------------------------------------------------------------------

    def id_field(self, settings, areas):
        if settings["method"] == "grid":
            return new_field(CELL_ID, "string")
        return areas.fields().field(settings["area_id"])

    def write_points(self, parameters, context, source, table, index, ids, dates, places,
                     settings, crs, provenance, feedback):
        from wijkradar.core.anonymise import NO_AREA

        id_field = self.id_field(settings, settings["areas"])
        generated = [id_field.name()]
        if dates is not None:
            generated += [settings["date_field"], "jaar", dates.number_name]
        taken = {name.lower() for name in generated}
        replaced = [name for name in settings["keep"] if name.lower() in taken]
        if replaced:
            feedback.pushWarning(self.tr("Kept field(s) {} are replaced by the generated "
                                         "fields of the same name.").format(", ".join(replaced)))
        keep = [name for name in settings["keep"] if name.lower() not in taken]
        fields = QgsFields()
        fields.append(id_field)
        for name in keep:
            fields.append(source.fields().field(name))
        if dates is not None:
            for name, kind in zip(generated[1:], ("date", "int", "int")):
                fields.append(new_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT_POINTS, context, fields,
                                             WkbType.Point, crs)
        if sink is None:
            return None
        place_x, place_y = places
        rows = np.flatnonzero(index != NO_AREA)
        for number, row in enumerate(rows):
            area = index[row]
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(place_x[area],
                                                                   place_y[area])))
            values = [attribute_value(ids[area])]
            values += [table.columns[name][row] for name in keep]
            if dates is not None:
                values += date_values(dates, row)
            feature.setAttributes(values)
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
            if number % 5000 == 0:
                self.stop_if_canceled(feedback)
                feedback.setProgress(100.0 * number / max(len(rows), 1))
        del sink  # closes a file output before its sidecar is written beside it
        shared_notes = list(provenance.notes)
        provenance.note(self.tr("Incident points for analysis inside the organisation: small "
                                "numbers of incidents per area are visible. Share the counts "
                                "instead."))
        _, metadata = provenance.finish({"points": dest_id}, dest_id,
                                        title=self.tr("Anonymised incident points"))
        provenance.notes = shared_notes  # the note above is about the points only
        style_on_load(context, dest_id, style_function=lambda layer: layer.setMetadata(metadata))
        return dest_id

    def write_counts(self, parameters, context, areas, counts, polygons, dates, settings, crs,
                     provenance):
        from wijkradar.core.suppression import metadata_note

        id_field = self.id_field(settings, areas)
        fields = QgsFields()
        fields.append(id_field)
        per_period = settings["per_period"]
        extra = [("datum", "date"), ("jaar", "int"), (dates.number_name, "int")] \
            if per_period else []
        if settings["method"] == "grid":
            extra.append(("cell_size", "double"))
        for name, kind in extra + [("n_incidents", "int"), ("onderdrukt", "bool")]:
            fields.append(new_field(name, kind))
        grid = settings["method"] == "grid"
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT_COUNTS, context, fields,
            WkbType.Polygon if grid else WkbType.MultiPolygon, crs)
        if sink is None:
            return None
        import shapely

        blobs = shapely.to_wkb(polygons, output_dimension=2)
        for row in counts.itertuples(index=False):
            feature = QgsFeature(fields)
            geometry = geometry_from_wkb(blobs[row.area])
            if not grid:
                geometry.convertToMultiType()
            feature.setGeometry(geometry)
            values = [attribute_value(row.area_id)]
            if per_period:
                start = row.start
                values += [QDate(start.year, start.month, start.day), int(row.year),
                           int(row.number)]
            if grid:
                values.append(settings["cell_size"])
            values += [attribute_value(row.n_incidents), bool(row.onderdrukt)]
            feature.setAttributes(values)
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        del sink
        provenance.note(metadata_note(settings["k"]))
        provenance.note(self.tr("Feature counts of the inputs are left out here: with the "
                                "published counts they would give the suppressed ones back."))
        with input_counts_left_out(provenance):
            _, metadata = provenance.finish(
                {"counts": dest_id}, dest_id, title=self.tr("Incident counts (suppressed)"),
                abstract=metadata_note(settings["k"]))
        style_on_load(context, dest_id, style_function=lambda layer: layer.setMetadata(metadata))
        return dest_id

    def protect_against_totals(self, counts, settings, provenance, feedback):
        """Primary and secondary suppression: totals published next to the counts (per PC4
        and overall, or per area, per period and overall) give nothing back."""
        from wijkradar.core.secondary_suppression import protect_frame

        feedback.setProgressText(self.tr("Secondary suppression against published totals"))
        with core_errors():
            counts, extra = protect_frame(
                counts, settings["k"], period_column="start" if settings["per_period"] else None)
        note = self.tr("Secondary suppression: {} more counts left empty, so that totals "
                       "published next to these counts (per area, per period, per PC4, "
                       "overall) do not give back the suppressed ones.").format(extra)
        feedback.pushInfo(note)
        provenance.note(note)
        return counts

    def method_note(self, settings, dates):
        if settings["method"] == "grid":
            place = self.tr("Incidents moved to the centres of {:g} m grid cells.").format(
                settings["cell_size"])
        else:
            place = self.tr("Incidents moved to the centroid (or a point on the surface) of "
                            "their postcode area ('{}').").format(settings["area_id"])
        if dates is None:
            return place
        return place + " " + (self.tr("Dates coarsened to the ISO week (Monday).")
                              if dates.precision == "week" else
                              self.tr("Dates coarsened to the month (first day)."))


@contextmanager
def input_counts_left_out(provenance):
    """The provenance of a shared table without its inputs' feature counts (incidents read
    minus the published counts = the suppressed ones); put back afterwards."""
    from wijkradar.core.secondary_suppression import without_counts

    saved = provenance.inputs, provenance.parameters
    provenance.add_unrecorded_inputs()
    provenance.inputs = without_counts(provenance.inputs)
    provenance.parameters = without_counts(provenance.parameters)
    try:
        yield
    finally:
        provenance.inputs, provenance.parameters = saved


def date_values(dates, row):
    """[QDate of the period start, year, week or month] of one point; NULLs without a date."""
    if not dates.valid[row]:
        return [None, None, None]
    day = dates.start[row].astype(object)  # datetime.date
    return [QDate(day.year, day.month, day.day), int(dates.year[row]), int(dates.number[row])]
