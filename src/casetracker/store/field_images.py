"""Records as images that mean the same in every copy of the database.

A field copy and the database it came from number their rows independently: a filing
is row 12 in one and row 40,017 in the other. What they share is each record's uuid.
An *image* is a row's columns as JSON values, without its local id, with every
link (a foreign key) written as the uuid of the record it points at. Two copies
compare images to tell what changed; :class:`Identities` turns images back into rows.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from base64 import b64decode, b64encode
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Column, Date, DateTime, LargeBinary, Table, Uuid, select
from sqlalchemy.orm import Session

from casetracker.store.archive_codec import to_json
from casetracker.store.models import DERIVED, Base
from casetracker.store.text_fold import fold

Image = dict[str, Any]

LOCAL_TABLES = frozenset(
    {
        "alembic_version",
        "app_settings",  # this copy's own preferences
        "audit_entries",  # exchanged as history, not as records
        "case_members",  # who may see a case: the server's business
        "field_checkouts",
        "field_pushes",
        "field_state",
        "field_bases",
    }
)
"""Tables whose rows never travel between a field copy and its office."""

CONTENT_PREFIX = "base64:"
"""Begins a content written into an image itself (a conflict keeps the bytes it is about)."""

_CHUNK = 500  # ids per IN (…) list: well under every engine's limit of parameters


READ_TABLES = frozenset({"document_texts", "document_pages"})
"""The text read out of documents: each database reads its own (the app does so in the
background for any document without it). A checkout copies it, to spare the laptop
the OCR; it never travels after that, as two readings of one document are no conflict."""


def synced_tables() -> list[Table]:
    """The tables whose records travel, parents before children."""
    return [t for t in copied_tables() if t.name not in READ_TABLES]


def copied_tables() -> list[Table]:
    """The tables a checkout copies: those that travel, and the documents' text."""
    return [t for t in Base.metadata.sorted_tables if t.name not in LOCAL_TABLES]


def table_named(name: str) -> Table:
    return Base.metadata.tables[name]


_LINKS_WITHOUT_KEY = {("sync_conflicts", "case_id"): "cases"}
"""Links without a foreign key (a conflict, as the history, survives its case)."""


def links(table: Table) -> dict[str, Table]:
    """Column name -> the table its foreign key points at (do not change the dict)."""
    return _links(table)


@cache
def _links(table: Table) -> dict[str, Table]:
    found = {
        column.name: next(iter(column.foreign_keys)).column.table
        for column in table.columns
        if column.foreign_keys
    }
    for (name, column), target in _LINKS_WITHOUT_KEY.items():
        if name == table.name:
            found[column] = Base.metadata.tables[target]
    return found


def key_of(table: Table) -> Column[Any]:
    """The table's primary key: its own id, or the parent's for a one-to-one part
    (an attachment's content, a deadline's computation)."""
    return next(iter(table.primary_key.columns))


def compared_columns(table: Table) -> list[Column[Any]]:
    """The columns an image holds: not the local id (a parent's link it is, though),
    not derived ones."""
    return [
        column
        for column in table.columns
        if (column.foreign_keys or not column.primary_key) and not column.info.get(DERIVED)
    ]


def changed_fields(before: Image | None, after: Image | None) -> set[str]:
    """The fields whose values differ between two images of one record."""
    if before is None or after is None:
        return set((before or after or {}).keys()) - {"version"}
    return {key for key in after if key != "version" and before.get(key) != after.get(key)}


def chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


