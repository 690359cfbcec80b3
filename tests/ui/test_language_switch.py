"""Choosing another language in Preferences applies at once: the window reopens in it,
on the same database, page and case, and Ctrl+Z still undoes what was done before."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from tests.ui.helpers import when_modal_opens

from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.ui import app as app_module
from casetracker.ui.app import AppSession
from casetracker.ui.main_window import MainWindow
from casetracker.ui.preferences_dialog import PreferencesDialog
from casetracker.ui.settings import Settings


@pytest.fixture
def session(
    demo_db_file: Path, tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AppSession]:
    path = tmp_path / "cases.sqlite3"
    shutil.copyfile(demo_db_file, path)
    monkeypatch.setattr(gc, "freeze", lambda: None)  # the test process must keep collecting
    monkeypatch.setattr(app_module, "_gc_frozen", False)
    made = AppSession(path, settings, interactive=False)
    yield made
    made.close()
    QThreadPool.globalInstance().waitForDone()


def _choose_spanish(dialog: object) -> None:
    assert isinstance(dialog, PreferencesDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert dialog.language_note.isVisibleTo(dialog)
    assert dialog.language_note.text() == (
        "With OK the window reopens in the new language, where it was."
    )
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_new_language_applies_without_a_restart(
    qtbot: QtBot, session: AppSession, settings: Settings
) -> None:
    with qtbot.waitSignal(session.checked, timeout=30_000):
        assert session.start()
    old = session.window
    assert isinstance(old, MainWindow)
    db = session.db
    assert db is not None
    amparo = next(row.id for row in list_cases(db) if "Cotabambas" in row.title)
    old.open_case(amparo, "filings")
    bodies = sorted(n.body for n in case_detail(db, amparo).notes)
    old.undo.delete("note", case_detail(db, amparo).notes[0].id)
    assert old.menuBar().actions()[0].text() == "&File"

    when_modal_opens(_choose_spanish)
    old.open_preferences()
    qtbot.waitUntil(lambda: session.window is not old)

    window = session.window
    assert isinstance(window, MainWindow) and window.isVisible()
    assert not isValid(old) or not old.isVisible()  # closed, and deleted once events ran
    assert settings.language == "es"
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Archivo",
        "&Editar",
        "&Ver",
        "&Plazos",
        "Ca&mpo",
        "A&yuda",
    ]
    assert window.db is db, "the database stayed open"
    assert window.current_page() == "cases" and window.case_view.case_id == amparo
    assert window.case_view.current_tab() == "filings"

    window.undo.undo()  # the delete done in English is undone in Spanish
    assert sorted(n.body for n in case_detail(db, amparo).notes) == bodies
    assert window.notice_text() == "Nota restaurada"
