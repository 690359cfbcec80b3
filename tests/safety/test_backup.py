"""Backups: made in one step, verified, listed, rotated and restored without loss."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from tests.safety._helpers import count_rows

from casetracker.services import backups
from casetracker.services.notes import NoteInput, create_note
from casetracker.store import backup
from casetracker.store.database import open_database
from casetracker.store.errors import BackupError, CorruptDatabaseError, DatabaseInUseError
from casetracker.store.locations import scheduled_lock_path

NOON = datetime(2026, 11, 26, 12, 0, 0)


def add_note(db_path: Path, body: str) -> None:
    database = open_database(db_path, actor="tester", auto_backup=False)
    try:
        create_note(database, NoteInput(case_id=1, body=body))
    finally:
        database.close()


def test_a_backup_is_a_verified_copy_with_its_cases(demo_copy: Path) -> None:
    info = backups.back_up(demo_copy)
    assert info.path.parent == demo_copy.parent / "backups"
    assert info.path.name.startswith("cases-") and info.path.name.endswith("-manual.sqlite3")
    assert info.case_count == 3
    assert info.size == info.path.stat().st_size > 0
    assert backup.verify_backup(info.path) == []
    assert count_rows(info.path, "filings") == count_rows(demo_copy, "filings")
    listed = backups.list_backups(demo_copy)
    assert [(b.path, b.case_count, b.kind) for b in listed] == [(info.path, 3, "manual")]


def test_a_backup_can_go_to_a_chosen_folder_or_file(demo_copy: Path, tmp_path: Path) -> None:
    drive = tmp_path / "usb"
    in_folder = backups.back_up(demo_copy, drive)
    assert in_folder.path.parent == drive
    named = backups.back_up(demo_copy, tmp_path / "before-the-hearing.sqlite3")
    assert named.path == tmp_path / "before-the-hearing.sqlite3"
    assert named.case_count == 3
    with pytest.raises(Exception, match="exists"):
        backups.back_up(demo_copy, named.path)
    assert not (demo_copy.parent / "backups").exists()


def test_a_backup_finishes_under_a_steady_writer(demo_copy: Path) -> None:
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        database = open_database(demo_copy, actor="writer", auto_backup=False)
        try:
            while not stop.is_set():
                written.append(create_note(database, NoteInput(case_id=1, body="x")).id)
        finally:
            database.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 20:
            stop.wait(0.01)
        made = [backups.back_up(demo_copy, demo_copy.parent / f"b{i}") for i in range(5)]
    finally:
        stop.set()
        thread.join()
    counts = [count_rows(info.path, "notes") for info in made]
    assert counts == sorted(counts)  # each a consistent snapshot, later ones newer
    assert all(backup.verify_backup(info.path) == [] for info in made)
    assert count_rows(demo_copy, "notes") >= counts[-1]


def test_opening_makes_one_automatic_backup_a_day(demo_copy: Path) -> None:
    for _ in range(3):
        open_database(demo_copy).close()
    made = backups.list_backups(demo_copy)
    assert [b.kind for b in made] == ["auto"]
    assert made[0].made_at.date() == datetime.now().date()
    tomorrow = datetime.now() + timedelta(days=1)
    assert backup.daily_backup(demo_copy, now=tomorrow) is not None
    assert backup.daily_backup(demo_copy, now=tomorrow) is None


HOLD_SCHEDULED_LOCK = """
import sys
from pathlib import Path
from casetracker.store.lock import one_at_a_time
from casetracker.store.locations import scheduled_lock_path
path = Path(sys.argv[1])
with one_at_a_time(path, scheduled_lock_path(path), "casetracker backup --scheduled") as mine:
    print("held" if mine else "busy", flush=True)
    sys.stdin.read()
