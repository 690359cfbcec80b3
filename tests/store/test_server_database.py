"""``--db postgresql://…``: the same commands on a server, and one clear line for
every way connecting can fail, with the password never shown or logged.

The CLI runs in a real subprocess against the session's private cluster
(tests/pgcluster.py), with its own home folder so that its log can be searched.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.pg_fixtures import USER, PgServer

from casetracker.domain.enums import Procedure
from casetracker.services.cases import CaseInput, create_case
from casetracker.services.history import history
from casetracker.store.server import open_server_database
from casetracker.store.server_url import ServerDatabaseError, redact

pytestmark = pytest.mark.postgresql

SECRET = "Wr0ng-s3cret-PASS"
PASSWORD_USER = "pwuser"
RIGHT_PASSWORD = "right-Pa55word"


def run_cli(
    home: Path, *args: str, env: dict[str, str] | None = None, code: str = ""
) -> subprocess.CompletedProcess[str]:
    """``casetracker ARGS`` in a subprocess, its home folder (and log) in ``home``."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    environment.update({"HOME": str(home), "XDG_STATE_HOME": str(home / "state")})
    environment.update({"XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home)})
    environment.update(env or {})
    script = f"import sys\n{code}\nfrom casetracker.cli import main\nsys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=environment,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("casetracker: error: "), result.stderr
    return lines[0]


def written_anywhere(folder: Path, secret: str) -> list[Path]:
    return [
        path
        for path in folder.rglob("*")
        if path.is_file() and secret in path.read_text(encoding="utf-8", errors="replace")
    ]


def test_the_commands_work_on_a_server(pg_url: str, tmp_path: Path) -> None:
    assert run_cli(tmp_path, "--db", pg_url, "demo").returncode == 0
    cases = run_cli(tmp_path, "--db", pg_url, "cases")
    assert cases.returncode == 0 and "Cotabambas" in cases.stdout
    found = run_cli(tmp_path, "--db", pg_url, "search", "QUISPE huamani")
    assert found.returncode == 0 and "Juana Quispe Huamaní" in found.stdout
    shown = run_cli(tmp_path, "--db", pg_url, "show", "1")
    assert shown.returncode == 0 and "Cotabambas" in shown.stdout


def test_the_history_names_the_login_not_what_the_client_claims(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASETRACKER_USER", "mallory")
    database = open_server_database(pg_url)
    try:
        create_case(database, CaseInput(title="Caso del servidor", procedure=Procedure.AMPARO))
        assert [entry.actor for entry in history(database)] == [USER]
    finally:
        database.close()


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("postgresql://{user}@/no_such_db?host={socket}", "the server has no database"),
        ("postgresql://nobody@/postgres?host={socket}", "the server has no user of that name"),
        ("postgresql://{user}@/postgres?host={socket}/gone", "cannot reach the server"),
        ("postgresql://{user}@/?host={socket}", "no database name"),
        ("postgresql://{user}@localhost:notaport/x", "not a server address"),
        ("postgresql+mysqldb://{user}@localhost/x", "not a server address"),
    ],
)
def test_a_bad_address_gets_one_line_saying_what_to_fix(
    pg_server: PgServer, tmp_path: Path, address: str, said: str
) -> None:
    url = address.format(user=USER, socket=pg_server.cluster.root)
    line = one_error_line(run_cli(tmp_path, "--db", url, "cases"))
    assert said in line


@pytest.fixture(scope="module")
def password_login(pg_server: PgServer) -> str:
    """A login that must give its password (the rest of the cluster trusts the socket)."""
    pg_server.execute(f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD '{RIGHT_PASSWORD}'")
    hba = pg_server.cluster.data / "pg_hba.conf"
    hba.write_text(
        f"local all {PASSWORD_USER} scram-sha-256\n" + hba.read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    pg_server.execute("SELECT pg_reload_conf()")
    url = pg_server.new_database()
    pg_server.execute(f"GRANT {USER} TO {PASSWORD_USER}")  # the schema's owner
    return url.replace(f"{USER}@", f"{PASSWORD_USER}@")


def test_a_wrong_password_is_said_and_never_shown_or_logged(
    password_login: str, tmp_path: Path
) -> None:
    url = password_login.replace(f"{PASSWORD_USER}@", f"{PASSWORD_USER}:{SECRET}@")
    line = one_error_line(run_cli(tmp_path, "--db", url, "cases"))
    assert "refused the password" in line
    assert SECRET not in line
    assert "PGPASSWORD" in line
    assert written_anywhere(tmp_path, SECRET) == []


def test_without_a_password_or_a_terminal_the_line_says_how_to_give_one(
    password_login: str, tmp_path: Path
) -> None:
    line = one_error_line(run_cli(tmp_path, "--db", password_login, "cases"))
    assert "asks for a password" in line and "PGPASSWORD" in line


def test_libpq_passwords_work_as_in_psql(password_login: str, tmp_path: Path) -> None:
    with_env = run_cli(
        tmp_path, "--db", password_login, "cases", env={"PGPASSWORD": RIGHT_PASSWORD}
    )
    assert with_env.returncode == 0, with_env.stderr
    socket = password_login.split("host=")[1].split("&")[0]
    dbname = password_login.split("@/")[1].split("?")[0]
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{socket}:5432:{dbname}:{PASSWORD_USER}:{RIGHT_PASSWORD}\n")
    pgpass.chmod(0o600)
    with_file = run_cli(tmp_path, "--db", password_login, "cases", env={"PGPASSFILE": str(pgpass)})
    assert with_file.returncode == 0, with_file.stderr


def test_without_psycopg_the_line_says_what_to_install(pg_url: str, tmp_path: Path) -> None:
    # As on an installation without the package: importing it fails.
    hide = "sys.modules['psycopg'] = None"
    line = one_error_line(run_cli(tmp_path, "--db", pg_url, "cases", code=hide))
    assert "needs the psycopg package" in line and "pip install" in line


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["backup", "--list"], "pg_dump"),
        (["protect"], "sslmode=verify-full"),
        (["restore", "x.sqlite3"], "pg_restore"),
    ],
)
def test_file_only_commands_refuse_a_server_in_one_line(
    pg_url: str, tmp_path: Path, command: list[str], said: str
) -> None:
    url = pg_url.replace(f"{USER}@", f"{USER}:{SECRET}@")
    line = one_error_line(run_cli(tmp_path, "--db", url, *command))
    assert said in line
    assert SECRET not in line


