"""Escritos a lawyer can file: instances of a case, parties' grammar, escrito kinds.

- ``case_instances``: the instances a case runs through (juzgado, sala, Tribunal
  Constitucional, cuadernos), each with its court, expediente number, judge,
  especialista and dates. Every existing case gets one instance from its own court,
  number and especialista; its filings and hearings belong to it (nothing is lost).
- ``filings.instance_id``, ``hearings.instance_id``: where the act took place.
- ``filings.escrito_kind``: the kind of escrito (demanda, contestación…); NULL lets
  the app infer it from the filing's kind and sumilla.
- ``parties.gender``, ``parties.plural``, ``parties.article``: agreement in escritos
  ("identificada", "representadas", "la Policía Nacional del Perú").
- ``case_parties.power``: where the representative's power is registered.
- ``attachments.annex_position``: the order the lawyer gives the annexes.

Batch mode recreates the altered tables, which drops the search index's triggers on
them: the index is dropped first and rebuilt at the end (same content).

Revision ID: 0007_escritos
Revises: 0006_identity
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casetracker.store.migrations import dialect
from casetracker.store.migrations.fts_v1 import create_search_index, drop_search_index
from casetracker.store.migrations.uuid_default import uuid_column_default
from casetracker.store.uuid7 import uuid7

revision = "0007_escritos"
down_revision = "0006_identity"
branch_labels = None
depends_on = None

# Spelled out rather than imported: a migration keeps meaning what it meant.
_LABELS = (
    ("constitutional_court", "Tribunal Constitucional"),
    ("superior_chamber", "Segunda instancia"),
    ("supreme_court", "Corte Suprema"),
)


def upgrade() -> None:
    if dialect.on_sqlite():  # batch mode rebuilds tables and drops their triggers
        drop_search_index()
    _instances()
    for table in ("filings", "hearings"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("instance_id", sa.Integer(), nullable=True))
            batch_op.create_foreign_key(
                batch_op.f(f"fk_{table}_instance_id_case_instances"),
                "case_instances",
                ["instance_id"],
                ["id"],
                ondelete="SET NULL",
            )
            batch_op.create_index(batch_op.f(f"ix_{table}_instance_id"), ["instance_id"])
            if table == "filings":
                batch_op.add_column(sa.Column("escrito_kind", sa.String(30), nullable=True))
    with op.batch_alter_table("parties", schema=None) as batch_op:
        batch_op.add_column(sa.Column("gender", sa.String(1), nullable=False, server_default=""))
        for flag in ("plural", "article"):
            batch_op.add_column(
                sa.Column(flag, sa.Boolean(), nullable=False, server_default=sa.false())
            )
            dialect.add_bool_check(batch_op, flag, f"ck_parties_{flag}_bool")
        batch_op.create_check_constraint(
            op.f("ck_parties_gender_valid"), "gender IN ('', 'f', 'm')"
        )
    with op.batch_alter_table("case_parties", schema=None) as batch_op:
        batch_op.add_column(sa.Column("power", sa.String(300), nullable=False, server_default=""))
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("annex_position", sa.Integer(), nullable=True))
    _assign_existing()
    if dialect.on_sqlite():
        create_search_index()


def _instances() -> None:
    op.create_table(
        "case_instances",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("court_id", sa.Integer(), nullable=True),
        sa.Column("expediente", sa.String(length=80), nullable=True),
        sa.Column("expediente_key", sa.String(length=80), nullable=True),
        sa.Column("judge", sa.String(length=200), nullable=False),
        sa.Column("especialista", sa.String(length=200), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("illustrative", sa.Boolean(), nullable=False),
        # Every record's identity and version, as revision 0006 gave the other tables.
        sa.Column("uuid", sa.Uuid(), nullable=False, server_default=uuid_column_default()),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.CheckConstraint(
            "length(trim(label)) > 0", name=op.f("ck_case_instances_label_not_blank")
        ),
        sa.CheckConstraint("position >= 1", name=op.f("ck_case_instances_position_positive")),
        sa.CheckConstraint(
            "ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on",
            name=op.f("ck_case_instances_dates_ordered"),
        ),
        *dialect.bool_check("illustrative", "ck_case_instances_illustrative_bool"),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_instances_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["court_id"],
            ["courts.id"],
            name=op.f("fk_case_instances_court_id_courts"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_instances")),
        sa.UniqueConstraint("case_id", "position", name=op.f("uq_case_instances_case_id_position")),
    )
    with op.batch_alter_table("case_instances", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_instances_court_id"), ["court_id"])
        batch_op.create_index(batch_op.f("ix_case_instances_expediente_key"), ["expediente_key"])
        batch_op.create_index(batch_op.f("ix_case_instances_uuid"), ["uuid"], unique=True)


def _assign_existing() -> None:
    """One instance per existing case, from its court, number and especialista."""
    connection = op.get_bind()
    found = connection.execute(
        sa.text(
            "SELECT cases.id, courts.level, cases.court_id, cases.expediente, "
            "cases.expediente_key, cases.especialista, cases.filed_on, "
            "cases.expediente_illustrative FROM cases "
            "LEFT JOIN courts ON courts.id = cases.court_id ORDER BY cases.id"
        )
    ).all()
    labels = dict(_LABELS)
    instances = sa.table(
        "case_instances",
        *(sa.column(name) for name in (
            "case_id", "position", "label", "court_id", "expediente", "expediente_key",
            "judge", "especialista", "started_on", "ended_on", "illustrative",
        )),
        sa.column("uuid", sa.Uuid()),
    )  # fmt: skip
    rows = [
        {
            "case_id": case_id, "position": 1,
            "label": labels.get(level, "Primera instancia"), "court_id": court_id,
            "expediente": expediente, "expediente_key": key, "judge": "",
            "especialista": especialista, "started_on": filed_on, "ended_on": None,
            "illustrative": bool(illustrative), "uuid": uuid7(),
        }
        for case_id, level, court_id, expediente, key, especialista, filed_on, illustrative
        in found
    ]  # fmt: skip
    if rows:
        connection.execute(sa.insert(instances), rows)
    for table in ("filings", "hearings"):
        op.execute(
            f"UPDATE {table} SET instance_id = (SELECT case_instances.id FROM case_instances "
            f"WHERE case_instances.case_id = {table}.case_id)"
        )


def downgrade() -> None:
    if dialect.on_sqlite():
        drop_search_index()
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_column("annex_position")
    with op.batch_alter_table("case_parties", schema=None) as batch_op:
        batch_op.drop_column("power")
    with op.batch_alter_table("parties", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_parties_gender_valid"), type_="check")
        for flag in ("article", "plural"):
            dialect.drop_bool_check(batch_op, f"ck_parties_{flag}_bool")
            batch_op.drop_column(flag)
        batch_op.drop_column("gender")
    for table in ("hearings", "filings"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table == "filings":
                batch_op.drop_column("escrito_kind")
            batch_op.drop_index(batch_op.f(f"ix_{table}_instance_id"))
            batch_op.drop_constraint(
                batch_op.f(f"fk_{table}_instance_id_case_instances"), type_="foreignkey"
            )
            batch_op.drop_column("instance_id")
    op.drop_table("case_instances")
    if dialect.on_sqlite():
        create_search_index()
