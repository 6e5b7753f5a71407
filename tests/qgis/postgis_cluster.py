"""A throw-away PostgreSQL + PostGIS server for the QGIS tests (a real database, no mocks).

The session fixture ``postgis_connection`` creates a cluster in a temporary folder, listens on
127.0.0.1 only (a free port; its unix socket stays in that folder), creates a database with
PostGIS, loads the demo layers into it and saves a PostgreSQL connection in QGIS's settings
the way QGIS's own "New connection" dialog does, so the QGIS browser and
``wijkradar.processing.sources.postgis.postgis_connections()`` see it. It yields the
connection's name. At the end the connection is removed, the server stopped
(``pg_ctl stop -m fast``) and the folder deleted, also when tests fail. A server that cannot
start fails the tests with its log: the tests need a real database, so they never skip.

Running as root (as CI does), the server runs as the ``postgres`` OS user (``runuser``):
PostgreSQL refuses to run as root.
"""

import glob
import os
import shutil
import socket
import subprocess
import tempfile

import pytest
from osgeo import gdal
from qgis.core import QgsDataSourceUri, QgsProviderRegistry


def newest_postgresql_bin():
    """The server programs of the newest PostgreSQL installed (15 on Debian 12, 17 on 13)."""
    found = glob.glob("/usr/lib/postgresql/*/bin/pg_ctl")
    if not found:
        return "/usr/lib/postgresql/15/bin"
    return os.path.dirname(max(found, key=lambda path: int(path.split("/")[4])))


PG_BIN = os.environ.get("WIJKRADAR_PG_BIN") or newest_postgresql_bin()
CONNECTION_PREFIX = "wijkradar-test-postgis"
DATABASE = "wijkradar"
USER = "wijkradar"
PASSWORD = "wijkradar-test-only"  # pragma: allowlist secret (throw-away local test server)
SCHEMA = "public"
# Demo layers loaded into the database, with the filter applied to each (a year of incidents
# keeps the set-up quick; tests compare with the GeoPackage read through the same filter).
LOADED_LAYERS = {
    "incidenten": "jaar = 2024",
    "pc6": None,
    "pc4": None,
    "buurten": None,
    "wijken": None,
    "gemeente": None,
    "coffeeshops": None,
}
START_TIMEOUT_S = 60
ROOT_PREFIX = "wijkradar-pg-"
OWNER_FILE = "owner.pid"  # the test process that started the cluster


class Cluster:
    """One throw-away cluster; ``run`` runs its server programs as the right OS user."""

    def __init__(self, root):
        self.root = root
        self.data = os.path.join(root, "data")
        self.log = os.path.join(root, "server.log")
        self.port = free_port()
        self.as_postgres = os.geteuid() == 0

    def run(self, program, *args, check=True):
        command = [os.path.join(PG_BIN, program), *args]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, cwd=self.root, capture_output=True, text=True,
                                timeout=START_TIMEOUT_S)
        if check and result.returncode != 0:
            pytest.fail(f"{program} failed ({result.returncode}):\n{result.stdout}\n"
                        f"{result.stderr}\nserver log:\n{self.server_log()}", pytrace=False)
        return result

    def server_log(self):
        try:
            with open(self.log, encoding="utf-8", errors="replace") as handle:
                return handle.read()[-6000:]
        except OSError:
            return "(no server log was written)"

    def start(self):
        self.run("initdb", "-D", self.data, "--no-locale", "-E", "UTF8", "--no-sync",
                 "--auth-local=peer", "--auth-host=scram-sha-256")
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        started = self.run("pg_ctl", "-D", self.data, "-l", self.log, "-w",
                           "-t", str(START_TIMEOUT_S), "-o", options, "start", check=False)
        if started.returncode != 0:
            pytest.fail(f"The test PostgreSQL server did not start on 127.0.0.1:{self.port}: "
                        f"{started.stdout}{started.stderr}\nserver log:\n{self.server_log()}",
                        pytrace=False)

    def stop(self):
        if os.path.exists(os.path.join(self.data, "postmaster.pid")):
            self.run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop", check=False)

    def sql(self, database, statement):
        """Runs SQL as the cluster's superuser over the unix socket (peer authentication)."""
        self.run("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", self.root,
                 "-p", str(self.port), "-d", database, "-c", statement)

    def create_database(self):
        self.sql("postgres", f"CREATE ROLE {USER} LOGIN PASSWORD '{PASSWORD}'")
        self.sql("postgres", f"CREATE DATABASE {DATABASE} OWNER {USER}")
        self.sql(DATABASE, "CREATE EXTENSION postgis")

    def gdal_connection(self):
        return (f"PG:host=127.0.0.1 port={self.port} dbname={DATABASE} user={USER} "
                f"password={PASSWORD}")


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def make_root():
    """A folder the server's OS user owns (pytest's tmp_path sits in a folder only the
    test user may enter)."""
    root = tempfile.mkdtemp(prefix=ROOT_PREFIX)
    with open(os.path.join(root, OWNER_FILE), "w", encoding="ascii") as handle:
        handle.write(str(os.getpid()))
    if os.geteuid() == 0:
        import pwd

        account = pwd.getpwnam("postgres")
        os.chown(root, account.pw_uid, account.pw_gid)
    return root


