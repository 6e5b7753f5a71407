"""Loaders behind the dock's Data step: GeoPackage, CSV (X/Y or postcode) and PostGIS.

QGIS core only, no widgets and no project: every function may run inside a ``QgsTask``; the
caller adds the returned layers to the project (in the main thread). Anything a user can get
wrong raises ``LoadError``, whose text is a sentence saying what is wrong and how to fix it.

CSV rows placed by postcode: the returned layer says how many rows found no postcode area in
its custom properties, read with ``unmatched_rows(layer)`` and ``unmatched_postcodes(layer)``.
"""

import csv
import io
import math
import os
import re

from osgeo import gdal, ogr
from qgis.core import (
    Qgis,
    QgsAbstractDatabaseProviderConnection,
    QgsAggregateCalculator,
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsMemoryProviderUtils,
    QgsMessageLog,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QUrl, QUrlQuery

from ..processing.bridge import new_field
from ..processing.compat import GeometryType, LayerType, WkbType
from ..processing.date_reading import usable_range
from ..processing.field_guess import WEEK_NAMES, YEAR_NAMES, date_field, find_field

UNMATCHED_ROWS = "wijkradar/unmatched_rows"
UNMATCHED_POSTCODES = "wijkradar/unmatched_postcodes"
ROWS_READ = "wijkradar/rows_read"
MAX_EXAMPLES = 10
CSV_SAMPLE_BYTES = 256 * 1024  # the start of a CSV that the CSV dialog reads to guess columns
CSV_DELIMITERS = (";", ",", "\t", "|")
# How QGIS's delimited-text provider wants a delimiter written in its URI.
PROVIDER_DELIMITER = {"\t": "\\t"}

YEAR_FIELDS, WEEK_FIELDS = YEAR_NAMES, WEEK_NAMES


class LoadError(Exception):
    """Data that cannot be loaded; ``str(error)`` tells the user what is wrong and what to do."""


def translate(context, text):
    """QCoreApplication.translate under the name pylupdate5 looks for, kept short."""
    return QCoreApplication.translate(context, text)


def log_warning(message):
    QgsMessageLog.logMessage(message, "Wijkradar", Qgis.MessageLevel.Warning)


# -- GeoPackage --------------------------------------------------------------------------------

def open_geopackage(path):
    """Every vector table (also tables without geometry) as a layer named after its table."""
    path = os.fspath(path)
    if not os.path.isfile(path):
        raise LoadError(translate("DataSources",
                "GeoPackage not found: {}. Check the path, or choose the file "
                "again.").format(path))
    driver = gdal.IdentifyDriverEx(path, gdal.OF_VECTOR | gdal.OF_RASTER)
    if driver is None or driver.ShortName != "GPKG":
        kind = (translate("DataSources", "a {} file").format(driver.ShortName) if driver
                else translate("DataSources", "no format GDAL reads"))
        raise LoadError(translate("DataSources",
                "{} is not a GeoPackage (it is {}). Choose a .gpkg file; load CSV "
                "files with the CSV option.").format(path, kind))
    sublayers = QgsProviderRegistry.instance().querySublayers(path)
    vectors = [sub for sub in sublayers if sub.type() == LayerType.Vector]
    if not vectors:
        raise LoadError(translate("DataSources",
                "{} holds no vector layers (no tables, or only raster tiles). "
                "Choose a GeoPackage with vector tables.").format(path))
    layers = []
    for sub in vectors:
        layer = QgsVectorLayer(sub.uri(), sub.name(), sub.providerKey())
        if not layer.isValid():
            raise LoadError(translate("DataSources",
                    "Table {} of {} cannot be read; the file may be damaged. Open it "
                    "in QGIS's Browser panel to see the error.").format(
                        sub.name(), path))
        layers.append(layer)
    return layers


# -- CSV ---------------------------------------------------------------------------------------

class CsvTable:
    """The header and rows of a CSV file, read with its delimiter and encoding found; with
    ``sample_bytes``, only the whole rows in that many bytes from its start."""

    def __init__(self, path, sample_bytes=None):
        self.path = os.fspath(path)
        self.name = os.path.splitext(os.path.basename(self.path))[0]
        if not os.path.isfile(self.path):
            raise LoadError(translate("DataSources",
                    "CSV file not found: {}. Check the path, or choose the file "
                    "again.").format(self.path))
        text, self.encoding = read_text(self.path, sample_bytes)
        first_line = text.split("\n", 1)[0]
        self.delimiter = max(CSV_DELIMITERS, key=first_line.count)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=self.delimiter)
        self.header = [cell.strip() for cell in next(reader, [])]
        if not any(self.header):
            raise LoadError(translate("DataSources",
                    "{} is empty: a CSV file needs a header line with column names "
                    "and one row per record.").format(self.path))
        # (line number, cells) of each non-empty row; line 1 is the header
        self.rows = [(reader.line_num, row) for row in reader if any(c.strip() for c in row)]
        if not self.rows:
            raise LoadError(translate("DataSources",
                    "{} has a header but no rows: add the records below the header "
                    "line, or choose another file.").format(self.path))

    def require_columns(self, *columns):
        missing = [column for column in columns if column not in self.header]
        if missing:
            text = (translate("DataSources", "Column {} is not in {}.") if len(missing) == 1
                    else translate("DataSources", "Columns {} are not in {}."))
            raise LoadError((text + " " + translate("DataSources",
                    "Its columns are: {}. Choose from these.")).format(
                    ", ".join(f'"{c}"' for c in missing), os.path.basename(self.path),
                    ", ".join(self.header)))

    def values(self, column):
        index = self.header.index(column)
        return [(line, row[index].strip() if index < len(row) else "")
                for line, row in self.rows]

    def uses_decimal_comma(self, *columns):
        if self.delimiter == ",":
            return False
        return any("," in value and "." not in value
                   for column in columns for _, value in self.values(column))

    def provider_uri(self, **options):
        """A URI for QGIS's delimited-text provider reading this file as it was read here."""
        url = QUrl.fromLocalFile(self.path)
        query = QUrlQuery()
        items = {"type": "csv", "delimiter": PROVIDER_DELIMITER.get(self.delimiter,
                                                                    self.delimiter),
                 "quote": '"', "escape": '"', "encoding": self.encoding,
                 "detectTypes": "yes", "trimFields": "yes", "useHeader": "yes"}
        items.update(options)
        for key, value in items.items():
            query.addQueryItem(key, value)
        url.setQuery(query)
        return bytes(url.toEncoded()).decode("ascii")


