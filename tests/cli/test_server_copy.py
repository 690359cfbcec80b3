"""A single-user database moves to the team server: ``copy-to`` and ``import`` on a URL.

Run as a user runs them (a subprocess of the CLI) against the session's private
cluster. Everything arrives, identities and history included, or nothing does.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select
from tests.pg_fixtures import PgServer
from tests.store.test_server_database import one_error_line, run_cli

from casetracker.store.models import Base
from casetracker.store.server_url import engine_url

pytestmark = pytest.mark.postgresql
NOTHING_SAVED = re.compile("nothing was written|nothing of this change was saved")


def one_line_of(result: subprocess.CompletedProcess[str]) -> str:
    """The error, said on one line (a list of refused records follows it indented)."""
    lines = result.stderr.splitlines()
    assert lines and lines[0].startswith("casetracker: error: "), result.stderr
    assert all(line.startswith("  ") for line in lines[1:]), result.stderr
    return lines[0]


def contents(address: str | Path) -> dict[str, Any]:
    """Per table: its rows' identities (uuid) and count; and the history as written."""
    url = address if isinstance(address, str) else f"sqlite:///{address}"
    engine = create_engine(engine_url(url) if isinstance(address, str) else url)
    found: dict[str, Any] = {}
    try:
        with engine.connect() as connection:
            for table in Base.metadata.sorted_tables:
                count = connection.scalar(select(func.count()).select_from(table))
                uuids = set(connection.scalars(select(table.c.uuid))) if "uuid" in table.c else None
                found[table.name] = (count, uuids)
            history = Base.metadata.tables["audit_entries"]
            found["history"] = [
                tuple(row) for row in connection.execute(select(history).order_by(history.c.id))
            ]
    finally:
        engine.dispose()
    return found


@pytest.fixture
def demo_copy(demo_db_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_db_file, copy)
    return copy


def test_copy_to_moves_every_record_with_its_identity_and_history(
    pg_url: str, demo_copy: Path, tmp_path: Path
) -> None:
    result = run_cli(tmp_path, "--db", str(demo_copy), "copy-to", pg_url)
    assert result.returncode == 0, result.stderr
    assert "Copied" in result.stdout and "3 cases" in result.stdout
    before, after = contents(demo_copy), contents(pg_url)
    assert after == before
    assert before["cases"][0] == 3 and before["filings"][0] > 10
    assert len(before["history"]) > 100
    # The id sequences followed the copied ids: a new case gets a free one.
    added = run_cli(tmp_path, "--db", pg_url, "demo")
    assert added.returncode == 0, added.stderr
    shown = run_cli(tmp_path, "--db", pg_url, "show", "1")
    assert shown.returncode == 0 and "Cotabambas" in shown.stdout


def test_import_of_an_archive_onto_a_server_keeps_everything(
    pg_url: str, demo_copy: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "demo.json"
    exported = run_cli(tmp_path, "--db", str(demo_copy), "export", str(archive))
    assert exported.returncode == 0, exported.stderr
    result = run_cli(tmp_path, "--db", pg_url, "import", str(archive))
    assert result.returncode == 0, result.stderr
    assert contents(pg_url) == contents(demo_copy)


def test_a_server_database_holding_records_is_refused_in_one_line(
    pg_server: PgServer, demo_copy: Path, tmp_path: Path
) -> None:
    url = pg_server.new_database("ct_demo")
    try:
        before = contents(url)
        line = one_error_line(run_cli(tmp_path, "--db", str(demo_copy), "copy-to", url))
        assert "already holds records" in line and "createdb" in line
        assert contents(url) == before
    finally:
        pg_server.drop(url)


def plant_failure(pg_server: PgServer, url: str) -> None:
    """The server refuses the history, the last table written: a failure half-way."""
    name = url.split("@/", 1)[1].split("?", 1)[0]
    import psycopg

    with psycopg.connect(pg_server.cluster.conninfo(name), autocommit=True) as connection:
        connection.execute(
            "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'planted failure'; END $$"
        )
        connection.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON audit_entries "
            "FOR EACH ROW EXECUTE FUNCTION refuse()"
        )


@pytest.mark.parametrize("how", ["copy-to", "import"])
def test_a_failure_half_way_leaves_the_server_database_untouched(
    pg_server: PgServer, pg_url: str, demo_copy: Path, tmp_path: Path, how: str
) -> None:
    plant_failure(pg_server, pg_url)
    before = contents(pg_url)
    if how == "copy-to":
        result = run_cli(tmp_path, "--db", str(demo_copy), "copy-to", pg_url)
    else:
        archive = tmp_path / "demo.json"
        assert run_cli(tmp_path, "--db", str(demo_copy), "export", str(archive)).returncode == 0
        result = run_cli(tmp_path, "--db", pg_url, "import", str(archive))
    assert result.returncode == 1, result.stderr
    assert NOTHING_SAVED.search(one_line_of(result))
    after = contents(pg_url)
    assert after == before
    assert after["cases"][0] == 0 and after["filings"][0] == 0


def test_a_duplicate_identity_in_the_file_leaves_the_server_untouched(
    pg_url: str, demo_copy: Path, tmp_path: Path
) -> None:
    import sqlite3

    with sqlite3.connect(demo_copy) as connection:
        first, second = connection.execute("SELECT uuid FROM notes ORDER BY id LIMIT 2")
        # Copies made by hand can hold one identity twice; the file's index is dropped
        # as such a copy would lack it.
        for (index,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'notes' "
            "AND sql LIKE '%uuid%'"
        ).fetchall():
            connection.execute(f'DROP INDEX "{index}"')
        connection.execute("UPDATE notes SET uuid = ? WHERE uuid = ?", (first[0], second[0]))
    result = run_cli(tmp_path, "--db", str(demo_copy), "copy-to", pg_url)
    assert result.returncode == 1, result.stderr
    assert NOTHING_SAVED.search(one_line_of(result))
    assert contents(pg_url)["cases"][0] == 0


@pytest.mark.parametrize(
    ("source", "target", "said"),
    [
        ("url", "url", "--db names a server"),
        ("file", "other.sqlite3", "needs a server address"),
    ],
)
def test_copy_to_the_wrong_kind_of_place_says_what_to_type(
    pg_url: str, demo_copy: Path, tmp_path: Path, source: str, target: str, said: str
) -> None:
    db = pg_url if source == "url" else str(demo_copy)
    result = run_cli(tmp_path, "--db", db, "copy-to", pg_url if target == "url" else target)
    assert result.returncode == 2
    assert said in result.stderr and len(result.stderr.splitlines()) == 1
