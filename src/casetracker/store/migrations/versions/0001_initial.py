"""Initial schema: matters, courts, closures, cases, parties, filings, attachments,
hearings, deadlines, notes, the audit trail and the full-text index.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casetracker.store.migrations import dialect, fts_v1, search_pg_v1

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None
APPLICATION_ID = 0x43415345


def upgrade() -> None:
    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("summary", sa.String(length=300), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "action IN ('create', 'update', 'delete', 'restore')",
            name=op.f("ck_audit_entries_action_valid"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
    )
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entries_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_audit_entries_case_id_at"), ["case_id", "at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_audit_entries_entity_entity_id"), ["entity", "entity_id"], unique=False
        )

    op.create_table(
        "courts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("level", sa.String(length=30), nullable=False),
        sa.Column("district", sa.String(length=120), nullable=False),
        sa.Column("seat", sa.String(length=120), nullable=False),
        sa.Column("vacations_suspend", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "level IN ('justice_of_peace', 'first_instance', 'superior_chamber', 'supreme_court', 'constitutional_court')",
            name=op.f("ck_courts_level_valid"),
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_courts_name_not_blank")),
        *dialect.bool_check("vacations_suspend", "ck_courts_vacations_suspend_bool"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_courts")),
        sa.UniqueConstraint("name", "district", name=op.f("uq_courts_name_district")),
    )
    op.create_table(
        "matters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_matters_name_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matters")),
        sa.UniqueConstraint("name", name=op.f("uq_matters_name")),
    )
    op.create_table(
        "parties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("document_id", sa.String(length=30), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("casilla", sa.String(length=60), nullable=False),
        sa.Column("bar_number", sa.String(length=60), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("protected", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('person', 'organisation')", name=op.f("ck_parties_kind_valid")
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_parties_name_not_blank")),
        *dialect.bool_check("protected", "ck_parties_protected_bool"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parties")),
    )
    with op.batch_alter_table("parties", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parties_name"), ["name"], unique=False)

    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("expediente", sa.String(length=80), nullable=True),
        sa.Column("expediente_key", sa.String(length=80), nullable=True),
        sa.Column("court_id", sa.Integer(), nullable=True),
        sa.Column("procedure", sa.String(length=40), nullable=False),
        sa.Column("stage", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("filed_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("matter_id", sa.Integer(), nullable=True),
        sa.Column("related_case_id", sa.Integer(), nullable=True),
        sa.Column("relation", sa.String(length=20), nullable=True),
        sa.Column("responsible_lawyer", sa.String(length=200), nullable=False),
        sa.Column("especialista", sa.String(length=200), nullable=False),
        sa.Column("distance_days", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "procedure IN ('amparo', 'habeas_corpus', 'habeas_data', 'cumplimiento', 'accion_popular', 'inconstitucionalidad', 'competencial', 'conocimiento', 'abreviado', 'sumarisimo', 'contencioso_administrativo', 'cautelar', 'penal', 'laboral', 'other')",
            name=op.f("ck_cases_procedure_valid"),
        ),
        sa.CheckConstraint(
            "relation IS NULL OR relation IN ('appeal_of', 'incidente_of', 'related_to')",
            name=op.f("ck_cases_relation_valid"),
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'filed', 'admitted', 'in_progress', 'decided', 'on_appeal', 'closed')",
            name=op.f("ck_cases_status_valid"),
        ),
        sa.CheckConstraint(
            "(related_case_id IS NULL) = (relation IS NULL)",
            name=op.f("ck_cases_relation_with_case"),
        ),
        sa.CheckConstraint(
            "closed_on IS NULL OR filed_on IS NULL OR closed_on >= filed_on",
            name=op.f("ck_cases_closed_after_filed"),
        ),
        sa.CheckConstraint(
            "distance_days BETWEEN 0 AND 30", name=op.f("ck_cases_distance_days_range")
        ),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_cases_title_not_blank")),
        sa.CheckConstraint(
            "related_case_id IS NULL OR related_case_id <> id", name=op.f("ck_cases_not_self")
        ),
        sa.ForeignKeyConstraint(
            ["court_id"], ["courts.id"], name=op.f("fk_cases_court_id_courts"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["matter_id"],
            ["matters.id"],
            name=op.f("fk_cases_matter_id_matters"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["related_case_id"],
            ["cases.id"],
            name=op.f("fk_cases_related_case_id_cases"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("expediente_key", name=op.f("uq_cases_expediente_key")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_court_id"), ["court_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_matter_id"), ["matter_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_cases_related_case_id"), ["related_case_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_cases_status_updated_at"), ["status", "updated_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_cases_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "closures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("court_id", sa.Integer(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("legal_basis", sa.String(length=300), nullable=False),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_closures_dates_ordered")),
        sa.CheckConstraint("length(trim(reason)) > 0", name=op.f("ck_closures_reason_not_blank")),
        sa.ForeignKeyConstraint(
            ["court_id"],
            ["courts.id"],
            name=op.f("fk_closures_court_id_courts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closures")),
    )
    with op.batch_alter_table("closures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_closures_court_id"), ["court_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_closures_starts_on_ends_on"), ["starts_on", "ends_on"], unique=False
        )

    op.create_table(
        "case_parties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("represented_by_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "role IN ('plaintiff', 'defendant', 'third_party', 'counsel', 'amicus_curiae', 'judge', 'prosecutor', 'procurador', 'witness')",
            name=op.f("ck_case_parties_role_valid"),
        ),
        sa.CheckConstraint(
            "represented_by_id IS NULL OR represented_by_id <> party_id",
            name=op.f("ck_case_parties_not_self"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_parties_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["party_id"],
            ["parties.id"],
            name=op.f("fk_case_parties_party_id_parties"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["represented_by_id"],
            ["parties.id"],
            name=op.f("fk_case_parties_represented_by_id_parties"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_parties")),
        sa.UniqueConstraint(
            "case_id", "party_id", "role", name=op.f("uq_case_parties_case_id_party_id_role")
        ),
    )
    with op.batch_alter_table("case_parties", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_parties_party_id"), ["party_id"], unique=False)

    op.create_table(
        "filings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("filed_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("filed_by_id", sa.Integer(), nullable=True),
        sa.Column("sumilla", sa.String(length=500), nullable=False),
        sa.Column("reference", sa.String(length=120), nullable=False),
        sa.Column("notified_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("escrito_number", sa.Integer(), nullable=True),
        sa.Column("cuaderno", sa.String(length=60), nullable=False),
        sa.Column("petitorio", sa.Text(), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("legal_grounds", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("por_tanto", sa.Text(), nullable=False),
        sa.Column("otrosies", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('claim', 'answer', 'brief', 'resolution', 'appeal', 'notification', 'evidence', 'other')",
            name=op.f("ck_filings_kind_valid"),
        ),
        sa.CheckConstraint("length(trim(sumilla)) > 0", name=op.f("ck_filings_sumilla_not_blank")),
        sa.CheckConstraint(
            "notified_on IS NULL OR notified_on >= filed_on",
            name=op.f("ck_filings_notified_after_filed"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_filings_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["filed_by_id"],
            ["parties.id"],
            name=op.f("fk_filings_filed_by_id_parties"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_filings")),
    )
    with op.batch_alter_table("filings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_filings_case_id_filed_on"), ["case_id", "filed_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_filings_filed_by_id"), ["filed_by_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_filings_filed_on"), ["filed_on"], unique=False)

    op.create_table(
        "hearings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("kind", sa.String(length=120), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("video_link", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "status IN ('scheduled', 'held', 'postponed', 'cancelled')",
            name=op.f("ck_hearings_status_valid"),
        ),
        sa.CheckConstraint(
            "ends_at IS NULL OR ends_at >= starts_at", name=op.f("ck_hearings_ends_after_start")
        ),
        sa.CheckConstraint("length(trim(kind)) > 0", name=op.f("ck_hearings_kind_not_blank")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_hearings_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hearings")),
    )
    with op.batch_alter_table("hearings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_hearings_case_id_starts_at"), ["case_id", "starts_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_hearings_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.CheckConstraint("length(trim(body)) > 0", name=op.f("ck_notes_body_not_blank")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_notes_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
    )
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_notes_case_id_created_at"), ["case_id", "created_at"], unique=False
        )

    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("filing_id", sa.Integer(), nullable=True),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=120), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_attachments_sha256_length")),
        sa.CheckConstraint(
            "length(trim(filename)) > 0", name=op.f("ck_attachments_filename_not_blank")
        ),
        sa.CheckConstraint("size >= 0", name=op.f("ck_attachments_size_not_negative")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_attachments_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["filing_id"],
            ["filings.id"],
            name=op.f("fk_attachments_filing_id_filings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_filing_id"), ["filing_id"], unique=False)

    op.create_table(
        "deadlines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("rule_key", sa.String(length=80), nullable=False),
        sa.Column("trigger_on", sa.Date(), nullable=True),
        sa.Column("trigger_filing_id", sa.Integer(), nullable=True),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("assignee", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'done', 'missed', 'waived')", name=op.f("ck_deadlines_status_valid")
        ),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_deadlines_title_not_blank")),
        sa.CheckConstraint(
            "trigger_on IS NULL OR due_on >= trigger_on",
            name=op.f("ck_deadlines_due_after_trigger"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_deadlines_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["trigger_filing_id"],
            ["filings.id"],
            name=op.f("fk_deadlines_trigger_filing_id_filings"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadlines")),
    )
    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_deadlines_case_id_due_on"), ["case_id", "due_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_deadlines_status_due_on"), ["status", "due_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_deadlines_trigger_filing_id"), ["trigger_filing_id"], unique=False
        )

    op.create_table(
        "attachment_contents",
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachments.id"],
            name=op.f("fk_attachment_contents_attachment_id_attachments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attachment_id", name=op.f("pk_attachment_contents")),
    )
    if dialect.on_sqlite():
        fts_v1.create_search_index()
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    else:
        search_pg_v1.create_search_index()


def downgrade() -> None:
    (fts_v1 if dialect.on_sqlite() else search_pg_v1).drop_search_index()
    op.drop_table("attachment_contents")
    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deadlines_trigger_filing_id"))
        batch_op.drop_index(batch_op.f("ix_deadlines_status_due_on"))
        batch_op.drop_index(batch_op.f("ix_deadlines_case_id_due_on"))

    op.drop_table("deadlines")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_filing_id"))
        batch_op.drop_index(batch_op.f("ix_attachments_case_id"))

    op.drop_table("attachments")
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notes_case_id_created_at"))

    op.drop_table("notes")
    with op.batch_alter_table("hearings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hearings_starts_at"))
        batch_op.drop_index(batch_op.f("ix_hearings_case_id_starts_at"))

    op.drop_table("hearings")
    with op.batch_alter_table("filings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_filings_filed_on"))
        batch_op.drop_index(batch_op.f("ix_filings_filed_by_id"))
        batch_op.drop_index(batch_op.f("ix_filings_case_id_filed_on"))

    op.drop_table("filings")
    with op.batch_alter_table("case_parties", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_parties_party_id"))

    op.drop_table("case_parties")
    with op.batch_alter_table("closures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_closures_starts_on_ends_on"))
        batch_op.drop_index(batch_op.f("ix_closures_court_id"))

    op.drop_table("closures")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_updated_at"))
        batch_op.drop_index(batch_op.f("ix_cases_status_updated_at"))
        batch_op.drop_index(batch_op.f("ix_cases_related_case_id"))
        batch_op.drop_index(batch_op.f("ix_cases_matter_id"))
        batch_op.drop_index(batch_op.f("ix_cases_court_id"))

    op.drop_table("cases")
    with op.batch_alter_table("parties", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parties_name"))

    op.drop_table("parties")
    op.drop_table("matters")
    op.drop_table("courts")
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entries_entity_entity_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entries_case_id_at"))
        batch_op.drop_index(batch_op.f("ix_audit_entries_at"))

    op.drop_table("audit_entries")
