"""Render a :class:`~casetracker.briefs.document.Document` to PDF with ReportLab.

A4 pages, embedded Liberation fonts (no unembedded base-14 font anywhere), the
header and "Página X de Y" footer on every page, table headers repeated on every
page, PDF bookmarks for headings and the document's title, author, subject and
language in the metadata.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus.flowables import HRFlowable, ListFlowable, ListItem

from casetracker.briefs import _geometry as geometry
from casetracker.briefs import _typography as ty
from casetracker.briefs._output import Target, open_target
from casetracker.briefs._pdf_furniture import Furniture, numbered_canvas_maker
from casetracker.briefs._pdf_styles import PdfStyles, color, markup, plain_markup
from casetracker.briefs._pdf_table import KeepWithTable, PagedTable, build_table
from casetracker.briefs.document import (
    Alignment,
    Block,
    BulletList,
    Document,
    Heading,
    NumberedList,
    PageBreak,
    Paragraph,
    SignatureBlock,
    Spacer,
    Table,
    TopRightBlock,
)
from casetracker.briefs.fonts import register_fonts

__all__ = ["render_pdf"]

CREATOR = "casetracker"
_H_ALIGN = {Alignment.LEFT: "LEFT", Alignment.CENTER: "CENTER", Alignment.RIGHT: "RIGHT"}


def render_pdf(document: Document, target: Target) -> None:
    """Write ``document`` as a PDF to a path (atomically) or a binary stream."""
    fonts = register_fonts()
    typo = ty.typography_for(document.profile)
    styles = PdfStyles(typo, fonts)
    margins = document.margins
    page_width, page_height = A4
    frame = Frame(
        margins.left * ty.CM,
        margins.bottom * ty.CM,
        page_width - (margins.left + margins.right) * ty.CM,
        page_height - (margins.top + margins.bottom) * ty.CM,
        # Zero padding: the margins are exactly the document's margins.
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    story = _StoryBuilder(document, styles, frame.width, frame.height).build(document.blocks)
    if not story:
        story = [RLSpacer(1, 1)]  # a PDF needs a page, even an empty one
    outline: list[_OutlineEntry] = []
    furniture = Furniture(document, typo, fonts.sans.regular, page_width, page_height)
    with open_target(target) as stream:
        template = _DocTemplate(
            stream,
            outline,
            pagesize=A4,
            pageTemplates=[PageTemplate(id="page", frames=[frame])],
            title=document.title,
            author=document.author,
            subject=document.subject,
            creator=CREATOR,
            lang=document.language,
            displayDocTitle=True,
            # Without this the canvas would select Helvetica, an unembedded font.
            initialFontName=fonts.serif.regular,
        )
        template.build(story, canvasmaker=numbered_canvas_maker(furniture, outline))


@dataclass(frozen=True, slots=True)
class _OutlineEntry:
    """A heading to bookmark once its page is emitted."""

    key: str
    title: str
    level: int
    page: int


class _DocTemplate(BaseDocTemplate):
    """Records where headings land, for the PDF's bookmarks."""

    def __init__(self, stream: Any, outline: list[_OutlineEntry], **kwargs: Any) -> None:
        super().__init__(stream, **kwargs)
        self._outline = outline

    def afterFlowable(self, flowable: Flowable) -> None:
        heading = getattr(flowable, "_casetracker_heading", None)
        if heading is None:
            return
        level, title = heading
        previous = self._outline[-1].level if self._outline else -1
        # PDF outlines cannot skip a level (an H3 straight under an H1).
        level = min(level - 1, previous + 1)
        key = f"heading-{len(self._outline)}"
        self._outline.append(_OutlineEntry(key, title, level, self.page))


