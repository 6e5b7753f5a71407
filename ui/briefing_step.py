"""Step 3 of the dock: the patrol focus map for the briefing (preview, export, designer).

Runs ``wijkradar:patrol_focus_map``, the same algorithm analysts chain in the modeler. It
touches print layouts, which QGIS only allows on the main thread (FlagNoThreading), so it
runs there with a progress bar that keeps the dock painted, as QGIS's own dialogs do.
"""

import os
import tempfile
from datetime import date

from qgis.core import (
    Qgis,
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
)
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QObject, Qt
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import QListWidgetItem, QPushButton

from ..core.choices import PAPER_SIZES
from ..core.field_words import DRIVER_NAMES
from ..processing import layout_session
from ..processing.compat import GeometryType, LayerFilter, LayerType
from ..processing.field_guess import (
    area_name_field,
    district_name_field,
    first_named,
    is_district_layer,
    score_field,
    score_field_problem,
)
from ..processing.patrol_focus_map import default_classification
from .result_files import default_export_folder
from .task_runner import RecordingFeedback

FORMATS = ("pdf", "png", "both")


class MainThreadFeedback(RecordingFeedback):
    """Progress for an algorithm that must run on the main thread: the dock stays painted."""

    def __init__(self, progress_bar):
        super().__init__()
        self.progress_bar = progress_bar
        self.progressChanged.connect(self.show_progress)

    def show_progress(self, value):
        self.progress_bar.setValue(int(value))
        QCoreApplication.processEvents()


