"""Auto-lock: input restarts the countdown; locked, no case data shows until unlocked.

No test waits for minutes: the idle timer's own timeout is what locks.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from casetracker.services.protection import protect
from casetracker.store.database import Database, open_database
from casetracker.ui.app import create_main_window
from casetracker.ui.safety.auto_lock import AutoLock
from casetracker.ui.settings import Settings

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def protected_db(demo_db_file: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "cases.sqlite3"
    shutil.copyfile(demo_db_file, path)
    protect(path, PASSPHRASE)
    db = open_database(path, passphrase=PASSPHRASE, auto_backup=False)
    yield db
    db.close()


@pytest.fixture
def locked_app(
    qtbot: QtBot, protected_db: Database, settings: Settings
) -> Iterator[tuple[QWidget, AutoLock]]:
    window = create_main_window(protected_db, settings)
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    lock = AutoLock(window, protected_db.path, minutes=5)
    yield window, lock
    lock.stop()


def distinct_colours(image: QImage) -> set[int]:
    step = 7
    return {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }


def test_input_restarts_the_countdown_of_the_configured_length(
    qtbot: QtBot, locked_app: tuple[QWidget, AutoLock]
) -> None:
    window, lock = locked_app
    lock.idle_timer.stop()
    qtbot.keyClick(window, Qt.Key.Key_Shift)
    assert lock.idle_timer.isActive()
    assert lock.idle_timer.interval() == 5 * 60_000
    assert not lock.is_locked


def test_when_idle_every_window_is_covered_until_the_passphrase(
    qtbot: QtBot, locked_app: tuple[QWidget, AutoLock]
) -> None:
    window, lock = locked_app
    history = QLabel("Limaypuma: party added")  # another window, e.g. History
    qtbot.addWidget(history)
    history.show()
    assert len(distinct_colours(window.grab().toImage())) > 1, "the cases show"

    with qtbot.waitSignal(lock.locked):
        lock.idle_timer.timeout.emit()  # what the timer does after five idle minutes

    assert lock.is_locked and not lock.idle_timer.isActive()
    for shown in (window, history):
        assert len(distinct_colours(shown.grab().toImage())) == 1, "nothing of the cases shows"
    dialog = lock.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowModality() is Qt.WindowModality.ApplicationModal

    qtbot.keyClicks(dialog.field, "not the passphrase")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert lock.is_locked and dialog.message.text() == "The passphrase is wrong."
    assert dialog.field.text() == ""
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert lock.is_locked and dialog.isVisible(), "Escape does not unlock"

    with qtbot.waitSignal(lock.unlocked):
        qtbot.keyClicks(dialog.field, PASSPHRASE)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(distinct_colours(window.grab().toImage())) > 1)
    assert not lock.is_locked and lock.idle_timer.isActive()
