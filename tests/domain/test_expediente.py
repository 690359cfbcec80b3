"""Expediente numbers as lawyers type them: both official formats and odd ones."""

from __future__ import annotations

import pytest

from casetracker.domain.errors import ValidationError
from casetracker.domain.expediente import ExpedienteFormat, parse_expediente


def test_judiciary_number_from_the_domain_notes_is_split_into_its_seven_parts() -> None:
    number = parse_expediente("00123-2019-0-0302-JM-CI-01")
    assert number.format is ExpedienteFormat.JUDICIARY
    assert (number.serial, number.year, number.incident) == (123, 2019, 0)
    assert (number.district, number.seat) == ("03", "02")
    assert (number.organ, number.specialty, number.court_number) == ("JM", "CI", 1)
    assert number.is_main_file
    assert number.warning is None
    assert "juzgado mixto civil" in number.describe()


def test_incidente_number_is_not_the_main_file() -> None:
    number = parse_expediente("00123-2019-1-1009-JR-DC-02")
    assert number.incident == 1
    assert not number.is_main_file
    assert number.district + number.seat == "1009"


@pytest.mark.parametrize(
    ("typed", "normalized", "kind"),
    [
        ("00009-2019-PI/TC", "00009-2019-PI/TC", "PI"),
        ("Exp. N.º 00009-2019-PI/TC", "00009-2019-PI/TC", "PI"),
        ("9-2019-pi/tc", "00009-2019-PI/TC", "PI"),
        ("02151-2019-PA/TC", "02151-2019-PA/TC", "PA"),
        ("00020-2005-AI/TC", "00020-2005-AI/TC", "AI"),
        ("01234-2020-Q/TC", "01234-2020-Q/TC", "Q"),
    ],
)
def test_constitutional_court_numbers(typed: str, normalized: str, kind: str) -> None:
    number = parse_expediente(typed)
    assert number.format is ExpedienteFormat.CONSTITUTIONAL_COURT
    assert number.normalized == normalized
    assert number.tc_kind == kind


def test_word_processor_dashes_and_spaces_are_normalised() -> None:
    number = parse_expediente(" 00123 – 2019-0-0302-JM-CI-1 ")
    assert number.normalized == "00123-2019-0-0302-JM-CI-01"


@pytest.mark.parametrize("typed", ["ABC 12/2020", "Case 2019/44 (Bolivia)", "12345"])
def test_unknown_formats_are_kept_with_a_warning(typed: str) -> None:
    number = parse_expediente(typed)
    assert number.format is ExpedienteFormat.UNPARSED
    assert number.raw == typed
    assert number.normalized == typed.strip().upper()
    assert number.warning is not None
    assert "kept as typed" in number.warning


def test_unknown_tc_process_type_is_accepted_with_a_warning() -> None:
    number = parse_expediente("00001-2020-ZZ/TC")
    assert number.format is ExpedienteFormat.CONSTITUTIONAL_COURT
    assert "ZZ" in (number.warning or "")


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("0001\x00-2019", "control characters"),
        ("9" * 81, "longer"),
    ],
)
def test_malformed_input_gets_an_error_that_names_the_field(typed: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_expediente(typed)
    assert caught.value.field == "expediente"
    assert fragment in caught.value.message


@pytest.mark.parametrize("typed", ["ΰ", "Exp. ǰ-2020", "ﬁ 123"])
def test_a_normalised_number_reads_back_as_itself(typed: str) -> None:
    # Upper case decomposes some letters; hypothesis found "ΰ" (three code points).
    number = parse_expediente(typed)
    assert parse_expediente(number.normalized).normalized == number.normalized
