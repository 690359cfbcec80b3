"""Court documents searchable by the index on PostgreSQL too.

SQLite indexes the pages of attached documents in FTS5 since 0008; a server scanned
every page's text instead. Here ``document_pages`` gets a ``search_vector`` column
kept by a trigger in the same transaction and a GIN index, with the same text search
configuration and word splitting as the records (casetracker.store.migrations.
search_pg_v1), so a page is found by the same words on both engines. Nothing changes
on SQLite.

Revision ID: 0010_document_search_pg
Revises: 0009_case_access
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

from casetracker.store.migrations import dialect
from casetracker.store.migrations.search_pg_v1 import page_vector

revision = "0010_document_search_pg"
down_revision = "0009_case_access"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if dialect.on_sqlite():
        return
    op.execute("ALTER TABLE document_pages ADD COLUMN search_vector tsvector")
    op.execute(
        "CREATE FUNCTION search_document_pages_vector() RETURNS trigger LANGUAGE plpgsql"
        f" AS $$ BEGIN NEW.search_vector := {page_vector('NEW.text')}; RETURN NEW; END $$"
    )
    op.execute(
        "CREATE TRIGGER search_document_pages_vector BEFORE INSERT OR UPDATE OF text,"
        " search_vector ON document_pages FOR EACH ROW"
        " EXECUTE FUNCTION search_document_pages_vector()"
    )
    op.execute("UPDATE document_pages SET search_vector = search_vector")  # pages already read
    op.execute("CREATE INDEX ix_document_pages_search ON document_pages USING gin (search_vector)")


def downgrade() -> None:
    if dialect.on_sqlite():
        return
    op.execute("DROP INDEX IF EXISTS ix_document_pages_search")
    op.execute("DROP TRIGGER IF EXISTS search_document_pages_vector ON document_pages")
    op.execute("DROP FUNCTION IF EXISTS search_document_pages_vector()")
    op.execute("ALTER TABLE document_pages DROP COLUMN IF EXISTS search_vector")
