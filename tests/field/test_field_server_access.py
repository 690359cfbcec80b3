"""Field mode against a team server: the walls and the roles hold for a field copy
(checkouts, revocation, a reader's push, bundles, a login taken off a team).

See tests/field/server_field_fixtures.py for the server and the copy.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select
from tests.field.server_field_fixtures import (
    field,
    field_case,
    office_state,
    sync,
    take,
    tambobamba,
)
from tests.store.team_fixtures import Team, team

from casetracker.domain.errors import FieldCopyError, NotFoundError
from casetracker.services import field_checkout, field_sync
from casetracker.services.filings import FilingInput, create_filing
from casetracker.services.notes import NoteInput, create_note
from casetracker.store import server_accounts
from casetracker.store.database import Database
from casetracker.store.models import Case
from casetracker.store.server import open_server_database
from casetracker.store.server_url import ServerDatabaseError

pytestmark = pytest.mark.postgresql
__all__ = ["field", "team"]


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
