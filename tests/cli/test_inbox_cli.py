"""``casetracker inbox``: court documents proposed as filings, saved only with --accept."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from tests.cli.test_cli import run_cli
from tests.documents.court_papers import encrypted_pdf, typed_pdf

BAMBAS = "00045-2019-0-0302-JM-CI-01"
ADMISSION = (
    "CORTE SUPERIOR DE JUSTICIA DE APURÍMAC",
    "JUZGADO CIVIL MIXTO DE TAMBOBAMBA",
    f"EXPEDIENTE : {BAMBAS.replace('-', ' - ')}",
    "RESOLUCIÓN NÚMERO DOCE",
    "Tambobamba, diecisiete de noviembre del dos mil veintiséis.",
    "AUTOS Y VISTOS: la demanda de amparo interpuesta por el Frente de Defensa;",
    "SE RESUELVE: ADMITIR a trámite la demanda de amparo y correr traslado a los demandados.",
)
CONTINUED = ("SEGUNDO: Notifíquese a las partes con arreglo a ley.",)
TC_CEDULA = (
    "TRIBUNAL CONSTITUCIONAL",
    "CÉDULA DE NOTIFICACIÓN",
    "EXP. N.º 00009-2019-PI/TC (también 00045-2019-0-0302-JM-CI-01)",
    "Res. N.º 7 de fecha 08/06/2021",
    "SUMILLA: Se notifica el auto de aclaración",
)
UNKNOWN = (
    "CORTE SUPERIOR DE JUSTICIA DE PUNO",
    "SALA CIVIL DE PUNO",
    "EXPEDIENTE : 00777-2024-0-2101-SP-CI-01",
    "DECRETO",
    "Puno, 3 de marzo de 2026",
    "Agréguese a los autos el escrito presentado.",
)


def _filings(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM filings").fetchone()[0]


@pytest.fixture
def demo_file(demo_db_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_db_file, path)
    return path


def test_a_consolidated_pdf_is_proposed_document_by_document_without_saving(
    demo_file: Path, tmp_path: Path
) -> None:
    consolidated = tmp_path / "consolidado ñ #1.pdf"
    consolidated.write_bytes(typed_pdf(ADMISSION, CONTINUED, TC_CEDULA, UNKNOWN))
    before = _filings(demo_file)

    result = run_cli("--db", str(demo_file), "inbox", str(consolidated), "--json")

    assert result.returncode == 0, result.stderr
    first, cedula, unknown = json.loads(result.stdout)
    assert (first["pages"], first["first_page"], first["text_source"]) == (2, 1, "text")
    assert first["expedientes"] == [BAMBAS]
    assert first["case_id"] is not None
    assert (first["kind"], first["resolution_number"]) == ("resolucion", 12)
    assert first["document_date"] == "2026-11-17"
    assert first["court"] == "JUZGADO CIVIL MIXTO DE TAMBOBAMBA"
    assert first["sumilla"].startswith("ADMITIR a trámite la demanda de amparo")
    assert first["deadlines"], "an admission of an amparo starts the answer period"
    for deadline in first["deadlines"]:
        assert date.fromisoformat(deadline["due_on"]) > date(2026, 11, 17)
        assert deadline["rule"] and deadline["title"]
        assert deadline["explanation"].startswith("Notificación: mar 17 nov 2026\n")
        assert "\nVence: " in deadline["explanation"]

    assert cedula["expedientes"] == ["00009-2019-PI/TC", BAMBAS]
    assert cedula["kind"] == "cedula" and cedula["resolution_number"] == 7
    assert cedula["document_date"] == "2021-06-08"
    assert cedula["sumilla"] == "Se notifica el auto de aclaración"
    assert cedula["case_id"] is not None and cedula["case_id"] != first["case_id"]

    assert unknown["case_id"] is None and unknown["kind"] == "decreto"
    assert unknown["court"] == "SALA CIVIL DE PUNO"
    assert _filings(demo_file) == before, "inbox without --accept saved something"


def test_accept_saves_filings_with_their_pdf_and_deadlines_and_knows_them_again(
    demo_file: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "descargas"
    folder.mkdir()
    (folder / "res 12.pdf").write_bytes(typed_pdf(ADMISSION, CONTINUED))
    before = _filings(demo_file)

    result = run_cli("--db", str(demo_file), "inbox", str(folder), "--accept")

    assert result.returncode == 0, result.stderr
    assert "Saved 1 filing(s)." in result.stdout
    assert _filings(demo_file) == before + 1
    with closing(sqlite3.connect(demo_file)) as conn:
        sumilla, notified, name = conn.execute(
            "SELECT f.sumilla, f.notified_on, a.filename FROM filings f "
            "JOIN attachments a ON a.filing_id = f.id ORDER BY f.id DESC LIMIT 1"
        ).fetchone()
        deadlines = conn.execute(
            "SELECT count(*) FROM deadlines d JOIN filings f ON d.trigger_filing_id = f.id "
            "WHERE f.sumilla = ?",
            (sumilla,),
        ).fetchone()[0]
    assert sumilla.startswith("ADMITIR a trámite") and notified == "2026-11-17"
    assert name == "res 12.pdf" and deadlines >= 1

    again = run_cli("--db", str(demo_file), "inbox", str(folder), "--json")
    [proposal] = json.loads(again.stdout)
    assert proposal["already_stored"] is not None


def test_an_unreadable_file_is_one_line_and_accept_saves_nothing(
    demo_file: Path, tmp_path: Path
) -> None:
    good = tmp_path / "res.pdf"
    good.write_bytes(typed_pdf(ADMISSION))
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(encrypted_pdf(typed_pdf(ADMISSION)))
    before = _filings(demo_file)

    result = run_cli("--db", str(demo_file), "inbox", str(good), str(locked), "--accept")

    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("casetracker: error: locked.pdf: the PDF is protected by a password")
    assert lines[-1] == "casetracker: error: inbox: 1 file(s) could not be read; nothing was saved"
    assert _filings(demo_file) == before


def test_the_printed_deadlines_say_how_they_were_counted(demo_file: Path, tmp_path: Path) -> None:
    resolution = tmp_path / "res 12.pdf"
    resolution.write_bytes(typed_pdf(ADMISSION))

    result = run_cli("--db", str(demo_file), "inbox", str(resolution))

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("    deadline "))
    explanation = []
    for line in lines[first + 1 :]:
        if not line.startswith("        "):
            break
        explanation.append(line.strip())
    assert explanation, result.stdout
    assert explanation[0] == "Notificación: mar 17 nov 2026"
    assert any(line.startswith("Vence: ") for line in explanation), explanation


def test_create_cases_proposes_a_new_case_and_accept_creates_it_with_the_filing(
    demo_file: Path, tmp_path: Path
) -> None:
    decree = tmp_path / "decreto puno.pdf"
    decree.write_bytes(typed_pdf(UNKNOWN))
    before = _filings(demo_file)

    shown = run_cli(
        "--db", str(demo_file), "inbox", str(decree), "--create-cases", "amparo", "--json"
    )

    assert shown.returncode == 0, shown.stderr
    [proposal] = json.loads(shown.stdout)
    assert proposal["case_id"] is None
    assert proposal["new_case"] == {
        "expediente": "00777-2024-0-2101-SP-CI-01",
        "title": "Exp. 00777-2024-0-2101-SP-CI-01",
        "procedure": "amparo",
    }
    assert _filings(demo_file) == before, "without --accept nothing is saved"

    saved = run_cli(
        "--db", str(demo_file), "inbox", str(decree), "--create-cases", "amparo", "--accept"
    )

    assert saved.returncode == 0, saved.stderr
    assert "new case 00777-2024-0-2101-SP-CI-01 (amparo)" in saved.stdout
    with closing(sqlite3.connect(demo_file)) as conn:
        title, procedure, filed = conn.execute(
            "SELECT c.title, c.procedure, f.filed_on FROM cases c JOIN filings f "
            "ON f.case_id = c.id WHERE c.expediente_key = ?",
            ("00777-2024-0-2101-SP-CI-01",),
        ).fetchone()
    assert (title, procedure, filed) == ("Exp. 00777-2024-0-2101-SP-CI-01", "amparo", "2026-03-03")
    again = run_cli("--db", str(demo_file), "inbox", str(decree), "--json")
    [known] = json.loads(again.stdout)
    assert known["case_id"] is not None and known["already_stored"] is not None


def test_without_create_cases_an_unknown_expediente_is_one_line_and_nothing_saved(
    demo_file: Path, tmp_path: Path
) -> None:
    decree = tmp_path / "decreto puno.pdf"
    decree.write_bytes(typed_pdf(UNKNOWN))
    before = _filings(demo_file)

    result = run_cli("--db", str(demo_file), "inbox", str(decree), "--accept")

    assert result.returncode != 0
    assert (
        result.stderr.strip()
        .splitlines()[-1]
        .startswith(
            "casetracker: error: case: decreto puno.pdf (page 1) names no case of this database"
        )
    )
    assert _filings(demo_file) == before
