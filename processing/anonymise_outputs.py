"""The outputs of wijkradar:anonymise_incidents: the incident points moved to their area or
cell (for analysis inside the organisation) and the suppressed counts per area (to share),
with secondary suppression against published totals."""

from contextlib import contextmanager

import numpy as np
from qgis.core import QgsFeature, QgsFeatureSink, QgsFields, QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QCoreApplication, QDate

from .algorithm import core_errors
from .compat import WkbType
from .io.values import attribute_value, geometry_from_wkb, new_field
from .styles import style_on_load

CELL_ID = "cell_id"


def _tr(text):
    return QCoreApplication.translate("AnonymiseIncidentsAlgorithm", text)


def area_id_field(settings, areas):
    if settings["method"] == "grid":
        return new_field(CELL_ID, "string")
    return areas.fields().field(settings["area_id"])


def write_points(algorithm, parameters, context, source, table, index, ids, dates, places,
                 settings, crs, provenance, feedback):
    from wijkradar.core.anonymise import NO_AREA

    id_field = area_id_field(settings, settings["areas"])
    generated = [id_field.name()]
    if dates is not None:
        generated += [settings["date_field"], "jaar", dates.number_name]
    taken = {name.lower() for name in generated}
    replaced = [name for name in settings["keep"] if name.lower() in taken]
    if replaced:
        feedback.pushWarning(_tr("Kept field(s) {} are replaced by the generated "
                                 "fields of the same name.").format(", ".join(replaced)))
    keep = [name for name in settings["keep"] if name.lower() not in taken]
    fields = QgsFields()
    fields.append(id_field)
    for name in keep:
        fields.append(source.fields().field(name))
    if dates is not None:
        for name, kind in zip(generated[1:], ("date", "int", "int")):
            fields.append(new_field(name, kind))
    sink, dest_id = algorithm.parameterAsSink(parameters, algorithm.OUTPUT_POINTS, context, fields,
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
            algorithm.stop_if_canceled(feedback)
            feedback.setProgress(100.0 * number / max(len(rows), 1))
    del sink  # closes a file output before its sidecar is written beside it
    shared_notes = list(provenance.notes)
    provenance.note(_tr("Incident points for analysis inside the organisation: small "
                        "numbers of incidents per area are visible. Share the counts "
                        "instead."))
    _, metadata = provenance.finish({"points": dest_id}, dest_id,
                                    title=_tr("Anonymised incident points"))
    provenance.notes = shared_notes  # the note above is about the points only
    style_on_load(context, dest_id, style_function=lambda layer: layer.setMetadata(metadata))
    return dest_id


def write_counts(algorithm, parameters, context, areas, counts, polygons, dates, settings, crs,
                 provenance):
    from wijkradar.core.suppression import metadata_note

    id_field = area_id_field(settings, areas)
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
    sink, dest_id = algorithm.parameterAsSink(
        parameters, algorithm.OUTPUT_COUNTS, context, fields,
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
    provenance.note(_tr("Feature counts of the inputs are left out here: with the "
                        "published counts they would give the suppressed ones back."))
    with input_counts_left_out(provenance):
        _, metadata = provenance.finish(
            {"counts": dest_id}, dest_id, title=_tr("Incident counts (suppressed)"),
            abstract=metadata_note(settings["k"]))
    style_on_load(context, dest_id, style_function=lambda layer: layer.setMetadata(metadata))
    return dest_id


def count_per_area(algorithm, parameters, index, ids, dates, settings, provenance, feedback):
    """The incidents per area (and period), counts below k suppressed (and more, when
    totals are published next to them)."""
    from wijkradar.core import anonymise

    protect_totals = settings["protect_totals"] and parameters.get(algorithm.OUTPUT_COUNTS)
    counts = anonymise.area_counts(index, ids, 1 if protect_totals else settings["k"],
                                   dates if settings["per_period"] else None)
    if protect_totals:
        counts = protect_against_totals(counts, settings, provenance, feedback)
    return counts


def protect_against_totals(counts, settings, provenance, feedback):
    """Primary and secondary suppression: totals published next to the counts (per PC4
    and overall, or per area, per period and overall) give nothing back."""
    from wijkradar.core.secondary_suppression import protect_frame

    feedback.setProgressText(_tr("Secondary suppression against published totals"))
    with core_errors():
        counts, extra = protect_frame(
            counts, settings["k"], period_column="start" if settings["per_period"] else None)
    note = _tr("Secondary suppression: {} more counts left empty, so that totals "
               "published next to these counts (per area, per period, per PC4, "
               "overall) do not give back the suppressed ones.").format(extra)
    feedback.pushInfo(note)
    provenance.note(note)
    return counts


def result_numbers(table, index, counts, points_id, counts_id, feedback):
    """N_INCIDENTS, N_KEPT and N_DROPPED, left empty where they would give counts back."""
    from wijkradar.core.anonymise import NO_AREA

    kept = int((index != NO_AREA).sum())
    numbers = {"N_INCIDENTS": len(table.x), "N_KEPT": kept, "N_DROPPED": len(table.x) - kept}
    if counts_id and not points_id and int(counts["onderdrukt"].sum()):
        # Only the shared counts were made: their totals would give the suppressed back.
        numbers = dict.fromkeys(numbers)
        feedback.pushInfo(_tr(
            "N_INCIDENTS, N_KEPT and N_DROPPED are left empty: next to the shared counts "
            "they would give the suppressed counts back."))
    return numbers


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
