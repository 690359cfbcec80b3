"""Bulk entry of filings from a spreadsheet saved as CSV: all rows or none.

The template's columns are ``expediente, filed_on, kind, sumilla, filed_by,
reference, notified_on, notes``. ``expediente`` is the case's number (or its id),
dates are ``YYYY-MM-DD`` or ``DD/MM/YYYY``, ``kind`` is a code or its English or
Spanish label (``brief``, ``Escrito``), ``filed_by`` a party's name (or ``#id``).
Lines whose first cell starts with ``#`` are comments. Files saved by Excel work
as they are: UTF-8 with or without BOM, or Windows-1252, separated by commas or
semicolons. Rows are numbered as in the spreadsheet (the header is row 1); every
problem is reported as ``row 7, filed_on: …`` and nothing is written unless every
row is good. Each filing is recorded in the history like one entered by hand.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from casetracker.domain.enums import FilingKind
from casetracker.domain.errors import CasetrackerError, ValidationError, ValidationErrors
from casetracker.services.cases import resolve_case_id
from casetracker.services.filings import FilingInput, create_filing
from casetracker.store.atomic import write_bytes
from casetracker.store.database import Database
from casetracker.store.models import CaseParty, Party

COLUMNS = (
    "expediente",
    "filed_on",
    "kind",
    "sumilla",
    "filed_by",
    "reference",
    "notified_on",
    "notes",
)
REQUIRED = ("expediente", "filed_on", "kind", "sumilla")
MAX_ERRORS = 100


class CsvImportError(ValidationErrors):
    """Rows that cannot be imported; ``errors`` name them (``row 7, filed_on``)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__(errors)
        listed = "; ".join(str(e) for e in self.errors[:10])
        more = f"; … and {len(self.errors) - 10} more" if len(self.errors) > 10 else ""
        self.args = (f"nothing was imported: {listed}{more}",)


@dataclass(frozen=True, slots=True)
class CsvImportResult:
    """The filings created, in the order of the rows."""

    filing_ids: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.filing_ids)


def write_template(target: Path) -> None:
    """Write an empty template (with a commented example) for a spreadsheet."""
    kinds = ", ".join(f"{kind.value} ({kind.label_es})" for kind in FilingKind)
    lines = [
        ",".join(COLUMNS),
        f'"# kind: one of {kinds}"',
        '"# dates: YYYY-MM-DD or DD/MM/YYYY; filed_by: a party\'s name; delete these lines"',
        '"# 00123-2019-0-0302-JM-CI-01",15/03/2026,Escrito,Solicita copias certificadas,'
        ",Escrito N.° 5,,",
    ]
    # A BOM makes Excel read the accents as UTF-8.
    write_bytes(target, ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))


def import_filings_csv(db: Database, source: Path) -> CsvImportResult:
    """Create one filing per row of ``source``, all in one transaction.

    Raises:
        CsvImportError: every bad row and cell, nothing written.
    """
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise CsvImportError([ValidationError("file", f"cannot read it: {exc.strerror}")]) from exc
    return import_filings_bytes(db, raw)


def import_filings_bytes(db: Database, raw: bytes) -> CsvImportResult:
    """:func:`import_filings_csv` for the file's content."""
    rows = _parse(_decode(raw))
    problems: list[ValidationError] = []
    created: list[int] = []
    with db.unit_of_work() as uow:
        for number, cells in rows:
            data, found = _filing(db, cells)
            try:
                created.append(create_filing(db, data).id)
            except ValidationErrors as errors:
                found += list(errors.errors)
            except ValidationError as error:
                found.append(error)
            except CasetrackerError as error:
                # A clash found by the database ends the transaction: stop here.
                problems.append(ValidationError(f"row {number}", str(error)))
                break
            # Without a case, the service's "no such case" repeats the expediente's error.
            fields = {error.field for error in found}
            found = [e for e in found if not (e.field == "case" and "expediente" in fields)]
            found.sort(key=lambda e: COLUMNS.index(e.field) if e.field in COLUMNS else 99)
            problems += [_at(number, error) for error in found]
            if len(problems) >= MAX_ERRORS:
                break
        if problems:
            raise CsvImportError(problems)
        if not created:
            raise CsvImportError([ValidationError("file", "has no rows to import")])
        uow.commit()
    return CsvImportResult(tuple(created))


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _parse(text: str) -> list[tuple[int, dict[str, str]]]:
    """Rows as ``(spreadsheet row number, column -> cell)``; header checked."""
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [cell.strip().lower() for cell in next(reader, [])]
        _check_header(header)
        rows = []
        problems = []
        for index, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells) or cells[0].lstrip().startswith("#"):
                continue
            if len(cells) > len(header):
                problems.append(
                    ValidationError(
                        f"row {index}", f"has {len(cells)} cells; the header has {len(header)}"
                    )
                )
                continue
            padded = cells + [""] * (len(header) - len(cells))
            rows.append((index, dict(zip(header, padded, strict=True))))
    except csv.Error as exc:
        row = f"row {reader.line_num}" if reader.line_num else "file"
        raise CsvImportError([ValidationError(row, f"cannot be read as CSV ({exc})")]) from exc
    if problems:
        raise CsvImportError(problems)
    return rows


