"""A database on read-only media (a write-protected stick, a CD, a read-only share)
can still be read and backed up elsewhere; every write is refused in words.

CI runs as root, for whom permission bits do not stop writes: the media is a tmpfs
remounted read-only (see conftest.py).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.safety._helpers import count_rows

from casetracker.services import backups
from casetracker.services.cases import list_cases
from casetracker.services.notes import NoteInput, create_note
from casetracker.services.protection import protect
from casetracker.store.database import open_database
from casetracker.store.errors import DatabaseUnavailableError
from casetracker.store.integrity import integrity_check
from casetracker.ui.app import create_main_window
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import Settings

PASSPHRASE = "correct horse battery staple"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def on_read_only_media(
    demo_copy: Path, tmpfs: Callable[[str], Path], make_read_only: Callable[[Path], None]
) -> Path:
    drive = tmpfs("2m")
    path = drive / "cases.sqlite3"
    shutil.copyfile(demo_copy, path)
    path.chmod(0o444)
    make_read_only(drive)
    return path


def casetracker(db: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casetracker", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **env},
    )


def test_a_database_on_read_only_media_opens_for_reading_and_refuses_writes(
    on_read_only_media: Path,
) -> None:
    path = on_read_only_media
    before = digest(path)
    database = open_database(path)
    try:
        assert len(list_cases(database)) == 3
        assert database.read_only
        with pytest.raises(DatabaseUnavailableError, match="no change can be saved"):
            create_note(database, NoteInput(case_id=1, body="nota"))
    finally:
        database.close()
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["cases.sqlite3"]


def test_the_window_says_at_once_that_nothing_can_be_saved(
    on_read_only_media: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    database = open_database(on_read_only_media)
    try:
        window = create_main_window(database, Settings.in_file(str(tmp_path / "s.ini")))
        qtbot.addWidget(window)
        assert isinstance(window, MainWindow)
        assert window.windowTitle() == "casetracker (read only)"
        assert window.notice_text().startswith("Read only: ")
        assert "copy it to this computer" in window.notice_text()
        window.close()
    finally:
        database.close()


def test_the_command_line_reads_and_backs_up_from_read_only_media(
    on_read_only_media: Path, tmp_path: Path
) -> None:
    path = on_read_only_media
    before = digest(path)
    listed = casetracker(path, "cases")
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.strip().splitlines()) == 2 + 3  # header, rule, three cases

    usb = tmp_path / "usb"
    backed_up = casetracker(path, "backup", str(usb))
    assert backed_up.returncode == 0, backed_up.stderr
    assert "Backed up 3 cases" in backed_up.stdout
    (copy,) = usb.iterdir()
    assert integrity_check(copy) == [] and count_rows(copy, "cases") == 3

    checked = casetracker(path, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr

    refused = casetracker(path, "synth", "--cases", "1", "--force")
    assert refused.returncode == 1
    assert "read-only media" in refused.stderr and "no change can be saved" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["cases.sqlite3"]


def test_a_protected_database_on_read_only_media_is_read_with_its_passphrase(
    demo_copy: Path,
    tmpfs: Callable[[str], Path],
    make_read_only: Callable[[Path], None],
    tmp_path: Path,
) -> None:
    protect(demo_copy, PASSPHRASE)
    drive = tmpfs("2m")
    path = drive / "cases.sqlite3"
    shutil.copyfile(demo_copy, path)
    make_read_only(drive)
    listed = casetracker(path, "cases", CASETRACKER_PASSPHRASE=PASSPHRASE)
    assert listed.returncode == 0, listed.stderr
    info = backups.back_up(path, tmp_path / "usb", passphrase=PASSPHRASE)
    assert info.case_count == 3
    assert sorted(p.name for p in drive.iterdir()) == ["cases.sqlite3"]
