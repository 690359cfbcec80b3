"""Telling the user about the database file itself: damage, a second instance, a risky folder.

Each message says what happened, that nothing was changed or lost, and what to do;
the store's English wording is shown only as the technical detail. The start-up
checks (the day's backup and the weekly full check) run here off the GUI thread.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from casetracker.domain.errors import FileWriteError
from casetracker.services import backups
from casetracker.services.backups import BackupInfo
from casetracker.services.database_file import (
    BackupError,
    CorruptDatabaseError,
    DatabaseInUseError,
    default_db_path,
    describe_backup,
    holder,
    network_file_system,
    risky_location,
    synced_service,
)
from casetracker.ui.formats import format_date, format_datetime, format_time
from casetracker.ui.i18n import translate
from casetracker.ui.messages import show_error
from casetracker.ui.worker import run_in_background

T = TypeVar("T")


# -- how old a backup is --------------------------------------------------------------


def when_text(made_at: datetime, now: datetime | None = None) -> str:
    """ "today 18:40", "yesterday 18:40" or the date and time."""
    today = (now or datetime.now()).date()
    if made_at.date() == today:
        return translate("Recovery", "today %1").replace("%1", format_time(made_at))
    if made_at.date() == today - timedelta(days=1):
        return translate("Recovery", "yesterday %1").replace("%1", format_time(made_at))
    return format_datetime(made_at)


def age_text(made_at: datetime, now: datetime | None = None) -> str:
    """ "5 minutes old", "3 hours old", "1 day old" (days counted by the calendar)."""
    now = now or datetime.now()
    days = (now.date() - made_at.date()).days
    if days >= 1:
        return (
            translate("Recovery", "1 day old")
            if days == 1
            else translate("Recovery", "%1 days old").replace("%1", str(days))
        )
    seconds = max(0, int((now - made_at).total_seconds()))
    if seconds >= 3600:
        hours = seconds // 3600
        return (
            translate("Recovery", "1 hour old")
            if hours == 1
            else translate("Recovery", "%1 hours old").replace("%1", str(hours))
        )
    minutes = max(1, seconds // 60)
    if minutes == 1:
        return translate("Recovery", "1 minute old")
    return translate("Recovery", "%1 minutes old").replace("%1", str(minutes))


def backup_phrase(made_at: datetime, now: datetime | None = None) -> str:
    """ "from yesterday 18:40, 1 day old"."""
    return (
        translate("Recovery", "from %1, %2")
        .replace("%1", when_text(made_at, now))
        .replace("%2", age_text(made_at, now))
    )


# -- a damaged database ---------------------------------------------------------------


class DamageChoice(enum.Enum):
    RESTORE = "restore"
    KEEP_OPEN = "keep_open"
    QUIT = "quit"


def ask_about_damage(
    parent: QWidget | None,
    db_path: Path,
    detail: str,
    backup: BackupInfo | None,
    *,
    can_keep_open: bool,
) -> DamageChoice:
    """Say the file is damaged and untouched; offer the newest good backup."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Recovery", "The database is damaged"))
    box.setText(
        translate("Recovery", "The database file %1 is damaged.").replace("%1", db_path.name)
    )
    kept = translate(
        "Recovery",
        "casetracker left the file exactly as it was: nothing in it was changed or deleted.",
    )
    if backup is not None:
        cases = "?" if backup.case_count is None else str(backup.case_count)
        advice = (
            translate(
                "Recovery",
                "The newest good backup is %1 and holds %2 cases. Restoring it puts the "
                "damaged file aside under a new name, so nothing is lost; changes made after "
                "the backup are not in it.",
            )
            .replace("%1", backup_phrase(backup.made_at))
            .replace("%2", cases)
        )
    else:
        advice = translate(
            "Recovery",
            "No good backup was found. Copy the file somewhere safe before anything else, "
            "and ask for help: much of it can usually be recovered.",
        )
    box.setInformativeText(f"{kept}\n\n{advice}")
    lines = [
        translate("Recovery", "File: %1").replace("%1", str(db_path)),
        translate("Recovery", "SQLite says: %1").replace("%1", detail),
    ]
    if backup is not None:
        lines.append(translate("Recovery", "Backup: %1").replace("%1", str(backup.path)))
    box.setDetailedText("\n".join(lines))
    buttons: dict[Any, DamageChoice] = {}
    escape = None
    if backup is not None:
        restore = box.addButton(
            translate("Recovery", "Restore this backup"), QMessageBox.ButtonRole.AcceptRole
        )
        buttons[restore] = DamageChoice.RESTORE
        box.setDefaultButton(restore)
    if can_keep_open:
        keep = box.addButton(
            translate("Recovery", "Keep it open"), QMessageBox.ButtonRole.RejectRole
        )
        buttons[keep] = DamageChoice.KEEP_OPEN
        escape = keep
    quit_button = box.addButton(
        translate("Recovery", "Quit casetracker"), QMessageBox.ButtonRole.DestructiveRole
    )
    buttons[quit_button] = DamageChoice.QUIT
    box.setEscapeButton(escape or quit_button)
    box.exec()
    return buttons.get(box.clickedButton(), DamageChoice.QUIT)


def backup_info(error: CorruptDatabaseError, passphrase: str | None = None) -> BackupInfo | None:
    """The backup the error names, with its date and case count; None when there is none."""
    if error.backup is None:
        return None
    return describe_backup(error.backup, passphrase)


# -- a second instance ---------------------------------------------------------------


