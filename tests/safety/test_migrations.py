"""A database with real data, built by the first schema version, upgrades to the
newest without losing or changing a row (whatever the newest revision is)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from tests.safety._helpers import table_contents

from casetracker.services.search import search
from casetracker.store import migrate
from casetracker.store.connection import make_engine
from casetracker.store.database import open_database
from casetracker.store.integrity import integrity_check

FIRST = "0001_initial"


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def build_first_version_database(path: Path, data_from: Path) -> None:
    """The first schema, filled with the demo's rows (every table, every reference)."""
    engine = make_engine(path, immediate=True)
    migrate.upgrade(engine, FIRST)
    engine.dispose()
    with closing(sqlite3.connect(path)) as target, closing(sqlite3.connect(data_from)) as source:
        target.execute("PRAGMA foreign_keys = OFF")
        tables = table_contents(path).keys()
        for table in tables:
            if table == "alembic_version":
                continue
            shared = [c for c in columns(target, table) if c in columns(source, table)]
            names = ", ".join(f'"{c}"' for c in shared)
            rows = source.execute(f'SELECT {names} FROM "{table}"').fetchall()
            marks = ", ".join("?" for _ in shared)
            target.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
        # A self-reference and a row of every shape the demo may lack.
        target.execute("UPDATE cases SET related_case_id = 1, relation = 'appeal_of' WHERE id = 2")
        target.execute(
            "INSERT INTO closures (court_id, starts_on, ends_on, reason, legal_basis) "
            "VALUES (NULL, '2026-12-24', '2026-12-25', 'Feriado nacional 🎄', '')"
        )
        target.commit()
        assert target.execute("PRAGMA foreign_key_check").fetchall() == []


def snapshot(path: Path, shape: dict[str, list[str]] | None = None) -> dict[str, list[tuple]]:
    """Every row of every table (or of the given tables and columns), sorted."""
    with closing(sqlite3.connect(path)) as conn:
        shape = shape or {table: columns(conn, table) for table in table_contents(path)}
        found = {}
        for table, names in shape.items():
            listed = ", ".join(f'"{name}"' for name in names)
            rows = conn.execute(f'SELECT {listed} FROM "{table}"').fetchall()
            found[table] = sorted(rows, key=repr)
        return found


def test_upgrading_a_first_version_database_keeps_every_row(
    demo_db_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "old.sqlite3"
    build_first_version_database(path, demo_db_file)
    with closing(sqlite3.connect(path)) as conn:
        shape = {
            table: columns(conn, table)
            for table in table_contents(path)
            if table != "alembic_version"
        }
    before = snapshot(path, shape)
    assert sum(len(rows) for rows in before.values()) > 150

    database = open_database(path)
    try:
        hits = search(database, "Cotabambas")
    finally:
        database.close()

    assert snapshot(path, shape) == before, "no row lost or changed in the tables that existed"
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            migrate.head_revision(),
        )
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert integrity_check(path) == []
    assert hits, "the search index still finds the migrated cases"


def test_the_upgrade_is_preceded_by_a_verified_backup_of_the_old_file(
    demo_db_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "old.sqlite3"
    build_first_version_database(path, demo_db_file)
    before = snapshot(path)
    open_database(path).close()
    if migrate.head_revision() == FIRST:
        return  # nothing to upgrade, so nothing to back up
    copies = list((tmp_path / "backups").glob(f"old-*-before-{FIRST}.sqlite3"))
    assert len(copies) == 1
    assert snapshot(copies[0]) == before
    assert integrity_check(copies[0]) == []
