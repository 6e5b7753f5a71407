"""The way out of a privacy refusal: anonymise the refused layer from its own source.

The refused layer never enters the project: it stays a layer of this dialog only (read
from its file or table where it is), is the input of ``wijkradar:anonymise_incidents``
run in the background, and the anonymised points the algorithm writes are loaded through
the privacy gate with the role "incidents". The choices start from guesses: the date field,
the incident type to keep, the project's areas (else 250 m grid cells), a file beside the
source.
"""

import os

from qgis.core import Qgis, QgsProject, QgsProviderRegistry
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
)

from ..core import choices
from ..core.anonymise import coordinate_fields
from ..processing.compat import LayerFilter
from ..processing.field_guess import area_id_field, date_field, is_feature_id, type_field
from ..processing.sources.errors import LoadError
from ..processing.sources.geopackage import open_geopackage
from .task_runner import AlgorithmChain, Step

METHOD_AREAS, METHOD_GRID = choices.ANONYMISE_METHODS.values  # anonymise_incidents' METHOD
DEFAULT_CELL_SIZE = 250
MIN_CELL_SIZE = 100


def source_path(layer):
    """The file a layer reads (GeoPackage, CSV, shapefile), or None (database, memory)."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path") or ""
    return path if os.path.isfile(path) else None


def default_output_path(layer):
    """'<source>_anonymised.gpkg' beside the source file when that folder is writable, else in
    the home folder; never over an existing file."""
    path = source_path(layer)
    folder = os.path.dirname(path) if path else ""
    if not (folder and os.access(folder, os.W_OK)):
        folder = os.path.expanduser("~")
    stem = os.path.join(folder, f"{layer.name()}_anonymised")
    candidate, number = f"{stem}.gpkg", 1
    while os.path.exists(candidate):
        number += 1
        candidate = f"{stem}_{number}.gpkg"
    return candidate


def fields_to_offer(layer, result):
    """Fields the user may keep: not flagged by the privacy scan, no coordinates, no exact
    dates or times, no feature ids."""
    flagged = set(result.identifier_fields + result.warning_fields) if result else set()
    names = layer.fields().names()
    coordinates = set(coordinate_fields(names))
    return [field.name() for field in layer.fields()
            if field.name() not in flagged | coordinates and not field.isDateOrTime()
            and not is_feature_id(field.name(), layer)]


class AnonymiseDialog(QDialog):
    """Anonymise a refused layer and load the result as incidents."""

    def __init__(self, layer, result, data_step, parent=None):
        super().__init__(parent)
        self.layer = layer  # kept here only: it never enters the project
        self.result = result
        self.data_step = data_step
        self.chain = None
        self.loaded = []
        self.setWindowTitle(self.tr("Anonymise {}").format(layer.name()))
        self.build_form()
        self.fill_guesses()

    # --- the form -------------------------------------------------------------------------

    def build_form(self):
        intro = QLabel(self.tr(
            "{} holds personal data and was not loaded. Anonymising moves each incident to "
            "an area or grid cell, coarsens its date to the week or month and keeps only "
            "the fields you check. The result is loaded as incidents; the original stays "
            "where it is.").format(self.layer.name()))
        intro.setWordWrap(True)
        self.method = QComboBox()
        self.method.addItem(self.tr("Areas of the project (postcodes, grid)"), METHOD_AREAS)
        self.method.addItem(self.tr("Grid cells"), METHOD_GRID)
        self.cell_size = QSpinBox()
        self.cell_size.setRange(MIN_CELL_SIZE, 5000)
        self.cell_size.setSingleStep(50)
        self.cell_size.setSuffix(" m")
        self.areas = QgsMapLayerComboBox()
        self.areas.setFilters(LayerFilter.PolygonLayer)
        self.area_id = QgsFieldComboBox()
        self.areas.layerChanged.connect(self.areas_changed)
        self.date_field = QgsFieldComboBox()
        self.date_field.setAllowEmptyFieldName(True)
        self.date_field.setLayer(self.layer)
        self.precision = QComboBox()
        self.precision.addItem(self.tr("Week"), "week")
        self.precision.addItem(self.tr("Month"), "month")
        self.keep = QListWidget()
        self.left_out = QLabel()
        self.left_out.setWordWrap(True)
        self.output = QgsFileWidget()
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter(self.tr("GeoPackage (*.gpkg)"))
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Anonymise"))
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.stop_or_close)
        self.method.currentIndexChanged.connect(self.method_changed)
        form = QFormLayout()
        form.addRow(self.tr("Move incidents to"), self.method)
        form.addRow(self.tr("Areas"), self.areas)
        form.addRow(self.tr("Area id field"), self.area_id)
        form.addRow(self.tr("Grid cell size"), self.cell_size)
        form.addRow(self.tr("Date field"), self.date_field)
        form.addRow(self.tr("Coarsen dates to"), self.precision)
        form.addRow(self.tr("Fields to keep"), self.keep)
        form.addRow(self.left_out)
        form.addRow(self.tr("Save as"), self.output)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def fill_guesses(self):
        areas = self.data_step.layers_with_role("areas")
        if areas:
            self.areas.setLayer(areas[0])
        self.areas_changed(self.areas.currentLayer())
        self.method.setCurrentIndex(self.method.findData(METHOD_AREAS if areas
                                                         else METHOD_GRID))
        self.method_changed()
        self.cell_size.setValue(DEFAULT_CELL_SIZE)
        self.date_field.setField(date_field(self.layer) or "")
        offered = fields_to_offer(self.layer, self.result)
        kind = type_field(self.layer)
        for name in offered:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name == kind
                               else Qt.CheckState.Unchecked)
            self.keep.addItem(item)
        left_out = [name for name in self.layer.fields().names() if name not in offered]
        self.left_out.setText(self.tr("Left out (personal data, coordinates, exact dates, "
                                      "ids): {}").format(", ".join(left_out) or "-"))
        self.output.setFilePath(default_output_path(self.layer))

    def areas_changed(self, layer):
        self.area_id.setLayer(layer)
        if layer is not None:
            self.area_id.setField(area_id_field(layer) or "")

    def method_changed(self, *_):
        by_areas = self.method.currentData() == METHOD_AREAS
        for widget in (self.areas, self.area_id):
            widget.setEnabled(by_areas)
        self.cell_size.setEnabled(not by_areas)

    def kept_fields(self):
        return [self.keep.item(i).text() for i in range(self.keep.count())
                if self.keep.item(i).checkState() == Qt.CheckState.Checked]

    # --- running --------------------------------------------------------------------------

    def parameters(self):
        by_areas = self.method.currentData() == METHOD_AREAS
        if by_areas and self.areas.currentLayer() is None:
            raise ValueError(self.tr("Choose the areas to move the incidents to, or grid "
                                     "cells."))
        if not self.output.filePath():
            raise ValueError(self.tr("Choose where to save the anonymised incidents."))
        return {
            "INPUT": self.layer,
            "METHOD": choices.ANONYMISE_METHODS.index(self.method.currentData()),
            "AREAS": self.areas.currentLayer() if by_areas else None,
            "AREA_ID": self.area_id.currentField() if by_areas else None,
            "CELL_SIZE": self.cell_size.value(),
            "KEEP_FIELDS": self.kept_fields(),
            "DATE_FIELD": self.date_field.currentField() or None,
            "DATE_PRECISION": choices.ANONYMISE_PRECISIONS.index(self.precision.currentData()),
            "PURPOSE": self.tr("Wijkradar dock: anonymise {} after a privacy refusal").format(
                self.layer.name()),
            "OUTPUT_POINTS": self.output.filePath(), "OUTPUT_COUNTS": None,
        }

    def run(self):
        """Starts the algorithm in the background; returns False when a choice is missing."""
        if self.chain is not None and self.chain.running:
            return False
        try:
            step = Step(self.tr("Anonymise incidents"), "wijkradar:anonymise_incidents",
                        self.parameters(), key="anonymise")
        except ValueError as error:
            self.status.setText(str(error))
            return False
        self.chain = AlgorithmChain([step], QgsProject.instance(), self)
        self.chain.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.chain.finished.connect(self.finished)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.status.setText(self.tr("Anonymising {}…").format(self.layer.name()))
        self.chain.start()
        return True

    def stop_or_close(self):
        if self.chain is not None and self.chain.running:
            self.chain.cancel()
            return
        self.reject()

    def finished(self, success, message):
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if not success:
            self.status.setText(message)
            return
        self.progress.setValue(100)
        results = self.chain.results["anonymise"]
        try:
            self.loaded = self.load_as_incidents(results["OUTPUT_POINTS"])
        except LoadError as error:
            self.status.setText(str(error))
            return
        if not self.loaded:
            self.status.setText(self.tr("The anonymised incidents were written to {} but not "
                                        "loaded: see the message bar.").format(
                results["OUTPUT_POINTS"]))
            return
        self.data_step.dock.notify(self.tr(
            "{name} anonymised: {kept} of {total} incidents loaded as '{layer}' (role "
            "incidents); {dropped} dropped.").format(
                name=self.layer.name(), kept=results["N_KEPT"], total=results["N_INCIDENTS"],
                layer=self.loaded[0].name(), dropped=results["N_DROPPED"]), Qgis.Success)
        self.accept()

    def load_as_incidents(self, path):
        """The written GeoPackage through the privacy gate, each admitted layer as incidents."""
        path = path.split("|")[0]
        admitted = self.data_step.admit_all(open_geopackage(path), os.path.basename(path))
        for layer in admitted:
            self.data_step.set_role(layer.id(), "incidents")
        return admitted
