"""Restoring a backup made before ``protect`` keeps the database protected.

The backup is plain (it was made before the passphrase existed); the database is
protected now. Restoring it used to put the plain file in place, silently, and every
later backup was plain too. Now the restored copy is encrypted with the current
passphrase before it takes the database's place, or the restore is refused, saying
why, with nothing changed.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.safety._helpers import count_rows
from tests.safety.test_backup import add_note
from tests.safety.test_encryption import PARTY_NAMES, PASSPHRASE, readable_names, run_cli

from casetracker.services import backups
from casetracker.services.protection import protect
from casetracker.store.database import open_database
from casetracker.store.encryption import (
    SQLITE_HEADER,
    PassphraseRequiredError,
    WrongPassphraseError,
    is_protected,
)
from casetracker.store.models import Note


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def notes_with(path: Path, passphrase: str) -> int:
    database = open_database(path, passphrase=passphrase, auto_backup=False)
    try:
        with database.read() as session:
            return int(session.scalar(select(func.count()).select_from(Note)) or 0)
    finally:
        database.close()


@pytest.fixture
def plain_backup_then_protected(demo_copy: Path, tmp_path: Path) -> tuple[Path, int]:
    """A plain backup on a USB drive, a change, then ``protect``: (the backup, its notes)."""
    made = backups.back_up(demo_copy, tmp_path / "usb").path
    notes = count_rows(made, "notes")
    add_note(demo_copy, "written after the backup")
    protect(demo_copy, PASSPHRASE)
    assert readable_names(made) == list(PARTY_NAMES), "protect leaves other folders alone"
    return made, notes


def test_a_plain_backup_restored_into_a_protected_database_is_encrypted(
    demo_copy: Path, plain_backup_then_protected: tuple[Path, int]
) -> None:
    backup, notes = plain_backup_then_protected

    result = backups.restore(backup, demo_copy, passphrase=PASSPHRASE)

    assert result.kept_protection
    assert demo_copy.read_bytes()[:16] != SQLITE_HEADER and is_protected(demo_copy)
    assert readable_names(demo_copy) == []
    assert notes_with(demo_copy, PASSPHRASE) == notes, "the backup's data, not the newer"
    assert result.kept_aside is not None and is_protected(result.kept_aside)
    later = backups.back_up(demo_copy, passphrase=PASSPHRASE)
    assert readable_names(later.path) == [] and is_protected(later.path)
    leftovers = [p.name for p in demo_copy.parent.iterdir() if p.name.endswith(".part")]
    assert leftovers == []


def test_without_the_passphrase_the_restore_is_refused_and_nothing_moves(
    demo_copy: Path, plain_backup_then_protected: tuple[Path, int]
) -> None:
    backup, _notes = plain_backup_then_protected
    before = digest(demo_copy)
    listing = sorted(p.name for p in demo_copy.parent.iterdir())

    with pytest.raises(PassphraseRequiredError, match="protect the restored copy"):
        backups.restore(backup, demo_copy)
    with pytest.raises(WrongPassphraseError):
        backups.restore(backup, demo_copy, passphrase="not the passphrase at all")

    assert digest(demo_copy) == before
    assert sorted(p.name for p in demo_copy.parent.iterdir()) == listing


def test_the_command_line_restores_it_protected_and_says_so(
    demo_copy: Path, plain_backup_then_protected: tuple[Path, int]
) -> None:
    backup, notes = plain_backup_then_protected

    result = run_cli(demo_copy, "restore", str(backup), CASETRACKER_PASSPHRASE=PASSPHRASE)

    assert result.returncode == 0, result.stderr
    assert "protected with the current passphrase" in result.stdout
    assert readable_names(demo_copy) == [] and is_protected(demo_copy)
    assert notes_with(demo_copy, PASSPHRASE) == notes


def test_the_command_line_without_a_passphrase_refuses_in_one_line(
    demo_copy: Path, plain_backup_then_protected: tuple[Path, int]
) -> None:
    backup, _notes = plain_backup_then_protected
    before = digest(demo_copy)

    result = run_cli(demo_copy, "restore", str(backup))

    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "protected with a passphrase" in result.stderr
    assert digest(demo_copy) == before
