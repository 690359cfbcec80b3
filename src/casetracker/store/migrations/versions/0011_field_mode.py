"""Field mode: copies of chosen cases taken offline and synchronised back.

On the database the cases were taken from (a team server or a file):
``field_checkouts`` says who took which cases when, and whether an administrator has
revoked the copy; ``field_pushes`` holds the id of every set of field changes already
applied, so that a push repeated after a cut connection changes nothing. On both:
``sync_conflicts`` keeps both values of a field changed on both sides (or an edit
against a delete) until a person chooses. In the field copy only: ``field_state`` (its
checkout, where it came from, the push not yet answered) and ``field_bases`` (each
record as the office last had it, the common ancestor of the three-way merge).

Revision ID: 0011_field_mode
Revises: 0010_document_search_pg
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casetracker.store.migrations.uuid_default import uuid_column_default

revision = "0011_field_mode"
down_revision = "0010_document_search_pg"
branch_labels = None
depends_on = None


def _identity() -> list[sa.Column[object]]:
    # Every record's identity and version, as revision 0006 gave the other tables.
    return [
        sa.Column("uuid", sa.Uuid(), nullable=False, server_default=uuid_column_default()),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
    ]


def _table(name: str, *columns: sa.Column[object]) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        *columns,
        *_identity(),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )
    op.create_index(op.f(f"ix_{name}_uuid"), name, ["uuid"], unique=True)


def upgrade() -> None:
    _table(
        "field_checkouts",
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("case_uuids", sa.Text(), nullable=False),
        sa.Column("bundle_key", sa.String(length=64), nullable=False),
        sa.Column("last_push_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_by", sa.String(length=200), nullable=False, server_default=""),
    )
    _table(
        "field_pushes",
        sa.Column("checkout_uuid", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
    )
    _table(
        "sync_conflicts",
        # No foreign key, as the history: a conflict about a deleted case survives it.
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_uuid", sa.Uuid(), nullable=False),
        sa.Column("field_name", sa.String(length=80), nullable=False),
        sa.Column("summary", sa.String(length=300), nullable=False, server_default=""),
        sa.Column("office_value", sa.Text(), nullable=False),
        sa.Column("field_value", sa.Text(), nullable=False),
        sa.Column("office_actor", sa.String(length=200), nullable=False),
        sa.Column("office_at", sa.DateTime(), nullable=True),
        sa.Column("field_actor", sa.String(length=200), nullable=False),
        sa.Column("field_at", sa.DateTime(), nullable=True),
        sa.Column("checkout_uuid", sa.Uuid(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("resolution", sa.String(length=10), nullable=False, server_default=""),
        sa.CheckConstraint(
            "resolution IN ('', 'office', 'field')", name=op.f("ck_sync_conflicts_resolution_valid")
        ),
    )
    op.create_index(op.f("ix_sync_conflicts_case_id"), "sync_conflicts", ["case_id"])
    op.create_index(op.f("ix_sync_conflicts_record_uuid"), "sync_conflicts", ["record_uuid"])
    _table(
        "field_state",
        sa.Column("checkout_uuid", sa.Uuid(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("checked_out_at", sa.DateTime(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("bundle_key", sa.String(length=64), nullable=False),
        sa.Column("pending_push", sa.Text(), nullable=False, server_default=""),
        # The newest history entry already exchanged: later ones are this copy's own.
        sa.Column("history_mark", sa.Integer(), nullable=False, server_default="0"),
    )
    _table(
        "field_bases",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_uuid", sa.Uuid(), nullable=False),
        sa.Column("image", sa.Text(), nullable=False),
        sa.UniqueConstraint("record_uuid", name=op.f("uq_field_bases_record_uuid")),
    )


def downgrade() -> None:
    for name in ("field_bases", "field_state", "sync_conflicts", "field_pushes", "field_checkouts"):
        op.drop_table(name)
