"""The desktop app on a team server: the demo's cases show, the file kind's tools are
switched off with a reason, the password is asked (and kept nowhere), and Preferences
keeps a server connection without its password."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot
from tests.pg_fixtures import DEMO_TEMPLATE, PgServer

from casetracker.ui.app import AppSession
from casetracker.ui.preferences_dialog import PreferencesDialog
from casetracker.ui.safety import server_password
from casetracker.ui.settings import Settings

pytestmark = pytest.mark.postgresql

PASSWORD_USER = "winuser"
PASSWORD = "Ventana-s3creta"


@pytest.fixture
def server_demo(pg_server: PgServer) -> Iterator[str]:
    url = pg_server.new_database(DEMO_TEMPLATE)
    yield url
    pg_server.drop(url)


@pytest.fixture
def sessions(qtbot: QtBot) -> Iterator[list[AppSession]]:
    started: list[AppSession] = []
    yield started
    for session in started:
        session.close()
    QThreadPool.globalInstance().waitForDone()


def started_on(
    qtbot: QtBot, url: str, settings: Settings, sessions: list[AppSession]
) -> AppSession:
    session = AppSession(url, settings, interactive=True)
    sessions.append(session)
    assert session.start()
    assert session.window is not None
    qtbot.waitExposed(session.window)
    return session


def test_the_window_opens_on_a_server_and_shows_the_three_demo_cases(
    qtbot: QtBot, server_demo: str, settings: Settings, sessions: list[AppSession]
) -> None:
    session = started_on(qtbot, server_demo, settings, sessions)
    window = session.window
    assert window is not None
    window.show_page("cases")
    model = window.case_list.model
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    titles = {model.index(row, 1).data() for row in range(model.rowCount())}
    assert any("Cotabambas" in title for title in titles)
    assert window.db_label.text().startswith("Server: postgresql://tester@/")
    backups = window.menu_actions.backups
    assert not backups.isEnabled() and "pg_dump" in backups.toolTip()
    assert window.open_backups() is None
    # No file: no lock, no backup folder and no copy of it was made anywhere.
    assert session.db is not None and session.db.on_server


@pytest.fixture
def password_login(pg_server: PgServer, server_demo: str) -> str:
    """A login that must give its password (the rest of the cluster trusts the socket)."""
    pg_server.execute(
        f"DO $$ BEGIN CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD '{PASSWORD}'; "
        "EXCEPTION WHEN duplicate_object THEN NULL; END $$",
        f"GRANT tester TO {PASSWORD_USER}",
    )
    hba = pg_server.cluster.data / "pg_hba.conf"
    line = f"local all {PASSWORD_USER} scram-sha-256\n"
    if line not in hba.read_text(encoding="utf-8"):
        hba.write_text(line + hba.read_text(encoding="utf-8"), encoding="utf-8")
        pg_server.execute("SELECT pg_reload_conf()")
    return server_demo.replace("tester@", f"{PASSWORD_USER}@")


def test_the_password_is_asked_as_the_passphrase_is_and_kept_nowhere(
    qtbot: QtBot,
    password_login: str,
    settings: Settings,
    sessions: list[AppSession],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    asked: list[str] = []

    def typed(*args: object) -> tuple[str, bool]:
        asked.append(str(args[2]))
        assert args[3] is QLineEdit.EchoMode.Password
        return (PASSWORD, True) if len(asked) > 1 else ("wrong", True)

    monkeypatch.setattr(QInputDialog, "getText", typed)
    session = started_on(qtbot, password_login, settings, sessions)
    assert session.window is not None
    assert len(asked) == 2 and "refused this password" in asked[1]
    assert session.db is not None and session.db.actor == PASSWORD_USER
    settings.sync()
    home = Path.home()
    for folder in (tmp_path, home):
        for path in folder.rglob("*"):
            if path.is_file():
                assert PASSWORD not in path.read_text(encoding="utf-8", errors="replace"), path


def test_without_a_screen_a_missing_password_is_one_line(
    password_login: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    with pytest.raises(server_password.ServerPasswordRequiredError, match="PGPASSWORD"):
        server_password.ask_server_password_if_needed(password_login, interactive=False)


def test_preferences_keep_a_server_connection_but_never_its_password(
    qtbot: QtBot, server_demo: str, settings: Settings, sessions: list[AppSession]
) -> None:
    session = started_on(qtbot, server_demo, settings, sessions)
    assert session.db is not None
    dialog = PreferencesDialog(session.db, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.user_name.isEnabled() and "tester" in dialog.user_name.toolTip()
    dialog.server_url.setText("postgresql://ana:secreto@db.example/casos")
    dialog.accept()
    assert dialog.isVisible() and "password" in dialog.server_problem.text()
    dialog.server_url.setText("/home/ana/casos.sqlite3")
    dialog.accept()
    assert dialog.isVisible() and "postgresql://" in dialog.server_problem.text()
    dialog.server_url.setText("postgresql://ana@db.example/casos?sslmode=verify-full")
    dialog.accept()
    assert not dialog.isVisible()
    assert settings.server_url == "postgresql://ana@db.example/casos?sslmode=verify-full"
    # Never the login's: the server names who writes.
    assert session.db.actor == "tester"
    QApplication.processEvents()
