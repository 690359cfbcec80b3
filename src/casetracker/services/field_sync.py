"""Synchronising a field copy with its office: over a connection or with bundles.

One synchronisation sends the copy's push (the unanswered one first, if a connection
was cut), takes the office's answer in, and repeats once for changes made meanwhile.
Each side's part is one transaction, so a sync killed at any moment leaves both
databases whole, and the next one completes it without duplicating anything: the
office knows every push it applied, and the copy keeps its push until answered.

Without a connection the same push travels as a bundle (casetracker.store.
field_bundle): the copy writes it, the office applies it and writes the answer
bundle, the copy applies that. The same rules hold, by the same code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from casetracker.domain.errors import FieldCopyError
from casetracker.services import field_copy, field_merge, field_office
from casetracker.services._records import utc_now
from casetracker.store.database import Database
from casetracker.store.field_bundle import read_bundle, write_bundle
from casetracker.store.field_images import changed_fields
from casetracker.store.models import FieldCheckout, SyncConflict

_MOST_ROUNDS = 3


@dataclass(slots=True)
class SyncReport:
    """What one synchronisation did, on both sides."""

    pushed: int = 0  # records the office created, changed or deleted
    conflicts: int = 0  # new conflicts
    pulled: int = 0  # records of the copy replaced by the office's
    kept: int = 0  # records changed here since, left for the next sync
    history: int = 0  # history entries the copy received
    resent: bool = False  # a push the office had already applied was sent again

    def add_push(self, outcome: field_merge.PushOutcome) -> None:
        self.pushed += outcome.written
        self.conflicts += outcome.conflicts
        self.resent = self.resent or outcome.already_applied

    def add_pull(self, outcome: field_copy.PullOutcome) -> None:
        self.pulled += outcome.written
        self.kept = outcome.kept
        self.history += outcome.history


@dataclass(frozen=True, slots=True)
class FieldStatus:
    checkout: str
    source: str
    checked_out_at: str
    last_sync_at: str | None
    changed_records: int
    unanswered_push: bool
    open_conflicts: int


def synchronise(field: Database, office: Database) -> SyncReport:
    """Push this copy's changes to ``office`` and take the office's in.

    Raises:
        FieldCopyError: ``field`` is not a field copy, or ``office`` does not know it
            (or revoked it); nothing changed on either side.
    """
    report = SyncReport()
    checkout = _checkout_of(field)
    payload = field_copy.prepare_push(field)
    for _ in range(_MOST_ROUNDS):
        if payload is not None:
            report.add_push(field_office.apply_push(office, payload))
        reply = field_office.answer(
            office,
            checkout,
            payload["push"] if payload is not None else None,
            field_copy.last_sync(field),
            field_copy.known_digests(field),
        )
        report.add_pull(field_copy.apply_answer(field, reply))
        if payload is None:
            break
        payload = field_copy.prepare_push(field)
        if payload is None:
            break
    return report


def write_push_bundle(field: Database, target: Path) -> int:
    """Write this copy's changes (or, without any, a request for the office's) as a
    bundle at ``target``; return how many records it carries."""
    payload = field_copy.prepare_push(field, fresh=True) or _request(field)
    payload["known"] = field_copy.known_digests(field)
    last = field_copy.last_sync(field)
    payload["since"] = last.isoformat() if last is not None else None
    write_bundle(target, _key_of(field), payload)
    return len(payload["records"])


def apply_bundle(db: Database, source: Path, answer_to: Path | None = None) -> SyncReport:
    """Apply a bundle: at the office a field copy's push (writing the answer bundle
    to ``answer_to``), in the field copy the office's answer.

    Raises:
        FieldCopyError: the bundle is not for this database, or ``answer_to`` is
            missing or exists; nothing was changed.
    """
    report = SyncReport()
    if _is_field_copy(db):
        _, payload = read_bundle(source, [_key_of(db)])
        if payload.get("kind") != "answer":
            raise FieldCopyError(
                f"{source}: this is a field copy's own bundle; apply it at the office"
            )
        report.add_pull(field_copy.apply_answer(db, payload))
        return report
    key, payload = read_bundle(source, _office_keys(db))
    if payload.get("kind") != "push":
        raise FieldCopyError(f"{source}: this is an answer for a field copy; apply it there")
    if key != _office_key(db, payload["checkout"]):
        # A copy speaks only for itself: its key opened the bundle, its checkout it must be.
        raise FieldCopyError(
            f"{source}: the bundle names another field copy than the one whose key opened "
            "it; nothing was changed"
        )
    if answer_to is None:
        raise FieldCopyError("say where to write the answer bundle: field apply BUNDLE -o ANSWER")
    if Path(answer_to).exists():
        raise FieldCopyError(f"{answer_to} already exists; choose a new name for the answer bundle")
    if payload["records"] or payload["history"]:
        report.add_push(field_office.apply_push(db, payload))
    since = payload.get("since")
    reply = field_office.answer(
        db,
        payload["checkout"],
        payload["push"] if payload["records"] or payload["history"] else None,
        _when(since),
        payload.get("known", {}),
    )
    key = _office_key(db, payload["checkout"])
    write_bundle(Path(answer_to), key, reply)
    return report


def field_status(field: Database) -> FieldStatus:
    with field.read() as session:
        state = field_copy.field_state(session)
        changes = field_copy.local_changes(session, state)
        conflicts = session.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.resolution == "")
        )
        return FieldStatus(
            str(state.checkout_uuid),
            state.source,
            state.checked_out_at.isoformat(),
            state.last_sync_at.isoformat() if state.last_sync_at else None,
            sum(1 for record in changes["records"] if _worth_telling(record)),
            bool(state.pending_push),
            int(conflicts or 0),
        )


def _worth_telling(record: dict[str, Any]) -> bool:
    """Whether a changed record counts as a change for the user: not a case whose
    only change is its "last activity" time (that follows from the others)."""
    if record["base"] is None or record["image"] is None:
        return True
    return bool(changed_fields(record["base"], record["image"]) - field_merge.LATEST_WINS)


def changes_for_review(field: Database) -> dict[str, Any]:
    """This copy's changes not yet taken by the office, for a person to read (also
    when the copy was revoked): each record before and after, who and when."""
    with field.read() as session:
        state = field_copy.field_state(session)
        changes = field_copy.local_changes(session, state)
    changes.pop("blobs", None)
    changes["kind"] = "field changes"
    return changes


def source_of(field: Database) -> str:
    with field.read() as session:
        return field_copy.field_state(session).source


def is_field_copy(db: Database) -> bool:
    return _is_field_copy(db)


def _is_field_copy(db: Database) -> bool:
    try:
        with db.read() as session:
            field_copy.field_state(session)
    except FieldCopyError:
        return False
    return True


def _checkout_of(field: Database) -> str:
    with field.read() as session:
        return str(field_copy.field_state(session).checkout_uuid)


def _key_of(field: Database) -> str:
    with field.read() as session:
        return field_copy.field_state(session).bundle_key


def _request(field: Database) -> dict[str, Any]:
    with field.read() as session:
        state = field_copy.field_state(session)
        return {
            "kind": "push",
            "push": None,
            "checkout": str(state.checkout_uuid),
            "actor": state.actor,
            "made_at": utc_now().isoformat(),
            "records": [],
            "blobs": {},
            "history": [],
        }


def _office_keys(db: Database) -> list[str]:
    with db.read() as session:
        return [row.bundle_key for row in session.scalars(select(FieldCheckout))]


def _office_key(db: Database, checkout: str) -> str:
    with db.read() as session:
        return field_office.checkout_row(session, checkout).bundle_key


def _when(text: str | None) -> Any:
    from datetime import datetime

    return datetime.fromisoformat(text) if text else None


def dumps(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True)
