"""Shared fixtures. Qt runs offscreen: set before anything imports PySide6."""

from __future__ import annotations

import os
import shutil
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("CASETRACKER_USER", "tester")
# Commands start the day's backup as a separate process; tests that want it ask for it.
os.environ.setdefault("CASETRACKER_BACKGROUND_BACKUPS", "off")

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from tests.pg_fixtures import DEMO_TEMPLATE, PgServer, pg_server, pg_url

from casetracker.services.demo import DemoResult, load_demo
from casetracker.store.database import Database, open_database

__all__ = ["pg_server", "pg_url"]  # fixtures for every test (tests/pg_fixtures.py)
ENGINES = ("sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql))

# The day the tests pretend the demo was loaded, so relative dates are stable.
DEMO_TODAY = date(2026, 11, 26)


@pytest.fixture(autouse=True)
def _garbage_collected_on_gui_thread() -> Iterator[None]:
    """Once a test has started Qt, the automatic collector is off for this process (a
    collection in a background thread would delete widgets there and crash); the
    collection it would have made is made here, between tests, on the GUI thread."""
    yield
    if "PySide6.QtWidgets" in sys.modules:
        from casetracker.ui.collector import collect_if_due, collect_on_gui_thread_only

        if sys.modules["PySide6.QtWidgets"].QApplication.instance() is not None:
            collect_on_gui_thread_only()
            collect_if_due()


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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test on a PostgreSQL server or through LibreOffice is slow as well: while
    working, ``-m "not slow"`` leaves them to CI, which runs everything."""
    for item in items:
        if item.get_closest_marker("postgresql") or item.get_closest_marker("libreoffice"):
            item.add_marker(pytest.mark.slow)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked ``both_engines`` run once on SQLite and once on PostgreSQL.

    A test of such a module that is about SQLite's own behaviour is marked ``sqlite``.
    """
    definition = metafunc.definition
    both = definition.get_closest_marker("both_engines") is not None
    if both and "engine" in metafunc.fixturenames and not definition.get_closest_marker("sqlite"):
        metafunc.parametrize("engine", ENGINES, indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """The engine ``db`` runs on: SQLite unless the test is marked ``both_engines``."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def db(db_path: Path, engine: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """An empty database built by the migrations (with the demo if the test asks)."""
    if engine == "postgresql":
        from casetracker.store.server import open_server_database

        server: PgServer = request.getfixturevalue("pg_server")
        # A test that loads the demo gets a copy of the demo template instead (fast).
        url = server.new_database(DEMO_TEMPLATE if "demo" in request.fixturenames else None)
        database: Database = open_server_database(url)
        yield database
        database.close()
        server.drop(url)
        return
    # A copy of a database built once per session (empty, or with the demo when the
    # test asks for it): the migrations take a second (SQLite's table rebuilds) and the
    # demo another, a copy a few milliseconds. A new database makes no backup when first
    # opened, and neither does this copy.
    if "demo" in request.fixturenames:
        template = request.getfixturevalue("demo_template").path
    else:
        template = request.getfixturevalue("empty_db_file")
    shutil.copyfile(template, db_path)
    db_path.chmod(0o600)
    database = open_database(db_path, actor="tester", auto_backup=False)
    yield database
    database.close()


@pytest.fixture(scope="session")
def empty_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database built by the migrations once per session; copy it to use it."""
    path = tmp_path_factory.mktemp("empty") / "empty.sqlite3"
    open_database(path, actor="tester").close()
    return path


@pytest.fixture
def demo(db: Database, engine: str, request: pytest.FixtureRequest) -> DemoResult:
    """The three demo proceedings, loaded as on DEMO_TODAY."""
    if engine == "postgresql":
        server: PgServer = request.getfixturevalue("pg_server")
        return server.demo
    # ``db`` is already a copy of the demo template.
    template: DemoTemplate = request.getfixturevalue("demo_template")
    return template.result


@dataclass(frozen=True)
class DemoTemplate:
    path: Path
    result: DemoResult


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> DemoTemplate:
    """The demo loaded as on DEMO_TODAY into a file once per session; copy it to use it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path, actor="tester")
    result = load_demo(database, today=DEMO_TODAY)
    database.close()
    return DemoTemplate(path, result)


@pytest.fixture(scope="session")
def demo_db_file(demo_template: DemoTemplate) -> Path:
    """A demo database file built once per session; copy it before writing to it."""
    return demo_template.path
