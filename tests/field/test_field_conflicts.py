"""Resolving synchronisation conflicts, at the office and in the field copy.

As tests/field/test_field_sync.py: the office on both engines, the field copy a real
SQLite file, conflicts made by a real synchronisation.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.field.field_world import move_hearing, tambobamba

from casetracker.domain.errors import ConflictError, StaleRecordError
from casetracker.services import field_checkout, field_conflicts, field_sync
from casetracker.services.demo import DemoResult
from casetracker.services.hearings import get_hearing
from casetracker.services.notes import NoteInput, create_note, update_note
from casetracker.services.trash import delete_to_trash
from casetracker.store.database import Database, open_database
from casetracker.store.models import AuditEntry, Case, Note, SyncConflict

pytestmark = pytest.mark.both_engines


@pytest.fixture
def field(db: Database, demo: DemoResult, tmp_path: Path) -> Database:
    case_id, _ = tambobamba(db)
    field_checkout.check_out(
        db, tmp_path / "campo.sqlite3", case_ids=[case_id], passphrase=None, source="office"
    )
    copy = open_database(tmp_path / "campo.sqlite3", actor="abogada", auto_backup=False)
    yield copy
    copy.close()


@pytest.fixture
def room_conflict(db: Database, field: Database) -> int:
    """The hearing's room changed on both sides and synchronised: the conflict's id."""
    _, hearing_id = tambobamba(db)
    move_hearing(field, hearing_id, "Sala 2 (campo)")
    move_hearing(db, hearing_id, "Sala 3 (oficina)")
    assert field_sync.synchronise(field, db).conflicts == 1
    (conflict,) = field_conflicts.open_conflicts(db)
    return conflict.id


def _place(db: Database) -> str:
    _, hearing_id = tambobamba(db)
    return get_hearing(db, hearing_id).place


def _story(db: Database) -> str:
    with db.read() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return "\n".join(entry.summary + entry.changes for entry in entries)


def test_an_open_conflict_shows_both_values_who_and_which_record(
    db: Database, field: Database, room_conflict: int
) -> None:
    case_id, _ = tambobamba(db)
    (view,) = field_conflicts.open_conflicts(db, case_id)
    assert "Las Bambas" in view.case_title
    assert view.entity == "hearings" and view.field_name == "place"
    assert view.office_value == "Sala 3 (oficina)" and view.field_value == "Sala 2 (campo)"
    assert view.field_actor == "abogada" and view.field_at is not None
    # The hearing is named by its kind and date.
    hearing = get_hearing(db, tambobamba(db)[1])
    assert view.record_label == f"{hearing.kind}, {hearing.starts_at:%Y-%m-%d}"
    assert field_conflicts.open_conflicts(db, case_id + 10_000) == []


def test_keeping_the_office_value_sets_the_field_value_aside_in_the_history(
    db: Database, room_conflict: int
) -> None:
    field_conflicts.resolve_conflict(db, room_conflict, "office")
    assert field_conflicts.open_conflicts(db) == []
    assert _place(db) == "Sala 3 (oficina)"
    with db.read() as session:
        conflict = session.get(SyncConflict, room_conflict)
        assert conflict is not None and conflict.resolution == "office"
        assert conflict.resolved_by == db.actor
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.entity == "hearing"
        assert "Sala 2 (campo)" in entry.summary and "set aside" in entry.summary
    with pytest.raises(ConflictError, match="already resolved"):
        field_conflicts.resolve_conflict(db, room_conflict, "field")
    assert _place(db) == "Sala 3 (oficina)", "a second choice changed nothing"


def test_using_the_field_value_writes_it_with_a_new_version_and_history(
    db: Database, room_conflict: int
) -> None:
    _, hearing_id = tambobamba(db)
    before = get_hearing(db, hearing_id).version
    field_conflicts.resolve_conflict(db, room_conflict, "field")
    after = get_hearing(db, hearing_id)
    assert after.place == "Sala 2 (campo)" and after.version == before + 1
    with db.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "hearing").order_by(AuditEntry.id.desc())
        ).first()
        assert entry is not None
        assert json.loads(entry.changes)["place"] == ["Sala 3 (oficina)", "Sala 2 (campo)"]
        assert (entry.base_version, entry.new_version) == (before, before + 1)


def test_a_stale_choice_is_refused(db: Database, room_conflict: int) -> None:
    (view,) = field_conflicts.open_conflicts(db)
    with pytest.raises(StaleRecordError):
        field_conflicts.resolve_conflict(db, view.id, "field", expected_version=view.version + 5)
    assert _place(db) == "Sala 3 (oficina)"
    assert len(field_conflicts.open_conflicts(db)) == 1


def test_resolved_in_the_field_copy_it_travels_to_the_office(
    db: Database, field: Database, room_conflict: int
) -> None:
    (in_field,) = field_conflicts.open_conflicts(field)
    assert _place(field) == "Sala 3 (oficina)", "until then the copy shows the office's value"
    field_conflicts.resolve_conflict(field, in_field.id, "field", expected_version=in_field.version)
    report = field_sync.synchronise(field, db)
    assert report.conflicts == 0
    assert field_conflicts.open_conflicts(db) == []
    assert _place(db) == "Sala 2 (campo)"
    with db.read() as session:
        conflict = session.get(SyncConflict, room_conflict)
        assert conflict is not None and conflict.resolution == "field"
        assert conflict.resolved_by == "abogada"
    assert "Synchronisation conflict resolved" in _story(db)


def test_an_edit_against_a_delete_brings_the_record_back_or_lets_it_go(
    db: Database, field: Database
) -> None:
    case_id, _ = tambobamba(db)
    with field.read() as session:
        field_case = session.scalars(select(Case.id)).one()
    kept = create_note(field, NoteInput(field_case, "Acta de la asamblea"))
    gone = create_note(field, NoteInput(field_case, "Borrador a descartar"))
    field_sync.synchronise(field, db)
    with db.read() as session:
        office = {
            n.body: n.id for n in session.scalars(select(Note).where(Note.case_id == case_id))
        }
    # The office deletes the first note while the field edits it; the field deletes
    # the second while the office edits it.
    delete_to_trash(db, "note", office["Acta de la asamblea"])
    update_note(field, kept.id, NoteInput(field_case, "Acta de la asamblea, firmada"))
    update_note(db, office["Borrador a descartar"], NoteInput(case_id, "Borrador revisado"))
    delete_to_trash(field, "note", gone.id)
    assert field_sync.synchronise(field, db).conflicts == 2
    conflicts = {c.summary: c for c in field_conflicts.open_conflicts(db)}
    assert all(c.field_name == "" for c in conflicts.values())
    recreate = next(c for c in conflicts.values() if c.office_value is None)
    remove = next(c for c in conflicts.values() if c.field_value is None)
    assert recreate.record_label.startswith("Acta de la asamblea, firmada")
    field_conflicts.resolve_conflict(db, recreate.id, "field")
    field_conflicts.resolve_conflict(db, remove.id, "field")
    with db.read() as session:
        bodies = set(session.scalars(select(Note.body).where(Note.case_id == case_id)))
    assert "Acta de la asamblea, firmada" in bodies
    assert not {"Borrador revisado", "Borrador a descartar"} & bodies


def test_the_field_value_cannot_be_written_into_a_case_that_is_gone(
    db: Database, room_conflict: int
) -> None:
    case_id, _ = tambobamba(db)
    delete_to_trash(db, "case", case_id)
    (view,) = field_conflicts.open_conflicts(db)
    with pytest.raises(ConflictError, match="case no longer exists"):
        field_conflicts.resolve_conflict(db, view.id, "field")
    with db.read() as session:
        conflict = session.get(SyncConflict, view.id)
        assert conflict is not None and conflict.resolution == ""
    field_conflicts.resolve_conflict(db, view.id, "office")  # set aside: still possible
    assert field_conflicts.open_conflicts(db) == []
