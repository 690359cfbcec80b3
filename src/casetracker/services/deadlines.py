"""Deadlines of a case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from casetracker.domain.enums import DeadlineStatus
from casetracker.domain.records import DeadlineInfo
from casetracker.domain.validation import Checker
from casetracker.services import _convert, _crud
from casetracker.services._records import kept as _kept
from casetracker.store.database import Database
from casetracker.store.models import Case, Deadline, Filing


@dataclass(frozen=True)
class DeadlineInput:
    case_id: int
    title: str
    due_on: date | str | None
    status: DeadlineStatus | str = DeadlineStatus.OPEN
    rule_key: str = ""
    trigger_on: date | str | None = None
    trigger_filing_id: int | None = None
    explanation: str = ""
    assignee: str = ""
    notes: str = ""
    watch: bool | None = None
    """The other side's period, tracked to watch its expiry (not ours to meet)."""
    illustrative: bool | None = None


def _validate(session: Session, data: DeadlineInput, row: Deadline | None) -> dict[str, Any]:
    check = Checker()
    if session.get(Case, data.case_id) is None:
        check.fail("case", "no such case")
    if data.trigger_filing_id is not None:
        filing = session.get(Filing, data.trigger_filing_id)
        if filing is None or filing.case_id != data.case_id:
            check.fail("trigger_filing", "no such filing in this case")
    trigger_on = check.date("trigger_on", data.trigger_on)
    due_on = check.date("due_on", data.due_on, required=True)
    check.order("trigger_on", trigger_on, "due_on", due_on)
    values = {
        "case_id": data.case_id,
        "title": check.text("title", data.title, required=True),
        "due_on": due_on,
        "status": check.choice("status", data.status, DeadlineStatus, DeadlineStatus.OPEN).value,
        "rule_key": check.text("rule_key", data.rule_key, max_length=80),
        "trigger_on": trigger_on,
        "trigger_filing_id": data.trigger_filing_id,
        "explanation": check.text("explanation", data.explanation, max_length=50_000),
        "assignee": check.text("assignee", data.assignee, max_length=200),
        "notes": check.text("notes", data.notes, max_length=50_000),
        "watch": _kept(data.watch, row, "watch"),
        "illustrative": _kept(data.illustrative, row, "illustrative"),
    }
    check.raise_if_any()
    return values


SPEC = _crud.EntitySpec(
    name="deadline",
    model=Deadline,
    validate=_validate,
    convert=lambda session, row: _convert.deadline_info(row),
    case_of=lambda row: row.case_id,
    describe=lambda row: f"{row.title} ({row.due_on})",
)


def create_deadline(db: Database, data: DeadlineInput) -> DeadlineInfo:
    return _crud.create(db, SPEC, data)


def update_deadline(
    db: Database, deadline_id: int, data: DeadlineInput, *, expected_version: int | None = None
) -> DeadlineInfo:
    """Save ``data``; StaleRecordError if the record is no longer at ``expected_version``."""
    return _crud.update(db, SPEC, deadline_id, data, expected_version=expected_version)


def get_deadline(db: Database, deadline_id: int) -> DeadlineInfo:
    return _crud.get(db, SPEC, deadline_id)


def set_deadline_status(db: Database, deadline_id: int, status: DeadlineStatus) -> DeadlineInfo:
    """Mark a deadline done, missed, waived or open again."""
    current = get_deadline(db, deadline_id)
    return update_deadline(
        db,
        deadline_id,
        DeadlineInput(
            case_id=current.case_id,
            title=current.title,
            due_on=current.due_on,
            status=status,
            rule_key=current.rule_key,
            trigger_on=current.trigger_on,
            trigger_filing_id=current.trigger_filing_id,
            explanation=current.explanation,
            assignee=current.assignee,
            notes=current.notes,
            watch=current.watch,
            illustrative=current.illustrative,
        ),
    )
