"""The field copy's side of field mode: what changed here, and taking the office's in.

A field copy remembers each record as the office last had it (``field_bases``). What
differs from that is this copy's own work: a *push* carries it, each record with its
base, so the office can tell its changes from the field's (casetracker.services.
field_office). The push is kept (``field_state.pending_push``) until the office's
*answer* comes back, so a cut connection or a lost bundle resends the same push.

Taking an answer in is one transaction. A record this copy has not changed since its
base, or has not changed since the push the answer acknowledges, becomes the office's
version (or goes, if the office no longer has it); one changed here since is left as
it is for the next push, whose merge sees both sides. Nothing this copy did is
overwritten unseen.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from casetracker.domain.errors import FieldCopyError
from casetracker.services._records import utc_now
from casetracker.store.database import Database
from casetracker.store.field_history import entries_as_json, insert_entries
from casetracker.store.field_images import (
    Identities,
    Image,
    blobs_of,
    changed_fields,
    compared_columns,
    digest,
    key_of,
    links,
    synced_tables,
)
from casetracker.store.field_scope import all_rows
from casetracker.store.models import AuditEntry, FieldBase, FieldState

Images = dict[str, dict[str, Image]]


@dataclass(frozen=True, slots=True)
class PullOutcome:
    """What taking an answer in changed in the field copy."""

    written: int  # records added, replaced or removed
    kept: int  # records changed here since, left for the next push
    history: int  # history entries added


def field_state(session: Session) -> FieldState:
    """This copy's field state.

    Raises:
        FieldCopyError: the database is not a field copy.
    """
    state = session.scalar(select(FieldState))
    if state is None:
        raise FieldCopyError(
            "this database is not a field copy; make one with: casetracker --db "
            "OFFICE field checkout --cases ID,... -o FIELD.sqlite3"
        )
    return state


def prepare_push(db: Database, *, fresh: bool = False) -> dict[str, Any] | None:
    """The push to send: the one still unanswered (unless ``fresh``), else this copy's
    changes since the office's last answer; None when there is nothing to send.

    A new push is stored before it leaves, in the same transaction that reads it.
    """
    with db.unit_of_work() as uow:
        state = field_state(uow.session)
        if state.pending_push and not fresh:
            pending: dict[str, Any] = json.loads(state.pending_push)
            return pending
        payload = local_changes(uow.session, state)
        # History alone is no reason to send: it goes with the next changed record
        # (entries already at the office are skipped there by their ids).
        if not payload["records"]:
            return None
        state.pending_push = json.dumps(payload, ensure_ascii=False)
        uow.commit()
    return payload


def local_changes(session: Session, state: FieldState) -> dict[str, Any]:
    """This copy's changes since its bases, as a push (not stored)."""
    ids = Identities(session)
    bases = _bases(session)
    rows = all_rows(session)
    current = _current(ids, rows, bases)
    who = _latest_changes(session, state.history_mark)
    records: list[dict[str, Any]] = []
    blobs: dict[str, str] = {}
    for table in synced_tables():
        images = current[table.name]
        changed = []
        for identity, image in images.items():
            base = bases.get(identity)
            if base is None or _differ(base[1], image):
                changed.append(identity)
                records.append(_record(table, identity, base, image, who, state))
        for identity, (name, base_image) in bases.items():
            if name == table.name and identity not in images:
                records.append(_record(table, identity, (name, base_image), None, who, state))
        wanted = set(changed)
        blobs |= blobs_of(table, (r for r in rows[table.name] if str(r["uuid"]) in wanted))
    entries = list(
        session.scalars(
            select(AuditEntry).where(AuditEntry.id > state.history_mark).order_by(AuditEntry.id)
        )
    )
    return {
        "kind": "push",
        "push": str(uuid.uuid4()),
        "checkout": str(state.checkout_uuid),
        "actor": state.actor,
        "made_at": utc_now().isoformat(),
        "records": records,
        "blobs": blobs,
        "history": entries_as_json(session, ids, entries),
        # The newest entry sent: once the office answers this push, the copy's history
        # up to here is the office's too.
        "history_through": max((entry.id for entry in entries), default=state.history_mark),
    }


