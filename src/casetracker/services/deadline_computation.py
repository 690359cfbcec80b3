"""Computing one deadline of a case on demand (a rule or a period, from a date or a
filing's notification), and recording how an existing deadline's date was computed.

Used by the deadline form's "Compute" button and by the demo loader; the proposals
after a notification go through :mod:`casetracker.services.deadline_proposals`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from casetracker.domain.errors import NotFoundError, ValidationError
from casetracker.domain.explanation import Circumstances
from casetracker.domain.periods import compute_due_date, compute_rule_due_date
from casetracker.services.deadline_proposals import (
    ProposedDeadline,
    explanation_text,
    filing_row,
    our_roles,
    proposal_for_rule,
    proposal_from_result,
)
from casetracker.services.deadline_records import ACCEPTED, calendar_data, write_record
from casetracker.services.judicial_calendar import calendar_in_session, delay_working_in_session
from casetracker.services.rule_catalogue import active_in_session
from casetracker.store.database import Database
from casetracker.store.models import Case, Deadline, DeadlineComputation


def compute_from_filing(
    db: Database,
    filing_id: int,
    *,
    rule_key: str | None = None,
    period: tuple[int, str] | None = None,
    electronic: bool = False,
    court_id: int | None = None,
    title: str | None = None,
    watch: bool | None = None,
) -> ProposedDeadline:
    """The deadline that ``filing_id``'s notification starts under one rule (or period).

    The notification date is the filing's (its notification date, else its filing
    date); see :func:`compute_for_case` for the rest.

    Raises:
        NotFoundError: no such filing, rule or court. ValidationError: as
            :func:`compute_for_case`.
    """
    with db.read() as session:
        filing = filing_row(session, filing_id)
        case_id, notified = filing.case_id, filing.notified_on or filing.filed_on
    return compute_for_case(
        db, case_id, notified, rule_key=rule_key, period=period, electronic=electronic,
        court_id=court_id, title=title, watch=watch, filing_id=filing_id,
    )  # fmt: skip


def compute_for_case(
    db: Database,
    case_id: int,
    trigger: date,
    *,
    rule_key: str | None = None,
    period: tuple[int, str] | None = None,
    electronic: bool = False,
    court_id: int | None = None,
    title: str | None = None,
    watch: bool | None = None,
    filing_id: int | None = None,
) -> ProposedDeadline:
    """A deadline of the case computed from ``trigger``, ready to accept (and record).

    The calendar is ``court_id``'s, by default the case's court; the case's distance
    days apply. Whose period it is follows the rule and the parties marked as ours,
    unless ``watch`` says.

    Raises:
        NotFoundError: no such case, rule or court. ValidationError: no rule or period
            given, or the rule had no version in force on ``trigger``.
    """
    if (rule_key is None) == (period is None):
        raise ValidationError("rule", "give either a rule or a period")
    with db.read() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFoundError("case", case_id)
        rule = next((r for r in active_in_session(session) if r.key == rule_key), None)
        if rule_key is not None and rule is None:
            raise NotFoundError("rule", rule_key)
        calendar = calendar_in_session(session, court_id if court_id else case.court_id)
        delay_working = delay_working_in_session(session)
        roles = our_roles(session, case.id)
        distance = case.distance_days
    options = {"electronic_notification": electronic, "notification_delay_working": delay_working,
               "distance_days": distance}  # fmt: skip
    if rule is not None:
        result = compute_rule_due_date(calendar, rule, trigger, **options)  # type: ignore[arg-type]
        proposal = proposal_for_rule(case_id, filing_id, rule, result, roles, calendar)
    else:
        assert period is not None
        result = compute_due_date(calendar, trigger, period[0], period[1], **options)  # type: ignore[arg-type]
        proposal = proposal_from_result(
            case_id, title or "", result, filing_id,
            calendar_data(calendar, result.trigger, result.due_date), bool(watch),
        )  # fmt: skip
    if watch is not None and watch != proposal.watch:
        proposal = replace(proposal, watch=watch,
                           explanation=explanation_text(result, watch=watch))  # fmt: skip
    return replace(proposal, title=title) if title else proposal


def record_computation(db: Database, deadline_id: int, proposal: ProposedDeadline) -> None:
    """Store how an existing deadline's date was computed (after the user recomputed it).

    Raises:
        NotFoundError: no such deadline.
    """
    result = proposal.result
    with db.unit_of_work() as uow:
        row = uow.session.get(Deadline, deadline_id)
        if row is None:
            raise NotFoundError("deadline", deadline_id)
        inputs = uow.session.get(DeadlineComputation, deadline_id) or DeadlineComputation(
            deadline_id=deadline_id
        )
        inputs.amount, inputs.unit = result.amount, result.unit.value
        inputs.electronic = result.electronic_notification
        inputs.delay_working = result.notification_delay_working
        inputs.distance_days = result.distance_days
        uow.session.add(inputs)
        manual = row.due_on if row.due_on != result.due_date else None
        write_record(uow.session, db.actor, row, result, proposal.calendar, ACCEPTED,
                     Circumstances(watch=row.watch, manual_due=manual))  # fmt: skip
        uow.session.flush()
        uow.commit()
