"""Opening a casetracker database: checks, backups, lock, upgrade, sessions.

A file is never modified before it has been recognised: a file that is not SQLite,
an SQLite file of another program, a database of a newer casetracker and a damaged
one (``quick_check``) are all refused untouched. An existing database is backed up
once a day when opened, and pending migrations run only after a verified backup.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import closing, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from casetracker import APP_NAME, ORG_NAME
from casetracker.domain.errors import CasetrackerError
from casetracker.store import backup, migrate
from casetracker.store.connection import APPLICATION_ID, make_engine
from casetracker.store.encryption import DATABASE_ERRORS, connect, has_sqlite_header, is_protected
from casetracker.store.errors import (
    BackupError,
    DatabaseUnavailableError,
    FileWriteError,
    ForeignDatabaseError,
    MigrationError,
    NewerSchemaError,
    NotADatabaseError,
)
from casetracker.store.integrity import is_corruption, quick_check, unavailable_reason
from casetracker.store.leftovers import remove_leftovers
from casetracker.store.locations import risky_location
from casetracker.store.lock import DatabaseLock

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
DB_ENV_VAR = "CASETRACKER_DB"
DB_FILENAME = "casetracker.sqlite3"


def default_db_path() -> Path:
    """The database in the per-user data folder."""
    return Path(user_data_dir(APP_NAME, ORG_NAME)) / DB_FILENAME


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` wins over ``CASETRACKER_DB``, which wins over the default."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DB_ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return default_db_path()


class UnitOfWork:
    """One write transaction; it rolls back on exit unless :meth:`commit` was called.

    A unit of work opened while another is active joins it: its ``commit`` only
    flushes, and the outer one decides. Demo loading and imports use this to make
    many service calls all-or-nothing.
    """

    def __init__(self, session: Session, *, nested: bool = False) -> None:
        self.session = session
        self._nested = nested
        self._committed = False

    def commit(self) -> None:
        if self._nested:
            self.session.flush()
        else:
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
    """An open casetracker database and the user name its history records."""

    def __init__(self, path: Path, actor: str, passphrase: str | None = None) -> None:
        self.path = path
        self.actor = actor
        self.lock: DatabaseLock | None = None
        self.report = OpenReport()
        url = f"sqlite:///{path}"
        # The file decides: an unprotected one ignores the passphrase; a new file
        # created with one is protected from its first byte.
        self._passphrase = None if has_sqlite_header(path) else passphrase
        self._read_engine = make_engine(url, immediate=False, passphrase=self._passphrase)
        self._write_engine = make_engine(url, immediate=True, passphrase=self._passphrase)
        self._reader = sessionmaker(self._read_engine, expire_on_commit=False)
        self._writer = sessionmaker(self._write_engine, expire_on_commit=False)
        self._active: ContextVar[UnitOfWork | None] = ContextVar(f"uow-{id(self)}", default=None)

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
        """
        active = self._active.get()
        if active is not None:
            yield active.session
            return
        with self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """A write transaction that holds the write lock from its first statement."""
        active = self._active.get()
        if active is not None:
            yield UnitOfWork(active.session, nested=True)
            return
        with self._writer() as session:
            uow = UnitOfWork(session)
            token = self._active.set(uow)
            try:
                yield uow
            except OperationalError as exc:
                # A full disk or a read-only file surfaces here, at flush or commit.
                raise DatabaseUnavailableError(
                    self.path, f"{_describe_operational(exc)}; nothing of this change was saved"
                ) from exc
            finally:
                self._active.reset(token)
                if not uow.committed:
                    session.rollback()

    def close(self) -> None:
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
        exclusive: hold the write lock beside the database while it is open (the GUI
            does; a second exclusive open then fails with DatabaseInUseError).
        auto_backup: make the day's automatic backup of an existing database.
        backups_dir: where backups go (default: ``backups/`` beside the database).
        check: run ``quick_check`` first. The GUI passes False and runs the check off
            its thread once the window shows (seconds on a big file); a database that
            needs an upgrade is checked anyway, as a migration must not start on damage.
        passphrase: the passphrase of a protected database (its backups are protected
            with it too); ignored for an unprotected one; a new database created with
            one is protected from the start.

    Raises:
        NotADatabaseError, ForeignDatabaseError, NewerSchemaError: the file is refused
            and left untouched.
        PassphraseRequiredError, WrongPassphraseError: the file is protected and
            ``passphrase`` is missing or wrong; it is left untouched.
        CorruptDatabaseError: SQLite's quick check found damage; the file is left as
            is and the error names the newest good backup.
        DatabaseInUseError: ``exclusive`` and another casetracker holds the lock.
        MigrationError: the upgrade failed; the database is as it was before.
        DatabaseUnavailableError: the file or its folder cannot be read or written.
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise DatabaseUnavailableError(path, "no database here; check the path or --db")
    revision = inspect_file(path, backups_dir, passphrase) if exists else None
    if exists and (check or (upgrade and revision != migrate.head_revision())):
        problems = quick_check(path, passphrase=passphrase)
        if problems:
            raise backup.corrupt_error(path, problems[0], backups_dir, passphrase)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # SQLite would create it 0644; its -wal and -shm take the database's mode.
            if not path.exists():
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as exc:
            raise DatabaseUnavailableError(
                path, f"cannot create the folder ({exc.strerror}); choose another --db path"
            ) from exc
    database = Database(path, actor or default_actor(), passphrase)
    try:
        if exclusive:
            database.lock = DatabaseLock(path)
            database.lock.acquire()
        removed = remove_leftovers(path, database.lock)
        if upgrade and revision != migrate.head_revision():
            if revision is not None:
                copy_before_migration(path, revision, backups_dir, database.passphrase)
            _run_upgrade(database)
        made, problem = (
            _daily_backup(path, backups_dir, database.passphrase)
            if exists and auto_backup
            else (None, None)
        )
        database.report = OpenReport(made, problem, risky_location(path), removed)
    except BaseException:
        database.close()
        raise
    return database


