"""Outside readers and writers never break a running app.

SQLite's locks are POSIX advisory locks, which belong to the process: closing *any*
descriptor of the database file drops all of them. A process that then looks like
the last user of the database (another casetracker, the ``sqlite3`` shell) deletes
the ``-wal`` and ``-shm`` files the app still works in, and the app's next save
fails or lands in a deleted file. These tests run the app's side in a process of
its own and attack it from outside.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest

APP = Path(__file__).with_name("long_lived_app.py")
ROUNDS = 4

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/PID/fd")


class App:
    """The long-lived app process, driven line by line."""

    def __init__(self, db_path: Path) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        self.process = subprocess.Popen(
            [sys.executable, str(APP), str(db_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.ask(None) == "ready", self.process.stderr.read()  # type: ignore[union-attr]

    def ask(self, line: str | None) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        if line is not None:
            self.process.stdin.write(line + "\n")
            self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def deleted_files(self) -> list[str]:
        """The files the app still has open although they were deleted."""
        folder = Path(f"/proc/{self.process.pid}/fd")
        targets = []
        for link in folder.iterdir():
            try:
                targets.append(os.readlink(link))
            except OSError:
                continue
        return [target for target in targets if target.endswith("(deleted)")]

    def quit(self) -> None:
        self.ask("quit")
        self.process.wait(timeout=30)


def identity(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_dev, status.st_ino


def outside_read(db_path: Path) -> int:
    """What another program (the sqlite3 shell, a script) does: open, read, close."""
    with closing(sqlite3.connect(db_path)) as connection:
        return int(connection.execute("SELECT count(*) FROM cases").fetchone()[0])


def outside_write(db_path: Path, body: str) -> None:
    with closing(sqlite3.connect(db_path, timeout=15)) as connection:
        connection.execute(
            "INSERT INTO notes (case_id, created_at, author, body) "
            "VALUES (1, '2026-11-26 10:00:00', 'shell', ?)",
            (body,),
        )
        connection.commit()


def casetracker(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casetracker", "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def note_bodies(db_path: Path) -> Counter[str]:
    with closing(sqlite3.connect(db_path)) as connection:
        return Counter(row[0] for row in connection.execute("SELECT body FROM notes"))


def test_outside_readers_and_writers_leave_the_apps_working_files_alone(
    demo_copy: Path,
) -> None:
    app = App(demo_copy)
    wal, shm = Path(f"{demo_copy}-wal"), Path(f"{demo_copy}-shm")
    try:
        assert app.ask("note before").startswith("saved ")
        working_files = identity(wal), identity(shm)
        for number in range(ROUNDS):
            listed = casetracker(demo_copy, "cases")
            assert listed.returncode == 0, listed.stderr
            assert "Las Bambas" in listed.stdout or "Tambobamba" in listed.stdout
            assert outside_read(demo_copy) == 3
            outside_write(demo_copy, f"outside {number}")
            if shutil.which("sqlite3"):
                shell = subprocess.run(
                    ["sqlite3", str(demo_copy), "SELECT count(*) FROM notes"],
                    capture_output=True,
                    text=True,
                    timeout=30,
                )
                assert shell.returncode == 0, shell.stderr
            assert (identity(wal), identity(shm)) == working_files, f"round {number}"
            assert app.deleted_files() == [], f"round {number}"
            assert app.ask(f"note app {number}").startswith("saved "), f"round {number}"
            assert app.ask("backup") == "backed-up"
        assert app.deleted_files() == []
    finally:
        app.quit()
    bodies = note_bodies(demo_copy)
    expected = ["before"] + [f"app {n}" for n in range(ROUNDS)]
    expected += [f"outside {n}" for n in range(ROUNDS)]
    assert {body: bodies[body] for body in expected} == dict.fromkeys(expected, 1)
