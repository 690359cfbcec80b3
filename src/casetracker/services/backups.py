"""Backups, restore and integrity checks, as the GUI and the command line use them.

These work on the database *file*, not on an open :class:`Database`: a damaged
database must still be checked and replaced, and a restore must happen while no
one has the file open. The results are the store's frozen dataclasses. For a
protected database pass its ``passphrase`` (``Database.passphrase`` when it is
open): its backups are protected with it too.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from casetracker.store import backup as _backup
from casetracker.store import restore as _restore
from casetracker.store.backup import BackupInfo, BackupMade
from casetracker.store.errors import DatabaseUnavailableError, describe_age
from casetracker.store.file_probe import require_regular
from casetracker.store.integrity import CheckReport, check_database
from casetracker.store.locations import backups_folder, risky_location
from casetracker.store.restore import RestoreResult
from casetracker.store.rotation import RotationPolicy

__all__ = [
    "BackupInfo",
    "BackupMade",
    "CheckReport",
    "RestoreResult",
    "RotationPolicy",
    "back_up",
    "backup_age",
    "backups_folder",
    "check",
    "daily_backup",
    "list_backups",
    "newest_good_backup",
    "restore",
    "risky_location",
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
    db_path: Path, folder: Path | None = None, *, passphrase: str | None = None
) -> BackupMade | None:
    """The day's automatic backup if not made yet (for the GUI to run off its thread).

    The GUI opens with ``open_database(..., auto_backup=False)`` and calls this from
    a worker: on a big database the backup and its checks take seconds.
    """
    return _backup.daily_backup(db_path, folder, passphrase=passphrase)


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
    """Integrity, references and search index of the database file."""
    _require(db_path)
    return check_database(db_path, passphrase)


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
