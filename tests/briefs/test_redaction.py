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
