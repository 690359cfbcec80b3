"""``casetracker brief`` from a terminal: files written, clear errors otherwise."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document as open_docx
from pypdf import PdfReader


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casetracker", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
    )


@pytest.fixture(scope="module")
def demo_file(demo_db_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("brief") / "demo.sqlite3"
    shutil.copyfile(demo_db_file, path)
    return path


def test_summary_pdf_and_matter_docx(demo_file: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "resumen.pdf"
    result = run_cli("--db", str(demo_file), "brief", "00009-2019-PI/TC", "--kind", "summary",
                     "--format", "pdf", "-o", str(pdf))  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Colegio de Abogados de San Martín" in text
    docx = tmp_path / "materia.docx"
    matter = "Convenios PNP – empresas extractivas"
    result = run_cli("--db", str(demo_file), "brief", "--matter", matter, "--format", "docx",
                     "-o", str(docx))  # fmt: skip
    assert result.returncode == 0, result.stderr
    headings = [p.text for p in open_docx(str(docx)).paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Convenios PNP – empresas extractivas"]


def test_escrito_needs_a_filing(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "escrito.pdf"
    result = run_cli("--db", str(demo_file), "brief", "1", "--kind", "escrito",
                     "--format", "pdf", "-o", str(target))  # fmt: skip
    assert result.returncode == 1
    assert "--filing" in result.stderr
    assert "Traceback" not in result.stderr
    assert not target.exists()


def test_escrito_with_lawyer_from_the_environment(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "escrito.docx"
    env_lawyer = {
        "CASETRACKER_LAWYER": "Cruz Silva del Carpio",
        "CASETRACKER_BAR_NUMBER": "Reg. CAL N.º 4521",
    }
    result = subprocess.run(
        [sys.executable, "-m", "casetracker", "--db", str(demo_file), "brief", "--kind",
         "escrito", "--filing", "1", "--format", "docx", "-o", str(target)],
        capture_output=True, text=True, timeout=120, env={**os.environ, **env_lawyer},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    tables = open_docx(str(target)).tables
    cells = " ".join(cell.text for table in tables for row in table.rows for cell in row.cells)
    paragraphs = " ".join(p.text for p in open_docx(str(target)).paragraphs)
    assert "Cruz Silva del Carpio" in cells + paragraphs
    assert "Reg. CAL N.º 4521" in cells + paragraphs


def test_a_folder_that_does_not_exist_is_a_clear_error(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "resumen.pdf"
    result = run_cli("--db", str(demo_file), "brief", "1", "--format", "pdf", "-o", str(target))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "does not exist; create it first" in result.stderr
    assert "Traceback" not in result.stderr


def filing_ids(demo_file: Path, case: str) -> list[int]:
    shown = run_cli("--db", str(demo_file), "show", case, "--json")
    assert shown.returncode == 0, shown.stderr
    return [filing["id"] for filing in json.loads(shown.stdout)["filings"]]


def test_a_filing_of_another_case_is_refused(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "escrito.pdf"
    other = filing_ids(demo_file, "1")[0]
    result = run_cli("--db", str(demo_file), "brief", "3", "--kind", "escrito",
                     "--filing", str(other), "--format", "pdf", "-o", str(target))  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"casetracker: error: filing {other} belongs to case 1, not to case 3; "
        "the filings of case 3 and their ids are listed by: casetracker show 3"
    ]
    assert not target.exists()
    own = filing_ids(demo_file, "3")[0]
    result = run_cli("--db", str(demo_file), "brief", "3", "--kind", "escrito",
                     "--filing", str(own), "--format", "pdf", "-o", str(target))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert target.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("1", "--filing", "2"), "--filing is for --kind escrito"),
        (("1", "--matter", "1"), "give either CASE or --matter, not both"),
    ],
)
def test_options_that_would_be_ignored_are_refused(
    demo_file: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    target = tmp_path / "brief.pdf"
    result = run_cli("--db", str(demo_file), "brief", *args, "--format", "pdf", "-o", str(target))
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not target.exists()


def test_show_lists_each_filing_with_its_id(demo_file: Path) -> None:
    ids = filing_ids(demo_file, "1")
    text = run_cli("--db", str(demo_file), "show", "1").stdout.splitlines()
    listed = text[text.index("Filings") + 1 : text.index("Filings") + 1 + len(ids)]
    assert [line.split()[0] for line in listed] == [f"#{filing_id}" for filing_id in ids]


def test_a_court_resolution_is_refused_as_an_escrito(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "resolucion.pdf"
    result = run_cli("--db", str(demo_file), "brief", "1", "--kind", "escrito", "--filing", "9",
                     "--format", "pdf", "-o", str(target))  # fmt: skip
    assert result.returncode == 1
    assert "not an escrito" in result.stderr and "court resolution" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not target.exists()


def test_copy_chooses_between_the_court_and_the_public_copy(
    demo_file: Path, tmp_path: Path
) -> None:
    court, public = tmp_path / "court.docx", tmp_path / "public.docx"
    for copy, target in (("court", court), ("public", public)):
        result = run_cli("--db", str(demo_file), "brief", "1", "--kind", "summary",
                         "--copy", copy, "--format", "docx", "-o", str(target))  # fmt: skip
        assert result.returncode == 0, result.stderr

    def text(path: Path) -> str:
        document = open_docx(str(path))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        return " ".join([p.text for p in document.paragraphs] + cells)

    assert "Juana Quispe Huamaní" in text(court)
    assert "Juana Quispe" not in text(public) and "[RESERVADO]" in text(public)
    result = run_cli("--db", str(demo_file), "brief", "1", "--copy", "secret", "--format", "pdf",
                     "-o", str(tmp_path / "x.pdf"))  # fmt: skip
    assert result.returncode == 2 and "court" in result.stderr


def test_the_escrito_is_written_as_the_kind_asked(demo_file: Path, tmp_path: Path) -> None:
    """Filing 8 (alegatos) written as an appeal gets the appeal's sections; as a request
    for oral argument, the short form without numbered sections."""
    texts = {}
    for kind in ("", "apelacion", "informe_oral"):
        target = tmp_path / f"escrito{kind}.pdf"
        chosen = ("--escrito-kind", kind) if kind else ()
        result = run_cli("--db", str(demo_file), "brief", "1", "--kind", "escrito", "--filing",
                         "8", *chosen, "--format", "pdf", "-o", str(target))  # fmt: skip
        assert result.returncode == 0, result.stderr
        texts[kind] = subprocess.run(
            ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout

    assert "II. ALEGATOS" in texts[""]
    assert "FUNDAMENTOS DEL RECURSO Y AGRAVIOS" in texts["apelacion"]
    assert "ALEGATOS" not in texts["apelacion"].split("respetuosamente digo:")[1][:400]
    assert "I. PETITORIO" not in texts["informe_oral"]


def test_an_unknown_escrito_kind_or_one_for_a_summary_is_refused(
    demo_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "x.pdf"
    unknown = run_cli("--db", str(demo_file), "brief", "1", "--kind", "escrito", "--filing", "8",
                      "--escrito-kind", "queja", "--format", "pdf", "-o", str(target))  # fmt: skip
    summary = run_cli("--db", str(demo_file), "brief", "1", "--escrito-kind", "apelacion",
                      "--format", "pdf", "-o", str(target))  # fmt: skip

    assert unknown.returncode == 2
    assert "invalid choice: 'queja'" in unknown.stderr
    assert summary.returncode != 0
    assert "--escrito-kind is for --kind escrito" in summary.stderr
    assert "Traceback" not in unknown.stderr + summary.stderr
    assert not target.exists()


def test_the_escrito_with_its_annexes_is_one_pdf(demo_file: Path, tmp_path: Path) -> None:
    plain, joined = tmp_path / "escrito.pdf", tmp_path / "con-anexos.pdf"
    base = ("--db", str(demo_file), "brief", "1", "--kind", "escrito", "--filing", "1",
            "--format", "pdf")  # fmt: skip
    assert run_cli(*base, "-o", str(plain)).returncode == 0
    result = run_cli(*base, "--with-annexes", "-o", str(joined))
    assert result.returncode == 0, result.stderr

    escrito_pages = len(PdfReader(plain).pages)
    pages = [page.extract_text() for page in PdfReader(joined).pages]
    assert len(pages) == escrito_pages + 2, "a cover page and the claim's one page"
    assert "ANEXO 1-A" in pages[escrito_pages]
    assert "Demanda de amparo (extracto ilustrativo)" in pages[escrito_pages]
    assert "DEMANDA DE AMPARO" in pages[escrito_pages + 1]

    public = run_cli(*base, "--with-annexes", "--copy", "public", "-o", str(tmp_path / "p.pdf"))
    docx = run_cli(*base[:-1], "docx", "--with-annexes", "-o", str(tmp_path / "e.docx"))
    assert public.returncode == 1 and "go only in the court copy" in public.stderr
    assert (
        docx.returncode != 0 and "--with-annexes is for --kind escrito --format pdf" in docx.stderr
    )
    assert not (tmp_path / "p.pdf").exists() and not (tmp_path / "e.docx").exists()
