"""Daily backups stored as shared compressed chunks: small, verified, restorable.

Real files throughout: a synthetic database of a few hundred cases, changed a little
each "day" as an office would, backed up, damaged with real byte flips, restored.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from casetracker.cli import main
from casetracker.services import backups
from casetracker.store.backup import daily_backup, list_backups, write_backup
from casetracker.store.check_state import load_state
from casetracker.store.chunked_backup import (
    CHUNKS,
    BackupCancelled,
    BackupControl,
    chunk_path,
    read_manifest,
)
from casetracker.store.encryption import is_protected
from casetracker.store.errors import BackupError, CorruptDatabaseError
from casetracker.store.integrity import verify_backup
from casetracker.store.protection import protect

pytestmark = pytest.mark.slow  # weeks of daily backups

MONDAY = datetime(2026, 11, 2, 9, 0)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("synthetic") / "office.sqlite3"
    assert main(["--db", str(path), "synth", "--cases", "400", "--filings-per-case", "12"]) == 0
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def office(synthetic: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "office" / "office.sqlite3"
    copy.parent.mkdir()
    copy.write_bytes(synthetic.read_bytes())
    return copy


def a_days_work(path: Path, day: int) -> None:
    """What an office changes in a day: a few titles and deadlines, a new note."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "UPDATE cases SET title = title || ?, updated_at = updated_at WHERE id % 97 = ?",
            (f" (día {day})", day),
        )
        conn.execute("UPDATE cases SET summary = ? WHERE id = ?", (f"revisado el día {day}", day))
        conn.commit()


def marker(path: Path, day: int) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return str(conn.execute("SELECT summary FROM cases WHERE id = ?", (day,)).fetchone()[0])


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def test_a_week_of_daily_backups_takes_a_fraction_of_seven_copies_and_each_restores(
    office: Path, tmp_path: Path
) -> None:
    folder = office.parent / "backups"
    made = []
    for day in range(1, 8):
        a_days_work(office, day)
        made.append(daily_backup(office, now=MONDAY + timedelta(days=day)))
    full_copies = 7 * office.stat().st_size
    used = folder_bytes(folder)
    assert used < 0.15 * full_copies, f"a week uses {used:,} bytes of {full_copies:,}"
    listed = backups.list_backups(office)
    assert [info.path for info in listed] == [m.path for m in reversed(made) if m]
    assert all(info.on_disk is not None for info in listed)
    assert sum(info.on_disk or 0 for info in listed) <= used

    for day in (1, 4, 7):
        backup = made[day - 1]
        assert backup is not None and verify_backup(backup.path) == []
        target = tmp_path / f"restored-{day}" / "office.sqlite3"
        target.parent.mkdir()
        backups.restore(backup.path, target)
        assert marker(target, day) == f"revisado el día {day}"
        assert backups.check(target).ok


def test_a_flipped_byte_is_reported_before_any_good_copy_is_rotated_away(office: Path) -> None:
    for day in range(1, 4):
        a_days_work(office, day)
        daily_backup(office, now=MONDAY + timedelta(days=day))
    folder = office.parent / "backups"
    before = sorted(p.name for p in folder.glob("*.backup.json"))
    flip_a_leaf_page(office, "filings")

    # A month later rotation would thin out the daily copies: it must not get there.
    with pytest.raises(CorruptDatabaseError) as caught:
        daily_backup(office, now=MONDAY + timedelta(days=40))

    assert "damaged" in str(caught.value)
    assert caught.value.backup is not None and caught.value.backup.name in before
    assert sorted(p.name for p in folder.glob("*.backup.json")) == before
    assert all(verify_backup(folder / name) == [] for name in before)
    assert load_state(office).damage_suspected, "the next open checks before anything else"


