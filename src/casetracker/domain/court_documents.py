"""What a court document says about itself: expedientes, kind, number, date, court, sumilla.

Pure text work on what was read from a PDF or a scan. Courts write numbers and dates
in words ("RESOLUCIÓN NÚMERO DOCE", "diecisiete de noviembre del dos mil veintiséis")
or in digits ("Res. N.º 12", "17/11/2026"); OCR adds stray spaces around dashes. Every
guess here is a proposal that the user confirms or corrects.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from casetracker.domain.errors import ValidationError
from casetracker.domain.expediente import Expediente, ExpedienteFormat, parse_expediente

_SMALL = [
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciseis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidos",
    "veintitres",
    "veinticuatro",
    "veinticinco",
    "veintiseis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
]
_TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
         "ochenta": 80, "noventa": 90}  # fmt: skip
_HUNDREDS = {"cien": 100, "ciento": 100, "doscientos": 200, "trescientos": 300,
             "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600, "setecientos": 700,
             "ochocientos": 800, "novecientos": 900}  # fmt: skip
_WORDS = {word: value for value, word in enumerate(_SMALL)} | _TENS | _HUNDREDS
_WORDS |= {"un": 1, "una": 1, "primero": 1, "primera": 1, "veintiun": 21}
_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip

_DASH = r"\s*[-\u2010-\u2015\u2212]\s*"
_CEJ = re.compile(
    rf"\b\d{{1,5}}{_DASH}\d{{4}}{_DASH}\d{{1,3}}{_DASH}\d{{4}}{_DASH}[A-Za-z]{{2}}"
    rf"{_DASH}[A-Za-z]{{2}}{_DASH}\d{{1,2}}\b"
)
_TC = re.compile(rf"\b\d{{1,5}}{_DASH}\d{{4}}{_DASH}[A-Za-z]{{1,2}}\s*/\s*TC\b", re.IGNORECASE)
_NUMBER_WORDS = r"[a-z]+(?:\s+[a-z]+){0,4}"
_RESOLUTION = re.compile(
    r"\bres(?:olucion)?\.?\s+(?:numero|num\.|nro\.?|n\s*\.?\s*[o°]?\s*\.?)\s*:?\s*"
    rf"(?P<number>\d{{1,4}}\b|{_NUMBER_WORDS})"
)
_MONTH = "|".join(_MONTHS)
_DATE_WORDS = re.compile(
    rf"\b(?P<day>\d{{1,2}}|[a-z]+(?:\s+y\s+[a-z]+)?)\s+de\s+(?P<month>{_MONTH})\s+"
    rf"(?:del?\s+)?(?:ano\s+)?(?P<year>\d{{4}}|dos\s+mil(?:\s+[a-z]+){{0,3}})"
)
_DATE_DIGITS = re.compile(r"\b(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})\b")
# Header lines that open a document (a consolidated PDF is split where they appear).
_HEADERS = ("corte superior de justicia", "poder judicial", "tribunal constitucional",
            "cedula de notificacion", "juzgado", "sala ")  # fmt: skip
_COURT = re.compile(r"^\s*((?:\d+\s*[°º]?\s*)?(?:juzgado|sala|tribunal constitucional)\b.*)$",
                    re.IGNORECASE | re.MULTILINE)  # fmt: skip
_SUPERIOR = re.compile(r"^\s*(corte superior de justicia\b.*)$", re.IGNORECASE | re.MULTILINE)
SUMILLA_LENGTH = 300
_HEADER_LINES = 15


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """What the text says; None or empty where it says nothing recognisable."""

    expedientes: tuple[Expediente, ...]
    kind: str | None
    resolution_number: int | None
    document_date: date | None
    court: str
    sumilla: str


def fold(text: str) -> str:
    """Lower case without accents (ñ becomes n): how the patterns here read text."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def number_in_words(text: str) -> int | None:
    """The number that ``text`` starts with, in Spanish words ("ciento veintiuno" → 121)."""
    total = current = 0
    read = False
    for word in fold(text).split():
        if word == "y" and read:
            continue
        if word in _WORDS:
            current += _WORDS[word]
        elif word == "mil":
            current, total = 0, total + max(current, 1) * 1000
        else:
            break
        read = True
    return total + current if read else None


