"""Counting periods: table-driven cases checked by hand, plus property tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casetracker.domain.calendar import Closure, JudicialCalendar
from casetracker.domain.errors import ValidationError
from casetracker.domain.periods import (
    AppliedRule,
    DueDateResult,
    PeriodUnit,
    SkippedDay,
    add_calendar_period,
    compute_due_date,
    format_date_es,
)
from casetracker.domain.rule_versions import RuleVersion

W = PeriodUnit.WORKING_DAYS
CAL = PeriodUnit.CALENDAR_DAYS
MONTHS = PeriodUnit.MONTHS
YEARS = PeriodUnit.YEARS

PLAIN = JudicialCalendar()
VACATIONS = JudicialCalendar(vacations_suspend=True)
SUSPENDED_2020 = JudicialCalendar(
    [
        Closure(
            date(2020, 10, 13),
            date(2020, 10, 23),
            "Suspensión de labores del Poder Judicial",
            "RA 120-2020-P-CE-PJ",
        )
    ]
)

AMPARO_ANSWER = AppliedRule(
    key="amparo.answer",
    name_es="Contestar la demanda",
    name_en="Answer the claim",
    acting_side="defendant",
    version=RuleVersion("Ley 31307", "12", 10, W, date(2021, 7, 24), None, "H"),
)
PJ = (
    "Calendario: Poder Judicial, inhábiles: Día del Juez y apertura del año judicial "
    "(LOPJ arts. 123, 124 y 247)"
)

# (id, calendar, trigger, amount, unit, options, due date); weekdays in the comments.
CASES = [
    # Mon 7 Dec 2026: Tue 8 and Wed 9 are holidays; Thu 10 is day 1, Wed 23 day 10.
    ("holidays-in-december", PLAIN, date(2026, 12, 7), 10, W, {}, date(2026, 12, 23)),
    # 25 Dec, 1 Jan, the weekends and the opening (Mon 4 Jan 2027) are all skipped.
    ("year-boundary", PLAIN, date(2026, 12, 21), 10, W, {}, date(2027, 1, 7)),
    # Holy Thursday 17 and Good Friday 18 Apr 2025.
    ("holy-week", PLAIN, date(2025, 4, 14), 5, W, {}, date(2025, 4, 23)),
    # Fri 1 Aug; Mon 4 Día del Juez; Tue 5; Wed 6 Batalla de Junín; Thu 7.
    ("judges-day", PLAIN, date(2025, 7, 31), 3, W, {}, date(2025, 8, 7)),
    ("7-jun-2024-holiday", PLAIN, date(2024, 6, 6), 1, W, {}, date(2024, 6, 10)),
    ("7-jun-2023-working", PLAIN, date(2023, 6, 6), 1, W, {}, date(2023, 6, 7)),
    ("23-jul-2024-holiday", PLAIN, date(2024, 7, 22), 1, W, {}, date(2024, 7, 24)),
    ("23-jul-2021-working", PLAIN, date(2021, 7, 22), 1, W, {}, date(2021, 7, 23)),
    ("6-aug-2021-working", PLAIN, date(2021, 8, 5), 1, W, {}, date(2021, 8, 6)),
    ("9-dec-2021-working", PLAIN, date(2021, 12, 7), 2, W, {}, date(2021, 12, 10)),
    ("9-dec-2022-holiday", PLAIN, date(2022, 12, 7), 2, W, {}, date(2022, 12, 13)),
    # Closure Tue 13 – Fri 23 Oct 2020; Mon 26 is day 1.
    ("closure-2020", SUSPENDED_2020, date(2020, 10, 12), 3, W, {}, date(2020, 10, 28)),
    ("no-closure-2020", PLAIN, date(2020, 10, 12), 3, W, {}, date(2020, 10, 15)),
    # Vacations 1 Feb – Mon 2 Mar 2026: day 1 is Tue 3 Mar.
    ("vacations-on", VACATIONS, date(2026, 1, 30), 5, W, {}, date(2026, 3, 9)),
    ("vacations-off", PLAIN, date(2026, 1, 30), 5, W, {}, date(2026, 2, 6)),
    # SINOE: arrives Mon 7 Dec, effective Fri 11 (Thu 10, Fri 11); day 1 Mon 14.
    ("sinoe-working", PLAIN, date(2026, 12, 7), 10, W, {"electronic_notification": True},
     date(2026, 12, 28)),
    # Arrives Fri 4 Dec: Mon 7, Thu 10 effective; Fri 11, Mon 14, Tue 15.
    ("sinoe-over-weekend", PLAIN, date(2026, 12, 4), 3, W, {"electronic_notification": True},
     date(2026, 12, 15)),
    # Arrives Thu 3 Dec: effective Sat 5 (calendar) vs Mon 7 (working).
    ("sinoe-calendar-delay", PLAIN, date(2026, 12, 3), 10, W,
     {"electronic_notification": True, "notification_delay_working": False}, date(2026, 12, 22)),
    ("sinoe-working-delay", PLAIN, date(2026, 12, 3), 10, W,
     {"electronic_notification": True}, date(2026, 12, 23)),
    # Wed 23 Dec + 2 distance days: Thu 24, (Christmas, weekend) Mon 28.
    ("distance", PLAIN, date(2026, 12, 7), 10, W, {"distance_days": 2}, date(2026, 12, 28)),
    # 1 Jun 2026 + 6 days = Sun 7 Jun (also Batalla de Arica) -> Mon 8.
    ("calendar-days-on-sunday", PLAIN, date(2026, 6, 1), 6, CAL, {}, date(2026, 6, 8)),
    ("calendar-days-on-weekday", PLAIN, date(2026, 6, 1), 3, CAL, {}, date(2026, 6, 4)),
    ("calendar-days-distance", PLAIN, date(2026, 6, 1), 6, CAL, {"distance_days": 1},
     date(2026, 6, 9)),
    # 31 Jan 2026 + 1 month = Sat 28 Feb -> Mon 2 Mar, or Tue 3 Mar in vacations.
    ("month-clamped-saturday", PLAIN, date(2026, 1, 31), 1, MONTHS, {}, date(2026, 3, 2)),
    ("month-into-vacations", VACATIONS, date(2026, 1, 31), 1, MONTHS, {}, date(2026, 3, 3)),
    ("month-leap", PLAIN, date(2024, 1, 31), 1, MONTHS, {}, date(2024, 2, 29)),
    ("months-year-wrap", PLAIN, date(2025, 11, 28), 3, MONTHS, {}, date(2026, 3, 2)),
    # 9 Dec 2020 + 6 years = Wed 9 Dec 2026, Batalla de Ayacucho -> Thu 10.
    ("years-on-holiday", PLAIN, date(2020, 12, 9), 6, YEARS, {}, date(2026, 12, 10)),
    # 1 Jan 2026 holiday, Fri 2 opening, weekend -> Mon 5 Jan.
    ("years-on-new-year", PLAIN, date(2021, 1, 1), 5, YEARS, {}, date(2026, 1, 5)),
    # 29 Feb 2020 + 5 years = Fri 28 Feb 2025; in vacations -> Mon 3 Mar.
    ("years-from-leap-day", PLAIN, date(2020, 2, 29), 5, YEARS, {}, date(2025, 2, 28)),
    ("years-from-leap-day-vacations", VACATIONS, date(2020, 2, 29), 5, YEARS, {},
     date(2025, 3, 3)),
    # Zero days: the trigger itself, or the next working day.
    ("zero-on-working-day", PLAIN, date(2026, 12, 7), 0, W, {}, date(2026, 12, 7)),
    ("zero-on-holiday", PLAIN, date(2026, 12, 8), 0, W, {}, date(2026, 12, 10)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("calendar", "trigger", "amount", "unit", "options", "due"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_due_dates(
    calendar: JudicialCalendar,
    trigger: date,
    amount: int,
    unit: PeriodUnit,
    options: dict[str, bool | int],
    due: date,
) -> None:
    result = compute_due_date(calendar, trigger, amount, unit, **options)  # type: ignore[arg-type]
    assert result.due_date == due
    assert calendar.is_working_day(result.due_date)
    if unit is W and amount:
        assert len(result.counted_days) == amount + result.distance_days


def test_explanation_of_an_amparo_answer() -> None:
    result = compute_due_date(PLAIN, date(2026, 12, 7), 10, W, rule=AMPARO_ANSWER)
    assert result.explanation_lines() == [
        "Notificación: lun 7 dic 2026",
        "Actuación: Contestar la demanda",
        "Debe actuar: la parte demandada",
        "Norma aplicable: Ley 31307, art. 12: 10 días hábiles (vigente desde el sáb 24 jul 2021)",
        PJ,
        "Se cuenta desde: jue 10 dic 2026",
        "Se omite: mar 8 dic 2026 — Inmaculada Concepción, feriado nacional",
        "Se omite: mié 9 dic 2026 — Batalla de Ayacucho, feriado nacional",
        "Se omite: sáb 12 dic 2026 — sábado",
        "Se omite: dom 13 dic 2026 — domingo",
        "Se omite: sáb 19 dic 2026 — sábado",
        "Se omite: dom 20 dic 2026 — domingo",
        "Vence: mié 23 dic 2026",
    ]


def test_explanation_of_sinoe_distance_and_moved_end() -> None:
    result = compute_due_date(
        PLAIN, date(2026, 6, 1), 6, CAL, electronic_notification=True, distance_days=1
    )
    # Arrives Mon 1 Jun, effective Wed 3; 6 days end Tue 9; +1 working day Wed 10.
    assert result.effective_trigger == date(2026, 6, 3)
    assert result.nominal_end == date(2026, 6, 9)
    assert result.due_date == date(2026, 6, 10)
    assert result.explanation_lines() == [
        "Notificación: lun 1 jun 2026",
        "Notificación electrónica: surte efecto el mié 3 jun 2026, "
        "segundo día hábil siguiente (LOPJ 155-C)",
        "Plazo: 6 días calendario",
        PJ,
        "Término de la distancia: 1 día hábil más (CPC 146)",
        "Último día del plazo: mar 9 jun 2026",
        "Vence: mié 10 jun 2026",
    ]
    # Tue 1 Jun 2027 is a working day: nothing moves.
    kept = compute_due_date(PLAIN, date(2026, 6, 1), 1, YEARS)
    assert (kept.due_date, kept.skipped_days) == (date(2027, 6, 1), ())
    # 1 Aug 2027 is a Sunday: the end moves to Mon 2 Aug.
    sunday = compute_due_date(PLAIN, date(2027, 7, 1), 1, MONTHS)
    assert "Plazo: 1 mes" in sunday.explanation_lines()
    assert "El último día es inhábil: vence el siguiente día hábil (Código Civil 183)" in (
        sunday.explanation_lines()
    )
    assert sunday.skipped_days == (SkippedDay(date(2027, 8, 1), "domingo"),)
    assert sunday.due_date == date(2027, 8, 2)


def test_sinoe_delay_days_are_listed_only_when_working() -> None:
    working = compute_due_date(PLAIN, date(2026, 12, 7), 1, W, electronic_notification=True)
    assert [s.day for s in working.skipped_days][:2] == [date(2026, 12, 8), date(2026, 12, 9)]
    calendar_delay = compute_due_date(
        PLAIN, date(2026, 12, 7), 1, W, electronic_notification=True,
        notification_delay_working=False,
    )  # fmt: skip
    # Effective Wed 9 Dec (two calendar days); day 1 is Thu 10.
    assert calendar_delay.effective_trigger == date(2026, 12, 9)
    assert calendar_delay.due_date == date(2026, 12, 10)
    assert calendar_delay.skipped_days == ()
    assert "segundo día calendario siguiente" in calendar_delay.explanation_lines()[1]


def test_to_json() -> None:
    result = compute_due_date(
        SUSPENDED_2020, date(2020, 10, 12), 3, W, distance_days=1, rule=AMPARO_ANSWER
    )
    data = result.to_json()
    assert data["due_date"] == "2020-10-29"
    assert data["inputs"] == {
        "trigger": "2020-10-12",
        "amount": 3,
        "unit": "working_days",
        "electronic_notification": False,
        "notification_delay_working": True,
        "distance_days": 1,
        "rule_key": "amparo.answer",
    }
    assert data["rule"] == AMPARO_ANSWER.to_json()
    reason = "Suspensión de labores del Poder Judicial (RA 120-2020-P-CE-PJ)"
    assert data["skipped_days"][0] == {
        "date": "2020-10-13",
        "reason": reason,
        "reason_en": f"closure: {reason}",
    }
    assert {"date": "2020-10-17", "reason": "sábado", "reason_en": "Saturday"} in (
        data["skipped_days"]
    )
    # The record of a computation is read back as it was.
    assert DueDateResult.from_json(data) == result
    assert len(data["skipped_days"]) == 13  # 9 closed weekdays + two weekends
    assert data["counted_days"] == ["2020-10-26", "2020-10-27", "2020-10-28", "2020-10-29"]


@pytest.mark.parametrize(
    ("trigger", "amount", "unit", "distance", "field"),
    [
        (date(2026, 1, 5), -1, W, 0, "amount"),
        (date(2026, 1, 5), 3651, W, 0, "amount"),
        (date(2026, 1, 5), 21, YEARS, 0, "amount"),
        (date(2026, 1, 5), True, W, 0, "amount"),
        (date(2026, 1, 5), 2.5, W, 0, "amount"),
        (date(2026, 1, 5), 3, "fortnights", 0, "unit"),
        (date(2026, 1, 5), 3, W, -2, "distance_days"),
        (datetime(2026, 1, 5, 9, 30), 3, W, 0, "trigger"),
        ("2026-01-05", 3, W, 0, "trigger"),
    ],
)
def test_validation(
    trigger: object, amount: object, unit: object, distance: int, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        compute_due_date(PLAIN, trigger, amount, unit, distance_days=distance)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_largest_amount_is_accepted() -> None:
    result = compute_due_date(PLAIN, date(2020, 1, 2), 3650, W)
    assert len(result.counted_days) == 3650
    assert result.counted_days[-1] == result.due_date


def test_unit_given_as_code() -> None:
    result = compute_due_date(PLAIN, date(2026, 12, 7), 10, "working_days")
    assert result.unit is W
    assert result.due_date == date(2026, 12, 23)


@pytest.mark.parametrize(
    ("start", "amount", "unit", "expected"),
    [
        (date(2026, 1, 31), 1, MONTHS, date(2026, 2, 28)),
        (date(2026, 3, 31), 1, MONTHS, date(2026, 4, 30)),
        (date(2026, 12, 15), 1, MONTHS, date(2027, 1, 15)),
        (date(2026, 1, 15), 24, MONTHS, date(2028, 1, 15)),
        (date(2024, 2, 29), 1, YEARS, date(2025, 2, 28)),
        (date(2024, 2, 29), 4, YEARS, date(2028, 2, 29)),
        (date(2026, 12, 31), 1, CAL, date(2027, 1, 1)),
    ],
)
def test_add_calendar_period(start: date, amount: int, unit: PeriodUnit, expected: date) -> None:
    assert add_calendar_period(start, amount, unit) == expected


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2026, 12, 8), "mar 8 dic 2026"),
        (date(2026, 9, 10), "jue 10 set 2026"),
        (date(2026, 11, 28), "sáb 28 nov 2026"),
        (date(2027, 1, 3), "dom 3 ene 2027"),
    ],
)
def test_format_date_es(day: date, text: str) -> None:
    assert format_date_es(day) == text


# -- properties ------------------------------------------------------------------

triggers = st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31))
units = st.sampled_from(list(PeriodUnit))
closures = st.builds(
    lambda start, length: Closure(start, start + timedelta(days=length), "Huelga", "RA 1-2025"),
    st.dates(min_value=date(2015, 1, 1), max_value=date(2031, 12, 31)),
    st.integers(min_value=0, max_value=40),
)
options = st.fixed_dictionaries(
    {
        "electronic_notification": st.booleans(),
        "notification_delay_working": st.booleans(),
        "distance_days": st.integers(min_value=0, max_value=10),
    }
)


TOP = {W: 300, CAL: 400, MONTHS: 24, YEARS: 6}


def _amounts(unit: PeriodUnit) -> st.SearchStrategy[int]:
    return st.integers(min_value=0, max_value=TOP[unit])


@settings(max_examples=300, deadline=None)
@given(trigger=triggers, unit=units, data=st.data(), opts=options, vacations=st.booleans())
def test_due_date_is_a_working_day(
    trigger: date, unit: PeriodUnit, data: st.DataObject, opts: dict, vacations: bool
) -> None:
    calendar = VACATIONS if vacations else PLAIN
    result = compute_due_date(calendar, trigger, data.draw(_amounts(unit)), unit, **opts)
    assert calendar.is_working_day(result.due_date)
    assert result.due_date >= result.effective_trigger >= trigger


@settings(max_examples=300, deadline=None)
@given(trigger=triggers, unit=units, data=st.data(), opts=options)
def test_longer_period_never_ends_earlier(
    trigger: date, unit: PeriodUnit, data: st.DataObject, opts: dict
) -> None:
    shorter = data.draw(_amounts(unit))
    longer = data.draw(st.integers(min_value=shorter, max_value=TOP[unit]))
    first = compute_due_date(PLAIN, trigger, shorter, unit, **opts)
    second = compute_due_date(PLAIN, trigger, longer, unit, **opts)
    assert second.due_date >= first.due_date


@settings(max_examples=200, deadline=None)
@given(trigger=triggers, unit=units, data=st.data(), opts=options, closure=closures)
def test_a_closure_never_makes_a_due_date_earlier(
    trigger: date, unit: PeriodUnit, data: st.DataObject, opts: dict, closure: Closure
) -> None:
    amount = data.draw(_amounts(unit))
    before = compute_due_date(PLAIN, trigger, amount, unit, **opts)
    after = compute_due_date(JudicialCalendar([closure]), trigger, amount, unit, **opts)
    assert after.due_date >= before.due_date


@settings(max_examples=200, deadline=None)
@given(
    trigger=triggers,
    amount=st.integers(min_value=1, max_value=80),
    distance=st.integers(min_value=0, max_value=5),
    closure=closures,
    electronic=st.booleans(),
)
def test_explanation_lists_every_skipped_day(
    trigger: date, amount: int, distance: int, closure: Closure, electronic: bool
) -> None:
    calendar = JudicialCalendar([closure], vacations_suspend=True)
    result: DueDateResult = compute_due_date(
        calendar, trigger, amount, W, distance_days=distance, electronic_notification=electronic
    )
    # With the default working-day SINOE delay, every day after the trigger is counted.
    span = [trigger + timedelta(days=n) for n in range(1, (result.due_date - trigger).days + 1)]
    expected = [(day, calendar.non_working_reason(day)) for day in span]
    expected = [(day, reason) for day, reason in expected if reason is not None]
    assert [(s.day, s.reason) for s in result.skipped_days] == expected
    lines = result.explanation_lines()
    for day, reason in expected:
        assert f"Se omite: {format_date_es(day)} — {reason}" in lines
    assert len(result.counted_days) == amount + distance
    assert len(span) == len(expected) + len(result.counted_days) + 2 * electronic
