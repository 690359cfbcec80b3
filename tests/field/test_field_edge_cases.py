"""Field mode's edge cases: edits against deletes, records under a deleted case,
clashing expedientes and attachment contents travelling both ways (issue 12)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.field import field_world as world

from casetracker.services import field_checkout, field_sync
from casetracker.services.cases import CaseInput, create_case
from casetracker.services.demo import DemoResult
from casetracker.services.filings import AttachmentInput, add_attachment, attachment_bytes
from casetracker.services.notes import NoteInput, create_note
from casetracker.services.trash import delete_to_trash
from casetracker.store.database import Database, open_database
from casetracker.store.models import Attachment, Case, Note, SyncConflict


@pytest.fixture
def field(db: Database, demo: DemoResult, tmp_path: Path) -> Iterator[Database]:
    """A field copy of the demo's first case."""
    path = tmp_path / "campo.sqlite3"
    case = world.local_id(db, "cases", world.case_uuids(db)[0])
    field_checkout.check_out(db, path, case_ids=[case], passphrase=None, source="office")
    copy = open_database(path, actor="abogada", auto_backup=False)
    yield copy
    copy.close()


def _conflicts(db: Database) -> list[SyncConflict]:
    with db.read() as session:
        found = list(session.scalars(select(SyncConflict)))
        session.expunge_all()
        return found


def test_an_edit_undone_in_the_field_is_no_conflict_with_an_office_delete(
    db: Database, field: Database
) -> None:
    case = world.case_uuids(db)[0]
    note = world.create(db, "notes", case, {"body": "Borrador", "author": "equipo"})
    field_sync.synchronise(field, db)
    world.delete(db, "notes", note)
    # Saved twice in the field, back to what it was: a new version, the same values.
    world.edit(field, "notes", note, "body", "Otra cosa")
    world.edit(field, "notes", note, "body", "Borrador")

    report = field_sync.synchronise(field, db)

    assert report.conflicts == 0 and _conflicts(db) == []
    for side in (db, field):
        with side.read() as session:
            assert (
                session.scalar(
                    select(func.count()).select_from(Note).where(Note.body == "Borrador")
                )
                == 0
            )


def test_a_record_changed_again_while_its_bundle_travelled_is_no_conflict_with_itself(
    db: Database, field: Database, tmp_path: Path
) -> None:
    case = world.case_uuids(db)[0]
    note = world.create(db, "notes", case, {"body": "Borrador", "author": "equipo"})
    field_sync.synchronise(field, db)
    world.edit(field, "notes", note, "body", "Primera versión")
    out, back = tmp_path / "ida.ctbundle", tmp_path / "vuelta.ctbundle"
    field_sync.write_push_bundle(field, out)
    # The lawyer keeps working while the bundle travels: the same note again, and a
    # field the bundle did not carry.
    world.edit(field, "notes", note, "body", "Segunda versión")
    world.edit(field, "notes", note, "author", "abogada")
    field_sync.apply_bundle(db, out, back)
    field_sync.apply_bundle(field, back)

    report = field_sync.synchronise(field, db)

    assert report.conflicts == 0 and _conflicts(db) == []
    for side in (db, field):
        with side.read() as session:
            note_row = session.scalars(select(Note).where(Note.uuid == _uuid(note))).one()
            assert (note_row.body, note_row.author) == ("Segunda versión", "abogada")


def test_a_change_since_the_push_against_the_office_is_still_a_conflict(
    db: Database, field: Database, tmp_path: Path
) -> None:
    case = world.case_uuids(db)[0]
    note = world.create(db, "notes", case, {"body": "Borrador", "author": "equipo"})
    field_sync.synchronise(field, db)
    world.edit(field, "notes", note, "body", "Primera versión")
    out, back = tmp_path / "ida.ctbundle", tmp_path / "vuelta.ctbundle"
    field_sync.write_push_bundle(field, out)
    world.edit(field, "notes", note, "author", "abogada")
    field_sync.apply_bundle(db, out, back)
    world.edit(db, "notes", note, "author", "paralegal")
    field_sync.synchronise(field, db)

    (conflict,) = _conflicts(db)
    assert conflict.field_name == "author"
    assert (conflict.office_value, conflict.field_value) == ('"paralegal"', '"abogada"')