def test_a_database_of_another_program_or_a_newer_casetracker_is_refused(
    pg_server: PgServer,
) -> None:
    import psycopg

    foreign, newer = pg_server.new_database("template0"), pg_server.new_database()
    conninfo = pg_server.cluster.conninfo
    with psycopg.connect(conninfo(foreign.split("@/")[1].split("?")[0]), autocommit=True) as c:
        c.execute("CREATE TABLE invoices (id integer)")
    with psycopg.connect(conninfo(newer.split("@/")[1].split("?")[0]), autocommit=True) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(ServerDatabaseError, match="tables of another program"):
        open_server_database(foreign)
    with pytest.raises(ServerDatabaseError, match="newer casetracker"):
        open_server_database(newer)


def test_redaction_removes_the_password_wherever_it_is_written() -> None:
    assert redact("postgresql://ana:pw@db.example:5433/ct?sslmode=require") == (
        "postgresql://ana@db.example:5433/ct?sslmode=require"
    )
    assert "pw" not in redact("postgresql://ana@db/ct?password=pw&sslmode=verify-full")
    assert redact("postgresql://ana:p@ss:w@rd@db/ct") == "postgresql://ana@db/ct"


def test_synthetic_cases_fill_a_server_and_new_records_still_get_free_ids(
    pg_url: str, tmp_path: Path
) -> None:
    assert run_cli(tmp_path, "--db", pg_url, "synth", "--cases", "3").returncode == 0
    database = open_server_database(pg_url)
    try:
        # The synthetic rows were given their ids: the sequence must have followed.
        create_case(database, CaseInput(title="Después", procedure=Procedure.AMPARO))
    finally:
        database.close()
