"""SQL that means the same on SQLite and on PostgreSQL, for the services.

The services build their queries with SQLAlchemy; the few constructs whose spelling
differs by engine are here, so that nothing outside ``store/`` asks which engine runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Table, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import GenericFunction

# SQLSTATE of a foreign key violation (PostgreSQL; SQLite has no codes, only words).
_FOREIGN_KEY_VIOLATION = "23503"


class json_each(GenericFunction[Any]):
    """``json_each(text)``: one row per member of a JSON object, its text in ``value``.

    SQLite's json_each takes JSON text; PostgreSQL's counterpart is
    ``json_each_text(json)``, whose ``value`` is text as well.
    """

    name = "json_each"
    inherit_cache = True


@compiles(json_each, "postgresql")
def _json_each_postgresql(element: json_each, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_each_text(CAST({compiler.process(element.clauses, **kw)} AS json))"


def on_sqlite(session: Session) -> bool:
    """Whether the session works on an SQLite file (else on a PostgreSQL server)."""
    return session.get_bind().dialect.name == "sqlite"


def contains_any_case(
    session: Session, column: ColumnElement[str], text: str
) -> ColumnElement[bool]:
    """``column`` contains ``text``, ASCII letters matching in either case.

    On SQLite a plain LIKE: it already ignores the case of ASCII letters, and SQLite's
    lower() folds nothing else, so ``lower(x) LIKE lower(y)`` finds the same rows while
    calling a function per row (100,000 cases: a filter keystroke's query took 48 ms
    with it, 29 ms without). On PostgreSQL, where LIKE minds case, ILIKE.
    """
    if on_sqlite(session):
        return column.contains(text, autoescape=True)
    return column.icontains(text, autoescape=True)


def follow_sequences(session: Session, tables: Iterable[Table]) -> None:
    """After rows went in with their ids given, let PostgreSQL's id sequences follow.

    Otherwise the next ordinary insert would be handed an id already taken. SQLite
    takes max(id) + 1 by itself.
    """
    if on_sqlite(session):
        return
    for table in tables:
        column = table.c.get("id")
        if column is None or not column.primary_key:
            continue
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'),"
                f" coalesce(max(id), 0) + 1, false) FROM {table.name}"
            )
        )


def key_in_range(session: Session, key: object) -> bool:
    """Whether ``key`` can be an id at all: SQLite's are 64-bit, PostgreSQL's 32-bit.

    Asking for a larger one would make the driver or the server fail instead of
    simply finding nothing.
    """
    if not isinstance(key, int):
        return False
    bits = 31 if session.get_bind().dialect.name == "postgresql" else 63
    return -(2**bits) <= key < 2**bits


def is_foreign_key_violation(exc: IntegrityError) -> bool:
    """Whether a failed statement broke a reference (a row still in use, or a missing one)."""
    if getattr(exc.orig, "sqlstate", None) == _FOREIGN_KEY_VIOLATION:
        return True
    return "FOREIGN KEY" in str(exc.orig)