def _daily_backup(
    path: Path, folder: Path | None, passphrase: str | None = None
) -> tuple[Path | None, str | None]:
    """The day's backup; failing to make it is reported, never stops the open."""
    try:
        made = backup.daily_backup(path, folder, passphrase=passphrase)
    except (FileWriteError, BackupError) as exc:
        log.warning("automatic backup failed: %s", exc)
        return None, str(exc)
    return (made.path if made else None), None


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


def inspect_file(
    path: Path, backups_dir: Path | None = None, passphrase: str | None = None
) -> str | None:
    """Recognise an existing file without writing to it; return its schema revision.

    A protected file (no SQLite header) is read with ``passphrase``.

    Raises:
        NotADatabaseError, ForeignDatabaseError, NewerSchemaError, CorruptDatabaseError,
            PassphraseRequiredError, WrongPassphraseError: see open_database.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnavailableError(path, f"cannot read the file ({exc.strerror})") from exc
    if header != SQLITE_HEADER and not is_protected(path):
        raise NotADatabaseError(path, "this file is not a casetracker database (not SQLite)")
    try:
        with closing(connect(path, "mode=ro", passphrase=passphrase, timeout=5)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except DATABASE_ERRORS as exc:
        if not is_corruption(exc):
            raise DatabaseUnavailableError(path, unavailable_reason(path, str(exc))) from exc
        raise backup.corrupt_error(path, str(exc), backups_dir, passphrase) from exc
    if app_id != APPLICATION_ID:
        if not tables:
            return None
        raise ForeignDatabaseError(
            path, "this SQLite file belongs to another program, not casetracker"
        )
    if revision is not None and revision not in migrate.known_revisions():
        raise NewerSchemaError(
            path,
            f"written by a newer casetracker (schema {revision}); "
            "install the newer version to open it",
        )
    return revision


def copy_before_migration(
    path: Path, revision: str, folder: Path | None = None, passphrase: str | None = None
) -> Path:
    """Back the database up (verified) before its schema changes; return the backup.

    Raises:
        MigrationError: no verified backup could be made, so nothing is migrated.
    """
    try:
        made = backup.make_backup(
            path, folder, kind=backup.PREMIGRATION, detail=revision, passphrase=passphrase
        )
    except CasetrackerError as exc:
        raise MigrationError(
            path, f"no upgrade without a backup, and the backup failed: {exc}"
        ) from exc
    return made.path


def _run_upgrade(database: Database) -> None:
    try:
        migrate.upgrade(database.write_engine)
    except OperationalError as exc:
        raise DatabaseUnavailableError(database.path, _describe_operational(exc)) from exc
    except RuntimeError as exc:
        raise MigrationError(database.path, str(exc)) from exc


def _describe_operational(exc: OperationalError) -> str:
    message = str(exc.orig) if exc.orig is not None else str(exc)
    if "readonly" in message or "read-only" in message:
        return "the file or its folder is read-only; choose a writable --db path"
    if "locked" in message:
        return "the database is in use by another program; close it and try again"
    if "disk" in message and "full" in message:
        return "the disk is full; free some space and try again"
    if "unable to open" in message:
        return "cannot open the file; check the path and its permissions"
    return message
