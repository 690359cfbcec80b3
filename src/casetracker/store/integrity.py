"""SQLite's own checks of a database file, run on raw read-only connections.

``quick_check`` is fast enough for every open but does not compare indexes with
their tables; ``integrity_check`` does, and runs before backups are rotated and in
``casetracker check``. When a check itself fails with "malformed" or "not a
database", that is corruption too; "locked" or "cannot open" is not.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from casetracker.store import migrate
from casetracker.store.case_links import crossed_links
from casetracker.store.chunked_backup import chunk_problems, is_manifest, read_manifest
from casetracker.store.connection import APPLICATION_ID
from casetracker.store.document_check import document_findings
from casetracker.store.encryption import (
    DATABASE_ERRORS,
    PassphraseError,
    WrongPassphraseError,
    connect,
)
from casetracker.store.errors import BackupError, DatabaseUnavailableError
from casetracker.store.file_probe import FileKind, probe
from casetracker.store.locations import lock_path, read_only_media
from casetracker.store.lock import read_holder

# SQLite primary result codes that say something about the environment, not the file.
# An I/O error is the disk's fault (full, failing, unplugged), not the file's.
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_AUTH = 10, 13, 14, 23
_ENVIRONMENT = {
    _SQLITE_PERM,
    _SQLITE_BUSY,
    _SQLITE_LOCKED,
    _SQLITE_READONLY,
    _SQLITE_IOERR,
    _SQLITE_FULL,
    _SQLITE_CANTOPEN,
    _SQLITE_AUTH,
}
MAX_REPORTED = 20
# Below this much free space SQLite cannot even create its shared-memory file.
LOW_SPACE = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding of one check, worded for the report."""

    check: str
    detail: str


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What ``casetracker check`` found; ``ok`` when there is nothing to report."""

    path: Path
    checks: tuple[str, ...]
    problems: tuple[Problem, ...]
    skipped: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    """What was found about attachments' text that is not damage (unread, stale)."""

    @property
    def ok(self) -> bool:
        return not self.problems


@contextmanager
def read_only(
    path: Path, *, immutable: bool = False, query_only: bool = True, passphrase: str | None = None
) -> Iterator[sqlite3.Connection]:
    """A raw connection that reads ``path`` and never creates it.

    It opens in read-write mode with ``query_only`` set, rather than ``mode=ro``: only
    a writable connection removes the ``-wal`` and ``-shm`` files when it closes. Use
    ``immutable`` only for files nobody writes, such as backups: it skips locks and
    side files entirely; a file on read-only media is always read that way (nothing
    can write it, and SQLite could not create its side files there). ``passphrase``
    keys the connection when the file is protected.
    """
    flags = "immutable=1" if immutable or read_only_media(path) else "mode=rw"
    with closing(connect(path, flags, passphrase=passphrase)) as connection:
        if query_only:
            connection.execute("PRAGMA query_only = ON")
        yield connection


def quick_check(path: Path, *, immutable: bool = False, passphrase: str | None = None) -> list[str]:
    """Problems ``PRAGMA quick_check`` reports (empty when the file is sound)."""
    return _pragma_check(path, "quick_check", immutable=immutable, passphrase=passphrase)


def integrity_check(
    path: Path, *, immutable: bool = False, passphrase: str | None = None
) -> list[str]:
    """Problems ``PRAGMA integrity_check`` reports, indexes compared with tables."""
    return _pragma_check(path, "integrity_check", immutable=immutable, passphrase=passphrase)


def check_database(path: Path, passphrase: str | None = None) -> CheckReport:
    """Run every check on ``path`` and collect the findings; never raises for damage.

    Raises:
        DatabaseUnavailableError: the file cannot be opened at all (missing, locked).
    """
    problems = [Problem("integrity", d) for d in integrity_check(path, passphrase=passphrase)]
    problems += [Problem("references", d) for d in foreign_key_problems(path, passphrase)]
    checks, skipped = ["integrity", "references"], []
    for index, label in (("search_index", "search index"), ("document_index", "document index")):
        try:
            problems += [Problem(label, d) for d in fts_problems(path, index, label, passphrase)]
            checks.append(label)
        except DatabaseUnavailableError as exc:
            # FTS5 checks itself through an INSERT, which a read-only file refuses.
            skipped.append(f"{label} ({exc})")
    try:
        with read_only(path, passphrase=passphrase) as connection:
            documents = document_findings(connection)
        checks.append("documents' text")
    except DATABASE_ERRORS as exc:
        documents = []
        skipped.append(f"documents' text ({_as_problem(path, exc)[0]})")
    return CheckReport(path, tuple(checks), tuple(problems), tuple(skipped), tuple(documents))


