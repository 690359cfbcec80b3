"""The hearing service's rules: create and update refuse alike, and write nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.services.rules import audit_count, refusals

from casetracker.services.cases import CaseInput, create_case
from casetracker.services.hearings import (
    HearingInput,
    create_hearing,
    get_hearing,
    update_hearing,
)
from casetracker.store.database import Database


@pytest.fixture
def hearing_input(db: Database) -> HearingInput:
    case = create_case(db, CaseInput(title="Comunidad c. Minera", procedure="amparo"))
    return HearingInput(case_id=case.id, starts_at="2026-03-02 09:00", kind="Informe oral")


def test_an_update_is_refused_like_a_create_and_changes_nothing(
    db: Database, hearing_input: HearingInput
) -> None:
    hearing = create_hearing(db, hearing_input)
    before = audit_count(db)
    bad = replace(hearing_input, ends_at="2026-03-02 08:00", video_link="meet.example.org/x")

    assert refusals(lambda: update_hearing(db, hearing.id, bad)) == {
        "ends_at": ["cannot be earlier than starts at"],
        "video_link": ["must start with https://"],
    }
    assert refusals(lambda: create_hearing(db, bad)).keys() == {"ends_at", "video_link"}
    assert get_hearing(db, hearing.id) == hearing
    assert audit_count(db) == before


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"starts_at": None}, "starts_at"),
        ({"starts_at": "mañana"}, "starts_at"),
        ({"kind": ""}, "kind"),
        ({"kind": "k" * 121}, "kind"),
        ({"status": "adjourned sine die"}, "status"),
        ({"case_id": 999}, "case"),
    ],
)
def test_each_rule_names_its_field(
    db: Database, hearing_input: HearingInput, change: dict[str, object], field: str
) -> None:
    hearing = create_hearing(db, hearing_input)
    bad = replace(hearing_input, **change)  # type: ignore[arg-type]

    assert field in refusals(lambda: create_hearing(db, bad))
    assert field in refusals(lambda: update_hearing(db, hearing.id, bad))


def test_a_valid_update_is_kept(db: Database, hearing_input: HearingInput) -> None:
    hearing = create_hearing(db, hearing_input)
    link = "https://meet.example.org/sala-3"
    changed = update_hearing(db, hearing.id, replace(hearing_input, video_link=link))
    assert get_hearing(db, hearing.id).video_link == link == changed.video_link
