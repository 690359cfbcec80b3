"""ReportLab paragraph styles and run markup for the PDF renderer."""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from casetracker.briefs import _typography as ty
from casetracker.briefs.document import Alignment, Run, TextStyle
from casetracker.briefs.fonts import FontSet
from casetracker.briefs.placeholders import split_placeholders

GAP_COLOR = "#FFF176"  # "[COMPLETAR: …]" gaps, as Word's yellow highlight

__all__ = ["PdfStyles", "color", "markup", "plain_markup"]

_ALIGN = {
    Alignment.LEFT: TA_LEFT,
    Alignment.CENTER: TA_CENTER,
    Alignment.RIGHT: TA_RIGHT,
    Alignment.JUSTIFY: TA_JUSTIFY,
}


def color(hex_rgb: str) -> Color:
    """Return a ReportLab colour from an RRGGBB string."""
    return HexColor(f"#{hex_rgb}")


def plain_markup(text: str) -> str:
    """Escape text for Paragraph markup, keeping line breaks; placeholders highlighted."""
    if "[COMPLETAR:" not in text:  # the common case, fast: long tables call this per cell
        return escape(text).replace("\t", " ").replace("\n", "<br/>")
    parts = []
    for piece, is_gap in split_placeholders(text):
        escaped = escape(piece).replace("\t", " ").replace("\n", "<br/>")
        parts.append(f'<span backColor="{GAP_COLOR}">{escaped}</span>' if is_gap else escaped)
    return "".join(parts)


def markup(runs: tuple[Run, ...]) -> str:
    """Return Paragraph markup for runs; all user text is XML-escaped."""
    parts = []
    for run in runs:
        text = plain_markup(run.text)
        if run.underline:
            text = f"<u>{text}</u>"
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold:
            text = f"<b>{text}</b>"
        parts.append(text)
    return "".join(parts)


@dataclass
class PdfStyles:
    """Paragraph styles of one document, built from its typography."""

    typo: ty.Typography
    fonts: FontSet
    _variants: dict[tuple[str, Alignment], ParagraphStyle] = field(default_factory=dict)

    def __post_init__(self) -> None:
        t, serif, sans = self.typo, self.fonts.serif, self.fonts.sans
        heading_family = sans if t.headings_sans else serif
        base = ParagraphStyle(
            "base",
            fontName=serif.regular,
            fontSize=t.body_size,
            leading=t.body_leading,
            textColor=color(ty.TEXT_COLOR),
            bulletFontName=serif.regular,
        )
        self.body = ParagraphStyle(
            "body", base, alignment=TA_JUSTIFY, spaceAfter=t.body_space_after
        )
        self.small = ParagraphStyle(
            "small", base, fontSize=t.small_size, leading=t.small_leading, spaceAfter=4
        )
        self.quote = ParagraphStyle(
            "quote",
            base,
            fontSize=t.quote_size,
            leading=t.quote_leading,
            leftIndent=t.quote_indent_left,
            rightIndent=t.quote_indent_right,
            spaceBefore=4,
            spaceAfter=t.body_space_after + 4,
        )
        self.headings = tuple(
            ParagraphStyle(
                f"h{level}",
                base,
                fontName=heading_family.face(bold=True, italic=level == 3 and not t.headings_sans),
                fontSize=size,
                leading=round(size * 1.3, 2),
                textColor=color(ty.HEADING_COLOR),
                spaceBefore=t.heading_space_before[level - 1],
                spaceAfter=t.heading_space_after,
                keepWithNext=1,
            )
            for level, size in enumerate(t.heading_sizes, start=1)
        )
        self.block = ParagraphStyle("block", base, fontSize=t.block_size, leading=t.block_leading)
        self.block_label = ParagraphStyle("block_label", self.block, fontName=serif.bold)
        self.signature = ParagraphStyle("signature", self.block, alignment=TA_CENTER)
        self.cell = ParagraphStyle(
            "cell", base, fontName=sans.regular, fontSize=t.table_size, leading=t.table_leading
        )
        self.header_cell = ParagraphStyle("header_cell", self.cell, fontName=sans.bold)
        self.furniture_font = sans.regular

    def paragraph(self, style: TextStyle, alignment: Alignment) -> ParagraphStyle:
        """Return the style of a paragraph with the given hint and alignment."""
        key = (str(style), alignment)
        found = self._variants.get(key)
        if found is None:
            parent = {TextStyle.BODY: self.body, TextStyle.SMALL: self.small}.get(style, self.quote)
            found = ParagraphStyle(f"{style}-{alignment}", parent, alignment=_ALIGN[alignment])
            self._variants[key] = found
        return found

    def list_item(self) -> ParagraphStyle:
        """Return the style of list item text (body text, left aligned)."""
        return self.paragraph(TextStyle.BODY, Alignment.LEFT)
