"""PDF and DOCX renderers, checked the way a reader sees the files.

PDFs are read back with pypdf (and poppler's pdffonts), DOCX files with python-docx;
a parity test compares the text of both, and a LibreOffice test opens the DOCX the
way a colleague without Word would.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx as python_docx
import pytest
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from pypdf import PdfReader

from casetracker.briefs import pdf as pdf_module
from casetracker.briefs.document import (
    Alignment,
    BulletList,
    Document,
    Heading,
    NumberedList,
    PageBreak,
    Paragraph,
    Profile,
    Run,
    Signatory,
    SignatureBlock,
    Spacer,
    Table,
    TextStyle,
    TopRightBlock,
)
from casetracker.briefs.docx import render_docx
from casetracker.briefs.pdf import render_pdf

CM = 72 / 2.54
A4 = (595.2756, 841.8898)
BASE14 = ("Helvetica", "Times-", "Courier", "Symbol", "ZapfDingbats")
TABLE_HEADER = ("N.º", "Fecha", "Tipo", "Sumilla", "Estado")
HEADER_TEXT = "Amparo Las Bambas · Exp. 00123-2019-0-0302-JM-CI-01 · Confidencial"
FOOTER_TEXT = "Generado el 26 de noviembre de 2025"


# --- documents --------------------------------------------------------------------


def escrito_document(header: str = "") -> Document:
    """An escrito with every kind of block and the characters that tend to break."""
    return Document(
        title="Apersonamiento — Exp. 00123-2019-0-0302-JM-CI-01",
        subject="Escrito N.º 3 en el amparo contra el convenio PNP – Las Bambas",
        author="Instituto de Defensa Legal",
        profile=Profile.ESCRITO,
        header=header,
        blocks=(
            TopRightBlock.of(
                ("Expediente", "00123-2019-0-0302-JM-CI-01"),
                ("Especialista", "María Elena Huamaní Quispe"),
                ("Cuaderno", "Principal"),
                ("Escrito N.º", "03"),
                ("Sumilla", "Nos apersonamos y señalamos casilla electrónica"),
            ),
            Paragraph.of(
                Run("SEÑOR JUEZ DEL JUZGADO CIVIL MIXTO DE TAMBOBAMBA:", bold=True),
                alignment=Alignment.LEFT,
            ),
            Paragraph.of(
                "El Frente de Defensa, representado por ",
                Run("Víctor Limaypuma Ccoricasa", bold=True),
                ", con casilla electrónica N.º 84512, a usted decimos:",
            ),
            Heading(1, "I. PETITORIO"),
            Paragraph.of(
                "Se declare inaplicable el “Convenio de servicios extraordinarios” — suscrito "
                "con la ",
                Run("Policía Nacional del Perú", italic=True),
                " — en favor de la comunidad de Ñahuinlla y del ayllu Qʼero.",
            ),
            Heading(2, "1.1 Fundamentos de hecho"),
            NumberedList.of("El convenio se firmó en 2017.", "Lo autorizó el ministro."),
            Heading(3, "Cita"),
            Paragraph.of("“La seguridad pública es función del Estado.”", style=TextStyle.QUOTE),
            Paragraph.of(Run("PRIMER OTROSÍ DIGO:", bold=True, underline=True), " Anexos:"),
            BulletList.of((Run("Anexo 1-A:", bold=True), " Copia del DNI.")),
            NumberedList.of("Quinto punto.", start=5),
            Paragraph.of("Nota <b>sin</b> marcas & más", style=TextStyle.SMALL),
            Spacer(18),
            Paragraph.of("Tambobamba, 10 de abril de 2019", alignment=Alignment.RIGHT),
            SignatureBlock(
                (
                    Signatory("Víctor Limaypuma Ccoricasa", ("DNI N.º 31045678",)),
                    Signatory("Juan Carlos Ruiz Molleda", ("Abogado — Reg. CAL N.º 31451",)),
                )
            ),
        ),
    )


def summary_document(rows: int = 2000, *, repeat_header: bool = True) -> Document:
    """A case summary whose table of filings runs over many pages."""
    kinds = ("Escrito", "Resolución", "Notificación", "Audiencia")
    body = tuple(
        (
            str(i),
            f"{i % 28 + 1:02d}/{i % 12 + 1:02d}/2019",
            kinds[i % 4],
            f"Sumilla de la actuación número {i}: "
            + ("medios probatorios adicionales de la parte demandante" if i % 3 else "proveído"),
            ("abierto", "cumplido", "vencido")[i % 3],
        )
        for i in range(1, rows + 1)
    )
    return Document(
        title="Resumen del caso — Amparo Las Bambas",
        subject="Resumen del expediente 00123-2019-0-0302-JM-CI-01",
        author="Equipo IDL",
        header=HEADER_TEXT,
        footer=FOOTER_TEXT,
        blocks=(
            Heading(1, "Resumen del caso"),
            Paragraph.of(Run("Demandante: ", bold=True), "Víctor Limaypuma Ccoricasa."),
            Heading(2, "Actuaciones"),
            Table(
                TABLE_HEADER,
                body,
                column_widths=(0.08, 0.13, 0.15, 0.49, 0.15),
                repeat_header=repeat_header,
            ),
            Heading(2, "Notas"),
            Paragraph.of("Fin del resumen.", style=TextStyle.SMALL),
        ),
    )


def parity_document() -> Document:
    """Every block kind, wrapped table cells and side-by-side signatures."""
    rows = tuple(
        (f"{i:02d}/05/2019", f"Texto largo de la celda {i} que ocupa varias líneas " * 2, "Sí")
        for i in range(1, 9)
    )
    escrito = escrito_document(header=HEADER_TEXT)
    return Document(
        title="Paridad",
        profile=Profile.ESCRITO,
        header=HEADER_TEXT,
        footer=FOOTER_TEXT,
        blocks=(
            *escrito.blocks,
            PageBreak(),
            Heading(1, "Anexo: cronología"),
            Table(("Fecha", "Detalle", "Firme"), rows, column_widths=(0.2, 0.65, 0.15)),
            Paragraph.of("Línea uno\nlínea dos"),
        ),
    )


# --- reading the files back -------------------------------------------------------


def normalise(text: str) -> str:
    """NFC and single spaces, as a reader compares text."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def is_list_marker(token: str) -> bool:
    return token == "•" or re.fullmatch(r"\d+\.", token) is not None


