"""The inbox: court documents proposed as filings (case, kind, number, date, deadlines).

Nothing is saved by :func:`propose`: the deadlines a proposal would start are
computed by creating the filing (and the new case, when one is to be created) inside
a transaction that is then rolled back, so they are exactly what :func:`accept` will
save. A consolidated PDF is split at each court heading, and each part is proposed
(and attached) on its own. A proposal the user corrected is computed again with
:func:`revise`.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from casetracker.documents.reading import (
    PDFIUM_LOCK,
    Cancelled,
    DocumentText,
    DocumentUnreadable,
    read_document,
)
from casetracker.domain.attachments import MAX_ATTACHMENT_BYTES
from casetracker.domain.court_documents import DocumentFacts, facts_of, split_documents
from casetracker.domain.enums import FilingKind, Procedure
from casetracker.domain.errors import ValidationError, echo
from casetracker.domain.expediente import parse_expediente
from casetracker.services import deadline_proposals, document_text, filings
from casetracker.services._records import utc_now
from casetracker.services.cases import CaseInput, case_with_number, create_case
from casetracker.store.database import Database
from casetracker.store.models import Attachment

_NOTIFYING = {"cedula", "notificacion"}
# What a folder is searched for (a file named on its own is read whatever its name).
DOCUMENT_SUFFIXES = frozenset({".pdf", ".docx", ".txt", ".png", ".jpg", ".jpeg", ".tif", ".tiff"})


@dataclass(frozen=True, slots=True)
class InboxDeadline:
    title: str
    due_on: date
    rule: str
    explanation: str
    """How the due date was counted: one Spanish sentence per line."""


@dataclass(frozen=True, slots=True)
class NewCase:
    """A case to create for a document whose expediente no case of the database has."""

    expediente: str
    procedure: Procedure

    @property
    def title(self) -> str:
        return f"Exp. {self.expediente}"


@dataclass(frozen=True, slots=True)
class InboxProposal:
    """One document of a file, as it would be saved (``case_id`` None: no known case;
    ``new_case``: the case to create for it, when asked to)."""

    file: str
    sha256: str
    pages: int
    first_page: int
    text_source: str
    facts: DocumentFacts
    case_id: int | None
    already_stored: int | None
    deadlines: tuple[InboxDeadline, ...]
    attachment_name: str
    part_bytes: bytes
    new_case: NewCase | None = None
    reading: DocumentText | None = None
    """The text read from this document's pages, stored with its attachment."""
    description: str = ""
    """The attachment's description: which pages of which file a part holds."""

    @property
    def filing_kind(self) -> FilingKind:
        return FilingKind.NOTIFICATION if self.facts.kind in _NOTIFYING else FilingKind.RESOLUTION


def documents_in(paths: Sequence[Path]) -> list[Path]:
    """The files named, and the documents in the folders named (by name, not recursively).

    Raises:
        ValidationError: a path does not exist or a folder cannot be listed.
    """
    found: list[Path] = []
    for path in paths:
        try:
            if path.is_dir():
                found += sorted(p for p in path.iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES)
            elif path.exists():
                found.append(path)
            else:
                raise ValidationError("file", f"{echo(str(path))} does not exist; check the path")
        except OSError as exc:
            raise ValidationError("file", f"cannot read {echo(str(path))}: {exc.strerror}") from exc
    return found


def read_file(path: Path) -> bytes:
    """The file's bytes; ValidationError in one line when it cannot be used."""
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise ValidationError(
                "file", f"{path.name} is {size / 2**20:.1f} MB; attachments are limited to "
                f"{MAX_ATTACHMENT_BYTES // 2**20} MB",
            )  # fmt: skip
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError("file", f"cannot read {path.name}: {exc.strerror}") from exc


def _never() -> bool:
    return False


def propose(
    db: Database,
    path: Path,
    cancelled: Cancelled = _never,
    new_cases: Procedure | None = None,
) -> list[InboxProposal]:
    """The documents in ``path``, each with what it would be saved as; with
    ``new_cases``, a document naming no case of the database proposes a new case of
    that procedure for its first expediente number.

    Raises:
        ValidationError: the file cannot be read, or is damaged, encrypted or not a document.
        ReadingCancelled: ``cancelled()`` turned true while the file was read.
    """
    data = read_file(path)
    try:
        found = read_document(path.name, data, cancelled)
    except DocumentUnreadable as error:
        raise ValidationError("file", str(error)) from error
    texts = [""] * found.page_count
    for page in found.pages:
        texts[page.number - 1] = page.text
    groups = split_documents(texts) if data.lstrip()[:5] == b"%PDF-" else [[0]]
    sha256 = hashlib.sha256(data).hexdigest()
    proposals = []
    for group in groups:
        name, part = path.name, data
        if len(groups) > 1:
            stem, _dot, extension = path.name.rpartition(".")
            name = f"{stem or extension} (p. {group[0] + 1}-{group[-1] + 1}).pdf"
            part = _pdf_pages(data, group)
        facts = facts_of("\n".join(texts[index] for index in group))
        # The whole file stored, or this part of it (a part's bytes differ at each split,
        # so it is known by the description it was saved with).
        description = _part_description(path.name, group, sha256) if len(groups) > 1 else ""
        with db.read() as session:
            case_id = _case_for(session, facts)
            same = Attachment.sha256 == sha256
            if description:
                same = or_(same, Attachment.description == description)
            stored = session.scalar(select(Attachment.id).where(same).limit(1))
        new_case = None
        if case_id is None and new_cases is not None and facts.expedientes:
            new_case = NewCase(facts.expedientes[0].normalized, new_cases)
        reading = _part_reading(found, group)
        proposal = InboxProposal(
            str(path), sha256, len(group), group[0] + 1, reading.text_source, facts, case_id,
            stored, (), name, part, new_case, reading, description,
        )  # fmt: skip
        proposals.append(revise(db, proposal))
    return proposals


