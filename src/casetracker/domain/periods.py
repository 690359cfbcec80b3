"""Counting procedural periods (plazos) on a judicial calendar, with a Spanish explanation.

The rules come from the domain notes, section 2: a period runs from the day after
notification (CPC 147); periods in days count working days only; a period in
calendar days, months or years whose last day is a non-working day ends on the next
working day (Código Civil 183); an electronic notification (SINOE) takes effect on
the second day after it arrives (LOPJ 155-C); the distance allowance (CPC 146) adds
working days at the end.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from casetracker.domain.calendar import JudicialCalendar
from casetracker.domain.enums import LabelledEnum
from casetracker.domain.errors import ValidationError

if TYPE_CHECKING:
    from casetracker.domain.rule_versions import RuleVersion
    from casetracker.domain.rules import DeadlineRule

ELECTRONIC_NOTIFICATION_DELAY = 2
"""Days after arrival in the SINOE inbox on which a notification takes effect."""

MAX_DISTANCE_DAYS = 365


class PeriodUnit(LabelledEnum):
    WORKING_DAYS = ("working_days", "Working days", "días hábiles")
    CALENDAR_DAYS = ("calendar_days", "Calendar days", "días calendario")
    MONTHS = ("months", "Months", "meses")
    YEARS = ("years", "Years", "años")


# Upper bounds that catch typing slips (3650 for 365) without limiting real periods.
MAX_AMOUNT: dict[PeriodUnit, int] = {
    PeriodUnit.WORKING_DAYS: 3650,
    PeriodUnit.CALENDAR_DAYS: 3650,
    PeriodUnit.MONTHS: 240,
    PeriodUnit.YEARS: 20,
}

_SINGULAR = {
    PeriodUnit.WORKING_DAYS: "día hábil",
    PeriodUnit.CALENDAR_DAYS: "día calendario",
    PeriodUnit.MONTHS: "mes",
    PeriodUnit.YEARS: "año",
}
_WEEKDAYS = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")
# Peru writes "setiembre", hence "set" (as CLDR's es_PE does), not Spain's "sept".
_MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "set", "oct", "nov", "dic")


def format_date_es(day: date) -> str:
    """Format a date the way the explanation shows it, e.g. "mar 8 dic 2026"."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def describe_amount(amount: int, unit: PeriodUnit) -> str:
    """Spanish amount with its unit, e.g. "10 días hábiles" or "1 mes"."""
    return f"{amount} {_SINGULAR[unit] if amount == 1 else unit.label_es}"


