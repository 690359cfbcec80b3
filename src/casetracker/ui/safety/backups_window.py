"""The Backups window: the database's backups, backing up now, restoring, checking.

Everything that touches files runs off the GUI thread while a busy bar shows. A
restore is only asked for here (``restore_requested``): the app closes the database
first, then restores and opens it again (see :mod:`casetracker.ui.app`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casetracker.services import backups
from casetracker.services.backups import BackupInfo, BackupMade, CheckReport
from casetracker.ui.error_text import describe_error
from casetracker.ui.formats import datetime_sample, format_date, format_size
from casetracker.ui.headings import page_title
from casetracker.ui.i18n import translate
from casetracker.ui.live_text import LiveLabel
from casetracker.ui.safety.recovery import age_text, backup_phrase, when_text
from casetracker.ui.table_model import Column, RecordTableModel
from casetracker.ui.tables import RecordTable, setup_table
from casetracker.ui.worker import run_in_background

KINDS = {
    "auto": QT_TRANSLATE_NOOP("BackupsWindow", "Automatic"),
    "manual": QT_TRANSLATE_NOOP("BackupsWindow", "Made by hand"),
    "before": QT_TRANSLATE_NOOP("BackupsWindow", "Before an upgrade"),
}
CHECKS = {
    "integrity": QT_TRANSLATE_NOOP("BackupsWindow", "Integrity"),
    "references": QT_TRANSLATE_NOOP("BackupsWindow", "References between records"),
    "search index": QT_TRANSLATE_NOOP("BackupsWindow", "Search index"),
    "document index": QT_TRANSLATE_NOOP("BackupsWindow", "Document index"),
    "documents' text": QT_TRANSLATE_NOOP("BackupsWindow", "Text of attached documents"),
}


def kind_label(kind: str) -> str:
    return translate("BackupsWindow", KINDS[kind]) if kind in KINDS else kind


def _cases(info: BackupInfo) -> str:
    return str(info.case_count) if info.case_count is not None else "—"


COLUMNS: tuple[Column[BackupInfo], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Made"),
        lambda b: when_text(b.made_at),
        sort_key=lambda b: b.made_at,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Age"), lambda b: age_text(b.made_at)),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda b: kind_label(b.kind)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Cases"),
        _cases,
        sort_key=lambda b: b.case_count,
        tooltip=lambda b: (
            "" if b.readable else translate("BackupsWindow", "This file cannot be read")
        ),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Size"),
        lambda b: format_size(b.size),
        sort_key=lambda b: b.size,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "On disk"),
        lambda b: "—" if b.on_disk is None else format_size(b.on_disk),
        sort_key=lambda b: b.on_disk or 0,
        tooltip=lambda b: (
            translate("BackupsWindow", "What this copy adds: the parts no older copy shares")
            if b.chunked
            else ""
        ),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "File"), lambda b: b.path.name, tooltip=lambda b: str(b.path)
    ),
)


class BackupsWindow(QDialog):
    """The backups of one database file, newest first, and what can be done with them."""

    restore_requested = Signal(object)  # the backup's Path, confirmed by the user

    def __init__(
        self, db_path: Path, parent: QWidget | None = None, *, passphrase: str | None = None
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self._passphrase = passphrase  # a protected database's backups are protected too
        self.default_folder = backups.backups_folder(db_path)
        self.folder = self.default_folder
        self.busy = False
        self.setWindowTitle(self.tr("Backups"))
        self.model: RecordTableModel[BackupInfo] = RecordTableModel(COLUMNS, self)
        self._build()
        self.resize(self.fontMetrics().averageCharWidth() * 140, self.fontMetrics().height() * 32)
        self.reload()

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        heading = page_title(self.tr("Backups of %1").replace("%1", self.db_path.name), self)
        hint = QLabel(
            self.tr(
                "casetracker backs the database up once a day when it opens, and checks every "
                "copy after writing it. Keep a copy away from this computer too: Back up now "
                "to… an external drive."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.check_label = LiveLabel(self.tr("Last full check"), self, politeness=None)
        self.check_label.setWordWrap(True)
        self.folder_label = LiveLabel(self.tr("Folder shown"), self, politeness=None)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.look_in_button = self._button(self.tr("&Look in another folder…"), self.look_in)
        self.default_button = self._button(self.tr("&Default folder"), self.show_default_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.look_in_button)
        folder_row.addWidget(self.default_button)
        self.table = RecordTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSortingEnabled(True)
        header = self.model.headerData
        widths: dict[int, int | str] = {0: datetime_sample(), 1: 16, 2: 22}
        for column, sample in ((3, "9999"), (4, "999.9 MB"), (5, "999.9 MB")):
            title = header(column, Qt.Orientation.Horizontal)
            widths[column] = title if len(title) > len(sample) else sample
        setup_table(self.table, widths, stretch=6)
        self.table.edit_requested.connect(self.restore_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.setMaximumWidth(self.fontMetrics().averageCharWidth() * 20)
        self.status = LiveLabel(self.tr("Status"), self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_row = QHBoxLayout()
        status_row.addWidget(self.progress)
        status_row.addWidget(self.status, 1)
        self.back_up_button = self._button(self.tr("Back up &now"), self.back_up_now)
        self.back_up_to_button = self._button(self.tr("Back up now &to…"), self.back_up_to)
        self.restore_button = self._button(self.tr("&Restore…"), self.restore_selected)
        self.check_button = self._button(self.tr("&Check the database"), self.check_database)
        close = self._button(self.tr("Close"), self.close)
        buttons = QHBoxLayout()
        for button in (self.back_up_button, self.back_up_to_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addSpacing(self.fontMetrics().averageCharWidth() * 3)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Result of the check"))
        self.report.setFixedHeight(self.fontMetrics().lineSpacing() * 6)
        self.report.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.check_label)
        layout.addLayout(folder_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(status_row)
        layout.addWidget(self.report)
        layout.addLayout(buttons)
        self.back_up_button.setDefault(True)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- listing ------------------------------------------------------------------------

    def reload(self, message: str = "") -> None:
        """List the backups of the folder shown (reading each file's case count).

        ``message`` replaces the count in the status line once the list is read.
        """
        folder = self.folder
        self.folder_label.setText(self.tr("Folder: %1").replace("%1", str(folder)))
        self.default_button.setVisible(folder != self.default_folder)
        self._run(
            self.tr("Reading the backups…"),
            lambda: (
                backups.list_backups(self.db_path, folder, passphrase=self._passphrase),
                backups.check_status(self.db_path),
            ),
            lambda found: self._listed(*found, message),
        )

    def _listed(self, found: list[BackupInfo], state: backups.CheckState, message: str) -> None:
        self.check_label.setText(check_text(state))
        self.model.set_records(found)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        if found:
            self.table.selectRow(0)
        if message:
            self._set_status(message)
        elif not found:
            self._set_status(self.tr("No backups in this folder yet."))
        elif len(found) == 1:
            self._set_status(self.tr("1 backup."))
        else:
            self._set_status(self.tr("%1 backups.").replace("%1", str(len(found))))

    def look_in(self) -> None:
        """List the backups kept in another folder (an external drive)."""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Show the backups kept in…"), str(self.folder)
        )
        if chosen:
            self.folder = Path(chosen)
            self.reload()

    def show_default_folder(self) -> None:
        self.folder = self.default_folder
        self.reload()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    # -- backing up ---------------------------------------------------------------------

    def back_up_now(self) -> None:
        """A backup in the default folder beside the database."""
        self.folder = self.default_folder
        self._back_up(None)

    def back_up_to(self) -> None:
        """A backup in a folder the user picks: an external drive, a synced folder."""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Back up to which folder?"), str(Path.home())
        )
        if chosen:
            self.folder = Path(chosen)
            self._back_up(self.folder)

    def _back_up(self, destination: Path | None) -> None:
        def done(made: BackupMade) -> None:
            message = (
                self.tr("Backed up to %1 (%2 cases); the copy was checked and is complete.")
                .replace("%1", str(made.path))
                .replace("%2", _cases(made))
            )
            if made.removed:
                removed = (
                    self.tr("Rotation removed 1 older automatic backup: %1.")
                    if len(made.removed) == 1
                    else self.tr("Rotation removed %2 older automatic backups: %1.").replace(
                        "%2", str(len(made.removed))
                    )
                )
                names = ", ".join(path.name for path in made.removed)
                message += " " + removed.replace("%1", names)
            self.reload(message)

        self._run(
            self.tr("Backing up and checking the copy…"),
            lambda: backups.back_up(self.db_path, destination, passphrase=self._passphrase),
            done,
        )

    # -- restoring ----------------------------------------------------------------------

    def restore_selected(self) -> None:
        """Confirm, then ask the app to put the selected backup in place of the database."""
        info = self.selected()
        if info is None or self.busy:
            return
        if not info.readable:
            QMessageBox.warning(
                self,
                self.tr("Restore"),
                self.tr("This backup cannot be read, so it cannot be restored; choose another."),
            )
            return
        if self.confirm_restore(info):
            self.restore_requested.emit(info.path)

    def confirm_restore(self, info: BackupInfo) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore"))
        box.setText(self.tr("Restore the backup %1?").replace("%1", backup_phrase(info.made_at)))
        text = self.tr(
            "casetracker will close the database, put the current file aside under a new "
            "name (nothing is deleted), put this backup in its place and open it again.\n\n"
            "Changes made after the backup are not in it; they stay in the file put aside."
        )
        if self._passphrase is not None and not info.protected:
            text += "\n\n" + self.tr(
                "This backup was made before the database was protected. The restored "
                "database will be protected with the current passphrase, as it is now."
            )
        box.setInformativeText(text)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is restore

    # -- checking -----------------------------------------------------------------------

    def check_database(self) -> None:
        """Every check SQLite offers, on the database file; the report shows below."""
        self._run(
            self.tr("Checking the database…"),
            lambda: backups.check(self.db_path, passphrase=self._passphrase),
            self._checked,
        )

    def _checked(self, report: CheckReport) -> None:
        self.check_label.setText(check_text(backups.check_status(self.db_path)))
        self.report.setPlainText(report_text(report))
        self.report.show()
        if report.ok:
            self._set_status(self.tr("The database passed every check."))
        else:
            self._set_status(self.tr("The check found problems; see the report below."))

    # -- running jobs -------------------------------------------------------------------

    def _run(self, label: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._set_busy(True, label)

        def finished(result: object) -> None:
            if isValid(self):
                self._set_busy(False)
                done(result)

        def failed(error: BaseException) -> None:
            if isValid(self):
                self._set_busy(False)
                self._set_status(describe_error(error))

        run_in_background(lambda _progress: work(), finished, failed)

    def _set_busy(self, busy: bool, label: str = "") -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        if busy:
            self._set_status(label)
        for button in (
            self.back_up_button,
            self.back_up_to_button,
            self.check_button,
            self.look_in_button,
            self.default_button,
        ):
            button.setEnabled(not busy)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        self.restore_button.setEnabled(not self.busy and self.selected() is not None)

    def _set_status(self, text: str) -> None:
        self.status.setText(text)


def check_text(state: backups.CheckState) -> str:
    """When the whole file was last checked, what was found, and when the next check is."""
    if state.damage_suspected:
        return translate(
            "BackupsWindow",
            "SQLite reported damage in this database: press Check the database, then "
            "restore the newest good backup if the check confirms it.",
        )
    if state.last_full_check is None:
        return translate(
            "BackupsWindow", "Not checked in full yet: the next backup checks it, or press Check."
        )
    following = state.next_full_check()
    text = translate("BackupsWindow", "Last full check: %1, no damage found.").replace(
        "%1", when_text(state.last_full_check)
    )
    if following is not None:
        text += " " + translate("BackupsWindow", "Next: %1.").replace(
            "%1", format_date(following.date())
        )
    return text


def report_text(report: CheckReport) -> str:
    """The check's findings as a few readable lines."""
    checked = ", ".join(translate("BackupsWindow", CHECKS.get(c, c)) for c in report.checks)
    if report.ok:
        lines = [
            translate("BackupsWindow", "No problems found. Checked: %1.").replace("%1", checked)
        ]
    else:
        lines = [
            translate("BackupsWindow", "Problems found (checked: %1):").replace("%1", checked),
            *(
                f"• {translate('BackupsWindow', CHECKS.get(p.check, p.check))}: {p.detail}"
                for p in report.problems
            ),
            "",
            translate(
                "BackupsWindow",
                "Restore the newest good backup: select it above and press Restore. "
                "The damaged file is kept aside, not deleted.",
            ),
        ]
    lines += [
        translate("BackupsWindow", "Not checked: %1").replace("%1", skipped)
        for skipped in report.skipped
    ]
    lines += [
        translate("BackupsWindow", "Documents: %1").replace("%1", finding)
        for finding in report.documents
    ]
    return "\n".join(lines)
