"""The deadline service's rules: create and update refuse alike, and write nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.services.rules import audit_count, refusals

from casetracker.services.cases import CaseInput, create_case
from casetracker.services.deadlines import (
    DeadlineInput,
    create_deadline,
    get_deadline,
    update_deadline,
)
from casetracker.services.filings import FilingInput, create_filing
from casetracker.store.database import Database


@pytest.fixture
def deadline_input(db: Database) -> DeadlineInput:
    case = create_case(db, CaseInput(title="Comunidad c. Minera", procedure="amparo"))
    return DeadlineInput(case_id=case.id, title="Apelar", due_on="2026-03-10")


def test_an_update_is_refused_like_a_create_and_changes_nothing(
    db: Database, deadline_input: DeadlineInput
) -> None:
    deadline = create_deadline(db, deadline_input)
    before = audit_count(db)
    bad = replace(deadline_input, title="", trigger_on="2026-03-20")

    assert refusals(lambda: update_deadline(db, deadline.id, bad)) == {
        "title": ["is required; fill it in"],
        "due_on": ["cannot be earlier than trigger on"],
    }
    assert refusals(lambda: create_deadline(db, bad)).keys() == {"title", "due_on"}
    assert get_deadline(db, deadline.id) == deadline
    assert audit_count(db) == before


def test_the_trigger_filing_must_belong_to_the_same_case(
    db: Database, deadline_input: DeadlineInput
) -> None:
    other = create_case(db, CaseInput(title="Otro proceso", procedure="amparo"))
    elsewhere = create_filing(
        db, FilingInput(case_id=other.id, filed_on="2026-03-01", kind="resolution", sumilla="R. 1")
    )
    bad = replace(deadline_input, trigger_filing_id=elsewhere.id)

    assert refusals(lambda: create_deadline(db, bad)) == {
        "trigger_filing": ["no such filing in this case"]
    }


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"due_on": None}, "due_on"),
        ({"due_on": "2026-02-30"}, "due_on"),
        ({"status": "forgotten"}, "status"),
        ({"rule_key": "k" * 81}, "rule_key"),
        ({"assignee": "a" * 201}, "assignee"),
        ({"case_id": 999}, "case"),
    ],
)
def test_each_rule_names_its_field(
    db: Database, deadline_input: DeadlineInput, change: dict[str, object], field: str
) -> None:
    deadline = create_deadline(db, deadline_input)
    bad = replace(deadline_input, **change)  # type: ignore[arg-type]

    assert field in refusals(lambda: create_deadline(db, bad))
    assert field in refusals(lambda: update_deadline(db, deadline.id, bad))
