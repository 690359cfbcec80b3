"""Blocks of the document model: runs, paragraphs, tables, lists, escrito parts.

Public names are re-exported by :mod:`casetracker.briefs.document`; import them
from there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

# Characters XML 1.0 cannot carry (python-docx/lxml would raise on them) and that a
# PDF would draw as boxes; they arrive with text pasted from other PDFs or e-mails.
_INVALID_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Return ``text`` in NFC with line breaks as ``\\n`` and no control characters.

    NFC matters: ReportLab does no glyph shaping, so a decomposed "Ñ" (N + combining
    tilde) would print the tilde beside the letter.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _INVALID_CHARS.sub("", text))


def as_tuple(value: object, name: str) -> tuple:
    """Return a sequence argument as a tuple; a lone string is an error, not letters."""
    if isinstance(value, str | bytes) or not hasattr(value, "__iter__"):
        raise TypeError(f"{name} must be a sequence, not {type(value).__name__}")
    return tuple(value)  # type: ignore[arg-type]


class Alignment(StrEnum):
    """Horizontal alignment of a paragraph or block."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


class TextStyle(StrEnum):
    """Style hint of a paragraph; each renderer maps it to its own styles."""

    BODY = "body"
    SMALL = "small"
    QUOTE = "quote"


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", clean_text(self.text))


RunsLike = str | Run


def _runs(parts: tuple[object, ...], name: str) -> tuple[Run, ...]:
    runs = tuple(Run(part) if isinstance(part, str) else part for part in parts)
    if not all(isinstance(run, Run) for run in runs):
        raise TypeError(f"{name} must hold str or Run items")
    return runs  # type: ignore[return-value]


def _runs_text(runs: tuple[Run, ...]) -> str:
    return "".join(run.text for run in runs)


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading, level 1 (highest) to 3."""

    level: int
    text: str

    def __post_init__(self) -> None:
        if self.level not in (1, 2, 3):
            raise ValueError(f"heading level must be 1, 2 or 3, got {self.level!r}")
        object.__setattr__(self, "text", clean_text(self.text))


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of runs. Build it with :meth:`of` for convenience."""

    runs: tuple[Run, ...]
    alignment: Alignment = Alignment.JUSTIFY
    style: TextStyle = TextStyle.BODY
    keep_with_next: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "runs", _runs(as_tuple(self.runs, "runs"), "runs"))
        object.__setattr__(self, "alignment", Alignment(self.alignment))
        object.__setattr__(self, "style", TextStyle(self.style))

    @classmethod
    def of(
        cls,
        *parts: RunsLike,
        alignment: Alignment = Alignment.JUSTIFY,
        style: TextStyle = TextStyle.BODY,
        keep_with_next: bool = False,
    ) -> Paragraph:
        """Build a paragraph from strings (plain runs) and :class:`Run` objects."""
        return cls(tuple(parts), alignment, style, keep_with_next)  # type: ignore[arg-type]

    @property
    def text(self) -> str:
        """The paragraph's text without formatting."""
        return _runs_text(self.runs)


@dataclass(frozen=True, slots=True)
class Table:
    """A table of plain-text cells under a header row.

    ``column_widths`` are fractions of the text width (normalised to sum 1); ``None``
    means equal columns. With ``repeat_header`` the header row starts every page.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    column_widths: tuple[float, ...] | None = None
    repeat_header: bool = True

    def __post_init__(self) -> None:
        header = tuple(clean_text(cell) for cell in as_tuple(self.header, "header"))
        if not header:
            raise ValueError("a table needs at least one column")
        width = len(header)
        rows = []
        for index, row in enumerate(as_tuple(self.rows, "rows")):
            cells = tuple(clean_text(cell) for cell in as_tuple(row, "row"))
            if len(cells) != width:
                raise ValueError(f"row {index} has {len(cells)} cells, the header has {width}")
            rows.append(cells)
        object.__setattr__(self, "header", header)
        object.__setattr__(self, "rows", tuple(rows))
        if self.column_widths is not None:
            widths = tuple(float(w) for w in as_tuple(self.column_widths, "column_widths"))
            if len(widths) != width or any(w <= 0 for w in widths):
                raise ValueError(f"column_widths needs {width} positive fractions")
            total = sum(widths)
            object.__setattr__(self, "column_widths", tuple(w / total for w in widths))

    @property
    def fractions(self) -> tuple[float, ...]:
        """Column widths as fractions of the text width (equal when not given)."""
        if self.column_widths is not None:
            return self.column_widths
        return (1 / len(self.header),) * len(self.header)


def _list_items(items: object) -> tuple[tuple[Run, ...], ...]:
    result = []
    for item in as_tuple(items, "items"):
        parts = (item,) if isinstance(item, str | Run) else as_tuple(item, "item")
        result.append(_runs(parts, "list items"))
    return tuple(result)


@dataclass(frozen=True, slots=True)
class BulletList:
    """A bulleted list; each item is a tuple of runs. Build it with :meth:`of`."""

    items: tuple[tuple[Run, ...], ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", _list_items(self.items))

    @classmethod
    def of(cls, *items: RunsLike | tuple[RunsLike, ...]) -> BulletList:
        """Build a list from items, each a string, a Run or a tuple of them."""
        return cls(items)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class NumberedList:
    """A numbered list ("1.", "2.", …) starting at ``start``."""

    items: tuple[tuple[Run, ...], ...]
    start: int = 1

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", _list_items(self.items))
        if self.start < 0:
            raise ValueError("a numbered list cannot start below 0")

    @classmethod
    def of(cls, *items: RunsLike | tuple[RunsLike, ...], start: int = 1) -> NumberedList:
        """Build a list from items, each a string, a Run or a tuple of them."""
        return cls(items, start)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class LabeledValue:
    """One line of the escrito's top-right block, e.g. Expediente: 00123-2019-…"""

    label: str
    value: str
    emphasis: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "label", clean_text(self.label))
        object.__setattr__(self, "value", clean_text(self.value))

    @property
    def label_text(self) -> str:
        """The label as printed, with its colon."""
        return self.label if self.label.endswith(":") else f"{self.label}:"


