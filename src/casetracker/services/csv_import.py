"""Bulk entry of filings from a spreadsheet saved as CSV: all rows or none.

The template's columns are ``expediente, filed_on, kind, sumilla, filed_by,
reference, notified_on, notes``. ``expediente`` is the case's number (or its id),
dates are ``YYYY-MM-DD`` or ``DD/MM/YYYY``, ``kind`` is a code or its English or
Spanish label (``brief``, ``Escrito``), ``filed_by`` a party's name (or ``#id``).
Lines whose first cell starts with ``#`` are comments. The file is UTF-8 (with or
without BOM, as Excel's "CSV UTF-8" saves it), UTF-16 with a BOM, or in an encoding
the caller names (``cp1252`` for older Excel files); cells are separated by commas
or semicolons. Rows are numbered as in the spreadsheet (the header is row 1); every
problem is reported as ``row 7, filed_on: …`` and nothing is written unless every
row is good. A file that does not parse cleanly (a quote left open, a row with too
many or too few cells, bytes that are not text) is refused as a whole, naming the
row and its line. Each filing is recorded in the history like one entered by hand.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from casetracker.atomic import write_bytes
from casetracker.domain.enums import FilingKind
from casetracker.domain.errors import CasetrackerError, ValidationError, ValidationErrors, echo
from casetracker.services._csv_rows import CsvImportError, decode, read_rows
from casetracker.services.cases import resolve_case_id
from casetracker.services.filings import FilingInput, create_filing
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
MAX_BYTES = 50 * 1024 * 1024
"""A spreadsheet of 100,000 filings is about 20 MB; anything far bigger is not one."""

__all__ = [
    "COLUMNS",
    "CsvImportError",
    "CsvImportResult",
    "import_filings_bytes",
    "import_filings_csv",
    "write_template",
]


@dataclass(frozen=True, slots=True)
class CsvImportResult:
    """The filings created, in the order of the rows, and how the file was decoded."""

    filing_ids: tuple[int, ...]
    encoding: str = "UTF-8"

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


def import_filings_csv(db: Database, source: Path, encoding: str | None = None) -> CsvImportResult:
    """Create one filing per row of ``source``, all in one transaction.

    ``encoding`` names the file's encoding when it is neither UTF-8 nor UTF-16 with
    a BOM (see the module's description).

    Raises:
        CsvImportError: every bad row and cell, nothing written.
    """
    return import_filings_bytes(db, _read(source), encoding)


def import_filings_bytes(db: Database, raw: bytes, encoding: str | None = None) -> CsvImportResult:
    """:func:`import_filings_csv` for the file's content."""
    decoded = decode(raw, encoding)
    rows = read_rows(decoded.text, _check_header)
    problems: list[ValidationError] = []
    created: list[int] = []
    with db.unit_of_work() as uow:
        for row in rows:
            data, found = _filing(db, row.cells)
            try:
                created.append(create_filing(db, data).id)
            except ValidationErrors as errors:
                found += list(errors.errors)
            except ValidationError as error:
                found.append(error)
            except CasetrackerError as error:
                # A clash found by the database ends the transaction: stop here.
                problems.append(ValidationError(f"row {row.number}", str(error)))
                break
            problems += [_at(row.number, error) for error in _in_column_order(found)]
            if len(problems) >= MAX_ERRORS:
                break
        if problems:
            raise CsvImportError(problems)
        if not created:
            raise CsvImportError([ValidationError("file", "has no rows to import")])
        uow.commit()
    return CsvImportResult(tuple(created), decoded.encoding)


def _read(source: Path) -> bytes:
    """The file's bytes; a folder, pipe or device is refused before it is opened."""
    try:
        info = os.stat(source)
        if stat.S_ISDIR(info.st_mode):
            raise CsvImportError([ValidationError("file", "is a folder; choose a CSV file")])
        if not stat.S_ISREG(info.st_mode):
            # Reading a named pipe or a device would wait or read forever.
            raise CsvImportError(
                [ValidationError("file", "is not an ordinary file (a pipe or a device)")]
            )
        if info.st_size > MAX_BYTES:
            raise CsvImportError(
                [
                    ValidationError(
                        "file",
                        f"is {info.st_size / 1024 / 1024:,.0f} MB, more than a spreadsheet "
                        f"of filings holds (at most {MAX_BYTES // 1024 // 1024} MB); split it",
                    )
                ]
            )
        return source.read_bytes()
    except OSError as exc:
        raise CsvImportError([ValidationError("file", f"cannot read it: {exc.strerror}")]) from exc


def _check_header(header: list[str]) -> None:
    problems = [
        ValidationError("header", f"column {echo(name)} is not one of: {', '.join(COLUMNS)}")
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
                    "expediente", f"no case has the number {echo(expediente)}; create it first"
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
                raise ValidationError(
                    "filed_by", f"several parties are named {echo(name)}; use #id"
                )
    raise ValidationError("filed_by", f"no party is named {echo(name)}; add the party first")


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _in_column_order(found: list[ValidationError]) -> list[ValidationError]:
    # Without a case, the service's "no such case" repeats the expediente's error.
    fields = {error.field for error in found}
    found = [e for e in found if not (e.field == "case" and "expediente" in fields)]
    return sorted(found, key=lambda e: COLUMNS.index(e.field) if e.field in COLUMNS else 99)


def _at(number: int, error: ValidationError) -> ValidationError:
    return ValidationError(f"row {number}, {error.field}", error.message)
