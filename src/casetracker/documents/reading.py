"""The text of an attached file, page by page: PDF text layers, scans through OCR, DOCX, text.

Reading never changes the file: it works on the bytes handed in and returns plain
values; storing the text is the services' job.
"""

from __future__ import annotations

import io
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Pillow is loaded when an image is read: the app starts without it
    from PIL import Image

from casetracker.documents import ocr
from casetracker.documents.ocr_jobs import PageJobs
from casetracker.domain.attachments import extension_of
from casetracker.domain.errors import CasetrackerError

# Pages with fewer letters and digits than this are scans (or a scan with a stamp or
# a page number typed over it): they are read by OCR.
MIN_TEXT_CHARACTERS = 25
# 300 dpi is what Tesseract is trained for; less loses accents, more only costs time.
OCR_DPI = 300
_PDF_POINTS_PER_INCH = 72
_TEXT_EXTENSIONS = frozenset({"txt", "text", "csv", "md"})
_IMAGE_SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
# PDFium keeps global state and is not safe to call from two threads at once.
PDFIUM_LOCK = threading.Lock()


class Source(StrEnum):
    """Where a page's text came from."""

    TEXT = "text"
    OCR = "ocr"


class DocumentUnreadable(CasetrackerError):
    """The file is damaged, encrypted or not what its name says; the message says which."""


class ReadingCancelled(CasetrackerError):
    """The user stopped the reading; nothing is kept."""


@dataclass(frozen=True, slots=True)
class Page:
    number: int
    text: str
    source: Source
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class DocumentText:
    """The readable pages; ``waiting_for_ocr`` lists scanned pages OCR could not read yet."""

    pages: tuple[Page, ...]
    page_count: int
    waiting_for_ocr: tuple[int, ...] = ()
    ocr_problem: str | None = None
    sources: frozenset[Source] = field(default_factory=frozenset)

    @property
    def text_source(self) -> str:
        """``text``, ``ocr`` or ``mixed``; ``""`` when nothing was read."""
        if len(self.sources) > 1:
            return "mixed"
        return next(iter(self.sources)).value if self.sources else ""


Cancelled = Callable[[], bool]


def _never() -> bool:
    return False


def document_kind(filename: str, data: bytes) -> str | None:
    """``pdf``, ``docx``, ``image`` or ``text`` from the content (and the name for text
    and DOCX); None for files that hold no readable text."""
    head = data[:1024]
    extension = extension_of(filename)
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04") and extension == "docx":
        return "docx"
    if head.startswith(_IMAGE_SIGNATURES):
        return "image"
    if extension in _TEXT_EXTENSIONS:
        return "text"
    return None


def read_document(filename: str, data: bytes, cancelled: Cancelled = _never) -> DocumentText:
    """Every page's text; scanned pages are OCR'd when Tesseract is available.

    Raises:
        DocumentUnreadable: the file is damaged, encrypted or not a document.
        ReadingCancelled: ``cancelled()`` turned true between two pages.
    """
    kind = document_kind(filename, data)
    if kind == "pdf":
        return _pdf(filename, data, cancelled)
    if kind == "docx":
        return _docx(filename, data)
    if kind == "image":
        return _image(filename, data, cancelled)
    if kind == "text":
        return _collect([Page(1, _decoded(data), Source.TEXT)], 1, [], None)
    raise DocumentUnreadable(
        f"{filename}: holds no text this app can read (PDF, DOCX, scans and text files are read)"
    )


def _collect(
    pages: list[Page], count: int, waiting: list[int], problem: str | None
) -> DocumentText:
    sources = frozenset(page.source for page in pages if page.text.strip())
    return DocumentText(tuple(pages), count, tuple(waiting), problem, sources)


def _decoded(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Windows Notepad in Peru saves Latin-1/cp1252 unless told otherwise.
        return data.decode("cp1252", errors="replace")


def _scanned(text: str) -> bool:
    return sum(character.isalnum() for character in text) < MIN_TEXT_CHARACTERS


def _pdf(filename: str, data: bytes, cancelled: Cancelled) -> DocumentText:
    import pypdfium2 as pdfium  # loaded on first use: the GUI starts without PDFium's cost

    pages: dict[int, Page] = {}
    waiting: list[int] = []
    problem: str | None = None
    # Pages are rendered one at a time, under the lock (PDFium is not thread-safe), and
    # their OCR runs side by side (casetracker.documents.ocr_jobs).
    with (
        PDFIUM_LOCK,
        PageJobs[Page](cancelled, lambda: ReadingCancelled("reading was cancelled")) as jobs,
    ):
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise DocumentUnreadable(_pdf_refusal(filename, str(exc))) from exc
        try:
            count = len(document)
            for index in range(count):
                if cancelled():
                    raise ReadingCancelled("reading was cancelled")
                page = document[index]
                text = page.get_textpage().get_text_range().replace("\r\n", "\n")
                if not _scanned(text):
                    pages[index + 1] = Page(index + 1, text, Source.TEXT)
                    continue
                problem = problem or ocr.ocr_problem()
                if problem is None:
                    bitmap = page.render(scale=OCR_DPI / _PDF_POINTS_PER_INCH, grayscale=True)
                    # A copy: the bitmap's memory is PDFium's, freed with the bitmap.
                    image = bitmap.to_pil().copy()
                    jobs.submit(index + 1, _ocr_page, filename, index + 1, image)
                    continue
                waiting.append(index + 1)
                if text.strip():
                    pages[index + 1] = Page(index + 1, text, Source.TEXT)
            pages |= jobs.results()
        finally:
            document.close()
    return _collect([pages[number] for number in sorted(pages)], count, waiting, problem)


def _pdf_refusal(filename: str, reason: str) -> str:
    if "password" in reason.lower():
        return (
            f"{filename}: the PDF is protected by a password; open it, save a copy "
            "without the password and attach that"
        )
    return f"{filename}: is not a readable PDF (damaged or incomplete); download it again"


def _ocr_page(filename: str, number: int, image: Image.Image) -> Page:
    try:
        found = ocr.read_image(image)
    except ocr.OcrFailed as exc:
        raise DocumentUnreadable(f"{filename}, page {number}: {exc}") from exc
    return Page(number, found.text, Source.OCR, found.confidence)


def _image(filename: str, data: bytes, cancelled: Cancelled) -> DocumentText:
    from PIL import Image

    try:
        image = Image.open(io.BytesIO(data))
        frames = getattr(image, "n_frames", 1)
    except OSError as exc:  # Pillow's UnidentifiedImageError is one
        raise DocumentUnreadable(f"{filename}: is not a readable image; scan it again") from exc
    problem = ocr.ocr_problem()
    if problem is not None:
        return _collect([], frames, list(range(1, frames + 1)), problem)
    pages = []
    for index in range(frames):
        if cancelled():
            raise ReadingCancelled("reading was cancelled")
        try:
            image.seek(index)
            frame = image.convert("L")
        except OSError as exc:
            raise DocumentUnreadable(
                f"{filename}: page {index + 1} of the image is damaged"
            ) from exc
        pages.append(_ocr_page(filename, index + 1, frame))
    return _collect(pages, frames, [], None)


def _docx(filename: str, data: bytes) -> DocumentText:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise DocumentUnreadable(
            f"{filename}: is not a readable DOCX file (damaged, or another format renamed)"
        ) from exc
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    # A DOCX has no fixed pages: its text is page 1.
    return _collect([Page(1, "\n".join(lines), Source.TEXT)], 1, [], None)
