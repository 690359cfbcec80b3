"""Checking a parsed archive completely, then writing it in one transaction.

:func:`check_archive` reads every record into table rows and collects every problem
with its JSON pointer before anything is written; :func:`write_plan` inserts the
rows, keeping their ids, into an empty database, all or nothing. What only the
database can judge (CHECK rules such as "notified after filed") is found while
inserting, located by row, and rolls everything back too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import CheckConstraint, UniqueConstraint, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import Executable

from casetracker.domain.errors import ConflictError, ValidationError, ValidationErrors
from casetracker.store import bulk, migrate
from casetracker.store.archive_codec import (
    Section,
    children,
    default_for,
    from_json,
    identity,
    sections,
)
from casetracker.store.archive_rules import RuleChecker
from casetracker.store.database import Database
from casetracker.store.portable import follow_sequences, on_sqlite

HEADER_KEYS = ("format", "format_version", "schema_revision", "app_version", "exported_at")
SHOWN_PROBLEMS = 50
_CHUNK = 500


class ArchiveError(ValidationErrors):
    """The archive cannot be imported; ``errors`` holds every problem, by JSON pointer."""

    def __init__(self, errors: Iterable[ValidationError]) -> None:
        super().__init__(errors)
        shown = [_line(error) for error in self.errors[:SHOWN_PROBLEMS]]
        more = len(self.errors) - len(shown)
        if more > 0:
            shown.append(f"… and {more} more")
        self.args = (f"the archive cannot be imported; nothing was written: {'; '.join(shown)}",)

    def lines(self) -> list[str]:
        """One line per problem: ``/cases/3/filings/0/filed_on: <what is wrong>``."""
        return [_line(error) for error in self.errors]


@dataclass
class Plan:
    """Rows to insert per table, with the pointer of the record each came from."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    pointers: dict[str, list[str]] = field(default_factory=dict)
    warnings: list[ValidationError] = field(default_factory=list)
    """What is imported but deserves a look (expediente numbers in no known format)."""

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items()}


def check_archive(data: Any, fmt: str, version: int) -> Plan:
    """Read and check every record of a parsed archive.

    Raises:
        ArchiveError: every problem found, each with its location.
    """
    reader = _Reader()
    if not isinstance(data, dict):
        raise ArchiveError([ValidationError("", "must be a JSON object (is this an archive?)")])
    reader.header(data, fmt, version)
    if reader.problems:  # another format or version: the records would mislead
        raise ArchiveError(reader.problems)
    tops = [s for s in sections() if s.kind == "top"]
    known = set(HEADER_KEYS) | {s.name for s in tops}
    for key in data:
        if key not in known:
            reader.fail(f"/{_escape(key)}", "is not a part of the archive format")
    for top in tops:
        reader.records(top, data.get(top.name, []), f"/{top.name}", None)
    reader.references()
    reader.uniques()
    reader.domain_rules()
    if reader.problems:
        raise ArchiveError(reader.problems)
    return reader.plan


def write_plan(db: Database, plan: Plan) -> None:
    """Insert every planned row, ids kept, into the empty ``db`` in one transaction.

    Raises:
        ConflictError: the database already holds records; nothing was written.
        ArchiveError: the database refused some rows; nothing was written.
    """
    with db.unit_of_work() as uow:
        session = uow.session
        _require_empty(session)
        # References inside one table (a case related to a later case) and cycles are
        # checked at commit, once every row is in (SQLite); PostgreSQL checks each
        # statement, so such references are set once their table is complete.
        sqlite = on_sqlite(session)
        if sqlite:
            session.execute(text("PRAGMA defer_foreign_keys = ON"))
        problems: list[ValidationError] = []
        with bulk.bulk_cache(session), bulk.deferred_indexing(session):
            for part in sections():
                rows, pointers = plan.rows.get(part.name, []), plan.pointers.get(part.name, [])
                inward = [] if sqlite else _inward_references(part)
                first = [{**row, **dict.fromkeys(inward)} for row in rows] if inward else rows
                problems += _insert(session, part, first, pointers)
                if inward and not problems:
                    problems += _set_inward(session, part, rows, pointers, inward)
                if problems and not sqlite:
                    break  # later tables would only report rows missing their parents
            if problems:
                raise ArchiveError(problems)
        follow_sequences(session, (part.table for part in sections()))
        broken = session.execute(text("PRAGMA foreign_key_check")).fetchall() if sqlite else []
        if broken:
            raise ArchiveError(
                [ValidationError(f"/{row[0]}", f"row {row[1]} points at a missing {row[2]}")
                 for row in broken[:SHOWN_PROBLEMS]]
            )  # fmt: skip
        uow.commit()


