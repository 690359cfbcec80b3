"""How a due date was computed, one sentence per line, in Spanish or English.

Spanish is what documents for the court and the stored explanation use; English
follows the interface language. Both are built from the same computation (a
:class:`~casetracker.domain.periods.DueDateResult`, fresh or read back from a stored
record), so they never disagree. Lines start with a fixed label ("Vence: ", "Due: ")
that the interface uses to lay them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casetracker.domain.periods import DueDateResult, PeriodUnit, describe_amount, format_date_es
from casetracker.domain.rule_versions import Certainty, RuleVersion

SKIPPED = {"es": "Se omite: ", "en": "Skipped: "}
DUE = {"es": "Vence: ", "en": "Due: "}
WARNINGS = {
    "es": ("Regla de certeza", "Fecha fijada a mano", "Recalculado por", "Plazo de la otra parte"),
    "en": ("Rule of", "Date set by hand", "Recomputed after", "The other side's period"),
}
"""Starts of the lines a lawyer must not overlook (shown with a warning sign)."""

_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_UNITS_EN = {
    PeriodUnit.WORKING_DAYS: ("working day", "working days"),
    PeriodUnit.CALENDAR_DAYS: ("calendar day", "calendar days"),
    PeriodUnit.MONTHS: ("month", "months"),
    PeriodUnit.YEARS: ("year", "years"),
}
_SIDES = {
    "plaintiff": ("la parte demandante", "the plaintiff"),
    "defendant": ("la parte demandada", "the defendant"),
    "any_party": ("cualquier parte notificada", "any party notified"),
}
_CERTAINTY = {
    Certainty.MEDIUM: (
        "Regla de certeza media: verifique el plazo en la norma antes de usarlo",
        "Rule of medium certainty: check the period in the norm before relying on it",
    ),
    Certainty.LOW: (
        "Regla de certeza baja (no verificada o discutida): verifique el plazo en la norma",
        "Rule of low certainty (unverified or disputed): check the period in the norm",
    ),
}


@dataclass(frozen=True, slots=True)
class Circumstances:
    """What happened around a computation, told after it.

    Attributes:
        watch: the period is the other side's (tracked to watch its expiry); None
            when nobody said which side we are on.
        manual_due: the due date the user set instead of the computed one.
        recomputed: the closure change that moved the date, as "añadido"/"quitado"
            with the closure's days and description.
    """

    watch: bool | None = False
    manual_due: date | None = None
    recomputed: tuple[bool, date, date, str] | None = None


def format_date_en(day: date) -> str:
    """ "Tue 8 Dec 2026": the English counterpart of :func:`format_date_es`."""
    return f"{_WEEKDAYS_EN[day.weekday()]} {day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def describe_amount_en(amount: int, unit: PeriodUnit) -> str:
    singular, plural = _UNITS_EN[unit]
    return f"{amount} {singular if amount == 1 else plural}"


def side_text(side: str, language: str) -> str:
    """Who must act, in ``language``: "la parte demandada", "the defendant"…"""
    spanish, english = _SIDES.get(side, (side, side))
    return spanish if language == "es" else english


def version_text(version: RuleVersion, language: str) -> str:
    """ "Ley 28237, art. 53: 5 días hábiles (vigente hasta el vie 23 jul 2021)"."""
    if language == "es":
        return version.describe_es()
    text = f"{version.basis}: {describe_amount_en(version.amount, version.unit)}"
    start, end = version.valid_from, version.valid_to
    if start and end:
        text += f" (in force from {format_date_en(start)} to {format_date_en(end)})"
    elif start:
        text += f" (in force since {format_date_en(start)})"
    elif end:
        text += f" (in force until {format_date_en(end)})"
    return text


def explanation_lines(
    result: DueDateResult, language: str = "es", circumstances: Circumstances | None = None
) -> list[str]:
    """The explanation of ``result`` in ``language`` ("es" or "en")."""
    es = language == "es"
    day = format_date_es if es else format_date_en
    amount = describe_amount if es else describe_amount_en
    lines = [f"{'Notificación' if es else 'Notified'}: {day(result.trigger)}"]
    if result.electronic_notification:
        effective = day(result.effective_trigger)
        if es:
            kind = "hábil" if result.notification_delay_working else "calendario"
            lines.append(
                f"Notificación electrónica: surte efecto el {effective}, "
                f"segundo día {kind} siguiente (LOPJ 155-C)"
            )
        else:
            kind = "working" if result.notification_delay_working else "calendar"
            lines.append(
                f"Electronic notification: takes effect on {effective}, "
                f"the second {kind} day after (LOPJ 155-C)"
            )
    rule = result.rule
    if rule is not None:
        name = rule.name_es if es else rule.name_en
        lines.append(f"{'Actuación' if es else 'Act'}: {name}")
        lines.append(
            f"{'Debe actuar' if es else 'Who acts'}: {side_text(rule.acting_side, language)}"
        )
        lines.append(
            f"{'Norma aplicable' if es else 'Law applied'}: {version_text(rule.version, language)}"
        )
        if rule.version.note.strip() and rule.version.certainty is not Certainty.HIGH:
            lines.append(f"{'Nota' if es else 'Note'}: {rule.version.note.strip()}")
    else:
        lines.append(f"{'Plazo' if es else 'Period'}: {amount(result.amount, result.unit)}")
    calendar = result.calendar_es if es else (result.calendar_en or result.calendar_es)
    if calendar:
        lines.append(f"{'Calendario' if es else 'Calendar'}: {calendar}")
    if result.distance_days:
        extra = amount(result.distance_days, PeriodUnit.WORKING_DAYS)
        lines.append(
            f"Término de la distancia: {extra} más (CPC 146)"
            if es
            else f"Distance allowance: {extra} added (CPC 146)"
        )
    lines.extend(_count_lines(result, language))
    lines.append(f"{DUE['es' if es else 'en']}{day(result.due_date)}")
    return lines + _circumstance_lines(result, language, circumstances or Circumstances())


def _count_lines(result: DueDateResult, language: str) -> list[str]:
    es = language == "es"
    day = format_date_es if es else format_date_en
    lines = []
    if result.nominal_end is None:
        # The first counted day, not merely the day after: that may be a weekend.
        start = result.counted_days[0] if result.counted_days else result.effective_trigger
        lines.append(f"{'Se cuenta desde' if es else 'Counted from'}: {day(start)}")
    else:
        lines.append(f"{'Último día del plazo' if es else 'Last day of the period'}: "
                     f"{day(result.nominal_end)}")  # fmt: skip
        if result.nominal_end in {skipped.day for skipped in result.skipped_days}:
            lines.append(
                "El último día es inhábil: vence el siguiente día hábil (Código Civil 183)"
                if es
                else "The last day is a non-working day: the period ends on the next working "
                "day (Civil Code 183)"
            )
    for skipped in result.skipped_days:
        reason = skipped.reason if es else (skipped.reason_en or skipped.reason)
        lines.append(f"{SKIPPED['es' if es else 'en']}{day(skipped.day)} — {reason}")
    return lines


def _circumstance_lines(
    result: DueDateResult, language: str, circumstances: Circumstances
) -> list[str]:
    es = language == "es"
    day = format_date_es if es else format_date_en
    lines = []
    version = result.rule.version if result.rule else None
    if version is not None and version.certainty in _CERTAINTY:
        spanish, english = _CERTAINTY[version.certainty]
        lines.append(spanish if es else english)
    if circumstances.watch:
        lines.append(
            "Plazo de la otra parte: se vigila su vencimiento (no es un plazo nuestro)"
            if es
            else "The other side's period: tracked to watch its expiry (not ours to meet)"
        )
    if circumstances.manual_due is not None and circumstances.manual_due != result.due_date:
        lines.append(
            f"Fecha fijada a mano: {day(circumstances.manual_due)} "
            f"(el cálculo da {day(result.due_date)})"
            if es
            else f"Date set by hand: {day(circumstances.manual_due)} "
            f"(the computation gives {day(result.due_date)})"
        )
    if circumstances.recomputed is not None:
        adding, first, last, what = circumstances.recomputed
        if es:
            note = "añadido" if adding else "quitado"
            lines.append(f"Recalculado por el cierre {note}: {day(first)} – {day(last)}, {what}")
        else:
            note = "added" if adding else "removed"
            lines.append(f"Recomputed after the closure was {note}: {day(first)} – {day(last)}, "
                         f"{what}")  # fmt: skip
    return lines
