"""Facts read from a court document's text: every field, digits and words, OCR spacing."""

from __future__ import annotations

from datetime import date

import pytest
from tests.documents.court_papers import CEDULA, RESOLUTION

from casetracker.domain.court_documents import (
    document_date,
    document_kind,
    expedientes_in,
    facts_of,
    number_in_words,
    resolution_number,
    split_documents,
)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("doce", 12),
        ("veintiuno", 21),
        ("treinta y cuatro", 34),
        ("ciento veintiséis", 126),
        ("dos mil veintiséis", 2026),
        ("diecisiete de noviembre", 17),
        ("expediente", None),
    ],
)
def test_numbers_in_words(words: str, value: int | None) -> None:
    assert number_in_words(words) == value


def test_every_field_of_a_typed_resolution() -> None:
    facts = facts_of("\n".join(RESOLUTION))
    assert [e.normalized for e in facts.expedientes] == ["00123-2019-0-0302-JM-CI-01"]
    assert facts.kind == "resolucion"
    assert facts.resolution_number == 12
    assert facts.document_date == date(2026, 11, 17)
    assert facts.court == "JUZGADO CIVIL MIXTO DE TAMBOBAMBA"
    assert facts.sumilla.startswith("TENER POR NO ABSUELTO el traslado")


def test_every_field_of_a_cedula() -> None:
    facts = facts_of("\n".join(CEDULA))
    assert facts.kind == "cedula"
    assert facts.resolution_number == 12
    assert facts.document_date == date(2026, 11, 17)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Res. N.º 12", 12),
        ("RESOLUCIÓN N° 3", 3),
        ("RESOLUCION NRO. 45 de fecha", 45),
        ("Resolución número: cuarenta y dos", 42),
        ("RESOLUCIÓN NÚMERO UNO", 1),
        ("la resolución que antecede", None),
    ],
)
def test_resolution_numbers_in_digits_or_words(text: str, number: int | None) -> None:
    assert resolution_number(text) == number


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Lima, diecisiete de noviembre del dos mil veintiséis.", date(2026, 11, 17)),
        ("Espinar, 3 de marzo de 2025", date(2025, 3, 3)),
        ("Cusco, primero de julio del año dos mil veinte", date(2020, 7, 1)),
        ("notificado el 09/12/2026 a las 10:00", date(2026, 12, 9)),
        ("treinta y uno de febrero de 2026", None),
    ],
)
def test_document_dates_in_digits_or_words(text: str, day: date | None) -> None:
    assert document_date(text) == day


def test_two_expedientes_in_any_typed_form_are_both_found() -> None:
    text = (
        "EXP. N.º 00123 - 2019 - 0 - 0302 - JM - CI - 01 (acumulado al "
        "Expediente 9-2019-pi/tc), antes 00123–2019–0–0302–JM–CI–01"
    )
    assert [e.normalized for e in expedientes_in(text)] == [
        "00123-2019-0-0302-JM-CI-01",
        "00009-2019-PI/TC",
    ]


def test_a_consolidated_pdf_is_split_at_each_court_heading() -> None:
    pages = [
        "\n".join(RESOLUTION),
        "SEGUNDO CONSIDERANDO\nSe reprograma la audiencia.",
        "\n".join(CEDULA),
        "TRIBUNAL CONSTITUCIONAL\nEXP. N.º 00009-2019-PI/TC\nAUTO\nLima, 8 de junio de 2021",
    ]
    assert split_documents(pages) == [[0, 1], [2], [3]]
    assert document_kind(pages[3]) == "auto"
