"""The escrito and its annexes in one PDF, as a lawyer uploads it to the court's desk.

After the escrito's pages each annex gets a cover page with its code and title
("ANEXO 3-A · Acta de asamblea"), then its own pages: a PDF's pages as they are, a
photograph or scan (JPEG, PNG, TIFF) on a page of its size. Any other file (a Word
document, a spreadsheet) cannot be placed without converting it, so it is refused by
name rather than left out: a filing missing an annex is worse than no file.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from casetracker.domain.errors import ValidationError

_IMAGE_TYPES = ("image/jpeg", "image/png", "image/tiff")


@dataclass(frozen=True)
class AnnexFile:
    """One attachment to embed: its annex code and title, and its bytes."""

    code: str
    title: str
    filename: str
    media_type: str
    data: bytes


def refuse_unplaceable(annexes: Sequence[AnnexFile]) -> None:
    """Raise before anything is drawn when an annex is neither a PDF nor an image.

    Raises:
        ValidationError: naming every such annex.
    """
    odd = [a for a in annexes if a.media_type != "application/pdf" and a.media_type
           not in _IMAGE_TYPES]  # fmt: skip
    if odd:
        names = ", ".join(f"{a.code} ({a.filename})" for a in odd)
        raise ValidationError(
            "annexes",
            f"annex {names} is not a PDF or an image and cannot be put in the PDF; "
            "attach it as PDF, or generate the escrito without its annexes",
        )


def with_annexes(escrito_pdf: bytes, annexes: Sequence[AnnexFile]) -> bytes:
    """``escrito_pdf`` followed, for each annex, by its cover page and its pages.

    Raises:
        ValidationError: an annex cannot be placed (see :func:`refuse_unplaceable`) or
            its file is damaged.
    """
    import pypdfium2 as pdfium  # a few MB of native library: loaded when first needed

    from casetracker.documents.reading import PDFIUM_LOCK

    refuse_unplaceable(annexes)
    parts = [(annex, part) for annex in annexes for part in (_cover(annex), _as_pdf(annex))]
    # PDFium is not thread-safe: documents are read in the background meanwhile. Every
    # document is closed inside the lock, never left to a finaliser on another thread.
    with PDFIUM_LOCK:
        merged = pdfium.PdfDocument(escrito_pdf)
        try:
            for annex, part in parts:
                try:
                    source = pdfium.PdfDocument(part)
                except pdfium.PdfiumError as error:
                    raise ValidationError(
                        "annexes",
                        f"annex {annex.code} ({annex.filename}) cannot be read as a PDF "
                        f"({error}); open it and save it again as PDF",
                    ) from error
                try:
                    merged.import_pages(source)
                finally:
                    source.close()
            stream = io.BytesIO()
            merged.save(stream)
        finally:
            merged.close()
    return stream.getvalue()


def _cover(annex: AnnexFile) -> bytes:
    """A page that says which annex follows, as the court's staff look for it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    stream = io.BytesIO()
    canvas = Canvas(stream, pagesize=A4)
    width, height = A4
    canvas.setFont("Helvetica-Bold", 28)
    canvas.drawCentredString(width / 2, height * 0.55, f"ANEXO {annex.code}")
    canvas.setFont("Helvetica", 14)
    canvas.drawCentredString(width / 2, height * 0.55 - 32, annex.title[:90])
    canvas.showPage()
    canvas.save()
    return stream.getvalue()


def _as_pdf(annex: AnnexFile) -> bytes:
    if annex.media_type == "application/pdf":
        return annex.data
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(annex.data)) as image:
            stream = io.BytesIO()
            image.convert("RGB").save(stream, "PDF", resolution=150.0)
    except (UnidentifiedImageError, OSError) as error:
        raise ValidationError(
            "annexes",
            f"annex {annex.code} ({annex.filename}) is not a readable image; "
            "attach it again as PDF or JPEG",
        ) from error
    return stream.getvalue()
