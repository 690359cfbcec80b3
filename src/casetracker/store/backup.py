"""Backups of a database file: made in one step, verified, rotated, restored.

A backup is ``VACUUM INTO`` a temporary file in the backups folder, fsynced, checked
with ``integrity_check`` and only then renamed to its final name, so a backup that
exists under its final name is complete and sound. ``VACUUM INTO`` reads one
consistent snapshot in a single pass: unlike the step-by-step backup API it does not
restart when another connection writes, so it finishes under a steady writer.

Names say whose backup it is, when it was made and why:
``<database stem>-YYYYMMDD-HHMMSS-<kind>[-<detail>].sqlite3`` (local time), e.g.
``cases-20261126-093000-auto.sqlite3``. Rotation (see :mod:`casetracker.store.rotation`)
thins out the automatic copies only; copies made by hand or before a migration stay.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import time
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from casetracker.atomic import TEMP_SUFFIX, fsync_folder, translate_os_error
from casetracker.store.check_state import record_full_check, record_verified_backup
from casetracker.store.chunked_backup import (
    MANIFEST_SUFFIX,
    BackupControl,
    Manifest,
    copy_pages,
    is_manifest,
    read_manifest,
    remove_unreferenced,
    store_chunks,
    stored_sizes,
    temp_copy,
    write_manifest,
)
from casetracker.store.encryption import (
    DATABASE_ERRORS,
    PassphraseError,
    is_protected,
)
from casetracker.store.errors import (
    BackupError,
    CorruptDatabaseError,
    DiskFullError,
    FileWriteError,
)
from casetracker.store.file_probe import require_text_name
from casetracker.store.folder_claim import FolderClaim
from casetracker.store.integrity import integrity_check, is_corruption, read_only, verify_backup
from casetracker.store.locations import backups_folder
from casetracker.store.rotation import DataDigests, RotationPolicy, plan_rotation

log = logging.getLogger(__name__)

AUTO, MANUAL, PREMIGRATION = "auto", "manual", "before"
ROTATING = {AUTO}
BACKUP_SUFFIX = ".sqlite3"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>[a-z]+)"
    r"(?:-(?P<detail>[A-Za-z0-9_.]+?))?(?:~(?P<n>\d+))?(?P<ext>\.sqlite3|\.backup\.json)$"
)
STAMP = "%Y%m%d-%H%M%S"
_EXTS = (BACKUP_SUFFIX, MANIFEST_SUFFIX)
_SQLITE_FULL = 13


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file, as the Backups window and ``casetracker restore`` list it."""

    path: Path
    made_at: datetime  # local time, from the name
    kind: str
    size: int
    case_count: int | None  # None when the file cannot be read
    revision: str | None
    protected: bool = False  # encrypted with a passphrase
    # Bytes this copy added to the disk: the whole file for a single-file copy; for
    # a chunked one, the chunks no older copy in its folder shares (see list_backups).
    on_disk: int | None = None

    @property
    def readable(self) -> bool:
        return self.case_count is not None

    @property
    def chunked(self) -> bool:
        return is_manifest(self.path)


@dataclass(frozen=True, slots=True)
class BackupMade(BackupInfo):
    """A backup just made, and the automatic backups rotation removed after it."""

    removed: tuple[Path, ...] = ()

    @classmethod
    def of(cls, info: BackupInfo, removed: Iterable[Path] = ()) -> BackupMade:
        return cls(
            info.path,
            info.made_at,
            info.kind,
            info.size,
            info.case_count,
            info.revision,
            info.protected,
            info.on_disk,
            tuple(removed),
        )


