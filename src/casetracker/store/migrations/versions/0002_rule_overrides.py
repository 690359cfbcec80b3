"""Deadline rules edited by the user, settings stored with the data, and the inputs
of computed deadlines (so that a closure change can redo the computation exactly).

Revision ID: 0002_rule_overrides
Revises: 0001_initial
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casetracker.store.migrations import dialect

revision = "0002_rule_overrides"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

# Spelled out rather than imported: a migration must keep meaning what it meant
# when it was written, whatever the enums become later.
_UNITS = "unit IN ('working_days', 'calendar_days', 'months', 'years')"


def upgrade() -> None:
    op.create_table(
        "app_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.CheckConstraint("length(trim(key)) > 0", name=op.f("ck_app_settings_key_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_settings")),
        sa.UniqueConstraint("key", name=op.f("uq_app_settings_key")),
    )
    op.create_table(
        "rule_overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("name_es", sa.String(length=300), nullable=False),
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.Column("procedures", sa.String(length=500), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("trigger", sa.String(length=60), nullable=False),
        sa.Column("trigger_es", sa.String(length=300), nullable=False),
        sa.Column("basis", sa.String(length=300), nullable=False),
        sa.Column("certainty", sa.String(length=1), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "certainty IN ('H', 'M', 'L')", name=op.f("ck_rule_overrides_certainty_valid")
        ),
        sa.CheckConstraint(_UNITS, name=op.f("ck_rule_overrides_unit_valid")),
        sa.CheckConstraint("amount >= 1", name=op.f("ck_rule_overrides_amount_positive")),
        *dialect.bool_check("enabled", "ck_rule_overrides_enabled_bool"),
        sa.CheckConstraint("length(trim(key)) > 0", name=op.f("ck_rule_overrides_key_not_blank")),
        sa.CheckConstraint(
            "length(trim(name_es)) > 0", name=op.f("ck_rule_overrides_name_es_not_blank")
        ),
        sa.CheckConstraint(
            "length(trim(procedures)) > 0", name=op.f("ck_rule_overrides_procedures_not_blank")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rule_overrides")),
        sa.UniqueConstraint("key", name=op.f("uq_rule_overrides_key")),
    )
    op.create_table(
        "deadline_computations",
        sa.Column("deadline_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("electronic", sa.Boolean(), nullable=False),
        sa.Column("delay_working", sa.Boolean(), nullable=False),
        sa.Column("distance_days", sa.Integer(), nullable=False),
        sa.CheckConstraint(_UNITS, name=op.f("ck_deadline_computations_unit_valid")),
        sa.CheckConstraint(
            "amount >= 0", name=op.f("ck_deadline_computations_amount_not_negative")
        ),
        *dialect.bool_check("delay_working", "ck_deadline_computations_delay_working_bool"),
        sa.CheckConstraint(
            "distance_days BETWEEN 0 AND 365",
            name=op.f("ck_deadline_computations_distance_days_range"),
        ),
        *dialect.bool_check("electronic", "ck_deadline_computations_electronic_bool"),
        sa.ForeignKeyConstraint(
            ["deadline_id"],
            ["deadlines.id"],
            name=op.f("fk_deadline_computations_deadline_id_deadlines"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("deadline_id", name=op.f("pk_deadline_computations")),
    )


def downgrade() -> None:
    op.drop_table("deadline_computations")
    op.drop_table("rule_overrides")
    op.drop_table("app_settings")
