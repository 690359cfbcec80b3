"""The database file itself, as the desktop app meets it: opening it, its passphrase,
its damage, who else holds it, where it lies, and the private folders for copies of
its attachments.

The ui reaches the store only through the services (the import contract in
pyproject.toml says so); the other services take the open :class:`Database`, and
this one is the ui's door to everything about the file.
"""

from __future__ import annotations

from pathlib import Path

from casetracker.store.backup import BackupInfo, describe
from casetracker.store.database import default_actor, default_db_path, open_database
from casetracker.store.encryption import (
    PASSPHRASE_ENV,
    PassphraseRequiredError,
    WrongPassphraseError,
    check_passphrase,
    is_protected,
    passphrase_for_new_file,
)
from casetracker.store.errors import (
    BackupError,
    CorruptDatabaseError,
    DatabaseFaultError,
    DatabaseInUseError,
)
from casetracker.store.integrity import quick_check
from casetracker.store.leftovers import attachment_folder, remove_folder
from casetracker.store.locations import (
    lock_path,
    network_file_system,
    risky_location,
    synced_service,
)
from casetracker.store.lock import LockHolder, read_holder
from casetracker.store.server import ServerDatabase, open_server_database
from casetracker.store.server_url import (
    FORM as SERVER_ADDRESS_FORM,
)
from casetracker.store.server_url import (
    ServerDatabaseError,
    ServerPasswordRequiredError,
    is_server_url,
    redact,
)

__all__ = [
    "PASSPHRASE_ENV",
    "SERVER_ADDRESS_FORM",
    "BackupError",
    "CorruptDatabaseError",
    "DatabaseFaultError",
    "DatabaseInUseError",
    "LockHolder",
    "PassphraseRequiredError",
    "ServerDatabaseError",
    "ServerPasswordRequiredError",
    "WrongPassphraseError",
    "attachment_folder",
    "check_passphrase",
    "connect_server",
    "default_actor",
    "default_db_path",
    "describe_backup",
    "holder",
    "is_protected",
    "is_server_url",
    "network_file_system",
    "open_database",
    "passphrase_for_new_file",
    "quick_check",
    "redact",
    "remove_folder",
    "risky_location",
    "synced_service",
]


def holder(db_path: Path) -> LockHolder | None:
    """Who holds ``db_path`` open (user, computer, since when), as its lock file says;
    None when the lock file says nothing readable."""
    return read_holder(lock_path(db_path))


def describe_backup(path: Path, passphrase: str | None = None) -> BackupInfo | None:
    """Date, kind and case count of the backup at ``path``; None when it is gone."""
    if not path.is_file():
        return None
    return describe(path, passphrase)


def connect_server(url: str, password: str | None = None) -> ServerDatabase:
    """The casetracker database on the PostgreSQL server at ``url`` (schema made if empty).

    Raises:
        ServerPasswordRequiredError: libpq found no password and none was given.
        ServerDatabaseError: anything else that keeps it from opening, in one line.
    """
    return open_server_database(url, password=password)
