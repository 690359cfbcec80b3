"""Writes report what they changed, gathered by the unit of work from what it wrote."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from casetracker.domain.changes import ANY_ID, Change, ChangeKind, ChangeSet
from casetracker.domain.errors import ValidationError
from casetracker.services import trash
from casetracker.services.cases import CaseInput, create_case
from casetracker.services.changes import recorded
from casetracker.services.filings import FilingInput, create_filing, update_filing
from casetracker.services.rule_catalogue import set_rule_enabled, shipped_rules
from casetracker.store.database import Database
from casetracker.store.models import Note


def _case(db: Database, title: str = "Comunidad c. Minera") -> int:
    return create_case(db, CaseInput(title=title, procedure="amparo")).id


def _filing(case_id: int, sumilla: str = "Demanda de amparo") -> FilingInput:
    return FilingInput(case_id=case_id, filed_on=date(2024, 3, 1), kind="claim", sumilla=sumilla)


def test_a_created_filing_reports_itself_and_its_case(db: Database) -> None:
    case_id = _case(db)

    outcome = recorded(lambda: create_filing(db, _filing(case_id)))

    filing = outcome.result()
    assert Change("filing", filing.id, case_id, ChangeKind.CREATED) in outcome.changes.changes
    assert outcome.changes.touches_case(case_id)
    assert not outcome.changes.touches_case(case_id + 1)
    assert not outcome.changes.touches("hearing", "rule")


def test_an_edit_reports_an_update(db: Database) -> None:
    case_id = _case(db)
    filing = create_filing(db, _filing(case_id))

    outcome = recorded(lambda: update_filing(db, filing.id, _filing(case_id, "Otra sumilla")))

    assert outcome.changes.ids("filing") == {filing.id}
    assert {c.kind for c in outcome.changes.changes if c.entity == "filing"} == {ChangeKind.UPDATED}


def test_a_write_function_that_does_nothing_special_still_reports_its_change(
    db: Database,
) -> None:
    """A new service that only adds a row, with no audit entry and no reporting."""
    case_id = _case(db)

    def add_note_plainly() -> int:
        with db.unit_of_work() as uow:
            note = Note(case_id=case_id, body="Llamar al juzgado", created_at=datetime(2024, 3, 1))
            uow.session.add(note)
            uow.session.flush()
            uow.commit()
            return note.id

    outcome = recorded(add_note_plainly)

    assert outcome.changes.changes == (
        Change("note", outcome.result(), case_id, ChangeKind.CREATED),
    )


def test_a_refused_write_reports_nothing(db: Database) -> None:
    case_id = _case(db)

    outcome = recorded(lambda: create_filing(db, _filing(case_id, sumilla="  ")))

    assert isinstance(outcome.error, ValidationError)
    assert not outcome.changes
    with pytest.raises(ValidationError):
        outcome.result()


def test_a_rolled_back_unit_of_work_reports_nothing(db: Database) -> None:
    case_id = _case(db)

    def abandoned() -> None:
        with db.unit_of_work() as uow:
            uow.session.add(Note(case_id=case_id, body="unsaved", created_at=datetime(2024, 3, 1)))
            uow.session.flush()

    assert not recorded(abandoned).changes


def test_deleting_to_the_trash_and_restoring_report_deleted_then_restored(db: Database) -> None:
    case_id = _case(db)
    filing = create_filing(db, _filing(case_id))

    deleted = recorded(lambda: trash.delete_to_trash(db, "filing", filing.id))
    restored = recorded(lambda: trash.restore(db, deleted.result()))

    assert Change("filing", filing.id, case_id, ChangeKind.DELETED) in deleted.changes.changes
    assert Change("filing", filing.id, case_id, ChangeKind.RESTORED) in restored.changes.changes
    # Rows the trash writes by statement, not by name, are placed in the filing's case.
    assert all(change.case_id == case_id for change in restored.changes.changes)


def test_writes_outside_cases_name_no_case(db: Database) -> None:
    rule = shipped_rules()[0]

    outcome = recorded(lambda: set_rule_enabled(db, rule.key, False))

    assert outcome.changes.touches("rule")
    assert outcome.changes.case_ids() == frozenset()


def test_two_writes_in_one_call_are_merged(db: Database) -> None:
    def two_cases() -> None:
        _case(db, "Primero")
        _case(db, "Segundo")

    outcome = recorded(two_cases)

    assert len(outcome.changes.ids("case")) == 2


def test_a_change_set_travels_as_ids_only() -> None:
    changes = ChangeSet(
        (
            Change("filing", 7, 3, ChangeKind.CREATED),
            Change("rule", ANY_ID, None, ChangeKind.UPDATED),
        )
    )

    payload = changes.to_payload()

    assert ChangeSet.from_payload(payload) == changes
    assert ChangeSet.from_payload(ChangeSet.of_everything().to_payload()).everything
    with pytest.raises(ValueError, match="not a change set payload"):
        ChangeSet.from_payload('{"changes": [["filing"]]}')


def test_unnamed_rows_of_two_cases_merged_concern_every_case() -> None:
    # A colleague's bulk entry in case 7 and another in case 8, broadcast together.
    merged = ChangeSet((Change("filing", ANY_ID, 7, ChangeKind.CREATED),)) | ChangeSet(
        (Change("filing", ANY_ID, 8, ChangeKind.CREATED),)
    )
    assert merged.touches_case(7) and merged.touches_case(8)
    same = ChangeSet((Change("note", ANY_ID, 7, ChangeKind.CREATED),)) | ChangeSet(
        (Change("note", ANY_ID, 7, ChangeKind.UPDATED),)
    )
    assert same.touches_case(7) and not same.touches_case(8)
