"""Filings (escritos, resolutions, notifications…) and their attachments."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casetracker.domain.attachments import (
    CONTENT_MEDIA_TYPES,
    MAX_ATTACHMENT_BYTES,
    check_attachment_name,
    runnable,
)
from casetracker.domain.enums import FilingKind
from casetracker.domain.errors import ValidationError
from casetracker.domain.escrito_kinds import EscritoKind
from casetracker.domain.records import AttachmentInfo, FilingInfo
from casetracker.domain.validation import Checker
from casetracker.services import _convert, _crud, _records
from casetracker.services._records import kept as _kept
from casetracker.services.instances import checked_instance_id
from casetracker.store.database import Database
from casetracker.store.models import (
    Attachment,
    AttachmentContent,
    Case,
    Filing,
    Party,
)

LONG_TEXT = 100_000


@dataclass(frozen=True)
class FilingInput:
    case_id: int
    filed_on: date | str | None
    kind: FilingKind | str
    sumilla: str
    filed_by_id: int | None = None
    reference: str = ""
    notified_on: date | str | None = None
    notes: str = ""
    escrito_number: int | None = None
    cuaderno: str = "Principal"
    petitorio: str = ""
    facts: str = ""
    legal_grounds: str = ""
    evidence: str = ""
    por_tanto: str = ""
    otrosies: tuple[str, ...] = ()
    illustrative: bool | None = None
    """Invented for illustration (demo data): marked in the app and in documents."""
    instance_id: int | None = None
    """The instance the filing was made in; None: the case's current one (on update:
    kept)."""
    escrito_kind: str | None = None
    """An ``EscritoKind`` code; None: inferred (on update: kept); "" clears it."""


def _validate(session: Session, data: FilingInput, row: Filing | None) -> dict[str, Any]:
    check = Checker()
    if session.get(Case, data.case_id) is None:
        check.fail("case", "no such case; pick the case first")
    if data.filed_by_id is not None and session.get(Party, data.filed_by_id) is None:
        check.fail("filed_by", "no such party")
    filed_on = check.date("filed_on", data.filed_on, required=True)
    notified_on = check.date("notified_on", data.notified_on)
    check.order("filed_on", filed_on, "notified_on", notified_on)
    otrosies = [check.text("otrosies", text, max_length=LONG_TEXT) for text in data.otrosies]
    values = {
        "case_id": data.case_id,
        "filed_on": filed_on,
        "kind": check.choice("kind", data.kind, FilingKind).value,
        "sumilla": check.text("sumilla", data.sumilla, required=True, max_length=500),
        "filed_by_id": data.filed_by_id,
        "reference": check.text("reference", data.reference, max_length=120),
        "notified_on": notified_on,
        "notes": check.text("notes", data.notes, max_length=LONG_TEXT),
        "escrito_number": check.integer(
            "escrito_number", data.escrito_number, minimum=1, maximum=9999
        ),
        "cuaderno": check.text("cuaderno", data.cuaderno, max_length=60) or "Principal",
        "petitorio": check.text("petitorio", data.petitorio, max_length=LONG_TEXT),
        "facts": check.text("facts", data.facts, max_length=LONG_TEXT),
        "legal_grounds": check.text("legal_grounds", data.legal_grounds, max_length=LONG_TEXT),
        "evidence": check.text("evidence", data.evidence, max_length=LONG_TEXT),
        "por_tanto": check.text("por_tanto", data.por_tanto, max_length=LONG_TEXT),
        "otrosies": "\n\n".join(text for text in otrosies if text),
        "illustrative": _kept(data.illustrative, row, "illustrative"),
        "instance_id": checked_instance_id(session, check, data.case_id, data.instance_id, row),
        "escrito_kind": _escrito_kind(check, data.escrito_kind, row),
    }
    check.raise_if_any()
    now = _records.utc_now()
    values["updated_at"] = now
    if row is None:
        values["created_at"] = now
    return values


def _escrito_kind(check: Checker, value: str | None, row: Filing | None) -> str | None:
    if value is None:
        return row.escrito_kind if row is not None else None
    if not value.strip():
        return None
    return check.choice("escrito_kind", value, EscritoKind).value


def _convert_row(session: Session, row: Filing) -> FilingInfo:
    filed_by = session.get(Party, row.filed_by_id) if row.filed_by_id else None
    attachments = tuple(
        _convert.attachment_info(a)
        for a in session.scalars(
            select(Attachment).where(Attachment.filing_id == row.id).order_by(Attachment.id)
        )
    )
    return _convert.filing_info(row, filed_by, attachments)


SPEC = _crud.EntitySpec(
    name="filing",
    model=Filing,
    validate=_validate,
    convert=_convert_row,
    case_of=lambda row: row.case_id,
    describe=lambda row: row.sumilla,
)


def create_filing(db: Database, data: FilingInput) -> FilingInfo:
    return _crud.create(db, SPEC, data)


def update_filing(
    db: Database, filing_id: int, data: FilingInput, *, expected_version: int | None = None
) -> FilingInfo:
    """Save ``data``; StaleRecordError if the record is no longer at ``expected_version``."""
    return _crud.update(db, SPEC, filing_id, data, expected_version=expected_version)


def get_filing(db: Database, filing_id: int) -> FilingInfo:
    return _crud.get(db, SPEC, filing_id)


@dataclass(frozen=True)
class AttachmentInput:
    case_id: int
    filename: str
    data: bytes
    filing_id: int | None = None
    media_type: str = ""
    description: str = ""


def _validate_attachment(
    session: Session, data: AttachmentInput, row: Attachment | None
) -> dict[str, Any]:
    check = Checker()
    if session.get(Case, data.case_id) is None:
        check.fail("case", "no such case")
    if data.filing_id is not None:
        filing = session.get(Filing, data.filing_id)
        if filing is None or filing.case_id != data.case_id:
            check.fail("filing", "no such filing in this case")
    if len(data.data) > MAX_ATTACHMENT_BYTES:
        check.fail(
            "file",
            f"is {len(data.data) / 2**20:.1f} MB; attachments are limited to "
            f"{MAX_ATTACHMENT_BYTES // 2**20} MB — keep large files in the office archive",
        )
    try:
        filename = check_attachment_name(data.filename)
    except ValidationError as error:
        check.errors.append(error)
        filename = ""
    media_type = _media_type(filename, data.data, data.media_type)
    values = {
        "case_id": data.case_id,
        "filing_id": data.filing_id,
        "filename": filename,
        "media_type": check.text("media_type", media_type, max_length=120),
        "size": len(data.data),
        "sha256": hashlib.sha256(data.data).hexdigest(),
        "description": check.text("description", data.description),
        "added_at": _records.utc_now(),
    }
    check.raise_if_any()
    return values


def _media_type(filename: str, content: bytes, given: str) -> str:
    """The type to list: a program's real type wins over what its name or caller says."""
    found = runnable(filename, content)
    if found is not None and found.signature:
        return CONTENT_MEDIA_TYPES[found.signature]
    return given or mimetypes.guess_type(filename)[0] or "application/octet-stream"


