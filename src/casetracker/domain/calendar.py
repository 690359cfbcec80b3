"""The judicial calendar: which days count as working days for a Peruvian court.

Non-working days are weekends, national holidays (from the ``holidays`` package),
the days of the body the court belongs to (the Poder Judicial observes Día del Juez
and the opening of the judicial year, LOPJ; whether the Tribunal Constitucional
does is not verified, so each body says so in its own data), dated closures added
by the user (suspensions, strikes, mourning days, decreed days off; for every
court, a body or one court) and, optionally, the judicial vacations. See the
domain notes, section 2.

Every non-working day comes with its reason in Spanish (as the explanation of a
due date prints it) and in English (for the English interface).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache

from casetracker.domain.calendar_data import (
    JUDGES_DAY,
    JUDICIAL_VACATIONS,
    JUDICIAL_YEAR_OPENING,
    JUDICIARY,
    NATIONAL_HOLIDAY_SUFFIX,
    NATIONAL_HOLIDAY_SUFFIX_EN,
    SATURDAY,
    SUNDAY,
    CalendarBody,
    Closure,
    CourtId,
    DayOff,
    describe_body,
)
from casetracker.domain.errors import ValidationError

__all__ = [
    "JUDGES_DAY",
    "JUDICIAL_VACATIONS",
    "JUDICIAL_YEAR_OPENING",
    "JUDICIARY",
    "CalendarBody",
    "Closure",
    "CourtId",
    "DayOff",
    "JudicialCalendar",
    "holidays_source",
    "judicial_year_opening",
    "national_holidays",
    "national_holidays_en",
]

MIN_YEAR = 1950
MAX_YEAR = 2100

# Easter Sunday is returned by the package but is a Sunday anyway: "domingo" is
# the clearer reason, and it must not look like an extra holiday.
_IGNORED_HOLIDAYS = frozenset({"Domingo de Resurrección"})


def national_holidays(year: int) -> dict[date, str]:
    """Peru's national holidays of ``year`` with their Spanish names (Easter Sunday left out)."""
    return dict(_national_holidays(year))


def national_holidays_en(year: int) -> dict[date, str]:
    """The same holidays with their English names."""
    return dict(_national_holidays(year, "en_US"))


@cache
def _national_holidays(year: int, language: str = "es") -> tuple[tuple[date, str], ...]:
    # The package is slow to import (a tenth of the app's start-up imports) and its
    # object slow to build: both wait for the first date computation, and every
    # calendar instance shares this cache.
    import holidays

    found = holidays.country_holidays("PE", years=year, language=language)
    spanish = holidays.country_holidays("PE", years=year, language="es")
    return tuple(
        sorted((day, name) for day, name in found.items() if spanish[day] not in _IGNORED_HOLIDAYS)
    )


def holidays_source() -> str:
    """Where the national holidays come from, with the version (recorded with computations)."""
    import holidays

    return f"holidays {holidays.__version__} (PE)"


def judicial_year_opening(year: int) -> date:
    """The first working day of January: weekends and national holidays only.

    Closures are deliberately left out so the date is the same for every court.
    """
    fixed = national_holidays(year)
    day = date(year, 1, 1)
    while day.weekday() >= 5 or day in fixed:
        day += timedelta(days=1)
    return day