def stop_orphaned_clusters():
    """Stops clusters whose test process died (a crash skips the fixture's teardown);
    clusters of test runs still going on this machine are left alone."""
    for root in glob.glob(os.path.join(tempfile.gettempdir(), ROOT_PREFIX + "*")):
        try:
            with open(os.path.join(root, OWNER_FILE), encoding="ascii") as handle:
                os.kill(int(handle.read().strip()), 0)
            continue  # its owner still runs
        except ProcessLookupError:
            pass
        except (OSError, ValueError):
            continue  # not ours to judge
        orphan = Cluster(root)
        orphan.stop()
        shutil.rmtree(root, ignore_errors=True)


def load_demo_layers(cluster, gpkg):
    """ogr2ogr through GDAL's Python bindings, keeping fids. It reads a private copy: a
    second SQLite connection opened and closed on the GeoPackage the other tests hold open
    in QGIS broke their connections ('unable to open database file')."""
    private = os.path.join(tempfile.mkdtemp(prefix="wijkradar-pg-source-"), "demo.gpkg")
    shutil.copyfile(gpkg, private)
    try:
        translate_layers(cluster, private)
    finally:
        shutil.rmtree(os.path.dirname(private), ignore_errors=True)


def translate_layers(cluster, gpkg):
    for name, where in LOADED_LAYERS.items():
        options = gdal.VectorTranslateOptions(
            options=["-preserve_fid"], format="PostgreSQL", layers=[name], where=where,
            layerCreationOptions=["GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=GIST"])
        gdal.ErrorReset()
        result = gdal.VectorTranslate(cluster.gdal_connection(), gpkg, options=options)
        if result is None:
            pytest.fail(f"Loading demo layer {name} into PostGIS failed: "
                        f"{gdal.GetLastErrorMsg()}", pytrace=False)
        result = None  # closes the dataset: GDAL finishes writing on close


def save_qgis_connection(name, port, password=None):
    """Stores a connection as QGIS's PostgreSQL connection dialog does (in QgsSettings)."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    uri = QgsDataSourceUri()
    uri.setConnection("127.0.0.1", str(port), DATABASE, USER, password or PASSWORD)
    connection = metadata.createConnection(uri.uri(False), {
        "saveUsername": True, "savePassword": True, "publicOnly": False,
        "geometryColumnsOnly": False, "allowGeometrylessTables": False,
        "estimatedMetadata": False, "projectsInDatabase": False})
    metadata.saveConnection(connection, name)


def remove_test_connections():
    """Removes connections this module saved (also ones left by a crashed earlier run)."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    for name in list(metadata.connections(False)):
        if name.startswith(CONNECTION_PREFIX):
            metadata.deleteConnection(name)


# Named apart from the fixture, so a module importing it may name arguments postgis_connection.
@pytest.fixture(scope="session", name="postgis_connection")
def postgis_connection_fixture(qgis_app):
    """Name of a saved QGIS PostgreSQL connection to a live PostGIS with the demo layers."""
    if not os.path.exists(os.path.join(PG_BIN, "pg_ctl")):
        pytest.fail(f"PostgreSQL is not installed ({PG_BIN}/pg_ctl is missing): run "
                    "`make setup`, which installs postgresql-15-postgis-3.", pytrace=False)
    from .conftest import DEMO_GPKG  # here, not at import: conftest imports this module

    remove_test_connections()
    stop_orphaned_clusters()
    cluster = Cluster(make_root())
    try:
        cluster.start()
        cluster.create_database()
        load_demo_layers(cluster, DEMO_GPKG)
        name = f"{CONNECTION_PREFIX}-{cluster.port}"
        save_qgis_connection(name, cluster.port)
        yield name
    finally:
        remove_test_connections()
        cluster.stop()
        shutil.rmtree(cluster.root, ignore_errors=True)
