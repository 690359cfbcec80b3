"""Export and import of a whole database as one JSON archive (format version 1).

The archive is UTF-8 JSON, one object::

    {
      "format": "casetracker-archive",
      "format_version": 1,
      "schema_revision": "0003_canonical_expedientes",
      "app_version": "0.1.0",
      "exported_at": "2026-11-26T15:30:00Z",
      "matters": [{"id": 1, "name": "Convenios PNP", "description": ""}],
      "courts": [...], "closures": [...], "parties": [...],
      "cases": [{"id": 1, "title": "...", ...,
                 "case_parties": [{"id": 1, "party_id": 4, "role": "plaintiff", ...}],
                 "filings": [...], "hearings": [...], "notes": [...],
                 "attachments": [{"id": 1, "filing_id": 2, "filename": "demanda.pdf",
                                  "size": 5120, "sha256": "…",
                                  "attachment_contents": {"data": "<base64>"}}],
                 "deadlines": [{"id": 1, ..., "deadline_computations": {...} | null}]}],
      "app_settings": [...], "rule_overrides": [...],   (other tables, by name)
      "audit_entries": [...]                            (the history, last)
    }

Every table of the database is there, each record with every column under the
column's name, ids included (references between records use them). Records that
belong to one case sit inside it without ``case_id``; a table whose key is another
record's id (attachment bytes, deadline computations) is an object inside that
record. Dates are ``YYYY-MM-DD``, times ``YYYY-MM-DDTHH:MM:SS`` in UTC, bytes base64,
identities (``uuid``) in the dashed form; an import keeps them, and records of an
archive written before identities existed get new ones.
Records are ordered by id and fields by the table's column order, so exporting the
same data twice gives the same bytes apart from ``exported_at``.
The archive holds everything, protected parties' names too: keep it as safe as the
database. ``format_version`` changes only when an older casetracker could no longer
read the file; ``schema_revision`` says which database schema it came from (an
archive from an older schema imports, with defaults for the columns it lacks).

Import checks the whole archive first (types, codes, dates, duplicate ids,
references between records and that they stay inside their case, attachment names,
sizes within the app's limit and checksums) and reports every problem with its JSON
pointer (``/cases/3/filings/0/filed_on``); then writes it all in one transaction
into an *empty* database, keeping the ids and the history as they were. The file is
read a record at a time, twice (to check, then to write): memory stays flat. It
adds no history entry of its own (the round trip must be exact); the log records it.
Expediente numbers in a known format are stored in their canonical spelling, as the
app stores them (an older archive may hold them as typed); numbers in no known
format come back as warnings.
"""

from __future__ import annotations

import io
import json
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from casetracker import __version__
from casetracker.atomic import atomic_write
from casetracker.domain.errors import ValidationError
from casetracker.services.protection import require_plaintext_consent
from casetracker.store import migrate
from casetracker.store.archive_check import ArchiveError, Source, check_archive
from casetracker.store.archive_codec import Section, children, identity, sections, to_json
from casetracker.store.archive_reader import ArchiveData, ArchiveFile
from casetracker.store.archive_write import write_archive as write_rows
from casetracker.store.database import Database

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "ArchiveError",
    "ArchiveSummary",
    "build_archive",
    "export_archive",
    "import_archive",
    "import_data",
    "parse_archive",
    "stream_archive",
    "write_archive",
]

FORMAT = "casetracker-archive"
FORMAT_VERSION = 1

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ArchiveSummary:
    """What an export wrote or an import read: records per table."""

    path: Path
    counts: dict[str, int]
    warnings: tuple[str, ...] = ()
    """Imported, but worth a look: ``/cases/3/expediente: case 4: the number follows…``."""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def export_archive(db: Database, target: Path, *, plaintext: bool = False) -> ArchiveSummary:
    """Write the whole database to ``target`` (atomically: all of it or nothing).

    A protected database is exported only with ``plaintext`` (the archive is readable
    text); otherwise PlaintextExportError is raised and nothing is written.
    """
    require_plaintext_consent(db, target, plaintext=plaintext)
    with atomic_write(target) as stream:
        counts = stream_archive(db, stream)
    return ArchiveSummary(target, counts)


def stream_archive(
    db: Database, stream: BinaryIO, *, now: datetime | None = None
) -> dict[str, int]:
    """Write the archive to ``stream`` a few hundred records at a time; return the counts.

    The same bytes as ``write_archive(build_archive(db))``, read in one snapshot, but
    memory stays flat: only a batch of records and their nested ones are held at once.
    """
    counts = {part.name: 0 for part in sections()}
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="\n")
    with db.read() as session:
        head = _head(migrate.current_revision(session.connection()), now)
        text.write(
            "{\n" + ",\n".join(f" {_dumps(key)}: {_dumps(value)}" for key, value in head.items())
        )
        for top in _in_reading_order(part for part in sections() if part.kind == "top"):
            text.write(f",\n {_dumps(top.name)}: ")
            _write_list(text, _streamed_records(session, top, counts))
    text.write("\n}\n")
    text.flush()
    text.detach()
    return counts


_BATCH = 500
_IN_LIMIT = 900  # ids per IN (...): below SQLite's oldest limit on bound values


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _write_list(text: io.TextIOWrapper, records: Iterable[dict[str, Any]]) -> None:
    """A list of records as ``json.dump(..., indent=1)`` lays it out two levels deep."""
    first = True
    for record in records:
        body = json.dumps(record, ensure_ascii=False, indent=1).replace("\n", "\n  ")
        text.write(("[\n  " if first else ",\n  ") + body)
        first = False
    text.write("[]" if first else "\n ]")


