"""The app restores a backup made before ``protect`` without removing the protection.

Its confirmation says what will happen; afterwards the database file is encrypted
with the passphrase the app was opened with, and the notice says so too.
"""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot
from tests.safety.test_encryption import PASSPHRASE, readable_names
from tests.ui.helpers import click_button, when_modal_opens

from casetracker.services import backups
from casetracker.services.cases import list_cases
from casetracker.services.protection import protect
from casetracker.store.encryption import PASSPHRASE_ENV, is_protected
from casetracker.ui import app as app_module
from casetracker.ui.app import AppSession
from casetracker.ui.settings import Settings


def test_the_app_restores_a_plain_backup_into_a_protected_database_protected(
    qtbot: QtBot,
    demo_db_file: Path,
    tmp_path: Path,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(gc, "freeze", lambda: None)
    monkeypatch.setattr(app_module, "_gc_frozen", False)
    path = tmp_path / "office" / "cases.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(demo_db_file, path)
    plain = backups.back_up(path).path
    protect(path, PASSPHRASE, backups=False)  # as with --leave-backups
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    session = AppSession(path, settings)
    with qtbot.waitSignal(session.checked, timeout=60_000):
        assert session.start()
    main = session.window
    assert main is not None
    window = main.open_backups()
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    window.table.selectRow(next(r for r, b in enumerate(window.model.records()) if b.path == plain))
    asked: list[str] = []

    def confirm(box: object) -> None:
        asked.append(box.informativeText())  # type: ignore[attr-defined]
        click_button(qtbot, "Restore")(box)  # type: ignore[arg-type]

    when_modal_opens(confirm)
    with qtbot.waitSignal(session.checked, timeout=60_000):
        window.restore_button.click()

    assert "will be protected with the current passphrase" in asked[0]
    assert is_protected(path) and readable_names(path) == []
    assert session.window is not None and session.window is not main
    assert session.window.db.protected and len(list_cases(session.window.db)) == 3
    assert "protected with the current passphrase" in session.window.notice_text()
    session.close()
    QThreadPool.globalInstance().waitForDone()
