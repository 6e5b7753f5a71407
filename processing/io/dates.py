"""Dates: a date parameter, and the incident dates of a layer, read the one way every
algorithm and the dock read them.

Values come from QGIS as plain Python (:func:`values.python_value` turns QDate/QDateTime into
``datetime``) or from GDAL as numpy arrays (text as bytes), and all go through
:mod:`wijkradar.core.dates`. An algorithm refuses a number field as its date field (numbers
read as dates are days in 1970), leaves out rows without a readable date and dates far outside
the others, says in its log how many and which, and stops only when no date is left to use.
"""

import numpy as np
from qgis.core import QgsProcessingException

from ..algorithm import core_errors
from .gdal_files import arrow_batches, layer_ogr_location, open_ogr_layer, read_only_fields
from .tables import attribute_columns


def date_parameter(algorithm, parameters, name, context):
    """The day of a date (or date-time) parameter as ``numpy.datetime64`` (days), None when
    it is left empty."""
    value = algorithm.parameterAsDateTime(parameters, name, context)
    return np.datetime64(value.date().toString("yyyy-MM-dd")) if value.isValid() else None


def refuse_number_field(source, name):
    """Stops when field ``name`` of ``source`` holds numbers (a feature id, a year), not
    dates: read as dates, numbers would be days in 1970."""
    index = source.fields().indexOf(name) if name else -1
    field = source.fields().at(index) if index >= 0 else None
    if field is not None and field.isNumeric():
        from ...core.dates import numbers_text

        raise QgsProcessingException(numbers_text(name, field.typeName()))


def checked_dates(parsed, field, feedback, first=None, last=None):
    """The :class:`core.dates.UsableDates` of ``parsed``, with a warning in the log (unless
    ``feedback`` is None) for each kind of date left out; ``first`` and ``last`` are the range
    the user chose, if any. Stops when rows are there but none has a date to use."""
    from ...core.dates import usable_dates

    with core_errors():
        usable = usable_dates(parsed, field, first=first, last=last)
    for message in usable.messages(field) if feedback is not None else ():
        feedback.pushWarning(message)
    return usable


def read_date_column(layer, field):
    """The :class:`core.dates.ParsedDates` of every value of ``field`` in ``layer`` (its
    filter applied): in batches through GDAL for file layers, else through QGIS."""
    from ...core.dates import concatenate, parse_dates

    location = layer_ogr_location(layer)
    dataset, ogr_layer = open_ogr_layer(*location) if location else (None, None)
    names = read_only_fields(ogr_layer, {field}, geometry=False) if ogr_layer else []
    if field not in names:  # not a file layer (or the field is its FID): read through QGIS
        return parse_dates(attribute_columns(layer, [field])[field])
    parts = [parse_dates(table[field])
             for table in arrow_batches(ogr_layer, include_fid=False)]
    del dataset  # kept open while the layer was read; closes the file
    return concatenate(parts)


def usable_range(layer, field):
    """(first, last) ISO dates an analysis of ``layer`` uses, or None when none is usable."""
    from ...core.dates import usable_dates

    try:
        usable = usable_dates(read_date_column(layer, field), field)
    except ValueError:  # no date to use
        return None
    if usable.first is None:
        return None
    return str(usable.first), str(usable.last)
