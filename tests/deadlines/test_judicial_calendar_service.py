"""Due dates on a court's calendar as stored in the database, explained."""

from __future__ import annotations

from datetime import date

import pytest

from casetracker.domain.errors import NotFoundError, ValidationError
from casetracker.domain.periods import PeriodUnit
from casetracker.services.courts import ClosureInput, CourtInput, add_closure, create_court
from casetracker.services.history import history
from casetracker.services.judicial_calendar import (
    court_calendar,
    explain_due_date,
    non_working_warning,
    notification_delay_working,
    set_notification_delay_working,
)
from casetracker.store.database import Database

W = PeriodUnit.WORKING_DAYS


@pytest.fixture
def courts(db: Database) -> tuple[int, int]:
    cusco = create_court(db, CourtInput("Juzgado Mixto de Espinar", "first_instance", "Cusco"))
    lima = create_court(db, CourtInput("Sala Constitucional de Lima", "superior_chamber", "Lima"))
    return cusco.id, lima.id


def test_the_national_calendar_skips_both_december_holidays(db: Database) -> None:
    # Fri 4 Dec 2026; counted: 7, 10, 11, 14, 15, 16, 17, 18, 21, 22 (8 and 9 are holidays).
    result = explain_due_date(db, date(2026, 12, 4), 10, W)
    assert result.due_date == date(2026, 12, 22)
    lines = result.explanation_lines()
    assert "Se omite: mar 8 dic 2026 — Inmaculada Concepción, feriado nacional" in lines
    assert "Se omite: mié 9 dic 2026 — Batalla de Ayacucho, feriado nacional" in lines
    assert lines[-1] == "Vence: mar 22 dic 2026"


def test_a_court_closure_moves_only_that_courts_deadlines(
    db: Database, courts: tuple[int, int]
) -> None:
    cusco, lima = courts
    add_closure(
        db,
        ClosureInput(
            "2026-12-14", "2026-12-16", "Paro de trabajadores judiciales", "RA 45-2026", cusco
        ),
    )
    in_cusco = explain_due_date(db, "2026-12-04", 10, W, court_id=cusco)
    in_lima = explain_due_date(db, "2026-12-04", 10, W, court_id=lima)
    # Three closed working days push the 10th working day from 22 Dec to 28 Dec
    # (23, 24 count; 25 is Christmas; 26-27 the weekend; 28 is the 10th).
    assert in_cusco.due_date == date(2026, 12, 28)
    assert in_lima.due_date == date(2026, 12, 22)
    assert (
        "Se omite: mar 15 dic 2026 — Paro de trabajadores judiciales (RA 45-2026)"
        in in_cusco.explanation_lines()
    )


def test_a_national_closure_applies_to_every_court(db: Database, courts: tuple[int, int]) -> None:
    add_closure(db, ClosureInput("2026-12-10", "2026-12-10", "Duelo nacional", "DS 1-2026-PCM"))
    for court in (None, *courts):
        assert explain_due_date(db, "2026-12-04", 10, W, court_id=court).due_date == date(
            2026, 12, 23
        )


def test_judicial_vacations_count_only_where_the_court_says_so(db: Database) -> None:
    suspends = create_court(
        db, CourtInput("Juzgado de Vacaciones", "first_instance", "Puno", vacations_suspend=True)
    )
    # Fri 30 Jan 2026 + 5 working days: 2-6 Feb, or, with vacations (1 Feb-2 Mar), 3-9 Mar.
    assert explain_due_date(db, "2026-01-30", 5, W).due_date == date(2026, 2, 6)
    suspended = explain_due_date(db, "2026-01-30", 5, W, court_id=suspends.id)
    assert suspended.due_date == date(2026, 3, 9)
    assert court_calendar(db, suspends.id).non_working_reason(date(2026, 2, 10)) == (
        "vacaciones judiciales"
    )


def test_the_case_brings_its_court_and_its_distance_days(db: Database, amparo: int) -> None:
    # The demo amparo adds 2 distance days: 22 Dec + 23, 24 Dec.
    result = explain_due_date(db, "2026-12-04", 10, W, case_id=amparo)
    assert result.due_date == date(2026, 12, 24)
    assert "Término de la distancia: 2 días hábiles más (CPC 146)" in result.explanation_lines()


