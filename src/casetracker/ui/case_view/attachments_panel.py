"""Attachments of a filing (or of the case): list, add, open, save a copy, preview PDFs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casetracker.atomic import write_bytes
from casetracker.domain.attachments import (
    annex_code,
    annex_sort_key,
    safe_file_name,
    visible_name,
)
from casetracker.domain.errors import CasetrackerError
from casetracker.domain.records import AttachmentInfo
from casetracker.services import filings
from casetracker.store import Database
from casetracker.ui.case_view.attachment_opener import open_attachment
from casetracker.ui.error_text import describe_error
from casetracker.ui.formats import datetime_sample, format_size, format_utc
from casetracker.ui.messages import confirm_delete, show_error
from casetracker.ui.operations import WriteOp
from casetracker.ui.table_model import Column, RecordTableModel
from casetracker.ui.tables import RecordTable, setup_table
from casetracker.ui.temp_files import copies_key
from casetracker.ui.undo import UndoController

COLUMNS: tuple[Column[AttachmentInfo], ...] = (
    # Invisible characters spelled out: a direction override cannot disguise the type.
    Column(QT_TRANSLATE_NOOP("Columns", "File"), lambda a: visible_name(a.filename)),
    Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda a: a.media_type),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Size"),
        lambda a: format_size(a.size),
        sort_key=lambda a: a.size,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "SHA-256"), lambda a: a.sha256),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Added"),
        lambda a: format_utc(a.added_at),
        sort_key=lambda a: a.added_at,
    ),
)


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files being dragged (folders and remote URLs are ignored)."""
    if not event.mimeData().hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


