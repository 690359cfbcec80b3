"""The neutral document model: validation, cleaning, immutability, reading order."""

from __future__ import annotations

import dataclasses

import pytest

from casetracker.briefs.document import (
    ESCRITO_MARGINS,
    REPORT_MARGINS,
    Alignment,
    BulletList,
    Document,
    Heading,
    LabeledValue,
    Margins,
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


def _document(**overrides: object) -> Document:
    fields: dict[str, object] = {"title": "Escrito", "blocks": (Paragraph.of("Texto"),)}
    fields.update(overrides)
    return Document(**fields)  # type: ignore[arg-type]


def test_text_is_nfc_without_control_characters() -> None:
    run = Run("N\u0303ahuinlla\x00\x0b y Ccoricasa\r\nfin\rfin")

    assert run.text == "Ñahuinlla y Ccoricasa\nfin\nfin"


def test_paragraph_of_mixes_strings_and_runs() -> None:
    paragraph = Paragraph.of("Demandante: ", Run("Víctor Limaypuma Ccoricasa", bold=True))

    assert paragraph.runs == (Run("Demandante: "), Run("Víctor Limaypuma Ccoricasa", bold=True))
    assert paragraph.text == "Demandante: Víctor Limaypuma Ccoricasa"
    assert paragraph.alignment is Alignment.JUSTIFY
    assert paragraph.style is TextStyle.BODY


def test_blocks_are_immutable_and_store_tuples() -> None:
    table = Table(["A", "B"], [["1", "2"]])
    document = _document(blocks=[table])

    assert table.rows == (("1", "2"),)
    assert isinstance(document.blocks, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        document.title = "otro"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        table.rows = ()  # type: ignore[misc]


@pytest.mark.parametrize("level", [0, 4])
def test_heading_level_must_be_one_to_three(level: int) -> None:
    with pytest.raises(ValueError, match="level"):
        Heading(level, "PETITORIO")


def test_table_rows_must_match_the_header() -> None:
    with pytest.raises(ValueError, match="row 1 has 1 cells"):
        Table(("Fecha", "Sumilla"), (("1", "a"), ("2",)))


def test_table_cells_must_be_text() -> None:
    with pytest.raises(TypeError):
        Table(("Fecha",), ((None,),))  # type: ignore[arg-type]


def test_table_column_widths_are_normalised_fractions() -> None:
    table = Table(("A", "B", "C"), (), column_widths=(1, 1, 2))

    assert table.column_widths == (0.25, 0.25, 0.5)
    assert Table(("A", "B"), ()).fractions == (0.5, 0.5)
    with pytest.raises(ValueError, match="column_widths"):
        Table(("A", "B"), (), column_widths=(1.0,))


def test_top_right_block_emphasises_the_sumilla_and_adds_colons() -> None:
    block = TopRightBlock.of(("Expediente", "00123-2019-0-0302-JM-CI-01"), ("Sumilla:", "Apela"))

    assert [line.label_text for line in block.lines] == ["Expediente:", "Sumilla:"]
    assert [line.emphasis for line in block.lines] == [False, True]


def test_signature_block_holds_one_to_three_signers() -> None:
    signer = Signatory("Juan Pérez", ("Abogado — Reg. CAL N.º 1",))

    assert SignatureBlock((signer, signer)).alignment is Alignment.CENTER
    with pytest.raises(ValueError):
        SignatureBlock(())
    with pytest.raises(ValueError):
        SignatureBlock((signer,) * 4)


def test_profile_sets_default_margins() -> None:
    assert _document(profile=Profile.ESCRITO).margins == ESCRITO_MARGINS
    assert _document().margins == REPORT_MARGINS
    assert ESCRITO_MARGINS.left >= 3 and ESCRITO_MARGINS.right >= 2


def test_escrito_margins_follow_cpc_130() -> None:
    narrow = Margins(top=2.5, right=2.5, bottom=2.5, left=2.5)

    with pytest.raises(ValueError, match="3 cm left"):
        _document(profile=Profile.ESCRITO, margins=narrow)
    assert _document(margins=narrow).margins == narrow  # reports may use any margins


@pytest.mark.parametrize("label", ["Página", "Página {n}", "Página {0} de {1}"])
def test_page_label_needs_a_page_placeholder(label: str) -> None:
    with pytest.raises(ValueError, match="page_label"):
        _document(page_label=label)


def test_page_label_formats_page_and_total() -> None:
    assert _document().format_page_label(2, 5) == "Página 2 de 5"
    english = _document(page_label="Page {page} of {pages}")
    assert english.format_page_label(1, 3) == "Page 1 of 3"


def test_language_must_be_a_language_tag() -> None:
    assert _document().language == "es-PE"
    with pytest.raises(ValueError, match="language"):
        _document(language="Spanish")


def test_blocks_must_be_document_blocks() -> None:
    with pytest.raises(TypeError, match="not a document block"):
        _document(blocks=("texto suelto",))


def test_plain_text_lines_follow_reading_order() -> None:
    document = _document(
        header="Exp. 00009-2019-PI/TC",
        footer="Confidencial",
        blocks=(
            TopRightBlock((LabeledValue("Expediente", "00009-2019-PI/TC"),)),
            Heading(1, "I. PETITORIO"),
            Paragraph.of("Primera línea\nsegunda línea"),
            NumberedList.of("uno", ("dos ", Run("y medio", italic=True)), start=3),
            BulletList.of("viñeta"),
            Table(("Fecha", "Sumilla"), (("08/04/2019", "Demanda"),)),
            Spacer(24),
            PageBreak(),
            SignatureBlock((Signatory("Óscar Mollohuanca", ("DNI N.º 1",)),)),
            Paragraph.of("Cita", style=TextStyle.QUOTE),
        ),
    )

    assert list(document.plain_text_lines()) == [
        "Expediente:",
        "00009-2019-PI/TC",
        "I. PETITORIO",
        "Primera línea",
        "segunda línea",
        "uno",
        "dos y medio",
        "viñeta",
        "Fecha",
        "Sumilla",
        "08/04/2019",
        "Demanda",
        "Óscar Mollohuanca",
        "DNI N.º 1",
        "Cita",
    ]
    with_furniture = list(document.plain_text_lines(include_furniture=True))
    assert with_furniture[:3] == ["Exp. 00009-2019-PI/TC", "Confidencial", "Expediente:"]
