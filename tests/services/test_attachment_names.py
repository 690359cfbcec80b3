"""Attaching files: disguised or impossible names are refused cleanly, programs show
their real type, and nothing is written for a refused file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from casetracker.domain.errors import ValidationError, ValidationErrors
from casetracker.services import filings
from casetracker.services.case_detail import case_detail
from casetracker.services.demo import DemoResult
from casetracker.store.database import Database
from casetracker.store.models import Attachment, AttachmentContent, AuditEntry

pytestmark = pytest.mark.both_engines  # cases, filings, search… on SQLite and PostgreSQL

PE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(512)


def _counts(db: Database) -> tuple[int, ...]:
    with db.read() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Attachment, AttachmentContent, AuditEntry)
        )


@pytest.mark.parametrize(
    ("name", "words"),
    [
        (".", "“.” is not a file name"),
        ("..", "“..” is not a file name"),
        ("/", "path separator"),
        ("escritos/demanda.pdf", "path separator"),
        ("", "is required"),
        ("factura\u202efdp.exe", "reverse the text direction (U+202E)"),
        ("acta\u2067.pdf", "reverse the text direction (U+2067)"),
        ("nota\x07.txt", "control characters"),
    ],
)
def test_a_bad_name_is_refused_with_one_clear_message_and_nothing_written(
    db: Database, demo: DemoResult, name: str, words: str
) -> None:
    case_id = demo.case_ids[0]
    before = _counts(db)
    with pytest.raises(ValidationError) as caught:
        filings.add_attachment(
            db, filings.AttachmentInput(case_id=case_id, filename=name, data=b"contenido")
        )
    assert caught.value.field == "filename"
    assert words in caught.value.message
    assert _counts(db) == before


def test_a_file_on_disk_with_a_spoofed_name_is_refused(
    db: Database, demo: DemoResult, tmp_path: Path
) -> None:
    spoofed = tmp_path / "cedula\u202efdp.exe"
    spoofed.write_bytes(PE)
    before = _counts(db)
    with pytest.raises((ValidationError, ValidationErrors), match="reverse the text direction"):
        filings.add_attachment_file(db, demo.case_ids[0], spoofed)
    assert _counts(db) == before


def test_a_program_named_like_a_document_is_listed_as_a_program(
    db: Database, demo: DemoResult
) -> None:
    case_id = demo.case_ids[0]
    info = filings.add_attachment(
        db, filings.AttachmentInput(case_id=case_id, filename="notificacion.pdf", data=PE)
    )
    assert info.media_type == "application/vnd.microsoft.portable-executable"
    listed = next(a for a in case_detail(db, case_id).attachments if a.id == info.id)
    assert listed.media_type == "application/vnd.microsoft.portable-executable"
    # A real PDF keeps the type its name gives.
    pdf = filings.add_attachment(
        db, filings.AttachmentInput(case_id=case_id, filename="acta.pdf", data=b"%PDF-1.4\n")
    )
    assert pdf.media_type == "application/pdf"
