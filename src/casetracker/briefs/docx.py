"""Render a :class:`~casetracker.briefs.document.Document` to DOCX with python-docx.

The file uses real Word styles (Normal, Body Text, Heading 1–3, Quote, List Bullet,
List Number, Table Grid) so a lawyer can keep editing it; an A4 section with the
document's margins; a header line and a footer with live PAGE / NUMPAGES fields;
table header rows marked to repeat on every page; the document language (es-PE)
on the default run properties and the Normal style, and in the core properties.
Font choice (Times New Roman / Arial, not Liberation) is explained in ``_docx_styles``.
"""

from __future__ import annotations

import math
from copy import deepcopy
from dataclasses import dataclass

import docx as python_docx
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Pt, Twips
from docx.styles.style import ParagraphStyle
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run as DocxRun

from casetracker.briefs import _docx_xml as xml
from casetracker.briefs import _geometry as geometry
from casetracker.briefs import _typography as ty
from casetracker.briefs._docx_styles import DocxStyles, build_styles, prepare_package
from casetracker.briefs._output import Target, open_target
from casetracker.briefs.document import (
    Alignment,
    Block,
    BulletList,
    Document,
    Heading,
    NumberedList,
    PageBreak,
    Paragraph,
    Run,
    SignatureBlock,
    Spacer,
    Table,
    TextStyle,
    TopRightBlock,
)
from casetracker.briefs.placeholders import split_placeholders

__all__ = ["render_docx"]

_ALIGN = {
    Alignment.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    Alignment.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    Alignment.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
    Alignment.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
}
_TABLE_ALIGN = {
    Alignment.LEFT: WD_TABLE_ALIGNMENT.LEFT,
    Alignment.CENTER: WD_TABLE_ALIGNMENT.CENTER,
    Alignment.RIGHT: WD_TABLE_ALIGNMENT.RIGHT,
    Alignment.JUSTIFY: WD_TABLE_ALIGNMENT.CENTER,
}
_TABLE_BLOCKS = (Table, TopRightBlock, SignatureBlock)
_A4_TWIPS = (11906, 16838)


def _twips(points: float) -> Twips:
    return Twips(round(points * 20))


def _cm_twips_at_least(cm: float) -> Twips:
    # Round up: a margin the court rules require must not shrink by a twip.
    return Twips(math.ceil(round(cm * 1440 / 2.54, 6)))


def render_docx(document: Document, target: Target) -> None:
    """Write ``document`` as a DOCX file to a path (atomically) or a binary stream."""
    docx = python_docx.Document()
    text_width = _setup_section(docx, document)
    text_twips = round(text_width * 20)
    prepare_package(docx, document)
    styles = build_styles(docx, document, text_twips)
    _setup_furniture(docx, document, styles, text_twips)
    _BodyWriter(docx, document, styles, text_width).write(document.blocks)
    with open_target(target) as stream:
        docx.save(stream)


def _setup_section(docx: DocxDocument, document: Document) -> float:
    """Make the single section A4 with the document's margins; return the text width."""
    section = docx.sections[0]
    section.page_width, section.page_height = (Twips(v) for v in _A4_TWIPS)
    margins = document.margins
    section.top_margin = _cm_twips_at_least(margins.top)
    section.right_margin = _cm_twips_at_least(margins.right)
    section.bottom_margin = _cm_twips_at_least(margins.bottom)
    section.left_margin = _cm_twips_at_least(margins.left)
    # Same places as the PDF's header and footer lines.
    section.header_distance = _twips(max(0.6, margins.top - 1.1) * ty.CM)
    section.footer_distance = _twips(max(0.6, margins.bottom - 1.3) * ty.CM)
    return geometry.text_width(document)


