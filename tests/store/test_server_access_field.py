"""Field mode's tables on a team server, proven from outside the app: raw psycopg.

A checkout (``field_checkouts``) and its pushes belong to the login that took it and
are an admin's to revoke; conflicts follow their case, or are everyone's when about
a shared record (a party); a field copy's own tables stay empty on a server.
"""

from __future__ import annotations

import psycopg
import pytest
from tests.store.team_fixtures import Team, team

from casetracker.store import server_accounts
from casetracker.store.server import open_server_database

pytestmark = pytest.mark.postgresql
__all__ = ["team"]

_TAKE = (
    "INSERT INTO field_checkouts (actor, label, created_at, case_uuids, bundle_key, uuid)"
    " VALUES (%s, 'campo.sqlite3', now(), '[]', repeat('0', 64), gen_random_uuid())"
    " RETURNING uuid"
)
_PUSH = (
    "INSERT INTO field_pushes (checkout_uuid, at, records, uuid)"
    " VALUES (%s, now(), 1, gen_random_uuid())"
)
_CONFLICT = (
    "INSERT INTO sync_conflicts (case_id, entity, record_uuid, field_name, office_value,"
    " field_value, office_actor, field_actor, checkout_uuid, detected_at, uuid)"
    " VALUES (%s, 'parties', gen_random_uuid(), 'name', '\"A\"', '\"B\"', 'x', 'y',"
    " gen_random_uuid(), now(), gen_random_uuid()) RETURNING id"
)


def _checkout_of(team: Team, who: str = "lawyer") -> str:
    """A checkout taken by ``who`` as the app does it, with one push; its uuid."""
    with psycopg.connect(team.conninfo(who)) as connection:
        row = connection.execute(_TAKE, (team.users[who],)).fetchone()
        assert row is not None
        connection.execute(_PUSH, row)
    return str(row[0])


def _seen(team: Team, who: str) -> tuple[int, int]:
    with psycopg.connect(team.conninfo(who)) as connection:
        checkouts = connection.execute("SELECT count(*) FROM field_checkouts").fetchone()
        pushes = connection.execute("SELECT count(*) FROM field_pushes").fetchone()
    assert checkouts is not None and pushes is not None
    return checkouts[0], pushes[0]


def test_a_checkout_and_its_pushes_are_seen_by_its_login_and_admins_only(team: Team) -> None:
    _checkout_of(team)
    assert _seen(team, "lawyer") == (1, 1)
    assert _seen(team, "admin") == (1, 1)
    for who in ("outsider", "paralegal", "reader"):
        assert _seen(team, who) == (0, 0), who


@pytest.mark.parametrize(
    ("who", "statement", "refusal"),
    [
        # A checkout names its taker: nobody takes one in another's name, or revoked.
        ("lawyer", _TAKE.replace("%s", "'someone_else'"), "row-level security"),
        ("lawyer", "INSERT INTO field_checkouts (actor, label, created_at, case_uuids,"
         " bundle_key, revoked_at, uuid) VALUES (session_user, 'x', now(), '[]',"
         " repeat('0', 64), now(), gen_random_uuid())", "row-level security"),
        ("reader", _TAKE.replace("%s", "session_user"), "permission denied"),
        # Only an admin revokes; nobody un-revokes their own copy or renames its taker.
        ("lawyer", "UPDATE field_checkouts SET revoked_at = NULL", "permission denied"),
        ("lawyer", "UPDATE field_checkouts SET revoked_by = ''", "permission denied"),
        ("lawyer", "UPDATE field_checkouts SET actor = 'x'", "permission denied"),
        ("lawyer", "DELETE FROM field_checkouts", "permission denied"),
        ("outsider", _PUSH.replace("%s", "%(checkout)s"), "row-level security"),
        ("lawyer", "DELETE FROM field_pushes", "permission denied"),
        # A losing value is never lost: conflicts are resolved, not deleted.
        ("paralegal", "DELETE FROM sync_conflicts", "permission denied"),
        ("reader", _CONFLICT.replace("%s", "NULL"), "permission denied"),
        ("outsider", _CONFLICT.replace("%s", "%(case)s"), "row-level security"),
        # A case's record without its case is no one's but its checkout's login's.
        ("paralegal", _CONFLICT.replace("'parties'", "'notes'").replace("%s", "NULL"),
         "row-level security"),
        # A field copy's own tables have no place on a server.
        ("admin", "INSERT INTO field_state (checkout_uuid, source, actor, checked_out_at,"
         " bundle_key) VALUES (gen_random_uuid(), '', '', now(), '')", "permission denied"),
        ("admin", "INSERT INTO field_bases (table_name, record_uuid, image) VALUES"
         " ('notes', gen_random_uuid(), '{}')", "permission denied"),
    ],
)  # fmt: skip
def test_raw_sql_may_not_do_what_field_mode_forbids(
    team: Team, who: str, statement: str, refusal: str
) -> None:
    checkout = _checkout_of(team)
    with (
        psycopg.connect(team.conninfo(who)) as connection,
        pytest.raises(psycopg.Error, match=refusal),
    ):
        connection.execute(statement, {"checkout": checkout, "case": team.walled})