class _Reader:
    def __init__(self) -> None:
        self.problems: list[ValidationError] = []
        self.plan = Plan(
            rows={s.name: [] for s in sections()}, pointers={s.name: [] for s in sections()}
        )
        self.ids: dict[str, dict[Any, str]] = {s.name: {} for s in sections()}

    def fail(self, pointer: str, message: str) -> None:
        self.problems.append(ValidationError(pointer, message))

    def header(self, data: dict[str, Any], fmt: str, version: int) -> None:
        if data.get("format") != fmt:
            self.fail("/format", f'must be "{fmt}"; this is not a casetracker archive')
            return
        found = data.get("format_version")
        if type(found) is not int:
            self.fail("/format_version", "must be a whole number")
        elif found > version:
            self.fail("/format_version", f"is {found}: made by a newer casetracker; update")
        elif found < 1:
            self.fail("/format_version", f"is {found}; versions start at 1")
        revision = data.get("schema_revision")
        if not isinstance(revision, str) or revision not in migrate.known_revisions():
            self.fail("/schema_revision", "is unknown: made by a newer casetracker? update")

    def records(self, part: Section, value: Any, pointer: str, parent: Any) -> None:
        if not isinstance(value, list):
            self.fail(pointer, "must be a list of records")
            return
        for index, record in enumerate(value):
            self.record(part, record, f"{pointer}/{index}", parent)

    def record(self, part: Section, record: Any, pointer: str, parent: Any) -> None:
        if not isinstance(record, dict):
            self.fail(pointer, "must be an object (one record)")
            return
        nested = children(part.name)
        allowed = {c.name for c in part.fields} | {child.name for child in nested}
        for key in record:
            if key not in allowed:
                self.fail(f"{pointer}/{_escape(str(key))}", f"is not a field of {part.name}")
        row: dict[str, Any] = {}
        for column in part.fields:
            where = f"{pointer}/{column.name}"
            if column.name in record:
                row[column.name] = from_json(
                    part, column, record[column.name], where, self.problems
                )
                continue
            fillable, default = default_for(column)
            if not fillable:
                self.fail(where, "is missing")
            row[column.name] = default
        if part.link is not None:
            row[part.link] = parent
        key = row[identity(part).name]
        if key is not None:
            if key in self.ids[part.name]:
                self.fail(
                    f"{pointer}/{identity(part).name}",
                    f"repeats id {key} of {self.ids[part.name][key]}",
                )
            else:
                self.ids[part.name][key] = pointer
        self.plan.rows[part.name].append(row)
        self.plan.pointers[part.name].append(pointer)
        for child in nested:
            value = record.get(child.name)
            where = f"{pointer}/{child.name}"
            if child.kind == "extension":
                if value is not None:
                    self.record(child, value, where, key)
            else:
                self.records(child, [] if value is None else value, where, key)

    def references(self) -> None:
        for part in sections():
            for column in part.fields:
                for foreign in column.foreign_keys:
                    target = foreign.column.table.name
                    present = {row[foreign.column.name] for row in self.plan.rows[target]}
                    self._check_present(part, column.name, target, present)

    def _check_present(self, part: Section, name: str, target: str, present: set[Any]) -> None:
        rows, pointers = self.plan.rows[part.name], self.plan.pointers[part.name]
        for row, pointer in zip(rows, pointers, strict=True):
            value = row.get(name)
            if value is not None and value not in present:
                self.fail(f"{pointer}/{name}", f"points at {target} id {value}, not in the archive")

    def uniques(self) -> None:
        for part in sections():
            groups = [(c.name,) for c in part.table.columns if c.unique]
            groups += [
                tuple(c.name for c in constraint.columns)
                for constraint in part.table.constraints
                if isinstance(constraint, UniqueConstraint)
            ]
            for names in groups:
                seen: dict[tuple[Any, ...], str] = {}
                rows, pointers = self.plan.rows[part.name], self.plan.pointers[part.name]
                for row, pointer in zip(rows, pointers, strict=True):
                    values = tuple(row.get(name) for name in names)
                    if None in values:
                        continue  # SQL lets any number of rows leave a unique column empty
                    if values in seen:
                        self.fail(f"{pointer}/{names[0]}", f"repeats the value of {seen[values]}")
                    else:
                        seen[values] = pointer

    def domain_rules(self) -> None:
        """Rules the schema cannot express (see :mod:`casetracker.store.archive_rules`)."""
        RuleChecker(self.plan.rows, self.plan.pointers, self.fail, self.warn).run()

    def warn(self, pointer: str, message: str) -> None:
        self.plan.warnings.append(ValidationError(pointer, message))


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
    session: Session, part: Section, rows: list[dict[str, Any]], pointers: list[str]
) -> list[ValidationError]:
    """Insert in chunks; a refused chunk is retried row by row to name each bad row."""
    problems: list[ValidationError] = []
    statement = insert(part.table)
    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start : start + _CHUNK]
        session.execute(text("SAVEPOINT archive_chunk"))
        try:
            session.execute(statement, chunk)
        except IntegrityError:
            session.execute(text("ROLLBACK TO archive_chunk"))
            for row, pointer in zip(chunk, pointers[start : start + _CHUNK], strict=True):
                # Each in its savepoint: on PostgreSQL a refused statement spoils
                # the transaction until rolled back to one.
                problems += _attempt(session, statement.values(row), pointer)
        session.execute(text("RELEASE archive_chunk"))
    return problems


