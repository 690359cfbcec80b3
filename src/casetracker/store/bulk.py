"""Loading many rows in one transaction: executemany inserts and bulk indexing.

Synthetic data (and, later, big imports) insert hundreds of thousands of rows. One
ORM object per row would take minutes, so rows go in as plain dicts through Core
``executemany``. The full-text index is normally fed row by row by the AFTER INSERT
triggers of the search-index migration; :func:`deferred_indexing` suspends those
triggers for the duration of a load and indexes the new rows with one
``INSERT ... SELECT`` per table, inside the caller's transaction, so the database
is never committed with the triggers missing or the index incomplete. Measured on
10,000 cases with 500,000 filings (2 cores): 33 s with the triggers, 18 s without;
the per-row FTS5 inserts of the triggers cost more as the index grows.

The trigger definitions are read back from ``sqlite_master`` rather than imported
from the migration, so this keeps working when a later migration redefines them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, func, insert, select, text
from sqlalchemy.orm import Session

from casetracker.store.models import Base
from casetracker.store.portable import on_sqlite

# Rows per executemany call: big enough to amortise the call, small enough that the
# parameter list of one call stays a few megabytes.
BATCH_SIZE = 5_000

# Page cache while loading: index pages of a growing table stay in memory instead of
# being re-read for every batch (SQLite's default is 2 MB).
BULK_CACHE_KIB = 128 * 1024

# An insert trigger of the search index: one INSERT ... SELECT for the row NEW.id.
_BODY = re.compile(r"\bBEGIN\s+(?P<body>.*?);?\s*END\s*$", re.IGNORECASE | re.DOTALL)
_ROW_CONDITION = "src.id = NEW.id"
_ROWID_CODE = re.compile(r"SELECT\s+src\.id\s*\*\s*8\s*\+\s*(?P<code>\d+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _IndexFeed:
    """One table's AFTER INSERT trigger that feeds the search index."""

    name: str
    table: str
    create_sql: str
    body: str
    code: int


def next_id(session: Session, model: type[Base]) -> int:
    """The first free primary key of ``model``'s table (ids are assigned up front)."""
    table = model.__table__
    primary = next(iter(table.primary_key.columns))  # type: ignore[attr-defined]
    highest = session.scalar(select(func.max(primary)))
    return int(highest or 0) + 1


def insert_rows(session: Session, model: type[Base], rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (column name -> value) into ``model``'s table with executemany.

    Every row must name the same columns. Column types still convert values (dates,
    booleans), but no ORM object is built and no default is applied.
    """
    statement = insert(model.__table__)
    connection = session.connection()
    for start in range(0, len(rows), BATCH_SIZE):
        connection.execute(statement, list(rows[start : start + BATCH_SIZE]))


@contextmanager
def bulk_cache(session: Session) -> Iterator[None]:
    """Give the session's connection a larger page cache while a load runs (SQLite)."""
    if not on_sqlite(session):
        yield  # a server's cache is its administrator's setting
        return
    connection = session.connection()
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous or -2000)}")


@contextmanager
def deferred_indexing(session: Session) -> Iterator[None]:
    """Suspend the search index's insert triggers; index the inserted rows at the end.

    Must run inside a write transaction, committed after the block (a commit inside
    it is refused) and rolled back if the block raises: on error the triggers are put
    back but the rows inserted so far are not indexed. Updates and deletes inside the
    block are still indexed by their own triggers. On PostgreSQL the rows are indexed
    as they go in (by BEFORE INSERT triggers, see search_pg_v1), and this does nothing.
    """
    if not on_sqlite(session):
        yield
        return
    feeds = _index_feeds(session)
    floors = {feed.table: _max_id(session, feed.table) for feed in feeds}
    for feed in feeds:
        session.execute(text(f'DROP TRIGGER "{feed.name}"'))
    # A commit in the block would store the database without its triggers.
    event.listen(session, "before_commit", _refuse_commit)
    try:
        yield
        for feed in feeds:
            bulk = feed.body.replace(_ROW_CONDITION, "src.id > :floor")
            session.execute(text(bulk), {"floor": floors[feed.table]})
    finally:
        event.remove(session, "before_commit", _refuse_commit)
        for feed in feeds:
            session.execute(text(feed.create_sql))


def _refuse_commit(_session: Session) -> None:
    raise RuntimeError("commit after the deferred_indexing block, not inside it")


def unindexed_rows(session: Session) -> dict[str, int]:
    """Per indexed table, how many rows have no search-index entry (empty when complete).

    The index's own integrity check cannot see this: a row the triggers missed is not
    an inconsistency inside the index, it is simply absent from it.
    """
    missing: dict[str, int] = {}
    for feed in _index_feeds(session):
        count = session.scalar(
            text(
                f'SELECT count(*) FROM "{feed.table}" AS src WHERE NOT EXISTS '
                "(SELECT 1 FROM search_index WHERE rowid = src.id * 8 + :code)"
            ),
            {"code": feed.code},
        )
        if count:
            missing[feed.table] = int(count)
    return missing


def _index_feeds(session: Session) -> list[_IndexFeed]:
    rows = session.execute(
        text(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND name LIKE 'search\\_%\\_ai' ESCAPE '\\' ORDER BY name"
        )
    )
    feeds = []
    for name, table, sql in rows:
        match = _BODY.search(sql)
        code = _ROWID_CODE.search(sql)
        body = match["body"].strip() if match else ""
        # Only a trigger of the known shape can be replayed in bulk; any other is left
        # in place and keeps indexing row by row (slower, never wrong).
        if code and body.count("NEW.") == 1 and body.endswith(_ROW_CONDITION):
            feeds.append(_IndexFeed(name, table, sql, body, int(code["code"])))
    return feeds


def _max_id(session: Session, table: str) -> int:
    return int(session.scalar(text(f'SELECT coalesce(max(id), 0) FROM "{table}"')) or 0)
