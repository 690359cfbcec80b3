"""Writing a checked archive in one transaction, reading it a batch of rows at a time.

:func:`write_archive` reads the archive once more (see
:mod:`casetracker.store.archive_check`, which has found it sound) and inserts its
rows, ids kept, into an empty database: a few hundred rows at a time, parents before
their children, all in one transaction, so a refusal leaves nothing written. What
only the database can judge (CHECK rules such as "notified after filed") is found
while inserting, located by row, and rolls everything back too.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from sqlalchemy import CheckConstraint, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import Executable

from casetracker.domain.errors import ConflictError, ValidationError
from casetracker.store import bulk
from casetracker.store.archive_check import (
    SHOWN_PROBLEMS,
    ArchiveError,
    Checked,
    Source,
    top_sections,
)
from casetracker.store.archive_codec import Section, position, section, sections
from casetracker.store.archive_rules import canonical_expediente
from casetracker.store.archive_walk import Row, Walker, escape
from casetracker.store.database import Database
from casetracker.store.portable import follow_sequences, on_sqlite

_CHUNK = 500


def write_archive(db: Database, source: Source, checked: Checked) -> None:
    """Insert every row of the checked ``source``, ids kept, into the empty ``db`` in
    one transaction.

    Raises:
        ConflictError: the database already holds records; nothing was written.
        ArchiveError: the database refused some rows; nothing was written.
    """
    with db.unit_of_work() as uow:
        session = uow.session
        _require_empty(session)
        # References inside one table (a case related to a later case) and cycles are
        # checked at commit, once every row is in (SQLite); PostgreSQL checks each
        # statement, so such references are set once their table is complete, and a
        # list waits for the lists it points at.
        sqlite = on_sqlite(session)
        if sqlite:
            session.execute(text("PRAGMA defer_foreign_keys = ON"))
        writer = _Writer(session, sqlite)
        with bulk.bulk_cache(session), bulk.deferred_indexing(session):
            writer.write(source, checked.lists)
            if writer.problems:
                raise ArchiveError(error for _place, error in sorted(writer.problems))
        follow_sequences(session, (part.table for part in sections()))
        broken = session.execute(text("PRAGMA foreign_key_check")).fetchall() if sqlite else []
        if broken:
            raise ArchiveError(
                [ValidationError(f"/{row[0]}", f"row {row[1]} points at a missing {row[2]}")
                 for row in broken[:SHOWN_PROBLEMS]]
            )  # fmt: skip
        uow.commit()


class _Writer:
    def __init__(self, session: Session, sqlite: bool) -> None:
        self.session, self.sqlite = session, sqlite
        self.buffered: dict[str, list[Row]] = {}
        self.size = 0
        self.problems: list[tuple[tuple[int, int, int, int], ValidationError]] = []
        self.order = 0
        # On PostgreSQL, tables after the first one refused are left out: their rows
        # would only be reported for missing their parents.
        self.limit = len(sections())
        self.inward: dict[str, list[Row]] = {}

    def write(self, source: Source, lists: tuple[str, ...]) -> None:
        """Every list, each once; on PostgreSQL a list the file gives before one it
        points at is written in a further reading."""
        present, done, force = set(lists), set[str](), self.sqlite
        tops = top_sections()
        while done != present:
            wrote, walker = False, Walker()
            for key, value in source.entries(frozenset(tops)):
                if key not in present or key in done:
                    continue
                if not force and (_needs(key) & present) - done:
                    continue  # its turn comes in a further reading
                for row in walker.rows(tops[key], value, f"/{escape(key)}"):
                    walker.problems.clear()  # reported by the check
                    self.add(row)
                self.flush()
                self.finish()
                done.add(key)
                wrote = True
            # Lists pointing at each other (no schema does): the database will say.
            force = force or not wrote

    def add(self, row: Row) -> None:
        if position(row.part.name) > self.limit:
            return
        if row.part.name == "cases":
            canonical_expediente(row.values)
        self.buffered.setdefault(row.part.name, []).append(row)
        self.size += 1
        if self.size >= _CHUNK:
            self.flush()

    def flush(self) -> None:
        """Insert the buffered rows, table by table, parents first."""
        for index, part in enumerate(sections()):
            rows = self.buffered.pop(part.name, [])
            if not rows or index > self.limit:
                continue
            inward = [] if self.sqlite else _inward_references(part)
            values = [row.values for row in rows]
            if inward:
                self.inward.setdefault(part.name, []).extend(
                    row for row in rows if any(row.values.get(name) is not None for name in inward)
                )
                values = [{**value, **dict.fromkeys(inward)} for value in values]
            self.report(index, 0, rows, _insert(self.session, part, values, rows))
        self.buffered.clear()
        self.size = 0

    def finish(self) -> None:
        """Fill in the same-table references left empty, now that the list is in."""
        for index, part in enumerate(sections()):
            held = self.inward.pop(part.name, [])
            if held and not self.problems:
                found = _set_inward(self.session, part, held, _inward_references(part))
                self.report(index, 1, held, found)

    def report(
        self, index: int, step: int, rows: list[Row], found: list[tuple[int, ValidationError]]
    ) -> None:
        for at, error in found:
            self.problems.append(((index, step, rows[at].seq, len(self.problems)), error))
        if found and not self.sqlite:
            self.limit = min(self.limit, index)


@cache
def _needs(key: str) -> frozenset[str]:
    """The other lists whose rows the rows of list ``key`` point at."""
    needed = set()
    for part in sections():
        if _list_of(part.name) == key:
            for column in part.table.columns:
                needed |= {_list_of(foreign.column.table.name) for foreign in column.foreign_keys}
    return frozenset(needed - {key})


def _list_of(name: str) -> str:
    """The top-level list a table's records are in."""
    parent = section(name).parent
    return name if parent is None else _list_of(parent)


