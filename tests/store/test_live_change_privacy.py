"""Live changes tell nobody of a case they may not see (issue 11, item 4).

NOTIFY ignores Row-Level Security and any login may LISTEN, so these tests read the
raw notifications as a stranger would (a plain psycopg LISTEN), and listen as a user
who may not read some of the history: a privilege revoked, or a row policy hiding a
case's entries, as the case teams' policies will.
"""

from __future__ import annotations

import json
import queue
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from tests.pg_fixtures import DEMO_TEMPLATE, USER, PgServer

from casetracker.domain.changes import ANY_ID, ChangeSet
from casetracker.domain.enums import FilingKind
from casetracker.services.document_text import read_attachment
from casetracker.services.filings import FilingInput, create_filing
from casetracker.services.notes import NoteInput, create_note
from casetracker.store.live_changes import CHANNEL
from casetracker.store.server import ServerDatabase, open_server_database

pytestmark = pytest.mark.postgresql

WAIT_S = 5.0
NOTE_BODY = "Reunión con la comunidad de Alto Huarca sobre el convenio con Antapaccay"
SUMILLA = "Solicita se tenga presente el informe de la Defensoría sobre Espinar"


@dataclass
class Team:
    """One database of the demo: the writer's handle, and ways in for the others."""

    server: PgServer
    url: str
    name: str
    writer: ServerDatabase

    def connect(self, user: str = "postgres") -> Any:
        import psycopg

        conninfo = self.server.cluster.conninfo(self.name, user)
        return psycopg.connect(conninfo, autocommit=True)

    def sql(self, statement: str, *params: object) -> list[tuple[Any, ...]]:
        """Run ``statement`` as the cluster's superuser; its rows (if any)."""
        with self.connect() as connection:
            cursor = connection.execute(statement, params)  # type: ignore[arg-type]
            return cursor.fetchall() if cursor.description else []

    def case_titled(self, word: str) -> int:
        (found,) = self.sql("SELECT id FROM cases WHERE title LIKE %s", f"%{word}%")
        return int(found[0])

    def last_history_id(self) -> int:
        return int(self.sql("SELECT coalesce(max(id), 0) FROM audit_entries")[0][0])


@pytest.fixture
def team(pg_server: PgServer) -> Iterator[Team]:
    url = pg_server.new_database(DEMO_TEMPLATE)
    writer = open_server_database(url)
    name = url.split("@/", 1)[1].split("?", 1)[0]
    yield Team(pg_server, url, name, writer)
    writer.close()
    pg_server.drop(url)


@pytest.fixture
def outsider(team: Team) -> Iterator[ServerDatabase]:
    """A login who may read every table but who is no one's teammate yet."""
    role = f"outsider_{team.name}"
    team.server.execute(f"CREATE ROLE {role} LOGIN")
    team.sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    database = open_server_database(team.server.cluster.url(team.name, role))
    yield database
    database.close()
    team.sql(f"DROP OWNED BY {role}")
    team.server.execute(f"DROP ROLE {role}")


class Inbox:
    def __init__(self) -> None:
        self.sets: queue.Queue[ChangeSet] = queue.Queue()

    def next(self) -> ChangeSet:
        return self.sets.get(timeout=WAIT_S)


def numbers_in(value: object) -> list[int]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        return [value]
    if isinstance(value, list):
        return [n for item in value for n in numbers_in(item)]
    if isinstance(value, dict):
        return [n for item in value.values() for n in numbers_in(item)]
    return []


