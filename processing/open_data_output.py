"""Outputs of the Open data algorithms: areas with new values (a row per area), a feature
per area and period, and a table without geometry; small counts suppressed in core first."""

from qgis.core import QgsFeature, QgsFeatureSink, QgsFields, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from .compat import WkbType
from .io.values import attribute_rows, attribute_value, new_field, write_with_new_values

LONG_FIELDS = (("crime_code", "string"), ("crime_name", "string"), ("period", "string"),
               ("year", "int"), ("month", "int"), ("count", "double"), ("rate", "double"),
               ("provisional", "bool"), ("onderdrukt", "bool"))
COMPARISON_FIELDS = (("area", "string"), ("year", "int"), ("official", "double"),
                     ("own", "double"), ("difference", "double"), ("own_pct", "double"),
                     ("onderdrukt", "bool"))


def _sink(algorithm, parameters, name, context, fields, wkb_type, crs):
    sink, dest_id = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    return sink, dest_id


def write_areas_with(algorithm, parameters, name, context, source, areas, table, feedback):
    """Every area of ``source`` with the columns of ``table`` (index: area code; kinds by
    dtype) added; an input field of the same name is replaced, and the log says so."""
    fields, kept = QgsFields(), []
    for index, existing in enumerate(source.fields()):
        if existing.name() in table.columns:
            feedback.pushWarning(QCoreApplication.translate(
                "OpenDataOutput", "The input field '{}' is replaced by the new value of the "
                "same name.").format(existing.name()))
            continue
        fields.append(existing)
        kept.append(index)
    for column in table.columns:
        kind = "bool" if table[column].dtype == bool or column == "onderdrukt" else "double"
        fields.append(new_field(column, kind))
    sink, dest_id = _sink(algorithm, parameters, name, context, fields, source.wkbType(),
                          source.sourceCrs())
    values = attribute_rows(table.reindex(areas.codes))
    rows = {fid: row for row, fid in enumerate(areas.fids)}
    write_with_new_values(sink, source, fields, kept, values, rows, feedback, len(areas.fids))
    del sink
    return dest_id, fields


def write_area_periods(algorithm, parameters, name, context, source, areas, table):
    """A feature per row of the long ``table``: the area's geometry, code and inhabitants,
    and the row's crime type, period, count and rate."""
    keep = [f for f in source.fields() if f.name() in (areas.code_field, "aantal_inwoners")]
    fields = QgsFields()
    for existing in keep:
        fields.append(existing)
    for column, kind in LONG_FIELDS:
        fields.append(new_field(column, kind))
    sink, dest_id = _sink(algorithm, parameters, name, context, fields, source.wkbType(),
                          source.sourceCrs())
    by_code = dict(zip(areas.codes, source.getFeatures()))
    for row in table.itertuples(index=False):
        area = by_code[row.area]
        feature = QgsFeature(fields)
        feature.setGeometry(area.geometry())
        feature.setAttributes([area[f.name()] for f in keep]
                              + [attribute_value(getattr(row, n)) for n, _ in LONG_FIELDS])
        sink.addFeature(feature, QgsFeatureSink.FastInsert)
    del sink
    return dest_id


def write_table(algorithm, parameters, name, context, table, columns, crs):
    """The rows of ``table`` as a layer without geometry; None when no output is asked."""
    fields = QgsFields()
    for column, kind in columns:
        fields.append(new_field(column, kind))
    sink, dest_id = algorithm.parameterAsSink(parameters, name, context, fields,
                                              WkbType.NoGeometry, crs)
    if sink is None:
        return None
    for row in attribute_rows(table[[column for column, _ in columns]]):
        feature = QgsFeature(fields)
        feature.setAttributes(row)
        sink.addFeature(feature, QgsFeatureSink.FastInsert)
    del sink
    return dest_id


def wide_crime_table(long, frequency, k):
    """Counts and rates per area (index: area code) with the headline count and rate, small
    counts and the rates made from them suppressed."""
    from ..core import cbs_tables
    from ..core.suppression import suppress_frame

    wide = cbs_tables.crime_wide(long)
    counts, rate, _ = cbs_tables.headline(long, frequency)
    wide["misdrijven"] = counts.reindex(wide.index)
    wide["misdrijven_per_1000"] = rate.reindex(wide.index)
    count_columns = [c for c in wide.columns if c.startswith("n_")] + ["misdrijven"]
    derived = {c: ["n_" + c[2:]] for c in wide.columns if c.startswith("r_")}
    derived["misdrijven_per_1000"] = ["misdrijven"]
    return suppress_frame(wide, count_columns, k, derived_columns=derived)


def long_crime_table(long, k):
    """The long table with crime names in the user's language, small counts suppressed."""
    from ..core.cbs_tables import crime_name
    from ..core.i18n import language
    from ..core.suppression import suppress_frame

    table = long.assign(crime_name=long["crime_code"].map(
        lambda code: crime_name(code, language())))
    return suppress_frame(table, ["count"], k, derived_columns={"rate": ["count"]})


def completeness_table(long, frequency, chosen, own, k):
    """(the comparison of official and own counts per area and year, suppressed; the crime
    types compared)."""
    from ..core import cbs_tables
    from ..core.suppression import suppress_frame

    which = cbs_tables.comparison_codes(long, chosen)
    official = cbs_tables.yearly_totals(long[long["crime_code"].isin(which)], frequency)
    own = own[own["year"].isin(official["year"].unique())]
    table = cbs_tables.completeness(official, own)
    both = ["official", "own"]
    return suppress_frame(table, both, k, derived_columns={"difference": both,
                                                          "own_pct": both}), which
