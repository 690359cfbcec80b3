"""The rule catalogue: shipped content, validation, lookup and user overrides."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from casetracker.domain.calendar import JudicialCalendar
from casetracker.domain.errors import ValidationError
from casetracker.domain.periods import PeriodUnit, compute_rule_due_date
from casetracker.domain.rules import (
    CatalogueError,
    Certainty,
    DeadlineRule,
    catalogue_version,
    load_catalogue,
    merge_overrides,
    rules_for,
)

W = "working_days"
CONSTITUTIONAL = ("amparo", "habeas_corpus", "habeas_data", "cumplimiento")

# Every row of the domain notes' table 2.2:
# (key, procedures, amount, unit, trigger, basis, certainty)
TABLE = [
    ("conocimiento.answer", ("conocimiento",), 30, W, "service_of_claim", "CPC 478.5", "M"),
    ("conocimiento.preliminary_objections", ("conocimiento",), 10, W, "service_of_claim",
     "CPC 478.3", "M"),
    ("conocimiento_abreviado.challenge_evidence", ("conocimiento", "abreviado"), 3, W,
     "evidence_admission_notice", "CPC 478.1, 491.1", "M"),
    ("conocimiento.appeal_judgment", ("conocimiento",), 10, W, "judgment_notice", "CPC 478.12",
     "M"),
    ("abreviado.answer", ("abreviado",), 10, W, "service_of_claim", "CPC 491.5", "M"),
    ("abreviado.preliminary_objections", ("abreviado",), 5, W, "service_of_claim", "CPC 491.3",
     "M"),
    ("abreviado.appeal_judgment", ("abreviado",), 5, W, "judgment_notice", "CPC 491.12", "M"),
    ("sumarisimo.answer", ("sumarisimo",), 5, W, "service_of_claim", "CPC 554", "M"),
    ("sumarisimo.appeal_judgment", ("sumarisimo",), 3, W, "judgment_notice", "CPC 556", "M"),
    ("civil.appeal_order", ("civil",), 3, W, "order_notice", "CPC 376–377", "L"),
    ("civil.reconsideration", ("civil",), 3, W, "order_notice", "CPC 363", "M"),
    ("civil.complaint", ("civil",), 3, W, "refusal_notice", "CPC 403", "M"),
    ("civil.cassation", ("civil",), 10, W, "appeal_judgment_notice", "CPC 387", "M"),
    ("amparo.file_claim", ("amparo",), 60, W, "knowledge_of_harm", "NCPConst 45", "H"),
    ("amparo.answer", ("amparo",), 10, W, "admission_notice", "NCPConst 53", "M"),
    ("amparo.appeal_judgment", ("amparo",), 3, W, "judgment_notice", "NCPConst", "M"),
    ("constitutional.rac", CONSTITUTIONAL, 10, W, "second_instance_ruling_notice", "NCPConst 24",
     "H"),
    ("constitutional.rac_complaint", CONSTITUTIONAL, 3, W, "refusal_notice", "NCPConst 25", "H"),
    ("accion_popular.file_claim", ("accion_popular",), 5, "years", "publication",
     "Ley 28237 art. 87", "M"),
    ("accion_popular.appeal", ("accion_popular",), 5, W, "judgment_notice", "Ley 28237 art. 93",
     "M"),
    ("inconstitucionalidad.file_claim", ("inconstitucionalidad",), 6, "years", "publication",
     "Ley 28237 art. 100", "M"),
    ("inconstitucionalidad.answer", ("inconstitucionalidad",), 30, W, "admission_notice",
     "Ley 28237 art. 107", "M"),
    ("inconstitucionalidad.clarification", ("inconstitucionalidad",), 2, W, "judgment_notice",
     "Ley 28237 art. 121", "L"),
]  # fmt: skip


def _rule(**changes: Any) -> DeadlineRule:
    fields: dict[str, Any] = {
        "key": "test.rule",
        "name_es": "Regla de prueba",
        "name_en": "Test rule",
        "procedures": ("amparo",),
        "amount": 3,
        "unit": PeriodUnit.WORKING_DAYS,
        "trigger": "judgment_notice",
        "trigger_es": "Notificación de la sentencia",
        "basis": "NCPConst",
        "certainty": Certainty.MEDIUM,
    }
    return DeadlineRule(**{**fields, **changes})


def test_catalogue_holds_every_row_of_the_table() -> None:
    rules = load_catalogue()
    assert [
        (r.key, r.procedures, r.amount, r.unit.value, r.trigger, r.basis, r.certainty.value)
        for r in rules
    ] == TABLE
    assert all(r.enabled and r.name_es and r.name_en and r.trigger_es for r in rules)
    assert catalogue_version() >= 1


def test_catalogue_answer_rule_reads_in_spanish() -> None:
    by_key = {rule.key: rule for rule in load_catalogue()}
    assert by_key["conocimiento.answer"].name_es == "Contestar la demanda"
    assert by_key["inconstitucionalidad.file_claim"].unit is PeriodUnit.YEARS


@pytest.mark.parametrize(
    ("procedure", "trigger", "keys"),
    [
        ("sumarisimo", None, ["sumarisimo.answer", "sumarisimo.appeal_judgment",
                              "civil.appeal_order", "civil.reconsideration", "civil.complaint",
                              "civil.cassation"]),
        ("abreviado", "service_of_claim", ["abreviado.answer",
                                           "abreviado.preliminary_objections"]),
        ("conocimiento", "evidence_admission_notice",
         ["conocimiento_abreviado.challenge_evidence"]),
        ("sumarisimo", "evidence_admission_notice", []),
        ("amparo", "refusal_notice", ["constitutional.rac_complaint"]),
        ("habeas_corpus", None, ["constitutional.rac", "constitutional.rac_complaint"]),
        ("inconstitucionalidad", "publication", ["inconstitucionalidad.file_claim"]),
        ("laboral", None, []),
    ],
)  # fmt: skip
def test_rules_for(procedure: str, trigger: str | None, keys: list[str]) -> None:
    assert [rule.key for rule in rules_for(procedure, trigger)] == keys


def test_rules_for_skips_disabled_and_civil_is_not_constitutional() -> None:
    rules = [_rule(), _rule(key="test.off", enabled=False), _rule(key="test.civ",
             procedures=("civil",))]  # fmt: skip
    assert [r.key for r in rules_for("amparo", rules=rules)] == ["test.rule"]
    assert [r.key for r in rules_for("conocimiento", rules=rules)] == ["test.civ"]


def test_merge_overrides() -> None:
    shipped = load_catalogue()
    longer = dataclasses.replace(shipped[0], amount=35, notes="Criterio del despacho")
    hidden = dataclasses.replace(shipped[1], enabled=False)
    custom = _rule(key="custom.hearing_brief", name_es="Alegato escrito")
    merged = merge_overrides(shipped, [longer, hidden, custom])
    keys = [rule.key for rule in merged]
    assert merged[0] == longer
    assert shipped[1].key not in keys
    assert keys[-1] == "custom.hearing_brief"
    assert len(merged) == len(shipped)  # one hidden, one added
    assert keys[1:-1] == [rule.key for rule in shipped[2:]]


def test_merge_overrides_last_one_wins() -> None:
    base = _rule()
    first, second = _rule(amount=4), _rule(amount=5)
    assert merge_overrides([base], [first, second]) == [second]
    assert merge_overrides([base], []) == [base]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"key": "no_dot"}, "key"),
        ({"key": "Bad.Key"}, "key"),
        ({"name_es": " "}, "name_es"),
        ({"procedures": ()}, "procedures"),
        ({"procedures": ("amparo", "mystery")}, "procedures"),
        ({"amount": 0}, "amount"),
        ({"amount": 21, "unit": "years"}, "amount"),
        ({"amount": "10"}, "amount"),
        ({"unit": "weeks"}, "unit"),
        ({"trigger": "full_moon"}, "trigger"),
        ({"certainty": "X"}, "certainty"),
        ({"enabled": "yes"}, "enabled"),
    ],
)
def test_rule_validation(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _rule(**changes)
    assert caught.value.field == field


def test_rule_accepts_codes_and_round_trips() -> None:
    rule = _rule(unit="calendar_days", certainty="H", procedures=["amparo"])
    assert rule.unit is PeriodUnit.CALENDAR_DAYS
    assert rule.certainty is Certainty.HIGH
    assert rule.procedures == ("amparo",)
    assert DeadlineRule.from_json(rule.to_json()) == rule


def _write(tmp_path: Path, rules: list[Any], version: Any = 1) -> Path:
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps({"version": version, "rules": rules}), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"unit": "fortnights"}, ["'test.broken'", "rule #2", "unit"]),
        ({"amount": -3}, ["'test.broken'", "amount"]),
        ({"colour": "red"}, ["'test.broken'", "colour", "unknown field"]),
        ({"procedures": "amparo"}, ["'test.broken'", "procedures"]),
    ],
)
def test_broken_rule_is_named(tmp_path: Path, change: dict[str, Any], words: list[str]) -> None:
    good = _rule().to_json()
    broken = {**_rule(key="test.broken").to_json(), **change}
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(_write(tmp_path, [good, broken]))
    for word in words:
        assert word in str(caught.value)


def test_missing_field_is_named(tmp_path: Path) -> None:
    broken = _rule(key="test.partial").to_json()
    del broken["basis"]
    with pytest.raises(CatalogueError, match=r"'test\.partial'.*basis: missing"):
        load_catalogue(_write(tmp_path, [broken]))


def test_duplicate_keys_are_rejected(tmp_path: Path) -> None:
    rule = _rule().to_json()
    with pytest.raises(CatalogueError, match="duplicate key"):
        load_catalogue(_write(tmp_path, [rule, rule]))


@pytest.mark.parametrize("text", ["{not json", '{"version": 1}', '{"version": "x", "rules": []}'])
def test_unreadable_catalogue(tmp_path: Path, text: str) -> None:
    path = tmp_path / "catalogue.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"catalogue\.json"):
        load_catalogue(path)


def test_rule_due_date_is_explained_with_its_basis() -> None:
    rule = {r.key: r for r in load_catalogue()}["amparo.answer"]
    result = compute_rule_due_date(JudicialCalendar(), rule, date(2026, 12, 7))
    assert result.due_date == date(2026, 12, 23)
    assert result.rule_key == "amparo.answer"
    assert "Plazo: 10 días hábiles (NCPConst 53)" in result.explanation_lines()
