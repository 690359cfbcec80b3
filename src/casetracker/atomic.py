"""Writing files so that a failure half-way never leaves a truncated or lost file.

The bytes go to a temporary file in the target's folder (same file system, so the
final rename is atomic), are flushed and fsynced, and only then renamed over the
target; the folder is fsynced too so that the rename itself survives a power cut.
On any failure the temporary file is removed and the previous target is untouched.

New files are created readable by their owner only (case data is confidential); a
file that is replaced keeps the permissions it had.

Only ordinary files are written: a device (``/dev/null``), a named pipe, a socket or
a folder named as the target is refused, never replaced (as root, renaming a PDF over
``/dev/null`` would break the system). A symbolic link is followed, so the file it
names is replaced and the link keeps working.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from casetracker.domain.errors import DiskFullError, FileWriteError, ReadOnlyLocationError

__all__ = [
    "atomic_write",
    "fsync_folder",
    "translate_os_error",
    "writable_target",
    "write_bytes",
]

TEMP_SUFFIX = ".part"
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


@contextlib.contextmanager
def atomic_write(target: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary file whose content replaces ``target`` when the block succeeds.

    Raises:
        ReadOnlyLocationError: the folder does not accept writes.
        DiskFullError: the drive filled up; the previous file is unchanged.
        FileWriteError: any other failure of the file system.
    """
    path = writable_target(target)
    handle, temp_path = _create_temp(path)
    stream = os.fdopen(handle, "wb")
    step = "caller"  # which step failed: the caller's block, or one of ours
    try:
        yield stream
        step = "write"
        stream.flush()
        os.fsync(stream.fileno())
        stream.close()
        _keep_mode(path, temp_path)
        step = "replace"
        writable_target(path)  # something may have been put there meanwhile
        os.replace(temp_path, path)
        fsync_folder(path.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            stream.close()  # closes the descriptor even when the final flush fails
        with contextlib.suppress(OSError):
            temp_path.unlink()
        # The caller's own OSErrors (reading a source file…) keep their meaning; only
        # a full disk is unambiguous.
        if isinstance(exc, OSError) and (step != "caller" or exc.errno in _FULL):
            raise translate_os_error(exc, path, replacing=step == "replace") from exc
        raise


def writable_target(target: str | os.PathLike[str]) -> Path:
    """The path to write for ``target``: a new path or an ordinary file (links followed).

    Raises:
        FileWriteError: no name, or the target is a folder, device, pipe or socket.
    """
    if not os.fspath(target):
        # Path("") would be the current folder: say what is actually wrong.
        raise FileWriteError(None, "no file name given; name the file to write")
    path = Path(target)
    try:
        mode = os.stat(path).st_mode  # follows links: what a write would reach
    except FileNotFoundError:
        return path  # a new file (or a link to one not made yet)
    except OSError as exc:
        raise translate_os_error(exc, path) from exc
    if stat.S_ISDIR(mode):
        raise FileWriteError(path, "is a folder; add a file name to write into it")
    if not stat.S_ISREG(mode):
        raise FileWriteError(
            path, f"is {_special_kind(mode)}, not a file; choose the name of a file to write"
        )
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device"


def write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``target`` with ``data`` atomically (see :func:`atomic_write`)."""
    with atomic_write(target) as stream:
        stream.write(data)


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (POSIX only; Windows can't)."""
    if sys.platform == "win32":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems (network shares) refuse fsync on folders; nothing to do
    finally:
        os.close(handle)


def translate_os_error(exc: OSError, path: Path, *, replacing: bool = False) -> FileWriteError:
    """The user-facing error for an ``OSError`` met while writing ``path``."""
    folder = path.parent
    if exc.errno in _FULL:
        return DiskFullError(
            path,
            "the disk is full; free some space or choose another drive "
            "(any previous file there is unchanged)",
        )
    if exc.errno in _READ_ONLY:
        if replacing and sys.platform == "win32":
            return ReadOnlyLocationError(
                path, "cannot replace the file; close it in the program that has it open"
            )
        return ReadOnlyLocationError(
            path,
            f"cannot write in {folder}: the folder or drive is read-only or you lack "
            "permission; choose another folder",
        )
    if exc.errno == errno.ENOENT:
        return FileWriteError(path, f"the folder {folder} does not exist; create it first")
    return FileWriteError(path, f"cannot write the file ({exc.strerror or exc})")


def _create_temp(path: Path) -> tuple[int, Path]:
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent
        )
    except OSError as exc:
        raise translate_os_error(exc, path) from exc
    return handle, Path(name)


def _keep_mode(path: Path, temp_path: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(temp_path, stat.S_IMODE(path.stat().st_mode))
