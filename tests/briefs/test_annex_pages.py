"""One PDF to file: the escrito, then each annex after its cover page."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from casetracker.briefs.annex_pages import AnnexFile, with_annexes
from casetracker.domain.errors import ValidationError


def _pdf(*pages: str) -> bytes:
    stream = io.BytesIO()
    canvas = Canvas(stream)
    for text in pages:
        canvas.drawString(72, 700, text)
        canvas.showPage()
    canvas.save()
    return stream.getvalue()


def _png() -> bytes:
    stream = io.BytesIO()
    Image.new("RGB", (300, 200), "navy").save(stream, "PNG")
    return stream.getvalue()


def test_each_annex_follows_the_escrito_after_its_cover() -> None:
    escrito = _pdf("Escrito pagina uno", "Escrito pagina dos")
    annexes = [
        AnnexFile("3-A", "Acta de asamblea", "acta.pdf", "application/pdf",
                  _pdf("Acta hoja uno", "Acta hoja dos")),
        AnnexFile("3-B", "Fotografía del bloqueo", "foto.png", "image/png", _png()),
    ]  # fmt: skip

    merged = PdfReader(io.BytesIO(with_annexes(escrito, annexes)))

    texts = [page.extract_text() for page in merged.pages]
    assert len(texts) == 2 + (1 + 2) + (1 + 1)
    assert "Escrito pagina dos" in texts[1]
    assert "ANEXO 3-A" in texts[2] and "Acta de asamblea" in texts[2]
    assert "Acta hoja uno" in texts[3] and "Acta hoja dos" in texts[4]
    assert "ANEXO 3-B" in texts[5] and "Fotografía del bloqueo" in texts[5]
    assert merged.pages[6].images, "the photograph is on its own page"


def test_a_file_that_cannot_go_in_a_pdf_is_refused_by_name() -> None:
    annexes = [
        AnnexFile("3-A", "Acta", "acta.pdf", "application/pdf", _pdf("Acta")),
        AnnexFile("3-B", "Cuadro", "cuadro.docx",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  b"PK\x03\x04"),
        AnnexFile("3-C", "Escaneo", "escaneo.pdf", "application/pdf", b"not a pdf at all"),
    ]  # fmt: skip

    with pytest.raises(ValidationError) as refused:
        with_annexes(_pdf("Escrito"), annexes)
    assert "3-B (cuadro.docx) is not a PDF or an image" in refused.value.message

    with pytest.raises(ValidationError) as damaged:
        with_annexes(_pdf("Escrito"), [annexes[0], annexes[2]])
    assert "3-C (escaneo.pdf) cannot be read as a PDF" in damaged.value.message