@dataclass
class _StoryBuilder:
    """Turns document blocks into platypus flowables."""

    document: Document
    styles: PdfStyles
    frame_width: float
    frame_height: float
    _flowables: list[Flowable] = field(default_factory=list)

    def build(self, blocks: tuple[Block, ...]) -> list[Flowable]:
        for block in blocks:
            flowable = self._flowable(block)
            if isinstance(flowable, PagedTable):
                flowable = self._keep_leaders_with(flowable)
            self._flowables.append(flowable)
        return self._flowables

    def _keep_leaders_with(self, table: PagedTable) -> Flowable:
        """Group the keep-with-next flowables just before a long table with its start."""
        leaders: list[Flowable] = []
        while self._flowables and self._flowables[-1].getKeepWithNext():
            leader = self._flowables.pop()
            leader.keepWithNext = False
            leaders.insert(0, leader)
        return KeepWithTable(leaders, table) if leaders else table

    def _flowable(self, block: Block) -> Flowable:
        match block:
            case Heading(level=level, text=text):
                flowable = RLParagraph(plain_markup(text), self.styles.headings[level - 1])
                flowable._casetracker_heading = (level, " ".join(text.split()))
                return flowable
            case Paragraph():
                return self._paragraph(block)
            case Table():
                return build_table(block, self.styles, self.frame_width, self.frame_height)
            case BulletList(items=items):
                return self._list(items, bulletType="bullet", start="•")
            case NumberedList(items=items, start=start):
                return self._list(items, bulletType="1", start=start, bulletFormat="%s.")
            case TopRightBlock():
                return self._top_right(block)
            case SignatureBlock():
                return self._signatures(block)
            case Spacer(height=height, keep_with_next=keep):
                spacer = RLSpacer(1, height)
                spacer.keepWithNext = keep
                return spacer
            case PageBreak():
                return RLPageBreak()
        raise TypeError(f"unsupported block: {block!r}")

    def _paragraph(self, block: Paragraph) -> Flowable:
        style = self.styles.paragraph(block.style, block.alignment)
        if not block.text.strip():
            # An empty paragraph is a blank line, as in a word processor.
            return RLSpacer(1, style.leading + style.spaceAfter)
        flowable = RLParagraph(markup(block.runs), style)
        flowable.keepWithNext = block.keep_with_next
        return flowable

    def _list(self, items: tuple, **options: Any) -> Flowable:
        style = self.styles.list_item()
        typo = self.styles.typo
        return ListFlowable(
            [ListItem(RLParagraph(markup(item), style)) for item in items],
            leftIndent=typo.list_indent,
            bulletFontName=style.fontName,
            bulletFontSize=style.fontSize,
            spaceAfter=typo.body_space_after,
            **options,
        )

    def _table_font(self) -> list[tuple]:
        # A Table selects its cell font even for flowable cells; its default is
        # Helvetica, which would end up in the PDF unembedded.
        block = self.styles.block
        return [("FONT", (0, 0), (-1, -1), block.fontName, block.fontSize, block.leading)]

    def _top_right(self, block: TopRightBlock) -> Flowable:
        styles = self.styles
        width, label_width = geometry.top_right_widths(self.document, block)
        rows = []
        for line in block.lines:
            value_style = styles.block_label if line.emphasis else styles.block
            rows.append(
                [
                    RLParagraph(plain_markup(line.label_text), styles.block_label),
                    RLParagraph(plain_markup(line.value), value_style),
                ]
            )
        table = RLTable(
            rows,
            colWidths=[label_width, width - label_width],
            hAlign="RIGHT",
            style=[
                *self._table_font(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ],
        )
        table.spaceAfter = 18
        return table

    def _signatures(self, block: SignatureBlock) -> Flowable:
        styles = self.styles
        count = len(block.signatories)
        column = geometry.signature_column_width(self.document, count)
        bold = styles.signature.clone("signature_name", fontName=self.styles.fonts.serif.bold)
        cells = []
        for signer in block.signatories:
            # Room to sign, then the rule the signature sits on.
            content: list[Flowable] = [
                RLSpacer(1, geometry.SIGNATURE_SPACE),
                HRFlowable(width="80%", thickness=0.6, color=color(ty.TEXT_COLOR), spaceAfter=3),
                RLParagraph(plain_markup(signer.name), bold),
            ]
            content += [RLParagraph(plain_markup(line), styles.signature) for line in signer.lines]
            cells.append(content)
        table = RLTable(
            [cells],
            colWidths=[column] * count,
            hAlign=_H_ALIGN.get(block.alignment, "CENTER"),
            style=[*self._table_font(), ("VALIGN", (0, 0), (-1, -1), "TOP")],
        )
        # One row never splits; and not a KeepTogether: ReportLab cannot pull a container
        # into a keep-with-next chain, which keeps the place and date with the signatures.
        table.spaceBefore = 12
        return table
