"""The archive's shape and values, derived from the schema so new tables come along.

Three kinds of table appear in an archive (see :mod:`casetracker.services.archive`):

* an *extension* table, whose whole primary key is a reference to another table
  (``attachment_contents``, ``deadline_computations``), is an object inside the
  record it extends, under its table name;
* a table with a required ``case_id`` is a list inside each case, under its table
  name, without the ``case_id`` field (the nesting says it);
* every other table is a list at the top level.

Values are JSON types: integers, ``true``/``false``, strings, ISO dates
(``YYYY-MM-DD``) and date-times (``YYYY-MM-DDTHH:MM:SS``), base64 for bytes, and
``null``. Text that must be one of a set of codes (a CHECK ``col IN (...)``) is
checked against that set.
"""

from __future__ import annotations

import base64
import binascii
import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Table,
    Uuid,
)

from casetracker.domain.errors import ValidationError
from casetracker.domain.validation import EARLIEST_DATE, LATEST_DATE
from casetracker.store.models import DERIVED, Base

CASE_TABLE = "cases"
CASE_COLUMN = "case_id"
_CODES = re.compile(r"(\w+)\s+IN\s+\(((?:\s*'[^']*'\s*,?)+)\)", re.IGNORECASE)
_SQLITE_INT = (-(2**63), 2**63 - 1)
# Control characters (Unicode category Cc) but the line breaks and tab, and lone
# surrogates (Cs): one regular expression, as every text of an archive is searched.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


@dataclass(frozen=True)
class Section:
    """How one table appears in the archive."""

    table: Table
    kind: str  # "top", "case" (list inside each case) or "extension" (object in a record)
    parent: str | None = None  # the table whose records hold this one
    link: str | None = None  # the column the nesting implies (not written in the record)
    codes: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def fields(self) -> list[Column[Any]]:
        """The columns written in each record, in table order (derived ones are
        computed again on import)."""
        return _fields(self.table.name)


@cache
def sections() -> tuple[Section, ...]:
    """Every table of the schema, in an order where referenced tables come first."""
    found = []
    for table in Base.metadata.sorted_tables:
        codes = _allowed_codes(table)
        primary = list(table.primary_key.columns)
        if len(primary) == 1 and primary[0].foreign_keys:
            target = next(iter(primary[0].foreign_keys)).column.table.name
            found.append(Section(table, "extension", target, primary[0].name, codes))
        elif _belongs_to_case(table):
            found.append(Section(table, "case", CASE_TABLE, CASE_COLUMN, codes))
        else:
            found.append(Section(table, "top", codes=codes))
    return tuple(found)


def section(name: str) -> Section:
    return sections()[position(name)]


@cache
def position(name: str) -> int:
    """The place of a table in :func:`sections` (referenced tables come first)."""
    return next(index for index, part in enumerate(sections()) if part.name == name)


@cache
def children(parent: str) -> list[Section]:
    """Sections nested inside the records of ``parent``."""
    return [s for s in sections() if s.parent == parent]


@cache
def _fields(name: str) -> list[Column[Any]]:
    part = section(name)
    return [
        column
        for column in part.table.columns
        if column.name != part.link and not column.info.get(DERIVED)
    ]


def identity(part: Section) -> Column[Any]:
    """The single-column primary key of a table."""
    return next(iter(part.table.primary_key.columns))


def to_json(column: Column[Any], value: Any) -> Any:
    """A column value as its JSON representation."""
    if value is None:
        return None
    if isinstance(column.type, LargeBinary):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def from_json(
    part: Section,
    column: Column[Any],
    value: Any,
    pointer: str,
    problems: list[ValidationError],
) -> Any:
    """The column value for a JSON value, or None after adding a problem at ``pointer``."""
    if value is None:
        if not column.nullable:
            problems.append(ValidationError(pointer, "is required; it cannot be null"))
        return None
    kind = column.type
    if isinstance(kind, Boolean):
        return _expect(value, bool, "true or false", pointer, problems)
    if isinstance(kind, Integer):
        return _integer(value, pointer, problems)
    if isinstance(kind, DateTime):
        return _when(
            value,
            datetime.fromisoformat,
            "a date and time (YYYY-MM-DDTHH:MM:SS)",
            pointer,
            problems,
        )
    if isinstance(kind, Date):
        return _when(value, date.fromisoformat, "a date (YYYY-MM-DD)", pointer, problems)
    if isinstance(kind, LargeBinary):
        return _bytes(value, pointer, problems)
    if isinstance(kind, Uuid):
        return _uuid(value, pointer, problems)
    if isinstance(kind, String):
        return _text(value, kind.length, part.codes.get(column.name), pointer, problems)
    problems.append(ValidationError(pointer, f"has a type this version cannot read ({kind})"))
    return None


