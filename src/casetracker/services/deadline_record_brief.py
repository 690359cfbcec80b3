"""The record of a computed deadline as a one-page PDF (or DOCX) for the case file."""

from __future__ import annotations

from pathlib import Path

from casetracker.briefs.deadline_record import compose_deadline_record
from casetracker.briefs.document import Document
from casetracker.briefs.options import BriefOptions
from casetracker.briefs.redaction import Redactor, redact_document
from casetracker.domain.errors import ValidationError
from casetracker.services.briefs import BriefFormat, protected_secrets, render
from casetracker.services.deadline_records import latest_record
from casetracker.store.database import Database


def deadline_record_document(db: Database, deadline_id: int) -> Document:
    """The composed record of the deadline's latest computation.

    Raises:
        NotFoundError: no such deadline. ValidationError: its date was typed by hand,
            so there is no computation to record.
    """
    record = latest_record(db, deadline_id)
    if record is None:
        raise ValidationError(
            "deadline",
            "this deadline's date was typed by hand: there is no computation to print; "
            "compute it from a rule to get a record",
        )
    redactor = Redactor(protected_secrets(db))
    options = BriefOptions(author=db.actor, redactor=redactor)
    # Public copy: redacted in one pass over the whole document.
    return redact_document(compose_deadline_record(record, options), redactor)


def write_deadline_record(
    db: Database, deadline_id: int, target: Path, output: BriefFormat = BriefFormat.PDF
) -> Path:
    """Write the record; a failure never leaves a partial file.

    Raises:
        FileWriteError: the file cannot be written. ValidationError, NotFoundError: as
            :func:`deadline_record_document`.
    """
    render(deadline_record_document(db, deadline_id), output, target)
    return target
