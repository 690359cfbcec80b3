"""Errors about the database file itself, each worded as one line for the user."""

from __future__ import annotations

from pathlib import Path

from casetracker.domain.errors import CasetrackerError


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
