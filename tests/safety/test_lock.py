"""One writer per database, stale locks recovered, risky folders named."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casetracker.services.cases import list_cases
from casetracker.services.notes import NoteInput, create_note
from casetracker.store.database import open_database
from casetracker.store.errors import DatabaseInUseError
from casetracker.store.locations import lock_path, network_file_system, risky_location
from casetracker.store.lock import WRITE_WAIT, read_holder

HOLDER = (
    "import sys\n"
    "from casetracker.store.database import open_database\n"
    "db = open_database(sys.argv[1], exclusive=True, auto_backup=False)\n"
    "print('ready', flush=True)\n"
    "sys.stdin.readline()\n"
    "db.close()\n"
)


def start_holder(db_path: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "CASETRACKER_USER": "maria"},
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def test_a_second_app_is_told_who_has_the_database_and_since_when(demo_copy: Path) -> None:
    holder = start_holder(demo_copy)
    try:
        with pytest.raises(DatabaseInUseError) as caught:
            open_database(demo_copy, exclusive=True)
        message = str(caught.value)
        assert "in use by casetracker (maria on" in message
        assert f"pid {holder.pid}" in message and "close it there and try again" in message
        assert "since 20" in message
    finally:
        holder.communicate("\n", timeout=30)
    assert not lock_path(demo_copy).exists(), "a clean exit removes the lock file"
    open_database(demo_copy, exclusive=True).close()


def test_reads_do_not_need_the_lock_but_every_write_does(demo_copy: Path) -> None:
    holder = start_holder(demo_copy)
    try:
        database = open_database(demo_copy, auto_backup=False)
        try:
            assert len(list_cases(database)) == 3
            started = time.monotonic()
            with pytest.raises(DatabaseInUseError, match=r"in use by casetracker \(maria on"):
                create_note(database, NoteInput(case_id=1, body="from a script"))
            # Waiting would last WRITE_WAIT (15 s); half of it tells the two apart under any load.
            assert time.monotonic() - started < WRITE_WAIT / 2, "the app's lock is not waited for"
        finally:
            database.close()
    finally:
        holder.communicate("\n", timeout=30)
    database = open_database(demo_copy, auto_backup=False)
    try:
        assert create_note(database, NoteInput(case_id=1, body="after the app")).id > 0
    finally:
        database.close()
    assert not lock_path(demo_copy).exists(), "a write's lock goes with its transaction"


def test_the_lock_of_a_killed_app_is_taken_over_without_asking(demo_copy: Path) -> None:
    holder = start_holder(demo_copy)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    stale = read_holder(lock_path(demo_copy))
    assert stale is not None and stale.pid == holder.pid, "the dead app's lock file is left"

    database = open_database(demo_copy, exclusive=True, auto_backup=False)
    try:
        assert database.lock is not None and database.lock.replaced is not None
        assert database.lock.replaced.pid == holder.pid
        now_holding = read_holder(lock_path(demo_copy))
        assert now_holding is not None and now_holding.pid == os.getpid()
    finally:
        database.close()


def test_the_same_process_cannot_open_the_database_twice_for_writing(db_path: Path) -> None:
    first = open_database(db_path, exclusive=True)
    try:
        with pytest.raises(DatabaseInUseError):
            open_database(db_path, exclusive=True)
    finally:
        first.close()
    open_database(db_path, exclusive=True).close()


def test_a_refused_open_leaves_the_holder_and_its_lock_alone(demo_copy: Path) -> None:
    first = open_database(demo_copy, exclusive=True, auto_backup=False)
    try:
        with pytest.raises(DatabaseInUseError):
            open_database(demo_copy, exclusive=True)
        assert lock_path(demo_copy).exists()
        assert create_note(first, NoteInput(case_id=1, body="still mine")).id > 0
    finally:
        first.close()


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/ana/Dropbox/casos/cases.sqlite3", "Dropbox"),
        ("/home/ana/Dropbox (Personal)/cases.sqlite3", "Dropbox"),
        ("C:/Users/ana/OneDrive - CooperAccion/cases.sqlite3", "OneDrive"),
        ("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/cases.sqlite3", "iCloud"),
        ("/home/ana/Google Drive/cases.sqlite3", "Google Drive"),
        ("/home/ana/Nextcloud/cases.sqlite3", "Nextcloud"),
    ],
)
def test_a_synced_folder_gets_a_warning_that_says_why(path: str, service: str) -> None:
    reason = risky_location(Path(path))
    assert reason is not None
    assert service in reason and "back up into the synced folder instead" in reason


def test_ordinary_folders_get_no_warning(tmp_path: Path) -> None:
    assert risky_location(tmp_path / "cases.sqlite3") is None
    assert risky_location(Path("/home/ana/Documents/megaproyecto/cases.sqlite3")) is None


def test_network_file_systems_are_recognised_from_the_mount_table(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "//server/casos /mnt/oficina cifs rw 0 0\n"
        "server:/export /srv/nfs\\040share nfs4 rw 0 0\n"
        "ana@host:/ /home/ana/remote fuse.sshfs rw 0 0\n"
        "/dev/sdb1 /mnt/oficina/local ext4 rw 0 0\n"
    )
    assert network_file_system(Path("/mnt/oficina/cases.sqlite3"), mounts_file=mounts) == "cifs"
    assert network_file_system(Path("/srv/nfs share/x.sqlite3"), mounts_file=mounts) == "nfs4"
    assert network_file_system(Path("/home/ana/remote/x"), mounts_file=mounts) == "fuse.sshfs"
    assert network_file_system(Path("/mnt/oficina/local/x"), mounts_file=mounts) is None
    assert network_file_system(Path("/home/ana/x"), mounts_file=mounts) is None
    reason = risky_location(Path("/mnt/oficina/cases.sqlite3"), mounts_file=mounts)
    assert reason is not None and "network drive (cifs)" in reason


def test_the_warning_reaches_whoever_opens_the_database(tmp_path: Path) -> None:
    path = tmp_path / "Dropbox" / "cases.sqlite3"
    database = open_database(path)
    try:
        assert database.report.location_warning is not None
        assert "Dropbox" in database.report.location_warning
    finally:
        database.close()


WRITER = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from casetracker.store.lock import WRITE, DatabaseLock\n"
    "with DatabaseLock(Path(sys.argv[1]), purpose=WRITE):\n"
    "    print('holding', flush=True)\n"
    "    time.sleep(1.0)\n"
)


def test_the_app_waits_for_a_command_line_write_to_finish(demo_copy: Path) -> None:
    """A write transaction of another process lasts moments: it is waited for, not refused."""
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(demo_copy)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "holding"
    started = time.monotonic()
    database = open_database(demo_copy, exclusive=True, auto_backup=False)
    try:
        assert time.monotonic() - started > 0.3, "it waited for the write"
        assert create_note(database, NoteInput(case_id=1, body="after the script")).id > 0
    finally:
        database.close()
    assert writer.wait(timeout=30) == 0
