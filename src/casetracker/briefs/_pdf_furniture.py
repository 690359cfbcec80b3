"""Page furniture for the PDF renderer: header line and "Página X de Y" footer.

The total page count is only known at the end, so the canvas keeps every finished
page aside and draws the furniture on all of them when the document is saved (one
layout pass instead of ReportLab's two-pass ``multiBuild``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from casetracker.briefs import _typography as ty
from casetracker.briefs._pdf_styles import color
from casetracker.briefs.document import Document

__all__ = ["Furniture", "OutlineEntry", "numbered_canvas_maker"]

_ELLIPSIS = "…"


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis so it fits in ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + _ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + _ELLIPSIS


@dataclass(frozen=True, slots=True)
class Furniture:
    """Draws the header and footer of one document on a finished page."""

    document: Document
    typo: ty.Typography
    font: str
    page_width: float
    page_height: float

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        """Draw header and footer of page ``page`` of ``pages``."""
        doc = self.document
        size = self.typo.furniture_size
        left = doc.margins.left * ty.CM
        right = self.page_width - doc.margins.right * ty.CM
        width = right - left
        canvas.saveState()
        canvas.setFont(self.font, size)
        canvas.setFillColor(color(ty.FURNITURE_COLOR))
        if doc.header:
            # Sits in the top margin, 0.8 cm above the text, over a hairline rule.
            y = self.page_height - doc.margins.top * ty.CM + 0.8 * ty.CM
            header = " ".join(doc.header.split())  # one line, whatever the text holds
            canvas.drawString(left, y, _fit(header, self.font, size, width))
            canvas.setStrokeColor(color(ty.RULE_COLOR))
            canvas.setLineWidth(0.4)
            canvas.line(left, y - 4, right, y - 4)
        label = doc.format_page_label(page, pages)
        y = doc.margins.bottom * ty.CM - 1.0 * ty.CM
        if doc.footer:
            label_width = stringWidth(label, self.font, size)
            footer = _fit(" ".join(doc.footer.split()), self.font, size, width - label_width - 12)
            canvas.drawString(left, y, footer)
            canvas.drawRightString(right, y, label)
        else:
            canvas.drawCentredString((left + right) / 2, y, label)
        canvas.restoreState()


class OutlineEntry(Protocol):
    """A heading to bookmark: its key, title, outline level (0 = top) and page."""

    key: str
    title: str
    level: int
    page: int


def numbered_canvas_maker(
    furniture: Furniture, outline: Sequence[OutlineEntry] = ()
) -> Callable[..., Canvas]:
    """Return a canvas factory for ``BaseDocTemplate.build(canvasmaker=...)``.

    ``outline`` may still be filling up while the document is laid out; it is read
    when the pages are emitted.
    """

    class _NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            # Keep the page's content and state; it is emitted in save().
            self._finished_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._finished_pages)
            entries = sorted(outline, key=lambda entry: entry.page)
            for number, state in enumerate(self._finished_pages, start=1):
                self.__dict__.update(state)
                furniture.draw(self, number, pages)
                # Bookmarks must be made now: only now is this page's number known.
                while entries and entries[0].page == number:
                    entry = entries.pop(0)
                    self.bookmarkPage(entry.key)
                    self.addOutlineEntry(entry.title, entry.key, entry.level)
                super().showPage()
            super().save()

    return _NumberedCanvas