class BriefingStep(QObject):
    """Owns the Briefing tab."""

    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        self.form = dock.form
        self.layout_name = None
        self.forecast_period = None
        self.district_subset = None  # keeps a filtered copy of the districts alive during a run
        self.districts_picked = False  # the user chose the districts (or none): keep that
        self.patterns_for = None  # (risk layer id, emerging hot spots layer id) of a run
        form = self.form
        form.focusLayerCombo.setFilters(LayerFilter.PolygonLayer)
        form.districtLayerCombo.setFilters(LayerFilter.PolygonLayer)
        form.districtLayerCombo.setAllowEmptyLayer(True)
        form.driversFieldCombo.setAllowEmptyFieldName(True)
        form.focusLayerCombo.layerChanged.connect(self.focus_layer_changed)
        form.districtLayerCombo.layerChanged.connect(self.district_layer_changed)
        form.districtFieldCombo.fieldChanged.connect(self.fill_districts)
        form.districtLayerCombo.activated.connect(self.districts_picked_by_user)
        dock.data_step.rolesChanged.connect(self.roles_changed)
        form.paperCombo.addItems(PAPER_SIZES.labels(QCoreApplication.translate))  # in index order
        form.formatCombo.addItem(self.tr("PDF"), "pdf")
        form.formatCombo.addItem(self.tr("PNG (an image per page)"), "png")
        form.formatCombo.addItem(self.tr("PDF and PNG"), "both")
        form.outputFile.setStorageMode(QgsFileWidget.SaveFile)
        form.outputFile.setFilter(self.tr("PDF files (*.pdf)"))
        form.titleEdit.setText(self.tr("Patrol focus areas"))
        form.classificationEdit.setText(default_classification())
        form.periodEdit.setText(default_period())
        form.outputFile.setFilePath(default_output_path())
        form.designerButton.setEnabled(False)
        self.add_larger_view()
        form.previewButton.clicked.connect(self.preview)
        form.exportButton.clicked.connect(self.export)
        form.designerButton.clicked.connect(self.open_designer)
        self.focus_layer_changed(form.focusLayerCombo.currentLayer())
        self.choose_districts_layer()

    # --- choosing -------------------------------------------------------------------------

    def focus_layer_changed(self, layer):
        form = self.form
        for combo in (form.scoreFieldCombo, form.idFieldCombo, form.driversFieldCombo):
            combo.setLayer(layer)
        if layer is None:
            return
        form.scoreFieldCombo.setField(score_field(layer) or "")
        form.idFieldCombo.setField(area_name_field(layer) or "")
        form.driversFieldCombo.setField(first_named(layer.fields().names(), DRIVER_NAMES) or "")

    def districts_picked_by_user(self, *_):
        self.districts_picked = True

    def roles_changed(self):
        """Layers loaded in step 1: districts among them are the pages, unless the user
        chose."""
        if not self.districts_picked and self.form.districtLayerCombo.currentLayer() is None:
            self.choose_districts_layer()

    def choose_districts_layer(self):
        """Picks the layer with the role "districts" in step 1, else one named like districts
        (wijken, districts, stadsdelen), when there is one."""
        by_role = self.dock.data_step.layers_with_role("districts")
        by_name = [layer for layer in QgsProject.instance().mapLayers().values()
                   if is_district_layer(layer)]
        polygons = [layer for layer in by_role + by_name
                    if layer.type() == LayerType.Vector and
                    layer.geometryType() == GeometryType.Polygon]
        if polygons:
            self.form.districtLayerCombo.setLayer(polygons[0])
        self.district_layer_changed(self.form.districtLayerCombo.currentLayer())

    def district_layer_changed(self, layer):
        self.form.districtFieldCombo.setLayer(layer)
        if layer is not None:
            self.form.districtFieldCombo.setField(district_name_field(layer) or "")
        self.fill_districts()

    def fill_districts(self, *_):
        district_list = self.form.districtList
        district_list.clear()
        layer = self.form.districtLayerCombo.currentLayer()
        field = self.form.districtFieldCombo.currentField()
        if layer is None or not field:
            return
        index = layer.fields().indexOf(field)
        for value in sorted(str(v) for v in layer.uniqueValues(index) if v is not None):
            item = QListWidgetItem(value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            district_list.addItem(item)

    def checked_districts(self):
        district_list = self.form.districtList
        return [district_list.item(i).text() for i in range(district_list.count())
                if district_list.item(i).checkState() == Qt.CheckState.Checked]

    def use_results(self, results):
        """After an analysis: map the risk scores (or the overlay) for the coming period; with
        emerging hot spots on the same areas, the list says each area's pattern."""
        for key in ("risk", "overlay"):
            layer = result_layer(results, key)
            if layer is not None:
                self.form.focusLayerCombo.setLayer(layer)
                break
        risk, emerging = result_layer(results, "risk"), result_layer(results, "emerging")
        self.patterns_for = (risk.id(), emerging.id()) if risk and emerging else None
        period = results.get("risk", {}).get("FORECAST_PERIOD")
        if period:
            self.form.periodEdit.setText(self.tr("Forecast for {}").format(period))
        self.choose_districts_layer()

    # --- running --------------------------------------------------------------------------

    def districts(self):
        """The districts layer, narrowed to the checked districts (a copy in memory).

        Not a filter on the user's layer: on a GeoPackage, QGIS 3.22 switches the file to
        WAL journaling when a filter is set, and its read-only connections then fail with
        'unable to open database file' once the last writer closes."""
        layer = self.form.districtLayerCombo.currentLayer()
        chosen = self.checked_districts()
        if layer is None or not chosen:
            return layer
        field = self.form.districtFieldCombo.currentField()
        values = ", ".join(QgsExpression.quotedValue(value) for value in chosen)
        self.district_subset = layer.materialize(QgsFeatureRequest().setFilterExpression(
            f"{QgsExpression.quotedColumnRef(field)} IN ({values})"))
        self.district_subset.setName(layer.name())
        return self.district_subset

    def parameters(self, pdf_path, png_path):
        form = self.form
        focus = form.focusLayerCombo.currentLayer()
        if focus is None:
            raise ValueError(self.tr("Choose the focus areas: run step 2 or pick a polygon layer "
                                "with scores."))
        problem = score_field_problem(focus, form.scoreFieldCombo.currentField())
        if problem:
            raise ValueError(problem)
        districts = self.districts()
        return {
            "INPUT": focus, "SCORE_FIELD": form.scoreFieldCombo.currentField(),
            "ID_FIELD": form.idFieldCombo.currentField(),
            "DRIVERS_FIELD": form.driversFieldCombo.currentField() or None,
            "EMERGING": self.emerging_patterns(focus, form.idFieldCombo.currentField()),
            "TOP_N": form.topNSpin.value(),
            "DISTRICTS": districts,
            "DISTRICT_NAME_FIELD": form.districtFieldCombo.currentField() if districts else None,
            "TITLE": form.titleEdit.text(), "PERIOD": form.periodEdit.text(),
            "CLASSIFICATION": form.classificationEdit.text(),
            "PAPER": form.paperCombo.currentIndex(),
            "PURPOSE": self.tr("Wijkradar dock: patrol focus map for the briefing"),
            "OUTPUT_PDF": pdf_path, "OUTPUT_PNG": png_path,
        }

    def emerging_patterns(self, focus, id_field):
        """The emerging hot spots of the last analysis when the focus areas are that
        analysis's risk scores and the list names them by the id both share, else None."""
        if self.patterns_for is None or focus.id() != self.patterns_for[0]:
            return None
        emerging = QgsProject.instance().mapLayer(self.patterns_for[1])
        if emerging is None or emerging.fields().lookupField(id_field) < 0:
            return None
        return emerging

    def run_map(self, pdf_path, png_path):
        """Runs patrol_focus_map; returns its results, or None after telling the user why."""
        from qgis import processing

        self.set_busy(True)
        feedback = MainThreadFeedback(self.form.briefingProgressBar)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        try:
            parameters = self.parameters(pdf_path, png_path)
            results = processing.run("wijkradar:patrol_focus_map", parameters,
                                     context=context, feedback=feedback)
            self.form.briefingProgressBar.setValue(100)
            return results
        except (ValueError, QgsProcessingException) as error:
            details = "\n".join(feedback.errors)
            self.dock.notify(str(error).strip() or details, Qgis.Critical, details)
            return None
        finally:
            self.district_subset = None
            self.set_busy(False)

    def preview(self):
        folder = tempfile.mkdtemp(prefix="wijkradar-preview-")
        results = self.run_map(os.path.join(folder, "preview.pdf"),
                               os.path.join(folder, "preview.png"))
        if results is None:
            return None
        pages = [path for path in results["OUTPUT_PNG"].split(";") if path]
        pixmap = QPixmap(pages[0]) if pages else QPixmap()
        label = self.form.previewLabel
        label.setPixmap(pixmap.scaled(max(label.width(), 200), max(label.height(), 140),
                                      Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))
        label.setToolTip(self.tr("Page 1 of {}: click for a larger view").format(
            results["PAGES"]))
        self.preview_pages = pages
        self.larger_view_button.setEnabled(bool(pages))
        self.layout_ready(results)
        return pages[0] if pages else None

    # --- the larger view ------------------------------------------------------------------

    def add_larger_view(self):
        """A button beside Preview, and a click on the thumbnail, open the pages at a size
        that can be read."""
        self.preview_pages = []
        self.larger_view = None
        self.larger_view_button = QPushButton(self.tr("Larger view"))
        self.larger_view_button.setEnabled(False)
        self.larger_view_button.clicked.connect(self.open_larger_view)
        buttons = self.form.briefingButtons
        buttons.insertWidget(buttons.indexOf(self.form.previewButton) + 1,
                             self.larger_view_button)
        self.form.previewLabel.setCursor(Qt.CursorShape.PointingHandCursor)
        self.form.previewLabel.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if (watched is self.form.previewLabel and self.preview_pages and
                event.type() == QEvent.Type.MouseButtonRelease):
            self.open_larger_view()
            return True
        return super().eventFilter(watched, event)

    def open_larger_view(self):
        from .page_preview import PagePreviewDialog

        if not self.preview_pages:
            return None
        if self.larger_view is not None:
            self.larger_view.close()
        self.larger_view = PagePreviewDialog(self.preview_pages,
                                             self.form.titleEdit.text(), self.dock)
        self.larger_view.show()
        return self.larger_view

    def export(self):
        path = self.form.outputFile.filePath()
        if not path:
            self.dock.notify(self.tr("Choose where to save the map (Save as)."), Qgis.Warning)
            return None
        base = os.path.splitext(path)[0]
        kind = self.form.formatCombo.currentData()
        pdf_path = base + ".pdf" if kind != "png" else os.path.join(
            tempfile.mkdtemp(prefix="wijkradar-map-"), "map.pdf")
        png_path = base + ".png" if kind != "pdf" else None
        results = self.run_map(pdf_path, png_path)
        if results is None:
            return None
        written = ([pdf_path] if kind != "png" else []) + \
            [p for p in (results.get("OUTPUT_PNG") or "").split(";") if p]
        self.form.briefingStatusLabel.setText(self.tr("Written: {}").format(", ".join(written)))
        self.dock.notify(self.tr("Patrol focus map written: {} page(s).").format(results["PAGES"]),
                         Qgis.Success)
        self.layout_ready(results)
        return written

    def layout_ready(self, results):
        self.layout_name = results.get("LAYOUT")
        self.form.designerButton.setEnabled(bool(self.layout_name) and
                                            self.dock.iface is not None)

    def open_designer(self):
        layout = layout_session.kept_layout(self.layout_name or "")
        if layout is None:
            self.dock.notify(self.tr("Export or preview the map first."), Qgis.Info)
            return None
        return self.dock.iface.openLayoutDesigner(layout)

    def set_busy(self, busy):
        for button in (self.form.previewButton, self.form.exportButton):
            button.setEnabled(not busy)
        self.form.briefingStatusLabel.setText(self.tr("Making the map…") if busy else "")


def result_layer(results, key):
    """The project's layer of a step's OUTPUT, or None."""
    source = (results.get(key) or {}).get("OUTPUT")
    if not source:
        return None
    return next((layer for layer in QgsProject.instance().mapLayers().values()
                 if layer.source().split("|")[0] == source.split("|")[0]), None)


def default_period():
    """This ISO week: the briefing is weekly."""
    year, week, _ = date.today().isocalendar()
    return QCoreApplication.translate("BriefingStep", "Week {week}, {year}").format(
        week=week, year=year)


def default_output_path():
    """Beside the project when it is saved, else in Documents/Wijkradar; named by the week."""
    folder = default_export_folder(QgsProject.instance())
    year, week, _ = date.today().isocalendar()
    return os.path.join(folder, f"patrol_focus_map_{year}-W{week:02d}.pdf")
