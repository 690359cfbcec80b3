"""Temporary copies an interrupted operation left behind, found and removed.

Protecting, unprotecting, changing the passphrase and restoring write a full copy of
the database beside it (``.<name>.XXXXXXXX.part``) before renaming it into place; a
backup writes its copy in the backups folder the same way; the app writes the
attachments it opens into a private temporary folder. A crash or ``kill -9`` in
between leaves them: full copies of the cases, in plaintext when the operation was
``unprotect`` or the copy an attachment of a protected database. Opening the
database removes those that belong to it (:func:`remove_leftovers`).

What is still in use is decided by locks, never by age:

- the copies beside the database are written only under the database's lock
  (:class:`~casetracker.store.lock.DatabaseLock`), and so are the app's attachment
  folders (created while the app has the database open, removed when it closes it):
  whoever holds the lock knows that any of them it finds is a leftover;
- a backup may be written while another process holds the database (the app's
  daily one, ``casetracker backup`` beside a running app), so a backup holds a
  shared lock on its folder while it writes
  (:class:`~casetracker.store.folder_claim.FolderClaim`), and the backups folder is
  cleaned only under an exclusive one.
"""

from __future__ import annotations

import hashlib
import logging
import re
import shutil
import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from casetracker import APP_NAME
from casetracker.domain.errors import CasetrackerError
from casetracker.store.backup import backup_of
from casetracker.store.folder_claim import FolderClaim
from casetracker.store.locations import backups_folder
from casetracker.store.lock import WRITE, DatabaseLock
from casetracker.store.shred import REMOVING_SUFFIX, remove_securely

log = logging.getLogger(__name__)

# tempfile.mkstemp's names: a prefix, 8 random characters, the suffix; SQLite may add
# its journal beside a copy it was writing.
_TEMP = r"\.(?P<target>.+)\.[a-z0-9_]{8}\.part"
_SIDE = r"(?:-journal|-wal|-shm)?"
_TEMP_NAME = re.compile(rf"^{_TEMP}(?P<side>{_SIDE})(?:{re.escape(REMOVING_SUFFIX)})?$")


def remove_leftovers(db_path: Path, lock: DatabaseLock | None = None) -> tuple[str, ...]:
    """Remove what interrupted operations on ``db_path`` left; return the copies' names.

    ``lock`` is the database's lock when the caller holds it (the app does);
    otherwise it is taken for the moment of removal, and when another process holds
    it nothing is removed (that process may be writing those files; it or the next
    open cleans up). Files that cannot be removed are left and not reported.
    """
    if not _candidates(db_path):
        return ()  # the usual case: no lock taken, nothing touched
    if lock is not None and lock.held:
        return _remove(db_path)
    try:
        with DatabaseLock(db_path, purpose=WRITE):  # a moment: writers wait for it
            return _remove(db_path)
    except CasetrackerError:
        return ()  # in use, or a read-only folder: nothing can be removed now


def attachment_folder(db_path: Path) -> Path:
    """A new private folder for copies of ``db_path``'s attachments (0700).

    Create it only while holding the database's lock, and remove it with
    :func:`remove_folder` before letting the lock go.
    """
    return Path(tempfile.mkdtemp(prefix=_attachment_prefix(db_path)))


def remove_folder(folder: Path) -> int:
    """Remove ``folder`` and the copies in it (overwritten first); return how many."""
    removed = 0
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_dir() and not path.is_symlink():
            with suppress(OSError):
                path.rmdir()
        elif remove_securely(path):
            removed += 1
    with suppress(OSError):
        folder.rmdir()
    if folder.exists():
        shutil.rmtree(folder, ignore_errors=True)
    return removed


def _remove(db_path: Path) -> tuple[str, ...]:
    removed = _remove_copies(_temps_beside(db_path))
    with FolderClaim(backups_folder(db_path)).exclusive() as free:
        if free:  # no backup is being written there now: every temporary file is dead
            removed += _remove_copies(_backup_temps(db_path))
    for folder in _attachment_folders(db_path):
        if remove_folder(folder):
            removed.append(folder.name)
    for name in removed:
        log.info("removed the leftover temporary copy %s", name)
    return tuple(removed)


def _remove_copies(copies: dict[str, list[Path]]) -> list[str]:
    return [copy for copy, paths in copies.items() if all([remove_securely(p) for p in paths])]


def _candidates(db_path: Path) -> bool:
    return bool(_temps_beside(db_path) or _backup_temps(db_path) or _attachment_folders(db_path))


def _temps_beside(db_path: Path) -> dict[str, list[Path]]:
    return _temps(db_path.parent, lambda target: target == db_path.name)


def _backup_temps(db_path: Path) -> dict[str, list[Path]]:
    return _temps(backups_folder(db_path), lambda target: backup_of(target) == db_path.stem)


def _temps(folder: Path, belongs: Callable[[str], bool]) -> dict[str, list[Path]]:
    """Temporary files in ``folder`` whose target ``belongs``, grouped by copy."""
    found: dict[str, list[Path]] = {}
    try:
        entries = list(folder.iterdir())
    except OSError:
        return found
    for path in entries:
        match = _TEMP_NAME.match(path.name)
        if match is None or not belongs(match["target"]) or not path.is_file():
            continue
        copy = path.name.removesuffix(REMOVING_SUFFIX).removesuffix(match["side"])
        found.setdefault(copy, []).append(path)
    return found


def _attachment_folders(db_path: Path) -> list[Path]:
    prefix = _attachment_prefix(db_path)
    try:
        entries = list(Path(tempfile.gettempdir()).iterdir())
    except OSError:
        return []
    return [p for p in entries if p.name.startswith(prefix) and p.is_dir() and not p.is_symlink()]


def _attachment_prefix(db_path: Path) -> str:
    """``casetracker-<16 hex digits of the database's path>-``: no name in the temp folder."""
    key = hashlib.sha256(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"{APP_NAME}-{key}-"