def pdf_body_tokens(path: Path, document: Document) -> list[str]:
    """Tokens of the PDF's body text: page furniture and list markers dropped."""
    furniture = {normalise(document.header), normalise(document.footer)}
    page_label = re.compile(r"Página \d+ de \d+")
    tokens: list[str] = []
    for page in pdf_pages(path):
        for line in page.splitlines():
            line = normalise(line)
            line = page_label.sub("", line).strip()
            if line and line not in furniture:
                tokens += line.split()
    return [token for token in tokens if not is_list_marker(token)]


def docx_body_lines(path: Path) -> Iterator[str]:
    """Text of the DOCX body in document order, table cells row by row."""
    for item in python_docx.Document(str(path)).iter_inner_content():
        if isinstance(item, DocxParagraph):
            yield item.text
        elif isinstance(item, DocxTable):
            for row in item.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) not in seen:  # merged cells repeat
                        seen.add(id(cell._tc))
                        yield from (p.text for p in cell.paragraphs)


def docx_body_tokens(path: Path) -> list[str]:
    tokens = normalise(" ".join(docx_body_lines(path))).split()
    return [token for token in tokens if not is_list_marker(token)]


def model_tokens(document: Document) -> list[str]:
    return normalise(" ".join(document.plain_text_lines())).split()


@pytest.fixture(scope="module")
def escrito_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "escrito.pdf"
    render_pdf(escrito_document(), path)
    return path


@pytest.fixture(scope="module")
def summary_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "resumen.pdf"
    render_pdf(summary_document(), path)
    return path


