"""The audit trail: who changed what, when, from what to what. Read-only."""

from __future__ import annotations

import json

from sqlalchemy import select

from casetracker.services.dto import AuditInfo
from casetracker.store.database import Database
from casetracker.store.models import AuditEntry


def history(
    db: Database, case_id: int | None = None, entity: str | None = None, limit: int = 500
) -> list[AuditInfo]:
    """The newest audit entries, optionally of one case or one kind of record."""
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    if case_id is not None:
        query = query.where(AuditEntry.case_id == case_id)
    if entity is not None:
        query = query.where(AuditEntry.entity == entity)
    with db.read() as session:
        return [
            AuditInfo(
                id=row.id,
                at=row.at,
                actor=row.actor,
                entity=row.entity,
                entity_id=row.entity_id,
                case_id=row.case_id,
                action=row.action,
                summary=row.summary,
                changes={key: (v[0], v[1]) for key, v in json.loads(row.changes).items()},
            )
            for row in session.scalars(query)
        ]
