"""Court documents: the text of every attachment, page by page, and its search index.

- ``document_texts``: one row per attachment that has been read (status, text source,
  page count, OCR confidence, the reason when it could not be read). Attachments
  without a row are read by the app in the background, so existing ones are read
  after the upgrade without this migration doing the slow work.
- ``document_pages``: the text of each page, its source (text layer or OCR) and
  confidence.
- On SQLite, an FTS5 index over the pages (``documents_fts_v1``), fed by triggers.

Revision ID: 0008_court_documents
Revises: 0007_escritos
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casetracker.store.migrations.documents_fts_v1 import (
    create_document_index,
    drop_document_index,
)
from casetracker.store.migrations.uuid_default import uuid_column_default

revision = "0008_court_documents"
down_revision = "0007_escritos"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_texts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("text_source", sa.String(length=10), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("message", sa.String(length=500), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=False),
        # Every record's identity and version, as revision 0006 gave the other tables.
        sa.Column("uuid", sa.Uuid(), nullable=False, server_default=uuid_column_default()),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.CheckConstraint(
            "status IN ('done', 'waiting_ocr', 'failed', 'unsupported')",
            name=op.f("ck_document_texts_status_valid"),
        ),
        sa.CheckConstraint(
            "text_source IN ('', 'text', 'ocr', 'mixed')",
            name=op.f("ck_document_texts_text_source_valid"),
        ),
        sa.CheckConstraint("pages >= 0", name=op.f("ck_document_texts_pages_not_negative")),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachments.id"],
            name=op.f("fk_document_texts_attachment_id_attachments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_texts")),
        sa.UniqueConstraint("attachment_id", name=op.f("uq_document_texts_attachment_id")),
    )
    op.create_table(
        "document_pages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        # Every record's identity and version, as revision 0006 gave the other tables.
        sa.Column("uuid", sa.Uuid(), nullable=False, server_default=uuid_column_default()),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.CheckConstraint(
            "source IN ('text', 'ocr')", name=op.f("ck_document_pages_source_valid")
        ),
        sa.CheckConstraint("page >= 1", name=op.f("ck_document_pages_page_positive")),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachments.id"],
            name=op.f("fk_document_pages_attachment_id_attachments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_pages")),
        sa.UniqueConstraint(
            "attachment_id", "page", name=op.f("uq_document_pages_attachment_id_page")
        ),
    )
    for table in ("document_texts", "document_pages"):
        op.create_index(op.f(f"ix_{table}_uuid"), table, ["uuid"], unique=True)
    if op.get_bind().dialect.name == "sqlite":
        create_document_index()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        drop_document_index()
    op.drop_table("document_pages")
    op.drop_table("document_texts")
