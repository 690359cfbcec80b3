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

import sqlite3
from contextlib import closing
from pathlib import Path
from types import ModuleType
from typing import Any

from casetracker.store.errors import DatabaseFileError

try:  # an optional dependency: pip install "casetracker[encryption]"
    from sqlcipher3 import dbapi2 as _cipher
except ImportError:  # pragma: no cover - the test environment has it
    _cipher = None

SQLITE_HEADER = b"SQLite format 3\x00"
# Where the command line (and the GUI, before it asks) finds passphrases.
PASSPHRASE_ENV = "CASETRACKER_PASSPHRASE"
NEW_PASSPHRASE_ENV = "CASETRACKER_NEW_PASSPHRASE"
MIN_PASSPHRASE_LENGTH = 8
# Every error a connection of either driver raises; they share no base class.
DATABASE_ERRORS: tuple[type[Exception], ...] = (
    (sqlite3.DatabaseError,) if _cipher is None else (sqlite3.DatabaseError, _cipher.DatabaseError)
)
_SQLITE_NOTADB = 26
# Page sizes are powers of two from 512 bytes, so an SQLCipher file is a whole number
# of 512-byte blocks; its first 16 bytes are a random salt.
_BLOCK = 512
_SALT = 16
_MIN_DISTINCT_SALT_BYTES = 8


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
    """The passphrase does not open the database; nothing was read or changed."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            "the passphrase is wrong; the file was not changed. Check it (capitals, "
            "keyboard layout) and try again; if you are sure it is right, the file may "
            "be damaged: restore a backup",
        )


class EncryptionUnavailableError(DatabaseFileError):
    """SQLCipher is not installed, so protected databases cannot be opened here."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            "this database is protected with a passphrase, but this installation has no "
            'SQLCipher support; install it with: pip install "casetracker[encryption]"',
        )


class WeakPassphraseError(DatabaseFileError):
    """A new passphrase was refused before anything was written."""


def has_sqlite_header(path: Path) -> bool:
    """Whether ``path`` starts like an unencrypted SQLite database."""
    return _head(path) == SQLITE_HEADER


def is_protected(path: Path) -> bool:
    """Whether ``path`` looks like an SQLCipher database rather than plain or garbage.

    Without the key an SQLCipher file cannot be told from random bytes; what can be
    told is that it is a whole number of pages starting with a random salt, which a
    text file, a truncated copy or a zeroed page is not.
    """
    try:
        size = path.stat().st_size
    except OSError:
        return False
    head = _head(path)
    if size == 0 or size % _BLOCK or head == SQLITE_HEADER:
        return False
    return len(set(head)) >= _MIN_DISTINCT_SALT_BYTES


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
    uri = f"{path.resolve().as_uri()}?{flags}"
    if not is_protected(path):
        return sqlite3.connect(uri, uri=True, timeout=timeout)
    if passphrase is None:
        raise PassphraseRequiredError(path)
    connection = cipher_module(path).connect(uri, uri=True, timeout=timeout)
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


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(_SALT)
    except OSError:
        return b""
