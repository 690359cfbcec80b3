"""Import and export from the File menu: the JSON archive, and filings from a CSV file.

Each action asks for its files, runs the service off the GUI thread behind a busy
dialog and reports back: a notice in the status bar when it worked; when it did
not, the whole list of problems, each with where it is in the file (nothing has
been written: imports are all or nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casetracker.domain.errors import ValidationErrors
from casetracker.services.archive import ArchiveSummary, export_archive, import_archive
from casetracker.services.csv_import import CsvImportResult, import_filings_csv, write_template
from casetracker.services.database_file import open_database
from casetracker.store import Database
from casetracker.ui.messages import show_error
from casetracker.ui.operations import WriteOp

SIDE_FILES = ("-wal", "-shm", "-journal")


def import_into_new_database(archive: Path, target: Path, actor: str) -> ArchiveSummary:
    """Create the database ``target`` and import ``archive`` into it (runs in a worker).

    On any failure the file this created is removed again: nothing half-imported stays.
    """
    created = not target.exists()
    try:
        database = open_database(target, actor=actor, exclusive=True, auto_backup=False)
        try:
            return import_archive(database, archive)
        finally:
            database.close()
    except BaseException:
        if created:
            for suffix in ("", *SIDE_FILES):
                with suppress(OSError):
                    Path(f"{target}{suffix}").unlink()
        raise


class ProblemsDialog(QDialog):
    """Every problem that stopped an import, one per line, with where it is."""

    def __init__(self, title: str, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        summary = QLabel(
            self.tr(
                "Nothing was imported. Fix these problems in the file, then import it again "
                "(%1 found):"
            ).replace("%1", str(len(lines))),
            self,
        )
        summary.setWordWrap(True)
        self.list = QPlainTextEdit("\n".join(lines), self)
        self.list.setReadOnly(True)
        self.list.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.list.setAccessibleName(self.tr("Problems found"))
        summary.setBuddy(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("&Copy the list"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText("\n".join(lines)))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 100, metrics.height() * 22)

    def lines(self) -> list[str]:
        return self.list.toPlainText().splitlines()


class ArchiveActions(QObject):
    """File → Export archive…, Import archive…, Import filings from CSV…, Save CSV template…"""

    notice = Signal(str)
    open_requested = Signal(object)  # the Path of a database to open instead

    def __init__(self, db: Database, window: QWidget) -> None:
        super().__init__(window)
        self.db = db
        self.window = window
        self.problems: ProblemsDialog | None = None
        self.busy = False

    # -- the archive --------------------------------------------------------------------

    def export_archive(self) -> None:
        stem = "casetracker" if self.db.on_server else self.db.path.stem
        suggested = _documents() / f"{stem}-{date.today():%Y-%m-%d}.json"
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export everything to an archive"),
            str(suggested),
            self.tr("casetracker archives (*.json)"),
        )
        if not chosen:
            return
        target = _with_suffix(Path(chosen), ".json")
        self._run(
            self.tr("Exporting everything…"),
            lambda db=self.db: export_archive(db, target),
            lambda summary: self.notice.emit(
                self.tr(
                    "Exported %1 records to %2. The archive holds everything, protected "
                    "names too: keep it as safe as the database."
                )
                .replace("%1", str(summary.total))
                .replace("%2", str(target))
            ),
        )

    def import_archive(self) -> None:
        """Import an archive into a new, empty database file, then offer to open it."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import an archive"),
            str(_documents()),
            self.tr("casetracker archives (*.json)"),
        )
        if not chosen:
            return
        archive = Path(chosen)
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New database for the imported archive"),
            str(archive.with_suffix(".sqlite3")),
            self.tr("casetracker databases (*.sqlite3)"),
        )
        if not chosen:
            return
        target = _with_suffix(Path(chosen), ".sqlite3")
        if target.exists() and target.stat().st_size > 0:
            show_error(
                self.window,
                self.tr(
                    "%1 already exists. An archive is imported only into a new, empty "
                    "database: choose a new file name."
                ).replace("%1", str(target)),
                self.tr("Import an archive"),
            )
            return
        self._run(
            self.tr("Checking and importing the archive…"),
            lambda actor=self.db.actor: import_into_new_database(archive, target, actor),
            lambda summary: self._imported(summary, target),
            self.tr("The archive was not imported"),
        )

    def _imported(self, summary: ArchiveSummary, target: Path) -> None:
        self.notice.emit(
            self.tr("Imported %1 records into %2.")
            .replace("%1", str(summary.total))
            .replace("%2", str(target))
        )
        answer = QMessageBox.question(
            self.window,
            self.tr("Import an archive"),
            self.tr(
                "Imported %1 records into the new database %2.\n\nOpen it now? casetracker "
                "closes this database (nothing in it changes) and opens the new one."
            )
            .replace("%1", str(summary.total))
            .replace("%2", str(target))
            + self._warnings_text(summary.warnings),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_requested.emit(target)

    def _warnings_text(self, warnings: tuple[str, ...]) -> str:
        """What the archive held that was imported as written but deserves a look."""
        if not warnings:
            return ""
        shown = "\n".join(f"• {warning}" for warning in warnings[:10])
        more = len(warnings) - 10
        if more > 0:
            shown += "\n" + self.tr("…and %n more.", "", more)
        return "\n\n" + self.tr("Imported as written; check these:") + "\n" + shown

    # -- CSV ----------------------------------------------------------------------------

    def import_csv(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import filings from a CSV file"),
            str(_documents()),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if not chosen:
            return
        source = Path(chosen)

        def done(result: CsvImportResult) -> None:
            self.notice.emit(
                self.tr("Imported %1 filings from %2 (read as %3).")
                .replace("%1", str(result.count))
                .replace("%2", source.name)
                .replace("%3", result.encoding)
            )

        self._run(
            self.tr("Checking and importing the filings…"),
            lambda db=self.db: import_filings_csv(db, source),
            done,
            self.tr("The filings were not imported"),
        )

    def save_csv_template(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the CSV template"),
            str(_documents() / self.tr("filings-template.csv")),
            self.tr("CSV files (*.csv)"),
        )
        if not chosen:
            return
        target = _with_suffix(Path(chosen), ".csv")
        self._run(
            self.tr("Saving the template…"),
            lambda: write_template(target),
            lambda _none: self.notice.emit(
                self.tr(
                    "Saved the template to %1: one filing per row, then File → Import "
                    "filings from CSV…"
                ).replace("%1", str(target))
            ),
        )

    # -- running ------------------------------------------------------------------------

    def _run(
        self,
        label: str,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        refused_title: str = "",
    ) -> None:
        """Run ``work`` in a worker; a busy dialog shows if it takes more than a moment."""
        self.busy = True
        progress = QProgressDialog(label, "", 0, 0, self.window)
        progress.setCancelButton(None)
        progress.setWindowTitle("casetracker")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAccessibleName(label)

        def settle() -> bool:
            self.busy = False
            if isValid(progress):
                progress.reset()
                progress.deleteLater()
            return isValid(self)

        def failed(error: BaseException) -> None:
            if settle():
                self._failed(error, refused_title)

        WriteOp(self.window, work).success(lambda r: settle() and done(r)).failure(failed).run()

    def _failed(self, error: BaseException, title: str) -> None:
        if isinstance(error, ValidationErrors) and title:
            lines = error.lines() if hasattr(error, "lines") else [str(e) for e in error.errors]
            self.problems = ProblemsDialog(title, lines, self.window)
            self.problems.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.problems.destroyed.connect(lambda: setattr(self, "problems", None))
            self.problems.open()
            return
        show_error(self.window, error)


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def _with_suffix(path: Path, suffix: str) -> Path:
    """The name as typed, with the usual ending added when it has none."""
    return path if path.suffix else path.with_suffix(suffix)
