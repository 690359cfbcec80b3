"""The dashboard: what is overdue, what is due soon, who is heard this week, what moved.

Every list is read with the indexes the schema already has (deadlines by status
and due date, hearings by start, cases by last change) and is capped, with the
full count alongside, so the dashboard stays instant on a database of years.

Our deadlines and the other side's ("watch" deadlines, whose expiry we follow) are
listed apart. How far away a deadline is counts working days on its case's court
calendar, as the reminders do, so both say the same ("in 1 working day").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from casetracker.domain.calendar import JudicialCalendar
from casetracker.domain.enums import CaseStatus, DeadlineStatus, HearingStatus
from casetracker.services.judicial_calendar import calendar_in_session
from casetracker.store.database import Database
from casetracker.store.models import Case, Court, Deadline, Hearing

SOON_DAYS = 7
"""Deadlines due from today to today + SOON_DAYS are "due this week"."""
LATER_DAYS = 30
"""...and those after that, up to today + LATER_DAYS, "due this month"."""
WATCH_PAST_DAYS = 30
"""The other side's periods that expired up to this many days ago are still listed."""
WEEK_DAYS = 7
"""Hearings from today to the end of the seventh day count as "this week"."""
LIST_LIMIT = 100
RECENT_LIMIT = 12

_OPEN = DeadlineStatus.OPEN.value
_CANCELLED = HearingStatus.CANCELLED.value


@dataclass(frozen=True, slots=True)
class DeadlineEntry:
    """An open deadline.

    Attributes:
        days_left: calendar days to the due date, negative when it is past.
        working_days_left: working days after today up to the due date on the case's
            court calendar (0 when due today or past), as the reminders count them.
        watch: the other side's period (never "overdue" for us: it expired).
    """

    id: int
    case_id: int
    case_title: str
    expediente: str | None
    title: str
    due_on: date
    days_left: int
    assignee: str
    working_days_left: int = 0
    watch: bool = False
    illustrative: bool = False

    @property
    def overdue(self) -> bool:
        return self.days_left < 0 and not self.watch

    @property
    def days_overdue(self) -> int:
        return max(-self.days_left, 0)


@dataclass(frozen=True, slots=True)
class HearingEntry:
    id: int
    case_id: int
    case_title: str
    expediente: str | None
    kind: str
    starts_at: datetime
    place: str
    court: str | None
    status: HearingStatus
    illustrative: bool = False


@dataclass(frozen=True, slots=True)
class RecentCase:
    id: int
    title: str
    expediente: str | None
    status: CaseStatus
    updated_at: datetime

    @property
    def case_id(self) -> int:
        return self.id

    @property
    def case_title(self) -> str:
        return self.title


@dataclass(frozen=True, slots=True)
class Section:
    """One list of the dashboard: the first entries and how many there are in all."""

    entries: tuple[DeadlineEntry, ...] | tuple[HearingEntry, ...] | tuple[RecentCase, ...]
    total: int

    @property
    def truncated(self) -> bool:
        return self.total > len(self.entries)


@dataclass(frozen=True, slots=True)
class Dashboard:
    """Everything the dashboard shows, as of ``today``.

    The deadline sections do not overlap: ``due_soon`` runs from today to
    today + SOON_DAYS, ``due_later`` from the day after to today + LATER_DAYS.
    """

    today: date
    overdue: Section
    due_soon: Section
    due_later: Section
    hearings: Section
    recent: Section
    watching: Section = Section((), 0)


