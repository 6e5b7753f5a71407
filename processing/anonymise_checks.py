"""The checks of wijkradar:anonymise_incidents: the postcode areas, the fields kept (no
personal data, free text redacted or dropped), what was dropped on the way and why, and the
record of what was done (the method note and content hashes for the provenance)."""

import json

import numpy as np
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from . import free_text
from .algorithm import core_errors
from .io.dates import refuse_number_field
from .io.labels import source_label
from .io.tables import field_type_names
from .provenance import OutputProvenance

DEFAULT_AREA_ID = "postcode"
DATE_TYPES = ("date", "time")  # kept fields of these types would keep exact dates


def _tr(text):
    return QCoreApplication.translate("AnonymiseIncidentsAlgorithm", text)


def check_settings(settings, source):
    """Refuses settings that cannot give a safe output: no postcode areas (or a bad grid),
    counts per period without dates, k below 1, kept fields that are identifiers or exact
    dates."""
    from wijkradar.core.anonymise import check_cell_size, check_kept_fields

    keep = settings["keep"]
    if settings["method"] == "areas":
        check_areas(settings)
    else:
        with core_errors():
            check_cell_size(settings["cell_size"])
    if settings["per_period"] and not settings["date_field"]:
        raise QgsProcessingException(_tr("Counts per week or month need a date field."))
    if settings["k"] < 1:
        raise QgsProcessingException(_tr("k must be at least 1."))
    with core_errors():
        check_kept_fields(keep)
    refuse_number_field(source, settings["date_field"])
    types = field_type_names(source.fields(), keep)
    dated = [name for name in keep if any(t in types[name].lower() for t in DATE_TYPES)]
    if dated:
        raise QgsProcessingException(_tr(
            "Field(s) {} hold exact dates or times: choose one as the date field (it is "
            "coarsened) and leave the others out of the fields to keep.").format(
            ", ".join(dated)))


def check_areas(settings):
    areas = settings["areas"]
    if areas is None:
        raise QgsProcessingException(_tr(
            "Choose a postcode area layer (PC6 or PC4 polygons), or move the incidents to "
            "grid cells."))
    names = areas.fields().names()
    if not settings["area_id"]:
        if DEFAULT_AREA_ID not in names:
            raise QgsProcessingException(_tr(
                "The area layer has no field 'postcode': choose the area id field."))
        settings["area_id"] = DEFAULT_AREA_ID
    if settings["area_id"] not in names:
        raise QgsProcessingException(_tr("The area layer has no field '{}'.").format(
            settings["area_id"]))


def check_kept_values(table, source, settings, feedback):
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
        raise QgsProcessingException(_tr(
            "Field(s) {} hold personal data and cannot be kept: leave them out of the "
            "fields to keep, or choose to redact or drop free-text fields.").format(
                ", ".join("{} ({})".format(", ".join(f.fields), f.label)
                          for f in result.identifiers)))
    for finding in result.warnings:
        feedback.pushWarning(_tr("Kept field {}: {}").format(finding.field, finding.reason))


def report_dropped(table, index, dates, settings, feedback):
    from wijkradar.core.anonymise import NO_AREA

    no_geometry = table.null_geometries
    outside = int((index == NO_AREA).sum()) - no_geometry
    if no_geometry:
        feedback.pushWarning(_tr("{} features without a geometry were dropped.").format(
            no_geometry))
    if outside:
        feedback.pushWarning(_tr("{} incidents lie in no postcode area and were "
                                 "dropped.").format(outside))
    if table.multipart:
        feedback.pushInfo(_tr("{} features of several points count as one incident "
                              "at the centre of their points.").format(table.multipart))
    if dates is not None and not dates.valid.all():
        feedback.pushWarning(_tr(
            "{} incidents have no readable date: their date fields are empty{}.").format(
            int((~dates.valid).sum()),
            _tr(" and they are not counted per period") if settings["per_period"]
            else ""))
    text = (_tr("{} of {} incidents moved to {} grid cells.") if settings["method"] ==
            "grid" else _tr("{} of {} incidents moved to {} postcode areas."))
    feedback.pushInfo(text.format(int((index != NO_AREA).sum()), len(index),
                                  len(np.unique(index[index != NO_AREA]))))


def refuse_if_all_dropped(table, index, settings, areas):
    """Empty outputs would look like a town without incidents: refused instead."""
    from wijkradar.core.anonymise import NO_AREA

    if (index != NO_AREA).any():
        return
    if table.null_geometries == len(index):
        raise QgsProcessingException(_tr(
            "None of the {} incidents has a location (a NULL or empty geometry), so "
            "nothing can be anonymised. Check the layer's geometry column.").format(
            len(index)))
    raise QgsProcessingException(_tr(
        "None of the {} incidents lies in a postcode area of '{}', so nothing can be "
        "anonymised. Check that the postcode areas cover the incidents' municipality.")
        .format(len(index), areas.sourceName()))


def run_provenance(algorithm, parameters, context, source, table, dates, polygons_ids,
                   settings):
    """The record of the inputs (hashed) and of what was done to them."""
    provenance = OutputProvenance(algorithm, parameters, context, settings["purpose"])
    provenance.add_input(*source_label(algorithm, parameters, algorithm.INPUT, context,
                                       source),
                         len(table.x), content_hash(table, dates))
    if settings["method"] == "areas":
        polygons, ids = polygons_ids
        provenance.add_input(*source_label(algorithm, parameters, algorithm.AREAS, context,
                                           settings["areas"]),
                             len(polygons), content_hash(None, None, polygons, ids))
    provenance.note(method_note(settings, dates))
    if settings["free_text_note"]:
        provenance.note(settings["free_text_note"])
    return provenance


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


def method_note(settings, dates):
    if settings["method"] == "grid":
        place = _tr("Incidents moved to the centres of {:g} m grid cells.").format(
            settings["cell_size"])
    else:
        place = _tr("Incidents moved to the centroid (or a point on the surface) of "
                    "their postcode area ('{}').").format(settings["area_id"])
    if dates is None:
        return place
    return place + " " + (_tr("Dates coarsened to the ISO week (Monday).")
                          if dates.precision == "week" else
                          _tr("Dates coarsened to the month (first day)."))
