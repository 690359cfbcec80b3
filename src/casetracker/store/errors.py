"""Errors about the database file itself, each worded as one line for the user."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from casetracker.domain.errors import CasetrackerError
from casetracker.domain.errors import DiskFullError as DiskFullError
from casetracker.domain.errors import FileWriteError as FileWriteError
from casetracker.domain.errors import ReadOnlyLocationError as ReadOnlyLocationError


class DatabaseFileError(CasetrackerError):
    """The database file cannot be used as it is; it has not been modified."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


class NotADatabaseError(DatabaseFileError):
    """The file is not an SQLite database at all."""


class ForeignDatabaseError(DatabaseFileError):
    """The file is an SQLite database written by another program."""


class NewerSchemaError(DatabaseFileError):
    """The database was written by a newer casetracker; this one must not touch it."""


class MigrationError(DatabaseFileError):
    """A schema upgrade failed and was rolled back; the copy taken before it is kept."""


class DatabaseUnavailableError(DatabaseFileError):
    """The file cannot be opened or written (permissions, disk full, locked)."""


class CorruptDatabaseError(DatabaseFileError):
    """SQLite's own checks found damage. The file is kept exactly as it is.

    ``backup`` is the newest backup that passed its integrity check (None when there
    is none) and ``backup_age`` how old it is, so the GUI can offer restoring it.
    """

    def __init__(
        self,
        path: Path,
        detail: str,
        backup: Path | None = None,
        backup_age: timedelta | None = None,
    ) -> None:
        if backup is None:
            advice = "no good backup was found; copy the file somewhere safe and ask for help"
        else:
            advice = (
                f"the newest good backup is {backup} ({describe_age(backup_age)}); "
                f"restore it with: casetracker restore {backup}"
            )
        super().__init__(path, f"the database is damaged ({detail}); it was left as is; {advice}")
        self.detail = detail
        self.backup = backup
        self.backup_age = backup_age


class DatabaseFaultError(DatabaseFileError):
    """SQLite failed while reading or writing the open database; nothing was saved.

    ``damaged`` is true when the fault is in the file itself (a damaged page), not in
    the drive, the permissions or a lock; the app then offers the newest good backup.
    ``detail`` is SQLite's own words, never the statement or its values (they can hold
    case content).
    """

    def __init__(self, path: Path, detail: str, *, damaged: bool) -> None:
        advice = "run: casetracker check" if damaged else "try again"
        what = "SQLite found damage" if damaged else "the database could not be read or written"
        super().__init__(path, f"{what} ({detail}); no change was saved; {advice}")
        self.detail = detail
        self.damaged = damaged


class DatabaseInUseError(DatabaseFileError):
    """Another casetracker holds the database's write lock; nothing was written."""

    def __init__(self, path: Path, holder: str, holder_info: Any = None) -> None:
        super().__init__(path, f"the database is in use by {holder}; close it there and try again")
        self.holder = holder
        self.holder_info = holder_info  # the LockHolder, when the lock file says


class DatabaseReplacedError(DatabaseFileError):
    """The file was replaced (protect, restore) after this process opened it."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            "the database was replaced while this command had it open (protect, "
            "unprotect, change-passphrase or restore ran meanwhile); nothing of this "
            "change was saved; run the command again",
        )


class BackupError(CasetrackerError):
    """A backup could not be made, verified or restored; the database is unchanged."""


def describe_age(age: timedelta | None) -> str:
    """'made 3 days ago', worded for a person rather than a log."""
    if age is None:
        return "age unknown"
    seconds = max(0, int(age.total_seconds()))
    if seconds < 3600:
        return f"made {max(1, seconds // 60)} minutes ago"
    if seconds < 2 * 86400:
        return f"made {seconds // 3600} hours ago"
    return f"made {seconds // 86400} days ago"
