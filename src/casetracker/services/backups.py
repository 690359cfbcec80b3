"""Backups, restore and integrity checks, as the GUI and the command line use them.

These work on the database *file*, not on an open :class:`Database`: a damaged
database must still be checked and replaced, and a restore must happen while no
one has the file open. The results are the store's frozen dataclasses. For a
protected database pass its ``passphrase`` (``Database.passphrase`` when it is
open): its backups are protected with it too.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from contextlib import AbstractContextManager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from casetracker.store import backup as _backup
from casetracker.store import restore as _restore
from casetracker.store.backup import BackupInfo, BackupMade
from casetracker.store.check_state import CheckState, load_state, record_full_check
from casetracker.store.chunked_backup import BackupCancelled, BackupControl
from casetracker.store.encryption import PASSPHRASE_ENV
from casetracker.store.errors import DatabaseUnavailableError, describe_age
from casetracker.store.file_probe import require_regular
from casetracker.store.integrity import CheckReport, check_database, integrity_check
from casetracker.store.locations import backups_folder, risky_location, scheduled_lock_path
from casetracker.store.lock import one_at_a_time
from casetracker.store.restore import RestoreResult
from casetracker.store.rotation import RotationPolicy

BACKGROUND_SWITCH = "CASETRACKER_BACKGROUND_BACKUPS"
PASSPHRASE_VARIABLE = PASSPHRASE_ENV
SCHEDULED_COMMAND = "casetracker backup --scheduled"

__all__ = [
    "BackupCancelled",
    "BackupControl",
    "BackupInfo",
    "BackupMade",
    "CheckReport",
    "CheckState",
    "RestoreResult",
    "RotationPolicy",
    "back_up",
    "backup_age",
    "backups_folder",
    "check",
    "check_status",
    "daily_backup",
    "list_backups",
    "newest_good_backup",
    "restore",
    "risky_location",
    "scheduled_work",
    "start_in_background",
]


def back_up(
    db_path: Path, destination: Path | None = None, *, passphrase: str | None = None
) -> BackupMade:
    """Back the database up now, verified, then rotate that folder's automatic backups.

    ``destination`` is a folder (an external drive) or the name of a new file;
    by default the backups folder beside the database. The result names the
    automatic backups rotation removed (never one made by hand).

    Raises:
        DatabaseUnavailableError: there is no database at ``db_path``.
        FileWriteError (and subclasses), BackupError, CorruptDatabaseError.
    """
    _require(db_path)
    if destination is not None and _names_a_file(destination):
        _backup.write_backup(db_path, destination, passphrase)
        return BackupMade.of(_backup.describe(destination, passphrase))
    info = _backup.make_backup(db_path, destination, kind=_backup.MANUAL, passphrase=passphrase)
    removed = _backup.rotate_backups(
        db_path, destination, verified=info.path, passphrase=passphrase
    )
    return BackupMade.of(info, removed)


def daily_backup(
    db_path: Path,
    folder: Path | None = None,
    *,
    passphrase: str | None = None,
    control: BackupControl | None = None,
) -> BackupMade | None:
    """The day's automatic backup if not made yet (for the GUI to run off its thread).

    The GUI opens with ``open_database(..., auto_backup=False)`` and calls this from
    a worker: on a big database the backup and its checks take seconds.
    """
    return _backup.daily_backup(db_path, folder, passphrase=passphrase, control=control)


def list_backups(
    db_path: Path, folder: Path | None = None, *, passphrase: str | None = None
) -> list[BackupInfo]:
    """The database's backups, newest first, with date, size and case count."""
    return _backup.list_backups(folder or backups_folder(db_path), db_path, passphrase)


def newest_good_backup(
    db_path: Path, folder: Path | None = None, *, passphrase: str | None = None
) -> BackupInfo | None:
    """The newest backup that passes its integrity check, for the corruption dialog."""
    return _backup.newest_good_backup(db_path, folder, passphrase)


def restore(backup: Path, db_path: Path, *, passphrase: str | None = None) -> RestoreResult:
    """Replace the database with ``backup``; the current file is renamed, not lost."""
    return _restore.restore_backup(backup, db_path, passphrase=passphrase)


