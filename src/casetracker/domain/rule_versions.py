"""The versions of a deadline rule: which law gave which period, and when.

A period is governed by the law in force when it starts (domain notes, 2.2): an
amparo admitted in 2019 gave 5 working days to answer (Ley 28237, art. 53), one
admitted from 24 July 2021 gives 10 (Ley 31307, art. 12). Each version names its
law and article, its period, the days it was in force and how sure that is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from itertools import pairwise
from typing import Any, TypeVar

from casetracker.domain.errors import ValidationError
from casetracker.domain.periods import MAX_AMOUNT, PeriodUnit, describe_amount, format_date_es

_E = TypeVar("_E", bound=StrEnum)
_VERSION_FIELDS = frozenset(
    {"law", "article", "amount", "unit", "valid_from", "valid_to", "certainty", "note"}
)


class Certainty(StrEnum):
    """How sure the domain notes are of a rule (see the notes' introduction)."""

    HIGH = "H"
    MEDIUM = "M"
    LOW = "L"


@dataclass(frozen=True, slots=True)
class RuleVersion:
    """One law's version of a rule.

    Attributes:
        law: the norm, e.g. "Ley 31307" or "CPC".
        article: its article(s), e.g. "12" or "478.1 y 491.1"; "" when not verified.
        amount, unit: the period.
        valid_from: first day a period can start under this version (None: always before).
        valid_to: last such day (None: still in force).
        certainty: how sure the version is; L when the law or article is unverified.
        note: what a lawyer should know, e.g. what is left to check.
    """

    law: str
    article: str
    amount: int
    unit: PeriodUnit
    valid_from: date | None = None
    valid_to: date | None = None
    certainty: Certainty = Certainty.MEDIUM
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "unit", coerce(PeriodUnit, self.unit, "unit"))
        object.__setattr__(self, "certainty", coerce(Certainty, self.certainty, "certainty"))
        for name in ("law", "article", "note"):
            if not isinstance(getattr(self, name), str):
                raise ValidationError(name, "must be text")
        if not self.law.strip():
            raise ValidationError("law", "name the law the period rests on")
        if isinstance(self.amount, bool) or not isinstance(self.amount, int):
            raise ValidationError("amount", "the length of the period must be a whole number")
        if not 1 <= self.amount <= MAX_AMOUNT[self.unit]:
            raise ValidationError("amount", f"must be between 1 and {MAX_AMOUNT[self.unit]}")
        for name in ("valid_from", "valid_to"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, date):
                raise ValidationError(name, "must be a date")
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValidationError("valid_to", "a version cannot end before it starts")

    @property
    def basis(self) -> str:
        """The citation, e.g. "Ley 28237, art. 53" (the law alone when no article is known)."""
        article = self.article.strip()
        if not article:
            return self.law.strip()
        several = any(mark in article for mark in (",", " y ", "–", "-"))
        return f"{self.law.strip()}, {'arts.' if several else 'art.'} {article}"

    def in_force(self, day: date) -> bool:
        """Whether a period starting on ``day`` falls under this version."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    def describe_es(self) -> str:
        """ "Ley 28237, art. 53: 5 días hábiles (vigente hasta el vie 23 jul 2021)"."""
        text = f"{self.basis}: {describe_amount(self.amount, self.unit)}"
        span = self.span_es()
        return f"{text} ({span})" if span else text

    def span_es(self) -> str:
        """When the version applies, in Spanish, or "" when always."""
        if self.valid_from and self.valid_to:
            return (
                f"vigente del {format_date_es(self.valid_from)} al {format_date_es(self.valid_to)}"
            )
        if self.valid_from:
            return f"vigente desde el {format_date_es(self.valid_from)}"
        if self.valid_to:
            return f"vigente hasta el {format_date_es(self.valid_to)}"
        return ""

    def to_json(self) -> dict[str, Any]:
        return {
            "law": self.law,
            "article": self.article,
            "amount": self.amount,
            "unit": self.unit.value,
            "valid_from": self.valid_from.isoformat() if self.valid_from else None,
            "valid_to": self.valid_to.isoformat() if self.valid_to else None,
            "certainty": self.certainty.value,
            "note": self.note,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RuleVersion:
        """Build a version from its catalogue form.

        Raises:
            ValidationError: a field is missing, unknown or invalid.
        """
        if not isinstance(data, Mapping):
            raise ValidationError("versions", "each version must be an object")
        missing = sorted({"law", "amount", "unit", "certainty"} - set(data))
        if missing:
            raise ValidationError(missing[0], "missing")
        extra = sorted(set(data) - _VERSION_FIELDS)
        if extra:
            raise ValidationError(extra[0], "unknown field")
        return cls(
            law=data["law"],
            article=data.get("article", ""),
            amount=data["amount"],
            unit=data["unit"],
            valid_from=_day(data.get("valid_from"), "valid_from"),
            valid_to=_day(data.get("valid_to"), "valid_to"),
            certainty=data["certainty"],
            note=data.get("note", ""),
        )


def check_versions(versions: Sequence[RuleVersion]) -> tuple[RuleVersion, ...]:
    """The versions in date order, checked: at least one, each following the last.

    Only the first version may have no start and only the last no end; each next one
    starts the day after the previous one ends, so every day has at most one version.

    Raises:
        ValidationError: the versions overlap, leave a gap or are out of order.
    """
    ordered = tuple(sorted(versions, key=lambda v: v.valid_from or date.min))
    if not ordered:
        raise ValidationError("versions", "give at least one version of the rule")
    for earlier, later in pairwise(ordered):
        if earlier.valid_to is None or later.valid_from is None:
            raise ValidationError(
                "versions", "only the last version may stay in force; give each an end date"
            )
        if later.valid_from != earlier.valid_to + timedelta(days=1):
            raise ValidationError(
                "versions",
                f"the version from {later.valid_from} must start the day after "
                f"the previous one ends ({earlier.valid_to})",
            )
    return ordered


def version_on(versions: Iterable[RuleVersion], day: date) -> RuleVersion | None:
    """The version in force for a period starting on ``day``, or None before the first."""
    return next((version for version in versions if version.in_force(day)), None)


def coerce(enum: type[_E], value: object, field: str) -> _E:
    """``value`` as a member of ``enum``; the error lists the accepted codes."""
    try:
        return enum(value)
    except ValueError:
        codes = ", ".join(member.value for member in enum)
        raise ValidationError(field, f"{value!r} is not one of: {codes}") from None


def _day(value: object, field: str) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(field, "must be a date (YYYY-MM-DD) or null")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a date (YYYY-MM-DD)") from None
