"""Starting the desktop app: display check, QApplication, translations, database, window.

The database is opened before any window is built, so a file that cannot be used
gives one clear line (and a message box when there is a screen), never a traceback.
:class:`AppSession` keeps the database and its window together, runs the slow
checks once the window shows, and replaces both when a backup is restored.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from casetracker import APP_NAME, ORG_NAME, __version__
from casetracker.domain.errors import CasetrackerError
from casetracker.logs import report_uncaught
from casetracker.resources import ResourceNotFoundError, resource_path
from casetracker.services import backups
from casetracker.services.backups import RestoreResult
from casetracker.services.database_file import (
    CorruptDatabaseError,
    DatabaseFaultError,
    DatabaseInUseError,
    default_db_path,
    open_database,
)
from casetracker.store import Database
from casetracker.ui.collector import collect_on_gui_thread_only
from casetracker.ui.error_text import describe_error, field_message
from casetracker.ui.i18n import install_translators
from casetracker.ui.messages import show_error
from casetracker.ui.safety.auto_lock import AutoLock
from casetracker.ui.safety.passphrase_dialog import ask_passphrase_if_needed
from casetracker.ui.safety.recovery import (
    CheckOutcome,
    DamageChoice,
    FirstPaint,
    ask_about_damage,
    ask_local_target,
    backup_info,
    backups_corrupt,
    location_warning,
    run_with_progress,
    show_in_use,
    startup_checks,
)
from casetracker.ui.safety.server_password import ask_server_password_if_needed
from casetracker.ui.settings import Settings
from casetracker.ui.temp_files import copies_key, discard_temp_copies
from casetracker.ui.worker import run_in_background

if TYPE_CHECKING:
    from casetracker.ui.main_window import MainWindow

EXIT_OK = 0
EXIT_ERROR = 1
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
DESKTOP_FILE = "casetracker"  # packaging/linux/casetracker.desktop: Wayland's app id
_gc_frozen = False


def display_problem() -> str | None:
    """Why Qt could not show a window here, or None when it can.

    On Linux without X11 or Wayland Qt aborts the process; say so first instead.
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display found: the desktop app needs a graphical session; "
        "run it on a desktop, or set QT_QPA_PLATFORM=offscreen"
    )


def application() -> QApplication:
    """The running QApplication, created with casetracker's names if needed."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("casetracker")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(app_icon())
    collect_on_gui_thread_only()
    return app  # type: ignore[return-value]


def app_icon() -> QIcon:
    """casetracker's icon in every size shipped in resources/icons (empty if none is)."""
    icon = QIcon()
    for size in ICON_SIZES:
        try:
            icon.addFile(str(resource_path("icons", f"casetracker-{size}.png")))
        except ResourceNotFoundError:
            continue
    return icon


def create_main_window(db: Database, settings: Settings | None = None) -> QWidget:
    """Build the main window on an open database (tests use this too)."""
    from casetracker.ui.main_window import MainWindow

    return MainWindow(db, settings or Settings())


def run(db_path: Path | str | None) -> int:
    """Run the desktop app on the database at ``db_path``; return the exit status.

    ``db_path`` is a file, a server address (``postgresql://…``), or None: the server
    connection set in Preferences, else the file in the per-user data folder.
    """
    problem = display_problem()
    if problem is not None:
        print(f"casetracker: error: {problem}", file=sys.stderr)
        return EXIT_ERROR
    app = application()
    sys.excepthook = report_uncaught  # an error in a slot: to the log, not case data on stderr
    settings = Settings()
    install_translators(settings.language)
    # Without a screen (offscreen, minimal) no question can be answered: errors only.
    interactive = QApplication.platformName() not in ("offscreen", "minimal")
    target = db_path if db_path is not None else settings.server_url or default_db_path()
    session = AppSession(target, settings, interactive=interactive)
    if not session.start():
        return EXIT_ERROR
    session.ended.connect(lambda: app.exit(EXIT_ERROR))
    try:
        return int(app.exec())
    finally:
        session.close()


