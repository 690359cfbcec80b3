"""Other clients' changes on a PostgreSQL server, as they commit (LISTEN/NOTIFY).

Every write transaction on a server ends with ``pg_notify`` on :data:`CHANNEL`,
issued by the unit of work inside the transaction, so the notification goes out at
COMMIT and never for a rolled-back write. Its payload is the transaction's change set
(ids only, never content) prefixed by the writing client's id, so a client skips its
own. NOTIFY refuses payloads of 8,000 bytes or more: a large set is shrunk to "these
entities changed (in this case)", and failing that to "everything changed".

A :class:`ChangeListener` runs on a thread of its own with its own psycopg connection
(outside SQLAlchemy's pool: a listening connection is never handed out for queries).
When its connection is cut it reconnects with a growing pause; the notifications sent
meanwhile are lost, so the first thing it reports after reconnecting is "everything
changed".
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from casetracker.domain.changes import ANY_ID, Change, ChangeKind, ChangeSet

log = logging.getLogger(__name__)

CHANNEL = "casetracker_changes"
PAYLOAD_LIMIT = 7_999  # bytes: PostgreSQL refuses a NOTIFY payload of 8,000 or more
_SEPARATOR = ":"
POLL_S = 0.25  # how often the listener looks at its stop flag while no news comes
FIRST_RETRY_S = 0.2
LAST_RETRY_S = 10.0
# libpq's TCP keepalives: a connection silently cut (a laptop's network gone) is
# noticed within about half a minute instead of the system's two hours.
KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 15,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}

OnChanges = Callable[[ChangeSet], None]


def new_client_id() -> str:
    """An id for one open database handle: its notifications are not its news."""
    return uuid.uuid4().hex


def encode(client: str, changes: ChangeSet) -> str:
    """The NOTIFY payload of ``changes`` by ``client``, below NOTIFY's size limit."""
    for shape in (changes, _by_entity(changes), ChangeSet.of_everything()):
        payload = f"{client}{_SEPARATOR}{shape.to_payload()}"
        if len(payload.encode()) <= PAYLOAD_LIMIT:
            return payload
    raise AssertionError("the 'everything' payload always fits")  # pragma: no cover


def decode(payload: str) -> tuple[str, ChangeSet]:
    """The client id and change set of a payload :func:`encode` wrote.

    Raises:
        ValueError: the payload is not one of casetracker's.
    """
    client, separator, body = payload.partition(_SEPARATOR)
    if not separator:
        raise ValueError("not a change notification")
    return client, ChangeSet.from_payload(body)


def _by_entity(changes: ChangeSet) -> ChangeSet:
    """``changes`` without ids: one change per entity, in its case when it has one.

    An entity changed in several cases is reported for no case in particular
    (``case_id`` None with ``ANY_ID`` concerns every case), never for one of them.
    """
    cases: dict[str, set[int | None]] = {}
    kinds: dict[str, ChangeKind] = {}
    for change in changes.changes:
        home = change.entity_id if change.entity == "case" else change.case_id
        cases.setdefault(change.entity, set()).add(home)
        kinds.setdefault(change.entity, change.kind)
    shrunk = []
    for entity, homes in cases.items():
        home = next(iter(homes)) if len(homes) == 1 else None
        if home == ANY_ID:
            home = None
        shrunk.append(Change(entity, ANY_ID, home, kinds[entity]))
    return ChangeSet(tuple(shrunk))


class ChangeListener:
    """Hands other clients' change sets to ``on_changes``, on the listener's thread.

    ``connect`` opens a new psycopg connection (in autocommit mode); it is called
    again after a cut. ``on_changes`` must be quick and thread-safe (the GUI posts
    the set to its own thread).
    """

    def __init__(self, connect: Callable[[], Any], client: str, on_changes: OnChanges) -> None:
        self._connect = connect
        self._client = client
        self._on_changes = on_changes
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._connection: Any = None
        self._thread = threading.Thread(target=self._run, name="casetracker-listener", daemon=True)

    def start(self) -> ChangeListener:
        self._thread.start()
        return self

    def wait_listening(self, timeout: float) -> bool:
        """Whether the listener is connected and listening (waits up to ``timeout`` s)."""
        return self._listening.wait(timeout)

    @property
    def backend_pid(self) -> int | None:
        """The server process of the listening connection (tests cut it with this)."""
        connection = self._connection
        return None if connection is None else int(connection.info.backend_pid)

    def stop(self) -> None:
        """Stop listening and close the connection (returns within about POLL_S)."""
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        import psycopg

        pause = FIRST_RETRY_S
        cut = False
        while not self._stop.is_set():
            try:
                self._connection = self._connect()
                self._connection.execute(f"LISTEN {CHANNEL}")
                self._listening.set()
                pause = FIRST_RETRY_S
                if cut:  # what was sent while the connection was down is lost
                    self._deliver([ChangeSet.of_everything()])
                self._receive()
            except psycopg.Error as exc:
                cut = True
                self._listening.clear()
                log.info("live changes: connection lost (%s); retrying", type(exc).__name__)
                self._stop.wait(pause)
                pause = min(pause * 2, LAST_RETRY_S)
            finally:
                self._close()

    def _receive(self) -> None:
        while not self._stop.is_set():
            # Drained into a list: the generator holds the connection's lock, and
            # stop_after/timeout return it often enough to honour stop().
            notes = list(self._connection.notifies(timeout=POLL_S, stop_after=50))
            self._deliver(self._news(note.payload for note in notes))

    def _news(self, payloads: Iterable[str]) -> list[ChangeSet]:
        news = []
        for payload in payloads:
            try:
                client, changes = decode(payload)
            except ValueError:
                log.warning("live changes: a notification that is not casetracker's was ignored")
                continue
            if client != self._client:
                news.append(changes)
        return news

    def _deliver(self, news: list[ChangeSet]) -> None:
        for changes in news:
            try:
                self._on_changes(changes)
            except Exception:  # a receiver's bug must not end live changes
                log.exception("live changes: the receiver failed")

    def _close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.close()
            except Exception:  # closing a cut connection may fail; it is gone
                log.debug("live changes: closing the connection failed", exc_info=True)
