"""Checking a whole archive before anything is written, a record at a time.

:func:`check_archive` reads the archive (a file, or a dictionary already in memory)
and collects every problem with its JSON pointer. Each record is checked as it is
read; what the records say about each other (references, repeated ids and unique
values, links inside a case) is checked against small per-record keys remembered
as the archive is read (a reference to a record given later waits for the end).
The problems are reported in the same order whatever the order of the archive's
lists: by kind, table and record.
The archive is written afterwards by :mod:`casetracker.store.archive_write`.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from sqlalchemy import UniqueConstraint

from casetracker.domain.errors import ValidationError, ValidationErrors
from casetracker.store import migrate
from casetracker.store.archive_codec import Section, identity, position, section, sections
from casetracker.store.archive_rules import WHERE, Place, Ref, RuleChecker
from casetracker.store.archive_walk import Row, Walker, escape

HEADER_KEYS = ("format", "format_version", "schema_revision", "app_version", "exported_at")
SHOWN_PROBLEMS = 50

# The order of the report: the archive's own keys, records, references, unique values
# (then the rules, see archive_rules).
_KEYS, _RECORDS, _REFERENCES, _UNIQUES = range(4)


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


class Source(Protocol):
    """An archive to read (see :mod:`casetracker.store.archive_reader`)."""

    def is_object(self) -> bool: ...

    def entries(self, lists: frozenset[str]) -> Iterator[tuple[str, Any]]: ...


@dataclass(frozen=True, slots=True)
class Checked:
    """What the check found in an archive without problems."""

    counts: dict[str, int]
    warnings: tuple[ValidationError, ...]
    """Imported, but worth a look (expediente numbers in no known format)."""
    lists: tuple[str, ...]
    """The lists of records, in the archive's order."""


@cache
def top_sections() -> dict[str, Section]:
    return {part.name: part for part in sections() if part.kind == "top"}


def check_archive(source: Source, fmt: str, version: int) -> Checked:
    """Read and check every record of an archive.

    Raises:
        ArchiveError: every problem found, each with its location; or broken JSON.
    """
    if not source.is_object():
        raise ArchiveError([ValidationError("", "must be a JSON object (is this an archive?)")])
    check = _Check()
    check.first_reading(source)
    header = _header_problems(check.header, fmt, version)
    if header:  # another format or version: the records would mislead
        raise ArchiveError(header)
    if check.problems:
        raise ArchiveError(check.report(source))
    return Checked(dict(check.counts), tuple(check.warnings), tuple(check.lists))


Problem = tuple[Place, str, str, "Ref | None"]


class _Check:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.order = itertools.count()
        self.header: dict[str, Any] = {}
        self.lists: list[str] = []
        self.counts: dict[str, int] = {}
        self.warnings: list[ValidationError] = []
        self.ids: dict[str, set[Any]] = {part.name: set() for part in sections()}
        self.present: dict[tuple[str, str], set[Any]] = {key: set() for key in _referenced()}
        self.seen: dict[tuple[str, int], set[Any]] = {}
        self.rules = RuleChecker(self.fail, self.warn)
        self.later: list[tuple[Place, str, str, str, Any]] = []

    def fail(self, place: Place, pointer: str, message: str, ref: Ref | None) -> None:
        self.problems.append(((*place, next(self.order)), pointer, message, ref))

    def warn(self, pointer: str, message: str) -> None:
        self.warnings.append(ValidationError(pointer, message))

    def first_reading(self, source: Source) -> None:
        """Every record, and what records say about each other."""
        walker, met = Walker(), set()
        tops = top_sections()
        for key, value in source.entries(frozenset(tops)):
            if key in met:
                self.fail((_KEYS,), f"/{escape(key)}", "appears twice in the archive", None)
            met.add(key)
            if key in HEADER_KEYS:
                self.header[key] = value
            elif key in tops:
                self.lists.append(key)
                place = (_RECORDS, position(key))
                for row in walker.rows(tops[key], value, f"/{escape(key)}"):
                    self.check(walker, row)
                    self.collect(walker, place)
                self.collect(walker, place)
            else:
                self.fail((_KEYS,), f"/{escape(key)}", "is not a part of the archive format", None)
        self.counts = walker.seq
        self.finish()

    def collect(self, walker: Walker, place: Place) -> None:
        for problem in walker.problems:
            if isinstance(problem, ValidationError):
                self.fail(place, problem.field, problem.message, None)
            else:
                self.fail(place, *problem)
        walker.problems.clear()

    def check(self, walker: Walker, row: Row) -> None:
        part, values = row.part, row.values
        if row.key is not None:
            if row.key in self.ids[part.name]:
                where = f"{row.pointer}/{identity(part).name}"
                first = (part.name, (identity(part).name,), (row.key,), False)
                walker.problems.append((where, f"repeats id {row.key} of {WHERE}", first))
            else:
                self.ids[part.name].add(row.key)
        for name in _referenced_by_name().get(part.name, ()):
            self.present[(part.name, name)].add(values.get(name))
        table = position(part.name)
        for group, names in enumerate(_unique_columns(part.name)):
            found = tuple(values.get(name) for name in names)
            if None in found:
                continue  # SQL lets any number of rows leave a unique column empty
            seen = self.seen.setdefault((part.name, group), set())
            kept = _compact(found)
            if kept in seen:
                place = (_UNIQUES, table, group, row.seq)
                where, first = f"{row.pointer}/{names[0]}", (part.name, names, found, False)
                self.fail(place, where, f"repeats the value of {WHERE}", first)
            else:
                seen.add(kept)
        self.references(row)
        self.rules.check(row)

    def references(self, row: Row) -> None:
        """References to rows already read are checked now, the others at the end."""
        table = position(row.part.name)
        for index, column in enumerate(row.part.fields):
            value = row.values.get(column.name)
            if value is None:
                continue
            for number, foreign in enumerate(column.foreign_keys):
                target, name = foreign.column.table.name, foreign.column.name
                if not self.holds(target, name, value):
                    place = (_REFERENCES, table, index, number, row.seq)
                    self.later.append((place, f"{row.pointer}/{column.name}", target, name, value))

    def finish(self) -> None:
        for place, pointer, target, name, value in self.later:
            if not self.holds(target, name, value):
                message = f"points at {target} id {value}, not in the archive"
                self.fail(place, pointer, message, None)
        self.later.clear()
        self.rules.finish()

    def holds(self, table: str, column: str, value: Any) -> bool:
        if (table, column) in self.present:
            return value in self.present[(table, column)]
        return value in self.ids[table]

    def report(self, source: Source) -> list[ValidationError]:
        """Every problem in report order, with the other rows' pointers filled in."""
        wanted = {ref for _place, _pointer, _message, ref in self.problems if ref is not None}
        pointers: dict[Ref, str] = {}
        if wanted:
            walker, tops = Walker(), top_sections()
            for key, value in source.entries(frozenset(tops)):
                if key in tops:
                    for row in walker.rows(tops[key], value, f"/{escape(key)}"):
                        walker.problems.clear()
                        _note_pointer(row, wanted, pointers)
        return [
            ValidationError(pointer, message.replace(WHERE, pointers.get(ref, "?") if ref else ""))
            for _place, pointer, message, ref in sorted(self.problems, key=lambda p: p[0])
        ]


