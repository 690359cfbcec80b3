"""Encryption at rest: which driver opens a file, and with which key.

A protected database is an SQLCipher 4 file (``sqlcipher3``): every page is encrypted
and authenticated, the first one included, so the file has no "SQLite format 3"
header and no readable byte. SQLCipher derives the key from the passphrase itself
(PBKDF2-HMAC-SHA512); casetracker never derives, stores or logs a key.

The file decides the driver, never the caller: a file with the SQLite header is read
with Python's own ``sqlite3`` exactly as an unprotected database always was, whatever
passphrase happens to be at hand; only a file without it (or a new file created with a
passphrase) goes through SQLCipher. A wrong key shows only when page 1 is read, so
:func:`connect` reads it at once and turns the failure into
:class:`WrongPassphraseError`, with SQLCipher's own logging silenced first (it would
print ERROR lines on stderr).
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path
from types import ModuleType
from typing import Any

from casetracker.store.errors import DatabaseFileError
from casetracker.store.file_probe import SQLITE_HEADER as SQLITE_HEADER
from casetracker.store.file_probe import FileKind, open_tracked, probe

try:  # a dependency; a broken install gets a clear message, not an ImportError
    from sqlcipher3 import dbapi2 as _cipher
except ImportError:  # pragma: no cover - exercised in a subprocess by the tests
    _cipher = None

# Where the command line (and the GUI, before it asks) finds passphrases.
PASSPHRASE_ENV = "CASETRACKER_PASSPHRASE"
NEW_PASSPHRASE_ENV = "CASETRACKER_NEW_PASSPHRASE"
MIN_PASSPHRASE_LENGTH = 8
# Every error a connection of either driver raises; they share no base class.
DATABASE_ERRORS: tuple[type[Exception], ...] = (
    (sqlite3.DatabaseError,) if _cipher is None else (sqlite3.DatabaseError, _cipher.DatabaseError)
)
_SQLITE_NOTADB = 26


class PassphraseError(DatabaseFileError):
    """The database is protected and the passphrase at hand does not open it."""


class PassphraseRequiredError(PassphraseError):
    """A protected database was opened without a passphrase."""

    def __init__(self, path: Path, advice: str = "enter its passphrase to open it") -> None:
        # Without the key an encrypted file is indistinguishable from random bytes, so
        # the message cannot be sure which it is.
        super().__init__(
            path,
            "this database is protected with a passphrase (or the file is not a "
            f"casetracker database at all); {advice}",
        )


class WrongPassphraseError(PassphraseError):
    """The passphrase does not open the file; nothing was read or changed.

    Without the right key an SQLCipher file is indistinguishable from random bytes, so
    "wrong passphrase" and "damaged, or not a database at all" cannot be told apart:
    the message says both. (A plain database whose first bytes are damaged is told
    apart before any passphrase is tried: see casetracker.store.file_probe.)
    """

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            "this passphrase does not open the file: either it is not the right "
            "passphrase, or the file is damaged or is not a casetracker database (without "
            "its passphrase a protected database looks like random bytes, so casetracker "
            "cannot tell which); the file was not changed. Check the passphrase (capitals, "
            "keyboard layout) and try again; if you are sure of it, restore a backup",
        )


class EncryptionUnavailableError(DatabaseFileError):
    """SQLCipher is missing (a broken install: it is a dependency of casetracker)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            "this installation lacks SQLCipher (the sqlcipher3 package), which protected "
            "databases need; reinstall casetracker, e.g. pip install --force-reinstall "
            "casetracker; nothing was changed",
        )


class WeakPassphraseError(DatabaseFileError):
    """A new passphrase was refused before anything was written."""


def has_sqlite_header(path: Path) -> bool:
    """Whether ``path`` starts like an unencrypted SQLite database."""
    return probe(path) is FileKind.PLAIN


