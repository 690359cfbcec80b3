"""Bodies of courts (the Poder Judicial, the Tribunal Constitucional, others the user
adds) and which of the judiciary's own days each observes.

Día del Juez and the opening of the judicial year suspend the Poder Judicial's work
(LOPJ; certain). The Tribunal Constitucional is not part of the Poder Judicial, and
whether it observes those days is not verified: its body is created unverified and
observing neither, and the user confirms or changes that in the closures window.
Every court belongs to a body; a court created without one gets the default body
of its level, created on first use (a new database starts empty, so that an
archive can be imported into it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casetracker.domain.calendar import JUDICIARY, CalendarBody
from casetracker.domain.enums import CourtLevel
from casetracker.domain.validation import Checker
from casetracker.services import _crud, _records
from casetracker.store.database import Database
from casetracker.store.models import Court, JudicialBody

CONSTITUTIONAL_COURT = CalendarBody(
    name="Tribunal Constitucional",
    judges_day=False,
    year_opening=False,
    basis="",
    verified=False,
)
"""The built-in choice for the TC: unverified (domain notes, 2.2), hence a setting."""

_DEFAULT_NOTES = {
    JUDICIARY.name: "Día del Juez (4 de agosto) y apertura del año judicial: días inhábiles "
    "del Poder Judicial.",
    CONSTITUTIONAL_COURT.name: "No forma parte del Poder Judicial. Sin verificar si suspende "
    "labores el Día del Juez o en la apertura del año judicial: confirme y marque aquí lo que "
    "corresponda.",
}


@dataclass(frozen=True)
class BodyInput:
    name: str
    judges_day: bool = True
    year_opening: bool = True
    basis: str = ""
    verified: bool = False
    notes: str = ""


@dataclass(frozen=True, slots=True)
class BodyInfo:
    """A body as stored, with how many courts belong to it."""

    id: int
    name: str
    judges_day: bool
    year_opening: bool
    basis: str
    verified: bool
    notes: str
    court_count: int = 0

    def calendar_body(self) -> CalendarBody:
        return CalendarBody(self.name, self.judges_day, self.year_opening, self.basis,
                            self.verified)  # fmt: skip


def _validate(session: Session, data: BodyInput, row: JudicialBody | None) -> dict[str, Any]:
    check = Checker()
    values = {
        "name": check.text("name", data.name, required=True, max_length=200),
        "judges_day": bool(data.judges_day),
        "year_opening": bool(data.year_opening),
        "basis": check.text("basis", data.basis),
        "verified": bool(data.verified),
        "notes": check.text("notes", data.notes, max_length=50_000),
    }
    clash = session.scalar(select(JudicialBody.id).where(JudicialBody.name == values["name"]))
    if clash is not None and (row is None or clash != row.id):
        check.fail("name", "a body with this name exists already")
    check.raise_if_any()
    return values


def _info(session: Session, row: JudicialBody) -> BodyInfo:
    courts = session.scalars(select(Court.id).where(Court.body_id == row.id)).all()
    return BodyInfo(row.id, row.name, row.judges_day, row.year_opening, row.basis,
                    row.verified, row.notes, len(courts))  # fmt: skip


BODY = _crud.EntitySpec(
    name="body",
    model=JudicialBody,
    validate=_validate,
    convert=_info,
    case_of=lambda row: None,
    describe=lambda row: row.name,
    conflict="a body with this name exists already",
)


def create_body(db: Database, data: BodyInput) -> BodyInfo:
    return _crud.create(db, BODY, data)


def update_body(db: Database, body_id: int, data: BodyInput) -> BodyInfo:
    """Change what a body observes; stored deadlines keep their dates (recompute them
    from the closures window if needed)."""
    return _crud.update(db, BODY, body_id, data)


def delete_body(db: Database, body_id: int) -> None:
    """Delete a body no court belongs to (its closures go with it).

    Raises:
        ConflictError: a court still belongs to it.
    """
    _crud.delete(db, BODY, body_id)


def list_bodies(db: Database) -> list[BodyInfo]:
    """Every body, the defaults created first if the database has courts but no bodies."""
    with db.read() as session:
        rows = session.scalars(select(JudicialBody).order_by(JudicialBody.id))
        return [_info(session, row) for row in rows]


def ensure_default_bodies(db: Database) -> list[BodyInfo]:
    """Create the Poder Judicial and the Tribunal Constitucional if missing (one transaction)."""
    with db.unit_of_work() as uow:
        for level in (CourtLevel.FIRST_INSTANCE, CourtLevel.CONSTITUTIONAL_COURT):
            default_body_id(uow.session, db.actor, level)
        uow.commit()
    return list_bodies(db)


def default_for_level(level: CourtLevel | str) -> CalendarBody:
    """The built-in body for a court of ``level`` (its calendar when it has no body)."""
    if CourtLevel(level) is CourtLevel.CONSTITUTIONAL_COURT:
        return CONSTITUTIONAL_COURT
    return JUDICIARY


def default_body_id(session: Session, actor: str, level: CourtLevel | str) -> int:
    """The id of the default body of ``level``, creating it (audited) on first use."""
    builtin = default_for_level(level)
    found = session.scalar(select(JudicialBody.id).where(JudicialBody.name == builtin.name))
    if found is not None:
        return found
    row = JudicialBody(
        name=builtin.name,
        judges_day=builtin.judges_day,
        year_opening=builtin.year_opening,
        basis=builtin.basis,
        verified=builtin.verified,
        notes=_DEFAULT_NOTES.get(builtin.name, ""),
    )
    session.add(row)
    session.flush()
    _records.record(
        session, actor, "create", BODY.name, row.id, None, None, _records.snapshot(row), row.name
    )
    return row.id


def body_of_court(session: Session, court: Court | None) -> tuple[CalendarBody, int | None]:
    """The body whose calendar ``court`` follows, and its id (None: built-in default)."""
    if court is None:
        return JUDICIARY, None
    if court.body_id is not None:
        row = session.get(JudicialBody, court.body_id)
        if row is not None:
            return (
                CalendarBody(row.name, row.judges_day, row.year_opening, row.basis, row.verified),
                row.id,
            )
    return default_for_level(court.level), None
