"""Court papers made by the tests: typed resolutions, 300 dpi scans of them, DOCX, broken PDFs.

The layouts follow what Peruvian courts send: the court's heading, the expediente and
especialista block, the resolution's number in words, the date in words, and the body.
Scans are made the way a scanner makes them: the typed page rasterised by poppler's
pdftoppm at 300 dpi, turned a little, speckled, and wrapped in a PDF with no text layer.
"""

from __future__ import annotations

import io
import random
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from casetracker.resources import resource_path

RESOLUTION = (
    "CORTE SUPERIOR DE JUSTICIA DE APURÍMAC",
    "JUZGADO CIVIL MIXTO DE TAMBOBAMBA",
    "",
    "EXPEDIENTE : 00123-2019-0-0302-JM-CI-01",
    "MATERIA : PROCESO DE AMPARO",
    "ESPECIALISTA : QUISPE HUAMÁN, ROSA",
    "DEMANDADO : POLICÍA NACIONAL DEL PERÚ Y OTRO",
    "",
    "RESOLUCIÓN NÚMERO DOCE",
    "Tambobamba, diecisiete de noviembre del dos mil veintiséis.",
    "",
    "AUTOS Y VISTOS: el escrito presentado por el Frente de Defensa de los Intereses",
    "de la Provincia de Cotabambas; y CONSIDERANDO: que la parte demandada no ha",
    "absuelto el traslado dentro del plazo de ley; SE RESUELVE: TENER POR NO",
    "ABSUELTO el traslado y señalar fecha para la vista de la causa. Notifíquese.",
)

CEDULA = (
    "PODER JUDICIAL DEL PERÚ",
    "CÉDULA DE NOTIFICACIÓN ELECTRÓNICA",
    "",
    "EXPEDIENTE : 00123-2019-0-0302-JM-CI-01",
    "DESTINATARIO : INSTITUTO DE DEFENSA LEGAL",
    "CASILLA ELECTRÓNICA : 12345",
    "SE ADJUNTA RESOLUCIÓN NÚMERO DOCE DE FECHA 17/11/2026",
)


def _font() -> str:
    name = "LiberationSerif"
    if name not in pdfmetrics.getRegisteredFontNames():
        path = resource_path("fonts", "LiberationSerif-Regular.ttf")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return name


def typed_pdf(*pages: tuple[str, ...], size: int = 12) -> bytes:
    """A PDF with a text layer, one page per tuple of lines."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    font = _font()
    for lines in pages:
        pdf.setFont(font, size)
        y = A4[1] - 3 * cm
        for line in lines:
            pdf.drawString(3 * cm, y, line)
            y -= size * 1.6
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def scanned_pdf(typed: bytes, angle: float = 0.8, seed: int = 7) -> bytes:
    """``typed`` as a scanner returns it: 300 dpi images, slightly turned, with specks."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "typed.pdf"
        source.write_bytes(typed)
        subprocess.run(
            ["pdftoppm", "-r", "300", "-gray", "-png", str(source), str(Path(folder) / "page")],
            check=True,
            capture_output=True,
        )
        pages = [Image.open(path).convert("L") for path in sorted(Path(folder).glob("page*.png"))]
    scans = []
    for page in pages:
        turned = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255, expand=False)
        pixels = turned.load()
        width, height = turned.size
        for _ in range(width * height // 400):
            pixels[rng.randrange(width), rng.randrange(height)] = rng.choice((0, 90, 160))
        scans.append(turned.filter(ImageFilter.GaussianBlur(0.4)).convert("RGB"))
    buffer = io.BytesIO()
    scans[0].save(buffer, format="PDF", resolution=300.0, save_all=True, append_images=scans[1:])
    return buffer.getvalue()


def docx_bytes(*paragraphs: str) -> bytes:
    document = Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def encrypted_pdf(typed: bytes, password: str = "secreto") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(typed)).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password + "-owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def truncated_pdf(typed: bytes) -> bytes:
    """The first third of a PDF, as an interrupted download leaves it."""
    return typed[: len(typed) // 3]