def make_backup(
    db_path: Path,
    folder: Path | None = None,
    *,
    kind: str = MANUAL,
    detail: str | None = None,
    now: datetime | None = None,
    passphrase: str | None = None,
    control: BackupControl | None = None,
) -> BackupInfo:
    """Back ``db_path`` up into ``folder`` (default: ``backups/`` beside it).

    The backup of a protected database is protected with the same ``passphrase``;
    an automatic one of a plain database is chunked and compressed. ``control`` can
    cancel it.

    Raises:
        DiskFullError, ReadOnlyLocationError, FileWriteError: the folder cannot hold it.
        CorruptDatabaseError: SQLite could not read the database to copy it.
        BackupError: the copy failed its integrity check (nothing is kept).
        BackupCancelled: ``control`` cancelled it (nothing is kept).
    """
    folder = folder or backups_folder(db_path)
    # The daily copies, kept by the dozen, share their unchanged chunks. A copy made
    # by hand or before a migration stays one SQLite file that opens anywhere, and
    # so does a protected database's: its pages are ciphertext, which neither
    # compresses nor repeats from one copy to the next.
    require_text_name(folder)
    chunked = kind in ROTATING and not is_protected(db_path)
    suffix = MANIFEST_SUFFIX if chunked else BACKUP_SUFFIX
    target = _free_name(folder, db_path, now or datetime.now(), kind, detail, suffix)
    write_backup(db_path, target, passphrase, control)
    return describe(target, passphrase)


def write_backup(
    db_path: Path,
    target: Path,
    passphrase: str | None = None,
    control: BackupControl | None = None,
) -> None:
    """Write a verified backup of ``db_path`` to the new file ``target``.

    A ``target`` ending in ``.backup.json`` is a chunked backup (see
    casetracker.store.chunked_backup), any other name one SQLite file. The folder's
    shared claim, held throughout, tells the leftover cleaner and the chunk sweep that
    a backup is being written (see :mod:`casetracker.store.leftovers`).
    """
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise translate_os_error(exc, target) from exc
    with FolderClaim(target.parent).shared():
        if is_manifest(target):
            write_chunked(db_path, target, control)
        else:
            _write_new_backup(db_path, target, passphrase)


def _write_new_backup(db_path: Path, target: Path, passphrase: str | None) -> None:
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent
        )
        os.close(handle)
    except OSError as exc:
        raise translate_os_error(exc, target) from exc
    temp = Path(name)
    try:
        _vacuum_into(db_path, temp, target, passphrase)
        fsync_file(temp, target)
        problems = integrity_check(temp, immutable=True, passphrase=passphrase)
        if problems:
            # VACUUM INTO copies indexes as they are: a damaged source gives a damaged
            # copy, and then the source is what the user must hear about.
            source_problems = integrity_check(db_path, passphrase=passphrase)
            if source_problems:
                raise corrupt_error(db_path, source_problems[0], target.parent, passphrase)
            raise BackupError(f"{target}: the copy failed its check ({problems[0]}); try again")
        if target.exists():
            raise FileWriteError(target, "a file with this name exists; choose another name")
        os.replace(temp, target)
        fsync_folder(target.parent)
    except BaseException:
        with suppress(OSError):
            temp.unlink()
        raise


def list_backups(
    folder: Path, db_path: Path | None = None, passphrase: str | None = None
) -> list[BackupInfo]:
    """The backups in ``folder`` (of ``db_path`` only, when given), newest first.

    A chunked backup's ``on_disk`` counts the chunks it added: those no older backup
    in the folder names (the oldest one carries the shared base).
    """
    found = [describe(path, passphrase) for path, _made, _kind in _scan(folder, db_path)]
    sizes = stored_sizes(folder) if any(info.chunked for info in found) else {}
    seen: set[str] = set()
    listed = []
    for info in reversed(found):
        if info.chunked and info.readable:
            chunks = set(read_manifest(info.path).chunks) - seen
            seen |= chunks
            own = info.path.stat().st_size + sum(sizes.get(chunk, 0) for chunk in chunks)
            info = replace(info, on_disk=own)
        listed.append(info)
    return listed[::-1]


def backup_of(name: str) -> str | None:
    """The stem of the database whose backup is the file ``name`` (None: not a backup)."""
    match = _NAME.match(name)
    return None if match is None else match["stem"]


def describe(path: Path, passphrase: str | None = None) -> BackupInfo:
    """Date, kind, size, case count and schema revision of one backup file.

    A protected backup that ``passphrase`` does not open counts as unreadable.
    """
    match = _NAME.match(path.name)
    if match is not None:
        made_at = datetime.strptime(match["stamp"], STAMP)
        kind = match["kind"]
    else:
        made_at = datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
        kind = MANUAL
    if is_manifest(path):
        try:
            manifest = read_manifest(path)
        except BackupError:
            return BackupInfo(path, made_at, kind, path.stat().st_size, None, None)
        count, revision = manifest.case_count, manifest.revision
        return BackupInfo(path, made_at, kind, manifest.size, count, revision)
    case_count, revision = _peek(path, passphrase)
    size = path.stat().st_size
    return BackupInfo(
        path, made_at, kind, size, case_count, revision, is_protected(path), on_disk=size
    )