def _uuid(text: str) -> uuid.UUID:
    return uuid.UUID(text)


def _field_case(field: Database) -> int:
    with field.read() as session:
        return int(session.scalars(select(Case.id)).one())


def test_a_note_made_in_the_field_under_a_case_the_office_deleted_is_kept_as_a_conflict(
    db: Database, field: Database
) -> None:
    case = world.case_uuids(db)[0]
    create_note(field, NoteInput(_field_case(field), "Acta de la visita", author="abogada"))
    delete_to_trash(db, "case", world.local_id(db, "cases", case))

    report = field_sync.synchronise(field, db)

    assert report.conflicts >= 1
    kept = [c for c in _conflicts(db) if c.entity == "notes"]
    assert len(kept) == 1 and "no longer here" in kept[0].summary
    assert json.loads(kept[0].field_value)["body"] == "Acta de la visita"
    # The copy holds the conflict too, so the lawyer sees what did not go in.
    assert any(c.entity == "notes" for c in _conflicts(field))
    with db.read() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(Note).where(Note.body == "Acta de la visita")
            )
            == 0
        )


def test_a_new_case_clashing_with_an_office_expediente_is_kept_as_a_conflict(
    db: Database, field: Database
) -> None:
    number = "00123-2026-0-0301-JR-CI-01"
    create_case(db, CaseInput("Comunidad de Chila contra la minera", "amparo", number))
    create_case(field, CaseInput("Chila: amparo ambiental", "amparo", number))

    field_sync.synchronise(field, db)

    (clash,) = [c for c in _conflicts(db) if c.entity == "cases"]
    assert "refused" in clash.summary
    assert json.loads(clash.field_value)["title"] == "Chila: amparo ambiental"
    with db.read() as session:
        titles = set(session.scalars(select(Case.title).where(Case.expediente == number)))
    assert titles == {"Comunidad de Chila contra la minera"}


def test_attachment_contents_travel_both_ways_byte_for_byte(db: Database, field: Database) -> None:
    case = world.case_uuids(db)[0]
    from_field = bytes(range(256)) * 40 + b"%PDF de campo"
    from_office = b"\x00\xffoficina" * 500
    add_attachment(field, AttachmentInput(_field_case(field), "acta.pdf", from_field))
    add_attachment(db, AttachmentInput(world.local_id(db, "cases", case), "res.pdf", from_office))

    field_sync.synchronise(field, db)

    for side in (db, field):
        with side.read() as session:
            names = dict(session.execute(select(Attachment.filename, Attachment.id)).all())
        assert attachment_bytes(side, names["acta.pdf"]) == from_field
        assert attachment_bytes(side, names["res.pdf"]) == from_office


@pytest.mark.parametrize("deleted_in", ["office", "field"])
def test_an_edit_against_a_delete_is_a_conflict_with_the_edit_kept(
    db: Database, field: Database, deleted_in: str
) -> None:
    case = world.case_uuids(db)[0]
    note = world.create(db, "notes", case, {"body": "Borrador", "author": "equipo"})
    field_sync.synchronise(field, db)
    deleter, editor = (db, field) if deleted_in == "office" else (field, db)
    world.delete(deleter, "notes", note)
    world.edit(editor, "notes", note, "body", "Versión corregida")

    field_sync.synchronise(field, db)

    (conflict,) = _conflicts(db)
    assert conflict.summary.startswith("deleted in the")
    kept = conflict.field_value if deleted_in == "office" else conflict.office_value
    assert json.loads(kept)["body"] == "Versión corregida"
    # An office edit wins over the field's delete: the note is back in the copy.
    with field.read() as session:
        back = session.scalar(
            select(func.count()).select_from(Note).where(Note.uuid == _uuid(note))
        )
    assert back == (1 if deleted_in == "field" else 0)
