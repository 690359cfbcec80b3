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
from casetracker.store.live_changes import (
    PAYLOAD_LIMIT,
    announcement,
    decode,
    encode,
    rebuild,
)
from casetracker.store.server import ServerDatabase, open_server_database

WAIT_S = 5.0


def notes_in(case_id: int, count: int) -> ChangeSet:
    first = case_id * 10_000
    return ChangeSet(
        tuple(Change("note", first + n, case_id, ChangeKind.CREATED) for n in range(count))
    )


def history_of(changes: ChangeSet, first_entry: int) -> list[tuple[int, str, int]]:
    """The history entries a write of ``changes`` made, numbered from ``first_entry``."""
    return [(first_entry + n, c.entity, c.entity_id) for n, c in enumerate(changes.changes)]


def test_a_notice_names_history_entries_never_records_or_cases() -> None:
    changes = notes_in(7, 3) | ChangeSet((Change("case", ANY_ID, 7, ChangeKind.UPDATED),))
    notice = announcement("abc", changes, history_of(notes_in(7, 3), 501))
    payload = encode(notice)
    assert decode(payload) == notice
    assert notice.entries == ((501, 503),)
    # The case's "last activity" has no history of its own: named, without its case.
    assert notice.in_case == (("case", ChangeKind.UPDATED),) and notice.elsewhere == ()
    assert "70000" not in payload and "7," not in payload and "note" not in payload


def test_entities_changed_without_history_travel_by_name_only() -> None:
    changes = ChangeSet(
        (
            Change("document_texts", 12, None, ChangeKind.CREATED),
            Change("document_pages", 40, None, ChangeKind.CREATED),
            Change("document_pages", 41, None, ChangeKind.CREATED),
        )
    )
    notice = decode(encode(announcement("abc", changes, [])))
    assert notice.entries == () and notice.in_case == ()
    assert notice.elsewhere == (
        ("document_texts", ChangeKind.CREATED),
        ("document_pages", ChangeKind.CREATED),
    )


def test_a_rebuilt_set_holds_what_the_readable_history_says() -> None:
    changes = notes_in(7, 2) | ChangeSet((Change("case", ANY_ID, 7, ChangeKind.UPDATED),))
    notice = announcement("abc", changes, history_of(notes_in(7, 2), 10))
    history = {10: ("note", 70_000, 7, "create"), 11: ("note", 70_001, 7, "create")}
    rebuilt = rebuild(notice, history)
    assert rebuilt.ids("note") == {70_000, 70_001}
    assert rebuilt.touches_case(7) and not rebuilt.touches_case(8)


def test_history_that_cannot_be_read_says_nothing_of_its_case() -> None:
    changes = notes_in(7, 2) | ChangeSet((Change("case", ANY_ID, 7, ChangeKind.UPDATED),))
    notice = announcement("abc", changes, history_of(notes_in(7, 2), 10))
    assert not rebuild(notice, {})


def test_a_set_rebuilt_from_a_bulk_write_is_reported_per_entity_in_its_case() -> None:
    notice = announcement("abc", notes_in(7, 400), history_of(notes_in(7, 400), 1))
    history = {n + 1: ("note", 70_000 + n, 7, "create") for n in range(400)}
    rebuilt = rebuild(decode(encode(notice)), history)
    assert notice.entries == ((1, 400),)
    assert rebuilt.changes == (Change("note", ANY_ID, 7, ChangeKind.CREATED),)


def test_scattered_history_too_long_for_notify_becomes_everything() -> None:
    written = [(n * 2, "note", n) for n in range(2000)]  # no two ids in a row
    payload = encode(announcement("abc", notes_in(7, 2000), written))
    assert len(payload.encode()) <= PAYLOAD_LIMIT
    assert decode(payload).everything


def test_foreign_or_broken_payloads_are_refused() -> None:
    for payload in ("hello", "abc:[1,2]", 'abc:{"audit":[[5,3]],"case":[],"other":[]}'):
        with pytest.raises(ValueError, match="not a change"):
            decode(payload)


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
