"""The case list acts on the selected case: Delete deletes (asking, undoable), and a
context menu opens it, generates a document or deletes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.helpers import click_button, focused, when_modal_opens

from casetracker.services.cases import list_cases
from casetracker.store.database import Database
from casetracker.ui.app import create_main_window
from casetracker.ui.briefs.brief_dialog import BriefDialog
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import Settings

BAMBAS = "Frente de Defensa de Cotabambas c. PNP y Minera Las Bambas (amparo)"


def _window_on_the_list(qtbot: QtBot, db: Database, settings: Settings) -> MainWindow:
    window = create_main_window(db, settings)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_case_list()
    page = window.case_list
    qtbot.keyClicks(page.search, "Cotabambas")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert focused() is page.table
    return window


def _answer(qtbot: QtBot, button: str, questions: list[str]) -> None:
    def read_and_click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        questions.append(box.text())
        click_button(qtbot, button)(box)

    when_modal_opens(read_and_click)


def _case_ids(db: Database) -> set[int]:
    return {row.id for row in list_cases(db)}


def test_delete_in_the_list_asks_naming_the_case_and_can_be_undone(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = _window_on_the_list(qtbot, demo_db, settings)
    table = window.case_list.table
    case_id = window.case_list.selected_case_id()
    assert case_id is not None
    questions: list[str] = []

    _answer(qtbot, "Cancel", questions)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert questions == [f"Delete “{BAMBAS}”?"]
    assert case_id in _case_ids(demo_db)

    _answer(qtbot, "Delete", questions)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert case_id not in _case_ids(demo_db)
    assert window.case_list.model.row_of(case_id) is None
    assert window.notice_text().startswith("Case deleted — Undo")

    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert case_id in _case_ids(demo_db)
    assert window.case_list.model.row_of(case_id) is not None or window.case_view.case_id == (
        case_id
    )


def test_delete_while_typing_in_the_filter_deletes_nothing(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = _window_on_the_list(qtbot, demo_db, settings)
    before = _case_ids(demo_db)
    window.case_list.search.setFocus()
    qtbot.keyClick(window.case_list.search, Qt.Key.Key_Home)
    qtbot.keyClick(window.case_list.search, Qt.Key.Key_Delete)
    assert QApplication.activeModalWidget() is None
    assert window.case_list.search.text() == "otabambas"
    assert _case_ids(demo_db) == before


def test_the_context_menu_opens_generates_and_deletes(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = _window_on_the_list(qtbot, demo_db, settings)
    page = window.case_list
    case_id = page.selected_case_id()
    row_centre = page.table.visualRect(page.model.index(0, 1)).center()
    in_window = page.table.viewport().mapTo(window, row_centre)

    # Through the window, as the desktop delivers it: Qt turns the right press into a
    # context menu event.
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton, pos=in_window)
    qtbot.waitUntil(page.menu.isVisible)
    labels = [a.text().split("\t")[0] for a in page.menu.actions() if not a.isSeparator()]
    assert labels == ["&Open", "&Generate document…", "&Delete…"]
    page.menu.actions()[1].trigger()
    page.menu.close()
    # Not given to qtbot: the dialog deletes itself when closed.
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BriefDialog))
    assert dialog.isVisible() and dialog.subject.case_id == case_id
    dialog.close()

    questions: list[str] = []
    _answer(qtbot, "Cancel", questions)
    page.menu.actions()[3].trigger()
    assert questions == [f"Delete “{BAMBAS}”?"]

    page.menu.actions()[0].trigger()
    assert window.cases.currentWidget() is window.case_view
    assert window.case_view.case_id == case_id
