"""Which records a field copy holds: its cases, everything in them, and what they need.

A checkout names cases; the copy also takes every row that belongs to them (the same
classification the team server's walls use, casetracker.store.server_access), the
parties they name, and the small directories every form needs (courts, bodies,
closures, matters, rule changes). On a team server the user's own connection reads
them, so the walls decide: a case the user may not see cannot be taken.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import RowMapping, Table, select
from sqlalchemy.orm import Session

from casetracker.store.field_images import (
    chunks,
    copied_tables,
    key_of,
    synced_tables,
    table_named,
)
from casetracker.store.server_access import CASE_COLUMN, THROUGH_PARENT

Rows = dict[str, list[RowMapping]]

CONFLICTS = "sync_conflicts"
_PARTY_LINKS = (
    ("case_parties", "party_id"),
    ("case_parties", "represented_by_id"),
    ("filings", "filed_by_id"),
)


def scope_rows(
    session: Session,
    case_ids: Collection[int],
    checkout: uuid.UUID | None = None,
    *,
    with_text: bool = False,
) -> Rows:
    """Every synced row of the cases ``case_ids``, by table, parents before children;
    with ``checkout``, also that copy's conflicts about records of no case (a party);
    ``with_text``, also the text read out of their documents (for a checkout)."""
    found: Rows = {}
    cases = sorted(case_ids)
    for name, column in CASE_COLUMN.items():
        if name in found or name == "case_members":
            continue
        found[name] = _rows_where(session, table_named(name), column, cases)
    conflicts = table_named(CONFLICTS)
    found[CONFLICTS] = _rows_where(session, conflicts, "case_id", cases)
    if checkout is not None:
        query = select(conflicts).where(
            conflicts.c.case_id.is_(None), conflicts.c.checkout_uuid == checkout
        )
        found[CONFLICTS] += list(session.execute(query).mappings())
    for name, (parent, column) in THROUGH_PARENT.items():
        parents = [row[key_of(table_named(parent)).name] for row in found[parent]]
        found[name] = _rows_where(session, table_named(name), column, parents)
    parties = {
        row[column]
        for name, column in _PARTY_LINKS
        for row in found[name]
        if row[column] is not None
    }
    found["parties"] = _rows_where(session, table_named("parties"), "id", sorted(parties))
    ordered: Rows = {}
    for table in copied_tables() if with_text else synced_tables():
        if table.name in found:
            ordered[table.name] = found[table.name]
        else:  # a directory every form needs, whole
            ordered[table.name] = list(
                session.execute(select(table).order_by(key_of(table))).mappings()
            )
    return ordered


def all_rows(session: Session) -> Rows:
    """Every synced row of this database (a field copy holds only its scope)."""
    return {
        table.name: list(session.execute(select(table).order_by(key_of(table))).mappings())
        for table in synced_tables()
    }


def _rows_where(
    session: Session, table: Table, column: str, keys: Sequence[Any]
) -> list[RowMapping]:
    rows: list[RowMapping] = []
    for part in chunks(list(keys)):
        query = select(table).where(table.c[column].in_(part)).order_by(key_of(table))
        rows.extend(session.execute(query).mappings())
    return rows
