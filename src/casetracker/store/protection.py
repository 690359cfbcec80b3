"""Protecting a database with a passphrase, changing the passphrase, removing it.

Each operation writes a converted copy beside the database, verifies it (see
:mod:`casetracker.store.cipher_copy`) and only then renames it over the database in
one atomic step, so a failure or a crash at any moment leaves the database as it
was (at worst with a hidden ``.part`` file beside it). They refuse while casetracker
has the database open (its lock) or another program holds its journal.

What "no unencrypted copy remains" can mean: after :func:`protect` the old file and
its ``-wal`` are deleted, and the backups in the default ``backups/`` folder are
encrypted too, each verified. Deleting a file does not erase its blocks: on an SSD or
a journaling file system the old bytes may stay recoverable until overwritten, which
only full-disk encryption rules out. Backups elsewhere (an external drive, a folder
chosen for backups), old archives exported to JSON and files kept aside by a restore
(``*.replaced-*``) are not touched: delete them or protect them yourself; the result
lists the unencrypted copies found beside the database.
"""

from __future__ import annotations

import os
import stat
import time
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path

from casetracker.atomic import TEMP_SUFFIX, fsync_folder, translate_os_error
from casetracker.domain.errors import CasetrackerError
from casetracker.store import backup
from casetracker.store.chunked_backup import MANIFEST_SUFFIX, is_manifest, materialize, temp_copy
from casetracker.store.cipher_copy import converted_copy
from casetracker.store.encryption import (
    DATABASE_ERRORS,
    PassphraseError,
    WrongPassphraseError,
    check_new_passphrase,
    check_passphrase,
    cipher_module,
    connect,
    has_sqlite_header,
    is_protected,
)
from casetracker.store.errors import BackupError, DatabaseFileError, DatabaseUnavailableError
from casetracker.store.file_probe import require_regular
from casetracker.store.inspection import inspect_file
from casetracker.store.integrity import integrity_check, verify_backup
from casetracker.store.locations import backups_folder
from casetracker.store.lock import DatabaseLock
from casetracker.store.shred import remove_securely

# How long a reader in another process (a command, a script) is waited for.
READER_WAIT = 5.0

__all__ = [
    "ProtectionError",
    "ProtectionResult",
    "change_passphrase",
    "preflight",
    "protect",
    "unprotect",
]


class ProtectionError(DatabaseFileError):
    """The database is not in the state the operation needs; nothing was changed."""


@dataclass(frozen=True, slots=True)
class ProtectionResult:
    """What an operation did, and what it could not do, for the user to read."""

    path: Path
    protected: bool  # the database's state now
    backups_converted: tuple[Path, ...] = ()
    backups_left: tuple[tuple[Path, str], ...] = ()  # backups not converted, and why
    plaintext_left: tuple[Path, ...] = ()  # unencrypted copies found beside the database
    changed: bool = True  # False: the database was in that state already


def protect(path: Path, passphrase: str, *, backups: bool = True) -> ProtectionResult:
    """Encrypt the database with ``passphrase`` and, unless told not to, its backups.

    Running it again with the same passphrase finishes what an interrupted run left:
    the database is kept as it is and the backups still unencrypted are converted.

    Raises:
        WeakPassphraseError: the passphrase is refused; nothing was written.
        ProtectionError: the database is protected with another passphrase.
        DatabaseInUseError: casetracker has it open; close it there first.
        CorruptDatabaseError, NotADatabaseError, ForeignDatabaseError, ConversionError,
            FileWriteError (and subclasses): the database is unchanged.
    """
    path = Path(path)
    cipher_module(path)  # a broken install says so before anything else
    check_new_passphrase(path, passphrase)
    _require(path)
    with DatabaseLock(path, command="casetracker protect"):
        changed = not is_protected(path)
        if changed:
            _check_source(path, None)
            _refuse_if_open_elsewhere(path, None)
            _replace(path, converted_copy(path, old=None, new=passphrase), in_use_check=True)
        elif _opening_key(path, (passphrase,)) is None:
            raise ProtectionError(
                path,
                "this database is protected with another passphrase; to change it use "
                "casetracker change-passphrase",
            )
        converted, left = _convert_backups(path, None, passphrase) if backups else ((), ())
    plaintext = _plaintext_copies(path)
    return ProtectionResult(path, True, converted, left, plaintext, changed)


