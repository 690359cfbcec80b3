"""“Generate document…”: choose a brief, preview it inside the app, save it or print it.

Composing and rendering run on the thread pool, so the dialog stays usable. The
preview is always the PDF rendering of the composed document; a DOCX renders the
same composed document, so its text is identical.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casetracker.atomic import write_bytes
from casetracker.briefs.document import Document
from casetracker.domain.errors import CasetrackerError
from casetracker.services.briefs import (
    BriefFormat,
    BriefRequest,
    compose,
    render,
    with_annex_files,
)
from casetracker.store import Database
from casetracker.ui.briefs.brief_choices import BriefChoices, load_subject
from casetracker.ui.briefs.brief_preview import BriefPreview
from casetracker.ui.briefs.final_check import FinalVersionCheck
from casetracker.ui.error_text import describe_error
from casetracker.ui.live_text import LiveLabel
from casetracker.ui.save_location import suggested_path, with_suffix
from casetracker.ui.settings import Settings
from casetracker.ui.worker import Cancelled, Job, Progress, run_in_background

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Preview:
    """A composed document and its PDF rendering, for the preview and for saving."""

    document: Document
    pdf: bytes


@dataclass(frozen=True)
class _Outcome:
    task: str
    generation: int
    value: Any = None
    error: BaseException | None = None
    cancelled: bool = False


class BriefDialog(QDialog):
    """Choose kind and format of a brief, preview it, then save or print it."""

    def __init__(
        self,
        db: Database,
        *,
        case_id: int | None = None,
        matter_id: int | None = None,
        filing_id: int | None = None,
        lawyer_name: str = "",
        lawyer_registration: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.subject = load_subject(db, case_id=case_id, matter_id=matter_id, filing_id=filing_id)
        self.saved_path: Path | None = None
        self._current: _Preview | None = None
        self._requested: BriefRequest | None = None  # the newest preview asked for
        self._latest = {"preview": 0, "save": 0}
        self._jobs: dict[tuple[str, int], Job] = {}
        self._callbacks: dict[tuple[str, int], Callable[[Any], None]] = {}
        self._delete_when_idle = False
        self._final_check = FinalVersionCheck(self)
        self.setWindowTitle(self.tr("Generate document — %1").replace("%1", self.subject.name))
        self.setSizeGripEnabled(True)
        room = self.screen().availableGeometry()  # laptops of 1366×768 are common
        self.resize(min(1060, room.width() * 9 // 10), min(780, room.height() * 9 // 10))
        self.choices = BriefChoices(self.subject, filing_id, self)
        self.choices.set_signature(lawyer_name, lawyer_registration)
        self.preview = BriefPreview(self)
        self.preview.setMinimumWidth(480)
        body = QHBoxLayout()
        body.setSpacing(18)
        # Scrolls on a short screen (1366×768) rather than squeezing the choices.
        column = QScrollArea(self)
        column.setWidget(self.choices)
        column.setWidgetResizable(True)
        column.setFrameShape(QFrame.Shape.NoFrame)
        column.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.setFixedWidth(self.choices.width() + column.verticalScrollBar().sizeHint().width())
        body.addWidget(column)
        body.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(self._build_footer())
        self._connect()
        self._generate_preview()

    # -- building ------------------------------------------------------------------------

    def _build_footer(self) -> QHBoxLayout:
        self.save_button = self._button(self.tr("&Save…"), self.tr("Save the document"))
        self.print_button = self._button(self.tr("&Print…"), self.tr("Print the document"))
        self.folder_button = self._button(
            self.tr("Open containing f&older"), self.tr("Open the folder of the saved document")
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setAccessibleName(self.tr("Close"))
        for button in (self.folder_button, self.print_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # indeterminate: rendering has no countable steps
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(140)
        self.progress.setAccessibleName(self.tr("Saving"))
        self.progress.hide()
        self.status = LiveLabel(self.tr("Status"), self)
        self.status.setWordWrap(True)
        # Tab follows the eye: choices, pages, then the buttons from left to right.
        chain = (self.preview.view, self.folder_button, self.print_button, self.save_button, close)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        footer = QHBoxLayout()
        footer.addWidget(self.progress)
        footer.addWidget(self.status, 1)
        footer.addWidget(self.buttons)
        return footer

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)  # Enter in a field must not save or print
        button.setAccessibleName(accessible)
        return button

    def _connect(self) -> None:
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # a burst of arrow keys in the combo: one preview
        self._timer.timeout.connect(self._generate_preview)
        self.choices.changed.connect(self._choices_changed)
        self.choices.format_changed.connect(self._update_buttons)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_document)
        self.folder_button.clicked.connect(self.open_folder)
        self.buttons.rejected.connect(self.reject)
        for key, button, slot in (
            (QKeySequence.StandardKey.Save, self.save_button, self.save),
            (QKeySequence.StandardKey.Print, self.print_button, self.print_document),
        ):
            sequence = QKeySequence(key)
            QShortcut(sequence, self, slot)
            native = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{button.accessibleName()} ({native})")

    def request(self) -> BriefRequest:
        """The brief the choices describe now."""
        return self.choices.request()

    def document_ready(self) -> bool:
        """Whether the preview shows the current choices (Save and Print work)."""
        return self._current is not None and not self._is_running("preview")

    def _choices_changed(self) -> None:
        # Leaving a signature field unchanged also says "changed": compose only when
        # the document would differ (the format does not change what is composed).
        if _composed(self.request()) != self._requested:
            self._supersede("preview")  # a preview still being made is out of date
            self._requested = None
            self._current = None  # Save and Print wait for the new document
            self.preview.show_busy(self.tr("Preparing the preview…"))
            self._update_buttons()
            self._timer.start()

    # -- background work -----------------------------------------------------------------

    def _run(
        self, task: str, work: Callable[[Progress], Any], on_done: Callable[[Any], None]
    ) -> None:
        """Run ``work`` on the pool; only the newest job of ``task`` reports back."""
        generation = self._supersede(task)

        def job(progress: Progress) -> _Outcome:
            try:
                return _Outcome(task, generation, value=work(progress))
            except Cancelled:  # superseded or the dialog closed: nobody wants the result
                return _Outcome(task, generation, cancelled=True)
            except (CasetrackerError, OSError) as error:  # worded for the user
                return _Outcome(task, generation, error=error)
            except Exception as error:
                log.exception("generating a document failed")
                return _Outcome(task, generation, error=error)

        key = (task, generation)
        self._callbacks[key] = on_done
        self._jobs[key] = run_in_background(job, self._finished, self._job_failed)
        self._update_buttons()

    def _supersede(self, task: str) -> int:
        """Cancel the jobs of ``task`` (their results will be ignored); the next generation."""
        for (name, _generation), job in self._jobs.items():
            if name == task:
                job.progress.cancel()
        self._latest[task] += 1
        return self._latest[task]

    def _is_running(self, task: str) -> bool:
        return (task, self._latest[task]) in self._callbacks

    def _finished(self, outcome: _Outcome) -> None:
        key = (outcome.task, outcome.generation)
        callback = self._callbacks.pop(key, None)
        self._release(key)
        current = outcome.generation == self._latest[outcome.task]
        if callback is not None and current and not outcome.cancelled:
            if outcome.error is not None:
                self._failed(outcome.task, outcome.error)
            else:
                callback(outcome.value)
        self._update_buttons()

    def _job_failed(self, error: BaseException) -> None:
        # Never expected: the job turns every error into an outcome. Still, say so.
        QMessageBox.critical(self, self.tr("Document not generated"), _describe(error))

    def _release(self, key: tuple[str, int]) -> None:
        # worker.run_in_background keeps the job alive until its thread is done.
        self._jobs.pop(key, None)
        if self._delete_when_idle and not self._jobs and not self.isVisible():
            self.deleteLater()

    # -- preview -------------------------------------------------------------------------

    def _generate_preview(self) -> None:
        self._timer.stop()
        request = self.request()
        self._requested = _composed(request)
        self._current = None
        self.preview.show_busy(self.tr("Preparing the preview…"))
        db = self.db

        def work(progress: Progress) -> _Preview:
            progress.report(0, 2)
            document = compose(db, request)
            progress.report(1, 2)  # stops here if the choices changed meanwhile
            stream = io.BytesIO()
            render(document, BriefFormat.PDF, stream)
            return _Preview(document, with_annex_files(db, request, stream.getvalue()))

        self._run("preview", work, self._preview_ready)

    def _preview_ready(self, preview: _Preview) -> None:
        try:
            self.preview.show_pdf(preview.pdf)
        except ValueError as error:
            self._failed("preview", error)
            return
        self._current = preview

    def _failed(self, task: str, error: BaseException) -> None:
        message = _describe(error)
        if task == "preview":
            self._current = None
            self.preview.show_message(
                self.tr("The document could not be generated.\n%1").replace("%1", message)
            )
            title = self.tr("Document not generated")
        else:
            self.progress.hide()
            self.status.setText(self.tr("Not saved."))
            title = self.tr("Document not saved")
        if self.isVisible():  # closed meanwhile: nobody is waiting for the answer
            QMessageBox.critical(self, title, message)

    def _update_buttons(self) -> None:
        ready = self.document_ready()
        saving = self._is_running("save")
        self.save_button.setEnabled(ready and not saving)
        self.print_button.setEnabled(ready)
        self.folder_button.setEnabled(self.saved_path is not None and not saving)
        docx = self.choices.output_format() is BriefFormat.DOCX
        self.preview.set_note(
            self.tr("The Word document is previewed as PDF: the text is the same, Word may "
                    "break lines and pages a little differently.") if docx else ""
        )  # fmt: skip

    # -- saving, printing, opening -------------------------------------------------------

    def suggested_path(self) -> Path:
        """Where Save… proposes to write: the last folder used, else Documents."""
        name = f"{self.choices.file_stem()}.{self.choices.output_format().value}"
        return suggested_path(self.saved_path, name)

    def save(self) -> None:
        """Ask where, then write the document in the chosen format (atomically)."""
        if not self.document_ready() or self._is_running("save"):
            return
        assert self._current is not None
        if not self._final_version_ok(self._current.document):
            return
        output = self.choices.output_format()
        if output is BriefFormat.PDF:
            wanted = self.tr("PDF document (*.pdf)")
        else:
            wanted = self.tr("Word document (*.docx)")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save document"), str(self.suggested_path()), wanted
        )
        if not chosen:
            return
        path = with_suffix(chosen, output.value)
        document, pdf = self._current.document, self._current.pdf
        joined = output is BriefFormat.PDF and self.request().embed_annexes

        def work(_progress: Progress) -> Path:
            if joined:  # the escrito and its annexes, as previewed
                write_bytes(path, pdf)
            else:
                render(document, output, path)
            return path

        self.progress.show()
        self.status.setText(self.tr("Saving “%1”…").replace("%1", path.name))
        self._run("save", work, self._saved)

    def _saved(self, path: Path) -> None:
        self.saved_path = path
        self.progress.hide()
        text = self.tr("Saved “%1” in %2.").replace("%1", path.name)
        self.status.setText(text.replace("%2", str(path.parent)))

    def print_document(self) -> None:
        """Print the previewed pages through the system print dialog (A4)."""
        if not self.document_ready():
            return
        assert self._current is not None
        if not self._final_version_ok(self._current.document):
            return
        try:
            printed = self.preview.print_with_dialog(self.choices.file_stem())
        except OSError as error:
            QMessageBox.critical(self, self.tr("Not printed"), _describe(error))
            return
        if printed:
            self.status.setText(self.tr("Sent %n page(s) to the printer.", "", printed))

    def _final_version_ok(self, document: Document) -> bool:
        return self._final_check.accepts(self.request(), document)

    def open_folder(self) -> None:
        """Show the folder of the saved document in the system's file manager."""
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path.parent)))

    # -- closing -------------------------------------------------------------------------

    def done(self, result: int) -> None:
        # Superseding also drops a result already on its way: a job past its last
        # cancellation point still reports back, and must not count once closed.
        for task in list(self._latest):
            self._supersede(task)
        super().done(result)
        if self._delete_when_idle and not self._jobs:
            self.deleteLater()

    def delete_when_closed(self) -> None:
        """Delete the dialog once it is closed and its background jobs have returned."""
        self._delete_when_idle = True


