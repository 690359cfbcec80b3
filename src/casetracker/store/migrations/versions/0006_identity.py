"""Stable identity and versions for every record.

- ``uuid`` on every table: a UUIDv7 made once per record, kept by archives, copies
  and the trash, so that two databases can tell their records apart and meet again.
  Existing rows get one dated from when they were created where the row says so
  (``created_at``, ``added_at``, ``at``, ``made_at``), otherwise from now, in id order.
  A unique index per table.
- ``version`` on every table, 1 for existing rows: the number of the record's last
  save, checked by every update and delete (optimistic concurrency).
- ``audit_entries.record_uuid``, ``base_version`` and ``new_version``: which record a
  change was made to and between which versions. Entries of records that still exist
  get their record's uuid; the versions of past changes are unknown (null).

``uuid`` must be NOT NULL, which SQLite can add only by rebuilding each table (batch
mode); there it also gets a default computed in SQL, so that a row inserted by another
program (the sqlite3 shell, a script) gets a UUIDv7 as well. A rebuild drops the table's triggers, including the search index's: they are
set aside before and put back as they were after (the index's content is keyed by id,
which does not change, so it needs no rebuilding).

Revision ID: 0006_identity
Revises: 0005_folded_titles
Create Date: 2026-12-05
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op

from casetracker.store.migrations.uuid_default import sqlite_uuid7_default
from casetracker.store.uuid7 import uuid7, uuid7_at

revision = "0006_identity"
down_revision = "0005_folded_titles"
branch_labels = None
depends_on = None

# Spelled out rather than read from the models: a migration keeps meaning what it meant.
# table -> (primary key, the column that says when a row was made, or None)
TABLES: dict[str, tuple[str, str | None]] = {
    "matters": ("id", None),
    "judicial_bodies": ("id", None),
    "courts": ("id", None),
    "closures": ("id", None),
    "cases": ("id", "created_at"),
    "parties": ("id", None),
    "case_parties": ("id", None),
    "filings": ("id", "created_at"),
    "attachments": ("id", "added_at"),
    "attachment_contents": ("attachment_id", None),
    "hearings": ("id", None),
    "deadlines": ("id", None),
    "notes": ("id", "created_at"),
    "audit_entries": ("id", "at"),
    "rule_overrides": ("id", None),
    "app_settings": ("id", None),
    "deadline_computations": ("deadline_id", None),
    "deadline_records": ("id", "made_at"),
}
# History entity name -> table, for the entries of records that still exist.
_ENTITY_TABLES = {
    "matter": "matters",
    "court": "courts",
    "closure": "closures",
    "case": "cases",
    "party": "parties",
    "case_party": "case_parties",
    "filing": "filings",
    "attachment": "attachments",
    "hearing": "hearings",
    "deadline": "deadlines",
    "note": "notes",
    "body": "judicial_bodies",
}
_CHUNK = 5_000


def upgrade() -> None:
    saved_triggers = _set_sqlite_triggers_aside()
    for table in TABLES:
        op.add_column(table, sa.Column("uuid", sa.Uuid(), nullable=True))
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    for table, (key, made) in TABLES.items():
        _fill_uuids(table, key, made)
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(
                "uuid",
                existing_type=sa.Uuid(),
                nullable=False,
                server_default=sqlite_uuid7_default(),
            )
            batch_op.create_index(batch_op.f(f"ix_{table}_uuid"), ["uuid"], unique=True)
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("record_uuid", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("base_version", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("new_version", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_audit_entries_record_uuid_new_version"),
            ["record_uuid", "new_version"],
            unique=False,
        )
    for entity, table in _ENTITY_TABLES.items():
        op.execute(
            f"UPDATE audit_entries SET record_uuid = (SELECT t.uuid FROM {table} AS t "
            f"WHERE t.id = audit_entries.entity_id) WHERE entity = '{entity}'"
        )
    _put_sqlite_triggers_back(saved_triggers)


def _fill_uuids(table: str, key: str, made: str | None) -> None:
    """One UUIDv7 per existing row: dated from its creation where known, else now."""
    bind = op.get_bind()
    when = f", {made}" if made else ""
    rows = bind.execute(sa.text(f"SELECT {key}{when} FROM {table} ORDER BY {key}")).all()
    target = sa.table(table, sa.column(key, sa.Integer()), sa.column("uuid", sa.Uuid()))
    statement = (
        sa.update(target)
        .where(target.c[key] == sa.bindparam("row_key"))
        .values(uuid=sa.bindparam("row_uuid"))
    )
    for start in range(0, len(rows), _CHUNK):
        values = [
            {"row_key": row[0], "row_uuid": _dated(row[1]) if made else uuid7()}
            for row in rows[start : start + _CHUNK]
        ]
        bind.execute(statement, values)


def _dated(value: object) -> object:
    """A uuid dated ``value`` (SQLite hands back text; other engines a datetime)."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return uuid7()
    return uuid7_at(value) if isinstance(value, datetime) else uuid7()


def _set_sqlite_triggers_aside() -> list[str]:
    """SQLite only: drop every trigger (a batch rebuild would lose them), keep their SQL."""
    if op.get_bind().dialect.name != "sqlite":
        return []
    rows = op.get_bind().execute(
        sa.text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
    )
    saved = []
    for name, sql in rows.all():
        op.execute(f'DROP TRIGGER "{name}"')
        saved.append(sql)
    return saved


def _put_sqlite_triggers_back(saved: list[str]) -> None:
    for sql in saved:
        op.execute(sql)


def downgrade() -> None:
    saved_triggers = _set_sqlite_triggers_aside()
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entries_record_uuid_new_version"))
        batch_op.drop_column("new_version")
        batch_op.drop_column("base_version")
        batch_op.drop_column("record_uuid")
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_uuid"))
            batch_op.drop_column("version")
            batch_op.drop_column("uuid")
    _put_sqlite_triggers_back(saved_triggers)
