"""The case service's rules: create and update refuse alike, and write nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.services.rules import audit_count, refusals

from casetracker.services.cases import CaseInput, create_case, get_case, update_case
from casetracker.store.database import Database

GOOD = CaseInput(title="Comunidad c. Minera", procedure="amparo")


def test_an_update_is_refused_like_a_create_and_changes_nothing(db: Database) -> None:
    case = create_case(db, GOOD)
    before = audit_count(db)
    bad = replace(GOOD, title=" ", filed_on="2026-03-10", closed_on="2026-03-01")

    assert refusals(lambda: update_case(db, case.id, bad)) == {
        "title": ["is required; fill it in"],
        "closed_on": ["cannot be earlier than filed on"],
    }
    assert refusals(lambda: create_case(db, bad)).keys() == {"title", "closed_on"}
    assert get_case(db, case.id) == case
    assert audit_count(db) == before


def test_a_number_already_used_and_a_case_related_to_itself_are_refused(db: Database) -> None:
    first = create_case(db, replace(GOOD, expediente="00045-2019-0-0302-JM-CI-01"))
    second = create_case(db, replace(GOOD, title="Otro proceso"))

    same_number = replace(GOOD, expediente="45-2019-0-0302-JM-CI-1")
    assert refusals(lambda: update_case(db, second.id, same_number)) == {
        "expediente": [f"case #{first.id} already has this number; open that case"]
    }
    itself = replace(GOOD, related_case_id=second.id, relation="appeal_of")
    assert refusals(lambda: update_case(db, second.id, itself)) == {
        "related_case": ["a case cannot be related to itself"]
    }


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"procedure": "trial by combat"}, "procedure"),
        ({"status": "lost in the mail"}, "status"),
        ({"court_id": 999}, "court"),
        ({"matter_id": 999}, "matter"),
        ({"related_case_id": 999}, "related_case"),
        ({"distance_days": 31}, "distance_days"),
        ({"distance_days": -1}, "distance_days"),
        ({"stage": "s" * 201}, "stage"),
    ],
)
def test_each_rule_names_its_field(db: Database, change: dict[str, object], field: str) -> None:
    case = create_case(db, GOOD)
    bad = replace(GOOD, **change)  # type: ignore[arg-type]
    assert field in refusals(lambda: create_case(db, bad))
    assert field in refusals(lambda: update_case(db, case.id, bad))
