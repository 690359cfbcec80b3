"""Every writer takes the single-writer lock; no concurrent writer loses a write.

The app holds the lock while it has the database open; ``protect``, ``unprotect``,
``change-passphrase`` and ``restore`` hold it for their whole run; every other
writer (the command line, scripts) takes it for each write transaction. Real
processes race each other here, as users' do.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from casetracker.services.search import search
from casetracker.store.database import open_database

pytestmark = pytest.mark.slow  # races between processes

PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "another long passphrase here"
EXPEDIENTE = "00045-2019-0-0302-JM-CI-01"
HOLDER = (
    "import sys\n"
    "from casetracker.store.database import open_database\n"
    "db = open_database(sys.argv[1], exclusive=True, auto_backup=False)\n"
    "print('ready', flush=True)\n"
    "sys.stdin.readline()\n"
    "db.close()\n"
)


def environment(**extra: str) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CASETRACKER_PASS")}
    return {**clean, **extra}


def casetracker(db: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casetracker", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env=environment(**env),
    )


def start(db: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "casetracker", "--db", str(db), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=environment(**env),
    )


def filings_csv(folder: Path, sumilla: str) -> Path:
    path = folder / f"{sumilla.replace(' ', '-')}.csv"
    path.write_text(
        f"expediente,filed_on,kind,sumilla\n{EXPEDIENTE},2026-11-20,brief,{sumilla}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def app(demo_copy: Path) -> Iterator[subprocess.Popen[str]]:
    """The app's side: the database open with the write lock held, in another process."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(demo_copy)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=environment(CASETRACKER_USER="maria"),
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    yield process
    process.communicate("\n", timeout=30)


def test_command_line_writers_are_refused_while_the_app_has_the_database(
    app: subprocess.Popen[str], demo_copy: Path, tmp_path: Path
) -> None:
    before = demo_copy.read_bytes()
    backup = tmp_path / "copy.sqlite3"
    shutil.copyfile(demo_copy, backup)
    writers = [
        ["import-filings", str(filings_csv(tmp_path, "Escrito del script"))],
        ["synth", "--cases", "1", "--force"],
        ["protect"],
        ["restore", str(backup)],
    ]
    for command in writers:
        result = casetracker(demo_copy, *command, CASETRACKER_PASSPHRASE=PASSPHRASE)
        assert result.returncode == 1, (command, result.stdout)
        line = result.stderr.strip()
        assert "in use by casetracker (maria on" in line, (command, line)
        assert f"pid {app.pid}, since " in line and "close it there and try again" in line
        assert len(line.splitlines()) == 1
    assert demo_copy.read_bytes() == before


def test_reads_keep_working_while_the_app_has_the_database(
    app: subprocess.Popen[str], demo_copy: Path, tmp_path: Path
) -> None:
    readers = [
        ["cases"],
        ["show", "1"],
        ["search", "Bambas"],
        ["export", str(tmp_path / "archive.json")],
        ["backup", str(tmp_path / "usb")],
    ]
    for command in readers:
        result = casetracker(demo_copy, *command)
        assert result.returncode == 0, (command, result.stderr)


def test_demo_and_import_into_a_database_the_app_holds_are_refused(
    tmp_path: Path, demo_db_file: Path
) -> None:
    archive = tmp_path / "archive.json"
    assert casetracker(demo_db_file, "export", str(archive)).returncode == 0
    empty = tmp_path / "empty.sqlite3"
    open_database(empty).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(empty)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=environment(),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        for command in (["demo"], ["import", str(archive)]):
            result = casetracker(empty, *command)
            assert result.returncode == 1, command
            assert "in use by casetracker" in result.stderr, result.stderr
    finally:
        holder.communicate("\n", timeout=30)
    with closing(sqlite3.connect(empty)) as connection:
        assert connection.execute("SELECT count(*) FROM cases").fetchone()[0] == 0


def found_filing(path: Path, sumilla: str, passphrase: str | None) -> bool:
    database = open_database(path, auto_backup=False, passphrase=passphrase)
    try:
        return any(hit.title == sumilla for hit in search(database, f'"{sumilla}"', limit=20))
    finally:
        database.close()


