"""The note service's rules: a note needs a case and a body, and its author is kept."""

from __future__ import annotations

import pytest
from tests.services.rules import audit_count, refusals

from casetracker.services.cases import CaseInput, create_case
from casetracker.services.notes import NoteInput, create_note, update_note
from casetracker.store.database import Database


@pytest.fixture
def case_id(db: Database) -> int:
    return create_case(db, CaseInput(title="Comunidad c. Minera", procedure="amparo")).id


def test_an_empty_or_orphan_note_is_refused_and_nothing_is_written(
    db: Database, case_id: int
) -> None:
    note = create_note(db, NoteInput(case_id=case_id, body="Llamar al especialista"))
    before = audit_count(db)

    assert refusals(lambda: create_note(db, NoteInput(case_id=999, body=" "))) == {
        "case": ["no such case"],
        "body": ["is required; fill it in"],
    }
    assert refusals(lambda: update_note(db, note.id, NoteInput(case_id=case_id, body=""))) == {
        "body": ["is required; fill it in"]
    }
    long_author = NoteInput(case_id=case_id, body="ok", author="a" * 201)
    assert "author" in refusals(lambda: update_note(db, note.id, long_author))
    assert audit_count(db) == before


def test_a_note_without_an_author_is_signed_by_the_user(db: Database, case_id: int) -> None:
    assert create_note(db, NoteInput(case_id=case_id, body="Revisar")).author == db.actor
