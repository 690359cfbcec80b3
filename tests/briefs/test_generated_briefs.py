"""Briefs generated from the demo proceedings, read back by independent readers."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from pathlib import Path

import pytest
from docx import Document as open_docx
from pypdf import PdfReader

from casetracker.services.briefs import BriefFormat, BriefKind, BriefRequest, generate
from casetracker.services.case_detail import case_detail
from casetracker.services.demo import DemoResult
from casetracker.store.database import Database

PROTECTED = "Juana Quispe Huamaní"


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def pdf_text(path: Path) -> str:
    return normalise(" ".join(page.extract_text() or "" for page in PdfReader(path).pages))


def docx_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(
            archive.read(name).decode("utf-8", "replace")
            for name in archive.namelist()
            if name.endswith((".xml", ".rels"))
        )


def filing_id(db: Database, case_id: int, sumilla_start: str) -> int:
    detail = case_detail(db, case_id)
    return next(f.id for f in detail.filings if f.sumilla.startswith(sumilla_start))


def assert_in_order(text: str, fragments: list[str]) -> None:
    position = 0
    for fragment in fragments:
        found = text.find(fragment, position)
        assert found >= 0, f"{fragment!r} missing or out of order after {text[position:][:80]!r}"
        position = found + len(fragment)


@pytest.fixture
def bambas(db: Database, demo: DemoResult) -> int:
    return demo.case_ids[0]


def test_case_summary_pdf_names_every_party_and_hides_the_protected_one(
    db: Database, bambas: int, tmp_path: Path
) -> None:
    target = tmp_path / "resumen.pdf"
    generate(db, BriefRequest(BriefKind.SUMMARY, BriefFormat.PDF, case_id=bambas), target)
    text = pdf_text(target)
    detail = case_detail(db, bambas)
    for link in detail.parties:
        if not link.party.protected:
            assert normalise(link.party.name) in text
    assert "00045-2019-0-0302-JM-CI-01" in text
    assert "Víctor Limaypuma Ccoricasa" in text
    assert PROTECTED not in text and "Quispe Huamaní" not in text
    assert "[RESERVADO]" in text
    assert_in_order(text, ["Datos del proceso", "Partes", "Historia procesal", "Audiencias",
                           "Plazos pendientes"])  # fmt: skip
    reader = PdfReader(target)
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    assert PROTECTED not in metadata
    assert float(reader.pages[0].mediabox.width) == pytest.approx(595.28, abs=0.5)


def test_escrito_follows_the_peruvian_layout_in_order(
    db: Database, bambas: int, tmp_path: Path
) -> None:
    filing = filing_id(db, bambas, "Interpone demanda de amparo")
    target = tmp_path / "escrito.pdf"
    request = BriefRequest(
        BriefKind.ESCRITO, BriefFormat.PDF, filing_id=filing,
        lawyer_name="Juan Carlos Ruiz Molleda", lawyer_registration="Reg. CAL N.º 31520",
    )  # fmt: skip
    generate(db, request, target)
    text = pdf_text(target)
    assert_in_order(
        text,
        [
            "Escrito N.º:", "01", "Sumilla:", "INTERPONE DEMANDA DE AMPARO",
            "SEÑOR JUEZ DEL JUZGADO CIVIL MIXTO DE TAMBOBAMBA:",
            "FRENTE DE DEFENSA DE LOS INTERESES Y DESARROLLO DE LA PROVINCIA DE COTABAMBAS",
            "representado por Víctor Limaypuma Ccoricasa", "ante usted respetuosamente digo:",
            "I. PETITORIO", "II. DEMANDADOS Y SUS DOMICILIOS", "III. FUNDAMENTOS DE HECHO",
            "IV. FUNDAMENTOS DE DERECHO", "V. VÍA PROCEDIMENTAL", "VI. MEDIOS PROBATORIOS",
            "VII. ANEXOS", "Anexo 1-A:", "POR TANTO:", "PRIMER OTROSÍ DIGO:",
            "SEGUNDO OTROSÍ DIGO:", "Tambobamba, 10 de abril de 2019",
            "Juan Carlos Ruiz Molleda", "Reg. CAL N.º 31520",
        ],
    )  # fmt: skip
    # A claim has no number yet; the court copy lists no file names or hashes.
    assert "Expediente:" not in text and "00045-2019" not in text
    sha = case_detail(db, bambas).attachments[0].sha256
    assert sha not in text.replace(" ", "") and "SHA-256" not in text


def test_escrito_to_the_constitutional_court_addresses_its_president(
    db: Database, demo: DemoResult, tmp_path: Path
) -> None:
    san_martin = demo.case_ids[2]
    filing = filing_id(db, san_martin, "Interpone demanda de inconstitucionalidad")
    target = tmp_path / "tc.docx"
    generate(db, BriefRequest(BriefKind.ESCRITO, BriefFormat.DOCX, filing_id=filing), target)
    text = normalise(" ".join(p.text for p in open_docx(str(target)).paragraphs))
    assert "SEÑOR PRESIDENTE DEL TRIBUNAL CONSTITUCIONAL:" in text
    # The addressee line names one person, the president: "usted", not "ustedes".
    assert "ante usted respetuosamente digo:" in text and "ustedes" not in text
    assert "Lima, 8 de abril de 2019" in text


@pytest.mark.parametrize("output", [BriefFormat.PDF, BriefFormat.DOCX])
def test_protected_party_appears_nowhere_in_either_format(
    db: Database, bambas: int, tmp_path: Path, output: BriefFormat
) -> None:
    target = tmp_path / f"resumen.{output.value}"
    generate(db, BriefRequest(BriefKind.SUMMARY, output, case_id=bambas), target)
    raw = pdf_text(target) if output is BriefFormat.PDF else docx_xml(target)
    assert PROTECTED not in raw
    assert "Huaman" not in raw
    assert "[RESERVADO]" in raw


def test_pdf_and_docx_of_the_same_brief_carry_the_same_text_in_the_same_order(
    db: Database, bambas: int, tmp_path: Path
) -> None:
    filing = filing_id(db, bambas, "Interpone demanda de amparo")
    for kind, extra in ((BriefKind.SUMMARY, {"case_id": bambas}),
                        (BriefKind.ESCRITO, {"filing_id": filing})):  # fmt: skip
        pdf, docx = tmp_path / f"{kind}.pdf", tmp_path / f"{kind}.docx"
        generate(db, BriefRequest(kind, BriefFormat.PDF, **extra), pdf)  # type: ignore[arg-type]
        generate(db, BriefRequest(kind, BriefFormat.DOCX, **extra), docx)  # type: ignore[arg-type]
        document = open_docx(str(docx))
        docx_words = " ".join(p.text for p in document.paragraphs).split()
        pdf_words = pdf_text(pdf).split()
        # Every paragraph word of the DOCX appears in the PDF, in the same order.
        position = 0
        for word in docx_words:
            position = pdf_words.index(word, position) + 1


def test_matter_summary_covers_all_three_cases_with_a_combined_chronology(
    db: Database, demo: DemoResult, tmp_path: Path
) -> None:
    target = tmp_path / "materia.pdf"
    request = BriefRequest(BriefKind.MATTER_SUMMARY, BriefFormat.PDF, matter_id=demo.matter_id)
    generate(db, request, target)
    text = pdf_text(target)
    assert "Convenios PNP – empresas extractivas" in text
    for number in ("00045-2019-0-0302-JM-CI-01", "02151-2019-PA/TC", "00009-2019-PI/TC"):
        assert number in text
    assert_in_order(text, ["Cronología conjunta", "2015", "2019", "2020", "2021"])
