"""A verified copy of a database file under another key (or none), for protection.

SQLCipher's ``sqlcipher_export`` copies every table, index, trigger and row of one
connection's database into an attached one keyed differently: plain to encrypted,
encrypted to plain, or one passphrase to another. It leaves the header fields
``application_id`` and ``user_version`` behind, so they are set again. The copy is
checked before anyone may use it: ``integrity_check``, the same schema objects, the
same row count in every table, casetracker's application id and schema revision.
"""

from __future__ import annotations

import errno
import os
import tempfile
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casetracker.atomic import TEMP_SUFFIX, translate_os_error
from casetracker.domain.errors import CasetrackerError
from casetracker.store.connection import APPLICATION_ID
from casetracker.store.encryption import (
    DATABASE_ERRORS,
    apply_key,
    cipher_module,
    connect,
    has_sqlite_header,
    is_protected,
    verify_key,
)
from casetracker.store.file_probe import open_tracked
from casetracker.store.integrity import integrity_check


class ConversionError(CasetrackerError):
    """The converted copy could not be made or failed its check; nothing was replaced."""


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What must be equal in a database and its converted copy."""

    objects: frozenset[tuple[str, str]]  # (type, name) of every schema object
    counts: tuple[tuple[str, int], ...]  # rows per table, by name
    application_id: int
    revision: str | None


def converted_copy(
    source: Path, *, old: str | None, new: str | None, beside: Path | None = None
) -> Path:
    """Write ``source`` (keyed with ``old``, None when plain) to a new file beside it.

    The new file is encrypted with ``new`` (plain when None), synced and verified;
    the caller renames it into place or deletes it. It is named as a temporary file
    of ``beside`` (default: ``source``), in that file's folder.

    Raises:
        ConversionError: the copy failed; it has been deleted, ``source`` is unchanged.
        WrongPassphraseError: ``old`` does not open ``source``.
        DiskFullError, ReadOnlyLocationError, FileWriteError: the folder refused it.
    """
    temp = _temporary_beside(beside or source)
    try:
        expected = _export(source, temp, old=old, new=new)
        _fsync(temp)
        _verify(temp, new, expected)
    except BaseException:
        with suppress(OSError):
            temp.unlink()
        raise
    return temp


def fingerprint(connection: Any, schema: str = "main") -> Fingerprint:
    """Schema objects, row counts, application id and revision seen by ``connection``."""
    master = f'"{schema}".sqlite_master'
    objects = frozenset(
        (str(kind), str(name))
        for kind, name in connection.execute(f"SELECT type, name FROM {master}").fetchall()
    )
    tables = sorted(name for kind, name in objects if kind == "table")
    counts = tuple(
        (name, int(connection.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]))
        for name in tables
    )
    app_id = int(connection.execute(f'PRAGMA "{schema}".application_id').fetchone()[0])
    revision = None
    if "alembic_version" in tables:
        row = connection.execute(f'SELECT version_num FROM "{schema}".alembic_version').fetchone()
        revision = row[0] if row else None
    return Fingerprint(objects, counts, app_id, revision)


def _export(source: Path, temp: Path, *, old: str | None, new: str | None) -> Fingerprint:
    """Copy ``source`` into ``temp`` in one write transaction; return the source's print."""
    module = cipher_module(source)
    try:
        with closing(
            open_tracked(source, "mode=rw", timeout=15, driver=lambda _kind: (module, _kind))
        ) as connection:
            connection.isolation_level = None
            if old is None:
                connection.execute("PRAGMA cipher_log_level = NONE")
            else:
                apply_key(connection, old)
                verify_key(connection, source)
            # An absolute name: SQLite would read one starting "file:" as a URI.
            target = os.path.abspath(temp)
            connection.execute("ATTACH DATABASE ? AS converted KEY ?", (target, new or ""))
            # The write lock keeps other writers out while the rows are counted and
            # copied: what is counted is what is copied.
            connection.execute("BEGIN IMMEDIATE")
            try:
                expected = fingerprint(connection)
                user_version = int(connection.execute("PRAGMA user_version").fetchone()[0])
                connection.execute("SELECT sqlcipher_export('converted')")
                connection.execute(f"PRAGMA converted.application_id = {expected.application_id}")
                connection.execute(f"PRAGMA converted.user_version = {user_version}")
                connection.execute("COMMIT")
            except BaseException:
                # SQLite has rolled back already after some errors (a full disk): a
                # second ROLLBACK would replace the real error with its own.
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
            # WAL from the start, like every casetracker database: readers and the
            # first writer then never block each other.
            connection.execute("PRAGMA converted.journal_mode = WAL")
            connection.execute("DETACH DATABASE converted")
    except DATABASE_ERRORS as exc:
        if "full" in str(exc):
            raise translate_os_error(OSError(errno.ENOSPC, "disk full"), source) from exc
        raise ConversionError(f"{source}: the converted copy could not be written ({exc})") from exc
    return expected


def _verify(temp: Path, new: str | None, expected: Fingerprint) -> None:
    """Raise ConversionError unless ``temp`` is a sound copy in the intended form."""
    if new is not None and (has_sqlite_header(temp) or not is_protected(temp)):
        raise ConversionError(f"{temp}: the copy is not encrypted; nothing was replaced")
    if new is None and not has_sqlite_header(temp):
        raise ConversionError(f"{temp}: the copy is not a plain database; nothing was replaced")
    problems = integrity_check(temp, immutable=True, passphrase=new)
    if problems:
        raise ConversionError(f"{temp}: the copy failed its check ({problems[0]})")
    try:
        with closing(connect(temp, "immutable=1", passphrase=new)) as connection:
            found = fingerprint(connection)
    except DATABASE_ERRORS as exc:
        raise ConversionError(f"{temp}: the copy cannot be read back ({exc})") from exc
    if found.application_id != APPLICATION_ID or found.revision is None:
        raise ConversionError(f"{temp}: the copy lost casetracker's marks; nothing was replaced")
    if found != expected:
        counts = dict(found.counts)
        differing = [name for name, count in expected.counts if counts.get(name) != count]
        what = f"rows of {differing[0]}" if differing else "its tables and indexes"
        raise ConversionError(
            f"{temp}: the copy differs from the database ({what}); nothing was replaced"
        )


def _temporary_beside(path: Path) -> Path:
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent
        )
        os.close(handle)
    except OSError as exc:
        raise translate_os_error(exc, path) from exc
    return Path(name)


def _fsync(path: Path) -> None:
    """SQLite syncs its own commits, but a crash before the rename must find it whole."""
    try:
        handle = os.open(path, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
    except OSError as exc:
        raise translate_os_error(exc, path) from exc
