"""Calendars per body: the Poder Judicial observes Día del Juez and the opening of the
judicial year (LOPJ); the Tribunal Constitucional, as its body's data says.

Weekdays are noted beside the dates that matter (checked with ``python -m calendar``).
"""

from __future__ import annotations

from datetime import date

import pytest

from casetracker.domain.calendar import JUDICIARY, CalendarBody, Closure, JudicialCalendar
from casetracker.domain.errors import ValidationError
from casetracker.domain.periods import compute_due_date

W = "working_days"
TC = CalendarBody("Tribunal Constitucional", False, False, "", verified=False)
PJ_CALENDAR = JudicialCalendar(body=JUDICIARY)
TC_CALENDAR = JudicialCalendar(body=TC)


@pytest.mark.parametrize(
    ("trigger", "days", "judiciary", "constitutional_court"),
    [
        # The case: Fri 31 Jul 2026; Mon 3 Aug is day 1, Tue 4 Aug is Día del Juez
        # for the PJ only; Thu 6 Aug (Batalla de Junín) is a holiday for both.
        (date(2026, 7, 31), 5, date(2026, 8, 11), date(2026, 8, 10)),
        # Mon 3 Aug 2026, one day: Wed 5 Aug for the PJ, Tue 4 Aug for the TC.
        (date(2026, 8, 3), 1, date(2026, 8, 5), date(2026, 8, 4)),
        # 2025: Mon 4 Aug is Día del Juez; from Fri 1 Aug, 1 day: Tue 5 vs Mon 4.
        (date(2025, 8, 1), 1, date(2025, 8, 5), date(2025, 8, 4)),
        # Opening of the judicial year: Fri 2 Jan 2026 for the PJ (1 Jan is a Thursday).
        (date(2025, 12, 31), 1, date(2026, 1, 5), date(2026, 1, 2)),
        # 2027 opens on Mon 4 Jan (1 Jan Fri, then a weekend).
        (date(2026, 12, 31), 1, date(2027, 1, 5), date(2027, 1, 4)),
        # Far from both days, the calendars agree.
        (date(2026, 11, 2), 5, date(2026, 11, 9), date(2026, 11, 9)),
    ],
)
def test_the_tc_and_the_judiciary_count_differently_around_their_days(
    trigger: date, days: int, judiciary: date, constitutional_court: date
) -> None:
    assert compute_due_date(PJ_CALENDAR, trigger, days, W).due_date == judiciary
    assert compute_due_date(TC_CALENDAR, trigger, days, W).due_date == constitutional_court


def test_a_body_that_observes_only_one_of_the_days() -> None:
    only_judges_day = JudicialCalendar(body=CalendarBody("Otro", True, False))
    assert only_judges_day.non_working_reason(date(2026, 8, 4)) == "Día del Juez"
    assert only_judges_day.is_working_day(date(2026, 1, 2))


def test_the_explanation_names_the_body_and_marks_it_unverified() -> None:
    tc = compute_due_date(TC_CALENDAR, date(2026, 7, 31), 5, W)
    assert (
        "Calendario: Tribunal Constitucional, sin días inhábiles propios (no verificado)"
        in tc.explanation_lines()
    )
    assert "Calendar: Tribunal Constitucional, no days of its own (not verified)" in (
        tc.explanation_lines("en")
    )
    court = JudicialCalendar(body=JUDICIARY, court_name="Juzgado Mixto de Espinar")
    line = compute_due_date(court, date(2026, 7, 31), 5, W).explanation_lines()[2]
    assert line == (
        "Calendario: Juzgado Mixto de Espinar — Poder Judicial, inhábiles: Día del Juez y "
        "apertura del año judicial (LOPJ arts. 123, 124 y 247)"
    )


def test_closures_apply_to_every_court_to_one_body_or_to_one_court() -> None:
    strike = Closure(date(2026, 9, 14), date(2026, 9, 15), "Huelga", "", body_id=1)
    national = Closure(date(2026, 9, 16), date(2026, 9, 16), "Duelo nacional", "DS 1-2026-PCM")
    own = Closure(date(2026, 9, 17), date(2026, 9, 17), "Fumigación", "", court_id=7)
    closures = [strike, national, own]
    judiciary_court = JudicialCalendar(closures, court_id=7, body_id=1)
    tc_court = JudicialCalendar(closures, court_id=9, body=TC, body_id=2)
    assert [judiciary_court.non_working_reason(date(2026, 9, d)) for d in (14, 16, 17)] == [
        "Huelga",
        "Duelo nacional (DS 1-2026-PCM)",
        "Fumigación",
    ]
    assert [tc_court.non_working_reason(date(2026, 9, d)) for d in (14, 16, 17)] == [
        None,
        "Duelo nacional (DS 1-2026-PCM)",
        None,
    ]


def test_a_closure_names_one_scope_only() -> None:
    with pytest.raises(ValidationError):
        Closure(date(2026, 9, 14), date(2026, 9, 14), "Huelga", court_id=1, body_id=1)


def test_reasons_in_english() -> None:
    assert PJ_CALENDAR.day_off(date(2026, 12, 8)).en == "Immaculate Conception, national holiday"
    assert PJ_CALENDAR.day_off(date(2026, 8, 4)).en == "Judges' Day (Día del Juez)"
    assert PJ_CALENDAR.day_off(date(2026, 1, 2)).en == "opening of the judicial year"
    assert PJ_CALENDAR.day_off(date(2026, 11, 28)).en == "Saturday"
    english = compute_due_date(PJ_CALENDAR, date(2026, 12, 7), 10, W).explanation_lines("en")
    assert "Skipped: Tue 8 Dec 2026 — Immaculate Conception, national holiday" in english
    assert english[-1] == "Due: Wed 23 Dec 2026"
