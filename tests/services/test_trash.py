"""Deleting to the trash and restoring: everything comes back, in one transaction."""

from __future__ import annotations

import pytest

from casetracker.services import trash
from casetracker.services.case_detail import case_detail
from casetracker.services.cases import CaseInput, create_case, get_case, list_cases
from casetracker.services.demo import DemoResult
from casetracker.services.filings import attachment_bytes
from casetracker.services.history import history
from casetracker.services.parties import delete_party
from casetracker.services.search import search
from casetracker.store.database import Database

pytestmark = pytest.mark.both_engines  # cases, filings, search… on SQLite and PostgreSQL


def _bambas(db: Database, demo: DemoResult) -> int:
    return next(row.id for row in list_cases(db) if "Cotabambas" in row.title)


def test_deleted_case_comes_back_whole(db: Database, demo: DemoResult) -> None:
    case_id = _bambas(db, demo)
    before = case_detail(db, case_id)
    payload = attachment_bytes(db, before.attachments[0].id)

    snapshot = trash.delete_to_trash(db, "case", case_id)

    assert case_id not in {row.id for row in list_cases(db)}
    assert not [hit for hit in search(db, "alegatos") if hit.case_id == case_id]
    assert snapshot.count("filings") == len(before.filings)

    restored_id = trash.restore(db, snapshot)

    assert restored_id == case_id
    after = case_detail(db, case_id)
    assert after.case == before.case
    assert after.parties == before.parties
    assert after.filings == before.filings
    assert after.hearings == before.hearings
    assert after.deadlines == before.deadlines
    assert after.notes == before.notes
    assert attachment_bytes(db, after.attachments[0].id) == payload
    assert [hit for hit in search(db, "alegatos") if hit.case_id == case_id]


def test_delete_and_restore_are_in_the_history(db: Database, demo: DemoResult) -> None:
    case_id = _bambas(db, demo)
    trash.restore(db, trash.delete_to_trash(db, "case", case_id))

    actions = [entry.action for entry in history(db, case_id=case_id, limit=2)]
    assert actions == ["restore", "delete"]
    assert "filings" in history(db, case_id=case_id, limit=2)[1].summary


@pytest.mark.sqlite  # PostgreSQL's sequences never hand out an id twice
def test_a_reused_id_gets_a_new_one_and_references_follow(db: Database) -> None:
    first = create_case(db, CaseInput(title="Primero", procedure="amparo"))
    snapshot = trash.delete_to_trash(db, "case", first.id)
    # SQLite hands the freed id to the next new row.
    reuser = create_case(db, CaseInput(title="Nuevo", procedure="amparo"))
    assert reuser.id == first.id

    restored_id = trash.restore(db, snapshot)

    assert restored_id != first.id
    assert get_case(db, restored_id).title == "Primero"
    assert get_case(db, reuser.id).title == "Nuevo"


def test_a_party_deleted_meanwhile_is_recreated(db: Database, demo: DemoResult) -> None:
    case_id = _bambas(db, demo)
    witness = next(p for p in case_detail(db, case_id).parties if p.role.value == "witness")
    snapshot = trash.delete_to_trash(db, "case", case_id)
    delete_party(db, witness.party.id)

    trash.restore(db, snapshot)

    names = {link.party.name for link in case_detail(db, case_id).parties}
    assert witness.party.name in names


def test_a_single_filing_comes_back_with_its_attachment(db: Database, demo: DemoResult) -> None:
    case_id = _bambas(db, demo)
    filing = next(f for f in case_detail(db, case_id).filings if f.attachments)

    snapshot = trash.delete_to_trash(db, "filing", filing.id)
    assert filing.id not in {f.id for f in case_detail(db, case_id).filings}
    assert not case_detail(db, case_id).attachments

    trash.restore(db, snapshot)
    assert filing in case_detail(db, case_id).filings


def test_a_deadline_keeps_its_trigger_filing_after_the_filing_returns(
    db: Database, demo: DemoResult
) -> None:
    case_id = _bambas(db, demo)
    deadline = next(d for d in case_detail(db, case_id).deadlines if d.trigger_filing_id)

    snapshot = trash.delete_to_trash(db, "filing", deadline.trigger_filing_id)
    cleared = next(d for d in case_detail(db, case_id).deadlines if d.id == deadline.id)
    assert cleared.trigger_filing_id is None

    trash.restore(db, snapshot)
    again = next(d for d in case_detail(db, case_id).deadlines if d.id == deadline.id)
    assert again.trigger_filing_id == deadline.trigger_filing_id


def test_hearings_deadlines_notes_and_roles_come_back(db: Database, demo: DemoResult) -> None:
    case_id = _bambas(db, demo)
    detail = case_detail(db, case_id)
    for entity, record in (
        ("hearing", detail.hearings[0]),
        ("deadline", detail.deadlines[0]),
        ("note", detail.notes[0]),
        ("case_party", detail.parties[0]),
    ):
        snapshot = trash.delete_to_trash(db, entity, record.id)
        assert trash.restore(db, snapshot) == record.id
    assert case_detail(db, case_id).hearings == detail.hearings
    assert case_detail(db, case_id).deadlines == detail.deadlines
    assert case_detail(db, case_id).notes == detail.notes
    assert case_detail(db, case_id).parties == detail.parties


def test_an_attachment_comes_back_with_its_bytes(db: Database, demo: DemoResult) -> None:
    case_id = _bambas(db, demo)
    attachment = case_detail(db, case_id).attachments[0]
    payload = attachment_bytes(db, attachment.id)

    snapshot = trash.delete_to_trash(db, "attachment", attachment.id)
    assert not case_detail(db, case_id).attachments

    trash.restore(db, snapshot)
    assert case_detail(db, case_id).attachments == (attachment,)
    assert attachment_bytes(db, attachment.id) == payload


def test_an_appeal_keeps_its_link_to_the_restored_case(db: Database, demo: DemoResult) -> None:
    first = _bambas(db, demo)
    appeal = create_case(
        db,
        CaseInput(
            title="Apelación", procedure="amparo", related_case_id=first, relation="appeal_of"
        ),
    )
    snapshot = trash.delete_to_trash(db, "case", first)
    assert get_case(db, appeal.id).related_case_id is None
    assert get_case(db, appeal.id).relation is None

    trash.restore(db, snapshot)
    assert get_case(db, appeal.id).related_case_id == first
    assert get_case(db, appeal.id).relation is not None


def test_rows_of_any_table_hanging_off_the_case_come_back(db: Database, demo: DemoResult) -> None:
    from sqlalchemy import select

    from casetracker.store.models import DeadlineComputation

    case_id = _bambas(db, demo)
    # A deadline typed by hand: the computed ones have their inputs stored already.
    deadline = next(d for d in case_detail(db, case_id).deadlines if d.trigger_on is None)
    computed = next(d for d in case_detail(db, case_id).deadlines if d.trigger_on is not None)
    with db.unit_of_work() as uow:
        uow.session.add(DeadlineComputation(deadline_id=deadline.id, amount=3, unit="working_days"))
        uow.commit()

    trash.restore(db, trash.delete_to_trash(db, "case", case_id))

    with db.read() as session:
        row = session.scalar(
            select(DeadlineComputation).where(DeadlineComputation.deadline_id == deadline.id)
        )
        assert row is not None and row.amount == 3
    # The records of computations come back with their deadlines.
    from casetracker.services.deadline_records import latest_record

    record = latest_record(db, computed.id)
    assert record is not None and record.rule_key == "amparo.answer"
