"""Hearings of a case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from casetracker.domain.enums import HearingStatus
from casetracker.domain.records import HearingInfo
from casetracker.domain.validation import Checker
from casetracker.services import _convert, _crud
from casetracker.services._records import kept as _kept
from casetracker.services.instances import checked_instance_id
from casetracker.store.database import Database
from casetracker.store.models import Case, Hearing


@dataclass(frozen=True)
class HearingInput:
    case_id: int
    starts_at: datetime | str | None
    kind: str
    ends_at: datetime | str | None = None
    place: str = ""
    video_link: str = ""
    status: HearingStatus | str = HearingStatus.SCHEDULED
    outcome: str = ""
    notes: str = ""
    illustrative: bool | None = None
    instance_id: int | None = None
    """The case's instance it belongs to; None: the current one (on update: kept)."""


def _validate(session: Session, data: HearingInput, row: Hearing | None) -> dict[str, Any]:
    check = Checker()
    if session.get(Case, data.case_id) is None:
        check.fail("case", "no such case")
    starts = check.datetime("starts_at", data.starts_at, required=True)
    ends = check.datetime("ends_at", data.ends_at)
    check.order("starts_at", starts, "ends_at", ends)
    link = check.text("video_link", data.video_link, max_length=500)
    if link and not link.startswith(("https://", "http://")):
        check.fail("video_link", "must start with https://")
    values = {
        "case_id": data.case_id,
        "starts_at": starts,
        "ends_at": ends,
        "kind": check.text("kind", data.kind, required=True, max_length=120),
        "place": check.text("place", data.place),
        "video_link": link,
        "status": check.choice("status", data.status, HearingStatus, HearingStatus.SCHEDULED).value,
        "outcome": check.text("outcome", data.outcome, max_length=50_000),
        "notes": check.text("notes", data.notes, max_length=50_000),
        "illustrative": _kept(data.illustrative, row, "illustrative"),
        # A hearing belongs to the instance current when it is entered; an edit keeps it.
        "instance_id": checked_instance_id(session, check, data.case_id, data.instance_id, row),
    }
    check.raise_if_any()
    return values


SPEC = _crud.EntitySpec(
    name="hearing",
    model=Hearing,
    validate=_validate,
    convert=lambda session, row: _convert.hearing_info(row),
    case_of=lambda row: row.case_id,
    describe=lambda row: f"{row.kind} {row.starts_at:%Y-%m-%d %H:%M}",
)


def create_hearing(db: Database, data: HearingInput) -> HearingInfo:
    return _crud.create(db, SPEC, data)


def update_hearing(
    db: Database, hearing_id: int, data: HearingInput, *, expected_version: int | None = None
) -> HearingInfo:
    """Save ``data``; StaleRecordError if the record is no longer at ``expected_version``."""
    return _crud.update(db, SPEC, hearing_id, data, expected_version=expected_version)


def get_hearing(db: Database, hearing_id: int) -> HearingInfo:
    return _crud.get(db, SPEC, hearing_id)
