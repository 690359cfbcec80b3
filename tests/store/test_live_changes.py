"""Live changes on a server: what one client commits reaches the others' listeners.

The payload rules run without a server; the rest uses two handles on one database of
the session's private cluster (tests/pgcluster.py), as two laptops would.
"""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator

import pytest
from tests.pg_fixtures import DEMO_TEMPLATE, PgServer

from casetracker.domain.changes import ANY_ID, Change, ChangeKind, ChangeSet
from casetracker.services.notes import NoteInput, create_note, update_note
from casetracker.store.live_changes import PAYLOAD_LIMIT, decode, encode
from casetracker.store.server import ServerDatabase, open_server_database

WAIT_S = 5.0


def notes_in(case_id: int, count: int) -> ChangeSet:
    first = case_id * 10_000
    return ChangeSet(
        tuple(Change("note", first + n, case_id, ChangeKind.CREATED) for n in range(count))
    )


def test_a_small_change_set_travels_whole_with_its_client() -> None:
    changes = notes_in(7, 3)
    client, decoded = decode(encode("abc", changes))
    assert (client, decoded) == ("abc", changes)


def test_a_set_too_big_for_notify_becomes_the_entity_in_its_case() -> None:
    changes = notes_in(7, 2000)
    payload = encode("abc", changes)
    assert len(payload.encode()) <= PAYLOAD_LIMIT
    _client, decoded = decode(payload)
    assert decoded.changes == (Change("note", ANY_ID, 7, ChangeKind.CREATED),)
    assert decoded.touches_case(7) and not decoded.touches_case(8)


def test_an_entity_changed_in_many_cases_is_reported_for_every_case() -> None:
    changes = notes_in(7, 1500) | notes_in(8, 1500)
    _client, decoded = decode(encode("abc", changes))
    assert decoded.touches_case(7) and decoded.touches_case(8) and decoded.touches_case(99)
    assert not decoded.everything


def test_a_set_too_big_even_by_entity_becomes_everything() -> None:
    many = ChangeSet(tuple(Change(f"kind{n}", 1, None, ChangeKind.UPDATED) for n in range(2000)))
    _client, decoded = decode(encode("abc", many))
    assert decoded.everything


def test_a_foreign_payload_is_refused() -> None:
    with pytest.raises(ValueError, match="not a change"):
        decode("hello")


@pytest.fixture
def two_clients(pg_server: PgServer) -> Iterator[tuple[ServerDatabase, ServerDatabase]]:
    url = pg_server.new_database(DEMO_TEMPLATE)
    first, second = open_server_database(url), open_server_database(url)
    yield first, second
    first.close()
    second.close()
    pg_server.drop(url)


class Inbox:
    """What a listener received, waited for like a window would."""

    def __init__(self) -> None:
        self.sets: queue.Queue[ChangeSet] = queue.Queue()

    def next(self, timeout: float = WAIT_S) -> ChangeSet:
        return self.sets.get(timeout=timeout)

    def empty_after(self, seconds: float) -> bool:
        time.sleep(seconds)
        return self.sets.empty()


@pytest.mark.postgresql
def test_another_clients_write_reaches_the_listener_within_a_second(
    two_clients: tuple[ServerDatabase, ServerDatabase], pg_server: PgServer
) -> None:
    first, second = two_clients
    case_id = pg_server.demo.case_ids[0]
    inbox = Inbox()
    listener = first.listen(inbox.sets.put)
    try:
        assert listener.wait_listening(WAIT_S)
        note = create_note(second, NoteInput(case_id=case_id, body="Llamar al perito"))
        committed = time.monotonic()
        received = inbox.next()
        assert time.monotonic() - committed < 1.0
        assert received.ids("note") == {note.id}
        assert received.touches_case(case_id)
        assert not received.touches_case(case_id + 1000)
    finally:
        listener.stop()


@pytest.mark.postgresql
def test_a_client_is_not_told_of_its_own_writes(
    two_clients: tuple[ServerDatabase, ServerDatabase], pg_server: PgServer
) -> None:
    first, second = two_clients
    case_id = pg_server.demo.case_ids[0]
    inbox = Inbox()
    listener = first.listen(inbox.sets.put)
    try:
        assert listener.wait_listening(WAIT_S)
        own = create_note(first, NoteInput(case_id=case_id, body="Mía"))
        update_note(first, own.id, NoteInput(case_id=case_id, body="Mía, corregida"))
        other = create_note(second, NoteInput(case_id=case_id, body="De otro"))
        assert inbox.next().ids("note") == {other.id}  # the first news is the other's
        assert inbox.empty_after(0.3)
    finally:
        listener.stop()


@pytest.mark.postgresql
def test_nothing_is_announced_for_a_write_that_did_not_commit(
    two_clients: tuple[ServerDatabase, ServerDatabase], pg_server: PgServer
) -> None:
    first, second = two_clients
    case_id = pg_server.demo.case_ids[0]
    inbox = Inbox()
    listener = first.listen(inbox.sets.put)
    try:
        assert listener.wait_listening(WAIT_S)
        with pytest.raises(RuntimeError), second.unit_of_work():
            create_note(second, NoteInput(case_id=case_id, body="Se deshace"))
            raise RuntimeError("the user cancelled")
        assert inbox.empty_after(0.5)
    finally:
        listener.stop()


@pytest.mark.postgresql
def test_a_bulk_write_arrives_shrunk_to_what_it_touched(
    two_clients: tuple[ServerDatabase, ServerDatabase], pg_server: PgServer
) -> None:
    first, second = two_clients
    case_id = pg_server.demo.case_ids[1]
    inbox = Inbox()
    listener = first.listen(inbox.sets.put)
    try:
        assert listener.wait_listening(WAIT_S)
        with second.unit_of_work() as uow:
            for n in range(400):
                create_note(second, NoteInput(case_id=case_id, body=f"Nota {n}"))
            uow.commit()
        received = inbox.next()
        assert received.touches("note") and received.touches_case(case_id)
        assert received.ids("note") == {ANY_ID}
    finally:
        listener.stop()


@pytest.mark.postgresql
def test_the_listener_reconnects_after_a_cut_and_says_everything_changed(
    two_clients: tuple[ServerDatabase, ServerDatabase], pg_server: PgServer
) -> None:
    first, second = two_clients
    case_id = pg_server.demo.case_ids[0]
    inbox = Inbox()
    listener = first.listen(inbox.sets.put)
    try:
        assert listener.wait_listening(WAIT_S)
        pg_server.execute(f"SELECT pg_terminate_backend({listener.backend_pid})")
        assert inbox.next().everything  # what was sent during the cut is lost
        assert listener.wait_listening(WAIT_S)
        note = create_note(second, NoteInput(case_id=case_id, body="Tras el corte"))
        assert inbox.next().ids("note") == {note.id}
    finally:
        listener.stop()


@pytest.mark.postgresql
def test_a_stopped_listener_closes_its_connection(
    two_clients: tuple[ServerDatabase, ServerDatabase], pg_server: PgServer
) -> None:
    first, _second = two_clients
    listener = first.listen(lambda _changes: None)
    assert listener.wait_listening(WAIT_S)
    pid = listener.backend_pid
    listener.stop()
    import psycopg

    with psycopg.connect(pg_server.cluster.conninfo()) as connection:
        alive = connection.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE pid = %s", [pid]
        ).fetchone()
    assert alive == (0,)
