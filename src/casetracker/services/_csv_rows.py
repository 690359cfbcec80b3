"""Reading a spreadsheet saved as CSV into numbered rows, refusing what does not parse.

A CSV file that parses "somehow" is the danger: one unbalanced quote makes Python's
lenient reader swallow every following line into a single cell, and a lenient
decoder turns ``Apelación`` into ``ApelaciÃ³n``. Both would be imported silently.
So the text is decoded strictly (UTF-8 with or without BOM, UTF-16 with BOM, or the
encoding the user names), parsed strictly, and every row must have exactly the
header's number of cells; a cell whose lines look like rows of their own is taken
for a quote left open. Each refusal names the row and the line of the file.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable
from dataclasses import dataclass

from casetracker.domain.errors import ValidationError, ValidationErrors, echo

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16 (little-endian, with BOM)"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16 (big-endian, with BOM)"),
)
_ENCODING_HINT = "name its encoding (import-filings --encoding cp1252 for older Excel files)"
_NUL = (
    "holds a NUL character, which CSV text never does: is it UTF-16 without a BOM? "
    "then name its encoding (--encoding utf-16-le)"
)


class CsvImportError(ValidationErrors):
    """Rows that cannot be imported; ``errors`` name them (``row 7, filed_on``)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__(errors)
        listed = "; ".join(str(e) for e in self.errors[:10])
        more = f"; … and {len(self.errors) - 10} more" if len(self.errors) > 10 else ""
        self.args = (f"nothing was imported: {listed}{more}",)


@dataclass(frozen=True, slots=True)
class CsvText:
    """The decoded file and the encoding used, as the user is told it."""

    text: str
    encoding: str


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One spreadsheet row: its number (the header is row 1), first line, cells."""

    number: int
    line: int
    cells: dict[str, str]


def decode(raw: bytes, encoding: str | None = None) -> CsvText:
    """Decode ``raw`` strictly: a BOM or ``encoding`` decides, else it must be UTF-8.

    Raises:
        CsvImportError: an unknown encoding, bytes the encoding cannot read (with
            their line and offset), or NUL characters (UTF-16 without a BOM).
    """
    codec, label = _codec(raw, encoding)
    if codec == "utf-8" and b"\x00" in raw:  # ASCII in UTF-16 would pass as UTF-8
        raise _refused(raw[: raw.index(b"\x00")].count(b"\n") + 1, _NUL)
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].decode(codec, errors="replace").count("\n") + 1
        wanted = encoding.strip() if encoding else codecs.lookup(codec).name.upper()
        raise _refused(
            line,
            f"the byte 0x{raw[exc.start]:02X} at offset {exc.start:,} of the file is not "
            f"{wanted.replace('-SIG', '')}; save the file as CSV UTF-8, or {_ENCODING_HINT}",
        ) from exc
    if "\x00" in text:
        raise _refused(text.count("\n", 0, text.index("\x00")) + 1, _NUL)
    return CsvText(text, label)


def _codec(raw: bytes, encoding: str | None) -> tuple[str, str]:
    """The codec to decode with, and how to name it to the user."""
    if encoding is None:
        for bom, codec, label in _BOMS:
            if raw.startswith(bom):
                return codec, label
        return "utf-8", "UTF-8"
    try:
        codec = codecs.lookup(encoding.strip()).name
    except (LookupError, UnicodeError):  # a name with bytes that are not text fails to encode
        raise CsvImportError(
            [
                ValidationError(
                    "encoding",
                    f"{echo(encoding)} is not an encoding this program knows; "
                    "try utf-8, utf-16, cp1252 or latin-1",
                )
            ]
        ) from None
    # A BOM is not part of the first column's name.
    return ("utf-8-sig" if codec == "utf-8" else codec), f"{encoding.strip()}, as asked"


def _refused(line: int, message: str) -> CsvImportError:
    return CsvImportError([ValidationError(f"line {line}", message)])


def read_rows(text: str, check_header: Callable[[list[str]], None]) -> list[CsvRow]:
    """The rows that hold data (blank and ``#`` rows skipped), cells by column name.

    The delimiter is the comma, or the semicolon when the header has more of them
    (Excel in Spanish). ``check_header`` sees the header (lower case) before any row
    is read.
    Every row must have as many cells as the header.

    Raises:
        CsvImportError: a row that does not parse, each named by row and line.
    """
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[CsvRow] = []
    problems: list[ValidationError] = []
    header: list[str] | None = None
    number = 0
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(_unreadable(number + 1, line, reader.line_num, exc))
            break
        number += 1
        if header is None:
            header = [cell.strip().lower() for cell in cells]
            check_header(header)
        elif any(cell.strip() for cell in cells) and not cells[0].lstrip().startswith("#"):
            found = _shape_problem(cells, header, delimiter, line)
            if found:
                problems.append(ValidationError(f"row {number} (line {line})", found))
            else:
                rows.append(CsvRow(number, line, dict(zip(header, cells, strict=True))))
    if header is None:
        check_header([])
    if problems:
        raise CsvImportError(problems)
    return rows


def _unreadable(number: int, first_line: int, last_line: int, exc: csv.Error) -> ValidationError:
    """What a strict parse error means, worded for someone holding a spreadsheet."""
    reason = str(exc)
    if "unexpected end of data" in reason:
        message = (
            "a quote opens a cell and is never closed, so every line after it would "
            "land in that one cell; close the quote or remove it"
        )
    elif "expected after" in reason:
        message = (
            f"on line {last_line} a quote closes a cell but more text follows it; "
            'inside a quoted cell write each quote twice ("")'
        )
    elif "field larger than field limit" in reason:
        message = "a cell is longer than a whole spreadsheet should be; is a quote left open?"
    else:
        message = f"cannot be read as CSV ({reason})"
    return ValidationError(f"row {number} (line {first_line})", message)


def _shape_problem(cells: list[str], header: list[str], delimiter: str, line: int) -> str:
    """Why the row's cells cannot be the header's columns; empty when they can."""
    separator = "semicolon" if delimiter == ";" else "comma"
    if len(cells) != len(header):
        return (
            f"has {len(cells)} cells but the header has {len(header)}; "
            f"look for a {separator} too many or too few"
        )
    for column, cell in zip(header, cells, strict=True):
        inner = cell.split("\n")
        for offset, text in enumerate(inner[1:], start=1):
            if text.count(delimiter) >= len(header) - 1:
                return (
                    f"the cell {column!r} runs over {len(inner)} lines and its line "
                    f"{line + offset} looks like a row of its own: a quote is probably "
                    "not closed; check the quotes of this row"
                )
        line += len(inner) - 1
    return ""
