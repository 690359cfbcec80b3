"""The rule catalogue: shipped content, validation, lookup and user overrides."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from typing import Any

import pytest

from casetracker.domain.calendar import JudicialCalendar
from casetracker.domain.errors import ValidationError
from casetracker.domain.periods import PeriodUnit, compute_rule_due_date
from casetracker.domain.rules import (
    ActingSide,
    CatalogueError,
    Certainty,
    DeadlineRule,
    RuleVersion,
    merge_overrides,
    parse_catalogue,
    rules_for,
)
from casetracker.resources import resource_path

W = "working_days"
CONSTITUTIONAL = ("amparo", "habeas_corpus", "habeas_data", "cumplimiento")
NCP = date(2021, 7, 24)
OLD = date(2021, 7, 23)

# Every row of the domain notes' table 2.2, with its law versions:
# (key, procedures, trigger, who acts, [(law, article, amount, unit, from, to, certainty)])
TABLE = [
    ("conocimiento.answer", ("conocimiento",), "service_of_claim", "defendant",
     [("CPC", "478.5", 30, W, None, None, "M")]),
    ("conocimiento.preliminary_objections", ("conocimiento",), "service_of_claim", "defendant",
     [("CPC", "478.3", 10, W, None, None, "M")]),
    ("conocimiento_abreviado.challenge_evidence", ("conocimiento", "abreviado"),
     "evidence_admission_notice", "any_party", [("CPC", "478.1 y 491.1", 3, W, None, None, "M")]),
    ("conocimiento.appeal_judgment", ("conocimiento",), "judgment_notice", "any_party",
     [("CPC", "478.12", 10, W, None, None, "M")]),
    ("abreviado.answer", ("abreviado",), "service_of_claim", "defendant",
     [("CPC", "491.5", 10, W, None, None, "M")]),
    ("abreviado.preliminary_objections", ("abreviado",), "service_of_claim", "defendant",
     [("CPC", "491.3", 5, W, None, None, "M")]),
    ("abreviado.appeal_judgment", ("abreviado",), "judgment_notice", "any_party",
     [("CPC", "491.12", 5, W, None, None, "M")]),
    ("sumarisimo.answer", ("sumarisimo",), "service_of_claim", "defendant",
     [("CPC", "554", 5, W, None, None, "M")]),
    ("sumarisimo.appeal_judgment", ("sumarisimo",), "judgment_notice", "any_party",
     [("CPC", "556", 3, W, None, None, "M")]),
    ("civil.appeal_order", ("civil",), "order_notice", "any_party",
     [("CPC", "376–377", 3, W, None, None, "L")]),
    ("civil.reconsideration", ("civil",), "order_notice", "any_party",
     [("CPC", "363", 3, W, None, None, "M")]),
    ("civil.complaint", ("civil",), "refusal_notice", "any_party",
     [("CPC", "403", 3, W, None, None, "M")]),
    ("civil.cassation", ("civil",), "appeal_judgment_notice", "any_party",
     [("CPC", "387", 10, W, None, None, "M")]),
    ("amparo.file_claim", ("amparo",), "knowledge_of_harm", "plaintiff",
     [("Ley 28237", "44", 60, W, None, OLD, "L"), ("Ley 31307", "45", 60, W, NCP, None, "H")]),
    # Ley 28237 art. 53 gave 5 days; the Nuevo Código (Ley 31307) gives 10, in its art. 12.
    ("amparo.answer", ("amparo",), "admission_notice", "defendant",
     [("Ley 28237", "53", 5, W, None, OLD, "H"), ("Ley 31307", "12", 10, W, NCP, None, "H")]),
    ("amparo.appeal_judgment", ("amparo",), "judgment_notice", "any_party",
     [("Ley 28237", "57", 3, W, None, OLD, "L"), ("Ley 31307", "", 3, W, NCP, None, "M")]),
    ("constitutional.rac", CONSTITUTIONAL, "second_instance_ruling_notice", "plaintiff",
     [("Ley 28237", "18", 10, W, None, OLD, "L"), ("Ley 31307", "24", 10, W, NCP, None, "H")]),
    ("constitutional.rac_complaint", CONSTITUTIONAL, "refusal_notice", "plaintiff",
     [("Ley 28237", "19", 3, W, None, OLD, "L"), ("Ley 31307", "25", 3, W, NCP, None, "H")]),
    # Ley 28237's articles until Ley 31307 repealed it; the new articles are unverified (L).
    ("accion_popular.file_claim", ("accion_popular",), "publication", "plaintiff",
     [("Ley 28237", "87", 5, "years", None, OLD, "M"),
      ("Ley 31307", "", 5, "years", NCP, None, "L")]),
    ("accion_popular.appeal", ("accion_popular",), "judgment_notice", "any_party",
     [("Ley 28237", "93", 5, W, None, OLD, "M"), ("Ley 31307", "", 5, W, NCP, None, "L")]),
    ("inconstitucionalidad.file_claim", ("inconstitucionalidad",), "publication", "plaintiff",
     [("Ley 28237", "100", 6, "years", None, OLD, "M"),
      ("Ley 31307", "", 6, "years", NCP, None, "L")]),
    ("inconstitucionalidad.answer", ("inconstitucionalidad",), "admission_notice", "defendant",
     [("Ley 28237", "107", 30, W, None, OLD, "M"), ("Ley 31307", "", 30, W, NCP, None, "L")]),
    ("inconstitucionalidad.clarification", ("inconstitucionalidad",), "judgment_notice",
     "any_party",
     [("Ley 28237", "121", 2, W, None, OLD, "L"), ("Ley 31307", "", 2, W, NCP, None, "L")]),
]  # fmt: skip


def load_catalogue() -> list[DeadlineRule]:
    """The shipped file, read here (the domain itself does no I/O)."""
    data = json.loads(resource_path("rules", "catalogue.json").read_text(encoding="utf-8"))
    return list(parse_catalogue(data).rules)


def _version(**changes: Any) -> RuleVersion:
    fields: dict[str, Any] = {
        "law": "Ley 31307",
        "article": "",
        "amount": 3,
        "unit": PeriodUnit.WORKING_DAYS,
        "certainty": Certainty.MEDIUM,
    }
    return RuleVersion(**{**fields, **changes})


def _rule(**changes: Any) -> DeadlineRule:
    version_fields = {k: changes.pop(k) for k in ("amount", "unit", "certainty") if k in changes}
    fields: dict[str, Any] = {
        "key": "test.rule",
        "name_es": "Regla de prueba",
        "name_en": "Test rule",
        "procedures": ("amparo",),
        "trigger": "judgment_notice",
        "trigger_es": "Notificación de la sentencia",
        "versions": (_version(**version_fields),),
    }
    return DeadlineRule(**{**fields, **changes})


def test_catalogue_holds_every_row_of_the_table_with_its_law_versions() -> None:
    rules = load_catalogue()
    assert [
        (
            r.key, r.procedures, r.trigger, r.acting_side.value,
            [(v.law, v.article, v.amount, v.unit.value, v.valid_from, v.valid_to,
              v.certainty.value) for v in r.versions],
        )
        for r in rules
    ] == TABLE  # fmt: skip
    assert all(r.enabled and r.name_es and r.name_en and r.trigger_es for r in rules)
    # Every unverified version says what is left to check.
    assert all(v.note for r in rules for v in r.versions if v.certainty is Certainty.LOW)


def test_catalogue_answer_rule_reads_in_spanish() -> None:
    by_key = {rule.key: rule for rule in load_catalogue()}
    assert by_key["conocimiento.answer"].name_es == "Contestar la demanda"
    assert by_key["inconstitucionalidad.file_claim"].latest.unit is PeriodUnit.YEARS


@pytest.mark.parametrize(
    ("trigger", "basis", "amount"),
    [
        (date(2016, 6, 17), "Ley 28237, art. 53", 5),
        (date(2019, 5, 27), "Ley 28237, art. 53", 5),
        (date(2021, 7, 23), "Ley 28237, art. 53", 5),  # the last day of the old code
        (date(2021, 7, 24), "Ley 31307, art. 12", 10),  # the first day of the new one
        (date(2022, 3, 1), "Ley 31307, art. 12", 10),
        (date(2026, 12, 7), "Ley 31307, art. 12", 10),
    ],
)
def test_the_version_in_force_on_the_trigger_date_applies(
    trigger: date, basis: str, amount: int
) -> None:
    rule = {r.key: r for r in load_catalogue()}["amparo.answer"]
    version = rule.version_on(trigger)
    assert version is not None
    assert (version.basis, version.amount) == (basis, amount)


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
    assert [rule.key for rule in rules_for(procedure, trigger, load_catalogue())] == keys


def test_rules_for_skips_disabled_and_civil_is_not_constitutional() -> None:
    rules = [_rule(), _rule(key="test.off", enabled=False), _rule(key="test.civ",
             procedures=("civil",))]  # fmt: skip
    assert [r.key for r in rules_for("amparo", None, rules)] == ["test.rule"]
    assert [r.key for r in rules_for("conocimiento", None, rules)] == ["test.civ"]


def test_merge_overrides() -> None:
    shipped = load_catalogue()
    longer = dataclasses.replace(
        shipped[0], versions=(_version(amount=35),), notes="Criterio del despacho"
    )
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
        ({"acting_side": "judge"}, "side"),
        ({"versions": ()}, "versions"),
    ],
)
def test_rule_validation(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _rule(**changes)
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("versions", "words"),
    [
        # Two versions both still in force.
        ([(None, None), (date(2021, 7, 24), None)], "only the last version"),
        # A gap of a day between them.
        ([(None, date(2021, 7, 22)), (date(2021, 7, 24), None)], "the day after"),
        # Overlapping.
        ([(None, date(2021, 7, 30)), (date(2021, 7, 24), None)], "the day after"),
    ],
)
def test_versions_must_follow_one_another(
    versions: list[tuple[date | None, date | None]], words: str
) -> None:
    with pytest.raises(ValidationError, match=words):
        _rule(versions=[_version(valid_from=a, valid_to=b) for a, b in versions])


def test_a_version_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValidationError) as caught:
        _version(valid_from=date(2021, 7, 24), valid_to=date(2021, 7, 1))
    assert caught.value.field == "valid_to"


def test_rule_accepts_codes_and_round_trips() -> None:
    rule = _rule(
        unit="calendar_days", certainty="H", procedures=["amparo"], acting_side="plaintiff"
    )
    assert rule.latest.unit is PeriodUnit.CALENDAR_DAYS
    assert rule.latest.certainty is Certainty.HIGH
    assert rule.procedures == ("amparo",)
    assert rule.acting_side is ActingSide.PLAINTIFF
    assert DeadlineRule.from_json(rule.to_json()) == rule


@pytest.mark.parametrize(
    ("side", "ours", "expected"),
    [
        ("defendant", {"plaintiff"}, False),  # the other side answers: we watch
        ("defendant", {"defendant"}, True),
        ("plaintiff", {"plaintiff", "counsel"}, True),
        ("any_party", {"plaintiff"}, True),  # an appeal is open to us too
        ("defendant", set(), None),  # nobody marked as ours: unknown
        ("defendant", {"witness"}, None),
    ],
)
def test_whose_period(side: str, ours: set[str], expected: bool | None) -> None:
    assert ActingSide(side).is_ours(ours) is expected


def _write(rules: list[Any], version: Any = 2) -> Any:
    return {"version": version, "rules": rules}


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"versions": [{"law": "Ley 1", "amount": 3, "unit": "fortnights",
                        "certainty": "M"}]}, ["'test.broken'", "rule #2", "unit"]),
        ({"versions": [{"law": "Ley 1", "amount": -3, "unit": "working_days",
                        "certainty": "M"}]}, ["'test.broken'", "amount"]),
        ({"colour": "red"}, ["'test.broken'", "colour", "unknown field"]),
        ({"procedures": "amparo"}, ["'test.broken'", "procedures"]),
        ({"versions": [{"law": "Ley 1", "amount": 3, "unit": "working_days", "certainty": "M",
                        "valid_from": "24/07/2021"}]}, ["'test.broken'", "valid_from"]),
    ],
)  # fmt: skip
def test_broken_rule_is_named(change: dict[str, Any], words: list[str]) -> None:
    good = _rule().to_json()
    broken = {**_rule(key="test.broken").to_json(), **change}
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(_write([good, broken]), "catalogue.json")
    for word in words:
        assert word in str(caught.value)


def test_missing_field_is_named() -> None:
    broken = _rule(key="test.partial").to_json()
    del broken["acting_side"]
    with pytest.raises(CatalogueError, match=r"'test\.partial'.*acting_side: missing"):
        parse_catalogue(_write([broken]))


def test_duplicate_keys_are_rejected() -> None:
    rule = _rule().to_json()
    with pytest.raises(CatalogueError, match="duplicate key"):
        parse_catalogue(_write([rule, rule]))


@pytest.mark.parametrize("data", [[], {"version": 1}, {"version": "x", "rules": []}])
def test_unreadable_catalogue(data: Any) -> None:
    with pytest.raises(CatalogueError, match=r"catalogue\.json"):
        parse_catalogue(data, "catalogue.json")


def test_rule_due_date_is_explained_with_the_law_in_force() -> None:
    rule = {r.key: r for r in load_catalogue()}["amparo.answer"]
    result = compute_rule_due_date(JudicialCalendar(), rule, date(2026, 12, 7))
    assert result.due_date == date(2026, 12, 23)
    assert result.rule_key == "amparo.answer"
    lines = result.explanation_lines()
    assert (
        "Norma aplicable: Ley 31307, art. 12: 10 días hábiles (vigente desde el sáb 24 jul 2021)"
        in lines
    )
    assert "Debe actuar: la parte demandada" in lines
    old = compute_rule_due_date(JudicialCalendar(), rule, date(2019, 5, 27))
    assert old.due_date == date(2019, 6, 3)  # Tue 28 … Mon 3 Jun: five working days
    assert (
        "Norma aplicable: Ley 28237, art. 53: 5 días hábiles (vigente hasta el vie 23 jul 2021)"
        in (old.explanation_lines())
    )


def test_a_rule_without_a_version_on_the_day_is_refused() -> None:
    rule = _rule(versions=(_version(valid_from=date(2021, 7, 24)),))
    with pytest.raises(ValidationError, match="no version in force on 2019-05-27"):
        compute_rule_due_date(JudicialCalendar(), rule, date(2019, 5, 27))
