"""Where every vector layer enters a Wijkradar algorithm.

:func:`input_source` reads a layer parameter and checks what every algorithm needs before it
reads a feature: a layer QGIS could open, the right kind of geometry, and a coordinate
reference system. A layer without a CRS is read as RD New (EPSG:28992) only when its
coordinates clearly are RD New, and the log says so; otherwise it is refused with a
message that says how to set one (computing in degrees taken for metres would give a
map that looks right and is wrong). The readers in processing/io (points.PointReader,
areas.read_areas) skip NULL and empty geometries and
count them; :func:`report_skipped` says so in the log in one wording.
"""

import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProviderRegistry,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QUrl, QUrlQuery

from .compat import GeometryType, InvalidGeometryCheck
from .field_guess import coordinate_crs, xy_columns
from .io.crs import RD_NEW
from .io.values import python_value

# Coordinates RD New gives to the Netherlands (with a margin); degrees never reach them.
RD_NEW_BOUNDS = (-7000.0, 289000.0, 300000.0, 629000.0)
CSV_SEPARATORS = (";", ",", "\t", "|")
CSV_SAMPLE_ROWS = 200  # rows of a CSV read to recognise its X and Y columns


def _tr(text):
    return QCoreApplication.translate("LayerInput", text)


def input_source(algorithm, parameters, name, context, feedback=None, kind=None, what=None,
                 optional=False, needs_crs=True):
    """The feature source of parameter ``name``, checked; None for an optional one left
    empty.

    ``kind`` (a GeometryType) refuses other geometries; ``what`` names the layer in messages
    (default: the parameter's description); ``needs_crs=False`` for algorithms that read
    only attributes (a privacy scan)."""
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        if optional and parameters.get(name) in (None, ""):
            return None
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, name))
    # QGIS's default ('stop when a geometry is invalid') throws from inside the feature
    # iterator, through Python, which leaves the interpreter broken: the readers repair
    # invalid areas themselves and say which (repaired_areas).
    source.setInvalidGeometryCheck(InvalidGeometryCheck.NoCheck)
    what = what or algorithm.parameterDefinition(name).description()
    if kind is not None:
        if QgsWkbTypes.geometryType(source.wkbType()) == GeometryType.Null:
            refuse_csv_table(algorithm.parameterAsVectorLayer(parameters, name, context), what)
        check_geometry_kind(source, kind, what)
    if source.featureCount() == 0:  # -1 when the provider cannot tell
        raise QgsProcessingException(_tr(
            "{} ('{}') has no features. Check its filter or selection, or choose another "
            "layer.").format(what, source.sourceName()))
    return with_crs(source, what, feedback) if needs_crs else source


def check_geometry_kind(source, kind, what):
    """Refuses a layer whose geometry is not of ``kind`` (QgsWkbTypes.GeometryType)."""
    found = QgsWkbTypes.geometryType(source.wkbType())
    if found != kind:
        raise QgsProcessingException(_tr("{} must be a {} layer; '{}' holds {}.").format(
            what, QgsWkbTypes.geometryDisplayString(kind).lower(), source.sourceName(),
            QgsWkbTypes.geometryDisplayString(found).lower()))


def refuse_csv_table(layer, what):
    """Refuses a CSV file that QGIS opened as a table without locations (what a path to a
    CSV gives: GDAL does not guess X and Y columns), naming its separator and columns and,
    when columns are named like coordinates, the delimited-text layer to give instead."""
    if layer is None or layer.providerType() != "ogr" or \
            layer.dataProvider().storageType().upper() != "CSV":
        return
    path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path")
    samples = column_samples(layer)
    separator = csv_separator(path)
    found = _tr("{} ('{}') is a CSV file, which QGIS opens as a table without locations "
                "(separator '{}'; columns: {}).").format(
        what, os.path.basename(path), separator.replace("\t", "\\t"), ", ".join(samples))
    how = _tr("Add it with Layer > Add Layer > Add Delimited Text Layer, choosing its X and Y "
              "columns and coordinate system, and choose that layer.")
    x, y = xy_columns(samples)
    if not (x and y):
        raise QgsProcessingException(" ".join((found, _tr(
            "None of its columns is named as X and Y coordinates (such as x and y, or lon "
            "and lat)."), how, _tr(
            "(Rows with a postcode and no coordinates are placed at their postcode areas by "
            "the Data step of the Wijkradar panel.)"))))
    uri = delimited_text_uri(path, xy_options(separator, x, y, samples))
    raise QgsProcessingException(" ".join((found, how, _tr(
        "In a model or with qgis_process, give it as '{}' instead.").format(uri))))