def newest_good_backup(
    db_path: Path, folder: Path | None = None, passphrase: str | None = None
) -> BackupInfo | None:
    """The newest backup of ``db_path`` that passes :func:`verify_backup`."""
    for path, _made, _kind in _scan(folder or backups_folder(db_path), db_path):
        if not verify_backup(path, passphrase):
            return describe(path, passphrase)
    return None


def corrupt_error(
    db_path: Path, detail: str, folder: Path | None = None, passphrase: str | None = None
) -> CorruptDatabaseError:
    """The error for a damaged ``db_path``, naming its newest good backup and its age.

    ``folder`` is searched first, then the backups folder beside the database.
    """
    good = newest_good_backup(db_path, folder, passphrase)
    if good is None and folder is not None and folder != backups_folder(db_path):
        good = newest_good_backup(db_path, None, passphrase)
    if good is None:
        return CorruptDatabaseError(db_path, detail)
    return CorruptDatabaseError(db_path, detail, good.path, datetime.now() - good.made_at)


def needs_daily_backup(db_path: Path, folder: Path | None = None, *, today: date) -> bool:
    """True unless ``db_path`` already has a backup made ``today``."""
    found = _scan(folder or backups_folder(db_path), db_path)
    return not any(made.date() == today for _path, made, _kind in found)


def rotate_backups(
    db_path: Path,
    folder: Path | None = None,
    policy: RotationPolicy | None = None,
    *,
    verified: Path | None = None,
    passphrase: str | None = None,
) -> list[Path]:
    """Delete the automatic backups rotation no longer keeps; return what was deleted.

    Backups of a damaged database must not push the last good ones out: ``verified``
    names a copy just made and checked, whose check covered the database (a copy is
    read from every page of it); without one, the database is fully checked first.
    Nothing is deleted unless a kept backup verifies. Each deletion is logged by the
    backup's file name; chunks no backup names any more are removed after.

    Raises:
        CorruptDatabaseError: ``integrity_check`` failed on the database.
    """
    folder = folder or backups_folder(db_path)
    if verified is None:
        problems = integrity_check(db_path, passphrase=passphrase)
        if problems:
            raise corrupt_error(db_path, problems[0], folder, passphrase)
    backups = [
        describe(path, passphrase) for path, _m, kind in _scan(folder, db_path) if kind in ROTATING
    ]
    keep = plan_rotation(backups, policy or RotationPolicy(), DataDigests(passphrase).same_data)
    kept = sorted((b for b in backups if b.path in keep), key=lambda b: b.made_at, reverse=True)
    if not any(b.path == verified or not verify_backup(b.path, passphrase) for b in kept):
        return []
    deleted = []
    for backup in backups:
        if backup.path not in keep:
            with suppress(FileNotFoundError):
                backup.path.unlink()
            log.info("rotation removed %s", backup.path.name)
            deleted.append(backup.path)
    if deleted:
        sweep_chunks(folder)
    return deleted


def sweep_chunks(folder: Path) -> int:
    """Remove the chunks no backup in ``folder`` names, unless a backup is being written."""
    with FolderClaim(folder).exclusive() as free:
        if not free:
            return 0
        manifests = [path for path, _made, _kind in _scan(folder, None) if is_manifest(path)]
        return remove_unreferenced(folder, manifests)


def daily_backup(
    db_path: Path,
    folder: Path | None = None,
    *,
    now: datetime | None = None,
    passphrase: str | None = None,
    control: BackupControl | None = None,
) -> BackupMade | None:
    """The automatic backup: at most one a day, then rotation. None when not due."""
    now = now or datetime.now()
    folder = folder or backups_folder(db_path)
    if not needs_daily_backup(db_path, folder, today=now.date()):
        return None
    info = make_backup(db_path, folder, kind=AUTO, now=now, passphrase=passphrase, control=control)
    removed = rotate_backups(db_path, folder, verified=info.path, passphrase=passphrase)
    return BackupMade.of(info, removed)


