"""Deadlines proposed when a filing notifies a resolution, and accepting them.

A filing "notifies" when it is a notification, or a resolution with a notification
date. Which event it notifies (its trigger code) is guessed from the Spanish text
of its sumilla; for a notification that names a resolution ("Notificación de la
Resolución N.º 1"), the text of that resolution in the same case is read too.
The guess, accents and case ignored, tries in this order:

1. "de vista", "segunda instancia", "segundo grado" → second_instance_ruling_notice
   and appeal_judgment_notice (the case's procedure picks the one that applies);
2. "recurso" with "deniega", "denegatori", "improcedente", "rechaza", "no concede"
   → refusal_notice;
3. "sentencia" → judgment_notice;
4. "admite", "admisión", "admitir" (unless what is admitted is only a "recurso" or
   evidence), "emplaza", "traslado de la demanda" → admission_notice and
   service_of_claim (constitutional procedures count the answer from the admission
   notice, civil ones from the service of the claim);
5. "probatorio(s)" or "prueba(s)" with "admite", "admisión", "ofrecid"
   → evidence_admission_notice (also alongside 4);
6. when nothing above matched, "auto", "resolución", "decreto" → order_notice.

"SINOE" or "electrónica" in the filing's own text mark the notification as electronic
(the two-day delay of LOPJ 155-C applies). Callers can overrule both guesses.

Each rule's period is computed with the law version in force on the notification
date (a rule with none that day is not proposed) and names who must act. When that
is the side we represent (the case parties marked ``ours``) or any party, the
deadline is ours; when it is the other side's, it is proposed as a "watch" deadline
(its expiry matters, e.g. for rebeldía) and shown apart from ours. With no party
marked as ours, every proposal is treated as ours and says that the side is unknown.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casetracker.domain.calendar import JudicialCalendar
from casetracker.domain.enums import FilingKind, PartyRole
from casetracker.domain.errors import NotFoundError, ValidationError
from casetracker.domain.explanation import Circumstances, explanation_lines, side_text
from casetracker.domain.periods import DueDateResult, compute_rule_due_date
from casetracker.domain.records import DeadlineInfo
from casetracker.domain.rules import TRIGGERS, ActingSide, Certainty, DeadlineRule, rules_for
from casetracker.services import deadlines as deadline_service
from casetracker.services.deadline_records import ACCEPTED, calendar_data, write_record
from casetracker.services.judicial_calendar import calendar_in_session, delay_working_in_session
from casetracker.services.notification_text import (
    filing_text,
    looks_electronic,
    normalize,
    triggers_for_text,
)
from casetracker.services.rule_catalogue import active_in_session
from casetracker.store.database import Database
from casetracker.store.models import Case, CaseParty, Deadline, DeadlineComputation, Filing

__all__ = [
    "ProposedDeadline",
    "accept_proposals",
    "explanation_text",
    "looks_electronic",
    "normalize",
    "notifies",
    "our_roles",
    "proposal_from_result",
    "propose_deadlines",
    "triggers_for_filing",
    "triggers_for_text",
]


@dataclass(frozen=True, slots=True)
class ProposedDeadline:
    """A deadline the app suggests; the user may change the fields before accepting.

    Attributes:
        case_id, title, due_on, rule_key, trigger_on, trigger_filing_id, explanation,
            assignee, notes: the deadline as it will be stored.
        result: the computation behind ``due_on`` (skipped days, inputs, law version).
        certainty: how sure the law version is, None for a period typed by the user.
        basis: the law version's citation.
        acting_side: who must act.
        watch: the period is the other side's: tracked to watch its expiry.
        side_known: whether a party of the case is marked as ours (else ``watch`` is
            False by default and the proposal says the side is unknown).
        calendar: the calendar data used, for the record.
        illustrative: invented for illustration (demo data).
    """

    case_id: int
    title: str
    due_on: date
    rule_key: str
    trigger_on: date | None
    trigger_filing_id: int | None
    explanation: str
    result: DueDateResult
    certainty: Certainty | None = None
    basis: str = ""
    assignee: str = ""
    notes: str = ""
    acting_side: ActingSide = ActingSide.ANY_PARTY
    watch: bool = False
    side_known: bool = True
    calendar: dict[str, Any] = field(default_factory=dict, compare=False)
    illustrative: bool = False

    def who_acts(self, language: str = "es") -> str:
        """ "la parte demandada", "the defendant"…"""
        return side_text(self.acting_side.value, language)


def notifies(filing: Filing) -> bool:
    """A notification, or a resolution with its notification date."""
    return filing.kind == FilingKind.NOTIFICATION.value or (
        filing.kind == FilingKind.RESOLUTION.value and filing.notified_on is not None
    )


def triggers_for_filing(db: Database, filing_id: int) -> list[str]:
    """The trigger codes guessed for a filing; empty when it notifies nothing."""
    with db.read() as session:
        filing = filing_row(session, filing_id)
        return triggers_for_text(filing_text(session, filing)) if notifies(filing) else []


def our_roles(session: Session, case_id: int) -> set[PartyRole]:
    """The roles of the case's parties we represent (marked ``ours``)."""
    rows = session.scalars(
        select(CaseParty.role).where(CaseParty.case_id == case_id, CaseParty.ours.is_(True))
    )
    return {PartyRole(role) for role in rows}


