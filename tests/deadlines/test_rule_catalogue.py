"""The rules in force: shipped ones, edited, disabled, and the user's own, each audited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from casetracker.domain.errors import NotFoundError, ValidationError
from casetracker.domain.rules import DeadlineRule, RuleVersion
from casetracker.services.history import history
from casetracker.services.judicial_calendar import explain_due_date
from casetracker.services.rule_catalogue import (
    RuleOrigin,
    active_rules,
    catalogue,
    find_rule,
    reset_rule,
    rules_for_case,
    save_rule,
    set_rule_enabled,
    shipped_rules,
)
from casetracker.store.database import Database


def shipped(key: str) -> DeadlineRule:
    return next(rule for rule in shipped_rules() if rule.key == key)


def test_the_amparo_gets_its_own_rules_and_none_of_the_civil_ones(
    db: Database, amparo: int
) -> None:
    keys = {rule.key for rule in rules_for_case(db, amparo)}
    assert {"amparo.answer", "amparo.appeal_judgment", "constitutional.rac"} <= keys
    assert not any(key.startswith(("civil.", "conocimiento.")) for key in keys)
    answers = rules_for_case(db, amparo, trigger="admission_notice")
    assert [rule.key for rule in answers] == ["amparo.answer"]


def test_disabling_a_rule_hides_it_and_is_recorded(db: Database, amparo: int) -> None:
    entry = set_rule_enabled(db, "amparo.answer", False)
    assert (entry.origin, entry.rule.enabled) == (RuleOrigin.EDITED, False)
    assert find_rule(db, "amparo.answer") is None
    assert "amparo.answer" not in {rule.key for rule in active_rules(db)}
    assert rules_for_case(db, amparo, trigger="admission_notice") == []
    # Still listed in the editor, so it can be enabled again.
    assert any(e.rule.key == "amparo.answer" and not e.rule.enabled for e in catalogue(db))
    [entry_audit] = history(db, entity="rule")
    assert entry_audit.action == "create"
    assert entry_audit.changes["enabled"] == (None, False)

    set_rule_enabled(db, "amparo.answer", True)
    assert find_rule(db, "amparo.answer") == shipped("amparo.answer")
    assert history(db, entity="rule")[0].changes["enabled"] == (False, True)


def test_editing_a_rule_replaces_the_shipped_one_everywhere(db: Database, amparo: int) -> None:
    criterion = RuleVersion(
        "Ley 31307",
        "12 (criterio del juzgado)",
        5,
        "working_days",
        date(2021, 7, 24),
        None,
        "L",
        "Criterio del juzgado",
    )
    edited = replace(
        shipped("amparo.answer"), versions=(shipped("amparo.answer").versions[0], criterion)
    )
    entry = save_rule(db, edited)
    assert entry.origin is RuleOrigin.EDITED
    assert entry.shipped == shipped("amparo.answer")
    assert find_rule(db, "amparo.answer") == edited
    # The position in the catalogue is kept and the count does not change.
    keys = [rule.key for rule in active_rules(db)]
    assert keys == [rule.key for rule in shipped_rules()]
    result = explain_due_date(db, "2026-12-04", None, None, rule_key="amparo.answer")
    assert result.due_date == date(2026, 12, 15)  # counted: 7, 10, 11, 14, 15 Dec
    assert (
        "Norma aplicable: Ley 31307, art. 12 (criterio del juzgado): 5 días hábiles "
        "(vigente desde el sáb 24 jul 2021)" in result.explanation_lines()
    )
    # The override is versioned too: a 2019 trigger still gets Ley 28237's five days.
    old = explain_due_date(db, "2019-05-27", None, None, rule_key="amparo.answer")
    assert old.rule_basis == "Ley 28237, art. 53"
    [audit] = history(db, entity="rule")
    assert audit.summary == "amparo.answer: Contestar la demanda"


def test_a_rule_of_the_users_own_is_added_and_can_be_removed(db: Database, amparo: int) -> None:
    own = DeadlineRule(
        key="amparo.oral_report",
        name_es="Solicitar informe oral",
        name_en="Ask to be heard",
        procedures=("amparo",),
        trigger="order_notice",
        trigger_es="Notificación del decreto que pone los autos a despacho",
        versions=(RuleVersion("Práctica del juzgado", "", 3, "working_days", certainty="L"),),
    )
    assert save_rule(db, own).origin is RuleOrigin.USER
    assert [rule.key for rule in rules_for_case(db, amparo, "order_notice")] == [own.key]
    reset_rule(db, own.key)
    assert find_rule(db, own.key) is None
    assert [e.action for e in history(db, entity="rule")] == ["delete", "create"]


def test_resetting_brings_the_shipped_rule_back(db: Database) -> None:
    fifteen = replace(shipped("civil.cassation").versions[0], amount=15)
    save_rule(db, replace(shipped("civil.cassation"), versions=(fifteen,)))
    reset_rule(db, "civil.cassation")
    assert find_rule(db, "civil.cassation") == shipped("civil.cassation")
    with pytest.raises(NotFoundError):
        reset_rule(db, "civil.cassation")


def test_invalid_rules_are_refused_before_anything_is_written(db: Database) -> None:
    with pytest.raises(ValidationError):
        replace(shipped("amparo.answer").versions[0], amount=0)
    with pytest.raises(ValidationError):
        save_rule(db, replace(shipped("amparo.answer"), name_es="x" * 301))
    with pytest.raises(NotFoundError):
        set_rule_enabled(db, "amparo.unknown", False)
    assert history(db, entity="rule") == []


def test_an_override_written_before_versions_keeps_working(db: Database, amparo: int) -> None:
    """Revision 0002 stored one period per override: it is read as one version, always."""
    from casetracker.store.models import RuleOverride

    with db.unit_of_work() as uow:
        uow.session.add(
            RuleOverride(
                key="amparo.answer", name_es="Contestar la demanda", name_en="Answer the claim",
                procedures="amparo", amount=7, unit="working_days", trigger="admission_notice",
                trigger_es="Notificación del auto admisorio", basis="Criterio del despacho",
                certainty="M", enabled=True, notes="", updated_at=date(2026, 1, 1),
            )
        )  # fmt: skip
        uow.commit()
    rule = find_rule(db, "amparo.answer")
    assert rule is not None
    assert [(v.basis, v.amount, v.valid_from) for v in rule.versions] == [
        ("Criterio del despacho", 7, None)
    ]
    assert rule.acting_side.value == "defendant"  # as shipped
    assert explain_due_date(db, "2019-05-27", None, None, rule_key="amparo.answer").amount == 7
