"""The deadline rules in force: the shipped catalogue with the user's overrides applied.

The shipped file (``resources/rules/catalogue.json``) is read here, once, and handed
to the domain as plain data. Users never edit it. Editing a shipped rule stores a
full copy under the same key, law versions included; disabling one stores a copy
with ``enabled`` off; a new key is a rule of the user's own. Resetting deletes the
override, bringing back the shipped rule. Every change is one transaction with its
entry in the history (entity "rule").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from casetracker.domain.errors import NotFoundError, ValidationError
from casetracker.domain.rules import (
    ActingSide,
    CatalogueError,
    DeadlineRule,
    RuleCatalogue,
    RuleVersion,
    merge_overrides,
    parse_catalogue,
    rules_for,
)
from casetracker.domain.validation import Checker
from casetracker.resources import resource_path
from casetracker.services import _records
from casetracker.store.database import Database
from casetracker.store.models import Case, RuleOverride

ENTITY = "rule"


class RuleOrigin(StrEnum):
    """Where the rule in force comes from."""

    SHIPPED = "shipped"
    EDITED = "edited"
    USER = "user"


@dataclass(frozen=True, slots=True)
class RuleEntry:
    """One line of the rule editor: the rule in force (maybe disabled) and its origin.

    Attributes:
        rule: the rule as it applies now; ``rule.enabled`` says whether it is used.
        origin: shipped as is, a shipped rule edited or disabled, or the user's own.
        shipped: the shipped version, when there is one (to show what an edit changed).
    """

    rule: DeadlineRule
    origin: RuleOrigin
    shipped: DeadlineRule | None


def shipped_catalogue(path: Path | None = None) -> RuleCatalogue:
    """The catalogue shipped with casetracker (or the file at ``path``), read once.

    Raises:
        CatalogueError: the file is unreadable or a rule is invalid; the message names it.
    """
    return _read_catalogue(path or resource_path("rules", "catalogue.json"))


def shipped_rules() -> list[DeadlineRule]:
    """The shipped rules, in file order (no overrides)."""
    return list(shipped_catalogue().rules)


@cache
def _read_catalogue(path: Path) -> RuleCatalogue:
    # Cached: the shipped file never changes while the app runs.
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogueError(f"cannot read the rule catalogue {path}: {exc}") from exc
    return parse_catalogue(data, str(path))


def catalogue(db: Database) -> list[RuleEntry]:
    """Every rule, disabled ones included: shipped order first, then the user's rules."""
    shipped = shipped_rules()
    with db.read() as session:
        overrides = {rule.key: rule for rule in _overrides(session)}
    entries = [
        RuleEntry(overrides[rule.key], RuleOrigin.EDITED, rule)
        if rule.key in overrides
        else RuleEntry(rule, RuleOrigin.SHIPPED, rule)
        for rule in shipped
    ]
    known = {rule.key for rule in shipped}
    entries += [
        RuleEntry(rule, RuleOrigin.USER, None)
        for key, rule in overrides.items()
        if key not in known
    ]
    return entries


def active_rules(db: Database) -> list[DeadlineRule]:
    """The enabled rules, overrides applied."""
    with db.read() as session:
        return active_in_session(session)


def active_in_session(session: Session) -> list[DeadlineRule]:
    return merge_overrides(shipped_rules(), _overrides(session))


def find_rule(db: Database, key: str) -> DeadlineRule | None:
    """The enabled rule with ``key``, or None when there is none (or it is disabled)."""
    return next((rule for rule in active_rules(db) if rule.key == key), None)


def rules_for_case(db: Database, case_id: int, trigger: str | None = None) -> list[DeadlineRule]:
    """The enabled rules of the case's procedure, for ``trigger`` when given.

    Raises:
        NotFoundError: there is no such case.
    """
    with db.read() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFoundError("case", case_id)
        return rules_for(case.procedure, trigger, active_in_session(session))


def save_rule(db: Database, rule: DeadlineRule) -> RuleEntry:
    """Add a rule of the user's own, or replace the rule with the same key.

    Raises:
        ValidationError, ValidationErrors: a text is too long to store.
    """
    _check_lengths(rule)
    with db.unit_of_work() as uow:
        row = _row(uow.session, rule.key)
        before = _records.snapshot(row) if row else None
        if row is None:
            row = RuleOverride(key=rule.key)
            uow.session.add(row)
        _fill(row, rule)
        uow.session.flush()
        action = "create" if before is None else "update"
        _records.record(
            uow.session, db.actor, action, ENTITY, row.id, None,
            before, _records.snapshot(row), f"{rule.key}: {rule.name_es}",
        )  # fmt: skip
        uow.commit()
    return _entry(db, rule.key)


