"""Field mode against a team server: the walls and the roles hold for a field copy.

The office is the demo on a private PostgreSQL cluster after ``server init``, with the
team fixtures' real logins (casetracker.store.server_access decides what each may
do); the field copy is a real SQLite file written by ``check_out``, synchronised back
through the address it keeps (without a password).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select
from tests.store.team_fixtures import Team, team

from casetracker.domain.errors import FieldCopyError, NotFoundError
from casetracker.services import field_checkout, field_sync
from casetracker.services.filings import FilingInput, create_filing
from casetracker.services.notes import NoteInput, create_note
from casetracker.services.parties import PartyInput, get_party, update_party
from casetracker.store import server_accounts
from casetracker.store.database import Database, open_database
from casetracker.store.models import AuditEntry, Case, Filing, Note, Party, SyncConflict
from casetracker.store.server import open_server_database
from casetracker.store.server_url import ServerDatabaseError, redact

pytestmark = pytest.mark.postgresql
__all__ = ["team"]

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


def test_a_walled_case_cannot_be_checked_out_and_nothing_is_written(
    team: Team, tmp_path: Path
) -> None:
    office = open_server_database(team.url_as("outsider"))
    target = tmp_path / "Antapaccay.sqlite3"
    try:
        with pytest.raises(NotFoundError):
            field_checkout.check_out(
                office, target, case_ids=[team.walled], passphrase=None, source="x"
            )
    finally:
        office.close()
    assert list(tmp_path.iterdir()) == []
    with psycopg.connect(team.conninfo()) as owner:
        assert owner.execute("SELECT count(*) FROM field_checkouts").fetchone() == (0,)


def test_a_revoked_copy_is_refused_and_its_lawyer_cannot_unrevoke_it(
    team: Team, field: Database
) -> None:
    create_note(field, NoteInput(field_case(field), "Nota de la laptop perdida"))
    admin = open_server_database(team.url_as("admin"))
    try:
        (checkout,) = field_checkout.list_checkouts(admin)
        field_checkout.revoke_checkout(admin, checkout.checkout)
    finally:
        admin.close()
    before = office_state(team)

    with pytest.raises(FieldCopyError, match=f"revoked by {team.users['admin']}"):
        sync(field)

    assert office_state(team) == before
    with (
        psycopg.connect(team.conninfo("lawyer")) as lawyer,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        lawyer.execute("UPDATE field_checkouts SET revoked_at = NULL, revoked_by = ''")
    with pytest.raises(FieldCopyError, match="revoked"):
        sync(field)


def test_a_readers_push_is_refused_whole(team: Team, field: Database, tmp_path: Path) -> None:
    # A paralegal takes the case, and is made a reader while in the field.
    copy = take(team, "paralegal", tmp_path / "paralegal.sqlite3")
    try:
        case = field_case(copy)
        create_note(copy, NoteInput(case, "Acta de la visita"))
        create_filing(copy, FilingInput(case, "2026-12-08", "brief", "Escrito del campo"))
        paralegal = team.users["paralegal"]
        team.server.execute(
            f"REVOKE ct_paralegal FROM {paralegal}", f"GRANT ct_reader TO {paralegal}"
        )
        before = office_state(team)
        with pytest.raises(ServerDatabaseError, match=f"{paralegal} may not do this"):
            sync(copy)
        assert office_state(team) == before
    finally:
        copy.close()
    # A reader syncing someone else's copy is told it is not theirs to use.
    create_note(field, NoteInput(field_case(field), "Nota ajena"))
    reader = open_server_database(team.url_as("reader"))
    try:
        with pytest.raises(FieldCopyError, match="not visible to you"):
            field_sync.synchronise(field, reader)
    finally:
        reader.close()
    assert office_state(team) == before


def test_another_lawyer_does_not_see_the_checkout(team: Team, field: Database) -> None:
    for who, seen in (("outsider", 0), ("paralegal", 0), ("lawyer", 1), ("admin", 1)):
        office = open_server_database(team.url_as(who))
        try:
            assert len(field_checkout.list_checkouts(office)) == seen, who
        finally:
            office.close()
    outsider = open_server_database(team.url_as("outsider"))
    try:
        with pytest.raises(FieldCopyError, match="not visible to you"):
            field_sync.synchronise(field, outsider)
    finally:
        outsider.close()


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


def test_what_a_login_taken_off_the_team_pushes_stays_behind_the_wall(
    team: Team, field: Database
) -> None:
    create_note(field, NoteInput(field_case(field), "Estrategia de la audiencia"))
    admin = open_server_database(team.url_as("admin"))
    try:
        server_accounts.remove_member(admin, tambobamba(admin), team.users["lawyer"])
    finally:
        admin.close()

    report = sync(field)

    # The case is no longer the lawyer's to write: the note (and the case's own
    # change) wait as conflicts, seen by the copy's login and the admins only.
    assert report.conflicts >= 1
    stuck = report.conflicts
    for who, seen in (("lawyer", stuck), ("admin", stuck), ("outsider", 0), ("paralegal", 0)):
        with psycopg.connect(team.conninfo(who)) as connection:
            count = connection.execute("SELECT count(*) FROM sync_conflicts").fetchone()
        assert count == (seen,), who


def test_a_bundle_is_applied_at_the_office_by_its_lawyer_or_an_admin(
    team: Team, field: Database, tmp_path: Path
) -> None:
    create_note(field, NoteInput(field_case(field), "Enviada en USB"))
    bundle = tmp_path / "campo.ctbundle"
    field_sync.write_push_bundle(field, bundle)
    before = office_state(team)
    paralegal = open_server_database(team.url_as("paralegal"))
    try:  # the checkout is not theirs: its key is not given to them
        with pytest.raises(FieldCopyError, match="only the user who took the copy or an admin"):
            field_sync.apply_bundle(paralegal, bundle, tmp_path / "respuesta.ctbundle")
    finally:
        paralegal.close()
    assert office_state(team) == before and not (tmp_path / "respuesta.ctbundle").exists()
    lawyer = open_server_database(team.url_as("lawyer"))
    try:
        field_sync.apply_bundle(lawyer, bundle, tmp_path / "respuesta.ctbundle")
    finally:
        lawyer.close()
    field_sync.apply_bundle(field, tmp_path / "respuesta.ctbundle")
    with psycopg.connect(team.conninfo("paralegal")) as connection:
        stored = connection.execute("SELECT count(*) FROM notes WHERE body = 'Enviada en USB'")
        assert stored.fetchone() == (1,)


def test_mine_on_a_server_takes_the_open_cases_of_the_logins_teams_only(
    team: Team, tmp_path: Path
) -> None:
    office = open_server_database(team.url_as("outsider"))
    try:
        summary = field_checkout.check_out(
            office, tmp_path / "mios.sqlite3", mine=True, passphrase=None, source="x"
        )
        with office.read() as session:
            visible = set(session.scalars(select(Case.title).where(Case.status != "closed")))
    finally:
        office.close()
    with psycopg.connect(team.conninfo()) as owner:
        walled = owner.execute("SELECT title FROM cases WHERE id = %s", (team.walled,)).fetchone()
    assert walled is not None and walled[0] not in summary.cases
    assert set(summary.cases) == visible and summary.cases
