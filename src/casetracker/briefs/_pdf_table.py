"""Tables for the PDF renderer that stay fast when they run to thousands of rows.

ReportLab splits a long ``Table`` page by page, and every split copies and re-measures
all the remaining rows: quadratic time. ``PagedTable`` measures each row once, then
cuts exactly one page worth of rows per split and hands ReportLab a small ``Table``
for that page, with the header row on top. Unlike a series of fixed-size chunk tables,
this never prints a stray header row in the middle of a page.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, FrameBreak, KeepTogether, TableStyle
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from casetracker.briefs import _typography as ty
from casetracker.briefs._pdf_styles import PdfStyles, color, plain_markup
from casetracker.briefs.document import Table

__all__ = ["KeepWithTable", "PagedTable", "build_table"]

Cell = str | RLParagraph
_FUZZ = 0.01  # points; absorbs float noise when comparing heights
_SPACE_AFTER = 6.0  # points below the table's last row


@dataclass(frozen=True, slots=True)
class _TableSpec:
    """Everything measured once for a whole table."""

    header: list[Cell] | None
    header_height: float
    rows: list[list[Cell]]
    heights: list[float]
    offsets: list[float]  # offsets[i] = height of rows[:i]
    col_widths: list[float]
    commands: list[tuple]
    header_commands: list[tuple]
    first_row_is_header: bool  # header printed once, as the first row
    frame_height: float


class PagedTable(Flowable):
    """A long table that splits itself one page at a time in linear total time."""

    def __init__(self, spec: _TableSpec, start: int = 0) -> None:
        super().__init__()
        self._spec = spec
        self._start = start
        self.hAlign = "LEFT"
        self.spaceAfter = _SPACE_AFTER

    def _height_of(self, start: int, stop: int) -> float:
        spec = self._spec
        header = spec.header_height if spec.header is not None else 0.0
        return header + spec.offsets[stop] - spec.offsets[start]

    def _make_table(self, stop: int, *, measured: bool = True) -> RLTable:
        spec = self._spec
        rows = spec.rows[self._start : stop]
        heights = spec.heights[self._start : stop]
        if spec.header is not None:
            rows = [spec.header, *rows]
            heights = [spec.header_height, *heights]
        styled_header = spec.header is not None or (spec.first_row_is_header and self._start == 0)
        commands = spec.commands + spec.header_commands if styled_header else spec.commands
        table = RLTable(
            rows,
            colWidths=spec.col_widths,
            # Known heights spare ReportLab a second measuring pass.
            rowHeights=heights if measured else None,
            style=TableStyle(commands),
            repeatRows=1 if spec.header is not None else 0,
            splitInRow=0 if measured else 1,
            hAlign="LEFT",
        )
        if stop == len(spec.rows):
            table.spaceAfter = _SPACE_AFTER
        return table

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Report the size of all remaining rows."""
        self.width = sum(self._spec.col_widths)
        self.height = self._height_of(self._start, len(self._spec.rows))
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Cut as many rows as fit in ``avail_height``; the rest stays a PagedTable."""
        spec = self._spec
        if self._start >= len(spec.rows):
            return []  # a header without rows: keep it for the next page
        header = spec.header_height if spec.header is not None else 0.0
        budget = spec.offsets[self._start] + avail_height - header + _FUZZ
        stop = bisect_right(spec.offsets, budget) - 1
        stop = min(stop, len(spec.rows))
        at_top = avail_height >= spec.frame_height - 1
        if stop == self._start + 1 and stop < len(spec.rows) and not at_top:
            stop = self._start  # no header with a lone row at the foot of a page
        if stop > self._start:
            rest = [PagedTable(spec, stop)] if stop < len(spec.rows) else []
            return [self._make_table(stop), *rest]
        if self._height_of(self._start, self._start + 1) <= spec.frame_height:
            return []  # the next row fits on a fresh page
        # One row taller than a page: let ReportLab split inside it.
        oversized = self._make_table(self._start + 1, measured=False)
        rest = [PagedTable(spec, self._start + 1)] if self._start + 1 < len(spec.rows) else []
        # If ReportLab cannot split it either, hand it over whole: it then reports a
        # layout error instead of the row silently going missing.
        return [*(oversized.split(avail_width, avail_height) or [oversized]), *rest]

    def start_height(self, rows: int = 3) -> float:
        """Height of the header and the first ``rows`` rows, for keep-with-next."""
        stop = min(self._start + rows, len(self._spec.rows))
        return self._height_of(self._start, stop)

    def draw(self) -> None:
        """Draw all remaining rows (the table fitted without splitting)."""
        table = self._make_table(len(self._spec.rows))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


def _cut_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Cut a word wider than the column (a URL, a hash) into pieces that fit."""
    pieces, current = [], ""
    for char in word:
        if current and stringWidth(current + char, font, size) > width:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current]


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Break plain text into lines that fit ``width``, keeping explicit line breaks."""
    space = stringWidth(" ", font, size)
    lines: list[str] = []
    for raw in text.split("\n"):
        current, used = "", 0.0
        for word in raw.split():
            word_width = stringWidth(word, font, size)
            if word_width > width:
                if current:
                    lines.append(current)
                *full, current = _cut_word(word, font, size, width)
                lines += full
                used = stringWidth(current, font, size)
            elif current and used + space + word_width <= width:
                current, used = f"{current} {word}", used + space + word_width
            else:
                if current:
                    lines.append(current)
                current, used = word, word_width
        lines.append(current)
    return lines


def _cell(
    text: str, style: ParagraphStyle, inner_width: float, max_height: float
) -> tuple[Cell, float]:
    """Return a cell and its content height.

    Cells are plain text, so they are broken into lines here and drawn as strings:
    a ReportLab Paragraph per cell costs several times more, which shows in a table
    of 10,000 cells. Only a cell too tall for a page becomes a Paragraph, which
    ReportLab can split across pages.
    """
    font, size = style.fontName, style.fontSize
    if "\n" not in text and stringWidth(text, font, size) <= inner_width:
        return text, style.leading
    lines = wrap_lines(text, font, size, inner_width)
    height = style.leading * len(lines)
    if height <= max_height:
        return "\n".join(lines), height
    paragraph = RLParagraph(plain_markup(text), style)
    return paragraph, paragraph.wrap(inner_width, 1e9)[1]


def build_table(
    table: Table, styles: PdfStyles, frame_width: float, frame_height: float
) -> PagedTable:
    """Build the flowable of a document table, measuring every row once."""
    typo = styles.typo
    pad = typo.table_padding
    col_widths = [frame_width * fraction for fraction in table.fractions]
    inner = [max(width - 2 * pad, 1.0) for width in col_widths]

    rows: list[list[Cell]] = []
    heights: list[float] = []
    for values in table.rows:
        cells, content = zip(
            *(
                _cell(value, styles.cell, width, frame_height / 2)
                for value, width in zip(values, inner, strict=True)
            ),
            strict=True,
        )
        rows.append(list(cells))
        heights.append(max(content) + 2 * pad)

    header_cells = [RLParagraph(plain_markup(v), styles.header_cell) for v in table.header]
    header_height = (
        max(p.wrap(w, 1e9)[1] for p, w in zip(header_cells, inner, strict=True)) + 2 * pad
    )
    commands = [
        ("FONT", (0, 0), (-1, -1), styles.cell.fontName, typo.table_size, typo.table_leading),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("GRID", (0, 0), (-1, -1), 0.4, color(ty.TABLE_GRID_COLOR)),
    ]
    header_commands = [
        ("BACKGROUND", (0, 0), (-1, 0), color(ty.TABLE_HEADER_FILL)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, color(ty.TABLE_GRID_COLOR)),
    ]
    if not table.repeat_header:
        # The header is then just the first row, printed once.
        rows.insert(0, header_cells)
        heights.insert(0, header_height)
    spec = _TableSpec(
        header=header_cells if table.repeat_header else None,
        header_height=header_height,
        rows=rows,
        heights=heights,
        offsets=[0.0, *accumulate(heights)],
        col_widths=col_widths,
        commands=commands,
        header_commands=header_commands,
        first_row_is_header=not table.repeat_header,
        frame_height=frame_height,
    )
    return PagedTable(spec)


class KeepWithTable(KeepTogether):
    """Keeps headings (keep-with-next flowables) with the start of a long table.

    ReportLab's own keep-with-next would try to keep them with the *whole* table,
    which never fits, and so would leave the rest of the page empty.
    """

    def __init__(self, leaders: list[Flowable], table: PagedTable) -> None:
        super().__init__([*leaders, table])
        self._leaders = leaders
        self._table = table

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Measure the leaders and the table's first rows (the height to keep together)."""
        size = super().wrap(avail_width, avail_height)
        needed = self._table.start_height()
        for flowable in self._leaders:
            needed += flowable.wrapOn(self.canv, avail_width, avail_height)[1]
            needed += flowable.getSpaceBefore() + flowable.getSpaceAfter()
        self._needed = needed
        return size

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Start a new page only if the leaders and the first rows do not fit here."""
        if getattr(self, "_wrapInfo", None) != (avail_width, avail_height):
            self.wrap(avail_width, avail_height)
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        if self._needed > avail_height and not at_top:
            return [FrameBreak(), *self._content]
        return list(self._content)
