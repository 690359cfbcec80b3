"""Temporary copies left by a killed operation are removed at the next open, and said so.

A ``protect``, ``unprotect`` or ``change-passphrase`` killed with SIGKILL leaves its
hidden full copy of the database (``.cases.sqlite3.XXXXXXXX.part``, plaintext after
``unprotect``); an app killed while an attachment of a protected database is open in
another program leaves that attachment in plaintext in the temporary folder. Each
test kills a real child process, then opens the database as a user would.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.safety.test_encryption import PARTY_NAMES, PASSPHRASE, readable_names

from casetracker.services import backups
from casetracker.services.protection import protect
from casetracker.store.encryption import WrongPassphraseError, check_passphrase, is_protected
from casetracker.store.folder_claim import FolderClaim
from casetracker.store.lock import DatabaseLock

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

OTHER_PASSPHRASE = "a different passphrase, long enough"
TOLD = re.compile(r"removed (\d+) leftover temporary cop(?:y|ies) from an interrupted operation")


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASETRACKER_PASS")}
    return {**env, "PYTHONPATH": os.pathsep.join(sys.path), **extra}


def hidden_files(db: Path) -> list[Path]:
    folders = (db.parent, db.parent / "backups")
    return sorted(p for f in folders if f.is_dir() for p in f.iterdir() if p.name.startswith("."))


def copies(files: list[Path]) -> set[str]:
    """The temporary copies among ``files`` (SQLite may have left a journal beside one)."""
    return {re.sub(r"-(journal|wal|shm)$", "", p.name) for p in files}


def current_key(db: Path) -> str | None:
    if not is_protected(db):
        return None
    for candidate in (PASSPHRASE, OTHER_PASSPHRASE):
        try:
            check_passphrase(db, candidate)
        except WrongPassphraseError:
            continue
        return candidate
    raise AssertionError("no known passphrase opens the database")


def open_with_cli(db: Path, key: str | None) -> subprocess.CompletedProcess[str]:
    extra = {} if key is None else {"CASETRACKER_PASSPHRASE": key}
    return subprocess.run(
        [sys.executable, "-m", "casetracker", "--db", str(db), "cases"],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env=environment(**extra),
    )


# (when to kill, what to run on a protected database): "empty" kills as soon as the
# copy appears (its key is being derived), "written" once the copy holds the data (it
# is being verified), "finish" lets the command complete.
PLAN = (
    ("written", "unprotect"),  # the first round protects: the database starts plain
    ("finish", "unprotect"),
    ("written", "unprotect"),  # a full plaintext copy beside a protected database
    ("written", "change-passphrase"),
    ("empty", "unprotect"),
    ("finish", "unprotect"),
    ("empty", "unprotect"),
)


def run_and_kill(db: Path, when: str, on_protected: str, rng: random.Random) -> str:
    """Run the command the database's state allows; SIGKILL it at ``when``."""
    key = current_key(db)
    if key is None:
        command, env = "protect", {"CASETRACKER_PASSPHRASE": PASSPHRASE}
    elif on_protected == "unprotect":
        command, env = "unprotect", {"CASETRACKER_PASSPHRASE": key}
    else:
        new = OTHER_PASSPHRASE if key == PASSPHRASE else PASSPHRASE
        command = "change-passphrase"
        env = {"CASETRACKER_PASSPHRASE": key, "CASETRACKER_NEW_PASSPHRASE": new}
    process = subprocess.Popen(
        [sys.executable, "-m", "casetracker", "--db", str(db), command],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=environment(**env),
    )
    if when == "finish":
        assert process.wait(timeout=120) == 0, command
        return command
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        part = [p for p in hidden_files(db) if p.name.endswith(".part")]
        if part and (when == "empty" or part[0].stat().st_size > 0):
            break
        time.sleep(0.001)
    time.sleep(rng.uniform(0.0, 0.01))
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    return command


