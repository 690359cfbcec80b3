"""Starting the desktop app: display check, QApplication, translations, database, window.

The database is opened before any window is built, so a file that cannot be used
gives one clear line (and a message box when there is a screen), never a traceback.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from casetracker import APP_NAME, ORG_NAME, __version__
from casetracker.domain.errors import CasetrackerError
from casetracker.store.database import Database, open_database
from casetracker.ui.i18n import install_translators
from casetracker.ui.settings import Settings

EXIT_OK = 0
EXIT_ERROR = 1


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
    return app  # type: ignore[return-value]


def create_main_window(db: Database, settings: Settings | None = None) -> QWidget:
    """Build the main window on an open database (tests use this too)."""
    from casetracker.ui.main_window import MainWindow

    return MainWindow(db, settings or Settings())


def run(db_path: Path) -> int:
    """Run the desktop app on the database at ``db_path``; return the exit status."""
    problem = display_problem()
    if problem is not None:
        print(f"casetracker: error: {problem}", file=sys.stderr)
        return EXIT_ERROR
    app = application()
    settings = Settings()
    install_translators(settings.language)
    try:
        db = open_database(db_path, actor=settings.user_name)
    except CasetrackerError as error:
        report_startup_error(str(error))
        return EXIT_ERROR
    try:
        window = create_main_window(db, settings)
        window.show()
        return int(app.exec())
    finally:
        db.close()


def report_startup_error(message: str) -> None:
    """One line on stderr and, where a screen shows it, a message box."""
    print(f"casetracker: error: {message}", file=sys.stderr)
    if QApplication.platformName() in ("offscreen", "minimal"):
        return
    box = QMessageBox(QMessageBox.Icon.Critical, "casetracker", message)
    box.setInformativeText(
        QApplication.translate(
            "Startup", "casetracker cannot open this database. Nothing in it was changed."
        )
    )
    box.exec()
