"""A full disk or a read-only folder: a clear error, and the database stays intact."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from casetracker.services.cases import list_cases
from casetracker.services.filings import AttachmentInput, add_attachment, attachment_bytes
from casetracker.store.database import open_database
from casetracker.store.errors import DatabaseUnavailableError
from casetracker.store.integrity import integrity_check


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_filling_the_disk_gives_a_clear_error_and_loses_nothing(
    demo_copy: Path, tmpfs: Callable[[str], Path]
) -> None:
    drive = tmpfs("3m")
    path = drive / "cases.sqlite3"
    shutil.copyfile(demo_copy, path)
    ballast = drive / "ballast.bin"
    ballast.write_bytes(b"\0" * 256 * 1024)  # freed later, to show the database recovers
    database = open_database(path, auto_backup=False)
    saved: dict[int, bytes] = {}
    try:
        with pytest.raises(DatabaseUnavailableError) as caught:
            for number in range(100):
                data = bytes([number]) * 150_000
                info = add_attachment(
                    database, AttachmentInput(case_id=1, filename=f"a{number}.pdf", data=data)
                )
                saved[info.id] = data
        message = str(caught.value)
        assert "disk is full" in message and "nothing of this change was saved" in message
        assert saved, "some attachments fit before the disk filled"
        assert len(list_cases(database)) == 3, "reading still works"
        ballast.unlink()
        extra = add_attachment(database, AttachmentInput(case_id=1, filename="z.pdf", data=b"z"))
        saved[extra.id] = b"z"
        for attachment_id, data in saved.items():
            assert attachment_bytes(database, attachment_id) == data
    finally:
        database.close()
    assert integrity_check(path) == []


def fill(drive: Path, leave: int) -> None:
    """Fill ``drive`` until only about ``leave`` bytes are free."""
    free = shutil.disk_usage(drive).free - leave
    with (drive / "filler.bin").open("wb") as handle:
        while free > 0:
            chunk = min(free, 65536)
            try:
                handle.write(b"\0" * chunk)
                handle.flush()
            except OSError:
                break
            free -= chunk


def test_a_full_disk_stops_the_automatic_backup_but_not_the_app(
    demo_copy: Path, tmpfs: Callable[[str], Path]
) -> None:
    drive = tmpfs("2m")
    path = drive / "cases.sqlite3"
    shutil.copyfile(demo_copy, path)
    fill(drive, leave=160 * 1024)  # room for the journal, not for a backup
    database = open_database(path)
    try:
        assert database.report.backup is None
        assert database.report.backup_problem is not None
        assert "disk is full" in database.report.backup_problem
        assert len(list_cases(database)) == 3
    finally:
        database.close()
    assert list((drive / "backups").iterdir()) == [], "no partial backup is left behind"
    assert integrity_check(path) == []


def test_a_completely_full_disk_is_refused_clearly_and_untouched(
    demo_copy: Path, tmpfs: Callable[[str], Path]
) -> None:
    drive = tmpfs("2m")
    path = drive / "cases.sqlite3"
    shutil.copyfile(demo_copy, path)
    before = digest(path)
    fill(drive, leave=0)
    with pytest.raises(DatabaseUnavailableError, match="the disk is full; free some space"):
        open_database(path)
    assert digest(path) == before


def test_protect_on_a_full_disk_says_so_and_leaves_the_database_as_it_was(
    demo_copy: Path, tmpfs: Callable[[str], Path]
) -> None:
    drive = tmpfs("2m")
    path = drive / "cases.sqlite3"
    shutil.copyfile(demo_copy, path)
    before = digest(path)
    fill(drive, leave=120 * 1024)  # room for SQLite's journal files, not for a copy
    result = subprocess.run(
        [sys.executable, "-m", "casetracker", "--db", str(path), "protect"],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "CASETRACKER_PASSPHRASE": "correct horse battery staple"},
    )
    assert result.returncode == 1
    assert result.stderr.startswith(f"casetracker: error: {path}: the disk is full"), result.stderr
    assert "rollback" not in result.stderr and "Traceback" not in result.stderr
    assert digest(path) == before
    assert sorted(p.name for p in drive.iterdir()) == ["cases.sqlite3", "filler.bin"]
