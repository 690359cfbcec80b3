"""When the database was last checked in full, and whether SQLite has reported damage since.

Opening a database no longer reads the whole file (``quick_check`` took 10 s on a
2.4 GB database). Damage is still found before it can spread into the backups:

- every new backup copy is checked with ``integrity_check`` before it is kept, and
  rotation removes nothing until a kept copy has passed that check;
- the live file gets a full ``integrity_check`` once a week (the app, in the
  background, with the day's backup) and before every schema upgrade;
- whenever SQLite reports damage (``SQLITE_CORRUPT``, ``SQLITE_NOTADB``) during any
  operation, that is recorded here, the operation stops with the damage error, and
  every later open checks the file first until a full check finds it sound again.

The state is a small JSON file beside the backups (``<stem>.checks.json``): losing
it only makes the next full check due at once.
"""

from __future__ import annotations

import json
import logging
import os
from contextlib import suppress
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from casetracker.store.locations import backups_folder

log = logging.getLogger(__name__)

FULL_CHECK_EVERY = timedelta(days=7)
_CORRUPT, _NOTADB = 11, 26


@dataclass(frozen=True, slots=True)
class CheckState:
    """What is known about the last checks of one database file."""

    last_full_check: datetime | None = None
    last_full_check_ok: bool | None = None
    last_full_check_seconds: float | None = None
    last_full_check_detail: str = ""
    corruption_reported: datetime | None = None
    corruption_detail: str = ""
    last_verified_backup: datetime | None = None

    def full_check_due(self, now: datetime | None = None) -> bool:
        """Never checked, checked over a week ago, or damage reported since."""
        if self.last_full_check is None or self.damage_suspected:
            return True
        return (now or datetime.now()) - self.last_full_check >= FULL_CHECK_EVERY

    @property
    def damage_suspected(self) -> bool:
        """SQLite reported damage, or the last full check found some, and nothing cleared it."""
        if self.last_full_check_ok is False:
            return True
        if self.corruption_reported is None:
            return False
        return self.last_full_check is None or self.corruption_reported >= self.last_full_check

    def next_full_check(self) -> datetime | None:
        """When the weekly check falls due (None: due now)."""
        if self.full_check_due():
            return None
        assert self.last_full_check is not None
        return self.last_full_check + FULL_CHECK_EVERY


def state_path(db_path: Path) -> Path:
    return backups_folder(db_path) / f"{db_path.stem}.checks.json"


def load_state(db_path: Path) -> CheckState:
    """The recorded state; an empty one when there is none or it cannot be read."""
    try:
        raw = json.loads(state_path(db_path).read_text(encoding="utf-8"))
        return CheckState(
            last_full_check=_when(raw.get("last_full_check")),
            last_full_check_ok=raw.get("last_full_check_ok"),
            last_full_check_seconds=raw.get("last_full_check_seconds"),
            last_full_check_detail=str(raw.get("last_full_check_detail", "")),
            corruption_reported=_when(raw.get("corruption_reported")),
            corruption_detail=str(raw.get("corruption_detail", "")),
            last_verified_backup=_when(raw.get("last_verified_backup")),
        )
    except (OSError, ValueError, TypeError, AttributeError):
        return CheckState()


def record_full_check(db_path: Path, ok: bool, seconds: float, detail: str = "") -> None:
    _save(
        db_path,
        replace(
            load_state(db_path),
            last_full_check=datetime.now(),
            last_full_check_ok=ok,
            last_full_check_seconds=round(seconds, 2),
            last_full_check_detail=detail,
        ),
    )


def record_corruption(db_path: Path, detail: str) -> None:
    log.error("SQLite reported damage in %s: %s", db_path.name, detail)
    _save(
        db_path,
        replace(load_state(db_path), corruption_reported=datetime.now(), corruption_detail=detail),
    )


def record_verified_backup(db_path: Path) -> None:
    _save(db_path, replace(load_state(db_path), last_verified_backup=datetime.now()))


def reports_damage(exc: BaseException) -> bool:
    """Whether an SQLite error says the file itself is damaged (not locked, not a bad query)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_CORRUPT, _NOTADB)
    message = str(exc)
    return "malformed" in message or "file is not a database" in message


def _save(db_path: Path, state: CheckState) -> None:
    """Write the state in one step; a folder that refuses it only loses the record."""
    target = state_path(db_path)
    # Microseconds: a check run within the second after a damage report is still after it.
    values = {
        key: value.isoformat(timespec="microseconds") if isinstance(value, datetime) else value
        for key, value in asdict(state).items()
    }
    temp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp.write_text(json.dumps(values, indent=1), encoding="utf-8")
        os.replace(temp, target)
    except OSError as exc:
        log.warning("could not record the check state in %s: %s", target, exc)
        with suppress(OSError):
            temp.unlink(missing_ok=True)


def _when(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None