def set_rule_enabled(db: Database, key: str, enabled: bool) -> RuleEntry:
    """Enable or disable a rule; a disabled rule is never proposed or used.

    Raises:
        NotFoundError: no rule has this key.
    """
    current = next((entry for entry in catalogue(db) if entry.rule.key == key), None)
    if current is None:
        raise NotFoundError("rule", key)
    if current.rule.enabled == enabled:
        return current
    return save_rule(db, replace(current.rule, enabled=enabled))


def reset_rule(db: Database, key: str) -> None:
    """Drop the user's version of ``key``: a shipped rule comes back, a user rule is gone.

    Raises:
        NotFoundError: the user has no version of this rule.
    """
    with db.unit_of_work() as uow:
        row = _row(uow.session, key)
        if row is None:
            raise NotFoundError("rule override", key)
        before = _records.snapshot(row)
        row_id, summary = row.id, f"{row.key}: {row.name_es}"
        uow.session.delete(row)
        uow.session.flush()
        _records.record(
            uow.session, db.actor, "delete", ENTITY, row_id, None, before, None, summary
        )
        uow.commit()


def _check_lengths(rule: DeadlineRule) -> None:
    # DeadlineRule checks meaning; the columns add limits of their own.
    check = Checker()
    check.text("key", rule.key, max_length=80)
    for name in ("name_es", "name_en", "trigger_es"):
        check.text(name, getattr(rule, name), max_length=300)
    for version in rule.versions:
        check.text("law", version.basis, max_length=300)
        check.text("note", version.note, max_length=5_000)
    check.text("notes", rule.notes, max_length=50_000)
    check.raise_if_any()


def _entry(db: Database, key: str) -> RuleEntry:
    return next(entry for entry in catalogue(db) if entry.rule.key == key)


def _row(session: Session, key: str) -> RuleOverride | None:
    return session.scalar(select(RuleOverride).where(RuleOverride.key == key))


def _overrides(session: Session) -> list[DeadlineRule]:
    shipped = {rule.key: rule for rule in shipped_rules()}
    rows = session.scalars(select(RuleOverride).order_by(RuleOverride.id))
    return [_to_rule(row, shipped.get(row.key)) for row in rows]


def _to_rule(row: RuleOverride, shipped: DeadlineRule | None) -> DeadlineRule:
    side = row.acting_side or (shipped.acting_side if shipped else ActingSide.ANY_PARTY)
    return DeadlineRule(
        key=row.key,
        name_es=row.name_es,
        name_en=row.name_en,
        procedures=tuple(code for code in row.procedures.split(",") if code),
        trigger=row.trigger,
        trigger_es=row.trigger_es,
        versions=_versions(row),
        acting_side=side,  # type: ignore[arg-type]
        enabled=row.enabled,
        notes=row.notes,
    )


def _versions(row: RuleOverride) -> tuple[RuleVersion, ...]:
    """The override's versions; one written before versions existed has one, always."""
    if not row.versions:
        return (
            RuleVersion(
                law=row.basis or "?",
                article="",
                amount=row.amount,
                unit=row.unit,  # type: ignore[arg-type]
                certainty=row.certainty,  # type: ignore[arg-type]
            ),
        )
    try:
        return tuple(RuleVersion.from_json(item) for item in json.loads(row.versions))
    except (ValueError, TypeError, ValidationError) as exc:
        raise CatalogueError(
            f"the stored versions of your rule {row.key} are damaged: {exc}"
        ) from exc


def _fill(row: RuleOverride, rule: DeadlineRule) -> None:
    latest = rule.latest
    row.name_es = rule.name_es.strip()
    row.name_en = rule.name_en.strip()
    row.procedures = ",".join(rule.procedures)
    row.trigger = rule.trigger
    row.trigger_es = rule.trigger_es.strip()
    row.acting_side = rule.acting_side.value
    row.versions = json.dumps([version.to_json() for version in rule.versions], ensure_ascii=False)
    # The latest version, repeated in the plain columns for older readers of the table.
    row.amount = latest.amount
    row.unit = latest.unit.value
    row.basis = latest.basis
    row.certainty = latest.certainty.value
    row.enabled = rule.enabled
    row.notes = rule.notes.strip()
    row.updated_at = _records.utc_now()
