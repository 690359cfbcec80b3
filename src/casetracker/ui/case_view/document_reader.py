"""Reads the text of new attachments in the background, shown in the status bar with Cancel.

Whatever is unread is read: attachments added in this session, those left when the app
was closed mid-way, and those from before the upgrade. One job at a time; an
attachment added meanwhile starts another pass when this one ends.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from casetracker.domain.changes import ANY_ID, Change, ChangeKind, ChangeSet
from casetracker.services import document_text
from casetracker.store import Database
from casetracker.ui.events import broadcast, data_events
from casetracker.ui.worker import Cancelled, Job, Progress, run_in_background

# Entities whose change can leave an attachment unread.
_WATCHED = ("attachment", "filing", "case")
# What a pass of reading changed, for the views that show documents' text.
_TEXTS_READ = ChangeSet((Change("document_text", ANY_ID, None, ChangeKind.UPDATED),))


class DocumentReader(QObject):
    """Runs :func:`document_text.read_unread` off the GUI thread whenever there is work."""

    progress = Signal(int, int, str)  # done, total, file name being read
    finished = Signal(str)  # a one-line summary, "" when there was nothing to read

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.job: Job | None = None
        self._again = False
        self._started = False

    def start(self) -> None:
        """Read what is unread now, and again after every change to attachments."""
        if not self._started:
            self._started = True
            data_events().changed.connect(self._on_changed)
        self.read_now()

    def read_now(self) -> None:
        if self.job is not None:
            self._again = True
            return
        db = self.db

        def read(progress: Progress) -> document_text.ReadingSummary:
            return document_text.read_unread(
                db, progress.report, cancelled=lambda: progress.cancelled
            )

        self._again = False
        # Bound methods, not self.progress.emit: Qt drops a method's connection when
        # this object is deleted (the window closed while a scan is being read).
        self.job = run_in_background(read, self._done, self._failed, self._progressed)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.progress.cancel()

    @property
    def running(self) -> bool:
        return self.job is not None

    def _progressed(self, done: int, total: int, name: str) -> None:
        self.progress.emit(done, total, name)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*_WATCHED):
            self.read_now()

    def _done(self, summary: document_text.ReadingSummary) -> None:
        self.job = None
        if summary.read or summary.failed or summary.waiting_for_ocr:
            broadcast(_TEXTS_READ)
        parts = []
        if summary.read:
            parts.append(self.tr("%n document(s) read", "", summary.read))
        if summary.failed:
            parts.append(self.tr("%n could not be read", "", summary.failed))
        if summary.waiting_for_ocr:
            parts.append(self.tr("%n scan(s) wait for OCR", "", summary.waiting_for_ocr))
        self.finished.emit("; ".join(parts))
        if self._again:
            self.read_now()

    def _failed(self, error: BaseException) -> None:
        self.job = None
        broadcast(_TEXTS_READ)
        if isinstance(error, Cancelled | document_text.ReadingCancelled):
            self.finished.emit(self.tr("Reading documents cancelled; it resumes next time."))
            return
        self.finished.emit(self.tr("Reading documents stopped: %1").replace("%1", str(error)))


class DocumentReaderStatus(QWidget):
    """The status-bar part: what is being read, a Cancel button, and whether OCR works."""

    def __init__(self, reader: DocumentReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.label = QLabel(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel reading documents"))
        self.cancel_button.clicked.connect(reader.cancel)
        self.cancel_button.hide()
        self.ocr_note = QLabel(self)
        self.ocr_note.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ocr_note)
        layout.addWidget(self.label)
        layout.addWidget(self.cancel_button)
        reader.progress.connect(self._progress)
        reader.finished.connect(self._finished)

    def check_ocr(self) -> None:
        """Say plainly, once, when scans cannot be read on this machine."""
        problem = document_text.ocr_problem()
        self.ocr_note.setVisible(problem is not None)
        if problem is not None:
            self.ocr_note.setText(self.tr("OCR not available: scans are not read"))
            self.ocr_note.setToolTip(problem)

    def _progress(self, done: int, total: int, name: str) -> None:
        if done >= total:
            return
        self.label.setText(
            self.tr("Reading documents %1 of %2: %3")
            .replace("%1", str(done + 1))
            .replace("%2", str(total))
            .replace("%3", name)
        )
        self.cancel_button.show()

    def _finished(self, summary: str) -> None:
        self.cancel_button.hide()
        self.label.setText(summary)