@pytest.mark.parametrize(
    ("operation", "delay"),
    [("protect", 0.0), ("protect", 0.2), ("protect", 0.4), ("change-passphrase", 0.2)],
)
def test_a_writer_racing_protect_is_refused_or_its_filing_survives(
    big_db_file: Path, tmp_path: Path, operation: str, delay: float
) -> None:
    path = tmp_path / "cases.sqlite3"
    shutil.copyfile(big_db_file, path)
    env = {"CASETRACKER_PASSPHRASE": PASSPHRASE}
    if operation == "change-passphrase":
        assert casetracker(path, "protect", "--leave-backups", **env).returncode == 0
        env["CASETRACKER_NEW_PASSPHRASE"] = NEW_PASSPHRASE
    sumilla = f"Escrito carrera {int(delay * 10)}"
    converter = start(path, operation, **env)
    time.sleep(delay)
    importer = start(path, "import-filings", str(filings_csv(tmp_path, sumilla)), **env)
    imported_out, imported_err = importer.communicate(timeout=120)
    _output, converted_err = converter.communicate(timeout=120)

    for errors in (imported_err, converted_err):
        assert "internal error" not in errors and "Traceback" not in errors
    converter_refusals = ("in use by casetracker", "another program has the database open")
    assert converter.returncode == 0 or any(r in converted_err for r in converter_refusals)
    current = NEW_PASSPHRASE if operation == "change-passphrase" else PASSPHRASE
    if converter.returncode != 0:
        current = env["CASETRACKER_PASSPHRASE"] if operation == "change-passphrase" else None
    if importer.returncode == 0:
        assert "Imported 1 filing" in imported_out
        assert found_filing(path, sumilla, current), "an acknowledged filing was lost"
    else:
        refusals = [
            "in use by casetracker",
            "was replaced while this command had it open",
        ]
        if operation == "change-passphrase":  # it opened the file after the change
            refusals.append("this passphrase does not open the file")
        assert any(refusal in imported_err for refusal in refusals), imported_err
        assert not found_filing(path, sumilla, current)


@pytest.fixture(scope="module")
def big_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """2,000 synthetic cases plus the demo proceedings (the race needs a slow protect)."""
    path = tmp_path_factory.mktemp("big") / "cases.sqlite3"
    assert casetracker(path, "demo").returncode == 0
    made = casetracker(path, "synth", "--cases", "2000", "--filings-per-case", "1", "--force")
    assert made.returncode == 0, made.stderr
    return path


def test_protect_refuses_while_another_program_reads_the_database(demo_copy: Path) -> None:
    """A reader that outlived the swap would delete the new file's -wal and -shm."""
    before = demo_copy.read_bytes()  # not while connected: that drops the reader's locks
    with closing(sqlite3.connect(demo_copy)) as reader:
        assert reader.execute("SELECT count(*) FROM cases").fetchone()[0] == 3
        result = casetracker(demo_copy, "protect", CASETRACKER_PASSPHRASE=PASSPHRASE)
        assert result.returncode == 1
        assert "another program has the database open; close it and try again" in result.stderr
        assert demo_copy.read_bytes() == before
    assert casetracker(demo_copy, "protect", CASETRACKER_PASSPHRASE=PASSPHRASE).returncode == 0


def test_protect_clears_the_journal_a_crashed_program_left(demo_copy: Path) -> None:
    crash = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        'c.execute("INSERT INTO notes (case_id, created_at, author, body) '
        "VALUES (1, '2026-11-26 10:00:00', 'shell', 'antes del corte')\")\n"
        "c.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(demo_copy)], check=True, timeout=60)
    assert Path(f"{demo_copy}-shm").exists(), "the crash left the journal behind"
    result = casetracker(demo_copy, "protect", CASETRACKER_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    database = open_database(demo_copy, auto_backup=False, passphrase=PASSPHRASE)
    try:
        with database.read() as session:
            found = session.execute(
                text("SELECT count(*) FROM notes WHERE body = 'antes del corte'")
            ).scalar_one()
    finally:
        database.close()
    assert found == 1, "the crashed program's commit was carried into the protected file"