def change_passphrase(path: Path, old: str, new: str, *, backups: bool = True) -> ProtectionResult:
    """Re-encrypt the database (and its backups opened by ``old``) with ``new``.

    Raises:
        WrongPassphraseError: ``old`` does not open the database; nothing was changed.
        WeakPassphraseError, ProtectionError, DatabaseInUseError: see :func:`protect`.
    """
    path = Path(path)
    check_new_passphrase(path, new)
    if new == old:
        raise ProtectionError(path, "the new passphrase is the old one; nothing was changed")
    _require_protected(path)
    with DatabaseLock(path, command="casetracker change-passphrase"):
        _check_source(path, old)
        _refuse_if_open_elsewhere(path, old)
        _replace(path, converted_copy(path, old=old, new=new), in_use_check=True, key=old)
        converted, left = _convert_backups(path, old, new) if backups else ((), ())
    return ProtectionResult(path, True, converted, left, _plaintext_copies(path))


def unprotect(path: Path, passphrase: str) -> ProtectionResult:
    """Decrypt the database back to a plain SQLite file.

    Its backups stay protected: restoring one asks for the passphrase it was made with.

    Raises:
        WrongPassphraseError: the passphrase does not open it; nothing was changed.
        ProtectionError: the database is not protected.
        DatabaseInUseError: casetracker has it open; close it there first.
    """
    path = Path(path)
    _require_protected(path)
    with DatabaseLock(path, command="casetracker unprotect"):
        _check_source(path, passphrase)
        _refuse_if_open_elsewhere(path, passphrase)
        _replace(
            path, converted_copy(path, old=passphrase, new=None), in_use_check=True, key=passphrase
        )
    return ProtectionResult(path, False)


def preflight(path: Path, *, protected: bool) -> None:
    """Check that ``path`` is a database, ``protected`` when that is asked for.

    The command line calls this before asking for any passphrase.

    Raises:
        DatabaseUnavailableError, ProtectionError.
    """
    if protected:
        _require_protected(path)
    else:
        _require(path)


def _require(path: Path) -> None:
    require_regular(path)
    if not path.is_file() or path.stat().st_size == 0:
        raise DatabaseUnavailableError(path, "no database here; check the path or --db")


def _require_protected(path: Path) -> None:
    _require(path)
    if not is_protected(path):
        raise ProtectionError(
            path,
            "this database is not protected with a passphrase; protect it with casetracker protect",
        )


def _check_source(path: Path, passphrase: str | None) -> None:
    """A casetracker database, opened by ``passphrase``, with no damage to copy."""
    if inspect_file(path, passphrase=passphrase) is None:
        raise ProtectionError(path, "this database is empty; open it once, then protect it")
    problems = integrity_check(path, passphrase=passphrase)
    if problems:
        raise backup.corrupt_error(path, problems[0], None, passphrase)


def _refuse_if_open_elsewhere(path: Path, key: str | None) -> None:
    """Refuse while another process has the database open, even only to read it.

    Such a process would go on with the old file after the swap, and its last
    connection, on closing, would delete the ``-wal`` and ``-shm`` by name: the new
    file's. The ``-shm`` exists exactly while some connection is open (or after a
    crash): one connection of ours, opened and closed, is then the last one and
    removes it, unless another process still has the file open.

    Raises:
        DatabaseUnavailableError: another program has the database open.
    """
    shm = Path(f"{path}-shm")
    deadline = time.monotonic() + READER_WAIT
    while shm.exists():
        with (
            suppress(*DATABASE_ERRORS, PassphraseError),
            closing(connect(path, "mode=rw", passphrase=key)) as connection,
        ):
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if not shm.exists():
            return
        if time.monotonic() >= deadline:  # a short read (casetracker cases) is waited for
            raise DatabaseUnavailableError(
                path, "another program has the database open; close it and try again"
            )
        time.sleep(0.1)


