"""A lock on a folder: shared while writing temporary files in it, exclusive to clean it.

A backup writes its copy as a temporary file in the backups folder, possibly while
another process has the database open; the leftover cleaner must not take that file
for one a crash left. POSIX ``flock`` on the folder itself (SQLite never locks
folders) tells them apart, and dies with the process that held it. Where a folder
cannot be locked (Windows, some network shares) claims always succeed, and a copy in
use is protected by Windows refusing to rename a file that is open.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path


class FolderClaim:
    """The claim of one folder (see the module's description)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @contextmanager
    def shared(self) -> Iterator[None]:
        """Held while writing; waits for a cleaner (a few milliseconds) to finish."""
        handle = self._open()
        try:
            if handle is not None:
                with suppress(OSError):
                    _flock(handle, exclusive=False, wait=True)
            yield
        finally:
            if handle is not None:
                os.close(handle)

    @contextmanager
    def exclusive(self) -> Iterator[bool]:
        """Yields whether the folder is free of writers (True where it cannot be told)."""
        handle = self._open()
        if handle is None:
            yield sys.platform == "win32"
            return
        try:
            try:
                _flock(handle, exclusive=True, wait=False)
            except OSError:
                yield False
            else:
                yield True
        finally:
            os.close(handle)

    def _open(self) -> int | None:
        if sys.platform == "win32":
            return None
        try:
            return os.open(self.folder, os.O_RDONLY)
        except OSError:
            return None


if sys.platform != "win32":
    import fcntl

    def _flock(handle: int, *, exclusive: bool, wait: bool) -> None:
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        fcntl.flock(handle, mode if wait else mode | fcntl.LOCK_NB)

else:  # pragma: no cover - folders are not locked on Windows

    def _flock(handle: int, *, exclusive: bool, wait: bool) -> None:
        raise OSError("folders cannot be locked here")
