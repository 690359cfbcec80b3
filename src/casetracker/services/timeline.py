"""The chronology of a case, or of every case of a matter: filings, hearings, deadlines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from casetracker.domain.enums import DeadlineStatus, FilingKind, HearingStatus
from casetracker.services import _records
from casetracker.store.database import Database
from casetracker.store.models import Case, Deadline, Filing, Hearing, Matter


class TimelineKind(StrEnum):
    """How an event is drawn: what the parties did, what the court did, and when.

    Filings are split in three because a lawyer reads them differently: what a
    party wrote, what the court decided, and the notification that starts a period.
    """

    FILING = "filing"
    RESOLUTION = "resolution"
    NOTIFICATION = "notification"
    HEARING = "hearing"
    DEADLINE = "deadline"


_FILING_KINDS = {
    FilingKind.RESOLUTION: TimelineKind.RESOLUTION,
    FilingKind.NOTIFICATION: TimelineKind.NOTIFICATION,
}


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One dated event.

    Attributes:
        date: the filing's date, the hearing's day or the deadline's due date.
        kind: how to draw it (see :class:`TimelineKind`).
        entity: the record it comes from: ``"filing"``, ``"hearing"`` or ``"deadline"``.
        id: that record's id.
        case_id: the case it belongs to.
        label: the filing's sumilla, the hearing's kind or the deadline's title.
        time: the hearing's start time; None for filings and deadlines.
        filing_kind: for filings, what was filed.
        status: for hearings and deadlines, their status.
    """

    date: date
    kind: TimelineKind
    entity: str
    id: int
    case_id: int
    label: str
    time: time | None = None
    filing_kind: FilingKind | None = None
    status: HearingStatus | DeadlineStatus | None = None

    def is_overdue(self, today: date) -> bool:
        """An open deadline whose day has passed."""
        return self.status is DeadlineStatus.OPEN and self.date < today


@dataclass(frozen=True, slots=True)
class TimelineCase:
    """A case shown on the timeline (one lane when a matter is shown)."""

    id: int
    title: str
    expediente: str | None


@dataclass(frozen=True, slots=True)
class Timeline:
    """The events of one case or one matter, oldest first, and the cases they belong to."""

    title: str
    cases: tuple[TimelineCase, ...]
    events: tuple[TimelineEvent, ...]

    @property
    def first_day(self) -> date | None:
        return self.events[0].date if self.events else None

    @property
    def last_day(self) -> date | None:
        return self.events[-1].date if self.events else None


def case_timeline(db: Database, case_id: int) -> Timeline:
    """The chronology of one case.

    Raises:
        NotFoundError: there is no case ``case_id``.
    """
    with db.read() as session:
        case = _records.fetch(session, Case, case_id, "case")
        info = TimelineCase(case.id, case.title, case.expediente)
        return Timeline(case.title, (info,), _events(session, [case.id]))


def matter_timeline(db: Database, matter_id: int) -> Timeline:
    """The chronology of every case of a matter, cases ordered by filing date.

    Raises:
        NotFoundError: there is no matter ``matter_id``.
    """
    with db.read() as session:
        matter = _records.fetch(session, Matter, matter_id, "matter")
        rows = session.execute(
            select(Case.id, Case.title, Case.expediente)
            .where(Case.matter_id == matter_id)
            .order_by(Case.filed_on.is_(None), Case.filed_on, Case.id)
        ).all()
        cases = tuple(TimelineCase(*row) for row in rows)
        in_matter = select(Case.id).where(Case.matter_id == matter_id)
        return Timeline(matter.name, cases, _events(session, in_matter) if cases else ())


def _events(
    session: Session, case_ids: Sequence[int] | Select[tuple[int]]
) -> tuple[TimelineEvent, ...]:
    events = [
        *_filing_events(session, case_ids),
        *_hearing_events(session, case_ids),
        *_deadline_events(session, case_ids),
    ]
    events.sort(key=lambda event: (event.date, event.time or time(), event.entity, event.id))
    return tuple(events)


def _filing_events(
    session: Session, case_ids: Sequence[int] | Select[tuple[int]]
) -> list[TimelineEvent]:
    query = select(Filing.id, Filing.case_id, Filing.filed_on, Filing.kind, Filing.sumilla)
    events = []
    for filing_id, case_id, filed_on, kind, sumilla in session.execute(
        query.where(Filing.case_id.in_(case_ids))
    ):
        filing_kind = FilingKind(kind)
        events.append(
            TimelineEvent(
                date=filed_on,
                kind=_FILING_KINDS.get(filing_kind, TimelineKind.FILING),
                entity="filing",
                id=filing_id,
                case_id=case_id,
                label=sumilla,
                filing_kind=filing_kind,
            )
        )
    return events


def _hearing_events(
    session: Session, case_ids: Sequence[int] | Select[tuple[int]]
) -> list[TimelineEvent]:
    query = select(Hearing.id, Hearing.case_id, Hearing.starts_at, Hearing.kind, Hearing.status)
    return [
        TimelineEvent(
            date=starts_at.date(),
            kind=TimelineKind.HEARING,
            entity="hearing",
            id=hearing_id,
            case_id=case_id,
            label=kind,
            time=starts_at.time(),
            status=HearingStatus(status),
        )
        for hearing_id, case_id, starts_at, kind, status in session.execute(
            query.where(Hearing.case_id.in_(case_ids))
        )
    ]


def _deadline_events(
    session: Session, case_ids: Sequence[int] | Select[tuple[int]]
) -> list[TimelineEvent]:
    query = select(Deadline.id, Deadline.case_id, Deadline.due_on, Deadline.title, Deadline.status)
    return [
        TimelineEvent(
            date=due_on,
            kind=TimelineKind.DEADLINE,
            entity="deadline",
            id=deadline_id,
            case_id=case_id,
            label=title,
            status=DeadlineStatus(status),
        )
        for deadline_id, case_id, due_on, title, status in session.execute(
            query.where(Deadline.case_id.in_(case_ids))
        )
    ]
