"""Reminders: open deadlines already overdue, and those due within N working days.

Working days are counted on each case's court calendar, so a court closure or the
judicial vacations lengthen the horizon the way they lengthen the periods. The other
side's periods ("watch" deadlines) come apart from ours: those ending within the
horizon or that ended in the last week (their expiry matters, e.g. for rebeldía).
The GUI shows the result on start and every hour; marking a deadline done, missed or
waived goes through :func:`casetracker.services.deadlines.set_deadline_status`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from casetracker.domain.calendar import JudicialCalendar
from casetracker.domain.enums import DeadlineStatus
from casetracker.domain.errors import ValidationError
from casetracker.services.judicial_calendar import calendar_in_session
from casetracker.store.database import Database
from casetracker.store.models import Case, Deadline

MAX_HORIZON = 365
WATCH_PAST_DAYS = 7
"""The other side's periods that ended up to this many days ago are still reminded of."""


@dataclass(frozen=True, slots=True)
class ReminderItem:
    """One open deadline to remind of.

    Attributes:
        working_days_left: working days after ``today`` up to the due date (0 when
            due today); for an overdue deadline, 0.
        days_overdue: calendar days since the due date; 0 when not overdue.
    """

    deadline_id: int
    case_id: int
    expediente: str | None
    case_title: str
    title: str
    due_on: date
    assignee: str
    working_days_left: int = 0
    days_overdue: int = 0
    watch: bool = False
    illustrative: bool = False


@dataclass(frozen=True, slots=True)
class Reminders:
    """Our overdue deadlines (oldest first), ours due soon (soonest first), and the
    other side's periods ending soon or just ended (by date)."""

    overdue: tuple[ReminderItem, ...]
    due_soon: tuple[ReminderItem, ...]
    watching: tuple[ReminderItem, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.overdue or self.due_soon or self.watching)


def reminders(db: Database, today: date, horizon_working_days: int) -> Reminders:
    """Open deadlines overdue on ``today`` and due within the horizon.

    Args:
        horizon_working_days: 0 lists what is due today; 3 what is due by the third
            working day after today, on the case's court calendar.

    Raises:
        ValidationError: the horizon is negative or longer than a year.
    """
    if isinstance(horizon_working_days, bool) or not 0 <= horizon_working_days <= MAX_HORIZON:
        raise ValidationError("horizon", f"give a number of working days from 0 to {MAX_HORIZON}")
    with db.read() as session:
        courts = session.scalars(
            select(Case.court_id)
            .join(Deadline, Deadline.case_id == Case.id)
            .where(Deadline.status == DeadlineStatus.OPEN.value)
            .distinct()
        ).all()
        calendars = {court: calendar_in_session(session, court) for court in courts}
        ends = {
            court: _horizon_end(calendar, today, horizon_working_days)
            for court, calendar in calendars.items()
        }
        if not ends:
            return Reminders((), ())
        rows = session.execute(
            select(Deadline, Case.court_id, Case.expediente, Case.title)
            .join(Case, Case.id == Deadline.case_id)
            .where(
                Deadline.status == DeadlineStatus.OPEN.value,
                Deadline.due_on <= max(ends.values()),
            )
            .order_by(Deadline.due_on, Deadline.id)
        ).all()
        overdue, soon, watching = [], [], []
        for deadline, court_id, expediente, case_title in rows:
            item = dict(
                deadline_id=deadline.id,
                case_id=deadline.case_id,
                expediente=expediente,
                case_title=case_title,
                title=deadline.title,
                due_on=deadline.due_on,
                assignee=deadline.assignee,
                watch=deadline.watch,
                illustrative=deadline.illustrative,
            )
            if deadline.due_on < today:
                late = ReminderItem(**item, days_overdue=(today - deadline.due_on).days)
                if not deadline.watch:
                    overdue.append(late)
                elif deadline.due_on >= today - timedelta(days=WATCH_PAST_DAYS):
                    watching.append(late)
            elif deadline.due_on <= ends[court_id]:
                left = _working_days_after(calendars[court_id], today, deadline.due_on)
                (watching if deadline.watch else soon).append(
                    ReminderItem(**item, working_days_left=left)
                )
    return Reminders(tuple(overdue), tuple(soon), tuple(watching))


def _horizon_end(calendar: JudicialCalendar, today: date, horizon: int) -> date:
    # The horizon ends on the N-th working day after today, on this court's calendar.
    if horizon == 0:
        return today
    return calendar.add_working_days(today, horizon)


def _working_days_after(calendar: JudicialCalendar, today: date, due: date) -> int:
    if due <= today:
        return 0
    return len(calendar.working_days_between(date.fromordinal(today.toordinal() + 1), due))