class Identities:
    """id <-> uuid of the records of one database, looked up once and remembered."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._uuid: dict[tuple[str, int], str] = {}
        self._id: dict[tuple[str, str], int] = {}

    def learn(self, table: Table, key: int, identity: uuid.UUID | str) -> None:
        text = str(identity)
        self._uuid[(table.name, key)] = text
        self._id[(table.name, text)] = key

    def forget(self, table: Table, identity: str) -> None:
        key = self._id.pop((table.name, identity), None)
        if key is not None:
            self._uuid.pop((table.name, key), None)

    def uuid_of(self, table: Table, key: int | None) -> str | None:
        if key is None:
            return None
        found = self._uuid.get((table.name, key))
        if found is None:
            self.load_ids(table, [key])
            found = self._uuid.get((table.name, key))
        return found

    def id_of(self, table: Table, identity: str | None) -> int | None:
        if identity is None:
            return None
        found = self._id.get((table.name, identity))
        if found is None:
            self.load_uuids(table, [identity])
            found = self._id.get((table.name, identity))
        return found

    def load_ids(self, table: Table, keys: Iterable[int]) -> None:
        wanted = sorted({k for k in keys if (table.name, k) not in self._uuid})
        for part in chunks(wanted):
            query = select(key_of(table), table.c.uuid).where(key_of(table).in_(part))
            for key, identity in self._session.execute(query):
                self.learn(table, key, identity)

    def load_uuids(self, table: Table, identities: Iterable[str]) -> None:
        wanted = sorted({i for i in identities if (table.name, i) not in self._id})
        for part in chunks(wanted):
            values = [uuid.UUID(i) for i in part]
            query = select(key_of(table), table.c.uuid).where(table.c.uuid.in_(values))
            for key, identity in self._session.execute(query):
                self.learn(table, key, identity)

    def image(self, table: Table, row: Mapping[str, Any]) -> Image:
        """The row's image: JSON values, links as uuids (None when the link is empty)."""
        linked = links(table)
        image: Image = {}
        for column in compared_columns(table):
            value = row[column.name]
            if column.name in linked:
                image[column.name] = self.uuid_of(linked[column.name], value)
            elif isinstance(column.type, LargeBinary):
                image[column.name] = blob_name(value)
            else:
                image[column.name] = to_json(column, value)
        return image

    def images(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> dict[str, Image]:
        """uuid -> image of each row, the links looked up in one query per table."""
        for column, target in links(table).items():
            self.load_ids(target, [row[column] for row in rows if row[column] is not None])
        for row in rows:
            self.learn(table, row[key_of(table).name], row["uuid"])
        return {str(row["uuid"]): self.image(table, row) for row in rows}

    def values(
        self,
        table: Table,
        image: Mapping[str, Any],
        fields: Iterable[str],
        blobs: Mapping[str, str],
        *,
        lenient: bool = False,
    ) -> Image:
        """Column values for ``fields`` of ``image``, links turned into local ids and
        contents taken from ``blobs`` (name -> base64).

        Raises:
            KeyError: a link points at a record this database does not hold (the
                message names the table); with ``lenient`` an optional link is left
                empty instead.
        """
        linked = links(table)
        columns = table.c
        values: Image = {}
        for name in fields:
            value = image.get(name)
            column = columns[name]
            if name in linked and value is not None:
                key = self.id_of(linked[name], value)
                if key is None and not (lenient and column.nullable):
                    raise KeyError(linked[name].name)
                values[name] = key
            elif isinstance(column.type, LargeBinary) and value is not None:
                text = value.removeprefix(CONTENT_PREFIX)
                values[name] = b64decode(text if text != value else blobs[value])
            else:
                values[name] = from_image(column, value)
        if "title" in values and "title_folded" in columns:
            values["title_folded"] = fold(values["title"]) or ""
        return values


def blob_name(value: bytes | None) -> str | None:
    """How an image names a content (the bytes travel once, beside the images)."""
    return None if value is None else "sha256:" + hashlib.sha256(value).hexdigest()


def blobs_of(table: Table, rows: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """name -> base64 of every content of ``rows``."""
    found: dict[str, str] = {}
    for column in table.columns:
        if isinstance(column.type, LargeBinary):
            for row in rows:
                if row[column.name] is not None:
                    found[blob_name(row[column.name]) or ""] = b64encode(row[column.name]).decode()
    return found


def digest(image: Image | None) -> str:
    """A short fingerprint of an image: equal images, equal digests."""
    text = json.dumps(image, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def from_image(column: Column[Any], value: Any) -> Any:
    """A column value from its image's JSON value (written by ``to_json``)."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Uuid):
        return uuid.UUID(value)
    return value
