"""The agenda: hearings and deadlines of every case over a period of days.

This is the one query behind the calendar view and the agenda exports (text, PDF,
DOCX, iCalendar): callers pick the period and how to present it, this module decides
what belongs in it. Every item carries its case's title, expediente and court, so a
printed agenda is readable on its own, and says whether it is the other side's
period (``watch``: shown apart from ours, never "overdue" for us) and whether it was
invented for illustration.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import Date, Integer, cast, func, select
from sqlalchemy.orm import Session

from casetracker.domain.calendar import Closure, JudicialCalendar
from casetracker.domain.enums import DeadlineStatus, HearingStatus
from casetracker.services.courts import list_closures
from casetracker.store.database import Database
from casetracker.store.models import Case, Court, Deadline, Hearing

# Statuses of things that still need the lawyer's attention.
_ACTIVE_HEARINGS = (HearingStatus.SCHEDULED.value, HearingStatus.POSTPONED.value)
_OPEN = DeadlineStatus.OPEN.value
_CASE_COLUMNS = (
    Case.title.label("case_title"),
    Case.expediente.label("expediente"),
    Case.expediente_illustrative.label("expediente_illustrative"),
    Court.name.label("court"),
)
_STILL_TO_DO = frozenset({HearingStatus.SCHEDULED, HearingStatus.POSTPONED, DeadlineStatus.OPEN})


class AgendaKind(StrEnum):
    HEARING = "hearing"
    DEADLINE = "deadline"


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One hearing or deadline on the agenda.

    Attributes:
        kind: ``"hearing"`` or ``"deadline"``.
        id: the hearing's or the deadline's id.
        date: the day of the hearing, or the due date of the deadline.
        time: when the hearing starts; None for deadlines (due by the end of the day).
        end_time: when the hearing ends, if known.
        title: the hearing's kind ("Informe oral") or the deadline's title.
        case_id, case_title, expediente, court: the case it belongs to.
        status: a :class:`HearingStatus` or :class:`DeadlineStatus`.
        overdue: an open deadline of ours whose due date is before ``today``.
        place: the hearing's place or video link; the deadline's assignee.
        watch: the other side's period, tracked to watch its expiry.
        illustrative: invented for illustration (demo data).
    """

    kind: AgendaKind
    id: int
    date: date
    time: time | None
    end_time: time | None
    title: str
    case_id: int
    case_title: str
    expediente: str | None
    court: str | None
    status: HearingStatus | DeadlineStatus
    overdue: bool
    place: str
    watch: bool = False
    illustrative: bool = False
    expediente_illustrative: bool = False

    @property
    def is_active(self) -> bool:
        """Whether it still needs doing: a scheduled hearing or an open deadline."""
        return self.status in _STILL_TO_DO


@dataclass(frozen=True, slots=True)
class DayCount:
    """How many hearings and deadlines fall on one day (for calendar markers)."""

    hearings: int = 0
    deadlines: int = 0
    overdue: int = 0


def agenda(
    db: Database,
    start: date,
    end: date,
    *,
    today: date | None = None,
    include_overdue: bool = False,
    active_only: bool = False,
) -> list[AgendaItem]:
    """Hearings and deadlines from ``start`` to ``end`` (both included), in order.

    Items are sorted by day; within a day, deadlines (due all day) come before
    hearings, which follow their start time.

    Args:
        today: the day that decides which open deadlines are overdue (default: today).
        include_overdue: also list open deadlines due before ``start``, so that a
            printed agenda does not hide what is already late.
        active_only: leave out held or cancelled hearings and deadlines that are done,
            missed or waived.
    """
    today = today or date.today()
    with db.read() as session:
        hearings = _hearings(session, start, end, active_only)
        deadlines = _deadlines(session, start, end, today, include_overdue, active_only)
    items = hearings + deadlines
    items.sort(key=_order)
    return items