def is_protected(path: Path) -> bool:
    """Whether ``path`` looks like an SQLCipher database rather than plain or garbage.

    Without the key an SQLCipher file cannot be told from random bytes; what can be
    told is that it is a whole number of pages starting with a random salt, which a
    text file, a truncated copy, a zeroed page or a plain database whose first bytes
    were damaged is not (see casetracker.store.file_probe).
    """
    return probe(path) is FileKind.ENCRYPTED


def check_new_passphrase(path: Path, passphrase: str) -> None:
    """Refuse a passphrase too short to stand up to guessing, or one SQL cannot carry.

    Raises:
        WeakPassphraseError: nothing has been written.
    """
    if "\x00" in passphrase:
        raise WeakPassphraseError(path, "the passphrase contains a NUL character; choose another")
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphraseError(
            path,
            f"the passphrase is too short; use at least {MIN_PASSPHRASE_LENGTH} characters "
            "(a few unrelated words are easy to remember and hard to guess)",
        )


def passphrase_for_new_file(path: Path) -> str | None:
    """CASETRACKER_PASSPHRASE when ``path`` is a database yet to be created, else None.

    A database created while the variable is set (``demo``, ``import`` or ``synth``
    into a new file, the app opening a new one) is protected with it from its first
    byte: no unencrypted page ever reaches the disk.

    Raises:
        WeakPassphraseError: the variable holds a passphrase too weak to protect with.
    """
    value = os.environ.get(PASSPHRASE_ENV)
    if not value or probe(path) not in (FileKind.MISSING, FileKind.EMPTY):
        return None
    check_new_passphrase(path, value)
    return value


def cipher_module(path: Path) -> ModuleType:
    """The SQLCipher DB-API module, for an engine or a raw connection."""
    if _cipher is None:  # pragma: no cover - the test environment has it
        raise EncryptionUnavailableError(path)
    return _cipher


def quote(passphrase: str) -> str:
    """``passphrase`` as an SQL string literal (PRAGMA key takes no bound parameter)."""
    return "'" + passphrase.replace("'", "''") + "'"


def apply_key(connection: Any, passphrase: str) -> None:
    """Key a fresh SQLCipher connection; its first read then decrypts or fails."""
    # Global in SQLCipher, but cheap: set it on every connection so no code path can
    # open one before it is silenced.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = {quote(passphrase)}")


def connect(
    path: Path, flags: str = "mode=rw", *, passphrase: str | None, timeout: float = 15.0
) -> Any:
    """A raw connection to ``path`` (URI ``flags``), keyed when the file is protected.

    Raises:
        PassphraseRequiredError: the file is protected and ``passphrase`` is None.
        WrongPassphraseError: the passphrase does not decrypt the file.
        EncryptionUnavailableError: the file is protected and SQLCipher is missing.
    """
    encrypted = False

    def driver(kind: FileKind) -> tuple[ModuleType, FileKind]:
        nonlocal encrypted
        if kind is not FileKind.ENCRYPTED:
            return sqlite3, FileKind.PLAIN
        if passphrase is None:
            raise PassphraseRequiredError(path)
        encrypted = True
        return cipher_module(path), FileKind.ENCRYPTED

    connection = open_tracked(path, flags, timeout=timeout, driver=driver)
    if not encrypted:
        return connection
    assert passphrase is not None
    try:
        apply_key(connection, passphrase)
        verify_key(connection, path)
    except BaseException:
        connection.close()
        raise
    return connection


def verify_key(connection: Any, path: Path) -> None:
    """Read page 1 through a keyed connection: a wrong key fails here, nowhere later."""
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DATABASE_ERRORS as exc:
        if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) == _SQLITE_NOTADB:
            raise WrongPassphraseError(path) from None
        raise


def check_passphrase(path: Path, passphrase: str) -> None:
    """Whether ``passphrase`` opens ``path``, tried read-only (the file is not touched).

    Raises:
        WrongPassphraseError, EncryptionUnavailableError; DatabaseUnavailableError-like
            SQLite errors pass through unchanged.
    """
    with closing(connect(path, "mode=ro", passphrase=passphrase)):
        pass