def check(db_path: Path, *, passphrase: str | None = None) -> CheckReport:
    """Integrity, references and search index of the database file (recorded)."""
    _require(db_path)
    started = time.monotonic()
    report = check_database(db_path, passphrase)
    detail = f"{report.problems[0].check}: {report.problems[0].detail}" if report.problems else ""
    record_full_check(db_path, report.ok, time.monotonic() - started, detail)
    return report


def check_status(db_path: Path) -> CheckState:
    """When the database was last checked in full, and whether damage was reported since."""
    _require(db_path)
    return load_state(db_path)


def scheduled_work(
    db_path: Path, *, passphrase: str | None = None, control: BackupControl | None = None
) -> BackupMade | None:
    """The day's backup if due, then the weekly full check if still due.

    One process at a time does it: while another one is at it (every command may
    start it), this returns None at once.

    A daily copy of a plain database is a page copy checked in full, which counts as
    the week's check; a protected database's copy is not, so its file is checked here.

    Raises:
        CorruptDatabaseError: the copy or the check found damage (nothing was rotated).
        FileWriteError, BackupError, BackupCancelled: as for :func:`daily_backup`.
    """
    with _one_scheduled_run(db_path) as mine:
        if not mine:
            return None  # another process is doing it now
        made = _backup.daily_backup(db_path, passphrase=passphrase, control=control)
        if load_state(db_path).full_check_due():
            started = time.monotonic()
            problems = integrity_check(db_path, passphrase=passphrase)
            record_full_check(
                db_path, not problems, time.monotonic() - started, problems[0] if problems else ""
            )
            if problems:
                raise _backup.corrupt_error(db_path, problems[0], None, passphrase)
        return made


def start_in_background(db_path: Path, passphrase: str | None = None) -> bool:
    """Start ``casetracker backup --scheduled`` as a separate, low-priority process.

    For the command line: a command never waits for the day's backup. Returns whether
    one was started (not when the day's backup exists and no check is due, nor when
    CASETRACKER_BACKGROUND_BACKUPS is "off", nor while an earlier one is still at
    work: a script of fifty commands starts one). The passphrase of a protected database
    goes through the child's environment, as CASETRACKER_PASSPHRASE does for any
    command, never its command line.
    """
    if os.environ.get(BACKGROUND_SWITCH, "").lower() == "off":
        return False
    due = _backup.needs_daily_backup(db_path, today=date.today())
    if not due and not load_state(db_path).full_check_due():
        return False
    with _one_scheduled_run(db_path) as free:
        if not free:
            return False  # the one started by an earlier command is still at work
    environment = dict(os.environ)
    if passphrase is not None:
        environment[PASSPHRASE_VARIABLE] = passphrase
    command = [sys.executable, "-m", "casetracker", "--db", str(db_path), "backup", "--scheduled"]
    options: dict[str, Any] = {}
    if sys.platform == "win32":
        options["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP | 0x00004000  # BELOW_NORMAL
    else:
        options["start_new_session"] = True
        options["preexec_fn"] = lambda: os.nice(10)
    try:
        subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=environment,
            close_fds=True,
            **options,
        )
    except OSError:
        return False
    return True


def _one_scheduled_run(db_path: Path) -> AbstractContextManager[bool]:
    """Whether this process may do the scheduled work now (see ``one_at_a_time``)."""
    return one_at_a_time(db_path, scheduled_lock_path(db_path), SCHEDULED_COMMAND)


def backup_age(info: BackupInfo, now: datetime | None = None) -> str:
    """'made 3 days ago' for a backup."""
    return describe_age((now or datetime.now()) - info.made_at)


def _require(db_path: Path) -> None:
    require_regular(db_path)
    if not db_path.is_file():
        raise DatabaseUnavailableError(db_path, "no database here; check the path or --db")


def _names_a_file(destination: Path) -> bool:
    """A destination ending in .sqlite3/.db that is not a folder names the backup file."""
    return not destination.is_dir() and destination.suffix.lower() in {".sqlite3", ".sqlite", ".db"}
