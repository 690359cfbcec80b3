"""Field mode where it is easiest to lose work: deletes meeting edits, documents
refused by the office, bundles overtaken by newer work, copies that speak for others.

Each test is a scenario a reviewer reproduced against the first version of the
engine; each lost data or let a change through that it should not have.
"""

from __future__ import annotations

import base64
import json
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, update
from tests.field.field_world import move_hearing

from casetracker.domain.errors import FieldCopyError
from casetracker.services import field_checkout, field_sync
from casetracker.services.filings import (
    AttachmentInput,
    FilingInput,
    add_attachment,
    create_filing,
    get_filing,
    update_filing,
)
from casetracker.services.notes import NoteInput, create_note
from casetracker.services.trash import delete_to_trash
from casetracker.store.database import Database, open_database
from casetracker.store.models import (
    Attachment,
    AuditEntry,
    Case,
    FieldState,
    Filing,
    Hearing,
    SyncConflict,
)


@pytest.fixture
def office(tmp_path: Path, demo_db_file: Path) -> Database:
    shutil.copy(demo_db_file, tmp_path / "oficina.sqlite3")
    db = open_database(tmp_path / "oficina.sqlite3", actor="oficina", auto_backup=False)
    yield db
    db.close()


def _take(office: Database, path: Path, case_id: int = 1) -> Database:
    field_checkout.check_out(office, path, case_ids=[case_id], passphrase=None, source="x")
    return open_database(path, actor="abogada", auto_backup=False)


@pytest.fixture
def field(office: Database, tmp_path: Path) -> Database:
    copy = _take(office, tmp_path / "campo.sqlite3")
    yield copy
    copy.close()


def _bundle_round(field: Database, office: Database, folder: Path, name: str) -> Path:
    """Write a bundle and apply it at the office; return the answer (not yet applied)."""
    bundle, answer = folder / f"{name}.ctbundle", folder / f"{name}-respuesta.ctbundle"
    field_sync.write_push_bundle(field, bundle)
    field_sync.apply_bundle(office, bundle, answer)
    return answer


def _filing_with_attachment(db: Database) -> tuple[int, int]:
    with db.read() as session:
        row = session.execute(
            select(Attachment.filing_id, Attachment.id).where(
                Attachment.case_id == 1, Attachment.filing_id.is_not(None)
            )
        ).first()
    assert row is not None, "the demo gives the Tambobamba case an attached document"
    return int(row[0]), int(row[1])


def test_deleting_a_filing_in_the_field_keeps_an_attachment_the_office_edited(
    office: Database, field: Database
) -> None:
    filing_id, attachment_id = _filing_with_attachment(office)
    with office.unit_of_work() as uow:
        row = uow.session.get(Attachment, attachment_id)
        assert row is not None
        row.description = "Acta con firmas legalizadas"
        uow.commit()
    delete_to_trash(field, "filing", filing_id)
    report = field_sync.synchronise(field, office)
    assert report.conflicts >= 1
    with office.read() as session:
        kept = session.get(Attachment, attachment_id)
        assert kept is not None and kept.description == "Acta con firmas legalizadas"
        assert session.get(Filing, filing_id) is not None
    with field.read() as session:  # the copy shows the office's state again
        assert session.get(Attachment, attachment_id) is not None


def test_a_document_the_office_refuses_is_kept_whole_in_the_conflict(
    office: Database, field: Database
) -> None:
    filing = create_filing(field, FilingInput(1, "2026-12-07", "brief", "Escrito con acta"))
    content = b"%PDF-1.4 acta firmada en Fuerabamba"
    add_attachment(field, AttachmentInput(1, "acta-firmada.pdf", content, filing_id=filing.id))
    create_filing(office, FilingInput(1, "2026-12-07", "brief", "Otro escrito"))
    field_sync.synchronise(field, office)  # the filing and its first document reach the office…
    with office.read() as session:
        office_filing = session.scalars(select(Filing).where(Filing.sumilla == "Escrito con acta"))
        office_id = office_filing.one().id
    # …and a second document is attached in the field while the office deletes the filing.
    with field.read() as session:
        field_filing = session.scalars(select(Filing).where(Filing.sumilla == "Escrito con acta"))
        field_id = field_filing.one().id
    add_attachment(field, AttachmentInput(1, "acta-2.pdf", content + b" (2)", filing_id=field_id))
    delete_to_trash(office, "filing", office_id)
    report = field_sync.synchronise(field, office)
    assert report.conflicts >= 1
    with office.read() as session:
        values = [c.field_value for c in session.scalars(select(SyncConflict))]
    kept = [
        base64.b64decode(json.loads(v)["data"].removeprefix("base64:"))
        for v in values
        if v.startswith("{") and "data" in json.loads(v)
    ]
    assert content + b" (2)" in kept, "the refused document's bytes are in the conflict"


def test_an_office_correction_survives_a_bundle_overtaken_by_newer_field_work(
    office: Database, field: Database, tmp_path: Path
) -> None:
    made = create_filing(field, FilingInput(1, "2026-12-07", "brief", "Apersonamiento"))
    answer = _bundle_round(field, office, tmp_path, "uno")
    create_note(field, NoteInput(1, "Escrita después del envío"))
    with office.read() as session:
        office_id = session.scalars(
            select(Filing.id).where(Filing.sumilla == "Apersonamiento")
        ).one()
    current = get_filing(office, office_id)
    corrected = FilingInput(1, current.filed_on, current.kind, "Apersonamiento y señala domicilio")
    update_filing(office, office_id, corrected, expected_version=current.version)
    field_sync.apply_bundle(field, answer)
    field_sync.synchronise(field, office)
    for side in (office, field):
        with side.read() as session:
            sumillas = set(session.scalars(select(Filing.sumilla)))
        assert "Apersonamiento y señala domicilio" in sumillas
        assert "Apersonamiento" not in sumillas
    assert made.id