def _size(path: Path) -> int:
    """The file's size; 0 when it cannot be read (attaching it then says why)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


class AttachmentsPanel(QWidget):
    """The attachments of one filing, or the case's own documents when no filing is chosen."""

    files_added = Signal(int)

    def __init__(self, db: Database, undo: UndoController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo = undo
        self.case_id: int | None = None
        self.filing_id: int | None = None
        self.setAcceptDrops(True)
        self.caption = QLabel(self)
        self._annex_codes: dict[int, str] = {}
        self._last_selected: int | None = None
        annex = Column(
            QT_TRANSLATE_NOOP("Columns", "Annex"),
            lambda a: self._annex_codes.get(a.id, ""),
            sort_key=lambda a: annex_sort_key(a.annex_position, a.id),
        )
        self.model: RecordTableModel[AttachmentInfo] = RecordTableModel((annex, *COLUMNS), self)
        self.table = RecordTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Attachments"))
        self.table.setSortingEnabled(True)
        widths: dict[int, int | str] = {0: "00-AA", 1: 28, 2: 16, 3: "000.0 MB"}
        setup_table(self.table, {**widths, 5: datetime_sample()}, stretch=4)
        buttons = QHBoxLayout()
        self.add_button = self._button(buttons, self.tr("Add file…"), self.choose_files)
        self.open_button = self._button(buttons, self.tr("Open"), self.open_selected)
        self.save_button = self._button(buttons, self.tr("Save a copy…"), self.save_copy)
        self.delete_button = self._button(buttons, self.tr("Delete"), self.delete_selected)
        # The annexes' order (1-A, 1-B …) is the order they are listed in the escrito.
        self.up_button = self._button(buttons, self.tr("Move up"), lambda: self.move_annex(-1))
        self.down_button = self._button(buttons, self.tr("Move down"), lambda: self.move_annex(1))
        for button, key, text in (
            (self.up_button, "Ctrl+Shift+Up", self.tr("Earlier among the annexes (%1)")),
            (self.down_button, "Ctrl+Shift+Down", self.tr("Later among the annexes (%1)")),
        ):
            shortcut = QShortcut(QKeySequence(key), self.table, button.click)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            button.setToolTip(text.replace("%1", QKeySequence(key).toString(
                QKeySequence.SequenceFormat.NativeText)))  # fmt: skip
        buttons.addStretch(1)
        hint = QLabel(self.tr("Drop files here to attach them."), self)
        hint.setEnabled(False)
        hint.setWordWrap(True)
        hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        buttons.addWidget(hint, 1)
        self.preview = PdfPreview(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.caption)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 1)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.table.doubleClicked.connect(self.open_selected)
        self.table.edit_requested.connect(self.open_selected)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._selection_changed()

    def _button(self, layout: QHBoxLayout, text: str, handler: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(handler)  # type: ignore[arg-type]
        layout.addWidget(button)
        return button

    def show_attachments(
        self,
        case_id: int,
        filing_id: int | None,
        attachments: Sequence[AttachmentInfo],
        caption: str,
        escrito_number: int | None = None,
    ) -> None:
        """Show ``attachments``; a filing's in the order of its annexes, each with its
        code (1-A, 1-B … after ``escrito_number``)."""
        # The case view reloads after every change (moving an annex too): the attachment
        # selected last stays selected when it is shown again.
        selected = self._last_selected
        self.case_id, self.filing_id = case_id, filing_id
        self.caption.setText(caption)
        ordered = sorted(attachments, key=lambda a: annex_sort_key(a.annex_position, a.id))
        self._annex_codes = (
            {a.id: annex_code(escrito_number, i) for i, a in enumerate(ordered)}
            if filing_id is not None
            else {}
        )
        self.model.set_records(ordered)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        if selected is not None and (row := self.model.row_of(selected)) is not None:
            self.table.selectRow(row)

    def selected(self) -> AttachmentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def show_found(self, attachment_id: int, page: int, words: str) -> bool:
        """Select an attachment and show ``page`` of it with ``words`` highlighted."""
        row = self.model.row_of(attachment_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.preview.show_page(page, words)
        return True

    def annex_order(self) -> list[AttachmentInfo]:
        """The filing's attachments in the order of its annexes."""
        return sorted(self.model.records(), key=lambda a: annex_sort_key(a.annex_position, a.id))

    def move_annex(self, step: int) -> None:
        """Move the selected annex ``step`` places (-1: earlier) and save the order."""
        attachment, filing_id = self.selected(), self.filing_id
        order = [a.id for a in self.annex_order()]
        if attachment is None or filing_id is None:
            return
        index = order.index(attachment.id)
        if not 0 <= index + step < len(order):
            return
        order[index], order[index + step] = order[index + step], order[index]
        db = self.db
        WriteOp(self, lambda: filings.order_annexes(db, filing_id, order)).run()

    def _selection_changed(self, *_args: object) -> None:
        attachment = self.selected()
        if attachment is not None:
            self._last_selected = attachment.id
        for button in (self.open_button, self.save_button, self.delete_button):
            button.setEnabled(attachment is not None)
        order = [a.id for a in self.annex_order()] if self.filing_id is not None else []
        at = order.index(attachment.id) if attachment is not None and order else -1
        self.up_button.setEnabled(at > 0)
        self.down_button.setEnabled(0 <= at < len(order) - 1)
        self.add_button.setEnabled(self.case_id is not None)
        self.preview.show_attachment(self.db, attachment)

    # -- adding ---------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.add_files([Path(name) for name in names])

    def add_files(self, paths: Sequence[Path], filing_id: int | None = -1) -> None:
        """Attach ``paths`` in the background (to ``filing_id``; -1: the one shown)."""
        case_id = self.case_id
        target = self.filing_id if filing_id == -1 else filing_id
        if case_id is None or not paths:
            return
        too_big = [p for p in paths if _size(p) > filings.MAX_ATTACHMENT_BYTES]
        if too_big:
            limit = filings.MAX_ATTACHMENT_BYTES // 2**20
            names = ", ".join(p.name for p in too_big)
            show_error(
                self,
                self.tr(
                    "Not attached: %1. Attachments are limited to %2 MB; keep "
                    "larger files in the office archive."
                )
                .replace("%1", names)
                .replace("%2", str(limit)),
            )
            paths = [p for p in paths if p not in too_big]
            if not paths:
                return

        db = self.db

        def attach() -> list[str]:  # one transaction per file: a bad one keeps the others
            problems = []
            for path in paths:
                try:
                    filings.add_attachment_file(db, case_id, path, target)
                except CasetrackerError as error:
                    problems.append(f"{path.name}: {describe_error(error)}")
            return problems

        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        WriteOp(self, attach).success(self._attached).failure(self._attach_failed).run()

    def _attached(self, problems: list[str]) -> None:
        QApplication.restoreOverrideCursor()
        self.files_added.emit(len(problems))
        if problems:
            show_error(self, "\n".join(problems))

    def _attach_failed(self, error: BaseException) -> None:
        QApplication.restoreOverrideCursor()
        show_error(self, error)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event) and self.case_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_files(dropped_files(event))
        event.acceptProposedAction()

    # -- using -------------------------------------------------------------------------------

    def open_selected(self, *_args: object) -> None:
        """Open a temporary copy with the system's program; ask first if it would run."""
        attachment = self.selected()
        if attachment is None:
            return
        data = filings.attachment_bytes(self.db, attachment.id)
        open_attachment(self, copies_key(self.db), attachment.filename, data)

    def save_copy(self) -> None:
        attachment = self.selected()
        if attachment is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), safe_file_name(attachment.filename)
        )
        if name:
            try:
                write_bytes(name, filings.attachment_bytes(self.db, attachment.id))
            except CasetrackerError as error:
                show_error(self, error)

    def delete_selected(self) -> None:
        attachment = self.selected()
        if attachment is None or not confirm_delete(self, attachment.filename):
            return
        self.undo.delete("attachment", attachment.id, self)


