"""A save that worked stays saved once, even when what follows it (proposing deadlines) fails.

The failure is real: another program renames the table of the user's deadline rules,
so the proposals' read fails inside SQLite after the filing was stored.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.helpers import focused, when_modal_opens

from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.store.database import Database
from casetracker.ui.case_view import CaseContext, CaseView
from casetracker.ui.cases.fast_entry import FastEntryDialog
from casetracker.ui.forms.filing_dialog import FilingDialog
from casetracker.ui.settings import Settings
from casetracker.ui.undo import UndoController

NOTICE = "Notificacion de la resolucion que admite la demanda"


def _amparo(db: Database) -> int:
    return next(row.id for row in list_cases(db) if "Cotabambas" in row.title)


def _break_the_rule_table(db: Database) -> None:
    """What a damaged or meddled-with file does: a later read fails in SQLite."""
    with sqlite3.connect(db.path) as outside:
        outside.execute("ALTER TABLE rule_overrides RENAME TO rule_overrides_elsewhere")
    outside.close()


def _stored(db: Database, case_id: int, sumilla: str) -> int:
    return sum(1 for f in case_detail(db, case_id).filings if f.sumilla == sumilla)


def _fast_entry(qtbot: QtBot, db: Database, settings: Settings, case_id: int) -> FastEntryDialog:
    dialog = FastEntryDialog(db, settings, case_id=case_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is dialog.sumilla)
    dialog.kind.setFocus()
    qtbot.keyClicks(focused(), "Notif")  # type-ahead in the kind list
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    return dialog


def test_enter_after_a_failed_follow_up_never_stores_the_filing_twice(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    amparo = _amparo(demo_db)
    dialog = _fast_entry(qtbot, demo_db, settings, amparo)
    _break_the_rule_table(demo_db)

    qtbot.keyClicks(focused(), NOTICE)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    assert _stored(demo_db, amparo, NOTICE) == 1
    assert dialog.isVisible()  # to show what happened, ready for the next filing
    assert dialog.last_saved.text() == f"Saved: {NOTICE}"
    message = dialog.general_error.text.text()
    assert message.startswith(f"“{NOTICE}” was saved, but its deadlines could not be proposed.")
    assert "(no such table: rule_overrides)" in message  # SQLite's words, not the SQL
    assert "SELECT" not in message  # plain words, not the statement
    assert dialog.sumilla.text() == "" and focused() is dialog.sumilla

    for _ in range(3):  # the paralegal presses Enter again, as before the fix
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert _stored(demo_db, amparo, NOTICE) == 1
    assert dialog.field_error("sumilla") == "Required: fill it in."
    assert dialog.general_error.isHidden()  # the follow-up's error was shown once


def test_ctrl_enter_after_a_failed_follow_up_saves_once_and_clears_the_form(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    amparo = _amparo(demo_db)
    dialog = _fast_entry(qtbot, demo_db, settings, amparo)
    _break_the_rule_table(demo_db)

    qtbot.keyClicks(focused(), NOTICE)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert _stored(demo_db, amparo, NOTICE) == 1
    assert dialog.last_saved.text() == f"Saved: {NOTICE}"
    assert dialog.sumilla.text() == ""


def test_a_filing_saved_from_the_case_says_its_proposals_failed(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    view = CaseView(CaseContext(demo_db, settings, UndoController(demo_db)))
    qtbot.addWidget(view)
    view.show()
    amparo = _amparo(demo_db)
    view.show_case(amparo)
    view.tabs.setCurrentWidget(view.filings)
    _break_the_rule_table(demo_db)
    messages: list[str] = []

    def fill_in(form: FilingDialog) -> None:  # type: ignore[override]
        try:
            qtbot.keyClicks(form.kind, "Notif")  # type-ahead in the kind list
            qtbot.keyClicks(form.sumilla, NOTICE)
            when_modal_opens(read_and_close)
            qtbot.keyClick(form.sumilla, Qt.Key.Key_Return)
        finally:
            if form.isVisible():  # refused: close it so the test reports instead of hanging
                form.reject()

    def read_and_close(box: object) -> None:
        messages.append(box.text())  # type: ignore[attr-defined]
        box.close()  # type: ignore[attr-defined]

    when_modal_opens(fill_in)  # type: ignore[arg-type]
    view.filings.add_record()

    qtbot.waitUntil(lambda: bool(messages))
    assert _stored(demo_db, amparo, NOTICE) == 1
    assert messages[0].startswith(f"“{NOTICE}” was saved, but its deadlines could not be proposed.")
    assert "(no such table: rule_overrides)" in messages[0]  # SQLite's words, not the SQL
