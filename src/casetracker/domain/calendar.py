"""The judicial calendar: which days count as working days for a Peruvian court.

Non-working days are weekends, national holidays (from the ``holidays`` package),
the judiciary's own days (Día del Juez, opening of the judicial year), dated
closures added by the user (suspensions, strikes, mourning days, decreed days off)
and, optionally, the judicial vacations. See the domain notes, section 2.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import holidays

from casetracker.domain.errors import ValidationError

CourtId = int | str
"""Whatever identifies a court in the store; only compared for equality here."""

MIN_YEAR = 1950
MAX_YEAR = 2100

SATURDAY = "sábado"
SUNDAY = "domingo"
JUDGES_DAY = "Día del Juez"
JUDICIAL_YEAR_OPENING = "apertura del año judicial"
JUDICIAL_VACATIONS = "vacaciones judiciales"
NATIONAL_HOLIDAY_SUFFIX = ", feriado nacional"

# Easter Sunday is returned by the package but is a Sunday anyway: "domingo" is
# the clearer reason, and it must not look like an extra holiday.
_IGNORED_HOLIDAYS = frozenset({"Domingo de Resurrección"})


@dataclass(frozen=True, slots=True)
class Closure:
    """A dated closure of the courts, e.g. a suspension ordered by the judiciary.

    Attributes:
        start: first day closed.
        end: last day closed (inclusive).
        reason: why, in Spanish, e.g. "Suspensión de labores".
        legal_basis: the norm that ordered it, e.g. "RA 120-2020-P-CE-PJ".
        court_id: the court it applies to, or None for every court in the country.
    """

    start: date
    end: date
    reason: str
    legal_basis: str = ""
    court_id: CourtId | None = None

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError("end", "the last day of a closure cannot precede its first day")
        if not self.reason.strip():
            raise ValidationError("reason", "say why the courts are closed")

    def describe(self) -> str:
        """Spanish reason shown for every day of the closure."""
        basis = self.legal_basis.strip()
        return f"{self.reason.strip()} ({basis})" if basis else self.reason.strip()

    def days(self) -> Iterable[date]:
        """Every day of the closure, in order."""
        for offset in range((self.end - self.start).days + 1):
            yield self.start + timedelta(days=offset)


def national_holidays(year: int) -> dict[date, str]:
    """Peru's national holidays of ``year`` with their Spanish names (Easter Sunday left out)."""
    return dict(_national_holidays(year))


@cache
def _national_holidays(year: int) -> tuple[tuple[date, str], ...]:
    # The package object is slow to build; every calendar instance shares this cache.
    found = holidays.country_holidays("PE", years=year, language="es")
    return tuple(
        sorted((day, name) for day, name in found.items() if name not in _IGNORED_HOLIDAYS)
    )


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
    ) -> None:
        """Build a calendar.

        Args:
            closures: dated closures; those of other courts than ``court_id`` are ignored.
            court_id: the court whose calendar this is, or None for national closures only.
            vacations_suspend: treat the judicial vacations (1 Feb – 2 Mar) as non-working.
        """
        self.court_id = court_id
        self.vacations_suspend = vacations_suspend
        self.closures: tuple[Closure, ...] = tuple(
            closure
            for closure in closures
            if closure.court_id is None or (court_id is not None and closure.court_id == court_id)
        )
        self._closed: dict[date, str] = {}
        for closure in sorted(self.closures, key=lambda c: c.start):
            for day in closure.days():
                # The earliest-starting closure names an overlapping day.
                self._closed.setdefault(day, closure.describe())
        self._reasons: dict[int, dict[date, str]] = {}
        self._working: dict[int, list[int]] = {}
        self._non_working: dict[int, list[date]] = {}

    # -- queries --------------------------------------------------------------

    def non_working_reason(self, day: date) -> str | None:
        """Return why ``day`` is not a working day (Spanish), or None if it is one.

        When several reasons apply the most specific fixed one wins: national holiday,
        then the judiciary's days, then the weekday, then closures, then vacations.
        """
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
        found: list[tuple[date, str]] = []
        for year in range(first.year, last.year + 1):
            reasons = self._year_reasons(year)
            ordered = self._year_non_working(year)
            start = bisect.bisect_left(ordered, first)
            stop = bisect.bisect_right(ordered, last)
            found.extend((day, reasons[day]) for day in ordered[start:stop])
        return found

    # -- cache ------------------------------------------------------------------

    def _year_reasons(self, year: int) -> dict[date, str]:
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

    def _build_year(self, year: int) -> dict[date, str]:
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValidationError("date", f"the calendar covers {MIN_YEAR}–{MAX_YEAR}, not {year}")
        reasons: dict[date, str] = {}
        # Lowest priority first; later assignments overwrite earlier ones.
        if self.vacations_suspend:
            for day in _days(date(year, 2, 1), date(year, 3, 2)):
                reasons[day] = JUDICIAL_VACATIONS
        for day, reason in self._closed.items():
            if day.year == year:
                reasons[day] = reason
        for day in _days(date(year, 1, 1), date(year, 12, 31)):
            if day.weekday() == 5:
                reasons[day] = SATURDAY
            elif day.weekday() == 6:
                reasons[day] = SUNDAY
        reasons[judicial_year_opening(year)] = JUDICIAL_YEAR_OPENING
        reasons[date(year, 8, 4)] = JUDGES_DAY
        for day, name in national_holidays(year).items():
            reasons[day] = name + NATIONAL_HOLIDAY_SUFFIX
        return reasons


def _days(first: date, last: date) -> Iterable[date]:
    for offset in range((last - first).days + 1):
        yield first + timedelta(days=offset)
