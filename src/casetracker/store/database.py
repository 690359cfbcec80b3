"""Opening a casetracker database: checks, pre-migration copy, upgrade, sessions.

A file is never modified before it has been recognised: a file that is not SQLite,
an SQLite file of another program and a database of a newer casetracker are all
refused untouched. Pending migrations run only after the file was copied aside.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from contextvars import ContextVar
from datetime import datetime
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from casetracker import APP_NAME, ORG_NAME
from casetracker.store import migrate
from casetracker.store.connection import APPLICATION_ID, make_engine
from casetracker.store.errors import (
    DatabaseUnavailableError,
    ForeignDatabaseError,
    MigrationError,
    NewerSchemaError,
    NotADatabaseError,
)

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


class Database:
    """An open casetracker database and the user name its history records."""

    def __init__(self, path: Path, actor: str) -> None:
        self.path = path
        self.actor = actor
        url = f"sqlite:///{path}"
        self._read_engine = make_engine(url, immediate=False)
        self._write_engine = make_engine(url, immediate=True)
        self._reader = sessionmaker(self._read_engine, expire_on_commit=False)
        self._writer = sessionmaker(self._write_engine, expire_on_commit=False)
        self._active: ContextVar[UnitOfWork | None] = ContextVar(f"uow-{id(self)}", default=None)

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
            finally:
                self._active.reset(token)
                if not uow.committed:
                    session.rollback()

    def close(self) -> None:
        self._read_engine.dispose()
        self._write_engine.dispose()


def open_database(
    path: Path, *, actor: str | None = None, create: bool = True, upgrade: bool = True
) -> Database:
    """Open (and if needed create or upgrade) the database at ``path``.

    Raises:
        NotADatabaseError, ForeignDatabaseError, NewerSchemaError: the file is refused
            and left untouched.
        MigrationError: the upgrade failed; the database is as it was before.
        DatabaseUnavailableError: the file or its folder cannot be read or written.
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise DatabaseUnavailableError(path, "no database here; check the path or --db")
    revision = inspect_file(path) if exists else None
    if not exists:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailableError(
                path, f"cannot create the folder ({exc.strerror}); choose another --db path"
            ) from exc
    database = Database(path, actor or default_actor())
    try:
        if upgrade and revision != migrate.head_revision():
            if revision is not None:
                copy_before_migration(path, revision)
            _run_upgrade(database)
    except BaseException:
        database.close()
        raise
    return database


def default_actor() -> str:
    """The login name, used in the history when no user name is configured."""
    for variable in ("CASETRACKER_USER", "USER", "USERNAME", "LOGNAME"):
        value = os.environ.get(variable)
        if value:
            return value
    return "unknown"


def inspect_file(path: Path) -> str | None:
    """Recognise an existing file without writing to it; return its schema revision.

    Raises:
        NotADatabaseError, ForeignDatabaseError, NewerSchemaError: see open_database.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnavailableError(path, f"cannot read the file ({exc.strerror})") from exc
    if header != SQLITE_HEADER:
        raise NotADatabaseError(path, "this file is not a casetracker database (not SQLite)")
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(
            path, f"this file is damaged or not a database ({exc}); restore a backup"
        ) from exc
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


def copy_before_migration(path: Path, revision: str) -> Path:
    """Copy the database aside before its schema changes; return the copy's path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{revision}-{stamp}{path.suffix}")
    with closing(sqlite3.connect(str(path))) as source, closing(sqlite3.connect(target)) as dest:
        source.backup(dest)
    return target


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
