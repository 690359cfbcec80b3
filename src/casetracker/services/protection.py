"""Encryption at rest as the command line and the GUI use it.

Protecting, unprotecting and changing the passphrase work on the database *file*
while nobody has it open (see :mod:`casetracker.store.protection`). A JSON archive
cannot be protected: exporting a protected database needs the caller's explicit
consent to write plain text.
"""

from __future__ import annotations

from pathlib import Path

from casetracker.domain.errors import CasetrackerError
from casetracker.store.database import Database
from casetracker.store.encryption import (
    MIN_PASSPHRASE_LENGTH,
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    PassphraseRequiredError,
    WeakPassphraseError,
    WrongPassphraseError,
    is_protected,
)
from casetracker.store.protection import (
    ProtectionError,
    ProtectionResult,
    change_passphrase,
    preflight,
    protect,
    unprotect,
)

__all__ = [
    "MIN_PASSPHRASE_LENGTH",
    "NEW_PASSPHRASE_ENV",
    "PASSPHRASE_ENV",
    "PassphraseRequiredError",
    "PlaintextExportError",
    "ProtectionError",
    "ProtectionResult",
    "WeakPassphraseError",
    "WrongPassphraseError",
    "change_passphrase",
    "is_protected",
    "preflight",
    "protect",
    "require_plaintext_consent",
    "unprotect",
]


class PlaintextExportError(CasetrackerError):
    """A protected database would be written out as readable text without consent."""

    def __init__(self, target: Path) -> None:
        super().__init__(
            f"{target}: this database is protected with a passphrase, but a JSON archive "
            "is plain text that anyone who finds it can read; nothing was written. For a "
            "protected copy use casetracker backup; to export anyway add --plaintext and "
            "keep the file as safe as the database (an encrypted drive), then delete it"
        )


def require_plaintext_consent(db: Database, target: Path, *, plaintext: bool) -> None:
    """Refuse to write a protected database's data as plain text unless ``plaintext``.

    Raises:
        PlaintextExportError: the database is protected and ``plaintext`` is False.
    """
    if db.protected and not plaintext:
        raise PlaintextExportError(target)
