"""``backup ''`` is refused by name instead of backing up into the current folder.

(The other outputs, ``-o ''`` and friends: tests/safety/test_output_targets.py.)
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casetracker.cli import main


def test_an_empty_backup_destination_is_refused_by_name(
    demo_db_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "cases.sqlite3"
    shutil.copyfile(demo_db_file, db)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(db), "backup", ""])
    assert exit_.value.code == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "argument DEST: no file name given; name the file" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.sqlite3"]
