"""``brief CASE --template FILE.docx``: the team's letterhead, filled from the case."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casetracker", *args],
        capture_output=True, text=True, timeout=300, env=os.environ.copy(),
    )  # fmt: skip


@pytest.fixture(scope="module")
def demo_file(demo_db_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("templates") / "demo.sqlite3"
    shutil.copyfile(demo_db_file, path)
    return path


def letterhead(path: Path, *lines: str, split: str = "") -> Path:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "INSTITUTO DE DEFENSA LEGAL — {{ today }}"
    for line in lines:
        document.add_paragraph(line)
    if split:
        paragraph = document.add_paragraph()
        half = len(split) // 2
        paragraph.add_run(split[:half])
        paragraph.add_run(split[half:]).bold = True  # as Word does after a correction
    document.save(str(path))
    return path


def text_of(path: Path) -> str:
    document = docx.Document(str(path))
    header = " ".join(p.text for p in document.sections[0].header.paragraphs)
    return header + " " + " ".join(p.text for p in document.paragraphs)


LINES = (
    "Exp. {{ case.expediente }} — {{ case.court }}",
    "{{ case.title }}",
    "Demandantes: {% for p in parties.plaintiffs %}{{ p.name }}; {% endfor %}",
    "Sumilla: {{ filing.sumilla }} ({{ instance.court }})",
    "Nota: {{ ask.nota }}",
)


def test_a_template_is_filled_from_the_case_and_the_filing(demo_file: Path, tmp_path: Path) -> None:
    template = letterhead(tmp_path / "membrete.docx", *LINES)
    out = tmp_path / "escrito.docx"
    note = "nota=Juana Quispe declaró"
    result = run_cli("--db", str(demo_file), "brief", "2", "--template", str(template),
                     "--filing", "11", "--set", note, "-o", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = text_of(out)
    assert "INSTITUTO DE DEFENSA LEGAL — " in text and "{{" not in text
    assert "Exp. 02151-2019-PA/TC — Tribunal Constitucional" in text
    assert "Demandantes: Óscar Mollohuanca Cruz; Carlos Umasi;" in text
    # The filing's own instance: the claim was filed in Espinar.
    assert "Sumilla: Interpone demanda de amparo" in text and "(Juzgado Mixto de Espinar)" in text
    assert "Nota: Juana Quispe declaró" in text  # a filing's document: the court copy
    public = tmp_path / "public.docx"
    result = run_cli("--db", str(demo_file), "brief", "2", "--template", str(template),
                     "--set", "nota=Juana Quispe declaró", "-o", str(public))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Nota: [RESERVADO] declaró" in text_of(public)


def test_unknown_fields_split_tags_and_missing_values_are_named_before_use(
    demo_file: Path, tmp_path: Path
) -> None:
    template = letterhead(tmp_path / "malo.docx", "{{ case.numero }} {{ abogado }}",
                          split="{{ case.expediente }}")  # fmt: skip
    out = tmp_path / "x.docx"
    result = run_cli("--db", str(demo_file), "brief", "1", "--template", str(template),
                     "-o", str(out))  # fmt: skip
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "unknown field 'case.numero'" in result.stderr
    assert "unknown field 'abogado'" in result.stderr
    assert "split by Word" in result.stderr and "{{ case.expediente }}" in result.stderr
    assert not out.exists()
    asks = letterhead(tmp_path / "pide.docx", "Monto: {{ ask.monto }}")
    result = run_cli("--db", str(demo_file), "brief", "1", "--template", str(asks),
                     "-o", str(out))  # fmt: skip
    assert (
        result.returncode == 1 and "--set NAME=VALUE" in result.stderr and "monto" in result.stderr
    )
    assert not out.exists()


@pytest.mark.libreoffice
def test_a_template_can_be_written_as_pdf(demo_file: Path, tmp_path: Path) -> None:
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice (soffice) not installed")
    template = letterhead(tmp_path / "membrete.docx", "Exp. {{ case.expediente }}")
    out = tmp_path / "resumen.pdf"
    result = run_cli("--db", str(demo_file), "brief", "3", "--template", str(template),
                     "-o", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Exp. 00009-2019-PI/TC" in text and "INSTITUTO DE DEFENSA LEGAL" in text


def test_the_team_folder_lists_its_templates_and_names_one_to_fill(
    demo_file: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "plantillas"
    folder.mkdir()
    letterhead(folder / "membrete.docx", *LINES)
    letterhead(folder / "roto.docx", "{{ case.numero }}")
    (folder / "notas.txt").write_text("not a template")

    listed = run_cli("brief", "--list-templates", "--template-dir", str(folder))

    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "membrete.docx  asks: nota  [ready]",
        "roto.docx  [unknown field 'case.numero']",
    ]
    out = tmp_path / "escrito.docx"
    filled = run_cli("--db", str(demo_file), "brief", "2", "--template", "membrete",
                     "--template-dir", str(folder), "--filing", "11", "--set", "nota=urgente",
                     "-o", str(out))  # fmt: skip
    assert filled.returncode == 0, filled.stderr
    assert "Nota: urgente" in text_of(out)
    missing = run_cli("--db", str(demo_file), "brief", "2", "--template", "otra",
                      "--template-dir", str(folder), "-o", str(tmp_path / "x.docx"))  # fmt: skip
    assert missing.returncode == 1
    assert "no template 'otra' in" in missing.stderr and "--list-templates" in missing.stderr
    assert "Traceback" not in missing.stderr