def test_the_raw_notification_of_a_write_names_no_case_record_or_content(team: Team) -> None:
    case_id = team.case_titled("Antapaccay")
    title = team.sql("SELECT title FROM cases WHERE id = %s", case_id)[0][0]
    before = team.last_history_id()
    stranger = team.connect(USER)  # any login: LISTEN needs no privilege at all
    try:
        stranger.execute(f"LISTEN {CHANNEL}")
        note = create_note(team.writer, NoteInput(case_id=case_id, body=NOTE_BODY))
        filing = create_filing(
            team.writer,
            FilingInput(case_id=case_id, filed_on=date(2026, 11, 30),
                        kind=FilingKind.BRIEF, sumilla=SUMILLA),
        )  # fmt: skip
        payloads = [n.payload for n in stranger.notifies(timeout=WAIT_S, stop_after=2)]
    finally:
        stranger.close()

    written = {row[0] for row in team.sql("SELECT id FROM audit_entries WHERE id > %s", before)}
    cases = team.sql("SELECT DISTINCT case_id FROM audit_entries WHERE id > %s", before)
    assert cases == [(case_id,)]  # the write was to the Antapaccay case alone
    assert len(payloads) == 2  # one per transaction
    announced: set[int] = set()
    for payload in payloads:
        client, _, text = payload.partition(":")
        assert client == team.writer.client_id
        for secret in (title, "Antapaccay", NOTE_BODY, SUMILLA, "note", "filing"):
            assert secret not in text
        body = json.loads(text)
        assert set(body) == {"audit", "case", "other"}
        # The only numbers are runs of the history entries the write made: no case
        # id, no note or filing id.
        assert numbers_in(body) == numbers_in(body["audit"])
        announced |= {n for first, last in body["audit"] for n in range(first, last + 1)}
        assert all(kind in ("created", "updated") for _entity, kind in body["case"])
    assert announced == written
    assert note.id and filing.id  # both writes were made, and announced above


def test_a_user_who_may_not_read_the_history_learns_of_no_case(
    team: Team, outsider: ServerDatabase
) -> None:
    role = outsider.actor
    team.sql(f"REVOKE SELECT ON audit_entries FROM {role}")
    case_id = team.case_titled("Antapaccay")
    attachment = int(team.sql("SELECT min(id) FROM attachments")[0][0])
    inbox = Inbox()
    listener = outsider.listen(inbox.sets.put)
    try:
        assert listener.wait_listening(WAIT_S)
        pid = listener.backend_pid
        create_note(team.writer, NoteInput(case_id=case_id, body=NOTE_BODY))
        # A write with no history (a document's text read) goes to everybody, by name.
        read_attachment(team.writer, attachment)
        received = inbox.next()  # the note told it nothing: this is the reading
        assert not received.everything
        assert received.touches("document_texts")
        assert received.case_ids() == frozenset()
        assert all(c.entity_id == ANY_ID and c.case_id is None for c in received.changes)
        assert listener.backend_pid == pid  # the refused read was no connection fault
        assert inbox.sets.empty()
    finally:
        listener.stop()


def test_history_hidden_by_a_row_policy_hides_its_case_and_only_it(
    team: Team, outsider: ServerDatabase
) -> None:
    walled = team.case_titled("Antapaccay")
    shared = team.case_titled("Cotabambas")
    team.sql("ALTER TABLE audit_entries ENABLE ROW LEVEL SECURITY")
    team.sql(
        f"CREATE POLICY wall ON audit_entries FOR SELECT TO {outsider.actor} "
        f"USING (case_id IS DISTINCT FROM {walled})"
    )
    inbox = Inbox()
    listener = outsider.listen(inbox.sets.put)
    try:
        assert listener.wait_listening(WAIT_S)
        create_note(team.writer, NoteInput(case_id=walled, body=NOTE_BODY))
        seen = create_note(team.writer, NoteInput(case_id=shared, body="Llamar al perito"))
        received = inbox.next()  # notices come in order: the walled one said nothing
        assert received.ids("note") == {seen.id}
        assert received.case_ids() == {shared}
        assert not received.touches_case(walled) and not received.everything
        assert inbox.sets.empty()
    finally:
        listener.stop()


def test_a_notice_naming_too_much_history_is_not_read_but_is_everything(
    team: Team,
) -> None:
    inbox = Inbox()
    listener = team.writer.listen(inbox.sets.put)
    try:
        assert listener.wait_listening(WAIT_S)
        payload = 'someone:{"audit":[[1,2000000000]],"case":[],"other":[]}'
        team.sql("SELECT pg_notify(%s, %s)", CHANNEL, payload)
        assert inbox.next().everything
    finally:
        listener.stop()
