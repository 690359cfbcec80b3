"""The record of each computed deadline: what was applied, on which calendar, and who
accepted it, frozen so that later changes to the catalogue or the calendar do not
alter it.

A record is written when a computed deadline is accepted (and again when a closure
change moves it). It holds the rule's key and the law version applied, the trigger
and its filing, the calendar data used (the body and what it observes, the closures
inside the period with their basis, the holidays source) as read at that moment,
the whole computation, and who accepted it and when. The explanation can be shown
in either language from it, and printed as a one-page PDF
(:mod:`casetracker.briefs.deadline_record`).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casetracker.domain.calendar import JudicialCalendar, holidays_source
from casetracker.domain.errors import NotFoundError
from casetracker.domain.explanation import Circumstances
from casetracker.domain.periods import DueDateResult
from casetracker.domain.records import RecordInfo
from casetracker.services import _records
from casetracker.store.database import Database
from casetracker.store.models import Case, Court, Deadline, DeadlineRecord, Filing

ACCEPTED = "accepted"
RECOMPUTED = "recomputed"
DEMO = "demo"


def calendar_data(calendar: JudicialCalendar, first: date, last: date) -> dict[str, Any]:
    """What of ``calendar`` a computation from ``first`` to ``last`` relied on, JSON-ready."""
    body = calendar.body
    return {
        "court": calendar.court_name,
        "body": {
            "name": body.name,
            "judges_day": body.judges_day,
            "year_opening": body.year_opening,
            "basis": body.basis,
            "verified": body.verified,
        },
        "vacations_suspend": calendar.vacations_suspend,
        "closures": [
            {
                "start": closure.start.isoformat(),
                "end": closure.end.isoformat(),
                "reason": closure.reason,
                "legal_basis": closure.legal_basis,
                "scope": "court"
                if closure.court_id is not None
                else "body"
                if closure.body_id is not None
                else "national",
            }
            for closure in calendar.closures
            if closure.start <= last and closure.end >= first
        ],
        "holidays": holidays_source(),
        "description_es": calendar.describe("es"),
        "description_en": calendar.describe("en"),
    }


def write_record(
    session: Session,
    actor: str,
    deadline: Deadline,
    result: DueDateResult,
    calendar: dict[str, Any],
    reason: str = ACCEPTED,
    circumstances: Circumstances | None = None,
) -> DeadlineRecord:
    """Add the record of ``deadline``'s computation to the current transaction."""
    circumstances = circumstances or Circumstances(watch=deadline.watch)
    version = result.rule.version if result.rule else None
    row = DeadlineRecord(
        deadline_id=deadline.id,
        made_at=_records.utc_now(),
        made_by=actor,
        reason=reason,
        due_on=deadline.due_on,
        computed_due_on=result.due_date,
        trigger_on=result.trigger,
        trigger_filing_id=deadline.trigger_filing_id,
        rule_key=result.rule_key or "",
        rule_version=_version_label(result)[:300] if version else "",
        court_name=(calendar.get("court") or "")[:200],
        calendar=json.dumps(calendar, ensure_ascii=False, sort_keys=True),
        computation=json.dumps(
            {"result": result.to_json(), "circumstances": _circumstances_json(circumstances)},
            ensure_ascii=False,
            sort_keys=True,
        ),
    )
    session.add(row)
    return row


def latest_record(db: Database, deadline_id: int) -> RecordInfo | None:
    """The newest record of the deadline's computation, or None (typed by hand).

    Raises:
        NotFoundError: no such deadline.
    """
    with db.read() as session:
        deadline = session.get(Deadline, deadline_id)
        if deadline is None:
            raise NotFoundError("deadline", deadline_id)
        row = session.scalar(
            select(DeadlineRecord)
            .where(DeadlineRecord.deadline_id == deadline_id)
            .order_by(DeadlineRecord.made_at.desc(), DeadlineRecord.id.desc())
            .limit(1)
        )
        return _info(session, deadline, row) if row is not None else None


def explanation_in(db: Database, deadline_id: int, language: str) -> str:
    """The deadline's explanation in ``language``: from its record when it has one,
    else the stored text (typed by hand, or written before records existed)."""
    record = latest_record(db, deadline_id)
    if record is not None:
        return "\n".join(record.explanation(language))
    with db.read() as session:
        deadline = session.get(Deadline, deadline_id)
        return deadline.explanation if deadline else ""


def _info(session: Session, deadline: Deadline, row: DeadlineRecord) -> RecordInfo:
    case = session.get(Case, deadline.case_id)
    assert case is not None  # a deadline always belongs to a case
    filing = session.get(Filing, row.trigger_filing_id) if row.trigger_filing_id else None
    stored = json.loads(row.computation)
    return RecordInfo(
        id=row.id,
        deadline_id=deadline.id,
        case_id=case.id,
        case_title=case.title,
        expediente=case.expediente,
        deadline_title=deadline.title,
        made_at=row.made_at,
        made_by=row.made_by,
        reason=row.reason,
        due_on=row.due_on,
        computed_due_on=row.computed_due_on,
        trigger_on=row.trigger_on,
        trigger_filing=f"{filing.filed_on.isoformat()} · {filing.sumilla}" if filing else "",
        rule_key=row.rule_key,
        rule_version=row.rule_version,
        court_name=row.court_name,
        calendar=json.loads(row.calendar),
        result=DueDateResult.from_json(stored["result"]),
        circumstances=_circumstances(stored.get("circumstances") or {}),
        illustrative=deadline.illustrative,
        expediente_illustrative=case.expediente_illustrative,
    )


def court_name(session: Session, court_id: int | None) -> str:
    court = session.get(Court, court_id) if court_id is not None else None
    return court.name if court else ""


def _version_label(result: DueDateResult) -> str:
    assert result.rule is not None
    version = result.rule.version
    span = version.span_es()
    return f"{version.basis}" + (f" ({span})" if span else "")


def _circumstances_json(circumstances: Circumstances) -> dict[str, Any]:
    recomputed = circumstances.recomputed
    return {
        "watch": circumstances.watch,
        "manual_due": circumstances.manual_due.isoformat() if circumstances.manual_due else None,
        "recomputed": [recomputed[0], recomputed[1].isoformat(), recomputed[2].isoformat(),
                       recomputed[3]] if recomputed else None,
    }  # fmt: skip


def _circumstances(data: dict[str, Any]) -> Circumstances:
    manual = data.get("manual_due")
    recomputed = data.get("recomputed")
    return Circumstances(
        watch=data.get("watch", False),
        manual_due=date.fromisoformat(manual) if manual else None,
        recomputed=(
            bool(recomputed[0]), date.fromisoformat(recomputed[1]),
            date.fromisoformat(recomputed[2]), str(recomputed[3]),
        ) if recomputed else None,
    )  # fmt: skip
