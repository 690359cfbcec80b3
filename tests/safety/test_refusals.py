"""Files casetracker must refuse: refused at once, in the right words, untouched.

Every check runs the real command line on a real file, the way a user meets it.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import tomllib
from contextlib import closing
from pathlib import Path

import pytest

from casetracker.services import backups

pytestmark = pytest.mark.slow  # the command line on many malformed files

PASSPHRASE = "correct horse battery staple"


def casetracker(db: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """A real process without a terminal; a hang fails the test instead of CI."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CASETRACKER_PASS")}
    return subprocess.run(
        [sys.executable, "-m", "casetracker", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        env={**environment, **env},
    )


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("offset", [0, 5, 15])
@pytest.mark.parametrize("with_passphrase", [False, True])
def test_a_flipped_header_byte_is_damage_not_a_passphrase_problem(
    demo_copy: Path, offset: int, with_passphrase: bool
) -> None:
    good = backups.back_up(demo_copy)
    flip(demo_copy, offset)
    env = {"CASETRACKER_PASSPHRASE": PASSPHRASE} if with_passphrase else {}
    result = casetracker(demo_copy, "cases", **env)
    assert result.returncode == 1
    assert "the database is damaged (its header" in result.stderr
    assert f"restore it with: casetracker restore {good.path}" in result.stderr
    assert "passphrase" not in result.stderr


def test_random_bytes_say_plainly_what_cannot_be_told_apart(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    path.write_bytes(random.Random(7).randbytes(16 * 1024))
    with_passphrase = casetracker(path, "cases", CASETRACKER_PASSPHRASE=PASSPHRASE)
    assert with_passphrase.returncode == 1
    line = with_passphrase.stderr.strip()
    assert "this passphrase does not open the file" in line
    assert "damaged or is not a casetracker database" in line and "cannot tell which" in line
    without = casetracker(path, "cases")
    assert without.returncode == 1
    assert "or the file is not a casetracker database at all" in without.stderr
    assert listing(tmp_path) == ["cases.sqlite3"]


def _foreign_in_wal_mode(path: Path, _demo: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("CREATE TABLE contacts (name TEXT)")
        connection.commit()


def _newer(path: Path, demo: Path) -> None:
    shutil.copyfile(demo, path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
        connection.commit()


def _bad_page_size(path: Path, demo: Path) -> None:
    shutil.copyfile(demo, path)
    flip(path, 16)


def _damaged_first_page(path: Path, demo: Path) -> None:
    shutil.copyfile(demo, path)
    flip(path, 100)


def _truncated(path: Path, demo: Path) -> None:
    data = demo.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (_foreign_in_wal_mode, "belongs to another program"),
        (_newer, "written by a newer casetracker"),
        (_bad_page_size, "the database is damaged"),
        (_damaged_first_page, "the database is damaged"),
        (_truncated, "the database is damaged"),
    ],
    ids=["foreign", "newer", "page-size", "first-page", "truncated"],
)
def test_a_refused_file_gains_no_journal_files(
    make: object, says: str, demo_db_file: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "office"
    folder.mkdir()
    path = folder / "cases.sqlite3"
    make(path, demo_db_file)  # type: ignore[operator]
    before = path.read_bytes()
    result = casetracker(path, "cases")
    assert result.returncode == 1 and says in result.stderr, result.stderr
    assert listing(folder) == ["cases.sqlite3"], "no -wal, no -shm, no backup"
    assert path.read_bytes() == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
@pytest.mark.parametrize(
    "command",
    [
        ["cases"],
        ["demo"],
        ["backup"],
        ["check"],
        ["protect"],
        ["unprotect"],
        ["export", "out.json"],
        ["restore", "backup.sqlite3"],
    ],
    ids=lambda command: command[0],
)
def test_a_fifo_as_database_is_refused_at_once(
    tmp_path: Path, command: list[str], demo_db_file: Path
) -> None:
    fifo = tmp_path / "cases.sqlite3"
    os.mkfifo(fifo)
    shutil.copyfile(demo_db_file, tmp_path / "backup.sqlite3")
    args = [str(tmp_path / arg) if arg.endswith((".json", ".sqlite3")) else arg for arg in command]
    result = casetracker(fifo, *args, CASETRACKER_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 1, result.stdout
    assert "not a regular file (a pipe or a device)" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert (tmp_path / "cases.sqlite3").is_fifo()


@pytest.mark.skipif(sys.platform != "linux", reason="Linux file names are bytes")
@pytest.mark.parametrize(
    ("db_name", "command"),
    [
        ("\udcffcasos.sqlite3", ["demo"]),
        ("\udcffcasos.sqlite3", ["cases"]),
        ("cases.sqlite3", ["backup", "\udcffcopias"]),
    ],
    ids=["demo", "cases", "backup"],
)
def test_a_name_that_is_not_text_is_refused_before_anything_is_made(
    tmp_path: Path, db_name: str, command: list[str], demo_db_file: Path
) -> None:
    # A Latin-1 name (byte 0xFF) from an old drive: SQLite takes only UTF-8 names.
    shutil.copyfile(demo_db_file, tmp_path / "cases.sqlite3")
    args = [str(tmp_path / arg) if arg.startswith("\udcff") else arg for arg in command]
    before = listing(tmp_path)
    result = subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"casetracker", b"--db",
         os.fsencode(tmp_path / db_name), *(os.fsencode(arg) for arg in args)],
        capture_output=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 1, stderr
    assert "not text (UTF-8); rename the file or folder" in stderr
    assert len(stderr.strip().splitlines()) == 1
    assert listing(tmp_path) == before, "no lock file, no empty database, no folder"


@pytest.mark.parametrize("target", ["folder", "device"])
def test_a_folder_or_a_device_as_database_is_refused(tmp_path: Path, target: str) -> None:
    path = tmp_path / "casos" if target == "folder" else Path("/dev/null")
    if target == "folder":
        path.mkdir()
    result = casetracker(path, "cases")
    assert result.returncode == 1
    expected = "this is a folder" if target == "folder" else "not a regular file"
    assert expected in result.stderr and "not a database file" in result.stderr


def test_backing_up_a_damaged_database_names_the_database_not_a_temporary_file(
    demo_copy: Path, tmp_path: Path
) -> None:
    good = backups.back_up(demo_copy)
    data = demo_copy.read_bytes()
    demo_copy.write_bytes(data[: len(data) // 2])
    for destination in ([], [str(tmp_path / "usb")]):
        result = casetracker(demo_copy, "backup", *destination)
        assert result.returncode == 1
        line = result.stderr.strip()
        assert line.startswith(f"casetracker: error: {demo_copy}: the database is damaged")
        assert ".part" not in line and "unable to open" not in line, line
        assert f"restore it with: casetracker restore {good.path}" in line


def test_sqlcipher_is_a_plain_dependency_and_its_absence_is_named() -> None:
    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    assert any(dep.startswith("sqlcipher3") for dep in project["project"]["dependencies"])

    without = (
        "import sys\n"
        "sys.modules['sqlcipher3'] = None\n"
        "sys.modules['sqlcipher3.dbapi2'] = None\n"
        "from casetracker.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "cases.sqlite3"
        assert casetracker(db, "demo").returncode == 0
        result = subprocess.run(
            [sys.executable, "-c", without, "--db", str(db), "protect"],
            capture_output=True,
            text=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "CASETRACKER_PASSPHRASE": PASSPHRASE},
        )
        assert result.returncode == 1
        assert "lacks SQLCipher (the sqlcipher3 package)" in result.stderr
        assert "is protected" not in result.stderr
        assert db.read_bytes().startswith(b"SQLite format 3")