@pytest.fixture(scope="module")
def escrito_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "escrito.docx"
    render_docx(escrito_document(header="Exp. 00123-2019-0-0302-JM-CI-01"), path)
    return path


@pytest.fixture(scope="module")
def summary_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "resumen.docx"
    render_docx(summary_document(), path)
    return path


# --- PDF --------------------------------------------------------------------------


def test_pdf_shows_the_text_in_order(escrito_pdf: Path) -> None:
    text = normalise(" ".join(pdf_pages(escrito_pdf)))
    expected = [
        "Expediente: 00123-2019-0-0302-JM-CI-01",
        "Sumilla: Nos apersonamos",
        "SEÑOR JUEZ DEL JUZGADO CIVIL MIXTO DE TAMBOBAMBA:",
        "Víctor Limaypuma Ccoricasa",
        "I. PETITORIO",
        "el “Convenio de servicios extraordinarios” — suscrito",
        "Ñahuinlla y del ayllu Qʼero.",
        "PRIMER OTROSÍ DIGO: Anexos:",
        "Nota <b>sin</b> marcas & más",
        "Juan Carlos Ruiz Molleda Abogado — Reg. CAL N.º 31451",
    ]
    positions = [text.find(snippet) for snippet in expected]

    assert -1 not in positions, [s for s, p in zip(expected, positions, strict=True) if p < 0]
    assert positions == sorted(positions)


def test_pdf_numbers_lists_and_restarts_them(escrito_pdf: Path) -> None:
    text = normalise(" ".join(pdf_pages(escrito_pdf)))

    assert "1. El convenio se firmó en 2017. 2. Lo autorizó el ministro." in text
    assert "5. Quinto punto." in text


def test_pdf_embeds_every_font(escrito_pdf: Path, summary_pdf: Path) -> None:
    for path in (escrito_pdf, summary_pdf):
        for page in PdfReader(path).pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                descriptor = font["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor, font["/BaseFont"]
                assert "Liberation" in font["/BaseFont"]


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_reports_no_unembedded_font(escrito_pdf: Path, summary_pdf: Path) -> None:
    for path in (escrito_pdf, summary_pdf):
        output = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout
        rows = output.splitlines()[2:]
        assert rows
        for row in rows:
            name, *_, emb, _sub, _uni, _obj, _gen = row.split()
            assert emb == "yes", row
            assert not name.split("+")[-1].startswith(BASE14), row


def test_pdf_pages_are_a4(summary_pdf: Path) -> None:
    for page in PdfReader(summary_pdf).pages:
        box = page.mediabox
        assert float(box.width) == pytest.approx(A4[0], abs=0.01)
        assert float(box.height) == pytest.approx(A4[1], abs=0.01)


def test_pdf_footer_counts_pages(summary_pdf: Path) -> None:
    pages = pdf_pages(summary_pdf)

    assert len(pages) > 40
    for number, text in enumerate(pages, start=1):
        assert f"Página {number} de {len(pages)}" in text
        assert normalise(HEADER_TEXT) in normalise(text)
        assert FOOTER_TEXT in text


def test_pdf_long_table_repeats_its_header_on_every_page(summary_pdf: Path) -> None:
    pages = pdf_pages(summary_pdf)
    row_numbers: list[int] = []
    for text in pages:
        lines = [normalise(line) for line in text.splitlines()]
        found = [int(n) for n in re.findall(r"actuación número (\d+):", normalise(text))]
        if found:
            # The header row once, at the top of the table part of the page.
            assert lines.count("Estado") == 1
            start = lines.index("N.º")
            assert tuple(lines[start : start + 5]) == TABLE_HEADER
        row_numbers += found

    assert row_numbers == list(range(1, 2001))


def test_pdf_table_without_repeated_header_prints_it_once(tmp_path: Path) -> None:
    path = tmp_path / "once.pdf"
    render_pdf(summary_document(300, repeat_header=False), path)
    pages = pdf_pages(path)

    assert len(pages) > 3
    assert sum(text.splitlines().count("Estado") for text in pages) == 1


def test_pdf_metadata(escrito_pdf: Path) -> None:
    reader = PdfReader(escrito_pdf)
    document = escrito_document()

    assert reader.metadata.title == document.title
    assert reader.metadata.author == "Instituto de Defensa Legal"
    assert reader.metadata.subject == document.subject
    assert reader.metadata.creator == "casetracker"
    assert reader.trailer["/Root"]["/Lang"] == "es-PE"


def test_pdf_bookmarks_follow_the_headings(escrito_pdf: Path) -> None:
    outline = PdfReader(escrito_pdf).outline

    # pypdf nests children in a list after their parent.
    assert outline[0].title == "I. PETITORIO"
    assert outline[1][0].title == "1.1 Fundamentos de hecho"
    assert outline[1][1][0].title == "Cita"


def test_pdf_escrito_keeps_the_left_margin(escrito_pdf: Path) -> None:
    lefts: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            lefts.append(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])

    for page in PdfReader(escrito_pdf).pages:
        page.extract_text(visitor_text=visit)

    assert min(lefts) >= 3 * CM - 0.5
    assert min(lefts) < 3 * CM + 1  # body text starts at the margin, not further in


