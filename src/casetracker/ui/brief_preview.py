"""The pages of a generated document, shown with QtPdf, and printed from the same PDF.

The PDF is kept in memory (a ``QBuffer``), never in a temporary file: briefs name
protected people, and a laptop can be seized.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMargins,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QPageSize, QPainter, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casetracker.ui import icons
from casetracker.ui.live_text import LiveLabel

PRINT_DPI = 300
"""Pages are rasterised at this resolution for printing: sharp text, bounded memory.

(A "high resolution" printer reports 1200 dpi; an A4 page at that size is 550 MB.)
"""


class BriefPreview(QWidget):
    """A note and the page indicator over either a message (busy while generating) or
    the document's pages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._stack = QStackedWidget(self)
        self._build_message_page()
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocumentMargins(QMargins(16, 16, 16, 16))
        self.view.setAccessibleName(self.tr("Preview of the document"))
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._stack.addWidget(self._message_page)
        self._stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._build_header())
        layout.addWidget(self._stack, 1)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        self.show_message("")

    def _build_header(self) -> QHBoxLayout:
        self.note_icon = QLabel(self)
        size = self.fontMetrics().height()
        self.note_icon.setPixmap(icons.information().pixmap(size, size))
        self.note = LiveLabel(self.tr("About the preview"), self, politeness=None)
        self.note.setWordWrap(True)
        self.page_label = LiveLabel(self.tr("Page shown"), self, politeness=None)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(self.note_icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.note, 1)
        header.addWidget(self.page_label)
        self.set_note("")
        return header

    def set_note(self, text: str) -> None:
        """A remark over the pages (e.g. that a DOCX is previewed as PDF); "" hides it."""
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self.note_icon.setVisible(bool(text))

    def _show_page_number(self, page: int) -> None:
        count = self.page_count()
        text = self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(count))
        self.page_label.setText(text if count else "")

    def _build_message_page(self) -> None:
        page = QFrame(self)
        page.setFrameShape(QFrame.Shape.StyledPanel)
        page.setBackgroundRole(QPalette.ColorRole.Base)
        page.setAutoFillBackground(True)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.message = LiveLabel(self.tr("Preview status"), page)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar(page)
        self.busy.setRange(0, 0)  # indeterminate: composing has no countable steps
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(220)
        self.busy.setAccessibleName(self.tr("Generating the document"))
        layout.addWidget(self.message)
        layout.addSpacing(8)
        layout.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self._message_page = page

    # -- what is shown -------------------------------------------------------------------

    def show_busy(self, text: str) -> None:
        """A busy bar and ``text`` instead of the pages."""
        self.clear()
        self.message.setText(text)
        self.busy.show()
        self._stack.setCurrentWidget(self._message_page)
        self.setCursor(Qt.CursorShape.BusyCursor)

    def show_message(self, text: str) -> None:
        """Only ``text`` (no pages, no busy bar): nothing generated, or it failed."""
        self.clear()
        self.message.setText(text)
        self.busy.hide()
        self._stack.setCurrentWidget(self._message_page)
        self.unsetCursor()

    def show_pdf(self, data: bytes) -> None:
        """Show the pages of the PDF ``data``; raises ValueError if Qt cannot read it."""
        self.clear()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        # A QBuffer loads synchronously; the status is final when load() returns.
        self.document.load(buffer)
        if self.document.status() is not QPdfDocument.Status.Ready:
            self.clear()
            raise ValueError(self.tr("The generated PDF could not be displayed."))
        self.unsetCursor()
        self._stack.setCurrentWidget(self.view)
        navigator = self.view.pageNavigator()
        navigator.jump(0, QPointF(0, 0))
        self._show_page_number(navigator.currentPage())

    def clear(self) -> None:
        """Forget the shown document and free its buffer."""
        self.page_label.setText("")
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def page_count(self) -> int:
        """Pages of the document shown (0 while there is none)."""
        if self.document.status() is not QPdfDocument.Status.Ready:
            return 0
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    # -- printing ------------------------------------------------------------------------

    def print_with_dialog(self, name: str) -> int:
        """Ask the system print dialog for a printer (A4), then print; return the pages sent.

        ``name`` is the job's name in the printer queue. 0 when the user cancelled.
        """
        count = self.page_count()
        if count == 0:
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)  # the PDF pages carry their own margins
        printer.setDocName(name)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print document"))
        dialog.setMinMax(1, count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint the pages the printer asks for (its page range, else all); return how many.

        Pages are rasterised one at a time, each fitted to the printer's paper keeping
        its proportions; a progress dialog with Cancel appears for long documents.
        """
        count = self.page_count()
        if count == 0:
            return 0
        first = max(printer.fromPage(), 1) - 1 if printer.fromPage() else 0
        last = min(printer.toPage(), count) - 1 if printer.toPage() else count - 1
        progress = QProgressDialog(
            self.tr("Sending the pages to the printer…"), self.tr("Cancel"), first, last + 1, self
        )
        progress.setWindowTitle(self.tr("Printing"))
        progress.setMinimumDuration(500)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(self.tr("The printer could not be started."))
        printed = 0
        try:
            for page in range(first, last + 1):
                if progress.wasCanceled():
                    printer.abort()
                    break
                if page > first:
                    printer.newPage()
                self._paint_page(painter, printer, page)
                printed += 1
                progress.setValue(page + 1)
                QApplication.processEvents()  # keep the Cancel button alive
        finally:
            painter.end()
            progress.close()
        return printed

    def _paint_page(self, painter: QPainter, printer: QPrinter, page: int) -> None:
        points = self.document.pagePointSize(page)
        scale = PRINT_DPI / 72
        size = QSize(round(points.width() * scale), round(points.height() * scale))
        image = self.document.render(page, size)
        paper = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
        ratio = min(paper.width() / points.width(), paper.height() / points.height())
        width, height = points.width() * ratio, points.height() * ratio
        # Full-page mode: painter (0, 0) is the paper's corner; centre the page on it.
        target = QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height)
        painter.drawImage(target, image)
