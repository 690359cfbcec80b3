"""Restoring a backup: the current file is kept aside, and protection is kept too.

The backup is verified, copied beside the database, checked again and renamed over
it in one step, under the database's lock; the current file (and its ``-wal``) is
renamed first, never overwritten. A database protected with a passphrase stays
protected: a backup made before ``protect`` is encrypted with the database's
passphrase before it takes its place.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from casetracker.atomic import TEMP_SUFFIX, fsync_folder, translate_os_error
from casetracker.store.backup import SIDE_FILES, STAMP, fsync_file
from casetracker.store.chunked_backup import is_manifest, materialize
from casetracker.store.cipher_copy import converted_copy
from casetracker.store.encryption import (
    PassphraseRequiredError,
    check_passphrase,
    has_sqlite_header,
    is_protected,
)
from casetracker.store.errors import BackupError
from casetracker.store.file_probe import require_regular
from casetracker.store.integrity import integrity_check, verify_backup
from casetracker.store.lock import DatabaseLock
from casetracker.store.shred import remove_securely


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What a restore did: which backup is now the database, where the old file went."""

    db_path: Path
    backup: Path
    kept_aside: Path | None
    # The backup was plain and the database protected: the restored copy was encrypted
    # with the database's passphrase, so the database stays protected.
    kept_protection: bool = False


def restore_backup(
    backup: Path, db_path: Path, *, now: datetime | None = None, passphrase: str | None = None
) -> RestoreResult:
    """Put ``backup`` in place of ``db_path``, keeping the current file aside first.

    The backup is verified before anything moves; the current database (with its
    ``-wal``, which may hold its newest changes) is renamed, never overwritten. A
    protected backup is verified with ``passphrase`` and stays protected. Restoring
    never removes protection: a plain backup (made before ``protect``) restored into
    a protected database is encrypted with ``passphrase``, the database's, first.

    Raises:
        BackupError: the backup is damaged, foreign or from a newer casetracker.
        DatabaseInUseError: casetracker has the database open; close it first.
        DatabaseUnavailableError: ``db_path`` is a folder, a pipe or a device.
        PassphraseRequiredError, WrongPassphraseError: the database is protected, the
            backup is not, and ``passphrase`` is missing or does not open the database.
    """
    require_regular(db_path)
    problems = verify_backup(backup, passphrase)
    if problems:
        raise BackupError(f"{backup}: cannot restore this backup: {problems[0]}; choose another")
    with DatabaseLock(db_path, command="casetracker restore"):
        key = _protection_to_keep(backup, db_path, passphrase)
        temp = _copy_beside(backup, db_path)
        if key is not None:
            temp = _encrypted(temp, db_path, key)
        aside = None
        try:
            problems = integrity_check(temp, immutable=True, passphrase=passphrase)
            if problems:
                raise BackupError(f"{backup}: the copy failed its check ({problems[0]}); retry")
            if db_path.exists():
                with suppress(OSError):
                    os.chmod(temp, stat.S_IMODE(db_path.stat().st_mode))
                aside = keep_aside(db_path, now=now)
            try:
                os.replace(temp, db_path)
            except OSError as exc:
                if aside is not None:
                    _move_files(aside, db_path)
                    aside = None
                raise translate_os_error(exc, db_path, replacing=True) from exc
            fsync_folder(db_path.parent)
        finally:
            with suppress(OSError):
                temp.unlink()
    return RestoreResult(db_path, backup, aside, kept_protection=key is not None)


def _protection_to_keep(backup: Path, db_path: Path, passphrase: str | None) -> str | None:
    """The passphrase a plain ``backup`` must be encrypted with to replace ``db_path``.

    None when there is nothing to keep: the database is plain (or absent), or the
    backup is protected itself.
    """
    plain = is_manifest(backup) or has_sqlite_header(backup)  # chunked copies are plain
    if not is_protected(db_path) or not plain:
        return None
    if passphrase is None:
        raise PassphraseRequiredError(
            db_path,
            "the backup is not protected, and restoring it needs the database's passphrase "
            "to protect the restored copy with it; nothing was changed",
        )
    check_passphrase(db_path, passphrase)
    return passphrase


def _encrypted(plain: Path, db_path: Path, passphrase: str) -> Path:
    """A copy of ``plain`` encrypted with ``passphrase``; ``plain`` is removed either way."""
    try:
        return converted_copy(plain, old=None, new=passphrase, beside=db_path)
    finally:
        remove_securely(plain)


def keep_aside(db_path: Path, *, now: datetime | None = None) -> Path:
    """Rename the database and its side files to ``<stem>.replaced-<time><suffix>``.

    Nothing is overwritten or deleted; the renamed file opens with its own ``-wal``.
    """
    stamp = (now or datetime.now()).strftime(STAMP)
    base = f"{db_path.stem}.replaced-{stamp}"
    aside = db_path.with_name(f"{base}{db_path.suffix}")
    number = 1
    while any(Path(f"{aside}{side}").exists() for side in ("", *SIDE_FILES)):
        number += 1
        aside = db_path.with_name(f"{base}~{number}{db_path.suffix}")
    _move_files(db_path, aside)
    return aside


def _move_files(source: Path, target: Path) -> None:
    try:
        os.rename(source, target)
        for side in SIDE_FILES:
            if Path(f"{source}{side}").exists():
                os.rename(f"{source}{side}", f"{target}{side}")
    except OSError as exc:
        raise translate_os_error(exc, target) from exc
    fsync_folder(target.parent)


def _copy_beside(source: Path, db_path: Path) -> Path:
    """Copy ``source`` to a synced temporary file in the database's folder."""
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{db_path.name}.", suffix=TEMP_SUFFIX, dir=db_path.parent
        )
        os.close(handle)
    except OSError as exc:
        raise translate_os_error(exc, db_path) from exc
    temp = Path(name)
    try:
        if is_manifest(source):
            materialize(source, temp)
        else:
            shutil.copyfile(source, temp)
            fsync_file(temp, db_path)
    except BaseException as exc:
        with suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise translate_os_error(exc, db_path) from exc
        raise
    return temp