def read_text(path, sample_bytes=None):
    with open(path, "rb") as handle:
        data = handle.read(sample_bytes or -1)
    if sample_bytes and len(data) == sample_bytes:  # cut after the last whole line
        data = data[:data.rfind(b"\n") + 1] or data
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "windows-1252"


def csv_sample(path):
    """{column: its texts in the first rows} of a CSV, read from the start of the file only:
    what the CSV dialog guesses the X/Y columns and coordinate system from."""
    table = CsvTable(path, CSV_SAMPLE_BYTES)
    return {column: [value for _, value in table.values(column)]
            for column in table.header if column}


def open_csv(path, x_field=None, y_field=None, crs="EPSG:28992", postcode_field=None,
             postcode_layer=None, postcode_layer_field="postcode"):
    """A point layer from a CSV file: by X/Y columns, or at the postcode area of each row.

    X/Y: a delimited-text layer in ``crs``. Postcode: a memory layer in the postcode layer's
    CRS with every CSV column, each row at its postcode area's point on surface; postcodes
    match upper-case without spaces ("5211 AB" == "5211AB"). Rows whose postcode is empty or
    not found are left out, counted and logged: ``unmatched_rows(layer)`` and
    ``unmatched_postcodes(layer)`` tell how many and which.
    """
    table = CsvTable(path)
    if x_field or y_field:
        return csv_points_by_xy(table, x_field, y_field, crs)
    if postcode_field:
        return csv_points_by_postcode(table, postcode_field, postcode_layer,
                                      postcode_layer_field)
    raise LoadError(translate("DataSources",
            "Say where the rows of {} lie: choose the X and Y columns, or a "
            "postcode column and a postcode area layer.").format(table.name))


def csv_points_by_xy(table, x_field, y_field, crs):
    if not (x_field and y_field):
        raise LoadError(translate("DataSources",
                "Choose both an X and a Y column for {}.").format(table.name))
    table.require_columns(x_field, y_field)
    reference = QgsCoordinateReferenceSystem(crs)
    if not reference.isValid():
        raise LoadError(translate("DataSources",
                "Unknown coordinate reference system {}: use an authority id such "
                "as EPSG:28992 (RD New) or EPSG:4326 (GPS).").format(crs))
    decimal_comma = table.uses_decimal_comma(x_field, y_field)
    for column in (x_field, y_field):
        require_numbers(table, column, decimal_comma)
    options = {"xField": x_field, "yField": y_field, "crs": reference.authid() or crs,
               "geomType": "point", "spatialIndex": "yes"}
    if decimal_comma:
        options["decimalPoint"] = ","
    layer = QgsVectorLayer(table.provider_uri(**options), table.name, "delimitedtext")
    if not layer.isValid() or layer.featureCount() < len(table.rows):
        raise LoadError(translate("DataSources",
                "QGIS could not read all rows of {}; open it with Layer > Add "
                "Layer > Add Delimited Text Layer to see which.").format(table.path))
    set_match_counts(layer, len(table.rows), 0, [])
    return layer


