"""An archive's records as table rows, one at a time, each with its JSON pointer.

Checking and writing an import both walk the archive this way (the check once or
twice, the write once more), so neither holds more than one top-level record.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from casetracker.domain.errors import ValidationError
from casetracker.store.archive_codec import Section, children, default_for, from_json, identity
from casetracker.store.archive_codec import sections as all_sections


@dataclass(frozen=True, slots=True)
class Row:
    """One table row read from a record."""

    part: Section
    values: dict[str, Any]
    pointer: str
    seq: int
    """Its place among the rows of its table, in the order the archive lists them."""

    @property
    def key(self) -> Any:
        return self.values[identity(self.part).name]


class Walker:
    """Turns records into rows; the problems they show go to ``problems``, in the
    order a reader of the record meets them."""

    def __init__(self) -> None:
        self.problems: list[Any] = []
        self.seq = {part.name: 0 for part in all_sections()}

    def rows(self, part: Section, value: Any, pointer: str, parent: Any = None) -> Iterator[Row]:
        """The rows of a list of records (a list or an iterator of records)."""
        if not isinstance(value, list | Iterator):
            self.problems.append(ValidationError(pointer, "must be a list of records"))
            return
        records: Iterable[Any] = value
        for index, record in enumerate(records):
            yield from self.record(part, record, f"{pointer}/{index}", parent)

    def record(self, part: Section, record: Any, pointer: str, parent: Any) -> Iterator[Row]:
        """The record's row, then the rows of the records nested in it."""
        if not isinstance(record, dict):
            self.problems.append(ValidationError(pointer, "must be an object (one record)"))
            return
        nested = children(part.name)
        allowed = {c.name for c in part.fields} | {child.name for child in nested}
        for key in record:
            if key not in allowed:
                where = f"{pointer}/{escape(str(key))}"
                self.problems.append(ValidationError(where, f"is not a field of {part.name}"))
        values: dict[str, Any] = {}
        for column in part.fields:
            where = f"{pointer}/{column.name}"
            if column.name in record:
                values[column.name] = from_json(
                    part, column, record[column.name], where, self.problems
                )
                continue
            fillable, default = default_for(column)
            if not fillable:
                self.problems.append(ValidationError(where, "is missing"))
            values[column.name] = default
        if part.link is not None:
            values[part.link] = parent
        row = Row(part, values, pointer, self.seq[part.name])
        self.seq[part.name] += 1
        yield row
        for child in nested:
            value = record.get(child.name)
            where = f"{pointer}/{child.name}"
            if child.kind == "extension":
                if value is not None:
                    yield from self.record(child, value, where, row.key)
            else:
                yield from self.rows(child, [] if value is None else value, where, row.key)


def escape(key: str) -> str:
    """JSON pointer escaping (RFC 6901)."""
    return key.replace("~", "~0").replace("/", "~1")


__all__ = ["Row", "Walker", "escape"]
