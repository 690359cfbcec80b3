"""Recognising an existing file before anything writes to it, or beside it.

A file that is not SQLite, an SQLite file of another program, a database of a newer
casetracker and a damaged one (when it is checked) are refused untouched, and without
gaining ``-wal`` or ``-shm`` files: what the header says is read before SQLite opens
anything, and when no journal lies beside the file (nobody has it open) SQLite reads
it ``immutable``, which creates nothing beside it.
"""

from __future__ import annotations

import time
from contextlib import closing
from pathlib import Path

from casetracker.store import backup, migrate
from casetracker.store.check_state import record_full_check
from casetracker.store.connection import APPLICATION_ID
from casetracker.store.encryption import DATABASE_ERRORS, connect
from casetracker.store.errors import (
    DatabaseUnavailableError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
)
from casetracker.store.file_probe import FileKind, probe, read_header, require_regular
from casetracker.store.integrity import integrity_check, is_corruption, unavailable_reason
from casetracker.store.locations import journal_beside, read_only_media

DAMAGED_HEADER = "its header, the first bytes of the file, is damaged"
UNREADABLE = "cannot read the file; check the path and its permissions"


def inspect_file(
    path: Path, backups_dir: Path | None = None, passphrase: str | None = None
) -> str | None:
    """Recognise an existing file without writing to it; return its schema revision.

    A protected file (no SQLite header) is read with ``passphrase``. None means an
    SQLite file with no tables at all, which casetracker may adopt.

    Raises:
        NotADatabaseError, ForeignDatabaseError, NewerSchemaError, CorruptDatabaseError,
            PassphraseRequiredError, WrongPassphraseError, DatabaseUnavailableError.
    """
    kind = probe(path)
    if kind is FileKind.SPECIAL:
        require_regular(path)
    if kind in (FileKind.MISSING, FileKind.UNREADABLE):
        raise DatabaseUnavailableError(
            path, "cannot read the file; check the path and its permissions"
        )
    if kind is FileKind.DAMAGED:
        raise backup.corrupt_error(path, DAMAGED_HEADER, backups_dir, passphrase)
    if kind not in (FileKind.PLAIN, FileKind.ENCRYPTED):
        raise NotADatabaseError(path, "this file is not a casetracker database (not SQLite)")
    if kind is FileKind.PLAIN:
        _refuse_foreign_header(path)
    try:
        with closing(
            connect(path, inspection_flags(path), passphrase=passphrase, timeout=5)
        ) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except DATABASE_ERRORS as exc:
        if not is_corruption(exc):
            raise DatabaseUnavailableError(path, unavailable_reason(path, str(exc))) from exc
        raise backup.corrupt_error(path, str(exc), backups_dir, passphrase) from exc
    if app_id != APPLICATION_ID:
        if not tables:
            return None
        raise _foreign(path)
    if revision is not None and revision not in migrate.known_revisions():
        raise NewerSchemaError(
            path,
            f"written by a newer casetracker (schema {revision}); "
            "install the newer version to open it",
        )
    return revision


def check_before_opening(
    path: Path, backups_dir: Path | None = None, passphrase: str | None = None
) -> None:
    """``integrity_check`` the file and record it; refuse it when damaged.

    Run before a schema upgrade and while damage is suspected (see
    casetracker.store.check_state), not on every open: it reads the whole file.

    Raises:
        CorruptDatabaseError: the file is damaged; it was left as it was.
    """
    started = time.monotonic()
    problems = integrity_check(path, immutable=_immutable(path), passphrase=passphrase)
    if problems and journal_beside(path):
        # Someone opened the file while it was read immutable: read it again properly.
        problems = integrity_check(path, passphrase=passphrase)
    detail = problems[0] if problems else ""
    record_full_check(path, not problems, time.monotonic() - started, detail)
    if problems:
        raise backup.corrupt_error(path, problems[0], backups_dir, passphrase)


def inspection_flags(path: Path) -> str:
    """URI flags for reading ``path`` without creating anything beside it."""
    return "immutable=1" if _immutable(path) else "mode=ro"


def _immutable(path: Path) -> bool:
    return read_only_media(path) or not journal_beside(path)


def _refuse_foreign_header(path: Path) -> None:
    """Refuse another program's SQLite file from its header, before SQLite opens it."""
    header = read_header(path)
    if header is None or not _well_formed(header) or journal_beside(path):
        return  # SQLite must say: damage, or what the file holds now is in its -wal
    app_id = int.from_bytes(header[68:72], "big")
    pages = int.from_bytes(header[28:32], "big")
    pages_valid = header[92:96] == header[24:28]  # "version-valid-for" = change counter
    if app_id != APPLICATION_ID and not (pages_valid and pages <= 1):
        raise _foreign(path)  # a one-page database has no table: it may be adopted


def _well_formed(header: bytes) -> bool:
    """Whether the fixed fields of an SQLite header hold their only legal values."""
    if len(header) < 100:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    legal_size = page_size == 1 or (512 <= page_size <= 32768 and page_size & (page_size - 1) == 0)
    return legal_size and header[18] in (1, 2) and header[19] in (1, 2) and header[21:24] == b"@  "


def _foreign(path: Path) -> ForeignDatabaseError:
    return ForeignDatabaseError(
        path, "this SQLite file belongs to another program, not casetracker"
    )