def day_counts(
    db: Database, start: date, end: date, *, today: date | None = None
) -> dict[date, DayCount]:
    """Per day from ``start`` to ``end``: active hearings, open deadlines, overdue ones.

    Cancelled and held hearings and closed deadlines are not counted: the calendar
    marks what still needs attention. Days with nothing are left out.
    """
    today = today or date.today()
    # Typed, so that both engines hand back a date (SQLite's date() gives text).
    hearing_day = func.date(Hearing.starts_at, type_=Date)
    with db.read() as session:
        hearing_rows = session.execute(
            select(hearing_day, func.count())
            .where(
                Hearing.starts_at >= _midnight(start),
                Hearing.starts_at < _midnight(end + timedelta(days=1)),
                Hearing.status.in_(_ACTIVE_HEARINGS),
            )
            .group_by(hearing_day)
        ).all()
        deadline_rows = session.execute(
            select(Deadline.due_on, func.count(), func.sum(cast(Deadline.watch, Integer)))
            .where(Deadline.status == _OPEN, Deadline.due_on.between(start, end))
            .group_by(Deadline.due_on)
        ).all()
    counts: dict[date, DayCount] = {}
    for day, count in hearing_rows:
        counts[day] = DayCount(hearings=count)
    for day, count, watched in deadline_rows:
        previous = counts.get(day, DayCount())
        # The other side's expired periods are not ours to be late with.
        overdue = count - (watched or 0) if day < today else 0
        counts[day] = DayCount(previous.hearings, count, overdue)
    return counts


def national_calendar(db: Database) -> JudicialCalendar:
    """The calendar all courts share: weekends, holidays, the judiciary's days and the
    closures recorded for every court (to shade non-working days on an agenda)."""
    closures = [
        Closure(info.starts_on, info.ends_on, info.reason, info.legal_basis)
        for info in list_closures(db)
        if info.body_id is None
    ]
    return JudicialCalendar(closures)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def _hearings(session: Session, start: date, end: date, active_only: bool) -> list[AgendaItem]:
    # Plain columns, not ORM objects: an agenda can run to thousands of rows.
    query = (
        select(
            Hearing.id,
            Hearing.case_id,
            Hearing.starts_at,
            Hearing.ends_at,
            Hearing.kind,
            Hearing.status,
            Hearing.place,
            Hearing.video_link,
            Hearing.illustrative,
            *_CASE_COLUMNS,
        )
        .join(Case, Case.id == Hearing.case_id)
        .outerjoin(Court, Court.id == Case.court_id)
        .where(
            Hearing.starts_at >= _midnight(start),
            Hearing.starts_at < _midnight(end + timedelta(days=1)),
        )
    )
    if active_only:
        query = query.where(Hearing.status.in_(_ACTIVE_HEARINGS))
    return [
        AgendaItem(
            kind=AgendaKind.HEARING,
            id=row.id,
            date=row.starts_at.date(),
            time=row.starts_at.time(),
            end_time=row.ends_at.time() if row.ends_at else None,
            title=row.kind,
            case_id=row.case_id,
            case_title=row.case_title,
            expediente=row.expediente,
            court=row.court,
            status=HearingStatus(row.status),
            overdue=False,
            place=row.place or row.video_link,
            illustrative=row.illustrative,
            expediente_illustrative=row.expediente_illustrative,
        )
        for row in session.execute(query)
    ]


def _deadlines(
    session: Session,
    start: date,
    end: date,
    today: date,
    include_overdue: bool,
    active_only: bool,
) -> list[AgendaItem]:
    in_period = Deadline.due_on.between(start, end)
    if active_only:
        in_period = in_period & (Deadline.status == _OPEN)
    if include_overdue:
        late = (Deadline.status == _OPEN) & (Deadline.due_on < min(start, today))
        late = late & Deadline.watch.is_(False)
        in_period = in_period | late
    query = (
        select(
            Deadline.id,
            Deadline.case_id,
            Deadline.due_on,
            Deadline.title,
            Deadline.status,
            Deadline.assignee,
            Deadline.watch,
            Deadline.illustrative,
            *_CASE_COLUMNS,
        )
        .join(Case, Case.id == Deadline.case_id)
        .outerjoin(Court, Court.id == Case.court_id)
        .where(in_period)
    )
    return [
        AgendaItem(
            kind=AgendaKind.DEADLINE,
            id=row.id,
            date=row.due_on,
            time=None,
            end_time=None,
            title=row.title,
            case_id=row.case_id,
            case_title=row.case_title,
            expediente=row.expediente,
            court=row.court,
            status=DeadlineStatus(row.status),
            overdue=row.status == _OPEN and row.due_on < today and not row.watch,
            place=row.assignee,
            watch=row.watch,
            illustrative=row.illustrative,
            expediente_illustrative=row.expediente_illustrative,
        )
        for row in session.execute(query)
    ]


def _order(item: AgendaItem) -> tuple[date, int, time, str, int]:
    is_hearing = item.kind is AgendaKind.HEARING
    return (item.date, int(is_hearing), item.time or time(), item.kind, item.id)
