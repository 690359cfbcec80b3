"""A field copy of the Tambobamba case taken from a team server by a real login.

The office is the demo on a private PostgreSQL cluster after ``server init`` (the
team fixtures' logins; casetracker.store.server_access decides what each may do);
the field copy is a real SQLite file written by ``check_out``, synchronised back
through the address it keeps (without a password).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select
from tests.store.team_fixtures import Team

from casetracker.services import field_checkout, field_sync
from casetracker.store.database import Database, open_database
from casetracker.store.models import Case
from casetracker.store.server import open_server_database
from casetracker.store.server_url import redact

FIELD_NAME = "portatil"  # the copy's own name for its user: the server's login wins


def tambobamba(db: Database) -> int:
    with db.read() as session:
        return session.scalars(select(Case.id).where(Case.title.contains("Las Bambas"))).one()


def take(team: Team, who: str, target: Path) -> Database:
    """``who`` checks the Tambobamba case out to ``target``; the copy, opened."""
    office = open_server_database(team.url_as(who))
    try:
        field_checkout.check_out(
            office,
            target,
            case_ids=[tambobamba(office)],
            passphrase=None,
            source=redact(team.url_as(who)),
        )
    finally:
        office.close()
    return open_database(target, actor=FIELD_NAME, auto_backup=False)


def sync(field: Database) -> field_sync.SyncReport:
    """Synchronise through the address the copy keeps, as a command would."""
    office = open_server_database(field_sync.source_of(field))
    try:
        return field_sync.synchronise(field, office)
    finally:
        office.close()


def office_state(team: Team) -> tuple[int, ...]:
    """What a refused sync must leave as it was: rows of every table it writes."""
    with psycopg.connect(team.conninfo()) as owner:  # the owner sees everything
        counts = [
            owner.execute(f"SELECT count(*) FROM {table}").fetchone()
            for table in ("filings", "notes", "audit_entries", "field_pushes", "sync_conflicts")
        ]
        pushed = owner.execute("SELECT count(last_push_at) FROM field_checkouts").fetchone()
    return tuple(row[0] for row in [*counts, pushed] if row is not None)


def field_case(field: Database) -> int:
    with field.read() as session:
        return session.scalars(select(Case.id)).one()


@pytest.fixture
def field(team: Team, tmp_path: Path) -> Iterator[Database]:
    copy = take(team, "lawyer", tmp_path / "Tambobamba.sqlite3")
    yield copy
    copy.close()
