"""Sizes, spacing and colours shared by the PDF and DOCX renderers.

One table of numbers keeps the two files looking alike. Sizes are in points; colours
are RRGGBB hex strings (ReportLab wants "#RRGGBB", python-docx wants "RRGGBB").
"""

from __future__ import annotations

from dataclasses import dataclass

from casetracker.briefs.document import Profile

__all__ = ["CM", "Typography", "typography_for"]

CM = 72 / 2.54  # points per centimetre

TEXT_COLOR = "000000"
HEADING_COLOR = "1A1A1A"
FURNITURE_COLOR = "6B6B6B"
RULE_COLOR = "9A9A9A"
TABLE_GRID_COLOR = "8C8C8C"
TABLE_HEADER_FILL = "E6E6E6"


@dataclass(frozen=True, slots=True)
class Typography:
    """The typographic settings of one document profile."""

    body_size: float
    # PDF leading of body text, and the DOCX "multiple" line spacing that looks alike
    # (Word's single spacing is about 1.15 x the font size for Times/Liberation).
    body_leading: float
    body_line_multiple: float
    body_space_after: float
    headings_sans: bool
    heading_sizes: tuple[float, float, float]
    heading_space_before: tuple[float, float, float]
    heading_space_after: float
    small_size: float
    quote_size: float
    quote_indent_left: float  # points
    quote_indent_right: float
    block_size: float  # top-right block and signature block
    table_size: float
    table_padding: float
    furniture_size: float = 8.0
    list_indent: float = 0.75 * CM

    @property
    def small_leading(self) -> float:
        """Leading of small text (single spaced)."""
        return round(self.small_size * 1.25, 2)

    @property
    def quote_leading(self) -> float:
        """Leading of quotations (single spaced even in escritos, as is customary)."""
        return round(self.quote_size * 1.3, 2)

    @property
    def block_leading(self) -> float:
        """Leading of the top-right block and the signature block."""
        return round(self.block_size * 1.25, 2)

    @property
    def table_leading(self) -> float:
        """Leading of table cells."""
        return round(self.table_size * 1.22, 2)


# CPC art. 130 asks for double spacing; quotations and blocks stay single spaced.
_ESCRITO = Typography(
    body_size=12,
    body_leading=24,
    body_line_multiple=2.0,
    body_space_after=6,
    headings_sans=False,
    heading_sizes=(12, 12, 12),
    heading_space_before=(14, 12, 10),
    heading_space_after=6,
    small_size=10,
    quote_size=11,
    quote_indent_left=1.5 * CM,
    quote_indent_right=1.0 * CM,
    block_size=11,
    table_size=10,
    table_padding=3,
)

_REPORT = Typography(
    body_size=10.5,
    body_leading=14,
    body_line_multiple=1.15,
    body_space_after=6,
    headings_sans=True,
    heading_sizes=(15, 12, 10.5),
    heading_space_before=(6, 14, 10),
    heading_space_after=5,
    small_size=8.5,
    quote_size=10,
    quote_indent_left=1.0 * CM,
    quote_indent_right=1.0 * CM,
    block_size=10.5,
    table_size=8.5,
    table_padding=2.5,
)


def typography_for(profile: Profile) -> Typography:
    """Return the typography of a document profile."""
    return _ESCRITO if profile is Profile.ESCRITO else _REPORT
