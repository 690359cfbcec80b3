"""A neutral, immutable model of a generated document (escrito, case summary, agenda).

Composers turn case data into a :class:`Document`; ``pdf.render_pdf`` and
``docx.render_docx`` draw the same document, so both files carry the same text in the
same order. The model knows nothing about fonts or page geometry beyond what the user
can see: margins, the header line, the "Página X de Y" footer and the blocks.

All text is cleaned on construction (NFC, no XML-invalid control characters, CR/LF
folded to ``\\n``) so both renderers and :meth:`Document.plain_text_lines` see the same
characters. A ``\\n`` inside a run is a line break; a tab is shown as a space.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from casetracker.briefs._blocks import (
    BLOCK_TYPES,
    Alignment,
    Block,
    BulletList,
    Heading,
    LabeledValue,
    NumberedList,
    PageBreak,
    Paragraph,
    Run,
    RunsLike,
    Signatory,
    SignatureBlock,
    Spacer,
    Table,
    TextStyle,
    TopRightBlock,
    as_tuple,
    block_lines,
    clean_text,
)

__all__ = [
    "ESCRITO_MARGINS",
    "REPORT_MARGINS",
    "Alignment",
    "Block",
    "BulletList",
    "Document",
    "Heading",
    "LabeledValue",
    "Margins",
    "NumberedList",
    "PageBreak",
    "Paragraph",
    "Profile",
    "Run",
    "RunsLike",
    "Signatory",
    "SignatureBlock",
    "Spacer",
    "Table",
    "TextStyle",
    "TopRightBlock",
    "clean_text",
]


class Profile(StrEnum):
    """Overall layout: a court filing or an internal report (summary, agenda)."""

    ESCRITO = "escrito"
    REPORT = "report"


@dataclass(frozen=True, slots=True)
class Margins:
    """Page margins in centimetres."""

    top: float
    right: float
    bottom: float
    left: float

    def __post_init__(self) -> None:
        for side in ("top", "right", "bottom", "left"):
            value = getattr(self, side)
            if not 0 < value < 10:
                raise ValueError(f"{side} margin must be between 0 and 10 cm, got {value}")


# CPC art. 130 asks for at least 3 cm on the left and 2 cm on the right.
ESCRITO_MARGINS = Margins(top=2.5, right=2.5, bottom=2.5, left=3.0)
REPORT_MARGINS = Margins(top=2.0, right=2.0, bottom=2.0, left=2.5)


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """A complete document: metadata, page furniture and blocks.

    ``margins`` defaults to the profile's margins; an escrito must keep at least
    3 cm left and 2 cm right (CPC 130). ``page_label`` is the footer's page number
    text; ``{page}`` and ``{pages}`` are replaced by the renderers.
    """

    title: str
    blocks: tuple[Block, ...]
    subject: str = ""
    author: str = ""
    language: str = "es-PE"
    profile: Profile = Profile.REPORT
    margins: Margins = field(default=None)  # type: ignore[assignment]
    header: str = ""
    footer: str = ""
    page_label: str = "Página {page} de {pages}"

    def __post_init__(self) -> None:
        for name in ("title", "subject", "author", "header", "footer", "page_label"):
            object.__setattr__(self, name, clean_text(getattr(self, name)))
        blocks = as_tuple(self.blocks, "blocks")
        for block in blocks:
            if not isinstance(block, BLOCK_TYPES):
                raise TypeError(f"not a document block: {block!r}")
        object.__setattr__(self, "blocks", blocks)
        profile = Profile(self.profile)
        object.__setattr__(self, "profile", profile)
        if self.margins is None:
            default = ESCRITO_MARGINS if profile is Profile.ESCRITO else REPORT_MARGINS
            object.__setattr__(self, "margins", default)
        if profile is Profile.ESCRITO and (self.margins.left < 3 or self.margins.right < 2):
            raise ValueError("an escrito needs margins of at least 3 cm left, 2 cm right")
        if not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", self.language):
            raise ValueError(f"language must be a BCP 47 tag like 'es-PE', got {self.language!r}")
        fields = {name for _, name, _, _ in string.Formatter().parse(self.page_label) if name}
        if "page" not in fields or not fields <= {"page", "pages"}:
            raise ValueError("page_label must contain {page} and may contain {pages}")

    def format_page_label(self, page: int, pages: int) -> str:
        """Return the footer's page label, e.g. "Página 2 de 5"."""
        return self.page_label.format(page=page, pages=pages)

    def plain_text_lines(self, *, include_furniture: bool = False) -> Iterator[str]:
        """Yield the visible text, block by block in reading order.

        List markers and page labels are not yielded (renderers number them). With
        ``include_furniture`` the header and footer text come first, as redaction
        checks need them; metadata (title, subject, author) stays in its fields.
        """
        if include_furniture:
            yield from (text for text in (self.header, self.footer) if text)
        for block in self.blocks:
            yield from block_lines(block)
