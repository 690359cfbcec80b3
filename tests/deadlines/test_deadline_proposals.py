"""Deadlines proposed from a notification, checked against a paper calendar."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from casetracker.domain.errors import ValidationError, ValidationErrors
from casetracker.services.case_detail import case_detail
from casetracker.services.deadline_proposals import (
    accept_proposals,
    propose_deadlines,
    triggers_for_filing,
    triggers_for_text,
)
from casetracker.services.deadline_records import latest_record
from casetracker.services.history import history
from casetracker.services.parties import CasePartyInput, update_case_party
from casetracker.services.rule_catalogue import set_rule_enabled
from casetracker.store.database import Database
from casetracker.store.models import Filing

ADMISSION = "Notificación de la resolución que admite a trámite la demanda de amparo"

# Counted by hand on the December 2026 calendar: notified Fri 4; 8 (Inmaculada
# Concepción) and 9 (Batalla de Ayacucho) are holidays; ten working days are 7, 10, 11,
# 14, 15, 16, 17, 18, 21, 22; the case's two distance days add 23 and 24.
# The demo amparo's plaintiff is marked as ours: the answer is the defendants' period.
EXPECTED = [
    "Notificación: vie 4 dic 2026",
    "Actuación: Contestar la demanda",
    "Debe actuar: la parte demandada",
    "Norma aplicable: Ley 31307, art. 12: 10 días hábiles (vigente desde el sáb 24 jul 2021)",
    "Calendario: Juzgado Civil Mixto de Tambobamba — Poder Judicial, inhábiles: Día del Juez y "
    "apertura del año judicial (LOPJ arts. 123, 124 y 247)",
    "Término de la distancia: 2 días hábiles más (CPC 146)",
    "Se cuenta desde: lun 7 dic 2026",
    "Se omite: sáb 5 dic 2026 — sábado",
    "Se omite: dom 6 dic 2026 — domingo",
    "Se omite: mar 8 dic 2026 — Inmaculada Concepción, feriado nacional",
    "Se omite: mié 9 dic 2026 — Batalla de Ayacucho, feriado nacional",
    "Se omite: sáb 12 dic 2026 — sábado",
    "Se omite: dom 13 dic 2026 — domingo",
    "Se omite: sáb 19 dic 2026 — sábado",
    "Se omite: dom 20 dic 2026 — domingo",
    "Vence: jue 24 dic 2026",
    "Plazo de la otra parte: se vigila su vencimiento (no es un plazo nuestro)",
]
WATCHED = "Contestar la demanda (parte demandada)"


def test_an_admission_notice_in_the_amparo_proposes_the_answer(
    db: Database, amparo: int, notify
) -> None:
    filing = notify(amparo, date(2026, 12, 4), ADMISSION)
    [proposal] = propose_deadlines(db, filing.id)
    assert proposal.title == WATCHED
    assert proposal.rule_key == "amparo.answer"
    assert proposal.due_on == date(2026, 12, 24)
    assert (proposal.trigger_on, proposal.trigger_filing_id) == (date(2026, 12, 4), filing.id)
    assert proposal.explanation.splitlines() == EXPECTED
    assert proposal.basis == "Ley 31307, art. 12"
    assert (proposal.watch, proposal.side_known, proposal.who_acts("en")) == (
        True, True, "the defendant",
    )  # fmt: skip


def test_accepting_creates_the_deadline_with_its_explanation_and_history(
    db: Database, amparo: int, notify
) -> None:
    filing = notify(amparo, date(2026, 12, 4), ADMISSION)
    [created] = accept_proposals(db, propose_deadlines(db, filing.id))
    stored = next(d for d in case_detail(db, amparo).deadlines if d.id == created.id)
    assert (stored.title, stored.due_on, stored.status.value, stored.watch) == (
        WATCHED,
        date(2026, 12, 24),
        "open",
        True,
    )
    assert stored.explanation.splitlines() == EXPECTED
    audit = history(db, entity="deadline")[0]
    assert (audit.action, audit.entity_id, audit.case_id) == ("create", created.id, amparo)
    # Proposing again does not offer the same deadline twice.
    assert propose_deadlines(db, filing.id) == []


def test_a_date_changed_by_the_user_is_kept_and_explained(
    db: Database, amparo: int, notify
) -> None:
    filing = notify(amparo, date(2026, 12, 4), ADMISSION)
    [proposal] = propose_deadlines(db, filing.id)
    [created] = accept_proposals(db, [replace(proposal, due_on=date(2026, 12, 18))])
    assert created.due_on == date(2026, 12, 18)
    assert created.explanation.splitlines()[-1] == (  # after the watch line
        "Fecha fijada a mano: vie 18 dic 2026 (el cálculo da jue 24 dic 2026)"
    )


def test_accepting_is_all_or_nothing(db: Database, amparo: int, notify) -> None:
    filing = notify(amparo, date(2026, 12, 4), ADMISSION)
    [proposal] = propose_deadlines(db, filing.id)
    broken = replace(proposal, title="  ")
    before = len(case_detail(db, amparo).deadlines)
    with pytest.raises((ValidationError, ValidationErrors)):
        accept_proposals(db, [proposal, broken])
    assert len(case_detail(db, amparo).deadlines) == before


def test_a_notification_naming_a_resolution_reads_that_resolution(
    db: Database, amparo: int, notify
) -> None:
    notify(
        amparo,
        date(2026, 12, 2),
        "Resolución N.º 15: admite a trámite la ampliación de la demanda",
        kind="resolution",
        filed_on=date(2026, 12, 1),
    )
    filing = notify(amparo, date(2026, 12, 4), "Notificación de la Resolución N.º 15")
    assert triggers_for_filing(db, filing.id) == ["admission_notice", "service_of_claim"]
    [proposal] = propose_deadlines(db, filing.id)
    assert proposal.due_on == date(2026, 12, 24)


def test_the_demo_admission_notice_already_has_its_answer_deadline(
    db: Database, amparo: int
) -> None:
    with db.read() as session:
        filing_id = session.scalar(
            select(Filing.id).where(
                Filing.sumilla.startswith("Notificación de la Resolución N.º 1 ")
            )
        )
    assert triggers_for_filing(db, filing_id) == ["admission_notice", "service_of_claim"]
    assert propose_deadlines(db, filing_id) == []


def test_an_electronic_notification_takes_effect_two_working_days_later(
    db: Database, amparo: int, notify
) -> None:
    filing = notify(amparo, date(2026, 12, 4), f"{ADMISSION} (SINOE)")
    [proposal] = propose_deadlines(db, filing.id)
    # Effective Thu 10 Dec (7, 10); ten working days 11-24 Dec; 25 Dec is Christmas and
    # 26-27 the weekend, so the two distance days are 28 and 29 Dec.
    assert proposal.result.effective_trigger == date(2026, 12, 10)
    assert proposal.due_on == date(2026, 12, 29)
    [plain] = propose_deadlines(db, filing.id, electronic=False)
    assert plain.due_on == date(2026, 12, 24)


def test_the_caller_can_choose_the_trigger(db: Database, amparo: int, notify) -> None:
    filing = notify(amparo, date(2026, 12, 4), "Notificación de la Resolución N.º 20")
    assert propose_deadlines(db, filing.id) == []  # an order: no amparo rule for it
    [appeal] = propose_deadlines(db, filing.id, trigger="judgment_notice")
    assert (appeal.rule_key, appeal.title) == ("amparo.appeal_judgment", "Apelar la sentencia")
    assert not appeal.watch  # open to any party, so ours too
    with pytest.raises(ValidationError):
        propose_deadlines(db, filing.id, trigger="full_moon")


def test_a_disabled_rule_is_never_proposed(db: Database, amparo: int, notify) -> None:
    set_rule_enabled(db, "amparo.answer", False)
    filing = notify(amparo, date(2026, 12, 4), ADMISSION)
    assert propose_deadlines(db, filing.id) == []


def test_a_filing_that_notifies_nothing_proposes_nothing(db: Database, amparo: int, notify) -> None:
    brief = notify(amparo, date(2026, 12, 4), "Sentencia: se apela", kind="brief")
    assert propose_deadlines(db, brief.id) == []


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        ("Resolución N.º 1: admite a trámite la demanda", ["admission_notice", "service_of_claim"]),
        ("AUTO DE ADMISION DE LA DEMANDA", ["admission_notice", "service_of_claim"]),
        ("Se emplaza a la demandada", ["admission_notice", "service_of_claim"]),
        ("Sentencia de primera instancia: declara fundada la demanda", ["judgment_notice"]),
        (
            "Sentencia de vista: confirma la apelada",
            ["second_instance_ruling_notice", "appeal_judgment_notice"],
        ),
        ("Declara improcedente el recurso de agravio constitucional", ["refusal_notice"]),
        ("Tiene por ofrecidos los medios probatorios", ["evidence_admission_notice"]),
        (
            "Admite la demanda y los medios probatorios ofrecidos",
            ["admission_notice", "service_of_claim", "evidence_admission_notice"],
        ),
        ("El TC admite a trámite el recurso de agravio constitucional", []),
        ("Decreto: téngase presente", ["order_notice"]),
        ("Cédula de notificación", []),
    ],
)
def test_the_trigger_heuristics(text: str, triggers: list[str]) -> None:
    assert triggers_for_text(text) == triggers


@pytest.mark.parametrize(
    ("ours", "watch", "side_known", "title"),
    [
        ("defendant", False, True, "Contestar la demanda"),  # we defend: our period
        ("plaintiff", True, True, WATCHED),
        (None, False, False, "Contestar la demanda"),  # nobody marked: treated as ours
    ],
)
def test_whose_period_follows_the_party_we_represent(
    db: Database, amparo: int, notify, ours: str | None, watch: bool, side_known: bool,
    title: str,
) -> None:  # fmt: skip
    for link in case_detail(db, amparo).parties:
        if link.role.value in ("plaintiff", "defendant"):
            update_case_party(db, link.id, CasePartyInput(
                amparo, link.party.id, link.role, None, link.notes, ours=link.role.value == ours,
            ))  # fmt: skip
    filing = notify(amparo, date(2026, 12, 4), ADMISSION)
    [proposal] = propose_deadlines(db, filing.id)
    assert (proposal.watch, proposal.side_known, proposal.title) == (watch, side_known, title)
    assert "Debe actuar: la parte demandada" in proposal.explanation.splitlines()


def test_a_2019_admission_gets_the_five_days_of_ley_28237(
    db: Database, amparo: int, notify
) -> None:
    # Mon 27 May 2019: five working days end Mon 3 Jun; two distance days, Wed 5 Jun.
    filing = notify(amparo, date(2019, 5, 27), ADMISSION)
    [proposal] = propose_deadlines(db, filing.id)
    assert proposal.due_on == date(2019, 6, 5)
    assert proposal.basis == "Ley 28237, art. 53"
    assert (
        "Norma aplicable: Ley 28237, art. 53: 5 días hábiles (vigente hasta el vie 23 jul 2021)"
        in proposal.explanation.splitlines()
    )


def test_accepting_keeps_a_record_of_the_computation(db: Database, amparo: int, notify) -> None:
    filing = notify(amparo, date(2026, 12, 4), ADMISSION)
    [created] = accept_proposals(db, propose_deadlines(db, filing.id))
    record = latest_record(db, created.id)
    assert record is not None
    assert (record.rule_key, record.rule_version) == (
        "amparo.answer", "Ley 31307, art. 12 (vigente desde el sáb 24 jul 2021)"
    )  # fmt: skip
    assert (record.trigger_on, record.made_by, record.reason) == (
        date(2026, 12, 4), "tester", "accepted"
    )  # fmt: skip
    assert record.calendar["body"]["name"] == "Poder Judicial"
    assert record.calendar["holidays"].startswith("holidays ")
    assert record.explanation("es") == EXPECTED
    assert record.explanation("en")[-2] == "Due: Thu 24 Dec 2026"
