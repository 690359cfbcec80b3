"""Looking at a database file's first bytes without breaking SQLite's locks.

SQLite locks a database with POSIX advisory locks, and those belong to the process,
not to a descriptor: closing *any* descriptor of the file drops every lock the
process holds on it ("How To Corrupt An SQLite Database File", §2.2). Another
program that then closes its last connection believes it was the last user and
deletes the ``-wal`` and ``-shm`` files this process still works in; the next save
fails or lands in a deleted file.

So a file's header is read with a descriptor of our own only while this process has
no SQLite connection to that file. Every connection casetracker opens goes through
:func:`open_tracked`, which remembers what the header said (or, for a new file,
what it will say) until the connection closes; meanwhile :func:`probe` answers from
that memory. The memory cannot go stale: an open connection keeps the file's inode
alive, so no other file can take its number. Within one SQLite library, SQLite
itself keeps the descriptors of closed connections open while others hold locks.
"""

from __future__ import annotations

import contextlib
import enum
import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from casetracker.store.errors import DatabaseUnavailableError

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
# Page sizes are powers of two from 512 bytes, so an SQLCipher file is a whole number
# of 512-byte blocks; its first 16 bytes are a random salt.
_BLOCK = 512
_SALT = 16
_MIN_DISTINCT_SALT_BYTES = 8
_ATTEMPTS = 3
# Bytes 21-23 of every SQLite header are the fixed payload fractions 64, 32, 32; in an
# SQLCipher file they are ciphertext. They mark a plain database whose first bytes
# were damaged.
_PAYLOAD_FRACTIONS = slice(21, 24), b"\x40\x20\x20"


class FileKind(enum.Enum):
    """What a file looks like from its first bytes."""

    MISSING = "missing"  # no such file
    SPECIAL = "special"  # a folder, FIFO, device or socket: never opened
    UNREADABLE = "unreadable"  # permissions (or the disk) do not let it be read
    EMPTY = "empty"  # a file with nothing in it yet
    PLAIN = "plain"  # an SQLite database ("SQLite format 3")
    DAMAGED = "damaged"  # an SQLite database whose first bytes are damaged
    ENCRYPTED = "encrypted"  # whole pages after a random salt: SQLCipher, or random bytes
    OTHER = "other"  # anything else: not a database


# (st_dev, st_ino) of each file with open connections -> [kind when written, count]
_open_files: dict[tuple[int, int], list[Any]] = {}
# Held while a header is read and while a connection opens or closes, so that no
# thread reads a header between another's connect and its registration.
_guard = threading.RLock()


def probe(path: Path) -> FileKind:
    """What ``path`` is, read without disturbing this process's connections to it."""
    return _look(path)[0]


def read_header(path: Path) -> bytes | None:
    """The first :data:`HEADER_SIZE` bytes of ``path``; None when they cannot be read
    safely (this process has the file open) or at all."""
    return _look(path)[1]


def _look(path: Path) -> tuple[FileKind, bytes | None]:
    for _attempt in range(_ATTEMPTS):
        try:
            status = os.stat(path)
        except FileNotFoundError:
            return FileKind.MISSING, None
        except OSError:
            return FileKind.UNREADABLE, None
        if not stat.S_ISREG(status.st_mode):
            return FileKind.SPECIAL, None
        key = _key(status)
        with _guard:
            remembered = _open_files.get(key) if key is not None else None
            if remembered is not None:
                return (remembered[0] if status.st_size else FileKind.EMPTY), None
            head = _read_head(path, status)
        if isinstance(head, bytes):
            return classify(head, status.st_size), head
        if head is _UNREADABLE:
            return FileKind.UNREADABLE, None
        # Replaced between stat and open (a restore, a protect): look at the new file.
    return FileKind.UNREADABLE, None


def classify(head: bytes, size: int) -> FileKind:
    """The kind of a file from its first :data:`HEADER_SIZE` bytes and its size."""
    if size == 0:
        return FileKind.EMPTY
    if head.startswith(SQLITE_HEADER):
        return FileKind.PLAIN
    where, fractions = _PAYLOAD_FRACTIONS
    if len(head) >= HEADER_SIZE and head[where] == fractions:
        return FileKind.DAMAGED
    if size % _BLOCK == 0 and len(set(head[:_SALT])) >= _MIN_DISTINCT_SALT_BYTES:
        return FileKind.ENCRYPTED
    return FileKind.OTHER


