"""Escritos of the demo proceedings a lawyer can file, read back by pdftotext and python-docx."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document as open_docx

from casetracker.domain.enums import FilingKind
from casetracker.domain.errors import ValidationError
from casetracker.services.briefs import (
    BriefFormat,
    BriefKind,
    BriefRequest,
    DocumentCopy,
    generate,
)
from casetracker.services.case_detail import case_detail
from casetracker.services.demo import DemoResult
from casetracker.store.database import Database

LAWYER = {"lawyer_name": "Juan Carlos Ruiz Molleda", "lawyer_registration": "Reg. CAL N.º 31520"}
SIGNATURE_PAGE_LINES = re.compile(
    r"^(\S.*, \d{1,2} de \w+ de \d{4}|Abogado|Reg\. C\.A\..*|Reg\. CAL.*|DNI N\.º.*|RUC N\.º.*"
    r"|en representación de.*|\[COMPLETAR: .*\]|Página \d+ de \d+|\[Ilustrativo\].*)$"
)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_pages(path: Path) -> list[str]:
    """Pages as pdftotext reads them (an independent reader, not ReportLab)."""
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return out.split("\f")[: -1 or None] if out.endswith("\f") else out.split("\f")


def docx_text(path: Path) -> str:
    document = open_docx(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return normalise(" ".join(parts))


def filing(db: Database, case_id: int, sumilla_start: str, *, exact: bool = False) -> int:
    filings = case_detail(db, case_id).filings
    if exact:
        return next(f.id for f in filings if f.sumilla == sumilla_start)
    return next(f.id for f in filings if f.sumilla.startswith(sumilla_start))


def escrito(db: Database, filing_id: int, path: Path, **extra: object) -> Path:
    output = BriefFormat.PDF if path.suffix == ".pdf" else BriefFormat.DOCX
    generate(db, BriefRequest(BriefKind.ESCRITO, output, filing_id=filing_id, **LAWYER,
                              **extra), path)  # type: ignore[arg-type]  # fmt: skip
    return path


def party_filings(db: Database, demo: DemoResult) -> list[int]:
    acts = (FilingKind.RESOLUTION, FilingKind.NOTIFICATION, FilingKind.OTHER)
    return [
        f.id
        for case_id in demo.case_ids
        for f in case_detail(db, case_id).filings
        if f.kind not in acts
    ]


def test_the_defendants_answer_is_written_by_the_defendant_for_its_client(
    db: Database, demo: DemoResult, tmp_path: Path
) -> None:
    bambas = demo.case_ids[0]
    pnp = escrito(db, filing(db, bambas, "Contesta la demanda; deduce"), tmp_path / "pnp.docx")
    text = docx_text(pnp)
    assert text.index("POLICÍA NACIONAL DEL PERÚ, identificada") < text.index("ante usted")
    assert (
        "debidamente representada por la Procuraduría Pública del Ministerio del Interior" in text
    )
    assert (
        "en los seguidos por el Frente de Defensa de los Intereses y Desarrollo de la Provincia "
        "de Cotabambas contra la Policía Nacional del Perú y Minera Las Bambas S.A. sobre "
        "proceso de amparo"
    ) in text
    assert "PROCURADURÍA PÚBLICA DEL MINISTERIO DEL INTERIOR, en los seguidos contra" not in text
    # Not our client: our lawyer does not sign it.
    assert "Juan Carlos Ruiz Molleda" not in text
    bambas_answer = docx_text(escrito(db, filing(db, bambas, "Contesta la demanda", exact=True),
                                      tmp_path / "lb.docx"))  # fmt: skip
    assert "MINERA LAS BAMBAS S.A., identificada con RUC" in bambas_answer
    assert "en los seguidos por el Frente de Defensa" in bambas_answer


def test_a_claim_is_addressed_to_the_court_where_it_was_filed_without_a_number(
    db: Database, demo: DemoResult, tmp_path: Path
) -> None:
    antapaccay = demo.case_ids[1]
    path = escrito(db, filing(db, antapaccay, "Interpone demanda de amparo"), tmp_path / "d.pdf")
    pages = pdf_pages(path)
    text = normalise(" ".join(pages))
    assert "SEÑOR JUEZ DEL JUZGADO MIXTO DE ESPINAR:" in text
    assert "Espinar, 15 de junio de 2015" in text
    assert "TRIBUNAL CONSTITUCIONAL" not in text and "02151-2019" not in text
    assert "Expediente:" not in text and "00187-2015" not in text  # no number yet
    assert "en los seguidos" not in text
    # Both plaintiffs speak, in the plural; our office's domicilio and SINOE casilla.
    assert "ÓSCAR MOLLOHUANCA CRUZ, identificado con DNI" in text
    assert "CARLOS UMASI, identificado con DNI" in text
    assert "ante usted respetuosamente decimos:" in text
    assert "casilla electrónica N.º 45872" in text
    assert "Av. Juan de Aliaga 427" in text
    # The defendants, each with an address (or the gap to fill).
    for defendant in ("Ministerio del Interior", "Dirección de la X Región Policial Cusco – PNP",
                      "Compañía Minera Antapaccay S.A."):  # fmt: skip
        assert f"{defendant}" in text.split("DEMANDADOS Y SUS DOMICILIOS")[1]
    assert "con domicilio en [COMPLETAR: domicilio de Ministerio del Interior]" in text
    assert "VÍA PROCEDIMENTAL" in text and "Juan Carlos Ruiz Molleda" in text


def test_the_first_instance_number_finds_the_case_now_at_the_constitutional_court(
    db: Database, demo: DemoResult
) -> None:
    from casetracker.services.cases import resolve_case_id

    detail = case_detail(db, demo.case_ids[1])
    assert [i.label for i in detail.instances] == [
        "Primera instancia", "Segunda instancia", "Tribunal Constitucional",
    ]  # fmt: skip
    assert detail.case.expediente == "02151-2019-PA/TC"  # the current instance's
    assert resolve_case_id(db, "00187-2015-0-1009-JM-CI-01") == demo.case_ids[1]
    assert resolve_case_id(db, "2151-2019-PA/TC") == demo.case_ids[1]
    from casetracker.services.search import search

    first = search(db, "Exp. 187-2015-0-1009-jm-ci-01")[0]
    assert (first.entity, first.entity_id) == ("case", demo.case_ids[1])


@pytest.mark.parametrize("output", ["pdf", "docx"])
def test_court_acts_are_refused_as_escritos(
    db: Database, demo: DemoResult, tmp_path: Path, output: str
) -> None:
    resolution = filing(db, demo.case_ids[0], "Resolución N.º 12")
    target = tmp_path / f"r.{output}"
    with pytest.raises(ValidationError, match=r"court resolution.*not an escrito"):
        escrito(db, resolution, target)
    assert not target.exists()


def test_no_page_holds_only_the_signatures_place_or_date(
    db: Database, demo: DemoResult, tmp_path: Path
) -> None:
    for filing_id in party_filings(db, demo):
        for copy in DocumentCopy:
            path = escrito(db, filing_id, tmp_path / f"{filing_id}-{copy}.pdf", copy=copy)
            pages = pdf_pages(path)
            dated = [p for p in pages if re.search(r"\S, \d{1,2} de \w+ de \d{4}\s*$", p, re.M)]
            assert len(dated) == 1, f"filing {filing_id}: the place and date are not on one page"
            page = dated[0]
            where = f"filing {filing_id} ({copy}) page {pages.index(page) + 1}"
            # The closing paragraph and the lawyer's signature share the date's page.
            assert "POR TANTO" in page or "OTROSÍ DIGO" in page, where
            assert "Abogado" in page, where
            for number, other in enumerate(pages, start=1):
                lines = [normalise(line) for line in other.splitlines() if line.strip()]
                assert any(not SIGNATURE_PAGE_LINES.match(line) for line in lines), (
                    f"filing {filing_id} ({copy}) page {number} is empty: {lines}"
                )


def test_annexes_are_numbered_in_the_court_copy_without_file_names_or_hashes(
    db: Database, demo: DemoResult, tmp_path: Path
) -> None:
    bambas = demo.case_ids[0]
    claim = filing(db, bambas, "Interpone demanda de amparo")
    sha = case_detail(db, bambas).attachments[0].sha256
    court = normalise(" ".join(pdf_pages(escrito(db, claim, tmp_path / "court.pdf"))))
    assert "Anexo 1-A: Demanda de amparo (extracto ilustrativo)" in court
    assert "Anexo 1-B: Copia del convenio de 26 de octubre de 2017." in court
    assert "Anexo 1-C: Informe de ERI, IDL y CNDDHH (febrero de 2019)." in court
    assert ".pdf" not in court and sha not in court.replace(" ", "") and "SHA-256" not in court
    public = escrito(db, claim, tmp_path / "public.pdf", copy=DocumentCopy.PUBLIC)
    assert sha in "".join(pdf_pages(public)).replace(" ", "").replace("\n", "")


def test_an_otrosi_about_annexes_without_any_is_flagged(
    db: Database, demo: DemoResult, tmp_path: Path
) -> None:
    from casetracker.services.filings import FilingInput, create_filing

    bambas = demo.case_ids[0]
    frente = next(p.party.id for p in case_detail(db, bambas).parties if p.ours)
    made = create_filing(db, FilingInput(
        case_id=bambas, filed_on="2020-03-02", kind="brief", filed_by_id=frente,
        sumilla="Solicita copias certificadas", escrito_number=4,
        otrosies=("Adjunto los anexos que se detallan.",),
    ))  # fmt: skip
    text = docx_text(escrito(db, made.id, tmp_path / "copias.docx"))
    assert "Adjunto los anexos que se detallan. [COMPLETAR: este escrito no tiene anexos" in text
    assert "expedición de las copias solicitadas" in text  # a short escrito asks for something
    assert "Escrito N.º: 04" in text


def test_placeholders_are_highlighted_in_the_docx(
    db: Database, demo: DemoResult, tmp_path: Path
) -> None:
    path = escrito(db, filing(db, demo.case_ids[1], "Interpone demanda"), tmp_path / "d.docx")
    with zipfile.ZipFile(path) as archive:
        body = archive.read("word/document.xml").decode()
    assert re.search(r'<w:highlight w:val="yellow"/>.{0,200}\[COMPLETAR: DNI\]', body)


def test_the_court_copy_names_the_protected_witness_and_the_public_copy_does_not(
    db: Database, demo: DemoResult, tmp_path: Path
) -> None:
    from casetracker.services.filings import FilingInput, create_filing

    bambas = demo.case_ids[0]
    frente = next(p.party.id for p in case_detail(db, bambas).parties if p.ours)
    made = create_filing(db, FilingInput(
        case_id=bambas, filed_on="2020-03-02", kind="brief", filed_by_id=frente,
        sumilla="Ofrece declaración testimonial", escrito_number=4,
        facts="1. La testigo Juana Quispe declarará.\n2. La señora Quispe-Huamaní vio a los "
              "efectivos. Mañana se presentará.",
    ))  # fmt: skip
    court = docx_text(escrito(db, made.id, tmp_path / "court.docx", copy=DocumentCopy.COURT))
    assert "La testigo Juana Quispe declarará" in court
    public_path = escrito(db, made.id, tmp_path / "public.docx", copy=DocumentCopy.PUBLIC)
    with zipfile.ZipFile(public_path) as archive:
        raw = "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    assert "Quispe" not in raw and "Huaman" not in raw
    assert "La testigo [RESERVADO] declarará" in docx_text(public_path)
    assert "Mañana se presentará" in docx_text(public_path)


@pytest.mark.libreoffice
def test_pdf_and_docx_of_the_demo_escritos_have_the_same_page_count(
    db: Database, demo: DemoResult, tmp_path: Path
) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) not installed")
    ids = party_filings(db, demo)
    docs = [escrito(db, i, tmp_path / f"e{i}.docx") for i in ids]
    out = tmp_path / "lo"
    subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out), *map(str, docs)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    counts = {}
    for i in ids:
        ours = len(pdf_pages(escrito(db, i, tmp_path / f"e{i}.pdf")))
        theirs = len(pdf_pages(out / f"e{i}.pdf"))
        counts[i] = (ours, theirs)
    assert all(a == b for a, b in counts.values()), counts


def test_the_annexes_follow_the_order_the_lawyer_sets(
    db: Database, demo: DemoResult, tmp_path: Path
) -> None:
    from casetracker.services.filings import AttachmentInput, add_attachment, order_annexes

    bambas = demo.case_ids[0]
    claim = filing(db, bambas, "Interpone demanda de amparo")
    first = case_detail(db, bambas).attachments[0]
    poder = add_attachment(db, AttachmentInput(
        case_id=bambas, filing_id=claim, filename="poder.pdf", data=b"%PDF-1.4 poder",
        media_type="application/pdf", description="Copia del poder del representante",
    ))  # fmt: skip
    order_annexes(db, claim, [poder.id, first.id])
    text = docx_text(escrito(db, claim, tmp_path / "ordered.docx"))
    assert "Anexo 1-A: Copia del poder del representante" in text
    assert "Anexo 1-B: Demanda de amparo (extracto ilustrativo)" in text
    assert "Anexo 1-C: Copia del convenio" in text  # then the evidence offered
    with pytest.raises(ValidationError, match="not attachments of filing"):
        order_annexes(db, claim, [poder.id, 999])
