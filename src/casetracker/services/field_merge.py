"""The office's three-way merge of one push from a field copy (see casetracker.services.
field_office for the rules, and the README's table).

For each record the push carries its base (the record as the office had it when the
copy last synchronised) and the field's image; the office's current row is the third.
Fields changed on one side are taken from it; a field changed on both sides to
different values, an edit against a delete, or a record the office refuses, becomes a
``sync_conflicts`` row holding both values, and the office's value stands.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from casetracker.domain.errors import FieldCopyError
from casetracker.services._records import utc_now
from casetracker.store.field_images import (
    CONTENT_PREFIX,
    Identities,
    Image,
    changed_fields,
    chunks,
    key_of,
    links,
    synced_tables,
    table_named,
)
from casetracker.store.models import AuditEntry, FieldCheckout, SyncConflict
from casetracker.store.server_access import CASE_COLUMN, THROUGH_PARENT

LATEST_WINS = frozenset({"updated_at"})
"""Fields that say when something last happened: never a conflict, the later stands."""

_NO_CASE = object()  # a directory record (a party, a court): no case to check


@dataclass(slots=True)
class PushOutcome:
    """What a push did at the office."""

    already_applied: bool = False
    written: int = 0  # records created, changed or deleted
    conflicts: int = 0
    new_cases: list[str] = field(default_factory=list)


def _uuid(text: str) -> uuid.UUID:
    return uuid.UUID(text)


class Merger:
    """Applies the records of one push, in the order that keeps links valid."""

    def __init__(self, session: Session, checkout: FieldCheckout, payload: dict[str, Any]) -> None:
        self.session = session
        self.checkout = checkout
        self.ids = Identities(session)
        self.records: list[dict[str, Any]] = payload.get("records", [])
        self.blobs: dict[str, str] = payload.get("blobs", {})
        self.outcome = PushOutcome()
        self.now = utc_now()
        self.rows: dict[tuple[str, str], dict[str, Any] | None] = {}

    def check_scope(self) -> None:
        """Refuse a push that touches a case this copy did not take (nor create).

        Raises:
            FieldCopyError: naming the record; nothing is written.
        """
        allowed = set(json.loads(self.checkout.case_uuids))
        allowed |= {
            r["uuid"]
            for r in self.records
            if r["table"] == "cases"
            and r["base"] is None
            and self._office_row(table_named("cases"), r["uuid"]) is None
        }
        by_uuid = {r["uuid"]: r for r in self.records}
        for record in self.records:
            case = self._case_uuid(record, by_uuid)
            if case is not _NO_CASE and case not in allowed:
                raise FieldCopyError(
                    f"this field copy sent a change to a {record['table']} record outside the "
                    "cases it took; nothing was written"
                )

    def _case_uuid(self, record: dict[str, Any], by_uuid: dict[str, dict[str, Any]]) -> Any:
        """The uuid of the case a pushed record belongs to; _NO_CASE for directories."""
        name = record["table"]
        if name == "cases":
            return record["uuid"]
        image = record["image"] or record["base"] or {}
        if name in CASE_COLUMN or name == "sync_conflicts":
            return (
                image.get("case_id")
                if name != "sync_conflicts" or image.get("case_id")
                else _NO_CASE
            )
        if name in THROUGH_PARENT:
            parent_name, column = THROUGH_PARENT[name]
            parent = image.get(column)
            if parent in by_uuid:
                return self._case_uuid(by_uuid[parent], by_uuid)
            parent_table = table_named(parent_name)
            found = (
                self.session.execute(
                    select(parent_table.c.case_id).where(parent_table.c.uuid == _uuid(parent))
                ).first()
                if isinstance(parent, str)
                else None
            )
            return self.ids.uuid_of(table_named("cases"), found[0]) if found else None
        return _NO_CASE

    def run(self) -> PushOutcome:
        order = {table.name: rank for rank, table in enumerate(synced_tables())}
        kept = [r for r in self.records if r["table"] in order]
        writes = sorted(
            (r for r in kept if r["image"] is not None), key=lambda r: order[r["table"]]
        )
        deletes = sorted((r for r in kept if r["image"] is None), key=lambda r: -order[r["table"]])
        self._load_rows(kept)
        for record in writes:
            self._write(record)
        for record in deletes:
            self._delete(record)
        return self.outcome

    # -- one record ------------------------------------------------------------------

    def _load_rows(self, records: list[dict[str, Any]]) -> None:
        """The office's rows of the push's records (None: not here), one query per
        table and chunk instead of one per record, with the uuids they link to."""
        wanted: dict[str, list[str]] = {}
        for record in records:
            wanted.setdefault(record["table"], []).append(record["uuid"])
        for name, identities in wanted.items():
            table = table_named(name)
            self.rows.update(((name, identity), None) for identity in identities)
            rows = []
            for part in chunks([_uuid(identity) for identity in identities]):
                query = select(table).where(table.c.uuid.in_(part)).with_for_update()
                rows.extend(dict(row) for row in self.session.execute(query).mappings())
            self.ids.images(table, rows)
            self.rows.update(((name, str(row["uuid"])), row) for row in rows)

    def _office_row(self, table: Table, identity: str) -> dict[str, Any] | None:
        if (table.name, identity) in self.rows:
            return self.rows[(table.name, identity)]
        # Locked until the push commits (a server; SQLite's write lock covers a file):
        # a colleague's save cannot slip between this read and the merge's write.
        query = select(table).where(table.c.uuid == _uuid(identity)).with_for_update()
        row = self.session.execute(query).mappings()
        found = row.first()
        return dict(found) if found is not None else None

    def _write(self, record: dict[str, Any]) -> None:
        table = table_named(record["table"])
        row = self._office_row(table, record["uuid"])
        image: Image = record["image"]
        base: Image | None = record["base"]
        if row is None:
            if base is not None:  # edited in the field, deleted in the office
                self._conflict(table, record, None, "", None, image, "deleted in the office")
                return
            self._insert(table, record)
            return
        office = self.ids.image(table, row)
        ancestor = base if base is not None else office
        mine = changed_fields(ancestor, image)
        # Sent as new although the office has it (a bundle made again after an earlier
        # one was applied): every difference is the office's word against the field's,
        # never a silent win for either.
        theirs = changed_fields(ancestor, office) if base is not None else set(mine)
        take = {name for name in mine if name not in theirs or office[name] == image[name]}
        for name in (mine & theirs & LATEST_WINS) - take:
            # Bookkeeping, not a conflict: the later moment stands.
            if (image[name] or "") > (office[name] or ""):
                take.add(name)
            else:
                mine.discard(name)
        for name in sorted(mine - take):
            self._conflict(table, record, row, name, office[name], image[name], "")
        if take:
            self._update(table, record, row, take)

    def _insert(self, table: Table, record: dict[str, Any]) -> None:
        image = record["image"]
        try:
            values = self.ids.values(table, image, image.keys(), self.blobs)
        except KeyError as missing:
            self._conflict(
                table, record, None, "", None, image, f"its {missing.args[0]} is no longer here"
            )
            return
        values["version"] = 1
        try:
            with self.session.begin_nested():
                key = self.session.execute(insert(table).values(values)).inserted_primary_key[0]
        except IntegrityError as error:
            self._conflict(table, record, None, "", None, image, _refusal(error))
            return
        self.ids.learn(table, key, record["uuid"])
        self.outcome.written += 1
        if table.name == "cases":
            self.outcome.new_cases.append(record["uuid"])

    def _update(
        self, table: Table, record: dict[str, Any], row: dict[str, Any], take: set[str]
    ) -> None:
        try:
            values = self.ids.values(table, record["image"], take, self.blobs)
        except KeyError as missing:
            self._conflict(
                table,
                record,
                row,
                "",
                None,
                record["image"],
                f"its {missing.args[0]} is no longer here",
            )
            return
        values["version"] = row["version"] + 1
        try:
            with self.session.begin_nested():
                self.session.execute(
                    update(table).where(key_of(table) == row[key_of(table).name]).values(values)
                )
        except IntegrityError as error:
            self._conflict(table, record, row, "", None, record["image"], _refusal(error))
            return
        self.outcome.written += 1

    def _delete(self, record: dict[str, Any]) -> None:
        table = table_named(record["table"])
        row = self._office_row(table, record["uuid"])
        if row is None:
            return  # deleted on both sides
        office = self.ids.image(table, row)
        base = record["base"]
        if base is not None and changed_fields(base, office):
            self._conflict(
                table, record, row, "", office, None, "deleted in the field, edited in the office"
            )
            return
        unseen = self._unseen_children(table, row[key_of(table).name])
        if unseen:
            self._conflict(
                table,
                record,
                row,
                "",
                office,
                None,
                f"deleted in the field; the office has added {unseen} record(s) to it since",
            )
            return
        try:
            with self.session.begin_nested():
                self.session.execute(delete(table).where(key_of(table) == row[key_of(table).name]))
        except IntegrityError as error:
            self._conflict(table, record, row, "", office, None, _refusal(error))
            return
        self.outcome.written += 1

    def _unseen_children(self, table: Table, key: int) -> int:
        """Rows pointing at the record that the push does not delete too."""
        # Children go first, so whatever still points at the record is a child the
        # office added, or one whose own deletion became a conflict: either way the
        # cascade would take it unseen.
        count = 0
        for child in synced_tables():
            for column, target in links(child).items():
                if target is not table or child is table:
                    continue
                query = select(func.count()).select_from(child).where(child.c[column] == key)
                count += self.session.scalar(query) or 0
        return count

    # -- conflicts -------------------------------------------------------------------

    def _conflict(
        self,
        table: Table,
        record: dict[str, Any],
        row: dict[str, Any] | None,
        name: str,
        office_value: Any,
        field_value: Any,
        summary: str,
    ) -> None:
        who, when = self._office_change(record["uuid"])
        self.session.add(
            SyncConflict(
                case_id=self._case_of(table, row, record),
                entity=table.name,
                record_uuid=_uuid(record["uuid"]),
                field_name=name,
                summary=summary[:300],
                office_value=json.dumps(office_value, ensure_ascii=False),
                field_value=json.dumps(self._with_contents(field_value), ensure_ascii=False),
                office_actor=who,
                office_at=when,
                field_actor=record.get("actor") or "",
                field_at=datetime.fromisoformat(record["at"]) if record.get("at") else None,
                checkout_uuid=self.checkout.uuid,
                detected_at=self.now,
            )
        )
        self.outcome.conflicts += 1

    def _with_contents(self, value: Any) -> Any:
        """The field's value with the contents it names (a document's bytes travel
        beside the images) written in, so that a refused document is kept whole."""
        if isinstance(value, dict):
            return {key: self._with_contents(item) for key, item in value.items()}
        if isinstance(value, str) and value in self.blobs:
            return CONTENT_PREFIX + self.blobs[value]
        return value

    def _office_change(self, identity: str) -> tuple[str, datetime | None]:
        query = (
            select(AuditEntry.actor, AuditEntry.at)
            .where(AuditEntry.record_uuid == _uuid(identity))
            .order_by(AuditEntry.id.desc())
            .limit(1)
        )
        found = self.session.execute(query).first()
        return (found[0], found[1]) if found is not None else ("", None)

    def _case_of(
        self, table: Table, row: dict[str, Any] | None, record: dict[str, Any]
    ) -> int | None:
        if table.name == "cases":
            return row["id"] if row is not None else self.ids.id_of(table, record["uuid"])
        if row is not None and "case_id" in row:
            return row["case_id"]
        case = (record["image"] or record["base"] or {}).get("case_id")
        return self.ids.id_of(table_named("cases"), case) if isinstance(case, str) else None


def _refusal(error: IntegrityError) -> str:
    text = str(error.orig).splitlines()[0] if error.orig is not None else str(error)
    return f"the office refused it ({text[:200]})"
