"""Deleting records so that the deletion can be undone.

A delete first copies every row it will remove (the record, and for a case every
dependent row: parties' roles, filings, attachments with their bytes, hearings,
deadlines, notes) into a :class:`Snapshot`, then deletes in one transaction. Handing
the snapshot to :func:`restore` puts the rows back, with the same ids when they are
still free, in one transaction recorded in the history as ``restore``.

Rows the deleted ones merely point at (the court, the matter, the parties) are
copied too, and recreated only if they were deleted in the meantime.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from casetracker.domain.errors import ConflictError
from casetracker.services import _records
from casetracker.store.database import Database
from casetracker.store.models import (
    Attachment,
    Base,
    Case,
    CaseParty,
    Deadline,
    Filing,
    Hearing,
    Note,
)

_TABLES: dict[str, Table] = dict(Base.metadata.tables)
_CASES = _TABLES["cases"]
RESTORED_PREFIX = "restored: "
"""Begins the history summary of a record brought back (the GUI shows it in its own words)."""


@dataclass(frozen=True)
class TableRows:
    """Rows of one table, as column → value dictionaries."""

    table: str
    rows: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Relink:
    """A row outside the snapshot whose reference the delete cleared (ON DELETE SET NULL)."""

    table: str
    row_id: int
    values: dict[str, Any]


@dataclass(frozen=True)
class Snapshot:
    """Everything one delete removed, enough to put it back."""

    entity: str
    entity_id: int
    case_id: int | None
    summary: str
    owned: tuple[TableRows, ...]
    referenced: tuple[TableRows, ...] = ()
    relinks: tuple[Relink, ...] = ()

    def count(self, table: str) -> int:
        """How many rows of ``table`` the delete removed."""
        return sum(len(part.rows) for part in self.owned if part.table == table)


_MODELS: dict[str, type[Base]] = {
    "case": Case,
    "filing": Filing,
    "hearing": Hearing,
    "deadline": Deadline,
    "note": Note,
    "case_party": CaseParty,
    "attachment": Attachment,
}


def delete_to_trash(db: Database, entity: str, record_id: int) -> Snapshot:
    """Delete one record of ``entity`` (see ``_MODELS``) and what depends on it.

    Raises:
        NotFoundError: there is no such record.
    """
    model = _MODELS[entity]
    with db.unit_of_work() as uow:
        session = uow.session
        row = _records.fetch(session, model, record_id, entity)
        snapshot = _capture(session, entity, row)
        root = _TABLES[model.__tablename__]
        before = {
            key: _records.json_value(value) for key, value in snapshot.owned[0].rows[0].items()
        }
        for relink in snapshot.relinks:
            # What ON DELETE SET NULL would do, companions included (a CHECK ties them).
            table = _TABLES[relink.table]
            cleared = dict.fromkeys(relink.values)
            session.execute(update(table).where(table.c.id == relink.row_id).values(**cleared))
        session.execute(delete(root).where(root.c.id == record_id))
        if entity != "case":
            _touch_case(session, snapshot.case_id)
        else:
            _record_dated_rows(session, db.actor, snapshot)
        _records.record(
            session,
            db.actor,
            "delete",
            entity,
            record_id,
            snapshot.case_id,
            before,
            None,
            _describe_removal(snapshot),
        )
        uow.commit()
    return snapshot


def restore(db: Database, snapshot: Snapshot) -> int:
    """Put back what a delete removed; return the id the record has now.

    The ids are kept when they are still free; a row whose id was reused meanwhile
    gets a new one, and references to it follow.

    Raises:
        ConflictError: the record cannot come back (its case is gone, or its data
            now clashes with another record, e.g. a reused expediente number).
    """
    try:
        return _restore(db, snapshot)
    except IntegrityError as exc:
        raise ConflictError(
            f"cannot restore “{snapshot.summary}”: it now clashes with another record "
            "(e.g. a case with the same expediente number)"
        ) from exc


def _restore(db: Database, snapshot: Snapshot) -> int:
    with db.unit_of_work() as uow:
        session = uow.session
        ids: dict[str, dict[int, int]] = defaultdict(dict)
        for part in snapshot.referenced:
            for row in part.rows:
                _restore_referenced(session, part.table, row, ids)
        for part in snapshot.owned:
            for row in part.rows:
                _insert_owned(session, part.table, row, ids)
        for relink in snapshot.relinks:
            _relink(session, relink, ids)
        root_table = _TABLES[_MODELS[snapshot.entity].__tablename__].name
        new_id = ids[root_table][snapshot.entity_id]
        case_id = ids["cases"].get(snapshot.case_id, snapshot.case_id) if snapshot.case_id else None
        if snapshot.entity != "case":
            _touch_case(session, case_id)
        after = {
            key: _records.json_value(value)
            for key, value in _fetch_row(session, _TABLES[root_table], new_id).items()
            if key != "data"
        }
        _records.record(
            session,
            db.actor,
            "restore",
            snapshot.entity,
            new_id,
            case_id,
            None,
            after,
            f"{RESTORED_PREFIX}{snapshot.summary}",
        )
        uow.commit()
    return new_id


# -- capturing ---------------------------------------------------------------------
# The walk follows the schema's foreign keys, so a table added later that hangs off
# a case (ON DELETE CASCADE) or points into it (SET NULL) is captured without edits.

_REFERENCE_TABLES = ("parties", "courts", "matters")
"""Shared records the deleted rows point at: recreated only if deleted meanwhile."""
_NOT_CAPTURED = frozenset({"case_members"})
"""Who may see a case is not the case's data: a restored case comes back with the
person who restored it as its team (a team server's trigger), and an admin grants
the rest again (only admins may write case teams)."""
_COMPANIONS = {("cases", "related_case_id"): ("relation",)}
"""Columns cleared and restored together with a reference (a CHECK ties them)."""


def _capture(session: Session, entity: str, row: Base) -> Snapshot:
    table = _TABLES[row.__tablename__]
    record_id: int = row.id  # type: ignore[attr-defined]
    captured: dict[str, dict[Any, dict[str, Any]]] = defaultdict(dict)
    _capture_tree(session, table, table.c.id == record_id, captured)
    owned = tuple(
        TableRows(name, tuple(captured[name].values()))
        for name in (t.name for t in Base.metadata.sorted_tables)
        if captured.get(name)
    )
    case_id = record_id if entity == "case" else row.case_id  # type: ignore[attr-defined]
    return Snapshot(
        entity=entity,
        entity_id=record_id,
        case_id=case_id,
        summary=_describe(entity, row),
        owned=(_root_first(owned, table.name)),
        referenced=_referenced(session, captured),
        relinks=tuple(_relinks(session, captured)),
    )


def _root_first(owned: tuple[TableRows, ...], root: str) -> tuple[TableRows, ...]:
    """Parents before children (schema order), and the deleted record's table first."""
    return tuple(sorted(owned, key=lambda part: part.table != root))


def _capture_tree(
    session: Session,
    table: Table,
    where: ColumnElement[bool],
    captured: dict[str, dict[Any, dict[str, Any]]],
) -> None:
    """Capture the rows ``where`` selects and, recursively, every row cascading from them."""
    new = [
        row
        for row in _rows(session, table, where).rows
        if _key(table, row) not in captured[table.name]
    ]
    if not new:
        return
    for row in new:
        captured[table.name][_key(table, row)] = row
    ids = [row["id"] for row in new] if "id" in table.c else []
    if not ids:
        return
    for child in Base.metadata.sorted_tables:
        if child.name in _NOT_CAPTURED:
            continue
        for fk in child.foreign_keys:
            if fk.column.table is table and (fk.ondelete or "").upper() == "CASCADE":
                _capture_tree(session, child, fk.parent.in_(ids), captured)


def _key(table: Table, row: dict[str, Any]) -> Any:
    return tuple(row[column.name] for column in table.primary_key.columns)


def _rows(session: Session, table: Table, where: ColumnElement[bool]) -> TableRows:
    query = select(table).where(where)
    if "id" in table.c:
        query = query.order_by(table.c.id)
    return TableRows(table.name, tuple(dict(row._mapping) for row in session.execute(query)))


def _relinks(session: Session, captured: dict[str, dict[Any, dict[str, Any]]]) -> list[Relink]:
    """Rows outside the capture whose SET NULL references point into it."""
    found: list[Relink] = []
    for child in Base.metadata.sorted_tables:
        if "id" not in child.c:
            continue
        for fk in child.foreign_keys:
            target = fk.column.table.name
            if (fk.ondelete or "").upper() != "SET NULL" or not captured.get(target):
                continue
            ids = [key[0] for key in captured[target]]
            companions = _COMPANIONS.get((child.name, fk.parent.name), ())
            columns = (fk.parent.name, *companions)
            query = select(child.c.id, *(child.c[c] for c in columns)).where(fk.parent.in_(ids))
            for row in session.execute(query):
                if (row[0],) in captured[child.name]:
                    continue
                found.append(Relink(child.name, row[0], dict(zip(columns, row[1:], strict=True))))
    return found


def _referenced(
    session: Session, captured: dict[str, dict[Any, dict[str, Any]]]
) -> tuple[TableRows, ...]:
    wanted: dict[str, set[int]] = defaultdict(set)
    for name, rows in captured.items():
        for fk in _TABLES[name].foreign_keys:
            target = fk.column.table.name
            if target in _REFERENCE_TABLES:
                wanted[target] |= {r[fk.parent.name] for r in rows.values() if r[fk.parent.name]}
    return tuple(
        _rows(session, _TABLES[name], _TABLES[name].c.id.in_(sorted(ids)))
        for name, ids in wanted.items()
        if ids
    )


def _describe(entity: str, row: Any) -> str:
    if entity == "case":
        return str(row.title)
    if entity == "filing":
        return str(row.sumilla)
    if entity == "hearing":
        return f"{row.kind} {row.starts_at:%Y-%m-%d %H:%M}"
    if entity == "deadline":
        return f"{row.title} ({row.due_on})"
    if entity == "note":
        return str(row.body)[:80]
    if entity == "attachment":
        return str(row.filename)
    return f"party {row.party_id} as {row.role}"


# A case's rows that calendars show: their deletion is recorded one by one, so that
# calendar exports can cancel their events (services.agenda_cancelled).
_DATED = {"hearings": ("hearing", "kind"), "deadlines": ("deadline", "title")}


def _record_dated_rows(session: Session, actor: str, snapshot: Snapshot) -> None:
    for part in snapshot.owned:
        entity, label = _DATED.get(part.table, ("", ""))
        for row in part.rows if entity else ():
            before = {key: _records.json_value(value) for key, value in row.items()}
            summary = f"{row[label]} (with its case)"
            _records.record(
                session, actor, "delete", entity, row["id"], snapshot.case_id, before, None, summary
            )


def _describe_removal(snapshot: Snapshot) -> str:
    if snapshot.entity != "case":
        return snapshot.summary
    counts = ", ".join(
        f"{snapshot.count(table)} {table.replace('_', ' ')}"
        for table in ("filings", "attachments", "hearings", "deadlines", "notes")
        if snapshot.count(table)
    )
    return f"{snapshot.summary} (with {counts})" if counts else snapshot.summary


# -- restoring ---------------------------------------------------------------------


def _fetch_row(session: Session, table: Table, key: int) -> dict[str, Any]:
    row = session.execute(select(table).where(table.c.id == key)).one()
    return dict(row._mapping)


def _exists(session: Session, table: str, key: int) -> bool:
    pk = _TABLES[table].primary_key.columns.values()[0]
    return session.scalar(select(pk).where(pk == key)) is not None


def _restore_referenced(
    session: Session, table: str, row: dict[str, Any], ids: dict[str, dict[int, int]]
) -> None:
    if _exists(session, table, row["id"]):
        ids[table][row["id"]] = row["id"]
    else:
        _insert_owned(session, table, row, ids)


def _insert_owned(
    session: Session, table_name: str, row: dict[str, Any], ids: dict[str, dict[int, int]]
) -> None:
    table = _TABLES[table_name]
    values = _remapped(session, table, row, ids)
    if "id" not in table.c:
        session.execute(insert(table).values(**values))
        return
    old_id = values.pop("id")
    if not _exists(session, table_name, old_id):
        values["id"] = old_id
    if table_name == "cases" and values.get("related_case_id") is None:
        values["relation"] = None
    new_id = session.execute(insert(table).values(**values)).inserted_primary_key[0]
    ids[table_name][old_id] = new_id


def _remapped(
    session: Session, table: Table, row: dict[str, Any], ids: dict[str, dict[int, int]]
) -> dict[str, Any]:
    values = dict(row)
    for fk in table.foreign_keys:
        column, target = fk.parent.name, fk.column.table.name
        old = values.get(column)
        if old is None:
            continue
        if old in ids[target]:
            values[column] = ids[target][old]
        elif not _exists(session, target, old):
            if not fk.parent.nullable:
                raise ConflictError(
                    f"cannot restore: the {target.rstrip('s')} it belonged to no longer exists"
                )
            values[column] = None
    return values


def _relink(session: Session, relink: Relink, ids: dict[str, dict[int, int]]) -> None:
    table = _TABLES[relink.table]
    values = _remapped(session, table, relink.values, ids)
    if not _exists(session, relink.table, relink.row_id) or None in values.values():
        return
    reference = next(iter(values))
    session.execute(
        update(table)
        .where(table.c.id == relink.row_id, table.c[reference].is_(None))
        .values(**values)
    )


def _touch_case(session: Session, case_id: int | None) -> None:
    if case_id is not None:
        session.execute(
            update(_CASES).where(_CASES.c.id == case_id).values(updated_at=_records.utc_now())
        )
