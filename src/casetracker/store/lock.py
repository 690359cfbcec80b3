"""One writer per database: an advisory lock on ``<database>.lock``.

Every writer takes it: the app for as long as it has the database open, ``protect``,
``unprotect``, ``change-passphrase`` and ``restore`` for their whole run, and any
other process (the command line, a script) for each write transaction (see
:meth:`casetracker.store.database.Database.unit_of_work`). A writer that finds it
held by one transaction waits for it like SQLite's busy timeout; one held for a
whole session is reported at once, naming who holds it.

The lock is the operating system's (``flock`` on POSIX, ``msvcrt.locking`` on
Windows), so it dies with the process that held it: a lock file left by a crashed
instance is simply taken over, without asking anyone to delete files. The file's
content says who holds the lock (user, host, process id, since when, what for) so
that a second instance can tell the user whom to ask; it is informative only.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from casetracker.atomic import FileWriteError, translate_os_error
from casetracker.store.errors import DatabaseInUseError
from casetracker.store.locations import lock_path

# Windows byte-range locks are mandatory: lock a byte far past the text so that a
# second instance can still read who holds the lock.
_WINDOWS_LOCK_OFFSET = 1 << 30
_ATTEMPTS = 5
# What a lock is held for. A session lock (the app, protect, restore) is held for
# minutes or hours: waiting for it is pointless. A write lock lasts one transaction.
SESSION, WRITE = "session", "write"
# How long a write lock of another process is waited for: as long as SQLite's own
# busy timeout. A session lock is never waited for.
WRITE_WAIT = 15.0
_POLL_SECONDS = 0.02


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds (or last held) a database lock."""

    user: str
    host: str
    pid: int
    since: datetime
    purpose: str = SESSION
    command: str = "casetracker"

    def describe(self) -> str:
        return (
            f"{self.command} ({self.user} on {self.host}, pid {self.pid}, "
            f"since {self.since:%Y-%m-%d %H:%M})"
        )


class DatabaseLock:
    """The write lock of one database, acquired by :meth:`acquire`."""

    def __init__(
        self,
        db_path: Path,
        *,
        purpose: str = SESSION,
        command: str = "casetracker",
        path: Path | None = None,
    ) -> None:
        """``command`` names the holder in messages ("casetracker protect"); ``path`` is
        the lock file when it is not the database's write lock."""
        self.db_path = db_path
        self.path = path or lock_path(db_path)
        self.purpose = purpose
        self.command = command
        self._handle: int | None = None
        self.replaced: LockHolder | None = None  # a crashed holder whose lock we took over

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self, *, wait: float = WRITE_WAIT) -> None:
        """Take the lock or raise; wait up to ``wait`` seconds for a write lock to go.

        Raises:
            DatabaseInUseError: another process holds it; the message names it.
            ReadOnlyLocationError, FileWriteError: the lock file cannot be created.
        """
        deadline = time.monotonic() + wait
        while True:
            try:
                self._try_acquire()
                return
            except DatabaseInUseError as error:
                holder = error.holder_info
                session = holder is not None and holder.purpose == SESSION
                if session or time.monotonic() >= deadline:
                    raise
            time.sleep(_POLL_SECONDS)

    def _try_acquire(self) -> None:
        if self._handle is not None:
            return
        for _attempt in range(_ATTEMPTS):
            handle = self._open()
            if not _try_lock(handle):
                holder = read_holder(self.path)
                os.close(handle)
                raise DatabaseInUseError(
                    self.db_path, holder.describe() if holder else "another casetracker", holder
                )
            if _same_file(handle, self.path):
                self.replaced = read_holder(self.path)
                self._handle = handle
                self._write_holder()
                return
            # The file was deleted or replaced between open and lock: try the new one.
            os.close(handle)
        raise DatabaseInUseError(self.db_path, "another casetracker (its lock file keeps changing)")

    def release(self) -> None:
        """Give the lock up and remove the lock file."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        # Unlink while still holding the lock: a process waiting on the old file then
        # sees it is no longer the lock file and retries on a fresh one.
        with contextlib.suppress(OSError):
            self.path.unlink()
        with contextlib.suppress(OSError):
            _unlock(handle)
        os.close(handle)

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def _open(self) -> int:
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise translate_os_error(exc, self.path) from exc

    def _write_holder(self) -> None:
        assert self._handle is not None
        info = {
            "user": _user(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": datetime.now().replace(microsecond=0).isoformat(),
            "purpose": self.purpose,
            "command": self.command,
        }
        data = json.dumps(info).encode("utf-8")
        # One write of a few dozen bytes at offset 0: readers see old or new text, and
        # read_holder tolerates anything else. A write lock lasts one transaction: its
        # text is not worth a sync.
        with contextlib.suppress(OSError):
            os.ftruncate(self._handle, 0)
            os.lseek(self._handle, 0, os.SEEK_SET)
            os.write(self._handle, data)
            if self.purpose == SESSION:
                os.fsync(self._handle)


@contextlib.contextmanager
def one_at_a_time(db_path: Path, path: Path, command: str) -> Iterator[bool]:
    """Hold the session lock at ``path`` if free: yields whether this process holds it.

    For work that must not run twice at once, such as the day's backup that every
    command may start: a second process learns at once that the work is under way.
    Where the lock file cannot be created (a read-only folder) the work is not
    guarded and this yields True.
    """
    guard = DatabaseLock(db_path, command=command, path=path)
    try:
        guard.acquire(wait=0)
    except DatabaseInUseError:
        yield False
        return
    except FileWriteError:
        yield True
        return
    try:
        yield True
    finally:
        guard.release()


def read_holder(path: Path) -> LockHolder | None:
    """Who the lock file says holds (or held) the lock, or None if it does not say."""
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
        return LockHolder(
            user=str(raw["user"]),
            host=str(raw["host"]),
            pid=int(raw["pid"]),
            since=datetime.fromisoformat(str(raw["since"])),
            purpose=str(raw.get("purpose", SESSION)),
            command=str(raw.get("command", "casetracker")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _user() -> str:
    for variable in ("CASETRACKER_USER", "USER", "USERNAME", "LOGNAME"):
        if os.environ.get(variable):
            return os.environ[variable]
    with contextlib.suppress(Exception):
        return getpass.getuser()
    return "unknown"


def _same_file(handle: int, path: Path) -> bool:
    try:
        opened, current = os.fstat(handle), path.stat()
    except OSError:
        return False
    return (opened.st_dev, opened.st_ino) == (current.st_dev, current.st_ino)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: int) -> bool:
        os.lseek(handle, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: int) -> None:
        os.lseek(handle, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: int) -> bool:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)
