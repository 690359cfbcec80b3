"""The judicial calendar of a court as stored in the database, and explained due dates.

A court's calendar is the national one (weekends, holidays), the days its body
observes (the Poder Judicial: Día del Juez and the opening of the judicial year;
the Tribunal Constitucional: as its body says), and the closures recorded for every
court, for its body and for that court, with judicial vacations counted only when
the court's ``vacations_suspend`` flag is on. Without a court, the Poder Judicial's
calendar with the national closures applies.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from casetracker.domain.calendar import Closure, DayOff, JudicialCalendar
from casetracker.domain.errors import NotFoundError
from casetracker.domain.periods import (
    DueDateResult,
    PeriodUnit,
    compute_due_date,
    compute_rule_due_date,
)
from casetracker.domain.rules import DeadlineRule
from casetracker.domain.validation import Checker
from casetracker.services import _records
from casetracker.services.judicial_bodies import body_of_court
from casetracker.services.rule_catalogue import find_rule
from casetracker.store.database import Database
from casetracker.store.models import AppSetting, Case, Court
from casetracker.store.models import Closure as ClosureRow

NOTIFICATION_DELAY_KEY = "deadlines.notification_delay"
"""Setting: how the two-day SINOE delay (LOPJ 155-C) is counted, "working" or "calendar"."""
DELAY_WORKING = "working"
DELAY_CALENDAR = "calendar"


def court_calendar(db: Database, court_id: int | None = None) -> JudicialCalendar:
    """The calendar of ``court_id`` (national closures only when None).

    Raises:
        NotFoundError: there is no such court.
    """
    with db.read() as session:
        return calendar_in_session(session, court_id)


def calendar_in_session(session: Session, court_id: int | None) -> JudicialCalendar:
    """Like :func:`court_calendar`, inside an open session (sees uncommitted changes)."""
    court: Court | None = None
    if court_id is not None:
        court = session.get(Court, court_id)
        if court is None:
            raise NotFoundError("court", court_id)
    body, body_id = body_of_court(session, court)
    applies = ClosureRow.court_id.is_(None) & ClosureRow.body_id.is_(None)
    if court_id is not None:
        applies = or_(applies, ClosureRow.court_id == court_id)
    if body_id is not None:
        applies = or_(applies, ClosureRow.body_id == body_id)
    closures = [
        to_domain_closure(row) for row in session.scalars(select(ClosureRow).where(applies))
    ]
    return JudicialCalendar(
        closures,
        court_id,
        vacations_suspend=court.vacations_suspend if court else False,
        body=body,
        body_id=body_id,
        court_name=court.name if court else "",
    )


def to_domain_closure(row: ClosureRow) -> Closure:
    return Closure(
        row.starts_on, row.ends_on, row.reason, row.legal_basis, row.court_id, row.body_id
    )


def with_closures(
    calendar: JudicialCalendar, added: Iterable[Closure] = (), removed: Iterable[Closure] = ()
) -> JudicialCalendar:
    """A copy of ``calendar`` with closures added or taken away (for previews)."""
    return calendar.with_closures(added, removed)


def notification_delay_working(db: Database) -> bool:
    """Whether the SINOE delay counts working days (the default) or calendar days."""
    with db.read() as session:
        return delay_working_in_session(session)


def delay_working_in_session(session: Session) -> bool:
    value = session.scalar(select(AppSetting.value).where(AppSetting.key == NOTIFICATION_DELAY_KEY))
    return value != DELAY_CALENDAR


def set_notification_delay_working(db: Database, working: bool) -> None:
    """Store how the SINOE delay is counted; the change is recorded in the history."""
    value = DELAY_WORKING if working else DELAY_CALENDAR
    with db.unit_of_work() as uow:
        row = uow.session.scalar(select(AppSetting).where(AppSetting.key == NOTIFICATION_DELAY_KEY))
        before = _records.snapshot(row) if row else None
        if row is None:
            row = AppSetting(key=NOTIFICATION_DELAY_KEY, value=value)
            uow.session.add(row)
        row.value = value
        uow.session.flush()
        summary = (
            f"Plazo de notificación electrónica: días {'hábiles' if working else 'calendario'}"
        )
        _records.record(
            uow.session, db.actor, "create" if before is None else "update", "setting",
            row.id, None, before, _records.snapshot(row), summary,
        )  # fmt: skip
        uow.commit()


def explain_due_date(
    db: Database,
    trigger: date | str,
    amount: int | None,
    unit: PeriodUnit | str | None,
    court_id: int | None = None,
    case_id: int | None = None,
    electronic: bool = False,
    rule_key: str | None = None,
    distance_days: int | None = None,
) -> DueDateResult:
    """Compute a due date on the right court's calendar, with its explanation.

    Args:
        trigger: the day of notification (a date or YYYY-MM-DD).
        amount, unit: the period; both None when ``rule_key`` gives it.
        court_id: the court whose calendar counts; by default the case's court.
        case_id: the case; it brings its court and its distance days.
        electronic: the notification arrived in the SINOE inbox.
        rule_key: a rule of the active catalogue: the version in force on ``trigger``
            gives the period and is named in the explanation.
        distance_days: overrides the case's distance days.

    Raises:
        ValidationError: an input is invalid, or the rule had no version in force
            on ``trigger``. NotFoundError: unknown case, court or rule.
    """
    rule: DeadlineRule | None = None
    if rule_key:
        rule = find_rule(db, rule_key)
        if rule is None:
            raise NotFoundError("rule", rule_key)
    check = Checker()
    day = check.date("trigger", trigger, required=True)
    if rule is not None and (amount is not None or unit is not None):
        check.fail("amount", "give either a period or a rule, not both")
    if rule is None and amount is None:
        check.fail("amount", "give the length of the period, or a rule that has one")
    if rule is None and unit is None:
        check.fail("unit", "say how the period is counted, or give a rule")
    check.raise_if_any()
    assert day is not None
    with db.read() as session:
        if case_id is not None:
            case = session.get(Case, case_id)
            if case is None:
                raise NotFoundError("case", case_id)
            court_id = court_id if court_id is not None else case.court_id
            distance_days = case.distance_days if distance_days is None else distance_days
        calendar = calendar_in_session(session, court_id)
        delay_working = delay_working_in_session(session)
    options = {
        "electronic_notification": electronic,
        "notification_delay_working": delay_working,
        "distance_days": distance_days or 0,
    }
    if rule is not None:
        return compute_rule_due_date(calendar, rule, day, **options)  # type: ignore[arg-type]
    assert amount is not None and unit is not None
    return compute_due_date(calendar, day, amount, unit, **options)  # type: ignore[arg-type]


def non_working_warning(
    db: Database, case_id: int | None, day: date, court_id: int | None = None
) -> DayOff | None:
    """Why ``day`` is not a working day on the case's (or court's) calendar, or None.

    Hearings and deadlines entered on such a day are most likely typing slips: the
    GUI and the command line warn before saving.

    Raises:
        NotFoundError: unknown case or court.
    """
    with db.read() as session:
        if case_id is not None and court_id is None:
            case = session.get(Case, case_id)
            if case is None:
                raise NotFoundError("case", case_id)
            court_id = case.court_id
        return calendar_in_session(session, court_id).day_off(day)
