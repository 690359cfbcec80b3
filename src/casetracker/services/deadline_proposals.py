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
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from casetracker.domain.enums import FilingKind
from casetracker.domain.errors import NotFoundError, ValidationError
from casetracker.domain.periods import DueDateResult, compute_rule_due_date, format_date_es
from casetracker.domain.rules import TRIGGERS, Certainty, DeadlineRule, rules_for
from casetracker.services import deadlines as deadline_service
from casetracker.services.dto import DeadlineInfo
from casetracker.services.judicial_calendar import calendar_in_session, delay_working_in_session
from casetracker.services.rule_catalogue import active_in_session
from casetracker.store.database import Database
from casetracker.store.models import Case, Deadline, DeadlineComputation, Filing

_CERTAINTY_NOTES = {
    Certainty.MEDIUM: "Regla de certeza media: verifique el plazo en la norma antes de usarlo",
    Certainty.LOW: "Regla de certeza baja (plazo discutido): verifique el plazo en la norma",
}
_RESOLUTION_NUMBER = re.compile(r"\bres(?:olucion)?\.?\s*(?:n\s*[.ºo°]*\s*)?(\d+)")
_ORDER_WORDS = re.compile(r"\b(auto|resolucion|decreto)\b")


@dataclass(frozen=True, slots=True)
class ProposedDeadline:
    """A deadline the app suggests; the user may change the fields before accepting.

    Attributes:
        case_id, title, due_on, rule_key, trigger_on, trigger_filing_id, explanation,
            assignee, notes: the deadline as it will be stored.
        result: the computation behind ``due_on`` (skipped days, inputs).
        certainty: how sure the rule is, None for a period typed by the user.
        basis: the rule's legal basis.
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


def normalize(text: str) -> str:
    """Lower case without accents, for matching Spanish words however they were typed."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def triggers_for_text(text: str) -> list[str]:
    """The trigger codes a resolution's text suggests, most specific first (see above)."""
    words = normalize(text)
    if any(mark in words for mark in ("de vista", "segunda instancia", "segundo grado")):
        return ["second_instance_ruling_notice", "appeal_judgment_notice"]
    refusal = ("deniega", "denegatori", "improcedente", "rechaza", "no concede")
    if "recurso" in words and any(mark in words for mark in refusal):
        return ["refusal_notice"]
    if "sentencia" in words:
        return ["judgment_notice"]
    found = []
    admits = any(mark in words for mark in ("admite", "admision", "admitir"))
    evidence = any(mark in words for mark in ("probatori", "prueba"))
    # "admite el recurso" or "admite los medios probatorios" admit no claim.
    claim = "demanda" in words or not (evidence or "recurso" in words)
    if (admits and claim) or any(mark in words for mark in ("emplaza", "traslado de la demanda")):
        found += ["admission_notice", "service_of_claim"]
    if evidence and (admits or "ofrecid" in words):
        found.append("evidence_admission_notice")
    if not found and _ORDER_WORDS.search(words):
        found.append("order_notice")
    return found


def looks_electronic(text: str) -> bool:
    """Whether the text says the notification came through the SINOE inbox."""
    words = normalize(text)
    # Not "casilla" alone: a casilla física at the court takes effect the same day.
    return any(mark in words for mark in ("sinoe", "electronic"))


def notifies(filing: Filing) -> bool:
    """A notification, or a resolution with its notification date."""
    return filing.kind == FilingKind.NOTIFICATION.value or (
        filing.kind == FilingKind.RESOLUTION.value and filing.notified_on is not None
    )


def triggers_for_filing(db: Database, filing_id: int) -> list[str]:
    """The trigger codes guessed for a filing; empty when it notifies nothing."""
    with db.read() as session:
        filing = _filing(session, filing_id)
        return triggers_for_text(_filing_text(session, filing)) if notifies(filing) else []


