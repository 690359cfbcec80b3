"""Other clients' changes on a PostgreSQL server, as they commit (LISTEN/NOTIFY).

Every write transaction on a server ends with ``pg_notify`` on :data:`CHANNEL`,
issued by the unit of work inside the transaction, so the notification goes out at
COMMIT and never for a rolled-back write.

NOTIFY ignores Row-Level Security and any login may LISTEN, so the payload must not
tell a user outside a case's team that the case exists or changed. It carries only a
:class:`Notice`: the writing client's id (a client skips its own), the ids of the
history entries (``audit_entries``) the transaction wrote, and the names of entities
it changed without a history entry of their own (a document's text, the case's
"last activity"), never a record id, a case id or content. Each listener turns the
notice back into a change set by reading those history entries as its own user
(:meth:`ChangeListener._read_history`), so the server's access rules decide what it
learns: entries it may not read tell it nothing, and the entities changed without
history in their case are reported only to a listener that could read that case.

A :class:`ChangeListener` runs on a thread of its own with its own psycopg connection
(outside SQLAlchemy's pool: a listening connection is never handed out for queries).
When its connection is cut it reconnects with a growing pause; the notifications sent
meanwhile are lost, so the first thing it reports after reconnecting is "everything
changed". So is a notice naming more history entries than :data:`MAX_READ`.
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from casetracker.domain.changes import ANY_ID, Change, ChangeKind, ChangeSet

log = logging.getLogger(__name__)

CHANNEL = "casetracker_changes"
PAYLOAD_LIMIT = 7_999  # bytes: PostgreSQL refuses a NOTIFY payload of 8,000 or more
_SEPARATOR = ":"
MAX_READ = 2_000  # history entries read for one batch of notices; more is "everything"
SHRINK_OVER = 200  # changes in one rebuilt set beyond which it is reported per entity
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
_KIND_OF_ACTION = {
    "create": ChangeKind.CREATED,
    "update": ChangeKind.UPDATED,
    "delete": ChangeKind.DELETED,
    "restore": ChangeKind.RESTORED,
}
_READ_HISTORY = (
    "SELECT id, entity, entity_id, case_id, action FROM audit_entries WHERE id = ANY(%s)"
)

OnChanges = Callable[[ChangeSet], None]
Entities = tuple[tuple[str, ChangeKind], ...]
HistoryRow = tuple[str, int, int | None, str]  # entity, entity_id, case_id, action
Written = tuple[int, str, int]  # a history entry a write made: its id, entity, entity_id


def new_client_id() -> str:
    """An id for one open database handle: its notifications are not its news."""
    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True)
class Notice:
    """What a notification says, and all it says: nothing names a case or a record.

    ``entries`` are runs of history entry ids (first, last), both included;
    ``in_case`` the entities changed without history of their own in the case(s) of
    the write (reported only to who can read its history), ``elsewhere`` those
    changed in no case.
    """

    client: str
    entries: tuple[tuple[int, int], ...] = ()
    in_case: Entities = ()
    elsewhere: Entities = ()
    everything: bool = False

    def entry_count(self) -> int:
        return sum(last - first + 1 for first, last in self.entries)

    def entry_ids(self) -> list[int]:
        """The history entries' ids (call only for a count within :data:`MAX_READ`)."""
        return [key for first, last in self.entries for key in range(first, last + 1)]


def announcement(client: str, changes: ChangeSet, written: Iterable[Written]) -> Notice:
    """The notice of a transaction that made ``changes`` and the history ``written``."""
    written = list(written)
    if changes.everything:
        return Notice(client, everything=True)
    recorded = {(entity, entity_id) for _key, entity, entity_id in written}
    in_case: list[Change] = []
    elsewhere: list[Change] = []
    for change in changes.changes:
        if (change.entity, change.entity_id) in recorded:
            continue  # its history entry says it, to who may read it
        placed = change.case_id is not None or (
            change.entity == "case" and change.entity_id != ANY_ID
        )
        (in_case if placed else elsewhere).append(Change(change.entity, ANY_ID, None, change.kind))
    return Notice(
        client,
        runs(key for key, _entity, _entity_id in written),
        _entities(in_case),
        _entities(elsewhere),
    )


def _entities(changes: list[Change]) -> Entities:
    """One (entity, strongest kind) per entity, in first-seen order."""
    return tuple((c.entity, c.kind) for c in ChangeSet.merging(changes).changes)


def runs(keys: Iterable[int]) -> tuple[tuple[int, int], ...]:
    """``keys`` as runs of consecutive ids, (first, last): a bulk write's ids are short."""
    found: list[tuple[int, int]] = []
    for key in sorted(set(keys)):
        if found and found[-1][1] == key - 1:
            found[-1] = (found[-1][0], key)
        else:
            found.append((key, key))
    return tuple(found)


def encode(notice: Notice) -> str:
    """The NOTIFY payload of ``notice``, below NOTIFY's size limit ("everything" if not)."""
    body: dict[str, object] = {"all": True}
    if not notice.everything:
        body = {
            "audit": [list(run) for run in notice.entries],
            "case": [[entity, kind.value] for entity, kind in notice.in_case],
            "other": [[entity, kind.value] for entity, kind in notice.elsewhere],
        }
    payload = f"{notice.client}{_SEPARATOR}{json.dumps(body, separators=(',', ':'))}"
    if len(payload.encode()) <= PAYLOAD_LIMIT:
        return payload
    return f'{notice.client}{_SEPARATOR}{{"all":true}}'