"""


def test_the_days_backup_is_made_by_one_process_while_every_command_may_start_it(
    demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(backups.BACKGROUND_SWITCH, "on")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_SCHEDULED_LOCK, str(demo_copy)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        # Another process is making the day's backup: no second copy, no second process.
        assert backups.scheduled_work(demo_copy) is None
        assert not backups.start_in_background(demo_copy)
        assert backups.list_backups(demo_copy) == []
    finally:
        holder.communicate("", timeout=30)
    made = backups.scheduled_work(demo_copy)
    assert made is not None and [b.kind for b in backups.list_backups(demo_copy)] == ["auto"]
    assert not scheduled_lock_path(demo_copy).exists()
    assert not backups.start_in_background(demo_copy)  # done for today


def test_a_new_database_is_not_backed_up_and_tests_can_opt_out(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(path).close()
    open_database(path, auto_backup=False).close()
    assert not (tmp_path / "backups").exists()


def test_a_failed_automatic_backup_is_reported_and_the_database_still_opens(
    demo_copy: Path,
) -> None:
    (demo_copy.parent / "backups").write_text("a file where the folder should be")
    database = open_database(demo_copy)
    try:
        assert database.report.backup is None
        assert database.report.backup_problem is not None
    finally:
        database.close()


def fake_history(folder: Path, template: Path, stem: str, days: int, end: datetime) -> None:
    """One backup per day for ``days`` days ending at ``end`` (copies of one file)."""
    folder.mkdir(exist_ok=True)
    for back in range(days):
        made = end - timedelta(days=back)
        shutil.copyfile(template, folder / f"{stem}-{made:%Y%m%d-%H%M%S}-auto.sqlite3")


def test_rotation_keeps_7_daily_4_weekly_12_monthly(demo_copy: Path, tmp_path: Path) -> None:
    template = backups.back_up(demo_copy, tmp_path / "template.sqlite3").path
    folder = demo_copy.parent / "backups"
    fake_history(folder, template, "cases", 500, NOON)
    premigration = folder / "cases-20240101-100000-before-0001_initial.sqlite3"
    other_database = folder / "other-20240101-100000-auto.sqlite3"
    for path in (premigration, other_database):
        shutil.copyfile(template, path)

    deleted = backup.rotate_backups(demo_copy)

    kept = {b.made_at for b in backups.list_backups(demo_copy) if b.kind == "auto"}
    days = {(NOON - timedelta(days=n)) for n in range(7)}
    # NOON is a Thursday: the newest of the 3 weeks before are Sundays, one of them
    # (22 Nov) among the 7 days already; the current week and month share NOON.
    sundays = {datetime(2026, 11, 22, 12), datetime(2026, 11, 15, 12), datetime(2026, 11, 8, 12)}
    month_ends = {datetime(2026, 10, 31, 12), datetime(2026, 9, 30, 12), datetime(2025, 12, 31, 12)}
    assert days | sundays | month_ends <= kept
    assert len(kept) == 7 + 2 + 11
    assert datetime(2025, 11, 30, 12) not in kept  # the 13th month back is gone
    assert len(deleted) == 500 - len(kept)
    assert premigration.exists() and other_database.exists()


def test_rotation_deletes_nothing_when_no_kept_backup_is_good(
    demo_copy: Path, tmp_path: Path
) -> None:
    template = backups.back_up(demo_copy, tmp_path / "template.sqlite3").path
    folder = demo_copy.parent / "backups"
    # The good backups are older than anything the policy keeps; the ones it keeps
    # (the newest per day, week and month of the last 400 days) are all unusable.
    fake_history(folder, template, "cases", 30, NOON - timedelta(days=400))
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"not a database at all" * 100)
    fake_history(folder, damaged, "cases", 400, NOON)
    before = sorted(folder.iterdir())
    assert backup.rotate_backups(demo_copy) == []
    assert sorted(folder.iterdir()) == before


def test_restore_keeps_the_current_file_and_its_wal_aside(demo_copy: Path) -> None:
    made = backups.back_up(demo_copy)
    notes_in_backup = count_rows(made.path, "notes")
    # A process that commits and dies leaves its latest change only in the -wal.
    script = (
        "import os, sys\n"
        "from casetracker.store.database import open_database\n"
        "from casetracker.services.notes import NoteInput, create_note\n"
        "import sqlite3\n"
        "keeper = sqlite3.connect(sys.argv[1])  # keeps the -wal from being checkpointed\n"
        "keeper.execute('SELECT count(*) FROM cases').fetchall()\n"
        "db = open_database(sys.argv[1], actor='paralegal', auto_backup=False)\n"
        "create_note(db, NoteInput(case_id=1, body='written after the backup'))\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(demo_copy)], check=True)
    assert Path(f"{demo_copy}-wal").stat().st_size > 0

    result = backups.restore(made.path, demo_copy)

    assert count_rows(demo_copy, "notes") == notes_in_backup
    assert result.kept_aside is not None and result.kept_aside.name.startswith("cases.replaced-")
    assert count_rows(result.kept_aside, "notes") == notes_in_backup + 1
    assert made.path.exists(), "restoring must not use up the backup"
    database = open_database(demo_copy, auto_backup=False)  # opens, checks and migrates
    database.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(demo_copy: Path) -> None:
    made = backups.back_up(demo_copy)
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\xff" * 4096
    made.path.write_bytes(bytes(data))
    before = demo_copy.read_bytes()
    with pytest.raises(BackupError, match="cannot restore this backup"):
        backups.restore(made.path, demo_copy)
    assert demo_copy.read_bytes() == before
    assert sorted(p.name for p in demo_copy.parent.iterdir()) == ["backups", "cases.sqlite3"]


def test_restore_refuses_a_file_of_another_program(demo_copy: Path, tmp_path: Path) -> None:
    other = tmp_path / "contacts.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(BackupError, match="not a casetracker database"):
        backups.restore(other, demo_copy)


def test_restore_waits_for_the_app_to_close_the_database(demo_copy: Path) -> None:
    made = backups.back_up(demo_copy)
    app = open_database(demo_copy, exclusive=True, auto_backup=False)
    try:
        with pytest.raises(DatabaseInUseError, match="in use by casetracker"):
            backups.restore(made.path, demo_copy)
    finally:
        app.close()
    backups.restore(made.path, demo_copy)


def test_backing_up_a_damaged_database_names_the_newest_good_backup(demo_copy: Path) -> None:
    good = backups.back_up(demo_copy)
    corrupt_table_pages(demo_copy)
    with pytest.raises(CorruptDatabaseError) as caught:
        backups.back_up(demo_copy)
    assert caught.value.backup == good.path
    assert backups.list_backups(demo_copy)[0].path == good.path


def corrupt_table_pages(path: Path) -> None:
    """Overwrite the middle pages of the file, where the tables' rows are."""
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle : middle + 3 * page] = bytes(range(256)) * (3 * page // 256)
    path.write_bytes(bytes(data))
