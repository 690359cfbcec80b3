"""Opening a casetracker database: checks, backups, lock, upgrade, sessions.

A file is never modified before it has been recognised: a file that is not SQLite,
an SQLite file of another program, a database of a newer casetracker and a damaged
one are all refused untouched (see casetracker.store.inspection); the whole file is
checked on a schedule, not on every open (see casetracker.store.check_state).
An existing database is backed up once a day when opened, and pending migrations run
only after a verified backup. Every write holds the single-writer lock
(casetracker.store.lock); a database on read-only media opens for reading only.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from casetracker import APP_NAME, ORG_NAME
from casetracker.domain.changes import Change, ChangeSet
from casetracker.logs import redact
from casetracker.store import change_capture, migrate
from casetracker.store.backup import corrupt_error
from casetracker.store.check_state import load_state, record_corruption, reports_damage
from casetracker.store.connection import make_engine
from casetracker.store.encryption import has_sqlite_header
from casetracker.store.errors import (
    DatabaseFaultError,
    DatabaseReplacedError,
    DatabaseUnavailableError,
)
from casetracker.store.file_probe import require_regular
from casetracker.store.inspection import check_before_opening, inspect_file
from casetracker.store.integrity import is_corruption, unavailable_reason
from casetracker.store.leftovers import remove_leftovers
from casetracker.store.live_changes import ChangeListener
from casetracker.store.locations import read_only_media, risky_location
from casetracker.store.lock import SESSION, WRITE, DatabaseLock
from casetracker.store.server_url import SqliteOnlyError, is_server_url
from casetracker.store.server_url import redact as redact_url
from casetracker.store.upgrade import (
    copy_before_migration,
    daily_backup_reported,
    describe_operational,
    run_upgrade,
)

log = logging.getLogger(__name__)

DB_ENV_VAR = "CASETRACKER_DB"
CLOSE_WAIT_S = 10  # at most, for background jobs' sessions when the database closes
_SQLITE_ERROR = 1
DB_FILENAME = "casetracker.sqlite3"
READ_ONLY_MEDIA = (
    "the database is on read-only media (or the file or its folder is read-only): it "
    "can be read and backed up elsewhere, but no change can be saved; copy it to a "
    "writable folder to work on it"
)


def default_db_path() -> Path:
    """The database in the per-user data folder."""
    return Path(user_data_dir(APP_NAME, ORG_NAME)) / DB_FILENAME


def db_target(explicit: str | os.PathLike[str] | None = None) -> str | None:
    """``--db`` if given, else ``CASETRACKER_DB``, else None (the default file)."""
    if explicit:
        return os.fspath(explicit)
    return os.environ.get(DB_ENV_VAR) or None


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` wins over ``CASETRACKER_DB``, which wins over the default.

    Raises:
        SqliteOnlyError: the target is a PostgreSQL server, and the caller works on
            database files only (backups, protection, the lock, the window).
    """
    target = db_target(explicit)
    if target is None:
        return default_db_path()
    if is_server_url(target):
        raise SqliteOnlyError(redact_url(target))
    return Path(target).expanduser()


class UnitOfWork:
    """One write transaction; it rolls back on exit unless :meth:`commit` was called.

    A unit of work opened while another is active joins it: its ``commit`` only
    flushes, and the outer one decides. Demo loading and imports use this to make
    many service calls all-or-nothing.

    Once the outermost one has committed, :attr:`changes` says what it wrote
    (casetracker.store.change_capture gathers it; no service reports by hand).
    """

    def __init__(
        self,
        session: Session,
        *,
        nested: bool = False,
        announce: Callable[[], None] | None = None,
    ) -> None:
        self.session = session
        self._nested = nested
        self._announce = announce
        self._committed = False
        self.changes = ChangeSet()

    def commit(self) -> None:
        if self._nested:
            self.session.flush()
        else:
            if self._announce is not None:
                # Inside the transaction, after its last flush: the announcement goes
                # out with the COMMIT, and never for a write that fails to commit.
                self.session.flush()
                self._announce()
            self.session.commit()
        self._committed = True

    @property
    def committed(self) -> bool:
        return self._committed


@dataclass(frozen=True, slots=True)
class OpenReport:
    """What happened around opening, for the GUI to show (nothing here stops it)."""

    backup: Path | None = None  # the automatic backup made by this open
    backup_problem: str | None = None  # why the automatic backup could not be made
    location_warning: str | None = None  # see casetracker.store.locations.risky_location
    leftovers: tuple[str, ...] = ()  # temporary copies of interrupted operations, removed


