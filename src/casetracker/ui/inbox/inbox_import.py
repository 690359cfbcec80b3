"""Court documents dropped on the window or picked from a folder: read, then confirmed.

Reading (OCR of a scan takes seconds a page) runs off the GUI thread behind a progress
dialog with Cancel; then :class:`InboxDialog` shows the proposals one by one. Dropped
on a case, a document that names no case of the database is proposed for that case.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from casetracker.domain.errors import CasetrackerError, ValidationError
from casetracker.services import document_text, inbox
from casetracker.services.inbox import DOCUMENT_SUFFIXES, InboxProposal
from casetracker.store import Database
from casetracker.ui.error_text import describe_error
from casetracker.ui.inbox.inbox_dialog import InboxDialog
from casetracker.ui.messages import show_error
from casetracker.ui.worker import Cancelled, Job, Progress, run_in_background


@dataclass(frozen=True, slots=True)
class _Read:
    proposals: list[InboxProposal]
    problems: list[str]


def court_documents_dropped(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local documents and folders being dragged (other files are left out)."""
    if not event.mimeData().hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
    return [p for p in paths if p.is_dir() or p.suffix.lower() in DOCUMENT_SUFFIXES]


def read_documents(
    db: Database, paths: list[Path], progress: Progress, case_id: int | None = None
) -> _Read:
    """Every document's proposals, and one line for each file that could not be read."""
    proposals: list[InboxProposal] = []
    problems: list[str] = []
    files = inbox.documents_in(paths)
    for done, path in enumerate(files):
        progress.report(done, len(files), path.name)
        try:
            found = inbox.propose(db, path, cancelled=lambda: progress.cancelled)
        except ValidationError as error:
            problems.append(error.message)
            continue
        for proposal in found:
            if proposal.case_id is None and case_id is not None:
                proposal = inbox.revise(db, replace(proposal, case_id=case_id))
            proposals.append(proposal)
    progress.report(len(files), len(files), "")
    return _Read(proposals, problems)


class InboxImport(QObject):
    """Reads court documents for the window ``parent`` and opens the dialog to confirm them."""

    notice = Signal(str)  # what happened, for the status bar
    case_saved = Signal(int)

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.db = db
        self.window = parent
        self.job: Job | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.dialog: InboxDialog | None = None

    def pick_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import court documents"),
            "",
            self.tr("Court documents (%1)").replace(
                "%1", " ".join(f"*{suffix}" for suffix in sorted(DOCUMENT_SUFFIXES))
            ),
        )
        if names:
            self.import_paths([Path(name) for name in names])

    def pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Import the court documents of a folder")
        )
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path], case_id: int | None = None) -> None:
        """Read ``paths`` (files and folders) in the background, then propose each document."""
        if self.job is not None or self.dialog is not None:
            self.notice.emit(self.tr("Court documents are already being imported."))
            return
        db = self.db
        dialog = QProgressDialog(
            self.tr("Reading court documents…"), self.tr("Cancel"), 0, 0, self.window
        )
        dialog.setWindowTitle(self.tr("Import court documents"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress_dialog = dialog

        def read(progress: Progress) -> _Read:
            return read_documents(db, paths, progress, case_id)

        self.job = run_in_background(read, self._read, self._failed, self._progressed)
        dialog.canceled.connect(self.job.progress.cancel)
        dialog.show()

    def _progressed(self, done: int, total: int, name: str) -> None:
        if self.progress_dialog is None:
            return
        self.progress_dialog.setMaximum(total)
        self.progress_dialog.setValue(done)
        if name:
            self.progress_dialog.setLabelText(
                self.tr("Reading %1 (%2 of %3)…")
                .replace("%1", name)
                .replace("%2", str(done + 1))
                .replace("%3", str(total))
            )

    def _close_progress(self) -> None:
        self.job = None
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect()
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, Cancelled | document_text.ReadingCancelled):
            self.notice.emit(self.tr("Import of court documents cancelled; nothing was saved."))
            return
        if isinstance(error, CasetrackerError):
            show_error(self.window, describe_error(error))
            return
        show_error(self.window, self.tr("The documents could not be read: %1").replace(
            "%1", type(error).__name__))  # fmt: skip

    def _read(self, found: _Read) -> None:
        self._close_progress()
        if not found.proposals:
            problems = "; ".join(found.problems) or self.tr("no court document was found")
            show_error(self.window, self.tr("Nothing to import: %1").replace("%1", problems))
            return
        dialog = InboxDialog(self.db, found.proposals, found.problems, self.window)
        dialog.case_saved.connect(self.case_saved)
        dialog.summarised.connect(self.notice)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
