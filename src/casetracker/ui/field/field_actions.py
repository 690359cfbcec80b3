"""The Field menu of the main window, and the field copy's mark in the status bar.

On an office database (a file or a server): take cases to the field, list and revoke
the copies, apply a bundle a copy sent, resolve conflicts. On a field copy: a status
bar indicator ("Field copy — 3 changes not synchronised"), Synchronise (Ctrl+Shift+Y),
bundles for when there is no connection, a reminder when the office is reachable, and
the conflicts. Every write runs off the GUI thread as a WriteOp, so what a
synchronisation changed reaches every view as any change does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget
from shiboken6 import isValid

from casetracker.domain.errors import CasetrackerError
from casetracker.services import field_sync
from casetracker.services.changes import ChangeSet
from casetracker.services.field_sync import FieldStatus, SyncReport
from casetracker.store import Database
from casetracker.ui.events import data_events
from casetracker.ui.field.office_link import on_server, open_office, reachable
from casetracker.ui.field.sync_reminder import SyncReminder
from casetracker.ui.live_text import LiveLabel
from casetracker.ui.messages import show_error
from casetracker.ui.operations import WriteOp
from casetracker.ui.save_location import suggested_path, with_suffix
from casetracker.ui.worker import Progress, run_in_background

BUNDLE_SUFFIX = "ctbundle"
_STATUS_DELAY_MS = 800  # a burst of writes (fast entry, a sync) counts once


class FieldActions(QObject):
    """Field mode's actions, menu and indicator on ``window``."""

    def __init__(
        self, db: Database, window: QMainWindow, selected_cases: Callable[[], list[int]]
    ) -> None:
        super().__init__(window)
        self.db = db
        self.window = window
        self.selected_cases = selected_cases
        self.is_field_copy = _is_field_copy(db)
        self.source = field_sync.source_of(db) if self.is_field_copy else ""
        self.status: FieldStatus | None = None
        self.last_report = ""
        self.syncing = False
        self.actions: dict[str, QAction] = {}
        self.indicator: LiveLabel | None = None
        self.reminder: SyncReminder | None = None
        self._build_menu()
        if self.is_field_copy:
            self._build_indicator()

    # -- building ----------------------------------------------------------------------

    def _action(self, key: str, text: str, handler: Callable[[], object], keys: str = "") -> None:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: handler())
        self.window.addAction(action)
        self.actions[key] = action

    def _build_menu(self) -> None:
        if self.is_field_copy:
            self._action("sync", self.tr("&Synchronise"), self.synchronise, "Ctrl+Shift+Y")
            self._action(
                "write_bundle", self.tr("&Write bundle for the office…"), self.write_bundle
            )
            self._action("apply_bundle", self.tr("&Apply the office's bundle…"), self.apply_bundle)
        else:
            self._action(
                "checkout", self.tr("&Take cases to the field…"), self.take_cases, "Ctrl+Shift+T"
            )
            self._action("checkouts", self.tr("Field &copies…"), self.open_checkouts)
            self._action(
                "apply_bundle", self.tr("&Apply a field copy's bundle…"), self.apply_bundle
            )
        self._action("conflicts", self.tr("Sync c&onflicts…"), self.open_conflicts)
        bar = self.window.menuBar()
        menu = bar.addMenu(self.tr("Field &work"))
        help_menu = bar.actions()[-2] if len(bar.actions()) > 1 else None
        if help_menu is not None:  # before Help, as menus are usually ordered
            bar.insertMenu(help_menu, menu)
        for key, action in self.actions.items():
            if key == "conflicts":
                menu.addSeparator()
            menu.addAction(action)
        self.menu = menu

    def _build_indicator(self) -> None:
        self.indicator = LiveLabel(self.tr("Field copy"), self.window)
        self.indicator.setStyleSheet("QLabel { background: #dbeafe; padding: 0 6px; }")
        self.indicator.setToolTip(
            self.tr("Synchronises with %1 (Field ▸ Synchronise, Ctrl+Shift+Y)").replace(
                "%1", self.source
            )
        )
        self.window.statusBar().addPermanentWidget(self.indicator)
        self.indicator.setText(self.tr("Field copy"))
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(_STATUS_DELAY_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        data_events().changed.connect(self._on_changed)
        self.reminder = SyncReminder(self.db, self.window, self.synchronise, self.source)
        self.refresh_status()

    def start(self) -> None:
        """After the window's first paint: the reminder's first check."""
        if self.reminder is not None:
            self.reminder.start()

    def stop(self) -> None:
        if self.reminder is not None:
            self.reminder.stop()

    # -- the field copy's state --------------------------------------------------------

    def refresh_status(self) -> None:
        db = self.db

        def work(_progress: Progress) -> FieldStatus:
            return field_sync.field_status(db)

        run_in_background(work, self._show_status, lambda _error: None)

    def _show_status(self, status: FieldStatus) -> None:
        if self.indicator is None or not isValid(self.indicator):
            return  # the window closed while the status was read
        self.status = status
        changes = status.changed_records
        if changes == 0:
            text = self.tr("Field copy — everything synchronised")
        elif changes == 1:
            text = self.tr("Field copy — 1 change not synchronised")
        else:
            text = self.tr("Field copy — %1 changes not synchronised").replace("%1", str(changes))
        if status.open_conflicts == 1:
            text += " · " + self.tr("1 conflict")
        elif status.open_conflicts:
            text += " · " + self.tr("%1 conflicts").replace("%1", str(status.open_conflicts))
        self.indicator.setText(text)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes:
            self._status_timer.start()

    # -- office side -------------------------------------------------------------------

    def take_cases(self) -> None:
        from casetracker.ui.field.checkout_dialog import CheckoutDialog

        dialog = CheckoutDialog(self.db, self.selected_cases(), self.window)
        if dialog.exec() and dialog.summary is not None:
            summary = dialog.summary
            self._notice(
                self.tr("Field copy written: %1 cases, %2 records, in %3")
                .replace("%1", str(len(summary.cases)))
                .replace("%2", str(summary.records))
                .replace("%3", str(summary.path))
            )
        dialog.deleteLater()

    def open_checkouts(self) -> QWidget:
        from casetracker.ui.field.checkouts_window import CheckoutsWindow

        window = self.window.findChild(CheckoutsWindow)
        if window is None:
            window = CheckoutsWindow(self.db, self.window)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        window.raise_()
        return window

    def open_conflicts(self) -> QWidget:
        from casetracker.ui.field.conflicts_window import open_conflicts_window

        return open_conflicts_window(self.window, self.db, None)

    # -- synchronising -----------------------------------------------------------------

    def synchronise(self) -> None:
        """Open the office (asking for its password if needed) and synchronise in the
        background; say what happened."""
        if self.syncing or not self.is_field_copy:
            return
        if not on_server(self.source) and not reachable(self.source):
            show_error(
                self.window,
                self.tr(
                    "The office database %1 cannot be reached from here. Connect the drive "
                    "or folder it is on, or send your changes with Field ▸ Write bundle."
                ).replace("%1", self.source),
            )
            return
        try:
            office = open_office(self.source, self.db.actor, self.window)
        except CasetrackerError as error:
            show_error(self.window, error)
            return
        self._set_syncing(True)
        field = self.db

        def work() -> SyncReport:
            try:
                return field_sync.synchronise(field, office)
            finally:
                office.close()

        WriteOp(self.window, work).success(self._synchronised).run(
            lambda _ok: self._set_syncing(False)
        )

    def _set_syncing(self, on: bool) -> None:
        self.syncing = on
        self.actions["sync"].setEnabled(not on)
        if on and self.indicator is not None:
            self.indicator.setText(self.tr("Field copy — synchronising…"))
        if not on:
            self.refresh_status()

    def _synchronised(self, report: SyncReport) -> None:
        self._report(
            self.tr("Synchronised with the office: %1 records sent, %2 received.")
            .replace("%1", str(report.pushed))
            .replace("%2", str(report.pulled)),
            report.conflicts,
        )

    def _report(self, text: str, conflicts: int) -> None:
        if conflicts:
            text += " " + self.tr(
                "%1 new conflicts: the same information was changed on both sides."
            ).replace("%1", str(conflicts))
        self.last_report = text
        self._notice(text)
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning if conflicts else QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Synchronisation"))
        box.setText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if conflicts:
            resolve = box.addButton(self.tr("&Resolve…"), QMessageBox.ButtonRole.AcceptRole)
            resolve.clicked.connect(self.open_conflicts)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setModal(False)
        box.show()

    # -- bundles -----------------------------------------------------------------------

    def write_bundle(self) -> None:
        name = self.tr("changes for the office.%1").replace("%1", BUNDLE_SUFFIX)
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Write a bundle of this copy's changes"),
            str(suggested_path(None, name)),
            self._bundle_filter(),
        )
        if not chosen:
            return
        target = with_suffix(chosen, BUNDLE_SUFFIX)
        WriteOp(self.window, lambda: field_sync.write_push_bundle(self.db, target)).success(
            lambda count: self._notice(
                self.tr("Bundle written with %1 records: %2. Take it to the office.")
                .replace("%1", str(count))
                .replace("%2", str(target))
            )
        ).run()

    def apply_bundle(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Apply a bundle"),
            str(suggested_path(None, "")),
            self._bundle_filter(),
        )
        if chosen:
            self.apply_bundle_file(Path(chosen))

    def apply_bundle_file(self, bundle: Path, answer: Path | None = None) -> None:
        """Apply ``bundle``; at the office, ask where to write the answer (unless given)."""
        if not self.is_field_copy and answer is None:
            name = self.tr("answer for the field.%1").replace("%1", BUNDLE_SUFFIX)
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Write the answer for the field copy"),
                str(bundle.with_name(name)),
                self._bundle_filter(),
            )
            if not chosen:
                return
            answer = with_suffix(chosen, BUNDLE_SUFFIX)
        db = self.db
        WriteOp(self.window, lambda: field_sync.apply_bundle(db, bundle, answer)).success(
            lambda report: self._applied(report, answer)
        ).run()

    def _applied(self, report: SyncReport, answer: Path | None) -> None:
        if answer is None:
            text = self.tr("The office's bundle was applied: %1 records received.").replace(
                "%1", str(report.pulled)
            )
        else:
            text = (
                self.tr("The bundle was applied: %1 records taken. Answer written to %2.")
                .replace("%1", str(report.pushed))
                .replace("%2", str(answer))
            )
        self._report(text, report.conflicts)

    def _bundle_filter(self) -> str:
        return self.tr("casetracker bundles (*.%1)").replace("%1", BUNDLE_SUFFIX)

    def _notice(self, text: str) -> None:
        show = getattr(self.window, "show_notice", None)
        if show is not None:
            show(text, False)


def _is_field_copy(db: Database) -> bool:
    """Whether ``db`` is a field copy; a database that cannot say (a server refusing the
    question) is an office: the window must open either way."""
    try:
        return field_sync.is_field_copy(db)
    except CasetrackerError:
        return False