ATTACHMENT = _crud.EntitySpec(
    name="attachment",
    model=Attachment,
    validate=_validate_attachment,
    convert=lambda session, row: _convert.attachment_info(row),
    case_of=lambda row: row.case_id,
    describe=lambda row: f"{row.filename} ({row.size} bytes, sha256 {row.sha256[:12]}…)",
)


def add_attachment(db: Database, data: AttachmentInput) -> AttachmentInfo:
    """Store a file's bytes in the database with its size, type and SHA-256."""
    with db.unit_of_work() as uow:
        values = _validate_attachment(uow.session, data, None)
        row = Attachment(**values)
        uow.session.add(row)
        uow.session.flush()
        uow.session.add(AttachmentContent(attachment_id=row.id, data=data.data))
        _records.record(
            uow.session, db.actor, "create", "attachment", row.id, row.case_id,
            None, _records.snapshot(row), ATTACHMENT.describe(row),
        )  # fmt: skip
        result = _convert.attachment_info(row)
        uow.commit()
    return result


def add_attachment_file(
    db: Database, case_id: int, path: Path, filing_id: int | None = None
) -> AttachmentInfo:
    """Read ``path`` and attach it; an unreadable or oversized file stores nothing."""
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise ValidationError(
                "file",
                f"{path.name} is {size / 2**20:.1f} MB; attachments are limited to "
                f"{MAX_ATTACHMENT_BYTES // 2**20} MB",
            )
        content = path.read_bytes()
    except OSError as exc:
        raise ValidationError("file", f"cannot read {path.name}: {exc.strerror}") from exc
    return add_attachment(
        db, AttachmentInput(case_id=case_id, filing_id=filing_id, filename=path.name, data=content)
    )


def attachment_bytes(db: Database, attachment_id: int) -> bytes:
    with db.read() as session:
        content = _records.fetch(session, AttachmentContent, attachment_id, "attachment")
        return content.data


def order_annexes(db: Database, filing_id: int, attachment_ids: list[int]) -> FilingInfo:
    """Set the order of the filing's annexes (1-A, 1-B …): ``attachment_ids`` first, in
    that order; the filing's other attachments follow in the order they were added.

    Raises:
        ValidationError: an id is not an attachment of this filing, or is repeated.
    """
    with db.unit_of_work() as uow:
        session = uow.session
        filing = _records.fetch(session, Filing, filing_id, "filing")
        rows = {
            row.id: row
            for row in session.scalars(select(Attachment).where(Attachment.filing_id == filing_id))
        }
        if len(set(attachment_ids)) != len(attachment_ids):
            raise ValidationError("annexes", "an attachment is listed twice; list each once")
        strangers = [str(i) for i in attachment_ids if i not in rows]
        if strangers:
            raise ValidationError(
                "annexes", f"not attachments of filing {filing_id}: {', '.join(strangers)}"
            )
        before = {row.id: row.annex_position for row in rows.values()}
        for row in rows.values():
            row.annex_position = None
        for position, attachment_id in enumerate(attachment_ids, start=1):
            rows[attachment_id].annex_position = position
        after = {row.id: row.annex_position for row in rows.values()}
        _records.record(
            session, db.actor, "update", "filing", filing.id, filing.case_id,
            {"annex_order": before}, {"annex_order": after}, filing.sumilla,
        )  # fmt: skip
        session.flush()
        result = _convert_row(session, filing)
        uow.commit()
    return result