def propose_deadlines(
    db: Database, filing_id: int, trigger: str | None = None, electronic: bool | None = None
) -> list[ProposedDeadline]:
    """The deadlines that the notification in ``filing_id`` starts, computed and explained.

    Args:
        trigger: the trigger code to use instead of the guess; then any filing counts
            as notified on its notification date (else its filing date).
        electronic: whether the SINOE delay applies, instead of the guess.

    Rules whose deadline already exists for this filing are left out, and so are
    rules with no law version in force on the notification date.

    Raises:
        NotFoundError: no such filing. ValidationError: unknown trigger code.
    """
    if trigger is not None and trigger not in TRIGGERS:
        raise ValidationError("trigger", f"{trigger!r} is not one of: {', '.join(TRIGGERS)}")
    with db.read() as session:
        filing = filing_row(session, filing_id)
        if trigger is None and not notifies(filing):
            return []
        own_text = f"{filing.sumilla}\n{filing.reference}"
        triggers = [trigger] if trigger else triggers_for_text(filing_text(session, filing))
        case = session.get(Case, filing.case_id)
        assert case is not None  # a filing always belongs to a case
        existing = set(
            session.scalars(
                select(Deadline.rule_key).where(Deadline.trigger_filing_id == filing.id)
            )
        )
        notified = filing.notified_on or filing.filed_on
        rules = [
            rule
            for rule in _rules(active_in_session(session), case.procedure, triggers)
            if rule.key not in existing and rule.version_on(notified) is not None
        ]
        calendar = calendar_in_session(session, case.court_id)
        delay_working = delay_working_in_session(session)
        roles = our_roles(session, case.id)
        case_id, distance_days = case.id, case.distance_days
    electronic = looks_electronic(own_text) if electronic is None else electronic
    proposals = []
    for rule in rules:
        result = compute_rule_due_date(
            calendar,
            rule,
            notified,
            electronic_notification=electronic,
            notification_delay_working=delay_working,
            distance_days=distance_days,
        )
        proposals.append(proposal_for_rule(case_id, filing_id, rule, result, roles, calendar))
    return proposals


def proposal_for_rule(
    case_id: int,
    filing_id: int | None,
    rule: DeadlineRule,
    result: DueDateResult,
    roles: set[PartyRole],
    calendar: JudicialCalendar,
) -> ProposedDeadline:
    ours = rule.acting_side.is_ours(roles)
    watch = ours is False
    title = rule.name_es
    if watch:
        title = f"{rule.name_es} ({side_text(rule.acting_side.value, 'es').removeprefix('la ')})"
    assert result.rule is not None
    return ProposedDeadline(
        case_id=case_id,
        title=title,
        due_on=result.due_date,
        rule_key=rule.key,
        trigger_on=result.trigger,
        trigger_filing_id=filing_id,
        explanation=explanation_text(result, watch=watch),
        result=result,
        certainty=result.rule.version.certainty,
        basis=result.rule.version.basis,
        acting_side=rule.acting_side,
        watch=watch,
        side_known=ours is not None,
        calendar=calendar_data(calendar, result.trigger, result.due_date),
    )


