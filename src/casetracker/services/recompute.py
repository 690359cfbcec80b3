"""Recomputing open deadlines when a court closure is added or removed.

The GUI first asks for a preview (every affected open deadline with its old and new
date), shows it, and then applies the lines the user confirmed, in the same
transaction as the closure change. Every updated deadline gets its history entry.

A deadline is recomputed when it is open, has a trigger date, and either stores the
inputs of its computation (deadlines accepted from proposals) or names a rule of
the active catalogue (then the notification is taken as not electronic, the case's
distance days apply and the rule's version in force on the trigger date). The law
version named in a stored record is kept: a recomputation follows the calendar,
not later catalogue edits. Each moved deadline gets a new record of its computation.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casetracker.domain.calendar import Closure, JudicialCalendar
from casetracker.domain.enums import DeadlineStatus
from casetracker.domain.errors import ConflictError, ValidationError
from casetracker.domain.explanation import Circumstances, explanation_lines
from casetracker.domain.periods import (
    AppliedRule,
    DueDateResult,
    compute_due_date,
    compute_rule_due_date,
)
from casetracker.domain.records import ClosureInfo, DeadlineInfo
from casetracker.domain.rules import DeadlineRule
from casetracker.services import _convert, _records, courts
from casetracker.services.deadline_records import RECOMPUTED, calendar_data, write_record
from casetracker.services.judicial_calendar import (
    calendar_in_session,
    delay_working_in_session,
    to_domain_closure,
    with_closures,
)
from casetracker.services.rule_catalogue import active_in_session
from casetracker.store.database import Database
from casetracker.store.models import Case, Deadline, DeadlineComputation, DeadlineRecord
from casetracker.store.models import Closure as ClosureRow


@dataclass(frozen=True, slots=True)
class Recomputation:
    """One open deadline whose date changes with the closure.

    Attributes:
        manual: the stored date is not what the rule gives on the current calendar
            (someone set it by hand); the GUI should leave it unticked by default.
    """

    deadline_id: int
    title: str
    case_id: int
    expediente: str | None
    old_due: date
    new_due: date
    new_explanation: str
    manual: bool = False
    result: DueDateResult | None = field(default=None, compare=False)
    calendar: dict[str, Any] = field(default_factory=dict, compare=False)
    circumstances: Circumstances = field(default_factory=Circumstances, compare=False)


@dataclass(frozen=True, slots=True)
class ClosureChange:
    """What adding or removing a closure would do, shown before it is done."""

    adding: bool
    closure: Closure
    items: tuple[Recomputation, ...]


def affected_by_closure_change(
    db: Database, closure: courts.ClosureInput | int, adding: bool
) -> list[Recomputation]:
    """The open deadlines whose due date moves when ``closure`` is added or removed.

    ``closure`` is the input of a closure not stored yet, or the id of a stored one
    (for a removal, or to see what a closure already added changed).

    Raises:
        ValidationError, ValidationErrors: the closure input is invalid.
        NotFoundError: no closure with this id.
    """
    with db.read() as session:
        domain = _domain_closure(session, closure)
        return _affected(session, domain, adding, stored=isinstance(closure, int))


def apply_recomputation(
    db: Database, items: Sequence[Recomputation], reason: str = ""
) -> list[DeadlineInfo]:
    """Move the deadlines to their new dates in one transaction, each in the history.

    Raises:
        ConflictError: a deadline changed since the preview; nothing is written.
    """
    updated = []
    with db.unit_of_work() as uow:
        for item in items:
            row = uow.session.get(Deadline, item.deadline_id)
            if row is None or row.status != DeadlineStatus.OPEN.value or row.due_on != item.old_due:
                raise ConflictError(
                    f"the deadline {item.title!r} changed since the preview; preview again"
                )
            before = _records.snapshot(row)
            row.due_on = item.new_due
            row.explanation = item.new_explanation
            _records.touch_case(uow.session, row.case_id)
            summary = f"{row.title}: {item.old_due} → {item.new_due}"
            _records.record(
                uow.session, db.actor, "update", "deadline", row.id, row.case_id,
                before, _records.snapshot(row), f"{summary} ({reason})" if reason else summary,
            )  # fmt: skip
            if item.result is not None:
                write_record(
                    uow.session, db.actor, row, item.result, item.calendar, RECOMPUTED,
                    item.circumstances,
                )  # fmt: skip
            updated.append(_convert.deadline_info(row))
        uow.session.flush()
        uow.commit()
    return updated


def preview_add_closure(db: Database, data: courts.ClosureInput) -> ClosureChange:
    """What adding the closure would change; nothing is written."""
    with db.read() as session:
        domain = _domain_closure(session, data)
        items = _affected(session, domain, adding=True, stored=False)
        return ClosureChange(True, domain, tuple(items))


def add_closure(
    db: Database, data: courts.ClosureInput, recompute: Sequence[Recomputation] = ()
) -> tuple[ClosureInfo, list[DeadlineInfo]]:
    """Store the closure and move the confirmed deadlines, all in one transaction."""
    with db.unit_of_work() as uow:
        info = courts.add_closure(db, data)
        moved = apply_recomputation(db, recompute, _closure_reason("añadido", info))
        uow.commit()
    return info, moved


def preview_remove_closure(db: Database, closure_id: int) -> ClosureChange:
    """What removing the stored closure would change; nothing is written."""
    with db.read() as session:
        domain = _domain_closure(session, closure_id)
        items = _affected(session, domain, adding=False, stored=True)
        return ClosureChange(False, domain, tuple(items))


def remove_closure(
    db: Database, closure_id: int, recompute: Sequence[Recomputation] = ()
) -> list[DeadlineInfo]:
    """Delete the closure and move the confirmed deadlines, all in one transaction."""
    with db.unit_of_work() as uow:
        row = _records.fetch(uow.session, ClosureRow, closure_id, "closure")
        reason = _closure_reason("quitado", _convert.closure_info(row))
        courts.delete_closure(db, closure_id)
        moved = apply_recomputation(db, recompute, reason)
        uow.commit()
    return moved


def _closure_reason(what: str, info: ClosureInfo) -> str:
    return f"cierre {what}: {info.starts_on}–{info.ends_on} {info.reason}"


def _domain_closure(session: Session, closure: courts.ClosureInput | int) -> Closure:
    if isinstance(closure, int):
        return to_domain_closure(_records.fetch(session, ClosureRow, closure, "closure"))
    values = courts.CLOSURE.validate(session, closure, None)
    return Closure(
        values["starts_on"],
        values["ends_on"],
        values["reason"],
        values["legal_basis"],
        values["court_id"],
    )


def _affected(
    session: Session, closure: Closure, adding: bool, stored: bool
) -> list[Recomputation]:
    """Deadlines that move; ``stored`` says whether the closure is in the database now."""
    query = (
        select(Deadline, Case, DeadlineComputation)
        .join(Case, Case.id == Deadline.case_id)
        .outerjoin(DeadlineComputation, DeadlineComputation.deadline_id == Deadline.id)
        .where(
            Deadline.status == DeadlineStatus.OPEN.value,
            Deadline.trigger_on.is_not(None),
            # A closure that ends before the notification cannot move the deadline.
            Deadline.trigger_on <= closure.end,
        )
        .order_by(Deadline.due_on, Deadline.id)
    )
    rules = {rule.key: rule for rule in active_in_session(session)}
    delay_working = delay_working_in_session(session)
    calendars: dict[int | None, tuple[JudicialCalendar, JudicialCalendar]] = {}
    found = []
    for deadline, case, inputs in session.execute(query):
        rule = rules.get(deadline.rule_key)
        if inputs is None and rule is None:
            continue  # typed by hand: nothing to recompute from
        court_id = inputs.court_id if inputs is not None and inputs.court_id else case.court_id
        if court_id not in calendars:
            calendars[court_id] = _before_after(session, court_id, closure, adding, stored)
        before, after = calendars[court_id]
        if closure not in before.closures and closure not in after.closures:
            continue  # the closure is another court's or another body's
        applied = _applied_rule(session, deadline)
        try:
            old = _compute(before, deadline, case, inputs, rule, delay_working, applied)
            new = _compute(after, deadline, case, inputs, rule, delay_working, applied)
        except ValidationError:
            continue  # the rule has no version for this trigger: nothing to redo
        if new.due_date == old.due_date or new.due_date == deadline.due_on:
            continue
        circumstances = Circumstances(
            watch=deadline.watch,
            recomputed=(adding, closure.start, closure.end, closure.describe()),
        )
        found.append(
            Recomputation(
                deadline_id=deadline.id,
                title=deadline.title,
                case_id=case.id,
                expediente=case.expediente,
                old_due=deadline.due_on,
                new_due=new.due_date,
                new_explanation="\n".join(explanation_lines(new, "es", circumstances)),
                manual=deadline.due_on != old.due_date,
                result=new,
                calendar=calendar_data(after, new.trigger, new.due_date),
                circumstances=circumstances,
            )
        )
    return found


def _before_after(
    session: Session, court_id: int | None, closure: Closure, adding: bool, stored: bool
) -> tuple[JudicialCalendar, JudicialCalendar]:
    """The calendars before and after the change."""
    current = calendar_in_session(session, court_id)
    if not stored:
        # A closure described rather than named is taken as stored when removing it.
        stored = not adding and closure in current.closures
    applies = closure.applies(court_id, current.body_id)
    if not applies:
        return current, current
    without = with_closures(current, removed=[closure]) if stored else current
    with_it = current if stored else with_closures(current, added=[closure])
    return (without, with_it) if adding else (with_it, without)


def _applied_rule(session: Session, deadline: Deadline) -> AppliedRule | None:
    """The rule and law version named in the deadline's latest record, if any."""
    computation = session.scalar(
        select(DeadlineRecord.computation)
        .where(DeadlineRecord.deadline_id == deadline.id)
        .order_by(DeadlineRecord.made_at.desc(), DeadlineRecord.id.desc())
        .limit(1)
    )
    if computation is None:
        return None
    stored = json.loads(computation)["result"].get("rule")
    return AppliedRule.from_json(stored) if stored else None


def _compute(
    calendar: JudicialCalendar,
    deadline: Deadline,
    case: Case,
    inputs: DeadlineComputation | None,
    rule: DeadlineRule | None,
    delay_working: bool,
    applied: AppliedRule | None,
) -> DueDateResult:
    assert deadline.trigger_on is not None
    if inputs is not None:
        if applied is None and rule is not None:
            version = rule.version_on(deadline.trigger_on)
            if version is not None:
                applied = AppliedRule(rule.key, rule.name_es, rule.name_en,
                                      rule.acting_side.value, version)  # fmt: skip
        return compute_due_date(
            calendar,
            deadline.trigger_on,
            inputs.amount,
            inputs.unit,
            electronic_notification=inputs.electronic,
            notification_delay_working=inputs.delay_working,
            distance_days=inputs.distance_days,
            rule=applied,
        )
    assert rule is not None
    return compute_rule_due_date(
        calendar,
        rule,
        deadline.trigger_on,
        notification_delay_working=delay_working,
        distance_days=case.distance_days,
    )