def test_the_newest_field_value_wins_over_its_own_earlier_one(
    office: Database, field: Database, tmp_path: Path
) -> None:
    with field.read() as session:
        hearing_id = session.scalars(select(Hearing.id).order_by(Hearing.id)).first()
    assert hearing_id is not None
    move_hearing(field, hearing_id, "Sala B (campo)")
    answer = _bundle_round(field, office, tmp_path, "uno")
    move_hearing(field, hearing_id, "Sala C (campo)")
    field_sync.apply_bundle(field, answer)
    report = field_sync.synchronise(field, office)
    assert report.conflicts == 0
    for side in (office, field):
        with side.read() as session:
            assert session.get(Hearing, hearing_id).place == "Sala C (campo)"  # type: ignore[union-attr]
    with office.read() as session:
        story = " ".join(session.scalars(select(AuditEntry.changes)))
    assert "Sala C (campo)" in story, "the change made after the bundle reached the history"


def test_an_old_answer_applied_again_is_refused(
    office: Database, field: Database, tmp_path: Path
) -> None:
    create_note(field, NoteInput(1, "Primera"))
    first = _bundle_round(field, office, tmp_path, "uno")
    field_sync.apply_bundle(field, first)
    create_note(office, NoteInput(1, "De la oficina"))
    field_sync.synchronise(field, office)
    with pytest.raises(FieldCopyError, match="before this copy's last synchronisation"):
        field_sync.apply_bundle(field, first)


def test_a_copy_cannot_speak_for_another_or_touch_cases_it_did_not_take(
    office: Database, tmp_path: Path
) -> None:
    lost = _take(office, tmp_path / "perdida.sqlite3")
    other = _take(office, tmp_path / "otra.sqlite3", case_id=3)
    create_note(lost, NoteInput(1, "Desde la laptop robada"))
    checkouts = {c.label: c.checkout for c in field_checkout.list_checkouts(office)}
    field_checkout.revoke_checkout(office, checkouts["perdida.sqlite3"])
    with lost.unit_of_work() as uow:  # the thief edits the copy to name the live checkout
        live = uuid.UUID(checkouts["otra.sqlite3"])
        uow.session.execute(update(FieldState).values(checkout_uuid=live))
        uow.commit()
    bundle = tmp_path / "falso.ctbundle"
    field_sync.write_push_bundle(lost, bundle)
    with pytest.raises(FieldCopyError, match="another field copy"):
        field_sync.apply_bundle(office, bundle, tmp_path / "r.ctbundle")
    # Over a connection the live copy's own checkout is used, but case 1 is not its.
    with pytest.raises(FieldCopyError, match="outside the cases it took"):
        field_sync.synchronise(lost, office)
    with office.read() as session:
        assert not list(
            session.scalars(select(AuditEntry).where(AuditEntry.summary.contains("robada")))
        )
        assert "Desde la laptop robada" not in " ".join(session.scalars(select(AuditEntry.changes)))
    lost.close()
    other.close()


def test_the_history_of_a_case_deleted_in_the_field_stays_with_its_case(
    office: Database, field: Database
) -> None:
    delete_to_trash(field, "case", 1)
    field_sync.synchronise(field, office)
    with office.read() as session:
        assert session.get(Case, 1) is None
        orphans = session.scalars(
            select(AuditEntry).where(AuditEntry.case_id.is_(None), AuditEntry.entity != "party")
        )
        assert not [e for e in orphans if e.entity in ("filing", "hearing", "case", "note")]
        deleted = session.scalars(
            select(AuditEntry).where(AuditEntry.case_id == 1, AuditEntry.action == "delete")
        )
        assert any(entry.entity == "case" for entry in deleted)


def test_text_read_out_of_documents_comes_with_the_checkout_but_never_travels_after(
    office: Database, tmp_path: Path
) -> None:
    from datetime import datetime

    from casetracker.store.models import DocumentText

    _, attachment_id = _filing_with_attachment(office)
    with office.unit_of_work() as uow:
        uow.session.add(
            DocumentText(
                attachment_id=attachment_id,
                sha256="a" * 64,
                status="done",
                text_source="text",
                pages=1,
                read_at=datetime(2026, 12, 1),
            )
        )
        uow.commit()
    field = _take(office, tmp_path / "campo.sqlite3")
    with field.read() as session:  # the office's reading spares the laptop the OCR
        assert session.scalars(select(DocumentText)).one().attachment_id == attachment_id
    with field.unit_of_work() as uow:  # the copy reads the document again
        uow.session.execute(update(DocumentText).values(read_at=datetime(2026, 12, 8)))
        uow.commit()
    assert field_sync.field_status(field).changed_records == 0
    field_sync.synchronise(field, office)
    with office.read() as session:
        assert session.scalars(select(DocumentText)).one().read_at == datetime(2026, 12, 1)
    field.close()
