"""Field mode end to end: the Tambobamba case taken to the field and brought back.

The office is a real database on both engines (a file and a private PostgreSQL
cluster); the field copy is a real SQLite file written by ``check_out``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.field.field_world import move_hearing, tambobamba

from casetracker.domain.errors import FieldCopyError
from casetracker.services import field_checkout, field_copy, field_office, field_sync
from casetracker.services.demo import DemoResult
from casetracker.services.filings import FilingInput, create_filing
from casetracker.services.notes import NoteInput, create_note, update_note
from casetracker.store.database import Database, open_database
from casetracker.store.models import AuditEntry, Case, Filing, Hearing, Note, SyncConflict

pytestmark = pytest.mark.both_engines


@pytest.fixture
def field(db: Database, demo: DemoResult, tmp_path: Path) -> Database:
    case_id, _ = tambobamba(db)
    field_checkout.check_out(
        db, tmp_path / "campo ñ #1.sqlite3", case_ids=[case_id], passphrase=None, source="office"
    )
    copy = open_database(tmp_path / "campo ñ #1.sqlite3", actor="abogada", auto_backup=False)
    yield copy
    copy.close()


def test_the_field_copy_holds_the_case_and_nothing_else(db: Database, field: Database) -> None:
    case_id, _ = tambobamba(db)
    with field.read() as session:
        titles = list(session.scalars(select(Case.title)))
    assert len(titles) == 1 and "Las Bambas" in titles[0]
    with db.read() as office, field.read() as copy:
        assert copy.scalar(select(func.count()).select_from(Filing)) == office.scalar(
            select(func.count()).select_from(Filing).where(Filing.case_id == case_id)
        )
    status = field_sync.field_status(field)
    assert status.changed_records == 0 and status.open_conflicts == 0


def test_a_hearing_two_filings_a_resolution_and_one_conflict(db: Database, field: Database) -> None:
    case_id, hearing_id = tambobamba(db)
    with field.read() as session:
        field_case = session.scalars(select(Case.id)).one()
    create_filing(field, FilingInput(field_case, "2026-12-07", "brief", "Apersonamiento en campo"))
    create_filing(field, FilingInput(field_case, "2026-12-08", "evidence", "Ofrece actas de campo"))
    move_hearing(field, hearing_id, "Sala 2 (campo)")
    move_hearing(db, hearing_id, "Sala 3 (oficina)")
    create_filing(db, FilingInput(case_id, "2026-12-09", "resolution", "Resolución N.° 12"))

    report = field_sync.synchronise(field, db)

    assert report.conflicts == 1
    for side in (db, field):
        with side.read() as session:
            sumillas = set(session.scalars(select(Filing.sumilla)))
            assert {"Apersonamiento en campo", "Ofrece actas de campo", "Resolución N.° 12"} <= (
                sumillas
            )
            conflict = session.scalars(select(SyncConflict)).one()
            assert conflict.field_name == "place"
            assert json.loads(conflict.office_value) == "Sala 3 (oficina)"
            assert json.loads(conflict.field_value) == "Sala 2 (campo)"
            assert conflict.field_actor == "abogada"
            # Until someone chooses, the record shows the office's value.
            hearing = session.scalars(select(Hearing).where(Hearing.uuid == conflict.record_uuid))
            assert hearing.one().place == "Sala 3 (oficina)"
    with db.read() as session:
        story = [
            entry.summary + entry.changes
            for entry in session.scalars(
                select(AuditEntry).where(AuditEntry.case_id == case_id).order_by(AuditEntry.id)
            )
        ]
    assert any("Sala 2 (campo)" in text for text in story), "the field's edit is in the history"
    assert any("Sala 3 (oficina)" in text for text in story)


def test_a_second_sync_changes_nothing_and_a_resent_push_is_not_applied_twice(
    db: Database, field: Database
) -> None:
    with field.read() as session:
        field_case = session.scalars(select(Case.id)).one()
    create_note(field, NoteInput(field_case, "Visita a la comunidad de Fuerabamba"))
    # The connection is cut after the office applied the push, before its answer.
    payload = field_copy.prepare_push(field)
    assert payload is not None
    field_office.apply_push(db, payload)
    first = field_sync.synchronise(field, db)
    again = field_sync.synchronise(field, db)
    assert first.resent and first.pushed == 0
    assert again.pushed == 0 and again.pulled == 0 and not again.resent
    with db.read() as session:
        notes = session.scalars(select(Note.body).where(Note.body.contains("Fuerabamba")))
        assert len(list(notes)) == 1


def test_different_fields_of_one_record_merge(db: Database, field: Database) -> None:
    case_id, _ = tambobamba(db)
    with field.read() as session:
        field_case = session.scalars(select(Case.id)).one()
    note = create_note(field, NoteInput(field_case, "Borrador", author="abogada"))
    field_sync.synchronise(field, db)
    with db.read() as session:
        office_note = session.scalars(select(Note).where(Note.body == "Borrador")).one()
        office_id, office_version = office_note.id, office_note.version
    update_note(field, note.id, NoteInput(field_case, "Texto final", author="abogada"))
    update_note(
        db,
        office_id,
        NoteInput(case_id, "Borrador", author="equipo"),
        expected_version=office_version,
    )
    report = field_sync.synchronise(field, db)
    assert report.conflicts == 0
    for side in (db, field):
        with side.read() as session:
            merged = session.scalars(select(Note).where(Note.body == "Texto final")).one()
            assert merged.author == "equipo"


def test_a_revoked_copy_is_refused_and_its_changes_can_still_be_read(
    db: Database, field: Database
) -> None:
    with field.read() as session:
        field_case = session.scalars(select(Case.id)).one()
    create_note(field, NoteInput(field_case, "Nota tomada antes de perder la laptop"))
    (checkout,) = field_checkout.list_checkouts(db)
    field_checkout.revoke_checkout(db, checkout.checkout[:8])
    with pytest.raises(FieldCopyError, match="revoked"):
        field_sync.synchronise(field, db)
    with db.read() as session:
        assert not list(session.scalars(select(Note).where(Note.body.contains("laptop"))))
    review = field_sync.changes_for_review(field)
    assert any(
        (record["image"] or {}).get("body") == "Nota tomada antes de perder la laptop"
        for record in review["records"]
    )


def test_bundles_carry_the_same_sync_without_a_connection(
    db: Database, field: Database, tmp_path: Path
) -> None:
    with field.read() as session:
        field_case = session.scalars(select(Case.id)).one()
    create_note(field, NoteInput(field_case, "Enviado por USB"))
    case_id, _ = tambobamba(db)
    create_note(db, NoteInput(case_id, "Escrito de la oficina"))
    bundle, reply = tmp_path / "a la oficina #1 ?%.ctbundle", tmp_path / "respuesta ñ.ctbundle"
    assert field_sync.write_push_bundle(field, bundle) >= 1
    assert b"USB" not in bundle.read_bytes(), "the bundle is encrypted"
    field_sync.apply_bundle(db, bundle, reply)
    with pytest.raises(FieldCopyError, match="apply it there"):
        field_sync.apply_bundle(db, reply, tmp_path / "x.ctbundle")
    field_sync.apply_bundle(field, reply)
    for side in (db, field):
        with side.read() as session:
            bodies = set(session.scalars(select(Note.body)))
            assert {"Enviado por USB", "Escrito de la oficina"} <= bodies
    assert field_sync.field_status(field).unanswered_push is False
