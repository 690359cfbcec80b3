"""Free-text notes on a case."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from casetracker.domain.records import NoteInfo
from casetracker.domain.validation import Checker
from casetracker.services import _convert, _crud, _records
from casetracker.store.database import Database
from casetracker.store.models import Case, Note


@dataclass(frozen=True)
class NoteInput:
    case_id: int
    body: str
    author: str = ""


def _validate(session: Session, data: NoteInput, row: Note | None) -> dict[str, Any]:
    check = Checker()
    if session.get(Case, data.case_id) is None:
        check.fail("case", "no such case")
    values: dict[str, Any] = {
        "case_id": data.case_id,
        "body": check.text("body", data.body, required=True, max_length=100_000),
        "author": check.text("author", data.author, max_length=200),
    }
    check.raise_if_any()
    if row is None:
        values["created_at"] = _records.utc_now()
    return values


SPEC = _crud.EntitySpec(
    name="note",
    model=Note,
    validate=_validate,
    convert=lambda session, row: _convert.note_info(row),
    case_of=lambda row: row.case_id,
    describe=lambda row: row.body[:80],
)


def create_note(db: Database, data: NoteInput) -> NoteInfo:
    if not data.author:
        data = NoteInput(case_id=data.case_id, body=data.body, author=db.actor)
    return _crud.create(db, SPEC, data)


def update_note(
    db: Database, note_id: int, data: NoteInput, *, expected_version: int | None = None
) -> NoteInfo:
    """Save ``data``; StaleRecordError if the record is no longer at ``expected_version``."""
    return _crud.update(db, SPEC, note_id, data, expected_version=expected_version)
