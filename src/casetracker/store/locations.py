"""Where the files around a database live, and folders a database should not live in.

SQLite relies on the operating system's file locks and, in WAL mode, on shared
memory beside the file. Sync clients (Dropbox, OneDrive, Google Drive, iCloud,
Nextcloud) upload and replace the file and its ``-wal`` separately, and network file
systems implement locks loosely or not at all: two machines, or one machine and
the sync client, can then each write and corrupt the database. The checks here
only warn; the GUI offers backing up to such a folder instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

BACKUPS_FOLDER = "backups"
LOCK_SUFFIX = ".lock"
SCHEDULED_LOCK_SUFFIX = ".scheduled.lock"

# Lower-case fragments of folder names that sync clients create.
_SYNCED_FOLDERS = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "pcloud": "pCloud",
    "mega": "MEGA",
    "box sync": "Box",
}
_NETWORK_TYPES = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smb2",
    "smb3",
    "smbfs",
    "sshfs",
    "9p",
    "afs",
    "ceph",
    "glusterfs",
    "davfs",
    "ncpfs",
}
PROC_MOUNTS = Path("/proc/mounts")


def backups_folder(db_path: Path) -> Path:
    """The default backups folder: ``backups/`` beside the database."""
    return db_path.parent / BACKUPS_FOLDER


def lock_path(db_path: Path) -> Path:
    """The lock file of a database: ``<name>.lock`` beside it."""
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def scheduled_lock_path(db_path: Path) -> Path:
    """The lock of a database's scheduled work (day's backup, weekly check) beside it."""
    return db_path.with_name(db_path.name + SCHEDULED_LOCK_SUFFIX)


def read_only_media(path: Path) -> bool:
    """Whether the existing database at ``path`` cannot be written where it is.

    A CD, a write-protected USB stick, a read-only share, or a file or folder without
    write permission: such a database is opened ``immutable`` (nothing can change it,
    and SQLite could not create its ``-wal`` and ``-shm`` beside it), for reading and
    backing up only.
    """
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def journal_beside(path: Path) -> bool:
    """Whether a ``-wal`` or rollback ``-journal`` lies beside ``path``.

    Without one, nobody has the database open and nothing of it lives outside the
    file, so it can be inspected ``immutable``, creating nothing beside it.
    """
    return any(Path(f"{path}{side}").exists() for side in ("-wal", "-journal"))


def risky_location(path: Path, *, mounts_file: Path = PROC_MOUNTS) -> str | None:
    """Why ``path`` is a risky place for a database, or None when it looks safe.

    ``mounts_file`` is the Linux mount table (a parameter so tests can feed one).
    """
    absolute = Path(os.path.abspath(path))
    service = synced_service(absolute)
    if service is not None:
        return (
            f"the database is inside a {service} folder: the sync client copies the file "
            "and its journal separately and can corrupt it or bring back old versions. "
            "Keep the database in a local folder and back up into the synced folder instead"
        )
    network = network_file_system(absolute, mounts_file=mounts_file)
    if network is not None:
        return (
            f"the database is on a network drive ({network}): file locking there is "
            "unreliable, so two computers can write at once and corrupt it. Keep the "
            "database on this computer and back up to the network drive instead"
        )
    return None


def synced_service(path: Path) -> str | None:
    """The sync service whose folder contains ``path``, if its name gives it away."""
    for part in path.parts:
        name = part.casefold()
        for fragment, service in _SYNCED_FOLDERS.items():
            if name == fragment or name.startswith((fragment + " ", fragment + "-")):
                return service
            if fragment in ("dropbox", "onedrive", "nextcloud") and fragment in name:
                return service
    return None


def network_file_system(path: Path, *, mounts_file: Path = PROC_MOUNTS) -> str | None:
    """The kind of network file system ``path`` is on, or None for a local one."""
    if sys.platform == "win32":
        return _windows_network_drive(path)
    try:
        table = mounts_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None  # macOS and BSDs have no /proc/mounts; the name check still runs
    best: tuple[int, str] | None = None
    text = str(path)
    for line in table.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape(fields[1])
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fields[2])
    if best is None:
        return None
    fs_type = best[1]
    if fs_type in _NETWORK_TYPES or fs_type.startswith("fuse."):
        return fs_type
    return None


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces, tabs and backslashes as octal escapes."""
    for escape, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(escape, char)
    return field


def _windows_network_drive(path: Path) -> str | None:  # pragma: no cover - Windows only
    text = str(path)
    if text.startswith("\\\\"):
        return "a shared folder (UNC path)"
    import ctypes

    drive_remote = 4
    root = os.path.splitdrive(text)[0] + "\\"
    if ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote:  # type: ignore[attr-defined]
        return f"network drive {root}"
    return None