def known_digests(db: Database) -> dict[str, str]:
    """uuid -> digest of each record as the office last had it (sent with a pull)."""
    with db.read() as session:
        return {identity: digest(image) for identity, (_, image) in _bases(session).items()}


def last_sync(db: Database) -> datetime | None:
    with db.read() as session:
        return field_state(session).last_sync_at


def apply_answer(db: Database, answer: dict[str, Any]) -> PullOutcome:
    """Take the office's answer in, in one transaction (see the module's rules).

    Raises:
        FieldCopyError: the answer is for another field copy; nothing changed.
    """
    with db.unit_of_work() as uow:
        session = uow.session
        state = field_state(session)
        if answer.get("checkout") != str(state.checkout_uuid):
            raise FieldCopyError(
                "this answer was written for another field copy; nothing was changed"
            )
        made_at = datetime.fromisoformat(answer["made_at"])
        if state.last_sync_at is not None and made_at < state.last_sync_at:
            raise FieldCopyError(
                f"this answer was written at the office on {made_at:%Y-%m-%d %H:%M} (UTC), "
                "before this copy's last synchronisation; it would undo newer work, so "
                "nothing was changed"
            )
        pending = json.loads(state.pending_push) if state.pending_push else None
        acknowledged = pending is not None and pending["push"] == answer.get("push")
        pushed = {r["uuid"]: r["image"] for r in pending["records"]} if acknowledged else {}
        taking = _Taking(session, answer, pushed)
        outcome = taking.run()
        if acknowledged:
            state.pending_push = ""
            state.history_mark = max(state.history_mark, int(pending.get("history_through", 0)))
        state.last_sync_at = made_at  # the office's clock, as every answer's time
        uow.commit()
    return outcome


def _differ(before: Image | None, after: Image | None) -> bool:
    """Whether a record changed: a save that left every field as it was (a new
    version, the same values) is no change to push, nor one to keep from the office."""
    if before is None or after is None:
        return before is not after
    return bool(changed_fields(before, after))


def _bases(session: Session) -> dict[str, tuple[str, Image]]:
    query = select(FieldBase.record_uuid, FieldBase.table_name, FieldBase.image)
    return {str(u): (name, json.loads(image)) for u, name, image in session.execute(query)}


def _current(
    ids: Identities, rows: dict[str, list[Any]], bases: dict[str, tuple[str, Image]]
) -> Images:
    """Images of this copy's rows. A link this copy could not hold (a related case
    that was not checked out) reads as the office's, so it never looks changed."""
    current: Images = {}
    for table in synced_tables():
        images = ids.images(table, rows[table.name])
        for identity, image in images.items():
            base = bases.get(identity)
            if base is not None:
                _keep_outside_links(ids, table, image, base[1])
        current[table.name] = images
    return current


def _keep_outside_links(ids: Identities, table: Table, image: Image, base: Image) -> None:
    for name, target in links(table).items():
        was = base.get(name)
        if image.get(name) is None and was is not None and ids.id_of(target, was) is None:
            image[name] = was


def _latest_changes(session: Session, mark: int) -> dict[str, tuple[str, datetime]]:
    """record uuid -> who changed it here last, and when (this copy's history)."""
    query = select(AuditEntry.record_uuid, AuditEntry.actor, AuditEntry.at).where(
        AuditEntry.id > mark, AuditEntry.record_uuid.is_not(None)
    )
    return {str(u): (actor, at) for u, actor, at in session.execute(query.order_by(AuditEntry.id))}


def _record(
    table: Table,
    identity: str,
    base: tuple[str, Image] | None,
    image: Image | None,
    who: dict[str, tuple[str, datetime]],
    state: FieldState,
) -> dict[str, Any]:
    actor, at = who.get(identity, (state.actor, None))
    return {
        "table": table.name,
        "uuid": identity,
        "base": base[1] if base is not None else None,
        "image": image,
        "actor": actor,
        "at": at.isoformat() if at is not None else None,
    }


