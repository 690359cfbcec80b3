"""The same Alembic revisions build the same schema on PostgreSQL as on SQLite.

Every revision runs on PostgreSQL, up to head, down to nothing and up again, and the
result must match the mapped classes: a revision with SQLite-only SQL or a boolean
``IN (0, 1)`` CHECK (see casetracker.store.migrations.dialect) fails here. The dialect
branches must not change what SQLite gets: its schema at 0004 is compared with the one
the revisions built before they learnt PostgreSQL (sqlite_schema_0004.txt).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from tests.pg_fixtures import PgServer

from casetracker.store import migrate
from casetracker.store.connection import make_engine
from casetracker.store.models import Base
from casetracker.store.server_url import engine_url

STORED_SQLITE_SCHEMA = Path(__file__).with_name("sqlite_schema_0004.txt")
SEARCH_TABLES = {"cases", "parties", "filings", "hearings", "deadlines", "notes", "matters"}
SEARCH_TABLES |= {"document_pages"}  # revision 0010
# What search_pg_v1 adds on PostgreSQL beside the models (the models never build a schema).
SEARCH_INDEXES = {f"ix_{table}_search" for table in SEARCH_TABLES} | {"ix_cases_title_fold"}


def sqlite_schema(path: Path) -> str:
    """Every object of the file, its SQL's lines sorted (batch mode orders constraints
    by hash, which changes from run to run), and the application id."""
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    lines = [f"application_id {application_id}"]
    for kind, name, table, sql in rows:
        parts = sorted(part.strip().rstrip(",") for part in (sql or "").splitlines())
        lines.append(f"{kind} {name} on {table}: " + " | ".join(parts))
    return "\n".join(lines) + "\n"


def test_sqlite_gets_the_schema_it_got_before_postgresql_was_added(tmp_path: Path) -> None:
    path = tmp_path / "at-0004.sqlite3"
    engine = make_engine(path, immediate=True)
    try:
        migrate.upgrade(engine, "0004_law_versions")
    finally:
        engine.dispose()
    assert sqlite_schema(path) == STORED_SQLITE_SCHEMA.read_text(encoding="utf-8")


def _differences(url: str) -> list[object]:
    engine = create_engine(engine_url(url))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            found = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    return [diff for diff in found if not _search_addition(diff)]


def _search_addition(diff: object) -> bool:
    """A search column or index of search_pg_v1, which the models do not declare."""
    if isinstance(diff, tuple) and diff[0] == "remove_column":
        return diff[2] in SEARCH_TABLES and diff[3].name == "search_vector"
    if isinstance(diff, tuple) and diff[0] == "remove_index":
        return diff[1].name in SEARCH_INDEXES
    return False


@pytest.mark.postgresql
def test_every_revision_builds_on_postgresql_what_the_models_say(
    pg_server: PgServer, pg_url: str
) -> None:
    # pg_url was migrated to head by the same open_server_database a user runs.
    assert _differences(pg_url) == []
    engine = create_engine(engine_url(pg_url))
    try:
        with engine.connect() as connection:
            columns = {c["name"] for c in inspect(connection).get_columns("filings")}
            triggers = connection.execute(
                text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname")
            ).scalars()
            assert "search_vector" in columns
            assert set(triggers) >= {f"search_{table}_vector" for table in SEARCH_TABLES}
            assert migrate.current_revision(connection) == migrate.head_revision()
    finally:
        engine.dispose()


@pytest.mark.postgresql
def test_postgresql_migrates_down_to_nothing_and_up_again(pg_server: PgServer) -> None:
    url = pg_server.new_database()
    engine = create_engine(engine_url(url))
    try:
        with engine.begin() as connection:
            config = migrate.alembic_config()
            config.attributes["connection"] = connection
            try:
                command.downgrade(config, "base")
            finally:
                config.attributes.pop("connection", None)
        with engine.connect() as connection:
            left = set(inspect(connection).get_table_names()) - {"alembic_version"}
            assert left == set()
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    assert _differences(url) == []
    pg_server.drop(url)