def expedientes_in(text: str) -> tuple[Expediente, ...]:
    """Every expediente number in ``text`` (judiciary or TC format), first seen first."""
    found: dict[str, Expediente] = {}
    matches = sorted([*_CEJ.finditer(text), *_TC.finditer(text)], key=lambda m: m.start())
    for match in matches:
        try:
            number = parse_expediente(match.group(0))
        except ValidationError:
            continue
        if number.format is not ExpedienteFormat.UNPARSED:
            found.setdefault(number.normalized, number)
    return tuple(found.values())


def document_kind(text: str) -> str | None:
    """cedula, notificacion, sentencia, auto, decreto or resolucion, from the heading."""
    head = fold("\n".join(_lines(text)[:_HEADER_LINES]))
    for kind, pattern in (
        ("cedula", r"\bcedula\b"),
        ("notificacion", r"\bnotificacion\b"),
        ("sentencia", r"\bsentencia\b"),
        ("auto", r"\bauto\b"),
        ("decreto", r"\bdecreto\b"),
        ("resolucion", r"\bresolucion\b"),
    ):
        if re.search(pattern, head):
            return kind
    return None


def resolution_number(text: str) -> int | None:
    """The number in "RESOLUCIÓN NÚMERO DOCE", "Res. N.º 12", "RESOLUCIÓN NRO. 3"…"""
    for match in _RESOLUTION.finditer(fold(text)):
        number = match.group("number")
        value = int(number) if number.isdigit() else number_in_words(number)
        if value:
            return value
    return None


def document_date(text: str) -> date | None:
    """The first date written out ("17 de noviembre de 2026", in words too), else the
    first in digits (17/11/2026)."""
    folded = fold(text)
    for match in _DATE_WORDS.finditer(folded):
        day_text, year_text = match.group("day"), match.group("year")
        day = int(day_text) if day_text.isdigit() else number_in_words(day_text)
        year = int(year_text) if year_text.isdigit() else number_in_words(year_text)
        found = _valid(year, _MONTHS.index(match.group("month")) + 1, day)
        if found is not None:
            return found
    for match in _DATE_DIGITS.finditer(folded):
        found = _valid(int(match.group("year")), int(match.group("month")), int(match.group("day")))
        if found is not None:
            return found
    return None


def _valid(year: int | None, month: int, day: int | None) -> date | None:
    if year is None or day is None or not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def court_of(text: str) -> str:
    """The court's line in the heading ("JUZGADO CIVIL MIXTO DE TAMBOBAMBA")."""
    head = "\n".join(_lines(text)[:_HEADER_LINES])
    match = _COURT.search(head) or _SUPERIOR.search(head)
    return " ".join(match.group(1).split()) if match else ""


def sumilla_of(text: str) -> str:
    """The document's own SUMILLA, else what it resolves, else its first body line."""
    lines = _lines(text)
    for line in lines:
        if fold(line).startswith("sumilla"):
            return _short(line.split(":", 1)[-1])
    flat = " ".join(" ".join(lines).split())
    match = re.search(r"se resuelve\s*:?\s*", fold(flat))
    if match:
        return _short(flat[match.end() :])
    body = [line for line in lines[2:] if len(line) > 40]
    return _short(body[0]) if body else ""


def _short(text: str) -> str:
    text = " ".join(text.split()).strip(" :.-")
    if len(text) <= SUMILLA_LENGTH:
        return text
    return text[: SUMILLA_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def starts_a_document(page_text: str) -> bool:
    """Whether a page opens a new document (its first lines hold a court heading)."""
    head = [fold(line) for line in _lines(page_text)[:6]]
    return any(line.startswith(_HEADERS) for line in head)


def split_documents(pages: list[str]) -> list[list[int]]:
    """Page indexes of each document in a consolidated PDF (split at court headings)."""
    groups: list[list[int]] = []
    for index, text in enumerate(pages):
        if not groups or starts_a_document(text):
            groups.append([index])
        else:
            groups[-1].append(index)
    return groups


def facts_of(text: str) -> DocumentFacts:
    return DocumentFacts(
        expedientes=expedientes_in(text),
        kind=document_kind(text),
        resolution_number=resolution_number(text),
        document_date=document_date(text),
        court=court_of(text),
        sumilla=sumilla_of(text),
    )