def _inward_references(part: Section) -> list[str]:
    """The columns of ``part``'s table that point at rows of the same table, and the
    optional columns a CHECK ties to them (a case's ``relation`` goes with its
    ``related_case_id``), to be left empty until the table is complete."""
    table = part.table
    inward = {key.parent.name for key in table.foreign_keys if key.column.table is table}
    for constraint in table.constraints:
        if not isinstance(constraint, CheckConstraint):
            continue
        named = set(re.findall(r"\w+", str(constraint.sqltext))) & set(table.c.keys())
        if named & inward:
            inward |= {name for name in named if table.c[name].nullable}
    return sorted(inward)


def _set_inward(
    session: Session,
    part: Section,
    rows: list[dict[str, Any]],
    pointers: list[str],
    columns: list[str],
) -> list[ValidationError]:
    """Fill in the same-table references left empty by the first pass."""
    problems: list[ValidationError] = []
    table = part.table
    for row, pointer in zip(rows, pointers, strict=True):
        values = {name: row.get(name) for name in columns if row.get(name) is not None}
        if not values:
            continue
        statement = update(table).where(table.c.id == row["id"]).values(values)
        problems += _attempt(session, statement, pointer)
    return problems


def _attempt(session: Session, statement: Executable, pointer: str) -> list[ValidationError]:
    """Run ``statement`` in a savepoint; the problem it raises, located at ``pointer``."""
    session.execute(text("SAVEPOINT archive_row"))
    try:
        session.execute(statement)
    except IntegrityError as exc:
        session.execute(text("ROLLBACK TO archive_row"))
        return [ValidationError(pointer, _refusal(exc))]
    finally:
        session.execute(text("RELEASE archive_row"))
    return []


def _refusal(exc: IntegrityError) -> str:
    detail = str(exc.orig)
    diagnosis = getattr(exc.orig, "diag", None)  # PostgreSQL names the constraint apart
    if getattr(exc.orig, "sqlstate", None) == "23514" and diagnosis is not None:
        return f"breaks the rule {diagnosis.constraint_name}"
    if "CHECK constraint failed: " in detail:
        rule = detail.split("CHECK constraint failed: ", 1)[1]
        return f"breaks the rule {rule}"
    return f"is refused by the database ({detail})"


def _line(error: ValidationError) -> str:
    return f"{error.field or '/'}: {error.message}"


def _escape(key: str) -> str:
    """JSON pointer escaping (RFC 6901)."""
    return key.replace("~", "~0").replace("/", "~1")


__all__ = ["ArchiveError", "Plan", "check_archive", "write_plan"]
