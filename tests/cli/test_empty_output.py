"""An empty output path is refused by name, before anything is opened or written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casetracker.cli import main

COMMANDS = [
    ["brief", "1", "--kind", "summary", "--format", "pdf", "-o", ""],
    ["agenda", "--format", "pdf", "-o", ""],
    ["export", ""],
    ["filings-template", ""],
    ["backup", ""],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: command[0])
def test_an_empty_output_path_is_refused_by_name(
    command: list[str],
    demo_db_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "cases.sqlite3"
    shutil.copyfile(demo_db_file, db)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(db), *command])
    assert exit_.value.code == 2
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert error.endswith("the output path is empty; give a file name"), error
    assert "busy" not in error
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.sqlite3"]
