"""Around opening: the schema upgrade (a verified backup first), the day's backup,
and the words for what SQLite says when it cannot write.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from casetracker.domain.errors import CasetrackerError
from casetracker.store import backup, migrate
from casetracker.store.errors import (
    BackupError,
    DatabaseUnavailableError,
    FileWriteError,
    MigrationError,
)

log = logging.getLogger(__name__)


def daily_backup_reported(
    path: Path, folder: Path | None, passphrase: str | None = None
) -> tuple[Path | None, str | None]:
    """The day's backup; failing to make it is reported, never stops the open."""
    try:
        made = backup.daily_backup(path, folder, passphrase=passphrase)
    except (FileWriteError, BackupError) as exc:
        log.warning("automatic backup failed: %s", exc)
        return None, str(exc)
    return (made.path if made else None), None


def copy_before_migration(
    path: Path, revision: str, folder: Path | None = None, passphrase: str | None = None
) -> Path:
    """Back the database up (verified) before its schema changes; return the backup.

    Raises:
        MigrationError: no verified backup could be made, so nothing is migrated.
    """
    try:
        made = backup.make_backup(
            path, folder, kind=backup.PREMIGRATION, detail=revision, passphrase=passphrase
        )
    except CasetrackerError as exc:
        raise MigrationError(
            path, f"no upgrade without a backup, and the backup failed: {exc}"
        ) from exc
    return made.path


def run_upgrade(engine: Engine, path: Path) -> None:
    """Apply the pending migrations through ``engine`` (the database's write engine).

    Raises:
        DatabaseUnavailableError: SQLite could not write (full disk, read-only file).
        MigrationError: the upgrade failed and was rolled back.
    """
    try:
        migrate.upgrade(engine)
    except OperationalError as exc:
        raise DatabaseUnavailableError(path, describe_operational(exc)) from exc
    except RuntimeError as exc:
        raise MigrationError(path, str(exc)) from exc


def describe_operational(exc: OperationalError) -> str:
    """What a failed write means for the user, from SQLite's message."""
    message = str(exc.orig) if exc.orig is not None else str(exc)
    if "readonly" in message or "read-only" in message:
        return "the file or its folder is read-only; choose a writable --db path"
    if "locked" in message:
        return "the database is in use by another program; close it and try again"
    if "disk" in message and "full" in message:
        return "the disk is full; free some space and try again"
    if "unable to open" in message:
        return "cannot open the file; check the path and its permissions"
    return message
