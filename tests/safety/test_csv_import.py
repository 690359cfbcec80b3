"""Bulk entry of filings from CSV: the template, Excel's habits, all rows or none."""

from __future__ import annotations

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


def test_excel_semicolons_and_windows_1252_are_understood(demo: DemoResult, db: Database) -> None:
    rows = [HEADER.replace(",", ";"), f"{TC_CASE};01/04/2026;Escrito;Apelación;;;;"]
    raw = "\r\n".join(rows).encode("cp1252")
    result = csv_import.import_filings_bytes(db, raw)
    filing = next(
        f for f in case_detail(db, tc_case_id(demo, db)).filings if f.id == result.filing_ids[0]
    )
    assert filing.sumilla == "Apelación"


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
