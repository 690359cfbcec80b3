"""Deadline rules: the catalogue of periods, their law versions and the user's overrides.

The catalogue (``resources/rules/catalogue.json``, read by the service layer: the
domain does no I/O) seeds the rules from the domain notes, section 2.2. Each rule
says who must act (the plaintiff, the defendant or any party notified) and holds
one version per law that governed it; the version in force on the trigger date
applies. Many rows are only moderately certain, so every rule can be overridden or
disabled by the user; :func:`merge_overrides` applies those choices.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from casetracker.domain.enums import LabelledEnum, PartyRole, Procedure
from casetracker.domain.errors import CasetrackerError, ValidationError
from casetracker.domain.rule_versions import (
    Certainty,
    RuleVersion,
    check_versions,
    coerce,
    version_on,
)

__all__ = [
    "CIVIL",
    "TRIGGERS",
    "ActingSide",
    "CatalogueError",
    "Certainty",
    "DeadlineRule",
    "RuleCatalogue",
    "RuleVersion",
    "merge_overrides",
    "parse_catalogue",
    "rules_for",
]

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
_FIELDS = ("key", "name_es", "name_en", "procedures", "trigger", "trigger_es", "acting_side")
_OPTIONAL = frozenset({"enabled", "notes", "versions"})


class ActingSide(LabelledEnum):
    """Who must act within a rule's period, relative to the event that starts it."""

    PLAINTIFF = ("plaintiff", "The plaintiff", "la parte demandante")
    DEFENDANT = ("defendant", "The defendant", "la parte demandada")
    ANY_PARTY = ("any_party", "Any party notified", "cualquier parte notificada")

    def is_ours(self, our_roles: Iterable[PartyRole | str]) -> bool | None:
        """Whether the side we represent must act: None when we are on no side yet.

        A period open to any party is ours too: we may have to use it.
        """
        roles = {PartyRole(role) for role in our_roles}
        sides = roles & {PartyRole.PLAINTIFF, PartyRole.DEFENDANT}
        if self is ActingSide.ANY_PARTY:
            return True
        if not sides:
            return None
        return PartyRole(self.value) in sides


class CatalogueError(CasetrackerError, ValueError):
    """The rule file is unreadable or one of its rules is invalid."""


@dataclass(frozen=True, slots=True)
class DeadlineRule:
    """A kind of period: who acts, from what event, and the law versions that set it.

    Raises:
        ValidationError: on construction, when a field holds an unusable value.
    """

    key: str
    name_es: str
    name_en: str
    procedures: tuple[str, ...]
    trigger: str
    trigger_es: str
    versions: tuple[RuleVersion, ...]
    acting_side: ActingSide = ActingSide.ANY_PARTY
    enabled: bool = True
    notes: str = ""

    def __post_init__(self) -> None:
        # Coerce plain strings (from JSON or the store) so callers need not.
        object.__setattr__(self, "procedures", tuple(self.procedures))
        object.__setattr__(self, "acting_side", coerce(ActingSide, self.acting_side, "side"))
        object.__setattr__(self, "versions", check_versions(tuple(self.versions)))
        if not _KEY.match(self.key):
            raise ValidationError("key", f"{self.key!r} must look like 'procedure.deadline'")
        for name in ("name_es", "name_en", "trigger_es"):
            if not isinstance(getattr(self, name), str) or not getattr(self, name).strip():
                raise ValidationError(name, "this text cannot be empty")
        if not self.procedures:
            raise ValidationError("procedures", "name at least one procedure")
        unknown = [code for code in self.procedures if code not in PROCEDURE_CODES]
        if unknown:
            raise ValidationError("procedures", f"unknown procedure code(s): {', '.join(unknown)}")
        if self.trigger not in TRIGGERS:
            codes = ", ".join(TRIGGERS)
            raise ValidationError("trigger", f"{self.trigger!r} is not one of: {codes}")
        if not isinstance(self.enabled, bool):
            raise ValidationError("enabled", "must be true or false")
        if not isinstance(self.notes, str):
            raise ValidationError("notes", "must be text")

    @property
    def latest(self) -> RuleVersion:
        """The most recent version (the one shown when no date is given)."""
        return self.versions[-1]

    def version_on(self, day: date) -> RuleVersion | None:
        """The version in force for a period starting on ``day``; None before the first."""
        return version_on(self.versions, day)

    def name(self, language: str) -> str:
        """The rule's name in ``language`` ("es" or anything else for English)."""
        return self.name_es if language == "es" else self.name_en

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
            "trigger": self.trigger,
            "trigger_es": self.trigger_es,
            "acting_side": self.acting_side.value,
            "versions": [version.to_json() for version in self.versions],
            "enabled": self.enabled,
            "notes": self.notes,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DeadlineRule:
        """Build a rule from its catalogue form.

        Raises:
            ValidationError: a field is missing, unknown or invalid.
        """
        missing = [name for name in (*_FIELDS, "versions") if name not in data]
        if missing:
            raise ValidationError(missing[0], "missing")
        extra = sorted(set(data) - {*_FIELDS, *_OPTIONAL})
        if extra:
            raise ValidationError(extra[0], "unknown field")
        if not isinstance(data["procedures"], list):
            raise ValidationError("procedures", "must be a list of procedure codes")
        if not isinstance(data["versions"], list):
            raise ValidationError("versions", "must be a list of versions")
        versions = tuple(RuleVersion.from_json(item) for item in data["versions"])
        fields = {name: data[name] for name in _FIELDS if name != "procedures"}
        return cls(
            **fields,
            procedures=tuple(data["procedures"]),
            versions=versions,
            enabled=data.get("enabled", True),
            notes=data.get("notes", ""),
        )


@dataclass(frozen=True, slots=True)
class RuleCatalogue:
    """The shipped catalogue: its version number and its rules, in file order."""

    version: int
    rules: tuple[DeadlineRule, ...]


def parse_catalogue(data: object, source: str = "the rule catalogue") -> RuleCatalogue:
    """Check and build the catalogue from its decoded JSON (the caller reads the file).

    Raises:
        CatalogueError: the data is not a catalogue or a rule is invalid; the message
            names ``source`` and the rule.
    """
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise CatalogueError(f"{source}: expected an object with a 'rules' list")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise CatalogueError(f"{source}: 'version' must be a positive whole number")
    rules: list[DeadlineRule] = []
    keys: set[str] = set()
    for index, item in enumerate(data["rules"], start=1):
        name = item.get("key", "?") if isinstance(item, dict) else "?"
        try:
            if not isinstance(item, dict):
                raise ValidationError("rule", "must be an object")
            rule = DeadlineRule.from_json(item)
        except (ValidationError, TypeError) as exc:
            raise CatalogueError(f"{source}: rule #{index} ({name!r}): {exc}") from exc
        if rule.key in keys:
            raise CatalogueError(f"{source}: rule #{index} ({name!r}): duplicate key")
        keys.add(rule.key)
        rules.append(rule)
    return RuleCatalogue(version, tuple(rules))


def rules_for(
    procedure: str, trigger: str | None, rules: Iterable[DeadlineRule]
) -> list[DeadlineRule]:
    """The enabled rules of ``rules`` for a procedure (and trigger, when given)."""
    return [
        rule
        for rule in rules
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
