"""The screenshot helper draws every main screen offscreen."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from casetracker.cli import main
from casetracker.devtools.screenshots import render_all
from casetracker.store.database import Database


def test_every_screen_is_drawn_to_a_png(qapp: object, demo_db: Database, tmp_path: Path) -> None:
    files = render_all(demo_db, tmp_path, size=QSize(1366, 800))
    names = {path.stem for path in files}
    assert {"01-dashboard", "02-cases", "05-case-filings", "11-fast-entry", "16-search"} <= names
    assert "03b-case-instances" in names
    first = QImage(str(tmp_path / "02-cases.png"))
    assert (first.width(), first.height()) == (1366, 800)


@pytest.fixture
def demo_file(demo_db: Database) -> Path:
    return demo_db.path


@pytest.mark.parametrize(
    ("size", "message"),
    [
        ("abc", "size: 'abc' is not WIDTHxHEIGHT, e.g. 1366x800"),
        ("1366x", "size: '1366x' is not WIDTHxHEIGHT"),
        ("99999x800", "size: must be between 320x240 and 7680x4320"),
    ],
)
def test_a_bad_size_is_a_one_line_error(
    qapp: object, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    size: str, message: str,
) -> None:  # fmt: skip
    status = main(["--db", str(demo_file), "screenshots", str(tmp_path / "shots"), "--size", size])
    [line] = capsys.readouterr().err.splitlines()
    assert status == 1 and line.startswith(f"casetracker: error: {message}")
    assert not (tmp_path / "shots").exists()


def test_an_existing_file_as_the_folder_is_refused_and_kept(
    qapp: object, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("my notes")
    assert main(["--db", str(demo_file), "screenshots", str(target)]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert (
        line
        == f"casetracker: error: {target}: is a file, not a folder; name a folder for the pictures"
    )
    assert target.read_text() == "my notes"


def test_a_pipe_among_the_pictures_is_not_written_into(
    qapp: object, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "01-dashboard.png"
    os.mkfifo(pipe)
    assert main(["--db", str(demo_file), "screenshots", str(tmp_path)]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"casetracker: error: {pipe}: is a named pipe (FIFO), not a file")
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