class PdfPreview(QStackedWidget):
    """The first pages of a PDF attachment, or a note that there is nothing to preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("PDF preview"))
        self.note = QLabel(self.tr("Select a PDF attachment to preview it."), self)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        # Highlights the words a search found (on pages with a text layer; a scan's
        # words were read by OCR and are not in the PDF itself).
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.view.setSearchModel(self.search_model)
        self.addWidget(self.note)
        self.addWidget(self.view)
        self._buffer: QBuffer | None = None
        self.shown_id: int | None = None

    def show_attachment(self, db: Database, attachment: AttachmentInfo | None) -> None:
        if attachment is not None and attachment.id == self.shown_id:
            return
        self.document.close()
        self.shown_id = None
        if attachment is None or attachment.media_type != "application/pdf":
            text = (
                self.tr("Select a PDF attachment to preview it.")
                if attachment is None
                else self.tr("No preview for this type of file; use Open.")
            )
            self.note.setText(text)
            self.setCurrentWidget(self.note)
            return
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(filings.attachment_bytes(db, attachment.id)))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() == QPdfDocument.Status.Error:
            self.note.setText(self.tr("This PDF cannot be shown; use Open."))
            self.setCurrentWidget(self.note)
            return
        self.shown_id = attachment.id
        self.setCurrentWidget(self.view)

    def show_page(self, page: int, words: str) -> None:
        """Jump to ``page`` (from 1) and highlight ``words``."""
        if self.currentWidget() is not self.view:
            return
        self.search_model.setSearchString(words.strip())
        last = max(self.document.pageCount() - 1, 0)
        self.view.pageNavigator().jump(min(max(page - 1, 0), last), QPointF(), 0)

    def current_page(self) -> int:
        """The page shown, from 1 (0 when no PDF is shown)."""
        if self.currentWidget() is not self.view:
            return 0
        return self.view.pageNavigator().currentPage() + 1

    def page_count(self) -> int:
        return self.document.pageCount() if self.currentWidget() is self.view else 0