def decode(payload: str) -> Notice:
    """The notice of a payload :func:`encode` wrote.

    Raises:
        ValueError: the payload is not one of casetracker's.
    """
    client, separator, text = payload.partition(_SEPARATOR)
    if not separator:
        raise ValueError("not a change notification")
    try:
        body = json.loads(text)
        if body.get("all"):
            return Notice(client, everything=True)
        entries = tuple((int(first), int(last)) for first, last in body["audit"])
        if any(first > last for first, last in entries):
            raise ValueError("a run of history ids ends before it starts")
        return Notice(client, entries, _decoded(body["case"]), _decoded(body["other"]))
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"not a change notification: {exc}") from exc


def _decoded(pairs: list[list[str]]) -> Entities:
    return tuple((str(entity), ChangeKind(kind)) for entity, kind in pairs)


def rebuild(notice: Notice, history: Mapping[int, HistoryRow]) -> ChangeSet:
    """The change set of ``notice`` as far as ``history`` (the entries read) tells it."""
    if notice.everything:
        return ChangeSet.of_everything()
    named = [
        Change(entity, entity_id, case_id, _KIND_OF_ACTION.get(action, ChangeKind.UPDATED))
        for entity, entity_id, case_id, action in (
            history[key] for key in notice.entry_ids() if key in history
        )
    ]
    cases = {c.entity_id if c.entity == "case" else c.case_id for c in named} - {None}
    home = next(iter(cases)) if len(cases) == 1 else None
    unnamed = [Change(entity, ANY_ID, home, kind) for entity, kind in notice.in_case if cases]
    unnamed += [Change(entity, ANY_ID, None, kind) for entity, kind in notice.elsewhere]
    rebuilt = ChangeSet.merging([*named, *unnamed])
    return _by_entity(rebuilt) if len(rebuilt.changes) > SHRINK_OVER else rebuilt


def _by_entity(changes: ChangeSet) -> ChangeSet:
    """``changes`` without ids: one change per entity, in its case when it has one.

    A bulk write's set (views reload per entity anyway). An entity changed in several
    cases is reported for no case in particular (``case_id`` None with ``ANY_ID``
    concerns every case), never for one of them.
    """
    cases: dict[str, set[int | None]] = {}
    kinds: dict[str, ChangeKind] = {}
    for change in changes.changes:
        named_case = change.entity == "case" and change.entity_id != ANY_ID
        home = change.entity_id if named_case else change.case_id
        cases.setdefault(change.entity, set()).add(home)
        kinds.setdefault(change.entity, change.kind)
    shrunk = []
    for entity, homes in cases.items():
        home = next(iter(homes)) if len(homes) == 1 else None
        shrunk.append(Change(entity, ANY_ID, home, kinds[entity]))
    return ChangeSet(tuple(shrunk))


class ChangeListener:
    """Hands other clients' change sets to ``on_changes``, on the listener's thread.

    ``connect`` opens a new psycopg connection (in autocommit mode) as the user of
    the database handle; it is called again after a cut. ``on_changes`` must be
    quick and thread-safe (the GUI posts the set to its own thread).
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
            # Drained into a list: the generator holds the connection's lock (so the
            # history is read only after it returned), and stop_after/timeout return
            # it often enough to honour stop().
            notes = list(self._connection.notifies(timeout=POLL_S, stop_after=50))
            self._deliver(self._news(self._notices(note.payload for note in notes)))

    def _notices(self, payloads: Iterable[str]) -> list[Notice]:
        notices = []
        for payload in payloads:
            try:
                notice = decode(payload)
            except ValueError:
                log.warning("live changes: a notification that is not casetracker's was ignored")
                continue
            if notice.client != self._client:
                notices.append(notice)
        return notices

    def _news(self, notices: list[Notice]) -> list[ChangeSet]:
        """The change sets of ``notices``, from the history entries this user may read."""
        wanted = [notice for notice in notices if not notice.everything]
        if sum(notice.entry_count() for notice in wanted) > MAX_READ:
            return [ChangeSet.of_everything()]  # a bulk write: reading it all costs more
        history = self._read_history([key for notice in wanted for key in notice.entry_ids()])
        return [rebuild(notice, history) for notice in notices]

    def _read_history(self, keys: list[int]) -> dict[int, HistoryRow]:
        """The history entries ``keys`` that this user may read (the server decides).

        An entry the user may not read is missing (Row-Level Security hides it); a
        refused read (no privilege on the history) is reported as no entry at all.
        """
        import psycopg

        if not keys:
            return {}
        try:
            rows = self._connection.execute(_READ_HISTORY, [keys]).fetchall()
        except psycopg.Error as exc:
            if self._connection.broken:
                raise  # a cut: _run reconnects
            log.info("live changes: the history could not be read (%s)", type(exc).__name__)
            return {}
        return {int(key): (str(e), int(e_id), case, str(a)) for key, e, e_id, case, a in rows}

    def _deliver(self, news: list[ChangeSet]) -> None:
        for changes in news:
            if not changes:
                continue  # nothing this user may learn of
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