class _Taking:
    """Takes one answer's records in (see the module's docstring for the rules)."""

    def __init__(self, session: Session, answer: dict[str, Any], pushed: dict[str, Any]) -> None:
        self.session = session
        self.answer = answer
        self.pushed = pushed
        self.ids = Identities(session)
        self.bases = _bases(session)
        self.rows = all_rows(session)
        self.current = _current(self.ids, self.rows, self.bases)
        self.blobs: dict[str, str] = answer.get("blobs", {})
        self.written = 0
        self.kept = 0

    def run(self) -> PullOutcome:
        for table in synced_tables():
            sent = self.answer["images"].get(table.name, {})
            for identity, office in sent.items():
                self._take(table, identity, office)
            self._realign_versions(table, sent)
        needed: set[str] = set()
        for table in reversed(synced_tables()):
            present = set(self.answer["present"].get(table.name, []))
            for identity, image in self.current[table.name].items():
                if identity in present:
                    continue
                if identity not in needed and self._settled(identity, image):
                    self._remove(table, identity)
                else:
                    self.kept += 1
                    needed.update(v for n, v in image.items() if n in links(table) and v)
        for identity, (name, _) in self.bases.items():
            if identity not in self.current[name]:
                present = set(self.answer["present"].get(name, []))
                if identity not in present:  # deleted on both sides, or here and answered
                    self.session.execute(
                        delete(FieldBase).where(FieldBase.record_uuid == uuid.UUID(identity))
                    )
        added = insert_entries(self.session, self.ids, self.answer.get("history", []))
        return PullOutcome(self.written, self.kept, added)

    def _realign_versions(self, table: Table, sent: dict[str, Image]) -> None:
        """Records saved here without a change (edited and edited back) hold a newer
        version than the office's for the same values: they take the office's number
        again, so that both sides agree on every record's version."""
        for identity, image in self.current[table.name].items():
            base = self.bases.get(identity)
            if identity in sent or base is None or _differ(base[1], image):
                continue
            if image.get("version") != base[1].get("version"):
                key = self.ids.id_of(table, identity)
                query = update(table).where(key_of(table) == key)
                self.session.execute(query.values(version=base[1]["version"]))

    def _settled(self, identity: str, image: Image | None) -> bool:
        """Whether the record here is as the office last had it, or as last pushed."""
        base = self.bases.get(identity)
        if not _differ(base[1] if base is not None else None, image):
            return True
        return identity in self.pushed and not _differ(self.pushed[identity], image)

    def _take(self, table: Table, identity: str, office: Image) -> None:
        image = self.current[table.name].get(identity)
        if not self._settled(identity, image):
            self.kept += 1
            pushed = self.pushed.get(identity)
            if pushed is not None:
                # Changed again since the push the office took: the pushed version is
                # now the common ancestor, so the next push carries only what is newer.
                self._set_base(table, identity, pushed)
            return
        if image != office:
            columns = [c.name for c in compared_columns(table)]
            try:
                values = self.ids.values(table, office, columns, self.blobs, lenient=True)
            except KeyError:  # its parent was removed here and not yet pushed
                self.kept += 1
                return
            try:
                with self.session.begin_nested():
                    self._write(table, identity, image, values)
            except IntegrityError:  # clashes with a record made here, not yet pushed
                self.kept += 1
                return
            self.written += 1
        self._set_base(table, identity, office)

    def _write(self, table: Table, identity: str, image: Image | None, values: Image) -> None:
        if image is None:
            key = self.session.execute(insert(table).values(values)).inserted_primary_key[0]
            self.ids.learn(table, key, identity)
        else:
            key = self.ids.id_of(table, identity)
            self.session.execute(update(table).where(key_of(table) == key).values(values))

    def _remove(self, table: Table, identity: str) -> None:
        key = self.ids.id_of(table, identity)
        self.session.execute(delete(table).where(key_of(table) == key))
        self.session.execute(delete(FieldBase).where(FieldBase.record_uuid == uuid.UUID(identity)))
        self.ids.forget(table, identity)
        self.written += 1

    def _set_base(self, table: Table, identity: str, image: Image) -> None:
        text = json.dumps(image, ensure_ascii=False, sort_keys=True)
        if identity in self.bases:
            query = update(FieldBase).where(FieldBase.record_uuid == uuid.UUID(identity))
            self.session.execute(query.values(image=text))
        else:
            self.session.add(
                FieldBase(table_name=table.name, record_uuid=uuid.UUID(identity), image=text)
            )