def propose_deadlines(
    db: Database, filing_id: int, trigger: str | None = None, electronic: bool | None = None
) -> list[ProposedDeadline]:
    """The deadlines that the notification in ``filing_id`` starts, computed and explained.

    Args:
        trigger: the trigger code to use instead of the guess; then any filing counts
            as notified on its notification date (else its filing date).
        electronic: whether the SINOE delay applies, instead of the guess.

    Rules whose deadline already exists for this filing are left out.

    Raises:
        NotFoundError: no such filing. ValidationError: unknown trigger code.
    """
    if trigger is not None and trigger not in TRIGGERS:
        raise ValidationError("trigger", f"{trigger!r} is not one of: {', '.join(TRIGGERS)}")
    with db.read() as session:
        filing = _filing(session, filing_id)
        if trigger is None and not notifies(filing):
            return []
        own_text = f"{filing.sumilla}\n{filing.reference}"
        triggers = [trigger] if trigger else triggers_for_text(_filing_text(session, filing))
        case = session.get(Case, filing.case_id)
        assert case is not None  # a filing always belongs to a case
        existing = set(
            session.scalars(
                select(Deadline.rule_key).where(Deadline.trigger_filing_id == filing.id)
            )
        )
        rules = [
            rule
            for rule in _rules(active_in_session(session), case.procedure, triggers)
            if rule.key not in existing
        ]
        calendar = calendar_in_session(session, case.court_id)
        delay_working = delay_working_in_session(session)
        case_id, distance_days = case.id, case.distance_days
        notified = filing.notified_on or filing.filed_on
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
        proposals.append(
            ProposedDeadline(
                case_id=case_id,
                title=rule.name_es,
                due_on=result.due_date,
                rule_key=rule.key,
                trigger_on=notified,
                trigger_filing_id=filing_id,
                explanation=explanation_text(result, rule.certainty),
                result=result,
                certainty=rule.certainty,
                basis=rule.basis,
            )
        )
    return proposals


def proposal_from_result(
    case_id: int,
    title: str,
    result: DueDateResult,
    trigger_filing_id: int | None = None,
    certainty: Certainty | None = None,
) -> ProposedDeadline:
    """Wrap a computation the user ran by hand (e.g. from explain_due_date) for saving."""
    return ProposedDeadline(
        case_id=case_id,
        title=title,
        due_on=result.due_date,
        rule_key=result.rule_key or "",
        trigger_on=result.trigger,
        trigger_filing_id=trigger_filing_id,
        explanation=explanation_text(result, certainty),
        result=result,
        certainty=certainty,
        basis=result.rule_basis or "",
    )


def explanation_text(result: DueDateResult, certainty: Certainty | None = None) -> str:
    """The explanation stored with a deadline: one Spanish sentence per line."""
    lines = result.explanation_lines()
    if certainty in _CERTAINTY_NOTES:
        lines.append(_CERTAINTY_NOTES[certainty])  # type: ignore[index]
    return "\n".join(lines)


def accept_proposals(db: Database, proposals: Sequence[ProposedDeadline]) -> list[DeadlineInfo]:
    """Create the accepted deadlines, all or none, each recorded in the history.

    A due date the user changed is kept, and the explanation says so. The
    computation's inputs are stored so a later closure change can redo it.

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
            created.append(info)
        uow.session.flush()
        uow.commit()
    return created


def _input(proposal: ProposedDeadline) -> deadline_service.DeadlineInput:
    explanation = proposal.explanation
    computed = proposal.result.due_date
    if isinstance(proposal.due_on, date) and proposal.due_on != computed:
        explanation += (
            f"\nFecha fijada a mano: {format_date_es(proposal.due_on)} "
            f"(el cálculo da {format_date_es(computed)})"
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
    )


def _rules(pool: Iterable[DeadlineRule], procedure: str, triggers: list[str]) -> list[DeadlineRule]:
    applicable = rules_for(procedure, None, pool)
    return [rule for code in triggers for rule in applicable if rule.trigger == code]


def _filing(session: Session, filing_id: int) -> Filing:
    filing = session.get(Filing, filing_id) if isinstance(filing_id, int) else None
    if filing is None:
        raise NotFoundError("filing", filing_id)
    return filing


def _filing_text(session: Session, filing: Filing) -> str:
    """The filing's own words, plus those of the resolution a notification names."""
    own = f"{filing.sumilla}\n{filing.reference}"
    if filing.kind != FilingKind.NOTIFICATION.value:
        return own
    match = _RESOLUTION_NUMBER.search(normalize(own))
    if match is None:
        return own
    candidates = session.scalars(
        select(Filing)
        .where(
            Filing.case_id == filing.case_id,
            Filing.kind == FilingKind.RESOLUTION.value,
            Filing.filed_on <= (filing.notified_on or filing.filed_on),
        )
        .order_by(Filing.filed_on.desc(), Filing.id.desc())
    )
    for candidate in candidates:
        found = _RESOLUTION_NUMBER.search(normalize(candidate.sumilla))
        if found is not None and found.group(1) == match.group(1):
            return f"{own}\n{candidate.sumilla}"
    return own
