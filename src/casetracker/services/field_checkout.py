"""Checking cases out into a field copy, and the office's list of copies taken.

A field copy is an ordinary casetracker database (every feature works offline)
holding the chosen cases with the same record identities and versions as the office,
their history, what each record was at checkout (the bases of the later merge) and
which checkout it is. It is written under a temporary name and renamed only when
complete; the office records the checkout in the same moment, so neither side knows
of a copy the other does not.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import RowMapping, func, insert, or_, select
from sqlalchemy.orm import Session

from casetracker.domain.enums import CaseStatus
from casetracker.domain.errors import FieldCopyError, NotFoundError
from casetracker.services._records import utc_now
from casetracker.store.database import Database, open_database
from casetracker.store.field_images import READ_TABLES, Identities, key_of, links, table_named
from casetracker.store.field_scope import Rows, scope_rows
from casetracker.store.models import (
    AuditEntry,
    Case,
    CaseMember,
    FieldBase,
    FieldCheckout,
    FieldState,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CheckoutSummary:
    checkout: str  # the copy's name at the office (a uuid)
    path: Path
    cases: tuple[str, ...]  # their titles
    records: int


@dataclass(frozen=True, slots=True)
class CheckoutInfo:
    """One field copy taken from this database."""

    checkout: str
    actor: str
    label: str
    created_at: datetime
    cases: int
    last_push_at: datetime | None
    revoked_at: datetime | None
    revoked_by: str


def check_out(
    office: Database,
    target: Path,
    *,
    case_ids: Sequence[int] = (),
    mine: bool = False,
    passphrase: str | None,
    source: str,
) -> CheckoutSummary:
    """Write a field copy of the cases at ``target`` and record the checkout.

    Args:
        case_ids: the cases to take; with ``mine``, the open cases of the user's own
            team (on a server) or naming them as responsible lawyer.
        passphrase: the copy's passphrase (SQLCipher); None writes it unprotected.
        source: where the copy synchronises back to (a path or a server address
            without its password).

    Raises:
        FieldCopyError: the target exists, or no case was chosen; nothing written.
        NotFoundError: a case id does not exist (or is not visible to the user).
    """
    target = Path(target)
    if target.exists():
        raise FieldCopyError(f"{target} already exists; choose a new file name for the field copy")
    temporary = target.with_name(target.name + ".part")
    for leftover in _side_files(temporary):
        leftover.unlink(missing_ok=True)
    with office.unit_of_work() as uow:
        session = uow.session
        chosen = _chosen_cases(session, case_ids, mine, office.actor)
        rows = scope_rows(session, [case.id for case in chosen], with_text=True)
        checkout = FieldCheckout(
            actor=office.actor,
            label=target.name[:200],
            created_at=utc_now(),
            case_uuids=json.dumps(sorted(str(case.uuid) for case in chosen)),
            bundle_key=secrets.token_hex(32),
        )
        session.add(checkout)
        session.flush()
        history = list(
            session.execute(
                select(AuditEntry.__table__).where(AuditEntry.case_id.in_([c.id for c in chosen]))
            ).mappings()
        )
        try:
            count = _write_copy(
                temporary, passphrase, session, rows, history, checkout, source, office.actor
            )
            os.replace(temporary, target)
        except BaseException:
            for leftover in _side_files(temporary):
                leftover.unlink(missing_ok=True)
            raise
        try:
            uow.commit()
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        titles = tuple(case.title for case in chosen)
    log.info("field checkout %s: %s cases to %s", checkout.uuid, len(titles), target)
    return CheckoutSummary(str(checkout.uuid), target, titles, count)


def list_checkouts(db: Database) -> list[CheckoutInfo]:
    with db.read() as session:
        return [
            CheckoutInfo(
                str(row.uuid),
                row.actor,
                row.label,
                row.created_at,
                len(json.loads(row.case_uuids)),
                row.last_push_at,
                row.revoked_at,
                row.revoked_by,
            )
            for row in session.scalars(select(FieldCheckout).order_by(FieldCheckout.created_at))
        ]


def revoke_checkout(db: Database, checkout: str) -> CheckoutInfo:
    """Refuse every later push and pull of the copy (``checkout``: its uuid or a
    prefix of at least 8 characters).

    Raises:
        NotFoundError: no checkout, or more than one, starts so.
    """
    key = checkout.strip().lower()
    if len(key) < 8:
        raise FieldCopyError(
            f"{checkout!r} is too short to name a field copy; give at least its first 8 "
            "characters (see: field list)"
        )
    with db.unit_of_work() as uow:
        rows = [
            row
            for row in uow.session.scalars(select(FieldCheckout))
            if str(row.uuid).startswith(key)
        ]
        if len(rows) != 1:
            raise NotFoundError("field copy", checkout)
        row = rows[0]
        if row.revoked_at is None:
            row.revoked_at = utc_now()
            row.revoked_by = db.actor
        uow.commit()
    return next(info for info in list_checkouts(db) if info.checkout == str(row.uuid))


def _chosen_cases(session: Session, case_ids: Sequence[int], mine: bool, actor: str) -> list[Case]:
    if mine:
        query = select(Case).where(
            Case.status != CaseStatus.CLOSED.value,
            or_(
                func.lower(Case.responsible_lawyer) == actor.lower(),
                Case.id.in_(select(CaseMember.case_id).where(CaseMember.role_name == actor)),
            ),
        )
        chosen = list(session.scalars(query.order_by(Case.id)))
        if not chosen:
            raise FieldCopyError(
                f"no open case is yours ({actor} is neither on its team nor its responsible "
                "lawyer); name the cases with --cases ID,..."
            )
        return chosen
    if not case_ids:
        raise FieldCopyError(
            "no case chosen; name them with --cases ID,... or take yours with --mine"
        )
    found = {case.id: case for case in session.scalars(select(Case).where(Case.id.in_(case_ids)))}
    for key in case_ids:
        if key not in found:
            raise NotFoundError("case", key)
    return [found[key] for key in dict.fromkeys(case_ids)]


def _write_copy(
    path: Path,
    passphrase: str | None,
    office: Session,
    rows: Rows,
    history: list[RowMapping],
    checkout: FieldCheckout,
    source: str,
    actor: str,
) -> int:
    ids = Identities(office)
    bases = {
        name: ids.images(table_named(name), found)
        for name, found in rows.items()
        if name not in READ_TABLES
    }
    held = {
        name: {row[key_of(table_named(name)).name] for row in found} for name, found in rows.items()
    }
    copy = open_database(path, actor=actor, passphrase=passphrase, auto_backup=False, check=False)
    try:
        with copy.unit_of_work() as uow:
            session = uow.session
            for name, found in rows.items():
                if found:
                    session.execute(
                        insert(table_named(name)), [_inside(name, row, held) for row in found]
                    )
            if history:
                session.execute(insert(AuditEntry.__table__), [dict(row) for row in history])
            session.execute(
                insert(FieldBase),
                [
                    {
                        "table_name": name,
                        "record_uuid": _uuid(identity),
                        "image": json.dumps(image, sort_keys=True),
                    }
                    for name, images in bases.items()
                    for identity, image in images.items()
                ],
            )
            session.add(
                FieldState(
                    checkout_uuid=checkout.uuid,
                    source=source,
                    actor=actor,
                    checked_out_at=checkout.created_at,
                    last_sync_at=checkout.created_at,
                    bundle_key=checkout.bundle_key,
                    history_mark=max((row["id"] for row in history), default=0),
                )
            )
            uow.commit()
    finally:
        copy.close()
    return sum(len(found) for found in rows.values())


def _inside(name: str, row: RowMapping, held: dict[str, set[int]]) -> dict[str, Any]:
    """The row as the copy stores it: a link to a record not taken is left empty."""
    values = dict(row)
    for column, target in links(table_named(name)).items():
        if values[column] is not None and values[column] not in held.get(target.name, set()):
            values[column] = None
    return values


def _uuid(text: str) -> uuid.UUID:
    return uuid.UUID(text)


def _side_files(path: Path) -> list[Path]:
    return [
        path,
        *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal", ".lock")),
    ]
