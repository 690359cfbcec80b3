"""Generating briefs from the database: load, compose once, render, write atomically."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select

from casetracker.atomic import atomic_write, write_bytes
from casetracker.briefs.annex_pages import AnnexFile, refuse_unplaceable, with_annexes
from casetracker.briefs.document import Document
from casetracker.briefs.escrito import compose_escrito
from casetracker.briefs.options import BriefOptions, DocumentCopy
from casetracker.briefs.redaction import DEFAULT_LABEL, NO_REDACTION, Redactor, redact_document
from casetracker.briefs.summary import compose_case_summary, compose_matter_summary
from casetracker.domain.attachments import annex_code, annex_sort_key
from casetracker.domain.errors import ValidationError
from casetracker.domain.escrito_kinds import EscritoKind
from casetracker.services import _records
from casetracker.services.case_detail import case_detail
from casetracker.services.escrito_input import escrito_data
from casetracker.services.filings import attachment_bytes, get_filing
from casetracker.services.matters import get_matter
from casetracker.store.database import Database
from casetracker.store.models import Case, Filing, Party


class BriefKind(StrEnum):
    SUMMARY = "summary"
    ESCRITO = "escrito"
    MATTER_SUMMARY = "matter_summary"


class BriefFormat(StrEnum):
    PDF = "pdf"
    DOCX = "docx"


@dataclass(frozen=True)
class BriefRequest:
    """What to generate: a case summary, a filing's escrito, or a matter summary."""

    kind: BriefKind
    format: BriefFormat
    case_id: int | None = None
    filing_id: int | None = None
    matter_id: int | None = None
    lawyer_name: str = ""
    lawyer_registration: str = ""
    redaction_label: str = DEFAULT_LABEL
    copy: DocumentCopy | None = None
    """Court copy (names shown) or public copy (redacted); None: the court copy for an
    escrito (it is filed with the court), the public one for everything else."""
    escrito_kind: EscritoKind | None = None
    """The kind the escrito is written as (demanda, apelación…); None: the filing's own."""
    embed_annexes: bool = False
    """A PDF escrito followed by its annexes' files (the filing's attachments), one PDF
    to file; a public copy never embeds them (they name the protected parties)."""

    @property
    def chosen_copy(self) -> DocumentCopy:
        if self.copy is not None:
            return DocumentCopy(self.copy)
        return DocumentCopy.COURT if self.kind is BriefKind.ESCRITO else DocumentCopy.PUBLIC


def protected_secrets(db: Database) -> list[str]:
    """Names and document numbers of every protected party in the database.

    All of them, not only the case's: a protected witness of one case may be named in
    the notes of another.
    """
    with db.read() as session:
        rows = session.execute(
            select(Party.name, Party.document_id).where(Party.protected.is_(True))
        ).all()
    return [value for row in rows for value in row if value]


def compose(db: Database, request: BriefRequest) -> Document:
    """Build the neutral document for ``request`` (shared by both renderers).

    The public copy is redacted in one pass over the whole composed document.
    """
    copy = request.chosen_copy
    redactor = (
        Redactor(protected_secrets(db), request.redaction_label or DEFAULT_LABEL)
        if copy is DocumentCopy.PUBLIC
        else NO_REDACTION
    )
    options = BriefOptions(
        lawyer_name=request.lawyer_name,
        lawyer_registration=request.lawyer_registration,
        author=request.lawyer_name or db.actor,
        redactor=redactor,
        copy=copy,
    )
    return redact_document(_compose(db, request, options), redactor)


def _compose(db: Database, request: BriefRequest, options: BriefOptions) -> Document:
    if request.kind is BriefKind.MATTER_SUMMARY:
        if request.matter_id is None:
            raise ValidationError("matter", "choose the matter to summarise")
        matter = get_matter(db, request.matter_id)
        with db.read() as session:
            ids = session.scalars(
                select(Case.id).where(Case.matter_id == matter.id).order_by(Case.filed_on, Case.id)
            ).all()
        return compose_matter_summary(matter, [case_detail(db, i) for i in ids], options)
    case_id = request.case_id
    if request.kind is BriefKind.ESCRITO:
        if request.filing_id is None:
            raise ValidationError(
                "filing", "an escrito is generated from a filing; give --filing ID"
            )
        with db.read() as session:
            filing = _records.fetch(session, Filing, request.filing_id, "filing")
            case_id = filing.case_id
    if case_id is None:
        raise ValidationError("case", "choose the case")
    detail = case_detail(db, case_id)
    if request.kind is BriefKind.ESCRITO:
        assert request.filing_id is not None
        data = escrito_data(detail, request.filing_id, request.escrito_kind)
        return compose_escrito(data, options)
    return compose_case_summary(detail, options)


def render(document: Document, output: BriefFormat, target: Path | BinaryIO) -> None:
    """Write the document as PDF or DOCX.

    A path is written through the store's atomic writer (fsynced, then renamed over
    the target) so that a failure never leaves a truncated brief, and a missing or
    read-only folder or a full disk becomes an error the user can act on.
    """
    draw = renderer(output)
    if isinstance(target, Path):
        with atomic_write(target) as stream:
            draw(document, stream)
    else:
        draw(document, target)


def renderer(output: BriefFormat) -> Callable[[Document, BinaryIO], None]:
    """The function drawing ``output``. Imported when first asked for: ReportLab and
    python-docx were a third of the app's start-up imports, for no first screen."""
    if output is BriefFormat.PDF:
        from casetracker.briefs.pdf import render_pdf

        return render_pdf
    from casetracker.briefs.docx import render_docx

    return render_docx


def generate(db: Database, request: BriefRequest, target: Path) -> Path:
    """Compose, render and write the brief; a failure never leaves a partial file.

    Raises:
        FileWriteError: the file cannot be written; a previous file there is unchanged.
        ValidationError: an annex to embed cannot be placed in a PDF.
    """
    document = compose(db, request)
    if not embeds_annexes(request):
        render(document, request.format, target)
        return target
    stream = io.BytesIO()
    render(document, BriefFormat.PDF, stream)
    write_bytes(target, with_annex_files(db, request, stream.getvalue()))
    return target


def embeds_annexes(request: BriefRequest) -> bool:
    """Whether ``request`` puts the annexes' files after the escrito.

    Raises:
        ValidationError: asked for a document that cannot hold them.
    """
    if not request.embed_annexes:
        return False
    if request.kind is not BriefKind.ESCRITO or request.format is not BriefFormat.PDF:
        raise ValidationError("annexes", "only a PDF escrito can carry its annexes' files")
    if request.chosen_copy is not DocumentCopy.COURT:
        raise ValidationError(
            "annexes", "the annexes' files go only in the court copy; choose the court copy"
        )
    return True


def with_annex_files(db: Database, request: BriefRequest, escrito_pdf: bytes) -> bytes:
    """``escrito_pdf`` followed by the filing's attachments in annex order (1-A, 1-B …),
    when ``request`` asks for them; else ``escrito_pdf`` unchanged."""
    if not embeds_annexes(request) or request.filing_id is None:
        return escrito_pdf
    filing = get_filing(db, request.filing_id)
    ordered = sorted(filing.attachments, key=lambda a: annex_sort_key(a.annex_position, a.id))
    annexes = [
        AnnexFile(
            annex_code(filing.escrito_number, index), attachment.description or "Documento adjunto",
            attachment.filename, attachment.media_type, attachment_bytes(db, attachment.id),
        )
        for index, attachment in enumerate(ordered)
    ]  # fmt: skip
    refuse_unplaceable(annexes)
    return with_annexes(escrito_pdf, annexes) if annexes else escrito_pdf