def _note_pointer(row: Row, wanted: set[Ref], pointers: dict[Ref, str]) -> None:
    for ref in wanted:
        table, names, values, last = ref
        if table != row.part.name or tuple(row.values.get(n) for n in names) != values:
            continue
        if last or ref not in pointers:
            pointers[ref] = row.pointer


def _compact(values: tuple[Any, ...]) -> Any:
    """Unique values as remembered: one value alone, an identity as its number."""
    if len(values) > 1:
        return values
    value = values[0]
    return value.int if isinstance(value, uuid.UUID) else value


def _header_problems(header: dict[str, Any], fmt: str, version: int) -> list[ValidationError]:
    if header.get("format") != fmt:
        return [ValidationError("/format", f'must be "{fmt}"; this is not a casetracker archive')]
    problems = []
    found = header.get("format_version")
    if type(found) is not int:
        problems.append(ValidationError("/format_version", "must be a whole number"))
    elif found > version:
        problems.append(
            ValidationError("/format_version", f"is {found}: made by a newer casetracker; update")
        )
    elif found < 1:
        problems.append(ValidationError("/format_version", f"is {found}; versions start at 1"))
    revision = header.get("schema_revision")
    if not isinstance(revision, str) or revision not in migrate.known_revisions():
        problems.append(
            ValidationError("/schema_revision", "is unknown: made by a newer casetracker? update")
        )
    return problems


@cache
def _referenced() -> frozenset[tuple[str, str]]:
    """Columns other tables point at, besides a table's own key (remembered apart)."""
    found = set()
    for part in sections():
        for column in part.fields:
            for foreign in column.foreign_keys:
                target = foreign.column
                if target.name != identity(section(target.table.name)).name:
                    found.add((target.table.name, target.name))
    return frozenset(found)


@cache
def _referenced_by_name() -> dict[str, tuple[str, ...]]:
    by_name: dict[str, list[str]] = {}
    for table, column in _referenced():
        by_name.setdefault(table, []).append(column)
    return {table: tuple(columns) for table, columns in by_name.items()}


@cache
def _unique_columns(name: str) -> tuple[tuple[str, ...], ...]:
    """The column groups of table ``name`` that must hold unique values."""
    part = section(name)
    groups = [(c.name,) for c in part.table.columns if c.unique]
    groups += [
        tuple(c.name for c in constraint.columns)
        for constraint in part.table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    return tuple(groups)


def _line(error: ValidationError) -> str:
    return f"{error.field or '/'}: {error.message}"


__all__ = ["ArchiveError", "Checked", "Source", "check_archive", "top_sections"]
