"""Courts and their dated closures."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from casetracker.domain.enums import CourtLevel
from casetracker.domain.errors import ValidationError, echo
from casetracker.domain.records import ClosureInfo, CourtInfo
from casetracker.domain.validation import Checker
from casetracker.services import _convert, _crud
from casetracker.services.judicial_bodies import default_body_id
from casetracker.store.database import Database
from casetracker.store.models import Closure, Court, JudicialBody
from casetracker.store.text_fold import folded_equals


@dataclass(frozen=True)
class CourtInput:
    name: str
    level: CourtLevel | str
    district: str = ""
    seat: str = ""
    vacations_suspend: bool = False
    body_id: int | None = None
    """The body whose calendar the court follows; None: the default body of its level."""


@dataclass(frozen=True)
class ClosureInput:
    """A closure of one court (``court_id``), of one body's courts (``body_id``) or,
    with neither, of every court."""

    starts_on: date | str | None
    ends_on: date | str | None
    reason: str
    legal_basis: str = ""
    court_id: int | None = None
    body_id: int | None = None


def _validate_court(session: Session, data: CourtInput, row: Court | None) -> dict[str, Any]:
    check = Checker()
    values = {
        "name": check.text("name", data.name, required=True, max_length=200),
        "level": check.choice("level", data.level, CourtLevel).value,
        "district": check.text("district", data.district, max_length=120),
        "seat": check.text("seat", data.seat, max_length=120),
        "vacations_suspend": bool(data.vacations_suspend),
        "body_id": data.body_id,
    }
    if data.body_id is not None and session.get(JudicialBody, data.body_id) is None:
        check.fail("body", "no such body; pick one from the list")
    clash = session.scalar(
        select(Court.id).where(Court.name == values["name"], Court.district == values["district"])
    )
    if clash is not None and (row is None or clash != row.id):
        check.fail("name", "a court with this name already exists in this district")
    check.raise_if_any()
    return values


def _validate_closure(session: Session, data: ClosureInput, row: Closure | None) -> dict[str, Any]:
    check = Checker()
    starts = check.date("starts_on", data.starts_on, required=True)
    ends = check.date("ends_on", data.ends_on, required=True)
    check.order("starts_on", starts, "ends_on", ends)
    if data.court_id is not None and session.get(Court, data.court_id) is None:
        check.fail("court", "no such court; pick one from the list or leave it empty")
    if data.body_id is not None and session.get(JudicialBody, data.body_id) is None:
        check.fail("body", "no such body; pick one from the list or leave it empty")
    if data.court_id is not None and data.body_id is not None:
        check.fail("court", "a closure applies to one court or to one body's courts, not both")
    values = {
        "starts_on": starts,
        "ends_on": ends,
        "reason": check.text("reason", data.reason, required=True),
        "legal_basis": check.text("legal_basis", data.legal_basis),
        "court_id": data.court_id,
        "body_id": data.body_id,
    }
    check.raise_if_any()
    return values


COURT = _crud.EntitySpec(
    name="court",
    model=Court,
    validate=_validate_court,
    convert=lambda session, row: _court_info(session, row),
    case_of=lambda row: None,
    describe=lambda row: row.name,
    conflict="a court with this name already exists in this district",
)
CLOSURE = _crud.EntitySpec(
    name="closure",
    model=Closure,
    validate=_validate_closure,
    convert=lambda session, row: _convert.closure_info(row),
    case_of=lambda row: None,
    describe=lambda row: f"{row.starts_on}–{row.ends_on} {row.reason}",
)


def create_court(db: Database, data: CourtInput) -> CourtInfo:
    """Add a court; without a body it joins the default body of its level."""
    with db.unit_of_work() as uow:
        info = _crud.create(db, COURT, _with_body(db, uow.session, data))
        uow.commit()
    return info


def update_court(db: Database, court_id: int, data: CourtInput) -> CourtInfo:
    with db.unit_of_work() as uow:
        info = _crud.update(db, COURT, court_id, _with_body(db, uow.session, data))
        uow.commit()
    return info


def _with_body(db: Database, session: Session, data: CourtInput) -> CourtInput:
    if data.body_id is not None:
        return data
    try:
        level = CourtLevel(data.level)
    except ValueError:
        return data  # validation names the bad level
    return replace(data, body_id=default_body_id(session, db.actor, level))


def delete_court(db: Database, court_id: int) -> None:
    """Delete a court that no case uses (cases keep their court: RESTRICT)."""
    _crud.delete(db, COURT, court_id)


def get_court(db: Database, court_id: int) -> CourtInfo:
    return _crud.get(db, COURT, court_id)


def list_courts(db: Database) -> list[CourtInfo]:
    with db.read() as session:
        rows = session.scalars(select(Court).order_by(Court.name, Court.district))
        return [_court_info(session, row) for row in rows]


def find_court(db: Database, name: str) -> CourtInfo | None:
    """The court named ``name``, ignoring case and accents; None when there is none.

    The name is compared whole, never as a pattern: ``%`` or ``_`` typed by the user
    are part of the name and cannot pick some other court.

    Raises:
        ValidationError: courts of several districts bear that name.
    """
    wanted = name.strip()
    if not wanted:
        return None
    with db.read() as session:
        rows = session.scalars(
            select(Court).where(folded_equals(Court.name, wanted)).order_by(Court.district)
        ).all()
        if len(rows) > 1:
            districts = ", ".join(row.district or "no district" for row in rows)
            raise ValidationError(
                "court",
                f"{len(rows)} courts are named {echo(wanted)} (districts: {districts}); "
                "rename them apart to choose one",
            )
        return _court_info(session, rows[0]) if rows else None


def _court_info(session: Session, row: Court) -> CourtInfo:
    body = session.get(JudicialBody, row.body_id) if row.body_id is not None else None
    return _convert.court_info(row, body.name if body else "")


def add_closure(db: Database, data: ClosureInput) -> ClosureInfo:
    return _crud.create(db, CLOSURE, data)


def delete_closure(db: Database, closure_id: int) -> None:
    _crud.delete(db, CLOSURE, closure_id)


def list_closures(db: Database, court_id: int | None = None) -> list[ClosureInfo]:
    """The closures that apply to ``court_id``: national ones, its body's and its own.

    Without a court: every closure that is not one court's (national and per body).
    """
    with db.read() as session:
        query = select(Closure).order_by(Closure.starts_on, Closure.id)
        if court_id is None:
            query = query.where(Closure.court_id.is_(None))
        else:
            court = session.get(Court, court_id)
            body_id = court.body_id if court is not None else None
            national = Closure.court_id.is_(None) & Closure.body_id.is_(None)
            query = query.where(
                or_(national, Closure.court_id == court_id, Closure.body_id == body_id)
            )
        return [_convert.closure_info(row) for row in session.scalars(query)]


def all_closures(db: Database) -> list[ClosureInfo]:
    """Every stored closure, by first day."""
    with db.read() as session:
        rows = session.scalars(select(Closure).order_by(Closure.starts_on, Closure.id))
        return [_convert.closure_info(row) for row in rows]
