"""Small dialogs of the Data step: a CSV (X/Y or postcode) and tables of a PostGIS connection.

The CSV dialog guesses the X and Y columns from their names and values (never a date column)
and the coordinate system from the values' ranges, and says so: the user can change both.
The PostGIS dialog asks the server for its tables in a background task, so a server that
does not answer leaves the interface responsive and ends in a message, never a hang.
"""

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsTask,
)
from qgis.gui import (
    QgsFieldComboBox,
    QgsFileWidget,
    QgsMapLayerComboBox,
    QgsProjectionSelectionWidget,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from ..core.choices import CBS_LEVELS, CRIME_TABLE_LAYOUTS
from ..core.field_words import POSTCODE_COLUMNS
from ..processing.compat import LayerFilter
from ..processing.field_guess import coordinate_crs, first_named, xy_columns
from ..processing.sources.csv_table import csv_sample
from ..processing.sources.errors import LoadError
from ..processing.sources.postgis import postgis_connections, postgis_tables

DEFAULT_CRS = "EPSG:28992"  # RD New, the Dutch national grid


def _ok_cancel(dialog, form):
    """The dialog's layout: the form, then OK and Cancel."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)


def _save_widget(default_path):
    widget = QgsFileWidget()
    widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
    widget.setFilter("GeoPackage (*.gpkg)")
    widget.setFilePath(default_path)
    return widget


class CsvDialog(QDialog):
    """Asks for a CSV file and how to place its rows: X/Y columns or a postcode column."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Load a CSV"))
        self.file = QgsFileWidget()
        self.file.setFilter(self.tr("CSV files (*.csv *.txt)"))
        self.file.fileChanged.connect(self.read_columns)
        self.by_xy = QRadioButton(self.tr("Coordinates in X/Y columns"))
        self.by_postcode = QRadioButton(self.tr("A postcode column, placed on postcode areas"))
        self.by_xy.setChecked(True)
        self.x_field, self.y_field, self.postcode_field = QComboBox(), QComboBox(), QComboBox()
        self.crs = QgsProjectionSelectionWidget()
        self.crs.setCrs(QgsCoordinateReferenceSystem(DEFAULT_CRS))
        self.guess_note = QLabel()
        self.guess_note.setWordWrap(True)
        self.postcode_layer = QgsMapLayerComboBox()
        self.postcode_layer.setFilters(LayerFilter.PolygonLayer)
        self.postcode_layer_field = QgsFieldComboBox()
        self.postcode_layer.layerChanged.connect(self.postcode_layer_field.setLayer)
        self.postcode_layer_field.setLayer(self.postcode_layer.currentLayer())
        self.postcode_layer_field.setField("postcode")
        form = QFormLayout()
        form.addRow(self.tr("File"), self.file)
        form.addRow(self.by_xy)
        form.addRow(self.tr("X column"), self.x_field)
        form.addRow(self.tr("Y column"), self.y_field)
        form.addRow(self.tr("Coordinate system"), self.crs)
        form.addRow(self.guess_note)
        form.addRow(self.by_postcode)
        form.addRow(self.tr("Postcode column"), self.postcode_field)
        form.addRow(self.tr("Postcode areas"), self.postcode_layer)
        form.addRow(self.tr("Postcode field of the areas"), self.postcode_layer_field)
        _ok_cancel(self, form)

    def read_columns(self, path):
        """Fills the column lists from the file and selects the guessed columns and CRS."""
        self.guess_note.clear()
        try:
            columns = csv_sample(path) if path else {}
        except LoadError as error:
            columns = {}
            self.guess_note.setText(str(error))
        names = list(columns)
        for combo in (self.x_field, self.y_field, self.postcode_field):
            combo.clear()
            combo.addItems(names)
            combo.setCurrentIndex(-1)
        x, y = xy_columns(columns)
        postcode = first_named(names, POSTCODE_COLUMNS)
        for combo, name in ((self.x_field, x), (self.y_field, y),
                            (self.postcode_field, postcode)):
            combo.setCurrentIndex(combo.findText(name) if name else -1)
        if x and y:
            self.guess_crs(columns[x], columns[y], x, y)
        elif postcode:
            self.by_postcode.setChecked(True)

    def guess_crs(self, x_values, y_values, x_name, y_name):
        authid = coordinate_crs(x_values, y_values, x_name, y_name)
        if authid is None:
            self.guess_note.setText(self.tr(
                "The values of {} and {} fit neither longitude/latitude nor RD New: choose "
                "their coordinate system.").format(x_name, y_name))
            return
        crs = QgsCoordinateReferenceSystem(authid)
        self.crs.setCrs(crs)
        self.guess_note.setText(self.tr(
            "Coordinate system guessed from the values of {} and {}: {}. Change it if it is "
            "wrong.").format(x_name, y_name, crs.userFriendlyIdentifier()))

    def options(self):
        options = {"path": self.file.filePath()}
        if self.by_xy.isChecked():
            options.update(x_field=self.x_field.currentText(),
                           y_field=self.y_field.currentText(), crs=self.crs.crs().authid())
        else:
            options.update(postcode_field=self.postcode_field.currentText(),
                           postcode_layer=self.postcode_layer.currentLayer(),
                           postcode_layer_field=self.postcode_layer_field.currentField())
        return options


