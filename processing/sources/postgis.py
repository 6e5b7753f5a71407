"""PostGIS through the PostgreSQL connections saved in QGIS: their spatial tables, a table
as a layer; a server that does not answer or refuses the login fails fast with advice."""

import math
import os
import re

from osgeo import gdal, ogr
from qgis.core import (
    QgsAbstractDatabaseProviderConnection,
    QgsDataSourceUri,
    QgsException,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from .errors import LoadError, translate


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
