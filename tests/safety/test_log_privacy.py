"""No case content in the log or on the terminal; the log and new databases are private.

The README promises that the log names records by id only. Errors are what break
that promise: SQLite quotes the text it could not decode, and SQLAlchemy appends the
statement and its parameters to its errors. Each test provokes such an error through
a real process and reads the log file and the terminal output as the user would.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from casetracker.logs import log_file
from casetracker.store.database import open_database
from casetracker.store.errors import DatabaseFaultError

NAME_PARTS = ("Limaypum", "Ccoricasa")  # a party of the demo proceedings: "Víctor Limaypuma…"


def run_cli(db: Path, *args: str, umask: int | None = None) -> subprocess.CompletedProcess[str]:
    def set_umask() -> None:
        if umask is not None:
            os.umask(umask)

    return subprocess.run(
        [sys.executable, "-m", "casetracker", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        preexec_fn=set_umask if sys.platform != "win32" else None,
    )


def leaked(*texts: str) -> list[str]:
    return [part for part in NAME_PARTS if any(part in t for t in texts)]


def log_text() -> str:
    return log_file().read_text(encoding="utf-8") if log_file().exists() else ""


def damage_party_name(path: Path) -> None:
    """Make one byte of a party's name invalid UTF-8, wherever the name is stored.

    Every copy (table, index, search index) changes alike, so SQLite's quick check
    still passes and the damage shows only when the name is read.
    """
    data = bytearray(path.read_bytes())
    found = [m.start() for m in re.finditer(b"Limaypuma", data)]
    assert found, "the demo database names the party"
    for start in found:
        data[start + len("Limaypum")] = 0xFF
    path.write_bytes(bytes(data))


def test_a_damaged_party_name_reaches_neither_the_log_nor_the_terminal(demo_copy: Path) -> None:
    damage_party_name(demo_copy)

    shown = run_cli(demo_copy, "show", "1")
    searched = run_cli(demo_copy, "search", "Lima")

    assert shown.returncode != 0 and searched.returncode != 0
    assert shown.stderr.startswith("casetracker: ") and len(shown.stderr.splitlines()) == 1
    assert leaked(shown.stdout, shown.stderr, searched.stdout, searched.stderr) == []
    assert leaked(log_text()) == []


def test_statement_parameters_are_neither_logged_nor_printed(demo_copy: Path) -> None:
    # SQLite used to refuse a LIKE pattern this long, and the error carried the whole
    # value; the court is now matched by name, and the error echoes only what was typed,
    # cut short, on the terminal.
    court = "Limaypuma Ccoricasa " + "x" * 60_000

    result = run_cli(demo_copy, "deadline", "2026-01-05", "10", "--court", court)

    assert result.returncode != 0
    assert len(result.stderr) < 1_000
    assert leaked(log_text()) == []
    assert "[parameters:" not in result.stderr + log_text()


def test_database_errors_do_not_carry_their_parameters(demo_copy: Path) -> None:
    database = open_database(demo_copy, auto_backup=False)
    try:
        with pytest.raises(DatabaseFaultError) as caught, database.read() as session:
            session.execute(
                text("SELECT id FROM parties WHERE no_such_column = :name"),
                {"name": "Víctor Limaypuma Ccoricasa"},
            )
    finally:
        database.close()
    assert leaked(str(caught.value)) == []


def test_exceptions_are_logged_with_their_place_but_without_quoted_values() -> None:
    script = (
        "import logging\n"
        "from casetracker.logs import setup_logging\n"
        "setup_logging()\n"
        "log = logging.getLogger('casetracker.tests')\n"
        "def read_party():\n"
        "    try:\n"
        "        {}['Limaypuma']\n"
        "    except KeyError as error:\n"
        "        raise ValueError(\"Could not decode column 'name' with text 'O'Ccoricasa'\") "
        "from error\n"
        "try:\n"
        "    read_party()\n"
        "except ValueError:\n"
        "    log.exception('while reading party %s', 7)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    subprocess.run([sys.executable, "-c", script], check=True, env=env, timeout=60)
    logged = log_text()
    assert "while reading party 7" in logged
    assert "in read_party" in logged and "KeyError" in logged and "ValueError" in logged
    assert "column 'name'" in logged, "names of columns help and are not case content"
    assert leaked(logged) == []


def test_an_error_in_a_window_reaches_the_terminal_in_one_line_without_values() -> None:
    # Qt hands an exception raised in a slot to sys.excepthook; the app installs this one.
    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QTimer\n"
        "from casetracker.logs import report_uncaught, setup_logging\n"
        "setup_logging()\n"
        "sys.excepthook = report_uncaught\n"
        "app = QCoreApplication([])\n"
        "def paint_party():\n"
        "    raise ValueError(\"Could not decode to UTF-8 column 'name' with text 'Limaypuma'\")\n"
        "QTimer.singleShot(0, paint_party)\n"
        "QTimer.singleShot(100, app.quit)\n"
        "app.exec()\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.stderr.startswith("casetracker: internal error: ValueError: Could not decode")
    assert len(result.stderr.splitlines()) == 1
    assert "in paint_party" in log_text()
    assert leaked(result.stderr, log_text()) == []


def test_redact_keeps_identifiers_and_removes_values() -> None:
    from casetracker.logs import redact

    assert redact("no such column: x") == "no such column: x"
    assert redact("'NoneType' object has no attribute 'title'") == (
        "'NoneType' object has no attribute 'title'"
    )
    assert "Quispe" not in redact("invalid literal for int() with base 10: 'Quispe'")
    assert "Quispe" not in redact('fts5: syntax error near "Quispe"')
    assert "O'Brien" not in redact('KeyError: "O\'Brien"')


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_the_log_and_a_new_database_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    new = tmp_path / "new" / "cases.sqlite3"

    result = run_cli(new, "demo", umask=0o022)

    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(new.stat().st_mode) == 0o600
    for side in ("-wal", "-shm"):
        if Path(f"{new}{side}").exists():
            assert stat.S_IMODE(Path(f"{new}{side}").stat().st_mode) == 0o600
    assert stat.S_IMODE(log_file().stat().st_mode) == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_an_existing_log_is_made_private_and_stays_so_when_it_rotates(tmp_path: Path) -> None:
    log_file().parent.mkdir(parents=True, exist_ok=True)
    log_file().write_text("an old line\n", encoding="utf-8")
    log_file().chmod(0o644)
    script = (
        "import logging\n"
        "from casetracker.logs import setup_logging\n"
        "setup_logging()\n"
        "handler = logging.getLogger('casetracker').handlers[0]\n"
        "logging.getLogger('casetracker').info('x')\n"
        "handler.doRollover()\n"
        "logging.getLogger('casetracker').info('y')\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    subprocess.run([sys.executable, "-c", script], check=True, env=env, timeout=60)
    rotated = log_file().with_name(log_file().name + ".1")
    assert stat.S_IMODE(log_file().stat().st_mode) == 0o600
    assert stat.S_IMODE(rotated.stat().st_mode) == 0o600
    shutil.rmtree(log_file().parent)