def _scan(folder: Path, db_path: Path | None) -> list[tuple[Path, datetime, str]]:
    """Backups in ``folder`` recognised by their names, newest first (no file opened)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for path in entries:
        match = _NAME.match(path.name)
        if match is None or (db_path is not None and match["stem"] != db_path.stem):
            continue
        found.append((path, datetime.strptime(match["stamp"], STAMP), match["kind"]))
    return sorted(found, key=lambda item: (item[1], item[0].name), reverse=True)


def _free_name(
    folder: Path, db_path: Path, now: datetime, kind: str, detail: str | None, suffix: str
) -> Path:
    base = f"{db_path.stem}-{now.strftime(STAMP)}-{kind}" + (f"-{detail}" if detail else "")
    candidate = folder / f"{base}{suffix}"
    number = 1
    # Either kind of copy holds the name: two copies of one second never look alike.
    while any((folder / f"{candidate.name.removesuffix(suffix)}{ext}").exists() for ext in _EXTS):
        number += 1
        candidate = folder / f"{base}~{number}{suffix}"
    return candidate


def _vacuum_into(db_path: Path, temp: Path, target: Path, passphrase: str | None) -> None:
    try:
        # VACUUM INTO counts as a write for query_only, though it only reads the source.
        # From a keyed connection it writes a copy encrypted with the same key.
        with read_only(db_path, query_only=False, passphrase=passphrase) as connection:
            # An absolute name: SQLite would read one starting "file:" as a URI.
            connection.execute("VACUUM INTO ?", (os.path.abspath(temp),))
    except DATABASE_ERRORS as exc:
        raise _copy_failed(exc, db_path, temp, target, passphrase) from exc


def _copy_failed(
    exc: Exception, db_path: Path, temp: Path, target: Path, passphrase: str | None
) -> Exception:
    """The error to raise when SQLite failed while copying ``db_path`` into ``temp``."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code == _SQLITE_FULL or "full" in str(exc):
        return DiskFullError(target, "the disk is full; free some space or back up elsewhere")
    # SQLite names the copy in some of its messages: the user must hear about the
    # database, and the temporary file is gone by the time they read it.
    detail = str(exc).replace(os.path.abspath(temp), "the copy").replace(str(temp), "the copy")
    if is_corruption(exc):
        found = integrity_check(db_path, passphrase=passphrase)
        detail = found[0] if found else f"SQLite could not read it to copy it: {detail}"
        return corrupt_error(db_path, detail, target.parent, passphrase)
    return BackupError(f"{db_path}: cannot read the database to back it up ({detail})")


def write_chunked(db_path: Path, target: Path, control: BackupControl | None) -> None:
    """A page copy of the plain ``db_path``, checked, then stored as chunks and a manifest.

    The copy has the database's own pages, so its ``integrity_check`` is a full check
    of the database as it was: it is recorded as such (casetracker.store.check_state).
    """
    temp = temp_copy(target.parent, target.name)
    try:
        try:
            with read_only(db_path) as connection:
                copy_pages(connection, temp, control)
        except DATABASE_ERRORS as exc:
            raise _copy_failed(exc, db_path, temp, target, None) from exc
        started = time.monotonic()
        problems = integrity_check(temp, immutable=True)
        if problems:
            record_full_check(db_path, False, time.monotonic() - started, problems[0])
            raise corrupt_error(db_path, problems[0], target.parent)
        record_full_check(db_path, True, time.monotonic() - started)
        case_count, revision = _peek(temp, None)
        size, digest, chunks = store_chunks(temp, target.parent, control)
        write_manifest(Manifest(size, digest, chunks, case_count, revision), target)
        record_verified_backup(db_path)
    finally:
        with suppress(OSError):
            temp.unlink()


def fsync_file(path: Path, target: Path) -> None:
    """VACUUM INTO does not sync its output; a backup must survive a power cut."""
    try:
        handle = os.open(path, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
    except OSError as exc:
        raise translate_os_error(exc, target) from exc


def _peek(path: Path, passphrase: str | None) -> tuple[int | None, str | None]:
    try:
        with read_only(path, immutable=True, passphrase=passphrase) as connection:
            count = connection.execute("SELECT count(*) FROM cases").fetchone()[0]
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except (*DATABASE_ERRORS, PassphraseError):
        return None, None
    return int(count), (row[0] if row else None)


SIDE_FILES = ("-wal", "-shm", "-journal")