def _changed(team: Team, who: str, statement: str, checkout: str) -> int:
    with psycopg.connect(team.conninfo(who)) as connection:
        return connection.execute(statement, {"checkout": checkout}).rowcount


def test_a_push_updates_its_own_checkout_and_only_an_admin_revokes_it(team: Team) -> None:
    checkout = _checkout_of(team)
    progress = (
        "UPDATE field_checkouts SET last_push_at = now(), case_uuids = '[\"x\"]',"
        " version = version + 1 WHERE uuid = %(checkout)s"
    )
    assert _changed(team, "lawyer", progress, checkout) == 1
    assert _changed(team, "outsider", progress, checkout) == 0  # not theirs: unseen
    revoke = (
        "UPDATE field_checkouts SET revoked_at = now(), revoked_by = session_user"
        " WHERE uuid = %(checkout)s"
    )
    assert _changed(team, "admin", revoke, checkout) == 1
    # Revoked, the copy's login can neither record progress nor a push any more.
    assert _changed(team, "lawyer", progress, checkout) == 0
    with pytest.raises(psycopg.Error, match="row-level security"):
        _changed(team, "lawyer", _PUSH.replace("%s", "%(checkout)s"), checkout)
    with psycopg.connect(team.conninfo("lawyer")) as lawyer:
        row = lawyer.execute(
            "SELECT revoked_by FROM field_checkouts WHERE uuid = %s", (checkout,)
        ).fetchone()
    assert row == (team.users["admin"],)  # still theirs to read, for recovery


def test_a_conflict_about_no_case_is_everyones_and_writers_resolve_it(team: Team) -> None:
    with psycopg.connect(team.conninfo("paralegal")) as paralegal:
        row = paralegal.execute(_CONFLICT, (None,)).fetchone()
    assert row is not None
    for who in ("outsider", "reader", "admin"):
        with psycopg.connect(team.conninfo(who)) as connection:
            seen = connection.execute("SELECT id FROM sync_conflicts").fetchall()
        assert seen == [row], who
    resolve = (
        "UPDATE sync_conflicts SET resolution = 'office', resolved_by = session_user,"
        " resolved_at = now() WHERE id = %s"
    )
    with psycopg.connect(team.conninfo("outsider")) as outsider:
        assert outsider.execute(resolve, row).rowcount == 1
    with (
        psycopg.connect(team.conninfo("reader")) as reader,
        pytest.raises(psycopg.Error, match="permission denied"),
    ):
        reader.execute(resolve, row)


def test_server_init_run_again_takes_a_version_2_server_to_these_rules(team: Team) -> None:
    # Version 2 shared the checkouts with every writer, unguarded.
    with psycopg.connect(team.conninfo()) as owner:
        owner.execute("ALTER TABLE field_checkouts DISABLE ROW LEVEL SECURITY")
        owner.execute("GRANT INSERT, UPDATE, DELETE ON field_checkouts TO ct_paralegal")
        owner.execute("COMMENT ON TABLE case_members IS 'casetracker access 2'")
    checkout = _checkout_of(team)
    unrevoke = "UPDATE field_checkouts SET revoked_at = NULL WHERE uuid = %(checkout)s"
    assert _changed(team, "paralegal", unrevoke, checkout) == 1  # the hole
    database = open_server_database(team.url)
    try:
        said = server_accounts.initialise(database)
    finally:
        database.close()
    assert "version 3" in said and "already" not in said
    with pytest.raises(psycopg.Error, match="permission denied"):
        _changed(team, "lawyer", unrevoke, checkout)
    assert _seen(team, "paralegal") == (0, 0)
