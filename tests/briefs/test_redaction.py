"""Redaction of protected parties: every way a name or number is written, never inside words."""

from __future__ import annotations

import pytest

from casetracker.briefs.document import Document, Paragraph, Run, Signatory, SignatureBlock, Table
from casetracker.briefs.redaction import Redactor, redact_document

R = Redactor(["Juana Quispe Huamaní", "12345678"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la testigo Juana Quispe declaró", "la testigo [RESERVADO] declaró"),
        ("la señora Quispe Huamaní", "la señora [RESERVADO]"),
        ("Juana Quispe-Huamaní", "[RESERVADO]"),
        ("JUANA QUISPE HUAMANI", "[RESERVADO]"),
        ("juana  quispe\nhuamaní", "[RESERVADO]"),
        ("Juana Huamaní", "[RESERVADO]"),
        ("DNI 12 345 678", "DNI [RESERVADO]"),
        ("DNI 12.345.678.", "DNI [RESERVADO]."),
        ("DNI 12-345-678", "DNI [RESERVADO]"),
        # One word of her name, where a form of address or a role names her by it.
        ("la señora Quispe declaró", "la señora [RESERVADO] declaró"),
        ("Sra. Huamaní", "Sra. [RESERVADO]"),
        ("la testigo Juana llegó", "la testigo [RESERVADO] llegó"),
        ("DOÑA JUANA", "DOÑA [RESERVADO]"),
    ],
)
def test_every_variant_of_a_protected_name_or_number_is_redacted(text: str, expected: str) -> None:
    assert R(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mañana se presentará el escrito",  # "aña" is no name
        "Ronald Quispe, presidente del Frente de Mara",  # one shared surname is not her
        "Expediente 123456789",  # a longer number that only contains hers
        "Juanaquispe",
        "Ana Quispe Ccoricasa, abogada del Frente",  # a bare shared word is another person
        "la señora Quispecahuana",  # a longer word only begins with hers
    ],
)
def test_words_and_other_people_are_never_cut(text: str) -> None:
    assert R(text) == text


def test_the_whole_document_is_redacted_in_one_pass() -> None:
    document = Document(
        title="Declaración de Juana Quispe",
        author="Quispe Huamaní",
        header="Testigo Juana Quispe Huamaní",
        blocks=(
            Paragraph.of(Run("JUANA QUISPE", bold=True), " declaró"),
            Table(("Nombre", "DNI"), (("Juana Quispe Huamaní", "12345678"),)),
            SignatureBlock((Signatory("Juana Quispe Huamaní", ("DNI N.º 12345678",)),)),
        ),
    )
    redacted = redact_document(document, R)
    everything = " ".join(
        [redacted.title, redacted.author, *redacted.plain_text_lines(include_furniture=True)]
    )
    assert "Quispe" not in everything and "12345678" not in everything
    assert everything.count("[RESERVADO]") == 8


def test_thousands_of_protected_names_redact_as_one_expression_of_them_all_would() -> None:
    """The redactor looks only for the names whose words a text holds: same result."""
    from casetracker.briefs.redaction import _forms, _regex

    given = ["Juana", "Rosa", "María", "Ana Lucía", "Wilfredo", "Ñusta", "José"]
    surnames = ["Quispe", "Huamaní", "Mamani", "Condori", "Peña", "Ccahuana", "Álvarez", "Ruiz"]
    names = [
        f"{given[i % 7]} {surnames[i % 8]} {surnames[(i // 8) % 8]} {i:04d}" for i in range(300)
    ]
    numbers = [f"{40_000_000 + 7919 * i}" for i in range(200)]
    redactor = Redactor([*names, *numbers])
    everything = _regex(form for secret in [*names, *numbers] for form in _forms(secret))
    texts = [
        "Audiencia de JUANA QUISPE HUAMANÍ 0000 y de Rosa Huamaní-Quispe 0009",
        "declaró ana lucía ÑUSTA peña 0123; DNI 40.007.919 y 4000 7919 y 40 015 838",
        "Mañana se presenta el escrito de Mamani Condori (exp. 00123-2024)",
        "José Álvarez 1999, María Ruiz 0010 y Wilfredo Ccahuana",
        "Nadie protegido aquí, salvo 40023757 al final",
    ]
    for text in texts:
        assert redactor(text) == everything.sub("[RESERVADO]", text)
    assert "[RESERVADO]" in redactor(texts[0]) and "40.007.919" not in redactor(texts[1])


def test_what_a_letter_matches_folds_to_that_letter() -> None:
    """The words a text is searched by are folded so that no way of writing one escapes."""
    import re

    from casetracker.briefs.redaction import _fold_char, _letter_pattern

    every_character = "".join(chr(c) for c in range(0x3000) if not 0xD800 <= c <= 0xDFFF)
    for code in [*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x370, 0x400)]:
        letter = chr(code)
        matched = set(re.findall(_letter_pattern(letter), every_character, re.IGNORECASE))
        assert {_fold_char(char) for char in matched} == {_fold_char(letter)}, letter