@pytest.mark.slow
def test_copies_left_by_killed_protection_commands_go_at_the_next_open(demo_copy: Path) -> None:
    rng = random.Random(20261205)
    cleaned_rounds = 0
    plaintext_seen = False
    for round_number, (when, on_protected) in enumerate(PLAN):
        command = run_and_kill(demo_copy, when, on_protected, rng)
        left = hidden_files(demo_copy)
        plaintext_seen |= any(readable_names(p) == list(PARTY_NAMES) for p in left)
        key = current_key(demo_copy)

        opened = open_with_cli(demo_copy, key)

        where = f"round {round_number} ({command}, {when})"
        assert opened.returncode == 0, f"{where}: {opened.stderr}"
        assert len(opened.stdout.strip().splitlines()) == 2 + 3, where  # header, rule, 3 cases
        assert hidden_files(demo_copy) == [], where
        told = TOLD.search(opened.stderr)
        if left:
            cleaned_rounds += 1
            assert told is not None, f"{where}: {opened.stderr}"
            assert int(told[1]) == len(copies(left)), where
        else:
            assert told is None, where
        if cleaned_rounds == 1 and told is not None:
            again = open_with_cli(demo_copy, key)
            assert TOLD.search(again.stderr) is None, f"{where}: said once only"
    assert cleaned_rounds >= 3, "most kills should have hit an operation's copy"
    assert plaintext_seen, "a killed unprotect leaves a plaintext copy: the case tested here"


APP = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from casetracker.ui.temp_files import temp_copy
app = QApplication([])
path = temp_copy(Path(sys.argv[1]), "escrito.pdf", sys.argv[2].encode("utf-8") * 1000)
print(path, flush=True)
time.sleep(600)
"""


@pytest.mark.slow
def test_attachments_opened_by_a_killed_app_go_at_the_next_open(
    demo_copy: Path, tmp_path: Path
) -> None:
    protect(demo_copy, PASSPHRASE)
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = environment(TMPDIR=str(temp), QT_QPA_PLATFORM="offscreen")
    for round_number in range(3):
        app = subprocess.Popen(
            [sys.executable, "-c", APP, str(demo_copy), "Víctor Limaypuma Ccoricasa"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert app.stdout is not None
        copy = Path(app.stdout.readline().strip())
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=30)
        assert readable_names(copy) == ["Limaypuma", "Ccoricasa"], f"round {round_number}"

        opened = subprocess.run(
            [sys.executable, "-m", "casetracker", "--db", str(demo_copy), "cases"],
            capture_output=True,
            text=True,
            timeout=120,
            env={**env, "CASETRACKER_PASSPHRASE": PASSPHRASE},
        )

        assert opened.returncode == 0, opened.stderr
        told = TOLD.search(opened.stderr)
        assert told is not None and told[1] == "1", opened.stderr
        assert not copy.exists() and list(temp.iterdir()) == [], f"round {round_number}"


def test_a_backup_being_written_and_a_held_database_are_left_alone(demo_copy: Path) -> None:
    folder = demo_copy.parent / "backups"
    backups.back_up(demo_copy)  # the folder, and a real backup name to imitate
    writing = folder / f".{next(folder.iterdir()).name}.abcd1234.part"
    writing.write_bytes(b"a backup being written")
    beside = demo_copy.parent / ".cases.sqlite3.wxyz9876.part"
    beside.write_bytes(b"a copy being written")
    other_database = demo_copy.parent / ".other.sqlite3.abcd1234.part"
    other_database.write_bytes(b"not this database's")
    # Another process writes the backup (shared claim) and holds the database (protect).
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from casetracker.store.folder_claim import FolderClaim\n"
            "from casetracker.store.lock import DatabaseLock\n"
            "with FolderClaim(Path(sys.argv[2])).shared(), DatabaseLock(Path(sys.argv[1])):\n"
            "    print('held', flush=True)\n"
            "    time.sleep(600)\n",
            str(demo_copy),
            str(folder),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=environment(),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        busy = open_with_cli(demo_copy, None)
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert busy.returncode == 0 and TOLD.search(busy.stderr) is None
    assert writing.exists() and beside.exists()

    with FolderClaim(folder).shared():  # only a backup is being written now
        partly = open_with_cli(demo_copy, None)
    assert TOLD.search(partly.stderr) is not None
    assert writing.exists() and not beside.exists()

    last = open_with_cli(demo_copy, None)
    assert TOLD.search(last.stderr) is not None and not writing.exists()
    assert other_database.exists(), "another database's copy is not this one's to remove"
    with DatabaseLock(demo_copy):
        pass  # and the lock is free again
