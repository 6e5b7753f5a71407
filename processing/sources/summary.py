"""What the dock shows of a layer: its name, features, geometry, CRS, fields and period."""

from qgis.core import QgsAggregateCalculator, QgsWkbTypes

from ...core.field_words import WEEK_NAMES, YEAR_NAMES
from ..field_guess import date_field, find_field
from ..io.dates import usable_range


def layer_summary(layer):
    """What the dock shows on a layer's summary line."""
    period = layer_period(layer)
    return {
        "name": layer.name(),
        "features": layer.featureCount(),
        "geometry_type": QgsWkbTypes.displayString(layer.wkbType()),
        "crs": layer.crs().authid() if layer.isSpatial() else "",
        "period": period[:2] if period else None,
        "period_fields": period[2] if period else [],
        "fields": layer.fields().names(),
    }


def layer_period(layer):
    """(first, last, fields): the ISO dates an analysis of the date field uses (as the
    algorithms read them: unreadable and far-outside dates left out), else "2020-W01" style
    year/week, else years; None when the layer has no time fields or no values."""
    date_field = find_date_field(layer)
    period = usable_range(layer, date_field) if date_field else None
    if period:
        return period[0], period[1], [date_field]
    year_field, week_field = find_field(layer, YEAR_NAMES), find_field(layer, WEEK_NAMES)
    if not year_field:
        return None
    index = layer.fields().indexOf(year_field)
    first_year, last_year = layer.minimumValue(index), layer.maximumValue(index)
    if not isinstance(first_year, (int, float)) or not isinstance(last_year, (int, float)):
        return None
    if not week_field:
        return str(int(first_year)), str(int(last_year)), [year_field]
    first_week = week_in_year(layer, QgsAggregateCalculator.Aggregate.Min, year_field, week_field,
                              first_year)
    last_week = week_in_year(layer, QgsAggregateCalculator.Aggregate.Max, year_field, week_field,
                             last_year)
    return (f"{int(first_year)}-W{first_week:02d}", f"{int(last_year)}-W{last_week:02d}",
            [year_field, week_field])


def week_in_year(layer, aggregate, year_field, week_field, year):
    parameters = QgsAggregateCalculator.AggregateParameters()
    parameters.filter = f"{quoted(year_field)} = {int(year)}"
    value, ok = layer.aggregate(aggregate, quoted(week_field), parameters)
    return int(value) if ok and isinstance(value, (int, float)) else 0


def quoted(name):
    return '"' + name.replace('"', '""') + '"'


def find_date_field(layer):
    """The field with the incidents' dates: a date field, else text holding dates (the
    guess the Analyse step makes too, processing.field_guess.date_field)."""
    return date_field(layer)