@dataclass(frozen=True, slots=True)
class SkippedDay:
    """A day left out of the count (or over which the end moved), with its reason.

    ``reason`` is Spanish (as explanations for the court print it); ``reason_en`` is
    the English one ("" when not known, e.g. in records written before it existed).
    """

    day: date
    reason: str
    reason_en: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class AppliedRule:
    """The catalogue rule behind a computation, with the law version that applied.

    Attributes:
        key: the rule's key, e.g. "amparo.answer".
        name_es, name_en: its name.
        acting_side: who must act ("plaintiff", "defendant" or "any_party").
        version: the version in force on the trigger date.
    """

    key: str
    name_es: str
    name_en: str
    acting_side: str
    version: RuleVersion

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name_es": self.name_es,
            "name_en": self.name_en,
            "acting_side": self.acting_side,
            "version": self.version.to_json(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AppliedRule:
        from casetracker.domain.rule_versions import RuleVersion

        return cls(
            key=data["key"],
            name_es=data["name_es"],
            name_en=data["name_en"],
            acting_side=data["acting_side"],
            version=RuleVersion.from_json(data["version"]),
        )


@dataclass(frozen=True, slots=True)
class DueDateResult:
    """The due date of a period and everything needed to explain how it was reached.

    Attributes:
        due_date: last day to act (always a working day).
        trigger: the day of notification (or other triggering event).
        effective_trigger: the day the notification took effect; the count starts after it.
        amount: length of the period in ``unit``.
        unit: how the period is counted.
        distance_days: extra working days of the distance allowance.
        electronic_notification: whether the SINOE delay applied.
        notification_delay_working: whether that delay counted working days.
        nominal_end: for calendar days, months and years (or a zero period), the last
            day before moving it to a working day; None for working-day periods.
        rule: the catalogue rule applied and its law version, if any.
        calendar_es, calendar_en: the calendar used (court, body, what it observes).
        skipped_days: non-working days left out of the count, or over which the
            nominal end moved, in date order.
        counted_days: the working days counted (working-day periods and distance only).
    """

    due_date: date
    trigger: date
    effective_trigger: date
    amount: int
    unit: PeriodUnit
    distance_days: int = 0
    electronic_notification: bool = False
    notification_delay_working: bool = True
    nominal_end: date | None = None
    rule: AppliedRule | None = None
    calendar_es: str = ""
    calendar_en: str = ""
    skipped_days: tuple[SkippedDay, ...] = field(default=())
    counted_days: tuple[date, ...] = field(default=())

    @property
    def rule_key(self) -> str | None:
        return self.rule.key if self.rule else None

    @property
    def rule_name(self) -> str | None:
        return self.rule.name_es if self.rule else None

    @property
    def rule_basis(self) -> str | None:
        return self.rule.version.basis if self.rule else None

    def explanation_lines(self, language: str = "es") -> list[str]:
        """How the due date was computed, one sentence per line (Spanish by default)."""
        from casetracker.domain.explanation import explanation_lines

        return explanation_lines(self, language)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: the due date, the inputs and every skipped day with its reason."""
        return {
            "due_date": self.due_date.isoformat(),
            "inputs": {
                "trigger": self.trigger.isoformat(),
                "amount": self.amount,
                "unit": self.unit.value,
                "electronic_notification": self.electronic_notification,
                "notification_delay_working": self.notification_delay_working,
                "distance_days": self.distance_days,
                "rule_key": self.rule_key,
            },
            "effective_trigger": self.effective_trigger.isoformat(),
            "nominal_end": self.nominal_end.isoformat() if self.nominal_end else None,
            "rule": self.rule.to_json() if self.rule else None,
            "calendar": {"es": self.calendar_es, "en": self.calendar_en},
            "skipped_days": [
                {
                    "date": skipped.day.isoformat(),
                    "reason": skipped.reason,
                    "reason_en": skipped.reason_en,
                }
                for skipped in self.skipped_days
            ],
            "counted_days": [day.isoformat() for day in self.counted_days],
            "explanation": self.explanation_lines(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DueDateResult:
        """Rebuild a result from :meth:`to_json` (e.g. a stored record of a computation)."""
        inputs = data["inputs"]
        calendar = data.get("calendar") or {}
        return cls(
            due_date=date.fromisoformat(data["due_date"]),
            trigger=date.fromisoformat(inputs["trigger"]),
            effective_trigger=date.fromisoformat(data["effective_trigger"]),
            amount=inputs["amount"],
            unit=PeriodUnit(inputs["unit"]),
            distance_days=inputs["distance_days"],
            electronic_notification=inputs["electronic_notification"],
            notification_delay_working=inputs["notification_delay_working"],
            nominal_end=date.fromisoformat(data["nominal_end"]) if data["nominal_end"] else None,
            rule=AppliedRule.from_json(data["rule"]) if data.get("rule") else None,
            calendar_es=calendar.get("es", ""),
            calendar_en=calendar.get("en", ""),
            skipped_days=tuple(
                SkippedDay(
                    date.fromisoformat(item["date"]), item["reason"], item.get("reason_en", "")
                )
                for item in data["skipped_days"]
            ),
            counted_days=tuple(date.fromisoformat(day) for day in data["counted_days"]),
        )


def compute_due_date(
    calendar: JudicialCalendar,
    trigger: date,
    amount: int,
    unit: PeriodUnit | str,
    *,
    electronic_notification: bool = False,
    notification_delay_working: bool = True,
    distance_days: int = 0,
    rule: AppliedRule | None = None,
) -> DueDateResult:
    """Compute when a period ends.

    Args:
        calendar: the court's judicial calendar.
        trigger: the day of notification (or the triggering event).
        amount: length of the period.
        unit: how the period is counted.
        electronic_notification: the notification arrived in the SINOE inbox, so it
            takes effect on the second day after arrival.
        notification_delay_working: count that delay in working days (the default;
            the point is disputed) rather than calendar days.
        distance_days: distance allowance, in extra working days.
        rule: the catalogue rule and version applied, recorded for the explanation only.

    Raises:
        ValidationError: an input is out of range.
    """
    unit = _parse_unit(unit)
    _validate(trigger, amount, unit, distance_days)
    effective = _effective_trigger(
        calendar, trigger, electronic_notification, notification_delay_working
    )
    # Days in the SINOE delay are only "skipped" when the delay counts working days.
    count_from = trigger if electronic_notification and notification_delay_working else effective
    skipped = calendar.days_off_between(count_from + timedelta(days=1), effective)
    nominal_end: date | None = None
    counted: list[date] = []
    if unit is PeriodUnit.WORKING_DAYS and amount > 0:
        base_due = calendar.add_working_days(effective, amount)
        counted = calendar.working_days_between(effective + timedelta(days=1), base_due)
        skipped.extend(calendar.days_off_between(effective + timedelta(days=1), base_due))
    else:
        nominal_end = add_calendar_period(effective, amount, unit)
        base_due = calendar.next_working_day(nominal_end)
        skipped.extend(calendar.days_off_between(nominal_end, base_due - timedelta(days=1)))
    due = calendar.add_working_days(base_due, distance_days) if distance_days else base_due
    if distance_days:
        counted.extend(calendar.working_days_between(base_due + timedelta(days=1), due))
        skipped.extend(calendar.days_off_between(base_due + timedelta(days=1), due))
    return DueDateResult(
        due_date=due,
        trigger=trigger,
        effective_trigger=effective,
        amount=amount,
        unit=unit,
        distance_days=distance_days,
        electronic_notification=electronic_notification,
        notification_delay_working=notification_delay_working,
        nominal_end=nominal_end,
        rule=rule,
        calendar_es=calendar.describe("es"),
        calendar_en=calendar.describe("en"),
        skipped_days=tuple(SkippedDay(day, off.es, off.en) for day, off in skipped),
        counted_days=tuple(counted),
    )


def compute_rule_due_date(
    calendar: JudicialCalendar,
    rule: DeadlineRule,
    trigger: date,
    *,
    electronic_notification: bool = False,
    notification_delay_working: bool = True,
    distance_days: int = 0,
) -> DueDateResult:
    """Compute a catalogue rule's period with the law version in force on ``trigger``.

    Raises:
        ValidationError: no version of the rule was in force on that day.
    """
    version = rule.version_on(trigger) if isinstance(trigger, date) else None
    if version is None:
        first = rule.versions[0].valid_from
        raise ValidationError(
            "trigger",
            f"the rule {rule.key} has no version in force on {trigger}"
            + (f" (its first starts on {first})" if first else ""),
        )
    applied = AppliedRule(rule.key, rule.name_es, rule.name_en, rule.acting_side.value, version)
    return compute_due_date(
        calendar,
        trigger,
        version.amount,
        version.unit,
        electronic_notification=electronic_notification,
        notification_delay_working=notification_delay_working,
        distance_days=distance_days,
        rule=applied,
    )


def add_calendar_period(start: date, amount: int, unit: PeriodUnit) -> date:
    """Add calendar days, months or years; a missing day clamps to the month's end (CC 183)."""
    if unit in (PeriodUnit.CALENDAR_DAYS, PeriodUnit.WORKING_DAYS):
        return start + timedelta(days=amount)
    months = amount if unit is PeriodUnit.MONTHS else 12 * amount
    year, month_index = divmod(start.month - 1 + months, 12)
    year += start.year
    last_day = _stdlib_calendar.monthrange(year, month_index + 1)[1]
    return date(year, month_index + 1, min(start.day, last_day))


def _effective_trigger(
    calendar: JudicialCalendar, trigger: date, electronic: bool, delay_working: bool
) -> date:
    if not electronic:
        return trigger
    if delay_working:
        return calendar.add_working_days(trigger, ELECTRONIC_NOTIFICATION_DELAY)
    return trigger + timedelta(days=ELECTRONIC_NOTIFICATION_DELAY)


def _parse_unit(unit: PeriodUnit | str) -> PeriodUnit:
    try:
        return PeriodUnit(unit)
    except ValueError:
        codes = ", ".join(PeriodUnit.codes())
        raise ValidationError("unit", f"{unit!r} is not one of: {codes}") from None


def _validate(trigger: date, amount: int, unit: PeriodUnit, distance_days: int) -> None:
    if isinstance(trigger, datetime) or not isinstance(trigger, date):
        raise ValidationError("trigger", "give the day of notification as a date")
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise ValidationError("amount", "the length of the period must be a whole number")
    if amount < 0:
        raise ValidationError("amount", "the length of the period cannot be negative")
    if amount > MAX_AMOUNT[unit]:
        raise ValidationError(
            "amount", f"{amount} {unit.label.lower()} is too long (at most {MAX_AMOUNT[unit]})"
        )
    if isinstance(distance_days, bool) or not isinstance(distance_days, int):
        raise ValidationError("distance_days", "distance days must be a whole number")
    if not 0 <= distance_days <= MAX_DISTANCE_DAYS:
        raise ValidationError(
            "distance_days", f"distance days must be between 0 and {MAX_DISTANCE_DAYS}"
        )
