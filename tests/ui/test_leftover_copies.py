"""The app removes what an interrupted operation left, says so once, and leaves nothing
of its own: the attachment copies it made go when the database closes."""

from __future__ import annotations

import gc
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from casetracker.store.leftovers import attachment_folder
from casetracker.ui import app as app_module
from casetracker.ui.app import AppSession
from casetracker.ui.settings import Settings
from casetracker.ui.temp_files import temp_copy

TOLD = "Removed 1 leftover temporary copy from an interrupted operation."


@pytest.fixture
def office(demo_db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(gc, "freeze", lambda: None)
    monkeypatch.setattr(app_module, "_gc_frozen", False)
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    path = tmp_path / "office" / "cases.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(demo_db_file, path)
    return path


@pytest.fixture
def started(qtbot: QtBot, settings: Settings) -> Iterator[list[AppSession]]:
    sessions: list[AppSession] = []
    yield sessions
    for session in sessions:
        session.close()
    QThreadPool.globalInstance().waitForDone()


def start(qtbot: QtBot, path: Path, settings: Settings, started: list[AppSession]) -> AppSession:
    session = AppSession(path, settings)
    started.append(session)
    with qtbot.waitSignal(session.checked, timeout=30_000):
        assert session.start()
    return session


def test_the_app_removes_a_killed_operations_copy_and_says_so_once(
    qtbot: QtBot, office: Path, settings: Settings, started: list[AppSession]
) -> None:
    left = office.parent / ".cases.sqlite3.k1ll3d0p.part"
    left.write_bytes(office.read_bytes())

    first = start(qtbot, office, settings, started)

    assert first.window is not None and TOLD in first.window.notice_text()
    assert not left.exists()
    first.close()
    second = start(qtbot, office, settings, started)
    assert second.window is not None and "leftover" not in second.window.notice_text()


def test_attachment_copies_of_a_crashed_app_go_and_the_apps_own_go_on_close(
    qtbot: QtBot, office: Path, settings: Settings, started: list[AppSession]
) -> None:
    crashed = attachment_folder(office)
    (crashed / "copy").mkdir()
    (crashed / "copy" / "escrito.pdf").write_bytes(b"%PDF- Limaypuma")

    session = start(qtbot, office, settings, started)

    assert session.window is not None and TOLD in session.window.notice_text()
    assert not crashed.exists()
    opened = temp_copy(office, "anexo.pdf", b"%PDF- Ccoricasa")
    assert opened.read_bytes() == b"%PDF- Ccoricasa"
    session.close()
    assert not opened.exists() and list(Path(tempfile.gettempdir()).iterdir()) == []