def test_pdf_reference_block_sits_in_the_right_half(escrito_pdf: Path) -> None:
    starts: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        starts.setdefault(text.strip(), tm[4] * cm[0] + tm[5] * cm[2] + cm[4])

    PdfReader(escrito_pdf).pages[0].extract_text(visitor_text=visit)

    assert starts["Expediente:"] >= A4[0] / 2 - 1
    assert starts["SEÑOR JUEZ DEL JUZGADO CIVIL MIXTO DE TAMBOBAMBA:"] < 3 * CM + 1


def test_pdf_table_row_taller_than_a_page_is_split(tmp_path: Path) -> None:
    huge = " ".join(f"palabra{i}" for i in range(3000))
    document = Document(
        title="Fila enorme",
        blocks=(Table(("Fecha", "Nota"), (("01/01/2020", huge), ("02/01/2020", "fin"))),),
    )
    path = tmp_path / "huge.pdf"
    render_pdf(document, path)
    text = normalise(" ".join(pdf_pages(path)))

    assert len(pdf_pages(path)) > 2
    assert "palabra0 " in text and "palabra2999" in text and "02/01/2020 fin" in text


def test_pdf_table_cells_wrap_long_words_and_keep_line_breaks(tmp_path: Path) -> None:
    url = "https://cej.pj.gob.pe/cej/forms/busquedaform.html?expediente=" + "0" * 60
    document = Document(
        title="Celdas",
        blocks=(Table(("Fuente", "Nota"), ((url, "primera\n\ntercera"),), (0.3, 0.7)),),
    )
    path = tmp_path / "celdas.pdf"
    render_pdf(document, path)
    lines = pdf_pages(path)[0].splitlines()
    baselines: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        baselines.setdefault(text.strip(), tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    url_lines = [line for line in lines if line.startswith("https")] + [
        line for line in lines if "00000" in line and not line.startswith("https")
    ]
    leading = baselines[url_lines[0]] - baselines[url_lines[1]]

    assert url in "".join(lines)
    assert len(url_lines) >= 2  # the long word was cut to fit the column
    # The empty line between "primera" and "tercera" survives as vertical space.
    gap = baselines["primera"] - baselines["tercera"]
    assert gap == pytest.approx(2 * leading, abs=0.1)


def test_pdf_of_an_empty_document_has_one_page() -> None:
    stream = io.BytesIO()
    render_pdf(Document(title="Vacío", blocks=()), stream)
    pages = PdfReader(stream).pages

    assert len(pages) == 1
    assert "Página 1 de 1" in pages[0].extract_text()


def test_pdf_renders_to_a_stream() -> None:
    stream = io.BytesIO()
    render_pdf(escrito_document(), stream)

    assert stream.getvalue().startswith(b"%PDF-")
    assert not stream.closed


def test_pdf_failed_render_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "escrito.pdf"
    target.write_bytes(b"old")

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(pdf_module._DocTemplate, "build", explode)
    with pytest.raises(RuntimeError):
        render_pdf(escrito_document(), target)

    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["escrito.pdf"]


# --- DOCX -------------------------------------------------------------------------


def test_docx_uses_word_styles(escrito_docx: Path, summary_docx: Path) -> None:
    escrito = python_docx.Document(str(escrito_docx))
    used = {paragraph.style.name for paragraph in escrito.paragraphs}
    summary = python_docx.Document(str(summary_docx))
    table = summary.tables[0]

    assert {"Heading 1", "Heading 2", "Heading 3", "Body Text", "Quote"} <= used
    assert {"List Number", "List Bullet", "Small Text"} <= used
    assert table.style.name == "Table Grid"
    assert table.rows[1].cells[3].paragraphs[0].style.name == "Table Text"
    assert table.rows[0].cells[0].paragraphs[0].style.name == "Table Heading"


def test_docx_section_is_a4_with_the_document_margins(escrito_docx: Path) -> None:
    section = python_docx.Document(str(escrito_docx)).sections[0]
    margins = escrito_document().margins

    assert section.page_width.mm == pytest.approx(210, abs=0.05)
    assert section.page_height.mm == pytest.approx(297, abs=0.05)
    assert section.left_margin.cm >= 3.0
    assert section.right_margin.cm >= 2.0
    assert section.left_margin.cm == pytest.approx(margins.left, abs=0.01)
    assert section.right_margin.cm == pytest.approx(margins.right, abs=0.01)
    assert section.top_margin.cm == pytest.approx(margins.top, abs=0.01)


def test_docx_language_is_es_pe(escrito_docx: Path) -> None:
    document = python_docx.Document(str(escrito_docx))
    styles = document.styles.element
    defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    normal = document.styles["Normal"].element.rPr

    assert defaults.find(qn("w:lang")).get(qn("w:val")) == "es-PE"
    assert normal.find(qn("w:lang")).get(qn("w:val")) == "es-PE"
    assert document.core_properties.language == "es-PE"


def test_docx_names_fonts_for_every_script(escrito_docx: Path) -> None:
    document = python_docx.Document(str(escrito_docx))
    fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    heading = document.styles["Heading 1"].element.rPr.find(qn("w:rFonts"))

    for script in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        assert fonts.get(qn(script)) == "Times New Roman"
    assert heading.get(qn("w:asciiTheme")) is None  # a theme font would win over the name


def test_docx_footer_has_live_page_fields(summary_docx: Path) -> None:
    section = python_docx.Document(str(summary_docx)).sections[0]
    footer = section.footer.paragraphs[0]
    instructions = [node.text.split()[0] for node in footer._p.iter(qn("w:instrText"))]

    assert instructions == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith(FOOTER_TEXT)
    assert "Página 1 de 1" in footer.text  # field placeholders until Word lays it out
    assert section.header.paragraphs[0].text == HEADER_TEXT


def test_docx_long_table_marks_its_header_row(summary_docx: Path) -> None:
    table = python_docx.Document(str(summary_docx)).tables[0]
    header = table.rows[0]

    assert len(table.rows) == 2001
    assert tuple(cell.text for cell in header.cells) == TABLE_HEADER
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert table.rows[-1].cells[0].text == "2000"
    assert table.rows[-1].cells[3].text == "Sumilla de la actuación número 2000: medios " + (
        "probatorios adicionales de la parte demandante"
    )


def test_docx_numbered_lists_restart(escrito_docx: Path) -> None:
    document = python_docx.Document(str(escrito_docx))
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    num_ids = [p._p.pPr.numPr.numId.val for p in numbered]
    numbering = document.part.numbering_part.element
    starts = {
        int(num.get(qn("w:numId"))): override.get(qn("w:val"))
        for num in numbering.findall(qn("w:num"))
        for override in num.iter(qn("w:startOverride"))
    }

    assert [p.text for p in numbered] == [
        "El convenio se firmó en 2017.",
        "Lo autorizó el ministro.",
        "Quinto punto.",
    ]
    assert num_ids[0] == num_ids[1] != num_ids[2]
    assert starts[num_ids[0]] == "1"
    assert starts[num_ids[2]] == "5"


def test_docx_metadata_and_no_template_leftovers(escrito_docx: Path) -> None:
    properties = python_docx.Document(str(escrito_docx)).core_properties
    names = zipfile.ZipFile(escrito_docx).namelist()

    assert properties.title == escrito_document().title
    assert properties.author == "Instituto de Defensa Legal"
    assert properties.subject == escrito_document().subject
    assert "python-docx" not in properties.comments
    assert not any("thumbnail" in name for name in names)


def test_docx_keeps_markup_characters_literal(escrito_docx: Path) -> None:
    text = [p.text for p in python_docx.Document(str(escrito_docx)).paragraphs]

    assert "Nota <b>sin</b> marcas & más" in text


def test_docx_page_break_moves_the_next_block_to_a_new_page(tmp_path: Path) -> None:
    document = Document(
        title="Saltos",
        blocks=(
            Paragraph.of("uno"),
            PageBreak(),
            Heading(1, "dos"),
            PageBreak(),
            Table(("a",), ()),
        ),
    )
    path = tmp_path / "saltos.docx"
    render_docx(document, path)
    body = python_docx.Document(str(path))
    breaks = [p.text for p in body.paragraphs if p.paragraph_format.page_break_before]

    # A paragraph holding a page break could itself spill onto an empty page;
    # "page break before" on the next paragraph cannot.
    assert breaks == ["dos", ""]
    assert not list(body.element.body.iter(qn("w:br")))
    assert len(body.tables) == 1


def test_docx_renders_to_a_stream() -> None:
    stream = io.BytesIO()
    render_docx(summary_document(3), stream)

    assert zipfile.ZipFile(stream).testzip() is None


# --- both -------------------------------------------------------------------------


def test_pdf_and_docx_carry_the_same_text_in_the_same_order(tmp_path: Path) -> None:
    document = parity_document()
    render_pdf(document, tmp_path / "paridad.pdf")
    render_docx(document, tmp_path / "paridad.docx")

    expected = [token for token in model_tokens(document) if not is_list_marker(token)]
    assert pdf_body_tokens(tmp_path / "paridad.pdf", document) == expected
    assert docx_body_tokens(tmp_path / "paridad.docx") == expected


# --- LibreOffice ------------------------------------------------------------------


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice (soffice) is required on CI")
        pytest.skip("LibreOffice (soffice) not installed")
    return found


@pytest.mark.libreoffice
def test_libreoffice_opens_the_docx(tmp_path: Path) -> None:
    soffice = _soffice()
    render_docx(escrito_document(), tmp_path / "escrito.docx")
    render_docx(summary_document(250), tmp_path / "resumen.docx")
    out = tmp_path / "out"
    # A profile folder of its own: parallel runs and a user's open LibreOffice
    # would otherwise block the conversion.
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(tmp_path / "escrito.docx"),
            str(tmp_path / "resumen.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    # soffice exits 0 even when a conversion fails, so look for the files.
    assert (out / "escrito.pdf").is_file() and (out / "resumen.pdf").is_file()

    escrito = pdf_pages(out / "escrito.pdf")
    text = normalise(" ".join(escrito))
    for snippet in ("SEÑOR JUEZ", "Víctor Limaypuma Ccoricasa", "Ñahuinlla", "Reg. CAL N.º"):
        assert snippet in text
    for number, page in enumerate(escrito, start=1):
        assert f"Página {number} de {len(escrito)}" in normalise(page)

    summary = pdf_pages(out / "resumen.pdf")
    assert len(summary) > 3
    for page in summary:
        if "actuación número" in page:
            assert "Sumilla" in page and "Estado" in page  # header row repeated
