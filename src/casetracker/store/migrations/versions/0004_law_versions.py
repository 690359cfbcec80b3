"""Deadlines a lawyer can defend: law versions of the user's rules, calendars per body,
whose deadline, records of computations, illustrative flags.

- ``judicial_bodies``: the Poder Judicial, the Tribunal Constitucional… and which of
  the judiciary's own days each observes; ``courts.body_id`` and ``closures.body_id``.
  A database that already has courts gets the two bodies, its courts assigned by level.
- ``case_parties.ours``: we represent this party.
- ``deadlines.watch``: the other side's period; ``illustrative`` on filings, hearings
  and deadlines, ``cases.expediente_illustrative``.
- ``rule_overrides.versions`` and ``acting_side``; ``deadline_computations.court_id``.
- ``deadline_records``: how each deadline's date was computed, frozen.

Batch mode recreates the altered tables, which drops the search index's triggers on
them: the index is dropped first and rebuilt at the end (same content).

Revision ID: 0004_law_versions
Revises: 0003_canonical_expedientes
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casetracker.store.migrations import dialect, fts_v1

revision = "0004_law_versions"
down_revision = "0003_canonical_expedientes"
branch_labels = None
depends_on = None

_FLAGS = {
    "filings": ("illustrative",),
    "hearings": ("illustrative",),
    "deadlines": ("watch", "illustrative"),
    "case_parties": ("ours",),
    "cases": ("expediente_illustrative",),
}
# Spelled out rather than imported: a migration keeps meaning what it meant.
_JUDICIARY = (
    "Poder Judicial",
    True,
    True,
    "LOPJ arts. 123, 124 y 247",
    True,
    "Día del Juez (4 de agosto) y apertura del año judicial: días inhábiles del Poder Judicial.",
)
_TC = (
    "Tribunal Constitucional",
    False,
    False,
    "",
    False,
    "No forma parte del Poder Judicial. Sin verificar si suspende labores el Día del Juez o en "
    "la apertura del año judicial: confirme y marque aquí lo que corresponda.",
)


def upgrade() -> None:
    if dialect.on_sqlite():
        fts_v1.drop_search_index()
    _bodies()
    for table, flags in _FLAGS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for flag in flags:
                batch_op.add_column(
                    sa.Column(flag, sa.Boolean(), nullable=False, server_default=sa.false())
                )
                dialect.add_bool_check(batch_op, flag, f"ck_{table}_{flag}_bool")
    with op.batch_alter_table("closures", schema=None) as batch_op:
        batch_op.add_column(sa.Column("body_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_closures_body_id_judicial_bodies"),
            "judicial_bodies",
            ["body_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_index(batch_op.f("ix_closures_body_id"), ["body_id"], unique=False)
        batch_op.create_check_constraint(
            op.f("ck_closures_one_scope"), "court_id IS NULL OR body_id IS NULL"
        )
    with op.batch_alter_table("rule_overrides", schema=None) as batch_op:
        batch_op.add_column(sa.Column("versions", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("acting_side", sa.String(length=20), nullable=True))
    with op.batch_alter_table("deadline_computations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("court_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_deadline_computations_court_id_courts"),
            "courts",
            ["court_id"],
            ["id"],
            ondelete="SET NULL",
        )
    _records()
    if dialect.on_sqlite():
        fts_v1.create_search_index()


def _bodies() -> None:
    bodies = op.create_table(
        "judicial_bodies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("judges_day", sa.Boolean(), nullable=False),
        sa.Column("year_opening", sa.Boolean(), nullable=False),
        sa.Column("basis", sa.String(length=300), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "length(trim(name)) > 0", name=op.f("ck_judicial_bodies_name_not_blank")
        ),
        *dialect.bool_check("judges_day", "ck_judicial_bodies_judges_day_bool"),
        *dialect.bool_check("year_opening", "ck_judicial_bodies_year_opening_bool"),
        *dialect.bool_check("verified", "ck_judicial_bodies_verified_bool"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_judicial_bodies")),
        sa.UniqueConstraint("name", name=op.f("uq_judicial_bodies_name")),
    )
    with op.batch_alter_table("courts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("body_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_courts_body_id_judicial_bodies"),
            "judicial_bodies",
            ["body_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch_op.create_index(batch_op.f("ix_courts_body_id"), ["body_id"], unique=False)
    connection = op.get_bind()
    if not connection.execute(sa.text("SELECT count(*) FROM courts")).scalar():
        return  # a new database stays empty (an archive is imported into an empty one)
    names = ("name", "judges_day", "year_opening", "basis", "verified", "notes")
    op.bulk_insert(
        bodies,
        [dict(zip(names, row, strict=True), id=i) for i, row in enumerate((_JUDICIARY, _TC), 1)],
    )
    dialect.sync_sequence("judicial_bodies")
    connection.execute(
        sa.text(
            "UPDATE courts SET body_id = CASE level WHEN 'constitutional_court' THEN 2 ELSE 1 END"
        )
    )


def _records() -> None:
    op.create_table(
        "deadline_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deadline_id", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("made_by", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("computed_due_on", sa.Date(), nullable=False),
        sa.Column("trigger_on", sa.Date(), nullable=False),
        sa.Column("trigger_filing_id", sa.Integer(), nullable=True),
        sa.Column("rule_key", sa.String(length=80), nullable=False),
        sa.Column("rule_version", sa.String(length=300), nullable=False),
        sa.Column("court_name", sa.String(length=200), nullable=False),
        sa.Column("calendar", sa.Text(), nullable=False),
        sa.Column("computation", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "reason IN ('accepted', 'recomputed', 'demo')",
            name=op.f("ck_deadline_records_reason_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["deadline_id"],
            ["deadlines.id"],
            name=op.f("fk_deadline_records_deadline_id_deadlines"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trigger_filing_id"],
            ["filings.id"],
            name=op.f("fk_deadline_records_trigger_filing_id_filings"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadline_records")),
    )
    with op.batch_alter_table("deadline_records", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_deadline_records_deadline_id_made_at"),
            ["deadline_id", "made_at"],
            unique=False,
        )


def downgrade() -> None:
    if dialect.on_sqlite():
        fts_v1.drop_search_index()
    op.drop_table("deadline_records")
    with op.batch_alter_table("deadline_computations", schema=None) as batch_op:
        batch_op.drop_constraint(
            op.f("fk_deadline_computations_court_id_courts"), type_="foreignkey"
        )
        batch_op.drop_column("court_id")
    with op.batch_alter_table("rule_overrides", schema=None) as batch_op:
        batch_op.drop_column("acting_side")
        batch_op.drop_column("versions")
    with op.batch_alter_table("closures", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_closures_one_scope"), type_="check")
        batch_op.drop_index(batch_op.f("ix_closures_body_id"))
        batch_op.drop_constraint(op.f("fk_closures_body_id_judicial_bodies"), type_="foreignkey")
        batch_op.drop_column("body_id")
    for table, flags in _FLAGS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for flag in flags:
                dialect.drop_bool_check(batch_op, f"ck_{table}_{flag}_bool")
                batch_op.drop_column(flag)
    with op.batch_alter_table("courts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_courts_body_id"))
        batch_op.drop_constraint(op.f("fk_courts_body_id_judicial_bodies"), type_="foreignkey")
        batch_op.drop_column("body_id")
    op.drop_table("judicial_bodies")
    if dialect.on_sqlite():
        fts_v1.create_search_index()
