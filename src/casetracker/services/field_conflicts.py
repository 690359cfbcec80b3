"""Synchronisation conflicts: reading them, and a person's choice between the two values.

A conflict (casetracker.services.field_office) keeps both values of one field, or of
one whole record, while the record shows the office's. Resolving it is an ordinary
write on whichever side the person works (the office, or the field copy): the
conflict row is marked, the record takes the chosen value, and the history says
which value was set aside. Both are records like any other, so the next
synchronisation carries the choice to the other side.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from casetracker.domain.errors import ConflictError, NotFoundError
from casetracker.services import _versions
from casetracker.services._records import json_value, record, touch_case, utc_now
from casetracker.store.change_capture import ENTITY_OF_TABLE
from casetracker.store.database import Database
from casetracker.store.field_images import (
    Identities,
    Image,
    compared_columns,
    key_of,
    table_named,
)
from casetracker.store.models import Case, SyncConflict

Choice = Literal["office", "field"]

_LABEL_LENGTH = 80
# The columns that name a record to a person, in order of preference.
_NAMING = ("sumilla", "title", "name", "body", "description", "kind", "file_name", "label")


@dataclass(frozen=True, slots=True)
class ConflictView:
    """One open conflict as a person reads it; a value of None means "deleted"."""

    id: int
    version: int
    case_id: int | None
    case_title: str
    entity: str  # the table, e.g. "hearings"
    record_label: str  # e.g. "Audiencia única, 2026-12-10"
    field_name: str  # "" when the whole record is in question
    office_value: str | None
    field_value: str | None
    office_actor: str
    office_at: datetime | None
    field_actor: str
    field_at: datetime | None
    summary: str


def open_conflicts(db: Database, case_id: int | None = None) -> list[ConflictView]:
    """The conflicts nobody has resolved yet (of one case, with ``case_id``), oldest first."""
    with db.read() as session:
        query = select(SyncConflict).where(SyncConflict.resolution == "")
        if case_id is not None:
            query = query.where(SyncConflict.case_id == case_id)
        rows = list(session.scalars(query.order_by(SyncConflict.detected_at, SyncConflict.id)))
        case_ids = {row.case_id for row in rows if row.case_id is not None}
        query_titles = select(Case.id, Case.title).where(Case.id.in_(case_ids))
        titles = {key: title for key, title in session.execute(query_titles)}
        return [
            ConflictView(
                id=row.id,
                version=row.version,
                case_id=row.case_id,
                case_title=titles.get(row.case_id, "") if row.case_id is not None else "",
                entity=row.entity,
                record_label=_label(session, row),
                field_name=row.field_name,
                office_value=display_text(_loads(row.office_value)),
                field_value=display_text(_loads(row.field_value)),
                office_actor=row.office_actor,
                office_at=row.office_at,
                field_actor=row.field_actor,
                field_at=row.field_at,
                summary=row.summary,
            )
            for row in rows
        ]


def open_conflict_count(db: Database, case_id: int | None = None) -> int:
    """How many conflicts wait for a person (of one case, with ``case_id``)."""
    query = select(func.count()).select_from(SyncConflict).where(SyncConflict.resolution == "")
    if case_id is not None:
        query = query.where(SyncConflict.case_id == case_id)
    with db.read() as session:
        return int(session.scalar(query) or 0)


def resolve_conflict(
    db: Database, conflict_id: int, choice: Choice, *, expected_version: int | None = None
) -> None:
    """Settle a conflict with the office's value or the field copy's, in one transaction.

    Raises:
        NotFoundError: no such conflict.
        StaleRecordError: the conflict changed since it was read at ``expected_version``.
        ConflictError: it is already resolved, or the field's value cannot be written
            back (its case or a record it links to is gone); nothing was written.
    """
    if choice not in ("office", "field"):
        raise ValueError(f"choice must be 'office' or 'field', not {choice!r}")
    with db.unit_of_work() as uow:
        session = uow.session
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFoundError("synchronisation conflict", conflict_id)
        _versions.check(session, "synchronisation conflict", conflict, expected_version)
        if conflict.resolution:
            when = f"{conflict.resolved_at:%Y-%m-%d %H:%M}" if conflict.resolved_at else ""
            raise ConflictError(
                f"this conflict was already resolved by {conflict.resolved_by or 'someone'} "
                f"{when} UTC; reload the list of conflicts"
            )
        if choice == "office":
            _set_aside(session, db.actor, conflict)
        else:
            _write_field_value(session, db.actor, conflict)
        conflict.resolution = choice
        conflict.resolved_at = utc_now()
        conflict.resolved_by = db.actor
        session.flush()
        uow.commit()


# -- the choices -------------------------------------------------------------------------


def _set_aside(session: Session, actor: str, conflict: SyncConflict) -> None:
    """The office's value stays; the history keeps the field copy's."""
    table = table_named(conflict.entity)
    row = _row(session, table, conflict.record_uuid)
    field_value = _loads(conflict.field_value)
    office_value = _loads(conflict.office_value)
    name = conflict.field_name or "record"
    who = conflict.field_actor or "the field copy"
    summary = (
        f"Synchronisation conflict resolved: the office's {name} kept; the field copy's "
        f"value ({who}) set aside: {_short(display_text(field_value))}"
    )
    version = row["version"] if row is not None else None
    identity = {"uuid": str(conflict.record_uuid), "version": version}
    record(
        session,
        actor,
        "update",
        _entity(table),
        _key(table, row),
        conflict.case_id,
        {**identity, name: field_value},
        {**identity, name: office_value},
        summary,
    )


def _write_field_value(session: Session, actor: str, conflict: SyncConflict) -> None:
    table = table_named(conflict.entity)
    if conflict.case_id is not None and session.get(Case, conflict.case_id) is None:
        raise ConflictError(
            "the field copy's value cannot be written back: its case no longer exists "
            "here; keep the office's value instead"
        )
    row = _row(session, table, conflict.record_uuid)
    value = _loads(conflict.field_value)
    ids = Identities(session)
    summary = f"Synchronisation conflict resolved: the field copy's value taken ({_who(conflict)})"
    try:
        if conflict.field_name:
            if row is None:
                raise ConflictError(
                    "the field copy's value cannot be written back: the record no longer "
                    "exists here; keep the office's value instead"
                )
            _update(session, ids, table, row, {conflict.field_name: value})
            before = {conflict.field_name: _loads(conflict.office_value)}
            after = {conflict.field_name: value}
            _history(session, actor, table, row, conflict, before, after, summary)
        elif value is None:
            if row is not None:
                session.execute(delete(table).where(key_of(table) == row[key_of(table).name]))
                record(
                    session,
                    actor,
                    "delete",
                    _entity(table),
                    _key(table, row),
                    conflict.case_id,
                    _plain(row),
                    None,
                    summary,
                )
        else:
            _recreate(session, ids, actor, table, row, conflict, value, summary)
    except KeyError as missing:
        raise ConflictError(
            f"the field copy's value cannot be written back: its {missing.args[0]} no longer "
            "exists here; keep the office's value instead"
        ) from None
    except IntegrityError as error:
        text = str(error.orig).splitlines()[0] if error.orig is not None else str(error)
        raise ConflictError(
            f"the field copy's value cannot be written back ({text[:200]}); keep the "
            "office's value instead"
        ) from None
    touch_case(session, conflict.case_id)


def _recreate(
    session: Session,
    ids: Identities,
    actor: str,
    table: Table,
    row: dict[str, Any] | None,
    conflict: SyncConflict,
    image: Image,
    summary: str,
) -> None:
    """The record as the field copy had it: written over the office's, or made again."""
    fields = [c.name for c in compared_columns(table) if c.name in image and c.name != "version"]
    if row is not None:
        after = _update(session, ids, table, row, {name: image[name] for name in fields})
        _history(session, actor, table, row, conflict, _plain(row), after, summary)
        return
    values = ids.values(table, image, fields, {})
    values["version"] = int(image.get("version") or 0) + 1
    session.execute(insert(table).values(values))
    made = _row(session, table, conflict.record_uuid)
    assert made is not None  # just inserted, in this transaction
    record(
        session,
        actor,
        "create",
        _entity(table),
        _key(table, made),
        conflict.case_id,
        None,
        _plain(made),
        summary,
    )