def _replace(path: Path, temp: Path, *, in_use_check: bool = False, key: str | None = None) -> None:
    """Rename the verified copy over ``path``; the old file and its journal files go.

    With ``in_use_check`` (the database, not its backups, which nobody keeps open)
    ``key`` opens ``path`` to check that no other process has it open meanwhile.
    """
    try:
        if in_use_check:
            _refuse_if_open_elsewhere(path, key)
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            # The last connection to close deletes the -wal: one with content means a
            # program still has the file open, and its pages belong to the old file.
            raise DatabaseUnavailableError(
                path, "another program has the database open; close it and try again"
            )
        with suppress(OSError):
            os.chmod(temp, stat.S_IMODE(path.stat().st_mode))
        try:
            os.replace(temp, path)
        except OSError as exc:
            raise translate_os_error(exc, path, replacing=True) from exc
    except BaseException:
        with suppress(OSError):
            temp.unlink()
        raise
    for side in backup.SIDE_FILES:
        with suppress(OSError):
            Path(f"{path}{side}").unlink()
    fsync_folder(path.parent)


def _convert_backups(
    path: Path, old: str | None, new: str
) -> tuple[tuple[Path, ...], tuple[tuple[Path, str], ...]]:
    """Encrypt with ``new`` each backup in the default folder that is plain or ``old``'s."""
    converted: list[Path] = []
    left: list[tuple[Path, str]] = []
    folder = backups_folder(path)
    chunked = False
    for info in backup.list_backups(folder, path):
        source = info.path
        key = None
        if is_manifest(source):
            problems = verify_backup(source)
            chunked = True
            try:
                if problems:
                    raise BackupError(problems[0])
                converted.append(_encrypted_from_chunks(source, new))
            except CasetrackerError as exc:
                left.append((source, f"not converted: {exc}"))
            continue
        if not has_sqlite_header(source):
            key = _opening_key(source, (old, new))
            if key is None:
                left.append((source, "protected with another passphrase; left as it is"))
                continue
            if key == new:
                continue  # protected with the new passphrase already
        problems = verify_backup(source, key)
        if problems:
            left.append((source, f"not converted: {problems[0]}"))
            continue
        try:
            _replace(source, converted_copy(source, old=key, new=new))
        except CasetrackerError as exc:
            left.append((source, f"not converted: {exc}"))
            continue
        converted.append(source)
    if chunked:
        backup.sweep_chunks(folder)  # the plain chunks no backup names any more
    return tuple(converted), tuple(left)


def _encrypted_from_chunks(manifest: Path, passphrase: str) -> Path:
    """Turn a chunked backup into one file encrypted with ``passphrase``; return its path.

    Chunks hold pages in the clear: a protected database's backups must not. The
    copy is reassembled, encrypted and checked, then the manifest goes.
    """
    target = manifest.with_name(manifest.name.removesuffix(MANIFEST_SUFFIX) + ".sqlite3")
    plain = temp_copy(manifest.parent, target.name)
    try:
        materialize(manifest, plain)
        encrypted = converted_copy(plain, old=None, new=passphrase, beside=target)
        os.replace(encrypted, target)
        fsync_folder(target.parent)
        manifest.unlink()
    except OSError as exc:
        raise translate_os_error(exc, target) from exc
    finally:
        remove_securely(plain)
    return target


def _opening_key(path: Path, candidates: tuple[str | None, ...]) -> str | None:
    """The first of ``candidates`` that opens the protected file ``path``."""
    for candidate in candidates:
        if candidate is None:
            continue
        try:
            check_passphrase(path, candidate)
        except WrongPassphraseError:
            continue
        return candidate
    return None


def _plaintext_copies(path: Path) -> tuple[Path, ...]:
    """Unencrypted copies of the database left beside it or in its backups folder."""
    folder = backups_folder(path)
    candidates = [
        *path.parent.glob(f"{path.stem}.replaced-*"),
        *path.parent.glob(f".{path.name}.*{TEMP_SUFFIX}"),
        *folder.glob(f".{path.stem}-*{TEMP_SUFFIX}"),
        *(info.path for info in backup.list_backups(folder, path)),
    ]
    return tuple(sorted({p for p in candidates if p.is_file() and has_sqlite_header(p)}))