def _composed(request: BriefRequest) -> BriefRequest:
    """``request`` without its format: what the preview depends on."""
    return replace(request, format=BriefFormat.PDF)


def _describe(error: BaseException) -> str:
    """One sentence for a message box; a file error names the folder, not a temp file."""
    if isinstance(error, OSError) and error.strerror:
        name = error.filename if isinstance(error.filename, str) else ""
        return f"{Path(name).parent}: {error.strerror}." if name else f"{error.strerror}."
    return describe_error(error)


def open_brief_dialog(
    parent: QWidget | None,
    db: Database,
    *,
    case_id: int | None = None,
    matter_id: int | None = None,
    filing_id: int | None = None,
    settings: Settings | None = None,
) -> BriefDialog:
    """Open “Generate document…” (window-modal) on a case, a filing or a matter.

    The signature comes from the preferences; a name typed in the dialog is kept there.
    """
    prefs = settings if settings is not None else Settings()
    dialog = BriefDialog(
        db,
        case_id=case_id,
        matter_id=matter_id,
        filing_id=filing_id,
        lawyer_name=prefs.lawyer_name,
        lawyer_registration=prefs.lawyer_registration,
        parent=parent,
    )
    dialog.delete_when_closed()

    def remember_signature() -> None:
        name, registration = dialog.choices.signature()
        if name != prefs.lawyer_name or registration != prefs.lawyer_registration:
            prefs.lawyer_name, prefs.lawyer_registration = name, registration

    dialog.finished.connect(remember_signature)
    dialog.open()
    return dialog