def report_startup_error(message: str, *, interactive: bool | None = None) -> None:
    """One line on stderr and, where a screen shows it, a message box."""
    print(f"casetracker: error: {message}", file=sys.stderr)
    if interactive is None:
        interactive = QApplication.platformName() not in ("offscreen", "minimal")
    if not interactive:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, "casetracker", message)
    box.setInformativeText(
        QApplication.translate(
            "Startup", "casetracker cannot open this database. Nothing in it was changed."
        )
    )
    box.exec()


class AppSession(QObject):
    """The open database and its main window; a restore or another file replaces both.

    The database is opened without reading the whole file, so the window shows at
    once; after the first paint the day's backup and the weekly full check run in
    the background (cancelled when the database closes). Replacing the database (a
    restore, an imported archive, a move) closes the window and the file first:
    nothing may write to it meanwhile.
    """

    checked = Signal(object)  # the CheckOutcome of the start-up checks, once handled
    ended = Signal()  # no database could be opened again: the app should exit

    def __init__(
        self, db_path: Path | str, settings: Settings, *, interactive: bool = True
    ) -> None:
        super().__init__()
        self.path: Path | str = db_path  # a file, or a server's address
        self.settings = settings
        self.interactive = interactive
        self.db: Database | None = None
        self.window: MainWindow | None = None
        self._warned: set[Path] = set()
        self._scheduled: backups.BackupControl | None = None

    def start(self) -> bool:
        """Open the database and show the window; False when the app should exit."""
        return self._open_and_show(self.path)

    def close(self) -> None:
        """Close the window (and its History and Backups windows), then the database."""
        window, self.window = self.window, None
        if self._scheduled is not None:
            self._scheduled.cancel()  # a backup half made is dropped; the next start redoes it
            self._scheduled = None
        if window is not None and isValid(window):
            for tool in list(window.tool_windows.values()):
                tool.close()
            window.close()
            window.deleteLater()
        if self.db is not None:
            discard_temp_copies(copies_key(self.db))  # while the lock says they are in use
            self.db.close()
            self.db = None

    # -- opening ------------------------------------------------------------------------

    def _open_and_show(self, path: Path | str, notice: str = "") -> bool:
        if isinstance(path, str):
            return self._connect_and_show(path)
        while True:
            passphrase = None  # kept until the window shows: restoring a backup needs it
            try:
                passphrase = ask_passphrase_if_needed(path, interactive=self.interactive)
                db = self._open_database(path, passphrase)
                window = self._build_window(db)
            except DatabaseInUseError as error:
                report_startup_error(str(error), interactive=False)
                if self.interactive:
                    show_in_use(None, error)
                return False
            except CorruptDatabaseError as error:
                restored = self._offer_backup(path, error, passphrase)
                if restored is None:
                    return False
                notice = self._restored_text(restored)
                continue  # open the restored file
            except CasetrackerError as error:
                report_startup_error(str(error), interactive=self.interactive)
                return False
            self._adopt(db, window)
            notice = " ".join(filter(None, (notice, self._leftovers_text(db))))
            if notice:
                window.show_notice(notice, False)
            return True

    def _connect_and_show(self, url: str) -> bool:
        """Open the window on a server database, asking for the password if libpq has none.

        The password goes to the server only: not to the settings, a log or a message.
        """
        try:
            db = ask_server_password_if_needed(url, interactive=self.interactive)
            window = self._build_window(db)
        except CasetrackerError as error:
            report_startup_error(str(error), interactive=self.interactive)
            return False
        self._adopt(db, window)
        return True

    def _open_database(self, path: Path, passphrase: str | None) -> Database:
        return open_database(
            path,
            actor=self.settings.user_name,
            exclusive=True,
            auto_backup=False,
            check=False,
            passphrase=passphrase,
        )

    def _build_window(self, db: Database) -> MainWindow:
        """The main window; a damaged page read while building it is damage, not a crash."""
        from casetracker.ui.main_window import MainWindow

        try:
            window = create_main_window(db, self.settings)
        except DatabaseFaultError as exc:
            db.close()
            if not exc.damaged:
                raise
            raise backups_corrupt(db.path, exc.detail, db.passphrase) from exc
        except BaseException:
            db.close()
            raise
        assert isinstance(window, MainWindow)
        return window

    def _offer_backup(
        self, path: Path, error: CorruptDatabaseError, passphrase: str | None
    ) -> RestoreResult | None:
        """At start-up: the file cannot be used; restore its newest good backup?"""
        print(f"casetracker: error: {error}", file=sys.stderr)
        if not self.interactive:
            return None
        good = backup_info(error, passphrase)
        choice = ask_about_damage(None, path, error.detail, good, can_keep_open=False)
        if choice is not DamageChoice.RESTORE or good is None:
            return None
        try:
            return run_with_progress(
                None,
                self.tr("Restoring the backup…"),
                lambda: backups.restore(good.path, path, passphrase=passphrase),
            )
        except CasetrackerError as exc:
            show_error(None, exc)
            return None

    def _adopt(self, db: Database, window: MainWindow) -> None:
        self.db, self.window = db, window
        self.path = self.path if db.on_server else db.path
        self._wire(window)
        FirstPaint(window, lambda: self._after_first_paint(window))
        window.show()
        QApplication.setQuitOnLastWindowClosed(True)

    def _wire(self, window: MainWindow) -> None:
        # Queued: these close the window whose button asked, once its handler is done.
        queued = Qt.ConnectionType.QueuedConnection
        window.restore_requested.connect(self.restore, queued)
        window.open_requested.connect(self.open_other, queued)
        window.language_changed.connect(self.change_language, queued)
        if window.db.protected:
            # Hides every case after the idle time; the passphrase brings them back.
            AutoLock(window, window.db.path, self.settings.auto_lock_minutes)

    def change_language(self, language: str) -> None:
        """Show the window again in ``language`` (see :mod:`language_switch`)."""
        from casetracker.ui.language_switch import show_in_language  # as MainWindow

        if self.window is not None:
            window = show_in_language(self.window, self.settings, language, self._wire)
            self.window = window or self.window

    # -- after the first paint ----------------------------------------------------------

    def _after_first_paint(self, window: MainWindow) -> None:
        global _gc_frozen
        if window is not self.window or self.db is None:
            return
        if not _gc_frozen:
            # Everything built so far lives as long as the app: keeping it out of the
            # collector's generations removed 100+ ms pauses on big databases.
            gc.freeze()
            _gc_frozen = True
        window.reminders.start()
        window.field.start()
        window.reader_status.check_ocr()
        if self.db.on_server:
            # No file to check or back up here: the server's admin does both.
            window.document_reader.start()
            return
        assert isinstance(self.path, Path)
        warning = self.db.report.location_warning
        if warning and self.path not in self._warned:
            self._warned.add(self.path)
            location_warning(window, self.path, warning, self.move_to_this_computer)
        path, passphrase = self.path, self.db.passphrase
        control = self._scheduled = backups.BackupControl()
        run_in_background(
            lambda _progress: startup_checks(path, passphrase, control),
            lambda outcome: self._checked(window, outcome),
            lambda error: self._check_failed(window, error),
        )

    def _checked(self, window: MainWindow, outcome: CheckOutcome) -> None:
        if window is not self.window:
            return  # replaced meanwhile
        if outcome.corrupt is None:
            # Attachments' text is written only into a file the checks found sound: a
            # damaged one is left exactly as it was for the recovery.
            window.document_reader.start()
        if outcome.corrupt is not None:
            self._damaged(window, outcome)
        elif outcome.backup_problem:
            window.show_problem(
                self.tr("No automatic backup today: %1").replace(
                    "%1", field_message(outcome.backup_problem)
                )
            )
        self.checked.emit(outcome)

    def _check_failed(self, window: MainWindow, error: BaseException) -> None:
        if window is self.window:
            text = self.tr("The database could not be checked: %1")
            window.show_problem(text.replace("%1", describe_error(error)))

    def _damaged(self, window: MainWindow, outcome: CheckOutcome) -> None:
        error = outcome.corrupt
        assert error is not None
        print(f"casetracker: error: {error}", file=sys.stderr)
        window.show_problem(self.tr("The database is damaged: restore a backup (File → Backups…)"))
        if not self.interactive:
            return
        good = outcome.good_backup
        assert isinstance(self.path, Path)  # damage is found in files only
        choice = ask_about_damage(window, self.path, error.detail, good, can_keep_open=True)
        if choice is DamageChoice.RESTORE and good is not None:
            self.restore(good.path)
        elif choice is DamageChoice.QUIT:
            window.close()

    # -- replacing the database ---------------------------------------------------------

    def restore(self, backup: Path) -> None:
        """Put ``backup`` in place of the database (kept aside) and open it again."""
        path = self.path
        if not isinstance(path, Path):
            return  # a server is restored by its admin (pg_restore); the window offers none
        key = self.db.passphrase if self.db is not None else None  # gone once closed
        self._switch(
            path,
            self.tr("Restoring the backup…"),
            lambda: backups.restore(backup, path, passphrase=key),
            self._restored_text,
        )

    def open_other(self, path: Path) -> None:
        """Close this database and open ``path`` instead (an imported archive)."""
        self._switch(Path(path), "", None, lambda _result: "")

    def move_to_this_computer(self) -> None:
        """Copy a database kept in a synced or network folder to this computer, and back
        it up into that folder instead; the original is left as it was."""
        if self.window is None or not isinstance(self.path, Path):
            return
        target = ask_local_target(self.window, self.path)
        if target is None:
            return
        old = self.path
        key = self.db.passphrase if self.db is not None else None

        def work() -> object:
            backups.back_up(old, target, passphrase=key)
            return backups.back_up(target, old.parent, passphrase=key)

        self._switch(
            target,
            self.tr("Moving the database to this computer…"),
            work,
            lambda made: (
                self.tr(
                    "The database is now %1, and a backup of it is in %2. The old file was left "
                    "as it was: open the new one from now on."
                )
                .replace("%1", str(target))
                .replace("%2", str(made.path.parent))
            ),  # type: ignore[attr-defined]
        )

    def _switch(
        self,
        target: Path | str,
        label: str,
        work: Callable[[], object] | None,
        describe: Callable[[Any], str],
    ) -> None:
        old = self.path
        QApplication.setQuitOnLastWindowClosed(False)  # the window closes, the app stays
        self.close()
        notice = ""
        try:
            if work is not None:
                notice = describe(run_with_progress(None, label, work))
        except CasetrackerError as error:
            show_error(None, error)
            target = old
        if self._open_and_show(target, notice):
            return
        if target != old and self._open_and_show(old):
            return
        self.ended.emit()

    def _leftovers_text(self, db: Database) -> str:
        count = len(db.report.leftovers)
        if count == 0:
            return ""
        if count == 1:
            return self.tr("Removed 1 leftover temporary copy from an interrupted operation.")
        text = self.tr("Removed %1 leftover temporary copies from an interrupted operation.")
        return text.replace("%1", str(count))

    def _restored_text(self, result: RestoreResult) -> str:
        text = self.tr("Restored the backup %1.").replace("%1", result.backup.name)
        if result.kept_aside is not None:
            kept = self.tr("The previous file was kept as %1.")
            text += " " + kept.replace("%1", result.kept_aside.name)
        if result.kept_protection:
            text += " " + self.tr(
                "The backup was made before the database was protected; the restored "
                "database is protected with the current passphrase."
            )
        return text
