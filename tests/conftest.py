"""Shared fixtures. Qt runs offscreen: set before anything imports PySide6."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("CASETRACKER_USER", "tester")
# Commands start the day's backup as a separate process; tests that want it ask for it.
os.environ.setdefault("CASETRACKER_BACKGROUND_BACKUPS", "off")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from casetracker.services.demo import DemoResult, load_demo
from casetracker.store.database import Database, open_database

# The day the tests pretend the demo was loaded, so relative dates are stable.
DEMO_TODAY = date(2026, 11, 26)


@pytest.fixture(autouse=True)
def _isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep settings, logs and the default database out of the real home folder."""
    home = tmp_path_factory.mktemp("home")
    for variable in (
        "HOME",
        "XDG_DATA_HOME",
        "XDG_CONFIG_HOME",
        "XDG_STATE_HOME",
        "XDG_CACHE_HOME",
    ):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    monkeypatch.delenv("CASETRACKER_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cases.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """An empty database built by the migrations."""
    database = open_database(db_path, actor="tester")
    yield database
    database.close()


@pytest.fixture
def demo(db: Database) -> DemoResult:
    """The three demo proceedings, loaded as on DEMO_TODAY."""
    return load_demo(db, today=DEMO_TODAY)


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database file built once per session; copy it before writing to it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path, actor="tester")
    load_demo(database, today=DEMO_TODAY)
    database.close()
    return path
