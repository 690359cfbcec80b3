"""JudicialCalendar: every kind of non-working day, 2019–2027.

Expected dates were checked against ``python -m calendar``; weekdays are noted
beside the dates that matter.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from casetracker.domain.calendar import (
    Closure,
    JudicialCalendar,
    judicial_year_opening,
    national_holidays,
)
from casetracker.domain.errors import ValidationError

YEARS = range(2019, 2028)
HOLIDAY = ", feriado nacional"

# (month, day, Spanish name in the holidays package, first year it applies)
FIXED_HOLIDAYS = [
    (1, 1, "Año Nuevo", 2019),
    (5, 1, "Día del Trabajo", 2019),
    (6, 7, "Batalla de Arica y Día de la Bandera", 2024),  # Ley 31788
    (6, 29, "San Pedro y San Pablo", 2019),
    (7, 23, "Día de la Fuerza Aérea del Perú", 2023),  # Ley 31822
    (7, 28, "Día de la Independencia", 2019),
    (7, 29, "Día de la Gran Parada Militar", 2019),
    (8, 6, "Batalla de Junín", 2022),  # Ley 31530
    (8, 30, "Santa Rosa de Lima", 2019),
    (10, 8, "Combate de Angamos", 2019),
    (11, 1, "Todos Los Santos", 2019),
    (12, 8, "Inmaculada Concepción", 2019),
    (12, 9, "Batalla de Ayacucho", 2022),  # Ley 31381
    (12, 25, "Navidad del Señor", 2019),
]

EASTER = {
    2019: date(2019, 4, 21),
    2020: date(2020, 4, 12),
    2021: date(2021, 4, 4),
    2022: date(2022, 4, 17),
    2023: date(2023, 4, 9),
    2024: date(2024, 3, 31),
    2025: date(2025, 4, 20),
    2026: date(2026, 4, 5),
    2027: date(2027, 3, 28),
}

# First working day of January: after 1 Jan and any weekend.
OPENINGS = {
    2019: date(2019, 1, 2),  # Wed (1 Jan Tue)
    2020: date(2020, 1, 2),  # Thu (1 Jan Wed)
    2021: date(2021, 1, 4),  # Mon (1 Jan Fri)
    2022: date(2022, 1, 3),  # Mon (1 Jan Sat)
    2023: date(2023, 1, 2),  # Mon (1 Jan Sun)
    2024: date(2024, 1, 2),  # Tue (1 Jan Mon)
    2025: date(2025, 1, 2),  # Thu (1 Jan Wed)
    2026: date(2026, 1, 2),  # Fri (1 Jan Thu)
    2027: date(2027, 1, 4),  # Mon (1 Jan Fri)
}

SUSPENSION_2020 = Closure(
    date(2020, 10, 13),
    date(2020, 10, 23),
    "Suspensión de labores del Poder Judicial",
    "RA 120-2020-P-CE-PJ",
)


@pytest.fixture(scope="module")
def plain() -> JudicialCalendar:
    return JudicialCalendar()


@pytest.mark.parametrize(("month", "day", "name", "since"), FIXED_HOLIDAYS)
@pytest.mark.parametrize("year", YEARS)
def test_fixed_national_holidays(
    plain: JudicialCalendar, year: int, month: int, day: int, name: str, since: int
) -> None:
    when = date(year, month, day)
    reason = plain.non_working_reason(when)
    if year >= since:
        assert reason == name + HOLIDAY
        assert not plain.is_working_day(when)
    else:
        # Before the law that created it, the day is ordinary: working or a weekend.
        weekend = {5: "sábado", 6: "domingo"}.get(when.weekday())
        assert reason == weekend
        assert plain.is_working_day(when) is (weekend is None)


@pytest.mark.parametrize("year", YEARS)
def test_holy_week(plain: JudicialCalendar, year: int) -> None:
    easter = EASTER[year]
    assert plain.non_working_reason(easter - timedelta(days=3)) == "Jueves Santo" + HOLIDAY
    assert plain.non_working_reason(easter - timedelta(days=2)) == "Viernes Santo" + HOLIDAY
    # Easter Sunday is just a Sunday; the Wednesday before is an ordinary working day.
    assert plain.non_working_reason(easter) == "domingo"
    assert plain.is_working_day(easter - timedelta(days=4))


@pytest.mark.parametrize("year", YEARS)
def test_national_holidays_has_no_easter_sunday(year: int) -> None:
    assert EASTER[year] not in national_holidays(year)
    assert national_holidays(year)[date(year, 1, 1)] == "Año Nuevo"


@pytest.mark.parametrize("year", YEARS)
def test_judges_day(plain: JudicialCalendar, year: int) -> None:
    assert plain.non_working_reason(date(year, 8, 4)) == "Día del Juez"
    assert plain.non_working_reason(date(year, 8, 5)) in (None, "sábado", "domingo")


@pytest.mark.parametrize(("year", "opening"), OPENINGS.items())
def test_opening_of_the_judicial_year(plain: JudicialCalendar, year: int, opening: date) -> None:
    assert judicial_year_opening(year) == opening
    assert plain.non_working_reason(opening) == "apertura del año judicial"
    before = [plain.non_working_reason(date(year, 1, day)) for day in range(1, opening.day)]
    assert before[0] == "Año Nuevo" + HOLIDAY
    assert set(before[1:]) <= {"sábado", "domingo"}


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        (date(2026, 12, 5), "sábado"),
        (date(2026, 12, 6), "domingo"),
        (date(2026, 12, 7), None),  # Monday
        (date(2026, 12, 8), "Inmaculada Concepción, feriado nacional"),
        (date(2026, 12, 31), None),  # Thursday, not a holiday
        (date(2027, 1, 1), "Año Nuevo, feriado nacional"),
        (date(2024, 12, 8), "Inmaculada Concepción, feriado nacional"),  # a Sunday: name wins
        (date(2024, 8, 4), "Día del Juez"),  # a Sunday
    ],
)
def test_reason_for_single_days(plain: JudicialCalendar, day: date, reason: str | None) -> None:
    assert plain.non_working_reason(day) == reason
    assert plain.is_working_day(day) is (reason is None)


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        (date(2020, 10, 12), None),  # Monday before
        (date(2020, 10, 13), "Suspensión de labores del Poder Judicial (RA 120-2020-P-CE-PJ)"),
        (date(2020, 10, 19), "Suspensión de labores del Poder Judicial (RA 120-2020-P-CE-PJ)"),
        (date(2020, 10, 23), "Suspensión de labores del Poder Judicial (RA 120-2020-P-CE-PJ)"),
        (date(2020, 10, 17), "sábado"),  # inside the closure, still a Saturday
        (date(2020, 10, 26), None),  # Monday after
    ],
)
def test_user_closure(day: date, reason: str | None) -> None:
    calendar = JudicialCalendar([SUSPENSION_2020])
    assert calendar.non_working_reason(day) == reason


def test_closures_of_other_courts_are_ignored() -> None:
    strike = Closure(date(2025, 6, 2), date(2025, 6, 3), "Huelga", "", court_id=7)
    mourning = Closure(date(2025, 6, 4), date(2025, 6, 4), "Duelo nacional", "DS 001-2025-PCM")
    day_of_strike, day_of_mourning = date(2025, 6, 2), date(2025, 6, 4)
    for court, strike_reason in [(7, "Huelga"), (8, None), (None, None)]:
        calendar = JudicialCalendar([strike, mourning], court_id=court)
        assert calendar.non_working_reason(day_of_strike) == strike_reason
        assert calendar.non_working_reason(day_of_mourning) == "Duelo nacional (DS 001-2025-PCM)"


@pytest.mark.parametrize(
    ("day", "with_vacations", "without"),
    [
        (date(2024, 1, 31), None, None),  # Wednesday before
        (date(2024, 2, 1), "vacaciones judiciales", None),
        (date(2024, 2, 29), "vacaciones judiciales", None),  # leap day
        (date(2024, 3, 1), "vacaciones judiciales", None),
        (date(2024, 3, 2), "sábado", "sábado"),
        (date(2024, 3, 4), None, None),  # Monday after
        (date(2026, 3, 2), "vacaciones judiciales", None),  # last day, a Monday
        (date(2026, 3, 3), None, None),
    ],
)
def test_judicial_vacations(day: date, with_vacations: str | None, without: str | None) -> None:
    assert JudicialCalendar(vacations_suspend=True).non_working_reason(day) == with_vacations
    assert JudicialCalendar().non_working_reason(day) == without


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        (date(2026, 12, 7), 0, date(2026, 12, 7)),
        (date(2026, 12, 8), 0, date(2026, 12, 10)),  # holiday, holiday, Thursday
        (date(2026, 12, 7), 1, date(2026, 12, 10)),
        (date(2026, 12, 30), 2, date(2027, 1, 5)),  # 31 Dec, then 1 Jan, weekend, opening
        # 2027: 365 days - 104 weekend days - 14 weekday holidays - opening - Día del Juez
        (date(2026, 12, 31), 245, date(2027, 12, 31)),
        # 2028 opens on Mon 3 Jan (1 Jan is a Saturday)
        (date(2026, 12, 31), 250, date(2028, 1, 10)),
    ],
)
def test_add_working_days(plain: JudicialCalendar, start: date, count: int, expected: date) -> None:
    assert plain.add_working_days(start, count) == expected


def test_add_working_days_agrees_with_counting_day_by_day(plain: JudicialCalendar) -> None:
    start = date(2019, 12, 20)
    day, counted = start, 0
    while counted < 600:
        day += timedelta(days=1)
        counted += plain.is_working_day(day)
    assert plain.add_working_days(start, 600) == day


def test_ranges(plain: JudicialCalendar) -> None:
    first, last = date(2026, 12, 24), date(2027, 1, 5)
    assert plain.working_days_between(first, last) == [
        date(2026, 12, 24),
        date(2026, 12, 28),
        date(2026, 12, 29),
        date(2026, 12, 30),
        date(2026, 12, 31),
        date(2027, 1, 5),
    ]
    assert plain.non_working_between(first, last) == [
        (date(2026, 12, 25), "Navidad del Señor, feriado nacional"),
        (date(2026, 12, 26), "sábado"),
        (date(2026, 12, 27), "domingo"),
        (date(2027, 1, 1), "Año Nuevo, feriado nacional"),
        (date(2027, 1, 2), "sábado"),
        (date(2027, 1, 3), "domingo"),
        (date(2027, 1, 4), "apertura del año judicial"),
    ]


@pytest.mark.parametrize("year", [2015, 2035])
def test_covers_2015_to_2035(plain: JudicialCalendar, year: int) -> None:
    assert plain.non_working_reason(date(year, 7, 28)) == "Día de la Independencia" + HOLIDAY
    assert plain.non_working_reason(date(year, 8, 4)) == "Día del Juez"


def test_far_years_are_rejected(plain: JudicialCalendar) -> None:
    with pytest.raises(ValidationError) as caught:
        plain.is_working_day(date(2999, 1, 1))
    assert caught.value.field == "date"


@pytest.mark.parametrize(
    ("start", "end", "reason", "field"),
    [
        (date(2020, 10, 23), date(2020, 10, 13), "Suspensión", "end"),
        (date(2020, 10, 13), date(2020, 10, 23), "  ", "reason"),
    ],
)
def test_closure_validation(start: date, end: date, reason: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Closure(start, end, reason)
    assert caught.value.field == field


def test_closure_without_basis_shows_reason_only() -> None:
    closure = Closure(date(2023, 6, 26), date(2023, 6, 26), "Día no laborable")
    assert closure.describe() == "Día no laborable"
    assert list(closure.days()) == [date(2023, 6, 26)]
