"""Reading commands load no module they do not use (issue 17: ``show``, ``search`` and
``deadline`` answer in half a second, Python's start included). Briefs, archives, the
demo, the synthetic data and the document inbox load only in their own commands."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from casetracker.cli import build_parser

NOT_FOR_READING = (
    "casetracker.services.briefs",
    "casetracker.briefs.escrito",
    "casetracker.services.brief_templates",
    "casetracker.services.archive",
    "casetracker.services.csv_import",
    "casetracker.services.demo",
    "casetracker.devtools.synth",
    "casetracker.services.inbox",
    "jinja2",
)

PROBE = """
import json, sys
from casetracker.cli import main
status = main(sys.argv[2:])
print(json.dumps([status, sorted(name for name in json.loads(sys.argv[1]) if name in sys.modules)]))
"""


@pytest.mark.parametrize(
    "command",
    [
        ["cases", "--json"],
        ["show", "1"],
        ["search", "amparo"],
        ["deadline", "--case", "1", "2026-03-02", "10"],
    ],
)
def test_reading_commands_skip_the_modules_of_other_commands(
    command: list[str], demo_db_file: Path, tmp_path: Path
) -> None:
    db = tmp_path / "demo.sqlite3"
    shutil.copy(demo_db_file, db)
    env = {**os.environ, "HOME": str(tmp_path), "CASETRACKER_BACKGROUND_BACKUPS": "off"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(NOT_FOR_READING), "--db", str(db), *command],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    status, loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert status == 0, done.stderr
    assert loaded == []


HEAVY = ("sqlalchemy", "casetracker.store.database", "casetracker.store.models", "PySide6")

COMMANDS = list(
    next(action for action in build_parser()._actions if action.dest == "command").choices
)


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["--no-such-option"], ["cases", "--limit", "0"], ["show"]]
    + [[command, "--help"] for command in COMMANDS],
    ids=" ".join,
)
def test_help_and_usage_errors_load_neither_sqlalchemy_nor_the_store(
    argv: list[str], tmp_path: Path
) -> None:
    """Parsing is instant: only a command that opens a database pays for SQLAlchemy."""
    probe = (
        "import json, sys\n"
        "from casetracker.cli import main\n"
        "try:\n"
        "    main(sys.argv[2:])\n"
        "except SystemExit as done:\n"
        "    status = done.code\n"
        "loaded = sorted(n for n in json.loads(sys.argv[1]) if n in sys.modules)\n"
        "print(json.dumps([status, loaded]))\n"
    )
    env = {**os.environ, "HOME": str(tmp_path), "CASETRACKER_BACKGROUND_BACKUPS": "off"}
    done = subprocess.run(
        [sys.executable, "-c", probe, json.dumps(HEAVY), *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    status, loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert status == (0 if "--help" in argv else 2), done.stderr
    assert loaded == []
