"""Matters (campaigns) that group related cases."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casetracker.domain.records import MatterInfo
from casetracker.domain.validation import Checker
from casetracker.services import _convert, _crud
from casetracker.store.database import Database
from casetracker.store.models import Case, Matter


@dataclass(frozen=True)
class MatterInput:
    name: str
    description: str = ""


def _validate(session: Session, data: MatterInput, row: Matter | None) -> dict[str, Any]:
    check = Checker()
    values = {
        "name": check.text("name", data.name, required=True, max_length=200),
        "description": check.text("description", data.description, max_length=20_000),
    }
    clash = session.scalar(select(Matter.id).where(Matter.name == values["name"]))
    if clash is not None and (row is None or clash != row.id):
        check.fail("name", "another matter already has this name; choose a different one")
    check.raise_if_any()
    return values


def _convert_row(session: Session, row: Matter) -> MatterInfo:
    count = session.scalar(select(func.count()).where(Case.matter_id == row.id)) or 0
    return _convert.matter_info(row, count)


SPEC = _crud.EntitySpec(
    name="matter",
    model=Matter,
    validate=_validate,
    convert=_convert_row,
    case_of=lambda row: None,
    describe=lambda row: row.name,
    conflict="another matter already has this name",
)


def create_matter(db: Database, data: MatterInput) -> MatterInfo:
    return _crud.create(db, SPEC, data)


def update_matter(db: Database, matter_id: int, data: MatterInput) -> MatterInfo:
    return _crud.update(db, SPEC, matter_id, data)


def delete_matter(db: Database, matter_id: int) -> None:
    """Delete a matter; its cases stay, without a matter."""
    _crud.delete(db, SPEC, matter_id)


def get_matter(db: Database, matter_id: int) -> MatterInfo:
    return _crud.get(db, SPEC, matter_id)


def list_matters(db: Database) -> list[MatterInfo]:
    with db.read() as session:
        counts = select(Case.matter_id, func.count().label("n")).group_by(Case.matter_id).subquery()
        rows = session.execute(
            select(Matter, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.matter_id == Matter.id)
            .order_by(Matter.name)
        ).all()
        return [_convert.matter_info(matter, count) for matter, count in rows]


def find_matter(db: Database, name: str) -> MatterInfo | None:
    with db.read() as session:
        row = session.scalar(select(Matter).where(Matter.name == name.strip()))
        return _convert_row(session, row) if row else None
