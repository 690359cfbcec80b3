"""Saves that start from an old version of a record: refuse them, and say what changed.

A form remembers the version of the record it was opened at and hands it to the
service with the save (``expected_version``). If the record has been saved since (by
another user, another window or another program sharing the file), the save is
refused with a :class:`StaleRecordError` listing what the others changed, read from
the history (``record_uuid``, versions above the form's): one mechanism for conflicts
and history, the same one field mode will sync with.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casetracker.domain.errors import RemoteChange, StaleRecordError
from casetracker.store.models import AuditEntry, Base


def check(session: Session, entity: str, row: Base, expected: int | None) -> None:
    """Raise StaleRecordError when ``row`` is no longer at version ``expected``.

    ``None`` means the caller did not load the record first (a script, the command
    line): nothing to compare, the save goes ahead.
    """
    current = getattr(row, "version", None)
    if expected is None or current == expected:
        return
    raise StaleRecordError(
        entity, int(getattr(row, "id", 0) or 0), changes_since(session, row, expected), current
    )


def changes_since(session: Session, row: Base, version: int) -> list[RemoteChange]:
    """The history's changes to ``row`` after ``version``, oldest first."""
    query = (
        select(AuditEntry)
        .where(AuditEntry.record_uuid == row.uuid, AuditEntry.new_version > version)
        .order_by(AuditEntry.new_version, AuditEntry.id)
    )
    return [
        RemoteChange(entry.actor, entry.at, entry.new_version, _fields(entry.changes))
        for entry in session.scalars(query)
    ]


def _fields(changes: str) -> tuple[tuple[str, Any, Any], ...]:
    try:
        parsed = json.loads(changes)
    except ValueError:
        return ()
    if not isinstance(parsed, dict):
        return ()
    return tuple(
        (name, pair[0], pair[1])
        for name, pair in sorted(parsed.items())
        if isinstance(pair, list) and len(pair) == 2
    )
