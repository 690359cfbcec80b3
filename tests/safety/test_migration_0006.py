"""Revision 0006: a database written at 0004 keeps every row and gains identities.

Every row gets a unique UUIDv7 (dated from when it was created where the row says so)
and version 1; the history names the records that still exist by uuid; the search
index's triggers survive the tables being rebuilt.
"""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from tests.deadlines.test_migration_0002 import build_at

from casetracker.services.hearings import HearingInput, create_hearing
from casetracker.services.search import search
from casetracker.store import migrate
from casetracker.store.connection import make_engine
from casetracker.store.database import open_database
from casetracker.store.models import Base
from casetracker.store.uuid7 import timestamp_ms

BEFORE = "0004_law_versions"
_NEW = ("uuid", "version", "record_uuid", "base_version", "new_version")


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [name for name in Base.metadata.tables if _has(conn, name)]


def _has(conn: sqlite3.Connection, table: str) -> bool:
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))
    return found.fetchone() is not None


def _columns(path: Path) -> dict[str, list[str]]:
    """Each table's columns, as they are now."""
    with closing(sqlite3.connect(path)) as conn:
        return {
            table: [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            for table in _tables(conn)
        }


def _contents(
    path: Path, columns: dict[str, list[str]] | None = None
) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows in ``columns`` (default: all but identity's; later revisions
    add columns of their own, which the comparison leaves out)."""
    columns = columns or _columns(path)
    with closing(sqlite3.connect(path)) as conn:
        result = {}
        for table in columns:
            kept = ", ".join(f'"{c}"' for c in columns[table] if c not in _NEW)
            result[table] = conn.execute(f'SELECT {kept} FROM "{table}" ORDER BY rowid').fetchall()
        return result


def _triggers(path: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as conn:
        query = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        return conn.execute(query).fetchall()


def test_upgrading_a_0004_database(db_path: Path, demo_db_file: Path) -> None:
    build_at(BEFORE, db_path, demo_db_file)
    columns = _columns(db_path)
    before = _contents(db_path, columns)
    triggers = _triggers(db_path)
    assert before["hearings"] and before["audit_entries"] and len(triggers) > 20

    open_database(db_path, actor="tester").close()
    after = _contents(db_path, columns)
    assert after == before
    before_names = {name for name, _sql in triggers}
    kept = [trigger for trigger in _triggers(db_path) if trigger[0] in before_names]
    assert kept == triggers, "every trigger is back, as it was (later revisions add theirs)"

    database = open_database(db_path, actor="tester")
    try:
        assert search(database, "Cotabambas"), "the search index still answers"
        # and is still fed by its triggers
        case_id = before["cases"][0][0]
        assert isinstance(case_id, int)
        create_hearing(database, HearingInput(case_id, "2027-02-01 09:00", "Informe oral zzyzx"))
        assert [hit.entity for hit in search(database, "zzyzx")] == ["hearing"]
    finally:
        database.close()

    with closing(sqlite3.connect(db_path)) as conn:
        seen: set[str] = set()
        total = 0
        for table in _tables(conn):
            rows = conn.execute(f'SELECT uuid, version FROM "{table}"').fetchall()
            assert all(uuid.UUID(hex=value).version == 7 for value, _version in rows), table
            seen |= {value for value, _version in rows}
            total += len(rows)
            assert {version for _uuid, version in rows} <= {1}, table
        assert total == len(seen), "all distinct"
        # A case's uuid is dated from its creation.
        made, value = conn.execute("SELECT created_at, uuid FROM cases ORDER BY id").fetchone()
        moment = datetime.fromisoformat(made).replace(tzinfo=UTC)
        assert timestamp_ms(uuid.UUID(hex=value)) == int(moment.timestamp() * 1000)
        # The history names the records that still exist.
        named = conn.execute(
            "SELECT count(*) FROM audit_entries AS a JOIN cases AS c ON c.uuid = a.record_uuid "
            "WHERE a.entity = 'case' AND a.entity_id = c.id"
        ).fetchone()[0]
        assert (
            named
            == conn.execute(
                "SELECT count(*) FROM audit_entries WHERE entity = 'case' "
                "AND entity_id IN (SELECT id FROM cases)"
            ).fetchone()[0]
            > 0
        )
        unique = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%_uuid' "
            "AND sql LIKE 'CREATE UNIQUE INDEX%'"
        ).fetchone()[0]
        assert unique == len(_tables(conn))
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # Another program's insert gets an identity too (the column's default).
        conn.execute("INSERT INTO notes (case_id, created_at, author, body) "
                     "VALUES (?, '2026-12-05 10:00:00', 'script', 'nota')", (case_id,))  # fmt: skip
        [(made_outside, version)] = conn.execute("SELECT uuid, version FROM notes "
                                                 "WHERE author = 'script'").fetchall()  # fmt: skip
        outside = uuid.UUID(hex=made_outside)
        assert (outside.version, outside.variant, version) == (7, uuid.RFC_4122, 1)
        assert abs(timestamp_ms(outside) / 1000 - datetime.now(UTC).timestamp()) < 60
        check = "SELECT sql FROM sqlite_master WHERE name = 'cases'"
        assert "ck_cases_title_not_blank" in conn.execute(check).fetchone()[0], "checks kept"


def test_the_upgrade_goes_down_and_up_again(db_path: Path, demo_db_file: Path) -> None:
    build_at(BEFORE, db_path, demo_db_file)
    triggers = _triggers(db_path)
    engine = make_engine(db_path, immediate=True)
    try:
        migrate.upgrade(engine, "0006_identity")
        config = migrate.alembic_config()
        with engine.connect() as connection:
            # As migrate.upgrade does: rebuilt tables are briefly unreferenced.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
            with connection.begin():
                config.attributes["connection"] = connection
                try:
                    command.downgrade(config, BEFORE)
                finally:
                    config.attributes.pop("connection", None)
        assert _triggers(db_path) == triggers
        with closing(sqlite3.connect(db_path)) as conn:
            columns = [row[1] for row in conn.execute("PRAGMA table_info(cases)")]
            assert "uuid" not in columns and "version" not in columns
        migrate.upgrade(engine, "0006_identity")
    finally:
        engine.dispose()
    assert _triggers(db_path) == triggers