def foreign_key_problems(path: Path, passphrase: str | None = None) -> list[str]:
    """Rows that point at rows that do not exist, or into another case; one line each."""
    try:
        with read_only(path, passphrase=passphrase) as connection:
            rows = connection.execute("PRAGMA foreign_key_check").fetchmany(MAX_REPORTED)
            crossed = crossed_links(connection, MAX_REPORTED)
    except DATABASE_ERRORS as exc:
        return _as_problem(path, exc)
    return [
        f"{table} row {rowid} points at a missing row of {parent}"
        for table, rowid, parent, _index in rows
    ] + crossed


def fts_problems(path: Path, index: str, label: str, passphrase: str | None = None) -> list[str]:
    """What the FTS5 table ``index``'s own integrity check says, compared with its content."""
    # The check is an INSERT that changes nothing; on a read-only connection SQLite
    # refuses any INSERT, so this one connection may write (and is rolled back).
    try:
        with closing(connect(path, "mode=rw", passphrase=passphrase)) as connection:
            connection.isolation_level = None
            connection.execute("BEGIN")
            try:
                connection.execute(
                    f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)"
                )
            finally:
                connection.execute("ROLLBACK")
    except DATABASE_ERRORS as exc:
        if "no such table" in str(exc):
            return [f"the {label} is missing"]
        return _as_problem(path, exc)
    return []


def verify_backup(path: Path, passphrase: str | None = None) -> list[str]:
    """Why ``path`` cannot be restored (empty when it is a sound casetracker backup).

    A protected backup is read with ``passphrase``; one that another passphrase
    protects is reported, not raised. A chunked backup is sound when its chunks add
    up to the copy that passed ``integrity_check`` when it was made.
    """
    if is_manifest(path):
        return _manifest_problems(path)
    kind = probe(path)
    if kind in (FileKind.MISSING, FileKind.UNREADABLE):
        return ["cannot read the file; check the path and its permissions"]
    if kind is FileKind.DAMAGED:
        return ["its header, the first bytes of the file, is damaged"]
    if kind not in (FileKind.PLAIN, FileKind.ENCRYPTED):
        return ["not an SQLite database"]
    try:
        with read_only(path, immutable=True, passphrase=passphrase) as connection:
            if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return ["not a casetracker database"]
            version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except WrongPassphraseError:
        return ["it is protected with another passphrase"]
    except PassphraseError:
        return ["it is protected with a passphrase; give the passphrase to use it"]
    except DATABASE_ERRORS as exc:
        return [f"not a readable casetracker database ({exc})"]
    if version is None or version[0] not in migrate.known_revisions():
        return ["made by a newer casetracker; install the newer version to restore it"]
    return integrity_check(path, immutable=True, passphrase=passphrase)


def _manifest_problems(path: Path) -> list[str]:
    try:
        revision = read_manifest(path).revision
    except BackupError as exc:
        return [str(exc).split(": ", 1)[-1]]
    if revision is None or revision not in migrate.known_revisions():
        return ["made by a newer casetracker; install the newer version to restore it"]
    return chunk_problems(path)


def is_corruption(exc: Exception) -> bool:
    """Whether an error from SQLite means the file is damaged (not locked, not absent)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return not _looks_environmental(str(exc))
    return (code & 0xFF) not in _ENVIRONMENT


def _pragma_check(
    path: Path, pragma: str, *, immutable: bool, passphrase: str | None = None
) -> list[str]:
    try:
        with read_only(path, immutable=immutable, passphrase=passphrase) as connection:
            rows = connection.execute(f"PRAGMA {pragma}({MAX_REPORTED})").fetchall()
    except DATABASE_ERRORS as exc:
        return _as_problem(path, exc)
    findings = [str(row[0]) for row in rows]
    return [] if findings == ["ok"] else findings


def _as_problem(path: Path, exc: Exception) -> list[str]:
    if not is_corruption(exc):
        raise DatabaseUnavailableError(path, unavailable_reason(path, str(exc))) from exc
    return [f"SQLite could not read the file: {exc}"]


def _looks_environmental(message: str) -> bool:
    words = ("locked", "unable to open", "readonly", "busy", "disk I/O", "full")
    return any(word in message for word in words)


def unavailable_reason(path: Path, message: str) -> str:
    """What to tell the user when SQLite cannot open or read ``path`` (not damage)."""
    folder = path.parent
    with suppress(OSError):
        if shutil.disk_usage(folder).free < LOW_SPACE:
            return "the disk is full; free some space and try again"
    if not os.access(folder, os.W_OK):
        # WAL mode keeps its -wal and -shm files beside the database.
        return (
            "the folder is read-only, and SQLite must write its journal beside the "
            "database; move the database to a writable folder (or copy it there)"
        )
    if "locked" in message or "busy" in message:
        holder = read_holder(lock_path(path))
        if holder is not None:  # protect, restore or the app is at work on it
            return f"the database is in use by {holder.describe()}; close it there and try again"
        return "the database is busy in another program; close it and try again"
    return f"cannot open the file ({message}); check the path and its permissions"
