"""SQLite connection settings applied to every connection casetracker opens.

SQLite-specific on purpose: the services never see these details, so another
engine can be put behind :class:`casetracker.store.database.Database` later.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event

from casetracker.store import encryption
from casetracker.store.file_probe import FileKind, open_tracked
from casetracker.store.text_fold import FOLD_FUNCTION, fold

BUSY_TIMEOUT_MS = 15_000
# "CASE" in ASCII; marks a file as a casetracker database in its header.
APPLICATION_ID = 0x43415345


def make_engine(
    path: Path, *, immediate: bool, passphrase: str | None = None, read_only: bool = False
) -> Engine:
    """Create an engine whose transactions start with ``BEGIN`` or ``BEGIN IMMEDIATE``.

    Write transactions take the write lock up front: with SQLite's default deferred
    BEGIN, two writers that read before writing deadlock and one fails with
    "database is locked" however long the busy timeout is. With a ``passphrase`` every
    connection is an SQLCipher one keyed with it (see casetracker.store.encryption).
    ``read_only`` opens a file on read-only media: ``immutable``, as nothing can
    change it, so SQLite needs no lock and no ``-wal``/``-shm`` beside it.

    The connections are made from the path by casetracker, never from a URL string:
    a file name may hold any of ``? # % &``, which a URL would read as its syntax.
    """
    module: ModuleType = sqlite3 if passphrase is None else encryption.cipher_module(path)
    written = FileKind.PLAIN if passphrase is None else FileKind.ENCRYPTED
    flags = "immutable=1" if read_only else "mode=rwc"

    def create_connection() -> Any:
        return open_tracked(
            path, flags, timeout=BUSY_TIMEOUT_MS / 1000, driver=lambda _kind: (module, written)
        )

    # Pooled: a new SQLite connection re-reads the schema and starts with a cold page
    # cache, which cost several milliseconds per search on a large database.
    # hide_parameters: an error's text must not carry case data into a log or a terminal.
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        creator=create_connection,
        module=module,
        pool_size=4,
        max_overflow=4,
        pool_pre_ping=False,
        hide_parameters=True,
    )
    begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        if passphrase is not None:
            encryption.apply_key(dbapi_connection, passphrase)  # before anything reads
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        apply_pragmas(dbapi_connection, read_only=read_only)
        dbapi_connection.create_function(FOLD_FUNCTION, 1, fold, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)

    return engine


def apply_pragmas(dbapi_connection: sqlite3.Connection, *, read_only: bool = False) -> None:
    """Durability and integrity settings for one raw connection."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if read_only:
            # The journal mode is the file's; asking for WAL would be a write.
            cursor.execute("PRAGMA query_only = ON")
            return
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()
