"""Deadline rules: the shipped catalogue of periods and the user's overrides.

The catalogue (``resources/rules/catalogue.json``) seeds the rules from the domain
notes, section 2.2. Many rows are only moderately certain, so every rule can be
overridden or disabled by the user; :func:`merge_overrides` applies those choices.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from casetracker.domain.enums import Procedure
from casetracker.domain.errors import ValidationError
from casetracker.domain.periods import MAX_AMOUNT, PeriodUnit
from casetracker.resources import resource_path

_E = TypeVar("_E", bound=StrEnum)

CIVIL = "civil"
"""Pseudo-procedure of the catalogue: a rule for every civil procedure."""

CIVIL_PROCEDURES = frozenset({Procedure.CONOCIMIENTO, Procedure.ABREVIADO, Procedure.SUMARISIMO})
PROCEDURE_CODES = frozenset({*Procedure.codes(), CIVIL})

TRIGGERS: dict[str, str] = {
    "service_of_claim": "Service of the claim",
    "admission_notice": "Notice of the order admitting the claim",
    "judgment_notice": "Notice of the judgment",
    "order_notice": "Notice of an order or decree",
    "refusal_notice": "Notice of the refusal of an appeal",
    "second_instance_ruling_notice": "Notice of the second-instance ruling",
    "evidence_admission_notice": "Notice of the order admitting evidence",
    "appeal_judgment_notice": "Notice of the appeal judgment",
    "knowledge_of_harm": "Knowledge of the harm",
    "publication": "Publication of the rule or law",
}
"""Trigger codes with their English labels (the Spanish wording is on each rule)."""

_KEY = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
_FIELDS = (
    "key",
    "name_es",
    "name_en",
    "procedures",
    "amount",
    "unit",
    "trigger",
    "trigger_es",
    "basis",
    "certainty",
)


class Certainty(StrEnum):
    """How sure the domain notes are of a rule (see the notes' introduction)."""

    HIGH = "H"
    MEDIUM = "M"
    LOW = "L"


class CatalogueError(ValueError):
    """The rule file is unreadable or one of its rules is invalid."""


@dataclass(frozen=True, slots=True)
class DeadlineRule:
    """A kind of period: how long, counted how, from what event, on what legal basis.

    Raises:
        ValidationError: on construction, when a field holds an unusable value.
    """

    key: str
    name_es: str
    name_en: str
    procedures: tuple[str, ...]
    amount: int
    unit: PeriodUnit
    trigger: str
    trigger_es: str
    basis: str
    certainty: Certainty
    enabled: bool = True
    notes: str = ""

    def __post_init__(self) -> None:
        # Coerce plain strings (from JSON or the store) so callers need not.
        object.__setattr__(self, "procedures", tuple(self.procedures))
        object.__setattr__(self, "unit", _coerce(PeriodUnit, self.unit, "unit"))
        object.__setattr__(self, "certainty", _coerce(Certainty, self.certainty, "certainty"))
        if not _KEY.match(self.key):
            raise ValidationError("key", f"{self.key!r} must look like 'procedure.deadline'")
        for name in ("name_es", "name_en", "trigger_es", "basis"):
            if not isinstance(getattr(self, name), str) or not getattr(self, name).strip():
                raise ValidationError(name, "this text cannot be empty")
        if not self.procedures:
            raise ValidationError("procedures", "name at least one procedure")
        unknown = [code for code in self.procedures if code not in PROCEDURE_CODES]
        if unknown:
            raise ValidationError("procedures", f"unknown procedure code(s): {', '.join(unknown)}")
        if isinstance(self.amount, bool) or not isinstance(self.amount, int):
            raise ValidationError("amount", "the length of the period must be a whole number")
        if not 1 <= self.amount <= MAX_AMOUNT[self.unit]:
            raise ValidationError("amount", f"must be between 1 and {MAX_AMOUNT[self.unit]}")
        if self.trigger not in TRIGGERS:
            codes = ", ".join(TRIGGERS)
            raise ValidationError("trigger", f"{self.trigger!r} is not one of: {codes}")
        if not isinstance(self.enabled, bool):
            raise ValidationError("enabled", "must be true or false")
        if not isinstance(self.notes, str):
            raise ValidationError("notes", "must be text")

    def applies_to(self, procedure: str) -> bool:
        """Whether the rule governs ``procedure``; "civil" rules cover every civil procedure."""
        return procedure in self.procedures or (
            CIVIL in self.procedures and procedure in CIVIL_PROCEDURES
        )

    def to_json(self) -> dict[str, Any]:
        """The rule as stored in the catalogue file."""
        return {
            "key": self.key,
            "name_es": self.name_es,
            "name_en": self.name_en,
            "procedures": list(self.procedures),
            "amount": self.amount,
            "unit": self.unit.value,
            "trigger": self.trigger,
            "trigger_es": self.trigger_es,
            "basis": self.basis,
            "certainty": self.certainty.value,
            "enabled": self.enabled,
            "notes": self.notes,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DeadlineRule:
        """Build a rule from its catalogue form.

        Raises:
            ValidationError: a field is missing, unknown or invalid.
        """
        missing = [name for name in _FIELDS if name not in data]
        if missing:
            raise ValidationError(missing[0], "missing")
        extra = sorted(set(data) - {*_FIELDS, "enabled", "notes"})
        if extra:
            raise ValidationError(extra[0], "unknown field")
        if not isinstance(data["procedures"], list):
            raise ValidationError("procedures", "must be a list of procedure codes")
        return cls(**{**data, "procedures": tuple(data["procedures"])})


def load_catalogue(path: Path | None = None) -> list[DeadlineRule]:
    """Load the rule catalogue, by default the one shipped with casetracker.

    Raises:
        CatalogueError: the file is unreadable or a rule is invalid; the message names it.
    """
    return list(_read_catalogue(path or resource_path("rules", "catalogue.json"))[1])


def catalogue_version(path: Path | None = None) -> int:
    """The ``version`` of the catalogue file, bumped whenever its rules change."""
    return _read_catalogue(path or resource_path("rules", "catalogue.json"))[0]


def rules_for(
    procedure: str,
    trigger: str | None = None,
    rules: Iterable[DeadlineRule] | None = None,
) -> list[DeadlineRule]:
    """The enabled rules for a procedure (and trigger), shipped catalogue by default."""
    pool = load_catalogue() if rules is None else rules
    return [
        rule
        for rule in pool
        if rule.enabled
        and rule.applies_to(procedure)
        and (trigger is None or rule.trigger == trigger)
    ]


def merge_overrides(
    shipped: Iterable[DeadlineRule], overrides: Iterable[DeadlineRule]
) -> list[DeadlineRule]:
    """Apply the user's rules to the shipped ones.

    An override replaces the shipped rule with the same key (in its place); a disabled
    override hides it; an override with a new key is a user-defined rule, added at the
    end. Of several overrides with one key, the last wins.
    """
    by_key = {rule.key: rule for rule in overrides}
    merged: list[DeadlineRule] = []
    seen: set[str] = set()
    for rule in shipped:
        seen.add(rule.key)
        chosen = by_key.get(rule.key, rule)
        if chosen.enabled:
            merged.append(chosen)
    merged.extend(rule for key, rule in by_key.items() if key not in seen and rule.enabled)
    return merged


@cache
def _read_catalogue(path: Path) -> tuple[int, tuple[DeadlineRule, ...]]:
    # Cached: the shipped file never changes while the app runs.
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogueError(f"cannot read the rule catalogue {path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise CatalogueError(f"{path}: expected an object with a 'rules' list")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise CatalogueError(f"{path}: 'version' must be a positive whole number")
    rules: list[DeadlineRule] = []
    keys: set[str] = set()
    for index, item in enumerate(data["rules"], start=1):
        name = item.get("key", "?") if isinstance(item, dict) else "?"
        try:
            if not isinstance(item, dict):
                raise ValidationError("rule", "must be an object")
            rule = DeadlineRule.from_json(item)
        except (ValidationError, TypeError) as exc:
            raise CatalogueError(f"{path}: rule #{index} ({name!r}): {exc}") from exc
        if rule.key in keys:
            raise CatalogueError(f"{path}: rule #{index} ({name!r}): duplicate key")
        keys.add(rule.key)
        rules.append(rule)
    return version, tuple(rules)


def _coerce(enum: type[_E], value: object, field: str) -> _E:
    try:
        return enum(value)
    except ValueError:
        codes = ", ".join(member.value for member in enum)
        raise ValidationError(field, f"{value!r} is not one of: {codes}") from None
