"""Pages not yet visited are built on their first visit (issue 16: the window paints its
first page sooner), and reached by every way a user has: shortcut, menu, navigation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.helpers import focused

from casetracker.store.database import Database
from casetracker.ui.app import create_main_window
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import Settings


def _window(qtbot: QtBot, db: Database, settings: Settings, page: str) -> MainWindow:
    settings.last_page = page
    window = create_main_window(db, settings)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # shortcuts go to the active window, as on a desktop
        window.show()
        window.activateWindow()
    return window


def _party_names(window: MainWindow) -> list[str]:
    proxy = window.parties.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_only_the_page_opened_on_is_built_at_start(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = _window(qtbot, demo_db, settings, "cases")
    assert window.current_page() == "cases"
    unbuilt = ("dashboard", "calendar", "parties", "search")
    assert [key for key in unbuilt if window.stack.built(key) is not None] == []
    assert window.cases.built("case") is None  # no case opened yet
    assert window.case_list.model.rowCount() == 3


def test_ctrl_4_builds_the_parties_page_and_lists_the_parties(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = _window(qtbot, demo_db, settings, "cases")
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "parties"
    assert window.stack.currentWidget() is window.parties
    qtbot.waitUntil(lambda: "Policía Nacional del Perú" in _party_names(window), timeout=10_000)
    assert window.navigation.currentRow() == 3


def test_the_menu_item_builds_the_dashboard_and_shows_its_sections(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = _window(qtbot, demo_db, settings, "cases")
    window.menu_actions.pages["dashboard"].trigger()  # View ▸ Dashboard
    assert window.current_page() == "dashboard"
    board = window.dashboard
    assert board.isVisible()
    qtbot.waitUntil(lambda: "(" in board.overdue.heading.text(), timeout=10_000)
    assert board.date_label.text()


def test_ctrl_k_builds_the_search_panel_and_finds(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = _window(qtbot, demo_db, settings, "cases")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    panel = window.search
    assert window.current_page() == "search"
    assert focused() is panel.field
    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        qtbot.keyClicks(panel.field, "policia")
    assert panel.model.rowCount() > 0


def test_a_window_opened_on_the_dashboard_builds_the_case_list_on_ctrl_2(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = _window(qtbot, demo_db, settings, "dashboard")
    assert window.current_page() == "dashboard"
    assert window.cases.built("list") is None
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "cases"
    page = window.case_list
    assert window.cases.currentWidget() is page
    assert page.isVisible()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    assert page.count.text() == "3 cases"


def test_clicking_calendar_in_the_navigation_builds_and_shows_it(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = _window(qtbot, demo_db, settings, "cases")
    row = window.navigation.item(2)
    rect = window.navigation.visualItemRect(row)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() == "calendar"
    assert window.stack.currentWidget() is window.calendar
    assert window.calendar.isVisible()
    assert window.calendar.accessibleName()
    assert settings.last_page == "calendar"
