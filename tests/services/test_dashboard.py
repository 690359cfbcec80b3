"""The dashboard: overdue, due soon, due later, hearings this week, recent cases."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import update
from tests.conftest import DEMO_TODAY

from casetracker.domain.enums import DeadlineStatus
from casetracker.services.cases import get_case
from casetracker.services.dashboard import dashboard
from casetracker.services.deadlines import DeadlineInput, create_deadline, set_deadline_status
from casetracker.services.demo import DemoResult
from casetracker.services.hearings import HearingInput, create_hearing
from casetracker.services.notes import NoteInput, create_note
from casetracker.store.database import Database
from casetracker.store.models import Case

pytestmark = pytest.mark.both_engines  # cases, filings, search… on SQLite and PostgreSQL


def test_the_demo_shows_its_overdue_and_upcoming_deadlines(db: Database, demo: DemoResult) -> None:
    board = dashboard(db, DEMO_TODAY)

    overdue = [(entry.title, entry.days_left) for entry in board.overdue.entries]
    assert overdue == [("Remitir al Frente de Defensa copia de la Res. 12", -2)]
    assert all(entry.overdue for entry in board.overdue.entries)
    assert board.overdue.entries[0].case_id == demo.case_ids[0]
    # Ours, with working days on the court's calendar: Fri 27, Mon 30 Nov, Tue 1 Dec.
    assert [(e.title, e.working_days_left) for e in board.due_soon.entries] == [
        ("Preparar el informe oral", 3)
    ]
    assert [entry.title for entry in board.due_later.entries] == [
        "Informe de seguimiento del cumplimiento de la sentencia",
    ]
    assert not any(entry.overdue for entry in board.due_soon.entries)
    # The other side's period, apart from ours.
    assert [(e.title, e.working_days_left, e.watch) for e in board.watching.entries] == [
        ("Absolución del traslado por las demandadas (Res. 12)", 1, True)
    ]


def test_hearings_of_the_next_seven_days_are_listed_with_their_case(
    db: Database, demo: DemoResult
) -> None:
    board = dashboard(db, DEMO_TODAY)

    assert [(entry.kind, entry.starts_at) for entry in board.hearings.entries] == [
        ("Informe oral", datetime(2026, 12, 2, 10, 0))
    ]
    entry = board.hearings.entries[0]
    assert entry.case_id == demo.case_ids[0]
    assert entry.expediente == "00045-2019-0-0302-JM-CI-01"
    assert entry.court == "Juzgado Civil Mixto de Tambobamba"


def test_sections_meet_at_their_boundaries_without_overlapping(
    db: Database, demo: DemoResult
) -> None:
    case_id = demo.case_ids[2]
    for offset in (0, 7, 8, 30, 31):
        title = f"Due in {offset} days"
        create_deadline(db, DeadlineInput(case_id, title, DEMO_TODAY + timedelta(days=offset)))
    done = create_deadline(db, DeadlineInput(case_id, "Done long ago", DEMO_TODAY))
    set_deadline_status(db, done.id, DeadlineStatus.DONE)

    board = dashboard(db, DEMO_TODAY)
    soon = {entry.title for entry in board.due_soon.entries}
    later = {entry.title for entry in board.due_later.entries}

    assert {"Due in 0 days", "Due in 7 days"} <= soon
    assert {"Due in 8 days", "Due in 30 days"} <= later
    assert not soon & later
    every_title = soon | later | {entry.title for entry in board.overdue.entries}
    assert "Due in 31 days" not in every_title
    assert "Done long ago" not in every_title


def test_cancelled_hearings_are_left_out_of_the_week(db: Database, demo: DemoResult) -> None:
    case_id = demo.case_ids[1]
    tomorrow = datetime.combine(DEMO_TODAY + timedelta(days=1), datetime.min.time())
    create_hearing(
        db, HearingInput(case_id, tomorrow.replace(hour=9), "Called off", status="cancelled")
    )
    create_hearing(db, HearingInput(case_id, tomorrow.replace(hour=11), "Audiencia de pruebas"))

    kinds = [entry.kind for entry in dashboard(db, DEMO_TODAY).hearings.entries]

    assert kinds == ["Audiencia de pruebas", "Informe oral"]


def test_the_case_changed_last_comes_first(db: Database, demo: DemoResult) -> None:
    with db.unit_of_work() as uow:  # as if the demo had been loaded long ago
        uow.session.execute(update(Case).values(updated_at=datetime(2026, 1, 5, 12, 0)))
        uow.commit()
    middle = demo.case_ids[1]
    create_note(db, NoteInput(case_id=middle, body="Llamar al especialista"))

    recent = dashboard(db, DEMO_TODAY).recent.entries

    assert recent[0].id == middle
    assert recent[0].updated_at == get_case(db, middle).updated_at
    assert {entry.id for entry in recent} == set(demo.case_ids)


def test_long_sections_are_capped_but_counted(db: Database, demo: DemoResult) -> None:
    case_id = demo.case_ids[0]
    for number in range(12):
        create_deadline(
            db, DeadlineInput(case_id, f"Late {number}", DEMO_TODAY - timedelta(days=40))
        )

    overdue = dashboard(db, DEMO_TODAY, limit=5).overdue

    assert len(overdue.entries) == 5
    assert overdue.total == 13
    assert overdue.truncated


def test_an_empty_database_has_an_empty_dashboard(db: Database) -> None:
    board = dashboard(db, DEMO_TODAY)

    sections = (board.overdue, board.due_soon, board.due_later, board.hearings, board.recent)
    assert all(section.entries == () and section.total == 0 for section in sections)