class Database:
    """An open casetracker database and the user name its history records.

    Every write holds the database's single-writer lock (casetracker.store.lock): the
    whole session's lock when it was opened ``exclusive`` (the app), else a lock taken
    for each write transaction, so that the command line and scripts never write
    while the app, ``protect`` or ``restore`` works on the file.
    """

    def __init__(
        self, path: Path, actor: str, passphrase: str | None = None, *, read_only: bool = False
    ) -> None:
        self.path = path
        self.location = str(path)  # what messages call this database
        self.actor = actor
        self.lock: DatabaseLock | None = None
        self.report = OpenReport()
        self.read_only = read_only  # on read-only media: reads only
        # The file this object works on, as (device, inode): a write refuses to go
        # into a file that was replaced meanwhile (by protect or restore).
        self.identity: tuple[int, int] | None = None
        # The file decides: an unprotected one ignores the passphrase; a new file
        # created with one is protected from its first byte.
        self._passphrase = None if has_sqlite_header(path) else passphrase
        engine_options = {"passphrase": self._passphrase, "read_only": read_only}
        self._read_engine = make_engine(path, immediate=False, **engine_options)
        self._write_engine = make_engine(path, immediate=True, **engine_options)
        self._reader = sessionmaker(self._read_engine, expire_on_commit=False)
        self._writer = sessionmaker(self._write_engine, expire_on_commit=False)
        change_capture.watch(self._write_engine, self._writer)
        self._active: ContextVar[UnitOfWork | None] = ContextVar(f"uow-{id(self)}", default=None)
        self._writing = threading.Lock()  # this object's threads take the file lock in turn
        self._track_sessions()

    on_server = False
    """Whether this is a database on a PostgreSQL server (it has no file, lock or
    backups of its own: see casetracker.store.server)."""

    @property
    def protected(self) -> bool:
        """Whether the file is encrypted (SQLCipher) with a passphrase."""
        return self._passphrase is not None

    @property
    def passphrase(self) -> str | None:
        """The key of a protected database, in memory only while it is open.

        For backups and checks of this file (they open their own connections).
        """
        return self._passphrase

    @property
    def engine(self) -> Engine:
        """The engine for reads (deferred transactions)."""
        return self._read_engine

    @property
    def write_engine(self) -> Engine:
        """The engine whose transactions begin with ``BEGIN IMMEDIATE``."""
        return self._write_engine

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; whatever it does is rolled back.

        Inside a unit of work, reads see its uncommitted changes.

        Raises:
            DatabaseFaultError: SQLite failed (a damaged page, the drive, a lock).
        """
        active = self._active.get()
        if active is not None:
            yield active.session
            return
        with self._in_session(), self._reader() as session:
            try:
                with self._damage_reported():  # damage first: recorded, a backup named
                    yield session
            except IntegrityError:
                raise  # a refused change: the services word it
            except DBAPIError as exc:
                raise self.fault(exc) from exc
            finally:
                session.rollback()

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """A write transaction that holds the write lock from its first statement."""
        active = self._active.get()
        if active is not None:
            yield UnitOfWork(active.session, nested=True)
            return
        with (
            self._in_session(),
            self.writing(),
            self._writer() as session,
            change_capture.recording() as written,
        ):
            uow = UnitOfWork(session, announce=self._announcer(session, written))
            token = self._active.set(uow)
            try:
                with self._damage_reported():  # damage first: recorded, a backup named
                    yield uow
            except OperationalError as exc:
                raise self._unavailable(exc) from exc
            except IntegrityError:
                raise  # a refused change: the services word it
            except DBAPIError as exc:
                raise self.fault(exc) from exc
            finally:
                self._active.reset(token)
                if uow.committed:
                    uow.changes = change_capture.committed(written)
                else:
                    session.rollback()

    def _announcer(self, session: Session, written: list[Change]) -> Callable[[], None] | None:
        """What tells other clients of a write as it commits: nobody, for a file (its
        lock keeps other writers out while the app has it open)."""
        return None

    def listen(self, on_changes: Callable[[ChangeSet], None]) -> ChangeListener | None:
        """Hand the change sets other clients commit to ``on_changes`` (on a thread of
        the listener's own) until the listener is stopped; None for a file, which
        nobody else writes while it is open for the app."""
        return None

    def _unavailable(self, exc: OperationalError) -> Exception:
        """The error for a write the engine could not carry out (at flush or commit)."""
        # A full disk or a read-only file surfaces here.
        return DatabaseUnavailableError(
            self.path, f"{describe_operational(exc)}; nothing of this change was saved"
        )

    @contextmanager
    def _damage_reported(self) -> Iterator[None]:
        """SQLite found damage while working: record it and say so, naming a good backup.

        Every later open then checks the whole file first (casetracker.store.check_state).
        """
        try:
            yield
        except DatabaseError as exc:
            cause = exc.orig if exc.orig is not None else exc
            if not reports_damage(cause):
                raise
            record_corruption(self.path, str(cause))
            raise corrupt_error(self.path, str(cause), None, self._passphrase) from exc

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the single-writer lock for one write (the session's, if held).

        Raises:
            DatabaseUnavailableError: the database is on read-only media.
            DatabaseInUseError: the app, protect or restore holds the lock (a write
                transaction of another process is waited for).
            DatabaseReplacedError: the file was replaced since it was opened.
        """
        if self.read_only:
            raise DatabaseUnavailableError(self.path, READ_ONLY_MEDIA)
        if self.lock is not None and self.lock.held:
            yield
            return
        with self._writing:
            lock = DatabaseLock(self.path, purpose=WRITE)
            lock.acquire()  # another process's write transaction is waited for
            try:
                self._check_identity()
                yield
            finally:
                lock.release()

    def fault(self, exc: DBAPIError) -> DatabaseFaultError:
        """SQLAlchemy's error as the store's: SQLite's words only, and whether it is damage."""
        cause = exc.orig if isinstance(exc.orig, Exception) else None
        if cause is None:
            return DatabaseFaultError(self.path, type(exc).__name__, damaged=False)
        # SQLITE_ERROR is a statement SQLite refused (a bug), not a damaged file.
        statement_refused = getattr(cause, "sqlite_errorcode", None) == _SQLITE_ERROR
        damaged = is_corruption(cause) and not statement_refused
        # SQLite's words can quote a value ("could not decode … with text '…'"): redacted.
        return DatabaseFaultError(self.path, redact(str(cause)), damaged=damaged)

    def _check_identity(self) -> None:
        if self.identity is None:
            return
        try:
            current = file_identity(self.path)
        except OSError:
            current = None
        if current != self.identity:
            raise DatabaseReplacedError(self.path)

    def _track_sessions(self) -> None:
        """Count the sessions in use, by any thread: close() waits for them."""
        self._in_use: dict[int, int] = {}  # thread ident -> sessions it holds
        self._idle = threading.Condition()
        self._closed = False

    @contextmanager
    def _in_session(self) -> Iterator[None]:
        with self._idle:
            if self._closed:
                # A job that outlived its window: never reopen the file behind the
                # back of whoever closed it (a restore may be moving it).
                raise DatabaseUnavailableError(Path(self.location), "the database was closed")
            thread = threading.get_ident()
            self._in_use[thread] = self._in_use.get(thread, 0) + 1
        try:
            yield
        finally:
            with self._idle:
                self._in_use[thread] -= 1
                if not self._in_use[thread]:
                    del self._in_use[thread]
                self._idle.notify_all()

    def _end_sessions(self) -> None:
        """Refuse new sessions and wait (a while) for those other threads hold to end.

        The closing thread's own (a generator left unfinished, say) cannot end while
        it waits, so they are not waited for.
        """
        me = threading.get_ident()
        with self._idle:
            self._closed = True

            def others_ended() -> bool:
                return all(thread == me for thread in self._in_use)

            if not self._idle.wait_for(others_ended, timeout=CLOSE_WAIT_S):
                log.warning("%s: closed while a background job still reads it", self.location)

    def close(self) -> None:
        """Close the database once the sessions other threads hold have ended.

        A background job (a document being read, a page of history) may hold a
        connection when the window closes. Disposing the engines does not close it,
        and while it is open the file keeps its ``-wal``: a restore or a move of the
        file in that moment would carry the wrong side files. So wait for it first
        (jobs are cancelled before this and end within moments), then close.
        """
        self._end_sessions()
        self._read_engine.dispose()
        self._write_engine.dispose()
        self._passphrase = None
        if self.lock is not None:
            self.lock.release()


def open_database(
    path: Path,
    *,
    actor: str | None = None,
    create: bool = True,
    upgrade: bool = True,
    exclusive: bool = False,
    auto_backup: bool = True,
    backups_dir: Path | None = None,
    check: bool = True,
    passphrase: str | None = None,
) -> Database:
    """Open (and if needed create or upgrade) the database at ``path``.

    Args:
        exclusive: hold the single-writer lock for as long as the database is open (the
            app does; a second exclusive open then fails with DatabaseInUseError).
            Without it, each write transaction takes the lock for its own duration.
        auto_backup: make the day's automatic backup of an existing database.
        backups_dir: where backups go (default: ``backups/`` beside the database).
        check: run ``integrity_check`` first while damage is suspected (SQLite
            reported some and no full check cleared it; see casetracker.store.check_state).
            The GUI passes False and runs its checks off its thread once the window
            shows; a database that needs an upgrade is checked fully anyway, as a
            migration must not start on damage. No open reads the whole file otherwise.
        passphrase: the passphrase of a protected database (its backups are protected
            with it too); ignored for an unprotected one; a new database created with
            one is protected from the start.

    Raises:
        NotADatabaseError, ForeignDatabaseError, NewerSchemaError: the file is refused
            and left untouched.
        PassphraseRequiredError, WrongPassphraseError: the file is protected and
            ``passphrase`` is missing or wrong; it is left untouched.
        CorruptDatabaseError: the check found damage; the file is left as is and
            the error names the newest good backup.
        DatabaseInUseError: ``exclusive`` and another casetracker holds the lock.
        MigrationError: the upgrade failed; the database is as it was before.
        DatabaseUnavailableError: the file or its folder cannot be read or written.
    """
    path = Path(path)
    require_regular(path)
    exists = path.is_file() and path.stat().st_size > 0
    if not exists and not create:
        raise DatabaseUnavailableError(path, "no database here; check the path or --db")
    if not exists:
        _make_folder(path)
    read_only = exists and read_only_media(path)
    session_lock = None
    if exclusive and not read_only:
        # Taken before the file is even read: protect or restore cannot swap it
        # between the checks and the first write.
        session_lock = DatabaseLock(path, purpose=SESSION)
        session_lock.acquire()
    try:
        return _open(
            path,
            actor=actor,
            exists=exists,
            read_only=read_only,
            session_lock=session_lock,
            options=_OpenOptions(upgrade, auto_backup, backups_dir, check, passphrase),
        )
    except BaseException:
        if session_lock is not None:
            session_lock.release()
        raise


@dataclass(frozen=True, slots=True)
class _OpenOptions:
    upgrade: bool
    auto_backup: bool
    backups_dir: Path | None
    check: bool
    passphrase: str | None


def _open(
    path: Path,
    *,
    actor: str | None,
    exists: bool,
    read_only: bool,
    session_lock: DatabaseLock | None,
    options: _OpenOptions,
) -> Database:
    identity = file_identity(path) if exists else None
    folder, passphrase = options.backups_dir, options.passphrase
    revision = inspect_file(path, folder, passphrase) if exists else None
    upgrading = options.upgrade and revision != migrate.head_revision()
    if upgrading and read_only:
        raise DatabaseUnavailableError(
            path,
            "written by an older casetracker, it must be upgraded, which cannot happen on "
            "read-only media; copy it to a writable folder and open the copy",
        )
    if exists and (upgrading or (options.check and load_state(path).damage_suspected)):
        check_before_opening(path, folder, passphrase)
    database = Database(path, actor or default_actor(), passphrase, read_only=read_only)
    database.lock = session_lock
    database.identity = identity
    try:
        removed = () if read_only else remove_leftovers(path, session_lock)
        if upgrading:
            with database.writing():
                if revision is not None:
                    copy_before_migration(path, revision, folder, database.passphrase)
                run_upgrade(database.write_engine, path)
        database.identity = identity or file_identity(path)
        _first_read(database)
        made, problem = (
            daily_backup_reported(path, folder, database.passphrase)
            if exists and options.auto_backup and not read_only
            else (None, None)
        )
        database.report = OpenReport(made, problem, risky_location(path), removed)
    except BaseException:
        database.close()
        raise
    return database


def _first_read(database: Database) -> None:
    """Connect as every later read will: a disk too full for SQLite's ``-shm`` file,
    or a folder that refuses it, is reported now, in words, rather than at some query.
    """
    try:
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA application_id").fetchone()
    except OperationalError as exc:
        message = str(exc.orig) if exc.orig is not None else str(exc)
        raise DatabaseUnavailableError(
            database.path, unavailable_reason(database.path, message)
        ) from exc


def file_identity(path: Path) -> tuple[int, int]:
    """(device, inode) of ``path``: the same while the file is not replaced."""
    status = os.stat(path)
    return status.st_dev, status.st_ino


def _make_folder(path: Path) -> None:
    """The new database's folder, and the file itself, empty and private."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # SQLite would create it 0644; its -wal and -shm take the database's mode.
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        raise DatabaseUnavailableError(
            path, f"cannot create the folder ({exc.strerror}); choose another --db path"
        ) from exc


def default_actor() -> str:
    """Who the history names: ``CASETRACKER_USER``, else the account's login name.

    The login name comes from LOGNAME/USER/USERNAME and, when a service or a cron job
    runs without them, from the account itself (the password database on POSIX);
    an account without a name is named by its number.
    """
    import getpass

    configured = os.environ.get("CASETRACKER_USER", "").strip()
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (ImportError, KeyError, OSError):  # no pwd module, or no entry for the uid
        uid = getattr(os, "getuid", None)
        return f"uid {uid()}" if uid is not None else "unknown"
