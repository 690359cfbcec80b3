"""Page geometry shared by the renderers, in points, so both files lay out alike."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from casetracker.briefs._typography import CM, typography_for
from casetracker.briefs.document import Document, TopRightBlock
from casetracker.briefs.fonts import register_fonts

__all__ = [
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "SIGNATURE_SPACE",
    "signature_column_width",
    "text_width",
    "top_right_widths",
]

PAGE_WIDTH, PAGE_HEIGHT = A4  # 595.28 x 841.89 pt
SIGNATURE_SPACE = 1.8 * CM  # room to sign above the signature rule


def text_width(document: Document) -> float:
    """Width between the left and right margins."""
    return PAGE_WIDTH - (document.margins.left + document.margins.right) * CM


def top_right_widths(document: Document, block: TopRightBlock) -> tuple[float, float]:
    """Return (block width, label column width) of the escrito's reference block.

    The block fills the right half of the page, from the page's centre line to the
    right margin; the label column is as wide as the longest label (Liberation is
    metric-compatible with Times New Roman, so the measure holds for the DOCX too).
    """
    full = text_width(document)
    half = full - (PAGE_WIDTH / 2 - document.margins.left * CM)
    width = min(max(half, full * 0.45), full * 0.6)
    font = register_fonts().serif.bold
    size = typography_for(document.profile).block_size
    widest = max(stringWidth(line.label_text, font, size) for line in block.lines)
    return width, min(widest + 8, width * 0.4)


def signature_column_width(document: Document, signers: int) -> float:
    """Width of one signer's column in a signature block."""
    return min(8.0 * CM, text_width(document) / signers)