def _update(
    session: Session, ids: Identities, table: Table, row: dict[str, Any], image: Image
) -> dict[str, Any]:
    """UPDATE the fields of ``image`` (links as uuids) and the version; the row after."""
    values = ids.values(table, image, image.keys(), {})
    values["version"] = row["version"] + 1
    session.execute(update(table).where(key_of(table) == row[key_of(table).name]).values(values))
    return {**_plain(row), **{k: json_value(v) for k, v in values.items()}}


def _history(
    session: Session,
    actor: str,
    table: Table,
    row: dict[str, Any],
    conflict: SyncConflict,
    before: dict[str, Any],
    after: dict[str, Any],
    summary: str,
) -> None:
    identity = str(conflict.record_uuid)
    record(
        session,
        actor,
        "update",
        _entity(table),
        _key(table, row),
        conflict.case_id,
        {**before, "uuid": identity, "version": row["version"]},
        {**after, "uuid": identity, "version": row["version"] + 1},
        summary,
    )


# -- reading -----------------------------------------------------------------------------


def display_text(value: Any) -> str | None:
    """A stored value as a person reads it; None for "the record was deleted"."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        return _name_of(value) or json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _label(session: Session, conflict: SyncConflict) -> str:
    """What the record is (a hearing's kind and date, a filing's sumilla): from the
    record itself, else from either stored value; "" when nothing names it."""
    try:
        table = table_named(conflict.entity)
    except KeyError:
        return ""
    row = _row(session, table, conflict.record_uuid)
    for source in (row, _loads(conflict.office_value), _loads(conflict.field_value)):
        if isinstance(source, dict):
            found = _name_of(source)
            if found:
                return found
    return ""


def _name_of(values: dict[str, Any]) -> str:
    parts: list[str] = []
    for name in _NAMING:
        text = values.get(name)
        if isinstance(text, str) and text.strip():
            parts.append(" ".join(text.split()))
            break
    for moment in ("starts_at", "filed_on", "due_on", "date"):
        when = values.get(moment)
        if when:
            parts.append(str(json_value(when))[:10])
            break
    return _short(", ".join(parts))


def _short(text: str | None) -> str:
    text = text if text is not None else "(deleted)"
    return text if len(text) <= _LABEL_LENGTH else text[: _LABEL_LENGTH - 1] + "…"


def _who(conflict: SyncConflict) -> str:
    when = f", {conflict.field_at:%Y-%m-%d %H:%M}" if conflict.field_at else ""
    return f"{conflict.field_actor or 'the field copy'}{when}"


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text  # stored by hand, not by a sync: shown as it is


def _row(session: Session, table: Table, identity: uuid.UUID) -> dict[str, Any] | None:
    found = session.execute(select(table).where(table.c.uuid == identity)).mappings().first()
    return dict(found) if found is not None else None


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {name: json_value(value) for name, value in row.items() if name != "data"}


def _entity(table: Table) -> str:
    return ENTITY_OF_TABLE.get(table.name, table.name)


def _key(table: Table, row: dict[str, Any] | None) -> int:
    return int(row[key_of(table).name]) if row is not None else 0