class JudicialCalendar:
    """Answers whether a day is a working day for one court, and why not.

    Results are cached per year, so counting thousands of periods stays fast. The
    calendar is immutable after construction: build a new one when closures change.
    """

    def __init__(
        self,
        closures: Iterable[Closure] = (),
        court_id: CourtId | None = None,
        *,
        vacations_suspend: bool = False,
        body: CalendarBody = JUDICIARY,
        body_id: CourtId | None = None,
        court_name: str = "",
    ) -> None:
        """Build a calendar.

        Args:
            closures: dated closures; those of other courts or bodies are ignored.
            court_id: the court whose calendar this is, or None for no court in particular.
            vacations_suspend: treat the judicial vacations (1 Feb – 2 Mar) as non-working.
            body: the body the court belongs to: which of the judiciary's days it observes.
            body_id: that body's id in the store, to pick its closures.
            court_name: the court's name, for explanations ("" when there is no court).
        """
        self.court_id = court_id
        self.vacations_suspend = vacations_suspend
        self.body = body
        self.body_id = body_id
        self.court_name = court_name
        self.closures: tuple[Closure, ...] = tuple(
            closure for closure in closures if closure.applies(court_id, body_id)
        )
        self._closed: dict[date, Closure] = {}
        for closure in sorted(self.closures, key=lambda c: c.start):
            for day in closure.days():
                # The earliest-starting closure names an overlapping day.
                self._closed.setdefault(day, closure)
        self._reasons: dict[int, dict[date, DayOff]] = {}
        self._working: dict[int, list[int]] = {}
        self._non_working: dict[int, list[date]] = {}

    def with_closures(
        self, added: Iterable[Closure] = (), removed: Iterable[Closure] = ()
    ) -> JudicialCalendar:
        """A copy with closures added or taken away (one copy of each removed one)."""
        kept = list(self.closures)
        for closure in removed:
            if closure in kept:
                kept.remove(closure)
        return JudicialCalendar(
            [*kept, *added],
            self.court_id,
            vacations_suspend=self.vacations_suspend,
            body=self.body,
            body_id=self.body_id,
            court_name=self.court_name,
        )

    def describe(self, language: str = "es") -> str:
        """The calendar in one line: court, body and what the body observes."""
        body = describe_body(self.body, language)
        vacations = ""
        if self.vacations_suspend:
            vacations = (
                "; judicial vacations suspend periods"
                if language != "es"
                else "; las vacaciones judiciales suspenden los plazos"
            )
        named = self.court_name and self.court_name != self.body.name
        court = f"{self.court_name} — " if named else ""
        return f"{court}{body}{vacations}"

    # -- queries --------------------------------------------------------------

    def non_working_reason(self, day: date) -> str | None:
        """Return why ``day`` is not a working day (Spanish), or None if it is one.

        When several reasons apply the most specific fixed one wins: national holiday,
        then the judiciary's days, then the weekday, then closures, then vacations.
        """
        found = self.day_off(day)
        return found.es if found else None

    def day_off(self, day: date) -> DayOff | None:
        """Why ``day`` is not a working day, in both languages, or None if it is one."""
        return self._year_reasons(day.year).get(day)

    def is_working_day(self, day: date) -> bool:
        """Whether courts count ``day`` in periods of working days."""
        return day not in self._year_reasons(day.year)

    def next_working_day(self, day: date) -> date:
        """Return ``day`` itself if it is a working day, else the next working day."""
        working = self._year_working(day.year)
        index = bisect.bisect_left(working, day.toordinal())
        if index < len(working):
            return date.fromordinal(working[index])
        return self.next_working_day(date(day.year + 1, 1, 1))

    def add_working_days(self, start: date, count: int) -> date:
        """Return the ``count``-th working day strictly after ``start``.

        A count of zero returns ``start`` if it is a working day, else the next one.
        """
        if count <= 0:
            return self.next_working_day(start)
        year = start.year
        working = self._year_working(year)
        index = bisect.bisect_right(working, start.toordinal()) + count - 1
        while index >= len(working):
            index -= len(working)
            year += 1
            working = self._year_working(year)
        return date.fromordinal(working[index])

    def working_days_between(self, first: date, last: date) -> list[date]:
        """Every working day from ``first`` to ``last``, both included."""
        found: list[date] = []
        low, high = first.toordinal(), last.toordinal()
        for year in range(first.year, last.year + 1):
            working = self._year_working(year)
            start = bisect.bisect_left(working, low)
            stop = bisect.bisect_right(working, high)
            found.extend(map(date.fromordinal, working[start:stop]))
        return found

    def non_working_between(self, first: date, last: date) -> list[tuple[date, str]]:
        """Every non-working day from ``first`` to ``last`` (inclusive) with its reason."""
        return [(day, off.es) for day, off in self.days_off_between(first, last)]

    def days_off_between(self, first: date, last: date) -> list[tuple[date, DayOff]]:
        """Every non-working day from ``first`` to ``last`` (inclusive), both languages."""
        found: list[tuple[date, DayOff]] = []
        for year in range(first.year, last.year + 1):
            reasons = self._year_reasons(year)
            ordered = self._year_non_working(year)
            start = bisect.bisect_left(ordered, first)
            stop = bisect.bisect_right(ordered, last)
            found.extend((day, reasons[day]) for day in ordered[start:stop])
        return found

    # -- cache ------------------------------------------------------------------

    def _year_reasons(self, year: int) -> dict[date, DayOff]:
        reasons = self._reasons.get(year)
        if reasons is None:
            reasons = self._build_year(year)
            self._reasons[year] = reasons
        return reasons

    def _year_working(self, year: int) -> list[int]:
        working = self._working.get(year)
        if working is None:
            reasons = self._year_reasons(year)
            working = [
                day.toordinal()
                for day in _days(date(year, 1, 1), date(year, 12, 31))
                if day not in reasons
            ]
            self._working[year] = working
        return working

    def _year_non_working(self, year: int) -> list[date]:
        ordered = self._non_working.get(year)
        if ordered is None:
            ordered = sorted(self._year_reasons(year))
            self._non_working[year] = ordered
        return ordered

    def _build_year(self, year: int) -> dict[date, DayOff]:
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValidationError("date", f"the calendar covers {MIN_YEAR}–{MAX_YEAR}, not {year}")
        reasons: dict[date, DayOff] = {}
        # Lowest priority first; later assignments overwrite earlier ones.
        if self.vacations_suspend:
            for day in _days(date(year, 2, 1), date(year, 3, 2)):
                reasons[day] = _VACATIONS
        for day, closure in self._closed.items():
            if day.year == year:
                text = closure.describe()
                reasons[day] = DayOff("closure", text, f"closure: {text}")
        for day in _days(date(year, 1, 1), date(year, 12, 31)):
            if day.weekday() == 5:
                reasons[day] = _SATURDAY
            elif day.weekday() == 6:
                reasons[day] = _SUNDAY
        if self.body.year_opening:
            reasons[judicial_year_opening(year)] = _YEAR_OPENING
        if self.body.judges_day:
            reasons[date(year, 8, 4)] = _JUDGES_DAY
        english = national_holidays_en(year)
        for day, name in national_holidays(year).items():
            reasons[day] = DayOff(
                "holiday",
                name + NATIONAL_HOLIDAY_SUFFIX,
                english.get(day, name) + NATIONAL_HOLIDAY_SUFFIX_EN,
            )
        return reasons


_SATURDAY = DayOff("saturday", SATURDAY, "Saturday")
_SUNDAY = DayOff("sunday", SUNDAY, "Sunday")
_JUDGES_DAY = DayOff("judges_day", JUDGES_DAY, "Judges' Day (Día del Juez)")
_YEAR_OPENING = DayOff("year_opening", JUDICIAL_YEAR_OPENING, "opening of the judicial year")
_VACATIONS = DayOff("vacations", JUDICIAL_VACATIONS, "judicial vacations")


def _days(first: date, last: date) -> Iterable[date]:
    for offset in range((last - first).days + 1):
        yield first + timedelta(days=offset)