@dataclass(frozen=True, slots=True)
class TopRightBlock:
    """The escrito's reference block, printed in the right half of the first page.

    Lines usually are Expediente, Especialista, Cuaderno, Escrito N.º and Sumilla
    (the Sumilla is required by CPC 130.5; give it ``emphasis=True``).
    """

    lines: tuple[LabeledValue, ...]

    def __post_init__(self) -> None:
        lines = as_tuple(self.lines, "lines")
        if not lines or not all(isinstance(line, LabeledValue) for line in lines):
            raise TypeError("lines must be a non-empty sequence of LabeledValue")
        object.__setattr__(self, "lines", lines)

    @classmethod
    def of(cls, *pairs: tuple[str, str]) -> TopRightBlock:
        """Build the block from (label, value) pairs; a "Sumilla" value is emphasised."""
        return cls(
            tuple(
                LabeledValue(label, value, emphasis=label.strip(" :").lower() == "sumilla")
                for label, value in pairs
            )
        )


@dataclass(frozen=True, slots=True)
class Signatory:
    """One signer: a signature rule, then the name (bold), then the other lines."""

    name: str
    lines: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean_text(self.name))
        lines = tuple(clean_text(line) for line in as_tuple(self.lines, "lines"))
        object.__setattr__(self, "lines", lines)


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    """One to three signers side by side (e.g. party and lawyer, CPC 132)."""

    signatories: tuple[Signatory, ...]
    alignment: Alignment = Alignment.CENTER

    def __post_init__(self) -> None:
        signers = as_tuple(self.signatories, "signatories")
        if not 1 <= len(signers) <= 3 or not all(isinstance(s, Signatory) for s in signers):
            raise ValueError("a signature block holds one to three Signatory objects")
        object.__setattr__(self, "signatories", signers)
        object.__setattr__(self, "alignment", Alignment(self.alignment))


@dataclass(frozen=True, slots=True)
class Spacer:
    """Vertical space, in points; with ``keep_with_next`` it stays on the next block's page."""

    height: float = 12.0
    keep_with_next: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.height <= 500:
            raise ValueError(f"spacer height must be 0-500 pt, got {self.height}")


@dataclass(frozen=True, slots=True)
class PageBreak:
    """Start a new page."""


Block = (
    Heading
    | Paragraph
    | Table
    | BulletList
    | NumberedList
    | TopRightBlock
    | SignatureBlock
    | Spacer
    | PageBreak
)
BLOCK_TYPES = Block.__args__  # type: ignore[attr-defined]


def _split_lines(text: str) -> Iterator[str]:
    yield from text.split("\n")


def block_lines(block: Block) -> Iterator[str]:
    match block:
        case Heading(text=text):
            yield from _split_lines(text)
        case Paragraph():
            yield from _split_lines(block.text)
        case Table(header=header, rows=rows):
            for row in (header, *rows):
                for cell in row:
                    yield from _split_lines(cell)
        case BulletList(items=items) | NumberedList(items=items):
            for item in items:
                yield from _split_lines(_runs_text(item))
        case TopRightBlock(lines=lines):
            for line in lines:
                yield line.label_text
                yield from _split_lines(line.value)
        case SignatureBlock(signatories=signers):
            for signer in signers:
                yield signer.name
                yield from signer.lines