class PostgisDialog(QDialog):
    """Lists the tables of a saved PostGIS connection (in the background) to pick from."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Load from PostGIS"))
        self.task = None
        self.connections = QComboBox()
        self.connections.addItems(postgis_connections())
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.clicked.connect(self.list_tables)
        self.tables = QListWidget()
        self.status = QLabel(self.tr("Choose a connection saved in QGIS (Browser > PostgreSQL) "
                                     "and press Connect.") if self.connections.count() else
                             self.tr("No PostGIS connection is saved in QGIS: add one in the "
                                     "Browser (PostgreSQL > New Connection) first."))
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Connection"), self.connections)
        form.addRow(self.connect_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tables)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def connection_name(self):
        return self.connections.currentText()

    def list_tables(self):
        name = self.connection_name()
        if not name:
            return
        self.connect_button.setEnabled(False)
        self.status.setText(self.tr("Connecting to {}…").format(name))
        self.task = QgsTask.fromFunction(self.tr("Wijkradar: tables of {}").format(name),
                                         lambda task: postgis_tables(name),
                                         on_finished=self.show_tables)
        QgsApplication.taskManager().addTask(self.task)

    def show_tables(self, error, tables=None):
        self.connect_button.setEnabled(True)
        self.task = None
        self.tables.clear()
        if error is not None:
            message = str(error) if isinstance(error, LoadError) else self.tr(
                "Could not list the tables: {}").format(error)
            self.status.setText(message)
            return
        for table in tables or []:
            item = QListWidgetItem(f"{table['schema']}.{table['table']} "
                                   f"({table.get('geometry_type', '')})")
            item.setData(Qt.ItemDataRole.UserRole, (table["schema"], table["table"]))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.tables.addItem(item)
        self.tables.itemChanged.connect(self.enable_ok)
        self.status.setText(self.tr("{} table(s) with geometry. Check the ones to load.").format(
            len(tables or [])))

    def enable_ok(self, *_):
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.chosen_tables()))

    def chosen_tables(self):
        return [self.tables.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.tables.count())
                if self.tables.item(i).checkState() == Qt.CheckState.Checked]



class CbsDialog(QDialog):
    """Asks which municipality and level of the CBS Wijk- en buurtkaart to load, from a
    downloaded GeoPackage or (no file) from PDOK, and where to save it."""

    def __init__(self, folder, parent=None):
        from qgis.PyQt.QtWidgets import QLineEdit, QSpinBox

        super().__init__(parent)
        self.setWindowTitle(self.tr("Load CBS neighbourhoods"))
        self.source = QgsFileWidget()
        self.source.setFilter(self.tr("CBS wijk- en buurtkaart (*.gpkg)"))
        self.municipality = QLineEdit()
        self.municipality.setPlaceholderText(self.tr("GM0363 or Amsterdam"))
        self.level = QComboBox()  # load_cbs_neighbourhoods' LEVEL: its options, in its order
        self.level.addItems(CBS_LEVELS.labels(QCoreApplication.translate))
        self.level.setCurrentIndex(CBS_LEVELS.index("buurt"))
        self.year = QSpinBox()
        self.year.setRange(2019, 2099)
        self.year.setValue(2024)
        self.output = _save_widget(f"{folder}/cbs_buurten.gpkg")
        note = QLabel(self.tr("Leave the file empty to fetch the municipality from PDOK "
                              "(internet needed)."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("CBS GeoPackage"), self.source)
        form.addRow(note)
        form.addRow(self.tr("Municipality"), self.municipality)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Year (PDOK)"), self.year)
        form.addRow(self.tr("Save as"), self.output)
        _ok_cancel(self, form)

    def parameters(self):
        return {"INPUT": self.source.filePath(), "MUNICIPALITY": self.municipality.text(),
                "LEVEL": self.level.currentIndex(), "YEAR": self.year.value(),
                "OUTPUT": self.output.filePath()}


class CrimeTableDialog(QDialog):
    """Asks which areas get the registered crime of which StatLine table, and where to
    save the result."""

    def __init__(self, areas, folder, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join registered crime"))
        self.areas = QgsMapLayerComboBox()
        self.areas.setFilters(LayerFilter.PolygonLayer)
        if areas is not None:
            self.areas.setLayer(areas)
        self.table = QgsFileWidget()
        self.table.setFilter(self.tr("StatLine CSV or OData JSON (*.csv *.json)"))
        self.layout_choice = QComboBox()
        self.layout_choice.addItem(self.tr("A field per crime type and period"), "wide")
        self.layout_choice.addItem(self.tr("A feature per area and period"), "long")
        self.output = _save_widget(f"{folder}/buurten_misdrijven.gpkg")
        note = QLabel(self.tr("The table of registered crime per wijk and buurt as you "
                              "downloaded it from CBS StatLine (47018NED per year, 47022NED "
                              "per month)."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Areas"), self.areas)
        form.addRow(self.tr("Registered crime"), self.table)
        form.addRow(note)
        form.addRow(self.tr("Layout"), self.layout_choice)
        form.addRow(self.tr("Save as"), self.output)
        _ok_cancel(self, form)

    def parameters(self):
        return {"AREAS": self.areas.currentLayer(), "TABLE": self.table.filePath(),
                "LAYOUT": CRIME_TABLE_LAYOUTS.index(self.layout_choice.currentData()),
                "OUTPUT": self.output.filePath()}
