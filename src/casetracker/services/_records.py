"""Shared plumbing of the services: snapshots, audit entries, look-ups."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy import inspect, update
from sqlalchemy.orm import Session, object_session

from casetracker.domain.errors import NotFoundError
from casetracker.store.models import DERIVED, AuditEntry, Base, Case
from casetracker.store.portable import key_in_range

M = TypeVar("M", bound=Base)

# Columns whose content is too big or too private to copy into the history.
_NOT_AUDITED = {"data"}
# The record's identity and version have columns of their own in the history.
_IDENTITY = ("uuid", "version")


def utc_now() -> datetime:
    """Timestamps are stored as naive UTC and shown in local time by the GUI."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def json_value(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def snapshot(row: Base) -> dict[str, object]:
    """The row's column values, JSON-ready (not those derived from others).

    Pending changes are written first, so that ``version`` is the one they make.
    """
    session = object_session(row)
    if session is not None and (row in session.dirty or row in session.new):
        session.flush()
    mapper = inspect(type(row))
    return {
        column.key: json_value(getattr(row, column.key))
        for column in mapper.column_attrs
        if column.key not in _NOT_AUDITED and not column.columns[0].info.get(DERIVED)
    }


def record(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: int,
    case_id: int | None,
    before: dict[str, object] | None,
    after: dict[str, object] | None,
    summary: str = "",
) -> None:
    """Add the audit entry of one change to the current transaction.

    The entry names the record by its uuid and says from which version to which the
    change went, so that a later save can tell what happened since it loaded the record.
    """
    keys = [key for key in (after or before or {}) if key not in _IDENTITY]
    changes: dict[str, list[object]] = {}
    for key in keys:
        old = (before or {}).get(key)
        new = (after or {}).get(key)
        if old != new or action == "delete":
            changes[key] = [old, new]
    if action == "update" and not changes:
        return
    session.add(
        AuditEntry(
            at=utc_now(),
            actor=actor,
            entity=entity,
            entity_id=entity_id,
            case_id=case_id,
            action=action,
            summary=summary[:300],
            changes=json.dumps(changes, ensure_ascii=False, sort_keys=True),
            record_uuid=_as_uuid((after or before or {}).get("uuid")),
            base_version=_as_int((before or {}).get("version")),
            new_version=_as_int((after or {}).get("version")),
        )
    )


def _as_uuid(value: object) -> uuid.UUID | None:
    if isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(value) if isinstance(value, str) else None


def _as_int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def touch_case(session: Session, case_id: int | None) -> None:
    """Count a change to anything in a case as activity on the case.

    An UPDATE by query, so that the case's ``version`` stays: the case itself was not
    edited, and a form open on it must still save.
    """
    if case_id is not None:
        session.execute(update(Case).where(Case.id == case_id).values(updated_at=utc_now()))


def fetch(session: Session, model: type[M], key: int, entity: str) -> M:
    """The row with primary key ``key``, or NotFoundError naming the entity."""
    # Keys beyond the engine's integers cannot exist (and would overflow the driver).
    row = session.get(model, key) if key_in_range(session, key) else None
    if row is None:
        raise NotFoundError(entity, key)
    return row


def apply(row: Base, values: dict[str, Any]) -> None:
    for key, value in values.items():
        setattr(row, key, value)


def kept(value: bool | None, row: Base | None, name: str) -> bool:
    """A flag as given, or, when None, as stored (False for a new row).

    Flags such as "illustrative" are set by those who know (the demo, a checkbox);
    an edit that does not mention them must not reset them.
    """
    if value is not None:
        return bool(value)
    return bool(getattr(row, name)) if row is not None else False
