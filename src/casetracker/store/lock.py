"""One writer per database: an advisory lock on ``<database>.lock`` held while open.

The lock is the operating system's (``flock`` on POSIX, ``msvcrt.locking`` on
Windows), so it dies with the process that held it: a lock file left by a crashed
instance is simply taken over, without asking anyone to delete files. The file's
content says who holds the lock (user, host, process id, since when) so that a
second instance can tell the user whom to ask; it is informative only.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from casetracker.store.atomic import translate_os_error
from casetracker.store.errors import DatabaseInUseError
from casetracker.store.locations import lock_path

# Windows byte-range locks are mandatory: lock a byte far past the text so that a
# second instance can still read who holds the lock.
_WINDOWS_LOCK_OFFSET = 1 << 30
_ATTEMPTS = 5


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds (or last held) a database lock."""

    user: str
    host: str
    pid: int
    since: datetime

    def describe(self) -> str:
        return f"{self.user} on {self.host}, process {self.pid}, since {self.since:%Y-%m-%d %H:%M}"


class DatabaseLock:
    """The write lock of one database, acquired by :meth:`acquire`."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self._handle: int | None = None
        self.replaced: LockHolder | None = None  # a crashed holder whose lock we took over

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        """Take the lock or raise.

        Raises:
            DatabaseInUseError: another process holds it; the message names it.
            ReadOnlyLocationError, FileWriteError: the lock file cannot be created.
        """
        if self._handle is not None:
            return
        for _attempt in range(_ATTEMPTS):
            handle = self._open()
            if not _try_lock(handle):
                holder = read_holder(self.path)
                os.close(handle)
                raise DatabaseInUseError(
                    self.db_path, holder.describe() if holder else "holder unknown"
                )
            if _same_file(handle, self.path):
                self.replaced = read_holder(self.path)
                self._handle = handle
                self._write_holder()
                return
            # The file was deleted or replaced between open and lock: try the new one.
            os.close(handle)
        raise DatabaseInUseError(self.db_path, "its lock file keeps changing")

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
        }
        data = json.dumps(info).encode("utf-8")
        # One write of a few dozen bytes at offset 0: readers see old or new text, and
        # read_holder tolerates anything else.
        with contextlib.suppress(OSError):
            os.ftruncate(self._handle, 0)
            os.lseek(self._handle, 0, os.SEEK_SET)
            os.write(self._handle, data)
            os.fsync(self._handle)


def read_holder(path: Path) -> LockHolder | None:
    """Who the lock file says holds (or held) the lock, or None if it does not say."""
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
        return LockHolder(
            user=str(raw["user"]),
            host=str(raw["host"]),
            pid=int(raw["pid"]),
            since=datetime.fromisoformat(str(raw["since"])),
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
