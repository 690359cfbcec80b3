"""Reading a date (and a time) as a person types it, refusing what is not one.

Accepted, whatever the display format of the field:

- day, month and year with any of ``/ - . space`` between them: ``16/11/2026``,
  ``16-11-2026``; the order is the field's (day first, unless the locale writes the
  month first, as in the United States);
- year first: ``2026-11-16`` (ISO), also with ``/`` or ``.``;
- eight digits: ``16112026`` (ddmmaaaa) or ``20261116`` (aaaammdd). The reading that
  gives a real date between 1900 and 2100 wins; both can never be real at once,
  because aaaammdd needs a month (digits 5–6) of at most 12 and ddmmaaaa needs a
  year beginning 19, 20 or 21 there.

An impossible date (31 February) is refused, never rolled over into the next month,
and so is a two-digit year. Nothing here uses Qt: the widgets in
:mod:`casetracker.ui.forms.date_fields` word the problems in the UI language.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time

FIRST_YEAR = 1900
LAST_YEAR = 2100

_SEPARATED = re.compile(r"^(\d{1,4})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{1,4})$")
_TIME = re.compile(
    r"^(?P<hour>\d{1,2})(?:[:.h]?(?P<minute>\d{2}))?\s*(?P<half>[ap])?\.?\s*(?:m\.?)?$",
    re.IGNORECASE,
)


class DateTextError(ValueError):
    """Why a text is not a date.

    Attributes:
        kind: what is wrong, one of the names below (``EMPTY``, ``NO_SUCH_DAY``…).
        year, month, day: the parts read, when the problem is about them.
    """

    def __init__(self, kind: str, year: int = 0, month: int = 0, day: int = 0) -> None:
        super().__init__(kind)
        self.kind = kind
        self.year = year
        self.month = month
        self.day = day


EMPTY = "empty"
UNREADABLE = "unreadable"
SHORT_YEAR = "short_year"
NO_SUCH_MONTH = "no_such_month"
NO_SUCH_DAY = "no_such_day"
YEAR_RANGE = "year_range"
NO_TIME = "no_time"
BAD_TIME = "bad_time"


def parse_date_text(text: str, *, month_first: bool = False) -> date:
    """The date ``text`` names.

    Args:
        month_first: read ``a/b/yyyy`` as month/day (the display format says so).

    Raises:
        DateTextError: the text is empty, is not a date, or names a date that does
            not exist or lies outside 1900–2100.
    """
    compact = text.strip()
    if not compact:
        raise DateTextError(EMPTY)
    if compact.isdigit() and len(compact) == 8:
        return _eight_digits(compact)
    match = _SEPARATED.match(compact)
    if match is None:
        raise DateTextError(UNREADABLE)
    first, second, third = match.groups()
    if len(first) == 4:
        return _checked(int(first), int(second), int(third))
    if len(first) > 2 or len(third) != 4:
        raise DateTextError(SHORT_YEAR if len(third) < 4 else UNREADABLE)
    if month_first:
        return _checked(int(third), int(first), int(second))
    return _checked(int(third), int(second), int(first))


def parse_datetime_text(text: str, *, month_first: bool = False) -> datetime:
    """A date as :func:`parse_date_text` reads it, then a time: ``16/11/2026 9:30``.

    The time may be ``9:30``, ``09.30``, ``0930``, ``9`` or ``9:30 p. m.``.

    Raises:
        DateTextError: as :func:`parse_date_text`; ``NO_TIME`` or ``BAD_TIME`` when
            the time is missing or impossible.
    """
    compact = " ".join(text.split())
    if not compact:
        raise DateTextError(EMPTY)
    date_part, _, time_part = _split_date_and_time(compact)
    day = parse_date_text(date_part, month_first=month_first)
    if not time_part:
        raise DateTextError(NO_TIME)
    return datetime.combine(day, _parse_time(time_part))


def _split_date_and_time(text: str) -> tuple[str, str, str]:
    """The date part (the first three numbers, or eight digits) and the rest."""
    eight = re.match(r"^(\d{8})\s+(.*)$", text)
    if eight:
        return eight.group(1), " ", eight.group(2)
    parts = re.match(r"^(\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4})\s*,?\s*(.*)$", text)
    if parts:
        return parts.group(1), " ", parts.group(2)
    return text, "", ""


def _parse_time(text: str) -> time:
    match = _TIME.match(text.strip())
    if match is None:
        raise DateTextError(BAD_TIME)
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    half = (match["half"] or "").lower()
    if half:
        if not 1 <= hour <= 12:
            raise DateTextError(BAD_TIME)
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59:
        raise DateTextError(BAD_TIME)
    return time(hour, minute)


def _eight_digits(digits: str) -> date:
    """aaaammdd when that is a real date in range, else ddmmaaaa (see the module doc)."""
    try:
        return _checked(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except DateTextError as year_first:
        try:
            return _checked(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
        except DateTextError as day_first:
            # Say what is wrong with the reading that had a plausible year.
            if FIRST_YEAR <= int(digits[:4]) <= LAST_YEAR:
                raise year_first from None
            if FIRST_YEAR <= int(digits[4:]) <= LAST_YEAR:
                raise day_first from None
            raise DateTextError(UNREADABLE) from None


def _checked(year: int, month: int, day: int) -> date:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateTextError(YEAR_RANGE, year, month, day)
    if not 1 <= month <= 12:
        raise DateTextError(NO_SUCH_MONTH, year, month, day)
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise DateTextError(NO_SUCH_DAY, year, month, day)
    return date(year, month, day)


def days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]
