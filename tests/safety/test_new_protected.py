"""A database created while CASETRACKER_PASSPHRASE is set is protected from its first byte."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from casetracker.services.cases import list_cases
from casetracker.store.database import open_database
from casetracker.store.encryption import PassphraseRequiredError, is_protected

PASSPHRASE = "correct horse battery staple"
PARTY_NAMES = ("Limaypuma", "Ccoricasa", "Policía")


def casetracker(db: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CASETRACKER_PASS")}
    return subprocess.run(
        [sys.executable, "-m", "casetracker", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env={**environment, **env},
    )


def assert_protected_from_the_start(path: Path, cases: int) -> None:
    data = path.read_bytes()
    assert not data.startswith(b"SQLite format 3") and is_protected(path)
    assert not any(name.encode() in data for name in PARTY_NAMES)
    with pytest.raises(PassphraseRequiredError):
        open_database(path, auto_backup=False)
    database = open_database(path, auto_backup=False, passphrase=PASSPHRASE)
    try:
        assert len(list_cases(database)) == cases
    finally:
        database.close()


def test_demo_and_import_into_a_new_file_create_it_protected(
    demo_db_file: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "archive.json"
    exported = casetracker(demo_db_file, "export", str(archive))
    assert exported.returncode == 0, exported.stderr

    for command in (["demo"], ["import", str(archive)]):
        path = tmp_path / command[0] / "cases.sqlite3"
        result = casetracker(path, *command, CASETRACKER_PASSPHRASE=PASSPHRASE)
        assert result.returncode == 0, result.stderr
        assert_protected_from_the_start(path, cases=3)


def test_a_weak_passphrase_in_the_environment_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "new" / "cases.sqlite3"
    result = casetracker(path, "demo", CASETRACKER_PASSPHRASE="short")
    assert result.returncode == 1
    assert "the passphrase is too short" in result.stderr
    assert not path.exists()