def default_for(column: Column[Any]) -> tuple[bool, Any]:
    """Whether a missing field may be filled in, and with what (older archives).

    A record of an archive written before identities existed gets a new uuid.
    """
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        return True, default.arg  # type: ignore[attr-defined]
    if isinstance(column.type, Uuid) and default is not None:
        return True, default.arg(None)  # type: ignore[attr-defined]
    if column.nullable and not column.primary_key:
        return True, None
    return False, None


def _belongs_to_case(table: Table) -> bool:
    column = table.columns.get(CASE_COLUMN)
    if table.name == CASE_TABLE or column is None or column.nullable:
        return False
    return any(key.column.table.name == CASE_TABLE for key in column.foreign_keys)


def _allowed_codes(table: Table) -> dict[str, tuple[str, ...]]:
    codes: dict[str, tuple[str, ...]] = {}
    for constraint in table.constraints:
        if isinstance(constraint, CheckConstraint):
            for name, listed in _CODES.findall(str(constraint.sqltext)):
                codes[name] = tuple(re.findall(r"'([^']*)'", listed))
    return codes


def _expect(
    value: Any, kind: type, wording: str, pointer: str, problems: list[ValidationError]
) -> Any:
    if type(value) is not kind:
        problems.append(ValidationError(pointer, f"must be {wording}, not {_describe(value)}"))
        return None
    return value


def _integer(value: Any, pointer: str, problems: list[ValidationError]) -> int | None:
    if type(value) is not int:
        problems.append(ValidationError(pointer, f"must be a whole number, not {_describe(value)}"))
        return None
    if not _SQLITE_INT[0] <= value <= _SQLITE_INT[1]:
        problems.append(ValidationError(pointer, "is too large a number"))
        return None
    return value


def _when(
    value: Any, parse: Any, wording: str, pointer: str, problems: list[ValidationError]
) -> Any:
    if not isinstance(value, str):
        problems.append(ValidationError(pointer, f"must be {wording}, not {_describe(value)}"))
        return None
    try:
        parsed = parse(value)
    except ValueError:
        problems.append(ValidationError(pointer, f"{value[:40]!r} is not {wording}"))
        return None
    day = parsed.date() if isinstance(parsed, datetime) else parsed
    if isinstance(parsed, datetime) and parsed.tzinfo is not None:
        problems.append(ValidationError(pointer, "must not carry a time zone (times are UTC)"))
        return None
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        problems.append(ValidationError(pointer, f"{value} is outside 1900–2100"))
        return None
    return parsed


def _uuid(value: Any, pointer: str, problems: list[ValidationError]) -> uuid.UUID | None:
    wording = "a UUID (8-4-4-4-12 hexadecimal digits)"
    if not isinstance(value, str):
        problems.append(ValidationError(pointer, f"must be {wording}, not {_describe(value)}"))
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        problems.append(ValidationError(pointer, f"{value[:40]!r} is not {wording}"))
        return None


def _bytes(value: Any, pointer: str, problems: list[ValidationError]) -> bytes | None:
    if not isinstance(value, str):
        problems.append(ValidationError(pointer, f"must be base64 text, not {_describe(value)}"))
        return None
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        problems.append(ValidationError(pointer, "is not valid base64"))
        return None


def _text(
    value: Any,
    length: int | None,
    codes: tuple[str, ...] | None,
    pointer: str,
    problems: list[ValidationError],
) -> str | None:
    if not isinstance(value, str):
        problems.append(ValidationError(pointer, f"must be text, not {_describe(value)}"))
        return None
    if length is not None and len(value) > length:
        problems.append(
            ValidationError(pointer, f"is {len(value)} characters long; at most {length} fit")
        )
        return None
    if _CONTROLS.search(value):
        problems.append(ValidationError(pointer, "contains control characters"))
        return None
    if codes is not None and value not in codes:
        problems.append(
            ValidationError(pointer, f"{value[:40]!r} is not one of: {', '.join(codes)}")
        )
        return None
    return value


def _describe(value: Any) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", str: "text"}
    names.update({list: "a list", dict: "an object"})
    return names.get(type(value), type(value).__name__)
