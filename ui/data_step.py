"""Step 1 of the dock: load anonymised layers through the privacy gate and give them roles.

Every layer the dock loads passes :func:`privacy_gate.gate_layer` before it enters the
project; a refused layer never does, and the message names its fields and offers
anonymising. Layers that reach the project another way are checked when they appear and
cannot be used in an analysis when they fail. Roles (incidents, areas, monitor, context)
are stored in the project, so they come back when the project is opened again.
"""

import os
from functools import partial

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsLayerTree, QgsProject
from qgis.PyQt.QtCore import QObject, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QFileDialog, QTableWidgetItem

from ..core.i18n import number
from ..processing.compat import GeometryType, LayerType
from ..processing.field_guess import ROLES, district_name_field, guess_role
from ..processing.privacy_gate import gate_layer
from ..processing.sources.errors import LoadError
from ..processing.sources.geopackage import open_geopackage
from ..processing.sources.summary import layer_summary
from .demo_layers import style
from .name_lists import NameLists
from .task_runner import RESULTS_GROUP

NO_ROLE = ""
PROJECT_SCOPE = "wijkradar"
LAYER_COLUMN, ROLE_COLUMN, PRIVACY_COLUMN, SUMMARY_COLUMN = range(4)
# Dutch municipal data and Wijkradar's analyses are in metres on RD New: a grid drawn in
# degrees (the CRS of a first layer in WGS84) looks squashed.
PROJECT_CRS = "EPSG:28992"
# A plain look per role for the layers the dock loads (symbol, label the districts' names):
# outlines without fill, so neither the districts nor the areas hide what lies below.
ROLE_STYLES = {
    "incidents": {"name": "circle", "color": "60,60,60,150", "size": "1.4",
                  "outline_style": "no"},
    "districts": {"color": "0,0,0,0", "outline_color": "#333333", "outline_width": "0.7"},
    "areas": {"color": "0,0,0,0", "outline_color": "#8fa9c8", "outline_width": "0.15"},
}
# Top to bottom in the layer tree: points on top, district lines over the thin area lines.
DRAW_ORDER = ("incidents", "context", "districts", "areas", "monitor", NO_ROLE)