def column_samples(layer):
    """{column: its values in the first rows, as text} of a table."""
    columns = layer.fields().names()
    samples = {column: [] for column in columns}
    for feature in layer.getFeatures(QgsFeatureRequest().setLimit(CSV_SAMPLE_ROWS)):
        for column, value in zip(columns, feature.attributes()):
            value = python_value(value)
            samples[column].append("" if value is None else str(value))
    return samples


def xy_options(separator, x, y, samples):
    """The delimited-text options of a CSV with X and Y columns ``x`` and ``y``: a decimal
    comma when its coordinates have one, the CRS when their values tell it."""
    options = {"delimiter": separator, "xField": x, "yField": y}
    if separator != "," and any("," in text for text in samples[x] + samples[y]):
        options["decimalPoint"] = ","
    crs = coordinate_crs(samples[x], samples[y], x, y)
    if crs:
        options["crs"] = crs
    return options


def csv_separator(path):
    """The separator of a CSV file: the one of ';', ',', tab and '|' its first line holds most
    of."""
    with open(path, encoding="utf-8-sig", errors="replace") as handle:
        header = handle.readline()
    return max(CSV_SEPARATORS, key=header.count)


def delimited_text_uri(path, options):
    """The layer string Processing reads as QGIS's delimited-text layer of ``path``."""
    query = QUrlQuery()
    for key, value in options.items():
        query.addQueryItem(key, value)
    url = QUrl.fromLocalFile(path)
    url.setQuery(query)
    return "delimitedtext://" + url.toString(QUrl.ComponentFormattingOption.FullyEncoded)


def with_crs(source, what, feedback=None):
    """``source`` itself when it has a CRS (or no geometry); a copy in RD New when it has
    none and its coordinates clearly are RD New; else a message saying how to set one."""
    if has_crs(source.sourceCrs()) or QgsWkbTypes.geometryType(source.wkbType()) in (
            GeometryType.Null, GeometryType.Unknown):
        return source
    extent = source.sourceExtent()
    if extent.isNull() or source.featureCount() == 0:
        return source  # nothing to place; the algorithm says the layer is empty
    return in_crs(source, crs_from_coordinates(extent, what, source.sourceName(), feedback))


def raster_crs(layer, what, feedback=None):
    """The CRS of a raster layer; RD New when it has none and its extent clearly is (said in
    the log); else a message saying how to set one."""
    if has_crs(layer.crs()):
        return layer.crs()
    return crs_from_coordinates(layer.extent(), what, layer.name(), feedback)


def crs_from_coordinates(extent, what, name, feedback=None):
    """RD New for a layer without a CRS whose ``extent`` lies where RD New puts the
    Netherlands (with a warning in the log); refuses any other extent with how to set one."""
    west, south, east, north = RD_NEW_BOUNDS
    if (west <= extent.xMinimum() and extent.xMaximum() <= east
            and south <= extent.yMinimum() and extent.yMaximum() <= north
            and extent.width() + extent.height() > 360):
        if feedback is not None:
            feedback.pushWarning(_tr(
                "{} ('{}') has no coordinate reference system; its coordinates lie in the "
                "Netherlands in RD New (EPSG:28992), so it is read as RD New. Set the layer's "
                "CRS (Layer Properties > Source) to be sure.").format(what, name))
        return QgsCoordinateReferenceSystem(RD_NEW)
    how = _tr("Set its CRS in Layer Properties > Source (or with the Processing tool 'Assign "
              "projection') and run again.")
    if max(abs(extent.xMinimum()), abs(extent.xMaximum())) <= 180 and \
            max(abs(extent.yMinimum()), abs(extent.yMaximum())) <= 90:
        raise QgsProcessingException(_tr(
            "{} ('{}') has no coordinate reference system and its coordinates look like "
            "longitude and latitude in degrees; distances in degrees would be wrong. Set its "
            "CRS to WGS 84 (EPSG:4326) in Layer Properties > Source (or with the Processing "
            "tool 'Assign projection') and run again.").format(what, name))
    raise QgsProcessingException(_tr(
        "{} ('{}') has no coordinate reference system, so its coordinates cannot be placed "
        "on a map. {}").format(what, name, how))


