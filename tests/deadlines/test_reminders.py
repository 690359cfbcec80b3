"""Reminders: overdue deadlines and those due within N working days of the court."""

from __future__ import annotations

from datetime import date

import pytest

from casetracker.domain.enums import DeadlineStatus
from casetracker.domain.errors import ValidationError
from casetracker.services.courts import ClosureInput, add_closure
from casetracker.services.deadlines import DeadlineInput, create_deadline, set_deadline_status
from casetracker.services.reminders import reminders
from casetracker.store.database import Database

TODAY = date(2026, 12, 4)  # a Friday; 8 and 9 Dec are holidays


@pytest.fixture
def dues(db: Database, amparo: int) -> dict[str, int]:
    """Open deadlines of the demo amparo around TODAY, by label."""
    days = {
        "late": date(2026, 12, 1),
        "today": TODAY,
        "monday": date(2026, 12, 7),
        "thursday": date(2026, 12, 10),
        "friday": date(2026, 12, 11),
    }
    return {
        label: create_deadline(db, DeadlineInput(amparo, f"Plazo {label}", day)).id
        for label, day in days.items()
    }


def titles(items: tuple) -> list[str]:
    """Titles of this module's deadlines (the demo brings its own too)."""
    return [item.title for item in items if item.title.startswith("Plazo ")]


def test_two_working_days_reach_over_the_holidays(db: Database, dues: dict[str, int]) -> None:
    found = reminders(db, TODAY, 2)
    # The demo's own deadlines (relative to 26 Nov 2026) are overdue by now too.
    assert "Plazo late" in titles(found.overdue)
    assert all(item.due_on < TODAY for item in found.overdue)
    # Working days after Fri 4 Dec: Mon 7 (1), Thu 10 (2); Fri 11 is the third.
    assert titles(found.due_soon) == ["Plazo today", "Plazo monday", "Plazo thursday"]
    left = {item.title: item.working_days_left for item in found.due_soon}
    assert [left["Plazo today"], left["Plazo monday"], left["Plazo thursday"]] == [0, 1, 2]
    assert [item.due_on for item in found.due_soon] == sorted(i.due_on for i in found.due_soon)
    late = next(item for item in found.overdue if item.title == "Plazo late")
    assert late.days_overdue == 3
    assert late.expediente == "00045-2019-0-0302-JM-CI-01"


def test_a_court_closure_lengthens_the_horizon(db: Database, dues: dict[str, int]) -> None:
    add_closure(db, ClosureInput("2026-12-10", "2026-12-10", "Duelo judicial", "RA 3-2026"))
    assert "Plazo friday" in titles(reminders(db, TODAY, 2).due_soon)


def test_done_deadlines_are_not_reminded(db: Database, dues: dict[str, int]) -> None:
    set_deadline_status(db, dues["late"], DeadlineStatus.DONE)
    set_deadline_status(db, dues["monday"], DeadlineStatus.WAIVED)
    found = reminders(db, TODAY, 0)
    assert "Plazo late" not in titles(found.overdue)
    assert titles(found.due_soon) == ["Plazo today"]


def test_an_empty_database_has_nothing_to_remind(db: Database) -> None:
    found = reminders(db, TODAY, 5)
    assert not found
    assert (found.overdue, found.due_soon) == ((), ())


@pytest.mark.parametrize("horizon", [-1, 366])
def test_an_impossible_horizon_is_refused(db: Database, horizon: int) -> None:
    with pytest.raises(ValidationError):
        reminders(db, TODAY, horizon)
