"""A closure added or removed later: preview old and new dates, then apply and audit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from casetracker.domain.enums import DeadlineStatus
from casetracker.domain.errors import ConflictError
from casetracker.services.case_detail import case_detail
from casetracker.services.courts import ClosureInput, list_closures
from casetracker.services.deadline_proposals import accept_proposals, propose_deadlines
from casetracker.services.deadline_records import latest_record
from casetracker.services.deadlines import DeadlineInput, create_deadline, set_deadline_status
from casetracker.services.history import history
from casetracker.services.recompute import (
    add_closure,
    affected_by_closure_change,
    apply_recomputation,
    preview_add_closure,
    preview_remove_closure,
    remove_closure,
)
from casetracker.store.database import Database

STRIKE = ClosureInput("2026-12-14", "2026-12-15", "Huelga de trabajadores judiciales", "RA 9-2026")


@pytest.fixture
def answer(db: Database, amparo: int, notify) -> int:
    """The answer deadline of the demo amparo, notified Fri 4 Dec 2026: due 24 Dec."""
    filing = notify(amparo, date(2026, 12, 4), "Notificación: admite a trámite la demanda")
    [created] = accept_proposals(db, propose_deadlines(db, filing.id))
    assert created.due_on == date(2026, 12, 24)
    return created.id


def test_the_preview_lists_old_and_new_dates_and_writes_nothing(
    db: Database, answer: int, amparo: int
) -> None:
    change = preview_add_closure(db, STRIKE)
    [item] = change.items
    # Two strike days: ten working days end 24 Dec; distance days skip Christmas → 28, 29.
    assert (item.deadline_id, item.case_id) == (answer, amparo)
    assert (item.old_due, item.new_due) == (date(2026, 12, 24), date(2026, 12, 29))
    assert not item.manual
    lines = item.new_explanation.splitlines()
    assert "Se omite: lun 14 dic 2026 — Huelga de trabajadores judiciales (RA 9-2026)" in lines
    assert "Vence: mar 29 dic 2026" in lines
    assert lines[-1].startswith("Recalculado por el cierre añadido: lun 14 dic 2026")
    assert _added(db) == []
    assert _due(db, amparo, answer) == date(2026, 12, 24)


def test_applying_moves_the_deadline_and_records_it(db: Database, answer: int, amparo: int) -> None:
    change = preview_add_closure(db, STRIKE)
    closure, moved = add_closure(db, STRIKE, change.items)
    assert [d.due_on for d in moved] == [date(2026, 12, 29)]
    assert _due(db, amparo, answer) == date(2026, 12, 29)
    assert [c.id for c in _added(db)] == [closure.id]
    audit = history(db, entity="deadline")[0]
    assert audit.entity_id == answer and audit.action == "update"
    assert audit.changes["due_on"] == ("2026-12-24", "2026-12-29")
    assert "cierre añadido" in audit.summary
    # A new record of the computation, naming the closure; the first one is kept.
    record = latest_record(db, answer)
    assert record is not None and record.reason == "recomputed"
    assert record.calendar["closures"][0]["reason"] == STRIKE.reason
    assert record.explanation("es")[-1].startswith("Recalculado por el cierre añadido")
    assert record.explanation("en")[-1].startswith("Recomputed after the closure was added")


def test_removing_the_closure_brings_the_date_back(db: Database, answer: int, amparo: int) -> None:
    closure, _ = add_closure(db, STRIKE, preview_add_closure(db, STRIKE).items)
    change = preview_remove_closure(db, closure.id)
    [item] = change.items
    assert (item.old_due, item.new_due) == (date(2026, 12, 29), date(2026, 12, 24))
    remove_closure(db, closure.id, change.items)
    assert _due(db, amparo, answer) == date(2026, 12, 24)
    assert _added(db) == []


def test_a_closure_of_another_court_changes_nothing(db: Database, answer: int, demo) -> None:
    detail = case_detail(db, demo.case_ids[1])
    assert detail.case.court is not None
    elsewhere = ClosureInput("2026-12-14", "2026-12-15", "Paro", "", detail.case.court.id)
    assert affected_by_closure_change(db, elsewhere, adding=True) == []


def test_closed_and_hand_typed_deadlines_are_left_alone(
    db: Database, answer: int, amparo: int
) -> None:
    create_deadline(
        db, DeadlineInput(amparo, "Presentar alegatos", "2026-12-22", trigger_on="2026-12-04")
    )
    set_deadline_status(db, answer, DeadlineStatus.DONE)
    assert affected_by_closure_change(db, STRIKE, adding=True) == []


def test_a_deadline_changed_since_the_preview_is_not_overwritten(
    db: Database, answer: int, amparo: int
) -> None:
    change = preview_add_closure(db, STRIKE)
    set_deadline_status(db, answer, DeadlineStatus.WAIVED)
    with pytest.raises(ConflictError):
        apply_recomputation(db, change.items)
    with pytest.raises(ConflictError):
        add_closure(db, STRIKE, change.items)
    assert _added(db) == []  # the closure went back out with the failed update


def test_a_date_set_by_hand_is_flagged_in_the_preview(db: Database, amparo: int, notify) -> None:
    filing = notify(amparo, date(2026, 12, 4), "Notificación: admite a trámite la demanda")
    [proposal] = propose_deadlines(db, filing.id)
    accept_proposals(db, [replace(proposal, due_on=date(2026, 12, 21))])
    [item] = affected_by_closure_change(db, STRIKE, adding=True)
    assert item.manual and item.old_due == date(2026, 12, 21)


def test_a_catalogue_deadline_without_stored_inputs_is_recomputed_from_its_rule(
    db: Database, amparo: int
) -> None:
    created = create_deadline(
        db,
        DeadlineInput(
            amparo, "Contestar", "2026-12-24", rule_key="amparo.answer", trigger_on="2026-12-04"
        ),
    )
    [item] = affected_by_closure_change(db, STRIKE, adding=True)
    assert (item.deadline_id, item.new_due) == (created.id, date(2026, 12, 29))


def _due(db: Database, case_id: int, deadline_id: int) -> date:
    return next(d.due_on for d in case_detail(db, case_id).deadlines if d.id == deadline_id)


def _added(db: Database) -> list:
    """The closures these tests added (the demo has a 2020 suspension of its own)."""
    return [closure for closure in list_closures(db) if closure.reason == STRIKE.reason]
