"""A casetracker database on a PostgreSQL server, behind the same Database handle.

The services see the :class:`~casetracker.store.database.Database` interface only
(``read()``, ``unit_of_work()``, ``actor``), so they run unchanged on a server. What
differs: no file, lock or automatic backup (the server serialises writers and its
admin backs it up with pg_dump); the schema comes from the same Alembic revisions
(see casetracker.store.migrations.dialect); the history's "who" is the server's
``session_user``, not a name the client claims.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from casetracker.domain.changes import Change, ChangeSet
from casetracker.store import change_capture, live_changes, migrate
from casetracker.store.database import Database, OpenReport, UnitOfWork
from casetracker.store.models import AuditEntry
from casetracker.store.server_url import (
    ServerDatabaseError,
    ServerPasswordRequiredError,
    engine_url,
    redact,
)

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 10
# Taken while the schema is created or upgraded, so that two clients opening a new
# database at once do not both run the migrations ("CASE" in ASCII).
_MIGRATION_LOCK = 0x43415345
_PSYCOPG_MISSING = (
    "connecting to a PostgreSQL server needs the psycopg package; install it with: "
    "pip install 'psycopg[binary]'"
)
# Where a write session keeps the history entries it wrote: (id, entity, entity_id).
_WRITTEN_HISTORY = "casetracker_written_history"


class ServerDatabase(Database):
    """An open casetracker database on a PostgreSQL server."""

    on_server = True

    def __init__(self, engine: Engine, label: str, actor: str) -> None:
        # Not Database.__init__: that one opens a file. These are what its read(),
        # unit_of_work() and close() use.
        self.location = label
        self.actor = actor
        self.lock = None
        self.report = OpenReport()
        self.read_only = False
        self.identity = None
        self._passphrase = None
        self._read_engine = engine
        self._write_engine = engine
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(engine, expire_on_commit=False)
        change_capture.watch(engine, self._writer)
        event.listen(self._writer, "after_flush", _note_history)
        self._active: ContextVar[UnitOfWork | None] = ContextVar(f"uow-{id(self)}", default=None)
        self._track_sessions()
        self.client_id = live_changes.new_client_id()  # its own notifications are no news
        self._listeners: list[live_changes.ChangeListener] = []

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Nothing to hold: the server orders concurrent writers itself."""
        yield

    def _announcer(self, session: Session, written: list[Change]) -> Callable[[], None] | None:
        """Every other client learns of the write when it commits, by the ids of its
        history entries only (see live_changes: NOTIFY ignores who may see a case)."""

        def announce() -> None:
            changes = change_capture.settled(written)
            history = session.info.pop(_WRITTEN_HISTORY, [])
            if changes or history:
                notice = live_changes.announcement(self.client_id, changes, history)
                payload = live_changes.encode(notice)
                session.execute(
                    text("SELECT pg_notify(:channel, :payload)"),
                    {"channel": live_changes.CHANNEL, "payload": payload},
                )

        return announce

    def listen(self, on_changes: Callable[[ChangeSet], None]) -> live_changes.ChangeListener:
        """Other clients' change sets, handed to ``on_changes`` on the listener's thread."""
        engine = self._read_engine
        _args, options = engine.dialect.create_connect_args(engine.url)

        def connect() -> Any:
            import psycopg

            # The address's own options win; these are only defaults (given twice,
            # psycopg would refuse and the listener would never start).
            defaults = {
                **live_changes.KEEPALIVES,
                "connect_timeout": CONNECT_TIMEOUT_S,
                "application_name": "casetracker live changes",
            }
            return psycopg.connect(**{**defaults, **options}, autocommit=True)

        listener = live_changes.ChangeListener(connect, self.client_id, on_changes)
        self._listeners.append(listener)
        return listener.start()

    def _unavailable(self, exc: OperationalError) -> Exception:
        return ServerDatabaseError(
            self.location, f"{describe_server_error(exc)}; nothing of this change was saved"
        )

    def engine_url(self) -> URL:
        """The address connected to, with the password it was given (for pg_dump)."""
        return self._read_engine.url

    def fault(self, exc: DBAPIError) -> ServerDatabaseError:  # type: ignore[override]
        """The server's refusal or failure in one line (not SQLite's damage report)."""
        return ServerDatabaseError(self.location, describe_server_error(exc, self.actor))

    def close(self) -> None:
        for listener in self._listeners:
            listener.stop()
        self._listeners.clear()
        self._end_sessions()
        self._read_engine.dispose()


def _note_history(session: Session, _context: object) -> None:
    """Keep the ids of the history entries a flush wrote, for the write's announcement
    (assigned by the INSERT, so known after the flush)."""
    written = session.info.setdefault(_WRITTEN_HISTORY, [])
    written.extend(
        (row.id, row.entity, row.entity_id) for row in session.new if isinstance(row, AuditEntry)
    )


