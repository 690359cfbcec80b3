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
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Dialect, Table, event, func, insert, select, text
from sqlalchemy.orm import Session

from casetracker.domain.changes import ChangeKind
from casetracker.store.change_capture import note_statement
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

    Every row must name the same columns. Column types convert values (dates,
    booleans) and a column left out takes its default, as with any insert, but no
    ORM object is built.
    """
    if not rows:
        return
    prepared = RowPreparer(session.get_bind().dialect).prepare(model, rows)
    if prepared is not None:
        insert_prepared(session, prepared)
        return
    connection = session.connection()
    table: Table = model.__table__  # type: ignore[assignment]
    for start in range(0, len(rows), BATCH_SIZE):
        connection.execute(insert(table), list(rows[start : start + BATCH_SIZE]))


@dataclass(frozen=True, slots=True)
class Prepared:
    """Rows of one table as SQLite's executemany takes them: values converted, in order."""

    table: str
    sql: str
    values: list[tuple[Any, ...]]


def insert_prepared(session: Session, prepared: Prepared) -> None:
    """Insert rows made ready by a :class:`RowPreparer` (possibly in another process)."""
    connection = session.connection()
    for start in range(0, len(prepared.values), BATCH_SIZE):
        connection.exec_driver_sql(prepared.sql, prepared.values[start : start + BATCH_SIZE])
    if prepared.values:
        note_statement(prepared.table, ChangeKind.CREATED)


class RowPreparer:
    """Turns rows (column name -> value) into :class:`Prepared` inserts for SQLite.

    Needs no session, only the dialect: ``synth`` prepares rows in the process that
    generates them. Each table's statement is worked out once per set of columns.
    """

    def __init__(self, dialect: Dialect) -> None:
        self._dialect = dialect
        self._inserts: dict[tuple[str, tuple[str, ...]], _PlainInsert | None] = {}

    def prepare(self, model: type[Base], rows: Sequence[Mapping[str, Any]]) -> Prepared | None:
        """None where only SQLAlchemy's own insert can do it (a server, a SQL default)."""
        if not rows or self._dialect.name != "sqlite":
            return None
        table: Table = model.__table__  # type: ignore[assignment]
        given = tuple(rows[0])
        key = (table.name, given)
        if key not in self._inserts:
            self._inserts[key] = _PlainInsert.of(table, given, self._dialect)
        plain = self._inserts[key]
        if plain is None:
            return None
        return Prepared(table.name, plain.sql, [plain.values(row) for row in rows])


@dataclass(frozen=True, slots=True)
class _PlainInsert:
    """One table's INSERT as SQLite's own executemany takes it, values converted here.

    SQLAlchemy's executemany prepares each row's parameters in general-purpose code
    (defaults, processors, key lookups): two thirds of the time ``synth`` spent writing
    rows. Here the same conversions (each column type's own bind processor, the
    column's own default) are applied by a loop made for the one statement.
    """

    sql: str
    given: tuple[str, ...]
    defaults: tuple[Callable[[Mapping[str, Any]], Any], ...]
    converters: tuple[tuple[int, Callable[[Any], Any]], ...]
    """(position, bind processor) of the columns whose type converts values; most
    columns pass theirs through as they are."""

    @classmethod
    def of(cls, table: Table, given: tuple[str, ...], dialect: Dialect) -> _PlainInsert | None:
        defaulted = [c for c in table.columns if c.name not in given and c.default is not None]
        makers = [_default_maker(column.default) for column in defaulted]
        if any(maker is None for maker in makers):
            return None  # a default SQL must compute (a sequence, an expression)
        columns = [table.c[name] for name in given] + defaulted
        quote = dialect.identifier_preparer.quote
        sql = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        processors = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
        converters = tuple((i, p) for i, p in enumerate(processors) if p is not None)
        return cls(sql, given, tuple(m for m in makers if m is not None), converters)

    def values(self, row: Mapping[str, Any]) -> tuple[Any, ...]:
        values = [row[name] for name in self.given] + [make(row) for make in self.defaults]
        for index, process in self.converters:
            values[index] = process(values[index])
        return tuple(values)


def _default_maker(default: Any) -> Callable[[Mapping[str, Any]], Any] | None:
    """A function of the row giving a column's Python-side default, if it has one."""
    if getattr(default, "is_scalar", False):
        value = default.arg
        return lambda _row: value
    if getattr(default, "is_callable", False):
        # SQLAlchemy hands every callable default the execution context (one taking no
        # argument is wrapped to ignore it); the row's values are all it reads of it.
        function = default.arg
        return lambda row: function(_RowContext(row))
    return None


class _RowContext:
    """What a callable default reads of SQLAlchemy's execution context: the row."""

    __slots__ = ("_row",)

    def __init__(self, row: Mapping[str, Any]) -> None:
        self._row = row

    def get_current_parameters(self, isolate_multiinsert_groups: bool = True) -> Mapping[str, Any]:
        return self._row


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
