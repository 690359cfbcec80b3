"""Bulk entry of filings from CSV: the template, Excel's habits, all rows or none."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casetracker.cli import main
from casetracker.services import csv_import
from casetracker.services.case_detail import case_detail
from casetracker.services.demo import DemoResult
from casetracker.services.history import history
from casetracker.store.database import Database
from casetracker.store.models import AuditEntry, Filing

HEADER = "expediente,filed_on,kind,sumilla,filed_by,reference,notified_on,notes"
TC_CASE = "00009-2019-PI/TC"


def filing_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Filing)) or 0


def audit_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def tc_case_id(demo: DemoResult, db: Database) -> int:
    return next(i for i in demo.case_ids if case_detail(db, i).case.expediente == TC_CASE)


def test_the_template_imports_as_is_and_guides_the_user(db: Database, tmp_path: Path) -> None:
    template = tmp_path / "plantilla.csv"
    csv_import.write_template(template)
    text = template.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == HEADER
    assert "brief (Escrito)" in text and "DD/MM/YYYY" in text
    with pytest.raises(csv_import.CsvImportError, match="has no rows to import"):
        csv_import.import_filings_csv(db, template)


def test_rows_become_filings_with_history(demo: DemoResult, db: Database) -> None:
    case_id = tc_case_id(demo, db)
    before, audits = filing_count(db), audit_count(db)
    rows = [
        HEADER,
        f"{TC_CASE},2026-03-15,brief,Solicita copias certificadas,,Escrito N.° 7,,",
        f'{TC_CASE},16/03/2026,Resolución,"Resolución N.° 3, provee",,,2026-03-20,"dos\nlíneas"',
    ]
    raw = ("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8")
    result = csv_import.import_filings_bytes(db, raw)
    assert result.count == 2 and filing_count(db) == before + 2
    assert audit_count(db) == audits + 2
    filings = {f.id: f for f in case_detail(db, case_id).filings}
    second = filings[result.filing_ids[1]]
    assert second.filed_on == date(2026, 3, 16) and second.kind.value == "resolution"
    assert second.notified_on == date(2026, 3, 20) and second.notes == "dos\nlíneas"
    assert [h.entity_id for h in history(db, case_id=case_id)][:2] == list(
        reversed(result.filing_ids)
    )


def test_excel_semicolons_and_a_named_windows_1252_are_understood(
    demo: DemoResult, db: Database
) -> None:
    rows = [HEADER.replace(",", ";"), f"{TC_CASE};01/04/2026;Escrito;Apelación;;;;"]
    raw = "\r\n".join(rows).encode("cp1252")
    result = csv_import.import_filings_bytes(db, raw, encoding="cp1252")
    filing = next(
        f for f in case_detail(db, tc_case_id(demo, db)).filings if f.id == result.filing_ids[0]
    )
    assert filing.sumilla == "Apelación"
    assert result.encoding == "cp1252, as asked"


def test_one_bad_row_writes_nothing_and_each_problem_names_its_row(
    demo: DemoResult, db: Database
) -> None:
    before, audits = filing_count(db), audit_count(db)
    rows = [HEADER] + [f"{TC_CASE},2026-03-{day:02d},brief,Escrito {day},,,," for day in (1, 2)]
    rows += [
        "99999-2030-XX/TC,2026-03-03,brief,Sin caso,,,,",
        f"{TC_CASE},2026-02-30,petition,,Nadie Conocido,,,",
        f"{TC_CASE},2026-03-05,brief,Notificado antes,,,2026-03-01,",
    ]
    with pytest.raises(csv_import.CsvImportError) as caught:
        csv_import.import_filings_bytes(db, "\n".join(rows).encode())
    problems = [str(error) for error in caught.value.errors]
    assert problems[0].startswith("row 4, expediente: no case has the number")
    assert "row 5, filed_on: '2026-02-30' is not a valid date" in problems[1]
    assert problems[2].startswith("row 5, kind: 'petition' is not valid")
    assert problems[3] == "row 5, sumilla: is required; fill it in"
    assert problems[4].startswith("row 5, filed_by: no party is named 'Nadie Conocido'")
    assert problems[5] == "row 6, notified_on: cannot be earlier than filed on"
    assert len(problems) == 6
    assert filing_count(db) == before and audit_count(db) == audits


def test_a_party_is_found_by_name_without_accents_or_case(demo: DemoResult, db: Database) -> None:
    case = case_detail(db, tc_case_id(demo, db))
    party = case.parties[0]
    typed = party.party.name.upper()
    raw = f"{HEADER}\n{TC_CASE},2026-03-15,brief,Escrito,{typed},,,\n".encode()
    result = csv_import.import_filings_bytes(db, raw)
    filing = next(f for f in case_detail(db, case.case.id).filings if f.id == result.filing_ids[0])
    assert filing.filed_by is not None and filing.filed_by.id == party.party.id


def test_header_problems_are_reported_before_any_row(db: Database) -> None:
    raw = b"expediente,fecha,kind\n1,2026-01-01,brief\n"
    with pytest.raises(csv_import.CsvImportError) as caught:
        csv_import.import_filings_bytes(db, raw)
    problems = [str(error) for error in caught.value.errors]
    assert "header: column 'fecha' is not one of: expediente, filed_on" in problems[0]
    assert "header: the column 'filed_on' is missing" in problems
    assert "header: the column 'sumilla' is missing" in problems


def test_the_command_line_lists_problems_one_per_line(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "filings.csv"
    assert main(["--db", str(demo_copy), "filings-template", str(template)]) == 0
    capsys.readouterr()
    template.write_text(
        f"{HEADER}\n{TC_CASE},2026-03-15,brief,Bien,,,,\n{TC_CASE},mañana,brief,Mal,,,,\n",
        encoding="utf-8",
    )
    assert main(["--db", str(demo_copy), "import-filings", str(template)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].endswith("nothing was imported:")
    assert err[1].startswith("  row 3, filed_on: 'mañana' is not a valid date")
    template.write_text(f"{HEADER}\n{TC_CASE},2026-03-15,brief,Bien,,,,\n", encoding="utf-8")
    assert main(["--db", str(demo_copy), "import-filings", str(template)]) == 0
    assert "Imported 1 filing from" in capsys.readouterr().out


def fifty_rows(*, bad: int | None = None, bad_row: str = "") -> list[str]:
    rows = [HEADER] + [
        f"{TC_CASE},2026-03-{1 + n % 28:02d},brief,Escrito {n},,,," for n in range(2, 51)
    ]
    if bad is not None:
        rows[bad - 1] = bad_row
    return rows


def refusal(db: Database, raw: bytes, encoding: str | None = None) -> list[str]:
    before = filing_count(db)
    with pytest.raises(csv_import.CsvImportError) as caught:
        csv_import.import_filings_bytes(db, raw, encoding)
    assert filing_count(db) == before
    return [str(error) for error in caught.value.errors]


def test_a_quote_left_open_refuses_the_file_naming_its_row(demo: DemoResult, db: Database) -> None:
    """It used to swallow the 25 rows after it into one filing's notes, exit 0."""
    rows = fifty_rows(bad=25, bad_row=f'{TC_CASE},2026-03-25,brief,Escrito 25,,,,"nota sin cerrar')
    assert refusal(db, "\n".join(rows).encode()) == [
        "row 25 (line 25): a quote opens a cell and is never closed, so every line after "
        "it would land in that one cell; close the quote or remove it"
    ]