def _check_header(header: list[str]) -> None:
    problems = [
        ValidationError("header", f"column {name!r} is not one of: {', '.join(COLUMNS)}")
        for name in header
        if name not in COLUMNS
    ]
    problems += [
        ValidationError("header", f"the column {name!r} is missing")
        for name in REQUIRED
        if name not in header
    ]
    if len(set(header)) != len(header):
        problems.append(ValidationError("header", "a column appears twice"))
    if problems:
        raise CsvImportError(problems)


def _filing(db: Database, cells: dict[str, str]) -> tuple[FilingInput, list[ValidationError]]:
    """The service's input for one row, and the problems only the row can show."""
    problems: list[ValidationError] = []
    expediente = cells.get("expediente", "").strip()
    case_id = 0  # no case: the service still checks the other cells
    if not expediente:
        problems.append(ValidationError("expediente", "is required; enter the case's number"))
    else:
        try:
            case_id = resolve_case_id(db, expediente)
        except CasetrackerError:
            problems.append(
                ValidationError(
                    "expediente", f"no case has the number {expediente[:80]!r}; create it first"
                )
            )
    filed_by = cells.get("filed_by", "").strip()
    filed_by_id = None
    if filed_by:
        try:
            filed_by_id = _party(db, case_id, filed_by)
        except ValidationError as error:
            problems.append(error)
    data = FilingInput(
        case_id=case_id,
        filed_on=_date(cells.get("filed_on", "")),
        kind=cells.get("kind", "").strip(),
        sumilla=cells.get("sumilla", ""),
        filed_by_id=filed_by_id,
        reference=cells.get("reference", ""),
        notified_on=_date(cells.get("notified_on", "")),
        notes=cells.get("notes", ""),
    )
    return data, problems


def _date(cell: str) -> date | str | None:
    """ISO dates pass through; DD/MM/YYYY (as Peruvian spreadsheets write) converts."""
    text = cell.strip()
    if not text:
        return None
    try:
        return datetime.strptime(text, "%d/%m/%Y").date()
    except ValueError:
        return text  # the service explains what it expects


def _party(db: Database, case_id: int, name: str) -> int:
    if name.startswith("#") and name[1:].isdigit() and len(name) < 20:
        with db.read() as session:
            if session.get(Party, int(name[1:])) is not None:
                return int(name[1:])
        raise ValidationError("filed_by", f"no party has the id {name}")
    wanted = _folded(name)
    with db.read() as session:
        in_case = select(Party.id, Party.name).join(CaseParty, CaseParty.party_id == Party.id)
        for query in (in_case.where(CaseParty.case_id == case_id), select(Party.id, Party.name)):
            matches = {pid for pid, pname in session.execute(query) if _folded(pname) == wanted}
            if len(matches) == 1:
                return matches.pop()
            if len(matches) > 1:
                raise ValidationError("filed_by", f"several parties are named {name!r}; use #id")
    raise ValidationError("filed_by", f"no party is named {name[:80]!r}; add the party first")


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _at(number: int, error: ValidationError) -> ValidationError:
    return ValidationError(f"row {number}, {error.field}", error.message)
