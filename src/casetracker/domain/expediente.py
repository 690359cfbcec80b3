"""Expediente (case file) numbers of the Peruvian judiciary and Constitutional Court.

Two formats are understood (see the domain notes, section 3):

* judiciary (CEJ): ``NNNNN-YYYY-I-DDSS-OO-EE-CC``, e.g. ``00123-2019-0-0302-JM-CI-01``;
* Constitutional Court: ``NNNNN-YYYY-XX/TC``, e.g. ``00009-2019-PI/TC``.

Anything else is accepted as an *unparsed* number with a warning: foreign courts and
old files have odd numbers, and a real case must never be rejected for that.

A number in a known format is stored in its canonical spelling (:attr:`Expediente.stored`:
zero-padded serial, upper case, no "Exp. N.º" prefix), so that documents print it
once and search finds it whatever way it was typed; an odd number is stored as typed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from casetracker.domain.errors import ValidationError

MAX_LENGTH = 80

_PREFIX = re.compile(r"^(?:exp(?:ediente)?\.?\s*(?:n[.º°o]*\s*)?)", re.IGNORECASE)
_JUDICIARY = re.compile(
    r"^(?P<serial>\d{1,5})-(?P<year>\d{4})-(?P<incident>\d{1,3})-(?P<district>\d{2})(?P<seat>\d{2})"
    r"-(?P<organ>[A-Z]{2})-(?P<specialty>[A-Z]{2})-(?P<court>\d{1,2})$"
)
_TC = re.compile(r"^(?P<serial>\d{1,5})-(?P<year>\d{4})-(?P<kind>[A-Z]{1,2})/TC$")

TC_KINDS = {
    "PA": "amparo",
    "PI": "inconstitucionalidad",
    "AI": "inconstitucionalidad (formato anterior)",
    "HC": "hábeas corpus",
    "HD": "hábeas data",
    "AC": "cumplimiento",
    "CC": "competencial",
    "Q": "queja",
}
ORGAN_TYPES = {
    "JM": "juzgado mixto",
    "JR": "juzgado especializado",
    "JP": "juzgado de paz",
    "SP": "sala superior",
}
SPECIALTIES = {
    "CI": "civil",
    "LA": "laboral",
    "PE": "penal",
    "DC": "constitucional",
    "FC": "familia",
}


class ExpedienteFormat(StrEnum):
    JUDICIARY = "judiciary"
    CONSTITUTIONAL_COURT = "constitutional_court"
    UNPARSED = "unparsed"


class ExpedienteWarning(StrEnum):
    """Why a number deserves a second look (the GUI words each in the UI language)."""

    UNKNOWN_FORMAT = "unknown_format"
    UNLIKELY_YEAR = "unlikely_year"
    UNKNOWN_TC_KIND = "unknown_tc_kind"


@dataclass(frozen=True, slots=True)
class Expediente:
    """A parsed expediente number; ``normalized`` is the canonical spelling."""

    raw: str
    normalized: str
    format: ExpedienteFormat
    serial: int | None = None
    year: int | None = None
    incident: int | None = None
    district: str | None = None
    seat: str | None = None
    organ: str | None = None
    specialty: str | None = None
    court_number: int | None = None
    tc_kind: str | None = None
    warning: str | None = None
    warning_kind: ExpedienteWarning | None = None

    @property
    def stored(self) -> str:
        """The spelling to store and print: canonical in a known format, else as typed."""
        if self.format is ExpedienteFormat.UNPARSED:
            return self.raw.strip()
        return self.normalized

    @property
    def is_main_file(self) -> bool:
        """True unless the number names an incidente or cuaderno (part 3 > 0)."""
        return not self.incident

    def describe(self) -> str:
        """A short human-readable reading of the number, in Spanish."""
        if self.format is ExpedienteFormat.CONSTITUTIONAL_COURT:
            kind = TC_KINDS.get(self.tc_kind or "", self.tc_kind or "")
            return f"Tribunal Constitucional, {kind}, {self.year}"
        if self.format is ExpedienteFormat.JUDICIARY:
            organ = ORGAN_TYPES.get(self.organ or "", self.organ or "")
            specialty = SPECIALTIES.get(self.specialty or "", self.specialty or "")
            part = "principal" if self.is_main_file else f"incidente {self.incident}"
            return (
                f"Poder Judicial, {self.year}, distrito {self.district} sede {self.seat}, "
                f"{organ} {specialty} n.º {self.court_number}, cuaderno {part}"
            )
        return "número sin formato reconocido"


def parse_expediente(text: str) -> Expediente:
    """Parse an expediente number, tolerating unknown formats.

    Raises:
        ValidationError: the number is empty, too long or holds control characters.
    """
    cleaned = _clean(text)
    match = _JUDICIARY.match(cleaned)
    if match:
        serial, year = int(match["serial"]), int(match["year"])
        normalized = (
            f"{serial:05d}-{year:04d}-{int(match['incident'])}-{match['district']}{match['seat']}"
            f"-{match['organ']}-{match['specialty']}-{int(match['court']):02d}"
        )
        return Expediente(
            raw=text,
            normalized=normalized,
            format=ExpedienteFormat.JUDICIARY,
            serial=serial,
            year=year,
            incident=int(match["incident"]),
            district=match["district"],
            seat=match["seat"],
            organ=match["organ"],
            specialty=match["specialty"],
            court_number=int(match["court"]),
            warning=_year_warning(year),
            warning_kind=ExpedienteWarning.UNLIKELY_YEAR if _year_warning(year) else None,
        )
    match = _TC.match(cleaned)
    if match:
        serial, year = int(match["serial"]), int(match["year"])
        kind = match["kind"]
        warning = _year_warning(year)
        warning_kind = ExpedienteWarning.UNLIKELY_YEAR if warning else None
        if kind not in TC_KINDS:
            warning = f"unknown Constitutional Court process type {kind!r}"
            warning_kind = ExpedienteWarning.UNKNOWN_TC_KIND
        return Expediente(
            raw=text,
            normalized=f"{serial:05d}-{year:04d}-{kind}/TC",
            format=ExpedienteFormat.CONSTITUTIONAL_COURT,
            serial=serial,
            year=year,
            tc_kind=kind,
            warning=warning,
            warning_kind=warning_kind,
        )
    return Expediente(
        raw=text,
        normalized=cleaned,
        format=ExpedienteFormat.UNPARSED,
        warning=(
            "the number follows neither the judiciary format (00123-2019-0-0302-JM-CI-01) "
            "nor the Constitutional Court format (00009-2019-PI/TC); it is kept as typed"
        ),
        warning_kind=ExpedienteWarning.UNKNOWN_FORMAT,
    )


def _clean(text: str) -> str:
    if not isinstance(text, str):
        raise ValidationError("expediente", "the number must be text")
    value = unicodedata.normalize("NFKC", text).strip()
    if not value:
        raise ValidationError("expediente", "the number is empty; type it as printed on the file")
    if any(unicodedata.category(char) in ("Cc", "Cs") for char in value):
        raise ValidationError("expediente", "the number contains control characters; retype it")
    if len(value) > MAX_LENGTH:
        raise ValidationError(
            "expediente", f"the number is longer than {MAX_LENGTH} characters; shorten it"
        )
    value = _PREFIX.sub("", value).strip()
    # Dashes typed in word processors (en dash, minus sign) and stray spaces.
    value = re.sub(r"[\u2010-\u2015\u2212]", "-", value)
    # Upper case can decompose a letter ("ΰ" becomes three code points): composed again,
    # so that a normalised number reads back as itself.
    value = unicodedata.normalize("NFKC", re.sub(r"\s*([-/])\s*", r"\1", value).upper())
    return value or text.strip()


def _year_warning(year: int) -> str | None:
    if 1900 <= year <= 2100:
        return None
    return f"the year {year} looks wrong; check the number"
