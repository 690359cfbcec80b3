"""Revision 0002: a database written at 0001 keeps every row and gains the new tables."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from casetracker.services.rule_catalogue import active_rules, set_rule_enabled, shipped_rules
from casetracker.store import migrate
from casetracker.store.connection import make_engine
from casetracker.store.database import Database, open_database
from casetracker.store.models import Base

NEW_TABLES = {"rule_overrides", "app_settings", "deadline_computations"}
OLD_TABLES = (
    "matters", "courts", "closures", "cases", "parties", "case_parties", "filings",
    "attachments", "attachment_contents", "hearings", "deadlines", "notes", "audit_entries",
)  # fmt: skip


def build_at(revision: str, path: Path, data_from: Path) -> None:
    """A database at ``revision`` holding the demo's rows (the columns it had then)."""
    engine = make_engine(path, immediate=True)
    migrate.upgrade(engine, revision)
    engine.dispose()
    with closing(sqlite3.connect(path)) as target, closing(sqlite3.connect(data_from)) as source:
        target.execute("PRAGMA foreign_keys = OFF")
        tables = [row[0] for row in target.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_index%' AND name != 'alembic_version'"
        )]  # fmt: skip
        for table in tables:
            shared = [c for c in _columns(target, table) if c in _columns(source, table)]
            names = ", ".join(f'"{c}"' for c in shared)
            rows = source.execute(f'SELECT {names} FROM "{table}"').fetchall()
            marks = ", ".join("?" for _ in shared)
            target.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
        target.commit()


def build_at_0001(path: Path, data_from: Path) -> None:
    """A database at the first revision, holding the demo proceedings."""
    build_at("0001_initial", path, data_from)


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def shape_of(path: Path) -> dict[str, list[str]]:
    """The columns of the old tables as they are now (later revisions add columns)."""
    with closing(sqlite3.connect(path)) as conn:
        return {table: _columns(conn, table) for table in OLD_TABLES}


def dump(path: Path, shape: dict[str, list[str]]) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(path)) as conn:
        return {
            table: conn.execute(
                f"SELECT {', '.join(repr(c) for c in names)} FROM {table} ORDER BY rowid"
            ).fetchall()
            for table, names in shape.items()
        }


def test_upgrading_a_0001_database_keeps_every_row_and_adds_the_tables(
    db_path: Path, demo_db_file: Path
) -> None:
    build_at_0001(db_path, demo_db_file)
    shape = shape_of(db_path)
    before = dump(db_path, shape)
    assert before["deadlines"] and before["attachment_contents"]

    database = open_database(db_path, actor="tester")
    try:
        assert set(inspect(database.engine).get_table_names()) >= NEW_TABLES
        # The new tables work straight away: disabling a shipped rule is stored.
        set_rule_enabled(database, "amparo.answer", False)
        assert "amparo.answer" not in {rule.key for rule in active_rules(database)}
    finally:
        database.close()

    after = dump(db_path, shape)
    assert after == {**before, "audit_entries": after["audit_entries"]}
    assert after["audit_entries"][: len(before["audit_entries"])] == before["audit_entries"]
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            migrate.head_revision(),
        )
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_mapped_classes_match_what_the_migration_builds(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    ours = [diff for diff in differences if NEW_TABLES & set(_tables_named(diff))]
    assert ours == []


def test_downgrading_to_0001_drops_only_the_new_tables(db_path: Path, demo_db_file: Path) -> None:
    build_at_0001(db_path, demo_db_file)
    shape = shape_of(db_path)
    open_database(db_path, actor="tester").close()
    before = dump(db_path, shape)
    engine = make_engine(db_path, immediate=True)
    try:
        with engine.connect() as connection:
            # Batch mode recreates tables that others reference: foreign keys off, as
            # migrate.upgrade does, then checked at the end.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
            with connection.begin():
                config = migrate.alembic_config()
                config.attributes["connection"] = connection
                try:
                    command.downgrade(config, "0001_initial")
                finally:
                    config.attributes.pop("connection", None)
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        names = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert problems == []
    assert not NEW_TABLES & names
    assert dump(db_path, shape) == before


def test_a_new_database_knows_every_shipped_rule_without_overrides(db: Database) -> None:
    assert [rule.key for rule in active_rules(db)] == [rule.key for rule in shipped_rules()]


def _tables_named(diff: object) -> list[str]:
    """Table names mentioned in one autogenerate difference (tuples nest)."""
    names: list[str] = []
    items = diff if isinstance(diff, list | tuple) else [diff]
    for item in items:
        if isinstance(item, list | tuple):
            names += _tables_named(item)
        elif hasattr(item, "name") and hasattr(item, "columns"):
            names.append(item.name)
        elif hasattr(item, "table") and getattr(item.table, "name", None):
            names.append(item.table.name)
        elif isinstance(item, str):
            names.append(item)
    return names
