"""Small WordprocessingML helpers python-docx has no API for.

Fields (PAGE, NUMPAGES), paragraph borders, cell shading, table properties and
restartable list numbering.
"""

from __future__ import annotations

import re

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.oxml.text.paragraph import CT_P
from docx.text.paragraph import Paragraph as DocxParagraph

__all__ = [
    "add_field",
    "add_page_label",
    "keep_row_together",
    "mark_header_row",
    "restart_numbering",
    "set_bottom_border",
    "set_cell_margins",
    "set_top_border",
    "shade_cell",
]


def _element(tag: str, **attrs: str) -> OxmlElement:
    element = OxmlElement(tag)
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), value)
    return element


def add_field(paragraph: DocxParagraph, instruction: str, placeholder: str = "1") -> None:
    """Append a complex field (begin, instruction, separate, result, end) to a paragraph.

    Complex fields are what Word itself writes; Word and LibreOffice update PAGE and
    NUMPAGES in headers and footers whenever they lay the document out.
    """
    for kind, text in (
        ("begin", None),
        ("instr", f" {instruction} \\* MERGEFORMAT "),
        ("separate", None),
        ("result", placeholder),
        ("end", None),
    ):
        run = paragraph.add_run()
        if kind == "instr":
            instr = _element("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        elif kind == "result":
            run.text = text
        else:
            run._r.append(_element("w:fldChar", fldCharType=kind))


def add_page_label(paragraph: DocxParagraph, template: str) -> None:
    """Write a page label such as "Página {page} de {pages}" with live fields."""
    for piece in re.split(r"(\{page\}|\{pages\})", template):
        if piece == "{page}":
            add_field(paragraph, "PAGE")
        elif piece == "{pages}":
            add_field(paragraph, "NUMPAGES")
        elif piece:
            paragraph.add_run(piece)


# Elements that follow w:pBdr inside w:pPr, and w:shd inside w:tcPr (schema order).
_PBDR_SUCCESSORS = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
_SHD_SUCCESSORS = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign")


def _set_paragraph_border(p: CT_P, side: str, size_eighths: int, color: str, space: int) -> None:
    ppr = p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = _element("w:pBdr")
        ppr.insert_element_before(borders, *_PBDR_SUCCESSORS)
    borders.append(
        _element(f"w:{side}", val="single", sz=str(size_eighths), space=str(space), color=color)
    )


def set_top_border(paragraph: DocxParagraph, color: str = "000000", size: int = 5) -> None:
    """Draw a rule above a paragraph (a signature line)."""
    _set_paragraph_border(paragraph._p, "top", size, color, 2)


def set_bottom_border(paragraph: DocxParagraph, color: str, size: int = 3) -> None:
    """Draw a hairline under a paragraph (the page header)."""
    _set_paragraph_border(paragraph._p, "bottom", size, color, 3)


def shade_cell(tc: object, fill: str) -> None:
    """Give a table cell a solid background."""
    tc_pr = tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    tc_pr.insert_element_before(
        _element("w:shd", val="clear", color="auto", fill=fill), *_SHD_SUCCESSORS
    )


def keep_row_together(tr: object) -> None:
    """Never split this table row across pages."""
    tr.get_or_add_trPr().append(_element("w:cantSplit"))  # type: ignore[attr-defined]


def mark_header_row(tr: object) -> None:
    """Repeat this row at the top of every page and never split it."""
    keep_row_together(tr)
    tr.get_or_add_trPr().append(_element("w:tblHeader"))  # type: ignore[attr-defined]


def set_cell_margins(tbl: CT_Tbl, *, top: int, bottom: int, left: int, right: int) -> None:
    """Set a table's default cell margins, in twentieths of a point."""
    margins = _element("w:tblCellMar")
    for side, value in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        margins.append(_element(f"w:{side}", w=str(value), type="dxa"))
    tbl_pr = tbl.tblPr
    existing = tbl_pr.find(qn("w:tblCellMar"))
    if existing is not None:
        tbl_pr.remove(existing)
    # tblCellMar comes after tblLayout and before tblLook in the schema.
    look = tbl_pr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(margins)
    else:
        tbl_pr.append(margins)


def restart_numbering(numbering: object, style_num_id: int, start: int) -> int:
    """Create a numbering instance that restarts at ``start``; return its numId.

    All "List Number" paragraphs share one list in Word, so a second numbered list
    would carry on from the first (4, 5, …) unless it gets its own instance.
    """
    root = numbering.element  # type: ignore[attr-defined]
    abstract_id = None
    for num in root.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(style_num_id):
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    if abstract_id is None:
        raise ValueError(f"numbering {style_num_id} is not defined")
    new_id = max(int(num.get(qn("w:numId"))) for num in root.findall(qn("w:num"))) + 1
    num = _element("w:num", numId=str(new_id))
    num.append(_element("w:abstractNumId", val=abstract_id))
    override = _element("w:lvlOverride", ilvl="0")
    override.append(_element("w:startOverride", val=str(start)))
    num.append(override)
    root.append(num)
    return new_id
