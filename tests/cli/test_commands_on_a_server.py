"""Every command, run on a PostgreSQL server, either works or says in one line why it
is the file kind's and what to do instead; never a traceback.

The list of commands comes from the parser itself, so a command added later without
being tried here fails ``test_every_registered_command_is_tried``.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from tests.pg_fixtures import PgServer
from tests.store.test_server_database import run_cli

from casetracker.cli import build_parser

pytestmark = pytest.mark.postgresql

# How each command is run on the demo on a server; {tmp} is a folder of the test's own.
RUNS: dict[str, list[list[str]]] = {
    "demo": [[]],
    "cases": [[]],
    "show": [["1"]],
    "search": [["Quispe"]],
    "brief": [["1", "--format", "pdf", "-o", "{tmp}/resumen.pdf"]],
    "deadline": [["2026-11-02", "10", "--case", "1"]],
    "deadline-record": [["1", "-o", "{tmp}/record.pdf"]],
    "agenda": [[]],
    "backup": [["{tmp}"], ["--list"], ["--scheduled"]],
    "restore": [["{tmp}/old.sqlite3"]],
    "check": [[], ["--status"]],
    "protect": [[]],
    "unprotect": [[]],
    "change-passphrase": [[]],
    "synth": [["--cases", "1", "--force"]],
    "export": [["{tmp}/all.json"]],
    "import": [["{tmp}/all.json"]],
    "import-filings": [["{tmp}/filings.csv"]],
    "filings-template": [["{tmp}/filings.csv"]],
    "screenshots": [["{tmp}/shots"]],
    "inbox": [["{tmp}/inbox"]],
    "copy-to": [["{url}"]],
    "server": [["init"], ["users"]],
    "field": [["list"], ["status"]],
}
# Opens a window and waits for the user: tests/ui/test_server_window.py opens it.
NOT_RUN_HERE = {"gui"}
# The commands that cannot work on a server, and a word of the line that says so.
REFUSED = {
    ("backup", "--list"): "pg_dump files",
    ("backup", "--scheduled"): "schedule",
    ("restore",): "pg_restore",
    ("check", "--status"): "casetracker check",
    ("protect",): "sslmode=verify-full",
    ("unprotect",): "sslmode=verify-full",
    ("change-passphrase",): "sslmode=verify-full",
    ("screenshots",): "leave --db out",
    ("field", "status"): "not a field copy",
    ("import",): "already holds records",  # the demo is there: refused, nothing written
    ("copy-to",): "--db names a server",
    # The test's login may not create roles: init says what to grant, users what to run.
    ("server", "init"): "CREATEROLE",
    ("server", "users"): "server init",
}


FILINGS = (
    "expediente,filed_on,kind,sumilla,filed_by,reference,notified_on,notes\n"
    "00045-2019-0-0302-JM-CI-01,2026-11-20,brief,Solicita copias,,,,\n"
)


def registered() -> set[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    assert action.choices is not None
    return set(action.choices)


def test_every_registered_command_is_tried() -> None:
    assert registered() == set(RUNS) | NOT_RUN_HERE


@pytest.fixture(scope="module")
def server_demo(pg_server: PgServer) -> str:
    return pg_server.new_database("ct_demo")


def runs() -> list[tuple[str, list[str]]]:
    return [(name, arguments) for name, variants in RUNS.items() for arguments in variants]


@pytest.mark.parametrize(("name", "arguments"), runs(), ids=[" ".join([n, *a]) for n, a in runs()])
def test_a_command_on_a_server_works_or_says_why_not_in_one_line(
    server_demo: str, tmp_path: Path, name: str, arguments: list[str]
) -> None:
    (tmp_path / "inbox").mkdir()
    (tmp_path / "filings.csv").write_text(FILINGS, encoding="utf-8")
    if name == "import":
        run_cli(tmp_path, "--db", server_demo, "export", str(tmp_path / "all.json"))
    typed = [a.format(tmp=tmp_path, url=server_demo) for a in arguments]
    result = run_cli(tmp_path, "--db", server_demo, name, *typed)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    refused = next(
        (said for key, said in REFUSED.items() if key == (name, *arguments[:1])), None
    ) or REFUSED.get((name,))
    if refused is None or (name == "backup" and not arguments[0].startswith("--")):
        assert result.returncode == 0, result.stderr
        return
    assert result.returncode in (1, 2), result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("casetracker: error: "), result.stderr
    assert refused in lines[0]


needs_pg_dump = pytest.mark.skipif(
    shutil.which("pg_dump") is None, reason="PostgreSQL's client tools are not installed"
)


@needs_pg_dump
def test_backup_of_a_server_is_a_pg_dump_that_pg_restore_reads_back(
    pg_server: PgServer, server_demo: str, tmp_path: Path
) -> None:
    result = run_cli(tmp_path, "--db", server_demo, "backup", str(tmp_path))
    assert result.returncode == 0, result.stderr
    (made,) = tmp_path.glob("*.dump")
    assert str(made) in result.stdout and "pg_restore" in result.stdout
    # Restored into a new, empty database, the demo is all there.
    restored = pg_server.new_database("template0")
    name = restored.split("@/", 1)[1].split("?", 1)[0]
    subprocess.run(
        [
            shutil.which("pg_restore") or "pg_restore",
            "--no-owner",
            f"--dbname={pg_server.cluster.conninfo(name, 'tester')}",
            str(made),
        ],
        check=True,
        capture_output=True,
    )
    cases = run_cli(tmp_path, "--db", restored, "cases")
    assert cases.returncode == 0 and "Cotabambas" in cases.stdout
    pg_server.drop(restored)


def test_backup_without_pg_dump_says_how_to_get_it(server_demo: str, tmp_path: Path) -> None:
    hide = "import os; os.environ['PATH'] = '/nonexistent'"
    result = run_cli(tmp_path, "--db", server_demo, "backup", str(tmp_path), code=hide)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert "needs pg_dump" in line and "apt install postgresql-client" in line
    assert list(tmp_path.glob("*.dump")) == []


def test_check_on_a_server_says_what_it_checked(
    pg_server: PgServer, server_demo: str, tmp_path: Path
) -> None:
    result = run_cli(tmp_path, "--db", server_demo, "check")
    assert result.returncode == 0, result.stderr
    assert "connection (PostgreSQL" in result.stdout and "schema revision" in result.stdout
    assert "No problems found." in result.stdout
    name = server_demo.split("@/", 1)[1].split("?", 1)[0]
    pg_server.execute(f"ALTER DATABASE {name} OWNER TO postgres")
    import psycopg

    with psycopg.connect(pg_server.cluster.conninfo(name), autocommit=True) as connection:
        available = connection.execute(
            "SELECT 1 FROM pg_available_extensions WHERE name = 'amcheck'"
        ).fetchone()
        if available is None:
            pytest.skip("this PostgreSQL has no amcheck")
        connection.execute("CREATE EXTENSION IF NOT EXISTS amcheck")
        refused = run_cli(tmp_path, "--db", server_demo, "check")
        assert refused.returncode == 0, refused.stderr
        assert "may not run amcheck" in refused.stdout
        connection.execute("GRANT EXECUTE ON FUNCTION bt_index_check(regclass) TO tester")
    pg_server.execute(f"ALTER DATABASE {name} OWNER TO tester")
    checked = run_cli(tmp_path, "--db", server_demo, "check")
    assert checked.returncode == 0, checked.stderr
    assert "index consistency (amcheck)" in checked.stdout


@needs_pg_dump
def test_backup_with_a_password_login_hands_pg_dump_the_password_privately(
    pg_server: PgServer, server_demo: str, tmp_path: Path
) -> None:
    login, password = "dumper", "Dump-s3cret"
    pg_server.execute(
        f"DO $$ BEGIN CREATE ROLE {login} LOGIN PASSWORD '{password}'; "
        "EXCEPTION WHEN duplicate_object THEN NULL; END $$",
        f"GRANT tester TO {login}",
    )
    hba = pg_server.cluster.data / "pg_hba.conf"
    hba.write_text(
        f"local all {login} scram-sha-256\n" + hba.read_text(encoding="utf-8"), encoding="utf-8"
    )
    pg_server.execute("SELECT pg_reload_conf()")
    url = server_demo.replace("tester@", f"{login}:{password}@")
    result = run_cli(tmp_path, "--db", url, "backup", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert password not in result.stdout + result.stderr
    assert len(list(tmp_path.glob("*.dump"))) == 1