def test_a_quote_closed_rows_later_is_caught_too(demo: DemoResult, db: Database) -> None:
    rows = fifty_rows(bad=25, bad_row=f'{TC_CASE},2026-03-25,brief,Escrito 25,,,,"nota abierta')
    rows[39] = f'{TC_CASE},2026-03-12,brief,Escrito 40,,,,cierra"'
    assert refusal(db, "\n".join(rows).encode()) == [
        "row 25 (line 25): the cell 'notes' runs over 16 lines and its line 26 looks like "
        "a row of its own: a quote is probably not closed; check the quotes of this row"
    ]
    rows[39] = f'{TC_CASE},2026-03-12,brief,"Escrito 40" urgente,,,,'
    [problem] = refusal(db, "\n".join(rows).encode())
    assert problem.startswith("row 25 (line 25): on line 40 a quote closes a cell but more")


def test_rows_with_too_many_or_too_few_cells_are_each_named(demo: DemoResult, db: Database) -> None:
    rows = fifty_rows(bad=7, bad_row=f"{TC_CASE},2026-03-07,brief,Escrito, con coma,,,,")
    rows[11] = f"{TC_CASE},2026-03-12,brief,Escrito 12"
    assert refusal(db, "\n".join(rows).encode()) == [
        "row 7 (line 7): has 9 cells but the header has 8; look for a comma too many or too few",
        "row 12 (line 12): has 4 cells but the header has 8; look for a comma too many or too few",
    ]