def flip_a_leaf_page(path: Path, table: str) -> None:
    """Invert the page-type byte of one of ``table``'s pages, as a failing disk might."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [
            row[0]
            for row in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (table,)
            )
        ]
    page = pages[len(pages) // 2]
    with path.open("r+b") as handle:
        handle.seek((page - 1) * page_size)
        first = handle.read(1)
        handle.seek((page - 1) * page_size)
        handle.write(bytes([first[0] ^ 0xFF]))


def test_a_damaged_chunk_fails_verification_and_the_next_backup_repairs_it(
    office: Path, tmp_path: Path
) -> None:
    first = daily_backup(office, now=MONDAY)
    assert first is not None
    manifest = read_manifest(first.path)
    chunk = chunk_path(first.path.parent, manifest.chunks[len(manifest.chunks) // 2])
    data = bytearray(chunk.read_bytes())
    data[len(data) // 2] ^= 0x01
    chunk.write_bytes(bytes(data))

    assert verify_backup(first.path) == ["a part of it is missing or damaged"]
    target = tmp_path / "restored" / "office.sqlite3"
    target.parent.mkdir()
    with pytest.raises(BackupError, match="missing or damaged"):
        backups.restore(first.path, target)
    assert not target.exists()

    daily_backup(office, now=MONDAY + timedelta(days=1))
    assert verify_backup(first.path) == [], "the unchanged chunk was stored again, whole"


def test_a_cancelled_backup_keeps_nothing_and_the_next_one_reuses_its_chunks(
    office: Path,
) -> None:
    steps: list[int] = []
    control = BackupControl(lambda done, total: steps.append(done))

    def cancel_midway(done: int, total: int) -> None:
        steps.append(done)
        if done > total // 2 and len(steps) > 3:
            control.cancel()

    control = BackupControl(cancel_midway)
    folder = office.parent / "backups"
    with pytest.raises(BackupCancelled):
        daily_backup(office, now=MONDAY, control=control)
    assert list(folder.glob("*.backup.json")) == []
    assert [p.name for p in folder.iterdir() if p.name.endswith(".part")] == []

    made = daily_backup(office, now=MONDAY)
    assert made is not None and verify_backup(made.path) == []
    assert (folder / CHUNKS).is_dir()


def test_single_file_daily_backups_of_earlier_versions_are_listed_and_restored(
    office: Path, tmp_path: Path
) -> None:
    folder = office.parent / "backups"
    old = folder / "office-20261025-090000-auto.sqlite3"
    write_backup(office, old)
    a_days_work(office, 3)
    new = daily_backup(office, now=MONDAY)
    assert new is not None

    listed = list_backups(folder, office)
    assert [info.path for info in listed] == [new.path, old]
    assert listed[1].on_disk == old.stat().st_size
    target = tmp_path / "restored" / "office.sqlite3"
    target.parent.mkdir()
    backups.restore(old, target)
    assert marker(target, 3) != "revisado el día 3"


def test_check_status_and_backup_list_on_the_command_line(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(office), "check", "--status"]) == 0
    assert "Never checked in full yet." in capsys.readouterr().out
    assert main(["--db", str(office), "check"]) == 0
    capsys.readouterr()
    assert main(["--db", str(office), "check", "--status"]) == 0
    out = capsys.readouterr().out
    assert f"Last full check: {datetime.now():%Y-%m-%d}" in out and "no damage" in out
    assert "Next full check:" in out

    daily_backup(office)
    assert main(["--db", str(office), "backup", "--list"]) == 0
    out = capsys.readouterr().out
    assert "on disk" in out.splitlines()[0] and "backup(s) use" in out


def test_a_command_starts_the_days_backup_in_a_process_of_its_own(office: Path) -> None:
    env = {**os.environ, "CASETRACKER_BACKGROUND_BACKUPS": "on"}
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "casetracker", "--db", str(office), "cases", "--json"],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    folder = office.parent / "backups"
    while not list(folder.glob("*-auto.backup.json")) and time.monotonic() - started < 120:
        time.sleep(0.5)
    made = list(folder.glob("*-auto.backup.json"))
    assert len(made) == 1 and verify_backup(made[0]) == []


def test_protecting_turns_chunked_backups_into_encrypted_files_and_leaves_no_chunk(
    office: Path, tmp_path: Path
) -> None:
    for day in range(1, 3):
        a_days_work(office, day)
        daily_backup(office, now=MONDAY + timedelta(days=day))
    folder = office.parent / "backups"
    result = protect(office, "correct horse battery")

    assert not result.backups_left
    assert list(folder.glob("*.backup.json")) == []
    assert [p for p in (folder / CHUNKS).rglob("*") if p.is_file()] == []
    copies = sorted(folder.glob("office-*-auto.sqlite3"))
    assert len(copies) == 2 and all(is_protected(copy) for copy in copies)
    assert all(b"revisado" not in copy.read_bytes() for copy in copies)
    assert verify_backup(copies[0], "correct horse battery") == []
    # The protected database's next daily copy is one encrypted file too.
    made = daily_backup(office, now=MONDAY + timedelta(days=5), passphrase="correct horse battery")
    assert made is not None and made.path.suffix == ".sqlite3" and made.protected
