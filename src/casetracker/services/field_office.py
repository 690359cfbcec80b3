"""The office's side of field mode: take a field copy's changes in, send the office's out.

A push carries, for every record the field copy changed, three images of it (see
casetracker.store.field_images): the *base* (the record as the office had it when the
copy last synchronised), the field's current image, and who changed it when. The
office compares the base with its own current record and merges field by field:

- a record created on one side is simply added on the other;
- fields changed only in the field copy are written; fields changed only in the office
  stay; a field both changed to the same value is no conflict;
- a field both changed to different values, an edit against a delete, or a delete of a
  record under which the office has added records the field never saw, is a
  **conflict**: the office's value stays and a ``sync_conflicts`` row keeps both values
  and who changed each when, until a person chooses.

The whole push is one transaction, recorded in ``field_pushes`` under the push's own
id: sent twice (a connection cut before the answer), it changes nothing the second
time. The field copy's own history entries are copied in with their ids, so the
office's history tells what was done in the field, by whom and when.
"""

from __future__ import annotations

import json
import logging
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casetracker.domain.errors import FieldCopyError
from casetracker.services._records import utc_now
from casetracker.services.field_merge import Merger, PushOutcome
from casetracker.store.database import Database
from casetracker.store.field_history import entries_as_json, insert_entries
from casetracker.store.field_images import Identities, Image, blobs_of, digest, table_named
from casetracker.store.field_scope import scope_rows
from casetracker.store.models import AuditEntry, FieldCheckout, FieldPush

log = logging.getLogger(__name__)

HISTORY_MARGIN = timedelta(days=1)
"""How far before the last synchronisation the answer looks for history entries: an
entry's time is when its transaction began, and it may commit later."""


def apply_push(db: Database, payload: dict[str, Any]) -> PushOutcome:
    """Merge a field copy's push into ``db``, all or nothing.

    Raises:
        FieldCopyError: the checkout is unknown here or was revoked; nothing written.
    """
    with db.unit_of_work() as uow:
        session = uow.session
        checkout = checkout_row(session, payload["checkout"])
        push_id = payload["push"]
        done = session.scalar(select(FieldPush.id).where(FieldPush.uuid == _uuid(push_id)))
        if done is not None:
            return PushOutcome(already_applied=True)
        merger = Merger(session, checkout, payload)
        merger.check_scope()
        outcome = merger.run()
        insert_entries(session, Identities(session), payload.get("history", []))
        now = utc_now()
        session.add(
            FieldPush(
                uuid=_uuid(push_id), checkout_uuid=checkout.uuid, at=now, records=outcome.written
            )
        )
        cases = json.loads(checkout.case_uuids) + outcome.new_cases
        checkout.case_uuids = json.dumps(sorted(set(cases)))
        checkout.last_push_at = now
        uow.commit()
    log.info(
        "field push %s applied: %s records, %s conflicts",
        push_id,
        outcome.written,
        outcome.conflicts,
    )
    return outcome


def answer(
    db: Database,
    checkout_id: str,
    push_id: str | None,
    since: datetime | None,
    known: dict[str, str],
) -> dict[str, Any]:
    """What the field copy takes in after its push (or without one): the office's
    records of the checkout's cases that differ from what the copy last had (``known``:
    uuid -> digest), the uuids of all of them (a missing one was deleted), their
    contents, and the history since ``since``."""
    with db.read() as session:
        checkout = checkout_row(session, checkout_id)
        ids = Identities(session)
        cases = table_named("cases")
        wanted = json.loads(checkout.case_uuids)
        ids.load_uuids(cases, wanted)
        case_ids = [key for key in (ids.id_of(cases, u) for u in wanted) if key is not None]
        images: dict[str, dict[str, Image]] = {}
        present: dict[str, list[str]] = {}
        blobs: dict[str, str] = {}
        for name, rows in scope_rows(session, case_ids, checkout.uuid).items():
            table = table_named(name)
            found = ids.images(table, rows)
            present[name] = list(found)
            images[name] = {u: i for u, i in found.items() if known.get(u) != digest(i)}
            blobs |= blobs_of(table, (r for r in rows if str(r["uuid"]) in images[name]))
        history = select(AuditEntry).where(AuditEntry.case_id.in_(case_ids))
        if since is not None:
            history = history.where(AuditEntry.at >= since - HISTORY_MARGIN)
        entries = entries_as_json(session, ids, session.scalars(history.order_by(AuditEntry.id)))
    return {
        "kind": "answer",
        "checkout": checkout_id,
        "push": push_id,
        # To the microsecond: the copy refuses an answer older than the last it took,
        # and two answers may come within one second.
        "made_at": datetime.now(UTC).replace(tzinfo=None).isoformat(),
        "images": images,
        "present": present,
        "blobs": blobs,
        "history": entries,
    }


def checkout_row(session: Session, checkout_id: str) -> FieldCheckout:
    found = session.scalar(select(FieldCheckout).where(FieldCheckout.uuid == _uuid(checkout_id)))
    if found is None:
        raise FieldCopyError(
            "this field copy was not taken from this database (or its checkout is not "
            "visible to you); synchronise it with the database it was checked out from"
        )
    if found.revoked_at is not None:
        raise FieldCopyError(
            f"this field copy was revoked by {found.revoked_by or 'an administrator'} on "
            f"{found.revoked_at:%Y-%m-%d}; its changes were not taken. Export them for "
            "review with: field changes --json"
        )
    return found


def _uuid(text: str) -> uuid.UUID:
    return uuid.UUID(text)
