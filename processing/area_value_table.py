"""The table of area values over time that postcode_risk reads beside the area layer.

A municipality's payment arrears or benefit counts per buurt or postcode per quarter or year
come as a table without geometry (a CSV, a GeoPackage table): rows of an area code, a date
or period, and value fields. This module checks the table's fields (the values must be
numbers), reads its rows and hands them to :mod:`wijkradar.core.area_values`, which reads the
dates, matches the codes to the area ids and, once the incidents' periods are known, makes
one feature per value field (each area's latest value known at each forecast's origin).
"""

import re
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..core.provenance import ContentHasher
from .algorithm import core_errors
from .compat import field_names
from .io.labels import field_label, layer_label
from .io.tables import attribute_columns
from .io.values import to_float
from .layer_input import input_source, require_fields, require_numeric_field

SAMPLE_ROWS = 200  # rows of a text field read to say why it is no number
DECIMAL_COMMA = re.compile(r"\s*-?\d+,\d+\s*")
NUMBER_TEXT = re.compile(r"\s*-?\d+(\.\d+)?\s*")


def _tr(text):
    return QCoreApplication.translate("AreaValueTable", text)


@dataclass
class ValueTableNames:
    """The names of postcode_risk's parameters for the table and its fields."""

    table: str
    code_field: str
    date_field: str
    value_fields: str


@dataclass
class ValueTableRead:
    """The table's rows matched to the areas (core.area_values.ValueTable), how its fields
    read in drivers, and its record for the provenance (name, rows, content hash)."""

    table: object
    labels: dict
    record: tuple

    def columns(self, panel, feedback):
        """One core.area_values.DatedValues per value field on the panel's periods."""
        columns = self.table.columns(panel.n_periods, panel.first, panel.period, self.labels)
        for warning in self.table.column_warnings:
            feedback.pushWarning(warning)
        return columns


def read_value_table(algorithm, parameters, context, feedback, names, area_ids, id_field):
    """The value table matched to ``area_ids`` (a :class:`ValueTableRead`), or None when no
    table is given; says in the log what was left out and why."""
    from ..core import area_values

    what = _tr("The value table")
    source = input_source(algorithm, parameters, names.table, context, feedback, what=what,
                          optional=True, needs_crs=False)
    code_field = algorithm.parameterAsString(parameters, names.code_field, context)
    date_field = algorithm.parameterAsString(parameters, names.date_field, context)
    value_fields = field_names(algorithm, parameters, names.value_fields, context)
    if source is None:
        if code_field or date_field or value_fields:
            raise QgsProcessingException(_tr(
                "Fields of a value table were chosen, but no value table: choose the table "
                "too, or leave its fields empty."))
        return None
    check_fields(source, code_field, date_field, value_fields, what)
    feedback.pushInfo(_tr("Reading the value table..."))
    columns = attribute_columns(source, [code_field, date_field] + value_fields,
                                feedback=feedback)
    algorithm.stop_if_canceled(feedback)
    with core_errors():
        dates = area_values.value_dates(columns[date_field])
        for message in dates.messages(date_field):
            feedback.pushWarning(message)
        values = {name: numbers(columns[name], field_label(source.fields(), name), feedback)
                  for name in value_fields}
        table = area_values.match_table(area_ids, columns[code_field], dates, values,
                                        code_field=code_field, id_field=id_field)
    for line in table.info:
        feedback.pushInfo(line)
    for line in table.warnings:
        feedback.pushWarning(line)
    layer = algorithm.parameterAsVectorLayer(parameters, names.table, context)
    name = layer_label(layer) if layer is not None else source.sourceName()
    return ValueTableRead(table, {n: field_label(source.fields(), n) for n in value_fields},
                          (name, len(dates.days), content_hash(columns, value_fields, dates)))


def check_fields(source, code_field, date_field, value_fields, what):
    """Refuses a table without its code, date and value fields, or with values as text."""
    if not code_field or not date_field or not value_fields:
        raise QgsProcessingException(_tr(
            "{} needs its area code field, its date field and one or more value fields: "
            "choose them, or leave the table empty.").format(what))
    require_fields(source, [code_field, date_field] + list(value_fields), what)
    for name in value_fields:
        try:
            require_numeric_field(source, name, what)
        except QgsProcessingException as error:
            hint = numbers_as_text_hint(source, name)
            raise QgsProcessingException(" ".join(filter(None, (str(error), hint)))) from None


def numbers_as_text_hint(source, name):
    """How to read a text field of numbers as numbers ('' when its values are no numbers)."""
    sample = [str(v) for v in attribute_columns(source, [name], limit=SAMPLE_ROWS)[name]
              if v is not None and str(v).strip()]
    comma = next((v for v in sample if DECIMAL_COMMA.fullmatch(v)), None)
    if comma:
        return _tr("Its values have a decimal comma (such as '{}'): add the CSV with Layer > "
                   "Add Layer > Add Delimited Text Layer and tick 'Decimal separator is "
                   "comma', and choose that layer.").format(comma.strip())
    if sample and all(NUMBER_TEXT.fullmatch(v) for v in sample):
        return _tr("Its values are numbers written as text (a CSV opened by its path is read "
                   "as text): add the CSV with Layer > Add Layer > Add Delimited Text Layer, "
                   "which reads numbers as numbers, and choose that layer.")
    return ""


def numbers(values, label, feedback):
    """Floats of a numeric field (NaN for NULL); CBS's codes for secret figures are empty."""
    from ..core.cbs import sentinel_mask

    array = np.array([to_float(v) for v in values], dtype=float)
    secret = sentinel_mask(array)
    if secret.any():
        array[secret] = np.nan
        feedback.pushWarning(_tr("{} values of '{}' are CBS codes for secret or unknown "
                                 "figures (-99999999, -99999997, ...) and are read as "
                                 "empty.").format(int(secret.sum()), label))
    return array


def content_hash(columns, value_fields, dates):
    hasher = ContentHasher()
    for code in columns[next(iter(columns))]:
        hasher.update_text(f"{code}\x1f")
    hasher.update(dates.days.astype(np.int64))
    for name in value_fields:
        hasher.update(np.array([to_float(v) for v in columns[name]], dtype=float))
    return hasher.hexdigest()