def _setup_furniture(
    docx: DocxDocument, document: Document, styles: DocxStyles, text_twips: int
) -> None:
    section = docx.sections[0]
    if document.header:
        header = section.header
        header.is_linked_to_previous = False
        paragraph = header.paragraphs[0]
        paragraph.style = styles.header
        paragraph.add_run(_one_line(document.header))
        xml.set_bottom_border(paragraph, ty.RULE_COLOR)
    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.style = styles.footer
    if document.footer:
        paragraph.add_run(_one_line(document.footer))
        stops = paragraph.paragraph_format.tab_stops
        # Only the right stop: a long footer text must not jump to the centre stop.
        stops.add_tab_stop(Twips(text_twips // 2), WD_TAB_ALIGNMENT.CLEAR)
        paragraph.add_run("\t")
    else:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    xml.add_page_label(paragraph, document.page_label)


@dataclass
class _BodyWriter:
    """Appends the document's blocks to the DOCX body."""

    docx: DocxDocument
    document: Document
    styles: DocxStyles
    text_width: float  # points
    _break_pending: bool = False

    def write(self, blocks: tuple[Block, ...]) -> None:
        previous: Block | None = None
        for block in blocks:
            if isinstance(block, _TABLE_BLOCKS) and (
                self._break_pending or isinstance(previous, _TABLE_BLOCKS)
            ):
                # Word merges adjacent tables into one, and a page break must sit on a
                # paragraph: a small paragraph in between does both jobs.
                self._spacer(4)
            self._block(block)
            previous = block
        if isinstance(previous, _TABLE_BLOCKS) or self._break_pending:
            self._spacer(1)  # Word wants a paragraph after the last table anyway

    def _paragraph(self, text: str | None = None, *, style: ParagraphStyle) -> DocxParagraph:
        """Add a body paragraph; it starts a new page if a page break is pending."""
        paragraph = self.docx.add_paragraph(text, style=style)
        if self._break_pending:
            # "Page break before" rather than a paragraph holding a break: such a
            # paragraph could itself spill onto an otherwise empty page.
            paragraph.paragraph_format.page_break_before = True
            self._break_pending = False
        return paragraph

    def _block(self, block: Block) -> None:
        match block:
            case Heading(level=level, text=text):
                self._paragraph(_plain(text), style=self.styles.headings[level - 1])
            case Paragraph():
                style = {TextStyle.BODY: self.styles.body, TextStyle.SMALL: self.styles.small}
                paragraph = self._runs(block.runs, style.get(block.style, self.styles.quote))
                paragraph.alignment = _ALIGN[block.alignment]
                if block.keep_with_next:
                    paragraph.paragraph_format.keep_with_next = True
            case Table():
                self._table(block)
            case BulletList(items=items):
                for item in items:
                    self._runs(item, self.styles.list_bullet)
            case NumberedList(items=items, start=start):
                self._numbered(items, start)
            case TopRightBlock():
                self._top_right(block)
            case SignatureBlock():
                self._signatures(block)
            case Spacer(height=height, keep_with_next=keep):
                self._spacer(height, keep_with_next=keep)
            case PageBreak():
                if self._break_pending:
                    self._spacer(1)  # two breaks in a row: an empty page in between
                self._break_pending = True

    def _runs(
        self, runs: tuple[Run, ...], style: ParagraphStyle, target: DocxParagraph | None = None
    ) -> DocxParagraph:
        paragraph = target if target is not None else self._paragraph(style=style)
        for run in runs:
            for docx_run in _add_text(paragraph, run.text):
                # Only "on" is written: "off" would override a bold or italic style.
                if run.bold:
                    docx_run.bold = True
                if run.italic:
                    docx_run.italic = True
                if run.underline:
                    docx_run.underline = True
        return paragraph

    def _spacer(self, height: float, *, keep_with_next: bool = False) -> None:
        paragraph = self._paragraph(style=self.styles.table_text)
        fmt = paragraph.paragraph_format
        if keep_with_next:
            fmt.keep_with_next = True
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing = Pt(max(height, 0.5))  # exact height

    def _numbered(self, items: tuple[tuple[Run, ...], ...], start: int) -> None:
        style_num = self.styles.list_number.element.pPr.numPr.numId.val
        num_id = xml.restart_numbering(self.docx.part.numbering_part, style_num, start)
        for item in items:
            paragraph = self._runs(item, self.styles.list_number)
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = num_id

    def _new_table(self, widths: list[float], style: object | None = None) -> DocxTable:
        table = self.docx.add_table(rows=1, cols=len(widths))
        if style is not None:
            table.style = style
        table.autofit = False  # fixed layout: faster in Word, same columns as the PDF
        for column, width in zip(table.columns, widths, strict=True):
            column.width = _twips(width)
        for cell, width in zip(table.rows[0].cells, widths, strict=True):
            cell.width = _twips(width)
        return table

    def _table(self, block: Table) -> None:
        styles = self.styles
        widths = [self.text_width * fraction for fraction in block.fractions]
        table = self._new_table(widths, styles.table_grid)
        pad = round(ty.typography_for(self.document.profile).table_padding * 20)
        xml.set_cell_margins(table._tbl, top=pad, bottom=pad, left=pad, right=pad)
        header = table.rows[0]
        for cell, text in zip(header.cells, block.header, strict=True):
            _fill_cell(cell, text, styles.table_heading)
            xml.shade_cell(cell._tc, ty.TABLE_HEADER_FILL)
        if block.repeat_header:
            xml.mark_header_row(header._tr)
        _append_rows(table, block.rows, styles.table_text)
        self._spacer(6)  # as the PDF's space after a table

    def _top_right(self, block: TopRightBlock) -> None:
        width, label_width = geometry.top_right_widths(self.document, block)
        table = self._new_table([label_width, width - label_width])
        table.alignment = WD_TABLE_ALIGNMENT.RIGHT
        xml.set_cell_margins(table._tbl, top=20, bottom=20, left=0, right=80)
        reference = self.styles.reference
        for index, line in enumerate(block.lines):
            cells = table.rows[0].cells if index == 0 else table.add_row().cells
            label = _fill_cell(cells[0], "", reference)
            label.add_run(_plain(line.label_text)).bold = True
            value = _fill_cell(cells[1], "", reference)
            for value_run in _add_text(value, line.value):
                if line.emphasis:
                    value_run.bold = True
        self._spacer(18)

    def _signatures(self, block: SignatureBlock) -> None:
        count = len(block.signatories)
        column = geometry.signature_column_width(self.document, count)
        self._spacer(12, keep_with_next=True)  # with the signatures, as in the PDF
        table = self._new_table([column] * count)
        table.alignment = _TABLE_ALIGN[block.alignment]
        row = table.rows[0]
        xml.keep_row_together(row._tr)  # all signatures on one page
        for cell, signer in zip(row.cells, block.signatories, strict=True):
            name = _fill_cell(cell, "", self.styles.signature)
            for name_run in _add_text(name, signer.name):
                name_run.bold = True
            fmt = name.paragraph_format
            fmt.space_before = Pt(geometry.SIGNATURE_SPACE)
            fmt.left_indent = fmt.right_indent = Pt(column * 0.1)  # an 80 % rule, centred
            fmt.keep_with_next = True
            xml.set_top_border(name, ty.TEXT_COLOR)
            for line in signer.lines:
                _add_text(cell.add_paragraph(style=self.styles.signature), line)


def _append_rows(
    table: DocxTable, rows: tuple[tuple[str, ...], ...], style: ParagraphStyle
) -> None:
    """Append many text rows fast, by copying one prepared row element per row.

    Building rows through python-docx (``add_row``, ``cell.text``, ``paragraph.style``)
    costs about 0.1 ms per cell; a 2,000-row table would take seconds.
    """
    if not rows:
        return
    prototype = table.add_row()
    for cell in prototype.cells:
        _fill_cell(cell, "\u200b", style)  # placeholder: gives each cell a run and a w:t
    tr = prototype._tr
    tbl = tr.getparent()
    tbl.remove(tr)
    text_tag = qn("w:t")
    for t in tr.iter(text_tag):
        t.set(qn("xml:space"), "preserve")  # keep leading and trailing spaces
    for values in rows:
        row = deepcopy(tr)
        for t, value in zip(list(row.iter(text_tag)), values, strict=True):
            if "\n" in value or "\t" in value:
                t.getparent().text = _plain(value)  # CT_R's setter writes w:br for \n
            elif value:
                t.text = value
            else:
                t.getparent().remove(t)
        tbl.append(row)


def _add_text(paragraph: DocxParagraph, text: str) -> list[DocxRun]:
    """Add ``text`` as runs; "[COMPLETAR: …]" placeholders are highlighted, as in the PDF."""
    runs = []
    for piece, is_gap in split_placeholders(text):
        run = paragraph.add_run(_plain(piece))
        if is_gap:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        runs.append(run)
    return runs


def _one_line(text: str) -> str:
    """Page furniture is a single line, in the PDF as here."""
    return " ".join(text.split())


def _plain(text: str) -> str:
    # python-docx turns "\t" into a tab stop jump; the PDF shows a space.
    return text.replace("\t", " ")


def _fill_cell(cell: _Cell, text: str, style: ParagraphStyle) -> DocxParagraph:
    """Style the cell's (only) paragraph and put ``text`` in it."""
    paragraph = cell.paragraphs[0]
    # Set the style id directly: python-docx's ``paragraph.style = …`` scans every style
    # in the document on each call, which dominates the time of a long table.
    paragraph._p.get_or_add_pPr().style = style.style_id
    if text:
        paragraph.add_run(_plain(text))
    return paragraph
