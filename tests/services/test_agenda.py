"""The agenda: hearings and deadlines of a period, with their cases, in order."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from tests.conftest import DEMO_TODAY

from casetracker.domain.enums import DeadlineStatus, HearingStatus
from casetracker.services.agenda import (
    AgendaKind,
    DayCount,
    agenda,
    day_counts,
    national_calendar,
)
from casetracker.services.courts import ClosureInput, add_closure
from casetracker.services.deadlines import DeadlineInput, create_deadline, set_deadline_status
from casetracker.services.demo import DemoResult
from casetracker.services.hearings import HearingInput, create_hearing
from casetracker.store.database import Database

pytestmark = pytest.mark.both_engines  # cases, filings, search… on SQLite and PostgreSQL

TWO_WEEKS = DEMO_TODAY + timedelta(days=13)


def test_two_weeks_of_the_demo_list_its_hearings_and_deadlines_in_order(
    db: Database, demo: DemoResult
) -> None:
    items = agenda(db, DEMO_TODAY, TWO_WEEKS, today=DEMO_TODAY)

    assert [(item.date, item.kind, item.title, item.watch) for item in items] == [
        (date(2026, 11, 27), AgendaKind.DEADLINE,
         "Absolución del traslado por las demandadas (Res. 12)", True),
        (date(2026, 12, 1), AgendaKind.DEADLINE, "Preparar el informe oral", False),
        (date(2026, 12, 2), AgendaKind.HEARING, "Informe oral", False),
    ]  # fmt: skip
    assert all(item.illustrative for item in items)
    assert items[2].expediente_illustrative
    hearing = items[2]
    assert hearing.case_id == demo.case_ids[0]
    assert hearing.case_title.startswith("Frente de Defensa de Cotabambas")
    assert hearing.expediente == "00045-2019-0-0302-JM-CI-01"
    assert hearing.court == "Juzgado Civil Mixto de Tambobamba"
    assert hearing.time is not None and hearing.time.hour == 10
    assert hearing.status is HearingStatus.SCHEDULED
    assert not any(item.overdue for item in items)


def test_overdue_deadlines_are_flagged_and_can_be_carried_into_the_period(
    db: Database, demo: DemoResult
) -> None:
    past_week = agenda(db, DEMO_TODAY - timedelta(days=7), DEMO_TODAY, today=DEMO_TODAY)
    overdue = [item.title for item in past_week if item.overdue]
    assert overdue == ["Remitir al Frente de Defensa copia de la Res. 12"]

    carried = agenda(db, DEMO_TODAY, TWO_WEEKS, today=DEMO_TODAY, include_overdue=True)
    assert [item.title for item in carried[:1]] == overdue
    assert all(item.overdue and item.date < DEMO_TODAY for item in carried[:1])
    # The other side's period that ended is not ours to be late with.
    watched = create_deadline(
        db, DeadlineInput(demo.case_ids[0], "Contestación", DEMO_TODAY - timedelta(days=3),
                          watch=True)
    )  # fmt: skip
    again = agenda(db, DEMO_TODAY - timedelta(days=7), DEMO_TODAY, today=DEMO_TODAY)
    assert not next(item for item in again if item.id == watched.id).overdue
    # Deadlines long done are not "overdue", however old.
    assert all(item.date >= date(2026, 1, 1) for item in carried)


def test_within_a_day_deadlines_come_first_then_hearings_by_time(
    db: Database, demo: DemoResult
) -> None:
    case_id = demo.case_ids[1]
    day = date(2027, 3, 10)
    create_hearing(db, HearingInput(case_id, datetime(2027, 3, 10, 15, 0), "Late hearing"))
    create_hearing(db, HearingInput(case_id, datetime(2027, 3, 10, 8, 30), "Early hearing"))
    create_deadline(db, DeadlineInput(case_id, "File the brief", day))

    items = agenda(db, day, day, today=DEMO_TODAY)

    assert [item.title for item in items] == ["File the brief", "Early hearing", "Late hearing"]
    assert items[0].time is None


def test_active_only_leaves_out_what_is_done_held_or_cancelled(
    db: Database, demo: DemoResult
) -> None:
    case_id = demo.case_ids[0]
    day = date(2027, 4, 6)
    create_hearing(
        db, HearingInput(case_id, datetime(2027, 4, 6, 9), "Cancelled", status="cancelled")
    )
    create_hearing(db, HearingInput(case_id, datetime(2027, 4, 6, 11), "Kept"))
    done = create_deadline(db, DeadlineInput(case_id, "Already filed", day))
    set_deadline_status(db, done.id, DeadlineStatus.DONE)

    everything = agenda(db, day, day, today=DEMO_TODAY)
    active = agenda(db, day, day, today=DEMO_TODAY, active_only=True)

    assert {item.title for item in everything} == {"Cancelled", "Kept", "Already filed"}
    assert [item.title for item in active] == ["Kept"]
    assert [item.is_active for item in everything] == [False, False, True]


def test_day_counts_mark_what_still_needs_attention(db: Database, demo: DemoResult) -> None:
    counts = day_counts(db, DEMO_TODAY - timedelta(days=7), TWO_WEEKS, today=DEMO_TODAY)

    assert counts[date(2026, 12, 2)] == DayCount(hearings=1)
    assert counts[date(2026, 12, 1)] == DayCount(deadlines=1)
    assert counts[date(2026, 11, 24)] == DayCount(deadlines=1, overdue=1)
    assert counts[date(2026, 11, 27)] == DayCount(deadlines=1)  # the other side's: not overdue
    assert date(2026, 12, 3) not in counts


def test_an_empty_database_has_an_empty_agenda(db: Database) -> None:
    assert agenda(db, DEMO_TODAY, TWO_WEEKS, include_overdue=True) == []
    assert day_counts(db, DEMO_TODAY, TWO_WEEKS) == {}


def test_the_national_calendar_knows_holidays_and_recorded_closures(db: Database) -> None:
    strike = date(2026, 12, 10)
    add_closure(db, ClosureInput(strike, strike, "Huelga nacional", "RA 001-2026-CE-PJ"))

    calendar = national_calendar(db)

    assert calendar.non_working_reason(strike) == "Huelga nacional (RA 001-2026-CE-PJ)"
    assert "feriado nacional" in (calendar.non_working_reason(date(2026, 12, 8)) or "")
    assert calendar.is_working_day(date(2026, 12, 11))
