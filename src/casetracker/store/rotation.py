"""Which automatic backups rotation keeps: a rule about dates and one about content.

Only automatic copies rotate. A copy made by hand is the user's (often the one made
just before something risky) and a copy made before a migration is the way back from
it: neither is ever removed by rotation.

Among the automatic copies, rotation keeps the newest of each of the last 7 days,
4 weeks and 12 months that have one. A copy that loses its day's place to a newer copy
of the same day is removed only if a newer kept copy holds the same data: otherwise it
is the only copy of the database as it was before a change, and it stays.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from casetracker.store.chunked_backup import is_manifest, read_manifest
from casetracker.store.encryption import DATABASE_ERRORS, PassphraseError
from casetracker.store.errors import BackupError
from casetracker.store.integrity import read_only

if TYPE_CHECKING:
    from casetracker.store.backup import BackupInfo


@dataclass(frozen=True, slots=True)
class RotationPolicy:
    """How many daily, weekly and monthly backups rotation keeps."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def backups_to_keep(backups: Iterable[BackupInfo], policy: RotationPolicy) -> set[Path]:
    """The backups the date rule keeps: the newest of each recent day, week and month."""
    ordered = sorted(backups, key=_when, reverse=True)
    rules: list[tuple[int, Callable[[datetime], object]]] = [
        (policy.daily, lambda t: t.date()),
        (policy.weekly, lambda t: t.isocalendar()[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    ]
    keep: set[Path] = set()
    for count, bucket in rules:
        seen: set[object] = set()
        for backup in ordered:
            key = bucket(backup.made_at)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(key)
            keep.add(backup.path)
    return keep


def plan_rotation(
    backups: Sequence[BackupInfo],
    policy: RotationPolicy,
    same_data: Callable[[BackupInfo, BackupInfo], bool],
) -> set[Path]:
    """The automatic ``backups`` to keep: the date rule, then the content rule.

    ``same_data(older, newer)`` tells whether two copies hold the same data.
    """
    keep = backups_to_keep(backups, policy)
    ordered = sorted(backups, key=_when, reverse=True)
    for position, backup in enumerate(ordered):
        if backup.path in keep:
            continue
        newer_kept = [other for other in ordered[:position] if other.path in keep]
        if not any(other.made_at.date() == backup.made_at.date() for other in newer_kept):
            continue  # out of the date rule by age, not by sharing its day
        if not any(same_data(backup, other) for other in newer_kept):
            keep.add(backup.path)
    return keep


class DataDigests:
    """A digest of each backup's rows, computed when first asked and remembered.

    Two copies of unchanged data are not equal byte for byte (SQLite's header
    counters differ, and encrypted pages have random salts), so the rows themselves
    are compared. Reading a whole backup costs a second or so per 100 MB; it happens
    only for copies that share a day, which the daily backup rarely makes.
    """

    def __init__(self, passphrase: str | None) -> None:
        self._passphrase = passphrase
        self._digests: dict[Path, str | None] = {}

    def same_data(self, one: BackupInfo, other: BackupInfo) -> bool:
        if (one.case_count, one.revision) != (other.case_count, other.revision):
            return False
        if is_manifest(one.path) or is_manifest(other.path):
            # Page copies of unchanged data are equal byte for byte.
            return _copy_digest(one.path) == _copy_digest(other.path) is not None
        first, second = self.digest(one.path), self.digest(other.path)
        return first is not None and first == second

    def digest(self, path: Path) -> str | None:
        """SHA-256 of every row of every table; None when the file cannot be read."""
        if path not in self._digests:
            self._digests[path] = _data_digest(path, self._passphrase)
        return self._digests[path]


def _data_digest(path: Path, passphrase: str | None) -> str | None:
    digest = hashlib.sha256()
    try:
        with read_only(path, immutable=True, passphrase=passphrase) as connection:
            tables = [
                row[0]
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
                )
            ]
            for table in tables:
                digest.update(f"\x00table {table}\x00".encode())
                quoted = table.replace('"', '""')
                for row in connection.execute(f'SELECT * FROM "{quoted}"'):
                    digest.update(repr(row).encode("utf-8", "surrogatepass"))
    except (*DATABASE_ERRORS, PassphraseError):
        return None
    return digest.hexdigest()


def _copy_digest(path: Path) -> str | None:
    try:
        return read_manifest(path).sha256 if is_manifest(path) else None
    except BackupError:
        return None


def _when(backup: BackupInfo) -> tuple[datetime, str]:
    """Sorting key: when the copy was made (its name breaks ties within a second)."""
    return backup.made_at, backup.path.name
