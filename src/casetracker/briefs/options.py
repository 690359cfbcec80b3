"""What a composer needs besides the case data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from casetracker.briefs.redaction import NO_REDACTION, Redactor


class DocumentCopy(StrEnum):
    """Which copy of a document: the court's (names shown) or the public one (redacted)."""

    COURT = "court"
    PUBLIC = "public"


@dataclass(frozen=True)
class BriefOptions:
    """The signing lawyer, the redaction of protected parties and the issue date."""

    lawyer_name: str = ""
    lawyer_registration: str = ""
    author: str = ""
    redactor: Redactor = field(default=NO_REDACTION)
    today: date = field(default_factory=date.today)
    copy: DocumentCopy = DocumentCopy.PUBLIC
