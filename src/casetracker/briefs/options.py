"""What a composer needs besides the case data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from casetracker.briefs.redaction import NO_REDACTION, Redactor


@dataclass(frozen=True)
class BriefOptions:
    """The signing lawyer, the redaction of protected parties and the issue date."""

    lawyer_name: str = ""
    lawyer_registration: str = ""
    author: str = ""
    redactor: Redactor = field(default=NO_REDACTION)
    today: date = field(default_factory=date.today)
