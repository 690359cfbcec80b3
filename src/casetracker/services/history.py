"""The audit trail: who changed what, when, from what to what. Read-only."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, or_, select, tuple_

from casetracker.domain.records import AuditInfo
from casetracker.store.database import Database
from casetracker.store.models import AuditEntry
from casetracker.store.portable import json_each
from casetracker.store.text_fold import folded_contains


@dataclass(frozen=True, slots=True)
class HistoryFilter:
    """Which audit entries to list; ``since``/``until`` are naive UTC, until exclusive."""

    case_id: int | None = None
    entity: str | None = None
    actor: str | None = None
    text: str = ""
    since: datetime | None = None
    until: datetime | None = None


def history(
    db: Database, case_id: int | None = None, entity: str | None = None, limit: int = 500
) -> list[AuditInfo]:
    """The newest audit entries, optionally of one case or one kind of record."""
    return history_page(db, HistoryFilter(case_id=case_id, entity=entity), limit=limit)


def history_page(
    db: Database,
    filters: HistoryFilter,
    *,
    after: tuple[datetime, int] | None = None,
    limit: int = 200,
) -> list[AuditInfo]:
    """One page of matching entries, newest first, older than ``after`` (``at``, ``id``).

    Pages are found by key rather than by offset, so the thousandth page of a big
    history costs what the first does.
    """
    query = _filtered(select(AuditEntry), filters)
    if after is not None:
        query = query.where(tuple_(AuditEntry.at, AuditEntry.id) < tuple_(*after))
    query = query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    with db.read() as session:
        return [_info(row) for row in session.scalars(query)]


def history_choices(db: Database) -> tuple[list[str], list[str]]:
    """The kinds of record and the users that appear in the history, sorted."""
    with db.read() as session:
        entities = session.scalars(select(AuditEntry.entity).distinct()).all()
        actors = session.scalars(select(AuditEntry.actor).distinct()).all()
    return sorted(entities), sorted(actors, key=str.casefold)


def _filtered(
    query: Select[tuple[AuditEntry]], filters: HistoryFilter
) -> Select[tuple[AuditEntry]]:
    if filters.case_id is not None:
        query = query.where(AuditEntry.case_id == filters.case_id)
    if filters.entity is not None:
        query = query.where(AuditEntry.entity == filters.entity)
    if filters.actor is not None:
        query = query.where(AuditEntry.actor == filters.actor)
    if filters.since is not None:
        query = query.where(AuditEntry.at >= filters.since)
    if filters.until is not None:
        query = query.where(AuditEntry.at < filters.until)
    if filters.text.strip():
        needle = filters.text.strip()
        # The changed values, not the column names the JSON also holds ("status").
        change = json_each(AuditEntry.changes).table_valued("value").alias("change")
        in_values = select(1).select_from(change).where(folded_contains(change.c.value, needle))
        query = query.where(or_(folded_contains(AuditEntry.summary, needle), in_values.exists()))
    return query


def _info(row: AuditEntry) -> AuditInfo:
    return AuditInfo(
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
