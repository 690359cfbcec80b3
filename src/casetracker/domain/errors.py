"""Errors raised by the domain and the services, worded for the user.

Every message names the field and says how to fix it, because the GUI shows it
next to the field and the command line prints it as one line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ECHO_LIMIT = 80


def echo(value: object, limit: int = ECHO_LIMIT) -> str:
    """``repr(value)`` for an error message, cut to about ``limit`` characters.

    What the user typed is repeated so they see what was refused, but a pasted page
    or a 60,000-character argument would bury the message: the rest becomes "…".
    """
    if isinstance(value, str) and len(value) > limit:
        return repr(value[: limit - 1] + "…")
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CasetrackerError(Exception):
    """Base class of every error the user is meant to read."""


class ValidationError(CasetrackerError, ValueError):
    """One field holds a value that cannot be accepted."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class ValidationErrors(CasetrackerError, ValueError):
    """Several fields failed at once; the form shows each next to its field."""

    def __init__(self, errors: Iterable[ValidationError]) -> None:
        self.errors: tuple[ValidationError, ...] = tuple(errors)
        super().__init__("; ".join(str(error) for error in self.errors))

    def for_field(self, field: str) -> list[str]:
        """Return the messages about ``field``."""
        return [error.message for error in self.errors if error.field == field]


class NotFoundError(CasetrackerError, LookupError):
    """The record asked for does not exist (any more)."""

    def __init__(self, entity: str, key: object) -> None:
        super().__init__(f"no {entity} with id or number {echo(key)}")
        self.entity = entity
        self.key = key


class ConflictError(CasetrackerError):
    """The change clashes with existing data (a duplicate, a record still in use)."""


class FileWriteError(CasetrackerError):
    """A file could not be written; whatever was at the target before is unchanged.

    ``path`` is None when no name was given at all.
    """

    def __init__(self, path: Path | None, message: str) -> None:
        super().__init__(f"{path}: {message}" if path is not None else message)
        self.path = path


class ReadOnlyLocationError(FileWriteError):
    """The folder (or the drive) does not accept writes."""


class DiskFullError(FileWriteError):
    """The drive ran out of space (or the user's quota) while writing."""


@dataclass(frozen=True, slots=True)
class RemoteChange:
    """One save by someone else, from the history: who, when (naive UTC), which
    version it made, and each field's value before and after it."""

    actor: str
    at: datetime
    version: int | None
    fields: tuple[tuple[str, object, object], ...]


class StaleRecordError(ConflictError):
    """A save based on a version of the record that someone else has since replaced.

    Nothing was written; ``changes`` lists what the others changed since the version
    the form was opened at (oldest first), so the user can reload and re-apply theirs.
    """

    def __init__(
        self,
        entity: str,
        record_id: int,
        changes: Iterable[RemoteChange] = (),
        current_version: int | None = None,
    ) -> None:
        self.entity = entity
        self.record_id = record_id
        self.changes: tuple[RemoteChange, ...] = tuple(changes)
        # The version the record is at now (None when unknown): a save the user
        # confirms after seeing the changes starts from it.
        self.current_version = current_version
        when = ""
        if self.changes:
            moment = self.changes[-1].at.replace(tzinfo=UTC).astimezone()
            when = f" at {moment:%H:%M}"
        super().__init__(
            f"this {entity} was changed by someone else{when}; your changes were not "
            "saved: reload and re-apply"
        )


class FieldCopyError(CasetrackerError):
    """A field copy cannot be checked out, synchronised or read as asked; nothing was
    changed on either side."""
