"""Backups that share their unchanged parts: page copies stored as compressed chunks.

A backup of an unprotected database is a page-for-page copy made with SQLite's
backup API (in steps, with pauses, under one read transaction, so it is one
consistent snapshot, finishes under a steady writer, and can be cancelled between
steps). The copy is checked with ``integrity_check``; then it is cut into 128 KiB
chunks, each stored once as a standard zstd frame named by the SHA-256 of its
content in ``chunks/`` beside the backups. The backup itself is a small JSON manifest
(``<stem>-<time>-<kind>.backup.json``) listing its chunks in order and the SHA-256
of the whole copy. Because the copy keeps the database's page layout, a day's
changes touch few chunks: a week of daily backups costs about one compressed copy.

Every chunk a manifest names is read back and compared with the copy before the
manifest is written, so a manifest under its final name restores to exactly the
copy that passed the check (a damaged chunk already stored is replaced then). A
cancelled or interrupted backup leaves no manifest; the chunks it stored are reused
by the next attempt, which so resumes the slow part. Restoring reassembles the copy
(``zstd -d`` on each chunk, concatenated, gives the same file). Chunks no manifest
names any more are removed after rotation, never while a backup is being written.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path

import zstandard

from casetracker.atomic import TEMP_SUFFIX, fsync_folder, translate_os_error
from casetracker.store.errors import BackupError
from casetracker.store.shred import remove_securely

MANIFEST_SUFFIX = ".backup.json"
CHUNKS = "chunks"
CHUNK_SIZE = 128 * 1024
FORMAT = "casetracker-chunked-backup"
_LEVEL = 3
_STEP_PAGES = 1024
# Pause after each step for this share of the time the step took: the copy uses at
# most about two thirds of the disk's bandwidth, and the app and commands the rest.
_PAUSE_SHARE = 0.5

Progress = Callable[[int, int], None]


class BackupCancelled(Exception):
    """The backup was cancelled; nothing was kept under a final name."""


class BackupControl:
    """Cancelling a running backup, and hearing how far it got (done, total bytes)."""

    def __init__(self, progress: Progress | None = None) -> None:
        self._cancelled = threading.Event()
        self._progress = progress

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def step(self, done: int, total: int, took: float) -> None:
        """Called after each step: report, stop if asked, then pause to bound the I/O."""
        if self._progress is not None:
            self._progress(done, total)
        if self._cancelled.is_set():
            raise BackupCancelled
        if took > 0:
            time.sleep(took * _PAUSE_SHARE)


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a chunked backup holds: the copy's size and digest, its chunks in order."""

    size: int
    sha256: str
    chunks: tuple[str, ...]
    case_count: int | None
    revision: str | None

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "version": 1,
                "chunk_size": CHUNK_SIZE,
                "size": self.size,
                "sha256": self.sha256,
                "case_count": self.case_count,
                "revision": self.revision,
                "chunks": list(self.chunks),
            },
            indent=0,
        )


def is_manifest(path: Path) -> bool:
    return path.name.endswith(MANIFEST_SUFFIX)