def test_a_rule_key_gives_the_period_and_names_the_rule(db: Database, amparo: int) -> None:
    result = explain_due_date(
        db, "2026-12-04", None, None, case_id=amparo, rule_key="amparo.answer"
    )
    assert (result.amount, result.unit) == (10, W)
    assert "Actuación: Contestar la demanda" in result.explanation_lines()
    assert (
        "Norma aplicable: Ley 31307, art. 12: 10 días hábiles (vigente desde el sáb 24 jul 2021)"
        in result.explanation_lines()
    )
    with pytest.raises(ValidationError, match="either a period or a rule"):
        explain_due_date(db, "2026-12-04", 10, W, case_id=amparo, rule_key="amparo.answer")


def test_the_sinoe_delay_setting_is_stored_and_audited(db: Database) -> None:
    assert notification_delay_working(db)
    # Sat 5 Dec notified electronically; working: effective Thu 10 Dec (7 and 10).
    working = explain_due_date(db, "2026-12-05", 1, W, electronic=True)
    assert working.effective_trigger == date(2026, 12, 10)
    set_notification_delay_working(db, False)
    assert not notification_delay_working(db)
    calendar_days = explain_due_date(db, "2026-12-05", 1, W, electronic=True)
    assert calendar_days.effective_trigger == date(2026, 12, 7)
    assert calendar_days.due_date == date(2026, 12, 10)
    set_notification_delay_working(db, True)
    assert notification_delay_working(db)
    newest, first = history(db, entity="setting")
    assert (first.action, first.actor, first.changes["value"]) == (
        "create",
        "tester",
        (None, "calendar"),
    )
    assert (newest.action, newest.changes["value"]) == ("update", ("calendar", "working"))


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"trigger": "2026-02-30"}, ValidationError),
        ({"amount": -1}, ValidationError),
        ({"unit": "weeks"}, ValidationError),
        ({"court_id": 999}, NotFoundError),
        ({"case_id": 999}, NotFoundError),
        ({"rule_key": "amparo.nothing"}, NotFoundError),
    ],
)
def test_bad_input_is_refused_with_a_clear_error(
    db: Database, kwargs: dict[str, object], error: type[Exception]
) -> None:
    arguments: dict[str, object] = {"trigger": "2026-12-04", "amount": 10, "unit": W, **kwargs}
    with pytest.raises(error):
        explain_due_date(db, **arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        (date(2026, 12, 25), "Navidad del Señor, feriado nacional"),
        (date(2026, 12, 5), "sábado"),
        (date(2026, 8, 4), "Día del Juez"),  # a Tuesday: the Tambobamba court does not sit
        (date(2026, 12, 28), None),
    ],
)
def test_a_day_the_court_does_not_work_is_named(
    db: Database, amparo: int, day: date, reason: str | None
) -> None:
    found = non_working_warning(db, amparo, day)
    assert (found.es if found else None) == reason


def test_a_closure_of_one_body_reaches_only_its_courts(db: Database) -> None:
    pj = create_court(db, CourtInput("Juzgado de Paz de Mara", "justice_of_peace", "Apurímac"))
    tc = create_court(db, CourtInput("Tribunal Constitucional", "constitutional_court", "Lima"))
    assert (pj.body_name, tc.body_name) == ("Poder Judicial", "Tribunal Constitucional")
    add_closure(
        db, ClosureInput("2026-12-14", "2026-12-16", "Huelga", "RA 1-2026", body_id=pj.body_id)
    )
    assert explain_due_date(db, "2026-12-04", 10, W, court_id=pj.id).due_date == date(2026, 12, 28)
    assert explain_due_date(db, "2026-12-04", 10, W, court_id=tc.id).due_date == date(2026, 12, 22)
    with pytest.raises(ValidationError):
        add_closure(db, ClosureInput("2026-12-14", "2026-12-14", "Huelga", "", pj.id, pj.body_id))
