"""Field mode against a team server: the Tambobamba case taken by a lawyer's own login,
worked on offline, and brought back; the office's work comes back to the copy.

See tests/field/server_field_fixtures.py for the server and the copy.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select
from tests.field.field_world import move_hearing
from tests.field.server_field_fixtures import (
    FIELD_NAME,
    field,
    field_case,
    sync,
    tambobamba,
)
from tests.store.team_fixtures import Team, team

from casetracker.services import field_conflicts, field_sync
from casetracker.services.filings import FilingInput, create_filing
from casetracker.services.notes import NoteInput, create_note
from casetracker.services.parties import PartyInput, get_party, update_party
from casetracker.store.database import Database
from casetracker.store.models import (
    AuditEntry,
    Filing,
    Hearing,
    Note,
    Party,
    SyncConflict,
)
from casetracker.store.server import open_server_database
from casetracker.store.server_url import ServerDatabaseError

pytestmark = pytest.mark.postgresql
__all__ = ["field", "team"]


def test_a_lawyer_checks_out_as_their_login_and_syncs_both_ways(
    team: Team, field: Database
) -> None:
    lawyer = team.users["lawyer"]
    with psycopg.connect(team.conninfo()) as owner:
        assert owner.execute("SELECT actor FROM field_checkouts").fetchall() == [(lawyer,)]
    assert field_sync.source_of(field) == team.url_as("lawyer")  # no password in it
    create_filing(field, FilingInput(field_case(field), "2026-12-07", "brief", "Escrito de campo"))
    office = open_server_database(team.url_as("paralegal"))  # meanwhile, in the office
    try:
        create_note(office, NoteInput(tambobamba(office), "Llegó la resolución 12"))
    finally:
        office.close()

    report = sync(field)

    assert report.pushed >= 1 and report.conflicts == 0
    office = open_server_database(team.url_as("paralegal"))
    try:
        with office.read() as session:
            filing = session.scalars(select(Filing).where(Filing.sumilla == "Escrito de campo"))
            (made,) = filing
            who = session.scalars(
                select(AuditEntry.actor).where(AuditEntry.record_uuid == made.uuid)
            )
            assert set(who) == {lawyer}, "the office's history names the lawyer's login"
    finally:
        office.close()
    with field.read() as session:
        note = session.scalars(select(Note).where(Note.body == "Llegó la resolución 12")).one()
        story = session.scalars(select(AuditEntry.actor).where(AuditEntry.record_uuid == note.uuid))
        assert set(story) == {team.users["paralegal"]}, "the copy learns who did what"


def _move_hearing(db: Database, hearing_uuid: object, place: str) -> None:
    with db.read() as session:
        hearing_id = session.scalars(select(Hearing.id).where(Hearing.uuid == hearing_uuid)).one()
    move_hearing(db, hearing_id, place)


def test_the_issues_story_on_a_team_server_with_real_logins(team: Team, field: Database) -> None:
    case = field_case(field)
    with field.read() as session:
        hearing = session.scalars(select(Hearing.uuid).order_by(Hearing.id)).first()
    create_filing(field, FilingInput(case, "2026-12-07", "brief", "Apersonamiento en campo"))
    create_filing(field, FilingInput(case, "2026-12-08", "evidence", "Ofrece actas de campo"))
    _move_hearing(field, hearing, "Sala 2 (campo)")
    office = open_server_database(team.url_as("paralegal"))
    try:
        create_filing(
            office, FilingInput(tambobamba(office), "2026-12-09", "resolution", "Res. 12")
        )
        _move_hearing(office, hearing, "Sala 3 (oficina)")
    finally:
        office.close()

    assert sync(field).conflicts == 1

    lawyer, paralegal = team.users["lawyer"], team.users["paralegal"]
    office = open_server_database(team.url_as("paralegal"))
    try:
        # In the copy its own edit is by whoever used it; at the office, by the login.
        for side, field_user in ((office, lawyer), (field, FIELD_NAME)):
            with side.read() as session:
                sumillas = set(session.scalars(select(Filing.sumilla)))
                assert {"Apersonamiento en campo", "Ofrece actas de campo", "Res. 12"} <= sumillas
                (conflict,) = session.scalars(select(SyncConflict))
                assert (conflict.office_value, conflict.field_value) == (
                    '"Sala 3 (oficina)"',
                    '"Sala 2 (campo)"',
                )
                assert conflict.office_actor == paralegal
                story = session.execute(
                    select(AuditEntry.actor, AuditEntry.changes).where(
                        AuditEntry.record_uuid == hearing
                    )
                ).all()
                assert {(who, "Sala 2 (campo)" in changes) for who, changes in story} >= {
                    (field_user, True),
                    (paralegal, False),
                }, "the history tells who moved the hearing where, on both sides"
    finally:
        office.close()


def _rephone(db: Database, party_uuid: object, phone: str) -> None:
    with db.read() as session:
        party = session.scalars(select(Party).where(Party.uuid == party_uuid)).one()
        current = get_party(db, party.id)
    data = PartyInput(
        name=current.name,
        kind=current.kind,
        document_id=current.document_id,
        address=current.address,
        email=current.email,
        phone=phone,
        casilla=current.casilla,
        bar_number=current.bar_number,
        notes=current.notes,
        protected=current.protected,
    )
    update_party(db, current.id, data, expected_version=current.version)


def test_a_conflict_about_a_party_reaches_everyone_who_may_resolve_it(
    team: Team, field: Database
) -> None:
    with field.read() as session:
        party = session.scalars(select(Party.uuid).order_by(Party.id)).first()
    _rephone(field, party, "984 111 111")
    office = open_server_database(team.url_as("paralegal"))
    try:
        _rephone(office, party, "984 222 222")
    finally:
        office.close()

    assert sync(field).conflicts == 1

    with field.read() as session:  # the copy shows it too, though of no case
        (conflict,) = session.scalars(select(SyncConflict))
        assert (conflict.case_id, conflict.field_name) == (None, "phone")
    for who in ("outsider", "reader", "admin"):
        with psycopg.connect(team.conninfo(who)) as connection:
            seen = connection.execute("SELECT field_value FROM sync_conflicts").fetchall()
        assert seen == [('"984 111 111"',)], who
    for who in ("reader", "outsider"):  # a reader may not; a lawyer of other cases may
        office = open_server_database(team.url_as(who))
        try:
            (open_one,) = field_conflicts.open_conflicts(office)
            if who == "reader":
                with pytest.raises(ServerDatabaseError, match="may not do this"):
                    field_conflicts.resolve_conflict(office, open_one.id, "field")
            else:
                field_conflicts.resolve_conflict(office, open_one.id, "field")
        finally:
            office.close()
    with psycopg.connect(team.conninfo()) as owner:
        phone = owner.execute("SELECT phone FROM parties WHERE uuid = %s", (party,)).fetchone()
        by = owner.execute("SELECT resolved_by FROM sync_conflicts").fetchone()
    assert (phone, by) == (("984 111 111",), (team.users["outsider"],))


def test_the_kept_address_reopens_with_pgpassword_or_pgpass(
    team: Team, field: Database, tmp_path: Path
) -> None:
    login, password = team.users["lawyer"], f"pw-{team.users['lawyer']}"
    hba = team.server.cluster.data / "pg_hba.conf"
    hba.write_text(
        f"local all {login} scram-sha-256\n" + hba.read_text(encoding="utf-8"), encoding="utf-8"
    )
    team.server.execute("SELECT pg_reload_conf()")
    create_note(field, NoteInput(field_case(field), "Escrita sin conexión"))
    path = Path(field.location)
    field.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")} | {
        "HOME": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path),
    }

    def run(**extra: str) -> subprocess.CompletedProcess[str]:
        """``casetracker --db COPY field sync``, without a terminal to type into."""
        command = [sys.executable, "-m", "casetracker", "--db", str(path), "field", "sync"]
        return subprocess.run(
            command,
            env=env | extra,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    refused = run()
    assert refused.returncode != 0 and "PGPASSWORD" in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    synced = run(PGPASSWORD=password)
    assert synced.returncode == 0, synced.stderr
    assert "Sent:" in synced.stdout and "Sent: 0 " not in synced.stdout
    socket = team.server.cluster.root
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{socket}:{team.server.cluster.port}:{team.dbname}:{login}:{password}\n")
    pgpass.chmod(0o600)
    again = run(PGPASSFILE=str(pgpass))
    assert again.returncode == 0, again.stderr
    for written in path.parent.glob(path.name + "*"):  # with its -wal, if any
        assert password.encode() not in written.read_bytes(), "the copy keeps no password"
    with psycopg.connect(team.conninfo()) as owner:
        stored = owner.execute("SELECT count(*) FROM notes WHERE body = 'Escrita sin conexión'")
        assert stored.fetchone() == (1,)
