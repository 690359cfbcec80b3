"""Row-Level Security and GRANTs proven from outside the app: raw SQL through psycopg.

Every table of the models is enumerated, so a table added later without a policy
(or without a place in casetracker.store.server_access) fails here. A table's rows
belong to a case when they name it (``case_id``) or hang off a row that does through
a cascading foreign key: that is read from the metadata, not from the module under
test. The other kinds (a login's own rows, a field copy's tables, shared directories)
are proven by what raw SQL may do with them (here and in test_server_access_field).
"""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from sqlalchemy import Table
from tests.store.team_fixtures import Team, team

from casetracker.services.conflicts import similar_parties
from casetracker.services.history import history
from casetracker.services.notes import NoteInput, create_note
from casetracker.store.models import Base
from casetracker.store.server import open_server_database
from casetracker.store.server_access import (
    CASE_TABLES,
    FIELD_COPY_TABLES,
    LOGIN_TABLES,
    SHARED_TABLES,
)

pytestmark = pytest.mark.postgresql
__all__ = ["team"]

TABLES = {table.name: table for table in Base.metadata.sorted_tables}


def _case_path(table: Table) -> str | None:
    """SQL selecting the primary keys of ``table``'s rows of case %(case)s, or None."""
    key = ", ".join(column.name for column in table.primary_key.columns)
    if table.name == "cases":
        return "SELECT id FROM cases WHERE id = %(case)s"
    if "case_id" in table.c:
        return f"SELECT {key} FROM {table.name} WHERE case_id = %(case)s"
    for fk in table.foreign_keys:
        parent = _case_path(fk.column.table) if (fk.ondelete or "").upper() == "CASCADE" else None
        if parent is not None:
            return f"SELECT {key} FROM {table.name} WHERE {fk.parent.name} IN ({parent})"
    return None


def test_every_table_has_exactly_one_kind_and_case_and_login_tables_have_rls(
    team: Team,
) -> None:
    kinds = (CASE_TABLES, LOGIN_TABLES, FIELD_COPY_TABLES, SHARED_TABLES)
    assert sum(len(kind) for kind in kinds) == len(frozenset().union(*kinds)), "one kind each"
    assert set(TABLES) <= frozenset().union(*kinds), "classify the table in store/server_access.py"
    owned = {name for name, table in TABLES.items() if _case_path(table) is not None}
    assert owned == set(CASE_TABLES), "classify the table in store/server_access.py"
    with psycopg.connect(team.conninfo()) as owner:
        secured = dict(
            owner.execute(
                "SELECT relname, relrowsecurity FROM pg_class WHERE relkind = 'r'"
                " AND relnamespace = 'public'::regnamespace"
            ).fetchall()
        )
    assert {name for name in TABLES if secured[name]} == owned | LOGIN_TABLES


def _rows(conninfo: str, case: int) -> dict[str, tuple[set[Any], int]]:
    """Per table: the keys of the case's rows seen, and how many rows in all."""
    seen: dict[str, tuple[set[Any], int]] = {}
    with psycopg.connect(conninfo) as connection:
        for name, table in TABLES.items():
            path = _case_path(table)
            keys = set(connection.execute(path, {"case": case}).fetchall()) if path else set()
            total = connection.execute(f"SELECT count(*) FROM {name}").fetchone()
            seen[name] = (keys, total[0] if total else 0)
    return seen


def _fill_empty_tables(team: Team) -> None:
    """Give the walled case a row in the tables the demo leaves empty for it."""
    with psycopg.connect(team.conninfo()) as owner:
        attachment = owner.execute(
            "SELECT id FROM attachments WHERE case_id = %s LIMIT 1", (team.walled,)
        ).fetchone()
        assert attachment is not None, "the demo gives the walled case an attachment"
        deadline = owner.execute(
            "SELECT id, due_on FROM deadlines WHERE case_id = %s LIMIT 1", (team.walled,)
        ).fetchone()
        assert deadline is not None
        owner.execute(
            "INSERT INTO document_texts (attachment_id, sha256, status, text_source, pages,"
            " message, read_at, uuid) VALUES (%s, repeat('a', 64), 'done', 'text', 1, '',"
            " now(), gen_random_uuid()) ON CONFLICT DO NOTHING",
            attachment,
        )
        owner.execute(
            "INSERT INTO document_pages (attachment_id, page, source, text, uuid)"
            " VALUES (%s, 1, 'text', 'Estrategia reservada', gen_random_uuid())"
            " ON CONFLICT DO NOTHING",
            attachment,
        )
        owner.execute(
            "INSERT INTO deadline_records (deadline_id, made_at, made_by, reason, due_on,"
            " computed_due_on, trigger_on, rule_key, rule_version, court_name, calendar,"
            " computation, uuid) SELECT %s, now(), 'x', 'accepted', %s, %s, %s, '', '', '',"
            " '{}', '{}', gen_random_uuid()"
            " WHERE NOT EXISTS (SELECT 1 FROM deadline_records WHERE deadline_id = %s)",
            (deadline[0], deadline[1], deadline[1], deadline[1], deadline[0]),
        )
        owner.execute(
            "INSERT INTO sync_conflicts (case_id, entity, record_uuid, field_name, summary,"
            " office_value, field_value, office_actor, field_actor, checkout_uuid,"
            " detected_at, uuid) SELECT %s, 'notes', gen_random_uuid(), 'body', '',"
            " '\"estrategia\"', '\"reservada\"', 'x', 'y', gen_random_uuid(), now(),"
            " gen_random_uuid() WHERE NOT EXISTS"
            " (SELECT 1 FROM sync_conflicts WHERE case_id = %s)",
            (team.walled, team.walled),
        )


