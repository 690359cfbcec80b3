"""What a judicial calendar is built from: dated closures, bodies of courts and the
reasons a day is not a working day (in Spanish and in English).

See :mod:`casetracker.domain.calendar` for the calendar itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from casetracker.domain.errors import ValidationError

CourtId = int | str
"""Whatever identifies a court or a body in the store; only compared for equality here."""

SATURDAY = "sábado"
SUNDAY = "domingo"
JUDGES_DAY = "Día del Juez"
JUDICIAL_YEAR_OPENING = "apertura del año judicial"
JUDICIAL_VACATIONS = "vacaciones judiciales"
NATIONAL_HOLIDAY_SUFFIX = ", feriado nacional"
NATIONAL_HOLIDAY_SUFFIX_EN = ", national holiday"
JUDICIARY_BASIS = "LOPJ arts. 123, 124 y 247"


@dataclass(frozen=True, slots=True)
class Closure:
    """A dated closure of the courts, e.g. a suspension ordered by the judiciary.

    Attributes:
        start: first day closed.
        end: last day closed (inclusive).
        reason: why, in Spanish, e.g. "Suspensión de labores".
        legal_basis: the norm that ordered it, e.g. "RA 120-2020-P-CE-PJ".
        court_id: the court it applies to, or None.
        body_id: the body (e.g. the Poder Judicial) whose courts it closes, or None.
            With neither, it closes every court in the country.
    """

    start: date
    end: date
    reason: str
    legal_basis: str = ""
    court_id: CourtId | None = None
    body_id: CourtId | None = None

    def __post_init__(self) -> None:
        if self.court_id is not None and self.body_id is not None:
            raise ValidationError("court", "a closure applies to one court or to one body")
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

    def applies(self, court_id: CourtId | None, body_id: CourtId | None) -> bool:
        """Whether the closure closes the court ``court_id`` of the body ``body_id``."""
        if self.court_id is not None:
            return court_id is not None and self.court_id == court_id
        if self.body_id is not None:
            return body_id is not None and self.body_id == body_id
        return True


@dataclass(frozen=True, slots=True)
class CalendarBody:
    """A body of courts and which of the judiciary's own days it observes.

    The Poder Judicial observes Día del Juez (4 August) and the opening of the
    judicial year (LOPJ; certain). Other bodies are the user's data: ``verified``
    says whether their observance rests on a checked source.

    Attributes:
        name: e.g. "Poder Judicial", "Tribunal Constitucional".
        judges_day: Día del Juez is a non-working day.
        year_opening: the opening of the judicial year is a non-working day.
        basis: the norm or source behind those two choices.
        verified: whether ``basis`` was checked; False marks the choice as unverified.
    """

    name: str = "Poder Judicial"
    judges_day: bool = True
    year_opening: bool = True
    basis: str = JUDICIARY_BASIS
    verified: bool = True

    def describe(self) -> str:
        """One Spanish line: the body, what it observes and on what basis."""
        return describe_body(self, "es")

    def describe_en(self) -> str:
        """The same line in English."""
        return describe_body(self, "en")


JUDICIARY = CalendarBody()
"""The Poder Judicial, the default body: Día del Juez and the judicial year's opening."""


@dataclass(frozen=True, slots=True)
class DayOff:
    """Why a day is not a working day, in Spanish and in English.

    Attributes:
        kind: "saturday", "sunday", "holiday", "judges_day", "year_opening",
            "closure" or "vacations".
        es: the Spanish reason, as explanations print it.
        en: the English reason.
    """

    kind: str
    es: str
    en: str


def describe_body(body: CalendarBody, language: str) -> str:
    """The body, the days it observes and their basis, in one line of ``language``."""
    english = language != "es"
    observed = [
        text
        for kept, text in (
            (body.judges_day, "Judges' Day" if english else JUDGES_DAY),
            (
                body.year_opening,
                "opening of the judicial year" if english else JUDICIAL_YEAR_OPENING,
            ),
        )
        if kept
    ]
    if english:
        what = f"non-working: {' and '.join(observed)}" if observed else "no days of its own"
    else:
        what = f"inhábiles: {' y '.join(observed)}" if observed else "sin días inhábiles propios"
    notes = [body.basis.strip()] if body.basis.strip() else []
    if not body.verified:
        notes.append("not verified" if english else "no verificado")
    return f"{body.name}, {what}" + (f" ({'; '.join(notes)})" if notes else "")