def dashboard(db: Database, today: date, *, limit: int = LIST_LIMIT) -> Dashboard:
    """Read the dashboard as of ``today`` (passed in so results are reproducible)."""
    soon = today + timedelta(days=SOON_DAYS)
    later = today + timedelta(days=LATER_DAYS)
    ours = Deadline.watch.is_(False)
    watched = Deadline.watch.is_(True) & Deadline.due_on.between(
        today - timedelta(days=WATCH_PAST_DAYS), later
    )
    with db.read() as session:
        counter = _WorkingDays(session, today)
        return Dashboard(
            today=today,
            overdue=_deadlines(session, counter, ours & (Deadline.due_on < today), limit),
            due_soon=_deadlines(
                session, counter, ours & Deadline.due_on.between(today, soon), limit
            ),
            due_later=_deadlines(session, counter, ours & _between(soon, later), limit),
            hearings=_hearings(session, today, limit),
            recent=_recent(session, RECENT_LIMIT),
            watching=_deadlines(session, counter, watched, limit),
        )


def _between(after: date, last: date) -> ColumnElement[bool]:
    return (Deadline.due_on > after) & (Deadline.due_on <= last)


class _WorkingDays:
    """Working days from today to a due date, on each court's calendar (built once)."""

    def __init__(self, session: Session, today: date) -> None:
        self.session = session
        self.today = today
        self.calendars: dict[int | None, JudicialCalendar] = {}

    def after_today(self, court_id: int | None, due: date) -> int:
        if due <= self.today:
            return 0
        if court_id not in self.calendars:
            self.calendars[court_id] = calendar_in_session(self.session, court_id)
        first = self.today + timedelta(days=1)
        return len(self.calendars[court_id].working_days_between(first, due))


def _deadlines(
    session: Session, counter: _WorkingDays, when: ColumnElement[bool], limit: int
) -> Section:
    condition = (Deadline.status == _OPEN) & when
    total = session.scalar(select(func.count()).select_from(Deadline).where(condition)) or 0
    rows = session.execute(
        select(Deadline, Case.title, Case.expediente, Case.court_id)
        .join(Case, Case.id == Deadline.case_id)
        .where(condition)
        .order_by(Deadline.due_on, Deadline.id)
        .limit(limit)
    ).all()
    entries = tuple(
        DeadlineEntry(
            id=deadline.id,
            case_id=deadline.case_id,
            case_title=case_title,
            expediente=expediente,
            title=deadline.title,
            due_on=deadline.due_on,
            days_left=(deadline.due_on - counter.today).days,
            assignee=deadline.assignee,
            working_days_left=counter.after_today(court_id, deadline.due_on),
            watch=deadline.watch,
            illustrative=deadline.illustrative,
        )
        for deadline, case_title, expediente, court_id in rows
    )
    return Section(entries, total)


def _hearings(session: Session, today: date, limit: int) -> Section:
    start = datetime.combine(today, time())
    condition = (
        (Hearing.starts_at >= start)
        & (Hearing.starts_at < start + timedelta(days=WEEK_DAYS))
        & (Hearing.status != _CANCELLED)
    )
    total = session.scalar(select(func.count()).select_from(Hearing).where(condition)) or 0
    rows = session.execute(
        select(Hearing, Case.title, Case.expediente, Court.name)
        .join(Case, Case.id == Hearing.case_id)
        .outerjoin(Court, Court.id == Case.court_id)
        .where(condition)
        .order_by(Hearing.starts_at, Hearing.id)
        .limit(limit)
    )
    entries = tuple(
        HearingEntry(
            id=hearing.id,
            case_id=hearing.case_id,
            case_title=case_title,
            expediente=expediente,
            kind=hearing.kind,
            starts_at=hearing.starts_at,
            place=hearing.place or hearing.video_link,
            court=court,
            status=HearingStatus(hearing.status),
            illustrative=hearing.illustrative,
        )
        for hearing, case_title, expediente, court in rows
    )
    return Section(entries, total)


def _recent(session: Session, limit: int) -> Section:
    rows = session.execute(
        select(Case.id, Case.title, Case.expediente, Case.status, Case.updated_at)
        .order_by(Case.updated_at.desc(), Case.id.desc())
        .limit(limit)
    )
    entries = tuple(
        RecentCase(case_id, title, expediente, CaseStatus(status), updated_at)
        for case_id, title, expediente, status, updated_at in rows
    )
    return Section(entries, len(entries))
