"""``casetracker backup``, ``backup --list`` and ``restore`` from the terminal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from tests.safety._helpers import count_rows

from casetracker.cli import main


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def test_backup_list_and_restore_round_trip(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(demo_copy, "backup") == 0
    out = capsys.readouterr().out
    assert out.startswith("Backed up 3 cases to ") and "checked: no damage" in out
    made = next((demo_copy.parent / "backups").glob("cases-*-manual.sqlite3"))

    assert run(demo_copy, "backup", "--list") == 0
    listing = capsys.readouterr().out
    assert "made" in listing and "cases" in listing and str(made) in listing
    assert " manual " in listing and " 3 " in listing

    assert run(demo_copy, "backup", str(tmp_path / "usb")) == 0
    assert "usb" in capsys.readouterr().out
    assert run(demo_copy, "backup", "--list", str(tmp_path / "usb")) == 0
    assert "usb" in capsys.readouterr().out

    notes = count_rows(demo_copy, "notes")
    with sqlite3.connect(demo_copy) as conn:
        conn.execute("DELETE FROM notes")
    assert run(demo_copy, "restore", str(made)) == 0
    out = capsys.readouterr().out
    assert f"Restored {made} into {demo_copy}." in out
    assert "The previous database was kept as " in out
    assert count_rows(demo_copy, "notes") == notes


def test_errors_are_one_line_without_a_traceback(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"\x00" * 5000)
    assert run(demo_copy, "restore", str(garbage)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot restore this backup" in err
    assert run(tmp_path / "missing.sqlite3", "backup") == 1
    assert "no database here" in capsys.readouterr().err
    assert run(tmp_path / "missing.sqlite3", "check") == 1
    assert not (tmp_path / "missing.sqlite3").exists()
