"""A team server on the demo: ``server init`` and five logins, for the access tests.

The demo's Antapaccay case (Mollohuanca y Umasi, 02151-2019-PA/TC) is walled: its
team is the lawyer, the paralegal and the reader; the outsider, a lawyer too, is in
the team of the other two cases only. Roles are cluster-wide, so the logins carry
the test's number and are dropped afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import select
from tests.pg_fixtures import DEMO_TEMPLATE, USER, PgServer

from casetracker.services.cases import resolve_case_id
from casetracker.store import server_accounts
from casetracker.store.models import Case
from casetracker.store.server import open_server_database

WALLED = "02151-2019-PA/TC"
ROLES = {"admin": "admin", "lawyer": "lawyer", "paralegal": "paralegal"} | {
    "reader": "reader",
    "outsider": "lawyer",
}


@dataclass
class Team:
    server: PgServer
    url: str  # as the owner (who ran server init)
    dbname: str
    users: dict[str, str]  # admin, lawyer, paralegal, reader, outsider -> login name
    walled: int  # the Antapaccay case's id
    others: tuple[int, ...]

    def url_as(self, who: str) -> str:
        return self.url.replace(f"{USER}@", f"{self.users[who]}@", 1)

    def conninfo(self, who: str | None = None) -> str:
        login = USER if who is None else self.users[who]
        return self.server.cluster.conninfo(self.dbname, login)


@pytest.fixture
def team(pg_server: PgServer) -> Iterator[Team]:
    pg_server.execute(f"ALTER ROLE {USER} CREATEROLE")  # may create the group roles
    url = pg_server.new_database(DEMO_TEMPLATE)
    number = next(pg_server.counter)
    users = {key: f"{key}{number}" for key in ROLES}
    database = open_server_database(url)
    try:
        server_accounts.initialise(database)
        for key, name in users.items():
            server_accounts.add_user(database, name, ROLES[key], f"pw-{name}")
        walled = resolve_case_id(database, WALLED)
        with database.read() as session:
            others = tuple(session.scalars(select(Case.id).where(Case.id != walled)))
        for key in ("lawyer", "paralegal", "reader"):
            server_accounts.add_member(database, walled, users[key])
        for case in others:
            for name in users.values():
                server_accounts.add_member(database, case, name)
    finally:
        database.close()
    dbname = url.split("@/", 1)[1].split("?", 1)[0]
    yield Team(pg_server, url, dbname, users, walled, others)
    pg_server.drop(url)
    pg_server.execute(*(f"DROP ROLE IF EXISTS {name}" for name in users.values()))
    # The cluster is shared by the session's tests: others expect a plain login.
    pg_server.execute(f"ALTER ROLE {USER} NOCREATEROLE")
