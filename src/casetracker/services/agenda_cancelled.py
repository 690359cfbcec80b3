"""Calendar events for hearings and deadlines deleted lately, as cancelled events.

A calendar program keeps every event it once imported. If a deleted hearing simply
vanished from the next export, the calendar would go on showing it as confirmed. So
for :data:`KEPT_AFTER_DELETION` after a hearing or deadline is deleted (alone, or
with its case), the export still carries it, under the same UID, with
``STATUS:CANCELLED`` and a higher ``SEQUENCE``, and the calendar crosses it out,
whatever its day (an earlier export may have covered any period). After
that period the deleted record is left out: a calendar fed at least once in those 90
days has already cancelled it. What is exported is read from the history's delete
entries (their "before" values), so it works after the trash has been emptied and
across restarts; a record restored meanwhile is exported as the live record it is.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Event
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casetracker.briefs.redaction import Redactor
from casetracker.store.models import AuditEntry, Deadline, Hearing

KEPT_AFTER_DELETION = timedelta(days=90)
"""How long a deleted hearing or deadline stays in exports as a cancelled event."""

_LIMA = ZoneInfo("America/Lima")
_HEARING_LENGTH = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class Deleted:
    """One hearing or deadline deleted within the period, as it was before."""

    entity: str
    record_uuid: uuid.UUID
    deleted_at: datetime
    sequence: int
    before: dict[str, object]


def recently_deleted(session: Session, now: datetime) -> list[Deleted]:
    """Hearings and deadlines deleted since ``now`` (naive UTC) minus the period,
    that are not back (restored), each once, with the SEQUENCE its event gets."""
    since = now - KEPT_AFTER_DELETION
    entries = session.execute(
        select(AuditEntry.entity, AuditEntry.record_uuid, AuditEntry.at, AuditEntry.changes)
        .where(
            AuditEntry.action == "delete",
            AuditEntry.entity.in_(("hearing", "deadline")),
            AuditEntry.record_uuid.is_not(None),
            AuditEntry.at >= since,
        )
        .order_by(AuditEntry.id)
    ).all()
    latest = {record_uuid: (entity, at, changes) for entity, record_uuid, at, changes in entries}
    if not latest:
        return []
    keys = list(latest)
    back = set(session.scalars(select(Hearing.uuid).where(Hearing.uuid.in_(keys))))
    back |= set(session.scalars(select(Deadline.uuid).where(Deadline.uuid.in_(keys))))
    counts = dict(
        session.execute(
            select(AuditEntry.record_uuid, func.count())
            .where(AuditEntry.record_uuid.in_(keys))
            .group_by(AuditEntry.record_uuid)
        ).all()
    )
    found = []
    for key, (entity, at, changes) in latest.items():
        if key in back:
            continue
        # One more than the last live version's SEQUENCE (entries counted from 0).
        found.append(Deleted(entity, key, at, counts.get(key, 1) - 1, _before(changes)))
    return found


def cancelled_events(deleted: Iterable[Deleted], redact: Redactor) -> list[Event]:
    """One cancelled event per deleted record, under the UID its live event had."""
    events = []
    for item in deleted:
        event = Event()
        event.add("uid", f"{item.record_uuid}@casetracker")
        if item.entity == "hearing":
            if not _hearing(event, item, redact):
                continue
        elif not _deadline(event, item, redact):
            continue
        event.add("status", "CANCELLED")
        event.add("sequence", item.sequence)
        event.add("last-modified", item.deleted_at.replace(tzinfo=UTC))
        events.append(event)
    return events


def _hearing(event: Event, item: Deleted, redact: Redactor) -> bool:
    starts = _moment(item.before.get("starts_at"))
    if starts is None:
        return False
    ends = _moment(item.before.get("ends_at"))
    event.add("dtstart", starts.replace(tzinfo=_LIMA))
    event.add("dtend", (ends or starts + _HEARING_LENGTH).replace(tzinfo=_LIMA))
    event.add("summary", f"[Eliminada] Audiencia: {redact(str(item.before.get('kind', '')))}")
    event.add("description", "Audiencia eliminada en casetracker.")
    event.add("categories", ["Audiencia"])
    return True


def _deadline(event: Event, item: Deleted, redact: Redactor) -> bool:
    text = item.before.get("due_on")
    try:
        due = date.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        due = None
    if due is None:
        return False
    event.add("dtstart", due)
    event.add("dtend", due + timedelta(days=1))
    event.add("summary", f"[Eliminado] Vence: {redact(str(item.before.get('title', '')))}")
    event.add("description", "Plazo eliminado en casetracker.")
    event.add("categories", ["Plazo"])
    event.add("transp", "TRANSPARENT")
    return True


def _before(changes: str) -> dict[str, object]:
    try:
        parsed = json.loads(changes)
    except ValueError:
        return {}
    if not isinstance(parsed, dict):
        return {}
    return {key: pair[0] for key, pair in parsed.items() if isinstance(pair, list) and pair}


def _moment(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
