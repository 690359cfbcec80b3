"""SQLite connection settings applied to every connection casetracker opens.

SQLite-specific on purpose: the services never see these details, so another
engine can be put behind :class:`casetracker.store.database.Database` later.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from casetracker.store import encryption
from casetracker.store.text_fold import fold

BUSY_TIMEOUT_MS = 15_000
# "CASE" in ASCII; marks a file as a casetracker database in its header.
APPLICATION_ID = 0x43415345
# SQL function folding case and accents (SQLite's lower() only folds ASCII).
FOLD_FUNCTION = "ct_fold"


def make_engine(url: str, *, immediate: bool, passphrase: str | None = None) -> Engine:
    """Create an engine whose transactions start with ``BEGIN`` or ``BEGIN IMMEDIATE``.

    Write transactions take the write lock up front: with SQLite's default deferred
    BEGIN, two writers that read before writing deadlock and one fails with
    "database is locked" however long the busy timeout is. With a ``passphrase`` every
    connection is an SQLCipher one keyed with it (see casetracker.store.encryption).
    """
    # Pooled: a new SQLite connection re-reads the schema and starts with a cold page
    # cache, which cost several milliseconds per search on a large database.
    path = Path(url.removeprefix("sqlite:///"))
    driver = {} if passphrase is None else {"module": encryption.cipher_module(path)}
    # hide_parameters: an error's text must not carry case data into a log or a terminal.
    engine = create_engine(
        url, pool_size=4, max_overflow=4, pool_pre_ping=False, hide_parameters=True, **driver
    )
    begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        if passphrase is not None:
            encryption.apply_key(dbapi_connection, passphrase)  # before anything reads
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        apply_pragmas(dbapi_connection)
        dbapi_connection.create_function(FOLD_FUNCTION, 1, fold, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)

    return engine


def apply_pragmas(dbapi_connection: sqlite3.Connection) -> None:
    """Durability and integrity settings for one raw connection."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()