def open_server_database(
    url: str, *, password: str | None = None, create: bool = True, upgrade: bool = True
) -> ServerDatabase:
    """Connect to the casetracker database at ``url``, creating its schema if empty.

    Args:
        password: used when given; otherwise libpq's PGPASSWORD, ~/.pgpass or a
            password in the URL.
        create: build the schema in an empty database (the database itself must
            exist: creating one is the server admin's decision).

    Raises:
        ServerPasswordRequiredError: the server wants a password none of those gave.
        ServerDatabaseError: a bad address, psycopg missing, the server unreachable, a
            wrong password, a database that is not casetracker's or is newer.
    """
    label = redact(url)
    address = engine_url(url, password)
    try:
        import psycopg  # noqa: F401 - only to say plainly that it is missing
    except ImportError:
        raise ServerDatabaseError(label, _PSYCOPG_MISSING) from None
    engine = create_engine(
        address,
        pool_size=4,
        max_overflow=4,
        pool_pre_ping=True,  # a server restarted meanwhile costs a reconnect, not an error
        hide_parameters=True,  # case data stays out of error texts and logs
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "casetracker"},
    )
    try:
        actor = _prepare(engine, label, create=create, upgrade=upgrade)
    except BaseException:
        engine.dispose()
        raise
    return ServerDatabase(engine, label, actor)


def _prepare(engine: Engine, label: str, *, create: bool, upgrade: bool) -> str:
    """Check the schema (creating or upgrading it) and return the login's name."""
    try:
        with engine.connect() as connection:
            actor = str(connection.execute(text("SELECT session_user")).scalar_one())
            revision = _revision(connection, label)
            if revision == migrate.head_revision() or not upgrade:
                return actor
            if revision is None and not create:
                raise ServerDatabaseError(label, "this database has no casetracker schema yet")
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _MIGRATION_LOCK})
            try:
                connection.commit()
                # Another client may have upgraded while this one waited for the lock.
                if _revision(connection, label) != migrate.head_revision():
                    log.info("upgrading the schema on %s from %s", label, revision or "nothing")
                    migrate.upgrade(engine)
            finally:
                connection.execute(
                    text("SELECT pg_advisory_unlock(:key)"), {"key": _MIGRATION_LOCK}
                )
                connection.commit()
            return actor
    except DBAPIError as exc:
        if _is_missing_password(exc):
            raise ServerPasswordRequiredError(
                label,
                "the server asks for a password; type it when asked (run in a terminal), "
                "or set PGPASSWORD or a ~/.pgpass entry",
            ) from None
        raise ServerDatabaseError(label, describe_server_error(exc)) from None


def _revision(connection: Any, label: str) -> str | None:
    """The schema revision, None for an empty database; refuses a foreign or newer one."""
    tables = set(
        connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
    )
    if not tables:
        return None
    revision = migrate.current_revision(connection) if "alembic_version" in tables else None
    connection.rollback()
    if revision is None:
        raise ServerDatabaseError(
            label,
            "this database holds tables of another program; give casetracker a database "
            "of its own (createdb NAME)",
        )
    if revision not in migrate.known_revisions():
        raise ServerDatabaseError(
            label,
            f"written by a newer casetracker (schema {revision}); update casetracker on "
            "this computer to use it",
        )
    return revision


def _is_missing_password(exc: DBAPIError) -> bool:
    message = str(exc.orig)
    return "no password supplied" in message or "fe_sendauth" in message


def describe_server_error(exc: DBAPIError, login: str = "") -> str:
    """One line saying what went wrong talking to the server and what to do."""
    message = str(exc.orig).strip()
    lowered = message.lower()
    first_line = message.splitlines()[0] if message else ""
    if "row-level security" in lowered:
        return (
            f"the server refused the change: {login or 'this login'} is not on the team of "
            "that case; an admin can add you (casetracker server grant CASE USER)"
        )
    if "permission denied" in lowered:
        # The role's GRANTs (casetracker.store.server_access): e.g. a paralegal
        # deleting a case, a reader saving anything.
        return (
            f"the server refused: {login or 'this login'} may not do this ({first_line}); "
            "ask an admin (casetracker server users lists the roles)"
        )
    if "password authentication failed" in lowered:
        return "the server refused the password; check it (or PGPASSWORD / ~/.pgpass)"
    if "does not exist" in lowered and "database" in lowered:
        return (
            "the server has no database of that name; check the name, or create it "
            "(createdb NAME, or ask the server's administrator)"
        )
    if "does not exist" in lowered and "role" in lowered:
        return "the server has no user of that name; ask its administrator to add you"
    if "no pg_hba.conf entry" in lowered:
        return (
            "the server does not accept connections from this computer or user; ask its "
            "administrator (pg_hba.conf)"
        )
    if any(
        sign in lowered
        for sign in (
            "connection refused",
            "no such file or directory",
            "could not translate host name",
            "timeout expired",
            "could not connect",
            "server closed the connection",
            "terminating connection",
            "network is unreachable",
        )
    ):
        return "cannot reach the server; check the address and that the server is running"
    first = message.splitlines()[0] if message else type(exc.orig).__name__
    return f"the server reported: {first}"