def require_numbers(table, column, decimal_comma):
    bad = []
    for line, value in table.values(column):
        text = value.replace(",", ".") if decimal_comma else value
        try:
            number = float(text)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            bad.append(translate("DataSources", 'line {}: "{}"').format(line, value))
    if bad:
        raise LoadError(translate("DataSources",
                "Column \"{}\" of {} must hold numbers (coordinates), but {} rows do "
                "not, e.g. {}. Correct those rows, or choose other columns.").format(
                    column, os.path.basename(table.path), len(bad),
                    "; ".join(bad[:3])))


def normalised_postcode(value):
    """'5211 ab' -> '5211AB'; a PC4 stored as a number (5211 or 5211.0) -> '5211'."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):  # NULL on QGIS 3
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return re.sub(r"\s+", "", str(value)).upper()


def csv_points_by_postcode(table, postcode_field, postcode_layer, postcode_layer_field):
    table.require_columns(postcode_field)
    points = postcode_points(postcode_layer, postcode_layer_field)
    rows = table_layer(table, detect_types=True)
    # Postcodes as written (type detection would read PC4 codes as numbers)
    codes = {row.id(): row[postcode_field]
             for row in table_layer(table, detect_types=False).getFeatures()}
    postcode_index = rows.fields().indexOf(postcode_field)
    fields = QgsFields()
    for field in rows.fields():
        fields.append(new_field(postcode_field, "string") if field.name() == postcode_field
                      else field)
    layer = QgsMemoryProviderUtils.createMemoryLayer(
        table.name, fields, WkbType.Point, postcode_layer.crs())
    placed, unmatched, total = [], {}, 0
    for row in rows.getFeatures():
        total += 1
        code = normalised_postcode(codes.get(row.id()))
        if code not in points:
            unmatched[code] = unmatched.get(code, 0) + 1
            continue
        feature = QgsFeature(layer.fields())
        attributes = row.attributes()
        attributes[postcode_index] = codes[row.id()]
        feature.setAttributes(attributes)
        feature.setGeometry(points[code])
        placed.append(feature)
    if not placed:
        raise LoadError(translate("DataSources",
                "None of the {} rows of {} has a postcode found in layer {} (field "
                "\"{}\"), e.g. {}. Check that column \"{}\" holds postcodes of the same "
                "kind as the layer (PC6 such as 5211AB, or PC4 such as 5211).").format(
                    total, os.path.basename(table.path), postcode_layer.name(),
                    postcode_layer_field, ", ".join(example_codes(unmatched)),
                    postcode_field))
    layer.dataProvider().addFeatures(placed)
    layer.updateExtents()
    missed = sum(unmatched.values())
    set_match_counts(layer, total, missed, example_codes(unmatched))
    if missed:
        log_warning(translate("DataSources",
                "{} of {} rows of {} have no postcode area in {} and were left out: "
                "{}.").format(missed, total, table.name, postcode_layer.name(),
                ", ".join(example_codes(unmatched))))
    return layer


def table_layer(table, detect_types):
    """The CSV rows without geometry, read by QGIS's delimited-text provider."""
    rows = QgsVectorLayer(table.provider_uri(geomType="none",
                                             detectTypes="yes" if detect_types else "no"),
                          table.name, "delimitedtext")
    if not rows.isValid():
        raise LoadError(translate("DataSources",
                "QGIS could not read {}; open it with Layer > Add Layer > Add "
                "Delimited Text Layer to see why.").format(table.path))
    return rows


def example_codes(unmatched):
    """The most frequent unmatched postcodes, an empty one shown as (empty)."""
    ranked = sorted(unmatched.items(), key=lambda item: (-item[1], item[0]))
    return [code or translate("DataSources", "(empty)") for code, _ in ranked[:MAX_EXAMPLES]]


