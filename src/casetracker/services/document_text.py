"""The text of attached documents: read in the background, stored beside the file, searched.

Reading is slow (OCR takes seconds a page), so it happens outside any transaction;
only the result is written, in one short transaction, and only if the attachment is
still there with the same content. The original bytes and their SHA-256 are never
touched. An attachment without a stored reading is "unread": the queue is simply
that set, so it survives restarts and covers attachments from before the upgrade.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, delete, exists, or_, select
from sqlalchemy.orm import Session

from casetracker.documents import ocr
from casetracker.documents.reading import (
    DocumentText,
    DocumentUnreadable,
    ReadingCancelled,
    document_kind,
    read_document,
)
from casetracker.domain.errors import ValidationError
from casetracker.domain.records import DocumentHit, DocumentPageInfo, DocumentTextInfo
from casetracker.services import _records
from casetracker.store import document_index
from casetracker.store.database import Database
from casetracker.store.models import Attachment, AttachmentContent, DocumentPage
from casetracker.store.models import DocumentText as DocumentTextRow

MAX_LIMIT = 1_000
_MESSAGE_LENGTH = 500

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class ReadingSummary:
    """What one pass of the background reader did."""

    read: int
    failed: int
    waiting_for_ocr: int


def ocr_problem() -> str | None:
    """Why scans cannot be read on this machine (one line), or None when they can."""
    return ocr.ocr_problem()


def unread_attachments(db: Database) -> list[int]:
    """Attachments to read, newest first: never read, stale, or scans waiting for OCR
    that this machine can now do."""
    retry_scans = ocr.ocr_problem() is None
    with db.read() as session:
        waiting = DocumentTextRow.status == "waiting_ocr" if retry_scans else False
        # Stale readings (``casetracker check`` names them): of other bytes than the
        # attachment holds, or read in full but with their pages gone.
        stale = DocumentTextRow.sha256 != Attachment.sha256
        emptied = and_(
            DocumentTextRow.status == "done",
            DocumentTextRow.pages > 0,
            ~exists().where(DocumentPage.attachment_id == Attachment.id),
        )
        query = (
            select(Attachment.id)
            .outerjoin(DocumentTextRow, DocumentTextRow.attachment_id == Attachment.id)
            .where(or_(DocumentTextRow.id.is_(None), waiting, stale, emptied))
            .order_by(Attachment.id.desc())
        )
        return list(session.scalars(query))


def read_attachment(
    db: Database, attachment_id: int, cancelled: Cancelled = lambda: False
) -> DocumentTextInfo | None:
    """Read one attachment's text and store it; None when the attachment went meanwhile.

    A damaged, encrypted or unknown file is stored as such, with the reason, so it is
    not read again; a cancelled reading stores nothing.

    Raises:
        ReadingCancelled: ``cancelled()`` turned true; nothing was written.
    """
    with db.read() as session:
        row = session.get(Attachment, attachment_id)
        content = session.get(AttachmentContent, attachment_id)
        if row is None or content is None:
            return None
        filename, sha256, data = row.filename, row.sha256, content.data
    status, message, found = _read(filename, data, cancelled)
    with db.unit_of_work() as uow:
        session = uow.session
        current = session.get(Attachment, attachment_id)
        if current is None or current.sha256 != sha256:
            return None
        result = _store(session, attachment_id, sha256, status, message, found)
        uow.commit()
    return result


def store_reading(db: Database, attachment_id: int, found: DocumentText) -> None:
    """Store a reading already made of the attachment's bytes (the inbox read the file
    before attaching it: its scans are not OCR'd twice). Part of the caller's
    transaction when there is one.

    Raises:
        NotFoundError: no such attachment.
    """
    with db.unit_of_work() as uow:
        row = _records.fetch(uow.session, Attachment, attachment_id, "attachment")
        status, message = "done", ""
        if found.waiting_for_ocr:
            status = "waiting_ocr"
            pages = ", ".join(str(number) for number in found.waiting_for_ocr)
            message = f"scanned pages {pages} wait for OCR: {found.ocr_problem}"
        _store(uow.session, attachment_id, row.sha256, status, message, found)
        uow.commit()


def _store(
    session: Session,
    attachment_id: int,
    sha256: str,
    status: str,
    message: str,
    found: DocumentText | None,
) -> DocumentTextInfo:
    session.execute(delete(DocumentPage).where(DocumentPage.attachment_id == attachment_id))
    session.execute(delete(DocumentTextRow).where(DocumentTextRow.attachment_id == attachment_id))
    for page in found.pages if found is not None else ():
        session.add(
            DocumentPage(
                attachment_id=attachment_id,
                page=page.number,
                source=page.source.value,
                confidence=page.confidence,
                text=page.text,
            )
        )
    record = DocumentTextRow(
        attachment_id=attachment_id,
        sha256=sha256,
        status=status,
        text_source=found.text_source if found is not None else "",
        pages=found.page_count if found is not None else 0,
        confidence=_mean_confidence(found),
        message=message[:_MESSAGE_LENGTH],
        read_at=_records.utc_now(),
    )
    session.add(record)
    session.flush()
    return _info(record, session)


def _read(filename: str, data: bytes, cancelled: Cancelled) -> tuple[str, str, DocumentText | None]:
    if document_kind(filename, data) is None:
        return "unsupported", "this kind of file holds no text the app reads", None
    try:
        found = read_document(filename, data, cancelled)
    except DocumentUnreadable as error:
        return "failed", str(error), None
    except ocr.OcrUnavailable as error:
        return "waiting_ocr", str(error), None
    if found.waiting_for_ocr:
        pages = ", ".join(str(number) for number in found.waiting_for_ocr)
        return "waiting_ocr", f"scanned pages {pages} wait for OCR: {found.ocr_problem}", found
    return "done", "", found


def _mean_confidence(found: DocumentText | None) -> float | None:
    scores = [p.confidence for p in (found.pages if found else ()) if p.confidence is not None]
    return round(sum(scores) / len(scores), 1) if scores else None


def read_unread(
    db: Database, progress: Progress | None = None, cancelled: Cancelled = lambda: False
) -> ReadingSummary:
    """Read every unread attachment, reporting ``(done, total, filename)`` before each.

    Raises:
        ReadingCancelled: stopped between or inside documents; finished ones are kept.
    """
    pending = unread_attachments(db)
    read = failed = waiting = 0
    for done, attachment_id in enumerate(pending):
        if cancelled():
            raise ReadingCancelled("reading was cancelled")
        if progress is not None:
            progress(done, len(pending), _filename(db, attachment_id))
        info = read_attachment(db, attachment_id, cancelled)
        if info is None:
            continue
        read += info.status == "done"
        failed += info.status == "failed"
        waiting += info.status == "waiting_ocr"
    if progress is not None:
        progress(len(pending), len(pending), "")
    return ReadingSummary(read, failed, waiting)


def _filename(db: Database, attachment_id: int) -> str:
    with db.read() as session:
        row = session.get(Attachment, attachment_id)
        return row.filename if row is not None else ""


def document_text(db: Database, attachment_id: int) -> DocumentTextInfo | None:
    """The stored reading of an attachment with its pages; None while it is unread."""
    with db.read() as session:
        row = session.scalar(
            select(DocumentTextRow).where(DocumentTextRow.attachment_id == attachment_id)
        )
        return _info(row, session) if row is not None else None


def _info(row: DocumentTextRow, session: Session) -> DocumentTextInfo:
    pages = session.scalars(
        select(DocumentPage)
        .where(DocumentPage.attachment_id == row.attachment_id)
        .order_by(DocumentPage.page)
    )
    return DocumentTextInfo(
        attachment_id=row.attachment_id,
        status=row.status,
        text_source=row.text_source,
        page_count=row.pages,
        confidence=row.confidence,
        message=row.message,
        read_at=row.read_at,
        pages=tuple(DocumentPageInfo(p.page, p.source, p.confidence, p.text) for p in pages),
    )


def search_documents(
    db: Database,
    query: str,
    limit: int = 50,
    case_id: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[DocumentHit]:
    """Pages of attached documents holding every word of ``query`` (accents ignored).

    Raises:
        ValidationError: ``limit`` out of range, or ``since`` after ``until``.
    """
    if not 1 <= limit <= MAX_LIMIT:
        raise ValidationError("limit", f"must be between 1 and {MAX_LIMIT:,}")
    if since is not None and until is not None and since > until:
        raise ValidationError(
            "from", f"{since.isoformat()} is after {until.isoformat()}; swap the two dates"
        )
    limits = document_index.PageFilter(case_id, since, until)
    with db.read() as session:
        hits = document_index.search_pages(session, query, limit, limits)
    return [
        DocumentHit(
            hit.attachment_id, hit.case_id, hit.filing_id, hit.filename, hit.page, hit.source,
            hit.snippet,
        )
        for hit in hits
    ]  # fmt: skip
