"""A larger view of the patrol focus map's pages: the dock's preview is a thumbnail.

Opens on page 1 fitted to a window of most of the screen, so the list, legend and footer can
be read before printing; "Actual size" shows the page as rendered (150 dpi) with scroll bars,
and the arrows go through the pages (one per district).
"""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QGuiApplication, QPixmap
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)

SCREEN_SHARE = 0.85  # of the available screen the window takes at first


class PagePreviewDialog(QDialog):
    """Shows PNG pages one at a time, fitted to the window or at their actual size."""

    def __init__(self, pages, title, parent=None):
        super().__init__(parent)
        self.pages = list(pages)
        self.number = 0
        self.setWindowTitle(title)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.image)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setWidgetResizable(False)
        self.previous_button = QPushButton(self.tr("◀ Previous page"))
        self.next_button = QPushButton(self.tr("Next page ▶"))
        self.page_label = QLabel()
        self.actual_size = QCheckBox(self.tr("Actual size"))
        close_button = QPushButton(self.tr("Close"))
        self.previous_button.clicked.connect(lambda: self.show_page(self.number - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.number + 1))
        self.actual_size.toggled.connect(lambda _: self.show_page(self.number))
        close_button.clicked.connect(self.close)
        bar = QHBoxLayout()
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(self.actual_size)
        bar.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll)
        layout.addLayout(bar)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(int(screen.width() * SCREEN_SHARE), int(screen.height() * SCREEN_SHARE))
        self.show_page(0)

    def show_page(self, number):
        if not self.pages:
            return
        self.number = max(0, min(number, len(self.pages) - 1))
        pixmap = QPixmap(self.pages[self.number])
        if not self.actual_size.isChecked():
            room = self.scroll.viewport().size()
            pixmap = pixmap.scaled(max(room.width() - 4, 200), max(room.height() - 4, 140),
                                   Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.image.setPixmap(pixmap)
        self.image.resize(pixmap.size())
        self.page_label.setText(self.tr("Page {} of {}").format(self.number + 1, len(self.pages)))
        self.previous_button.setEnabled(self.number > 0)
        self.next_button.setEnabled(self.number < len(self.pages) - 1)

    def resizeEvent(self, event):  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if not self.actual_size.isChecked():
            self.show_page(self.number)