def postcode_points(postcode_layer, field_name):
    """Normalised postcode -> point on surface (in the postcode layer's CRS)."""
    if postcode_layer is None or not postcode_layer.isValid():
        raise LoadError(translate("DataSources",
                "Choose a postcode area layer (such as pc6 or pc4) to place the "
                "rows at their postcode."))
    if postcode_layer.geometryType() != GeometryType.Polygon:
        raise LoadError(translate("DataSources",
                "Layer {} has no polygons; choose a postcode area layer such as pc6 "
                "or pc4.").format(postcode_layer.name()))
    if postcode_layer.fields().indexOf(field_name) < 0:
        raise LoadError(translate("DataSources",
                "Layer {} has no field \"{}\". Its fields are: {}. Choose the one "
                "holding the postcode.").format(postcode_layer.name(), field_name,
                ", ".join(postcode_layer.fields()
                                                                     .names())))
    parts = {}
    request = QgsFeatureRequest().setSubsetOfAttributes([field_name],
                                                        postcode_layer.fields())
    for area in postcode_layer.getFeatures(request):
        code = normalised_postcode(area[field_name])
        if code and area.hasGeometry():
            parts.setdefault(code, []).append(area.geometry())
    return {code: (geometries[0] if len(geometries) == 1
                   else QgsGeometry.unaryUnion(geometries)).pointOnSurface()
            for code, geometries in parts.items()}


def set_match_counts(layer, rows, unmatched, examples):
    layer.setCustomProperty(ROWS_READ, rows)
    layer.setCustomProperty(UNMATCHED_ROWS, unmatched)
    layer.setCustomProperty(UNMATCHED_POSTCODES, ",".join(examples))


def unmatched_rows(layer):
    """How many CSV rows ``open_csv`` left out (no postcode area found); 0 otherwise."""
    return int(layer.customProperty(UNMATCHED_ROWS, 0) or 0)


def unmatched_postcodes(layer):
    """Up to ten of the left-out postcodes, the most frequent first."""
    text = layer.customProperty(UNMATCHED_POSTCODES, "") or ""
    return text.split(",") if text else []


# -- PostGIS -----------------------------------------------------------------------------------

def postgres_metadata():
    return QgsProviderRegistry.instance().providerMetadata("postgres")


def postgis_connections():
    """Names of the PostgreSQL connections saved in QGIS (Browser panel > PostgreSQL)."""
    metadata = postgres_metadata()
    return [] if metadata is None else list(metadata.connections(False))


def postgis_tables(connection_name, timeout_s=5):
    """The spatial tables and views of a saved connection, one dict per geometry column:
    schema, table, geometry_column, geometry_type (e.g. 'MultiPolygon'), crs (authid)."""
    connection = open_connection(connection_name, timeout_s)
    tables = []
    for table in list_tables(connection, connection_name):
        for column_type in table.geometryColumnTypes() or [None]:
            wkb_type = column_type.wkbType if column_type else QgsWkbTypes.Type.Unknown
            tables.append({
                "schema": table.schema(), "table": table.tableName(),
                "geometry_column": table.geometryColumn(),
                "geometry_type": QgsWkbTypes.displayString(wkb_type),
                "crs": column_type.crs.authid() if column_type else "",
                "primary_key": list(table.primaryKeyColumns()),
            })
    return tables


def open_postgis(connection_name, schema, table, geometry_column=None, timeout_s=5):
    """A PostGIS table of a saved connection as a layer named after the table."""
    connection = open_connection(connection_name, timeout_s)
    matches = [found for found in list_tables(connection, connection_name, schema)
               if found.tableName() == table
               and geometry_column in (None, found.geometryColumn())]
    if not matches:
        raise LoadError(translate("DataSources",
                "Connection \"{}\" has no spatial table {}.{}{}. Choose one of the "
                "tables it lists.").format(
                    connection_name, schema, table,
                    translate("DataSources", " with geometry column {}").format(geometry_column)
                    if geometry_column else ""))
    found = matches[0]
    uri = QgsDataSourceUri(connection.uri())
    keys = list(found.primaryKeyColumns())
    uri.setDataSource(schema, table, found.geometryColumn(), "",
                      keys[0] if len(keys) == 1 else "")
    column_types = found.geometryColumnTypes()
    if len(column_types) == 1:
        uri.setWkbType(column_types[0].wkbType)
        authid = column_types[0].crs.authid()
        if authid.startswith("EPSG:"):
            uri.setSrid(authid.split(":")[1])
    layer = QgsVectorLayer(uri.uri(False), table, "postgres")
    if not layer.isValid():
        raise LoadError(translate("DataSources",
                "Table {}.{} of connection \"{}\" cannot be read as a layer; add it "
                "from QGIS's Browser panel to see the error.").format(
                    schema, table, connection_name))
    return layer


