"""Attached court documents are read (text layer, OCR, DOCX) and searched, page by page."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session
from tests.documents.court_papers import (
    CEDULA,
    RESOLUTION,
    docx_bytes,
    encrypted_pdf,
    scanned_pdf,
    truncated_pdf,
    typed_pdf,
)

from casetracker.documents.reading import ReadingCancelled
from casetracker.services import document_text, filings
from casetracker.services.demo import DemoResult
from casetracker.services.document_text import (
    read_unread,
    search_documents,
    unread_attachments,
)
from casetracker.services.search import search
from casetracker.services.trash import delete_to_trash, restore
from casetracker.store.database import Database
from casetracker.store.models import Attachment

SECOND_PAGE = ("SEGUNDO CONSIDERANDO", "La audiencia de vista de la causa se fija para el lunes.")


def attach(db: Database, case_id: int, name: str, data: bytes) -> int:
    info = filings.add_attachment(db, filings.AttachmentInput(case_id, name, data))
    return info.id


@pytest.fixture(scope="module")
def scan() -> bytes:
    """One scanned resolution for the module: OCR costs seconds a page."""
    return scanned_pdf(typed_pdf(RESOLUTION))


def test_a_typed_resolution_is_found_by_a_phrase_on_its_second_page(
    demo: DemoResult, db: Database
) -> None:
    case_id = demo.case_ids[0]
    attachment_id = attach(db, case_id, "resolución 12.pdf", typed_pdf(RESOLUTION, SECOND_PAGE))
    assert unread_attachments(db)[0] == attachment_id

    summary = read_unread(db)

    assert summary.read >= 1 and summary.failed == 0
    stored = document_text.document_text(db, attachment_id)
    assert stored is not None
    assert (stored.status, stored.text_source, stored.page_count) == ("done", "text", 2)
    assert "RESOLUCIÓN NÚMERO DOCE" in stored.pages[0].text
    hits = search_documents(db, "vista causa lunes")
    assert [(h.attachment_id, h.page, h.case_id) for h in hits] == [(attachment_id, 2, case_id)]
    assert "[vista] de la [causa]" in hits[0].snippet
    # Ctrl+K's search lists the page beside the records, accents ignored.
    [page] = [hit for hit in search(db, "resolucion numero doce") if hit.entity == "attachment"]
    assert (page.entity_id, page.page, page.case_id) == (attachment_id, 1, case_id)
    assert page.title == "resolución 12.pdf · p. 1"
    assert unread_attachments(db) == []


def test_a_scanned_resolution_is_read_by_ocr_and_its_file_stays_untouched(
    demo: DemoResult, db: Database, scan: bytes
) -> None:
    attachment_id = attach(db, demo.case_ids[0], "escaneo.pdf", scan)

    read_unread(db)

    stored = document_text.document_text(db, attachment_id)
    assert stored is not None
    assert (stored.status, stored.text_source) == ("done", "ocr")
    assert stored.confidence is not None and stored.confidence > 70
    assert stored.pages[0].source == "ocr"
    hits = search_documents(db, "notifiquese traslado absuelto")
    assert [(h.attachment_id, h.page, h.source) for h in hits] == [(attachment_id, 1, "ocr")]
    assert filings.attachment_bytes(db, attachment_id) == scan
    with db.read() as session:
        stored_sha = session.get(Attachment, attachment_id).sha256  # type: ignore[union-attr]
    assert stored_sha == hashlib.sha256(scan).hexdigest()


def test_docx_and_text_attachments_are_read_too(demo: DemoResult, db: Database) -> None:
    case_id = demo.case_ids[1]
    docx_id = attach(db, case_id, "cédula.docx", docx_bytes(*CEDULA))
    text_id = attach(
        db, case_id, "nota.txt", "Casilla electrónica del señor Ñañez".encode("cp1252")
    )

    read_unread(db)

    assert {h.attachment_id for h in search_documents(db, "destinatario instituto")} == {docx_id}
    assert {h.attachment_id for h in search_documents(db, "nanez casilla")} == {text_id}


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda: encrypted_pdf(typed_pdf(RESOLUTION)), "protected by a password"),
        (lambda: truncated_pdf(typed_pdf(RESOLUTION)), "not a readable PDF"),
        (lambda: b"PK\x03\x04 not really a document", "not a readable DOCX"),
    ],
    ids=["encrypted", "truncated", "fake-docx"],
)
def test_a_file_that_cannot_be_read_says_why_and_stores_no_text(
    demo: DemoResult, db: Database, make: object, reason: str
) -> None:
    name = "dañado.docx" if reason.endswith("DOCX") else "dañado.pdf"
    attachment_id = attach(db, demo.case_ids[0], name, make())  # type: ignore[operator]

    summary = read_unread(db)

    stored = document_text.document_text(db, attachment_id)
    assert stored is not None and summary.failed == 1
    assert stored.status == "failed" and stored.pages == ()
    assert stored.message.startswith(f"{name}: ") and reason in stored.message
    # Not tried again at every start.
    assert attachment_id not in unread_attachments(db)


def test_odd_file_names_are_read_and_found(demo: DemoResult, db: Database) -> None:
    name = "Res ? 100% #12 é ñ.pdf"
    attachment_id = attach(db, demo.case_ids[2], name, typed_pdf(CEDULA))
    read_unread(db)
    [hit] = search_documents(db, "casilla electronica 12345")
    assert (hit.attachment_id, hit.filename) == (attachment_id, name)


def test_cancelling_keeps_finished_documents_and_writes_nothing_of_the_current_one(
    demo: DemoResult, db: Database
) -> None:
    first = attach(db, demo.case_ids[0], "a.pdf", typed_pdf(RESOLUTION))
    second = attach(db, demo.case_ids[0], "b.pdf", typed_pdf(CEDULA))
    seen: list[str] = []

    def progress(done: int, total: int, name: str) -> None:
        seen.append(name)

    with pytest.raises(ReadingCancelled):
        read_unread(db, progress, cancelled=lambda: len(seen) >= 2)

    # Newest first: b.pdf was read, a.pdf was being read when the user cancelled.
    assert seen == ["b.pdf", "a.pdf"]
    assert document_text.document_text(db, second) is not None
    assert document_text.document_text(db, first) is None
    assert first in unread_attachments(db)


def test_a_scan_waits_for_ocr_until_tesseract_is_installed(
    demo: DemoResult, db: Database, scan: bytes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CASETRACKER_TESSERACT", str(tmp_path / "no-tesseract"))
    problem = document_text.ocr_problem()
    assert problem is not None and "Tesseract was not found" in problem
    assert "apt install tesseract-ocr tesseract-ocr-spa" in problem
    attachment_id = attach(db, demo.case_ids[0], "escaneo.pdf", scan)

    summary = read_unread(db)

    stored = document_text.document_text(db, attachment_id)
    assert stored is not None and summary.waiting_for_ocr == 1
    assert stored.status == "waiting_ocr" and "scanned pages 1 wait for OCR" in stored.message
    assert attachment_id not in unread_attachments(db)

    monkeypatch.delenv("CASETRACKER_TESSERACT")
    assert unread_attachments(db) == [attachment_id]
    read_unread(db)
    stored = document_text.document_text(db, attachment_id)
    assert stored is not None and (stored.status, stored.text_source) == ("done", "ocr")
    assert attachment_id in {h.attachment_id for h in search_documents(db, "cotabambas")}


def test_search_is_limited_to_a_case_and_dates(demo: DemoResult, db: Database) -> None:
    first, second = demo.case_ids[0], demo.case_ids[1]
    in_first = attach(db, first, "uno.pdf", typed_pdf(RESOLUTION))
    in_second = attach(db, second, "dos.pdf", typed_pdf(RESOLUTION))
    read_unread(db)

    assert {h.attachment_id for h in search_documents(db, "amparo")} >= {in_first, in_second}
    assert {h.attachment_id for h in search_documents(db, "amparo", case_id=second)} == {in_second}
    today = date.today()
    assert search_documents(db, "amparo", since=date(1990, 1, 1), until=date(1990, 12, 31)) == []
    assert {h.attachment_id for h in search_documents(db, "amparo", since=today)} >= {
        in_first,
        in_second,
    }


def test_deleting_an_attachment_removes_its_pages_from_search_and_undo_brings_them_back(
    demo: DemoResult, db: Database
) -> None:
    attachment_id = attach(db, demo.case_ids[0], "r.pdf", typed_pdf(RESOLUTION))
    read_unread(db)

    def found() -> set[int]:
        return {h.attachment_id for h in search_documents(db, "absuelto traslado")}

    assert found() == {attachment_id}
    snapshot = delete_to_trash(db, "attachment", attachment_id)
    assert found() == set()

    restore(db, snapshot)
    assert found() == {attachment_id}


@pytest.mark.both_engines
def test_each_engine_finds_pages_by_its_index_accents_and_case_ignored(
    demo: DemoResult, db: Database
) -> None:
    from casetracker.store import document_index

    attachment_id = attach(db, demo.case_ids[0], "r.pdf", typed_pdf(RESOLUTION, SECOND_PAGE))
    read_unread(db)
    limits = document_index.PageFilter(case_id=demo.case_ids[0])
    with db.read() as session:
        within = document_index.search_pages(session, "Vista Causa", 50, limits)
        everywhere = document_index.search_pages(session, "VISTA caus", 50)
        plan = _plan_of_page_search(session)
    both = {(attachment_id, 1), (attachment_id, 2)}  # "vista de la causa" is on each
    assert {(h.attachment_id, h.page) for h in within} == both
    assert {(h.attachment_id, h.page) for h in everywhere} == both
    assert "[Vista]" in within[0].snippet or "[vista]" in within[0].snippet
    assert "VIRTUAL TABLE" in plan or "ix_document_pages_search" in plan


def _plan_of_page_search(session: Session) -> str:
    """How the engine answers a page search: by its full-text index, not a scan."""
    if session.get_bind().dialect.name == "sqlite":
        rows = session.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT rowid FROM document_index WHERE document_index"
                " MATCH 'vista'"
            )
        )
        return " ".join(str(row[-1]) for row in rows)
    session.execute(text("SET LOCAL enable_seqscan = off"))  # a tiny table: ask for the index
    rows = session.execute(
        text(
            "EXPLAIN SELECT id FROM document_pages"
            " WHERE search_vector @@ to_tsquery('casetracker', 'vista:*')"
        )
    )
    return " ".join(str(row[0]) for row in rows)