def test_outside_a_case_team_raw_sql_sees_none_of_its_rows_in_any_table(team: Team) -> None:
    _fill_empty_tables(team)
    truth = _rows(team.conninfo(), team.walled)  # the owner: no policy applies
    owned = [name for name, table in TABLES.items() if _case_path(table) is not None]
    empty = [name for name in owned if not truth[name][0]]
    assert not empty, f"the walled case needs rows in {empty} for this test to mean anything"
    for who in ("lawyer", "paralegal", "reader", "admin"):
        assert _rows(team.conninfo(who), team.walled) == truth, who
    hidden = _rows(team.conninfo("outsider"), team.walled)
    for name, (keys, total) in truth.items():
        assert hidden[name] == (set(), total - len(keys)), name


@pytest.mark.parametrize(
    ("who", "statement", "refusal"),
    [
        ("paralegal", "DELETE FROM cases WHERE id = %(case)s", "permission denied"),
        ("lawyer", "DELETE FROM case_members WHERE case_id = %(case)s", "permission denied"),
        ("reader", "INSERT INTO notes (case_id, created_at, author, body, uuid) VALUES"
         " (%(case)s, now(), '', 'x', gen_random_uuid())", "permission denied"),
        ("reader", "UPDATE cases SET summary = 'x' WHERE id = %(case)s", "permission denied"),
        ("paralegal", "UPDATE audit_entries SET summary = 'rewritten'", "permission denied"),
        # Case rows behind walls point at directory rows: deleting one would clear
        # links its deleter cannot see.
        ("outsider", "DELETE FROM matters", "permission denied"),
        ("paralegal", "DELETE FROM parties", "permission denied"),
        ("outsider", "INSERT INTO notes (case_id, created_at, author, body, uuid) VALUES"
         " (%(case)s, now(), '', 'x', gen_random_uuid())", "row-level security"),
    ],
)  # fmt: skip
def test_grants_refuse_what_a_role_may_not_do_in_raw_sql(
    team: Team, who: str, statement: str, refusal: str
) -> None:
    with (
        psycopg.connect(team.conninfo(who)) as connection,
        pytest.raises(psycopg.Error, match=refusal),
    ):
        connection.execute(statement, {"case": team.walled})


def test_what_a_role_may_do_it_does_in_raw_sql(team: Team) -> None:
    with psycopg.connect(team.conninfo("admin")) as admin:  # sees every case
        admin.execute("INSERT INTO matters (name, description, uuid) VALUES"
                      " ('Sin casos', '', gen_random_uuid())")  # fmt: skip
        assert admin.execute("DELETE FROM matters WHERE name = 'Sin casos'").rowcount == 1
    with psycopg.connect(team.conninfo("lawyer")) as lawyer:
        assert lawyer.execute("DELETE FROM cases WHERE id = %s", (team.walled,)).rowcount == 1
    with psycopg.connect(team.conninfo("outsider")) as outsider:  # a lawyer, not in the team
        other = team.others[0]
        assert outsider.execute("DELETE FROM cases WHERE id = %s", (other,)).rowcount == 1


def test_a_new_case_joins_its_creators_team_and_history_names_the_login(team: Team) -> None:
    from casetracker.domain.enums import Procedure
    from casetracker.services.cases import CaseInput, create_case

    database = open_server_database(team.url_as("paralegal"))
    try:
        case = create_case(database, CaseInput(title="Caso nuevo", procedure=Procedure.AMPARO))
        create_note(database, NoteInput(case_id=case.id, body="Primera nota"))
        actors = {entry.actor for entry in history(database) if entry.case_id == case.id}
    finally:
        database.close()
    assert actors == {team.users["paralegal"]}
    with psycopg.connect(team.conninfo("outsider")) as outsider:
        seen = outsider.execute("SELECT count(*) FROM cases WHERE id = %s", (case.id,)).fetchone()
        assert seen == (0,)
    with psycopg.connect(team.conninfo("paralegal")) as paralegal:  # a client that lies
        stored = paralegal.execute(
            "INSERT INTO audit_entries (at, actor, entity, entity_id, case_id, action,"
            " summary, changes, uuid) VALUES (now(), 'mallory', 'note', 1, %s, 'update', '',"
            " '{}', gen_random_uuid()) RETURNING actor",
            (case.id,),
        ).fetchone()
    assert stored == (team.users["paralegal"],)


def test_the_conflict_check_counts_a_party_in_a_hidden_case_without_naming_it(
    team: Team,
) -> None:
    outsider = open_server_database(team.url_as("outsider"))
    member = open_server_database(team.url_as("lawyer"))
    try:
        (seen,) = [found for found in similar_parties(outsider, "Antapaccay") if found.score > 0.8]
        assert seen.hidden_cases == 1 and seen.appearances == ()
        (idl,) = [p for p in similar_parties(outsider, "Instituto de Defensa Legal")][:1]
        assert idl.hidden_cases == 1 and team.walled not in {a.case_id for a in idl.appearances}
        (known,) = [found for found in similar_parties(member, "Antapaccay") if found.score > 0.8]
        assert known.hidden_cases == 0 and len(known.appearances) == 1
    finally:
        outsider.close()
        member.close()