def open_connection(connection_name, timeout_s):
    """A saved connection that answered within ``timeout_s`` seconds, or LoadError."""
    metadata = postgres_metadata()
    if metadata is None:
        raise LoadError(translate("DataSources",
                "QGIS's PostgreSQL provider is not installed (on Debian/Ubuntu: "
                "the package qgis-providers)."))
    names = list(metadata.connections(False))
    if connection_name not in names:
        raise LoadError(translate("DataSources",
                "There is no saved PostgreSQL connection named \"{}\" ({}). Add it "
                "in the Browser panel (PostgreSQL > New Connection), or choose "
                "another.").format(
                    connection_name,
                    translate("DataSources", "saved: {}").format(", ".join(names)) if names
                    else translate("DataSources", "none is saved")))
    connection = metadata.createConnection(connection_name)
    check_server(connection_name, QgsDataSourceUri(connection.uri()), timeout_s)
    return connection


def list_tables(connection, connection_name, schema=""):
    try:
        return connection.tables(schema, QgsAbstractDatabaseProviderConnection.TableFlag.Vector)
    except QgsException as error:  # QGIS 3.22 raises QgsException, later versions a subclass
        raise LoadError(translate("DataSources",
                "Connection \"{}\" could not list its tables: {}. Open it in the "
                "Browser panel to check it.").format(
                    connection_name, without_password(str(error)))) from error


def without_password(text):
    """QGIS's connection errors quote the connection string, password included."""
    return re.sub(r"password=('(\\'|[^'])*'|\S*)", "password=***", text).strip().rstrip(".")


def check_server(connection_name, uri, timeout_s):
    """Connects once through libpq (GDAL's PostgreSQL driver) with ``connect_timeout``.

    QGIS's own connection waits up to its default timeout (30 s) and, on a login failure,
    asks for a password in a dialog; this check fails fast with libpq's reason instead.
    libpq applies the timeout to each address of a host name (localhost: IPv6 and IPv4).
    """
    if ogr.GetDriverByName("PostgreSQL") is None:
        return  # GDAL without PostgreSQL: QGIS's own timeout still applies
    plain = uri.connectionInfo(False)
    expanded = uri.connectionInfo(True)
    timeout = max(2, math.ceil(timeout_s))  # libpq waits at least 2 s
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        gdal.ErrorReset()
        dataset = gdal.OpenEx(f"PG:{expanded} connect_timeout={timeout}",
                              gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["PostgreSQL"])
        reason = gdal.GetLastErrorMsg()
    except RuntimeError as error:  # when GDAL exceptions are on
        dataset, reason = None, str(error)
    finally:
        gdal.PopErrorHandler()
        remove_expanded_certificates(plain, expanded)
    if dataset is not None:
        dataset = None
        return
    raise LoadError(server_error(connection_name, uri, reason, timeout))


def server_error(connection_name, uri, reason, timeout):
    if uri.service():
        where = translate("DataSources", "service {}").format(uri.service())
    else:
        where = f"{uri.host() or 'localhost'}:{uri.port() or '5432'}"
    reason = " ".join(line.strip() for line in reason.replace("PQconnectdb failed.", "")
                      .splitlines() if line.strip()) or translate("DataSources", "no answer")
    if "timeout expired" in reason:
        advice = translate("DataSources",
                "The server did not answer within {} s: check the host name and port, and "
                "that no firewall blocks it.").format(timeout)
    elif "password" in reason:
        advice = translate("DataSources",
                "Check the user name and password: edit the connection in the Browser "
                "panel (PostgreSQL > right-click > Edit Connection) and save both.")
    elif "does not exist" in reason:
        advice = translate("DataSources", "Check the database and user names of the connection.")
    else:
        advice = translate("DataSources",
                "Check that the server is running and the host and port of the "
                "connection (Browser panel > PostgreSQL > right-click > Edit Connection).")
    return translate("DataSources",
            "Cannot connect to PostgreSQL connection \"{}\" ({}, database {}): {}. {}").format(
        connection_name, where, uri.database() or "?", reason.rstrip("."), advice)


def remove_expanded_certificates(plain, expanded):
    """An authentication configuration with certificates writes them to temporary files when
    expanded; QGIS removes them after connecting, and so does this check."""
    if plain == expanded:
        return
    expanded_uri, plain_uri = QgsDataSourceUri(expanded), QgsDataSourceUri(plain)
    for param in ("sslcert", "sslkey", "sslrootcert"):
        if expanded_uri.hasParam(param) and not plain_uri.hasParam(param):
            path = expanded_uri.param(param).strip("'")
            if os.path.isfile(path):
                os.remove(path)


# -- Summaries and roles -----------------------------------------------------------------------

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
    year_field, week_field = find_field(layer, YEAR_FIELDS), find_field(layer, WEEK_FIELDS)
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