class DataStep(QObject):
    """Owns the Data tab: the load buttons, the privacy verdicts and the roles table."""

    rolesChanged = pyqtSignal()

    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        self.form = dock.form
        self.project = QgsProject.instance()
        self.canvas_bridge = None  # QGIS desktop's layer tree - canvas bridge, once watched
        self.auto_setup_held = False  # its first-layer set-up is off until the canvas updates
        self.verdicts = {}  # layer id -> ScanResult
        self.summaries = {}  # (layer id, filter) -> summary line; reading a period costs queries
        self.guessed_roles = {}  # layer id -> role; guessing reads a sample of values
        self.role_names = {NO_ROLE: self.tr("(not used)"), "incidents": self.tr("incidents"),
                           "areas": self.tr("areas"), "districts": self.tr("districts"),
                           "monitor": self.tr("monitor"), "context": self.tr("context")}
        self.form.addGeoPackageButton.clicked.connect(self.choose_geopackage)
        self.form.addCsvButton.clicked.connect(self.choose_csv)
        self.form.addPostgisButton.clicked.connect(self.choose_postgis)
        from .open_data_step import OpenDataActions

        self.open_data = OpenDataActions(self)  # CBS buurten and registered crime
        # A layer is in the project before it is put in a group: refresh once the event loop
        # has run, so results inserted into the "Wijkradar" group are recognised as results.
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.timeout.connect(self.refresh)
        self.project.layersAdded.connect(self.refresh_soon)
        self.project.layersRemoved.connect(self.forget)
        # deduce's lists load in the background from now on; layers are checked once in.
        self.name_lists = NameLists(on_done=self.name_lists_done)
        self.name_lists.start()
        self.refresh()

    def disconnect_project(self):
        self.name_lists.on_done = None  # a load still running ends without the dock
        self.open_data.cancel()
        self.refresh_timer.stop()
        self.project.layersAdded.disconnect(self.refresh_soon)
        self.project.layersRemoved.disconnect(self.forget)
        if self.canvas_bridge is not None:
            self.canvas_bridge.canvasLayersChanged.disconnect(self.canvas_took_layers)
            if self.auto_setup_held:
                self.canvas_bridge.setAutoSetupOnFirstLayer(True)

    def refresh_soon(self, *_):
        self.refresh_timer.start(0)

    # --- loading --------------------------------------------------------------------------

    def choose_geopackage(self):
        path, _ = QFileDialog.getOpenFileName(self.dock, self.tr("Load a GeoPackage"), "",
                                              self.tr("GeoPackage (*.gpkg)"))
        if path:
            self.add_geopackage(path)

    def add_geopackage(self, path):
        """Loads every layer of a GeoPackage that passes the gate; returns those loaded."""
        try:
            layers = open_geopackage(path)
        except LoadError as error:
            self.dock.notify(str(error), Qgis.Critical)
            return []
        return self.admit_all(layers, os.path.basename(path))

    def choose_csv(self):
        from .source_dialogs import CsvDialog

        dialog = CsvDialog(self.dock)
        if dialog.exec():
            self.add_csv(**dialog.options())

    def add_csv(self, **options):
        from ..processing.sources.csv_points import open_csv, unmatched_postcodes, unmatched_rows

        try:
            layer = open_csv(**options)
        except LoadError as error:
            self.dock.notify(str(error), Qgis.Critical)
            return []
        if unmatched_rows(layer):
            self.dock.notify(self.tr("{} rows have no postcode area and were left out, e.g. {}.")
                             .format(unmatched_rows(layer), ", ".join(unmatched_postcodes(layer))),
                             Qgis.Warning)
        return self.admit_all([layer], os.path.basename(options["path"]))

    def choose_postgis(self):
        from .source_dialogs import PostgisDialog

        dialog = PostgisDialog(self.dock)
        if dialog.exec():
            self.add_postgis(dialog.connection_name(), dialog.chosen_tables())

    def add_postgis(self, connection_name, tables):
        """Loads (schema, table) pairs of a saved PostGIS connection through the gate."""
        from ..processing.sources.postgis import open_postgis

        layers = []
        for schema, table in tables:
            try:
                layers.append(open_postgis(connection_name, schema, table))
            except LoadError as error:
                self.dock.notify(str(error), Qgis.Critical)
                return []
        return self.admit_all(layers, connection_name)

    def admit_all(self, layers, source_name):
        was_empty = not self.project.mapLayers()
        if was_empty:
            # Set while the project has no layers: changed afterwards, QGIS desktop asks the
            # user to choose a datum transformation. QGIS desktop would then give the project
            # the CRS of the top layer (incidents, often in WGS84): not this time.
            self.project.setCrs(QgsCoordinateReferenceSystem(PROJECT_CRS))
            self.keep_project_crs_for_first_layers()
        admitted = [layer for layer in layers if self.admit(layer)]
        self.refresh()
        self.present(admitted, was_empty)
        if admitted:
            self.dock.set_status(self.tr("Loaded from {}: {}").format(
                source_name, ", ".join(layer.name() for layer in admitted)))
        return admitted

    def keep_project_crs_for_first_layers(self):
        bridge_of = getattr(self.dock.iface, "layerTreeCanvasBridge", None)
        bridge = bridge_of() if bridge_of is not None else None
        if bridge is None:  # no QGIS desktop (tests, qgis_process)
            return
        bridge.setAutoSetupOnFirstLayer(False)
        self.auto_setup_held = True
        if self.canvas_bridge is None:
            # Connected once for the dock's life and never disconnected from inside its own
            # call: a slot that disconnected itself while the signal ran crashed QGIS 3.44
            # (Python 3.14) when the next project was opened.
            self.canvas_bridge = bridge
            bridge.canvasLayersChanged.connect(self.canvas_took_layers)

    def canvas_took_layers(self, *_):
        """The canvas has taken the new layers: the next new project sets itself up again."""
        if self.auto_setup_held:
            self.auto_setup_held = False
            self.canvas_bridge.setAutoSetupOnFirstLayer(True)

    # --- deduce's name lists for the privacy check ------------------------------------------

    def name_lists_in(self):
        """Waits until deduce's lists are loaded (QGIS keeps running meanwhile); False when
        they could not be (said by :meth:`name_lists_done`)."""
        if self.name_lists.ready:
            return True
        form, status = self.form, self.form.statusLabel.text()
        enabled = form.isEnabled()
        loading = self.tr("Checking privacy: loading deduce's Dutch name and street lists (once "
                          "per session)…")
        self.dock.set_status(loading)
        form.setEnabled(False)  # no second load or run while this one waits
        try:
            self.name_lists.wait()
        except Exception:  # noqa: BLE001 (said once the load ended; the layer is not let in)
            return False
        finally:
            form.setEnabled(enabled)
            if form.statusLabel.text() == loading:  # not a message said meanwhile
                self.dock.set_status(status)
        return True

    def name_lists_done(self):
        error = self.name_lists.error
        if error is not None:
            self.dock.notify(self.tr("deduce's Dutch name lists could not be loaded ({}): layers "
                                     "are not checked for names and cannot be used yet. Load "
                                     "one again to try once more.").format(error), Qgis.Critical)
        self.refresh_soon()  # the layers waiting for their check

    def admit(self, layer):
        """The privacy gate: a refused layer never enters the project."""
        if not self.name_lists_in():
            return False
        allowed, result = gate_layer(layer)
        if not allowed:
            self.dock.offer_anonymising(layer, result)
            return False
        self.verdicts[layer.id()] = result
        if result.verdict != "pass":
            self.dock.notify(self.tr("{}: {}").format(layer.name(), result.summary()),
                             Qgis.Warning)
        self.project.addMapLayer(layer)
        return True

    def present(self, layers, was_empty):
        """Styles the loaded layers by role and orders them; a project that had no layers
        gets RD New as its CRS (a project with layers keeps the user's)."""
        for layer in layers:
            self.style_by_role(layer)
        self.order_in_tree(layers)
        if was_empty and layers and self.project.crs().authid() != PROJECT_CRS:
            self.project.setCrs(QgsCoordinateReferenceSystem(PROJECT_CRS))
            if self.dock.iface is not None:
                self.dock.iface.mapCanvas().zoomToFullExtent()

    def style_by_role(self, layer):
        role = self.role(layer)
        properties = ROLE_STYLES.get(role)
        points = layer.geometryType() == GeometryType.Point
        if properties is None or points != (role == "incidents"):
            return  # no plain style for this role, or a geometry the role does not expect
        style(layer, properties, district_name_field(layer) if role == "districts" else None)
        layer.triggerRepaint()

    def order_in_tree(self, layers):
        """Moves the layers' nodes, where they lie, into DRAW_ORDER (top to bottom)."""
        root = self.project.layerTreeRoot()
        positions = {node.layerId(): row for row, node in enumerate(root.children())
                     if QgsLayerTree.isLayer(node)}
        placed = [layer for layer in layers if layer.id() in positions]
        if len(placed) < 2:
            return
        top = min(positions[layer.id()] for layer in placed)
        ranked = sorted(placed, key=lambda layer: DRAW_ORDER.index(self.role(layer)))
        nodes = [root.findLayer(layer.id()) for layer in ranked]
        # clones first: a layer whose last node leaves the tree leaves the project too
        root.insertChildNodes(top, [node.clone() for node in nodes])
        for node in nodes:
            root.removeChildNode(node)

    # --- roles ----------------------------------------------------------------------------

    def input_layers(self):
        """Vector layers in the project, except Wijkradar's own results."""
        group = self.project.layerTreeRoot().findGroup(RESULTS_GROUP)
        results = set(group.findLayerIds()) if group is not None else set()
        return [layer for layer in self.project.mapLayers().values()
                if layer.type() == LayerType.Vector and layer.id() not in results]

    def allowed(self, layer):
        result = self.verdict(layer)
        return result is not None and result.verdict != "fail"

    def verdict(self, layer):
        """The privacy scan of a layer; None while deduce's lists are loading (the table is
        refreshed once they are in) or when the layer could not be read."""
        if layer.id() not in self.verdicts:
            if not self.name_lists.ready:
                return None
            try:
                self.verdicts[layer.id()] = gate_layer(layer)[1]
            except Exception as error:  # noqa: BLE001 (an unreadable layer must not break the dock)
                self.dock.log(self.tr("Could not check {}: {}").format(layer.name(), error))
                return None
        return self.verdicts[layer.id()]

    def role(self, layer):
        if not self.allowed(layer):
            return NO_ROLE
        stored, found = self.project.readEntry(PROJECT_SCOPE, f"roles/{layer.id()}", "")
        if found and stored in ROLES + (NO_ROLE,):
            return stored
        if layer.id() not in self.guessed_roles:
            self.guessed_roles[layer.id()] = guess_role(layer)
        return self.guessed_roles[layer.id()]

    def set_role(self, layer_id, role):
        self.project.writeEntry(PROJECT_SCOPE, f"roles/{layer_id}", role)
        self.rolesChanged.emit()

    def role_chosen(self, combo, layer_id, _index):
        self.set_role(layer_id, combo.currentData())

    def layers_with_role(self, role):
        """Largest first: the finest postcode areas and the fullest incident layer lead."""
        layers = [layer for layer in self.input_layers() if self.role(layer) == role]
        return sorted(layers, key=lambda layer: -layer.featureCount())

    def forget(self, layer_ids):
        for layer_id in layer_ids:
            self.verdicts.pop(layer_id, None)
            self.guessed_roles.pop(layer_id, None)
            self.summaries = {key: line for key, line in self.summaries.items()
                              if key[0] != layer_id}
            self.project.removeEntry(PROJECT_SCOPE, f"roles/{layer_id}")
        self.refresh()

    # --- the table ------------------------------------------------------------------------

    def refresh(self, *_):
        table = self.form.layerTable
        layers = self.input_layers()
        table.setRowCount(len(layers))
        for row, layer in enumerate(layers):
            name = QTableWidgetItem(layer.name())
            name.setData(Qt.ItemDataRole.UserRole, layer.id())
            name.setToolTip(layer.publicSource())
            table.setItem(row, LAYER_COLUMN, name)
            table.setCellWidget(row, ROLE_COLUMN, self.role_combo(layer))
            table.setItem(row, PRIVACY_COLUMN, self.privacy_item(layer))
            summary = QTableWidgetItem(self.summary(layer))
            summary.setToolTip(summary.text())
            table.setItem(row, SUMMARY_COLUMN, summary)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        self.rolesChanged.emit()

    def summary(self, layer):
        key = (layer.id(), layer.subsetString())
        if key not in self.summaries:
            self.summaries[key] = summary_text(layer)
        return self.summaries[key]

    def role_combo(self, layer):
        combo = QComboBox()
        for role in (NO_ROLE,) + ROLES:
            combo.addItem(self.role_names[role], role)
        combo.setCurrentIndex(max(combo.findData(self.role(layer)), 0))
        combo.setEnabled(self.allowed(layer))
        combo.currentIndexChanged.connect(partial(self.role_chosen, combo, layer.id()))
        return combo

    def privacy_item(self, layer):
        result = self.verdict(layer)
        if result is None and self.name_lists.loading:
            item = QTableWidgetItem(self.tr("checking…"))
        elif result is None:
            item = QTableWidgetItem(self.tr("not checked"))
        elif result.verdict == "fail":
            item = QTableWidgetItem(self.tr("refused"))
        elif result.verdict == "warn":
            item = QTableWidgetItem(self.tr("warnings"))
        else:
            item = QTableWidgetItem(self.tr("passed"))
        item.setToolTip(result.summary() if result is not None else "")
        return item


def summary_text(layer):
    """Features, geometry and CRS on one line, the period below: two short lines fit a
    narrow dock, where one long line ran out of sight."""
    summary = layer_summary(layer)
    first = [f"{number(summary['features'])} {summary['geometry_type']}",  # '10.680' in Dutch
             summary.get("crs") or ""]
    lines = [" · ".join(part for part in first if part)]
    if summary.get("period"):
        lines.append(" – ".join(str(value) for value in summary["period"]))
    return "\n".join(lines)