def proposal_from_result(
    case_id: int,
    title: str,
    result: DueDateResult,
    trigger_filing_id: int | None = None,
    calendar: dict[str, Any] | None = None,
    watch: bool = False,
) -> ProposedDeadline:
    """Wrap a computation the user ran by hand (e.g. from explain_due_date) for saving."""
    version = result.rule.version if result.rule else None
    side = ActingSide(result.rule.acting_side) if result.rule else ActingSide.ANY_PARTY
    return ProposedDeadline(
        case_id=case_id,
        title=title,
        due_on=result.due_date,
        rule_key=result.rule_key or "",
        trigger_on=result.trigger,
        trigger_filing_id=trigger_filing_id,
        explanation=explanation_text(result, watch=watch),
        result=result,
        certainty=version.certainty if version else None,
        basis=version.basis if version else "",
        acting_side=side,
        watch=watch,
        calendar=calendar or {},
    )


def explanation_text(
    result: DueDateResult, *, watch: bool = False, manual_due: date | None = None
) -> str:
    """The explanation stored with a deadline: one Spanish sentence per line."""
    circumstances = Circumstances(watch=watch, manual_due=manual_due)
    return "\n".join(explanation_lines(result, "es", circumstances))


def accept_proposals(
    db: Database, proposals: Sequence[ProposedDeadline], reason: str = ACCEPTED
) -> list[DeadlineInfo]:
    """Create the accepted deadlines, all or none, each recorded in the history.

    A due date the user changed is kept, and the explanation says so. The
    computation's inputs are stored so a later closure change can redo it, and a
    frozen record of it (rule version, calendar data, who accepted it and when).

    Raises:
        ValidationError, ValidationErrors: a field is invalid; nothing is written.
    """
    created = []
    with db.unit_of_work() as uow:
        for proposal in proposals:
            info = deadline_service.create_deadline(db, _input(proposal))
            result = proposal.result
            uow.session.add(
                DeadlineComputation(
                    deadline_id=info.id,
                    amount=result.amount,
                    unit=result.unit.value,
                    electronic=result.electronic_notification,
                    delay_working=result.notification_delay_working,
                    distance_days=result.distance_days,
                )
            )
            row = uow.session.get(Deadline, info.id)
            assert row is not None
            manual = proposal.due_on if proposal.due_on != result.due_date else None
            write_record(
                uow.session, db.actor, row, result, proposal.calendar, reason,
                Circumstances(watch=proposal.watch, manual_due=manual),
            )  # fmt: skip
            created.append(info)
        uow.session.flush()
        uow.commit()
    return created


def _input(proposal: ProposedDeadline) -> deadline_service.DeadlineInput:
    computed = proposal.result.due_date
    manual = proposal.due_on if isinstance(proposal.due_on, date) else None
    explanation = explanation_text(
        proposal.result,
        watch=proposal.watch,
        manual_due=manual if manual != computed else None,
    )
    return deadline_service.DeadlineInput(
        case_id=proposal.case_id,
        title=proposal.title,
        due_on=proposal.due_on,
        rule_key=proposal.rule_key,
        trigger_on=proposal.trigger_on,
        trigger_filing_id=proposal.trigger_filing_id,
        explanation=explanation,
        assignee=proposal.assignee,
        notes=proposal.notes,
        watch=proposal.watch,
        illustrative=proposal.illustrative,
    )


def _rules(pool: Iterable[DeadlineRule], procedure: str, triggers: list[str]) -> list[DeadlineRule]:
    applicable = rules_for(procedure, None, pool)
    return [rule for code in triggers for rule in applicable if rule.trigger == code]


def filing_row(session: Session, filing_id: int) -> Filing:
    filing = session.get(Filing, filing_id) if isinstance(filing_id, int) else None
    if filing is None:
        raise NotFoundError("filing", filing_id)
    return filing
