"""Opening database files: new, existing, foreign, damaged and newer ones."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from casetracker.store import migrate
from casetracker.store.connection import make_engine
from casetracker.store.database import open_database
from casetracker.store.errors import ForeignDatabaseError, NewerSchemaError, NotADatabaseError
from casetracker.store.migrate import head_revision

TABLES = {
    "matters",
    "courts",
    "closures",
    "cases",
    "parties",
    "case_parties",
    "filings",
    "attachments",
    "attachment_contents",
    "hearings",
    "deadlines",
    "notes",
    "audit_entries",
    "search_index",
}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrations_build_the_schema_on_an_empty_file(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        names = set(inspect(database.engine).get_table_names())
    finally:
        database.close()
    assert names >= TABLES
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_every_connection_enforces_foreign_keys_and_durability(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        database.close()


def test_a_garbage_file_is_refused_and_left_byte_for_byte_the_same(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Lista de pendientes\n" * 200)
    before = digest(path)
    with pytest.raises(NotADatabaseError, match="not a casetracker database"):
        open_database(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('x')")
    before = digest(path)
    with pytest.raises(ForeignDatabaseError, match="another program"):
        open_database(path)
    assert digest(path) == before


def test_a_database_from_a_newer_casetracker_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = digest(db_path)
    with pytest.raises(NewerSchemaError, match="newer casetracker"):
        open_database(db_path)
    assert digest(db_path) == before


def test_a_database_at_the_first_revision_is_copied_aside_then_upgraded(db_path: Path) -> None:
    if head_revision() == "0001_initial":
        pytest.skip("only one revision ships; nothing to upgrade")
    engine = make_engine(db_path, immediate=True)
    migrate.upgrade(engine, "0001_initial")
    engine.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO matters (name, description) VALUES ('Convenios', '')")
    open_database(db_path).close()
    copies = [p for p in db_path.parent.rglob("*") if "before-0001_initial" in p.name]
    assert copies, "the pre-migration copy is missing"
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_initial",
        )
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT name FROM matters").fetchall() == [("Convenios",)]
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
