"""Migration 0008: the document tables match the models, and old attachments get read."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from tests.deadlines.test_migration_0002 import _tables_named, build_at

from casetracker.services.document_text import read_unread, search_documents, unread_attachments
from casetracker.store import migrate
from casetracker.store.connection import make_engine
from casetracker.store.database import Database, open_database
from casetracker.store.document_index import check_document_index
from casetracker.store.models import Base

TOUCHED = {"document_texts", "document_pages"}


def test_the_mapped_classes_match_what_the_migration_builds(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert [diff for diff in differences if TOUCHED & set(_tables_named(diff))] == []


def test_attachments_from_before_the_upgrade_are_read_after_it(
    db_path: Path, demo_db_file: Path
) -> None:
    build_at("0004_law_versions", db_path, demo_db_file)
    with closing(sqlite3.connect(db_path)) as conn:
        attachments = conn.execute("SELECT count(*) FROM attachments").fetchone()[0]
    assert attachments > 0

    database = open_database(db_path, actor="tester")
    try:
        assert len(unread_attachments(database)) == attachments
        summary = read_unread(database)
        assert summary.read + summary.failed + summary.waiting_for_ocr == attachments
        assert unread_attachments(database) == []
        assert search_documents(database, "cotabambas")
        with database.read() as session:
            assert check_document_index(session) == []
    finally:
        database.close()


def test_downgrading_removes_the_tables_and_the_index(db_path: Path) -> None:
    engine = make_engine(db_path, immediate=True)
    migrate.upgrade(engine, "0008_court_documents")
    with engine.begin() as connection:
        config = Config()  # not the shared, cached one: it would keep this connection
        config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
        config.attributes["connection"] = connection
        command.downgrade(config, "0004_law_versions")
    engine.dispose()
    with closing(sqlite3.connect(db_path)) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert not {name for name in names if name.startswith(("document_", "document_pages_"))}
