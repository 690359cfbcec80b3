"""Word styles, language and document settings for the DOCX renderer.

Fonts: the DOCX names **Times New Roman** (text) and **Arial** (headings of reports,
tables, furniture) rather than Liberation Serif / Sans. Liberation is metric-compatible
with them and LibreOffice substitutes it automatically, so line breaks match the PDF;
while Word, which most courts and colleagues use, has Times New Roman and Arial but
usually not Liberation, and would otherwise substitute a font of its own choosing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Twips
from docx.styles.style import ParagraphStyle

from casetracker.briefs import _typography as ty
from casetracker.briefs.document import Document

__all__ = ["SANS_FONT", "SERIF_FONT", "DocxStyles", "prepare_package"]

SERIF_FONT = "Times New Roman"
SANS_FONT = "Arial"


def set_fonts(rpr_owner: object, name: str) -> None:
    """Name ``name`` for every script in an ``rPr`` and drop theme font references.

    Theme attributes (asciiTheme, …) win over explicit names in Word, so the default
    template's Calibri/Cambria would otherwise survive.
    """
    rpr = rpr_owner.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        if attr.endswith("Theme") or attr.endswith("theme"):
            del fonts.attrib[attr]
    for script in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(script), name)


def set_language(rpr: object, language: str) -> None:
    """Set the proofing language of an ``rPr`` element."""
    lang = rpr.find(qn("w:lang"))  # type: ignore[attr-defined]
    if lang is None:
        lang = rpr.makeelement(qn("w:lang"), {})  # type: ignore[attr-defined]
        rpr.append(lang)  # type: ignore[attr-defined]
    lang.set(qn("w:val"), language)


def _drop_theme_color(style: ParagraphStyle) -> None:
    rpr = style.element.get_or_add_rPr()
    color = rpr.find(qn("w:color"))
    if color is not None:
        for attr in ("w:themeColor", "w:themeShade", "w:themeTint"):
            color.attrib.pop(qn(attr), None)


@dataclass
class DocxStyles:
    """The paragraph styles a document uses, set up on its python-docx package."""

    body: ParagraphStyle
    small: ParagraphStyle
    quote: ParagraphStyle
    headings: tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]
    list_bullet: ParagraphStyle
    list_number: ParagraphStyle
    reference: ParagraphStyle
    signature: ParagraphStyle
    table_text: ParagraphStyle
    table_heading: ParagraphStyle
    header: ParagraphStyle
    footer: ParagraphStyle
    table_grid: object


def _style(docx: DocxDocument, name: str, base: str = "Normal") -> ParagraphStyle:
    styles = docx.styles
    if name in styles:
        return styles[name]  # type: ignore[return-value]
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base]
    style.quick_style = True
    return style  # type: ignore[return-value]


def _format(
    style: ParagraphStyle,
    *,
    font: str | None = None,
    size: float | None = None,
    bold: bool | None = None,
    italic: bool | None = None,
    color: str | None = None,
    before: float | None = None,
    after: float | None = None,
    line: float | None = None,
    align: WD_ALIGN_PARAGRAPH | None = None,
) -> ParagraphStyle:
    if font is not None:
        set_fonts(style.element, font)
    if size is not None:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if italic is not None:
        style.font.italic = italic
    if color is not None:
        _drop_theme_color(style)
        style.font.color.rgb = RGBColor.from_string(color)
    fmt = style.paragraph_format
    if before is not None:
        fmt.space_before = Pt(before)
    if after is not None:
        fmt.space_after = Pt(after)
    if line is not None:
        fmt.line_spacing = line
    if align is not None:
        fmt.alignment = align
    return style


def build_styles(docx: DocxDocument, document: Document, text_width_twips: int) -> DocxStyles:
    """Set up the styles of ``docx`` for ``document`` and return them."""
    t = ty.typography_for(document.profile)
    heading_font = SANS_FONT if t.headings_sans else SERIF_FONT
    normal = _format(docx.styles["Normal"], font=SERIF_FONT, size=t.body_size, after=0, line=1.0)
    set_language(normal.element.get_or_add_rPr(), document.language)
    normal.font.color.rgb = RGBColor.from_string(ty.TEXT_COLOR)
    body_spacing = {"after": t.body_space_after, "line": t.body_line_multiple}
    body = _format(_style(docx, "Body Text"), align=WD_ALIGN_PARAGRAPH.JUSTIFY, **body_spacing)
    headings = []
    for level, size in enumerate(t.heading_sizes, start=1):
        style = _format(
            docx.styles[f"Heading {level}"],
            font=heading_font,
            size=size,
            bold=True,
            italic=level == 3 and not t.headings_sans,
            color=ty.HEADING_COLOR,
            before=t.heading_space_before[level - 1],
            after=t.heading_space_after,
            line=1.0,
        )
        headings.append(style)
    quote = _format(
        docx.styles["Quote"],
        size=t.quote_size,
        italic=False,
        color=ty.TEXT_COLOR,
        before=4,
        after=t.body_space_after + 4,
        line=1.1,
        align=WD_ALIGN_PARAGRAPH.JUSTIFY,
    )
    quote.paragraph_format.left_indent = Pt(t.quote_indent_left)
    quote.paragraph_format.right_indent = Pt(t.quote_indent_right)
    lists = []
    for name in ("List Bullet", "List Number"):
        style = _format(docx.styles[name], **body_spacing)
        # Without this Word drops the space between items of the same list.
        ppr = style.element.get_or_add_pPr()
        for contextual in ppr.findall(qn("w:contextualSpacing")):
            ppr.remove(contextual)
        lists.append(style)
    furniture = {"font": SANS_FONT, "size": t.furniture_size, "color": ty.FURNITURE_COLOR}
    header = _format(docx.styles["Header"], **furniture)
    footer = _format(docx.styles["Footer"], **furniture)
    for style in (header, footer):
        _set_tabs(style, text_width_twips)
    table_text = _format(_style(docx, "Table Text"), font=SANS_FONT, size=t.table_size, line=1.0)
    return DocxStyles(
        body=body,
        small=_format(_style(docx, "Small Text"), size=t.small_size, after=4, line=1.05),
        quote=quote,
        headings=(headings[0], headings[1], headings[2]),
        list_bullet=lists[0],
        list_number=lists[1],
        reference=_format(_style(docx, "Reference Text"), size=t.block_size, after=2),
        signature=_format(
            _style(docx, "Signature"), size=t.block_size, align=WD_ALIGN_PARAGRAPH.CENTER
        ),
        table_text=table_text,
        table_heading=_format(_style(docx, "Table Heading", base="Table Text"), bold=True),
        header=header,
        footer=footer,
        table_grid=docx.styles["Table Grid"],
    )


def _set_tabs(style: ParagraphStyle, text_width_twips: int) -> None:
    """Replace the template's Letter-size tab stops by centre and right of the A4 text."""
    ppr = style.element.get_or_add_pPr()
    for tabs in ppr.findall(qn("w:tabs")):
        ppr.remove(tabs)
    stops = style.paragraph_format.tab_stops
    stops.add_tab_stop(Twips(text_width_twips // 2), WD_TAB_ALIGNMENT.CENTER)
    stops.add_tab_stop(Twips(text_width_twips), WD_TAB_ALIGNMENT.RIGHT)


def _fix_table_style(docx: DocxDocument) -> None:
    # Table Grid's border colour "auto" is black; a grey grid reads lighter, as in the PDF.
    borders = docx.styles["Table Grid"].element.find(f"{qn('w:tblPr')}/{qn('w:tblBorders')}")
    if borders is not None:
        for border in borders:
            border.set(qn("w:color"), ty.TABLE_GRID_COLOR)


def prepare_package(docx: DocxDocument, document: Document) -> None:
    """Set language defaults, proofing, metadata; drop the template's leftovers."""
    defaults = docx.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    set_language(rpr, document.language)
    ppr = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
    spacing = ppr.find(qn("w:spacing"))
    if spacing is not None:
        ppr.remove(spacing)  # template's 10 pt after / 1.15 lines; styles set their own
    settings = docx.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), document.language)
    compat = settings.find(qn("w:compat"))
    if compat is not None and compat.find(qn("w:doNotExpandShiftReturn")) is None:
        # Do not stretch a justified line that ends in a line break, as the PDF does
        # not; it comes first in w:compat's schema order.
        compat.insert(0, compat.makeelement(qn("w:doNotExpandShiftReturn"), {}))
    # The template claims spelling was already checked; let Word check the Spanish.
    for proof in settings.findall(qn("w:proofState")):
        settings.remove(proof)
    _fix_table_style(docx)
    package = docx.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:  # a preview of the template, not of this file
            package.rels.pop(rel_id)
    props = docx.core_properties
    now = datetime.now(UTC).replace(microsecond=0)
    props.title = document.title
    props.subject = document.subject
    props.author = document.author
    props.last_modified_by = document.author or "casetracker"
    props.language = document.language
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.created = now
    props.modified = now
    props.revision = 1
