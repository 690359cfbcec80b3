"""Full-text index of attachment pages, version 1 (SQLite FTS5; other engines have none).

An external-content FTS5 table over ``document_pages``: the text is stored once, in
the pages, and the index holds only the tokens; triggers keep it in step. A later
migration that recreates ``document_pages`` in batch mode drops these triggers, so it
must drop the index first and create it again at the end (as 0004 does for
``search_index``). Frozen with the migration that creates it.
"""

from __future__ import annotations

from alembic import op

_TRIGGERS = (
    "CREATE TRIGGER document_pages_ai AFTER INSERT ON document_pages BEGIN "
    "INSERT INTO document_index (rowid, text) VALUES (NEW.id, NEW.text); END",
    "CREATE TRIGGER document_pages_ad AFTER DELETE ON document_pages BEGIN "
    "INSERT INTO document_index (document_index, rowid, text) "
    "VALUES ('delete', OLD.id, OLD.text); END",
    "CREATE TRIGGER document_pages_au AFTER UPDATE ON document_pages BEGIN "
    "INSERT INTO document_index (document_index, rowid, text) "
    "VALUES ('delete', OLD.id, OLD.text); "
    "INSERT INTO document_index (rowid, text) VALUES (NEW.id, NEW.text); END",
)


def create_document_index() -> None:
    """Create the FTS5 table and its triggers, and index the pages already stored."""
    op.execute(
        "CREATE VIRTUAL TABLE document_index USING fts5(text, content = 'document_pages', "
        "content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')"
    )
    for statement in _TRIGGERS:
        op.execute(statement)
    op.execute("INSERT INTO document_index (document_index) VALUES ('rebuild')")


def drop_document_index() -> None:
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS document_pages_{suffix}")
    op.execute("DROP TABLE IF EXISTS document_index")