def read_manifest(path: Path) -> Manifest:
    """The manifest at ``path``.

    Raises:
        BackupError: the file is not a readable manifest of this format.
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("format") != FORMAT or raw.get("chunk_size") != CHUNK_SIZE:
            raise ValueError("not a casetracker backup manifest")
        return Manifest(
            int(raw["size"]),
            str(raw["sha256"]),
            tuple(str(chunk) for chunk in raw["chunks"]),
            raw.get("case_count"),
            raw.get("revision"),
        )
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise BackupError(f"{path}: not a readable backup ({exc}); choose another") from exc


def chunk_path(folder: Path, digest: str) -> Path:
    return folder / CHUNKS / digest[:2] / f"{digest}.zst"


def copy_pages(
    connection: sqlite3.Connection, target: Path, control: BackupControl | None = None
) -> None:
    """Copy the database of ``connection`` page for page into the new file ``target``.

    One read transaction spans the copy: it is one snapshot, and a writer elsewhere
    neither disturbs nor restarts it (the database is in WAL mode).
    """
    control = control or BackupControl()
    connection.isolation_level = None
    connection.execute("BEGIN")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        last = [time.monotonic()]

        def step(_status: int, remaining: int, total: int) -> None:
            now = time.monotonic()
            control.step((total - remaining) * page_size, total * page_size, now - last[0])
            last[0] = time.monotonic()

        with closing(sqlite3.connect(target)) as copy:
            connection.backup(copy, pages=_STEP_PAGES, progress=step)
    finally:
        connection.execute("ROLLBACK")


def store_chunks(
    copy: Path, folder: Path, control: BackupControl | None = None
) -> tuple[int, str, tuple[str, ...]]:
    """Store ``copy`` as chunks in ``folder``; return its size, SHA-256 and chunk names.

    A chunk already stored is read back and compared; a damaged one is rewritten.
    """
    control = control or BackupControl()
    compressor = zstandard.ZstdCompressor(level=_LEVEL, write_checksum=True)
    whole = hashlib.sha256()
    names: list[str] = []
    touched: set[Path] = set()
    total = copy.stat().st_size
    done = 0
    with copy.open("rb") as source:
        while block := source.read(CHUNK_SIZE):
            started = time.monotonic()
            whole.update(block)
            digest = hashlib.sha256(block).hexdigest()
            path = chunk_path(folder, digest)
            if _read_chunk(path) != block:
                _write_chunk(path, compressor.compress(block))
                touched.add(path.parent)
            names.append(digest)
            done += len(block)
            control.step(done, total, time.monotonic() - started)
    for chunk_folder in touched:  # the new chunks' names survive a power cut too
        fsync_folder(chunk_folder)
    return total, whole.hexdigest(), tuple(names)


def write_manifest(manifest: Manifest, target: Path) -> None:
    """Write ``manifest`` to ``target`` in one step (synced); an existing file is refused."""
    temp = target.with_name(f".{target.name}.{os.getpid()}{TEMP_SUFFIX}")
    try:
        with temp.open("w", encoding="utf-8") as handle:
            handle.write(manifest.to_json())
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            raise BackupError(f"{target}: a file with this name exists; choose another name")
        os.replace(temp, target)
        fsync_folder(target.parent)
    except OSError as exc:
        raise translate_os_error(exc, target) from exc
    finally:
        with suppress(OSError):
            temp.unlink()


def chunk_problems(manifest_path: Path) -> list[str]:
    """Why the manifest would not restore to the copy it names (empty: it would)."""
    try:
        manifest = read_manifest(manifest_path)
    except BackupError as exc:
        return [str(exc).split(": ", 1)[-1]]
    whole = hashlib.sha256()
    for block in _blocks(manifest_path.parent, manifest):
        if block is None:
            return ["a part of it is missing or damaged"]
        whole.update(block)
    if whole.hexdigest() != manifest.sha256:
        return ["its parts do not add up to the copy that was checked"]
    return []


def materialize(manifest_path: Path, target: Path) -> None:
    """Reassemble the copy a manifest names into the new file ``target`` (synced).

    Raises:
        BackupError: a chunk is missing or damaged (``target`` is removed).
    """
    manifest = read_manifest(manifest_path)
    whole = hashlib.sha256()
    try:
        with target.open("wb") as out:
            for block in _blocks(manifest_path.parent, manifest):
                if block is None:
                    raise BackupError(
                        f"{manifest_path}: a part of this backup is missing or damaged; "
                        "choose another"
                    )
                whole.update(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
        if whole.hexdigest() != manifest.sha256:
            raise BackupError(f"{manifest_path}: this backup does not add up; choose another")
    except BaseException:
        with suppress(OSError):
            target.unlink()
        raise


def referenced_chunks(manifests: Iterable[Path]) -> set[str]:
    found: set[str] = set()
    for path in manifests:
        with suppress(BackupError):
            found.update(read_manifest(path).chunks)
    return found


def remove_unreferenced(folder: Path, manifests: Iterable[Path]) -> int:
    """Remove the chunks no manifest in ``folder`` names; return how many.

    The caller holds the folder's exclusive claim: no backup is being written. A
    manifest that cannot be read keeps nothing, so an unreadable one stops the sweep.
    """
    manifests = list(manifests)
    for path in manifests:
        try:
            read_manifest(path)
        except BackupError:
            return 0
    keep = referenced_chunks(manifests)
    removed = 0
    for temp in (folder / CHUNKS).glob(f"??/.*{TEMP_SUFFIX}"):  # an interrupted write's
        with suppress(OSError):
            temp.unlink()
    for path in _stored_chunks(folder):
        if path.name.removesuffix(".zst") not in keep:
            # Chunks hold pages in the clear: overwritten first, like other plain copies.
            removed += remove_securely(path)
    return removed


def stored_sizes(folder: Path) -> dict[str, int]:
    """The size on disk of each stored chunk, by name."""
    sizes: dict[str, int] = {}
    for path in _stored_chunks(folder):
        with suppress(OSError):
            sizes[path.name.removesuffix(".zst")] = path.stat().st_size
    return sizes


def temp_copy(folder: Path, name: str) -> Path:
    """An empty temporary file in ``folder`` that the leftover cleaner knows as ``name``'s."""
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=TEMP_SUFFIX, dir=folder)
        os.close(handle)
    except OSError as exc:
        raise translate_os_error(exc, folder / name) from exc
    return Path(temp)


def _stored_chunks(folder: Path) -> Iterator[Path]:
    chunks = folder / CHUNKS
    if chunks.is_dir():
        yield from chunks.glob("??/*.zst")


def _blocks(folder: Path, manifest: Manifest) -> Iterator[bytes | None]:
    for digest in manifest.chunks:
        block = _read_chunk(chunk_path(folder, digest))
        yield block if block is not None and hashlib.sha256(block).hexdigest() == digest else None


def _read_chunk(path: Path) -> bytes | None:
    try:
        data = path.read_bytes()
        return zstandard.ZstdDecompressor().decompress(data, max_output_size=CHUNK_SIZE)
    except (OSError, zstandard.ZstdError):
        return None


def _write_chunk(path: Path, data: bytes) -> None:
    """Write one chunk in one step and sync it: a manifest never names a half chunk."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}{TEMP_SUFFIX}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with temp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        with suppress(OSError):
            temp.unlink()
        raise translate_os_error(exc, path) from exc
