"""``casetracker server …`` in real subprocesses against the private cluster.

Setting up (init, twice), adding people with a password that never travels or is
logged in clear, listing them, granting and revoking cases, the one-line refusals,
and the issue's scenario: a fourth user outside the Antapaccay case's team cannot
see it by any command.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import psycopg
import pytest
from tests.pg_fixtures import USER, PgServer
from tests.store.team_fixtures import WALLED, Team, team
from tests.store.test_server_database import one_error_line, written_anywhere

pytestmark = pytest.mark.postgresql
__all__ = ["team"]
SECRET = "Cl4ve-muy-Secreta"


def run_cli(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """``casetracker ARGS`` in a subprocess with ``stdin`` (not a terminal), its home
    folder and log in ``home``."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    environment.update({"HOME": str(home), "XDG_STATE_HOME": str(home / "state")})
    environment.update({"XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home)})
    return subprocess.run(
        [sys.executable, "-m", "casetracker", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def test_init_sets_up_once_and_again_changes_nothing(
    pg_server: PgServer, pg_url: str, tmp_path: Path
) -> None:
    pg_server.execute(f"ALTER ROLE {USER} CREATEROLE")
    try:
        first = run_cli(tmp_path, "--db", pg_url, "server", "init")
        again = run_cli(tmp_path, "--db", pg_url, "server", "init")
    finally:  # the cluster is shared by the session's tests: others expect a plain login
        pg_server.execute(f"ALTER ROLE {USER} NOCREATEROLE")
    assert first.returncode == 0, first.stderr
    assert "row-level security" in first.stdout
    assert again.returncode == 0, again.stderr
    assert "already set up" in again.stdout


def test_add_user_sends_and_logs_no_password_and_users_lists_roles(
    team: Team, tmp_path: Path
) -> None:
    team.server.execute(f"ALTER DATABASE {team.dbname} SET log_statement = 'all'")
    name = f"{team.users['lawyer']}b"
    try:
        added = run_cli(
            tmp_path,
            *("--db", team.url_as("admin"), "server", "add-user", name, "--role", "paralegal"),
            "--password-stdin",
            stdin=f"{SECRET}\n",
        )
        assert added.returncode == 0, added.stderr
        with psycopg.connect(team.server.cluster.conninfo()) as superuser:
            (stored,) = superuser.execute(
                "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (name,)
            ).fetchone() or (None,)
        assert stored is not None and stored.startswith("SCRAM-SHA-256$")
        assert SECRET not in team.server.cluster.log()
        assert not written_anywhere(tmp_path, SECRET)
        listed = run_cli(tmp_path, "--db", team.url_as("admin"), "server", "users", "--json")
        assert listed.returncode == 0, listed.stderr
        users = {user["name"]: user for user in json.loads(listed.stdout)}
        assert users[name] == {"name": name, "role": "paralegal", "cases": []}
        assert users[team.users["outsider"]]["role"] == "lawyer"
        assert team.walled not in users[team.users["outsider"]]["cases"]
        assert users[team.users["reader"]]["cases"] == sorted([team.walled, *team.others])
        assert users[team.users["admin"]]["role"] == "admin"
    finally:
        team.server.execute(f"DROP ROLE IF EXISTS {name}")


def test_grant_and_revoke_open_and_close_the_wall(team: Team, tmp_path: Path) -> None:
    outsider = ("--db", team.url_as("outsider"))
    admin = ("--db", team.url_as("admin"))
    assert run_cli(tmp_path, *outsider, "show", WALLED).returncode == 1
    granted = run_cli(tmp_path, *admin, "server", "grant", WALLED, team.users["outsider"])
    assert granted.returncode == 0 and "may now see case" in granted.stdout, granted.stderr
    assert run_cli(tmp_path, *outsider, "show", WALLED).returncode == 0
    revoked = run_cli(tmp_path, *admin, "server", "revoke", WALLED, team.users["outsider"])
    assert revoked.returncode == 0, revoked.stderr
    assert run_cli(tmp_path, *outsider, "show", WALLED).returncode == 1


def test_remove_user_drops_the_login_and_its_places_in_teams(team: Team, tmp_path: Path) -> None:
    removed = run_cli(
        tmp_path, "--db", team.url_as("admin"), "server", "remove-user", team.users["reader"]
    )
    assert removed.returncode == 0, removed.stderr
    assert f"taken off {1 + len(team.others)} case teams" in removed.stdout
    with psycopg.connect(team.conninfo()) as owner:
        left = owner.execute(
            "SELECT (SELECT count(*) FROM case_members WHERE role_name = %(n)s),"
            " (SELECT count(*) FROM pg_roles WHERE rolname = %(n)s)",
            {"n": team.users["reader"]},
        ).fetchone()
    assert left == (0, 0)


@pytest.mark.parametrize(
    ("who", "command", "said"),
    [
        ("admin", ["grant", WALLED, "nobody_here"], "no user or group named nobody_here"),
        ("admin", ["grant", "99999", "{lawyer}"], "no case with id or number '99999'"),
        ("admin", ["remove-user", "nobody_here"], "no casetracker user named nobody_here"),
        ("admin", ["revoke", WALLED, "{outsider}"], "is not on the team of case"),
        ("admin", ["add-user", "{lawyer}", "--role", "reader", "--password-stdin"],
         "already has a user or group named"),
        ("admin", ["add-user", "Bad Name", "--role", "reader", "--password-stdin"],
         "cannot be a user name"),
        ("lawyer", ["grant", WALLED, "{outsider}"], "is not an admin of this server"),
        ("lawyer", ["add-user", "someone", "--role", "admin", "--password-stdin"],
         "is not an admin of this server"),
        ("paralegal", ["remove-user", "{lawyer}"], "is not an admin of this server"),
    ],
)  # fmt: skip
def test_each_mistake_gets_one_line_saying_what_to_do(
    team: Team, tmp_path: Path, who: str, command: list[str], said: str
) -> None:
    words = [word.format(**team.users) for word in command]
    result = run_cli(tmp_path, "--db", team.url_as(who), "server", *words, stdin="pw\n")
    line = one_error_line(result)
    assert said.format(**team.users) in line


def test_a_paralegal_may_not_delete_a_case_a_lawyer_may_and_restore_it(
    team: Team, tmp_path: Path
) -> None:
    from casetracker.services.cases import get_case
    from casetracker.services.trash import delete_to_trash, restore
    from casetracker.store.server import open_server_database
    from casetracker.store.server_url import ServerDatabaseError

    database = open_server_database(team.url_as("paralegal"))
    try:
        with pytest.raises(ServerDatabaseError, match="may not do this"):
            delete_to_trash(database, "case", team.walled)
    finally:
        database.close()
    lawyer = open_server_database(team.url_as("lawyer"))
    try:
        snapshot = delete_to_trash(lawyer, "case", team.walled)  # with its history entry
        assert restore(lawyer, snapshot) == team.walled  # back, with the lawyer as its team
        assert get_case(lawyer, team.walled).expediente == WALLED
    finally:
        lawyer.close()
    with psycopg.connect(team.conninfo("outsider")) as outsider:
        seen = outsider.execute("SELECT count(*) FROM cases WHERE id = %s", (team.walled,))
        assert seen.fetchone() == (0,)


@pytest.mark.parametrize("command", ["init", "users", "grant 1 ana", "add-user ana --role reader"])
def test_on_a_database_file_each_command_says_it_needs_a_server(
    tmp_path: Path, command: str
) -> None:
    result = run_cli(tmp_path, "--db", str(tmp_path / "c.sqlite3"), "server", *command.split())
    assert "needs a PostgreSQL server" in one_error_line(result)
    assert not (tmp_path / "c.sqlite3").exists()


def test_a_user_outside_the_antapaccay_team_cannot_see_it_by_any_command(
    team: Team, tmp_path: Path
) -> None:
    from casetracker.services.deadlines import DeadlineInput, create_deadline
    from casetracker.store.server import open_server_database

    lawyer = open_server_database(team.url_as("lawyer"))  # a team member adds a deadline
    try:
        title = "Presentar alegatos finales"
        create_deadline(lawyer, DeadlineInput(team.walled, title, date(2026, 12, 15)))
    finally:
        lawyer.close()

    def seen_by(who: str) -> dict[str, str]:
        db = ("--db", team.url_as(who))
        outputs = {
            "cases": run_cli(tmp_path, *db, "cases"),
            "search": run_cli(tmp_path, *db, "search", "Antapaccay"),
            "agenda": run_cli(tmp_path, *db, "agenda", "--from", "2026-01-01", "--days", "366"),
            "show": run_cli(tmp_path, *db, "show", WALLED),
        }
        return {name: result.stdout + result.stderr for name, result in outputs.items()}

    member, outsider = seen_by("lawyer"), seen_by("outsider")
    for command in ("cases", "search", "agenda", "show"):
        assert "Mollohuanca" in member[command], command
        assert "Mollohuanca" not in outsider[command], command
    # The company itself is in the shared directory of parties; nothing of the case is.
    assert [line.split()[0] for line in outsider["search"].splitlines()] == ["party"]
    assert title in member["agenda"] and title not in outsider["agenda"]
    assert "Las Bambas" in outsider["cases"]  # the cases of their own teams
    assert "no case with id or number" in outsider["show"]