def has_crs(crs):
    """Whether a layer's CRS says where its coordinates are. A GeoPackage written without
    one opens as a valid 'Undefined geographic SRS' (or '... cartesian SRS') without an id."""
    return crs.isValid() and not (not crs.authid()
                                  and crs.description().lower().startswith("undefined"))


def in_crs(source, crs):
    """A copy of ``source`` in memory that declares ``crs`` (the input is not touched)."""
    layer = source.materialize(QgsFeatureRequest())
    layer.setCrs(crs)
    layer.setName(source.sourceName())
    return layer


def has_location(feature):
    """Whether a feature has a geometry that is not NULL or empty."""
    geometry = feature.geometry()
    return geometry is not None and not geometry.isNull() and not geometry.isEmpty()


def repaired_areas(geometries, labels, feedback=None):
    """``geometries`` (a numpy array of shapely geometries, None for missing) itself when all
    are valid, else a copy with the invalid ones made valid (a ring that crosses itself
    becomes its parts); the log names the first of them by ``labels`` (ids)."""
    import numpy as np
    import shapely

    present = np.array([g is not None for g in geometries], dtype=bool)
    invalid = np.zeros(len(geometries), dtype=bool)
    if present.any():
        invalid[present] = ~shapely.is_valid(geometries[present])
    if not invalid.any():
        return geometries
    geometries = geometries.copy()
    geometries[invalid] = shapely.make_valid(geometries[invalid])
    if feedback is not None:
        named = [str(labels[i]) for i in np.flatnonzero(invalid)[:5]]
        feedback.pushWarning(_tr(
            "{:,} areas had an invalid outline (such as a ring that crosses itself) and were "
            "repaired before use: {}{}. Check them with Vector > Geometry Tools > Check "
            "Validity.").format(int(invalid.sum()), ", ".join(named),
                                ", ..." if invalid.sum() > 5 else ""))
    return geometries


def report_skipped(feedback, count, what):
    """Logs how many features were left out for want of a location ('12 incidents
    without a location were left out.'); ``what`` is the plural noun."""
    if count and feedback is not None:
        feedback.pushWarning(_tr("{:,} {} without a location (a NULL or empty geometry) were "
                                 "left out.").format(count, what))


def require_numeric_field(source, name, what):
    """Refuses a field that is missing or holds text: a score or value must be a number."""
    require_fields(source, [name], what)
    field = source.fields().field(name)
    if not field.isNumeric():
        raise QgsProcessingException(_tr(
            "The field '{}' of {} holds {} values, not numbers; choose a numeric field (or "
            "convert it with the Field calculator, e.g. to_real(\"{}\")).").format(
            name, what, field.typeName() or _tr("text"), name))


def require_fields(source, names, what):
    """Refuses field names the layer does not have, naming them and the fields it has."""
    fields = source.fields()
    missing = [name for name in names if name and fields.lookupField(name) < 0]
    if missing:
        raise QgsProcessingException(_tr(
            "{} ('{}') has no field {}. Its fields are: {}.").format(
            what, source.sourceName(), ", ".join(f"'{name}'" for name in missing),
            ", ".join(fields.names()) or _tr("none")))