def in_use_text(error: DatabaseInUseError) -> str:
    """Who has the database open and since when, as far as the lock file says."""
    held_by = holder(error.path)
    if held_by is None:
        known = translate("Recovery", "%1 is already open in another casetracker.").replace(
            "%1", error.path.name
        )
    else:
        known = (
            translate(
                "Recovery",
                "%1 is already open in casetracker: %2 has had it open on the computer %3 "
                "since %4 (process %5).",
            )
            .replace("%1", error.path.name)
            .replace("%2", held_by.user)
            .replace("%3", held_by.host)
            .replace("%4", f"{format_date(held_by.since.date())} {format_time(held_by.since)}")
            .replace("%5", str(held_by.pid))
        )
    advice = translate(
        "Recovery",
        "Close it there first, then start casetracker again: two programs writing to one "
        "database at the same time could damage it.",
    )
    return f"{known}\n\n{advice}"


def show_in_use(parent: QWidget | None, error: DatabaseInUseError) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Recovery", "The database is in use"),
        in_use_text(error),
    )
    box.setParent(parent, box.windowFlags())
    box.exec()


# -- a risky folder ------------------------------------------------------------------


def location_text(db_path: Path, fallback: str) -> str:
    """Why the database's folder is risky, in the UI language."""
    service = synced_service(Path(db_path).absolute())
    if service is not None:
        reason = translate(
            "Recovery",
            "The database is inside a %1 folder. The sync program copies the file and its "
            "journal separately, and can damage it or bring back old versions.",
        ).replace("%1", service)
    else:
        network = network_file_system(Path(db_path).absolute())
        if network is None:
            return fallback
        reason = translate(
            "Recovery",
            "The database is on a network drive (%1). File locking there is unreliable, so "
            "two computers can write at once and damage it.",
        ).replace("%1", network)
    advice = translate(
        "Recovery",
        "Keep the database on this computer and back up into that folder instead: a "
        "backup is one finished file, which syncing cannot harm.",
    )
    return f"{reason}\n\n{advice}"


def location_warning(
    parent: QWidget, db_path: Path, fallback: str, on_move: Callable[[], None]
) -> QMessageBox:
    """A warning that does not block the window, offering to move the database."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Recovery", "A risky place for the database"))
    box.setText(translate("Recovery", "This database is in a folder where it can be damaged."))
    box.setInformativeText(location_text(db_path, fallback))
    move = box.addButton(
        translate("Recovery", "Move it to this computer…"), QMessageBox.ButtonRole.AcceptRole
    )
    later = box.addButton(translate("Recovery", "Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(later)
    box.setEscapeButton(later)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Later, from the event loop: moving closes the window this box belongs to.
    box.buttonClicked.connect(lambda button: button is move and QTimer.singleShot(0, on_move))
    box.show()
    return box


def ask_local_target(parent: QWidget, current: Path) -> Path | None:
    """A new database file on this computer, or None if the user cancels."""
    suggested = default_db_path()
    if suggested.exists():
        suggested = suggested.with_name(current.name)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("Recovery", "Where on this computer?"),
        str(suggested),
        translate("Recovery", "casetracker databases (*.sqlite3)"),
    )
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() not in (".sqlite3", ".sqlite", ".db"):
        target = target.with_name(target.name + ".sqlite3")
    if target.exists() and target.stat().st_size > 0:
        problem = translate("Recovery", "%1 already exists; choose a new file name.").replace(
            "%1", str(target)
        )
    elif risky_location(target) is not None:
        problem = translate(
            "Recovery",
            "%1 is in a synced or network folder too; choose a folder on this computer.",
        ).replace("%1", str(target.parent))
    else:
        return target
    show_error(parent, problem)
    return None


# -- the checks after start-up --------------------------------------------------------


class FirstPaint(QObject):
    """Calls back once, just after the window's first paint has reached the screen."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    """What the start-up checks found: damage, the backup made, or why none was."""

    corrupt: CorruptDatabaseError | None = None
    good_backup: BackupInfo | None = None
    backup: BackupInfo | None = None
    backup_problem: str | None = None


def startup_checks(
    db_path: Path, passphrase: str | None = None, control: backups.BackupControl | None = None
) -> CheckOutcome:
    """The day's backup (its copy checked in full) and the weekly check, when due.

    Runs in a worker: it touches no widget. ``control`` cancels it when the app quits;
    a cancelled backup keeps nothing and the next start makes it again.
    """
    try:
        made = backups.scheduled_work(db_path, passphrase=passphrase, control=control)
    except CorruptDatabaseError as error:
        return CheckOutcome(corrupt=error, good_backup=backup_info(error, passphrase))
    except (FileWriteError, BackupError) as error:
        return CheckOutcome(backup_problem=str(error))
    except backups.BackupCancelled:
        return CheckOutcome()
    return CheckOutcome(backup=made)


def backups_corrupt(
    db_path: Path, detail: str, passphrase: str | None = None
) -> CorruptDatabaseError:
    """The damage error for ``db_path``, naming its newest good backup."""
    good = backups.newest_good_backup(db_path, passphrase=passphrase)
    if good is None:
        return CorruptDatabaseError(db_path, detail)
    return CorruptDatabaseError(db_path, detail, good.path, datetime.now() - good.made_at)


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """Run ``work`` off the GUI thread while a busy dialog shows; return or raise its outcome.

    For the moments when nothing else may happen meanwhile (the database is closed
    for a restore), so waiting in a local event loop is what the user sees anyway.
    """
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowTitle("casetracker")
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(300)
    dialog.setAccessibleName(label)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def finish(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    run_in_background(
        lambda _progress: work(),
        lambda result: finish("result", result),
        lambda error: finish("error", error),
    )
    if not outcome:
        loop.exec()
    dialog.reset()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
