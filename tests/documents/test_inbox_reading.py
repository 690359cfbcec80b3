"""What the inbox read is stored with the attachment it saves: scans are not OCR'd twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.cli.test_inbox_cli import ADMISSION, CONTINUED, TC_CEDULA
from tests.documents.court_papers import scanned_pdf, typed_pdf

from casetracker.services import document_text, inbox
from casetracker.services.case_detail import case_detail
from casetracker.services.demo import DemoResult
from casetracker.services.document_text import search_documents, unread_attachments
from casetracker.store.database import Database


def _attachment(db: Database, case_id: int, filename: str) -> int:
    return next(a.id for a in case_detail(db, case_id).attachments if a.filename == filename)


@pytest.mark.both_engines
def test_an_accepted_scan_is_searchable_at_once_without_a_second_reading(
    demo: DemoResult, db: Database, tmp_path: Path
) -> None:
    scan = tmp_path / "res 12 escaneada.pdf"
    scan.write_bytes(scanned_pdf(typed_pdf(ADMISSION, CONTINUED)))
    [proposal] = inbox.propose(db, scan)
    assert proposal.text_source == "ocr" and proposal.case_id is not None
    unread_before = set(unread_attachments(db))

    inbox.accept(db, [proposal])

    attachment_id = _attachment(db, proposal.case_id, scan.name)
    assert set(unread_attachments(db)) == unread_before, "the scan would be OCR'd again"
    stored = document_text.document_text(db, attachment_id)
    assert stored is not None
    assert (stored.status, stored.text_source, stored.page_count) == ("done", "ocr", 2)
    [hit] = search_documents(db, "notifiquese partes arreglo")
    assert (hit.attachment_id, hit.page) == (attachment_id, 2)


def test_each_part_of_a_consolidated_pdf_keeps_its_own_pages_and_is_known_again(
    demo: DemoResult, db: Database, tmp_path: Path
) -> None:
    consolidated = tmp_path / "consolidado.pdf"
    consolidated.write_bytes(typed_pdf(ADMISSION, CONTINUED, TC_CEDULA))
    first, cedula = inbox.propose(db, consolidated)

    inbox.accept(db, [first, cedula])

    assert cedula.case_id is not None
    part = _attachment(db, cedula.case_id, "consolidado (p. 3-3).pdf")
    stored = document_text.document_text(db, part)
    assert stored is not None and stored.page_count == 1
    assert [page.page for page in stored.pages] == [1]
    assert "CÉDULA DE NOTIFICACIÓN" in stored.pages[0].text
    again = inbox.propose(db, consolidated)
    assert [p.already_stored is not None for p in again] == [True, True]
