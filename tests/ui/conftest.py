"""Fixtures of the GUI tests: a demo database copy, private settings, English UI."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from casetracker.store.database import Database, open_database
from casetracker.ui.collector import collect_on_gui_thread_only
from casetracker.ui.i18n import remove_translators
from casetracker.ui.settings import Settings


@pytest.fixture
def demo_db(demo_db_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A writable copy of the session's demo database."""
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_db_file, path)
    database = open_database(path, actor="tester")
    yield database
    database.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Preferences in a file of this test only."""
    return Settings.in_file(str(tmp_path / "settings.ini"))


@pytest.fixture(autouse=True)
def _english(qapp: object) -> Iterator[None]:
    """Every test starts and ends with the English source strings, collects garbage on
    the GUI thread only, as the app does, and leaves none of its widgets behind."""
    collect_on_gui_thread_only()
    remove_translators()
    yield
    remove_translators()
    # Widgets of this test (closed by qtbot, deleted later, or kept by a reference
    # cycle) would live on into the next test, and their timers would fire on a
    # database closed meanwhile: delete them now.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # What survives is the process's own (modules, caches, the application): set it
    # aside, so the next collection walks only the next test's objects. Walking the
    # whole heap again after every test made teardowns a sixth of the suite's time.
    gc.freeze()
