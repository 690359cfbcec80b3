"""History entries carried between a field copy and its office.

An entry keeps its own uuid wherever it goes, so the same change is never recorded
twice: a copy inserts only the entries it does not hold yet. Its local numbers (the
record's id, the case's id, ids inside the before → after of a link) are written as
uuids on the way and turned into the receiving database's ids on arrival.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from casetracker.store.field_images import Identities, chunks, links, table_named
from casetracker.store.models import AuditEntry

TABLE_OF_ENTITY = {
    "matter": "matters",
    "body": "judicial_bodies",
    "court": "courts",
    "closure": "closures",
    "case": "cases",
    "party": "parties",
    "case_party": "case_parties",
    "case_instance": "case_instances",
    "filing": "filings",
    "attachment": "attachments",
    "hearing": "hearings",
    "deadline": "deadlines",
    "note": "notes",
    "rule": "rule_overrides",
}
"""The history's names for records -> their tables (entries of others stay local)."""


def entries_as_json(
    session: Session, ids: Identities, entries: Iterable[AuditEntry]
) -> list[dict[str, Any]]:
    """Entries about records that travel, in a form every copy reads the same way."""
    found: list[dict[str, Any]] = []
    for entry in entries:
        table = _table(entry.entity)
        if table is None or entry.record_uuid is None:
            continue
        found.append(
            {
                "uuid": str(entry.uuid),
                "at": entry.at.isoformat(),
                "actor": entry.actor,
                "entity": entry.entity,
                "action": entry.action,
                "summary": entry.summary,
                "changes": _translated(entry.changes, table, lambda t, v: ids.uuid_of(t, v)),
                "record_uuid": str(entry.record_uuid),
                "case": _case_uuid(session, ids, entry.case_id),
                "base_version": entry.base_version,
                "new_version": entry.new_version,
            }
        )
    return found


def insert_entries(session: Session, ids: Identities, entries: list[dict[str, Any]]) -> int:
    """Add the entries this database does not hold yet; return how many were added."""
    held: set[str] = set()
    wanted = [uuid.UUID(entry["uuid"]) for entry in entries]
    for part in chunks(wanted):
        held.update(
            str(u)
            for u in session.scalars(select(AuditEntry.uuid).where(AuditEntry.uuid.in_(part)))
        )
    by_table: dict[str, list[str]] = {}
    for entry in entries:
        table = _table(entry["entity"])
        if entry["uuid"] not in held and table is not None:
            by_table.setdefault(table.name, []).append(entry["record_uuid"])
    for name, identities in by_table.items():  # one query per table, not per entry
        ids.load_uuids(table_named(name), identities)
    added = 0
    for entry in entries:
        if entry["uuid"] in held:
            continue
        table = _table(entry["entity"])
        if table is None:
            continue
        record_id = ids.id_of(table, entry["record_uuid"])
        session.add(
            AuditEntry(
                uuid=uuid.UUID(entry["uuid"]),
                at=datetime.fromisoformat(entry["at"]),
                actor=entry["actor"],
                entity=entry["entity"],
                entity_id=record_id if record_id is not None else 0,
                case_id=_case_id(session, ids, entry["case"]),
                action=entry["action"],
                summary=entry["summary"],
                changes=_translated(entry["changes"], table, lambda t, v: ids.id_of(t, v)),
                record_uuid=uuid.UUID(entry["record_uuid"]),
                base_version=entry["base_version"],
                new_version=entry["new_version"],
            )
        )
        held.add(entry["uuid"])
        added += 1
    return added


def _case_uuid(session: Session, ids: Identities, case_id: int | None) -> str | None:
    """The case's uuid, also once the case is deleted (its own history names it):
    the entries of a deleted case stay with it, never among entries of no case."""
    if case_id is None:
        return None
    found = ids.uuid_of(table_named("cases"), case_id)
    if found is None:
        query = select(AuditEntry.record_uuid).where(
            AuditEntry.entity == "case",
            AuditEntry.entity_id == case_id,
            AuditEntry.record_uuid.is_not(None),
        )
        earlier = session.scalars(query.limit(1)).first()
        found = str(earlier) if earlier is not None else None
        if found is not None:  # remembered: a deleted case has many entries
            ids.learn(table_named("cases"), case_id, found)
    return found


def _case_id(session: Session, ids: Identities, case: str | None) -> int | None:
    """The case's id here, also for a case deleted here (from its own history)."""
    if case is None:
        return None
    found = ids.id_of(table_named("cases"), case)
    if found is None:
        query = select(AuditEntry.entity_id).where(
            AuditEntry.entity == "case", AuditEntry.record_uuid == uuid.UUID(case)
        )
        found = session.scalars(query.limit(1)).first()
        if found is not None:
            ids.learn(table_named("cases"), found, case)
    return found


def _table(entity: str) -> Table | None:
    name = TABLE_OF_ENTITY.get(entity)
    return table_named(name) if name is not None else None


def _translated(changes: str, table: Table, convert: Any) -> str:
    """``changes`` (JSON before → after) with the links' values converted."""
    try:
        parsed = json.loads(changes)
    except ValueError:
        return changes
    if not isinstance(parsed, dict):
        return changes
    linked = links(table)
    if "id" in table.c and table.c.id.primary_key:
        linked = {**linked, "id": table}  # the record's own id is local too
    for name, pair in parsed.items():
        target = linked.get(name)
        if target is not None and isinstance(pair, list):
            parsed[name] = [convert(target, value) if value is not None else None for value in pair]
    return json.dumps(parsed, ensure_ascii=False, sort_keys=True)
