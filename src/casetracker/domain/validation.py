"""Collecting field errors while checking user input, so a form shows all at once."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from typing import TypeVar

from casetracker.domain.enums import LabelledEnum
from casetracker.domain.errors import ValidationError, ValidationErrors, echo

E = TypeVar("E", bound=LabelledEnum)

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)


class Checker:
    """Checks and converts field values, remembering every problem found."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def fail(self, field: str, message: str) -> None:
        self.errors.append(ValidationError(field, message))

    def raise_if_any(self) -> None:
        """Raise the collected errors: one as itself, several together."""
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise ValidationErrors(self.errors)

    def text(
        self, field: str, value: object, *, required: bool = False, max_length: int = 300
    ) -> str:
        """Trimmed text without control characters (newlines allowed in long fields)."""
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.fail(field, "must be text")
            return ""
        cleaned = unicodedata.normalize("NFC", value).strip()
        allowed = "\n\t" if max_length > 300 else ""
        if any(unicodedata.category(c) in ("Cc", "Cs") and c not in allowed for c in cleaned):
            self.fail(field, "contains control characters; retype it without them")
        if required and not cleaned:
            self.fail(field, "is required; fill it in")
        if len(cleaned) > max_length:
            self.fail(field, f"is {len(cleaned)} characters long; keep it under {max_length}")
        return cleaned

    def date(self, field: str, value: object, *, required: bool = False) -> date | None:
        """A date given as ``date`` or ISO text (YYYY-MM-DD), within 1900–2100."""
        if value is None or value == "":
            if required:
                self.fail(field, "is required; enter a date as YYYY-MM-DD")
            return None
        parsed = _as_date(value)
        if parsed is None:
            self.fail(field, f"{echo(value)} is not a valid date; use YYYY-MM-DD, e.g. 2026-03-15")
            return None
        if not EARLIEST_DATE <= parsed <= LATEST_DATE:
            self.fail(field, f"{parsed.isoformat()} is outside 1900–2100; check the year")
            return None
        return parsed

    def datetime(self, field: str, value: object, *, required: bool = False) -> datetime | None:
        """A date and time given as ``datetime`` or ISO text (YYYY-MM-DDTHH:MM)."""
        if value is None or value == "":
            if required:
                self.fail(field, "is required; enter a date and time as YYYY-MM-DD HH:MM")
            return None
        parsed = _as_datetime(value)
        if parsed is None:
            self.fail(field, f"{echo(value)} is not a valid date and time; use YYYY-MM-DD HH:MM")
            return None
        if not EARLIEST_DATE <= parsed.date() <= LATEST_DATE:
            self.fail(field, f"{parsed:%Y-%m-%d} is outside 1900–2100; check the year")
            return None
        return parsed.replace(tzinfo=None)

    def choice(self, field: str, value: object, enum: type[E], default: E | None = None) -> E:
        """A member of ``enum`` given as member, code or label."""
        if value is None or value == "":
            if default is not None:
                return default
            self.fail(field, f"is required; choose one of: {', '.join(enum.codes())}")
            return next(iter(enum))
        if isinstance(value, enum):
            return value
        try:
            return enum.parse(str(value))  # type: ignore[return-value]
        except ValueError:
            codes = ", ".join(enum.codes())
            self.fail(field, f"{echo(value)} is not valid; choose one of: {codes}")
            return next(iter(enum))

    def integer(
        self, field: str, value: object, *, minimum: int, maximum: int, required: bool = False
    ) -> int | None:
        if value is None or value == "":
            if required:
                self.fail(field, "is required; enter a whole number")
            return None
        if isinstance(value, bool) or not isinstance(value, int | str):
            self.fail(field, "must be a whole number")
            return None
        try:
            number = int(value)
        except ValueError:
            digits = str(value).strip().lstrip("+-")
            if digits.isascii() and digits.isdigit():  # thousands of digits: int() refuses
                self.fail(field, f"must be between {minimum} and {maximum}")
            else:
                self.fail(field, f"{echo(value)} is not a whole number")
            return None
        if not minimum <= number <= maximum:
            self.fail(field, f"must be between {minimum} and {maximum}")
            return None
        return number

    def order(self, first: str, first_value: object, second: str, second_value: object) -> None:
        """``second`` must not come before ``first`` (both dates or both datetimes)."""
        if first_value is None or second_value is None:
            return
        if second_value < first_value:  # type: ignore[operator]
            self.fail(second, f"cannot be earlier than {first.replace('_', ' ')}")


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _as_datetime(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    return None
