"""Rotation: it thins out automatic copies and never removes the copy someone needs.

The case behind these tests: ``backup``, a mistaken import, ``backup`` again. The
first copy is the only one from before the mistake; rotation used to delete it
(and the day's automatic copy) because a newer copy of the same day existed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from tests.safety._helpers import count_rows
from tests.safety.test_backup import NOON, add_note, fake_history

from casetracker.logs import log_file
from casetracker.services import backups
from casetracker.store import backup
from casetracker.store.database import open_database


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casetracker", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env={k: v for k, v in os.environ.items() if not k.startswith("CASETRACKER_PASS")},
    )


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix == ".sqlite3")


def auto_copy(template: Path, folder: Path, made: datetime) -> Path:
    folder.mkdir(exist_ok=True)
    target = folder / f"cases-{made:%Y%m%d-%H%M%S}-auto.sqlite3"
    shutil.copyfile(template, target)
    return target


def test_backup_a_mistake_and_backup_again_keeps_the_copy_from_before(
    demo_copy: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    for destination in ([], [str(usb)]):
        first = run_cli(demo_copy, "backup", *destination)
        assert first.returncode == 0, first.stderr
        add_note(demo_copy, "the mistaken import")
        second = run_cli(demo_copy, "backup", *destination)
        assert second.returncode == 0, second.stderr
        assert "Removed" not in second.stdout

    for folder in (demo_copy.parent / "backups", usb):
        made = backups.list_backups(demo_copy, folder)
        assert [b.kind for b in made] == ["manual", "manual"]
        notes = sorted(count_rows(b.path, "notes") for b in made)
        assert notes[1] == notes[0] + 1


def test_the_days_automatic_backup_survives_a_manual_one(demo_copy: Path) -> None:
    open_database(demo_copy).close()  # the day's automatic backup
    add_note(demo_copy, "after the automatic backup")

    made = backups.back_up(demo_copy)

    kinds = sorted(b.kind for b in backups.list_backups(demo_copy))
    assert kinds == ["auto", "manual"] and made.removed == ()


def test_rotation_never_removes_a_manual_backup(demo_copy: Path, tmp_path: Path) -> None:
    template = backups.back_up(demo_copy, tmp_path / "template.sqlite3").path
    folder = demo_copy.parent / "backups"
    folder.mkdir()
    for back in range(60):
        made = NOON - timedelta(days=back)
        for hour in (9, 17):
            name = f"cases-{made:%Y%m%d}-{hour:02}0000-manual.sqlite3"
            shutil.copyfile(template, folder / name)
    fake_history(folder, template, "cases", 60, NOON)

    deleted = backup.rotate_backups(demo_copy)

    autos_kept = [name for name in names(folder) if "-auto" in name]
    assert len(autos_kept) == 7 + 2 + 2  # 7 days, 2 more Sundays, 2 more month ends
    assert all("-auto" in path.name for path in deleted) and len(deleted) == 60 - 11
    assert sum("-manual" in name for name in names(folder)) == 120


def test_an_older_copy_of_the_same_day_stays_when_its_content_differs(
    demo_copy: Path, tmp_path: Path
) -> None:
    folder = demo_copy.parent / "backups"
    before = backups.back_up(demo_copy, tmp_path / "before.sqlite3").path
    add_note(demo_copy, "the change between the two copies")
    after = backups.back_up(demo_copy, tmp_path / "after.sqlite3").path
    morning = auto_copy(before, folder, NOON.replace(hour=8))
    noon = auto_copy(after, folder, NOON)

    assert backup.rotate_backups(demo_copy) == []
    assert morning.exists() and noon.exists()


def test_an_older_copy_of_the_same_day_goes_when_a_newer_one_holds_the_same(
    demo_copy: Path, tmp_path: Path
) -> None:
    folder = demo_copy.parent / "backups"
    before = backups.back_up(demo_copy, tmp_path / "before.sqlite3").path
    add_note(demo_copy, "a change")
    after = backups.back_up(demo_copy, tmp_path / "after.sqlite3").path
    # 08:00 and 10:00 hold the same data (copied at different moments, so the files
    # are not byte for byte equal); 12:00 holds a newer state.
    early = auto_copy(before, folder, NOON.replace(hour=8))
    again = backups.back_up(demo_copy, tmp_path / "again.sqlite3").path
    middle = auto_copy(after, folder, NOON.replace(hour=10))
    newest = auto_copy(again, folder, NOON)

    deleted = backup.rotate_backups(demo_copy)

    assert deleted == [middle], "10:00 equals 12:00, which is kept"
    assert early.exists() and newest.exists()


def test_backup_says_what_rotation_removed_and_logs_file_names_only(
    demo_copy: Path, tmp_path: Path
) -> None:
    template = backups.back_up(demo_copy, tmp_path / "template.sqlite3").path
    folder = demo_copy.parent / "backups"
    yesterday = datetime.now().replace(microsecond=0) - timedelta(days=1)
    # Four automatic copies of one day, all with the same data: the newest is kept,
    # the three earlier ones hold nothing it does not.
    copies = [auto_copy(template, folder, yesterday.replace(hour=h)) for h in (8, 9, 10, 11)]
    oldest = [path.name for path in copies[:3]]

    result = run_cli(demo_copy, "backup")

    assert result.returncode == 0, result.stderr
    assert "Removed 3 automatic backups that rotation no longer keeps" in result.stdout
    for name in oldest:
        assert f"  {name}" in result.stdout.splitlines()
        assert not (folder / name).exists()
    logged = [line for line in log_file().read_text().splitlines() if "rotation removed" in line]
    assert len(logged) == 3 and all(str(folder) not in line for line in logged)
    assert {line.rsplit(" ", 1)[1] for line in logged} == set(oldest)