def test_a_byte_that_is_not_utf8_is_refused_naming_line_and_offset(
    demo: DemoResult, db: Database
) -> None:
    """It used to decode the whole file as cp1252: Apelación became ApelaciÃ³n."""
    rows = fifty_rows(bad=3, bad_row=f"{TC_CASE},2026-03-03,brief,Apelación,,,,")
    rows[4] = f"{TC_CASE},2026-03-05,brief,Nulidad deducida,,,,"
    raw = "\n".join(rows).encode("utf-8").replace(b"Nulidad", b"Nulidad \xe9")
    offset = raw.index(b"\xe9")
    assert refusal(db, raw) == [
        f"line 5: the byte 0xE9 at offset {offset:,} of the file is not UTF-8; save the "
        "file as CSV UTF-8, or name its encoding (import-filings --encoding cp1252 for "
        "older Excel files)"
    ]


@pytest.mark.parametrize(
    ("encoded", "encoding", "said"),
    [
        (lambda text: text.encode("utf-8"), None, "UTF-8"),
        (lambda text: "\ufeff".encode() + text.encode("utf-8"), None, "UTF-8 with BOM"),
        (lambda text: text.encode("utf-16"), None, "UTF-16 (little-endian, with BOM)"),
        (lambda text: "\ufeff".encode("utf-16-be") + text.encode("utf-16-be"), None,
         "UTF-16 (big-endian, with BOM)"),
        (lambda text: text.encode("latin-1"), "latin-1", "latin-1, as asked"),
    ],
)  # fmt: skip
def test_the_encoding_used_is_reported(
    demo: DemoResult,
    db: Database,
    encoded: Callable[[str], bytes],
    encoding: str | None,
    said: str,
) -> None:
    text = "\r\n".join([HEADER, f"{TC_CASE},2026-04-01,brief,Apelación,,,,"])
    result = csv_import.import_filings_bytes(db, encoded(text), encoding)
    assert result.encoding == said
    sumillas = {f.id: f.sumilla for f in case_detail(db, tc_case_id(demo, db)).filings}
    assert sumillas[result.filing_ids[0]] == "Apelación"


def test_utf16_without_bom_and_unknown_encodings_are_explained(db: Database) -> None:
    text = "\n".join([HEADER, f"{TC_CASE},2026-04-01,brief,Apelación,,,,"])
    [problem] = refusal(db, text.encode("utf-16-le"))
    assert problem.startswith("line 1: holds a NUL character") and "utf-16-le" in problem
    [problem] = refusal(db, text.encode(), encoding="klingon")
    assert problem.startswith("encoding: 'klingon' is not an encoding this program knows")
    # A byte that is not text in the name (a surrogate from the command line) too.
    [problem] = refusal(db, text.encode(), encoding="\udcff")
    assert "is not an encoding this program knows" in problem


def test_the_command_line_says_which_encoding_it_used(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "escritos.csv"
    source.write_bytes(f"{HEADER}\r\n{TC_CASE};01/04/2026;Escrito;Apelación;;;;\r\n".replace(
        ",", ";").encode("cp1252"))  # fmt: skip
    assert main(["--db", str(demo_copy), "import-filings", str(source)]) == 1
    err = capsys.readouterr().err
    assert "line 2: the byte 0xF3" in err and "nothing was imported" in err
    args = ["--db", str(demo_copy), "import-filings", str(source), "--encoding", "cp1252"]
    assert main(args) == 0
    assert (
        capsys.readouterr().out == f"Imported 1 filing from {source} (read as cp1252, as asked)\n"
    )


def test_a_pipe_a_device_or_a_huge_file_is_refused_without_reading_it(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "filings.csv"
    os.mkfifo(pipe)
    assert main(["--db", str(demo_copy), "import-filings", str(pipe)]) == 1
    assert "file: is not an ordinary file (a pipe or a device)" in capsys.readouterr().err
    assert main(["--db", str(demo_copy), "import-filings", "/dev/zero"]) == 1
    assert "file: is not an ordinary file" in capsys.readouterr().err
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as handle:
        handle.truncate(csv_import.MAX_BYTES + 1)  # sparse: nothing is written to disk
    assert main(["--db", str(demo_copy), "import-filings", str(huge)]) == 1
    assert "more than a spreadsheet of filings holds (at most 50 MB); split it" in (
        capsys.readouterr().err
    )