def _require_empty(session: Session) -> None:
    held = []
    for part in sections():
        count = session.scalar(select(func.count()).select_from(part.table)) or 0
        if count:
            held.append(f"{count} {part.name}")
    if held and not on_sqlite(session):
        raise ConflictError(
            f"the server database already holds records ({', '.join(held[:4])}); nothing "
            "was written; use a new, empty database (createdb NEW) and give its address"
        )
    if held:
        raise ConflictError(
            f"the database already holds records ({', '.join(held[:4])}); an archive is "
            "imported into a new, empty database: casetracker --db NEW.sqlite3 import FILE"
        )


def _insert(
    session: Session, part: Section, values: list[dict[str, Any]], rows: list[Row]
) -> list[tuple[int, ValidationError]]:
    """Insert in chunks; a refused chunk is retried row by row to name each bad row
    (by its place in ``rows``)."""
    problems: list[tuple[int, ValidationError]] = []
    statement = insert(part.table)
    for start in range(0, len(values), _CHUNK):
        chunk = values[start : start + _CHUNK]
        session.execute(text("SAVEPOINT archive_chunk"))
        try:
            session.execute(statement, chunk)
        except IntegrityError:
            session.execute(text("ROLLBACK TO archive_chunk"))
            for at, row in enumerate(chunk, start):
                # Each in its savepoint: on PostgreSQL a refused statement spoils
                # the transaction until rolled back to one.
                error = _attempt(session, statement.values(row), rows[at].pointer)
                problems += [(at, error)] if error else []
        session.execute(text("RELEASE archive_chunk"))
    return problems


def _inward_references(part: Section) -> list[str]:
    return _inward_columns(part.name)


@cache
def _inward_columns(name: str) -> list[str]:
    """The columns of ``part``'s table that point at rows of the same table, and the
    optional columns a CHECK ties to them (a case's ``relation`` goes with its
    ``related_case_id``), to be left empty until the table is complete."""
    table = section(name).table
    inward = {key.parent.name for key in table.foreign_keys if key.column.table is table}
    for constraint in table.constraints:
        if not isinstance(constraint, CheckConstraint):
            continue
        named = set(re.findall(r"\w+", str(constraint.sqltext))) & set(table.c.keys())
        if named & inward:
            inward |= {name for name in named if table.c[name].nullable}
    return sorted(inward)


def _set_inward(
    session: Session, part: Section, rows: list[Row], columns: list[str]
) -> list[tuple[int, ValidationError]]:
    """Fill in the same-table references left empty by the first insert."""
    problems: list[tuple[int, ValidationError]] = []
    table = part.table
    for at, row in enumerate(rows):
        values = {
            name: row.values.get(name) for name in columns if row.values.get(name) is not None
        }
        statement = update(table).where(table.c.id == row.values["id"]).values(values)
        error = _attempt(session, statement, row.pointer)
        problems += [(at, error)] if error else []
    return problems


def _attempt(session: Session, statement: Executable, pointer: str) -> ValidationError | None:
    """Run ``statement`` in a savepoint; the problem it raises, located at ``pointer``."""
    session.execute(text("SAVEPOINT archive_row"))
    try:
        session.execute(statement)
    except IntegrityError as exc:
        session.execute(text("ROLLBACK TO archive_row"))
        return ValidationError(pointer, _refusal(exc))
    finally:
        session.execute(text("RELEASE archive_row"))
    return None


def _refusal(exc: IntegrityError) -> str:
    detail = str(exc.orig)
    diagnosis = getattr(exc.orig, "diag", None)  # PostgreSQL names the constraint apart
    if getattr(exc.orig, "sqlstate", None) == "23514" and diagnosis is not None:
        return f"breaks the rule {diagnosis.constraint_name}"
    if "CHECK constraint failed: " in detail:
        rule = detail.split("CHECK constraint failed: ", 1)[1]
        return f"breaks the rule {rule}"
    return f"is refused by the database ({detail})"


__all__ = ["write_archive"]