def _streamed_records(
    session: Session, top: Section, counts: dict[str, int]
) -> Iterator[dict[str, Any]]:
    query = select(top.table).order_by(identity(top)).execution_options(yield_per=_BATCH)
    key = identity(top).name
    for batch in session.execute(query).mappings().partitions(_BATCH):
        counts[top.name] += len(batch)
        nested = _nested(session, top, [row[key] for row in batch], counts)
        yield from (_record(top, row, nested) for row in batch)


def _nested(
    session: Session, parent: Section, ids: list[Any], counts: dict[str, int]
) -> dict[str, dict[Any, list[Any]]]:
    """The rows nested in the records ``ids`` of ``parent``, at every depth, by holder."""
    found: dict[str, dict[Any, list[Any]]] = {}
    for child in children(parent.name):
        assert child.link is not None
        link = child.table.c[child.link]
        by_parent: dict[Any, list[Any]] = defaultdict(list)
        own_ids = []
        for start in range(0, len(ids), _IN_LIMIT):
            query = select(child.table).where(link.in_(ids[start : start + _IN_LIMIT]))
            for row in session.execute(query.order_by(identity(child))).mappings():
                by_parent[row[child.link]].append(row)
                own_ids.append(row[identity(child).name])
        counts[child.name] += len(own_ids)
        found[child.name] = by_parent
        found.update(_nested(session, child, own_ids, counts))
    return found


def _head(revision: str | None, now: datetime | None) -> dict[str, Any]:
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_revision": revision or migrate.head_revision(),
        "app_version": __version__,
        "exported_at": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def build_archive(db: Database, *, now: datetime | None = None) -> dict[str, Any]:
    """The archive as a JSON-ready dictionary, read in one consistent snapshot."""
    return _build(db, now)[0]


def write_archive(archive: dict[str, Any], stream: BinaryIO) -> None:
    """Serialise ``archive`` to a binary stream in the stable layout."""
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="\n", write_through=True)
    json.dump(archive, text, ensure_ascii=False, indent=1)
    text.write("\n")
    text.flush()
    text.detach()


def parse_archive(raw: bytes) -> Any:
    """Parse archive bytes whole (an import reads a file a record at a time instead).

    Raises:
        ArchiveError: not UTF-8, or broken JSON (with line and column).
    """
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problem = f"is not UTF-8 text (byte {exc.start}); was it saved by casetracker?"
        raise ArchiveError([ValidationError("", problem)]) from exc
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        problem = f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        raise ArchiveError([ValidationError("", problem)]) from exc
    except (ValueError, RecursionError) as exc:
        # Numbers with thousands of digits and absurd nesting end here.
        raise ArchiveError([ValidationError("", f"is not valid JSON: {exc}")]) from exc


def import_archive(db: Database, source: Path) -> ArchiveSummary:
    """Check the whole archive, then write it into the empty ``db`` in one transaction.

    The file is read a record at a time (three times: twice to check, once to write),
    so memory stays flat whatever its size.

    Raises:
        ArchiveError: every problem found, each with its JSON pointer; nothing written.
        ConflictError: the database already holds records; nothing written.
    """
    counts, warnings = _import(db, ArchiveFile(source))
    return ArchiveSummary(source, counts, warnings)


def import_data(db: Database, data: Any) -> dict[str, int]:
    """Import an already parsed archive; see :func:`import_archive`."""
    return _import(db, ArchiveData(data))[0]


def _import(db: Database, source: Source) -> tuple[dict[str, int], tuple[str, ...]]:
    checked = check_archive(source, FORMAT, FORMAT_VERSION)
    write_rows(db, source, checked)
    log.info("imported an archive: %s records", sum(checked.counts.values()))
    warnings = tuple(f"{warning.field}: {warning.message}" for warning in checked.warnings)
    return checked.counts, warnings


def _build(db: Database, now: datetime | None) -> tuple[dict[str, Any], dict[str, int]]:
    with db.read() as session:
        revision = migrate.current_revision(session.connection())
        tables = {part.name: _rows(session, part) for part in sections()}
    archive: dict[str, Any] = _head(revision, now)
    nested = _group(tables)
    for top in _in_reading_order(part for part in sections() if part.kind == "top"):
        archive[top.name] = [_record(top, row, nested) for row in tables[top.name]]
    return archive, {name: len(rows) for name, rows in tables.items()}


def _in_reading_order(tops: Iterable[Section]) -> list[Section]:
    """The cases' surroundings first, the cases, other tables, the history last."""
    first = ["matters", "courts", "closures", "parties", "cases"]

    def rank(part: Section) -> tuple[int, str]:
        if part.name in first:
            return first.index(part.name), ""
        return (len(first) + (part.name == "audit_entries"), part.name)

    return sorted(tops, key=rank)


def _rows(session: Session, part: Section) -> list[Any]:
    """All rows of one table in key order."""
    result = session.execute(select(part.table).order_by(identity(part)))
    return [row._mapping for row in result]


def _group(tables: dict[str, list[Any]]) -> dict[str, dict[Any, list[Any]]]:
    """Nested tables' rows by the id of the record that holds them."""
    grouped: dict[str, dict[Any, list[Any]]] = {}
    for part in sections():
        if part.link is not None:
            by_parent: dict[Any, list[Any]] = defaultdict(list)
            for row in tables[part.name]:
                by_parent[row[part.link]].append(row)
            grouped[part.name] = by_parent
    return grouped


def _record(part: Section, row: Any, nested: dict[str, dict[Any, list[Any]]]) -> dict[str, Any]:
    record = {column.name: to_json(column, row[column.name]) for column in part.fields}
    own_id = row[identity(part).name]
    for child in children(part.name):
        items = [_record(child, item, nested) for item in nested[child.name].get(own_id, [])]
        if child.kind == "extension":
            record[child.name] = items[0] if items else None
        else:
            record[child.name] = items
    return record


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")
