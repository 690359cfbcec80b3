"""Case teams: who may see a case on a team server (``case_members``).

Each row lets one PostgreSQL role, a login (a person) or a group (a team), see one
case and everything in it; ``casetracker server init`` puts the Row-Level Security
policies that read it on the server (casetracker.store.server_access). On SQLite the
table exists, so that a file and a server at the same revision hold the same tables,
and stays empty: a file has one user, who sees every case.

Revision ID: 0009_case_access
Revises: 0008_court_documents
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casetracker.store.migrations.uuid_default import uuid_column_default

revision = "0009_case_access"
down_revision = "0008_court_documents"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        # A PostgreSQL role name (at most 63 bytes there).
        sa.Column("role_name", sa.String(length=63), nullable=False),
        sa.Column("added_by", sa.String(length=63), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        # Every record's identity and version, as revision 0006 gave the other tables.
        sa.Column("uuid", sa.Uuid(), nullable=False, server_default=uuid_column_default()),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.CheckConstraint(
            "length(trim(role_name)) > 0", name=op.f("ck_case_members_role_name_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_members_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_members")),
        sa.UniqueConstraint("case_id", "role_name", name=op.f("uq_case_members_case_id_role_name")),
    )
    op.create_index(op.f("ix_case_members_role_name"), "case_members", ["role_name"])
    op.create_index(op.f("ix_case_members_uuid"), "case_members", ["uuid"], unique=True)


def downgrade() -> None:
    op.drop_table("case_members")