def require_text_name(path: Path) -> None:
    """Refuse a path whose name is not text before anything is created under it.

    SQLite takes file names as UTF-8 text; a name holding other bytes (a Latin-1 name
    from an old drive, say) reaches Python with stand-in characters SQLite cannot be
    given, and would fail half-way (after the lock file is made).

    Raises:
        DatabaseUnavailableError: some part of ``path`` is not valid UTF-8.
    """
    try:
        os.fspath(path).encode("utf-8")
    except UnicodeEncodeError:
        raise DatabaseUnavailableError(
            path, "this name holds bytes that are not text (UTF-8); rename the file or folder"
        ) from None


def require_regular(path: Path) -> None:
    """Refuse a folder, FIFO, device or socket before anything opens it (a FIFO hangs).

    Raises:
        DatabaseUnavailableError: ``path`` exists and is not a regular file, or its
            name is not text (see :func:`require_text_name`).
    """
    require_text_name(path)
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # missing: the caller decides whether it may be created
    if stat.S_ISREG(mode):
        return
    what = "a folder" if stat.S_ISDIR(mode) else "not a regular file (a pipe or a device)"
    raise DatabaseUnavailableError(
        path, f"this is {what}, not a database file; give the path of a .sqlite3 file"
    )


def open_tracked(
    path: Path,
    flags: str,
    *,
    timeout: float,
    driver: Callable[[FileKind], tuple[ModuleType, FileKind]],
) -> Any:
    """A connection to ``path`` with URI ``flags``, remembered until it closes.

    ``driver`` gets the file's kind and returns the DB-API module to open it with
    (sqlite3 or SQLCipher's) and what the file will look like once written, should
    it be empty now. The path is turned into a URI here, so any character a file
    name may hold (``? # % &``, spaces, accents) names exactly that file.
    """
    uri = f"{Path(os.path.abspath(path)).as_uri()}?{flags}"
    with _guard:
        kind = probe(path)
        module, new_kind = driver(kind)
        connection = module.connect(
            uri, uri=True, timeout=timeout, check_same_thread=False, factory=_factory(module)
        )
        try:
            status = os.stat(path)
        except OSError:
            return connection  # SQLite opened nothing (it fails on first use)
        key = _key(status)
        if key is None:
            return connection
        entry = _open_files.setdefault(key, [kind, 0])
        if entry[0] in (FileKind.EMPTY, FileKind.MISSING):
            entry[0] = new_kind if kind in (FileKind.EMPTY, FileKind.MISSING) else kind
        entry[1] += 1
        connection._casetracker_key = key
    return connection


def _key(status: os.stat_result) -> tuple[int, int] | None:
    """The file's identity, where the locks are POSIX ones and inodes are numbered.

    Windows locks belong to a handle, not to the process: closing another handle of
    the file drops nothing, so there is nothing to remember.
    """
    if os.name != "posix" or status.st_ino == 0:
        return None
    return status.st_dev, status.st_ino


def _forget(connection: Any) -> None:
    key = connection.__dict__.pop("_casetracker_key", None)
    if key is None:
        return
    entry = _open_files.get(key)
    if entry is not None:
        entry[1] -= 1
        if entry[1] <= 0:
            del _open_files[key]


_factories: dict[int, type] = {}


def _factory(module: ModuleType) -> type:
    """A subclass of ``module.Connection`` that forgets itself once really closed."""
    made = _factories.get(id(module))
    if made is not None:
        return made

    class TrackedConnection(module.Connection):  # type: ignore[name-defined, misc]
        def close(self) -> None:
            # Closed first, forgotten after: no header read may slip in between.
            with _guard:
                super().close()
                _forget(self)

        def __del__(self) -> None:
            with contextlib.suppress(Exception):
                self.close()

    _factories[id(module)] = TrackedConnection
    return TrackedConnection


_UNREADABLE = object()


def _read_head(path: Path, status: os.stat_result) -> bytes | object | None:
    """The first bytes of ``path``, which no connection of this process has open.

    None when ``path`` is no longer the file ``status`` describes; ``_UNREADABLE``
    when it cannot be read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(path, flags)
    except OSError:
        return _UNREADABLE
    try:
        opened = os.fstat(handle)
        if (opened.st_dev, opened.st_ino) != (status.st_dev, status.st_ino):
            return None
        return os.read(handle, HEADER_SIZE)
    except OSError:
        return _UNREADABLE
    finally:
        os.close(handle)
