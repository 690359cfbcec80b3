"""Guessing from a filing's words what it notifies, and whether it came through SINOE.

Spanish text, accents and case ignored; see :mod:`casetracker.services.deadline_proposals`
for the order of the guesses.
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from casetracker.domain.enums import FilingKind
from casetracker.store.models import Filing

_RESOLUTION_NUMBER = re.compile(r"\bres(?:olucion)?\.?\s*(?:n\s*[.ºo°]*\s*)?(\d+)")
_ORDER_WORDS = re.compile(r"\b(auto|resolucion|decreto)\b")


def normalize(text: str) -> str:
    """Lower case without accents, for matching Spanish words however they were typed."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def triggers_for_text(text: str) -> list[str]:
    """The trigger codes a resolution's text suggests, most specific first (see above)."""
    words = normalize(text)
    if any(mark in words for mark in ("de vista", "segunda instancia", "segundo grado")):
        return ["second_instance_ruling_notice", "appeal_judgment_notice"]
    refusal = ("deniega", "denegatori", "improcedente", "rechaza", "no concede")
    if "recurso" in words and any(mark in words for mark in refusal):
        return ["refusal_notice"]
    if "sentencia" in words:
        return ["judgment_notice"]
    found = []
    admits = any(mark in words for mark in ("admite", "admision", "admitir"))
    evidence = any(mark in words for mark in ("probatori", "prueba"))
    # "admite el recurso" or "admite los medios probatorios" admit no claim.
    claim = "demanda" in words or not (evidence or "recurso" in words)
    if (admits and claim) or any(mark in words for mark in ("emplaza", "traslado de la demanda")):
        found += ["admission_notice", "service_of_claim"]
    if evidence and (admits or "ofrecid" in words):
        found.append("evidence_admission_notice")
    if not found and _ORDER_WORDS.search(words):
        found.append("order_notice")
    return found


def looks_electronic(text: str) -> bool:
    """Whether the text says the notification came through the SINOE inbox."""
    words = normalize(text)
    # Not "casilla" alone: a casilla física at the court takes effect the same day.
    return any(mark in words for mark in ("sinoe", "electronic"))


def notifies(filing: Filing) -> bool:
    """A notification, or a resolution with its notification date."""
    return filing.kind == FilingKind.NOTIFICATION.value or (
        filing.kind == FilingKind.RESOLUTION.value and filing.notified_on is not None
    )


def filing_text(session: Session, filing: Filing) -> str:
    """The filing's own words, plus those of the resolution a notification names."""
    own = f"{filing.sumilla}\n{filing.reference}"
    if filing.kind != FilingKind.NOTIFICATION.value:
        return own
    match = _RESOLUTION_NUMBER.search(normalize(own))
    if match is None:
        return own
    candidates = session.scalars(
        select(Filing)
        .where(
            Filing.case_id == filing.case_id,
            Filing.kind == FilingKind.RESOLUTION.value,
            Filing.filed_on <= (filing.notified_on or filing.filed_on),
        )
        .order_by(Filing.filed_on.desc(), Filing.id.desc())
    )
    for candidate in candidates:
        found = _RESOLUTION_NUMBER.search(normalize(candidate.sumilla))
        if found is not None and found.group(1) == match.group(1):
            return f"{own}\n{candidate.sumilla}"
    return own
