"""Start-up of the app: one instance per file, damage found after the window shows and a
backup restored, a risky folder, a failed backup in the status bar."""

from __future__ import annotations

import gc
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from tests.safety.test_integrity import overwrite_page, root_page
from tests.ui.helpers import click_button, when_modal_opens

from casetracker.services import backups
from casetracker.services.cases import list_cases
from casetracker.store.lock import DatabaseLock
from casetracker.ui import app as app_module
from casetracker.ui.app import AppSession
from casetracker.ui.main_window import MainWindow
from casetracker.ui.recovery import backup_phrase
from casetracker.ui.settings import Settings

Sessions = Callable[..., AppSession]


@pytest.fixture
def office(demo_db_file: Path, tmp_path: Path) -> Path:
    """A copy of the demo database in a folder of its own."""
    folder = tmp_path / "office"
    folder.mkdir()
    target = folder / "cases.sqlite3"
    shutil.copyfile(demo_db_file, target)
    return target


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Calls of gc.freeze (recorded, not made: the test process must keep collecting)."""
    calls: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append(1))
    monkeypatch.setattr(app_module, "_gc_frozen", False)
    return calls


@pytest.fixture
def sessions(settings: Settings, frozen: list[int]) -> Iterator[Sessions]:
    made: list[AppSession] = []

    def make(path: Path, **options: bool) -> AppSession:
        session = AppSession(path, settings, **options)
        made.append(session)
        return session

    yield make
    for session in made:
        session.close()
    QThreadPool.globalInstance().waitForDone()


def _start(qtbot: QtBot, session: AppSession) -> MainWindow:
    """Start the session and wait for its background checks to be handled."""
    with qtbot.waitSignal(session.checked, timeout=30_000):
        assert session.start()
    assert session.window is not None
    return session.window


def _titles(window: MainWindow) -> set[str]:
    model = window.case_list.model
    return {model.index(row, 1).data() for row in range(model.rowCount())}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_window_shows_first_then_the_day_backup_is_made_and_gc_frozen_once(
    qtbot: QtBot, office: Path, sessions: Sessions, frozen: list[int]
) -> None:
    session = sessions(office)
    with qtbot.waitSignal(session.checked, timeout=30_000) as checked:
        assert session.start()
        assert not (office.parent / "backups").exists(), "no backup before the window shows"
    outcome = checked.args[0]
    assert outcome.corrupt is None and outcome.backup is not None
    assert outcome.backup.case_count == 3
    assert [b.path for b in backups.list_backups(office)] == [outcome.backup.path]
    assert frozen == [1]
    assert session.window is not None and not session.window.problem.isVisible()


def test_a_second_instance_is_told_who_holds_the_file(
    qtbot: QtBot, office: Path, sessions: Sessions
) -> None:
    _start(qtbot, sessions(office))
    seen: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    when_modal_opens(read_and_close)
    assert not sessions(office).start()

    assert len(seen) == 1
    text = seen[0]
    assert "cases.sqlite3 is already open in casetracker" in text
    assert "tester" in text and os.uname().nodename in text
    assert f"(process {os.getpid()})" in text and "since" in text


def test_a_second_instance_on_the_command_line_exits_1_naming_the_holder(
    office: Path, tmp_path: Path
) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    with DatabaseLock(office):
        result = subprocess.run(
            [sys.executable, "-m", "casetracker", "--db", str(office), "gui"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "the database is in use by casetracker (tester on" in lines[0]
    assert f"pid {os.getpid()}, since " in lines[0]


def test_damage_found_after_start_offers_the_newest_backup_and_restores_it(
    qtbot: QtBot, office: Path, sessions: Sessions
) -> None:
    good = backups.back_up(office)
    overwrite_page(office, root_page(office, "filings"))
    damaged = _digest(office)
    session = sessions(office)
    offered: list[str] = []

    def restore(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        offered.append(box.informativeText())
        click_button(qtbot, "Restore this backup")(box)

    when_modal_opens(restore)
    window = _start(qtbot, session)  # the window on the restored file

    assert "left the file exactly as it was" in offered[0]
    assert "The newest good backup is from today" in offered[0] and "holds 3 cases" in offered[0]
    assert window.db.path == office
    window.show_page("cases")
    assert _titles(window) == {case.title for case in list_cases(window.db)}
    assert len(_titles(window)) == 3
    aside = [p for p in office.parent.iterdir() if p.name.startswith("cases.replaced-")]
    assert len(aside) == 1 and _digest(aside[0]) == damaged, "the damaged file is kept"
    assert "Restored the backup" in window.notice_text() and aside[0].name in window.notice_text()
    assert good.path.exists()
    with qtbot.waitSignal(session.checked, timeout=30_000) as again:
        pass  # the restored file is checked in turn
    assert again.args[0].corrupt is None


def test_damage_found_at_open_offers_the_backup_before_any_window(
    qtbot: QtBot, office: Path, sessions: Sessions
) -> None:
    backups.back_up(office)
    overwrite_page(office, 1)  # the schema itself: the file cannot even be recognised
    when_modal_opens(click_button(qtbot, "Restore this backup"))
    window = _start(qtbot, sessions(office))
    window.show_page("cases")
    assert len(_titles(window)) == 3


def test_without_a_backup_the_damage_is_reported_and_nothing_is_touched(
    qtbot: QtBot, office: Path, sessions: Sessions
) -> None:
    overwrite_page(office, 1)
    before = _digest(office)
    texts: list[str] = []

    def read_and_quit(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.informativeText())
        click_button(qtbot, "Quit casetracker")(box)

    when_modal_opens(read_and_quit)
    assert not sessions(office).start()
    assert "No good backup was found" in texts[0]
    assert _digest(office) == before
    left = {p.name for p in office.parent.iterdir()}
    # SQLite's own empty side files may remain; nothing of casetracker's (no lock, no copy).
    assert left - {"cases.sqlite3-wal", "cases.sqlite3-shm"} == {"cases.sqlite3"}


def test_a_failed_daily_backup_shows_in_the_status_bar(
    qtbot: QtBot, office: Path, sessions: Sessions
) -> None:
    (office.parent / "backups").write_text("a file where the backups folder should be")
    window = _start(qtbot, sessions(office))
    assert window.problem.isVisible()
    assert window.problem.text().strip().startswith("⚠ No automatic backup today:")


def test_a_database_in_a_synced_folder_is_warned_about_once_and_can_move(
    qtbot: QtBot, office: Path, tmp_path: Path, sessions: Sessions, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced = tmp_path / "Dropbox" / "cases.sqlite3"
    synced.parent.mkdir()
    shutil.copyfile(office, synced)
    local = tmp_path / "laptop" / "cases.sqlite3"
    local.parent.mkdir()
    session = sessions(synced)
    window = _start(qtbot, session)
    warnings = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and "risky" in w.windowTitle()
    ]
    assert len(warnings) == 1 and not warnings[0].isModal()
    assert "inside a Dropbox folder" in warnings[0].informativeText()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(local), ""))

    with qtbot.waitSignal(session.checked, timeout=30_000):
        click_button(qtbot, "Move it to this computer…")(warnings[0])

    assert session.path == local and session.window is not window
    assert session.window is not None and session.window.db.path == local
    assert "The database is now" in session.window.notice_text()
    kept_there = backups.list_backups(local, synced.parent)
    assert len(kept_there) == 1 and kept_there[0].case_count == 3
    assert synced.exists(), "the old file is left as it was"
    visible = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert not any(w.isVisible() and "risky" in w.windowTitle() for w in visible)


def test_backup_age_reads_like_a_person_wrote_it() -> None:
    now = datetime(2026, 11, 26, 10, 0)
    yesterday = backup_phrase(datetime(2026, 11, 25, 18, 40), now)
    assert yesterday.startswith("from yesterday ") and yesterday.endswith(", 1 day old")
    assert backup_phrase(datetime(2026, 11, 26, 9, 30), now).endswith("30 minutes old")
    assert backup_phrase(datetime(2026, 11, 26, 7, 0), now).endswith("3 hours old")
    assert backup_phrase(datetime(2026, 11, 20, 8, 0), now).endswith(", 6 days old")
