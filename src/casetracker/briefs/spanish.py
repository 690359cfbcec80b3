"""Spanish wording for documents: dates in words, ordinals, court addressee lines."""

from __future__ import annotations

from datetime import date, datetime

from casetracker.domain.enums import CourtLevel

MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "setiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
# Peruvian usage writes "setiembre" (RAE accepts both; the judiciary uses this one).

ORDINALS = (
    "PRIMER", "SEGUNDO", "TERCER", "CUARTO", "QUINTO",
    "SEXTO", "SÉPTIMO", "OCTAVO", "NOVENO", "DÉCIMO",
)  # fmt: skip


ILLUSTRATIVE = "[Ilustrativo]"
ILLUSTRATIVE_NOTE = (
    f"{ILLUSTRATIVE}: dato inventado para la demostración; no figura en el expediente real."
)


def illustrative(text: str, flag: bool) -> str:
    """``text`` marked "[Ilustrativo]" when it was invented for illustration."""
    return f"{ILLUSTRATIVE} {text}" if flag else text


def long_date(day: date) -> str:
    """ "10 de abril de 2019"."""
    return f"{day.day} de {MONTHS[day.month - 1]} de {day.year}"


def short_date(day: date | None) -> str:
    """ "10/04/2019", the form Peruvian court records use; an em dash when unknown."""
    return f"{day:%d/%m/%Y}" if day else "—"


def short_datetime(moment: datetime) -> str:
    return f"{moment:%d/%m/%Y %H:%M}"


def ordinal(number: int) -> str:
    """ "PRIMER", "SEGUNDO" … for the otrosíes; beyond ten, "11.º"."""
    return ORDINALS[number - 1] if 1 <= number <= len(ORDINALS) else f"{number}.º"


def addressee(court_name: str | None, level: CourtLevel | None) -> str:
    """The line an escrito opens with, derived from the court.

    "SEÑOR JUEZ DEL JUZGADO CIVIL MIXTO DE TAMBOBAMBA:" for a court of first instance;
    "SEÑOR PRESIDENTE DEL TRIBUNAL CONSTITUCIONAL:" for the TC; a chamber (sala) is
    addressed through its president.
    """
    if level is CourtLevel.CONSTITUTIONAL_COURT:
        return "SEÑOR PRESIDENTE DEL TRIBUNAL CONSTITUCIONAL:"
    if not court_name:
        return "SEÑOR JUEZ:"
    name = court_name.strip().upper()
    if level in (CourtLevel.SUPERIOR_CHAMBER, CourtLevel.SUPREME_COURT) or name.startswith(
        ("SALA", "CORTE")
    ):
        article = "DE LA" if name.startswith(("SALA", "CORTE")) else "DEL"
        return f"SEÑOR PRESIDENTE {article} {name}:"
    return f"SEÑOR JUEZ DEL {name}:"


def document_label(document_id: str) -> str:
    """ "DNI N.º 12345678", "RUC N.º 20…" or a neutral label for other documents."""
    digits = document_id.replace("-", "").strip()
    if digits.isdigit() and len(digits) == 8:
        return f"DNI N.º {digits}"
    if digits.isdigit() and len(digits) == 11:
        return f"RUC N.º {digits}"
    return f"documento de identidad N.º {document_id}"