def _part_description(filename: str, group: list[int], sha256: str) -> str:
    return f"Pages {group[0] + 1}–{group[-1] + 1} of {filename} (SHA-256 {sha256})"


def _part_reading(found: DocumentText, group: list[int]) -> DocumentText:
    """The reading of the pages ``group`` (indexes from 0), numbered from 1 as they are
    in the part saved from them."""
    number = {index + 1: position + 1 for position, index in enumerate(group)}
    pages = tuple(
        replace(page, number=number[page.number]) for page in found.pages if page.number in number
    )
    waiting = tuple(number[n] for n in found.waiting_for_ocr if n in number)
    sources = frozenset(page.source for page in pages if page.text.strip())
    return DocumentText(pages, len(group), waiting, found.ocr_problem, sources)


def _case_for(session: Session, facts: DocumentFacts) -> int | None:
    for number in facts.expedientes:
        case = case_with_number(session, number)
        if case is not None:
            return case.id
    return None


def _pdf_pages(data: bytes, indexes: list[int]) -> bytes:
    """A new PDF holding the given pages of ``data`` (one document of a consolidated PDF)."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        source = pdfium.PdfDocument(data)
        part = pdfium.PdfDocument.new()
        try:
            part.import_pages(source, indexes)
            buffer = io.BytesIO()
            part.save(buffer)
        finally:
            part.close()
            source.close()
    return buffer.getvalue()


def revise(db: Database, proposal: InboxProposal) -> InboxProposal:
    """``proposal`` with the deadlines its filing would start, as it stands now (after
    the user chose another case or corrected the date, kind or sumilla); computed in a
    transaction that is rolled back.

    Raises:
        ValidationError: a corrected field cannot be saved (the sumilla is too long…).
    """
    has_case = proposal.case_id is not None or proposal.new_case is not None
    if not has_case or proposal.facts.kind is None:
        return replace(proposal, deadlines=())
    with db.unit_of_work() as uow:
        filing_id = _save_filing(db, proposal)
        deadlines = tuple(
            InboxDeadline(p.title, p.due_on, p.rule_key, p.explanation)
            for p in deadline_proposals.propose_deadlines(db, filing_id)
        )
        uow.session.rollback()
    return replace(proposal, deadlines=deadlines)


def _case_id(db: Database, proposal: InboxProposal) -> int:
    """The proposal's case; its new case is created unless one has that number now."""
    if proposal.case_id is not None:
        return proposal.case_id
    assert proposal.new_case is not None  # checked by the callers
    new = proposal.new_case
    with db.unit_of_work() as uow:
        number = parse_expediente(new.expediente)
        existing = case_with_number(uow.session, number)
        if existing is not None:
            return existing.id
    return create_case(db, CaseInput(new.title, new.procedure, expediente=new.expediente)).id


def _save_filing(db: Database, proposal: InboxProposal, *, with_text: bool = False) -> int:
    facts = proposal.facts
    on = facts.document_date or utc_now().date()
    number = f"Res. N.º {facts.resolution_number}" if facts.resolution_number else ""
    filing = filings.create_filing(
        db,
        filings.FilingInput(
            case_id=_case_id(db, proposal),
            filed_on=on,
            kind=proposal.filing_kind,
            sumilla=facts.sumilla or Path(proposal.file).name,
            reference=number,
            notified_on=on,
            notes=f"{facts.court}\n{Path(proposal.file).name}".strip(),
        ),
    )
    attachment = filings.AttachmentInput(
        filing.case_id, proposal.attachment_name, proposal.part_bytes, filing.id,
        description=proposal.description,
    )  # fmt: skip
    stored = filings.add_attachment(db, attachment)
    if with_text and proposal.reading is not None:
        document_text.store_reading(db, stored.id, proposal.reading)
    return filing.id


def accept(db: Database, proposals: Sequence[InboxProposal]) -> list[int]:
    """Save the proposals as filings with their PDF and the deadlines they list, all or
    none, creating their new cases; documents already stored (same SHA-256) are
    skipped. Returns filing ids.

    Raises:
        ValidationError: a proposal has no case; nothing is saved.
    """
    missing = [p for p in proposals if p.case_id is None and p.new_case is None]
    if missing:
        raise ValidationError(
            "case",
            f"{Path(missing[0].file).name} (page {missing[0].first_page}) names no case of "
            "this database; create the case first or leave the file out",
        )
    saved = []
    with db.unit_of_work() as uow:
        for proposal in proposals:
            if proposal.already_stored is not None:
                continue
            filing_id = _save_filing(db, proposal, with_text=True)
            wanted = {d.rule for d in proposal.deadlines}
            computed = deadline_proposals.propose_deadlines(db, filing_id)
            deadline_proposals.accept_proposals(db, [p for p in computed if p.rule_key in wanted])
            saved.append(filing_id)
        uow.commit()
    return saved
